using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Core.Tests.Rules
{
    public class WritableRootfsRuleTests
    {
        [Fact]
        public void Missing_read_only_is_reported_at_the_declaration_with_an_add_fix()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.ReadOnlyRootfs = null;

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL6001", finding.Rule.Id);
            Assert.Equal(b.Declaration, finding.Span);
            Assert.Equal(FixKind.AddSetting, finding.Fix!.Kind);
            Assert.Equal(FixKeys.ReadOnlyRootfs, finding.Fix.Key);
            Assert.Equal("true", finding.Fix.Value);
        }

        [Fact]
        public void Read_only_false_is_reported_at_the_value_even_where_omissions_do_not_count()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.ReportsOmissions = false;
            var readOnly = b.Container.ReadOnlyRootfs = b.Value(false);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL6001", finding.Rule.Id);
            Assert.Equal(readOnly.Span, finding.Span);
            Assert.Equal(FixKind.SetValue, finding.Fix!.Kind);
            Assert.Equal("true", finding.Fix.Value);
        }

        [Fact]
        public void Missing_read_only_is_quiet_where_omissions_do_not_count()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.ReportsOmissions = false;
            b.Container.ReadOnlyRootfs = null;

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Unresolved_read_only_is_left_to_CTL9002()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.ReadOnlyRootfs = b.Unresolved<bool>();

            Assert.Equal(new[] { "CTL9002" }, Linting.Ids(b.Lint()));
        }

        [Fact]
        public void Conditional_false_may_apply()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.ReadOnlyRootfs = b.Value(false, ValueCertainty.Conditional);

            Assert.Contains("may", Assert.Single(b.Lint()).Evidence);
        }
    }
}
