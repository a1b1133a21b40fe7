using System.Collections.Generic;
using System.Text;
using ContainerLint.Model;
using ContainerLint.Text;

namespace ContainerLint.Compose.Interpolation
{
    /// <summary>The outcome of interpolating one value.</summary>
    internal readonly struct Interpolated
    {
        public Interpolated(string value, List<string>? unresolved, string? error)
        {
            Value = value;
            Unresolved = unresolved;
            Error = error;
        }

        /// <summary>The value; an unresolved variable stands in it as <see cref="Interpolator.Placeholder"/>.</summary>
        public string Value { get; }

        /// <summary>Variables with no value and no default, in order of appearance (null when none).</summary>
        public List<string>? Unresolved { get; }

        /// <summary>Why the text is not valid interpolation syntax (Compose refuses the file), or null.</summary>
        public string? Error { get; }

        public bool IsResolved => Unresolved is null && Error is null;
    }

    /// <summary>
    /// Compose interpolation (compose-spec "Interpolation"): <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-d}</c>,
    /// <c>${VAR-d}</c>, <c>${VAR:?e}</c>, <c>${VAR?e}</c>, <c>${VAR:+v}</c>, <c>${VAR+v}</c>, <c>$$</c> for a literal
    /// <c>$</c>; defaults may themselves hold interpolation. Values come only from the project's <c>.env</c> file, never
    /// from the process environment (builds must be deterministic), so a variable that is neither there nor given a
    /// default is unresolved: unknown, neither safe nor dangerous. <c>${VAR:+v}</c>/<c>${VAR+v}</c> with VAR unset and
    /// <c>${VAR:?e}</c> are unresolved too: their value depends on an environment the linter does not see.
    /// </summary>
    internal static class Interpolator
    {
        public const char PlaceholderStart = PartialValue.MarkStart;
        public const char PlaceholderEnd = PartialValue.MarkEnd;

        public static string Placeholder(string name) => PartialValue.Mark(name);

        /// <summary>
        /// How deep defaults in defaults (<c>${A:-${B:-...}}</c>) are expanded, as in a Dockerfile
        /// (VariableExpander.MaxNesting); a variable nested deeper is unresolved (CTL9002), not an empty value.
        /// </summary>
        public const int MaxNesting = 128;

        /// <summary>
        /// Interpolates <paramref name="text"/>; what its references copy is taken from <paramref name="budget"/>, when given
        /// (one per <c>.env</c> file and one per Compose application read: <see cref="ExpansionBudget"/>). A variable whose
        /// value the budget cannot pay for is not known.
        /// </summary>
        public static Interpolated Interpolate(string text, IReadOnlyDictionary<string, string> environment, ExpansionBudget? budget = null)
        {
            if (text.IndexOf('$') < 0) return new Interpolated(text, null, null);
            var sb = new StringBuilder(text.Length);
            var state = new State(environment, budget);
            Expand(text, 0, text.Length, sb, ref state, 0);
            return new Interpolated(sb.ToString(), state.Unresolved, state.Error);
        }

        private struct State
        {
            public State(IReadOnlyDictionary<string, string> environment, ExpansionBudget? budget)
            {
                Environment = environment;
                Budget = budget;
                Unresolved = null;
                Error = null;
            }

            public IReadOnlyDictionary<string, string> Environment { get; }
            public ExpansionBudget? Budget { get; }
            public List<string>? Unresolved;
            public string? Error;
        }

        /// <summary>Whether the text refers to a variable (<c>$VAR</c>, <c>${...}</c>); <c>$$</c> is a literal dollar.</summary>
        public static bool HasReferences(string text)
        {
            for (var i = text.IndexOf('$'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('$', i + 1))
            {
                var next = text[i + 1];
                if (next == '$') i++;
                else if (next == '{' || IsNameStart(next)) return true;
            }
            return false;
        }

        /// <summary>Names of the unresolved variables a value (or a part of it) contains.</summary>
        public static List<string>? UnresolvedIn(string value)
        {
            List<string>? names = null;
            var i = value.IndexOf(PlaceholderStart);
            while (i >= 0)
            {
                var end = value.IndexOf(PlaceholderEnd, i + 1);
                if (end < 0) break;
                names ??= new List<string>();
                var name = value.Substring(i + 1, end - i - 1);
                if (!names.Contains(name)) names.Add(name);
                i = value.IndexOf(PlaceholderStart, end + 1);
            }
            return names;
        }

        private static void Expand(string text, int start, int end, StringBuilder sb, ref State state, int depth)
        {
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (c != '$' || i + 1 >= end)
                {
                    sb.Append(c);
                    i++;
                    continue;
                }
                var next = text[i + 1];
                if (next == '$')
                {
                    sb.Append('$');
                    i += 2;
                    continue;
                }
                if (IsNameStart(next))
                {
                    var j = i + 1;
                    while (j < end && IsNameChar(text[j])) j++;
                    var name = text.Substring(i + 1, j - i - 1);
                    if (state.Environment.TryGetValue(name, out var v)) Append(name, v, sb, ref state);
                    else AddUnresolved(name, sb, ref state);
                    i = j;
                    continue;
                }
                if (next != '{')
                {
                    sb.Append('$');
                    i++;
                    continue;
                }
                var close = FindClosingBrace(text, i + 2, end);
                if (close < 0)
                {
                    state.Error ??= "'" + text.Substring(i, end - i) + "' has no closing '}'";
                    sb.Append(text, i, end - i);
                    return;
                }
                Substitute(text, i + 2, close, sb, ref state, depth);
                i = close + 1;
            }
        }

