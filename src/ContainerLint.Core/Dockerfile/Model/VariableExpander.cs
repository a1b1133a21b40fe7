using System;
using System.Collections.Generic;
using System.Text;
using ContainerLint.Text;

namespace ContainerLint.Dockerfiles.Model
{
    public enum VariableState
    {
        /// <summary>No value: never declared, or an <c>ARG</c> without default and without a build arg.</summary>
        Unset,

        /// <summary>
        /// No value for certain: nothing in the file sets it and the base image is known not to, or a special parameter
        /// (<c>$@</c>). BuildKit's lexer finds no such variable (its getEnv), so <c>${X-d}</c> is <c>d</c> and <c>${X+a}</c>
        /// is empty, as for <see cref="Unset"/>, but the value is known.
        /// </summary>
        Absent,

        /// <summary>A known value (possibly empty).</summary>
        Set,

        /// <summary>Set, but to a value the linter cannot know (it used an unresolved variable).</summary>
        Unknown,

        /// <summary>
        /// Set by the builder to the build's platform (the automatic platform ARGs), or to a value made with one: the value
        /// is what is known of it, each platform part marked as <see cref="ContainerLint.Model.PartialValue"/> marks it.
        /// </summary>
        Platform,
    }

    /// <summary>The variables visible to an instruction.</summary>
    public interface IVariableScope
    {
        VariableState Lookup(string name, out string value);
    }

    /// <summary>The result of expanding a word: its value, and the variables that had no value (then the value is unknown).</summary>
    public readonly struct Expansion
    {
        public Expansion(string value, IReadOnlyList<string>? unresolved, string? partial = null, IReadOnlyList<string>? platform = null,
            IReadOnlyList<string>? unevaluated = null)
        {
            Value = value;
            Unresolved = unresolved;
            Partial = partial;
            Platform = platform;
            Unevaluated = unevaluated;
        }

        /// <summary>The value; with a platform part, that part marked (see <see cref="Platform"/>).</summary>
        public string Value { get; }

        /// <summary>
        /// The variables whose values depend on the build's platform (<see cref="VariableState.Platform"/>): they have a
        /// value, which the linter does not know. Null when none.
        /// </summary>
        public IReadOnlyList<string>? Platform { get; }

        /// <summary>Whether the value is known but for its platform parts.</summary>
        public bool IsPlatformOnly => (Unresolved is null || Unresolved.Count == 0) && Platform is { Count: > 0 };

        /// <summary>When unresolved: the value with each unresolved substitution marked (<see cref="ContainerLint.Model.PartialValue"/>).</summary>
        public string? Partial { get; }
        public IReadOnlyList<string>? Unresolved { get; }

        /// <summary>
        /// Of <see cref="Unresolved"/>, the variables that have a value, unknown only because the linter does not evaluate the
        /// pattern operator applied to it (<c>${X/"a"/b}</c>): CTL9002 says so rather than that they have no value. Null when none.
        /// </summary>
        public IReadOnlyList<string>? Unevaluated { get; }

        public bool IsResolved => (Unresolved is null || Unresolved.Count == 0) && (Platform is null || Platform.Count == 0);
    }

    /// <summary>
    /// Expands a Dockerfile word like BuildKit's shell lexer (<c>ProcessWord</c>): quotes are removed, the escape
    /// character escapes the next character (not inside single quotes), and <c>$X</c>, <c>${X}</c>, <c>${X:-d}</c>,
    /// <c>${X-d}</c>, <c>${X:+v}</c>, <c>${X+v}</c>, <c>${X:?e}</c>, <c>${X#p}</c>, <c>${X%p}</c>, <c>${X/p/r}</c> are substituted.
    /// A variable without a value makes the result unresolved unless a default applies (<c>:-</c>, <c>-</c>).
    /// </summary>
    public static class VariableExpander
    {
        /// <summary>The longest value a substitution may give (a <c>PATH</c> is a few hundred characters).</summary>
        public const int MaxLength = 64 * 1024;

        /// <summary>
        /// How deep <c>${X:-${Y:-...}}</c> may nest before the rest is not expanded (its variable then has no known value):
        /// each level is a few stack frames, and eleven thousand of them overflowed the build's stack, which no handler
        /// catches (audit 33). Real defaults nest two or three deep.
        /// </summary>
        public const int MaxNesting = 128;

