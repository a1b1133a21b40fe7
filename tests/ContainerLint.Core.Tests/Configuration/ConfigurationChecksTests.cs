using System.Linq;
using ContainerLint.Configuration;

namespace ContainerLint.Core.Tests.Configuration
{
    /// <summary>
    /// What the task says about a config line that would otherwise do nothing without a word (audit 40 F7): a severity the
    /// compiler does not take, in a section the compiler does not read for C# files, and capability names that allow nothing.
    /// </summary>
    public class ConfigurationChecksTests
    {
        private static ConfigurationProblem[] Check(string line)
        {
            var config = AnalyzerConfigFile.Parse("root = true\n\n[*.yaml]\n" + line + "\n", "/repo/.editorconfig");
            return config.Sections[0].Entries.Values.SelectMany(ConfigurationChecks.Check).ToArray();
        }

        [Fact]
        public void Unknown_capability_in_allowed_capabilities_is_reported_at_its_line()
        {
            var problem = Assert.Single(Check("containerlint.allowed_capabilities = SYS_TIME, NET_ADMNI"));

            Assert.Equal(("/repo/.editorconfig", 4, 1, 57), (problem.FilePath, problem.Line, problem.Column, problem.EndColumn));
            Assert.Equal("containerlint.allowed_capabilities names 'NET_ADMNI', which is no capability Docker knows, so it allows nothing: "
                + "a capability meant is still reported (CTL2001, CTL2002). Write Docker's names, such as NET_ADMIN or cap_net_admin, "
                + "and separate names with commas or spaces.", problem.Message);
        }

        // Audit 103 C103-2: ContainerLintFix said so, at no line, and a build or the C# fixes not at all.
        [Theory]
        [InlineData("root", "'root' is root")]
        [InlineData("0:0", "'0:0' is root")]
        [InlineData("app user", "'app user' is not one user[:group]")]
        public void Non_root_user_no_fix_may_write_is_reported_at_its_line(string value, string why)
        {
            var problem = Assert.Single(Check("containerlint.non_root_user = " + value));

            Assert.Equal((ConfigurationProblemKind.UnusableNonRootUser, 4, 1), (problem.Kind, problem.Line, problem.Column));
            Assert.StartsWith("containerlint.non_root_user: " + why, problem.Message);
            Assert.EndsWith(", so the fixes that switch to a non-root user (CTL1001, CTL1002: ContainerLintFix, and the C# code fixes) are not made. "
                + "Set it to a non-root user, such as 10001 or app:app.", problem.Message);
        }

        [Theory]
        [InlineData("10001")]
        [InlineData("app:app")]
        [InlineData("$APP_UID")]
        [InlineData("")]
        public void Non_root_user_a_fix_may_write_is_not_reported(string value)
        {
            Assert.Empty(Check("containerlint.non_root_user = " + value));
        }

        // Audit 103 C103-4: the compiler hands any key to the analyzers without a word, and a misspelt option did nothing.
        [Theory]
        [InlineData("containerlint.non_root_base_image = registry.example/base/*", " Did you mean containerlint.non_root_base_images?")]
        [InlineData("ContainerLint.Allowed_Capabilites = SYS_TIME", " Did you mean containerlint.allowed_capabilities?")]
        [InlineData("containerlint.sarif_output = x.sarif", "")]
        [InlineData("containerlint.allowed_caps = SYS_TIME", " Did you mean containerlint.allowed_capabilities?")]
        [InlineData("containerlint.non_root = 1000", " Did you mean containerlint.non_root_user?")]
        public void Key_that_is_no_option_is_reported_with_the_option_meant(string line, string hint)
        {
            var problem = Assert.Single(Check(line));

            Assert.Equal(ConfigurationProblemKind.UnknownOption, problem.Kind);
            Assert.Equal(line.Substring(0, line.IndexOf(' ')).ToLowerInvariant() + " is not an option ContainerLint reads, so the line does nothing." + hint
                + " The options are containerlint.non_root_user, containerlint.non_root_base_images, containerlint.allowed_capabilities.", problem.Message);
        }

        [Fact]
        public void Options_and_other_tools_keys_are_not_reported()
        {
            Assert.Empty(Check("containerlint.non_root_base_images = registry.example/base/*"));
            Assert.Empty(Check("dotnet_style_qualification_for_field = false"));
            Assert.Empty(Check("containerlintx.option = 1"));
        }

        [Fact]
        public void Capabilities_separated_by_tabs_are_each_known()
        {
            Assert.Empty(Check("containerlint.allowed_capabilities = NET_ADMIN\tSYS_TIME"));
            Assert.Equal(new[] { "NET_ADMIN", "SYS_TIME" }, ContainerLint.Rules.LintOptions.SplitList("NET_ADMIN\tSYS_TIME"));
        }

        [Fact]
        public void Every_unknown_capability_of_a_line_is_named_in_one_warning()
        {
            var problem = Assert.Single(Check("containerlint.allowed_capabilities = NET_ADMNI SYS_TMIE CAP_ALL"));

            Assert.StartsWith("containerlint.allowed_capabilities names 'NET_ADMNI', 'SYS_TMIE', 'CAP_ALL', which are no capabilities Docker knows, so they allow nothing",
                problem.Message);
        }

