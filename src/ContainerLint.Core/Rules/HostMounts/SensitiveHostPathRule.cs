using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>
    /// CTL3003: a sensitive host path is mounted. A read-only /proc or /sys still discloses the host; a writable one is
    /// CTL3002's.
    /// </summary>
    public sealed class SensitiveHostPathRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL3003;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var mount in container.Mounts)
            {
                if (!HostMount.TryRead(mount, out var host)) continue;
                var root = HostPaths.SensitiveRoot(host.Path);
                if (root is null && host.ReadOnly == true && HostPaths.IsProcOrSys(host.Path))
                    root = HostPaths.IsAtOrUnder(host.Path, "/proc") ? "/proc" : "/sys";
                if (root is null) continue;

                var evidence = host.Describe();
                if (root != host.Path) evidence += " (under sensitive '" + root + "')";
                context.Report(Descriptor, mount.Span, host.Qualify(evidence), host.IsWritable ? FixIntent.MakeReadOnly() : null);
            }
        }
    }
}
