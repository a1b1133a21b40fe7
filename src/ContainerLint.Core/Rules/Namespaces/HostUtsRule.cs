using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5005: <c>UtsMode = host</c>.</summary>
    public sealed class HostUtsRule : HostNamespaceRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5005;
        protected override string Namespace => "UTS";
        protected override Setting<string>? Mode(ContainerSpec container) => container.UtsMode;
    }
}
