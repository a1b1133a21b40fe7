using System;
using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>CTL3007: bind propagation <c>shared</c>/<c>rshared</c> lets mounts made in the container reach the host.</summary>
    public sealed class SharedPropagationRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL3007;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var mount in container.Mounts)
            {
                if (mount.Propagation is not { IsKnown: true } propagation || propagation.Value is null) continue;
                var mode = propagation.Value.Trim();
                if (!string.Equals(mode, "shared", StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(mode, "rshared", StringComparison.OrdinalIgnoreCase))
                    continue;
                context.Report(Descriptor, propagation, "mount propagation is '" + mode + "'", FixIntent.RemoveOption(mode));
            }
        }
    }
}
