using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ContainerLint.Catalog;
using ContainerLint.Configuration;
using ContainerLint.Tasks.Engine;

namespace ContainerLint.Tasks.Sarif
{
    /// <summary>A reported (or in-source suppressed) finding with the level it has in this build.</summary>
    public readonly struct SarifResult
    {
        public SarifResult(CachedFinding finding, RuleSeverity level)
        {
            Finding = finding;
            Level = level;
        }

        public CachedFinding Finding { get; }
        public RuleSeverity Level { get; }
    }

    /// <summary>
    /// Writes a SARIF 2.1.0 log of the task's findings: the rules of the catalog that apply to Dockerfiles and Compose
    /// files, one result per finding with a repository-relative location (<c>uriBaseId</c> SRCROOT), a partial
    /// fingerprint, and <c>suppressions</c> for findings an in-source comment suppresses; the problems of the configuration
    /// are notifications of the run's invocation, not results (<see cref="ConfigurationNotifications"/>). The run names its category
    /// (<c>automationDetails.id</c>, one per project), so that the logs of several projects can be uploaded together:
    /// GitHub tells runs apart by the driver's name, fullName, version, semanticVersion and guid and that id.
    /// </summary>
    public static class SarifLogWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        public const string RootBaseId = "SRCROOT";
        public const string InformationUri = "https://github.com/containerlint/containerlint";

        public static IReadOnlyList<RuleDescriptor> Rules { get; } =
            RuleCatalog.All.Where(r => (r.Sources & (RuleSources.Dockerfile | RuleSources.Compose)) != 0).ToArray();

