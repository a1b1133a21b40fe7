using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.Capabilities
{
    /// <summary>CTL2003: the container does not drop ALL capabilities (only where omissions count).</summary>
    public sealed class CapabilitiesNotDroppedRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL2003;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            if (!container.ReportsOmissions) return;
            foreach (var entry in container.CapDrop)
            {
                // An unresolved entry may well be ALL: unknown, so no finding (CTL9002 names the variable).
                if (!entry.IsKnown || Knowledge.Capabilities.Normalize(entry.Value) == "ALL") return;
            }
            var evidence = container.CapDrop.Count == 0
                ? "no capability is dropped"
                : "capabilities are dropped one by one, not ALL";
            context.Report(Descriptor, container.DeclarationOf(FixKeys.CapDrop), evidence, FixIntent.AddSetting(FixKeys.CapDrop, "ALL"));
        }
    }
}
