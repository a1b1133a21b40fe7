using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

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
                Report(stage.BaseImage, context, image);
                if (stage.User is not null) Report(stage.User, context, image);
                foreach (var volume in stage.Volumes) Report(volume, context, image);
            }
        }

        /// <summary>
        /// A Dockerfile value: an <c>ARG</c> without a default and without a build arg given to the linter has no value; one
        /// the build args name without a value (<c>--build-arg NAME</c>) has the value of docker build's environment.
        /// </summary>
        private void Report(ISetting? setting, RuleContext context, ImageSpec image)
        {
            if (setting is null || setting.Certainty != ValueCertainty.Unresolved) return;
            var why = new Reasons(image, setting);
            var fromEnvironment = new List<string>();
            var explained = new List<string>();
            var others = new List<string>();
            foreach (var v in setting.UnresolvedVariables)
            {
                // The build's platform: set by BuildKit, whose value a default would replace (audit 22 L6).
                if (System.Linq.Enumerable.Contains(setting.PlatformVariables, v)) continue;
                if (System.Linq.Enumerable.Contains(image.BuildArgsFromEnvironment, v)) fromEnvironment.Add(v);
                else if (why.Of(v) is { } reason) explained.Add(reason);
                else others.Add(v);
            }
            if (fromEnvironment.Count == 0 && explained.Count == 0 && others.Count == 0) return;
            var parts = new List<string>(3);
            if (others.Count > 0)
                parts.Add(string.Join(", ", others) + (others.Count == 1 ? ", which has" : ", which have") + " no value and no default");
            parts.AddRange(explained);
            if (fromEnvironment.Count > 0)
                parts.Add(string.Join(", ", fromEnvironment) + ", which the build args name without a value (docker build takes "
                    + (fromEnvironment.Count == 1 ? "it" : "them") + " from the environment, which the linter does not read)");
            context.Report(Descriptor, setting.Span, "'" + setting.Text + "' uses " + string.Join(", and ", parts));
        }

        /// <summary>Why a variable of one Dockerfile setting has no known value, from the notes the image keeps for the setting.</summary>
        private readonly struct Reasons
        {
            private readonly ImageSpec _image;
            private readonly IReadOnlyList<string>? _globalArgs;
            private readonly IReadOnlyList<(string Variable, string Stage)>? _byTriggers;
            private readonly IReadOnlyList<(string Variable, string Stage, string BaseImage)>? _inherited;
            private readonly IReadOnlyList<(string Variable, string Instruction, IReadOnlyList<string> From)>? _setFrom;
            private readonly IReadOnlyList<string>? _unevaluated;

            public Reasons(ImageSpec image, ISetting setting)
            {
                _image = image;
                image.OutOfScopeGlobalArgs.TryGetValue(setting, out _globalArgs);
                image.SetByOnBuildTriggers.TryGetValue(setting, out _byTriggers);
                image.InheritedOverUnknownBase.TryGetValue(setting, out _inherited);
                image.SetFromUnknown.TryGetValue(setting, out _setFrom);
                image.UnevaluatedPatterns.TryGetValue(setting, out _unevaluated);
            }

            /// <summary>The variable and what leaves it without a known value; null when it has no value and no default.</summary>
            public string? Of(string v, int depth = 0)
            {
                // ARG RUN_AS=app before the first FROM, USER $RUN_AS in a stage: empty there, unless the base image sets RUN_AS.
                if (_globalArgs is not null && System.Linq.Enumerable.Contains(_globalArgs, v))
                    return v + ", an ARG of the global scope that the stage does not declare again (ARG " + v
                        + "), so it has a value there only if the base image sets it";
                if (_byTriggers is not null && TriggerStage(_byTriggers, v) is { } stage)
                    return v + ", which an ONBUILD trigger of stage '" + stage + "' sets (the linter does not work out its value)";
                // FROM p after p's ARG X=root: the child inherits X, but the image p is built on sets its ENV again in the
                // child (BuildKit's dispatchStages), so an ENV X of that image, which the linter does not know, would win.
                if (_inherited is not null && InheritedFrom(_inherited, v) is var (declaredIn, baseImage))
                    return v + ", an ARG inherited from stage '" + declaredIn + "', whose base image '" + baseImage
                        + "' the linter does not know: an ENV " + v + " of that image would replace the ARG's value here";
                // ENV Y=$X: Y has a value, unknown because X's is (audit 57 T5b). Each name is noted once, so the chain ends.
                if (_setFrom is not null && depth < _setFrom.Count && SetFrom(_setFrom, v) is var (instruction, from))
                {
                    var roots = new List<string>(from.Count);
                    foreach (var root in from)
                        roots.Add(System.Linq.Enumerable.Contains(_image.BuildArgsFromEnvironment, root)
                            ? root + ", which the build args name without a value (docker build takes it from the environment)"
                            : Of(root, depth + 1) ?? root + ", which has no value and no default");
                    return v + ", which an " + instruction + " sets from " + string.Join(", and from ", roots);
                }
                // ${X/"a"/b}: X is set; what the substitution makes of it is not worked out (audit 98 S98-8). After the chain, so that
                // ENV X=${X/"a"/b} is said to set X from X (audit 103 C103-3).
                if (_unevaluated is not null && System.Linq.Enumerable.Contains(_unevaluated, v))
                    return v + ", which has a value, but the linter does not evaluate the pattern substitution applied to it";
                return null;
            }
        }

        private static (string Instruction, IReadOnlyList<string> From)? SetFrom(IReadOnlyList<(string Variable, string Instruction, IReadOnlyList<string> From)> notes, string variable)
        {
            foreach (var (v, instruction, from) in notes)
                if (v == variable) return (instruction, from);
            return null;
        }

        private static (string Stage, string BaseImage)? InheritedFrom(IReadOnlyList<(string Variable, string Stage, string BaseImage)> inherited, string variable)
        {
            foreach (var (v, stage, baseImage) in inherited)
                if (v == variable) return (stage, baseImage);
            return null;
        }

        private static string? TriggerStage(IReadOnlyList<(string Variable, string Stage)> byTriggers, string variable)
        {
            foreach (var (v, stage) in byTriggers)
                if (v == variable) return stage;
            return null;
        }

        /// <summary>
        /// A Compose value (the only container settings that hold variables) is interpolated from the project's
        /// <c>.env</c> file alone: Compose would take a variable it does not set from the shell environment, which the
        /// linter does not read (builds must not depend on the machine), so the message says where it looked.
        /// </summary>
        private void Report(ISetting? setting, RuleContext context)
        {
            if (setting is null || setting.Certainty != ValueCertainty.Unresolved) return;
            var variables = string.Join(", ", setting.UnresolvedVariables);
            var one = setting.UnresolvedVariables.Count == 1;
            var why = (one ? "which is" : "which are") + " not set in the .env file and " + (one ? "has" : "have")
                  + " no default (Compose would take " + (one ? "it" : "them") + " from the shell environment, which the linter does not read)";
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
                if (!(m.Kind == MountKind.Bind && m.Source?.Partial is { } partial && HostPaths.CannotMatchWhateverVariablesHold(partial, m.Source.Text)))
                    yield return m.Source;
                yield return m.ReadOnly;
                yield return m.Propagation;
                yield return m.Options;
            }
            foreach (var s in c.SecurityOpt) yield return s;
            foreach (var s in c.VolumesFrom) yield return s;
            yield return c.PidMode;
            yield return c.IpcMode;
            yield return c.NetworkMode;
            yield return c.UsernsMode;
            yield return c.UtsMode;
            yield return c.CgroupnsMode;
            yield return c.CgroupParent;
            yield return c.ReadOnlyRootfs;
            yield return c.UsesApiSocket;
            yield return c.Build?.Privileged;
            yield return c.Build?.Network;
            if (c.Build is not null)
                foreach (var e in c.Build.Entitlements) yield return e;
        }
    }
}
