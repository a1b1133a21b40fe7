using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ContainerLint.Catalog;
using ContainerLint.Configuration;
using ContainerLint.Engine;
using ContainerLint.Findings;

namespace ContainerLint.Tasks.Engine
{
    /// <summary>
    /// A finding as the report step needs it, independent of the engines: what the lint step writes into the findings
    /// cache (<c>obj/…/ContainerLint.findings</c>) so an incremental build can report the same findings without linting.
    /// </summary>
    public sealed class CachedFinding
    {
        public CachedFinding(string ruleId, string path, int startLine, int startColumn, int endLine, int endColumn,
            string message, RuleSeverity? configuredSeverity, string? suppressionJustification, string fingerprint,
            bool configuredSeverityFromBulk = false)
        {
            ConfiguredSeverityFromBulk = configuredSeverity is not null && configuredSeverityFromBulk;
            RuleId = ruleId;
            Path = path;
            StartLine = startLine;
            StartColumn = startColumn;
            EndLine = endLine;
            EndColumn = endColumn;
            Message = message;
            ConfiguredSeverity = configuredSeverity;
            SuppressionJustification = suppressionJustification;
            Fingerprint = fingerprint;
        }

        public string RuleId { get; }
        public string Path { get; }
        public int StartLine { get; }
        public int StartColumn { get; }
        public int EndLine { get; }
        public int EndColumn { get; }
        public string Message { get; }
        public RuleSeverity? ConfiguredSeverity { get; }

        /// <summary>Whether <see cref="ConfiguredSeverity"/> comes from a bulk entry (see <see cref="ProjectFinding.ConfiguredSeverityFromBulk"/>).</summary>
        public bool ConfiguredSeverityFromBulk { get; }

        /// <summary>Non-null when an in-source comment suppresses the finding (empty string: no reason given).</summary>
        public string? SuppressionJustification { get; }

        public bool IsSuppressed => SuppressionJustification is not null;

        public string Fingerprint { get; }
    }

    /// <summary>
    /// The findings cache: a header line, then one tab-separated line per finding and per problem of the configuration
    /// (reported again, as the findings are, by a build that does not lint).
    /// </summary>
    public static class FindingCache
    {
        // 3: a fingerprint may end in an occurrence counter (":2"), and findings that shared one have new ones (audit 37
        // F3): a cache of an earlier version is not read, so the next build lints again rather than replay the old ones.
        // 4: the configuration's problems ("c" lines). 5: with their kind, which the SARIF log names. 6: and whether the
        // compiler says them.
        internal const string Header = "containerlint-findings 6";

