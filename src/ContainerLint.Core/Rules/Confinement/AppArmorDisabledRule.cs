using ContainerLint.Catalog;

namespace ContainerLint.Rules.Confinement
{
    /// <summary>CTL4003: <c>apparmor:unconfined</c>.</summary>
    public sealed class AppArmorDisabledRule : UnconfinedSecurityOptionRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL4003;
        protected override string Key => "apparmor";
        protected override string OffValue => "unconfined";
    }
}
