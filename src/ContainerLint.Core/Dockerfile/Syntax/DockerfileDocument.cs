using System.Collections.Generic;
using ContainerLint.Text;

namespace ContainerLint.Dockerfiles.Syntax
{
    /// <summary>A parsed Dockerfile: its parser directives, instructions, own-line comments and the first syntax error.</summary>
    public sealed class DockerfileDocument
    {
        internal DockerfileDocument(string path, string text, char escapeChar, IReadOnlyList<ParserDirective> directives,
            IReadOnlyList<Instruction> instructions, IReadOnlyList<DockerfileComment> comments, IReadOnlyList<ParseError> errors,
            IReadOnlyList<ParseError> substitutionErrors, IReadOnlyList<ParseError> triggerErrors)
        {
            SubstitutionErrors = substitutionErrors;
            TriggerErrors = triggerErrors;
            Path = path;
            Text = text;
            EscapeChar = escapeChar;
            Directives = directives;
            Instructions = instructions;
            Comments = comments;
            Errors = errors;
        }

        public string Path { get; }
        public string Text { get; }

        /// <summary><c>\</c>, or <c>`</c> after <c># escape=`</c>.</summary>
        public char EscapeChar { get; }

        public IReadOnlyList<ParserDirective> Directives { get; }
        public IReadOnlyList<Instruction> Instructions { get; }

        /// <summary>Comment lines (outside heredoc bodies), including those inside a continued instruction.</summary>
        public IReadOnlyList<DockerfileComment> Comments { get; }

        /// <summary>Syntax errors; parsing stops at the first one, so there is at most one.</summary>
        public IReadOnlyList<ParseError> Errors { get; }

        public bool HasErrors => Errors.Count > 0;

        /// <summary>
        /// The first <c>${...}</c> BuildKit's lexer refuses in each instruction it expands (<see cref="SubstitutionSyntax"/>), in
        /// the order of the file. Not syntax errors of the file: BuildKit expands the words of the stages it builds only, so
        /// whether one stops the build depends on the target (DockerfileLinter).
        /// </summary>
        public IReadOnlyList<ParseError> SubstitutionErrors { get; }

        /// <summary>
        /// The first error BuildKit finds in each <c>ONBUILD</c> trigger (a <c>${...}</c> it refuses, <c>USER a b</c>, a flag
        /// without its value, <c>ENV</c> without one), in the order of the file. BuildKit keeps a trigger as text and parses it
        /// when a build FROM the image runs it, so one stops only such a build (DockerfileLinter).
        /// </summary>
        public IReadOnlyList<ParseError> TriggerErrors { get; }
    }

    /// <summary>A parser directive at the top of the file: <c># syntax=</c>, <c># escape=</c>, <c># check=</c>.</summary>
    public sealed class ParserDirective
    {
        internal ParserDirective(string name, string value, SourceSpan span)
        {
            Name = name;
            Value = value;
            Span = span;
        }

        /// <summary>Lower-case name.</summary>
        public string Name { get; }
        public string Value { get; }
        public SourceSpan Span { get; }
    }

    /// <summary>A comment line. Dockerfile comments are whole lines; a <c>#</c> after an instruction is an argument.</summary>
    public sealed class DockerfileComment
    {
        private readonly DockerfileDocumentContext _context;
        private readonly int _start;
        private readonly int _end;
        private string? _text;
        private SourceSpan? _span;

        internal DockerfileComment(DockerfileDocumentContext context, int start, int end, int line)
        {
            _context = context;
            _start = start;
            _end = end;
            Line = line;
        }

        /// <summary>The comment from its <c>#</c> to the end of the line (trailing blanks trimmed).</summary>
        public string Text => _text ??= _context.Text.Substring(_start, _end - _start);

        public SourceSpan Span => _span ??= _context.Span(_start, _end);

        public int Line { get; }

        /// <summary>True when the comment mentions <paramref name="word"/> (without allocating its text).</summary>
        internal bool Mentions(string word) =>
            _context.Text.IndexOf(word, _start, _end - _start, System.StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>The continued instruction the comment line sits inside, if any.</summary>
        public Instruction? EnclosingInstruction { get; internal set; }
    }

    public sealed class ParseError
    {
        internal ParseError(string message, SourceSpan span)
        {
            Message = message;
            Span = span;
        }

        public string Message { get; }
        public SourceSpan Span { get; }

        public override string ToString() => Span + ": " + Message;
    }
}