        /// <summary>
        /// Expands <paramref name="word"/>; what its substitutions copy is taken from <paramref name="budget"/>, when given
        /// (one per Dockerfile: <see cref="ExpansionBudget"/>).
        /// </summary>
        public static Expansion Expand(string word, IVariableScope scope, char escape = '\\', ExpansionBudget? budget = null)
        {
            if (word.IndexOf('$') < 0 && word.IndexOf('\'') < 0 && word.IndexOf('"') < 0 && word.IndexOf(escape) < 0)
                return new Expansion(word, null);
            var state = new State(word, scope, escape, budget);
            var value = state.ProcessAll();
            return new Expansion(value, state.Unresolved, state.Unresolved is null && state.Platform is null ? null : state.Partial(value), state.Platform,
                state.Unevaluated);
        }

        private sealed class State
        {
            private readonly string _s;
            private readonly IVariableScope _scope;
            private readonly char _escape;
            private readonly ExpansionBudget? _budget;
            private int _i;
            private int _nesting;

            public State(string s, IVariableScope scope, char escape, ExpansionBudget? budget)
            {
                _s = s;
                _scope = scope;
                _escape = escape;
                _budget = budget;
            }

            public List<string>? Unresolved { get; private set; }
            public List<string>? Platform { get; private set; }
            public List<string>? Unevaluated { get; private set; }

            public string ProcessAll()
            {
                var sb = new StringBuilder(_s.Length);
                _value = sb;
                while (_i < _s.Length) ProcessOne(sb);
                return sb.ToString();
            }

            private StringBuilder? _value;
            private int _marked;
            private string? _lastMarked;
            private List<(int At, string Name)>? _marks;

            /// <summary>The expanded value with the unresolved substitutions of the word's units marked where they stand.</summary>
            public string Partial(string value)
            {
                if (_marks is null) return value;
                var sb = new StringBuilder(value.Length + 16);
                var from = 0;
                foreach (var (at, name) in _marks)
                {
                    sb.Append(value, from, at - from).Append(ContainerLint.Model.PartialValue.Mark(name));
                    from = at;
                }
                return sb.Append(value, from, value.Length - from).ToString();
            }

            /// <summary>Processes one unit (a character, a quoted string, an escape, a substitution) into <paramref name="sb"/>.</summary>
            private void ProcessOne(StringBuilder sb)
            {
                var c = _s[_i];
                if (c == '\'')
                {
                    _i++;
                    while (_i < _s.Length && _s[_i] != '\'') sb.Append(_s[_i++]);
                    if (_i < _s.Length) _i++;
                }
                else if (c == '"')
                {
                    _i++;
                    while (_i < _s.Length && _s[_i] != '"')
                    {
                        var d = _s[_i];
                        if (d == _escape && _i + 1 < _s.Length && (_s[_i + 1] == '"' || _s[_i + 1] == '$' || _s[_i + 1] == _escape))
                        {
                            sb.Append(_s[_i + 1]);
                            _i += 2;
                        }
                        else if (d == '$') Dollar(sb);
                        else
                        {
                            sb.Append(d);
                            _i++;
                        }
                    }
                    if (_i < _s.Length) _i++;
                }
                else if (c == _escape)
                {
                    if (_i + 1 < _s.Length) sb.Append(_s[_i + 1]);
                    _i += 2;
                }
                else if (c == '$') Dollar(sb);
                else
                {
                    sb.Append(c);
                    _i++;
                }
            }

            private void Dollar(StringBuilder sb)
            {
                var marked = _marked;
                Substitute(sb);
                // A substitution left unresolved adds nothing for the variable: its mark goes where it stands in the value
                // (not for one in the default word of another, which is read into a builder of its own).
                if (_marked != marked && ReferenceEquals(sb, _value)) (_marks ??= new List<(int, string)>()).Add((sb.Length, _lastMarked!));
            }

