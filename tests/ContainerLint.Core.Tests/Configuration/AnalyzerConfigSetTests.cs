using System.Collections.Generic;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Configuration;

namespace ContainerLint.Core.Tests.Configuration
{
    public class AnalyzerConfigSetTests
    {
        private const string Key = "dotnet_diagnostic.ctl1001.severity";

        private static AnalyzerConfigFile Config(string path, string text) => AnalyzerConfigFile.Parse(text, path);

        private static string? Severity(AnalyzerConfigSet set, string path) =>
            set.GetOptions(path).TryGetValue(Key, out var value) ? value : null;

        [Fact]
        public void Later_section_of_one_file_wins()
        {
            var set = new AnalyzerConfigSet(new[]
            {
                Config("/repo/.editorconfig", "[*]\ndotnet_diagnostic.CTL1001.severity = error\n[**/Dockerfile]\ndotnet_diagnostic.CTL1001.severity = none\n"),
            });

            Assert.Equal("none", Severity(set, "/repo/app/Dockerfile"));
            Assert.Equal("error", Severity(set, "/repo/app/compose.yml"));
        }

        [Fact]
        public void The_entries_of_a_file_are_those_of_the_sections_that_match_it_overridden_ones_included()
        {
            var set = new AnalyzerConfigSet(new[]
            {
                Config("/repo/.editorconfig", "[*]\ndotnet_diagnostic.CTL1001.severity = eror\n[*.cs]\ndotnet_diagnostic.CTL1001.severity = errr\n"
                    + "[*.yaml]\ndotnet_diagnostic.CTL1001.severity = none\n"),
                Config("/repo/.globalconfig", "is_global = true\ncontainerlint.non_root_user = app\n"),
            });

            var entries = set.GetEntries("/repo/app/compose.yaml");

            Assert.Equal(new[] { ("containerlint.non_root_user", 2), (Key, 2), (Key, 6) }, entries.Select(e => (e.Key, e.Line)));
            Assert.Equal("none", Severity(set, "/repo/app/compose.yaml"));
        }

        [Fact]
        public void Nearer_editorconfig_wins()
        {
            var set = new AnalyzerConfigSet(new[]
            {
                Config("/repo/app/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.CTL1001.severity = suggestion\n"),
                Config("/repo/.editorconfig", "[*]\ndotnet_diagnostic.CTL1001.severity = error\n"),
            });

            Assert.Equal("suggestion", Severity(set, "/repo/app/Dockerfile"));
            Assert.Equal("error", Severity(set, "/repo/other/Dockerfile"));
        }

        [Fact]
        public void Root_true_hides_configs_above_it()
        {
            var set = new AnalyzerConfigSet(new[]
            {
                Config("/repo/.editorconfig", "[*]\ndotnet_diagnostic.CTL1001.severity = error\nindent_size = 4\n"),
                Config("/repo/app/.editorconfig", "root = true\n[*]\nindent_size = 2\n"),
            });

            Assert.Null(Severity(set, "/repo/app/Dockerfile"));
            Assert.Equal("error", Severity(set, "/repo/Dockerfile"));
        }

        [Fact]
        public void Config_in_a_sibling_folder_does_not_apply()
        {
            var set = new AnalyzerConfigSet(new[] { Config("/repo/app/.editorconfig", "[*]\ndotnet_diagnostic.CTL1001.severity = error\n") });

            Assert.Null(Severity(set, "/repo/application/Dockerfile"));
        }

        [Fact]
        public void Editorconfig_wins_over_globalconfig()
        {
            var set = new AnalyzerConfigSet(new[]
            {
                Config("/repo/.globalconfig", "dotnet_diagnostic.CTL1001.severity = error\ndotnet_diagnostic.CTL1002.severity = none\n"),
                Config("/repo/.editorconfig", "[*]\ndotnet_diagnostic.CTL1001.severity = suggestion\n"),
            });

            var options = set.GetOptions("/repo/Dockerfile");
            Assert.Equal("suggestion", options[Key]);
            Assert.Equal("none", options["dotnet_diagnostic.ctl1002.severity"]);
        }

        [Fact]
        public void Higher_global_level_wins_and_equal_levels_unset_the_key_even_when_they_agree()
        {
            // As the compiler: a key set by two global configs at one level is unset (MultipleGlobalAnalyzerKeys), also
            // when both give it the same value; one at a higher level still sets it.
            var set = new AnalyzerConfigSet(new[]
            {
                Config("/a/x.globalconfig", "is_global = true\nglobal_level = 5\ndotnet_diagnostic.CTL1001.severity = error\ndotnet_diagnostic.CTL1002.severity = error\ndotnet_diagnostic.CTL1004.severity = error\n"),
                Config("/b/y.globalconfig", "is_global = true\nglobal_level = 9\ndotnet_diagnostic.CTL1001.severity = none\n"),
                Config("/c/z.globalconfig", "is_global = true\nglobal_level = 5\ndotnet_diagnostic.CTL1002.severity = warning\ndotnet_diagnostic.CTL1004.severity = error\n"),
            });

            var options = set.GetOptions("/repo/Dockerfile");
            Assert.Equal("none", options[Key]);
            Assert.False(options.ContainsKey("dotnet_diagnostic.ctl1002.severity"));
            Assert.False(options.ContainsKey("dotnet_diagnostic.ctl1004.severity"));
        }

