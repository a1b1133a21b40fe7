using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ContainerLint.Catalog;
using ContainerLint.Tasks.Engine;
using Microsoft.Build.Framework;

namespace ContainerLint.Tasks
{
    /// <summary>Turns MSBuild items and properties into engine inputs.</summary>
    internal static class TaskInputs
    {
        /// <summary>The <c>ContainerLintFile</c> items; an unknown <c>Kind</c> becomes a CTL9001 on that file.</summary>
        public static List<LintItem> ToLintItems(ITaskItem[]? items, List<CachedFinding> problems)
        {
            var result = new List<LintItem>();
            foreach (var item in items ?? Array.Empty<ITaskItem>())
            {
                var path = item.GetMetadata("FullPath");
                if (string.IsNullOrEmpty(path)) path = Path.GetFullPath(item.ItemSpec);
                var kindText = item.GetMetadata("Kind");
                var kind = LintItem.ParseKind(kindText, path);
                if (kind is null)
                {
                    problems.Add(new CachedFinding(RuleIds.ParseError, path, 1, 1, 1, 1,
                        RuleCatalog.CTL9001.FormatMessage("ContainerLintFile Kind '" + kindText + "' is neither Dockerfile nor Compose"),
                        null, null, string.Empty));
                    continue;
                }
                // BuildTarget, not Target: MSBuild reserves "Target" as item metadata (MSB4066/MSB4118), so design.md's name
                // cannot be written in a project file.
                var buildArgs = LintItem.ParseBuildArgs(item.GetMetadata("BuildArgs"), out var fromEnvironment);
                result.Add(new LintItem(path, kind.Value, item.GetMetadata("BuildTarget"), buildArgs, fromEnvironment));
            }
            return result;
        }

        public static IEnumerable<string> Paths(ITaskItem[]? items) =>
            (items ?? Array.Empty<ITaskItem>()).Select(i => i.GetMetadata("FullPath")).Where(p => !string.IsNullOrEmpty(p));

        /// <summary>An MSBuild switch that is on unless it says <c>false</c> (as the SDK reads <c>'$(X)' != 'false'</c>).</summary>
        public static bool IsEnabled(string? value) => !string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        /// <summary>The nearest folder holding <c>.git</c> (a folder, or a file in a worktree), else the project folder.</summary>
        public static string RepositoryRoot(string projectDirectory) => RepositoryRoot(projectDirectory, null);

        /// <summary>
        /// As <see cref="RepositoryRoot(string)"/>, with the <c>.git</c> paths looked for and not found on the way into
        /// <paramref name="missing"/>: one that appears (<c>git init</c>) moves the root, and the SARIF log's paths with it.
        /// </summary>
        public static string RepositoryRoot(string projectDirectory, List<string>? missing)
        {
            var start = Path.GetFullPath(string.IsNullOrEmpty(projectDirectory) ? Directory.GetCurrentDirectory() : projectDirectory);
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var git = Path.Combine(dir.FullName, ".git");
                if (Directory.Exists(git) || File.Exists(git)) return dir.FullName;
                missing?.Add(git);
            }
            return start;
        }

        public static string ToolVersion
        {
            get
            {
                var info = typeof(TaskInputs).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
                if (string.IsNullOrEmpty(info)) return typeof(TaskInputs).Assembly.GetName().Version?.ToString() ?? "0.0.0";
                var plus = info!.IndexOf('+');
                return plus > 0 ? info.Substring(0, plus) : info;
            }
        }
    }
}
