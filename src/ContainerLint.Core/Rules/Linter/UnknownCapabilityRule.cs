using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Capabilities;

namespace ContainerLint.Rules.Linter
{
    /// <summary>
    /// CTL9004: a capability name that Docker does not know, added or dropped (Docker refuses to start it). No fix: the
    /// right name is the user's to choose, and removing the entry would drop a capability a misspelt <c>cap_add</c> meant
    /// to grant (rules.md gives none; the page says "Correct the name").
    /// </summary>
    public sealed class UnknownCapabilityRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL9004;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            Check(container.CapAdd, "added", context);
            Check(container.CapDrop, "dropped", context);
        }

        private void Check(List<Setting<string>> entries, string verb, RuleContext context)
        {
            foreach (var entry in entries)
                if (AddedCapabilities.Classify(entry, context.Options, out var name) == CapabilityClass.Unknown)
                    context.Report(Descriptor, entry, "capability '" + name + "' is " + verb + ", but no such capability exists");
        }
    }
}
