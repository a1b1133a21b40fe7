using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.Namespaces
{
    /// <summary>CTL5003: <c>NetworkMode = host</c>, for the container or for the build of its image.</summary>
    public sealed class HostNetworkRule : HostNamespaceRule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL5003;
        protected override string Namespace => "network";
        protected override Setting<string>? Mode(ContainerSpec container) => container.NetworkMode;

        protected override Setting<string>? BuildMode(ContainerSpec container) => container.Build?.Network;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            base.Check(container, context);
            // BuildKit's network.host entitlement: build steps may use the host's network (RUN --network=host).
            if (container.Build?.Entitlements is not { } entitlements) return;
            foreach (var entitlement in entitlements)
                if (BuildSpec.Names(entitlement, "network.host"))
                    context.Report(Descriptor, entitlement, "the image build is allowed the 'network.host' entitlement (the host's network namespace)",
                        FixIntent.RemoveEntry());
        }

        /// <summary>
        /// <c>RUN --network=host</c>: the build step runs in the host's network namespace (BuildKit, with the network.host
        /// entitlement), as <c>build.network: host</c> does for Compose. Every stage, and <c>ONBUILD RUN</c> (a step of every
        /// build FROM the image); reported at the RUN; the fix removes the flag.
        /// </summary>
        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.Stages)
                foreach (var (run, step) in stage.RunSteps()) Check(run, step, context);
        }

        private void Check(RunStep run, string step, RuleContext context)
        {
            if (run.Network is { Value: { IsKnown: true } value } flag && IsHost(value.Value))
                context.Report(Descriptor, run.Instruction, step + " --network=host runs the build step in the host's network namespace",
                    flag.RemovalOffset >= 0 ? FixIntent.RemoveText(flag.RemovalText, flag.RemovalOffset) : null);
        }
    }
}
