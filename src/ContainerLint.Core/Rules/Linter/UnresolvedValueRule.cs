using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules.Linter
{
    /// <summary>CTL9002: a security-relevant value uses a variable with no value and no default.</summary>
    public sealed class UnresolvedValueRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL9002;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var setting in SecurityRelevantSettings(container))
                Report(setting, context, fromCompose: true);
        }

        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.FinalStageChain())
            {
                Report(stage.BaseImage, context, fromCompose: false);
                if (stage.User is not null) Report(stage.User, context, fromCompose: false);
                foreach (var volume in stage.Volumes) Report(volume, context, fromCompose: false);
            }
        }

        /// <summary>
        /// A Compose value (the only container settings that hold variables) is interpolated from the project's
        /// <c>.env</c> file alone: Compose would take a variable it does not set from the shell environment, which the
        /// linter does not read (builds must not depend on the machine), so the message says where it looked. A
        /// Dockerfile <c>ARG</c> without a default and without a build arg given to the linter has no value.
        /// </summary>
        private void Report(ISetting? setting, RuleContext context, bool fromCompose)
        {
            if (setting is null || setting.Certainty != ValueCertainty.Unresolved) return;
            var variables = string.Join(", ", setting.UnresolvedVariables);
            var one = setting.UnresolvedVariables.Count == 1;
            var why = fromCompose
                ? (one ? "which is" : "which are") + " not set in the .env file and " + (one ? "has" : "have")
                  + " no default (Compose would take " + (one ? "it" : "them") + " from the shell environment, which the linter does not read)"
                : (one ? "which has" : "which have") + " no value and no default";
            context.Report(Descriptor, setting.Span, "'" + setting.Text + "' uses " + variables + ", " + why);
        }

        private static IEnumerable<ISetting?> SecurityRelevantSettings(ContainerSpec c)
        {
            yield return c.User;
            yield return c.Privileged;
            foreach (var s in c.CapAdd) yield return s;
            foreach (var s in c.CapDrop) yield return s;
            foreach (var s in c.Devices) yield return s;
            foreach (var s in c.DeviceCgroupRules) yield return s;
            foreach (var m in c.Mounts)
            {
                yield return m.Source;
                yield return m.ReadOnly;
                yield return m.Propagation;
                yield return m.Options;
            }
            foreach (var s in c.SecurityOpt) yield return s;
            yield return c.PidMode;
            yield return c.IpcMode;
            yield return c.NetworkMode;
            yield return c.UsernsMode;
            yield return c.UtsMode;
            yield return c.CgroupnsMode;
            yield return c.CgroupParent;
            yield return c.ReadOnlyRootfs;
            yield return c.Build?.Privileged;
            yield return c.Build?.Network;
            if (c.Build is not null)
                foreach (var e in c.Build.Entitlements) yield return e;
        }
    }
}
