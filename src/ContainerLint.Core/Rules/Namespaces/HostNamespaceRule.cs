using System;
using System.Collections.Generic;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>
    /// CTL5001-CTL5006: a namespace mode of <c>host</c> shares that namespace with the host. Other modes
    /// (<c>container:x</c>, <c>service:x</c>, <c>private</c>) are not reported.
    /// </summary>
    public abstract class HostNamespaceRule : Rule
    {
        /// <summary>The namespace's name in evidence ("PID").</summary>
        protected abstract string Namespace { get; }

        /// <summary>The settings that choose the namespace, with what each belongs to ("the container", "the image build").</summary>
        protected abstract IEnumerable<(Setting<string>? Mode, string Owner)> Modes(ContainerSpec container);

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var (mode, owner) in Modes(container))
            {
                if (mode is not { IsKnown: true } || !IsHost(mode.Value)) continue;
                context.Report(Descriptor, mode, owner + " uses the host's " + Namespace + " namespace (mode 'host')", FixIntent.RemoveEntry());
            }
        }

        internal static bool IsHost(string? mode) => string.Equals(mode?.Trim(), "host", StringComparison.OrdinalIgnoreCase);

        protected static IEnumerable<(Setting<string>? Mode, string Owner)> One(Setting<string>? mode)
        {
            yield return (mode, "the container");
        }
    }
}