        public static void Write(string path, string repositoryRoot, IEnumerable<CachedFinding> findings,
            IEnumerable<ConfigurationProblem>? configurationProblems = null)
        {
            var sb = new StringBuilder();
            sb.Append(Header).Append('\n');
            sb.Append("root\t").Append(Escape(repositoryRoot)).Append('\n');
            foreach (var f in findings)
            {
                sb.Append("f\t").Append(f.RuleId)
                    .Append('\t').Append(Escape(f.Path))
                    .Append('\t').Append(f.StartLine.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(f.StartColumn.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(f.EndLine.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(f.EndColumn.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(f.ConfiguredSeverity?.ToText() ?? string.Empty)
                    .Append('\t').Append(f.ConfiguredSeverityFromBulk ? "1" : "0")
                    .Append('\t').Append(f.IsSuppressed ? "1" : "0")
                    .Append('\t').Append(Escape(f.SuppressionJustification ?? string.Empty))
                    .Append('\t').Append(f.Fingerprint)
                    .Append('\t').Append(Escape(f.Message))
                    .Append('\n');
            }
            foreach (var p in configurationProblems ?? Array.Empty<ConfigurationProblem>())
            {
                sb.Append("c\t").Append(p.Kind.ToString())
                    .Append('\t').Append(Escape(p.FilePath))
                    .Append('\t').Append(p.Line.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(p.Column.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(p.EndColumn.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(p.SaidByCompiler ? "1" : "0")
                    .Append('\t').Append(Escape(p.Message))
                    .Append('\n');
            }
            var directory = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        }

        /// <summary>Null when the file is missing or not a cache of this version (the caller lints again).</summary>
        public static (string RepositoryRoot, List<CachedFinding> Findings, List<ConfigurationProblem> ConfigurationProblems)? Read(string path)
        {
            if (!File.Exists(path)) return null;
            var lines = File.ReadAllText(path).Split('\n');
            if (lines.Length < 2 || lines[0] != Header || !lines[1].StartsWith("root\t", StringComparison.Ordinal)) return null;
            var root = Unescape(lines[1].Substring(5));
            var findings = new List<CachedFinding>();
            var problems = new List<ConfigurationProblem>();
            for (var i = 2; i < lines.Length; i++)
            {
                if (lines[i].Length == 0) continue;
                var p = lines[i].Split('\t');
                if (p[0] == "c")
                {
                    if (p.Length != 8 || !Enum.TryParse<ConfigurationProblemKind>(p[1], out var kind)) return null;
                    problems.Add(new ConfigurationProblem(kind, Unescape(p[2]), Int(p[3]), Int(p[4]), Int(p[5]), Unescape(p[7]), saidByCompiler: p[6] == "1"));
                    continue;
                }
                if (p.Length != 13 || p[0] != "f") return null;
                RuleSeverity? configured = null;
                if (p[7].Length > 0 && RuleSeverityText.TryParse(p[7], out var s)) configured = s;
                findings.Add(new CachedFinding(p[1], Unescape(p[2]), Int(p[3]), Int(p[4]), Int(p[5]), Int(p[6]),
                    Unescape(p[12]), configured, p[9] == "1" ? Unescape(p[10]) : null, p[11], configuredSeverityFromBulk: p[8] == "1"));
            }
            return (root, findings, problems);
        }

        /// <summary>The lint's findings as the cache holds them, each with its fingerprint (unique in its file).</summary>
        internal static IEnumerable<CachedFinding> ToCached(IReadOnlyList<ProjectFinding> findings, string root)
        {
            foreach (var byPath in findings.GroupBy(f => f.Finding.Span.Path, LintItem.PathComparer))
            {
                string[] lines;
                try
                {
                    // Read as the lint read it: a file too large to read, a pipe or a device has no lines.
                    lines = File.Exists(byPath.Key) ? PhysicalFileSystem.Instance.ReadAllText(byPath.Key).Replace("\r\n", "\n").Split('\n', '\r') : Array.Empty<string>();
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    lines = Array.Empty<string>();
                }
                var relative = ContainerLint.Tasks.Sarif.SarifLogWriter.RelativeUri(root, byPath.Key) ?? byPath.Key;
                // A finding a comment covers for some containers only is also a suppressed result for those (SuppressedPart).
                // Its fingerprint is the finding's with the containers added, so the finding's own stays what it was without
                // the comment (audit 143 S143-2). A finding suppressed for all its containers is one suppressed result (S143-4).
                var inFile = byPath.ToList();
                var fingerprints = Fingerprint.ComputeAll(relative, lines, inFile.Select(pf => new Fingerprint.Occurrence(
                    pf.Finding.Rule.Id, pf.Finding.Span.StartLine, pf.Finding.Span.StartColumn, pf.Finding.Span.EndLine, pf.Finding.Span.EndColumn)).ToList());
                for (var i = 0; i < inFile.Count; i++)
                {
                    var pf = inFile[i];
                    var f = pf.Finding;
                    var s = f.Span;
                    yield return new CachedFinding(f.Rule.Id, s.Path, s.StartLine, s.StartColumn, s.EndLine, s.EndColumn, f.Message,
                        pf.ConfiguredSeverity, f.Suppression?.Justification, fingerprints[i], pf.ConfiguredSeverityFromBulk);
                    if (f.IsSuppressed) continue;
                    foreach (var part in f.SuppressedParts)
                        yield return new CachedFinding(f.Rule.Id, s.Path, s.StartLine, s.StartColumn, s.EndLine, s.EndColumn, f.MessageOf(part),
                            pf.ConfiguredSeverity, part.Suppression.Justification, fingerprints[i] + ":" + string.Join(",", part.Containers),
                            pf.ConfiguredSeverityFromBulk);
                }
            }
        }

        private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

        private static string Escape(string text)
        {
            if (text.IndexOfAny(new[] { '\\', '\t', '\n', '\r' }) < 0) return text;
            return text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");
        }

        private static string Unescape(string text)
        {
            if (text.IndexOf('\\') < 0) return text;
            var sb = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c != '\\' || i + 1 >= text.Length) { sb.Append(c); continue; }
                var n = text[++i];
                sb.Append(n switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => n });
            }
            return sb.ToString();
        }
    }
}
