using System;
using System.Collections.Generic;
using ContainerLint.Text;

namespace ContainerLint.Dockerfiles.Syntax
{
    /// <summary>
    /// One instruction. <see cref="Line"/> is the instruction as BuildKit reads it: its physical lines joined with the
    /// continuation escapes removed (comment and blank lines inside skipped); positions in it map back to the file.
    /// </summary>
    public sealed class Instruction
    {
        private IReadOnlyList<DockerfileWord>? _words;

        internal Instruction(DockerfileDocumentContext context, MappedText line, string keyword, int keywordStart, int keywordEnd,
            IReadOnlyList<InstructionFlag> flags, int argumentsStart, int argumentsEnd)
        {
            Context = context;
            Line = line;
            Keyword = keyword;
            KeywordStartIndex = keywordStart;
            KeywordEndIndex = keywordEnd;
            Flags = flags;
            ArgumentsStartIndex = argumentsStart;
            ArgumentsEndIndex = argumentsEnd;
        }

        internal DockerfileDocumentContext Context { get; }

        /// <summary>The joined logical line.</summary>
        public MappedText Line { get; }

        /// <summary>Upper-case keyword (<c>RUN</c>).</summary>
        public string Keyword { get; }

        /// <summary>The keyword as written.</summary>
        public string KeywordText => Line.Text.Substring(KeywordStartIndex, KeywordEndIndex - KeywordStartIndex);

        public SourceSpan KeywordSpan => _keywordSpan ??= Context.SpanOf(Line, KeywordStartIndex, KeywordEndIndex);

        private SourceSpan? _keywordSpan;

        /// <summary>From the keyword to the end of the instruction (continuations and heredoc bodies included).</summary>
        public SourceSpan Span { get; internal set; } = null!;

        public int StartLine => Span.StartLine;
        public int EndLine => Span.EndLine;

        /// <summary>Offset of the first character of the instruction's first line.</summary>
        public int LineStartOffset { get; internal set; }

        /// <summary>Offset just after the instruction's last line, its line break included (the text length at the end).</summary>
        public int NextLineOffset { get; internal set; }

        /// <summary>
        /// Where text inserted "before this instruction" goes: the start of the comment lines directly above it
        /// (they describe it), else the start of its line.
        /// </summary>
        public int InsertionOffset { get; internal set; }

        internal int KeywordStartIndex { get; }
        internal int KeywordEndIndex { get; }

        public IReadOnlyList<InstructionFlag> Flags { get; }

        /// <summary>Start/end of the arguments (after the flags, blanks trimmed) in <see cref="Line"/>.</summary>
        public int ArgumentsStartIndex { get; }
        public int ArgumentsEndIndex { get; }

        /// <summary>The arguments as written (after the flags), continuation escapes removed.</summary>
        public string ArgumentsText => Line.Text.Substring(ArgumentsStartIndex, ArgumentsEndIndex - ArgumentsStartIndex);

        public SourceSpan ArgumentsSpan => Context.SpanOf(Line, ArgumentsStartIndex, ArgumentsEndIndex);

        /// <summary>Exec form: the JSON array's strings; null for shell form.</summary>
        public IReadOnlyList<DockerfileWord>? JsonArguments { get; internal set; }

        public bool IsJsonForm => JsonArguments is not null;

        /// <summary>The arguments split into words as BuildKit does (blank-separated, quotes and escapes kept as written).</summary>
        public IReadOnlyList<DockerfileWord> Words =>
            _words ??= WordSplitter.Split(Context, Line, ArgumentsStartIndex, ArgumentsEndIndex);

        public IReadOnlyList<Heredoc> Heredocs { get; internal set; } = Array.Empty<Heredoc>();

        /// <summary>The instruction an <c>ONBUILD</c> carries.</summary>
        public Instruction? SubInstruction { get; internal set; }

        public InstructionFlag? FindFlag(string name)
        {
            foreach (var f in Flags)
                if (string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) return f;
            return null;
        }

