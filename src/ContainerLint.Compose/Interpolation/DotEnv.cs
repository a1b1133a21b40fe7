using System;
using System.Collections.Generic;
using System.Text;
using ContainerLint.Text;

namespace ContainerLint.Compose.Interpolation
{
    /// <summary>
    /// The <c>.env</c> file beside a Compose file (Compose "Environment file" syntax): <c>KEY=VALUE</c> (or <c>KEY: VALUE</c>) lines,
    /// optional <c>export </c>, <c>#</c> comments (an unquoted value ends at <c> #</c>), single quotes (literal),
    /// double quotes (escapes <c>\n \t \" \\</c>, may span lines), and interpolation of earlier keys in unquoted and
    /// double-quoted values.
    /// </summary>
    internal static class DotEnv
    {
        /// <param name="valueStarts">When given, receives the offset where each key's last value starts as written
        /// (its opening quote, if any), so that a finding about a value can point at it.</param>
        public static Dictionary<string, string> Parse(string text, Dictionary<string, int>? valueStarts = null)
        {
            var env = new Dictionary<string, string>(StringComparer.Ordinal);
            var budget = new ExpansionBudget();
            var i = 0;
            var n = text.Length;
            while (i < n)
            {
                // Start of a line: skip indentation.
                while (i < n && (text[i] == ' ' || text[i] == '\t')) i++;
                if (i >= n) break;
                if (text[i] == '#' || text[i] == '\n' || text[i] == '\r')
                {
                    i = SkipLine(text, i);
                    continue;
                }
                if (string.CompareOrdinal(text, i, "export ", 0, 7) == 0)
                {
                    i += 7;
                    while (i < n && text[i] == ' ') i++;
                }
                var keyStart = i;
                // compose-go's dotenv parser takes `:` as it takes `=` ("library also supports yaml-style value declaration":
                // `KEY: value`, audit 125 C125-6).
                while (i < n && text[i] != '=' && text[i] != ':' && text[i] != '\n' && text[i] != '\r' && text[i] != ' ' && text[i] != '\t') i++;
                var key = text.Substring(keyStart, i - keyStart);
                while (i < n && (text[i] == ' ' || text[i] == '\t')) i++;
                if (i >= n || text[i] is not ('=' or ':') || key.Length == 0)
                {
                    // A bare KEY line takes its value from the environment, which the linter does not read.
                    i = SkipLine(text, i);
                    continue;
                }
                i++; // '=' or ':'
                while (i < n && (text[i] == ' ' || text[i] == '\t')) i++;
                if (valueStarts is not null) valueStarts[key] = i;
                string value;
                if (i < n && text[i] == '\'')
                {
                    var close = text.IndexOf('\'', i + 1);
                    if (close < 0) close = n;
                    value = text.Substring(i + 1, close - i - 1);
                    i = SkipLine(text, Math.Min(n, close + 1));
                }
                else if (i < n && text[i] == '"')
                {
                    var sb = new StringBuilder();
                    var j = i + 1;
                    for (; j < n && text[j] != '"'; j++)
                    {
                        if (text[j] == '\\' && j + 1 < n)
                        {
                            j++;
                            sb.Append(text[j] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => text[j] });
                        }
                        else sb.Append(text[j]);
                    }
                    value = Expand(sb.ToString(), env, budget);
                    i = SkipLine(text, Math.Min(n, j + 1));
                }
                else
                {
                    var lineEnd = i;
                    while (lineEnd < n && text[lineEnd] != '\n' && text[lineEnd] != '\r') lineEnd++;
                    var raw = text.Substring(i, lineEnd - i);
                    var hash = raw.IndexOf(" #", StringComparison.Ordinal);
                    if (hash >= 0) raw = raw.Substring(0, hash);
                    value = Expand(raw.Trim(), env, budget);
                    i = lineEnd;
                }
                env[key] = value;
            }
            return env;
        }

        private static string Expand(string value, Dictionary<string, string> env, ExpansionBudget budget)
        {
            if (value.IndexOf('$') < 0) return value;
            var r = Interpolator.Interpolate(value, env, budget);
            // An unknown variable stays in the value as a placeholder, so whatever uses this key is unresolved too.
            return r.Error is null ? r.Value : value;
        }

        private static int SkipLine(string text, int i)
        {
            while (i < text.Length && text[i] != '\n' && text[i] != '\r') i++;
            while (i < text.Length && (text[i] == '\n' || text[i] == '\r')) i++;
            return i;
        }
    }
}
