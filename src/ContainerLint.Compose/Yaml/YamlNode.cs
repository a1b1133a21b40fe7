using System;
using System.Collections.Generic;
using ContainerLint.Text;

namespace ContainerLint.Compose.Yaml
{
    /// <summary>One parsed YAML file: its text and where it lives (relative paths in it are resolved from <see cref="Directory"/>).</summary>
    internal sealed class YamlSource
    {
        private readonly LineMap? _lines;

        public YamlSource(string path, string text)
        {
            Path = path;
            Text = text;
            Directory = System.IO.Path.GetDirectoryName(path) ?? string.Empty;
            if (text.IndexOfAny(UnusualLineBreaks) >= 0) _lines = new LineMap(text);
        }

        // YAML 1.1 (YamlDotNet) counts these as line breaks, as libyaml and go-yaml do when they read the file for Compose;
        // editors, the build's error list and the fixer count only CR and LF (audit 146 F146-1).
        private static readonly char[] UnusualLineBreaks = { '\u0085', '\u2028', '\u2029' };

        /// <summary>
        /// A position of YamlDotNet's as the rest of the linter counts lines and columns: the same unless the text holds
        /// U+0085, U+2028 or U+2029, after which YamlDotNet's line numbers run ahead.
        /// </summary>
        public YamlDotNet.Core.Mark Place(YamlDotNet.Core.Mark mark)
        {
            if (_lines is null || mark.Index < 0) return mark;
            var offset = (int)Math.Min(mark.Index, Text.Length);
            return new YamlDotNet.Core.Mark(mark.Index, _lines.LineOf(offset), _lines.ColumnOf(offset));
        }

        public string Path { get; }
        public string Text { get; }
        public string Directory { get; }
    }

    internal enum YamlScalarStyle
    {
        Plain,
        SingleQuoted,
        DoubleQuoted,
        Literal,
        Folded,
    }

    /// <summary>
    /// A node of the YAML representation with its exact extent. An alias is not a node of its own: the alias
    /// position refers to the anchored node, so a value that comes from an anchor keeps the anchor's span.
    /// </summary>
    internal abstract class YamlNode
    {
        protected YamlNode(YamlSource source, int startOffset, int startLine, int startColumn)
        {
            Source = source;
            StartOffset = startOffset;
            StartLine = startLine;
            StartColumn = startColumn;
            EndOffset = startOffset;
            EndLine = startLine;
            EndColumn = startColumn;
        }

        public YamlSource Source { get; }
        public int StartOffset { get; }
        public int StartLine { get; }
        public int StartColumn { get; }
        public int EndOffset { get; internal set; }
        public int EndLine { get; internal set; }
        public int EndColumn { get; internal set; }
        public string? Anchor { get; internal set; }
        public string? Tag { get; internal set; }

        /// <summary>The collection this node is written in (aliases do not change it); null for the root.</summary>
        public YamlNode? Parent { get; internal set; }

        /// <summary>The entry of <see cref="Parent"/> (a mapping) whose key or value this node is.</summary>
        public bool TryGetEntry(out YamlMapping mapping, out YamlEntry entry)
        {
            mapping = null!;
            entry = default;
            if (Parent is not YamlMapping m) return false;
            foreach (var e in m.Entries)
                if (ReferenceEquals(e.Value, this) || ReferenceEquals(e.Key, this))
                {
                    mapping = m;
                    entry = e;
                    return true;
                }
            return false;
        }

        /// <summary>The key this node is the value of (<c>host</c> in <c>pid: host</c> is under <c>pid</c>); null elsewhere.</summary>
        public string? EntryKey => TryGetEntry(out _, out var entry) && ReferenceEquals(entry.Value, this) ? entry.KeyText : null;

        /// <summary>Number of nodes this node stands for once every alias under it is expanded (saturating).</summary>
        public long ExpandedSize { get; internal set; } = 1;

        public abstract string Kind { get; }

        /// <summary>
        /// Where the node is written. No <see cref="SourceSpan.Origin"/>: findings outlive the file's parse (the task
        /// keeps them to log after every file is read), and a node would keep the whole tree and text of its file alive;
        /// the fixer finds its scalars again by offset.
        /// </summary>
        public SourceSpan Span => new SourceSpan(Source.Path, StartLine, StartColumn, EndLine, EndColumn, StartOffset, EndOffset);

        internal void SetEnd(int offset, int line, int column)
        {
            EndOffset = offset;
            EndLine = line;
            EndColumn = column;
        }

        internal void SetEnd(YamlNode last) => SetEnd(last.EndOffset, last.EndLine, last.EndColumn);
    }

    internal sealed class YamlScalar : YamlNode
    {
        public YamlScalar(YamlSource source, int startOffset, int startLine, int startColumn, string value, YamlScalarStyle style)
            : base(source, startOffset, startLine, startColumn)
        {
            Value = value;
            Style = style;
        }

        public string Value { get; }
        public YamlScalarStyle Style { get; }

        public override string Kind => "a scalar";

        public bool IsPlain => Style == YamlScalarStyle.Plain && (Tag is null || Tag == "!");

