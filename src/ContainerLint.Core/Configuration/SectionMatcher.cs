using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ContainerLint.Configuration
{
    /// <summary>
    /// An editorconfig section glob (<c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>[!a-z]</c>, <c>{a,b}</c>,
    /// <c>{1..3}</c>, <c>\</c> escapes), matched against a path relative to the config's folder that starts with
    /// <c>/</c>. As in editorconfig-core and Roslyn: a glob without <c>/</c> matches the file name in any folder below,
    /// a glob with a <c>/</c> is anchored at the config's folder. One deliberate difference from Roslyn: <c>**/</c>
    /// also matches no folder at all, so <c>[**/Dockerfile]</c> covers the Dockerfile beside the .editorconfig too
    /// (Roslyn needs at least one folder there, which surprises users and matters to no C# file).
    /// </summary>
    public sealed class SectionMatcher
    {
        private static readonly ConcurrentDictionary<string, SectionMatcher?> Cache = new ConcurrentDictionary<string, SectionMatcher?>();
        private static readonly ConcurrentDictionary<string, SectionMatcher?> RoslynCache = new ConcurrentDictionary<string, SectionMatcher?>();

        private readonly Regex _regex;
        private readonly List<(int Min, int Max)> _ranges;

        private SectionMatcher(Regex regex, List<(int Min, int Max)> ranges)
        {
            _regex = regex;
            _ranges = ranges;
        }

        /// <summary>The compiled glob, or null when the name is not a valid glob.</summary>
        public static SectionMatcher? TryCreate(string sectionName) => Cache.GetOrAdd(sectionName, name => Compile(name, roslyn: false));

        /// <summary>
        /// The glob as Roslyn matches it, <c>**/</c> needing at least one folder: for telling which sections the compiler reads
        /// for a C# file (<see cref="CompilerCheckedEntries"/>).
        /// </summary>
        public static SectionMatcher? TryCreateAsRoslyn(string sectionName) => RoslynCache.GetOrAdd(sectionName, name => Compile(name, roslyn: true));

        /// <summary>Whether matching takes time linear in the path (<see cref="Create"/>).</summary>
        internal bool IsLinear => (_regex.Options & NonBacktracking) != 0;

        /// <param name="relativePath">The path below the config's folder, <c>/</c>-separated, starting with <c>/</c>.</param>
        public bool IsMatch(string relativePath)
        {
            Match match;
            try
            {
                match = _regex.Match(relativePath);
            }
            catch (RegexMatchTimeoutException)
            {
                // Only where backtracking is left (see Create): a section too costly to match is not applied.
                return false;
            }
            if (!match.Success) return false;
            for (var i = 0; i < _ranges.Count; i++)
            {
                if (!int.TryParse(match.Groups[i + 1].Value, out var n) || n < _ranges[i].Min || n > _ranges[i].Max)
                    return false;
            }
            return true;
        }

        private static SectionMatcher? Compile(string sectionName, bool roslyn)
        {
            if (sectionName.Length == 0) return null;
            var sb = new StringBuilder("^");
            if (sectionName.IndexOf('/') < 0) sb.Append("(?:.*/)?");
            else if (sectionName[0] != '/') sb.Append('/');

            var ranges = new List<(int, int)>();
            var position = 0;
            if (!CompileList(sectionName, ref position, sb, ranges, inChoice: false, roslyn)) return null;
            sb.Append('$');
            return new SectionMatcher(Create(sb.ToString()), ranges);
        }

        // RegexOptions.NonBacktracking (.NET 7 and later; netstandard2.0 does not name it).
        private const RegexOptions NonBacktracking = (RegexOptions)1024;

        /// <summary>
        /// The glob's regex, matched without backtracking where the runtime can (dotnet build): a section such as
        /// <c>[*a*a*a*a*a*a*a*a*a*a*a*a*c]</c> against a folder of forty <c>a</c>s backtracked for minutes, and the lint
        /// with it (audit 33). On .NET Framework (Visual Studio's MSBuild), a match that runs past a second gives up.
        /// </summary>
        private static Regex Create(string pattern)
        {
            try
            {
                return new Regex(pattern, RegexOptions.CultureInvariant | NonBacktracking);
            }
            catch (ArgumentOutOfRangeException)
            {
                return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }

        private static bool CompileList(string s, ref int i, StringBuilder sb, List<(int, int)> ranges, bool inChoice, bool roslyn)
        {
            while (i < s.Length)
            {
                var c = s[i];
                switch (c)
                {
                    case '\\':
                        if (i + 1 >= s.Length) return false;
                        sb.Append(Regex.Escape(s[i + 1].ToString()));
                        i += 2;
                        break;
                    case '*':
                        if (i + 1 < s.Length && s[i + 1] == '*')
                        {
                            if (!roslyn && i + 2 < s.Length && s[i + 2] == '/')
                            {
                                // "**/" : any number of folders, including none.
                                sb.Append("(?:.*/)?");
                                i += 3;
                            }
                            else
                            {
                                sb.Append(".*");
                                i += 2;
                            }
                        }
                        else
                        {
                            sb.Append("[^/]*");
                            i++;
                        }
                        break;
                    case '?':
                        sb.Append("[^/]");
                        i++;
                        break;
                    case '[':
                        i++;
                        if (!CompileCharacterClass(s, ref i, sb)) return false;
                        break;
                    case '{':
                        if (TryReadRange(s, ref i, out var min, out var max))
                        {
                            ranges.Add((min, max));
                            sb.Append("(-?[0-9]+)");
                        }
                        else if (!CompileChoice(s, ref i, sb, ranges, roslyn))
                        {
                            return false;
                        }
                        break;
                    case ',':
                    case '}':
                        if (!inChoice)
                        {
                            sb.Append(Regex.Escape(c.ToString()));
                            i++;
                            break;
                        }
                        return true;
                    default:
                        sb.Append(Regex.Escape(c.ToString()));
                        i++;
                        break;
                }
            }
            return !inChoice;
        }

        private static bool CompileCharacterClass(string s, ref int i, StringBuilder sb)
        {
            sb.Append('[');
            if (i < s.Length && s[i] == '!')
            {
                sb.Append('^');
                i++;
            }
            while (i < s.Length)
            {
                var c = s[i++];
                switch (c)
                {
                    case ']':
                        sb.Append(']');
                        return true;
                    case '-':
                        sb.Append('-');
                        break;
                    case '\\':
                        if (i >= s.Length) return false;
                        sb.Append('\\').Append(s[i++]);
                        break;
                    default:
                        sb.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }
            return false;
        }

        /// <summary><c>{a,b,c}</c>: each alternative is itself a glob.</summary>
        private static bool CompileChoice(string s, ref int i, StringBuilder sb, List<(int, int)> ranges, bool roslyn)
        {
            i++; // '{'
            sb.Append("(?:");
            while (true)
            {
                if (!CompileList(s, ref i, sb, ranges, inChoice: true, roslyn)) return false;
                if (i >= s.Length) return false;
                if (s[i] == ',')
                {
                    sb.Append('|');
                    i++;
                    continue;
                }
                // '}'
                sb.Append(')');
                i++;
                return true;
            }
        }

        /// <summary><c>{-3..12}</c>.</summary>
        private static bool TryReadRange(string s, ref int i, out int min, out int max)
        {
            min = max = 0;
            var close = s.IndexOf('}', i);
            if (close < 0) return false;
            var body = s.Substring(i + 1, close - i - 1);
            var dots = body.IndexOf("..", System.StringComparison.Ordinal);
            if (dots <= 0) return false;
            if (!IsInteger(body.Substring(0, dots)) || !IsInteger(body.Substring(dots + 2))) return false;
            if (!int.TryParse(body.Substring(0, dots), out var a) || !int.TryParse(body.Substring(dots + 2), out var b)) return false;
            (min, max) = a <= b ? (a, b) : (b, a);
            i = close + 1;
            return true;
        }

        private static bool IsInteger(string text)
        {
            var start = text.StartsWith("-", System.StringComparison.Ordinal) ? 1 : 0;
            if (text.Length == start) return false;
            for (var k = start; k < text.Length; k++)
                if (text[k] < '0' || text[k] > '9') return false;
            return true;
        }
    }
}
