using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ContainerLint.Compose.Interpolation;
using ContainerLint.Compose.Merging;
using ContainerLint.Compose.Yaml;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Text;

namespace ContainerLint.Compose.Syntax
{
    /// <summary>
    /// A Dockerfile given inline (<c>build.dockerfile_inline</c>): its text as Compose hands it to the build, and where each
    /// of its characters is written in the YAML. Compose interpolates the value like any other (compose-spec interpolation:
    /// <c>$$</c> is a literal <c>$</c>, so a Dockerfile's <c>$VAR</c> is written <c>$$VAR</c>); a variable the <c>.env</c>
    /// does not set is left as written, as the linter cannot know the shell's value. In a literal block scalar
    /// (<c>|</c>, <c>|-</c>, <c>|+</c>, <c>|2</c>) every content line is a Dockerfile line at the block's indentation, so a
    /// Dockerfile position maps to one YAML position (<see cref="IsExact"/>); in a folded, quoted or plain scalar it does not,
    /// and every position maps to the scalar.
    /// </summary>
    internal sealed class InlineDockerfile
    {
        private readonly YamlScalar _scalar;
        private readonly LineMap? _yamlLines;
        private readonly int _firstLine;
        private readonly int _indentation;
        // Per Dockerfile line: for each character, the raw (YAML) column it comes from, and the column after it.
        private readonly List<int[]> _starts;
        private readonly List<int[]> _ends;
        private readonly List<int> _rawLengths;

        private InlineDockerfile(YamlScalar scalar, string text, string? error, LineMap? yamlLines, int firstLine, int indentation,
            List<int[]> starts, List<int[]> ends, List<int> rawLengths)
        {
            _scalar = scalar;
            Text = text;
            Error = error;
            _yamlLines = yamlLines;
            _firstLine = firstLine;
            _indentation = indentation;
            _starts = starts;
            _ends = ends;
            _rawLengths = rawLengths;
        }

        /// <summary>
        /// Whether <c>build.dockerfile_inline</c> gives a Dockerfile. compose-go reads it into a string, so null (<c>null</c>,
        /// <c>~</c>, nothing) and an empty string leave it unset, and the build context's Dockerfile is built (its normalize
        /// step sets <c>dockerfile</c> to <c>Dockerfile</c> when both are empty). Compose interpolates first, so a value that
        /// becomes empty (<c>${INLINE:-}</c>) is unset too; one with a variable that has no value is taken as given (the
        /// environment the linter does not read may set it). A mapping or a list is given (and an error).
        /// </summary>
        public static bool IsGiven(ComposeValue? value, IReadOnlyDictionary<string, string> environment, ExpansionBudget budget)
        {
            if (value is null) return false;
            if (value.Scalar is not { } scalar) return true;
            if (scalar.IsNull || scalar.Value.Length == 0) return false;
            var interpolated = Interpolator.Interpolate(scalar.Value, environment, budget);
            return interpolated.Error is not null || interpolated.Unresolved is not null || interpolated.Value.Length > 0;
        }

        /// <summary>The Dockerfile as the build receives it (interpolated).</summary>
        public string Text { get; }

        /// <summary>
        /// The Compose variables without a known value, whose references <see cref="Text"/> keeps (<c>${B}</c>): Compose
        /// replaces them before the build, with values the linter does not know, so the Dockerfile must not take them for
        /// its own unset variables.
        /// </summary>
        public IReadOnlyCollection<string> UnknownVariables { get; private set; } = Array.Empty<string>();

        /// <summary>Why the value is not valid interpolation syntax (Compose refuses the file), or null.</summary>
        public string? Error { get; }

        /// <summary>Every Dockerfile position maps to one YAML position: a literal block scalar, line for line.</summary>
        public bool IsExact => _yamlLines is not null;