        private static void Substitute(string text, int start, int end, StringBuilder sb, ref State state, int depth)
        {
            var j = start;
            if (j < end && IsNameStart(text[j]))
                while (j < end && IsNameChar(text[j])) j++;
            var name = text.Substring(start, j - start);
            if (name.Length == 0)
            {
                state.Error ??= "'${" + text.Substring(start, end - start) + "}' is not a valid variable reference";
                return;
            }
            var isSet = state.Environment.TryGetValue(name, out var value);
            if (j == end)
            {
                if (isSet) Append(name, value!, sb, ref state);
                else AddUnresolved(name, sb, ref state);
                return;
            }

            var colon = text[j] == ':';
            var opAt = colon ? j + 1 : j;
            if (opAt >= end)
            {
                state.Error ??= "'${" + text.Substring(start, end - start) + "}' is not a valid variable reference";
                return;
            }
            var op = text[opAt];
            var wordStart = opAt + 1;
            var hasValue = isSet && (!colon || value!.Length > 0);
            switch (op)
            {
                case '-':
                    if (hasValue) Append(name, value!, sb, ref state);
                    else if (depth < MaxNesting) Expand(text, wordStart, end, sb, ref state, depth + 1);
                    else AddUnresolved(name, sb, ref state);
                    return;
                case '?':
                    if (hasValue) Append(name, value!, sb, ref state);
                    else AddUnresolved(name, sb, ref state);
                    return;
                case '+':
                    if (hasValue)
                    {
                        if (depth < MaxNesting) Expand(text, wordStart, end, sb, ref state, depth + 1);
                        else AddUnresolved(name, sb, ref state);
                    }
                    else if (!isSet) AddUnresolved(name, sb, ref state);
                    return;
                default:
                    state.Error ??= "'${" + text.Substring(start, end - start) + "}' is not a valid variable reference";
                    return;
            }
        }

        internal static int FindClosingBrace(string text, int from, int end)
        {
            var depth = 1;
            for (var i = from; i < end; i++)
            {
                var c = text[i];
                if (c == '$' && i + 1 < end && text[i + 1] == '$') { i++; continue; }
                if (c == '$' && i + 1 < end && text[i + 1] == '{') { depth++; i++; continue; }
                if (c == '}' && --depth == 0) return i;
            }
            return -1;
        }

        /// <summary>
        /// Appends a variable's value; one that itself refers to unknown variables (from .env) stays unresolved, and so does
        /// one the budget cannot pay for.
        /// </summary>
        private static void Append(string name, string value, StringBuilder sb, ref State state)
        {
            if (state.Budget is not null && !state.Budget.TrySpend(value.Length))
            {
                AddUnresolved(name, sb, ref state);
                return;
            }
            sb.Append(value);
            if (value.IndexOf(PlaceholderStart) < 0) return;
            foreach (var inner in UnresolvedIn(value) ?? new List<string>())
            {
                state.Unresolved ??= new List<string>();
                if (!state.Unresolved.Contains(inner)) state.Unresolved.Add(inner);
            }
        }

        private static void AddUnresolved(string name, StringBuilder sb, ref State state)
        {
            state.Unresolved ??= new List<string>();
            if (!state.Unresolved.Contains(name)) state.Unresolved.Add(name);
            sb.Append(PlaceholderStart).Append(name).Append(PlaceholderEnd);
        }

        internal static bool IsNameStart(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';

        internal static bool IsNameChar(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
    }
}