            private void Substitute(StringBuilder sb)
            {
                _i++; // '$'
                if (_i >= _s.Length)
                {
                    sb.Append('$');
                    return;
                }
                var c = _s[_i];
                if (c == '{')
                {
                    _i++;
                    Braced(sb);
                    return;
                }
                if (IsNameStart(c))
                {
                    var start = _i;
                    while (_i < _s.Length && IsNameChar(_s[_i])) _i++;
                    Append(sb, _s.Substring(start, _i - start));
                    return;
                }
                // BuildKit's processName: all the digits of $12, and one special parameter ($$, $@, $#, ...), a name no ARG or
                // ENV gives a value to, so it expands to nothing (audit 65 U5: VOLUME /d$${ is /d{, not an unterminated ${).
                if (c >= '0' && c <= '9')
                {
                    var digits = _i;
                    while (_i < _s.Length && _s[_i] >= '0' && _s[_i] <= '9') _i++;
                    Append(sb, _s.Substring(digits, _i - digits));
                    return;
                }
                if (IsSpecialParameter(c))
                {
                    _i++;
                    return;
                }
                sb.Append('$');
            }

            private void Braced(StringBuilder sb)
            {
                var start = _i;
                while (_i < _s.Length && IsNameChar(_s[_i])) _i++;
                // ${$}, ${@:-root}: a special parameter is a name of its own (audit 69 V69-3).
                if (_i == start && _i < _s.Length && IsSpecialParameter(_s[_i])) _i++;
                var name = _s.Substring(start, _i - start);
                if (_i >= _s.Length)
                {
                    // Unterminated ${: BuildKit fails the build; the value is unknown.
                    MarkUnresolved(name.Length > 0 ? name : "${");
                    return;
                }
                var op = _s[_i];
                if (op == '}')
                {
                    _i++;
                    Append(sb, name);
                    return;
                }
                var colon = false;
                if (op == ':')
                {
                    colon = true;
                    _i++;
                    op = _i < _s.Length ? _s[_i] : '}';
                }
                string modifier;
                if (op == '#' || op == '%' || op == '/')
                {
                    _i++;
                    modifier = op.ToString();
                    if (_i < _s.Length && _s[_i] == op)
                    {
                        modifier += op;
                        _i++;
                    }
                }
                else if (op == '-' || op == '+' || op == '?')
                {
                    _i++;
                    modifier = op.ToString();
                }
                else
                {
                    // ${X:...} with an unknown operator: skip to the closing brace, value unknown.
                    SkipWord();
                    MarkUnresolved(name);
                    return;
                }

                if (_nesting >= MaxNesting)
                {
                    SkipWord();
                    MarkUnresolved(name);
                    return;
                }
                _nesting++;
                var wordStart = _i;
                var word = ReadWord(out var wordUnresolved);
                _nesting--;
                var state = Lookup(sb, name, out var value);
                var isSet = state == VariableState.Set;
                var isSetNonEmpty = isSet && value.Length > 0;
                if (state == VariableState.Unknown)
                {
                    MarkUnresolved(name);
                    // The word may be the value too (with '-' when the variable is empty or unset, with '+' when it is set): its
                    // unknown variables are reasons as well (audit 65 U5: ENV Y=${Y:-$B} over an unknown Y depends on B).
                    if (modifier is "-" or "+" && wordUnresolved is not null)
                        foreach (var variable in wordUnresolved)
                            if (!Unresolved!.Contains(variable)) Unresolved.Add(variable);
                    return;
                }
                if (state == VariableState.Platform)
                {
                    // Whatever the operator makes of it, it depends on the platform (TARGETVARIANT may even be empty).
                    sb.Append(ContainerLint.Model.PartialValue.Mark(name));
                    AddPlatform(name);
                    return;
                }
                switch (modifier)
                {
                    case "-":
                        if (colon ? isSetNonEmpty : isSet) sb.Append(value);
                        else AppendWord(sb, word, wordUnresolved);
                        return;
                    case "+":
                        if (colon ? isSetNonEmpty : isSet) AppendWord(sb, word, wordUnresolved);
                        else if (isSet || state == VariableState.Absent) { /* set but empty with ':+' gives "", as a variable that is certainly unset does */ }
                        else MarkUnresolved(name);
                        return;
                    case "?":
                        if (colon ? isSetNonEmpty : isSet) sb.Append(value);
                        else MarkUnresolved(name);
                        return;
                }

                // Pattern operators. Nothing is left of nothing. A pattern with an escape, or one the linter cannot know, makes the
                // value unknown.
                if (state == VariableState.Absent) return;
                // BuildKit keeps a pattern's escapes for the pattern to read (\/, \}, \*): the word as written, not as this lexer
                // unescapes it (null: the word has no escape, so the two are the same; empty: neither can be known here).
                if (!isSet)
                {
                    MarkUnresolved(name);
                    return;
                }
                // X has a value; the pattern's variables do not (S98-8: the message named X as having none).
                if (wordUnresolved is not null)
                {
                    foreach (var variable in wordUnresolved) MarkUnresolved(variable);
                    return;
                }
                var rawPattern = RawPattern(wordStart, replacing: modifier[0] == '/');
                if (rawPattern is { Length: 0 })
                {
                    MarkUnevaluated(name);
                    return;
                }
                var patternWord = rawPattern ?? word;
                // lex.go decides '%%' and '##' from the pattern as processStopOn hands it on, quotes gone and variables expanded:
                // ${X%"%x"} and ${X#$P} with P=#*/ are the longest match of what follows (audit 98 S98-5).
                if (modifier is "%" or "#" && patternWord.Length > 0 && patternWord[0] == modifier[0])
                {
                    modifier += modifier;
                    patternWord = patternWord.Substring(1);
                }
                string? result;
                switch (modifier)
                {
                    case "#":
                    case "##":
                        result = ShellPattern.TrimPrefix(value, patternWord, longest: modifier.Length == 2);
                        break;
                    case "%":
                    case "%%":
                        result = ShellPattern.TrimSuffix(value, patternWord, longest: modifier.Length == 2);
                        break;
                    default:
                        // The pattern ends at the first '/' not escaped (by the file's escape, which processStopOn reads).
                        var slash = -1;
                        for (var k = 0; k < patternWord.Length && slash < 0; k++)
                        {
                            if (rawPattern is not null && patternWord[k] == _escape) k++;
                            else if (patternWord[k] == '/') slash = k;
                        }
                        var pattern = slash >= 0 ? patternWord.Substring(0, slash) : patternWord;
                        var replacement = slash >= 0 ? patternWord.Substring(slash + 1) : string.Empty;
                        result = ShellPattern.Replace(value, pattern, replacement, all: modifier == "//");
                        break;
                }
                if (result is null) MarkUnevaluated(name);
                else sb.Append(result);
            }


