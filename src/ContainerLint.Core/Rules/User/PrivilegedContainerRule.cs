using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.User
{
    /// <summary>CTL1003: the container, or the container that builds its image, runs privileged.</summary>
    public sealed class PrivilegedContainerRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL1003;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            if (IsOn(container.Privileged))
                context.Report(Descriptor, container.Privileged!, "the container runs privileged", FixIntent.RemoveEntry());
            if (IsOn(container.Build?.Privileged))
                context.Report(Descriptor, container.Build!.Privileged!, "the image build runs privileged", FixIntent.RemoveEntry());
        }

        private static bool IsOn(Setting<bool>? privileged) => privileged is { IsKnown: true, Value: true };
    }
}
