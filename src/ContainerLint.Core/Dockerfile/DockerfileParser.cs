using System;
using System.Collections.Generic;
using ContainerLint.Dockerfiles.Syntax;

namespace ContainerLint.Dockerfiles
{
    /// <summary>
    /// Parses a Dockerfile the way BuildKit's parser (moby/buildkit frontend/dockerfile/parser) reads it: parser
    /// directives at the top, continuation lines (skipping comment and blank lines inside), heredocs after the
    /// instruction line, exec (JSON) and shell forms, flags, <c>ONBUILD</c>. Parsing stops at the first syntax error.
    /// Linear in the file size; never throws on any input.
    /// </summary>
    public static class DockerfileParser
    {
        public static DockerfileDocument Parse(string text, string path = "Dockerfile")
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            return new Parser(text, path ?? string.Empty).Run();
        }

        private sealed class Parser
        {
            private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
            {
                "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
                "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
            };

            // Instructions whose arguments may be a JSON array (BuildKit's parseMaybeJSON / parseMaybeJSONToList / parseJSON).
            private static readonly HashSet<string> JsonCapable = new HashSet<string>(StringComparer.Ordinal)
            {
                "RUN", "CMD", "ENTRYPOINT", "SHELL", "VOLUME", "COPY", "ADD",
            };

            // Instructions that BuildKit rejects without arguments and that the model needs.
            private static readonly HashSet<string> NeedArguments = new HashSet<string>(StringComparer.Ordinal)
            {
                "FROM", "USER", "ARG", "ENV", "ONBUILD", "EXPOSE", "VOLUME", "WORKDIR", "SHELL", "COPY", "ADD", "LABEL",
                "STOPSIGNAL", "MAINTAINER",
            };

            private static readonly string[] KnownDirectives = { "syntax", "escape", "check" };

            private readonly DockerfileDocumentContext _context;
            private readonly string _text;
            private readonly int _length;
            private readonly List<ParserDirective> _directives = new List<ParserDirective>();
            private readonly List<Instruction> _instructions = new List<Instruction>();
            private readonly List<DockerfileComment> _comments = new List<DockerfileComment>();
            private readonly List<ParseError> _errors = new List<ParseError>();
            private readonly List<ParseError> _substitutionErrors = new List<ParseError>();
            private readonly List<ParseError> _triggerErrors = new List<ParseError>();
            // Whether the ONBUILD trigger being read has its error already.
            private bool _triggerRefused;
            private bool _seenFrom;

            public Parser(string text, string path)
            {
                _text = text;
                _length = text.Length;
                _context = new DockerfileDocumentContext(path, text);
            }

            public DockerfileDocument Run()
            {
                if (LooksBinary(_text))
                    Error("the file is not text (binary content)", 0, 0);
                else if (OverlongLine(_text, out var lineEnd) is var lineStart && lineStart >= 0)
                    Error("a line of more than " + MaxLineBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        + " bytes: docker build refuses the file (\"dockerfile line greater than max allowed size of 65535\")", lineStart,
                        // The line's CR (a CRLF file) is its line break, not one of its columns (audit 146 F146-3).
                        lineEnd > lineStart && _text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd);
                else
                    ParseLines();

                if (_errors.Count == 0 && _instructions.Count == 0)
                    Error("file with no instructions", 0, 0);
                else if (_errors.Count == 0 && !_seenFrom)
                    Error("no FROM instruction: the Dockerfile has no stage to build", _instructions[0].KeywordSpan);

                return new DockerfileDocument(_context.Path, _text, _context.EscapeChar, _directives, _instructions, _comments, _errors, _substitutionErrors, _triggerErrors);
            }

