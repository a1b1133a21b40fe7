using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ContainerLint.Catalog;
using ContainerLint.Compose;
using ContainerLint.Dockerfiles;
using ContainerLint.Findings;
using ContainerLint.Tasks.Engine;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContainerLint.Tasks
{
    /// <summary>
    /// <c>dotnet build -t:ContainerLintFix</c>: applies the fixes of the findings this build reports at
    /// <see cref="FixSeverity"/> or above (default warning, like <c>dotnet format</c>) to the Dockerfiles and Compose
    /// files in place, says which files and rules changed, and lints again until nothing more changes, so a second run
    /// is a no-op.
    /// </summary>
    public sealed class FixContainerFiles : Task
    {
        private const int MaxPasses = 4;

        public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();
        public ITaskItem[] GlobalConfigFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project's <c>DiscoverEditorConfigFiles</c>: <c>false</c> takes only the .editorconfig files given.</summary>
        public string DiscoverEditorConfigFiles { get; set; } = string.Empty;
        public string Mode { get; set; } = string.Empty;
        public string NoWarn { get; set; } = string.Empty;
        public bool TreatWarningsAsErrors { get; set; }
        public string WarningsAsErrors { get; set; } = string.Empty;
        public string WarningsNotAsErrors { get; set; } = string.Empty;

        /// <summary>The project's folder: a <c>COMPOSE_FILE</c> in its <c>.env</c> names a project of its own (see the lint).</summary>
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>The lowest effective severity whose fixes are applied: error, warning (default) or suggestion.</summary>
        public string FixSeverity { get; set; } = string.Empty;

        /// <summary>The files changed.</summary>
        [Output]
        public ITaskItem[] FixedFiles { get; set; } = Array.Empty<ITaskItem>();

        public override bool Execute()
        {
            if (!SeverityPolicy.TryParseMode(Mode, out _))
            {
                Log.LogError("ContainerLintMode '{0}' is not one of Default, Strict, Minimum.", Mode);
                return false;
            }
            var threshold = RuleSeverity.Warning;
            if (!string.IsNullOrWhiteSpace(FixSeverity) && (!RuleSeverityText.TryParse(FixSeverity, out threshold) || threshold < RuleSeverity.Suggestion))
            {
                Log.LogError("ContainerLintFixSeverity '{0}' is not one of error, warning, suggestion.", FixSeverity);
                return false;
            }
            using (FixLock.Acquire(Log)) Fix(threshold);
            return !Log.HasLoggedErrors;
        }

        private void Fix(RuleSeverity threshold)
        {
            var policy = new SeverityPolicy(NoWarn, TreatWarningsAsErrors, WarningsAsErrors, WarningsNotAsErrors);
            var items = TaskInputs.ToLintItems(Files, new List<CachedFinding>());

            var changedRules = new Dictionary<string, SortedSet<string>>(LintItem.PathComparer);
            var fixCounts = new Dictionary<string, int>(LintItem.PathComparer);
            var refusedFiles = new HashSet<string>(LintItem.PathComparer);
            // Fixes a rule page promises that are not made here, each said once (every pass would find them again).
            var notMade = new HashSet<(string Path, int Line, string Rule)>();
            var optionProblems = new List<string>();
            var configurationProblems = new HashSet<(string Path, int Line, string Message)>();
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var result = new ProjectLinter(TaskInputs.Paths(GlobalConfigFiles), TaskInputs.IsEnabled(DiscoverEditorConfigFiles)).Lint(items, ProjectDirectory);
                foreach (var problem in result.ConfigurationProblems)
                    if (configurationProblems.Add((problem.FilePath, problem.Line, problem.Message))) ConfigurationWarning.Log(Log, problem);
                // A root or malformed non_root_user is one of the configuration problems above, said at its line.
                foreach (var problem in result.ComposeNonRootUserProblems)
                {
                    if (optionProblems.Contains(problem)) continue;
                    optionProblems.Add(problem);
                    Log.LogWarning("ContainerLint did not make the fixes that set a Compose service's user (CTL1001): "
                        + "containerlint.non_root_user = {0}. Set a literal non-root user for Compose files, such as 10001 or app:app "
                        + "(in an .editorconfig section for them); Dockerfile fixes still use it.", problem);
                }
                foreach (var withheld in result.Findings)
                    if (withheld.Finding is { Fix: null, IsSuppressed: false, FixWithheld: { } why } finding
                        && policy.Effective(finding.Rule, withheld.ConfiguredSeverity, withheld.ConfiguredSeverityFromBulk) >= threshold)
                        NotMade(notMade, finding, why);
                var fixable = result.Findings
                    .Where(f => f.Finding.Fix is not null && !f.Finding.IsSuppressed
                                && policy.Effective(f.Finding.Rule, f.ConfiguredSeverity, f.ConfiguredSeverityFromBulk) >= threshold)
                    .GroupBy(f => f.Finding.Span.Path, LintItem.PathComparer)
                    .ToList();
                var changedThisPass = false;
                foreach (var file in fixable)
                {
                    var path = file.Key;
                    if (!File.Exists(path)) continue;
                    if (ReadText(path) is not var (text, encoding))
                    {
                        if (refusedFiles.Add(path))
                            Log.LogWarning("ContainerLint did not fix {0}: it is not valid UTF-8 (nor UTF-16 or UTF-32 with a byte order mark), "
                                + "and writing it back would replace the bytes that are not with U+FFFD.", path);
                        continue;
                    }
                    IReadOnlyList<Finding> applied;
                    string fixedText;
                    string? refused = null;
                    IReadOnlyList<(Finding Finding, string Why)> declined = Array.Empty<(Finding, string)>();
                    var findings = file.Select(f => f.Finding).ToList();
                    try
                    {
                        fixedText = file.First().Kind == ContainerFileKind.Compose
                            ? ComposeFixer.Apply(text, path, findings, out applied, out refused, out declined)
                            : DockerfileFixer.Apply(text, findings, out applied, out declined);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        Log.LogWarning("ContainerLint could not fix {0}: {1}", path, e.Message);
                        continue;
                    }
                    if (refused is not null)
                    {
                        // Every pass would plan the same fixes again: say it once.
                        if (refusedFiles.Add(path)) Log.LogWarning("ContainerLint did not fix {0}: {1}", path, refused);
                        continue;
                    }
                    foreach (var (finding, why) in declined) NotMade(notMade, finding, why);
                    if (applied.Count == 0 || string.Equals(fixedText, text, StringComparison.Ordinal)) continue;
                    File.WriteAllText(path, fixedText, encoding);
                    changedThisPass = true;
                    if (!changedRules.TryGetValue(path, out var rules)) changedRules[path] = rules = new SortedSet<string>(StringComparer.Ordinal);
                    foreach (var a in applied) rules.Add(a.Rule.Id);
                    fixCounts[path] = (fixCounts.TryGetValue(path, out var n) ? n : 0) + applied.Count;
                }
                if (!changedThisPass) break;
            }

            foreach (var kv in changedRules)
                Log.LogMessage(MessageImportance.High, "ContainerLint fixed {0}: {1} ({2} fix{3})",
                    kv.Key, string.Join(", ", kv.Value), fixCounts[kv.Key], fixCounts[kv.Key] == 1 ? "" : "es");
            if (changedRules.Count == 0 && refusedFiles.Count == 0)
                Log.LogMessage(MessageImportance.High, "ContainerLint: nothing to fix.");
            FixedFiles = changedRules.Keys.Select(p => (ITaskItem)new TaskItem(p)).ToArray();
        }

        /// <summary>Says once, at the finding, that its fix is not made and why.</summary>
        private void NotMade(HashSet<(string Path, int Line, string Rule)> said, Finding finding, string why)
        {
            var span = finding.Span;
            if (!said.Add((span.Path, span.StartLine, finding.Rule.Id))) return;
            Log.LogWarning(null, null, null, span.Path, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn,
                "ContainerLint did not make the {0} fix here: {1}.", finding.Rule.Id, why);
        }

        /// <summary>
        /// The file's text, in the encoding its byte order mark names (UTF-8, UTF-16 or UTF-32, as the lint's reader takes
        /// them, so the findings' places are the same), else UTF-8; and that encoding, mark included, to write it back in.
        /// Null when a byte is not valid in it (a Latin-1 "é"): the lint read it as U+FFFD, and writing that back would
        /// change text no fix is about (audit 26).
        /// </summary>
        internal static (string Text, Encoding Encoding)? ReadText(string path)
        {
            var bytes = File.ReadAllBytes(path);
            var (encoding, mark) = EncodingOf(bytes);
            try
            {
                return (encoding.GetString(bytes, mark, bytes.Length - mark), encoding);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        private static (Encoding Encoding, int MarkLength) EncodingOf(byte[] b)
        {
            // UTF-32 LE first: its mark begins with UTF-16 LE's.
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (new UTF32Encoding(false, true, true), 4);
            if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return (new UTF32Encoding(true, true, true), 4);
            if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(true, true), 3);
            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, true, true), 2);
            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, true, true), 2);
            return (new UTF8Encoding(false, true), 0);
        }
    }
}
