using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ContainerLint.Dockerfiles.Model
{
    /// <summary>
    /// The patterns of <c>${X#pattern}</c>, <c>${X%pattern}</c> and <c>${X/pattern/replacement}</c> as BuildKit's lexer reads
    /// them (frontend/dockerfile/shell/lex.go, convertShellPatternToRegex): <c>*</c> is any string, the shortest for <c>#</c> and
    /// <c>%</c>, the longest for <c>##</c>, <c>%%</c> and <c>/</c>; <c>?</c> is one character; <c>\*</c>, <c>\?</c> and
    /// <c>\\</c> stand for the character, <c>\}</c> and <c>\/</c> too (the escape is the lexer's); any other escape stops the
    /// build; everything else, brackets included, stands for itself (no bracket expressions). The escape is always the
    /// backslash there, whatever the file's escape directive. Null where the result cannot be known.
    /// </summary>
    internal static class ShellPattern
    {
        // Values are at most 64K characters (VariableExpander.MaxLength); a pattern of many stars may still backtrack long.
        private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

        private const char Star = '\uE000', AnyOne = '\uE001';

        public static string? TrimPrefix(string value, string pattern, bool longest)
        {
            if (Parse(pattern) is not { } tokens) return null;
            if (Literal(tokens) is { } literal) return value.StartsWith(literal, StringComparison.Ordinal) ? value.Substring(literal.Length) : value;
            var match = Match(ToRegex(tokens, longest, anchored: true), value, 0);
            return match is null ? null : match.Success ? value.Substring(match.Index + match.Length) : value;
        }

        /// <summary>As BuildKit does it: the prefix of the reversed value that the reversed pattern matches.</summary>
        public static string? TrimSuffix(string value, string pattern, bool longest)
        {
            if (Parse(pattern) is not { } tokens) return null;
            if (Literal(tokens) is { } literal) return value.EndsWith(literal, StringComparison.Ordinal) ? value.Substring(0, value.Length - literal.Length) : value;
            var reversed = new List<char>(Reverse(new string(tokens.ToArray())));
            var match = Match(ToRegex(reversed, longest, anchored: true), Reverse(value), 0);
            return match is null ? null : match.Success ? Reverse(Reverse(value).Substring(match.Index + match.Length)) : value;
        }

        /// <summary>
        /// The first (leftmost, longest) match replaced, or every one with <paramref name="all"/>, as Go's ReplaceAllString
        /// does it: an empty match right after a match is skipped (<c>${X//*/root}</c> is <c>root</c>, not <c>rootroot</c>), and
        /// the replacement is a template (<c>$0</c> the match, <c>$$</c> a dollar, other names nothing; a <c>$</c> before
        /// no name stays).
        /// </summary>
        public static string? Replace(string value, string pattern, string replacement, bool all)
        {
            if (Parse(pattern) is not { } tokens) return null;
            var regex = ToRegex(tokens, longest: true, anchored: false);
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
                result.Append(value, copied, match.Index - copied);
                AppendTemplate(result, replacement, match.Value);
                copied = previousEnd = match.Index + match.Length;
                from = match.Length == 0 ? match.Index + 1 : copied;
            }
            return result.Append(value, copied, value.Length - copied).ToString();
        }

        /// <summary>Go's Regexp.Expand over a pattern without groups: <c>$0</c> / <c>${0}</c> is the match, any other name nothing.</summary>
        private static void AppendTemplate(StringBuilder result, string template, string match)
        {
            for (var i = 0; i < template.Length; i++)
            {
                var c = template[i];
                if (c != '$' || i + 1 >= template.Length)
                {
                    result.Append(c);
                    continue;
                }
                if (template[i + 1] == '$')
                {
                    result.Append('$');
                    i++;
                    continue;
                }
                var braced = template[i + 1] == '{';
                var start = braced ? i + 2 : i + 1;
                var end = start;
                while (end < template.Length && (char.IsLetterOrDigit(template[end]) || template[end] == '_')) end++;
                if (end == start || (braced && (end >= template.Length || template[end] != '}')))
                {
                    result.Append(c); // malformed: the dollar stays
                    continue;
                }
                if (template.Substring(start, end - start) == "0") result.Append(match);
                i = braced ? end : end - 1;
            }
        }

        /// <summary>
        /// Where the first escape lex.go's convertShellPatternToRegex refuses is in <paramref name="pattern"/>: a backslash
        /// escapes <c>*</c>, <c>?</c> and itself, and is dropped before <c>}</c> and <c>/</c>; before anything else, or at the
        /// end, the build stops ("invalid escape"). -1 when there is none.
        /// </summary>
        internal static int RefusedEscapeAt(string pattern)
        {
            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] != '\\') continue;
                if (i + 1 < pattern.Length && pattern[i + 1] is '}' or '/' or '*' or '?' or '\\') i++;
                else return i;
            }
            return -1;
        }

        /// <summary>The pattern's characters, <see cref="Star"/> and <see cref="AnyOne"/> for the wildcards; null for an escape BuildKit refuses.</summary>
        private static List<char>? Parse(string pattern)
        {
            if (RefusedEscapeAt(pattern) >= 0) return null;
            var tokens = new List<char>(pattern.Length);
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '*') tokens.Add(Star);
                else if (c == '?') tokens.Add(AnyOne);
                else if (c == Star || c == AnyOne) return null;
                else if (c != '\\') tokens.Add(c);
                else tokens.Add(pattern[++i]);
            }
            return tokens;
        }

        private static string? Literal(List<char> tokens)
        {
            if (tokens.Contains(Star) || tokens.Contains(AnyOne)) return null;
            return new string(tokens.ToArray());
        }

        private static Regex ToRegex(List<char> tokens, bool longest, bool anchored)
        {
            var regex = new StringBuilder(tokens.Count + 8);
            if (anchored) regex.Append('^');
            foreach (var c in tokens)
            {
                if (c == Star) regex.Append(longest ? ".*" : ".*?");
                // Go's '.' matches a rune: a surrogate pair is one (audit 83 F83-5: ${X#?} of "\U0001F600root").
                else if (c == AnyOne) regex.Append("(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|.)");
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

        /// <summary>The text reversed by runes, as lex.go's reverseString does: a surrogate pair stays in its order.</summary>
        private static string Reverse(string text)
        {
            var chars = text.ToCharArray();
            Array.Reverse(chars);
            for (var i = 0; i + 1 < chars.Length; i++)
                if (char.IsLowSurrogate(chars[i]) && char.IsHighSurrogate(chars[i + 1]))
                {
                    (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                    i++;
                }
            return new string(chars);
        }
    }
}
