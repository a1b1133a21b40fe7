using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>
    /// CTL3002: /proc or /sys of the host is writable from the container: a writable bind mount of it, the
    /// <c>systempaths=unconfined</c> or <c>writable-cgroups=true</c> security option, or masked/read-only paths set to an empty list (both turn off
    /// Docker's protection of /proc and /sys paths; moby oci/defaults.go).
    /// </summary>
    public sealed class WritableProcOrSysRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL3002;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var mount in container.Mounts)
            {
                if (!HostMount.TryRead(mount, out var host) || !host.IsWritable || !HostPaths.IsProcOrSys(host.Path)) continue;
                context.Report(Descriptor, mount.Span, host.Qualify(host.Describe()), FixIntent.MakeReadOnly());
            }

            foreach (var option in container.SecurityOpt)
            {
                if (!option.IsKnown) continue;
                if (SecurityOptions.Is(option.Value, "systempaths", "unconfined"))
                    context.Report(Descriptor, option, "security option '" + option.Value.Trim() + "' unmasks /proc and /sys",
                        FixIntent.RemoveEntry());
                // Docker mounts /sys/fs/cgroup read-only; this option (Engine 28+, moby daemon/oci_linux.go) makes it writable, and a writable
                // cgroup filesystem is what the cgroup v1 release_agent escape (CVE-2022-0492) writes to.
                else if (SecurityOptions.WritableCgroups(option.Value) == true)
                    context.Report(Descriptor, option, "security option '" + option.Value.Trim() + "' makes the cgroup filesystem (/sys/fs/cgroup) writable",
                        FixIntent.RemoveEntry());
            }

            if (container.MaskedPathCount is { IsKnown: true, Value: 0 } masked)
                context.Report(Descriptor, masked, "masked paths are set to an empty list", FixIntent.RemoveEntry());
            if (container.ReadonlyPathCount is { IsKnown: true, Value: 0 } readOnly)
                context.Report(Descriptor, readOnly, "read-only paths are set to an empty list", FixIntent.RemoveEntry());
        }
    }
}
