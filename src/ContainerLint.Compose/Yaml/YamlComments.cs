using System;
using System.Collections.Generic;
using ContainerLint.Suppression;
using ContainerLint.Text;

namespace ContainerLint.Compose.Yaml
{
    /// <summary>
    /// Finds <c># containerlint ...</c> suppression comments in a YAML file and the lines each covers (rules.md,
    /// "Suppression in Dockerfile and Compose files"). A <c>#</c> starts a comment when it begins a line or follows
    /// whitespace, and is not inside a scalar (quoted strings and block scalars are content).
    /// </summary>
    internal static class YamlComments
    {
        public static SuppressionIndex? Index(YamlReadResult file)
        {
            var text = file.Source.Text;
            if (text.IndexOf("containerlint", StringComparison.OrdinalIgnoreCase) < 0) return null;

            var index = new SuppressionIndex();
            var map = new LineMap(text);
            Dictionary<int, int>? nodeEnds = null;
            var scalars = file.Scalars;
            var lineCount = map.LineCount;
            // The first line below the last own-line comment looked at that is not a comment line: a comment above it in the
            // same run of comment lines targets it too (found line by line for each, a stack of comments took time
            // quadratic in them, audit 108 B108-3).
            var runTarget = 0;
            for (var line = 1; line <= lineCount; line++)
            {
                var start = map.LineStart(line);
                var end = line < lineCount ? map.LineStart(line + 1) : text.Length;
                var hash = FindComment(text, start, end, scalars);
                if (hash < 0) continue;
                var commentEnd = end;
                while (commentEnd > hash && (text[commentEnd - 1] == '\n' || text[commentEnd - 1] == '\r')) commentEnd--;
                var comment = text.Substring(hash, commentEnd - hash);
                if (!SuppressionComment.MayBeSuppression(comment)) continue;
                var span = map.Span(file.Source.Path, hash, commentEnd);
                if (!SuppressionComment.TryParse(comment, span, out var suppression)) continue;
                if (suppression.IsGlobal)
                {
                    index.AddGlobal(suppression);
                    continue;
                }
                nodeEnds ??= NodeEnds(file);
                var ownLine = IsBlank(text, start, hash);
                var target = line;
                if (ownLine)
                {
                    // The node on the first line below that is not itself a comment.
                    target = runTarget > line ? runTarget : line + 1;
                    while (target <= lineCount && IsCommentLine(text, map.LineStart(target), target < lineCount ? map.LineStart(target + 1) : text.Length))
                        target++;
                    runTarget = target;
                }
                var last = nodeEnds.TryGetValue(target, out var e) ? Math.Max(e, target) : target;
                index.AddScoped(suppression, target, last);
            }
            return index;
        }

        private static Dictionary<int, int> NodeEnds(YamlReadResult file)
        {
            var ends = new Dictionary<int, int>();
            foreach (var (start, end) in file.NodeLines)
                if (!ends.TryGetValue(start, out var known) || end > known) ends[start] = end;
            return ends;
        }

        private static bool IsBlank(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
                if (text[i] != ' ' && text[i] != '\t') return false;
            return true;
        }

        private static bool IsCommentLine(string text, int start, int end)
        {
            var i = start;
            while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
            return i < end && text[i] == '#';
        }

        /// <summary>Offset of the <c>#</c> that starts a comment on the line [start, end), or -1.</summary>
        private static int FindComment(string text, int start, int end, List<YamlScalar> scalars)
        {
            for (var i = text.IndexOf('#', start, end - start); i >= 0; i = i + 1 < end ? text.IndexOf('#', i + 1, end - i - 1) : -1)
            {
                if (i > start && text[i - 1] != ' ' && text[i - 1] != '\t') continue;
                if (!InsideScalar(text, scalars, i)) return i;
            }
            return -1;
        }

        /// <summary>Whether the character at <paramref name="offset"/> is content of one of the file's <paramref name="scalars"/> (sorted by start).</summary>
        internal static bool InsideScalar(string text, List<YamlScalar> scalars, int offset) => ScalarHolding(text, scalars, offset) is not null;

        /// <summary>The one of the file's <paramref name="scalars"/> (sorted by start) whose content holds the character at <paramref name="offset"/>; null if none.</summary>
        internal static YamlScalar? ScalarHolding(string text, List<YamlScalar> scalars, int offset)
        {
            int lo = 0, hi = scalars.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (scalars[mid].StartOffset <= offset) { found = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            if (found < 0 || offset >= scalars[found].EndOffset) return null;
            // A block scalar's header line (`user: >- # comment`) may end with a comment; its content starts below.
            var scalar = scalars[found];
            if (scalar.Style is YamlScalarStyle.Literal or YamlScalarStyle.Folded)
                return text.IndexOfAny(LineBreaks, scalar.StartOffset, offset - scalar.StartOffset) >= 0 ? scalar : null;
            return scalar;
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };
    }
}