        internal SourceSpan SpanOf(int start, int end) => Context.SpanOf(Line, start, end);

        public override string ToString() => Span + " " + Keyword + " " + ArgumentsText;
    }

    /// <summary>A <c>--name=value</c> flag (<c>--platform</c>, <c>--mount</c>, <c>--chown</c>…).</summary>
    public sealed class InstructionFlag
    {
        internal InstructionFlag(string name, string? value, SourceSpan span, string textWithBlanks, int valueStartIndex = -1)
        {
            Name = name;
            Value = value;
            Span = span;
            TextWithBlanks = textWithBlanks;
            ValueStartIndex = valueStartIndex;
        }

        /// <summary>Where <see cref="Value"/> starts in the instruction's logical line; -1 for a bare flag.</summary>
        internal int ValueStartIndex { get; }

        /// <summary>The name without the dashes.</summary>
        public string Name { get; }

        /// <summary>The value as written, or null for a bare <c>--flag</c>.</summary>
        public string? Value { get; }
        public SourceSpan Span { get; }

        /// <summary>The flag as written and the blanks after it, up to the next word: what removing the flag removes.</summary>
        public string TextWithBlanks { get; }
    }

    /// <summary>One word of an instruction: as written (shell form) or the decoded string (JSON form).</summary>
    public sealed class DockerfileWord
    {
        private readonly DockerfileDocumentContext _context;
        private readonly MappedText _line;
        private SourceSpan? _span;

        internal DockerfileWord(DockerfileDocumentContext context, MappedText line, string text, int startIndex, int endIndex, string? raw = null)
        {
            _context = context;
            _line = line;
            Text = text;
            StartIndex = startIndex;
            EndIndex = endIndex;
            Raw = raw ?? text;
        }

        /// <summary>Shell form: the word as written. JSON form: the decoded string.</summary>
        public string Text { get; }

        /// <summary>The source text of the word (a JSON string literal keeps its quotes and escapes).</summary>
        public string Raw { get; }

        public SourceSpan Span => _span ??= _context.SpanOf(_line, StartIndex, EndIndex);

        /// <summary>Range in the instruction's <see cref="Instruction.Line"/>.</summary>
        public int StartIndex { get; }
        public int EndIndex { get; }

        public override string ToString() => Text;
    }

    /// <summary>A heredoc (<c>&lt;&lt;EOF</c> … <c>EOF</c>) of a RUN, COPY or ADD.</summary>
    public sealed class Heredoc
    {
        internal Heredoc(string delimiter, bool stripTabs, bool isQuoted, int fileDescriptor, DockerfileWord marker)
        {
            Delimiter = delimiter;
            StripTabs = stripTabs;
            IsQuoted = isQuoted;
            FileDescriptor = fileDescriptor;
            Marker = marker;
        }

        public string Delimiter { get; }

        /// <summary><c>&lt;&lt;-</c>: leading tabs are removed from the body lines and the terminator.</summary>
        public bool StripTabs { get; }

        /// <summary><c>&lt;&lt;"EOF"</c> / <c>&lt;&lt;'EOF'</c>: the body is not expanded.</summary>
        public bool IsQuoted { get; }

        /// <summary>The file descriptor before <c>&lt;&lt;</c> (<c>3&lt;&lt;EOF</c>), 0 when none.</summary>
        public int FileDescriptor { get; }

        /// <summary>The <c>&lt;&lt;EOF</c> word in the instruction line.</summary>
        public DockerfileWord Marker { get; }

        /// <summary>The body: every line followed by <c>\n</c> (tabs stripped for <c>&lt;&lt;-</c>), mapped to the file.</summary>
        public MappedText Body { get; internal set; } = MappedText.Empty;

        /// <summary>The body lines in the file (empty span at the terminator when the body is empty).</summary>
        public SourceSpan BodySpan { get; internal set; } = null!;

        /// <summary>The terminator line.</summary>
        public SourceSpan TerminatorSpan { get; internal set; } = null!;

        public override string ToString() => "<<" + Delimiter;
    }
}
