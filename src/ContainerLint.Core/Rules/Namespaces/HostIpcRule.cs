using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5002: <c>IpcMode = host</c>.</summary>
    public sealed class HostIpcRule : HostNamespaceRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5002;
        protected override string Namespace => "IPC";
        protected override Setting<string>? Mode(ContainerSpec container) => container.IpcMode;
    }
}