        [Theory]
        [InlineData("NET_ADMIN")]
        [InlineData("net_admin, Cap_Sys_Time")]
        [InlineData("CAP_NET_ADMIN SYS_TIME,ALL")]
        [InlineData("NET_ADMIN # a comment after the list")]
        [InlineData("NET_ADMIN ; needed by the VPN sidecar")]
        [InlineData("")]
        public void Capabilities_Docker_knows_written_as_the_reader_takes_them_are_not_reported(string value)
        {
            Assert.Empty(Check("containerlint.allowed_capabilities = " + value));
        }

        [Fact]
        public void Capabilities_after_a_semicolon_are_reported_as_a_comment_the_reader_does_not_read()
        {
            var problem = Assert.Single(Check("containerlint.allowed_capabilities = SYS_TIME;NET_ADMIN; SYS_NICE"));

            Assert.Equal(4, problem.Line);
            Assert.Equal("containerlint.allowed_capabilities: ';' starts a comment in .editorconfig and .globalconfig, so 'NET_ADMIN', 'SYS_NICE' "
                + "after it are not read and still reported (CTL2001, CTL2002); separate names with commas or spaces.", problem.Message);
        }

        // Audit 43 F4: after a '#', only a comment that is nothing but capability names is taken for a cut list.
        [Fact]
        public void Capabilities_alone_after_a_hash_are_reported_as_a_comment_the_reader_does_not_read()
        {
            var problem = Assert.Single(Check("containerlint.allowed_capabilities = NET_ADMIN # SYS_TIME, cap_sys_nice"));

            Assert.Equal("containerlint.allowed_capabilities: '#' starts a comment in .editorconfig and .globalconfig, so 'SYS_TIME', 'cap_sys_nice' "
                + "after it are not read and still reported (CTL2001, CTL2002); separate names with commas or spaces.", problem.Message);
        }

        [Theory]
        [InlineData("containerlint.allowed_capabilities = NET_ADMIN # NET_RAW for the VPN client")]
        [InlineData("containerlint.allowed_capabilities = NET_ADMIN # reviewed 2026-11")]
        [InlineData("containerlint.allowed_capabilities = NET_ADMIN #")]
        public void A_comment_after_a_hash_that_is_not_a_list_of_capabilities_is_left_alone(string line)
        {
            Assert.Empty(Check(line));
        }

        [Theory]
        [InlineData("eror", "")]
        [InlineData("info", " (for 'info', write suggestion)")]
        [InlineData("hidden", " (for 'hidden', write silent)")]
        [InlineData("warn", " (for 'warn', write warning)")]
        [InlineData("", "")]
        public void A_severity_the_compiler_does_not_take_is_reported_with_the_words_it_takes(string value, string hint)
        {
            var problem = Assert.Single(Check("dotnet_diagnostic.CTL1001.severity = " + value));

            Assert.Equal(4, problem.Line);
            Assert.Equal("Invalid severity in analyzer config file: CTL1001 was given the severity '" + value + "', which is not one of "
                + "default, none, silent, suggestion, warning, error" + hint + ". ContainerLint ignores the line, as the compiler does, "
                + "so it does not set CTL1001's severity in the Dockerfiles and Compose files it applies to.", problem.Message);
        }

        [Theory]
        [InlineData("dotnet_diagnostic.CTL1001.severity = eror", ConfigurationProblemKind.InvalidSeverity)]
        [InlineData("containerlint.allowed_capabilities = NET_ADMNI", ConfigurationProblemKind.UnknownCapabilities)]
        [InlineData("containerlint.allowed_capabilities = SYS_TIME;NET_ADMIN", ConfigurationProblemKind.CapabilitiesAfterSemicolon)]
        [InlineData("containerlint.allowed_capabilities = NET_ADMIN # SYS_TIME", ConfigurationProblemKind.CapabilitiesAfterHash)]
        public void Each_problem_names_its_kind(string line, ConfigurationProblemKind kind)
        {
            // The SARIF log's notification descriptor, which a dashboard keys on, comes from the kind, not from the message.
            Assert.Equal(kind, Assert.Single(Check(line)).Kind);
        }

        [Theory]
        [InlineData("dotnet_diagnostic.CTL1001.severity = default")]
        [InlineData("dotnet_diagnostic.CTL1001.severity = Error")]
        [InlineData("dotnet_diagnostic.CTL1001.severity = WARNING")]
        [InlineData("dotnet_diagnostic.CTL1001.severity = suggestion")]
        [InlineData("dotnet_diagnostic.CTL1001.severity = silent")]
        [InlineData("dotnet_diagnostic.CTL1001.severity = refactoring")]
        [InlineData("dotnet_diagnostic.CTL1001.severity = none")]
        // Roslyn warns only about dotnet_diagnostic.ID.severity; it ignores a bulk entry it does not take without a word.
        [InlineData("dotnet_analyzer_diagnostic.severity = eror")]
        [InlineData("dotnet_analyzer_diagnostic.category-User.severity = eror")]
        [InlineData("dotnet_diagnostic.severity = eror")]
        public void Severities_the_compiler_takes_and_entries_it_does_not_check_are_not_reported(string line)
        {
            Assert.Empty(Check(line));
        }
    }
}