            private void ParseLines()
            {
                var pos = _length > 0 && _text[0] == '\uFEFF' ? 1 : 0;
                var inDirectives = true;
                var commentBlockStart = -1;
                while (pos < _length && _errors.Count == 0)
                {
                    var lineStart = pos;
                    ReadLine(pos, out var contentEnd, out var next);
                    var content = SkipBlanks(lineStart, contentEnd);
                    if (inDirectives)
                    {
                        if (content < contentEnd && _text[content] == '#' && TryDirective(content, contentEnd))
                        {
                            pos = next;
                            continue;
                        }
                        inDirectives = false;
                    }
                    if (content == contentEnd)
                    {
                        commentBlockStart = -1;
                        pos = next;
                        continue;
                    }
                    if (_text[content] == '#')
                    {
                        AddComment(content, contentEnd);
                        if (commentBlockStart < 0) commentBlockStart = lineStart;
                        pos = next;
                        continue;
                    }
                    pos = ParseInstructionAt(lineStart, content, contentEnd, next, commentBlockStart);
                    commentBlockStart = -1;
                }
            }

            /// <summary>Reads one instruction whose first line starts at <paramref name="lineStart"/>; returns where the next line starts.</summary>
            private int ParseInstructionAt(int lineStart, int content, int contentEnd, int next, int commentBlockStart)
            {
                var lastEnd = TrimBlanksEnd(content, contentEnd);
                var pos = next;
                List<DockerfileComment>? innerComments = null;
                MappedText line;
                if (!EndsWithEscape(content, contentEnd, out _))
                {
                    line = MappedText.FromFile(_text, content, contentEnd - content);
                    return FinishInstruction(line, lineStart, content, lastEnd, pos, commentBlockStart, innerComments);
                }
                var builder = new MappedTextBuilder(Math.Max(64, (contentEnd - content) * 4));
                var continued = AppendSegment(builder, content, contentEnd);
                while (continued && pos < _length)
                {
                    var ls = pos;
                    ReadLine(pos, out var le, out var nx);
                    pos = nx;
                    var cs = SkipBlanks(ls, le);
                    if (cs == le) continue; // blank line inside a continued instruction: skipped (BuildKit warns)
                    if (_text[cs] == '#')
                    {
                        (innerComments ??= new List<DockerfileComment>()).Add(AddComment(cs, le));
                        continue;
                    }
                    continued = AppendSegment(builder, ls, le);
                    lastEnd = TrimBlanksEnd(ls, le);
                }

                line = builder.Build();
                return FinishInstruction(line, lineStart, content, lastEnd, pos, commentBlockStart, innerComments);
            }

            private int FinishInstruction(MappedText line, int lineStart, int content, int lastEnd, int pos, int commentBlockStart,
                List<DockerfileComment>? innerComments)
            {
                var instruction = ParseInstruction(line, 0, false);
                if (instruction is null) return pos;

                if (!_seenFrom && instruction.Keyword != "FROM" && instruction.Keyword != "ARG")
                {
                    Error(instruction.Keyword + " before the first FROM: no build stage in current context", instruction.KeywordSpan);
                    return pos;
                }
                if (instruction.Keyword == "FROM") _seenFrom = true;

                var owner = instruction.SubInstruction ?? instruction;
                foreach (var heredoc in owner.Heredocs)
                {
                    if (!ReadHeredocBody(heredoc, ref pos, out var terminatorEnd))
                    {
                        Error("unterminated heredoc " + heredoc.Marker.Text + " (no line '" + heredoc.Delimiter + "' follows)", heredoc.Marker.Span);
                        return pos;
                    }
                    lastEnd = terminatorEnd;
                }

                instruction.Span = _context.Span(content, Math.Max(content, lastEnd));
                if (instruction.SubInstruction is { } sub) sub.Span = _context.Span(sub.KeywordSpan.StartOffset, Math.Max(content, lastEnd));
                instruction.LineStartOffset = lineStart;
                instruction.NextLineOffset = pos;
                instruction.InsertionOffset = commentBlockStart >= 0 ? commentBlockStart : lineStart;
                if (innerComments is not null)
                    foreach (var c in innerComments) c.EnclosingInstruction = instruction;
                _instructions.Add(instruction);
                return pos;
            }

