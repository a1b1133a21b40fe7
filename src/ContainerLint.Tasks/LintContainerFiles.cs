using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ContainerLint.Engine;
using ContainerLint.Tasks.Engine;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContainerLint.Tasks
{
    /// <summary>
    /// Lints the <c>ContainerLintFile</c> items and writes the findings cache (and the list of every file read, for the
    /// next build's up-to-date check). Logging is <see cref="ReportContainerLintFindings"/>'s job, so a build that skips
    /// this step reports exactly the same.
    /// </summary>
    public sealed class LintContainerFiles : Task
    {
        public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>
        /// Analyzer config files given to the compiler (<c>@(EditorConfigFiles)</c>, the SDK's <c>GlobalAnalyzerConfigFiles</c>,
        /// the nearest <c>.globalconfig</c>): global ones apply to every file, others are editorconfigs of their folder.
        /// </summary>
        public ITaskItem[] GlobalConfigFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project's <c>DiscoverEditorConfigFiles</c>: <c>false</c> takes only the .editorconfig files given.</summary>
        public string DiscoverEditorConfigFiles { get; set; } = string.Empty;

        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>The project's C# files (<c>@(Compile)</c>): the compiler warns about a severity it does not take in the sections it reads for them.</summary>
        public ITaskItem[] CompileFiles { get; set; } = Array.Empty<ITaskItem>();

        [Required]
        public string CacheFile { get; set; } = string.Empty;

        /// <summary>Receives every file the lint read, one per line.</summary>
        public string DependencyFile { get; set; } = string.Empty;

        /// <summary>Receives every file the lint looked for and did not find, one per line (if one appears, lint again).</summary>
        public string ProbeFile { get; set; } = string.Empty;

        public override bool Execute()
        {
            var watch = Stopwatch.StartNew();
            var problems = new List<CachedFinding>();
            var items = TaskInputs.ToLintItems(Files, problems);
            var linter = new ProjectLinter(TaskInputs.Paths(GlobalConfigFiles), TaskInputs.IsEnabled(DiscoverEditorConfigFiles));
            var result = linter.Lint(items, ProjectDirectory, TaskInputs.Paths(CompileFiles));
            var missingRepositories = new List<string>();
            var root = TaskInputs.RepositoryRoot(ProjectDirectory, missingRepositories);

            var cached = problems.Concat(FindingCache.ToCached(result.Findings, root)).ToList();
            FindingCache.Write(CacheFile, root, cached, result.ConfigurationProblems);
            if (!string.IsNullOrEmpty(DependencyFile))
                WriteIfDifferent(DependencyFile, string.Join("\n", WithLinkTargets(result.FilesRead.Concat(items.Select(i => i.Path))).Distinct(LintItem.PathComparer)) + "\n");
            if (!string.IsNullOrEmpty(ProbeFile))
                WriteIfDifferent(ProbeFile, string.Join("\n", result.FilesMissing.Concat(missingRepositories)) + "\n");

            Log.LogMessage(MessageImportance.Low, "ContainerLint: linted {0} file(s), {1} finding(s), in {2} ms.",
                items.Count, cached.Count, watch.ElapsedMilliseconds);
            return !Log.HasLoggedErrors;
        }

        /// <summary>
        /// The files read, and for one read through a symbolic link the file it points to: MSBuild checks a target's inputs
        /// by the link's own time, so an edit of the file it points to would not lint again (audit 28).
        /// </summary>
        internal static IEnumerable<string> WithLinkTargets(IEnumerable<string> paths)
        {
            foreach (var path in paths)
            {
                yield return path;
#if NET
                string? target = null;
                try
                {
                    target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
                if (target is not null) yield return target;
#endif
            }
        }

        private static void WriteIfDifferent(string path, string content)
        {
            if (File.Exists(path) && File.ReadAllText(path) == content) return;
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.WriteAllText(path, content, new UTF8Encoding(false));
        }
    }
}