            /// <summary>
            /// The word of a pattern operator that started at <paramref name="start"/> as BuildKit's lexer hands it to the pattern,
            /// escapes kept: null when it has no escape (the expanded word is the same); empty when it has one besides a variable, or
            /// (for <c>/</c>, whose pattern ends at a <c>/</c> outside quotes) a quote, or the file's escape is not the backslash (the
            /// pattern reads backslashes whatever the escape), which are not followed here. Quotes go, as processStopOn removes
            /// them; in double quotes a backslash before anything but <c>"</c>, <c>$</c> or itself is written twice, as
            /// processDoubleQuote writes it with raw escapes (audit 93 M93-7: <c>${F%"\.tar.gz"}</c> trims a literal backslash and
            /// <c>.tar.gz</c>, which BuildKit builds; the value was taken for unknown).
            /// </summary>
            private string? RawPattern(int start, bool replacing)
            {
                var end = _i > start && _i <= _s.Length && _s[_i - 1] == '}' ? _i - 1 : _i;
                if (_s.IndexOf(_escape, start, end - start) < 0) return null;
                if (_s.IndexOf('$', start, end - start) >= 0) return string.Empty;
                var quoted = _s.IndexOfAny(Quotes, start, end - start) >= 0;
                if (!quoted) return _s.Substring(start, end - start);
                if (replacing) return string.Empty;
                // The file's escape (a backtick with `# escape=``) is kept as written and stays a character of the pattern, which
                // reads only backslashes as escapes (audit 98 S98-6).
                var raw = new StringBuilder(end - start + 4);
                for (var k = start; k < end; k++)
                {
                    var c = _s[k];
                    if (c == _escape && k + 1 < end) raw.Append(c).Append(_s[++k]);
                    else if (c == '\'')
                    {
                        var close = _s.IndexOf('\'', k + 1, end - k - 1);
                        if (close < 0) return string.Empty;
                        raw.Append(_s, k + 1, close - k - 1);
                        k = close;
                    }
                    else if (c == '"')
                    {
                        for (k++; k < end && _s[k] != '"'; k++)
                        {
                            if (_s[k] != _escape) raw.Append(_s[k]);
                            else if (k + 1 < end && (_s[k + 1] == '"' || _s[k + 1] == _escape)) raw.Append(_escape).Append(_s[++k]);
                            else raw.Append(_escape).Append(_escape);
                        }
                        if (k >= end) return string.Empty;
                    }
                    else raw.Append(c);
                }
                return raw.ToString();
            }

