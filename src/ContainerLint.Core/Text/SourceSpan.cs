using System;

namespace ContainerLint.Text
{
    /// <summary>
    /// Where a value was written. Lines and columns are 1-based; <see cref="EndColumn"/> is the column just after
    /// the last character (SARIF's convention, also what MSBuild's canonical error format carries).
    /// Offsets are 0-based character offsets into the file text (-1 when the front end has none, e.g. C#).
    /// </summary>
    public sealed class SourceSpan : IEquatable<SourceSpan>
    {
        public SourceSpan(string path, int startLine, int startColumn, int endLine, int endColumn,
            int startOffset = -1, int endOffset = -1, object? origin = null)
        {
            Path = path ?? string.Empty;
            StartLine = startLine;
            StartColumn = startColumn;
            EndLine = endLine;
            EndColumn = endColumn;
            StartOffset = startOffset;
            EndOffset = endOffset;
            Origin = origin;
        }

        public string Path { get; }
        public int StartLine { get; }
        public int StartColumn { get; }
        public int EndLine { get; }
        public int EndColumn { get; }
        public int StartOffset { get; }
        public int EndOffset { get; }

        /// <summary>
        /// A front end's own handle for the value: the analyzer keeps the C# syntax node here, which lives no longer than
        /// the analyzer action. The MSBuild task keeps findings until every file is read, so Dockerfile and Compose spans
        /// carry none: a parse node would keep its whole file alive (design.md: memory grows with the largest file).
        /// </summary>
        public object? Origin { get; }

        public bool HasOffsets => StartOffset >= 0 && EndOffset >= StartOffset;

        /// <summary>True when <paramref name="other"/> lies inside this span (same file).</summary>
        public bool Contains(SourceSpan other)
        {
            if (!string.Equals(Path, other.Path, StringComparison.Ordinal)) return false;
            if (HasOffsets && other.HasOffsets)
                return StartOffset <= other.StartOffset && other.EndOffset <= EndOffset;
            return Compare(StartLine, StartColumn, other.StartLine, other.StartColumn) <= 0
                && Compare(other.EndLine, other.EndColumn, EndLine, EndColumn) <= 0;
        }

        private static int Compare(int l1, int c1, int l2, int c2) => l1 != l2 ? l1.CompareTo(l2) : c1.CompareTo(c2);

        public bool Equals(SourceSpan? other) =>
            other is not null
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && StartLine == other.StartLine && StartColumn == other.StartColumn
            && EndLine == other.EndLine && EndColumn == other.EndColumn;

        public override bool Equals(object? obj) => obj is SourceSpan s && Equals(s);

        public override int GetHashCode()
        {
            unchecked
            {
                var h = StringComparer.Ordinal.GetHashCode(Path);
                h = (h * 397) ^ StartLine;
                h = (h * 397) ^ StartColumn;
                h = (h * 397) ^ EndLine;
                return (h * 397) ^ EndColumn;
            }
        }

        public override string ToString() => $"{Path}({StartLine},{StartColumn},{EndLine},{EndColumn})";
    }
}
