using System;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>
    /// CTL3005/CTL3006: a mount that lets a flag through that should be off (<c>suid</c>, <c>dev</c>).
    /// Docker mounts its own tmpfs with <c>noexec,nosuid,nodev</c> unless the options say otherwise
    /// (moby daemon/oci_linux.go, volume/mounts), so a tmpfs is reported only when its options turn the flag on.
    /// A local volume's <c>o</c> goes to mount(2) verbatim (moby volume/local), so a tmpfs or bind mounted through it
    /// gets the flag unless <c>nosuid</c>/<c>nodev</c> is written.
    /// </summary>
    public abstract class MountOptionRule : Rule
    {
        /// <summary>The option that turns the flag on (<c>suid</c>).</summary>
        protected abstract string UnsafeOption { get; }

        /// <summary>The option that turns it off (<c>nosuid</c>).</summary>
        protected abstract string SafeOption { get; }

        /// <summary>What the flag allows, for the evidence ("setuid binaries").</summary>
        protected abstract string Allows { get; }

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var mount in container.Mounts)
            {
                if (mount.OptionsAreVerbatim) CheckVerbatim(mount, context);
                else if (mount.Kind == MountKind.Tmpfs) CheckDockerTmpfs(mount, context);
            }
        }

        private void CheckDockerTmpfs(MountSpec mount, RuleContext context)
        {
            if (mount.Options is not { IsKnown: true } options) return;
            var last = MountOptionList.LastOf(options.Value, UnsafeOption, SafeOption);
            if (last is null || string.Equals(last, SafeOption, StringComparison.OrdinalIgnoreCase)) return;
            context.Report(Descriptor, options, "tmpfs options '" + options.Value + "' turn on '" + UnsafeOption + "'",
                FixIntent.ReplaceOption(last, SafeOption));
        }

        private void CheckVerbatim(MountSpec mount, RuleContext context)
        {
            var options = mount.Options;
            if (options is { IsKnown: false } || mount.VolumeDriverType is { IsKnown: false }) return;
            var type = mount.VolumeDriverType?.Value?.Trim();
            var isTmpfs = string.Equals(type, "tmpfs", StringComparison.OrdinalIgnoreCase);

            if (options is null)
            {
                // A tmpfs volume without options: mount(2) gets no flags at all.
                if (isTmpfs && mount.VolumeDriverType is { } driverType)
                    context.Report(Descriptor, driverType, "tmpfs volume has no mount options, so it allows " + Allows);
                return;
            }

            var isBind = MountOptionList.Has(options.Value, "bind") || MountOptionList.Has(options.Value, "rbind");
            if (!isTmpfs && !isBind) return;
            var last = MountOptionList.LastOf(options.Value, UnsafeOption, SafeOption);
            if (last is not null && string.Equals(last, SafeOption, StringComparison.OrdinalIgnoreCase)) return;

            var what = isTmpfs ? "tmpfs" : "bind";
            // A later suid undoes an earlier nosuid (mount(8): the last of two contrary options wins).
            context.Report(Descriptor, options, what + " mount options '" + options.Value + "' "
                    + (last is null ? "lack '" + SafeOption + "'" : "turn on '" + UnsafeOption + "'"),
                last is null ? FixIntent.AppendOption(SafeOption) : FixIntent.ReplaceOption(last, SafeOption));
        }
    }
}
