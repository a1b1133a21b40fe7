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
    }
}
