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
            // A privileged container has every capability: Docker ignores cap_drop for it (moby oci/caps.TweakCapabilities,
            // "Privileged containers get all capabilities"). The fix is still offered, as the CTL1003 fix goes with it (a fix
            // of the whole file makes both), but the message says that dropping ALL alone changes nothing (audit 155 F155-2).
            if (container.Privileged is { Certainty: ValueCertainty.Certain, Value: true })
                evidence += ", and the container is privileged (CTL1003), which gives it every capability whatever it drops: dropping ALL takes effect once privileged is removed";
            context.Report(Descriptor, container.DeclarationOf(FixKeys.CapDrop), evidence, FixIntent.AddSetting(FixKeys.CapDrop, "ALL"));
        }
    }
}
