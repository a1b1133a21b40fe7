using System;
using System.Collections.Generic;
using ContainerLint.Catalog;

namespace ContainerLint.Tasks.Engine
{
    /// <summary>
    /// <c>ContainerLintMode</c>: which default severities apply. The mode reaches both engines the same way, as the
    /// global config the package's targets add to <c>@(EditorConfigFiles)</c> (build/ContainerLint.*.globalconfig), so
    /// the task only checks the name: a default applied here besides the file would differ from the compiler where a
    /// user's global config at the file's level cancels its key (Roslyn then falls back to the rule's own default).
    /// </summary>
    public enum ContainerLintMode
    {
        /// <summary>The defaults of rules.md.</summary>
        Default,

        /// <summary>Every <c>suggestion</c> rule is a <c>warning</c>.</summary>
        Strict,

        /// <summary>Only <c>error</c> rules are reported.</summary>
        Minimum,
    }

    /// <summary>
    /// How severe a finding is in this build, the way the compiler decides for its own warnings: the configured
    /// severity (.editorconfig / .globalconfig, <see cref="ContainerLintMode"/>'s global config among them) or the rule's
    /// default, with the compiler's command-line options on top, as csc applies <c>/nowarn</c>, <c>/warnaserror+:</c> and
    /// <c>/warnaserror-:</c> (checked against the SDK 10 compiler with analyzers of every default severity):
    /// <list type="bullet">
    /// <item><c>NoWarn</c> turns the rule off, whatever else says;</item>
    /// <item><c>WarningsNotAsErrors</c> beats <c>WarningsAsErrors</c> (MSBuild passes it after it) and
    /// <c>TreatWarningsAsErrors</c>; it also turns a severity configured as <c>error</c> back into a warning (a rule
    /// whose default is error stays an error, also where a configuration file states that default: audit 40 F1);</item>
    /// <item><c>WarningsAsErrors</c> makes the rule an error whatever its configured or default severity, suggestion,
    /// silent and none included: a command-line option beats .editorconfig and .globalconfig;</item>
    /// <item><c>TreatWarningsAsErrors</c> raises warnings only.</item>
    /// </list>
    /// A rule any of <c>NoWarn</c>, <c>WarningsAsErrors</c> or <c>WarningsNotAsErrors</c> names has a command-line entry,
    /// so the compiler does not apply the bulk <c>dotnet_analyzer_diagnostic.severity</c> or
    /// <c>dotnet_analyzer_diagnostic.category-*.severity</c> to it (Roslyn's TryGetSeverityFromBulkConfiguration skips an
    /// ID in SpecificDiagnosticOptions); its own <c>dotnet_diagnostic.ID.severity</c> still applies.
    /// </summary>
    public sealed class SeverityPolicy
    {
        private readonly HashSet<string> _noWarn;
        private readonly HashSet<string> _warningsAsErrors;
        private readonly HashSet<string> _warningsNotAsErrors;

        public SeverityPolicy(string? noWarn = null, bool treatWarningsAsErrors = false,
            string? warningsAsErrors = null, string? warningsNotAsErrors = null)
        {
            TreatWarningsAsErrors = treatWarningsAsErrors;
            _noWarn = ParseCodes(noWarn);
            _warningsAsErrors = ParseCodes(warningsAsErrors);
            _warningsNotAsErrors = ParseCodes(warningsNotAsErrors);
        }

        public static SeverityPolicy Default { get; } = new SeverityPolicy();

        public bool TreatWarningsAsErrors { get; }

        /// <param name="configuredFromBulk">Whether <paramref name="configured"/> comes from a bulk entry rather than the rule's own.</param>
        public RuleSeverity Effective(RuleDescriptor rule, RuleSeverity? configured, bool configuredFromBulk = false)
        {
            if (_noWarn.Contains(rule.Id)) return RuleSeverity.None;
            if (configuredFromBulk && (_warningsNotAsErrors.Contains(rule.Id) || _warningsAsErrors.Contains(rule.Id))) configured = null;
            if (_warningsNotAsErrors.Contains(rule.Id))
                return configured == RuleSeverity.Error && rule.DefaultSeverity != RuleSeverity.Error ? RuleSeverity.Warning : configured ?? rule.DefaultSeverity;
            if (_warningsAsErrors.Contains(rule.Id)) return RuleSeverity.Error;
            var severity = configured ?? rule.DefaultSeverity;
            return severity == RuleSeverity.Warning && TreatWarningsAsErrors ? RuleSeverity.Error : severity;
        }

        public static bool TryParseMode(string? text, out ContainerLintMode mode)
        {
            mode = ContainerLintMode.Default;
            if (string.IsNullOrWhiteSpace(text)) return true;
            return Enum.TryParse(text!.Trim(), ignoreCase: true, out mode) && Enum.IsDefined(typeof(ContainerLintMode), mode);
        }

        /// <summary>
        /// MSBuild code lists as the compiler reads them (checked with the SDK's Csc): entries end at <c>;</c>, <c>,</c> and
        /// line breaks, blanks around them are dropped, and blanks inside one (<c>CS0168 CTL1001</c>) leave an entry that
        /// names no rule (audit 18, L3). IDs are compared as written, as the compiler compares them: <c>ctl1001</c> names no
        /// rule (audits 40 F4, 41 F1; MSBuild's own handling of logged warnings ignores case, the same for both engines).
        /// </summary>
        private static HashSet<string> ParseCodes(string? text)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            if (string.IsNullOrEmpty(text)) return set;
            foreach (var entry in text!.Split(new[] { ';', ',', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var code = entry.Trim();
                if (code.Length > 0) set.Add(code);
            }
            return set;
        }
    }
}
