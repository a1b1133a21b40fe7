using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5006: <c>CgroupnsMode = host</c>.</summary>
    public sealed class HostCgroupNamespaceRule : HostNamespaceRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5006;
        protected override string Namespace => "cgroup";
        protected override IEnumerable<(Setting<string>? Mode, string Owner)> Modes(ContainerSpec container) => One(container.CgroupnsMode);
    }
}
