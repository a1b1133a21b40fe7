using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5007: a custom cgroup parent places the container outside Docker's own cgroup hierarchy.</summary>
    public sealed class CgroupParentRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5007;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            if (container.CgroupParent is not { IsKnown: true } parent || string.IsNullOrWhiteSpace(parent.Value)) return;
            context.Report(Descriptor, parent, "cgroup parent is '" + parent.Value.Trim() + "'", FixIntent.RemoveEntry());
        }
    }
}
