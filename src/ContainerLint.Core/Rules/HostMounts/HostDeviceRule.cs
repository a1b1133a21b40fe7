using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>CTL3001: a host device, or a device cgroup rule that allows one, is given to the container.</summary>
    public sealed class HostDeviceRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL3001;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var device in container.Devices)
                if (device.IsKnown)
                    context.Report(Descriptor, device, "host device '" + device.Value + "' is exposed", FixIntent.RemoveEntry());
            foreach (var rule in container.DeviceCgroupRules)
                if (rule.IsKnown)
                    context.Report(Descriptor, rule, "device cgroup rule '" + rule.Value + "' allows host devices", FixIntent.RemoveEntry());
        }
    }
}
