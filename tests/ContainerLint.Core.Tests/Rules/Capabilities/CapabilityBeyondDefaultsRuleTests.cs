using ContainerLint.Findings;
using ContainerLint.Rules;

namespace ContainerLint.Core.Tests.Rules
{
    public class CapabilityBeyondDefaultsRuleTests
    {
        [Theory]
        [InlineData("NET_ADMIN")]
        [InlineData("SYS_TIME")]
        [InlineData("SYS_NICE")]
        [InlineData("SYS_RESOURCE")]
        [InlineData("IPC_LOCK")]
        [InlineData("LEASE")]
        [InlineData("SYSLOG")]
        [InlineData("PERFMON")]
        [InlineData("cap_net_admin")]
        public void Known_capability_outside_the_default_set_is_reported(string name)
        {
            var b = ContainerBuilder.Hardened();
            var entry = b.CapAdd(name);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL2002", finding.Rule.Id);
            Assert.Equal(entry.Span, finding.Span);
            Assert.Equal(FixKind.RemoveEntry, finding.Fix!.Kind);
        }

        [Theory]
        [InlineData("CHOWN")]
        [InlineData("DAC_OVERRIDE")]
        [InlineData("FSETID")]
        [InlineData("FOWNER")]
        [InlineData("MKNOD")]
        [InlineData("NET_RAW")]
        [InlineData("SETGID")]
        [InlineData("SETUID")]
        [InlineData("SETFCAP")]
        [InlineData("SETPCAP")]
        [InlineData("NET_BIND_SERVICE")]
        [InlineData("SYS_CHROOT")]
        [InlineData("KILL")]
        [InlineData("AUDIT_WRITE")]
        [InlineData("cap_net_bind_service")]
        public void Docker_default_capability_is_never_reported(string name)
        {
            var b = ContainerBuilder.Hardened();
            b.CapAdd(name);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Near_root_capability_is_CTL2001_only()
        {
            var b = ContainerBuilder.Hardened();
            b.CapAdd("SYS_ADMIN");

            Assert.Equal(new[] { "CTL2001" }, Linting.Ids(b.Lint()));
        }

        [Fact]
        public void Allowed_capability_is_not_reported()
        {
            var b = ContainerBuilder.Hardened();
            b.CapAdd("NET_ADMIN");

            Assert.Empty(b.Lint(new LintOptions(allowedCapabilities: new[] { "cap_net_admin" })));
        }

        [Fact]
        public void Evidence_names_the_normalised_capability()
        {
            var b = ContainerBuilder.Hardened();
            b.CapAdd("cap_sys_time");

            Assert.Equal("capability 'SYS_TIME' is added", Assert.Single(b.Lint()).Evidence);
        }
    }
}
