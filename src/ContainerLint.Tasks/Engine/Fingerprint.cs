using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ContainerLint.Tasks.Engine
{
    /// <summary>
    /// SARIF <c>partialFingerprints</c>: a stable hash of the rule, the file's repository-relative path and the text of
    /// the finding's first line with whitespace normalised, so a finding keeps its identity when lines move. Findings of
    /// one rule on lines of the same text (two services with <c>user: root</c>), or on one line
    /// (<c>cap_add: [SYS_ADMIN, SYS_PTRACE]</c>), are told apart (<see cref="ComputeAll"/>): first by the text of their
    /// own span, then by an occurrence counter in file order (<c>:1</c>, <c>:2</c>, as GitHub's own line hash does).
    /// </summary>
    public static class Fingerprint
    {
        public const string Key = "containerLintLineHash/v1";

        /// <summary>A finding of one file as <see cref="ComputeAll"/> needs it.</summary>
        public readonly struct Occurrence
        {
            public Occurrence(string ruleId, int startLine, int startColumn, int endLine, int endColumn)
            {
                RuleId = ruleId;
                StartLine = startLine;
                StartColumn = startColumn;
                EndLine = endLine;
                EndColumn = endColumn;
            }

            public string RuleId { get; }
            public int StartLine { get; }
            public int StartColumn { get; }
            public int EndLine { get; }
            public int EndColumn { get; }
        }

        public static string Compute(string ruleId, string relativePath, string lineText)
        {
            var sb = new StringBuilder(ruleId.Length + relativePath.Length + lineText.Length + 2);
            sb.Append(ruleId).Append('|').Append(relativePath.Replace('\\', '/')).Append('|');
            // As version 1 has it (no space after a '|', the line's own too), so existing fingerprints stay as they were.
            var pendingSpace = false;
            foreach (var c in lineText)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && sb[sb.Length - 1] != '|') sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            return Hash(sb);
        }

        /// <summary>
        /// The fingerprints of the findings of one file (<paramref name="lines"/>, its text split at line ends), unique
        /// among them: a finding whose line hash (<see cref="Compute"/>) no other finding of the file shares keeps it; of
        /// those that share one, each whose span's text is its own gets a hash of the line hash and that text, and the
        /// rest that hash (or the line hash, when their spans' texts are all the same) followed by <c>:N</c>, their
        /// order in the file. Editing or moving other lines changes none of them.
        /// </summary>
        public static string[] ComputeAll(string relativePath, IReadOnlyList<string> lines, IReadOnlyList<Occurrence> findings)
        {
            var result = new string[findings.Count];
            // The line hash hashes the finding's whole line: computed once per rule and line, or a file written on one long
            // line (minified JSON) would cost its length once per finding on it.
            var lineHashes = new Dictionary<(string, int), string>();
            for (var i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                if (!lineHashes.TryGetValue((f.RuleId, f.StartLine), out var hash))
                    lineHashes[(f.RuleId, f.StartLine)] = hash = Compute(f.RuleId, relativePath, Line(lines, f.StartLine));
                result[i] = hash;
            }

            foreach (var shared in Enumerable.Range(0, findings.Count).GroupBy(i => result[i], System.StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
            {
                var spans = shared.ToDictionary(i => i, i => Normalized(SpanText(lines, findings[i])));
                var bySpan = spans.Values.Distinct(System.StringComparer.Ordinal).Count() > 1;
                var keys = shared.ToDictionary(i => i, i => bySpan ? Hash(new StringBuilder(shared.Key).Append('|').Append(spans[i])) : shared.Key);
                foreach (var same in shared.GroupBy(i => keys[i], System.StringComparer.Ordinal))
                {
                    if (same.Count() == 1)
                    {
                        result[same.First()] = same.Key;
                        continue;
                    }
                    var n = 0;
                    foreach (var i in same.OrderBy(i => findings[i].StartLine).ThenBy(i => findings[i].StartColumn)
                                 .ThenBy(i => findings[i].EndLine).ThenBy(i => findings[i].EndColumn).ThenBy(i => i))
                        result[i] = same.Key + ":" + (++n).ToString(CultureInfo.InvariantCulture);
                }
            }
            return result;
        }

        private static string Line(IReadOnlyList<string> lines, int line) =>
            line >= 1 && line <= lines.Count ? lines[line - 1] : string.Empty;

        /// <summary>The text from the span's start to its end (1-based UTF-16 columns, the end exclusive), lines joined by a line feed.</summary>
        internal static string SpanText(IReadOnlyList<string> lines, Occurrence f)
        {
            var sb = new StringBuilder();
            for (var line = f.StartLine; line <= f.EndLine; line++)
            {
                if (line < 1 || line > lines.Count) continue;
                var text = lines[line - 1];
                var start = line == f.StartLine ? Clamp(f.StartColumn - 1, text.Length) : 0;
                var end = line == f.EndLine ? Clamp(f.EndColumn - 1, text.Length) : text.Length;
                if (line > f.StartLine) sb.Append('\n');
                if (end > start) sb.Append(text, start, end - start);
            }
            return sb.ToString();
        }

        private static int Clamp(int value, int max) => value < 0 ? 0 : value > max ? max : value;

        /// <summary>The text without leading or trailing white space, every run of it inside one space.</summary>
        private static string Normalized(string text)
        {
            var sb = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            return sb.ToString();
        }

        // FNV-1a, 64 bits: deterministic across runtimes and processes (string.GetHashCode is not).
        private static string Hash(StringBuilder sb)
        {
            var hash = 14695981039346656037UL;
            for (var i = 0; i < sb.Length; i++)
            {
                hash ^= sb[i];
                hash *= 1099511628211UL;
            }
            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }
    }
}
