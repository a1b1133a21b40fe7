using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.Capabilities
{
    /// <summary>CTL2002: an added capability is outside Docker's default set (and not near-root, which is CTL2001).</summary>
    public sealed class CapabilityBeyondDefaultsRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL2002;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var entry in container.CapAdd)
                if (AddedCapabilities.Classify(entry, context.Options, out var name) == CapabilityClass.BeyondDefaults)
                    context.Report(Descriptor, entry, "capability '" + name + "' is added", FixIntent.RemoveEntry());
        }
    }
}
