using ContainerLint.Catalog;

namespace ContainerLint.Rules.Confinement
{
    /// <summary>CTL4004: <c>label:disable</c> turns SELinux labelling off.</summary>
    public sealed class SelinuxDisabledRule : UnconfinedSecurityOptionRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL4004;
        protected override string Key => "label";
        protected override string OffValue => "disable";
    }
}
