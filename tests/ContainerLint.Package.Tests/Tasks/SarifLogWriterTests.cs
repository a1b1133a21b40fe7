using System.IO;
using System.Linq;
using System.Text.Json;
using ContainerLint.Catalog;
using ContainerLint.Configuration;
using ContainerLint.Package.Tests.Infrastructure;
using ContainerLint.Tasks.Engine;
using ContainerLint.Tasks.Sarif;

namespace ContainerLint.Package.Tests.Tasks
{
    public class SarifLogWriterTests
    {
        private static readonly string Root = Path.Combine(Path.GetTempPath(), "cl-sarif", "repo");

        private static CachedFinding Finding(string rule, string relativePath, string? justification = null, string message = "Container runs as root: USER root. Why") =>
            new CachedFinding(rule, Path.Combine(Root, relativePath), 3, 1, 3, 10, message, null, justification, "0123456789abcdef");

        [Fact]
        public void Log_validates_against_the_sarif_2_1_0_schema()
        {
            var json = SarifLogWriter.ToJson(Root, new[]
            {
                new SarifResult(Finding("CTL1001", "src/app/Dockerfile"), RuleSeverity.Warning),
                new SarifResult(Finding("CTL1003", "compose.yaml", "needed \"for\" tests"), RuleSeverity.Error),
                new SarifResult(Finding("CTL1006", "with space/Dockerfile"), RuleSeverity.Suggestion),
            }, "1.2.3");

            Assert.Empty(SarifSchema.Validate(json));
        }

