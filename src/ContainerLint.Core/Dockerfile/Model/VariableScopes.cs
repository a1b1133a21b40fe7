using System;
using System.Collections.Generic;

namespace ContainerLint.Dockerfiles.Model
{
    /// <summary>
    /// Variables of one scope: the global <c>ARG</c>s before the first <c>FROM</c>, or a stage's <c>ARG</c>s and
    /// <c>ENV</c>s. <c>ENV</c> wins over an <c>ARG</c> of the same name (Dockerfile reference, "Using ARG variables").
    /// </summary>
    internal sealed class VariableScope : IVariableScope
    {
        private readonly Dictionary<string, string?> _args = new Dictionary<string, string?>(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _env;

        public VariableScope(VariableScope? inheritEnvFrom = null)
        {
            _env = inheritEnvFrom is null
                ? new Dictionary<string, string?>(StringComparer.Ordinal)
                : new Dictionary<string, string?>(inheritEnvFrom._env, StringComparer.Ordinal);
        }

        /// <summary>Declares an ARG: <paramref name="value"/> null means no value; <paramref name="known"/> false means a value the linter cannot know.</summary>
        public void SetArg(string name, string? value, bool known = true) => _args[name] = known ? value : Unknown;

        public void SetEnv(string name, string value, bool known = true) => _env[name] = known ? value : Unknown;

        /// <summary>The state of an ARG declared in this scope (for importing a global ARG into a stage).</summary>
        public VariableState LookupArg(string name, out string value)
        {
            value = string.Empty;
            if (!_args.TryGetValue(name, out var v) || v is null) return VariableState.Unset;
            if (ReferenceEquals(v, Unknown)) return VariableState.Unknown;
            value = v;
            return VariableState.Set;
        }

        public bool HasArg(string name) => _args.ContainsKey(name);

        public VariableState Lookup(string name, out string value)
        {
            value = string.Empty;
            if (_env.TryGetValue(name, out var e) && e is not null)
            {
                if (ReferenceEquals(e, Unknown)) return VariableState.Unknown;
                value = e;
                return VariableState.Set;
            }
            return LookupArg(name, out value);
        }

        // A marker instance compared by reference.
        private static readonly string Unknown = new string('?', 1);
    }
}
