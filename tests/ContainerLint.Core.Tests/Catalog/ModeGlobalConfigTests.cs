using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ContainerLint.Catalog;

namespace ContainerLint.Core.Tests.Catalog
{
    /// <summary>
    /// build/ContainerLint.{Strict,Minimum}.globalconfig carry ContainerLintMode to the C# analyzer; they must say what
    /// the catalog's default severities imply (Strict: suggestion → warning; Minimum: everything but error → none).
    /// </summary>
    public class ModeGlobalConfigTests
    {
        [Fact]
        public void Strict_globalconfig_raises_exactly_the_suggestion_rules_to_warning()
        {
            var expected = RuleCatalog.All.Where(d => d.DefaultSeverity == RuleSeverity.Suggestion).Select(d => (d.Id, "warning"));
            Assert.Equal(expected, Severities("ContainerLint.Strict.globalconfig"));
        }

        [Fact]
        public void Minimum_globalconfig_turns_off_exactly_the_rules_that_are_not_errors()
        {
            var expected = RuleCatalog.All.Where(d => d.DefaultSeverity != RuleSeverity.Error).Select(d => (d.Id, "none"));
            Assert.Equal(expected, Severities("ContainerLint.Minimum.globalconfig"));
        }

        [Theory]
        [InlineData("ContainerLint.Strict.globalconfig")]
        [InlineData("ContainerLint.Minimum.globalconfig")]
        public void Mode_globalconfig_is_global_below_the_projects_own_configuration(string file)
        {
            var text = File.ReadAllText(TestPaths.Repo("build", file));
            Assert.Matches(new Regex(@"^is_global = true$", RegexOptions.Multiline), text);
            var level = Regex.Match(text, @"^global_level = (-?\d+)$", RegexOptions.Multiline);
            Assert.True(level.Success && int.Parse(level.Groups[1].Value) < 0, "global_level must be below the default of user configs");
        }

        private static (string Id, string Severity)[] Severities(string file) =>
            Regex.Matches(File.ReadAllText(TestPaths.Repo("build", file)), @"^dotnet_diagnostic\.(CTL\d{4})\.severity = (\w+)$", RegexOptions.Multiline)
                .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
                .ToArray();
    }
}
