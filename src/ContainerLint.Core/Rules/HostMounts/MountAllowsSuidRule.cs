using ContainerLint.Catalog;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>CTL3005: a mount allows setuid binaries (no <c>nosuid</c>).</summary>
    public sealed class MountAllowsSuidRule : MountOptionRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL3005;
        protected override string UnsafeOption => "suid";
        protected override string SafeOption => "nosuid";
        protected override string Allows => "setuid binaries";
    }
}
