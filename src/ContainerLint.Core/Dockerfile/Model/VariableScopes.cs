using System;
using System.Collections.Generic;

namespace ContainerLint.Dockerfiles.Model
{
    /// <summary>
    /// Variables of one scope: the global <c>ARG</c>s before the first <c>FROM</c>, or a stage's <c>ARG</c>s and
    /// <c>ENV</c>s. Of an <c>ENV</c> and an <c>ARG</c> with a value of the same name, the later counts: both set the
    /// build's environment (the Dockerfile reference's "an ENV always overrides an ARG" is an ENV after its ARG; an ARG
    /// after an ENV replaces it, BuildKit's dispatchArg). Below both lie the ENV values of the base image (<see cref="Rules.Knowledge.BaseImages"/>): they come first in
    /// the build, so any ARG with a value (default, build arg or imported global) or ENV of the stage replaces them, as
    /// BuildKit's dispatchArg adds an ARG's value to the environment; an <c>ARG X</c> without a value leaves them.
    /// A name that none of them sets is unknown (the base image may set it), but where the base image is known not to set
    /// it (<see cref="SetBaseImageKnowledge"/>): there it expands to nothing, as BuildKit expands an unset variable.
    /// </summary>
    internal sealed class VariableScope : IVariableScope
    {
        private readonly Dictionary<string, string?> _args = new Dictionary<string, string?>(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _env;
        private readonly Dictionary<string, string> _baseEnv;
        private bool _baseEnvIsComplete;
        private IReadOnlyCollection<string> _unsetByBase;
        private IReadOnlyCollection<string> _unknown = Array.Empty<string>();
        // The names whose ARG, with a value, came after their ENV in this stage: the ARG's value counts here.
        private readonly HashSet<string> _argAfterEnv = new HashSet<string>(StringComparer.Ordinal);
        // The ARGs inherited from a stage over a base image the linter does not know, whose ENV would win (unknown here),
        // with the stage that declared them; until this stage declares or sets them again.
        private readonly Dictionary<string, string> _inheritedOverUnknownBase = new Dictionary<string, string>(StringComparer.Ordinal);
        // The names an ENV or ARG set from variables without a known value (ENV Y=$X), with the instruction and those
        // variables: Y has a value, unknown for their sake, which is what CTL9002's message says (audit 57 T5b).
        // InGlobalScope: worked out before the first FROM (a stage's ARG Y importing the global ARG Y=$X). Unevaluated: those
        // of the variables that have a value, unknown for a pattern operator the linter does not evaluate (ENV Y=${X/"a"/b}).
        private readonly Dictionary<string, (string Instruction, IReadOnlyList<string> From, bool InGlobalScope, IReadOnlyList<string>? Unevaluated)> _setFrom =
            new Dictionary<string, (string, IReadOnlyList<string>, bool, IReadOnlyList<string>?)>(StringComparer.Ordinal);

        /// <summary>
        /// A scope of its own, or of a stage built FROM the stage of <paramref name="inheritEnvFrom"/>, whose ENVs and ARGs it
        /// inherits ("Once a build argument is declared or consumed in a stage, it's automatically inherited by child
        /// stages", Docker's build variables guide; BuildKit's dispatchState appends the base stage's buildArgs). The child
        /// then sets the image's environment again (BuildKit's dispatchStages applies <c>image.Config.Env</c> after the
        /// state it starts from): an ENV of the parent, or of its base image, wins over an inherited ARG of the same name,
        /// whatever their order in the parent (audit 52 M1).
        /// </summary>
        public VariableScope(VariableScope? inheritEnvFrom = null, string? inheritedStage = null) : this(inheritEnvFrom, snapshot: false, inheritedStage)
        {
        }

        private VariableScope(VariableScope? inheritEnvFrom, bool snapshot, string? inheritedStage = null)
        {
            if (inheritEnvFrom is not null)
            {
                foreach (var derived in inheritEnvFrom._setFrom) _setFrom.Add(derived.Key, derived.Value);
                foreach (var arg in inheritEnvFrom._args)
                {
                    if (snapshot) _args[arg.Key] = arg.Value;
                    else if (inheritEnvFrom._baseEnv.ContainsKey(arg.Key)) continue;
                    // Over a base image not known to leave the name unset, an ENV of it that the image sets would win
                    // here: the inherited value is not certain (audit 53 P1: a mirror of the .NET images, a bare digest).
                    else if (arg.Value is not null && !inheritEnvFrom._env.ContainsKey(arg.Key)
                        && !inheritEnvFrom._baseEnvIsComplete && !System.Linq.Enumerable.Contains(inheritEnvFrom._unsetByBase, arg.Key))
                    {
                        _args[arg.Key] = Unknown;
                        _inheritedOverUnknownBase[arg.Key] = inheritEnvFrom._inheritedOverUnknownBase.TryGetValue(arg.Key, out var declaredIn)
                            ? declaredIn
                            : inheritedStage ?? string.Empty;
                    }
                    else _args[arg.Key] = arg.Value;
                }
                if (snapshot)
                {
                    _argAfterEnv.UnionWith(inheritEnvFrom._argAfterEnv);
                    foreach (var inherited in inheritEnvFrom._inheritedOverUnknownBase) _inheritedOverUnknownBase.Add(inherited.Key, inherited.Value);
                }
            }
            _env = inheritEnvFrom is null
                ? new Dictionary<string, string?>(StringComparer.Ordinal)
                : new Dictionary<string, string?>(inheritEnvFrom._env, StringComparer.Ordinal);
            _baseEnv = inheritEnvFrom is null
                ? new Dictionary<string, string>(StringComparer.Ordinal)
                : new Dictionary<string, string>(inheritEnvFrom._baseEnv, StringComparer.Ordinal);
            _baseEnvIsComplete = inheritEnvFrom?._baseEnvIsComplete ?? false;
            _unsetByBase = inheritEnvFrom?._unsetByBase ?? Array.Empty<string>();
            _unknown = inheritEnvFrom?._unknown ?? _unknown;
        }

        /// <summary>The variables as they stand now, which later instructions do not change.</summary>
        public VariableScope Snapshot()
        {
            return new VariableScope(this, snapshot: true);
        }

        /// <summary>An ENV the base image sets (the Dockerfile does not show it).</summary>
        public void SetBaseEnv(string name, string value) => _baseEnv[name] = value;

        /// <summary>
        /// What is known of the names the base image does not set: all but those of <see cref="SetBaseEnv"/> (and
        /// <c>PATH</c>) when <paramref name="complete"/>, else <paramref name="unset"/>; <paramref name="unknown"/> are never
        /// unset (<see cref="Engine.DockerfileRequest.UnknownVariables"/>).
        /// </summary>
        public void SetBaseImageKnowledge(bool complete, IReadOnlyCollection<string> unset, IReadOnlyCollection<string> unknown)
        {
            _baseEnvIsComplete = complete;
            _unsetByBase = unset;
            _unknown = unknown;
        }

        /// <summary>
        /// Whether <paramref name="name"/> has no value here for certain: no ARG of this scope declares it (an <c>ARG X</c>
        /// without a value may get one from a build arg the linter is not given), no ENV sets it, and the base image is known
        /// not to set it. <c>PATH</c> always has a value: BuildKit sets its default where the image has none.
        /// </summary>
        public bool IsUnsetForCertain(string name) =>
            (_baseEnvIsComplete || System.Linq.Enumerable.Contains(_unsetByBase, name) || IsPositional(name))
            && name != "PATH" && !_args.ContainsKey(name) && !_env.ContainsKey(name) && !_baseEnv.ContainsKey(name)
            && !System.Linq.Enumerable.Contains(_unknown, name);

        /// <summary>
        /// <c>$0</c>, <c>${12}</c>: BuildKit's lexer reads a name that starts with a digit as its digits, a name no image's
        /// environment holds.
        /// </summary>
        private static bool IsPositional(string name)
        {
            if (name.Length == 0) return false;
            foreach (var c in name)
                if (c < '0' || c > '9') return false;
            return true;
        }

        /// <summary>
        /// Declares an ARG: <paramref name="value"/> null means no value; <paramref name="known"/> false means a value the
        /// linter cannot know. An ARG with a value replaces an ENV of the same name set before it: BuildKit's dispatchArg adds
        /// the value to the build's environment (<c>d.state.AddEnv</c>), as an ENV does, so the later of the two counts.
        /// </summary>
        /// <para><paramref name="from"/>: the variables an unknown value was worked out from (<c>ARG Y=$X</c>), in the global
        /// scope when <paramref name="fromGlobalScope"/> (a global ARG imported into a stage).</para>
        public void SetArg(string name, string? value, bool known = true, IReadOnlyList<string>? from = null, bool fromGlobalScope = false,
            IReadOnlyList<string>? unevaluated = null)
        {
            _args[name] = known ? value : Unknown;
            _inheritedOverUnknownBase.Remove(name);
            if (value is not null || !known)
            {
                if (_env.ContainsKey(name)) _argAfterEnv.Add(name);
                SetFrom(name, "ARG", known, from, fromGlobalScope, unevaluated);
            }
        }

        /// <para><paramref name="from"/>: the variables an unknown value was worked out from (<c>ENV Y=$X</c>).</para>
        public void SetEnv(string name, string value, bool known = true, IReadOnlyList<string>? from = null, IReadOnlyList<string>? unevaluated = null)
        {
            _env[name] = known ? value : Unknown;
            _inheritedOverUnknownBase.Remove(name);
            _argAfterEnv.Remove(name);
            SetFrom(name, "ENV", known, from, inGlobalScope: false, unevaluated);
        }

        private void SetFrom(string name, string instruction, bool known, IReadOnlyList<string>? from, bool inGlobalScope, IReadOnlyList<string>? unevaluated)
        {
            if (known || from is not { Count: > 0 })
            {
                _setFrom.Remove(name);
                return;
            }
            // ENV RUN_AS=${RUN_AS:-app} after ENV RUN_AS=$APP_USER: set from what it was set from before (audit 63 W4).
            if (System.Linq.Enumerable.Contains(from, name) && _setFrom.TryGetValue(name, out var before))
            {
                var merged = new List<string>(before.From);
                foreach (var v in from)
                    if (v != name && !merged.Contains(v)) merged.Add(v);
                var mergedUnevaluated = before.Unevaluated is null ? unevaluated : unevaluated is null ? before.Unevaluated
                    : System.Linq.Enumerable.ToList(System.Linq.Enumerable.Union(before.Unevaluated, unevaluated));
                _setFrom[name] = (instruction, merged, inGlobalScope && before.InGlobalScope, mergedUnevaluated);
                return;
            }
            _setFrom[name] = (instruction, from, inGlobalScope, unevaluated);
        }

        /// <summary>
        /// The instruction (<c>ENV</c> or <c>ARG</c>) that gave <paramref name="name"/> its value here, and the variables
        /// without a known value it was worked out from, and whether in the global scope; null when its value is not one
        /// worked out from such variables.
        /// </summary>
        public (string Instruction, IReadOnlyList<string> From, bool InGlobalScope, IReadOnlyList<string>? Unevaluated)? SetFromUnknown(string name) =>
            _setFrom.TryGetValue(name, out var derived) ? derived : null;

        /// <summary>
        /// The stage whose <c>ARG</c> <paramref name="name"/> this one inherits without knowing its value, as that stage is
        /// built on an image the linter does not know, whose ENV of the name would win; null when it is not such an ARG.
        /// </summary>
        public string? StageOfArgInheritedOverUnknownBase(string name) =>
            _inheritedOverUnknownBase.TryGetValue(name, out var stage) ? stage : null;

        /// <summary>The state of an ARG declared in this scope (for importing a global ARG into a stage).</summary>
        public VariableState LookupArg(string name, out string value)
        {
            value = string.Empty;
            if (!_args.TryGetValue(name, out var v) || v is null) return VariableState.Unset;
            if (ReferenceEquals(v, Unknown)) return VariableState.Unknown;
            value = v;
            return StateOf(v);
        }

        public bool HasArg(string name) => _args.ContainsKey(name);

        /// <summary>Whether <paramref name="name"/>'s value is still the unknown one set at the start of the stage (an ONBUILD trigger's), no ARG or ENV after it.</summary>
        public bool IsUnknownFromTrigger(string name) => _env.TryGetValue(name, out var e) && ReferenceEquals(e, Unknown) && !_argAfterEnv.Contains(name);

        public VariableState Lookup(string name, out string value)
        {
            value = string.Empty;
            if (_env.TryGetValue(name, out var e) && e is not null && !_argAfterEnv.Contains(name))
            {
                if (ReferenceEquals(e, Unknown)) return VariableState.Unknown;
                value = e;
                return StateOf(e);
            }
            var arg = LookupArg(name, out value);
            if (arg == VariableState.Unset && _baseEnv.TryGetValue(name, out var b))
            {
                value = b;
                return VariableState.Set;
            }
            if (arg == VariableState.Unset && IsUnsetForCertain(name))
            {
                value = string.Empty;
                return VariableState.Absent;
            }
            return arg;
        }

        /// <summary>A value with a platform part marked (<see cref="VariableState.Platform"/>) holds a mark no real value holds.</summary>
        private static VariableState StateOf(string value) =>
            value.IndexOf(ContainerLint.Model.PartialValue.MarkStart) >= 0 ? VariableState.Platform : VariableState.Set;

        // A marker instance compared by reference.
        private static readonly string Unknown = new string('?', 1);
    }
}
