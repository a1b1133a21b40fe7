using System.Linq;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Core.Tests.Rules
{
    public class HostDeviceRuleTests
    {
        [Fact]
        public void Each_device_and_device_cgroup_rule_is_reported_at_its_entry()
        {
            var b = ContainerBuilder.Hardened();
            var sda = b.Device("/dev/sda");
            var fuse = b.Device("/dev/fuse");
            var rule = b.DeviceCgroupRule("c 1:3 mr");

            var findings = b.Lint();

            Assert.Equal(new[] { "CTL3001", "CTL3001", "CTL3001" }, Linting.Ids(findings));
            Assert.Equal(new[] { sda.Span, fuse.Span, rule.Span }, findings.Select(f => f.Span));
            Assert.All(findings, f => Assert.Equal(FixKind.RemoveEntry, f.Fix!.Kind));
            Assert.Equal("host device '/dev/sda' is exposed", findings[0].Evidence);
            Assert.Equal("device cgroup rule 'c 1:3 mr' allows host devices", findings[2].Evidence);
        }

        [Fact]
        public void Container_without_devices_is_not_reported()
        {
            Assert.Empty(ContainerBuilder.Hardened().Lint());
        }

        [Fact]
        public void Conditional_device_may_apply_and_unresolved_device_is_left_to_CTL9002()
        {
            var b = ContainerBuilder.Hardened();
            b.Device("/dev/kvm", ValueCertainty.Conditional);
            b.Container.Devices.Add(b.Unresolved<string>("${DEVICE}", "DEVICE"));

            var findings = b.Lint();

            Assert.Equal(new[] { "CTL3001", "CTL9002" }, Linting.Ids(findings));
            Assert.Contains("may", findings[0].Evidence);
        }
    }
}
