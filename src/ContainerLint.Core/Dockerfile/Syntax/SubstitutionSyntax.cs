using System;
using System.Text;

namespace ContainerLint.Dockerfiles.Syntax
{
    /// <summary>
    /// The errors BuildKit's shell lexer (moby/buildkit frontend/dockerfile/shell/lex.go, <c>processDollar</c>) stops a
    /// build on in a <c>${...}</c> substitution of a word it expands: no closing <c>}</c> (<c>${U:-root</c>), no name
    /// (<c>${}</c>, <c>${:-x}</c>), and an operator it does not know (<c>${U:x}</c>, <c>${U!}</c>, <c>${U:#p}</c>). <c>$</c> not
    /// followed by <c>{</c> is never an error, and it reads the name after it (<c>$1</c>, <c>$@</c>; <c>$$</c> is the variable
    /// <c>$</c>, so <c>$${</c> is no substitution: audit 63 W3).
    /// </summary>
    internal static class SubstitutionSyntax
    {
        /// <summary>
        /// The first error in <paramref name="word"/> (as written: quotes and escapes in it), with where its <c>${</c> starts
        /// and where the error was found; null when there is none.
        /// </summary>
        public static string? FirstError(string word, char escape, out int start, out int end)
        {
            start = end = 0;
            for (var i = 0; i < word.Length;)
            {
                var c = word[i];
                if (c == escape) i += 2;
                // Single quotes: no substitution inside; an unterminated one is left to the rest of the linter.
                else if (c == '\'')
                {
                    var close = word.IndexOf('\'', i + 1);
                    i = close < 0 ? word.Length : close + 1;
                }
                else if (c == '$' && i + 1 < word.Length && word[i + 1] == '{')
                {
                    start = i;
                    if (Braced(word, i + 2, escape, 0, out i) is { } error)
                    {
                        end = i;
                        return error;
                    }
                }
                else if (c == '$' && i + 1 < word.Length) i = Math.Max(i + 1, NameEnd(word, i + 1));
                else i++;
            }
            return null;
        }

        /// <summary>Reads <c>${</c>'s rest from <paramref name="at"/>; <paramref name="next"/> is after its <c>}</c>, or where the error is.</summary>
        private static string? Braced(string word, int at, char escape, int depth, out int next)
        {
            next = at;
            if (at >= word.Length) return "bad substitution: '${' has no closing '}'";
            var c = word[at];
            if (c is '{' or '}' or ':') return "bad substitution: '${" + (c == '}' ? "}" : c.ToString() + "...") + "' names no variable";
            var i = NameEnd(word, at);
            if (i >= word.Length)
            {
                next = i;
                return "bad substitution: '" + word.Substring(at - 2) + "' has no closing '}'";
            }
            var op = word[i];
            switch (op)
            {
                case '}':
                    next = i + 1;
                    return null;
                case ':':
                    if (i + 1 >= word.Length || word[i + 1] is not ('-' or '+' or '?'))
                    {
                        next = i + 1;
                        return i + 1 >= word.Length
                            ? "bad substitution: '" + word.Substring(at - 2) + "' has no closing '}'"
                            : "bad substitution: unsupported modifier '" + word[i + 1] + "' in '${" + word.Substring(at, i - at) + ":" + word[i + 1] + "...}' (:-, :+ and :? are)";
                    }
                    return Rest(word, i + 2, escape, depth, at, out next);
                case '-' or '+' or '?':
                    return Rest(word, i + 1, escape, depth, at, out next);
                case '#' or '%':
                    return Rest(word, i + 1, escape, depth, at, out next, isPattern: true);
                case '/':
                    // ${X/pattern/replacement}, ${X//pattern/replacement}: the pattern runs to the next '/', '}' or not
                    // (processStopOn('/')); none before the word ends is "missing '/' in ${}" (audit 83 F83-3: ${X/x}).
                    var patternAt = i + 1 < word.Length && word[i + 1] == '/' ? i + 2 : i + 1;
                    if (Rest(word, patternAt, escape, depth, at, out next, isPattern: true, stop: '/') is { } error) return error;
                    return Rest(word, next, escape, depth, at, out next);
                default:
                    next = i;
                    return "bad substitution: unsupported modifier '" + op + "' in '${" + word.Substring(at, i - at) + op + "...}'";
            }
        }

