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
                Report(setting, context);
        }

        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.FinalStageChain())
            {
                Report(stage.BaseImage, context);
                if (stage.User is not null) Report(stage.User, context);
                foreach (var volume in stage.Volumes) Report(volume, context);
            }
        }

        private void Report(ISetting? setting, RuleContext context)
        {
            if (setting is null || setting.Certainty != ValueCertainty.Unresolved) return;
            var variables = string.Join(", ", setting.UnresolvedVariables);
            context.Report(Descriptor, setting.Span,
                "'" + setting.Text + "' uses " + variables + ", which " + (setting.UnresolvedVariables.Count == 1 ? "has" : "have") + " no value and no default");
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
        }
    }
}
