using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Rules;

namespace ContainerLint.Configuration
{
    /// <summary>Reads rule severities and <c>containerlint.*</c> options out of the options of one file.</summary>
    public static class DiagnosticConfiguration
    {
        public const string NonRootUserKey = "containerlint.non_root_user";
        public const string NonRootBaseImagesKey = "containerlint.non_root_base_images";
        public const string AllowedCapabilitiesKey = "containerlint.allowed_capabilities";

        /// <summary>What every option's key starts with.</summary>
        public const string OptionPrefix = "containerlint.";

        /// <summary>Every <c>containerlint.*</c> option (design.md, "Configuration").</summary>
        public static readonly string[] OptionKeys = { NonRootUserKey, NonRootBaseImagesKey, AllowedCapabilitiesKey };

        /// <summary>
        /// The severity configured for a rule, or null when none is (or it says <c>default</c>). As in Roslyn,
        /// <c>dotnet_diagnostic.ID.severity</c> beats <c>dotnet_analyzer_diagnostic.category-Category.severity</c>,
        /// which beats <c>dotnet_analyzer_diagnostic.severity</c>.
        /// </summary>
        public static RuleSeverity? GetConfiguredSeverity(IReadOnlyDictionary<string, string> options, RuleDescriptor rule) =>
            GetConfiguredSeverity(options, rule, out _);

        /// <summary>
        /// <see cref="GetConfiguredSeverity(IReadOnlyDictionary{string, string}, RuleDescriptor)"/>, and whether the severity
        /// comes from a bulk entry (<c>dotnet_analyzer_diagnostic.category-Category.severity</c> or
        /// <c>dotnet_analyzer_diagnostic.severity</c>) rather than the rule's own <c>dotnet_diagnostic.ID.severity</c>. The
        /// compiler does not apply a bulk entry to an ID the command line names (<c>NoWarn</c>, <c>WarningsAsErrors</c>,
        /// <c>WarningsNotAsErrors</c>): Roslyn's TryGetSeverityFromBulkConfiguration skips an ID in
        /// SpecificDiagnosticOptions, so the task must know (SeverityPolicy).
        /// </summary>
        public static RuleSeverity? GetConfiguredSeverity(IReadOnlyDictionary<string, string> options, RuleDescriptor rule, out bool fromBulk)
        {
            fromBulk = false;
            if (options.Count == 0) return null;
            if (TryGetSeverity(options, "dotnet_diagnostic." + rule.Id.ToLowerInvariant() + ".severity", out var severity))
                return severity;
            if (TryGetSeverity(options, "dotnet_analyzer_diagnostic.category-" + rule.Category.ToLowerInvariant() + ".severity", out severity)
                || TryGetSeverity(options, "dotnet_analyzer_diagnostic.severity", out severity))
            {
                fromBulk = severity is not null;
                return severity;
            }
            return null;
        }

        private static bool TryGetSeverity(IReadOnlyDictionary<string, string> options, string key, out RuleSeverity? severity)
        {
            severity = null;
            if (!options.TryGetValue(key, out var text)) return false;
            if (string.Equals(text.Trim(), "default", System.StringComparison.OrdinalIgnoreCase)) return true;
            if (!RuleSeverityText.TryParse(text, out var parsed)) return false;
            severity = parsed;
            return true;
        }

        public static LintOptions GetLintOptions(IReadOnlyDictionary<string, string> options)
        {
            if (options.Count == 0) return LintOptions.Default;
            options.TryGetValue(NonRootUserKey, out var user);
            options.TryGetValue(NonRootBaseImagesKey, out var images);
            options.TryGetValue(AllowedCapabilitiesKey, out var capabilities);
            if (user is null && images is null && capabilities is null) return LintOptions.Default;
            return new LintOptions(user, LintOptions.SplitList(images), LintOptions.SplitList(capabilities));
        }
    }
}