        /// <summary>
        /// The word of a substitution up to its closing <c>}</c> (or <paramref name="stop"/>), with the substitutions nested in
        /// it. Of a pattern (<paramref name="isPattern"/>) it also makes the text BuildKit's processStopOn gives (escapes kept,
        /// quotes removed, in double quotes a backslash before anything but <c>"</c>, <c>$</c> or itself doubled, a nested
        /// substitution standing for a value without backslashes) and checks it as convertShellPatternToRegex does
        /// (<see cref="PatternError"/>, audit 83 F83-2; audit 91 K91-3: <c>${F%"\.tar.gz"}</c> is a literal backslash).
        /// </summary>
        private static string? Rest(string word, int i, char escape, int depth, int nameAt, out int next, bool isPattern = false, char stop = '}')
        {
            var pattern = isPattern ? new StringBuilder() : null;
            while (i < word.Length)
            {
                var c = word[i];
                if (c == stop)
                {
                    next = i + 1;
                    return pattern is null ? null : PatternError(pattern.ToString(), word.Substring(nameAt - 2, next - nameAt + 2));
                }
                if (c == escape)
                {
                    if (i + 1 < word.Length) pattern?.Append(c).Append(word[i + 1]);
                    i += 2;
                }
                else if (c == '\'')
                {
                    var close = word.IndexOf('\'', i + 1);
                    if (close > i) pattern?.Append(word, i + 1, close - i - 1);
                    i = close < 0 ? word.Length : close + 1;
                }
                else if (c == '"' && pattern is not null)
                {
                    for (i++; i < word.Length && word[i] != '"';)
                    {
                        var d = word[i];
                        if (d == '$')
                        {
                            if (Dollar(word, ref i, escape, depth, pattern) is { } error)
                            {
                                next = i;
                                return error;
                            }
                        }
                        else if (d == escape && i + 1 < word.Length && (word[i + 1] is '"' or '$' || word[i + 1] == escape))
                        {
                            pattern.Append(d).Append(word[i + 1]);
                            i += 2;
                        }
                        else
                        {
                            pattern.Append(d);
                            if (d == escape) pattern.Append(d);
                            i++;
                        }
                    }
                    i++;
                }
                else if (c == '$')
                {
                    if (Dollar(word, ref i, escape, depth, pattern) is { } error)
                    {
                        next = i;
                        return error;
                    }
                }
                else
                {
                    pattern?.Append(c);
                    i++;
                }
            }
            next = word.Length;
            return stop == '/'
                ? "bad substitution: '" + Shorten(word.Substring(nameAt - 2)) + "' has no '/' between its pattern and its replacement"
                : "bad substitution: '" + Shorten(word.Substring(nameAt - 2)) + "' has no closing '}'";
        }

        /// <summary>A <c>$</c> at <paramref name="i"/>: a nested <c>${...}</c> (its errors) or a name, read past; in a pattern, a value stands for it.</summary>
        private static string? Dollar(string word, ref int i, char escape, int depth, StringBuilder? pattern)
        {
            // As deep as the expander goes (VariableExpander.MaxNesting); deeper is not read.
            if (i + 1 < word.Length && word[i + 1] == '{' && depth < 128)
            {
                if (Braced(word, i + 2, escape, depth + 1, out i) is { } error) return error;
                pattern?.Append('v');
                return null;
            }
            var end = i + 1 < word.Length ? NameEnd(word, i + 1) : i + 1;
            // $ before no name is a dollar (processDollar).
            pattern?.Append(end > i + 1 ? "v" : "$");
            i = Math.Max(i + 1, end);
            return null;
        }

        /// <summary>
        /// The error convertShellPatternToRegex stops the build with for <paramref name="pattern"/> (the text processStopOn made
        /// of it, <see cref="Model.ShellPattern.RefusedEscapeAt"/>); null when there is none.
        /// </summary>
        private static string? PatternError(string pattern, string substitution)
        {
            var at = Model.ShellPattern.RefusedEscapeAt(pattern);
            if (at < 0) return null;
            return at + 1 < pattern.Length
                ? "bad substitution: invalid escape '\\" + pattern[at + 1] + "' in the pattern of '" + Shorten(substitution) + "' (a backslash there escapes only *, ? and \\)"
                : "bad substitution: the pattern of '" + Shorten(substitution) + "' ends in a backslash, which escapes nothing";
        }

        /// <summary>
        /// Where the name that starts at <paramref name="at"/> ends, as BuildKit's <c>processName</c> reads it: digits, or one
        /// special parameter (<c>@ * # ? - $ ! 0</c>), or letters, digits and <c>_</c>.
        /// </summary>
        private static int NameEnd(string word, int at)
        {
            var i = at;
            if (char.IsDigit(word[i]))
            {
                while (i < word.Length && char.IsDigit(word[i])) i++;
                return i;
            }
            if (IsSpecialParameter(word[i])) return i + 1;
            while (i < word.Length && (char.IsLetterOrDigit(word[i]) || word[i] == '_')) i++;
            return i;
        }

        /// <summary>BuildKit's special parameters (the shell lexer's isSpecialParam; 0 is read as a digit first), which nothing sets.</summary>
        internal static bool IsSpecialParameter(char c) => c is '@' or '*' or '#' or '?' or '-' or '$' or '!';

        private static string Shorten(string s) => s.Length <= 40 ? s : s.Substring(0, 37) + "...";
    }
}
