using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.Confinement
{
    /// <summary>
    /// CTL4001: <c>no-new-privileges</c> is turned off, or (where omissions count) not set. When it is given more than
    /// once the last entry wins, as Docker reads the list in order (moby daemon/daemon_unix.go, parseSecurityOpt).
    /// </summary>
    public sealed class NoNewPrivilegesRule : Rule
    {
        private const string Enabled = "no-new-privileges:true";

        public override RuleDescriptor Descriptor => RuleCatalog.CTL4001;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            Setting<string>? last = null;
            var lastEnables = false;
            var unknown = false;
            foreach (var option in container.SecurityOpt)
            {
                if (!option.IsKnown)
                {
                    unknown = true;
                    continue;
                }
                var enables = SecurityOptions.NoNewPrivileges(option.Value);
                if (enables is null) continue;
                last = option;
                lastEnables = enables.Value;
            }

            if (last is not null)
            {
                if (!lastEnables)
                    context.Report(Descriptor, last, "security option '" + last.Value.Trim() + "' turns it off", FixIntent.SetValue(Enabled));
                return;
            }
            // An unresolved entry may be no-new-privileges: unknown, so no finding (CTL9002 names the variable).
            if (container.ReportsOmissions && !unknown)
                context.Report(Descriptor, container.DeclarationOf(FixKeys.SecurityOpt), "security option 'no-new-privileges' is not set",
                    FixIntent.AddSetting(FixKeys.SecurityOpt, Enabled));
        }
    }
}
