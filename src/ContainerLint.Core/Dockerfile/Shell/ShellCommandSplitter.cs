using System;
using System.Collections.Generic;
using System.Text;

namespace ContainerLint.Dockerfiles.Shell
{
    /// <summary>
    /// Splits a POSIX shell script into simple commands: on <c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>|</c>,
    /// <c>&amp;</c>, newlines, <c>(</c>/<c>)</c>, reserved words (<c>if</c>, <c>then</c>, <c>do</c>…), with quoting,
    /// backslash-newline continuations, comments, redirections, command substitutions (<c>$(…)</c>, backticks: their
    /// commands run too) and here-documents (whose bodies are data, unless a shell reads them as its script:
    /// <c>bash &lt;&lt;EOF</c>). A script with a non-shell <c>#!</c> line has no commands.
    /// Linear; never throws.
    /// </summary>
    public static class ShellCommandSplitter
    {
        private static readonly HashSet<string> ReservedWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "case", "esac", "{", "}", "!", "in",
        };

        private static readonly HashSet<string> Shells = new HashSet<string>(StringComparer.Ordinal)
        {
            "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox",
        };

        public static IReadOnlyList<ShellCommand> Split(string script)
        {
            var commands = new List<ShellCommand>();
            if (string.IsNullOrEmpty(script)) return commands;
            if (HasForeignInterpreter(script)) return commands;
            new Splitter(script, commands).Run(0, script.Length);
            return commands;
        }

        /// <summary>
        /// The comments of a script, as (start, end) indexes: a <c>#</c> where a word would start, to the end of its line
        /// (<c>apt-get install sudo # keep</c>; not <c>a#b</c>, nor one in quotes, in a command substitution or in a
        /// here-document's body).
        /// </summary>
        public static List<(int Start, int End)> Comments(string script)
        {
            var comments = new List<(int Start, int End)>();
            if (string.IsNullOrEmpty(script) || HasForeignInterpreter(script)) return comments;
            new Splitter(script, new List<ShellCommand>(), comments: comments).Run(0, script.Length);
            return comments;
        }

        /// <summary>True for a shell's name (<c>bash</c>, <c>/bin/sh</c>).</summary>
        public static bool IsShell(string command)
        {
            var slash = command.LastIndexOf('/');
            return Shells.Contains(slash >= 0 ? command.Substring(slash + 1) : command);
        }