            private Instruction? ParseInstruction(MappedText line, int from, bool nested)
            {
                var t = line.Text;
                var n = t.Length;
                var i = from;
                while (i < n && WordSplitter.IsBlank(t[i])) i++;
                var keywordStart = i;
                while (i < n && !WordSplitter.IsBlank(t[i])) i++;
                var keywordEnd = i;
                if (keywordEnd == keywordStart)
                {
                    Error("ONBUILD needs an instruction to run", _context.SpanOf(line, Math.Max(0, from - 1), from));
                    return null;
                }
                var written = t.Substring(keywordStart, keywordEnd - keywordStart);
                var keyword = written.ToUpperInvariant();
                if (!Keywords.Contains(keyword))
                {
                    var message = IsWord(written)
                        ? "unknown instruction: " + written
                        : "not an instruction: '" + Shorten(t.Substring(keywordStart)) + "'";
                    // BuildKit's ONBUILD takes any word as its trigger's keyword; the build that runs it refuses it (audit 69 V69-6).
                    if (Refuse(nested, message, _context.SpanOf(line, keywordStart, keywordEnd))) return null;
                }
                while (i < n && WordSplitter.IsBlank(t[i])) i++;

                var flags = keyword == "ONBUILD" ? (IReadOnlyList<InstructionFlag>)Array.Empty<InstructionFlag>() : ReadFlags(line, ref i);
                var argsEnd = n;
                while (argsEnd > i && WordSplitter.IsBlank(t[argsEnd - 1])) argsEnd--;
                var instruction = new Instruction(_context, line, keyword, keywordStart, keywordEnd, flags, i, argsEnd);

                if (i == argsEnd && NeedArguments.Contains(keyword))
                {
                    Error(keyword + " requires at least one argument", instruction.KeywordSpan);
                    return null;
                }

                if (keyword == "ONBUILD")
                {
                    if (nested)
                    {
                        Error("ONBUILD ONBUILD is not allowed", instruction.KeywordSpan);
                        return null;
                    }
                    _triggerRefused = false;
                    var sub = ParseInstruction(line, i, true);
                    if (sub is null) return null;
                    if (sub.Keyword == "ONBUILD" || sub.Keyword == "FROM" || sub.Keyword == "MAINTAINER")
                    {
                        Error(sub.Keyword + " isn't allowed as an ONBUILD trigger", sub.KeywordSpan);
                        return null;
                    }
                    instruction.SubInstruction = sub;
                    return instruction;
                }

                if (JsonCapable.Contains(keyword) && i < argsEnd && t[i] == '['
                    && JsonArrayReader.TryRead(_context, line, i, argsEnd, out var items))
                    instruction.JsonArguments = items;

                if (keyword == "SHELL" && !instruction.IsJsonForm)
                {
                    Error("SHELL requires the arguments to be in JSON form (an unterminated or invalid JSON array)", instruction.ArgumentsSpan);
                    return null;
                }

                if (keyword == "FROM")
                {
                    var words = instruction.Words;
                    if (!(words.Count == 1 || (words.Count == 3 && string.Equals(words[1].Text, "AS", StringComparison.OrdinalIgnoreCase))))
                    {
                        Error("FROM requires either one or three arguments (FROM image [AS name])", instruction.ArgumentsSpan);
                        return null;
                    }
                    // BuildKit's parseBuildStageName: ^[a-z][a-z0-9-_.]*$ once lowercased, not expanded (audit 125 C125-10).
                    if (words.Count == 3 && !IsStageName(words[2].Text))
                    {
                        Error("'" + Shorten(words[2].Text) + "' is not a stage name: it must start with a letter and hold only letters, digits, '-', '_' and '.'; docker build refuses it", words[2].Span);
                        return null;
                    }
                }

                // USER is not checked for one word: BuildKit's parser reads its arguments as one string (the dispatch table's
                // parseString), so `USER root root` is the user "root root", which the build takes and no image has (audit 69
                // V69-4, the question audit 26 R26-10 had left open). An ONBUILD trigger is kept as text, and checked by the build
                // that runs it (Refuse).

                // BuildKit's flags that take a value take it after '=': `RUN --security insecure` stops the build ("missing a
                // value on flag"), and the step is not what it looks like (audit 61 Y3).
                foreach (var flag in flags)
                    if (flag.Value is null && ValueFlags.TryGetValue(keyword, out var valueFlags) && Array.IndexOf(valueFlags, flag.Name.ToLowerInvariant()) >= 0
                        && Refuse(nested, "--" + flag.Name + " takes a value written after '=' (--" + flag.Name + "=...); docker build refuses the flag without one", flag.Span))
                        return null;

                // ENV NAME=value ..., or the legacy ENV NAME value (LABEL the same): BuildKit's parseNameVal refuses a name alone,
                // and a word without '=' after a first NAME=value (audit 61 Y3).
                if (keyword is "ENV" or "LABEL" && instruction.Words is { Count: > 0 } pairs)
                {
                    if (pairs[0].Text.IndexOf('=') < 0 && pairs.Count == 1
                        && Refuse(nested, keyword + " needs a value: " + keyword + " NAME=value (or " + keyword + " NAME value); docker build refuses a name alone", instruction.ArgumentsSpan))
                        return null;
                    if (pairs[0].Text.IndexOf('=') >= 0)
                        foreach (var word in pairs)
                            if (word.Text.IndexOf('=') < 0
                                && Refuse(nested, "'" + Shorten(word.Text) + "' is not NAME=value: after a first NAME=value, docker build refuses a word without '=' in " + keyword, word.Span))
                                return null;
                }

                // A ${...} BuildKit's lexer refuses stops the build at that instruction when it builds its stage (audit 61 Y2: ${U:-root,
                // ${}, ${U:x}). Read as BuildKit reads the arguments: the whole text for those it takes as one string (USER,
                // WORKDIR, STOPSIGNAL; the value of the legacy ENV NAME value and LABEL NAME value), else word by word (audit 63 W1:
                // ENV JAVA_OPTS ${JAVA_OPTS:--Xmx512m -Xms256m}). In a trigger, where a build runs it (audit 65 U4).
                // The flags first: BuildKit expands --chown before the paths.
                var flagRefused = keyword is "COPY" or "ADD" && AddFlagSubstitutionError(instruction, nested);
                if (!flagRefused && !instruction.IsJsonForm && ExpandedByBuildKit.Contains(keyword) && t.IndexOf("${", i, argsEnd - i, StringComparison.Ordinal) >= 0)
                    AddSubstitutionError(instruction, nested);

                if ((keyword == "RUN" || keyword == "COPY" || keyword == "ADD") && !instruction.IsJsonForm
                    && t.IndexOf("<<", i, argsEnd - i, StringComparison.Ordinal) >= 0)
                    instruction.Heredocs = FindHeredocs(instruction);

                return instruction;
            }

