using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ContainerLint.Text
{
    /// <summary>A replacement of the characters [Start, End) of a file's text.</summary>
    public readonly struct TextEdit : IEquatable<TextEdit>
    {
        public TextEdit(int start, int end, string newText)
        {
            if (start < 0 || end < start) throw new ArgumentOutOfRangeException(nameof(start));
            Start = start;
            End = end;
            NewText = newText ?? string.Empty;
        }

        public int Start { get; }
        public int End { get; }
        public string NewText { get; }

        public static TextEdit Insert(int at, string text) => new TextEdit(at, at, text);

        /// <summary>
        /// Applies edits to a text. Identical edits are applied once; an edit that overlaps one already taken is
        /// skipped (the next fix run picks it up), so the result is always well formed.
        /// </summary>
        public static string Apply(string text, IEnumerable<TextEdit> edits)
        {
            var ordered = edits.Distinct().OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
            var sb = new StringBuilder(text.Length + 64);
            var pos = 0;
            foreach (var e in ordered)
            {
                if (e.Start < pos || e.End > text.Length) continue;
                sb.Append(text, pos, e.Start - pos);
                sb.Append(e.NewText);
                pos = e.End;
            }
            sb.Append(text, pos, text.Length - pos);
            return sb.ToString();
        }

        public bool Equals(TextEdit other) => Start == other.Start && End == other.End && NewText == other.NewText;
        public override bool Equals(object? obj) => obj is TextEdit t && Equals(t);
        public override int GetHashCode() => unchecked((Start * 397) ^ End ^ NewText.GetHashCode());
        public override string ToString() => $"[{Start},{End}) -> \"{NewText}\"";
    }
}
