using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5003: <c>NetworkMode = host</c>, for the container or for the build of its image.</summary>
    public sealed class HostNetworkRule : HostNamespaceRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5003;
        protected override string Namespace => "network";
        protected override IEnumerable<(Setting<string>? Mode, string Owner)> Modes(ContainerSpec container)
        {
            yield return (container.NetworkMode, "the container");
            yield return (container.Build?.Network, "the image build");
        }
    }
}
