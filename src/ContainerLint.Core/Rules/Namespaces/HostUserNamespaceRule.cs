using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5004: <c>UsernsMode = host</c>.</summary>
    public sealed class HostUserNamespaceRule : HostNamespaceRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5004;
        protected override string Namespace => "user";
        protected override Setting<string>? Mode(ContainerSpec container) => container.UsernsMode;
    }
}
