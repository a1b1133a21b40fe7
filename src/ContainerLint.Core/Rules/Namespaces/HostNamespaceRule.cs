using System;
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

        /// <summary>The container's setting that chooses the namespace.</summary>
        protected abstract Setting<string>? Mode(ContainerSpec container);

        /// <summary>The image build's setting for the namespace, where a build has one (only the network: RUN --network, build.network).</summary>
        protected virtual Setting<string>? BuildMode(ContainerSpec container) => null;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            Check(Mode(container), "the container", context);
            Check(BuildMode(container), "the image build", context);
        }

        private void Check(Setting<string>? mode, string owner, RuleContext context)
        {
            if (mode is not { IsKnown: true } || !IsHost(mode.Value)) return;
            context.Report(Descriptor, mode, owner + " uses the host's " + Namespace + " namespace (mode 'host')", FixIntent.RemoveEntry());
        }

        internal static bool IsHost(string? mode) => string.Equals(mode?.Trim(), "host", StringComparison.OrdinalIgnoreCase);
    }
}
