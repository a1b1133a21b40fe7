using System;
using System.Collections.Generic;
using System.IO;
using ContainerLint.Catalog;
using ContainerLint.Configuration;
using ContainerLint.Tasks.Engine;
using ContainerLint.Tasks.Sarif;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContainerLint.Tasks
{
    /// <summary>
    /// Logs the cached findings as build diagnostics (errors and warnings in MSBuild's canonical form, suggestions as
    /// messages, silent/none and in-source-suppressed findings not at all) and writes the SARIF log. Runs on every
    /// build, linted or not, so the result never depends on incrementality.
    /// </summary>
    public sealed class ReportContainerLintFindings : Task
    {
        /// <summary>The findings cache the lint step wrote (not read when <see cref="LintDisabled"/>).</summary>
        public string CacheFile { get; set; } = string.Empty;

        /// <summary>
        /// The build does not lint (<c>ContainerLintEnabled=false</c>): no findings are reported, and the SARIF log, when
        /// one is named, is written with no results and a notification that says so, in place of the last lint's.
        /// </summary>
        public bool LintDisabled { get; set; }

        /// <summary>The project's folder, where the repository root (SRCROOT) is looked for when <see cref="LintDisabled"/>.</summary>
        public string ProjectDirectory { get; set; } = string.Empty;

        public string Mode { get; set; } = string.Empty;
        public string NoWarn { get; set; } = string.Empty;
        public bool TreatWarningsAsErrors { get; set; }
        public string WarningsAsErrors { get; set; } = string.Empty;
        public string WarningsNotAsErrors { get; set; } = string.Empty;

        /// <summary>Where to write the SARIF 2.1.0 log; empty for none.</summary>
        public string SarifFile { get; set; } = string.Empty;

        /// <summary>The SARIF run's category (<c>automationDetails.id</c>), <c>ContainerLintSarifCategory</c>.</summary>
        public string SarifCategory { get; set; } = string.Empty;

        /// <summary>The notification of a log written by a build that does not lint.</summary>
        public const string LintDisabledNotification =
            "ContainerLint did not lint in this build (ContainerLintEnabled is false): no Dockerfile or Compose file was checked, so the log has no results.";

        public override bool Execute()
        {
            if (LintDisabled)
            {
                // A CI step that uploads the configured log after every build would otherwise upload the last lint's
                // findings, fixed or not: an empty log closes them, as a lint that finds nothing would.
                if (!string.IsNullOrEmpty(SarifFile))
                    WriteSarif(TaskInputs.RepositoryRoot(ProjectDirectory), new List<SarifResult>(), LintDisabledNotification);
                return !Log.HasLoggedErrors;
            }

            // The mode reaches severities through its global config (SeverityPolicy): a name the targets do not know adds
            // none, so the findings are reported, and SARIF written, with the defaults, as the compiler reports C# ones.
            if (!SeverityPolicy.TryParseMode(Mode, out _))
                Log.LogError("ContainerLintMode '{0}' is not one of Default, Strict, Minimum (in any case): the build fails, so that a misspelt "
                    + "mode does not gate it at other severities than meant; the findings below have the default severities.", Mode);
            var cache = FindingCache.Read(CacheFile);
            if (cache is null)
            {
                Log.LogMessage(MessageImportance.Low, "ContainerLint: no findings cache at {0}.", CacheFile);
                return true;
            }

            // The log has every problem; the build leaves to the compiler the ones it warns about itself.
            foreach (var problem in cache.Value.ConfigurationProblems)
                if (!problem.SaidByCompiler) ConfigurationWarning.Log(Log, problem);
            var policy = new SeverityPolicy(NoWarn, TreatWarningsAsErrors, WarningsAsErrors, WarningsNotAsErrors);
            var sarif = new List<SarifResult>();
            foreach (var f in cache.Value.Findings)
            {
                var rule = RuleCatalog.TryGet(f.RuleId, out var descriptor) ? descriptor : RuleCatalog.CTL9001;
                var severity = policy.Effective(rule, f.ConfiguredSeverity, f.ConfiguredSeverityFromBulk);
                if (severity <= RuleSeverity.Silent) continue;
                sarif.Add(new SarifResult(f, severity));
                if (!f.IsSuppressed) Report(rule, f, severity);
            }

            if (!string.IsNullOrEmpty(SarifFile)) WriteSarif(cache.Value.RepositoryRoot, sarif, configurationProblems: cache.Value.ConfigurationProblems);
            return !Log.HasLoggedErrors;
        }

        /// <summary>The SARIF log, or one line that says why it cannot be written (as the compiler's CS2021 for ErrorLog).</summary>
        private void WriteSarif(string repositoryRoot, List<SarifResult> results, string? notification = null,
            IReadOnlyList<ConfigurationProblem>? configurationProblems = null)
        {
            var why = SarifFile.EndsWith("/", StringComparison.Ordinal) || SarifFile.EndsWith("\\", StringComparison.Ordinal) || Directory.Exists(SarifFile)
                ? "it names a folder; give the file's name, such as " + Path.Combine(SarifFile, "containerlint.sarif")
                : null;
            if (why is null)
            {
                try
                {
                    SarifLogWriter.Write(SarifFile, repositoryRoot, results, TaskInputs.ToolVersion, SarifCategory, notification, configurationProblems);
                    return;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    why = e.Message;
                }
            }
            Log.LogError("ContainerLint could not write the SARIF log ContainerLintSarifFile='{0}': {1}", SarifFile, why);
        }

        private void Report(RuleDescriptor rule, CachedFinding f, RuleSeverity severity)
        {
            // No message arguments: MSBuild formats the message only when there are some, so "${VAR}" stays as written.
            // A message with a file is printed in canonical form too: "file(l,c,el,ec): message CTL1006: text".
            // The help link ends the text, as the compiler ends every diagnostic's (its C# findings of the same rules too): the
            // classic console logger, which a CI log captures, does not print the event's HelpLink (audit 150 A150-2).
            var text = f.Message + " (" + rule.HelpLink + ")";
            switch (severity)
            {
                case RuleSeverity.Error:
                    Log.LogError(null, f.RuleId, f.RuleId, rule.HelpLink, f.Path, f.StartLine, f.StartColumn, f.EndLine, f.EndColumn, text);
                    break;
                case RuleSeverity.Warning:
                    Log.LogWarning(null, f.RuleId, f.RuleId, rule.HelpLink, f.Path, f.StartLine, f.StartColumn, f.EndLine, f.EndColumn, text);
                    break;
                case RuleSeverity.Suggestion:
                    Log.LogMessage(null, f.RuleId, f.RuleId, f.Path, f.StartLine, f.StartColumn, f.EndLine, f.EndColumn, MessageImportance.Normal, text);
                    break;
            }
        }
    }
}