        private static bool HasForeignInterpreter(string script)
        {
            if (!script.StartsWith("#!", StringComparison.Ordinal)) return false;
            var nl = script.IndexOf('\n');
            var line = (nl < 0 ? script.Substring(2) : script.Substring(2, nl - 2)).Trim();
            var parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) return false;
            var interpreter = parts[0];
            if (interpreter.EndsWith("/env", StringComparison.Ordinal) && parts.Length > 1)
            {
                interpreter = parts[1];
                if (interpreter == "-S" && parts.Length > 2) interpreter = parts[2];
            }
            return !IsShell(interpreter);
        }

        private sealed class PendingHeredoc
        {
            public string Delimiter = string.Empty;
            public bool StripTabs;
            public List<ShellWord> Owner = null!;
        }

        private sealed class Splitter
        {
            private readonly string _s;
            private readonly List<ShellCommand> _commands;
            private readonly StringBuilder _value = new StringBuilder();
            private List<ShellWord> _words = new List<ShellWord>();
            private readonly List<PendingHeredoc> _pending = new List<PendingHeredoc>();
            private readonly int _depth;
            private readonly List<(int Start, int End)>? _comments;

            // Command substitutions inside substitutions: deep enough for anything real, and no unbounded recursion.
            private const int MaxSubstitutionDepth = 8;

            public Splitter(string s, List<ShellCommand> commands, int depth = 0, List<(int Start, int End)>? comments = null)
            {
                _s = s;
                _commands = commands;
                _depth = depth;
                _comments = comments;
            }

            /// <summary>
            /// The commands of a command substitution (<c>$(…)</c> or <c>`…`</c>, also inside double quotes), between
            /// <paramref name="start"/> and <paramref name="end"/>: the shell runs them too, before the command they are in.
            /// </summary>
            private void Substitution(int start, int end)
            {
                if (_depth >= MaxSubstitutionDepth || end <= start) return;
                // A comment inside a substitution ends with it (echo `# x` && sudo y runs sudo): not one at the end of the line.
                new Splitter(_s, _commands, _depth + 1).Run(start, end);
            }

            public void Run(int start, int end)
            {
                var i = start;
                while (i < end)
                {
                    var c = _s[i];
                    if (c == ' ' || c == '\t')
                    {
                        i++;
                        continue;
                    }
                    if (c == '\\' && i + 1 < end && (_s[i + 1] == '\n' || _s[i + 1] == '\r'))
                    {
                        i += 2;
                        if (i < end && _s[i - 1] == '\r' && _s[i] == '\n') i++;
                        continue;
                    }
                    if (c == '\n' || c == '\r')
                    {
                        Finish();
                        i++;
                        if (_pending.Count > 0) i = ReadHeredocBodies(i, end);
                        continue;
                    }
                    if (c == '#')
                    {
                        var commentStart = i;
                        while (i < end && _s[i] != '\n' && _s[i] != '\r') i++;
                        _comments?.Add((commentStart, i));
                        continue;
                    }
                    if (c == ';' || c == '&' || c == '|' || c == '(' || c == ')')
                    {
                        Finish();
                        i++;
                        continue;
                    }
                    if (c == '<' || c == '>')
                    {
                        i = Redirection(i, end);
                        continue;
                    }
                    var wordStart = i;
                    i = ReadWord(i, end, out var value, out var plain);
                    // A number right before a redirection is its file descriptor (2>&1).
                    if (plain && i < end && (_s[i] == '<' || _s[i] == '>') && IsDigits(value)) continue;
                    if (_words.Count == 0 && plain && ReservedWords.Contains(value)) continue;
                    _words.Add(new ShellWord(value, wordStart, i, plain));
                }
                Finish();
            }

            private void Finish()
            {
                if (_words.Count == 0) return;
                _commands.Add(new ShellCommand(_words));
                _words = new List<ShellWord>();
            }

            private int Redirection(int i, int end)
            {
                var op = _s[i];
                i++;
                var heredoc = false;
                var stripTabs = false;
                if (op == '<' && i < end && _s[i] == '<')
                {
                    i++;
                    if (i < end && _s[i] == '<') i++; // <<< here-string: a plain word follows
                    else
                    {
                        heredoc = true;
                        if (i < end && _s[i] == '-')
                        {
                            stripTabs = true;
                            i++;
                        }
                    }
                }
                else if (i < end && (_s[i] == '>' || _s[i] == '&' || _s[i] == '|' || (op == '<' && _s[i] == '>'))) i++;
                while (i < end && (_s[i] == ' ' || _s[i] == '\t')) i++;
                if (i >= end || IsOperator(_s[i])) return i;
                i = ReadWord(i, end, out var target, out _);
                if (heredoc && target.Length > 0)
                    _pending.Add(new PendingHeredoc { Delimiter = target, StripTabs = stripTabs, Owner = _words });
                return i;
            }

            /// <summary>Skips (or, for a shell reading its script from stdin, splits) the bodies of pending here-documents.</summary>
            private int ReadHeredocBodies(int i, int end)
            {
                var pending = _pending.ToArray();
                _pending.Clear();
                foreach (var heredoc in pending)
                {
                    var bodyStart = i;
                    var bodyEnd = end;
                    while (i < end)
                    {
                        var lineStart = i;
                        var nl = _s.IndexOf('\n', i, end - i);
                        var lineEnd = nl < 0 ? end : nl;
                        var contentEnd = lineEnd > lineStart && _s[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                        var cs = lineStart;
                        if (heredoc.StripTabs)
                            while (cs < contentEnd && _s[cs] == '\t') cs++;
                        i = nl < 0 ? end : nl + 1;
                        if (contentEnd - cs == heredoc.Delimiter.Length
                            && string.CompareOrdinal(_s, cs, heredoc.Delimiter, 0, heredoc.Delimiter.Length) == 0)
                        {
                            bodyEnd = lineStart;
                            break;
                        }
                    }
                    if (ReadsScriptFromStdin(heredoc.Owner))
                    {
                        var inner = new Splitter(_s, _commands);
                        inner.Run(bodyStart, bodyEnd);
                    }
                }
                return i;
            }

            private static bool ReadsScriptFromStdin(List<ShellWord> words)
            {
                var k = 0;
                while (k < words.Count && IsAssignment(words[k].Value)) k++;
                if (k >= words.Count || !IsShell(words[k].Value)) return false;
                for (var j = k + 1; j < words.Count; j++)
                    if (words[j].Value == "-c") return false;
                return true;
            }

            /// <summary>Reads a word up to a blank or an operator, removing quotes and escapes; returns the index after it.</summary>
            private int ReadWord(int i, int end, out string value, out bool plain)
            {
                _value.Clear();
                plain = true;
                while (i < end)
                {
                    var c = _s[i];
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || IsOperator(c)) break;
                    if (c == '\'')
                    {
                        plain = false;
                        var close = _s.IndexOf('\'', i + 1, end - i - 1);
                        var stop = close < 0 ? end : close;
                        _value.Append(_s, i + 1, stop - i - 1);
                        i = close < 0 ? end : close + 1;
                        continue;
                    }
                    if (c == '"')
                    {
                        plain = false;
                        i++;
                        while (i < end && _s[i] != '"')
                        {
                            if (_s[i] == '\\' && i + 1 < end && "\"\\$`\n".IndexOf(_s[i + 1]) >= 0)
                            {
                                if (_s[i + 1] != '\n') _value.Append(_s[i + 1]);
                                i += 2;
                                continue;
                            }
                            if (_s[i] == '$' && i + 1 < end && _s[i + 1] == '(')
                            {
                                var close = SkipBalanced(i + 1, end);
                                _value.Append(_s, i, close - i);
                                if (i + 2 >= end || _s[i + 2] != '(') Substitution(i + 2, close - 1);
                                i = close;
                                continue;
                            }
                            if (_s[i] == '`')
                            {
                                i = Backticks(i, end);
                                continue;
                            }
                            _value.Append(_s[i++]);
                        }
                        if (i < end) i++;
                        continue;
                    }
                    if (c == '\\')
                    {
                        plain = false;
                        if (i + 1 < end) _value.Append(_s[i + 1]);
                        i += 2;
                        continue;
                    }
                    if (c == '$' && i + 1 < end && (_s[i + 1] == '(' || _s[i + 1] == '{'))
                    {
                        plain = false;
                        var close = _s[i + 1] == '(' ? SkipBalanced(i + 1, end) : SkipBraces(i + 1, end);
                        _value.Append(_s, i, close - i);
                        // $(( … )) is arithmetic, not a command.
                        if (_s[i + 1] == '(' && (i + 2 >= end || _s[i + 2] != '(')) Substitution(i + 2, close - 1);
                        i = close;
                        continue;
                    }
                    if (c == '`')
                    {
                        plain = false;
                        i = Backticks(i, end);
                        continue;
                    }
                    if (c == '$') plain = false;
                    _value.Append(c);
                    i++;
                }
                value = _value.ToString();
                return i;
            }

            /// <summary>A command substitution in backticks, kept in the word as written; returns the index after it.</summary>
            private int Backticks(int i, int end)
            {
                var close = _s.IndexOf('`', i + 1, end - i - 1);
                var stop = close < 0 ? end : close + 1;
                _value.Append(_s, i, stop - i);
                if (close > 0) Substitution(i + 1, close);
                return stop;
            }

            /// <summary>From an opening parenthesis, the index after its match (quotes respected).</summary>
            private int SkipBalanced(int i, int end)
            {
                var depth = 0;
                while (i < end)
                {
                    var c = _s[i];
                    if (c == '\'' || c == '"')
                    {
                        var close = _s.IndexOf(c, i + 1, end - i - 1);
                        i = close < 0 ? end : close + 1;
                        continue;
                    }
                    if (c == '\\')
                    {
                        i += 2;
                        continue;
                    }
                    if (c == '(') depth++;
                    else if (c == ')' && --depth == 0) return i + 1;
                    i++;
                }
                return end;
            }

            private int SkipBraces(int i, int end)
            {
                var close = _s.IndexOf('}', i, end - i);
                return close < 0 ? end : close + 1;
            }

            private static bool IsOperator(char c) => c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>';

            private static bool IsDigits(string s)
            {
                if (s.Length == 0) return false;
                foreach (var c in s)
                    if (c < '0' || c > '9') return false;
                return true;
            }
        }

        /// <summary><c>NAME=value</c> before a command.</summary>
        public static bool IsAssignment(string word)
        {
            var eq = word.IndexOf('=');
            if (eq <= 0) return false;
            if (!(char.IsLetter(word[0]) || word[0] == '_')) return false;
            for (var k = 1; k < eq; k++)
                if (!(char.IsLetterOrDigit(word[k]) || word[k] == '_')) return false;
            return true;
        }
    }
}