            private static bool IsStageName(string name)
            {
                if (name.Length == 0 || !(name[0] is >= 'a' and <= 'z' or >= 'A' and <= 'Z')) return false;
                foreach (var c in name)
                    if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.')) return false;
                return true;
            }

            /// <summary>
            /// Arguments BuildKit refuses: a syntax error of the file, which ends the instruction's parse (true). In an ONBUILD
            /// trigger (<paramref name="nested"/>), which BuildKit keeps as text and parses when a build FROM the image runs it,
            /// the trigger's first <see cref="DockerfileDocument.TriggerErrors"/> entry; the trigger is read on (its heredocs
            /// are part of it).
            /// </summary>
            private bool Refuse(bool nested, string message, Text.SourceSpan span)
            {
                if (!nested)
                {
                    Error(message, span);
                    return true;
                }
                if (!_triggerRefused) _triggerErrors.Add(new ParseError(message, span));
                _triggerRefused = true;
                return false;
            }

            private void AddSubstitutionError(Instruction instruction, bool nested)
            {
                if (nested && _triggerRefused) return;
                var errors = nested ? _triggerErrors : _substitutionErrors;
                var words = instruction.Words;
                var keyword = instruction.Keyword;
                var asOneString = keyword is "USER" or "WORKDIR" or "STOPSIGNAL";
                var legacyPair = keyword is "ENV" or "LABEL" && words.Count > 1 && words[0].Text.IndexOf('=') < 0;
                if (asOneString || legacyPair)
                {
                    var start = asOneString ? instruction.ArgumentsStartIndex : words[1].StartIndex;
                    var text = instruction.Line.Text.Substring(start, instruction.ArgumentsEndIndex - start);
                    if (SubstitutionSyntax.FirstError(text, _context.EscapeChar, out var from, out var to) is { } error)
                        errors.Add(new ParseError(error, _context.SpanOf(instruction.Line, start + from, start + Math.Max(to, from + 2))));
                    return;
                }
                foreach (var word in words)
                    if (SubstitutionSyntax.FirstError(word.Text, _context.EscapeChar, out var from, out var to) is { } error)
                    {
                        errors.Add(new ParseError(error, _context.SpanOf(instruction.Line, word.StartIndex + from, word.StartIndex + Math.Max(to, from + 2))));
                        return;
                    }
            }