        public static InlineDockerfile Read(YamlScalar scalar, IReadOnlyDictionary<string, string> environment, ExpansionBudget budget)
        {
            var rawLines = Lines(scalar.Value);
            var starts = new List<int[]>(rawLines.Count);
            var ends = new List<int[]>(rawLines.Count);
            var lengths = new List<int>(rawLines.Count);
            var text = new StringBuilder(scalar.Value.Length);
            var unknown = new HashSet<string>(StringComparer.Ordinal);
            var lineByLine = true;
            for (var i = 0; i < rawLines.Count && lineByLine; i++)
            {
                var line = InterpolateLine(rawLines[i], environment, budget, unknown, out var s, out var e);
                if (line is null || line.IndexOf('\n') >= 0)
                {
                    lineByLine = false;
                    break;
                }
                if (i > 0) text.Append('\n');
                text.Append(line);
                starts.Add(s);
                ends.Add(e);
                lengths.Add(rawLines[i].Length);
            }
            if (!lineByLine)
            {
                // An expression across lines (`${X:-a` ... `}`) or a value with a line break of its own: the text is still
                // what Compose builds, but a position in it no longer maps to one line.
                var whole = Interpolator.Interpolate(scalar.Value, environment, budget);
                if (whole.Error is not null) return new InlineDockerfile(scalar, string.Empty, whole.Error, null, 0, 0, starts, ends, lengths);
                return new InlineDockerfile(scalar, Unplaceholder(whole.Value), null, null, 0, 0, starts, ends, lengths)
                {
                    UnknownVariables = whole.Unresolved ?? (IReadOnlyCollection<string>)Array.Empty<string>(),
                };
            }
            if (scalar.Value.EndsWith("\n", StringComparison.Ordinal)) text.Append('\n');

            var map = scalar.Style == YamlScalarStyle.Literal ? new LineMap(scalar.Source.Text) : null;
            int first = 0, indentation = 0;
            if (map is not null && !TryLayout(scalar, map, rawLines, out first, out indentation)) map = null;
            return new InlineDockerfile(scalar, text.ToString(), null, map, first, indentation, starts, ends, lengths) { UnknownVariables = unknown };
        }

        /// <summary>The content lines of a value (a final line break ends the last line, it does not start another).</summary>
        internal static List<string> Lines(string value)
        {
            var lines = new List<string>(value.Split('\n'));
            if (value.EndsWith("\n", StringComparison.Ordinal)) lines.RemoveAt(lines.Count - 1);
            return lines;
        }

        /// <summary>
        /// Where a literal block's content is written: its first content line (the line after the <c>|</c> header) and its
        /// indentation, checked against every line of the value, so an indentation indicator or blank lines change nothing.
        /// </summary>
        internal static bool TryLayout(YamlScalar scalar, LineMap map, List<string> rawLines, out int firstLine, out int indentation)
        {
            firstLine = 0;
            indentation = 0;
            var text = scalar.Source.Text;
            var header = text.IndexOf('|', Math.Min(scalar.StartOffset, text.Length));
            if (header < 0 || header >= scalar.EndOffset && scalar.EndOffset > scalar.StartOffset) return false;
            firstLine = map.LineOf(header) + 1;
            if (rawLines.Count == 0) return true;
            if (firstLine + rawLines.Count - 1 > map.LineCount) return false;
            var known = rawLines.FindIndex(l => l.Length > 0);
            if (known < 0)
            {
                indentation = 0;
                return true;
            }
            var sample = LineText(text, map, firstLine + known);
            indentation = sample.Length - rawLines[known].Length;
            if (indentation < 0) return false;
            for (var i = 0; i < rawLines.Count; i++)
            {
                var line = LineText(text, map, firstLine + i);
                var raw = rawLines[i];
                if (line.Length - indentation == raw.Length && IsSpaces(line, 0, indentation)
                    && string.CompareOrdinal(line, indentation, raw, 0, raw.Length) == 0)
                    continue;
                if (raw.Length == 0 && IsSpaces(line, 0, line.Length)) continue;
                return false;
            }
            return true;
        }

        private static bool IsSpaces(string s, int from, int to)
        {
            for (var i = from; i < to; i++)
                if (s[i] != ' ') return false;
            return true;
        }

        /// <summary>A line of the YAML text without its line break.</summary>
        internal static string LineText(string text, LineMap map, int line)
        {
            var start = map.LineStart(line);
            var end = line < map.LineCount ? map.LineStart(line + 1) : text.Length;
            while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r')) end--;
            return text.Substring(start, end - start);
        }

