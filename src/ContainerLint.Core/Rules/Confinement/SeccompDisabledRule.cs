using ContainerLint.Catalog;

namespace ContainerLint.Rules.Confinement
{
    /// <summary>CTL4002: <c>seccomp:unconfined</c>. A seccomp profile path is not reported.</summary>
    public sealed class SeccompDisabledRule : UnconfinedSecurityOptionRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL4002;
        protected override string Key => "seccomp";
        protected override string OffValue => "unconfined";
    }
}