        public static void Write(string path, string repositoryRoot, IEnumerable<SarifResult> results, string toolVersion, string? category = null,
            string? notification = null, IEnumerable<ConfigurationProblem>? configurationProblems = null)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.WriteAllText(path, ToJson(repositoryRoot, results, toolVersion, category, notification, configurationProblems), new UTF8Encoding(false));
        }

        /// <param name="category">
        /// The run's <c>automationDetails.id</c> (none when null or blank), ending in <c>/</c> as GitHub reads it: the part
        /// before the last <c>/</c> is the category, the rest a run id, and a log of each build of the project replaces
        /// the last one's alerts only when the category is the same.
        /// </param>
        /// <param name="notification">
        /// When not null, the run has an invocation with this note among its <c>toolExecutionNotifications</c> (a build
        /// that did not lint says so).
        /// </param>
        /// <param name="configurationProblems">
        /// The warnings the build gives at config lines: the run's invocation has them as <c>toolConfigurationNotifications</c>
        /// (SARIF 2.1.0 3.20.21: conditions of the tool's configuration, not results), each with the descriptor of its kind
        /// (<see cref="ConfigurationNotifications"/>) and the line as its location.
        /// </param>
        public static string ToJson(string repositoryRoot, IEnumerable<SarifResult> results, string toolVersion, string? category = null,
            string? notification = null, IEnumerable<ConfigurationProblem>? configurationProblems = null)
        {
            var problems = (configurationProblems ?? Array.Empty<ConfigurationProblem>()).ToList();
            var rules = Rules;
            var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < rules.Count; i++) ruleIndex[rules[i].Id] = i;

            var w = new JsonWriter();
            w.StartObject()
                .Property("$schema", SchemaUri)
                .Property("version", "2.1.0")
                .Name("runs").StartArray().StartObject();

            w.Name("tool").StartObject().Name("driver").StartObject()
                .Property("name", "ContainerLint")
                .Property("fullName", "ContainerLint " + toolVersion)
                .Property("version", toolVersion);
            if (IsSemanticVersion(toolVersion)) w.Property("semanticVersion", toolVersion);
            w.Property("informationUri", InformationUri)
                .Name("rules").StartArray();
            foreach (var rule in rules) WriteRule(w, rule);
            w.EndArray().Name("notifications").StartArray();
            foreach (var descriptor in ConfigurationNotifications.All) WriteNotificationDescriptor(w, descriptor);
            w.EndArray().EndObject().EndObject();

            var automationId = AutomationId(category);
            if (automationId is not null) w.Name("automationDetails").StartObject().Property("id", automationId).EndObject();

            if (notification is not null || problems.Count > 0)
            {
                // The tool ran to its end: the configuration's problems are warnings, which leave the results complete.
                w.Name("invocations").StartArray().StartObject().Property("executionSuccessful", true);
                if (notification is not null)
                {
                    w.Name("toolExecutionNotifications").StartArray().StartObject()
                        .Property("level", "note")
                        .Name("message").StartObject().Property("text", notification).EndObject()
                        .EndObject().EndArray();
                }
                if (problems.Count > 0)
                {
                    w.Name("toolConfigurationNotifications").StartArray();
                    foreach (var problem in problems) WriteConfigurationNotification(w, repositoryRoot, problem);
                    w.EndArray();
                }
                w.EndObject().EndArray();
            }

            w.Name("originalUriBaseIds").StartObject()
                .Name(RootBaseId).StartObject().Property("uri", DirectoryUri(repositoryRoot)).EndObject()
                .EndObject();

            w.Name("results").StartArray();
            foreach (var result in results)
            {
                var f = result.Finding;
                w.StartObject().Property("ruleId", f.RuleId);
                if (ruleIndex.TryGetValue(f.RuleId, out var index)) w.Property("ruleIndex", index);
                w.Property("level", Level(result.Level))
                    .Name("message").StartObject().Property("text", f.Message).EndObject()
                    .Name("locations").StartArray().StartObject()
                    .Name("physicalLocation").StartObject();
                WriteArtifactLocation(w, repositoryRoot, f.Path);
                w.Name("region").StartObject()
                    .Property("startLine", Math.Max(1, f.StartLine))
                    .Property("startColumn", Math.Max(1, f.StartColumn))
                    .Property("endLine", Math.Max(Math.Max(1, f.StartLine), f.EndLine))
                    .Property("endColumn", Math.Max(1, f.EndColumn))
                    .EndObject()
                    .EndObject().EndObject().EndArray();
                w.Name("partialFingerprints").StartObject().Property(Fingerprint.Key, f.Fingerprint).EndObject();
                if (f.IsSuppressed)
                {
                    w.Name("suppressions").StartArray().StartObject().Property("kind", "inSource");
                    if (f.SuppressionJustification!.Length > 0) w.Property("justification", f.SuppressionJustification);
                    w.EndObject().EndArray();
                }
                w.EndObject();
            }
            w.EndArray();
            w.Property("columnKind", "utf16CodeUnits");
            w.EndObject().EndArray().EndObject();
            return w.ToString() + "\n";
        }

        /// <summary>Where a file is: relative to SRCROOT when under it, else an absolute file URI.</summary>
        private static void WriteArtifactLocation(JsonWriter w, string repositoryRoot, string path)
        {
            w.Name("artifactLocation").StartObject();
            var relative = RelativeUri(repositoryRoot, path);
            if (relative is not null) w.Property("uri", relative).Property("uriBaseId", RootBaseId);
            else w.Property("uri", new Uri(Path.GetFullPath(path)).AbsoluteUri);
            w.EndObject();
        }

        private static void WriteConfigurationNotification(JsonWriter w, string repositoryRoot, ConfigurationProblem problem)
        {
            var index = ConfigurationNotifications.IndexOf(problem.Kind);
            var line = Math.Max(1, problem.Line);
            var column = Math.Max(1, problem.Column);
            w.StartObject()
                .Name("descriptor").StartObject().Property("id", ConfigurationNotifications.All[index].Id).Property("index", index).EndObject()
                .Property("level", "warning")
                .Name("message").StartObject().Property("text", problem.Message).EndObject()
                .Name("locations").StartArray().StartObject()
                .Name("physicalLocation").StartObject();
            WriteArtifactLocation(w, repositoryRoot, problem.FilePath);
            w.Name("region").StartObject()
                .Property("startLine", line)
                .Property("startColumn", column)
                .Property("endLine", line)
                .Property("endColumn", Math.Max(column, problem.EndColumn))
                .EndObject()
                .EndObject().EndObject().EndArray()
                .EndObject();
        }

        private static void WriteNotificationDescriptor(JsonWriter w, ConfigurationNotifications.Descriptor descriptor)
        {
            w.StartObject()
                .Property("id", descriptor.Id)
                .Property("name", descriptor.Name)
                .Name("shortDescription").StartObject().Property("text", descriptor.Title).EndObject()
                // GitHub code scanning asks every descriptor for one (Sarif.Multitool GH2012, audit 124 A124-3).
                .Name("fullDescription").StartObject().Property("text", descriptor.Description).EndObject()
                .Name("defaultConfiguration").StartObject().Property("level", "warning").EndObject()
                .EndObject();
        }

        private static void WriteRule(JsonWriter w, RuleDescriptor rule)
        {
            w.StartObject()
                .Property("id", rule.Id)
                .Property("name", rule.Name)
                .Name("shortDescription").StartObject().Property("text", rule.Title).EndObject()
                .Name("fullDescription").StartObject().Property("text", rule.Description).EndObject()
                .Property("helpUri", rule.HelpLink)
                .Name("help").StartObject().Property("text", rule.Description + " " + rule.Rationale + ".").EndObject()
                .Name("defaultConfiguration").StartObject().Property("level", Level(rule.DefaultSeverity)).EndObject()
                .Name("properties").StartObject()
                .Property("category", rule.Category);
            // GitHub ranks a result by security-severity only when the rule is tagged 'security': the linter's own rules are
            // neither (audit 37 F6).
            if (rule.IsSecurityRule && rule.SecuritySeverity > 0)
                w.Property("security-severity", rule.SecuritySeverity.ToString("0.0", CultureInfo.InvariantCulture));
            w.Name("tags").StartArray();
            foreach (var tag in rule.Tags) w.String(tag);
            w.EndArray().EndObject().EndObject();
        }

        /// <summary>The category as an <c>automationDetails.id</c>: trimmed, ending in <c>/</c> (null when blank).</summary>
        public static string? AutomationId(string? category)
        {
            var id = category?.Trim();
            if (string.IsNullOrEmpty(id)) return null;
            return id!.EndsWith("/", StringComparison.Ordinal) ? id : id + "/";
        }

        /// <summary>Whether the version is a SemVer 2.0 one (a package version is; an assembly's 1.2.3.4 is not).</summary>
        public static bool IsSemanticVersion(string version) =>
            System.Text.RegularExpressions.Regex.IsMatch(version,
                @"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$",
                System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>SARIF levels: error, warning, note (suggestion), none (silent).</summary>
        public static string Level(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            RuleSeverity.Suggestion => "note",
            _ => "none",
        };

        public static string DirectoryUri(string directory)
        {
            var full = Path.GetFullPath(directory);
            if (!full.EndsWith("/", StringComparison.Ordinal) && !full.EndsWith("\\", StringComparison.Ordinal))
                full += Path.DirectorySeparatorChar;
            return new Uri(full).AbsoluteUri;
        }

        /// <summary>The path relative to the root as a URI reference (escaped segments, <c>/</c>), or null when outside it.</summary>
        public static string? RelativeUri(string root, string path)
        {
            var fullRoot = Path.GetFullPath(root).TrimEnd('/', '\\');
            var full = Path.GetFullPath(path);
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (full.Length <= fullRoot.Length + 1 || !full.StartsWith(fullRoot, comparison)
                || (full[fullRoot.Length] != '/' && full[fullRoot.Length] != '\\'))
                return null;
            var relative = full.Substring(fullRoot.Length + 1);
            return string.Join("/", relative.Split('/', '\\').Select(Uri.EscapeDataString));
        }
    }
}
