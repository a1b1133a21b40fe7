using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Configuration;
using ContainerLint.Tasks.Engine;

namespace ContainerLint.Package.Tests.Tasks
{
    /// <summary>
    /// The project's lint in process: a Dockerfile several Compose services build is reported once per place, naming the
    /// services whose view of it reports the finding, as a value in a YAML anchor several services use is (audit 8, 8).
    /// </summary>
    public sealed class ProjectLinterTests : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "cl-project-" + Guid.NewGuid().ToString("N"));

        public ProjectLinterTests() => Directory.CreateDirectory(_dir);

        public void Dispose() => Directory.Delete(_dir, true);

        private const string UserFromArg = "FROM alpine:3.20\nARG U\nUSER $U\nCMD [\"sh\"]\n";

        private string Write(string name, string text)
        {
            var path = Path.Combine(_dir, name);
            File.WriteAllText(path, text);
            return path;
        }

        private static string Y(params string[] lines) => string.Join("\n", lines) + "\n";

        private IReadOnlyList<ProjectFinding> Lint(params LintItem[] items) => new ProjectLinter().Lint(items).Findings;

        private LintItem Compose() => new LintItem(Path.Combine(_dir, "compose.yaml"), ContainerFileKind.Compose);

        private static string RunsAsRootIn(IReadOnlyList<ProjectFinding> findings, string path)
        {
            var matching = findings.Where(f => f.Finding.Rule.Id == "CTL1001" && f.Finding.Span.Path == path).ToList();
            Assert.True(matching.Count == 1, "expected one CTL1001 in " + path + ", got:\n" + string.Join("\n", findings.Select(f => f.Finding)));
            Assert.Equal(3, matching[0].Finding.Span.StartLine);
            return matching[0].Finding.Message;
        }

        [Fact]
        public void A_file_too_large_to_read_is_reported_where_it_is_and_the_other_files_are_still_linted()
        {
            var large = Path.Combine(_dir, "large.Dockerfile");
            using (var stream = File.Create(large)) stream.SetLength(ContainerLint.Engine.PhysicalFileSystem.MaxFileLength + 1);
            var root = Write("Dockerfile", "FROM alpine:3.20\nRUN true\nUSER root\n");

            var findings = Lint(new LintItem(large, ContainerFileKind.Dockerfile), new LintItem(root, ContainerFileKind.Dockerfile));

            var tooLarge = Assert.Single(findings, f => f.Finding.Span.Path == large);
            Assert.Equal(RuleIds.ParseError, tooLarge.Finding.Rule.Id);
            Assert.Contains("it holds 16,777,217 bytes, more than the 16,777,216 (16 MB) ContainerLint reads", tooLarge.Finding.Message);
            RunsAsRootIn(findings, root);
        }

        [SkippableFact]
        public void Compose_files_that_name_a_device_or_a_named_pipe_are_linted_without_reading_it()
        {
            // extends: file: /dev/zero never ends, and opening a pipe waits for a writer: neither may stop the build (audit 26).
            Skip.IfNot(OperatingSystem.IsLinux(), "/dev/zero and mkfifo");
            var pipe = Path.Combine(_dir, "pipe.yaml");
            var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe);
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
            Write("compose.yaml", Y("include:", "  - pipe.yaml", "services:",
                "  a: {image: a, extends: {file: /dev/zero, service: a}}",
                "  b: {image: b, user: root}"));

            var findings = Lint(Compose());

            Assert.Contains(findings, f => f.Finding.Rule.Id == "CTL1001" && f.Finding.Span.Path == Path.Combine(_dir, "compose.yaml"));
        }

        [Fact]
        public void A_finding_in_a_Dockerfile_several_services_build_names_the_services_whose_view_reports_it()
        {
            // The audit's case: a builds with U=root, b with U=0 (both root), c with U=app (not root).
            var dockerfile = Write("Dockerfile", UserFromArg);
            var single = Write("one.Dockerfile", "FROM alpine:3.20\nARG U=root\nUSER $U\nCMD [\"sh\"]\n");
            Write("compose.yaml", Y("services:",
                "  a: {image: a, build: {context: ., args: {U: root}}}",
                "  b: {image: b, build: {context: ., args: {U: \"0\"}}}",
                "  c: {image: c, build: {context: ., args: {U: app}}}",
                "  d: {image: d, build: {context: ., dockerfile: one.Dockerfile}}"));

            var findings = Lint(Compose());

            Assert.Contains("USER $U resolves to 'root' (in a); USER $U resolves to '0' (in b).", RunsAsRootIn(findings, dockerfile));
            // A Dockerfile one service builds names no one, as before.
            Assert.DoesNotContain("(in ", RunsAsRootIn(findings, single));
        }

        [Fact]
        public void A_finding_only_one_of_the_services_building_a_Dockerfile_reports_names_that_service()
        {
            var dockerfile = Write("Dockerfile", UserFromArg);
            Write("compose.yaml", Y("services:",
                "  a: {image: a, build: {context: ., args: {U: root}}}",
                "  b: {image: b, build: {context: ., args: {U: app}}}"));

            Assert.Contains("(in a)", RunsAsRootIn(Lint(Compose()), dockerfile));
        }

        // Audit 51 N2: args: [BASE] is Compose's to take from its environment; the ARG's default is not what is built.
        [Fact]
        public void A_build_arg_a_service_names_without_a_value_is_unknown_in_the_Dockerfile_it_builds()
        {
            var dockerfile = Write("Dockerfile", "ARG BASE=alpine:3.20\nFROM ${BASE}\nUSER $APP_UID\nCMD [\"sh\"]\n");
            Write("compose.yaml", Y("services:", "  web:", "    build:", "      context: .", "      args:", "        - BASE"));
            var findings = Lint(Compose());
            Assert.DoesNotContain(findings, f => f.Finding.Rule.Id == "CTL1001");
            Assert.Contains(findings, f => f.Finding.Rule.Id == "CTL9002" && f.Finding.Span.Path == dockerfile
                && f.Finding.Message.Contains("BASE, which the build args name without a value"));
        }

        [Fact]
        public void Services_that_build_a_Dockerfile_the_same_way_are_all_named()
        {
            // One lint for both (same target and args), and its findings name both; the fix is kept (one view).
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nRUN apk add curl\nUSER root\nCMD [\"sh\"]\n");
            Write("compose.yaml", Y("services:", "  a: {image: a, build: .}", "  b: {image: b, build: {context: .}}"));

            var user = Lint(Compose()).Single(f => f.Finding.Rule.Id == "CTL1001" && f.Finding.Span.Path == dockerfile).Finding;

            Assert.Contains("(in a, b)", user.Message);
            Assert.NotNull(user.Fix);
        }

        [Fact]
        public void A_Dockerfile_item_that_services_build_names_those_services_and_adds_no_view_of_its_own()
        {
            // The item's own settings (U=app) would not report the USER; it is linted only as the services build it.
            var dockerfile = Write("Dockerfile", UserFromArg);
            Write("compose.yaml", Y("services:",
                "  a: {image: a, build: {context: ., args: {U: root}}}",
                "  b: {image: b, build: {context: ., args: {U: app}}}"));
            var item = new LintItem(dockerfile, ContainerFileKind.Dockerfile, buildArgs: new Dictionary<string, string> { ["U"] = "app" });

            Assert.Contains("(in a)", RunsAsRootIn(Lint(item, Compose()), dockerfile));
        }

        // Audit 124 A124-1: a service that builds an earlier stage (target: dev) leaves the last stage, which docker build and
        // CI make, unread by the services' views: the item is linted as it is too.
        private const string DevAndFinal = "FROM alpine:3.20 AS dev\nRUN apk add curl\nFROM alpine:3.20\nUSER root\nCMD [\"sh\"]\n";

        [Fact]
        public void A_Dockerfile_item_that_services_build_only_as_an_earlier_target_is_linted_as_it_is_too()
        {
            var dockerfile = Write("Dockerfile", DevAndFinal);
            Write("compose.yaml", Y("services:", "  a: {image: a, build: {context: ., target: dev}}"));

            var findings = Lint(new LintItem(dockerfile, ContainerFileKind.Dockerfile), Compose());

            var user = Assert.Single(findings, f => f.Finding.Rule.Id == "CTL1001").Finding;
            Assert.Equal((dockerfile, 4), (user.Span.Path, user.Span.StartLine));
            Assert.Empty(user.Containers);
            // The service's view (the dev stage, which sets no user) still reports what it builds.
            Assert.Contains(findings, f => f.Finding.Rule.Id == "CTL1002" && f.Finding.Span.StartLine == 1 && f.Finding.Span.Path == dockerfile);
        }

        [Fact]
        public void A_Dockerfile_item_whose_last_stage_is_built_on_the_services_target_adds_no_view_of_its_own()
        {
            // debug FROM final: a variant of the services' image, not another image (SolutionLevelComposeTests has it end to end).
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20 AS final\nUSER app\nFROM final AS debug\nUSER root\n");
            Write("compose.yaml", Y("services:", "  a: {image: a, build: {context: ., target: final}}"));

            Assert.DoesNotContain(Lint(new LintItem(dockerfile, ContainerFileKind.Dockerfile), Compose()), f => f.Finding.Rule.Id == "CTL1001");
        }

        [Fact]
        public void The_items_own_target_decides_whether_its_view_is_another_image()
        {
            // Audit 127 F127-1: the item asks for prod; the last stage (debug FROM dev) is not what it builds.
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20 AS dev\nUSER app\nFROM alpine:3.20 AS prod\nUSER root\nFROM dev AS debug\nUSER app\n");
            Write("compose.yaml", Y("services:", "  a: {image: a, build: {context: ., target: dev}}"));

            var user = Assert.Single(Lint(new LintItem(dockerfile, ContainerFileKind.Dockerfile, target: "prod"), Compose()), f => f.Finding.Rule.Id == "CTL1001").Finding;
            Assert.Equal(4, user.Span.StartLine);
        }

        [Fact]
        public void What_the_services_views_report_keeps_their_values_and_fixes_when_the_item_adds_its_own_view()
        {
            // Audit 127 F127-4: the item's view (default U=root) read the dev stage's RUN sudo as well, with another fix.
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20 AS dev\nARG U=root\nUSER $U\nRUN sudo make\nFROM alpine:3.20 AS final\nUSER app\n");
            Write("compose.yaml", Y("services:", "  a: {image: a, build: {context: ., target: dev, args: {U: app}}}"));

            var findings = Lint(new LintItem(dockerfile, ContainerFileKind.Dockerfile), Compose());

            var sudo = Assert.Single(findings, f => f.Finding.Rule.Id == "CTL1004").Finding;
            Assert.NotNull(sudo.Fix);
            Assert.DoesNotContain(findings, f => f.Finding.Rule.Id == "CTL1001");
        }

        [Fact]
        public void A_Dockerfile_services_build_only_as_an_earlier_target_and_that_is_no_item_is_linted_as_they_build_it()
        {
            var dockerfile = Write("Dockerfile", DevAndFinal);
            Write("compose.yaml", Y("services:", "  a: {image: a, build: {context: ., target: dev}}"));

            var findings = Lint(Compose());

            Assert.DoesNotContain(findings, f => f.Finding.Rule.Id == "CTL1001");
            Assert.Contains(findings, f => f.Finding.Rule.Id == "CTL1002" && f.Finding.Span.Path == dockerfile);
        }

        [Fact]
        public void A_Dockerfile_item_a_service_builds_without_a_target_adds_no_view_of_its_own()
        {
            var dockerfile = Write("Dockerfile", DevAndFinal);
            Write("compose.yaml", Y("services:", "  a: {image: a, build: {context: ., target: dev}}", "  b: {image: b, build: .}"));

            var user = Assert.Single(Lint(new LintItem(dockerfile, ContainerFileKind.Dockerfile), Compose()), f => f.Finding.Rule.Id == "CTL1001").Finding;
            Assert.Equal(new[] { "b" }, user.Containers);
        }

        [Fact]
        public void BuildTarget_that_names_no_stage_is_a_CTL9001_at_the_Dockerfiles_first_line_and_nothing_else()
        {
            // audit 18, L1: docker build --target nope stops; the last stage (root) was linted, and its fix offered, instead.
            var dockerfile = Write("other.dockerfile", "FROM alpine:3.20 AS app\nFROM alpine:3.20\nUSER root\nCMD [\"sh\"]\n");

            var finding = Assert.Single(Lint(new LintItem(dockerfile, ContainerFileKind.Dockerfile, target: "nope"))).Finding;

            Assert.Equal("CTL9001", finding.Rule.Id);
            Assert.Equal((dockerfile, 1, 1), (finding.Span.Path, finding.Span.StartLine, finding.Span.StartColumn));
            Assert.Contains("the build target 'nope' names no stage of this Dockerfile (its stages: app)", finding.Message);
            Assert.Null(finding.Fix);
            // The item without a target is linted as before.
            RunsAsRootIn(Lint(new LintItem(dockerfile, ContainerFileKind.Dockerfile)), dockerfile);
        }

        [Fact]
        public void Build_target_that_names_no_stage_is_a_CTL9001_at_the_first_services_target_value_naming_the_services()
        {
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20 AS app\nUSER 10001\nFROM alpine:3.20\nUSER root\n");
            var compose = Write("compose.yaml", Y("services:",
                "  a: {image: a, build: {context: ., target: nope}}",
                "  b: {image: b, build: {context: ., target: nope}}",
                "  c: {image: c, build: {context: ., target: app}}"));

            var findings = Lint(Compose());

            var target = Assert.Single(findings, f => f.Finding.Rule.Id == "CTL9001").Finding;
            Assert.Equal((compose, 2, 45), (target.Span.Path, target.Span.StartLine, target.Span.StartColumn));
            Assert.Contains("names no stage of this Dockerfile (its stages: app); docker build stops on it (in a, b)", target.Message);
            // Nothing from the last stage, which none of them builds; c's view of stage app reports nothing either.
            Assert.DoesNotContain(findings, f => f.Finding.Span.Path == dockerfile);
        }

        [Fact]
        public void COMPOSE_FILE_in_the_project_folders_dot_env_without_a_base_file_there_is_a_project_of_its_own()
        {
            // docker compose run in the project folder reads the files COMPOSE_FILE lists, interpolated with this .env
            // first; without a base file beside the .env the project was not read at all (audits 15 and 16).
            Directory.CreateDirectory(Path.Combine(_dir, "deploy"));
            Write(".env", "COMPOSE_FILE=deploy/compose.yaml" + Path.PathSeparator + "deploy/compose.prod.yaml\nHP=/proc\n");
            var prod = Write(Path.Combine("deploy", "compose.prod.yaml"), Y("services:", "  a:", "    volumes: [\"${HP}:/h\"]"));
            var deploy = Write(Path.Combine("deploy", "compose.yaml"), Y("services:", "  a:", "    image: alpine"));
            var items = new[] { new LintItem(deploy, ContainerFileKind.Compose), new LintItem(prod, ContainerFileKind.Compose) };

            var findings = new ProjectLinter().Lint(items, _dir).Findings;
            var writable = Assert.Single(findings, f => f.Finding.Rule.Id == "CTL3002");
            Assert.Equal(prod, writable.Finding.Span.Path);
            Assert.DoesNotContain(findings, f => f.Finding.Rule.Id == "CTL3002" && f.Finding.Span.Path != prod);
            // Without the project folder, the files are deploy/'s own project, where HP has no value.
            Assert.DoesNotContain(new ProjectLinter().Lint(items).Findings, f => f.Finding.Rule.Id == "CTL3002");
        }

        [Fact]
        public void Project_folder_with_a_base_file_is_read_as_before()
        {
            Write(".env", "COMPOSE_FILE=compose.yaml\n");
            var compose = Write("compose.yaml", Y("services:", "  a: {image: alpine, privileged: true}"));
            var findings = new ProjectLinter().Lint(new[] { new LintItem(compose, ContainerFileKind.Compose) }, _dir).Findings;
            Assert.Single(findings, f => f.Finding.Rule.Id == "CTL1003");
        }

        [Fact]
        public void An_override_that_COMPOSE_FILE_leaves_out_is_not_linted_unless_it_is_an_item()
        {
            // Audit 133 T133-3: the override beside a listed base comes along only because Compose reads it; with COMPOSE_FILE
            // naming the base alone, Compose does not, and it was linted on its own (its CTL5001 failed the build).
            Write(".env", "COMPOSE_FILE=compose.yaml\n");
            var compose = Write("compose.yaml", Y("services:", "  a: {image: alpine, read_only: true, cap_drop: [ALL], security_opt: [no-new-privileges]}"));
            var overrides = Write("compose.override.yaml", Y("services:", "  a:", "    pid: host"));

            var alone = new ProjectLinter().Lint(new[] { new LintItem(compose, ContainerFileKind.Compose) }, _dir).Findings;
            Assert.DoesNotContain(alone, f => f.Finding.Span.Path == overrides);

            // Listed as an item itself, it is linted as before (on its own, as Compose does not read it with the base).
            var listed = new ProjectLinter().Lint(new[] { new LintItem(compose, ContainerFileKind.Compose), new LintItem(overrides, ContainerFileKind.Compose) }, _dir).Findings;
            Assert.Single(listed, f => f.Finding.Rule.Id == "CTL5001" && f.Finding.Span.Path == overrides);
        }

        [Fact]
        public void A_configured_user_that_holds_a_variable_is_not_set_in_Compose_files_and_says_why_once()
        {
            // $APP_UID is the image's ENV in a Dockerfile of a .NET 8 image, but Compose takes it from the host environment
            // (audit 9, 7).
            Write(".editorconfig", "root = true\n[*]\ncontainerlint.non_root_user = $APP_UID\n");
            var dockerfile = Write("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER root\nCMD [\"sh\"]\n");
            var compose = Write("compose.yaml", Y("services:", "  a: {image: nginx, user: root}", "  b: {image: nginx, user: \"0\"}",
                "  c: {image: c, build: .}"));

            var result = new ProjectLinter().Lint(new[] { Compose() });
            var runsAsRoot = result.Findings.Where(f => f.Finding.Rule.Id == "CTL1001").ToList();

            Assert.Empty(result.ConfigurationProblems);
            var problem = Assert.Single(result.ComposeNonRootUserProblems);
            Assert.Contains("'$APP_UID' holds a variable, which Compose would take from the host environment", problem, StringComparison.Ordinal);
            Assert.All(runsAsRoot.Where(f => f.Finding.Span.Path == compose), f => Assert.Null(f.Finding.Fix));
            Assert.Equal(2, runsAsRoot.Count(f => f.Finding.Span.Path == compose));
            Assert.Equal("$APP_UID", Assert.Single(runsAsRoot, f => f.Finding.Span.Path == dockerfile).Finding.Fix!.Value);
        }

        [Fact]
        public void A_configured_user_that_holds_a_variable_raises_no_problem_for_a_Dockerfile_alone()
        {
            Write(".editorconfig", "root = true\n[*]\ncontainerlint.non_root_user = $APP_UID\n");
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nUSER root\nCMD [\"sh\"]\n");

            var result = new ProjectLinter().Lint(new[] { new LintItem(dockerfile, ContainerFileKind.Dockerfile) });

            Assert.Empty(result.ConfigurationProblems);
            Assert.Empty(result.ComposeNonRootUserProblems);
        }

        [Fact]
        public void A_finding_says_whether_its_configured_severity_comes_from_a_bulk_entry()
        {
            // So the report can ignore it for a rule WarningsNotAsErrors names, as the compiler does (audit 9, 2).
            Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = warning\ndotnet_diagnostic.CTL1001.severity = error\n");
            Write("compose.yaml", Y("services:", "  a: {image: nginx, user: root}"));

            var findings = Lint(Compose());

            var runsAsRoot = Assert.Single(findings, f => f.Finding.Rule.Id == "CTL1001");
            Assert.Equal((RuleSeverity?)RuleSeverity.Error, runsAsRoot.ConfiguredSeverity);
            Assert.False(runsAsRoot.ConfiguredSeverityFromBulk);
            var capDrop = Assert.Single(findings, f => f.Finding.Rule.Id == "CTL2003");
            Assert.Equal((RuleSeverity?)RuleSeverity.Warning, capDrop.ConfiguredSeverity);
            Assert.True(capDrop.ConfiguredSeverityFromBulk);
        }

        [Theory]
        [InlineData("Dockerfile.broken", ContainerFileKind.Dockerfile)]
        [InlineData("compose.broken.yaml", ContainerFileKind.Compose)]
        public void A_link_to_a_missing_file_is_reported_as_missing_not_as_an_internal_error(string name, ContainerFileKind kind)
        {
            // audit 18, L2: the folder listing finds the link, reading it fails.
            var path = Path.Combine(_dir, name);
            File.CreateSymbolicLink(path, Path.Combine(_dir, "nowhere", name));

            var finding = Assert.Single(Lint(new LintItem(path, kind))).Finding;

            Assert.Equal("CTL9001", finding.Rule.Id);
            Assert.Equal(path, finding.Span.Path);
            Assert.Contains("the file does not exist", finding.Message);
            Assert.DoesNotContain("internal error", finding.Message);
        }
    
        private IReadOnlyList<ContainerLint.Configuration.ConfigurationProblem> ConfigurationProblems(params LintItem[] items) =>
            new ProjectLinter().Lint(items).ConfigurationProblems;

        [Fact]
        public void A_severity_typo_in_a_section_only_container_files_match_is_reported_once_at_its_line()
        {
            // audit 40 F7: the compiler warns InvalidSeverityInAnalyzerConfig only for the sections it reads for C# files.
            var editorconfig = Write(".editorconfig", Y("root = true", "", "[*.yaml]", "dotnet_diagnostic.CTL1001.severity = eror",
                "[*.cs]", "dotnet_diagnostic.CTL1003.severity = eror", "[Dockerfile]", "dotnet_diagnostic.CTL1006.severity = Warning"));
            Write("compose.yaml", Y("services:", "  a: {image: nginx, user: root}"));
            Write("compose.override.yaml", Y("services:", "  a: {privileged: true}"));
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nEXPOSE 22\nUSER root\n");

            var problems = ConfigurationProblems(Compose(), new LintItem(dockerfile, ContainerFileKind.Dockerfile));

            var problem = Assert.Single(problems);
            Assert.Equal((editorconfig, 4, 1, 42), (problem.FilePath, problem.Line, problem.Column, problem.EndColumn));
            Assert.StartsWith("Invalid severity in analyzer config file: CTL1001 was given the severity 'eror'", problem.Message);
        }

        [Fact]
        public void Unknown_capability_in_allowed_capabilities_is_reported_once_however_many_container_files_it_applies_to()
        {
            var editorconfig = Write(".editorconfig", Y("root = true", "[*]", "containerlint.allowed_capabilities = NET_ADMNI",
                "[web/**]", "containerlint.allowed_capabilities = SYS_TIME;NET_ADMIN"));
            Write("compose.yaml", Y("services:", "  a: {image: nginx, cap_add: [NET_ADMIN]}", "  b: {image: nginx, cap_add: [NET_ADMIN]}"));
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nUSER root\n");
            Directory.CreateDirectory(Path.Combine(_dir, "web"));
            var web = Write(Path.Combine("web", "Dockerfile"), "FROM alpine:3.20\nUSER root\n");

            var problems = ConfigurationProblems(Compose(), new LintItem(dockerfile, ContainerFileKind.Dockerfile), new LintItem(web, ContainerFileKind.Dockerfile));

            Assert.Equal(new[] { (editorconfig, 3), (editorconfig, 5) }, problems.Select(p => (p.FilePath, p.Line)));
            Assert.Contains("'NET_ADMNI', which is no capability Docker knows", problems[0].Message);
            Assert.Contains("';' starts a comment in .editorconfig and .globalconfig, so 'NET_ADMIN' after it is not read", problems[1].Message);
        }

        [Fact]
        public void A_severity_typo_in_a_section_the_compiler_reads_for_a_CSharp_file_is_left_to_the_compiler()
        {
            // The compiler warns InvalidSeverityInAnalyzerConfig once for such a line (without a location); a warning of the
            // task's at the line too said one mistake twice. Lines the compiler reads for no C# file are still the task's.
            // All are in the result, for the SARIF log: the compiler's marked as such.
            var editorconfig = Write(".editorconfig", Y("root = true", "[*]", "dotnet_diagnostic.CTL1001.severity = eror",
                "[*.{cs,yaml}]", "dotnet_diagnostic.CTL1003.severity = info", "[Dockerfile]", "dotnet_diagnostic.CTL1006.severity = warn",
                "[*]", "containerlint.allowed_capabilities = NET_ADMNI"));
            Write("compose.yaml", Y("services:", "  a: {image: nginx, user: root}"));
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nUSER root\n");
            var program = Write("Program.cs", "class Program { }\n");

            var problems = new ProjectLinter(new[] { editorconfig })
                .Lint(new[] { Compose(), new LintItem(dockerfile, ContainerFileKind.Dockerfile) }, compileFiles: new[] { program }).ConfigurationProblems;

            Assert.Equal(new[] { (3, ConfigurationProblemKind.InvalidSeverity, true), (5, ConfigurationProblemKind.InvalidSeverity, true),
                    (7, ConfigurationProblemKind.InvalidSeverity, false), (9, ConfigurationProblemKind.UnknownCapabilities, false) },
                problems.Select(p => (p.Line, p.Kind, p.SaidByCompiler)));
        }

        [Fact]
        public void A_double_star_slash_section_is_matched_to_CSharp_files_as_the_compiler_matches_it()
        {
            // For the container files "**/" also matches no folder ([**/Dockerfile] covers the Dockerfile beside the
            // .editorconfig); Roslyn needs at least one folder there, so it reads [**/{Dockerfile,Program.cs}] for no C#
            // file beside the .editorconfig and does not warn: the task does (audit 43 F1).
            var editorconfig = Write(".editorconfig", Y("root = true", "[**/{Dockerfile,Program.cs}]", "dotnet_diagnostic.CTL1001.severity = eror",
                "[**/{Dockerfile,Nested.cs}]", "dotnet_diagnostic.CTL1002.severity = eror"));
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nUSER root\n");
            var program = Write("Program.cs", "class Program { }\n");
            Directory.CreateDirectory(Path.Combine(_dir, "src"));
            var nested = Write(Path.Combine("src", "Nested.cs"), "class Nested { }\n");

            var problems = new ProjectLinter(new[] { editorconfig })
                .Lint(new[] { new LintItem(dockerfile, ContainerFileKind.Dockerfile) }, compileFiles: new[] { program, nested }).ConfigurationProblems;

            Assert.Equal(new[] { (3, false), (5, true) }, problems.Select(p => (p.Line, p.SaidByCompiler)));
        }

        [Fact]
        public void A_severity_typo_the_compiler_does_not_report_stays_the_task_s_whatever_CSharp_files_it_matches()
        {
            // Checked with a consumer build (SDK 10.0.401): the compiler says nothing about an .editorconfig it is not given
            // (the SDK gives it the ones above the folders of the project's own C# files, so a project whose only C# files
            // are the generated ones in obj/ gets none), nor about a global config's entries outside a [path] section.
            var editorconfig = Write(".editorconfig", Y("root = true", "[*]", "dotnet_diagnostic.CTL1001.severity = eror"));
            var globalconfig = Write("ci.globalconfig", Y("is_global = true", "dotnet_diagnostic.CTL1002.severity = eror"));
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nUSER root\n");
            Directory.CreateDirectory(Path.Combine(_dir, "obj"));
            var generated = Write(Path.Combine("obj", "app.AssemblyInfo.cs"), "// generated\n");

            var problems = new ProjectLinter(new[] { globalconfig })
                .Lint(new[] { new LintItem(dockerfile, ContainerFileKind.Dockerfile) }, compileFiles: new[] { generated }).ConfigurationProblems;

            Assert.Equal(new[] { (editorconfig, 3, false), (globalconfig, 2, false) }, problems.Select(p => (p.FilePath, p.Line, p.SaidByCompiler)));
        }

        [Fact]
        public void Without_CSharp_files_every_severity_typo_is_the_task_s()
        {
            // ContainerLintFix runs no compiler: it says them all.
            var editorconfig = Write(".editorconfig", Y("root = true", "[*]", "dotnet_diagnostic.CTL1001.severity = eror"));
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nUSER root\n");

            var problem = Assert.Single(new ProjectLinter(new[] { editorconfig }).Lint(new[] { new LintItem(dockerfile, ContainerFileKind.Dockerfile) }).ConfigurationProblems);

            Assert.Equal((editorconfig, 3), (problem.FilePath, problem.Line));
        }

        // Audit 105 V105-1: the analyzer reads the options of [*.cs] sections of the files the compiler is given, and the compiler
        // says nothing of them; a severity there stays the compiler's to check.
        [Fact]
        public void Options_in_sections_for_CSharp_files_of_a_config_the_compiler_is_given_are_checked()
        {
            var editorconfig = Write(".editorconfig", Y("root = true", "[*.cs]", "containerlint.non_root_user = 0", "containerlint.non_root_usr = app",
                "containerlint.allowed_capabilities = NET_ADMNI", "dotnet_diagnostic.CTL1001.severity = eror", "[*.md]", "containerlint.allowed_caps = SYS_TIME"));
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nUSER root\n");

            var problems = new ProjectLinter(new[] { editorconfig }).Lint(new[] { new LintItem(dockerfile, ContainerFileKind.Dockerfile) }).ConfigurationProblems;

            Assert.Equal(new[] { (3, ConfigurationProblemKind.UnusableNonRootUser), (4, ConfigurationProblemKind.UnknownOption),
                    (5, ConfigurationProblemKind.UnknownCapabilities), (8, ConfigurationProblemKind.UnknownOption) },
                problems.Select(p => (p.Line, p.Kind)));
            Assert.All(problems, p => Assert.Equal(editorconfig, p.FilePath));
        }

        [Fact]
        public void Config_lines_for_files_the_lint_does_not_read_are_not_checked()
        {
            Write(".editorconfig", Y("root = true", "[*.cs]", "containerlint.allowed_capabilities = NET_ADMNI", "dotnet_diagnostic.CTL1001.severity = eror"));
            var dockerfile = Write("Dockerfile", "FROM alpine:3.20\nUSER root\n");

            Assert.Empty(ConfigurationProblems(new LintItem(dockerfile, ContainerFileKind.Dockerfile)));
        }

        [Fact]
        public void A_finding_in_an_anchor_one_service_suppresses_is_also_a_suppressed_result_for_it()
        {
            // Audit 142 C142-2: reported "(in d)" for the service without a comment, and nothing at all for c, whose comment
            // covers it: rules.md has every suppressed finding in SARIF with its suppression.
            var compose = Write("compose.yaml", Y("x-root: &root", "  user: root", "services:",
                "  # containerlint ignore=CTL1001 c runs as root on purpose", "  c:", "    <<: *root", "    image: alpine",
                "  d:", "    <<: *root", "    image: alpine"));

            var cached = FindingCache.ToCached(Lint(new LintItem(compose, ContainerFileKind.Compose)), _dir)
                .Where(f => f.RuleId == "CTL1001").ToList();

            Assert.Equal(2, cached.Count);
            var reported = Assert.Single(cached, f => !f.IsSuppressed);
            var suppressed = Assert.Single(cached, f => f.IsSuppressed);
            Assert.Contains("(in d)", reported.Message);
            Assert.Contains("(in c)", suppressed.Message);
            Assert.Equal("c runs as root on purpose", suppressed.SuppressionJustification);
            Assert.Equal((reported.StartLine, reported.StartColumn), (suppressed.StartLine, suppressed.StartColumn));
            Assert.NotEqual(reported.Fingerprint, suppressed.Fingerprint);

            // Audit 143 S143-2: the result still reported keeps the fingerprint it had without the comment.
            Write("compose.yaml", Y("x-root: &root", "  user: root", "services:",
                "  c:", "    <<: *root", "    image: alpine", "  d:", "    <<: *root", "    image: alpine"));
            var before = Assert.Single(FindingCache.ToCached(Lint(new LintItem(compose, ContainerFileKind.Compose)), _dir), f => f.RuleId == "CTL1001");
            Assert.Equal(before.Fingerprint, reported.Fingerprint);
        }

        [Fact]
        public void Services_an_anchor_finding_is_suppressed_for_are_results_by_reason_and_one_when_all_are_covered()
        {
            // Audit 143 S143-1: each comment's reason; S143-4: all covered, one suppressed result (the first service's reason).
            var compose = Write("compose.yaml", Y("x-root: &root", "  user: root", "services:",
                "  # containerlint ignore=CTL1001 first reason", "  c:", "    <<: *root", "    image: alpine",
                "  # containerlint ignore=CTL1001 second reason", "  f:", "    <<: *root", "    image: alpine",
                "  d:", "    <<: *root", "    image: alpine"));
            var cached = FindingCache.ToCached(Lint(new LintItem(compose, ContainerFileKind.Compose)), _dir).Where(f => f.RuleId == "CTL1001").ToList();
            Assert.Equal(new[] { (false, (string?)null), (true, "first reason"), (true, "second reason") },
                cached.Select(f => (f.IsSuppressed, f.SuppressionJustification)).OrderBy(x => x.SuppressionJustification));
            Assert.Equal(3, cached.Select(f => f.Fingerprint).Distinct().Count());

            Write("compose.yaml", Y("x-root: &root", "  user: root", "services:",
                "  # containerlint ignore=CTL1001 first reason", "  c:", "    <<: *root", "    image: alpine",
                "  # containerlint ignore=CTL1001 second reason", "  f:", "    <<: *root", "    image: alpine"));
            var all = Assert.Single(FindingCache.ToCached(Lint(new LintItem(compose, ContainerFileKind.Compose)), _dir), f => f.RuleId == "CTL1001");
            Assert.Equal("first reason", all.SuppressionJustification);
        }

        [Fact]
        public void An_anchor_finding_covered_for_every_service_in_two_steps_is_one_suppressed_result_naming_them_all()
        {
            // Audit 144 V144-2: a and b cover it on their alias, t through volumes_from; it said "(in t)" with t's reason.
            const string Hardened = "    image: alpine\n    user: \"1000\"\n    read_only: true\n    cap_drop: [ALL]\n    security_opt: [no-new-privileges:true]";
            var compose = Write("compose.yaml", Y("x-vols: &vols", "  - /var/run/docker.sock:/var/run/docker.sock", "services:",
                "  a:", Hardened, "    # containerlint ignore=CTL3004 a is the CI agent", "    volumes: *vols",
                "  b:", Hardened, "    # containerlint ignore=CTL3004 b is the CI agent too", "    volumes: *vols",
                "  t:", Hardened, "    # containerlint ignore=CTL3004 t takes the agent's mounts", "    volumes_from: [b]"));

            var socket = Assert.Single(FindingCache.ToCached(Lint(new LintItem(compose, ContainerFileKind.Compose)), _dir), f => f.RuleId == "CTL3004");

            Assert.Equal("a is the CI agent", socket.SuppressionJustification);
            Assert.Contains("(in a, b, t)", socket.Message);
        }
}
}
