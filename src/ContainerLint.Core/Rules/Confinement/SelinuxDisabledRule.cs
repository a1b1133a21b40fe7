using ContainerLint.Catalog;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.Confinement
{
    /// <summary>
    /// CTL4004: <c>label:disable</c> turns SELinux labelling off; <c>label:type:spc_t</c> does the same by choosing the
    /// "super privileged container" type, which SELinux policy leaves unconfined (what <c>label:disable</c> itself runs
    /// the container as).
    /// </summary>
    public sealed class SelinuxDisabledRule : UnconfinedSecurityOptionRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL4004;
        protected override string Key => "label";
        protected override string OffValue => "disable";

        protected override bool TurnsOff(string entry)
        {
            if (base.TurnsOff(entry)) return true;
            var (key, value) = SecurityOptions.Parse(entry);
            if (key != Key || value is null) return false;
            // `label:type:spc_t`, `label=type:spc_t` (the value keeps its own `:`).
            var sep = value.IndexOfAny(new[] { ':', '=' });
            return sep > 0 && value.Substring(0, sep).Trim() == "type" && value.Substring(sep + 1).Trim() == "spc_t";
        }
    }
}