        /// <summary>
        /// One line interpolated, with the raw column each character comes from: <c>$$</c> is one <c>$</c>, a variable's
        /// value maps to the whole reference, an unresolved reference stays as written. Null when the line is not valid
        /// interpolation on its own.
        /// </summary>
        private static string? InterpolateLine(string raw, IReadOnlyDictionary<string, string> environment, ExpansionBudget budget, HashSet<string> unknown,
            out int[] starts, out int[] ends)
        {
            var sb = new StringBuilder(raw.Length);
            var s = new List<int>(raw.Length);
            var e = new List<int>(raw.Length);
            starts = Array.Empty<int>();
            ends = Array.Empty<int>();
            var i = 0;
            while (i < raw.Length)
            {
                var c = raw[i];
                if (c != '$' || i + 1 >= raw.Length)
                {
                    Add(sb, s, e, c, i, i + 1);
                    i++;
                    continue;
                }
                var next = raw[i + 1];
                int end;
                if (next == '$')
                {
                    Add(sb, s, e, '$', i, i + 2);
                    i += 2;
                    continue;
                }
                if (Interpolator.IsNameStart(next))
                {
                    end = i + 1;
                    while (end < raw.Length && Interpolator.IsNameChar(raw[end])) end++;
                }
                else if (next == '{')
                {
                    var close = Interpolator.FindClosingBrace(raw, i + 2, raw.Length);
                    if (close < 0) return null;
                    end = close + 1;
                }
                else
                {
                    Add(sb, s, e, c, i, i + 1);
                    i++;
                    continue;
                }
                var expression = raw.Substring(i, end - i);
                var value = Interpolator.Interpolate(expression, environment, budget);
                if (value.Error is not null) return null;
                if (value.Unresolved is not null)
                {
                    for (var k = i; k < end; k++) Add(sb, s, e, raw[k], k, k + 1);
                    unknown.UnionWith(value.Unresolved);
                }
                else
                    foreach (var ch in value.Value) Add(sb, s, e, ch, i, end);
                i = end;
            }
            starts = s.ToArray();
            ends = e.ToArray();
            return sb.ToString();
        }

        private static void Add(StringBuilder sb, List<int> starts, List<int> ends, char c, int start, int end)
        {
            sb.Append(c);
            starts.Add(start);
            ends.Add(end);
        }

        /// <summary>An unresolved variable written back as a reference (<c>${NAME}</c>) instead of the linter's placeholder.</summary>
        private static string Unplaceholder(string value)
        {
            return value.IndexOf(Interpolator.PlaceholderStart) < 0 ? value : PartialValue.Display(value);
        }

        /// <summary>The finding of the Dockerfile linter placed in the Compose file (its fix with it when the mapping is exact).</summary>
        public Finding Map(Finding finding)
        {
            var exact = IsExact && finding.Span.StartLine >= 1 && finding.Span.StartLine <= _starts.Count;
            var span = exact ? MapSpan(finding.Span) : _scalar.Span;
            var evidence = exact ? finding.Evidence : finding.Evidence + " (line " + finding.Span.StartLine + " of the inline Dockerfile)";
            var fix = exact && finding.Fix is not null ? FixIntent.InEmbeddedDockerfile(finding, Text, _scalar.Span) : null;
            return new Finding(finding.Rule, span, evidence, fix) { Suppression = finding.Suppression };
        }

        private SourceSpan MapSpan(SourceSpan span)
        {
            var (startLine, startColumn) = MapPosition(span.StartLine, span.StartColumn - 1, start: true);
            var endLine = Math.Max(span.StartLine, Math.Min(span.EndLine, _starts.Count));
            var (yamlEndLine, endColumn) = span.EndLine > _starts.Count
                ? MapPosition(_starts.Count, int.MaxValue, start: false)
                : MapPosition(endLine, span.EndColumn - 1, start: false);
            var map = _yamlLines!;
            var startOffset = map.LineStart(startLine) + startColumn - 1;
            var endOffset = map.LineStart(yamlEndLine) + endColumn - 1;
            if (yamlEndLine < startLine || (yamlEndLine == startLine && endColumn < startColumn))
            {
                yamlEndLine = startLine;
                endColumn = startColumn;
                endOffset = startOffset;
            }
            return new SourceSpan(_scalar.Source.Path, startLine, startColumn, yamlEndLine, endColumn, startOffset, endOffset);
        }

