using ContainerLint.Findings;

namespace ContainerLint.Core.Tests.Rules
{
    public class SharedPropagationRuleTests
    {
        [Theory]
        [InlineData("shared", "shared")]
        [InlineData("rshared", "rshared")]
        [InlineData("RShared", "RShared")]
        [InlineData(" rshared ", "rshared")]
        public void Shared_propagation_is_reported_at_the_propagation_with_a_remove_fix(string propagation, string written)
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind("./data", readOnly: true, propagation: propagation);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3007", finding.Rule.Id);
            Assert.Equal(mount.Propagation!.Span, finding.Span);
            Assert.Equal(FixKind.RemoveOption, finding.Fix!.Kind);
            Assert.Equal(written, finding.Fix.OldValue);
            Assert.Equal("mount propagation is '" + written + "'", finding.Evidence);
        }

        [Theory]
        [InlineData("rslave")]
        [InlineData("slave")]
        [InlineData("private")]
        [InlineData("rprivate")]
        [InlineData("")]
        public void Other_propagation_is_not_reported(string propagation)
        {
            var b = ContainerBuilder.Hardened();
            b.Bind("./data", readOnly: true, propagation: propagation);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Unresolved_propagation_is_left_to_CTL9002()
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind("./data", readOnly: true);
            mount.Propagation = b.Unresolved<string>();

            Assert.Equal(new[] { "CTL9002" }, Linting.Ids(b.Lint()));
        }
    }
}
