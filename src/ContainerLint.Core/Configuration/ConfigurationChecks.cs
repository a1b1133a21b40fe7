using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Rules;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Configuration
{
    /// <summary>
    /// What the task says about a config entry that applies to a file it lints, where it would otherwise do nothing without
    /// a word: a rule severity the compiler would not take (as the compiler's InvalidSeverityInAnalyzerConfig, which it
    /// reports only for sections it reads for C# files), <c>containerlint.allowed_capabilities</c> names that allow
    /// nothing, a <c>containerlint.non_root_user</c> no fix may write, and a <c>containerlint.*</c> key that is no option
    /// (the compiler passes any key on to analyzers without a word).
    /// </summary>
    public static class ConfigurationChecks
    {
        private const string SeverityPrefix = "dotnet_diagnostic.";
        private const string SeveritySuffix = ".severity";
        private const string Separators = "separate names with commas or spaces";

        /// <summary>Roslyn's names of the levels elsewhere (ReportDiagnostic, DiagnosticSeverity), which .editorconfig does not take.</summary>
        private static readonly Dictionary<string, string> SeverityWordFor = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["info"] = "suggestion",
            ["hidden"] = "silent",
            ["warn"] = "warning",
            ["suppress"] = "none",
        };

        public static IEnumerable<ConfigurationProblem> Check(AnalyzerConfigEntry entry)
        {
            if (IsRuleSeverity(entry.Key, out var id))
            {
                if (InvalidSeverity(entry, id) is { } invalid) yield return invalid;
            }
            else if (entry.Key == DiagnosticConfiguration.AllowedCapabilitiesKey)
            {
                if (UnknownCapabilities(entry) is { } unknown) yield return unknown;
                if (CapabilitiesAfterCommentMark(entry) is { } cut) yield return cut;
            }
            else if (entry.Key == DiagnosticConfiguration.NonRootUserKey)
            {
                // An empty value is the default user (LintOptions), as the key left out is.
                if (entry.Value.Trim().Length > 0 && LintOptions.CheckNonRootUser(entry.Value.Trim()) is { } why)
                    yield return new ConfigurationProblem(ConfigurationProblemKind.UnusableNonRootUser, entry,
                        DiagnosticConfiguration.NonRootUserKey + ": " + why + ", so the fixes that switch to a non-root user (CTL1001, CTL1002: "
                        + "ContainerLintFix, and the C# code fixes) are not made. Set it to a non-root user, such as 10001 or app:app.");
            }
            else if (entry.Key.StartsWith(DiagnosticConfiguration.OptionPrefix, StringComparison.Ordinal) && Array.IndexOf(DiagnosticConfiguration.OptionKeys, entry.Key) < 0)
            {
                var hint = OptionMeant(entry.Key) is { } meant ? " Did you mean " + meant + "?" : string.Empty;
                yield return new ConfigurationProblem(ConfigurationProblemKind.UnknownOption, entry,
                    entry.Key + " is not an option ContainerLint reads, so the line does nothing." + hint + " The options are "
                    + string.Join(", ", DiagnosticConfiguration.OptionKeys) + ".");
            }
        }

        /// <summary>
        /// The option a key that is none was likely meant to be: one a letter or two away (<c>non_root_usr</c>), else one that
        /// starts the same way (<c>allowed_caps</c>); null when none is near.
        /// </summary>
        private static string? OptionMeant(string key)
        {
            var nearest = DiagnosticConfiguration.OptionKeys.OrderBy(k => EditDistance(k, key)).First();
            if (EditDistance(nearest, key) <= 3) return nearest;
            var sameStart = DiagnosticConfiguration.OptionKeys.OrderByDescending(k => CommonPrefixLength(k, key)).First();
            return CommonPrefixLength(sameStart, key) >= DiagnosticConfiguration.OptionPrefix.Length + 6 ? sameStart : null;
        }

        private static int CommonPrefixLength(string a, string b)
        {
            var n = 0;
            while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
            return n;
        }

        /// <summary>Levenshtein distance (keys are short: a misspelt option is a letter or two away).</summary>
        private static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                (previous, current) = (current, previous);
            }
            return previous[b.Length];
        }

        /// <summary><c>dotnet_diagnostic.ID.severity</c>, as Roslyn's AnalyzerConfigSet.ParseSectionOptions recognises it.</summary>
        private static bool IsRuleSeverity(string key, out string id)
        {
            id = string.Empty;
            if (key.Length < SeverityPrefix.Length + SeveritySuffix.Length
                || !key.StartsWith(SeverityPrefix, StringComparison.Ordinal)
                || !key.EndsWith(SeveritySuffix, StringComparison.Ordinal)) return false;
            id = key.Substring(SeverityPrefix.Length, key.Length - SeverityPrefix.Length - SeveritySuffix.Length).ToUpperInvariant();
            return true;
        }

        private static ConfigurationProblem? InvalidSeverity(AnalyzerConfigEntry entry, string id)
        {
            // Roslyn's AnalyzerConfigSet.TryParseSeverity: these words, in any case (refactoring is silent), and nothing else.
            if (string.Equals(entry.Value, "default", StringComparison.OrdinalIgnoreCase) || RuleSeverityText.TryParse(entry.Value, out _))
                return null;
            var hint = SeverityWordFor.TryGetValue(entry.Value, out var word) ? " (for '" + entry.Value + "', write " + word + ")" : string.Empty;
            return new ConfigurationProblem(ConfigurationProblemKind.InvalidSeverity, entry,
                "Invalid severity in analyzer config file: " + id + " was given the severity '" + entry.Value
                + "', which is not one of default, none, silent, suggestion, warning, error" + hint + ". ContainerLint ignores the line, "
                + "as the compiler does, so it does not set " + id + "'s severity in the Dockerfiles and Compose files it applies to.");
        }

        private static ConfigurationProblem? UnknownCapabilities(AnalyzerConfigEntry entry)
        {
            var unknown = LintOptions.SplitList(entry.Value).Where(name => !Capabilities.Known.Contains(Capabilities.Normalize(name))).ToList();
            if (unknown.Count == 0) return null;
            var one = unknown.Count == 1;
            return new ConfigurationProblem(ConfigurationProblemKind.UnknownCapabilities, entry,
                DiagnosticConfiguration.AllowedCapabilitiesKey + " names " + Quoted(unknown) + ", which " + (one ? "is no capability" : "are no capabilities")
                + " Docker knows, so " + (one ? "it allows" : "they allow") + " nothing: a capability meant is still reported (CTL2001, CTL2002). "
                + "Write Docker's names, such as NET_ADMIN or cap_net_admin, and " + Separators + ".");
        }

        /// <summary>
        /// <c>SYS_TIME;NET_ADMIN</c>: <c>;</c> starts a comment in an analyzer config value, so only <c>SYS_TIME</c> is read.
        /// Said only when a capability name follows, so that a real comment after the list is left alone; after a <c>#</c>,
        /// only when the comment is nothing but capability names (<c>NET_ADMIN # SYS_TIME</c>, audit 43 F4), as a comment
        /// written as such may name one (<c># NET_ADMIN for the VPN</c>).
        /// </summary>
        private static ConfigurationProblem? CapabilitiesAfterCommentMark(AnalyzerConfigEntry entry)
        {
            if (entry.TrailingComment is not { } comment) return null;
            var names = LintOptions.SplitList(comment.Substring(1)).ToList();
            var cut = names.Where(name => Capabilities.Known.Contains(Capabilities.Normalize(name))).ToList();
            if (cut.Count == 0 || (comment[0] == '#' && cut.Count != names.Count)) return null;
            return new ConfigurationProblem(comment[0] == ';' ? ConfigurationProblemKind.CapabilitiesAfterSemicolon : ConfigurationProblemKind.CapabilitiesAfterHash, entry,
                DiagnosticConfiguration.AllowedCapabilitiesKey + ": '" + comment[0] + "' starts a comment in .editorconfig and .globalconfig, so " + Quoted(cut)
                + " after it " + (cut.Count == 1 ? "is" : "are") + " not read and still reported (CTL2001, CTL2002); " + Separators + ".");
        }

        private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => "'" + n.Trim() + "'"));
    }
}
