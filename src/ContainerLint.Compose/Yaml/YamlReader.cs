using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContainerLint.Compose.Yaml
{
    /// <summary>The result of reading a YAML file: the root of each document, or the error that stopped reading.</summary>
    internal sealed class YamlReadResult
    {
        public YamlReadResult(YamlSource source, YamlNode? root, YamlError? error)
        {
            Source = source;
            Root = root;
            Error = error;
        }

        public YamlSource Source { get; }

        /// <summary>The first document's root (null when the file has no document).</summary>
        public YamlNode? Root { get; internal set; }

        public YamlError? Error { get; }

        /// <summary>The root of every document of the stream (<c>---</c> starts another), in order; the first is <see cref="Root"/>.</summary>
        public List<YamlNode> Documents { get; } = new List<YamlNode>();

        /// <summary>The same file seen as one of its later documents (what reading it as a Compose layer needs).</summary>
        public YamlReadResult ForDocument(YamlNode root) =>
            ReferenceEquals(root, Root) ? this : new YamlReadResult(Source, root, null) { IsLaterDocument = true };

        /// <summary>A view made by <see cref="ForDocument"/> of a document after the first.</summary>
        public bool IsLaterDocument { get; private set; }

        /// <summary>Every scalar (keys included) in text order: suppression comments must not be looked for inside them.</summary>
        public List<YamlScalar> Scalars { get; } = new List<YamlScalar>();

        /// <summary>Keys and list items in text order with the last line each covers (suppression scopes).</summary>
        public List<(int StartLine, int EndLine)> NodeLines { get; } = new List<(int, int)>();

        /// <summary>Every alias written inside a collection, in text order (the fixer must not remove what one refers to).</summary>
        public List<YamlAlias> Aliases { get; } = new List<YamlAlias>();

        /// <summary>
        /// Where the file goes past what the linter follows but Compose reads (a chain of merge keys more than 128 mappings
        /// deep): each is said, and the rest of the file is read and linted.
        /// </summary>
        public List<YamlError> NotFollowed { get; } = new List<YamlError>();
    }

    /// <summary>An alias as written: the node it stands for, its own extent, the collection it is in and, in a mapping, its key.</summary>
    internal sealed class YamlAlias
    {
        public YamlAlias(YamlNode target, YamlScalar at, YamlNode parent, YamlNode? key)
        {
            Target = target;
            At = at;
            Parent = parent;
            Key = key;
        }

        public YamlNode Target { get; }
        public YamlScalar At { get; }
        public YamlNode Parent { get; }
        public YamlNode? Key { get; }
    }

    /// <summary>
    /// Builds the YAML representation from YamlDotNet's event parser (comments skipped: YamlDotNet 18's comment-aware
    /// scanner rejects an anchored scalar followed by an inline comment, so suppression comments are found from the
    /// text, see <see cref="YamlComments"/>). Guards: duplicate keys (Compose rejects them), unknown aliases, nesting
    /// depth, and alias expansion (billion laughs): a document whose expanded size passes
    /// <see cref="MaxExpandedNodes"/> while being far larger than what is written is refused, before anything walks it.
    /// </summary>
    internal static class YamlReader
    {
        public const int MaxDepth = 128;
        public const long MaxExpandedNodes = 1_000_000;

        private sealed class Frame
        {
            public Frame(YamlNode node) => Node = node;
            public YamlNode Node { get; }
            public YamlNode? PendingKey { get; set; }
            public YamlNode? LastChild { get; set; }
            public long Size { get; set; } = 1;
        }

        public static YamlReadResult Read(string path, string text)
        {
            var source = new YamlSource(path, text);
            try
            {
                RefuseNonPrintable(text);
                return ReadCore(source);
            }
            catch (YamlException ex)
            {
                return new YamlReadResult(source, null, WithinText(source.Text, Locate(source, ex)));
            }
            catch (YamlStructureException ex)
            {
                return new YamlReadResult(source, null, WithinText(source.Text, ex.Error));
            }
        }

        /// <summary>
        /// An error at the end of the input placed in the file: YamlDotNet's scanner ends the stream on a line of its own,
        /// so what it misses at the end (a closing <c>}</c> or <c>]</c>) is reported on the line after the last, which the
        /// file does not have (audit 26, R26-8). Such an error goes just after the last character that is not a space or
        /// a line break: where the missing text would go.
        /// </summary>
        internal static YamlError WithinText(string text, YamlError error)
        {
            var map = new ContainerLint.Text.LineMap(text);
            // A final line break ends the last line; it does not start another.
            var lines = map.LineCount - (text.Length > 0 && text[text.Length - 1] is '\n' or '\r' ? 1 : 0);
            if (error.Offset < text.Length && error.Line <= Math.Max(1, lines)) return error;
            var end = text.Length;
            while (end > 0 && text[end - 1] is ' ' or '\t' or '\r' or '\n') end--;
            return new YamlError(error.Message, map.LineOf(end), map.ColumnOf(end), end);
        }

        private sealed class YamlStructureException : Exception
        {
            public YamlStructureException(YamlError error) : base(error.Message) => Error = error;
            public YamlError Error { get; }
        }

        private static YamlStructureException Fail(string message, Mark at) =>
            new YamlStructureException(new YamlError(message, (int)at.Line, (int)at.Column, (int)at.Index));

        private static YamlError Locate(YamlSource source, YamlException ex)
        {
            // YamlDotNet writes some messages with an empty part (`a flow mapping,  did not find`).
            var message = ex.Message.Replace(",  ", ", ");
            var at = source.Place(ex.Start);
            var line = (int)at.Line;
            var column = (int)at.Column;
            var offset = (int)ex.Start.Index;
            if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                // YamlDotNet reports a tab in indentation at the start of the mapping; point at the tab itself.
                var tab = FindIndentationTab(source.Text, Math.Max(0, (int)ex.Start.Index));
                if (tab >= 0)
                {
                    var map = new ContainerLint.Text.LineMap(source.Text);
                    offset = tab;
                    line = map.LineOf(tab);
                    column = map.ColumnOf(tab);
                    message = TabIndentation;
                }
            }
            return new YamlError(message, line, column, offset);
        }

        /// <summary>
        /// A character YAML does not allow in a stream (YAML 1.2 c-printable: tab, line feed, carriage return, the printable
        /// ASCII, U+0085, U+00A0-U+D7FF, U+E000-U+FFFD and the planes above, as surrogate pairs): go-yaml, which Compose
        /// uses, refuses the file ("control characters are not allowed"), while YamlDotNet reads through an ESC or a form
        /// feed, and a NUL made it report an error on another line (audit 102 F102-4).
        /// </summary>
        private static void RefuseNonPrintable(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= ' ' && c <= '~') continue;
                if (c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || (c >= '\u00A0' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD')) continue;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                var map = new ContainerLint.Text.LineMap(text);
                throw Fail("the file holds the character U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
                    + ", which YAML does not allow (Compose refuses the file)", new Mark(i, map.LineOf(i), map.ColumnOf(i)));
            }
        }

        private const string TabIndentation = "a tab is used for indentation (YAML allows only spaces)";

        /// <summary>
        /// A document's top node written after a tab at the start of its line (<c>\tservices:</c>): YamlDotNet skips the tab as
        /// blank there, while YAML allows no tab in indentation and libyaml and go-yaml, which Compose uses, refuse the file
        /// ("found character that cannot start any token"); the tab is refused as the same tab before a later key is (audit 102
        /// F102-2: with two tabs the file was read as another document, and its settings went unchecked).
        /// </summary>
        private static void RefuseTabIndentedRoot(string text, Mark start)
        {
            // The empty top node of an empty document (a trailing "---") starts at the end of the text (audit 146 F146-2).
            var at = Math.Min((int)start.Index, text.Length);
            var lineStart = at;
            while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t') lineStart--;
            if (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) return;
            var tab = text.IndexOf('\t', lineStart, at - lineStart);
            if (tab >= 0) throw Fail(TabIndentation, new Mark(tab, start.Line, tab - lineStart + 1));
        }

        private static int FindIndentationTab(string text, int from)
        {
            var atLineStart = from == 0 || text[from - 1] == '\n' || text[from - 1] == '\r';
            for (var i = from; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n' || c == '\r') { atLineStart = true; continue; }
                if (atLineStart && c == '\t') return i;
                if (c != ' ' && c != '-') atLineStart = false;
            }
            return -1;
        }

        private static YamlReadResult ReadCore(YamlSource source)
        {
            var parser = new Parser(new StringReader(source.Text));
            var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            var stack = new List<Frame>();
            YamlNode? root = null;
            long written = 0;
            var result = new YamlReadResult(source, null, null);
            var scalars = result.Scalars;
            var nodeLines = result.NodeLines;
            while (MoveNext(parser, stack, source))
            {
                var ev = parser.Current!;
                var start = source.Place(ev.Start);
                var end = source.Place(ev.End);
                switch (ev)
                {
                    case DocumentStart:
                        // Every document is read: compose-go loads each as a layer, merged in order like -f files. Anchors
                        // belong to their document (YAML 1.2, 3.2.2.2): an alias cannot refer to an earlier document's.
                        root = null;
                        anchors.Clear();
                        continue;
                    case DocumentEnd:
                        if (root is not null) result.Documents.Add(root);
                        continue;
                    case StreamStart:
                    case StreamEnd:
                        continue;
                    case Scalar s:
                    {
                        if (stack.Count == 0) RefuseTabIndentedRoot(source.Text, start);
                        var node = new YamlScalar(source, (int)start.Index, (int)start.Line, (int)start.Column, s.Value, StyleOf(s.Style));
                        if (s.Style is ScalarStyle.Literal or ScalarStyle.Folded) EndBlockScalar(node, source.Text, end);
                        else if (s.Value.Length == 0 && s.Style == ScalarStyle.Plain && (!s.Tag.IsEmpty || !s.Anchor.IsEmpty) && end.Line > start.Line) EndEmptyScalar(node, source.Text);
                        else node.SetEnd((int)end.Index, (int)end.Line, (int)end.Column);
                        Decorate(node, s.Anchor, s.Tag, anchors);
                        scalars.Add(node);
                        written++;
                        Attach(node, false, stack, ref root, result, start);
                        continue;
                    }
                    case AnchorAlias alias:
                    {
                        if (stack.Count == 0) RefuseTabIndentedRoot(source.Text, start);
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                            throw Fail("the alias *" + alias.Value.Value + " refers to no anchor defined before it in its document", start);
                        written++;
                        if (stack.Count > 0)
                        {
                            var frame = stack[stack.Count - 1];
                            result.Aliases.Add(new YamlAlias(target, AliasMarker(target, start), frame.Node, frame.PendingKey));
                        }
                        Attach(target, true, stack, ref root, result, start);
                        continue;
                    }
                    case MappingStart ms:
                    {
                        if (stack.Count == 0) RefuseTabIndentedRoot(source.Text, start);
                        var node = new YamlMapping(source, (int)start.Index, (int)start.Line, (int)start.Column, ms.Style == MappingStyle.Flow);
                        Decorate(node, ms.Anchor, ms.Tag, anchors: null);
                        Open(node, ms.Anchor, stack, start);
                        written++;
                        continue;
                    }
                    case SequenceStart ss:
                    {
                        if (stack.Count == 0) RefuseTabIndentedRoot(source.Text, start);
                        var node = new YamlSequence(source, (int)start.Index, (int)start.Line, (int)start.Column, ss.Style == SequenceStyle.Flow);
                        Decorate(node, ss.Anchor, ss.Tag, anchors: null);
                        Open(node, ss.Anchor, stack, start);
                        written++;
                        continue;
                    }
                    case MappingEnd:
                    case SequenceEnd:
                    {
                        var frame = stack[stack.Count - 1];
                        stack.RemoveAt(stack.Count - 1);
                        var node = frame.Node;
                        if (frame.PendingKey is not null) throw Fail("a key has no value", start);
                        var isFlow = node is YamlMapping { IsFlow: true } || node is YamlSequence { IsFlow: true };
                        // YamlDotNet marks a flow collection's end at its closing bracket; the span includes it.
                        if (isFlow) node.SetEnd((int)end.Index + 1, (int)end.Line, (int)end.Column + 1);
                        else if (frame.LastChild is not null) node.SetEnd(frame.LastChild);
                        node.ExpandedSize = frame.Size;
                        if (frame.Size > MaxExpandedNodes && frame.Size > 16 * written)
                            throw Fail("aliases expand to more than " + MaxExpandedNodes.ToString(System.Globalization.CultureInfo.InvariantCulture)
                                + " nodes (an alias bomb?)", new Mark(node.StartOffset, node.StartLine, node.StartColumn));
                        if (node.Anchor is not null) anchors[node.Anchor] = node; // after its content: no alias cycles
                        Attach(node, false, stack, ref root, result, start);
                        continue;
                    }
                }
            }
            result.Root = result.Documents.Count > 0 ? result.Documents[0] : null;
            return result;
        }

        /// <summary>
        /// The parser's next event. YamlDotNet 18.1's scanner throws <see cref="InvalidOperationException"/> instead of a
        /// located <see cref="YamlException"/> on some malformed input (<c>version: {"3.9"</c> with a key on the next
        /// line); whatever the parser throws on bad input becomes a located error, at the flow collection left open
        /// when there is one (the likely cause), else after the last event read.
        /// </summary>
        private static bool MoveNext(Parser parser, List<Frame> stack, YamlSource source)
        {
            try
            {
                return parser.MoveNext();
            }
            catch (Exception ex) when (ex is not YamlException && ex is not OutOfMemoryException)
            {
                for (var i = stack.Count - 1; i >= 0; i--)
                {
                    var node = stack[i].Node;
                    if (node is YamlMapping { IsFlow: true } or YamlSequence { IsFlow: true })
                        throw Fail("the '" + (node is YamlMapping ? "{" : "[") + "' opened here is not closed, so the YAML cannot be read past it",
                            new Mark(node.StartOffset, node.StartLine, node.StartColumn));
                }
                // `...` (a document end) before any document, then content: YamlDotNet's scanner fails on the content (audit 33 F3).
                if (parser.Current is null or StreamStart && ContentAfterLeadingDocumentEnd(source.Text) is { } content)
                    throw Fail("content follows the document end marker '...' with no '---' to start a document", content);
                throw Fail("the YAML cannot be read past this point", parser.Current is { } last ? source.Place(last.End) : Mark.Empty);
            }
        }

        /// <summary>
        /// Where content starts after a document end marker (<c>...</c>) that comes before any document (only blank lines and
        /// comments above it), or null.
        /// </summary>
        private static Mark? ContentAfterLeadingDocumentEnd(string text)
        {
            var sawEnd = false;
            var line = 1;
            for (var start = 0; start < text.Length; line++)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0) end = text.Length;
                var content = text.Substring(start, end - start).TrimEnd('\r').Trim('\uFEFF');
                var trimmed = content.TrimStart(' ', '\t');
                if (trimmed.Length > 0 && trimmed[0] != '#')
                {
                    if (content.StartsWith("...", StringComparison.Ordinal) && (content.Length == 3 || content[3] == ' ' || content[3] == '\t')) sawEnd = true;
                    else if (sawEnd)
                    {
                        var column = content.Length - trimmed.Length + 1;
                        return new Mark(start + column - 1, line, column);
                    }
                    else return null;
                }
                start = end + 1;
            }
            return null;
        }

        private static YamlScalarStyle StyleOf(ScalarStyle style) => style switch
        {
            ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
            ScalarStyle.Literal => YamlScalarStyle.Literal,
            ScalarStyle.Folded => YamlScalarStyle.Folded,
            _ => YamlScalarStyle.Plain,
        };

        private static void Decorate(YamlNode node, AnchorName anchor, TagName tag, Dictionary<string, YamlNode>? anchors)
        {
            if (!anchor.IsEmpty)
            {
                node.Anchor = anchor.Value;
                if (anchors is not null) anchors[anchor.Value] = node;
            }
            if (!tag.IsEmpty) node.Tag = tag.Value;
        }

        private static void Open(YamlNode node, AnchorName anchor, List<Frame> stack, Mark at)
        {
            if (stack.Count >= MaxDepth) throw Fail("the document nests deeper than " + MaxDepth + " levels", at);
            stack.Add(new Frame(node));
        }

        /// <summary>Puts a finished node (or an alias target) where it belongs in the open collection.</summary>
        private static void Attach(YamlNode node, bool isAlias, List<Frame> stack, ref YamlNode? root,
            YamlReadResult result, Mark at)
        {
            var nodeLines = result.NodeLines;
            if (stack.Count == 0)
            {
                root ??= node;
                return;
            }
            var frame = stack[stack.Count - 1];
            if (!isAlias && node.Parent is null) node.Parent = frame.Node;
            frame.Size = SaturatingAdd(frame.Size, node.ExpandedSize);
            var positioned = isAlias ? null : node;

            if (frame.Node is YamlSequence seq)
            {
                seq.Items.Add(node);
                frame.LastChild = positioned ?? frame.LastChild;
                if (positioned is not null) nodeLines.Add((positioned.StartLine, positioned.EndLine));
                else nodeLines.Add(((int)at.Line, (int)at.Line));
                if (isAlias) frame.LastChild = AliasMarker(node, at);
                return;
            }

            var mapping = (YamlMapping)frame.Node;
            if (frame.PendingKey is null)
            {
                if (isAlias) throw Fail("an alias used as a mapping key is not supported in Compose files", at);
                frame.PendingKey = node;
                frame.LastChild = node;
                return;
            }

            var key = frame.PendingKey;
            frame.PendingKey = null;
            var entry = new YamlEntry(key, node);
            var valueEnd = isAlias ? AliasMarker(node, at) : node;
            frame.LastChild = valueEnd;
            nodeLines.Add((key.StartLine, Math.Max(key.EndLine, valueEnd.EndLine)));
            if (key is YamlScalar { IsMergeKey: true })
            {
                if (mapping.MergeEntry is not null) throw Fail("the merge key '<<' appears twice in one mapping", new Mark(key.StartOffset, key.StartLine, key.StartColumn));
                mapping.MergeEntry = entry;
                if (node is YamlMapping m) mapping.MergeSources.Add(m);
                else if (node is YamlSequence s)
                {
                    foreach (var item in s.Items)
                    {
                        if (item is YamlMapping im) mapping.MergeSources.Add(im);
                        else throw Fail("a merge key '<<' takes a mapping or a list of mappings", new Mark(item.StartOffset, item.StartLine, item.StartColumn));
                    }
                }
                else throw Fail("a merge key '<<' takes a mapping or a list of mappings", new Mark(node.StartOffset, node.StartLine, node.StartColumn));
                // A chain of merge keys is read as deep as nesting is: past that, what the deepest ones merge is not read, and
                // that is said (audit 108 B108-2: a privileged: true 129 merges away went unreported), once per chain, without
                // refusing the file (audit 110 D110-3: the file's other findings went with it).
                var deepest = 0;
                foreach (var source in mapping.MergeSources) deepest = Math.Max(deepest, source.MergeDepth);
                mapping.MergeDepth = deepest + 1;
                if (mapping.MergeDepth == MaxDepth + 1)
                    result.NotFollowed.Add(new YamlError("merge keys ('<<') go more than " + MaxDepth + " mappings deep here; the linter does not read what the deeper ones merge",
                        key.StartLine, key.StartColumn, key.StartOffset));
                return;
            }
            if (!mapping.TryAdd(entry))
                throw Fail("the key '" + ((YamlScalar)key).Value + "' appears twice in this mapping", new Mark(key.StartOffset, key.StartLine, key.StartColumn));
        }

        /// <summary>
        /// Ends a block scalar (<c>|</c>, <c>&gt;</c>) at its last character. The parser's end is where it stopped reading,
        /// the start of the next key's line after the line breaks and blank lines the scalar's chomping takes: an edit
        /// of the value up to there would take the next line's indentation and join it to the value.
        /// </summary>
        private static void EndBlockScalar(YamlScalar node, string text, Mark parserEnd)
        {
            var end = Math.Min((int)parserEnd.Index, text.Length);
            var line = (int)parserEnd.Line;
            // Keep chomping (`|+`, `>2+`) makes the trailing blank lines part of the value.
            for (var i = node.StartOffset + 1; i < end && text[i] is not ('\n' or '\r' or '#'); i++)
                if (text[i] == '+')
                {
                    node.SetEnd(end, line, (int)parserEnd.Column);
                    return;
                }
            while (end > node.StartOffset && (text[end - 1] is ' ' or '\t' or '\r' or '\n'))
            {
                end--;
                // "\r\n" is one line break, a lone '\r' or '\n' another.
                if (text[end] == '\n' || (text[end] == '\r' && (end + 1 >= text.Length || text[end + 1] != '\n'))) line--;
            }
            var lineStart = end;
            while (lineStart > 0 && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r') lineStart--;
            node.SetEnd(end, line, end - lineStart + 1);
        }

        /// <summary>
        /// Ends an empty plain scalar that has a tag or an anchor (<c>- !!str</c>, <c>- &amp;a # c</c>) after them on its own
        /// line: the parser ends it where the next token starts, on a later line, and an entry added after it went there,
        /// into the next key's list (audit 146 F146-6).
        /// </summary>
        private static void EndEmptyScalar(YamlScalar node, string text)
        {
            var end = node.StartOffset;
            while (end < text.Length && text[end] is not ('\n' or '\r') && !(text[end] == '#' && end > node.StartOffset && text[end - 1] is ' ' or '\t')) end++;
            while (end > node.StartOffset && text[end - 1] is ' ' or '\t') end--;
            node.SetEnd(end, node.StartLine, node.StartColumn + (end - node.StartOffset));
        }

        /// <summary>The extent of an alias as written (<c>*name</c>), to end the enclosing block collection there.</summary>
        private static YamlScalar AliasMarker(YamlNode target, Mark at)
        {
            var length = (target.Anchor?.Length ?? 0) + 1;
            var marker = new YamlScalar(target.Source, (int)at.Index, (int)at.Line, (int)at.Column, string.Empty, YamlScalarStyle.Plain);
            marker.SetEnd((int)at.Index + length, (int)at.Line, (int)at.Column + length);
            return marker;
        }

        private static long SaturatingAdd(long a, long b)
        {
            var sum = a + b;
            return sum < 0 || sum > long.MaxValue / 4 ? long.MaxValue / 4 : sum;
        }
    }
}
