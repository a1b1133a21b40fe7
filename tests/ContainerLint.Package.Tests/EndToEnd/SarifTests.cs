using System.IO;
using System.Linq;
using System.Text.Json;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    [Collection(PackageCollection.Name)]
    public class SarifEndToEndTests
    {
        private readonly PackageFixture _package;

        public SarifEndToEndTests(PackageFixture package) => _package = package;

        [Fact]
        public void Sarif_log_holds_reported_and_suppressed_findings_relative_to_the_repository_root()
        {
            var project = _package.CreateProject("sarif")
                .WriteFile(".git/HEAD", "ref: refs/heads/main\n")
                .WriteProjectFile("Dockerfile", Samples.Dockerfile)
                .WriteProjectFile("compose.yaml", """
                    services:
                      web:
                        image: nginx:1.27
                        # containerlint ignore=CTL1003 the e2e test needs it
                        privileged: true
                        cap_drop: [ALL]
                        read_only: true
                        security_opt: [no-new-privileges:true]

                    """)
                .Property("ContainerLintSarifFile", "$(MSBuildProjectDirectory)/../artifacts/containerlint.sarif");

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            var sarifPath = Path.Combine(project.Root, "artifacts", "containerlint.sarif");
            var text = File.ReadAllText(sarifPath);
            Assert.Empty(SarifSchema.Validate(text));

            using var document = JsonDocument.Parse(text);
            var run = document.RootElement.GetProperty("runs")[0];
            Assert.Equal("ContainerLint", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
            Assert.Equal(_package.Version, run.GetProperty("tool").GetProperty("driver").GetProperty("version").GetString());
            Assert.Equal("ContainerLint " + _package.Version, run.GetProperty("tool").GetProperty("driver").GetProperty("fullName").GetString());
            Assert.Equal("containerlint/app/", run.GetProperty("automationDetails").GetProperty("id").GetString());
            var root = run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString();
            Assert.Equal(new System.Uri(project.Root + "/").AbsoluteUri, root);

            var results = run.GetProperty("results").EnumerateArray().ToList();
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            var summary = results.Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var region = location.GetProperty("region");
                var suppressed = r.TryGetProperty("suppressions", out var s) ? " suppressed:" + s[0].GetProperty("justification").GetString() : "";
                Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
                Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
                return $"{r.GetProperty("level").GetString()} {r.GetProperty("ruleId").GetString()} {location.GetProperty("artifactLocation").GetProperty("uri").GetString()}"
                    + $"({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()},{region.GetProperty("endLine").GetInt32()},{region.GetProperty("endColumn").GetInt32()}){suppressed}";
            }).OrderBy(s => s, System.StringComparer.Ordinal).ToList();

            Assert.Equal(new[]
            {
                "error CTL1003 app/compose.yaml(5,17,5,21) suppressed:the e2e test needs it",
                "note CTL1006 app/Dockerfile(2,1,2,10)",
                "warning CTL1001 app/Dockerfile(3,1,3,10)",
            }, summary);
            Assert.All(results, r => Assert.Matches("^[0-9a-f]{16}$", r.GetProperty("partialFingerprints").EnumerateObject().Single().Value.GetString()));

            // A log outside the project's folder may be other projects' too: dotnet clean leaves it.
            var clean = DotNetCli.Run(project.ProjectDirectory, new[] { "clean", project.ProjectFile, "-nodeReuse:false" });
            Assert.Equal(0, clean.ExitCode);
            Assert.True(File.Exists(sarifPath), clean.ToString());
        }

        // Audit 79 B79-1: git init above the project moves the repository root; an up-to-date build replayed the log of the
        // old one (SRCROOT the project's folder, files outside it as absolute URIs).
        [Fact]
        public void Repository_created_after_a_build_moves_the_log_root_in_the_next_build()
        {
            var project = _package.CreateProject("sarif-git-init")
                .WriteProjectFile("Dockerfile", "FROM alpine:3.20\nUSER root\n")
                .WriteFile("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    user: root\n")
                .Item("<ContainerLintFile Include=\"../compose.yaml\" />")
                .Property("ContainerLintSarifFile", "$(MSBuildProjectDirectory)/../artifacts/containerlint.sarif");
            var sarifPath = Path.Combine(project.Root, "artifacts", "containerlint.sarif");

            var before = project.Build();
            Assert.True(before.Succeeded, before.ToString());
            Assert.Equal(new System.Uri(project.ProjectDirectory + "/").AbsoluteUri, RootAndUris(File.ReadAllText(sarifPath)).Root);

            project.WriteFile(".git/HEAD", "ref: refs/heads/main\n");
            var after = project.Build();

            Assert.True(after.Succeeded, after.ToString());
            var (root, uris) = RootAndUris(File.ReadAllText(sarifPath));
            Assert.Equal(new System.Uri(project.Root + "/").AbsoluteUri, root);
            Assert.Equal(new[] { "app/Dockerfile", "compose.yaml" }, uris);
        }

        private static (string? Root, string?[] Uris) RootAndUris(string sarif)
        {
            using var document = JsonDocument.Parse(sarif);
            var run = document.RootElement.GetProperty("runs")[0];
            return (run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString(),
                run.GetProperty("results").EnumerateArray()
                    .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
                    .Distinct().OrderBy(u => u, System.StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public void Configuration_warnings_are_tool_configuration_notifications_of_the_log_also_in_a_build_that_does_not_lint()
        {
            // The warnings at an .editorconfig line (audit 40 F7) were printed but missing from the log CI uploads, and the
            // log of an up-to-date build comes from the findings cache.
            var project = _package.CreateProject("sarif-config")
                .WriteFile(".git/HEAD", "ref: refs/heads/main\n")
                .WriteProjectFile("Dockerfile", "FROM alpine:3.20\nUSER root\n")
                .WriteProjectFile(".editorconfig", """
                    root = true

                    [Dockerfile]
                    dotnet_diagnostic.CTL1001.severity = eror

                    [*]
                    containerlint.allowed_capabilities = NET_ADMNI; SYS_TIME

                    """)
                .Property("ContainerLintSarifFile", "$(MSBuildProjectDirectory)/../artifacts/containerlint.sarif");
            var sarifPath = Path.Combine(project.Root, "artifacts", "containerlint.sarif");

            var first = project.Build();
            var linted = File.ReadAllText(sarifPath);
            var second = project.Build();
            var replayed = File.ReadAllText(sarifPath);

            Assert.Contains("Skipping target \"_ContainerLintAnalyze\" because all output files are up-to-date", second.Output);
            foreach (var (result, text) in new[] { (first, linted), (second, replayed) })
            {
                Assert.True(result.Succeeded, result.ToString());
                Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(2,1)" }, result.WarningsAndErrors);
                Assert.Empty(SarifSchema.Validate(text));
                using var document = JsonDocument.Parse(text);
                var run = document.RootElement.GetProperty("runs")[0];
                var invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray());
                Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
                var notifications = invocation.GetProperty("toolConfigurationNotifications").EnumerateArray().Select(n =>
                {
                    var location = n.GetProperty("locations")[0].GetProperty("physicalLocation");
                    Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
                    var region = location.GetProperty("region");
                    return $"{n.GetProperty("level").GetString()} {n.GetProperty("descriptor").GetProperty("id").GetString()} "
                        + $"{location.GetProperty("artifactLocation").GetProperty("uri").GetString()}({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()}): "
                        + n.GetProperty("message").GetProperty("text").GetString()!.Split(':')[0];
                }).ToList();
                Assert.Equal(new[]
                {
                    "warning config/invalid-severity app/.editorconfig(4,1): Invalid severity in analyzer config file",
                    "warning config/unknown-capability app/.editorconfig(7,1): containerlint.allowed_capabilities names 'NET_ADMNI', which is no capability Docker knows, so it allows nothing",
                    "warning config/capability-after-semicolon app/.editorconfig(7,1): containerlint.allowed_capabilities",
                }, notifications);
                Assert.Equal(new[] { "CTL1001" }, run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));
            }
        }

        [Fact]
        public void A_build_with_the_lint_turned_off_writes_a_log_of_no_results_keeps_the_lint_state_and_clean_deletes_the_log()
        {
            // Audit 37 F2: the last lint's log stayed, so a CI upload of it claimed findings fixed since.
            var project = _package.CreateProject("sarif-disabled")
                .WriteProjectFile("Dockerfile", "FROM alpine:3.20\nUSER root\n")
                .Property("ContainerLintSarifFile", "$(MSBuildProjectName).containerlint.sarif");
            var sarifPath = Path.Combine(project.ProjectDirectory, "app.containerlint.sarif");
            project.Build();
            var linted = Results(sarifPath);

            var disabled = project.Build("-p:ContainerLintEnabled=false");
            var disabledLog = File.ReadAllText(sarifPath);
            var again = project.Build();
            var replayed = Results(sarifPath);
            var clean = DotNetCli.Run(project.ProjectDirectory, new[] { "clean", project.ProjectFile, "-nodeReuse:false" });

            Assert.Equal(new[] { "CTL1001" }, linted);
            Assert.True(disabled.Succeeded, disabled.ToString());
            Assert.Empty(SarifSchema.Validate(disabledLog));
            using (var document = JsonDocument.Parse(disabledLog))
            {
                var run = document.RootElement.GetProperty("runs")[0];
                Assert.Equal(0, run.GetProperty("results").GetArrayLength());
                Assert.Equal("containerlint/app/", run.GetProperty("automationDetails").GetProperty("id").GetString());
                var notification = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
                Assert.Contains("ContainerLintEnabled is false", notification.GetProperty("message").GetProperty("text").GetString());
            }
            // The lint's state stays (audit 29 R6): the next build is up to date and replays the findings into the log.
            Assert.Contains("Skipping target \"_ContainerLintAnalyze\" because all output files are up-to-date", again.Output);
            Assert.Equal(new[] { "CTL1001" }, replayed);
            Assert.Equal(0, clean.ExitCode);
            Assert.False(File.Exists(sarifPath), clean.ToString());
        }

        private static string[] Results(string sarifPath)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(sarifPath));
            return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString()!).ToArray();
        }

        [Fact]
        public void Sarif_log_is_rewritten_empty_when_no_container_file_is_left()
        {
            // A CI job uploads the log after every build: the findings of a file that is gone must not stay in it.
            var project = _package.CreateProject("sarif-stale")
                .WriteProjectFile("compose.yaml", "services:\n  web:\n    image: nginx\n    privileged: true\n")
                .Property("ContainerLintSarifFile", "lint.sarif");
            var sarifPath = Path.Combine(project.ProjectDirectory, "lint.sarif");

            var before = project.Build();
            File.Delete(Path.Combine(project.ProjectDirectory, "compose.yaml"));
            var after = project.Build();

            Assert.False(before.Succeeded, before.ToString());
            Assert.True(after.Succeeded, after.ToString());
            var text = File.ReadAllText(sarifPath);
            Assert.Empty(SarifSchema.Validate(text));
            using var document = JsonDocument.Parse(text);
            Assert.Equal(0, document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        }

        [Fact]
        public void A_misspelt_ContainerLintMode_is_an_error_and_the_findings_are_still_reported_and_logged_with_the_defaults()
        {
            // As the compiler does for C# (the mode's global config is not added), the findings keep their default
            // severities; the SARIF log is written for this build, not left from the last one.
            var project = _package.CreateProject("sarif-mode-typo")
                .WriteProjectFile("compose.yaml", "services:\n  web:\n    image: nginx\n    user: root\n")
                .Property("ContainerLintSarifFile", "lint.sarif");
            var sarifPath = Path.Combine(project.ProjectDirectory, "lint.sarif");
            project.Build();
            File.WriteAllText(sarifPath, "stale");

            var result = project.Build("-p:ContainerLintMode=Strikt");

            Assert.False(result.Succeeded, result.ToString());
            Assert.Contains("ContainerLintMode 'Strikt' is not one of Default, Strict, Minimum", result.Output);
            Assert.Equal(new[] { "warning CTL1001 app/compose.yaml(4,11)" }, result.WarningsAndErrors);
            using var document = JsonDocument.Parse(File.ReadAllText(sarifPath));
            Assert.Contains(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(),
                r => r.GetProperty("ruleId").GetString() == "CTL1001" && r.GetProperty("level").GetString() == "warning");
        }

        [Theory]
        [InlineData("sarif/")]
        [InlineData("existing")]
        public void A_SARIF_path_that_names_a_folder_is_one_error_and_the_findings_are_still_reported(string path)
        {
            // Audit 30: the report task failed with MSB4018 and a stack trace; the compiler says CS2021 for such an ErrorLog.
            var project = _package.CreateProject("sarif-folder-" + path.TrimEnd('/'))
                .WriteProjectFile("compose.yaml", "services:\n  web:\n    image: nginx\n    user: root\n")
                .Property("ContainerLintSarifFile", path);
            Directory.CreateDirectory(Path.Combine(project.ProjectDirectory, "existing"));

            var result = project.Build();

            Assert.False(result.Succeeded, result.ToString());
            Assert.DoesNotContain("MSB4018", result.Output);
            Assert.True(result.Output.Contains("ContainerLint could not write the SARIF log ContainerLintSarifFile='" + Path.Combine(project.ProjectDirectory, path) + "': it names a folder; give the file's name, such as ",
                System.StringComparison.Ordinal), result.ToString());
            Assert.Equal(new[] { "warning CTL1001 app/compose.yaml(4,11)" }, result.WarningsAndErrors);
        }
    }
}
