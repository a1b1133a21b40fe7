using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5003: <c>NetworkMode = host</c>, for the container or for the build of its image.</summary>
    public sealed class HostNetworkRule : HostNamespaceRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5003;
        protected override string Namespace => "network";
        protected override Setting<string>? Mode(ContainerSpec container) => container.NetworkMode;

        protected override Setting<string>? BuildMode(ContainerSpec container) => container.Build?.Network;
    }
}
