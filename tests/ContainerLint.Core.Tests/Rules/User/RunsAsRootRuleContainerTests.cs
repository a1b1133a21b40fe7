using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;

namespace ContainerLint.Core.Tests.Rules
{
    /// <summary>The container part of CTL1001 (the rule exists; these pin its behaviour on ContainerSpec).</summary>
    public class RunsAsRootRuleContainerTests
    {
        [Theory]
        [InlineData("root")]
        [InlineData("0")]
        [InlineData("000")]
        [InlineData("root:root")]
        [InlineData("0:1000")]
        [InlineData("+0")]
        [InlineData("-0")]
        [InlineData("+00:1000")]
        public void Root_user_is_reported_with_a_fix_to_the_configured_user(string user)
        {
            var b = ContainerBuilder.Hardened();
            var setting = b.Container.User = b.Value(user);

            var finding = Assert.Single(b.Lint(new LintOptions(nonRootUser: "app")));

            Assert.Equal("CTL1001", finding.Rule.Id);
            Assert.Equal(setting.Span, finding.Span);
            Assert.Equal(FixKind.SetValue, finding.Fix!.Kind);
            Assert.Equal("app", finding.Fix.Value);
        }

        [Theory]
        [InlineData("ContainerAdministrator")]
        [InlineData("containeradministrator")]
        public void Windows_administrator_is_root_and_the_fix_is_container_user(string user)
        {
            var b = ContainerBuilder.Hardened();
            b.Container.User = b.Value(user);

            var finding = Assert.Single(b.Lint(new LintOptions(nonRootUser: "app")));

            Assert.Equal("CTL1001", finding.Rule.Id);
            Assert.Contains("Windows administrator", finding.Evidence, System.StringComparison.Ordinal);
            Assert.Equal("ContainerUser", finding.Fix!.Value);
        }

        [Theory]
        [InlineData("1000:0")]
        [InlineData("guest:root")]
        [InlineData("app")]
        public void Non_root_user_is_not_reported(string user)
        {
            var b = ContainerBuilder.Hardened();
            b.Container.User = b.Value(user);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Unresolved_user_is_left_to_CTL9002()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.User = b.Unresolved<string>();

            Assert.Equal(new[] { "CTL9002" }, Linting.Ids(b.Lint()));
        }

        [Fact]
        public void Conditional_root_user_may_apply()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.User = b.Value("root", ValueCertainty.Conditional);

            Assert.Contains("may", Assert.Single(b.Lint("CTL1001")).Evidence);
        }

        [Theory]
        [InlineData("root")]
        [InlineData("0")]
        [InlineData("root:x")]
        [InlineData("ContainerAdministrator")]
        [InlineData("app user")]
        [InlineData("app:")]
        [InlineData(":app")]
        [InlineData("a:b:c")]
        [InlineData("\"app\"")]
        public void Root_user_gets_no_fix_when_the_configured_non_root_user_is_root_or_not_one_user_group(string configured)
        {
            var b = ContainerBuilder.Hardened();
            b.Container.User = b.Value("root");

            var finding = Assert.Single(b.Lint(new LintOptions(nonRootUser: configured)));

            Assert.Equal("CTL1001", finding.Rule.Id);
            Assert.Null(finding.Fix);
        }

        [Theory]
        [InlineData("$APP_UID")]
        [InlineData("${APP_UID}")]
        [InlineData("${APP_UID}:${APP_GID}")]
        [InlineData("app:$GID")]
        public void Root_user_gets_no_fix_when_the_configured_non_root_user_holds_a_variable(string configured)
        {
            // Compose takes the variable from the host environment, the Docker API expands nothing (audit 9, 7).
            var b = ContainerBuilder.Hardened();
            b.Container.User = b.Value("root");
            var options = new LintOptions(nonRootUser: configured);

            var finding = Assert.Single(b.Lint(options));

            Assert.Equal("CTL1001", finding.Rule.Id);
            Assert.Null(finding.Fix);
            Assert.Null(options.NonRootUserProblem);
            Assert.Equal(configured, options.FixUser);
            Assert.Null(options.ContainerFixUser);
            Assert.Contains("holds a variable, which Compose would take from the host environment", options.ComposeNonRootUserProblem, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("10001")]
        [InlineData("app:app")]
        public void A_literal_configured_user_is_used_for_containers_and_Compose_has_no_problem_with_it(string configured)
        {
            var options = new LintOptions(nonRootUser: configured);

            Assert.Equal(configured, options.ContainerFixUser);
            Assert.Null(options.ComposeNonRootUserProblem);
        }

        [Theory]
        [InlineData("root", "is root")]
        [InlineData("000:1000", "is root")]
        [InlineData("+0", "is root")]
        [InlineData("-0", "is root")]
        [InlineData("+00:1000", "is root")]
        [InlineData("+1000", null)]
        [InlineData("+1000:1000", null)]
        [InlineData("app user", "is not one user[:group]")]
        [InlineData("app:", "is not one user[:group]")]
        [InlineData("10001", null)]
        [InlineData("app:app", null)]
        [InlineData("1000:0", null)]
        [InlineData("guest:root", null)]
        public void Configured_non_root_user_is_checked_as_rules_md_defines_root(string configured, string? problem)
        {
            var options = new LintOptions(nonRootUser: configured);

            if (problem is null)
            {
                Assert.Null(options.NonRootUserProblem);
                Assert.Equal(configured, options.FixUser);
            }
            else
            {
                Assert.Contains(problem, options.NonRootUserProblem, System.StringComparison.Ordinal);
                Assert.Null(options.FixUser);
            }
        }
    }
}