            /// <summary>
            /// The same for the flags BuildKit expands that the rules read: <c>--chown</c> and <c>--chmod</c> of COPY and ADD
            /// (<c>COPY --chmod=${M#\.}</c>, audit 83 F83-2), also in the JSON form, whose flags are written as in the shell form.
            /// Whether it found one.
            /// </summary>
            private bool AddFlagSubstitutionError(Instruction instruction, bool nested)
            {
                if (nested && _triggerRefused) return false;
                foreach (var flag in instruction.Flags)
                    if (flag is { Name: "chown" or "chmod", Value: { } value, ValueStartIndex: >= 0 } && value.IndexOf("${", StringComparison.Ordinal) >= 0
                        && SubstitutionSyntax.FirstError(value, _context.EscapeChar, out var from, out var to) is { } error)
                    {
                        (nested ? _triggerErrors : _substitutionErrors).Add(
                            new ParseError(error, _context.SpanOf(instruction.Line, flag.ValueStartIndex + from, flag.ValueStartIndex + Math.Max(to, from + 2))));
                        return true;
                    }
                return false;
            }

            /// <summary>The flags of each instruction that take a value (BuildKit's dockerfile instructions parser; boolean ones such as --link do not).</summary>
            private static readonly Dictionary<string, string[]> ValueFlags = new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["RUN"] = new[] { "mount", "network", "security", "device" },
                ["COPY"] = new[] { "from", "chown", "chmod", "exclude" },
                ["ADD"] = new[] { "chown", "chmod", "checksum", "exclude" },
                ["FROM"] = new[] { "platform" },
                ["HEALTHCHECK"] = new[] { "interval", "timeout", "start-period", "start-interval", "retries" },
            };

            /// <summary>The instructions whose arguments BuildKit expands itself (dockerfile2llb: the others go to the shell or are taken as written).</summary>
            private static readonly HashSet<string> ExpandedByBuildKit = new HashSet<string>(StringComparer.Ordinal)
            {
                "ADD", "ARG", "COPY", "ENV", "EXPOSE", "FROM", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
            };