        [Fact]
        public void Global_config_path_section_applies_to_that_file_only()
        {
            var set = new AnalyzerConfigSet(new[]
            {
                Config("/repo/.globalconfig", "dotnet_diagnostic.CTL1001.severity = warning\n[/repo/app/Dockerfile]\ndotnet_diagnostic.CTL1001.severity = error\n"),
            });

            Assert.Equal("error", Severity(set, "/repo/app/Dockerfile"));
            Assert.Equal("warning", Severity(set, "/repo/other/Dockerfile"));
        }

        [Theory]
        [InlineData("dotnet_diagnostic.CTL1001.severity = error", RuleSeverity.Error)]
        [InlineData("dotnet_diagnostic.CTL1001.severity = suggestion", RuleSeverity.Suggestion)]
        [InlineData("dotnet_diagnostic.CTL1001.severity = refactoring", RuleSeverity.Silent)]
        // Not Roslyn's words (AnalyzerConfigSet.TryParseSeverity): the compiler ignores them, so the rule keeps its default (audit 40 F2).
        [InlineData("dotnet_diagnostic.CTL1001.severity = info", null)]
        [InlineData("dotnet_diagnostic.CTL1001.severity = hidden", null)]
        [InlineData("dotnet_analyzer_diagnostic.severity = info", null)]
        [InlineData("dotnet_analyzer_diagnostic.category-User.severity = hidden", null)]
        [InlineData("dotnet_analyzer_diagnostic.category-User.severity = none", RuleSeverity.None)]
        [InlineData("dotnet_analyzer_diagnostic.severity = silent", RuleSeverity.Silent)]
        [InlineData("dotnet_diagnostic.CTL1001.severity = default", null)]
        [InlineData("dotnet_diagnostic.CTL1001.severity = loud", null)]
        [InlineData("dotnet_diagnostic.CTL2001.severity = none", null)]
        public void Configured_severity_is_read_from_the_options(string line, RuleSeverity? expected)
        {
            var options = Config("/repo/.globalconfig", line).Preamble;

            Assert.Equal(expected, DiagnosticConfiguration.GetConfiguredSeverity(options, RuleCatalog.CTL1001));
        }

        [Theory]
        [InlineData("dotnet_diagnostic.CTL1001.severity = error", RuleSeverity.Error, false)]
        [InlineData("dotnet_diagnostic.CTL1001.severity = error\ndotnet_analyzer_diagnostic.severity = none", RuleSeverity.Error, false)]
        [InlineData("dotnet_analyzer_diagnostic.category-User.severity = none", RuleSeverity.None, true)]
        [InlineData("dotnet_analyzer_diagnostic.severity = warning", RuleSeverity.Warning, true)]
        [InlineData("dotnet_diagnostic.CTL1001.severity = default\ndotnet_analyzer_diagnostic.severity = warning", null, false)]
        [InlineData("dotnet_analyzer_diagnostic.severity = default", null, false)]
        public void Configured_severity_says_whether_it_comes_from_a_bulk_entry(string lines, RuleSeverity? expected, bool bulk)
        {
            // The compiler ignores a bulk entry for an ID the command line names (audit 9, 2): the task must tell them apart.
            var options = Config("/repo/.globalconfig", lines + "\n").Preamble;

            Assert.Equal(expected, DiagnosticConfiguration.GetConfiguredSeverity(options, RuleCatalog.CTL1001, out var fromBulk));
            Assert.Equal(bulk, fromBulk);
        }

        [Fact]
        public void Specific_rule_severity_beats_category_and_bulk()
        {
            var options = Config("/repo/.globalconfig",
                "dotnet_analyzer_diagnostic.severity = error\ndotnet_analyzer_diagnostic.category-User.severity = none\ndotnet_diagnostic.CTL1001.severity = suggestion\n").Preamble;

            Assert.Equal(RuleSeverity.Suggestion, DiagnosticConfiguration.GetConfiguredSeverity(options, RuleCatalog.CTL1001));
            Assert.Equal(RuleSeverity.None, DiagnosticConfiguration.GetConfiguredSeverity(options, RuleCatalog.CTL1002));
        }

        [Fact]
        public void Containerlint_options_become_lint_options()
        {
            var options = new Dictionary<string, string>
            {
                [DiagnosticConfiguration.NonRootUserKey] = "app",
                [DiagnosticConfiguration.NonRootBaseImagesKey] = "myregistry/*, other/base",
                [DiagnosticConfiguration.AllowedCapabilitiesKey] = "NET_ADMIN,cap_sys_time",
            };

            var lintOptions = DiagnosticConfiguration.GetLintOptions(options);

            Assert.Equal("app", lintOptions.NonRootUser);
            Assert.Equal(new[] { "myregistry/*", "other/base" }, lintOptions.NonRootBaseImages);
            Assert.Contains("NET_ADMIN", lintOptions.AllowedCapabilities);
            Assert.Contains("SYS_TIME", lintOptions.AllowedCapabilities);
        }
    }
}
