using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5006: <c>CgroupnsMode = host</c>.</summary>
    public sealed class HostCgroupNamespaceRule : HostNamespaceRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5006;
        protected override string Namespace => "cgroup";
        protected override Setting<string>? Mode(ContainerSpec container) => container.CgroupnsMode;
    }
}