            private IReadOnlyList<InstructionFlag> ReadFlags(MappedText line, ref int i)
            {
                var t = line.Text;
                var n = t.Length;
                List<InstructionFlag>? flags = null;
                while (i + 1 < n && t[i] == '-' && t[i + 1] == '-')
                {
                    var start = i;
                    var quote = '\0';
                    while (i < n)
                    {
                        var c = t[i];
                        if (quote == '\0')
                        {
                            if (WordSplitter.IsBlank(c)) break;
                            if (c == '"' || c == '\'') quote = c;
                        }
                        else if (c == quote) quote = '\0';
                        i++;
                    }
                    var word = t.Substring(start, i - start);
                    while (i < n && WordSplitter.IsBlank(t[i])) i++;
                    if (word == "--") break;
                    var eq = word.IndexOf('=');
                    var name = eq < 0 ? word.Substring(2) : word.Substring(2, eq - 2);
                    var value = eq < 0 ? null : word.Substring(eq + 1);
                    (flags ??= new List<InstructionFlag>()).Add(new InstructionFlag(name, value, _context.SpanOf(line, start, start + word.Length), t.Substring(start, i - start),
                        eq < 0 ? -1 : start + eq + 1));
                }
                return flags ?? (IReadOnlyList<InstructionFlag>)Array.Empty<InstructionFlag>();
            }

            /// <summary>BuildKit's heredoc words: <c>[fd]&lt;&lt;[-]NAME</c>, <c>&lt;&lt;"NAME"</c>, <c>&lt;&lt;'NAME'</c>.</summary>
            private static IReadOnlyList<Heredoc> FindHeredocs(Instruction instruction)
            {
                List<Heredoc>? heredocs = null;
                foreach (var word in instruction.Words)
                {
                    var w = word.Text;
                    var j = 0;
                    while (j < w.Length && w[j] >= '0' && w[j] <= '9') j++;
                    if (j + 2 > w.Length || w[j] != '<' || w[j + 1] != '<') continue;
                    var fd = j > 0 && int.TryParse(w.Substring(0, j), out var parsed) ? parsed : 0;
                    j += 2;
                    var strip = j < w.Length && w[j] == '-';
                    if (strip) j++;
                    var rest = w.Substring(j);
                    if (rest.Length == 0 || rest.IndexOf('<') >= 0) continue;
                    var quoted = false;
                    var name = new System.Text.StringBuilder(rest.Length);
                    var quote = '\0';
                    foreach (var c in rest)
                    {
                        if (quote != '\0')
                        {
                            if (c == quote) quote = '\0';
                            else name.Append(c);
                        }
                        else if (c == '"' || c == '\'')
                        {
                            quote = c;
                            quoted = true;
                        }
                        else if (c == instruction.Context.EscapeChar) quoted = true;
                        else name.Append(c);
                    }
                    if (name.Length == 0) continue;
                    (heredocs ??= new List<Heredoc>()).Add(new Heredoc(name.ToString(), strip, quoted, fd, word));
                }
                return heredocs ?? (IReadOnlyList<Heredoc>)Array.Empty<Heredoc>();
            }

            private bool ReadHeredocBody(Heredoc heredoc, ref int pos, out int terminatorEnd)
            {
                MappedTextBuilder? body = null;
                var bodyStart = pos;
                var delimiter = heredoc.Delimiter;
                var plainLines = !heredoc.StripTabs; // every line ends with \n: the body is the file text as it is
                while (pos < _length)
                {
                    var ls = pos;
                    ReadLine(pos, out var le, out var next);
                    var cs = ls;
                    if (heredoc.StripTabs)
                        while (cs < le && _text[cs] == '\t') cs++;
                    if (le - cs == delimiter.Length && string.CompareOrdinal(_text, cs, delimiter, 0, delimiter.Length) == 0)
                    {
                        heredoc.Body = body is not null ? body.Build() : MappedText.FromFile(_text, bodyStart, ls - bodyStart);
                        heredoc.BodySpan = _context.Span(bodyStart, Math.Max(bodyStart, ls));
                        heredoc.TerminatorSpan = _context.Span(ls, le);
                        terminatorEnd = le;
                        pos = next;
                        return true;
                    }
                    if (plainLines && (next - le != 1 || _text[le] != '\n'))
                    {
                        // A \r\n (or missing) line break: build the body line by line from here.
                        plainLines = false;
                        body = new MappedTextBuilder(Math.Max(64, le - bodyStart + 16));
                        body.AppendFromFile(_text, bodyStart, ls - bodyStart);
                    }
                    if (!plainLines)
                    {
                        body ??= new MappedTextBuilder();
                        body.AppendFromFile(_text, cs, le - cs);
                        body.AppendSynthetic('\n');
                    }
                    pos = next;
                }
                terminatorEnd = _length;
                return false;
            }

