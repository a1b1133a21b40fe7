using System;

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
        /// it. In a pattern (<paramref name="isPattern"/>) a backslash escapes only <c>*</c>, <c>?</c>, <c>\</c>, <c>}</c> and
        /// <c>/</c>: lex.go's convertShellPatternToRegex stops the build on any other ("invalid escape", audit 83 F83-2).
        /// </summary>
        private static string? Rest(string word, int i, char escape, int depth, int nameAt, out int next, bool isPattern = false, char stop = '}')
        {
            while (i < word.Length)
            {
                var c = word[i];
                if (c == stop)
                {
                    next = i + 1;
                    return null;
                }
                if (isPattern && c == '\\' && i + 1 < word.Length)
                {
                    // With another escape character (# escape=`) the lexer keeps a backslash as it is, and '}' or '/' after
                    // it ends the pattern, which then ends in a lone backslash: refused too.
                    var escaped = word[i + 1];
                    if (!(escaped is '*' or '?' or '\\' || (escape == '\\' && escaped is '}' or '/')))
                    {
                        next = i;
                        return "bad substitution: invalid escape '\\" + escaped + "' in the pattern of '" + Shorten(word.Substring(nameAt - 2)) + "' (only \\*, \\?, \\\\, \\} and \\/)";
                    }
                    i += 2;
                }
                else if (c == escape) i += 2;
                else if (c == '\'')
                {
                    var close = word.IndexOf('\'', i + 1);
                    i = close < 0 ? word.Length : close + 1;
                }
                // As deep as the expander goes (VariableExpander.MaxNesting); deeper is not read.
                else if (c == '$' && i + 1 < word.Length && word[i + 1] == '{' && depth < 128)
                {
                    if (Braced(word, i + 2, escape, depth + 1, out i) is { } error)
                    {
                        next = i;
                        return error;
                    }
                }
                else if (c == '$' && i + 1 < word.Length) i = Math.Max(i + 1, NameEnd(word, i + 1));
                else i++;
            }
            next = word.Length;
            return stop == '/'
                ? "bad substitution: '" + Shorten(word.Substring(nameAt - 2)) + "' has no '/' between its pattern and its replacement"
                : "bad substitution: '" + Shorten(word.Substring(nameAt - 2)) + "' has no closing '}'";
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
