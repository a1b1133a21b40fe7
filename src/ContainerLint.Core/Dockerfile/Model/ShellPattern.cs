using System;
using System.Text;
using System.Text.RegularExpressions;

namespace ContainerLint.Dockerfiles.Model
{
    /// <summary>
    /// The patterns of <c>${X#pattern}</c>, <c>${X%pattern}</c> and <c>${X/pattern/replacement}</c> as BuildKit's lexer reads
    /// them (frontend/dockerfile/shell/lex.go, convertShellPatternToRegex): <c>*</c> is any string, the shortest for <c>#</c> and
    /// <c>%</c>, the longest for <c>##</c>, <c>%%</c> and <c>/</c>; <c>?</c> is one character; everything else, brackets
    /// included, stands for itself (no bracket expressions). Patterns with an escape are not evaluated here (the caller).
    /// Null where the result cannot be known.
    /// </summary>
    internal static class ShellPattern
    {
        // Values are at most 64K characters (VariableExpander.MaxLength); a pattern of many stars may still backtrack long.
        private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

        public static string? TrimPrefix(string value, string pattern, bool longest)
        {
            if (!HasWildcard(pattern)) return value.StartsWith(pattern, StringComparison.Ordinal) ? value.Substring(pattern.Length) : value;
            var match = Match(ToRegex(pattern, longest, anchored: true), value, 0);
            return match is null ? null : match.Success ? value.Substring(match.Index + match.Length) : value;
        }

        /// <summary>As BuildKit does it: the prefix of the reversed value that the reversed pattern matches.</summary>
        public static string? TrimSuffix(string value, string pattern, bool longest)
        {
            if (!HasWildcard(pattern)) return value.EndsWith(pattern, StringComparison.Ordinal) ? value.Substring(0, value.Length - pattern.Length) : value;
            var trimmed = TrimPrefix(Reverse(value), Reverse(pattern), longest);
            return trimmed is null ? null : Reverse(trimmed);
        }

        /// <summary>
        /// The first (leftmost, longest) match replaced, or every one with <paramref name="all"/>: as Go's ReplaceAllString, an
        /// empty match right after a match is skipped (<c>${X//*/root}</c> is <c>root</c>, not <c>rootroot</c>), and a
        /// <c>$</c> in the replacement, which it expands as a group reference, leaves the result unknown.
        /// </summary>
        public static string? Replace(string value, string pattern, string replacement, bool all)
        {
            if (all && replacement.IndexOf('$') >= 0) return null;
            var regex = ToRegex(pattern, longest: true, anchored: false);
            if (!all)
            {
                var first = Match(regex, value, 0);
                return first is null ? null
                    : first.Success ? value.Substring(0, first.Index) + replacement + value.Substring(first.Index + first.Length) : value;
            }
            var result = new StringBuilder(value.Length);
            int copied = 0, from = 0, previousEnd = -1;
            while (from <= value.Length)
            {
                var match = Match(regex, value, from);
                if (match is null) return null;
                if (!match.Success) break;
                if (match.Length == 0 && match.Index == previousEnd)
                {
                    from = match.Index + 1;
                    continue;
                }
                result.Append(value, copied, match.Index - copied).Append(replacement);
                copied = previousEnd = match.Index + match.Length;
                from = match.Length == 0 ? match.Index + 1 : copied;
            }
            return result.Append(value, copied, value.Length - copied).ToString();
        }

        private static bool HasWildcard(string pattern) => pattern.IndexOf('*') >= 0 || pattern.IndexOf('?') >= 0;

        private static Regex ToRegex(string pattern, bool longest, bool anchored)
        {
            var regex = new StringBuilder(pattern.Length + 8);
            if (anchored) regex.Append('^');
            foreach (var c in pattern)
            {
                if (c == '*') regex.Append(longest ? ".*" : ".*?");
                else if (c == '?') regex.Append('.');
                else regex.Append(Regex.Escape(c.ToString()));
            }
            return new Regex(regex.ToString(), RegexOptions.CultureInvariant, MatchTimeout);
        }

        private static System.Text.RegularExpressions.Match? Match(Regex regex, string value, int from)
        {
            try
            {
                return regex.Match(value, from);
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        private static string Reverse(string text)
        {
            var chars = text.ToCharArray();
            Array.Reverse(chars);
            return new string(chars);
        }
    }
}
