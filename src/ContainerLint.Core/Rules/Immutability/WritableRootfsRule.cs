using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.Immutability
{
    /// <summary>CTL6001: the root filesystem is writable: read-only turned off, or (where omissions count) not set.</summary>
    public sealed class WritableRootfsRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL6001;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            var readOnly = container.ReadOnlyRootfs;
            if (readOnly is null)
            {
                if (container.ReportsOmissions)
                    context.Report(Descriptor, container.DeclarationOf(FixKeys.ReadOnlyRootfs), "read-only root filesystem is not set",
                        FixIntent.AddSetting(FixKeys.ReadOnlyRootfs, "true"));
                return;
            }
            if (readOnly.IsKnown && !readOnly.Value)
                context.Report(Descriptor, readOnly, "read-only root filesystem is turned off", FixIntent.SetValue("true"));
        }
    }
}
