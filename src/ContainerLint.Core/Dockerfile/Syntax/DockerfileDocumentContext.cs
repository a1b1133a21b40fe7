using ContainerLint.Text;

namespace ContainerLint.Dockerfiles.Syntax
{
    /// <summary>What spans need: the path, the text and its line map, and whether a byte-order mark leads the text.</summary>
    internal sealed class DockerfileDocumentContext
    {
        private readonly LineMap _lines;
        private readonly bool _hasBom;

        public DockerfileDocumentContext(string path, string text)
        {
            Path = path;
            Text = text;
            _lines = new LineMap(text);
            _hasBom = text.Length > 0 && text[0] == '\uFEFF';
        }

        public string Path { get; }
        public string Text { get; }
        public char EscapeChar { get; set; } = '\\';
        public LineMap Lines => _lines;

        /// <summary>A span of file offsets [start, end); columns count characters, the byte-order mark excluded.</summary>
        public SourceSpan Span(int start, int end)
        {
            if (end < start) end = start;
            var startLine = _lines.LineOf(start);
            var endLine = _lines.LineOf(end);
            var startColumn = start - _lines.LineStart(startLine) + 1;
            var endColumn = end - _lines.LineStart(endLine) + 1;
            if (_hasBom)
            {
                if (startLine == 1) startColumn = System.Math.Max(1, startColumn - 1);
                if (endLine == 1) endColumn = System.Math.Max(1, endColumn - 1);
            }
            return new SourceSpan(Path, startLine, startColumn, endLine, endColumn, start, end);
        }

        /// <summary>The file span of the range [start, end) of a mapped text.</summary>
        public SourceSpan SpanOf(MappedText text, int start, int end)
        {
            if (end <= start)
            {
                var at = start > 0 ? text.ToFileOffset(start - 1) + 1 : text.ToFileOffset(0);
                if (at < 0) at = 0;
                return Span(at, at);
            }
            var fileStart = text.ToFileOffset(start);
            var last = text.ToFileOffset(end - 1);
            // Synthetic characters (never in instruction lines) fall back to the nearest mapped one.
            for (var i = start; fileStart < 0 && i < end; i++) fileStart = text.ToFileOffset(i);
            for (var i = end - 1; last < 0 && i >= start; i--) last = text.ToFileOffset(i);
            if (fileStart < 0 || last < 0) return Span(0, 0);
            return Span(fileStart, last + 1);
        }
    }
}