        /// <summary>
        /// A Dockerfile position (1-based line, 0-based character index; for an end, the index just after the last
        /// character) as a YAML line and 1-based column.
        /// </summary>
        private (int Line, int Column) MapPosition(int line, int index, bool start)
        {
            var starts = _starts[line - 1];
            var ends = _ends[line - 1];
            int raw;
            if (start) raw = index < starts.Length ? starts[Math.Max(0, index)] : _rawLengths[line - 1];
            else raw = index <= 0 ? 0 : index - 1 < ends.Length ? ends[index - 1] : _rawLengths[line - 1];
            return (_firstLine + line - 1, _indentation + raw + 1);
        }

        /// <summary>
        /// The YAML edits that make in the literal block holding <paramref name="dockerfile"/> the Dockerfile edits
        /// <paramref name="edits"/>: the lines each one changes are written again at the block's indentation (with the lines
        /// it inserts), with the file's line breaks, <c>$</c> written <c>$$</c>; every other line stays as written. Null when
        /// that cannot be done exactly: the block does not map line for line, or a line to rewrite, or one the edits copy
        /// (<paramref name="copiedFrom"/>, the USER a sudo step's switch to root restores), holds a variable Compose replaces
        /// (it would be written with the variable's value, and the variable lost).
        /// </summary>
        internal static List<TextEdit>? Rewrite(YamlScalar scalar, LineMap map, string dockerfile, IReadOnlyList<TextEdit> edits,
            IReadOnlyList<SourceSpan> copiedFrom, string newline)
        {
            if (scalar.Style != YamlScalarStyle.Literal) return null;
            var rawLines = Lines(scalar.Value);
            if (!TryLayout(scalar, map, rawLines, out var first, out var indentation)) return null;
            var oldLines = Lines(dockerfile);
            if (oldLines.Count != rawLines.Count) return null;
            var lineStarts = new List<int>(oldLines.Count + 1) { 0 };
            for (var i = 0; i < dockerfile.Length; i++)
                if (dockerfile[i] == '\n' && i + 1 < dockerfile.Length) lineStarts.Add(i + 1);
            if (lineStarts.Count != Math.Max(1, oldLines.Count)) return null;
            foreach (var source in copiedFrom)
            {
                if (!source.HasOffsets || source.EndOffset > dockerfile.Length) return null;
                var last = LineAt(Math.Max(source.StartOffset, source.EndOffset - 1), dockerfile, lineStarts);
                for (var i = LineAt(source.StartOffset, dockerfile, lineStarts); i <= last && i < rawLines.Count; i++)
                    if (rawLines[i] != Escape(oldLines[i])) return null;
            }

            var result = new List<TextEdit>();
            foreach (var hunk in Hunks(dockerfile, lineStarts, edits))
            {
                for (var i = hunk.From; i < hunk.To; i++)
                    if (rawLines[i] != Escape(oldLines[i])) return null;
                // The first content line decides the block's indentation when no indicator gives it: it must not start with a blank.
                if (hunk.From == 0 && hunk.NewLines.Count > 0 && hunk.NewLines[0].Length > 0 && (hunk.NewLines[0][0] == ' ' || hunk.NewLines[0][0] == '\t')) return null;
                result.Add(Write(scalar.Source.Text, map, first + hunk.From, first + hunk.To, hunk.NewLines, indentation, newline));
            }
            return result;
        }

        /// <summary>Dockerfile lines [From, To) replaced by NewLines (From == To: lines inserted before line From).</summary>
        private sealed class Hunk
        {
            public int From;
            public int To;
            public List<string> NewLines = new List<string>();
        }

