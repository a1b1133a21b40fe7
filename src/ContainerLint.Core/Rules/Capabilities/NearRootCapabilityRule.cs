using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.Capabilities
{
    /// <summary>CTL2001: an added capability amounts to root on the host (ALL, SYS_ADMIN, ...).</summary>
    public sealed class NearRootCapabilityRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL2001;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var entry in container.CapAdd)
                if (AddedCapabilities.Classify(entry, context.Options, out var name) == CapabilityClass.NearRoot)
                    context.Report(Descriptor, entry, "capability '" + name + "' is added", FixIntent.RemoveEntry());
        }
    }
}
