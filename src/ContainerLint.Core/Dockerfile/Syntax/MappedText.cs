using System;
using System.Collections.Generic;
using System.Text;

namespace ContainerLint.Dockerfiles.Syntax
{
    /// <summary>
    /// A string assembled from pieces of a file (an instruction joined across continuation lines, a heredoc body,
    /// a RUN script) that remembers where each piece came from, so a position in it maps back to a file offset.
    /// </summary>
    public sealed class MappedText
    {
        // Segment k covers [_starts[k], _starts[k + 1]) of Text; _fileStarts[k] is its file offset, -1 when synthetic.
        private readonly int[] _starts;
        private readonly int[] _fileStarts;

        internal MappedText(string text, int[] starts, int[] fileStarts)
        {
            Text = text;
            _starts = starts;
            _fileStarts = fileStarts;
        }

        private static readonly int[] ZeroStart = { 0 };

        internal static MappedText Empty { get; } = new MappedText(string.Empty, new int[0], new int[0]);

        /// <summary>One piece of the file, as it is (the common single-line instruction).</summary>
        internal static MappedText FromFile(string file, int fileOffset, int length) =>
            new MappedText(file.Substring(fileOffset, length), ZeroStart, new[] { fileOffset });

        public string Text { get; }

        public int Length => Text.Length;

        /// <summary>The file offset of the character at <paramref name="index"/>, or -1 when it was not in the file as such.</summary>
        public int ToFileOffset(int index)
        {
            if (index < 0 || index >= Text.Length || _starts.Length == 0) return -1;
            var k = Array.BinarySearch(_starts, index);
            if (k < 0) k = ~k - 1;
            var fileStart = _fileStarts[k];
            return fileStart < 0 ? -1 : fileStart + (index - _starts[k]);
        }

        /// <summary>File offsets of the range [start, end): the first character's offset and one past the last's.</summary>
        public bool TryMapRange(int start, int end, out int fileStart, out int fileEnd)
        {
            fileStart = ToFileOffset(start);
            if (end <= start)
            {
                fileEnd = fileStart;
                return fileStart >= 0;
            }
            var last = ToFileOffset(end - 1);
            fileEnd = last < 0 ? -1 : last + 1;
            return fileStart >= 0 && fileEnd >= fileStart;
        }

        public override string ToString() => Text;
    }

    internal sealed class MappedTextBuilder
    {
        private readonly StringBuilder _text;
        private readonly List<int> _starts = new List<int>(4);
        private readonly List<int> _fileStarts = new List<int>(4);

        public MappedTextBuilder(int capacity = 64)
        {
            _text = new StringBuilder(capacity);
        }

        public int Length => _text.Length;

        /// <summary>Appends <paramref name="length"/> characters of the file text starting at <paramref name="fileOffset"/>.</summary>
        public void AppendFromFile(string file, int fileOffset, int length)
        {
            if (length <= 0) return;
            AddSegment(fileOffset);
            _text.Append(file, fileOffset, length);
        }

        /// <summary>Appends text that is not in the file as such.</summary>
        public void AppendSynthetic(string text)
        {
            if (text.Length == 0) return;
            AddSegment(-1);
            _text.Append(text);
        }

        public void AppendSynthetic(char c)
        {
            AddSegment(-1);
            _text.Append(c);
        }

        /// <summary>Appends the range [start, end) of another mapped text, keeping its mapping.</summary>
        public void AppendFrom(MappedText source, int start, int end)
        {
            var i = start;
            while (i < end)
            {
                var fileOffset = source.ToFileOffset(i);
                var j = i + 1;
                if (fileOffset >= 0)
                    while (j < end && source.ToFileOffset(j) == fileOffset + (j - i)) j++;
                else
                    while (j < end && source.ToFileOffset(j) < 0) j++;
                AddSegment(fileOffset);
                _text.Append(source.Text, i, j - i);
                i = j;
            }
        }

        private void AddSegment(int fileOffset)
        {
            var at = _text.Length;
            var n = _starts.Count;
            if (n > 0)
            {
                var lastFile = _fileStarts[n - 1];
                // Contiguous with the previous segment: extend it instead of adding one.
                if (fileOffset < 0 && lastFile < 0) return;
                if (fileOffset >= 0 && lastFile >= 0 && lastFile + (at - _starts[n - 1]) == fileOffset) return;
                if (_starts[n - 1] == at)
                {
                    _fileStarts[n - 1] = fileOffset;
                    return;
                }
            }
            _starts.Add(at);
            _fileStarts.Add(fileOffset);
        }

        public MappedText Build() => new MappedText(_text.ToString(), _starts.ToArray(), _fileStarts.ToArray());
    }
}
