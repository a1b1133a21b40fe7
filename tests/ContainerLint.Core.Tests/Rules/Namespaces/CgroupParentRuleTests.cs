using ContainerLint.Findings;

namespace ContainerLint.Core.Tests.Rules
{
    public class CgroupParentRuleTests
    {
        [Theory]
        [InlineData("/custom")]
        [InlineData("m-executor-abcd")]
        public void Cgroup_parent_is_reported_at_the_value_with_a_remove_fix(string parent)
        {
            var b = ContainerBuilder.Hardened();
            var setting = b.Container.CgroupParent = b.Value(parent);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL5007", finding.Rule.Id);
            Assert.Equal(setting.Span, finding.Span);
            Assert.Equal(FixKind.RemoveEntry, finding.Fix!.Kind);
            Assert.Equal("cgroup parent is '" + parent + "'", finding.Evidence);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void Empty_cgroup_parent_is_not_reported(string parent)
        {
            var b = ContainerBuilder.Hardened();
            b.Container.CgroupParent = b.Value(parent);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Unresolved_cgroup_parent_is_left_to_CTL9002()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.CgroupParent = b.Unresolved<string>();

            Assert.Equal(new[] { "CTL9002" }, Linting.Ids(b.Lint()));
        }
    }
}
