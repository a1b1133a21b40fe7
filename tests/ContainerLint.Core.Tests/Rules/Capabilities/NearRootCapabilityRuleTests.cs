using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;

namespace ContainerLint.Core.Tests.Rules
{
    public class NearRootCapabilityRuleTests
    {
        [Theory]
        [InlineData("ALL")]
        [InlineData("SYS_ADMIN")]
        [InlineData("SYS_MODULE")]
        [InlineData("SYS_RAWIO")]
        [InlineData("SYS_PTRACE")]
        [InlineData("SYS_BOOT")]
        [InlineData("DAC_READ_SEARCH")]
        [InlineData("BPF")]
        [InlineData("MAC_ADMIN")]
        [InlineData("MAC_OVERRIDE")]
        public void Near_root_capability_added_is_reported_at_the_entry(string name)
        {
            var b = ContainerBuilder.Hardened();
            var entry = b.CapAdd(name);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL2001", finding.Rule.Id);
            Assert.Equal(entry.Span, finding.Span);
            Assert.Equal("capability '" + name + "' is added", finding.Evidence);
            Assert.Equal(FixKind.RemoveEntry, finding.Fix!.Kind);
        }

        [Theory]
        [InlineData("sys_admin")]
        [InlineData("CAP_SYS_ADMIN")]
        [InlineData("cap_sys_admin")]
        [InlineData("Cap_Sys_Admin")]
        [InlineData("  SYS_ADMIN ")]
        public void Name_is_matched_case_insensitively_with_an_optional_CAP_prefix(string name)
        {
            var b = ContainerBuilder.Hardened();
            b.CapAdd(name);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL2001", finding.Rule.Id);
            Assert.Equal("capability 'SYS_ADMIN' is added", finding.Evidence);
        }

        [Fact]
        public void Each_near_root_entry_is_its_own_finding()
        {
            var b = ContainerBuilder.Hardened();
            var admin = b.CapAdd("SYS_ADMIN");
            var ptrace = b.CapAdd("SYS_PTRACE");

            Assert.Equal(new[] { admin.Span, ptrace.Span }, System.Linq.Enumerable.Select(b.Lint("CTL2001"), f => f.Span));
        }

        [Fact]
        public void Allowed_capability_is_not_reported_whatever_its_spelling()
        {
            var b = ContainerBuilder.Hardened();
            b.CapAdd("cap_sys_ptrace");

            Assert.Empty(b.Lint(new LintOptions(allowedCapabilities: new[] { "SYS_PTRACE" })));
            Assert.Empty(b.Lint(new LintOptions(allowedCapabilities: LintOptions.SplitList("net_admin, CAP_SYS_PTRACE"))));
        }

        [Fact]
        public void Dropping_a_near_root_capability_is_not_reported()
        {
            var b = ContainerBuilder.Hardened();
            b.CapDrop("SYS_ADMIN");

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Capability_added_on_one_branch_of_a_conditional_may_apply()
        {
            var b = ContainerBuilder.Hardened();
            b.CapAdd("SYS_ADMIN", ValueCertainty.Conditional);

            Assert.Contains("may", Assert.Single(b.Lint("CTL2001")).Message);
        }

        [Fact]
        public void Unresolved_capability_is_left_to_CTL9002()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.CapAdd.Add(b.Unresolved<string>("${CAP}", "CAP"));

            Assert.Equal(new[] { "CTL9002" }, Linting.Ids(b.Lint()));
        }
    }
}
