using System.Linq;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Core.Tests.Rules
{
    public class CapabilitiesNotDroppedRuleTests
    {
        [Fact]
        public void Service_without_cap_drop_is_reported_at_its_declaration_with_an_add_fix()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.CapDrop.Clear();

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL2003", finding.Rule.Id);
            Assert.Equal(b.Declaration, finding.Span);
            Assert.Equal("no capability is dropped", finding.Evidence);
            Assert.Equal(FixKind.AddSetting, finding.Fix!.Kind);
            Assert.Equal(FixKeys.CapDrop, finding.Fix.Key);
            Assert.Equal("ALL", finding.Fix.Value);
        }

        [Fact]
        public void Dropping_some_capabilities_but_not_ALL_is_reported()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.CapDrop.Clear();
            b.CapDrop("NET_RAW");
            b.CapDrop("MKNOD");

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL2003", finding.Rule.Id);
            Assert.Equal(b.Declaration, finding.Span);
            Assert.Equal("capabilities are dropped one by one, not ALL", finding.Evidence);
        }

        [Theory]
        [InlineData("ALL")]
        [InlineData("all")]
        [InlineData(" All ")]
        public void Dropping_ALL_in_any_case_is_not_reported(string all)
        {
            var b = ContainerBuilder.Hardened();
            b.Container.CapDrop.Clear();
            b.CapDrop("NET_RAW");
            b.CapDrop(all);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Dropping_CAP_ALL_is_not_dropping_ALL_and_the_name_is_unknown()
        {
            // Docker prefixes every name but ALL with CAP_, so CAP_ALL is "unknown capability" (moby NormalizeLegacyCapabilities).
            var b = ContainerBuilder.Hardened();
            b.Container.CapDrop.Clear();
            b.CapDrop("cap_all");

            Assert.Equal(new[] { "CTL2003", "CTL9004" }, b.Lint().Select(f => f.Rule.Id).OrderBy(i => i));
        }

        [Fact]
        public void Dropping_ALL_on_one_branch_of_a_conditional_counts_as_dropping_it()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.CapDrop.Clear();
            b.CapDrop("ALL", ValueCertainty.Conditional);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Unresolved_cap_drop_entry_may_be_ALL_so_nothing_but_CTL9002_is_reported()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.CapDrop.Clear();
            b.CapDrop("NET_RAW");
            b.Container.CapDrop.Add(b.Unresolved<string>("${DROP}", "DROP"));

            Assert.Equal(new[] { "CTL9002" }, Linting.Ids(b.Lint()));
        }

        [Fact]
        public void Container_whose_omissions_are_not_reported_is_quiet()
        {
            var b = new ContainerBuilder(reportsOmissions: false);

            Assert.Empty(b.Lint());
        }
    }
}
