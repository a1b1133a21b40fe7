using System;
using System.IO;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    [Collection(PackageCollection.Name)]
    public class DiagnosticsTests
    {
        private readonly PackageFixture _package;

        public DiagnosticsTests(PackageFixture package) => _package = package;

        private ConsumerProject ProjectWithBoth(string name) => _package.CreateProject(name)
            .WriteProjectFile("Dockerfile", Samples.Dockerfile)
            .WriteProjectFile("compose.yaml", Samples.Compose);

        private ConsumerProject ProjectWithDockerfile(string name) => _package.CreateProject(name)
            .WriteProjectFile("Dockerfile", Samples.Dockerfile);

        [Fact]
        public void Default_build_reports_findings_in_canonical_form_and_fails_on_the_error()
        {
            var result = ProjectWithBoth("default").Build();

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(new[] { Samples.ComposeError, Samples.DockerfileWarning }, result.WarningsAndErrors);
            Assert.Equal(new[] { Samples.DockerfileSuggestion }, result.Messages);
            var warning = Assert.Single(result.ContainerLint, d => d.Code == "CTL1001");
            Assert.Equal((3, 1, 3, 10), (warning.Line, warning.Column, warning.EndLine, warning.EndColumn));
            Assert.StartsWith("Container runs as root: ", warning.Message);
            // The help link ends the text, as the compiler's does: the classic console logger of a CI log prints no HelpLink (audit 150 A150-2).
            Assert.EndsWith(" (https://github.com/containerlint/containerlint/blob/main/docs/rules/CTL1001.md)", warning.Message);
            Assert.EndsWith("/docs/rules/CTL1003.md)", Assert.Single(result.ContainerLint, d => d.Code == "CTL1003").Message);
        }

        [Fact]
        public void Warnings_do_not_fail_the_build()
        {
            var result = ProjectWithDockerfile("warnings-only").Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(new[] { Samples.DockerfileWarning }, result.WarningsAndErrors);
        }

        [Fact]
        public void TreatWarningsAsErrors_turns_the_tasks_warnings_into_errors()
        {
            var result = ProjectWithDockerfile("twae").Property("TreatWarningsAsErrors", "true").Build();

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "error CTL1001 app/Dockerfile(3,1)" }, result.WarningsAndErrors);
            Assert.Equal(new[] { Samples.DockerfileSuggestion }, result.Messages);
        }

        [Fact]
        public void WarningsNotAsErrors_keeps_a_rule_a_warning_under_TreatWarningsAsErrors()
        {
            var result = ProjectWithDockerfile("wnae").Property("TreatWarningsAsErrors", "true").Property("WarningsNotAsErrors", "CTL1001").Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(new[] { Samples.DockerfileWarning }, result.WarningsAndErrors);
        }

        [Fact]
        public void WarningsAsErrors_turns_the_listed_rules_into_errors()
        {
            var result = ProjectWithDockerfile("wae").Property("WarningsAsErrors", "$(WarningsAsErrors);CTL1001").Build();

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "error CTL1001 app/Dockerfile(3,1)" }, result.WarningsAndErrors);
        }

        [Fact]
        public void WarningsAsErrors_turns_a_suggestion_rule_into_an_error_as_the_compiler_does()
        {
            var result = ProjectWithDockerfile("wae-suggestion").Property("WarningsAsErrors", "$(WarningsAsErrors);CTL1006").Build();

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "error CTL1006 app/Dockerfile(2,1)", Samples.DockerfileWarning }, result.WarningsAndErrors);
            Assert.Empty(result.Messages);
        }

        [Fact]
        public void NoWarn_silences_the_listed_rules_even_errors()
        {
            var result = ProjectWithBoth("nowarn").Property("NoWarn", "$(NoWarn);CTL1001;CTL1003").Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Empty(result.WarningsAndErrors);
            Assert.Equal(new[] { Samples.DockerfileSuggestion }, result.Messages);
        }

        [Fact]
        public void Editorconfig_sections_set_severities_per_file()
        {
            var project = ProjectWithBoth("editorconfig").WriteFile(".editorconfig", """
                root = true

                [**/Dockerfile]
                dotnet_diagnostic.CTL1001.severity = error
                dotnet_diagnostic.CTL1006.severity = none

                [*.{yml,yaml}]
                dotnet_diagnostic.CTL1003.severity = warning

                """);

            var result = project.Build();

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "error CTL1001 app/Dockerfile(3,1)", "warning CTL1003 app/compose.yaml(4,17)" }, result.WarningsAndErrors);
            Assert.Empty(result.Messages);
        }

        [Fact]
        public void Config_lines_that_would_do_nothing_are_warned_about_at_their_line_once_in_every_build()
        {
            // audit 40 F7: the compiler does not read [*.yaml] for C# files, so it says nothing about the typo, and no one
            // checked the capability names.
            var project = ProjectWithBoth("config-problems").WriteProjectFile(".editorconfig", """
                root = true

                [*.yaml]
                dotnet_diagnostic.CTL1003.severity = eror

                [*]
                containerlint.allowed_capabilities = NET_ADMNI

                """);
            var editorconfig = Path.Combine(project.ProjectDirectory, ".editorconfig");

            var first = project.Build();
            var second = project.Build();

            Assert.Contains("Skipping target \"_ContainerLintAnalyze\" because all output files are up-to-date", second.Output);
            foreach (var result in new[] { first, second })
            {
                Assert.Contains(editorconfig + "(4,1,4,42): warning : Invalid severity in analyzer config file: "
                    + "CTL1003 was given the severity 'eror', which is not one of default, none, silent, suggestion, warning, error.", result.Output);
                Assert.Contains(editorconfig + "(7,1,7,47): warning : containerlint.allowed_capabilities names 'NET_ADMNI', "
                    + "which is no capability Docker knows", result.Output);
                Assert.Contains(" 3 Warning(s)", result.Output); // each once, for the Dockerfile and the Compose file alike, and CTL1001
                Assert.Equal(new[] { Samples.ComposeError, Samples.DockerfileWarning }, result.WarningsAndErrors);
            }
        }

        [Fact]
        public void Options_for_CSharp_in_a_project_without_container_files_are_warned_about_at_their_line()
        {
            // Audit 105 V105-1, 106 W106-1: the analyzer reads [*.cs] options, the compiler says nothing of them, and a project
            // with neither a Dockerfile nor a Compose file nor a SARIF log was not linted at all.
            var project = _package.CreateProject("config-csharp-only")
                .WriteProjectFile(".editorconfig", "root = true\n\n[*.cs]\ncontainerlint.non_root_user = 0\ncontainerlint.non_root_usr = app\n");
            var editorconfig = Path.Combine(project.ProjectDirectory, ".editorconfig");

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Contains(editorconfig + "(4,1,4,32): warning : containerlint.non_root_user: '0' is root", result.Output);
            Assert.Contains(editorconfig + "(5,1,5,33): warning : containerlint.non_root_usr is not an option ContainerLint reads, so the line does nothing. "
                + "Did you mean containerlint.non_root_user?", result.Output);
            Assert.Contains(" 2 Warning(s)", result.Output);
        }

        // Audit 107 A107-6: only an .editorconfig or .globalconfig above the project made a project without container files
        // lint its configuration; one beside its C# files, or one Directory.Build.props gives the compiler, went unchecked.
        [Fact]
        public void Options_for_CSharp_in_configuration_given_beside_the_code_or_as_an_item_are_warned_about_without_container_files()
        {
            var project = _package.CreateProject("config-csharp-items")
                .WriteFile("Directory.Build.props", """
                    <Project>
                      <ItemGroup>
                        <GlobalAnalyzerConfigFiles Include="$(MSBuildThisFileDirectory)shared.globalconfig" />
                      </ItemGroup>
                    </Project>
                    """)
                .WriteFile("shared.globalconfig", "is_global = true\ncontainerlint.non_root_user = root\n")
                .WriteProjectFile("src/Worker.cs", "namespace App;\n\ninternal sealed class Worker { }\n")
                .WriteProjectFile("src/.editorconfig", "[*.cs]\ncontainerlint.allowed_capabilitys = NET_ADMIN\n");
            var globalconfig = Path.Combine(project.Root, "shared.globalconfig");
            var editorconfig = Path.Combine(project.ProjectDirectory, "src", ".editorconfig");

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.True(result.Output.Contains(globalconfig + "(2,1,2,35): warning : containerlint.non_root_user: 'root' is root"), result.Output);
            Assert.True(result.Output.Contains(editorconfig + "(2,1,2,46): warning : containerlint.allowed_capabilitys is not an option ContainerLint reads"), result.Output);
        }

        [Fact]
        public void A_severity_typo_in_a_section_read_for_a_CSharp_file_is_the_compiler_s_warning_and_else_the_task_s_at_its_line()
        {
            // A typo in a section that applies to C# files too was said twice: by the compiler (InvalidSeverityInAnalyzerConfig,
            // without a line, naming the file) and by the task at its line. The compiler's stays while it reads the section for
            // a C# file of the project, and, as its other warnings, comes with a build that compiles; when no C# file is left
            // there, the task's comes back, in every build, also when nothing but the C# files changed. The SARIF log has it
            // in every build, whoever says it on the console.
            var project = _package.CreateProject("config-typo-csharp")
                .WriteProjectFile("api/Dockerfile", "FROM alpine:3.20\nUSER root\n")
                .WriteProjectFile("api/Controller.cs", "namespace App.Api;\n\ninternal sealed class Controller { }\n")
                .WriteProjectFile(".editorconfig", """
                    root = true

                    [api/**]
                    dotnet_diagnostic.CTL1006.severity = eror

                    """)
                .Property("ContainerLintSarifFile", "containerlint.sarif");
            var editorconfig = Path.Combine(project.ProjectDirectory, ".editorconfig");
            var sarifPath = Path.Combine(project.ProjectDirectory, "containerlint.sarif");
            string Notifications()
            {
                using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarifPath));
                var notification = document.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolConfigurationNotifications")[0];
                return notification.GetProperty("descriptor").GetProperty("id").GetString() + " line "
                    + notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
            }
            const string Compiler = "warning InvalidSeverityInAnalyzerConfig: The diagnostic 'ctl1006' was given an invalid severity 'eror' in the analyzer config file at '";
            var task = editorconfig + "(4,1,4,42): warning : Invalid severity in analyzer config file: CTL1006 was given the severity 'eror'";

            var compiled = project.Build();
            var compiledLog = Notifications();
            var upToDate = project.Build();
            var upToDateLog = Notifications();
            File.Delete(Path.Combine(project.ProjectDirectory, "api", "Controller.cs"));
            var withoutCSharp = project.Build();
            var withoutCSharpLog = Notifications();

            Assert.All(new[] { compiledLog, upToDateLog, withoutCSharpLog }, log => Assert.Equal("config/invalid-severity line 4", log));
            var again = project.Build();

            Assert.Contains(Compiler + editorconfig + "'", compiled.Output);
            Assert.DoesNotContain("warning : Invalid severity in analyzer config file", compiled.Output);
            Assert.Contains(" 2 Warning(s)", compiled.Output); // the compiler's and CTL1001
            // Nothing compiled, nothing from the compiler, as for any C# warning: the task does not say it in its place.
            Assert.Contains("Skipping target \"_ContainerLintAnalyze\" because all output files are up-to-date", upToDate.Output);
            Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", upToDate.Output);
            Assert.DoesNotContain("InvalidSeverityInAnalyzerConfig", upToDate.Output);
            Assert.DoesNotContain("warning : Invalid severity in analyzer config file", upToDate.Output);
            Assert.Contains(" 1 Warning(s)", upToDate.Output);
            Assert.DoesNotContain("Skipping target \"_ContainerLintAnalyze\"", withoutCSharp.Output);
            Assert.Contains("Skipping target \"_ContainerLintAnalyze\" because all output files are up-to-date", again.Output);
            foreach (var result in new[] { withoutCSharp, again })
            {
                Assert.DoesNotContain("InvalidSeverityInAnalyzerConfig", result.Output);
                Assert.Contains(task, result.Output);
                Assert.Contains(" 2 Warning(s)", result.Output);
            }
            Assert.All(new[] { compiled, upToDate, withoutCSharp, again }, r => Assert.Equal(new[] { "warning CTL1001 app/api/Dockerfile(2,1)" }, r.WarningsAndErrors));
        }

        [Fact]
        public void Globalconfig_applies_below_editorconfig()
        {
            var project = ProjectWithBoth("globalconfig")
                .WriteFile(".globalconfig", """
                    is_global = true
                    dotnet_diagnostic.CTL1001.severity = none
                    dotnet_diagnostic.CTL1003.severity = suggestion
                    dotnet_diagnostic.CTL1006.severity = warning

                    """)
                .WriteProjectFile(".editorconfig", """
                    [Dockerfile]
                    dotnet_diagnostic.CTL1006.severity = error

                    """);

            var result = project.Build();

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "error CTL1006 app/Dockerfile(2,1)" }, result.WarningsAndErrors);
            Assert.Equal(new[] { "message CTL1003 app/compose.yaml(4,17)" }, result.Messages);
        }

        [Fact]
        public void Global_config_given_as_an_EditorConfigFiles_item_applies_to_container_files()
        {
            var project = ProjectWithDockerfile("editorconfigfiles-global")
                .WriteProjectFile("ci.globalconfig", """
                    is_global = true
                    dotnet_diagnostic.CTL1001.severity = error
                    dotnet_diagnostic.CTL1006.severity = none

                    """)
                .Item("<EditorConfigFiles Include=\"ci.globalconfig\" />");

            var result = project.Build();

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "error CTL1001 app/Dockerfile(3,1)" }, result.WarningsAndErrors);
            Assert.Empty(result.Messages);
        }

        [Fact]
        public void ContainerLintMode_beats_bulk_severity_configuration_as_its_global_config_does_in_the_compiler()
        {
            // Minimum's global config names every non-error rule (dotnet_diagnostic.ID.severity = none), and a rule's own
            // entry beats dotnet_analyzer_diagnostic.severity wherever that is written; the error rule has no entry there,
            // so the bulk setting makes it a warning.
            var project = ProjectWithBoth("mode-vs-bulk").Property("ContainerLintMode", "Minimum").WriteProjectFile(".editorconfig", """
                root = true

                [*]
                dotnet_analyzer_diagnostic.severity = warning

                """);

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "warning CTL1003 app/compose.yaml(4,17)" }, result.WarningsAndErrors);
            Assert.Empty(result.Messages);
        }

        [Fact]
        public void Strict_mode_raises_suggestions_to_warnings()
        {
            var result = ProjectWithDockerfile("strict").Property("ContainerLintMode", "Strict").Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(3,1)", "warning CTL1006 app/Dockerfile(2,1)" }, result.WarningsAndErrors);
        }

        [Fact]
        public void A_user_global_config_at_the_modes_level_unsets_the_rule_as_in_the_compiler()
        {
            // Strict's global config sets CTL1006 to warning at global_level -50; another one at that level setting the same
            // key (even to the same value) makes the compiler unset it, so the rule keeps its default, suggestion.
            var project = ProjectWithDockerfile("mode-conflict").Property("ContainerLintMode", " Strict ")
                .WriteProjectFile("team.globalconfig", """
                    is_global = true
                    global_level = -50
                    dotnet_diagnostic.CTL1006.severity = warning

                    """)
                .Item("<EditorConfigFiles Include=\"team.globalconfig\" />");

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(3,1)" }, result.WarningsAndErrors);
            Assert.Equal(new[] { Samples.DockerfileSuggestion }, result.Messages);
        }

        [Theory]
        [InlineData("DiscoverEditorConfigFiles", ".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.CTL1001.severity = error\n")]
        [InlineData("DiscoverGlobalAnalyzerConfigFiles", ".globalconfig", "is_global = true\ndotnet_diagnostic.CTL1001.severity = error\n")]
        public void Config_files_the_project_turns_discovery_off_for_are_not_applied_as_the_compiler_does_not_get_them(string property, string file, string content)
        {
            var project = ProjectWithDockerfile("no-discovery-" + file.TrimStart('.')).WriteProjectFile(file, content);

            var discovered = project.Build();
            var notDiscovered = project.Property(property, "false").Build();

            Assert.Equal(new[] { "error CTL1001 app/Dockerfile(3,1)" }, discovered.WarningsAndErrors);
            Assert.True(notDiscovered.Succeeded, notDiscovered.ToString());
            Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(3,1)" }, notDiscovered.WarningsAndErrors);
        }

        [Fact]
        public void Minimum_mode_keeps_only_error_rules()
        {
            var result = ProjectWithBoth("minimum").Property("ContainerLintMode", "Minimum").Build();

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(new[] { Samples.ComposeError }, result.WarningsAndErrors);
            Assert.Empty(result.Messages);
        }

        [Fact]
        public void ContainerLintEnabled_false_turns_the_task_off()
        {
            var result = ProjectWithBoth("disabled").Property("ContainerLintEnabled", "false").Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Empty(result.ContainerLint);
        }

        [Fact]
        public void Project_that_gets_the_package_through_a_project_reference_is_not_linted()
        {
            // app references ContainerLint without PrivateAssets="all", so NuGet passes buildTransitive/ on to "down",
            // which never chose the linter, and the SDK gives it the package's analyzers too: its root user, privileged
            // service and privileged HostConfig in C# must not be reported (nor fail its build), while app's own
            // Dockerfile still is, in the same build.
            var project = _package.CreateProject("transitive")
                .WriteProjectFile("Dockerfile", "FROM alpine:3.20\nUSER root\n")
                .WriteFile("down/down.csproj", $$"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                      <ItemGroup>
                        <ProjectReference Include="../app/app.csproj" />
                        <PackageReference Include="Docker.DotNet" Version="{{AnalyzerEndToEndTests.DockerDotNetVersion}}" />
                      </ItemGroup>
                    </Project>

                    """)
                .WriteFile("down/Containers.cs", """
                    public static class Containers
                    {
                        public static Docker.DotNet.Models.HostConfig Debug() => new Docker.DotNet.Models.HostConfig { Privileged = true };
                    }

                    """)
                .WriteFile("down/Dockerfile", "FROM alpine:3.20\nUSER root\n")
                .WriteFile("down/compose.yaml", "services:\n  web:\n    image: nginx\n    privileged: true\n");

            var result = new BuildResult(DotNetCli.Run(project.Root, new[] { "build", "down/down.csproj", "-nodeReuse:false", "-v:n", "-clp:NoSummary" }), project.Root);

            Assert.True(result.Succeeded, result.ToString());
            Assert.Contains("buildTransitive/ContainerLint.targets", File.ReadAllText(Path.Combine(project.Root, "down/obj/down.csproj.nuget.g.targets")).Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(2,1)" }, result.WarningsAndErrors);
        }

        [Fact]
        public void A_project_without_container_files_shows_no_ContainerLint_output()
        {
            var project = _package.CreateProject("no-files");

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.DoesNotContain("CTL", result.Output);
            Assert.DoesNotContain("ContainerLint:", result.Output);
            Assert.Empty(Directory.GetFiles(project.ProjectDirectory, "ContainerLint.findings", SearchOption.AllDirectories));
        }

        [Fact]
        public void In_source_suppression_hides_the_finding()
        {
            var project = _package.CreateProject("suppressed").WriteProjectFile("Dockerfile", """
                FROM mcr.microsoft.com/dotnet/runtime:8.0
                # containerlint ignore=CTL1001 the base image needs root for its init
                USER root

                """);

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Empty(result.WarningsAndErrors);
        }
    }
}
