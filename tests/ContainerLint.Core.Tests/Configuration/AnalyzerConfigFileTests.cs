using ContainerLint.Configuration;

namespace ContainerLint.Core.Tests.Configuration
{
    public class AnalyzerConfigFileTests
    {
        [Fact]
        public void Keys_are_lower_cased_and_comments_dropped()
        {
            var config = AnalyzerConfigFile.Parse(
                "root = true\n# comment\n; comment\n[*.yml]\nDotnet_Diagnostic.CTL1001.Severity = error # trailing\nindent_size: 2\n",
                "/repo/.editorconfig");

            Assert.True(config.IsRoot);
            Assert.False(config.IsGlobal);
            var section = Assert.Single(config.Sections);
            Assert.Equal("*.yml", section.Name);
            Assert.Equal("error", section.Properties["dotnet_diagnostic.ctl1001.severity"]);
            Assert.Equal("2", section.Properties["indent_size"]);
        }

        [Fact]
        public void Each_entry_knows_its_line_its_columns_and_the_comment_that_ends_its_value()
        {
            var config = AnalyzerConfigFile.Parse(
                "root = true\n\n[*.yaml]\n  containerlint.allowed_capabilities = SYS_TIME;NET_ADMIN  \nkey = v\n",
                "/repo/.editorconfig");

            var entry = Assert.Single(config.Sections).Entries["containerlint.allowed_capabilities"];
            Assert.Equal(("/repo/.editorconfig", 4, 3, 58), (entry.FilePath, entry.Line, entry.Column, entry.EndColumn));
            Assert.Equal("SYS_TIME", entry.Value);
            Assert.Equal(";NET_ADMIN", entry.TrailingComment);
            Assert.Null(config.Sections[0].Entries["key"].TrailingComment);
            Assert.Equal(1, config.PreambleEntries["root"].Line);
        }

        [Fact]
        public void Globalconfig_file_is_global_with_level_100()
        {
            var config = AnalyzerConfigFile.Parse("dotnet_diagnostic.CTL1001.severity = none\n", "/repo/.globalconfig");

            Assert.True(config.IsGlobal);
            Assert.Equal(100, config.GlobalLevel);
            Assert.Equal("none", config.Preamble["dotnet_diagnostic.ctl1001.severity"]);
        }

        [Fact]
        public void Is_global_file_has_level_0_unless_given()
        {
            Assert.Equal(0, AnalyzerConfigFile.Parse("is_global = true\n", "/repo/x.editorconfig").GlobalLevel);
            Assert.Equal(7, AnalyzerConfigFile.Parse("is_global = true\nglobal_level = 7\n", "/repo/x.editorconfig").GlobalLevel);
        }

        [Fact]
        public void Malformed_lines_are_skipped()
        {
            var config = AnalyzerConfigFile.Parse("[*.yml\n= x\n[Dockerfile]\nkey = v\n", "/repo/.editorconfig");

            var section = Assert.Single(config.Sections);
            Assert.Equal("v", section.Properties["key"]);
        }

        [Fact]
        public void Windows_paths_are_normalised_to_slashes()
        {
            var config = AnalyzerConfigFile.Parse("", @"C:\repo\src\.editorconfig");

            Assert.Equal("C:/repo/src", config.Directory);
        }
    }
}
