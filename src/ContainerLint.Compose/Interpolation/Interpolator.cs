using System.Collections.Generic;
using System.Text;
using ContainerLint.Model;

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

        public static Interpolated Interpolate(string text, IReadOnlyDictionary<string, string> environment)
        {
            if (text.IndexOf('$') < 0) return new Interpolated(text, null, null);
            var sb = new StringBuilder(text.Length);
            List<string>? unresolved = null;
            string? error = null;
            Expand(text, 0, text.Length, environment, sb, ref unresolved, ref error, 0);
            return new Interpolated(sb.ToString(), unresolved, error);
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

        private static void Expand(string text, int start, int end, IReadOnlyDictionary<string, string> env, StringBuilder sb,
            ref List<string>? unresolved, ref string? error, int depth)
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
                    if (env.TryGetValue(name, out var v)) Append(v, sb, ref unresolved);
                    else AddUnresolved(name, sb, ref unresolved);
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
                    error ??= "'" + text.Substring(i, end - i) + "' has no closing '}'";
                    sb.Append(text, i, end - i);
                    return;
                }
                Substitute(text, i + 2, close, env, sb, ref unresolved, ref error, depth);
                i = close + 1;
            }
        }

        private static void Substitute(string text, int start, int end, IReadOnlyDictionary<string, string> env, StringBuilder sb,
            ref List<string>? unresolved, ref string? error, int depth)
        {
            var j = start;
            if (j < end && IsNameStart(text[j]))
                while (j < end && IsNameChar(text[j])) j++;
            var name = text.Substring(start, j - start);
            if (name.Length == 0)
            {
                error ??= "'${" + text.Substring(start, end - start) + "}' is not a valid variable reference";
                return;
            }
            var isSet = env.TryGetValue(name, out var value);
            if (j == end)
            {
                if (isSet) Append(value!, sb, ref unresolved);
                else AddUnresolved(name, sb, ref unresolved);
                return;
            }

            var colon = text[j] == ':';
            var opAt = colon ? j + 1 : j;
            if (opAt >= end)
            {
                error ??= "'${" + text.Substring(start, end - start) + "}' is not a valid variable reference";
                return;
            }
            var op = text[opAt];
            var wordStart = opAt + 1;
            var hasValue = isSet && (!colon || value!.Length > 0);
            switch (op)
            {
                case '-':
                    if (hasValue) Append(value!, sb, ref unresolved);
                    else if (depth < 16) Expand(text, wordStart, end, env, sb, ref unresolved, ref error, depth + 1);
                    return;
                case '?':
                    if (hasValue) Append(value!, sb, ref unresolved);
                    else AddUnresolved(name, sb, ref unresolved);
                    return;
                case '+':
                    if (hasValue) { if (depth < 16) Expand(text, wordStart, end, env, sb, ref unresolved, ref error, depth + 1); }
                    else if (!isSet) AddUnresolved(name, sb, ref unresolved);
                    return;
                default:
                    error ??= "'${" + text.Substring(start, end - start) + "}' is not a valid variable reference";
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

        /// <summary>Appends a variable's value; one that itself refers to unknown variables (from .env) stays unresolved.</summary>
        private static void Append(string value, StringBuilder sb, ref List<string>? unresolved)
        {
            sb.Append(value);
            if (value.IndexOf(PlaceholderStart) < 0) return;
            foreach (var name in UnresolvedIn(value) ?? new List<string>())
            {
                unresolved ??= new List<string>();
                if (!unresolved.Contains(name)) unresolved.Add(name);
            }
        }

        private static void AddUnresolved(string name, StringBuilder sb, ref List<string>? unresolved)
        {
            unresolved ??= new List<string>();
            if (!unresolved.Contains(name)) unresolved.Add(name);
            sb.Append(PlaceholderStart).Append(name).Append(PlaceholderEnd);
        }

        internal static bool IsNameStart(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';

        internal static bool IsNameChar(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
    }
}
