using System;
using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules.User
{
    /// <summary>CTL1003: the container, a process Compose starts in it (a hook), or the container that builds its image, runs privileged.</summary>
    public sealed class PrivilegedContainerRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL1003;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            if (IsOn(container.Privileged))
                context.Report(Descriptor, container.Privileged!, (container.Process ?? "the container") + " runs privileged", FixIntent.RemoveSetting(FixKeys.Privileged));
            if (IsOn(container.Build?.Privileged))
                context.Report(Descriptor, container.Build!.Privileged!, "the image build runs privileged", FixIntent.RemoveSetting(FixKeys.Privileged));
            // The entitlement build.privileged grants (BuildKit security.insecure: RUN --security=insecure runs privileged).
            if (container.Build?.Entitlements is not { } entitlements) return;
            foreach (var entitlement in entitlements)
                if (BuildSpec.Names(entitlement, "security.insecure"))
                    context.Report(Descriptor, entitlement, "the image build is allowed the 'security.insecure' entitlement (privileged build steps)",
                        FixIntent.RemoveEntry());
        }

        /// <summary>
        /// <c>RUN --security=insecure</c>: the Dockerfile's way to run a build step privileged (BuildKit, with the
        /// security.insecure entitlement), as <c>build.privileged: true</c> does for Compose. Every stage, as for CTL1004:
        /// build steps, not the image's content; an <c>ONBUILD RUN</c> too, a step of every build FROM the image. Reported
        /// at the RUN (the location convention); the fix removes the flag.
        /// </summary>
        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.Stages)
                foreach (var (run, step) in stage.RunSteps()) Check(run, step, context);
        }

        private void Check(RunStep run, string step, RuleContext context)
        {
            if (run.Security is { Value: { IsKnown: true } value } flag && string.Equals(value.Value.Trim(), "insecure", StringComparison.OrdinalIgnoreCase))
                context.Report(Descriptor, run.Instruction, step + " --security=insecure runs the build step privileged",
                    flag.RemovalOffset >= 0 ? FixIntent.RemoveText(flag.RemovalText, flag.RemovalOffset) : null);
        }

        private static bool IsOn(Setting<bool>? privileged) => privileged is { IsKnown: true, Value: true };
    }
}
