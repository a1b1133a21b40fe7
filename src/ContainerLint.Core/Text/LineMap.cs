using System;
using System.Collections.Generic;

namespace ContainerLint.Text
{
    /// <summary>Maps character offsets of a text to 1-based line/column pairs (\n, \r\n and lone \r end lines).</summary>
    public sealed class LineMap
    {
        private readonly int[] _lineStarts;
        private readonly int _length;

        /// <summary>A text's line ending, for lines a fix adds: that of its first line (\r\n, \n or a lone \r), else \n.</summary>
        public static string NewlineOf(string text)
        {
            var i = text.IndexOfAny(new[] { '\r', '\n' });
            if (i < 0 || text[i] == '\n') return "\n";
            return i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : "\r";
        }

        public LineMap(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
                else if (c == '\n')
                {
                    starts.Add(i + 1);
                }
            }
            _lineStarts = starts.ToArray();
            _length = text.Length;
        }

        public int LineCount => _lineStarts.Length;

        /// <summary>Offset of the first character of a 1-based line.</summary>
        public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

        /// <summary>1-based line of an offset.</summary>
        public int LineOf(int offset)
        {
            var idx = Array.BinarySearch(_lineStarts, Math.Max(0, Math.Min(offset, _length)));
            return idx >= 0 ? idx + 1 : ~idx;
        }

        /// <summary>1-based column of an offset.</summary>
        public int ColumnOf(int offset) => Math.Max(0, Math.Min(offset, _length)) - LineStart(LineOf(offset)) + 1;

        public int OffsetOf(int line, int column) => LineStart(line) + column - 1;

        public SourceSpan Span(string path, int startOffset, int endOffset, object? origin = null) =>
            new SourceSpan(path, LineOf(startOffset), ColumnOf(startOffset), LineOf(endOffset), ColumnOf(endOffset),
                startOffset, endOffset, origin);
    }
}