        [Fact]
        public void Empty_log_still_describes_the_tool_and_its_rules()
        {
            var json = SarifLogWriter.ToJson(Root, Enumerable.Empty<SarifResult>(), "1.2.3");

            Assert.Empty(SarifSchema.Validate(json));
            using var doc = JsonDocument.Parse(json);
            var rules = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
            var ids = rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
            Assert.Contains("CTL1001", ids);
            Assert.Contains("CTL3004", ids);
            Assert.DoesNotContain("CTL9005", ids); // C# only: the analyzer's business
            var first = rules[0];
            Assert.Equal("ContainerRunsAsRoot", first.GetProperty("name").GetString());
            Assert.Equal(rules.EnumerateArray().Select(r => RuleCatalog.Get(r.GetProperty("id").GetString()!).Name),
                rules.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
            Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("name").GetString() == "CapabilityAddedBeyondDockerDefaults");
            Assert.Equal("warning", first.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.Equal(RuleCatalog.CTL1001.HelpLink, first.GetProperty("helpUri").GetString());
            Assert.Equal("7.0", first.GetProperty("properties").GetProperty("security-severity").GetString());
            Assert.Equal(new[] { "security", "containers", "User", "CIS Docker Benchmark v1.6.0 4.1" },
                first.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            var linter = rules.EnumerateArray().Where(r => r.GetProperty("id").GetString()!.StartsWith("CTL9")).ToList();
            Assert.Equal(new[] { "CTL9001", "CTL9002", "CTL9003", "CTL9004" }, linter.Select(r => r.GetProperty("id").GetString()));
            Assert.All(linter, r =>
            {
                Assert.Equal(new[] { "containers", "Linter" }, r.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
                Assert.False(r.GetProperty("properties").TryGetProperty("security-severity", out _));
            });
        }

        [Fact]
        public void Run_names_its_category_and_the_tool_by_full_name_and_semantic_version()
        {
            // Audit 37 F1: GitHub keys a run on the driver's name, fullName, version, semanticVersion and guid and on
            // automationDetails.id, and refuses to upload runs it cannot tell apart; GHAzDO requires both properties.
            var api = SarifLogWriter.ToJson(Root, Enumerable.Empty<SarifResult>(), "0.9.0-beta.1", "containerlint/Api/");
            var worker = SarifLogWriter.ToJson(Root, Enumerable.Empty<SarifResult>(), "0.9.0-beta.1", "containerlint/Worker");

            Assert.Empty(SarifSchema.Validate(api));
            using var apiDoc = JsonDocument.Parse(api);
            using var workerDoc = JsonDocument.Parse(worker);
            var run = apiDoc.RootElement.GetProperty("runs")[0];
            var driver = run.GetProperty("tool").GetProperty("driver");
            Assert.Equal("ContainerLint 0.9.0-beta.1", driver.GetProperty("fullName").GetString());
            Assert.Equal("0.9.0-beta.1", driver.GetProperty("semanticVersion").GetString());
            Assert.Equal("containerlint/Api/", run.GetProperty("automationDetails").GetProperty("id").GetString());
            // A category without the final '/' gets it: GitHub reads what follows the last '/' as a run id, not the category.
            Assert.Equal("containerlint/Worker/", workerDoc.RootElement.GetProperty("runs")[0].GetProperty("automationDetails").GetProperty("id").GetString());
        }

        [Fact]
        public void A_version_that_is_not_semantic_is_written_only_as_the_version()
        {
            var json = SarifLogWriter.ToJson(Root, Enumerable.Empty<SarifResult>(), "1.2.3.4");

            using var doc = JsonDocument.Parse(json);
            var run = doc.RootElement.GetProperty("runs")[0];
            Assert.False(run.GetProperty("tool").GetProperty("driver").TryGetProperty("semanticVersion", out _));
            Assert.False(run.TryGetProperty("automationDetails", out _));
        }

        [Fact]
        public void A_notification_is_written_as_a_note_of_the_run_s_invocation()
        {
            // Audit 37 F2: a build that does not lint writes a log of no results that says why.
            var json = SarifLogWriter.ToJson(Root, Enumerable.Empty<SarifResult>(), "1.2.3", "containerlint/app/", "the lint was off");

            Assert.Empty(SarifSchema.Validate(json));
            using var doc = JsonDocument.Parse(json);
            var invocation = doc.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
            Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
            var notification = invocation.GetProperty("toolExecutionNotifications")[0];
            Assert.Equal("note", notification.GetProperty("level").GetString());
            Assert.Equal("the lint was off", notification.GetProperty("message").GetProperty("text").GetString());
        }

        [Fact]
        public void Configuration_problems_are_tool_configuration_notifications_at_their_line_with_a_descriptor_of_their_kind()
        {
            // The warnings the build gives at an .editorconfig line (audit 40 F7) are no rule's findings: SARIF 2.1.0 keeps
            // them in the invocation's toolConfigurationNotifications (3.20.21), each naming its kind (3.58.2).
            var json = SarifLogWriter.ToJson(Root, new[] { new SarifResult(Finding("CTL1001", "Dockerfile"), RuleSeverity.Warning) }, "1.2.3",
                configurationProblems: new[]
                {
                    new ConfigurationProblem(ConfigurationProblemKind.InvalidSeverity, Path.Combine(Root, "with space", ".editorconfig"), 4, 1, 42, "CTL1001 'eror'"),
                    new ConfigurationProblem(ConfigurationProblemKind.UnknownCapabilities, Path.Combine(Root, ".editorconfig"), 7, 1, 47, "'NET_ADMNI'"),
                    new ConfigurationProblem(ConfigurationProblemKind.CapabilitiesAfterSemicolon, Path.Combine(Root, ".editorconfig"), 7, 1, 47, "';' 'SYS_TIME'"),
                    new ConfigurationProblem(ConfigurationProblemKind.InvalidSeverity, Path.Combine(Path.GetTempPath(), "cl-sarif", ".globalconfig"), 2, 1, 40, "outside"),
                });

            Assert.Empty(SarifSchema.Validate(json));
            using var doc = JsonDocument.Parse(json);
            var run = doc.RootElement.GetProperty("runs")[0];
            var invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray());
            Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
            Assert.False(invocation.TryGetProperty("toolExecutionNotifications", out _));
            var descriptors = run.GetProperty("tool").GetProperty("driver").GetProperty("notifications");
            var notifications = invocation.GetProperty("toolConfigurationNotifications").EnumerateArray().Select(n =>
            {
                var descriptor = n.GetProperty("descriptor");
                Assert.Equal(descriptor.GetProperty("id").GetString(), descriptors[descriptor.GetProperty("index").GetInt32()].GetProperty("id").GetString());
                var location = n.GetProperty("locations")[0].GetProperty("physicalLocation");
                var artifact = location.GetProperty("artifactLocation");
                var region = location.GetProperty("region");
                var uri = artifact.GetProperty("uri").GetString()!;
                if (artifact.TryGetProperty("uriBaseId", out var baseId)) uri = baseId.GetString() + ":" + uri;
                return $"{descriptor.GetProperty("id").GetString()} {n.GetProperty("level").GetString()} {uri}"
                    + $"({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()},{region.GetProperty("endLine").GetInt32()},{region.GetProperty("endColumn").GetInt32()}) "
                    + n.GetProperty("message").GetProperty("text").GetString();
            }).ToList();
            Assert.Equal(new[]
            {
                "config/invalid-severity warning SRCROOT:with%20space/.editorconfig(4,1,4,42) CTL1001 'eror'",
                "config/unknown-capability warning SRCROOT:.editorconfig(7,1,7,47) 'NET_ADMNI'",
                "config/capability-after-semicolon warning SRCROOT:.editorconfig(7,1,7,47) ';' 'SYS_TIME'",
                "config/invalid-severity warning " + new System.Uri(Path.Combine(Path.GetTempPath(), "cl-sarif", ".globalconfig")).AbsoluteUri + "(2,1,2,40) outside",
            }, notifications);
            // The descriptors are not rules: no result can name one, and the rules stay the catalog's.
            Assert.Equal(new[] { "config/invalid-severity", "config/unknown-capability", "config/capability-after-semicolon", "config/capability-after-hash",
                "config/unusable-non-root-user", "config/unknown-option" },
                descriptors.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
            Assert.All(descriptors.EnumerateArray(), d => Assert.Equal("warning", d.GetProperty("defaultConfiguration").GetProperty("level").GetString()));
            // GitHub code scanning wants a short and a full description of every descriptor (Sarif.Multitool GH2012, audit 124 A124-3).
            Assert.All(descriptors.EnumerateArray(), d =>
            {
                var shortText = d.GetProperty("shortDescription").GetProperty("text").GetString()!;
                var fullText = d.GetProperty("fullDescription").GetProperty("text").GetString()!;
                Assert.True(shortText.Length > 0 && fullText.Length > shortText.Length, shortText + " / " + fullText);
            });
            Assert.DoesNotContain(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(),
                r => r.GetProperty("id").GetString()!.StartsWith("config/", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_log_without_configuration_problems_has_no_invocation()
        {
            var json = SarifLogWriter.ToJson(Root, Enumerable.Empty<SarifResult>(), "1.2.3", configurationProblems: new ConfigurationProblem[0]);

            using var doc = JsonDocument.Parse(json);
            Assert.False(doc.RootElement.GetProperty("runs")[0].TryGetProperty("invocations", out _));
        }

        [Fact]
        public void Locations_are_relative_escaped_uris_under_SRCROOT_and_outside_files_are_absolute()
        {
            var json = SarifLogWriter.ToJson(Root, new[]
            {
                new SarifResult(Finding("CTL1001", "with space/Dockerfile"), RuleSeverity.Warning),
                new SarifResult(new CachedFinding("CTL1001", Path.Combine(Path.GetTempPath(), "cl-sarif", "elsewhere", "Dockerfile"), 1, 1, 1, 5, "m", null, null, "x"), RuleSeverity.Warning),
            }, "1.2.3");

            using var doc = JsonDocument.Parse(json);
            var run = doc.RootElement.GetProperty("runs")[0];
            Assert.EndsWith("/cl-sarif/repo/", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
            var locations = run.GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")).ToList();
            Assert.Equal("with%20space/Dockerfile", locations[0].GetProperty("uri").GetString());
            Assert.Equal("SRCROOT", locations[0].GetProperty("uriBaseId").GetString());
            Assert.StartsWith("file:///", locations[1].GetProperty("uri").GetString());
            Assert.False(locations[1].TryGetProperty("uriBaseId", out _));
        }

        [Fact]
        public void Suppressed_finding_carries_an_in_source_suppression_with_its_justification()
        {
            var json = SarifLogWriter.ToJson(Root, new[] { new SarifResult(Finding("CTL1003", "compose.yaml", "lab only"), RuleSeverity.Error) }, "1");

            using var doc = JsonDocument.Parse(json);
            var suppression = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("suppressions")[0];
            Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
            Assert.Equal("lab only", suppression.GetProperty("justification").GetString());
        }

        [Fact]
        public void Messages_with_quotes_backslashes_and_control_characters_stay_valid_json()
        {
            var json = SarifLogWriter.ToJson(Root, new[] { new SarifResult(Finding("CTL1001", "Dockerfile", message: "a \"b\" \\ c\td\u0001 ${X}"), RuleSeverity.Warning) }, "1");

            using var doc = JsonDocument.Parse(json);
            Assert.Equal("a \"b\" \\ c\td\u0001 ${X}", doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("message").GetProperty("text").GetString());
        }
    }
}