            private bool TryDirective(int start, int end)
            {
                // BuildKit: ^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$ with a known name.
                var i = start + 1;
                while (i < end && (_text[i] == ' ' || _text[i] == '\t')) i++;
                var nameStart = i;
                if (i >= end || !IsAsciiLetter(_text[i])) return false;
                while (i < end && (IsAsciiLetter(_text[i]) || (_text[i] >= '0' && _text[i] <= '9'))) i++;
                var name = _text.Substring(nameStart, i - nameStart).ToLowerInvariant();
                while (i < end && (_text[i] == ' ' || _text[i] == '\t')) i++;
                if (i >= end || _text[i] != '=') return false;
                i++;
                while (i < end && (_text[i] == ' ' || _text[i] == '\t')) i++;
                var valueEnd = TrimBlanksEnd(i, end);
                if (valueEnd <= i) return false;
                if (Array.IndexOf(KnownDirectives, name) < 0) return false;
                var value = _text.Substring(i, valueEnd - i);
                var span = _context.Span(start, valueEnd);
                foreach (var d in _directives)
                    if (d.Name == name)
                    {
                        Error("only one " + name + " parser directive can be used", span);
                        return true;
                    }
                if (name == "escape")
                {
                    if (value != "\\" && value != "`")
                    {
                        Error("invalid escape token '" + value + "' (must be \\ or `)", span);
                        return true;
                    }
                    _context.EscapeChar = value[0];
                }
                _directives.Add(new ParserDirective(name, value, span));
                return true;
            }

            private DockerfileComment AddComment(int start, int end)
            {
                var comment = new DockerfileComment(_context, start, TrimBlanksEnd(start, end), _context.Lines.LineOf(start));
                _comments.Add(comment);
                return comment;
            }

            /// <summary>Appends a physical line to the logical line; true when it ends with the escape character (continued).</summary>
            private bool AppendSegment(MappedTextBuilder builder, int start, int end)
            {
                if (EndsWithEscape(start, end, out var escapeAt))
                {
                    builder.AppendFromFile(_text, start, escapeAt - start);
                    return true;
                }
                builder.AppendFromFile(_text, start, end - start);
                return false;
            }

            /// <summary>BuildKit: a line is continued when it matches <c>&lt;escape&gt;[ \t]*$</c>; the escape and what follows are dropped.</summary>
            private bool EndsWithEscape(int start, int end, out int escapeAt)
            {
                var j = end - 1;
                while (j >= start && (_text[j] == ' ' || _text[j] == '\t')) j--;
                escapeAt = j;
                return j >= start && _text[j] == _context.EscapeChar;
            }

            /// <summary>
            /// The line at <paramref name="pos"/>: its content ends at <paramref name="contentEnd"/>, before \n and the \r's before it.
            /// As BuildKit's parser reads lines (its scanLines ends a line at \n, and trimNewline drops every \r and \n at its end:
            /// <c>EOF\r\r\n</c> ends a heredoc, audit 107 A107-1), a \r elsewhere ends no line and is a blank inside one (audit 102
            /// F102-5: <c>RUN make\rUSER root</c> is one RUN).
            /// </summary>
            private void ReadLine(int pos, out int contentEnd, out int next)
            {
                var i = _text.IndexOf('\n', pos);
                next = i < 0 ? _length : i + 1;
                contentEnd = i < 0 ? _length : i;
                while (contentEnd > pos && _text[contentEnd - 1] == '\r') contentEnd--;
            }