        /// <summary>
        /// The edits, taken as <see cref="TextEdit.Apply"/> takes them, grouped by the lines they touch: an edit touches the
        /// lines from the one it starts in to the one it ends in, except that text inserted at a line's start and ending in a
        /// line break only inserts lines. Edits on the same or adjacent lines are one group.
        /// </summary>
        private static List<Hunk> Hunks(string dockerfile, List<int> lineStarts, IReadOnlyList<TextEdit> edits)
        {
            var hunks = new List<Hunk>();
            var pos = 0;
            var taken = new List<TextEdit>();
            foreach (var e in edits.Distinct().OrderBy(e => e.Start).ThenBy(e => e.End))
            {
                if (e.Start < pos || e.End > dockerfile.Length) continue;
                taken.Add(e);
                pos = e.End;
            }
            var k = 0;
            while (k < taken.Count)
            {
                var (from, to) = LinesOf(taken[k], dockerfile, lineStarts);
                var group = k;
                k++;
                while (k < taken.Count)
                {
                    var (nextFrom, nextTo) = LinesOf(taken[k], dockerfile, lineStarts);
                    if (nextFrom > to) break;
                    to = Math.Max(to, nextTo);
                    k++;
                }
                var regionStart = from < lineStarts.Count ? lineStarts[from] : dockerfile.Length;
                var regionEnd = to < lineStarts.Count ? lineStarts[to] : dockerfile.Length;
                var sb = new StringBuilder();
                var at = regionStart;
                for (var j = group; j < k; j++)
                {
                    sb.Append(dockerfile, at, taken[j].Start - at).Append(taken[j].NewText);
                    at = taken[j].End;
                }
                sb.Append(dockerfile, at, regionEnd - at);
                hunks.Add(new Hunk { From = from, To = to, NewLines = Lines(sb.ToString()) });
            }
            return hunks;
        }

        /// <summary>The lines [from, to) an edit rewrites.</summary>
        private static (int From, int To) LinesOf(TextEdit edit, string dockerfile, List<int> lineStarts)
        {
            var from = LineAt(edit.Start, dockerfile, lineStarts);
            if (from >= lineStarts.Count) return (from, from);
            if (edit.End == edit.Start && edit.Start == lineStarts[from] && edit.NewText.EndsWith("\n", StringComparison.Ordinal)) return (from, from);
            var last = LineAt(Math.Max(edit.Start, edit.End - 1), dockerfile, lineStarts);
            return (from, Math.Max(last, from) + 1);
        }

        /// <summary>The line an offset is in; the text's length, after a final line break, is the line after the last.</summary>
        private static int LineAt(int offset, string dockerfile, List<int> lineStarts)
        {
            if (offset >= dockerfile.Length && dockerfile.EndsWith("\n", StringComparison.Ordinal)) return lineStarts.Count;
            var line = lineStarts.BinarySearch(offset);
            return line >= 0 ? line : ~line - 1;
        }

        /// <summary>YAML lines [from, to) written again as <paramref name="lines"/> at the block's indentation.</summary>
        private static TextEdit Write(string text, LineMap map, int from, int to, List<string> lines, int indentation, string newline)
        {
            var pad = new string(' ', indentation);
            var sb = new StringBuilder();
            foreach (var line in lines)
            {
                if (line.Length > 0) sb.Append(pad).Append(Escape(line));
                sb.Append(newline);
            }
            var start = LineOffset(text, map, from);
            var end = LineOffset(text, map, to);
            var replacement = sb.ToString();
            // The block is the file's last line, without a line break: the lines go after a new one, and none is added at the end.
            if (start == text.Length && start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r') replacement = newline + replacement;
            if (end == text.Length && end > 0 && text[end - 1] != '\n' && text[end - 1] != '\r' && replacement.EndsWith(newline, StringComparison.Ordinal))
                replacement = replacement.Substring(0, replacement.Length - newline.Length);
            return new TextEdit(start, end, replacement);
        }

        /// <summary>Where a line starts; past the last line, the end of the text.</summary>
        private static int LineOffset(string text, LineMap map, int line) => line > map.LineCount ? text.Length : map.LineStart(line);

        private static string Escape(string line) => line.Replace("$", "$$");
    }
}