        /// <summary>A plain <c>null</c>, <c>~</c> or empty value (YAML core schema).</summary>
        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public bool IsMergeKey => IsPlain && Value == "<<";

        public override string ToString() => Value;
    }

    internal readonly struct YamlEntry
    {
        public YamlEntry(YamlNode key, YamlNode value)
        {
            Key = key;
            Value = value;
        }

        public YamlNode Key { get; }
        public YamlNode Value { get; }

        public string? KeyText => (Key as YamlScalar)?.Value;
    }

    internal sealed class YamlMapping : YamlNode
    {
        private const int IndexThreshold = 8;
        private Dictionary<string, int>? _index;

        public YamlMapping(YamlSource source, int startOffset, int startLine, int startColumn, bool isFlow)
            : base(source, startOffset, startLine, startColumn)
        {
            IsFlow = isFlow;
        }

        public bool IsFlow { get; }

        /// <summary>The entries as written, merge keys excluded.</summary>
        public List<YamlEntry> Entries { get; } = new List<YamlEntry>();

        /// <summary>The mappings a merge key (<c>&lt;&lt;: *a</c> or <c>&lt;&lt;: [*a, *b]</c>) brings in, in order.</summary>
        public List<YamlMapping> MergeSources { get; } = new List<YamlMapping>();

        /// <summary>How many merge keys away the farthest mapping it merges is (0 without a merge key).</summary>
        public int MergeDepth { get; internal set; }

        /// <summary>The <c>&lt;&lt;</c> entry itself, when there is one.</summary>
        public YamlEntry? MergeEntry { get; internal set; }

        public override string Kind => "a mapping";

        /// <summary>Adds an entry; false when a scalar key with the same value is already there.</summary>
        internal bool TryAdd(YamlEntry entry)
        {
            var key = entry.KeyText;
            if (key is not null && FindOwn(key) >= 0) return false;
            Entries.Add(entry);
            if (key is not null)
            {
                if (_index is not null) _index[key] = Entries.Count - 1;
                else if (Entries.Count > IndexThreshold)
                {
                    _index = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (var i = 0; i < Entries.Count; i++)
                        if (Entries[i].KeyText is { } k && !_index.ContainsKey(k)) _index[k] = i;
                }
            }
            return true;
        }

        /// <summary>The entry written for a key in this mapping itself (merge keys aside).</summary>
        public bool TryGetOwn(string key, out YamlEntry entry)
        {
            var i = FindOwn(key);
            entry = i >= 0 ? Entries[i] : default;
            return i >= 0;
        }

        private int FindOwn(string key)
        {
            if (_index is not null) return _index.TryGetValue(key, out var i) ? i : -1;
            for (var i = 0; i < Entries.Count; i++)
                if (string.Equals(Entries[i].KeyText, key, StringComparison.Ordinal)) return i;
            return -1;
        }

        /// <summary>
        /// The entry for a key after merge keys: an explicit key wins over merged ones, and among merged mappings the
        /// first one listed wins (YAML merge key spec, https://yaml.org/type/merge.html).
        /// </summary>
        public bool TryGet(string key, out YamlEntry entry) => TryGet(key, out entry, 0);

        private bool TryGet(string key, out YamlEntry entry, int depth)
        {
            var i = FindOwn(key);
            if (i >= 0)
            {
                entry = Entries[i];
                return true;
            }
            if (depth < YamlReader.MaxDepth)
                foreach (var source in MergeSources)
                    if (source.TryGet(key, out entry, depth + 1)) return true;
            entry = default;
            return false;
        }

        public YamlNode? Get(string key) => TryGet(key, out var e) ? e.Value : null;

        /// <summary>The effective entries: explicit ones in order, then merged ones whose keys are not set explicitly.</summary>
        public List<YamlEntry> EffectiveEntries()
        {
            if (MergeSources.Count == 0) return Entries;
            var result = new List<YamlEntry>(Entries);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in Entries)
                if (e.KeyText is { } k) seen.Add(k);
            AddMerged(this, result, seen, 0);
            return result;
        }

        private static void AddMerged(YamlMapping mapping, List<YamlEntry> result, HashSet<string> seen, int depth)
        {
            if (depth >= YamlReader.MaxDepth) return;
            foreach (var source in mapping.MergeSources)
            {
                foreach (var e in source.Entries)
                    if (e.KeyText is not { } k || seen.Add(k)) result.Add(e);
                AddMerged(source, result, seen, depth + 1);
            }
        }
    }

    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(YamlSource source, int startOffset, int startLine, int startColumn, bool isFlow)
            : base(source, startOffset, startLine, startColumn)
        {
            IsFlow = isFlow;
        }

        public bool IsFlow { get; }
        public List<YamlNode> Items { get; } = new List<YamlNode>();

        public override string Kind => "a list";
    }

    /// <summary>Why a file could not be read, and where.</summary>
    internal sealed class YamlError
    {
        public YamlError(string message, int line, int column, int offset)
        {
            Message = message;
            Line = Math.Max(1, line);
            Column = Math.Max(1, column);
            Offset = Math.Max(0, offset);
        }

        public string Message { get; }
        public int Line { get; }
        public int Column { get; }
        public int Offset { get; }
    }
}