            private static readonly char[] LineBreaks = { '\n', '\r' };

            // A byte order mark is skipped at the start of the file only (ParseLines), as BuildKit does: elsewhere it starts a word.
            private int SkipBlanks(int i, int end)
            {
                while (i < end && (_text[i] == ' ' || _text[i] == '\t' || _text[i] == '\f' || _text[i] == '\v' || _text[i] == '\r')) i++;
                return i;
            }

            private int TrimBlanksEnd(int start, int end)
            {
                while (end > start && (_text[end - 1] == ' ' || _text[end - 1] == '\t' || _text[end - 1] == '\f' || _text[end - 1] == '\v' || _text[end - 1] == '\r')) end--;
                return end;
            }

            private void Error(string message, int start, int end) => _errors.Add(new ParseError(message, _context.Span(start, end)));

            private void Error(string message, Text.SourceSpan span)
            {
                if (_errors.Count == 0) _errors.Add(new ParseError(message, span));
            }

            private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

            private static bool IsWord(string s)
            {
                foreach (var c in s)
                    if (!IsAsciiLetter(c) && c != '_' && c != '-' && !(c >= '0' && c <= '9')) return false;
                return s.Length > 0 && IsAsciiLetter(s[0]);
            }

            private static string Shorten(string s)
            {
                var nl = s.IndexOfAny(LineBreaks);
                if (nl >= 0) s = s.Substring(0, nl);
                return s.Length > 40 ? s.Substring(0, 40) + "…" : s;
            }

            /// <summary>NUL characters, or mostly control characters / decoding replacement characters: not a Dockerfile.</summary>
            // BuildKit reads a Dockerfile with a bufio.Scanner at its default 64 KiB limit: a line (up to its '\n', a '\r'
            // included) longer than this many UTF-8 bytes stops the build (frontend/dockerfile/parser/parser.go, audit 139 F139-1).
            private const int MaxLineBytes = 65535;

            /// <summary>Where the first line longer than <see cref="MaxLineBytes"/> starts (and ends), or -1.</summary>
            internal static int OverlongLine(string text, out int end)
            {
                end = -1;
                // A UTF-16 unit is at most 3 bytes (a surrogate pair is 4 for two): a shorter text has no such line.
                if (text.Length <= MaxLineBytes / 3) return -1;
                for (var start = 0; start < text.Length; start = end + 1)
                {
                    end = text.IndexOf('\n', start);
                    if (end < 0) end = text.Length;
                    if (end - start > MaxLineBytes / 3 && Utf8Length(text, start, end) > MaxLineBytes) return start;
                }
                return -1;
            }

            private static int Utf8Length(string text, int start, int end)
            {
                var bytes = 0;
                for (var i = start; i < end; i++)
                {
                    var c = text[i];
                    // U+FFFD is a byte the file's UTF-8 could not decode (a Latin-1 'é'): one byte to BuildKit, which reads bytes
                    // (audit 140 R140-4).
                    bytes += c < 0x80 || c == '\uFFFD' ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
                }
                return bytes;
            }

            internal static bool LooksBinary(string text)
            {
                if (text.IndexOf('\0') >= 0) return true;
                var limit = Math.Min(text.Length, 8192);
                var odd = 0;
                for (var i = 0; i < limit; i++)
                {
                    var c = text[i];
                    if ((c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != '\x1b') || c == '\uFFFD') odd++;
                }
                return limit > 0 && odd * 10 > limit;
            }
        }
    }
}
