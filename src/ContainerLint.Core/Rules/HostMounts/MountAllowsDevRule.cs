using ContainerLint.Catalog;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>CTL3006: a mount allows device files (no <c>nodev</c>).</summary>
    public sealed class MountAllowsDevRule : MountOptionRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL3006;
        protected override string UnsafeOption => "dev";
        protected override string SafeOption => "nodev";
        protected override string Allows => "device files";
    }
}
