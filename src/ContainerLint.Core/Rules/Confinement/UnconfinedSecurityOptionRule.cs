using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.Confinement
{
    /// <summary>CTL4002-CTL4004: a security option that turns a confinement mechanism off.</summary>
    public abstract class UnconfinedSecurityOptionRule : Rule
    {
        /// <summary>The option key (<c>seccomp</c>).</summary>
        protected abstract string Key { get; }

        /// <summary>The value that turns the mechanism off (<c>unconfined</c>).</summary>
        protected abstract string OffValue { get; }

        /// <summary>Whether an entry turns the mechanism off: by default <see cref="Key"/> with <see cref="OffValue"/>.</summary>
        protected virtual bool TurnsOff(string entry) => SecurityOptions.Is(entry, Key, OffValue);

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var option in container.SecurityOpt)
                if (option.IsKnown && TurnsOff(option.Value))
                    context.Report(Descriptor, option, "security option '" + option.Value.Trim() + "' is set", FixIntent.RemoveEntry());
        }
    }
}
