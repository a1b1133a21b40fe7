using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5001: <c>PidMode = host</c>.</summary>
    public sealed class HostPidRule : HostNamespaceRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5001;
        protected override string Namespace => "PID";
        protected override Setting<string>? Mode(ContainerSpec container) => container.PidMode;
    }
}
