using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>
    /// CTL3003: a sensitive host path is mounted. A read-only /proc or /sys still discloses the host (and one whose
    /// read-only flag is not known is mounted at least that way); a writable one is CTL3002's, a runtime socket CTL3004's.
    /// </summary>
    public sealed class SensitiveHostPathRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL3003;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var mount in container.Mounts)
            {
                // A runtime socket under a sensitive directory (Docker Desktop's ~/.docker/run/docker.sock) is CTL3004's,
                // whose message says read-only does not help.
                if (!HostMount.TryRead(mount, out var host) || HostPaths.IsRuntimeSocket(host.Path)) continue;
                var root = HostPaths.SensitiveRoot(host.Path);
                // Read-only, or not known to be writable (a mode from a variable or a parameter): mounted either way, and
                // CTL3002 takes only what is writable.
                if (root is null && host.ReadOnly != false && HostPaths.IsProcOrSys(host.Path))
                    root = HostPaths.IsAtOrUnder(host.Path, "/proc") ? "/proc" : "/sys";
                if (root is null) continue;

                var evidence = host.Describe();
                if (root != host.Path) evidence += " (under sensitive '" + root + "')";
                context.Report(Descriptor, mount.Span, host.Qualify(evidence), host.IsWritable ? FixIntent.MakeReadOnly() : null);
            }
        }
    }
}