            private static readonly char[] Quotes = { '\'', '"' };

            /// <summary>Reads the word of a <c>${X op word}</c> up to its closing brace, expanded.</summary>
            private string ReadWord(out List<string>? unresolved)
            {
                var saved = Unresolved;
                Unresolved = null;
                var sb = new StringBuilder();
                while (_i < _s.Length && _s[_i] != '}') ProcessOne(sb);
                if (_i < _s.Length) _i++;
                unresolved = Unresolved;
                Unresolved = saved;
                return sb.ToString();
            }

            private void SkipWord()
            {
                var depth = 0;
                while (_i < _s.Length)
                {
                    var c = _s[_i++];
                    if (c == '{') depth++;
                    else if (c == '}' && depth-- == 0) return;
                }
            }

            private void AppendWord(StringBuilder sb, string word, List<string>? wordUnresolved)
            {
                sb.Append(word);
                if (wordUnresolved is not null)
                    foreach (var v in wordUnresolved) MarkUnresolved(v);
            }

            /// <summary>
            /// The variable's value, or Unknown when it would make the word longer than <see cref="MaxLength"/>
            /// (<c>ENV A=${A}${A}</c> forty times over would double it to a terabyte, audit 26) or the file's substitutions
            /// copy more than their <see cref="ExpansionBudget"/> (twenty thousand variables given one 64K value, audit 29).
            /// </summary>
            private VariableState Lookup(StringBuilder sb, string name, out string value)
            {
                if (IsSpecialName(name))
                {
                    value = string.Empty;
                    return VariableState.Absent;
                }
                var state = _scope.Lookup(name, out value);
                if (state is VariableState.Unset or VariableState.Absent || value.Length == 0) return state;
                return sb.Length + value.Length > MaxLength || (_budget is not null && !_budget.TrySpend(value.Length)) ? VariableState.Unknown : state;
            }

            private void Append(StringBuilder sb, string name)
            {
                var state = Lookup(sb, name, out var value);
                // ${$}, a variable nothing sets: nothing, for certain.
                if (state == VariableState.Absent) return;
                if (state == VariableState.Set) sb.Append(value);
                else if (state == VariableState.Platform)
                {
                    // The known parts and the marked platform parts, as they stand in the value.
                    sb.Append(value);
                    var at = 0;
                    while ((at = value.IndexOf(ContainerLint.Model.PartialValue.MarkStart, at)) >= 0)
                    {
                        var end = value.IndexOf(ContainerLint.Model.PartialValue.MarkEnd, at);
                        if (end < 0) break;
                        AddPlatform(value.Substring(at + 1, end - at - 1));
                        at = end + 1;
                    }
                }
                else MarkUnresolved(name);
            }

            private void AddPlatform(string name)
            {
                Platform ??= new List<string>();
                if (!Platform.Contains(name)) Platform.Add(name);
            }

            private void MarkUnresolved(string name)
            {
                _marked++;
                _lastMarked = name;
                Unresolved ??= new List<string>();
                if (!Unresolved.Contains(name)) Unresolved.Add(name);
            }

            /// <summary>A variable with a value the linter knows, made unknown by a pattern operator it does not evaluate.</summary>
            private void MarkUnevaluated(string name)
            {
                MarkUnresolved(name);
                Unevaluated ??= new List<string>();
                if (!Unevaluated.Contains(name)) Unevaluated.Add(name);
            }

            private static bool IsSpecialParameter(char c) => ContainerLint.Dockerfiles.Syntax.SubstitutionSyntax.IsSpecialParameter(c);

            private static bool IsSpecialName(string name) => name.Length == 1 && IsSpecialParameter(name[0]);

            private static bool IsNameStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            private static bool IsNameChar(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
        }
    }
}
