using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using ContainerLint.Tasks.Engine;

namespace ContainerLint.Package.Tests.Tasks
{
    /// <summary>
    /// The findings of the task's lint on the real-world Compose files and Dockerfiles of ../shared/corpus/realworld, all of
    /// them items of one project as a consumer would list them: every finding is one that was reviewed by reading the file
    /// (RealWorldCorpus/*.txt, the corpus README's "findings on them are reviewed by reading, not assumed"), and none is
    /// missing. The corpus is provided beside the repository and may hold other files, or other versions of them, on
    /// another machine: a file is compared only when its content is the one reviewed (RealWorldCorpus/corpus.sha256).
    /// </summary>
    public sealed class RealWorldCorpusTests
    {
        private static readonly string Root = TestPaths.Corpus("realworld");
        private static readonly string Reviews = TestPaths.Repo("tests", "ContainerLint.Package.Tests", "RealWorldCorpus");
        private static readonly Lazy<Dictionary<string, List<string>>> Actual = new Lazy<Dictionary<string, List<string>>>(LintCorpus);

        [SkippableFact]
        public void Compose_files_have_exactly_the_reviewed_findings() => Compare("compose.txt", ContainerFileKind.Compose);

        [SkippableFact]
        public void Dockerfiles_have_exactly_the_reviewed_findings() => Compare("dockerfiles.txt", ContainerFileKind.Dockerfile);

        [Fact]
        public void Every_reviewed_file_has_its_content_hash_and_every_hashed_file_is_reviewed()
        {
            var reviewed = Reviewed("compose.txt").Keys.Concat(Reviewed("dockerfiles.txt").Keys).OrderBy(p => p, StringComparer.Ordinal);
            Assert.Equal(ReviewedHashes().Keys.OrderBy(p => p, StringComparer.Ordinal), reviewed);
        }

        private static void Compare(string reviewFile, ContainerFileKind kind)
        {
            Skip.IfNot(Directory.Exists(Root), "no corpus at " + Root);
            var reviewed = Reviewed(reviewFile);
            var hashes = ReviewedHashes();
            var compared = 0;
            var differences = new List<string>();
            foreach (var (file, expected) in reviewed)
            {
                var path = Path.Combine(Root, file);
                if (!File.Exists(path) || Hash(path) != hashes[file]) continue;
                compared++;
                var actual = Actual.Value.TryGetValue(file, out var found) ? found : new List<string>();
                foreach (var line in expected.Except(actual)) differences.Add("not reported: " + file + line);
                foreach (var line in actual.Except(expected)) differences.Add("not reviewed: " + file + line);
            }
            foreach (var file in Actual.Value.Keys.Where(f => KindOf(f) == kind && !reviewed.ContainsKey(f)))
                differences.Add("a file of the corpus that is not reviewed has findings: " + file);
            Skip.If(compared == 0, "none of the reviewed files is in " + Root + " as it was reviewed");
            Assert.True(differences.Count == 0, compared + " files compared; review the differences (" + reviewFile + "):\n" + string.Join("\n", differences));
        }

        /// <summary>The corpus linted as the task lints a project's items: <c>(line,col): ID `text`</c> per finding, by file.</summary>
        private static Dictionary<string, List<string>> LintCorpus()
        {
            var items = Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
                .Select(path => (Path: path, Kind: KindOf(path)))
                .Where(file => file.Kind is not null)
                .OrderBy(file => file.Path, StringComparer.Ordinal)
                .Select(file => new LintItem(file.Path, file.Kind!.Value))
                .ToList();
            var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var projectFinding in new ProjectLinter(discoversEditorConfigs: false).Lint(items).Findings)
            {
                var finding = projectFinding.Finding;
                var file = Path.GetRelativePath(Root, finding.Span.Path).Replace('\\', '/');
                if (!result.TryGetValue(file, out var lines)) result.Add(file, lines = new List<string>());
                var text = File.ReadAllText(finding.Span.Path);
                var underlined = finding.Span.HasOffsets ? text.Substring(finding.Span.StartOffset, finding.Span.EndOffset - finding.Span.StartOffset) : string.Empty;
                lines.Add($"({finding.Span.StartLine},{finding.Span.StartColumn}): {finding.Rule.Id} `{underlined.Split('\n')[0].TrimEnd('\r', ' ')}`"
                    + (finding.IsSuppressed ? " suppressed" : string.Empty));
            }
            return result;
        }

        /// <summary>As the corpus names them (its README): YAML files are Compose files, files named Dockerfile Dockerfiles; not the licences.</summary>
        private static ContainerFileKind? KindOf(string path) =>
            path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal) ? ContainerFileKind.Compose
            : Path.GetFileName(path) == "Dockerfile" ? ContainerFileKind.Dockerfile
            : null;

        private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

        /// <summary>corpus.sha256, as <c>sha256sum</c> writes it: the hash of each reviewed file, as it was reviewed.</summary>
        private static Dictionary<string, string> ReviewedHashes() =>
            File.ReadAllLines(Path.Combine(Reviews, "corpus.sha256"))
                .Where(line => line.Length > 0)
                .ToDictionary(line => line.Substring(line.IndexOf(' ')).TrimStart(' ', '*'), line => line.Substring(0, line.IndexOf(' ')), StringComparer.Ordinal);

        private static Dictionary<string, List<string>> Reviewed(string reviewFile) => ReviewedFindings.Read(Path.Combine(Reviews, reviewFile));
    }
}
