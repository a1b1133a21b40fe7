using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerLint.Dockerfiles;
using ContainerLint.Engine;
using ContainerLint.Rules;

namespace ContainerLint.Compose.Tests
{
    /// <summary>
    /// The real-world corpus, damaged the ways files are while being edited: cut short, a line lost, a line doubled, a
    /// stray bracket or quote, a line's indentation lost. Whatever comes out, linting never throws (a file that cannot
    /// be read is a located CTL9001), and a fix never turns a file that could be read into one that cannot.
    /// Deterministic: the same damage at the same places every run.
    /// </summary>
    public class DamagedCorpusTests
    {
        private const string ComposePath = "/work/compose.yaml";

        [Fact]
        public void Damaged_compose_files_lint_and_fix_without_throwing_or_breaking()
        {
            var problems = new List<string>();
            var files = CorpusFiles(p => p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal));
            Assert.True(files.Count >= 200, files.Count + " Compose files");
            foreach (var file in files)
                foreach (var text in Damaged(File.ReadAllText(file)))
                {
                    try
                    {
                        var findings = LintCompose(text);
                        var fixedText = ComposeFixer.Apply(text, ComposePath, findings, out var applied);
                        if (applied.Count > 0 && !findings.Any(IsUnreadable) && LintCompose(fixedText).FirstOrDefault(IsUnreadable) is { } broken)
                            problems.Add($"{file}: the fix made it unreadable ({broken.Message})");
                    }
                    catch (Exception e)
                    {
                        problems.Add($"{file}: {e.GetType().Name}: {e.Message}");
                    }
                }
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(10)));
        }

        [Fact]
        public void Damaged_dockerfiles_lint_and_fix_without_throwing_or_breaking()
        {
            var problems = new List<string>();
            var files = CorpusFiles(p => Path.GetFileName(p).IndexOf("Dockerfile", StringComparison.OrdinalIgnoreCase) >= 0);
            Assert.True(files.Count >= 200, files.Count + " Dockerfiles");
            var request = new DockerfileRequest("/work/Dockerfile");
            foreach (var file in files)
                foreach (var text in Damaged(File.ReadAllText(file)))
                {
                    try
                    {
                        var findings = DockerfileLinter.Lint(text, request, LintOptions.Default);
                        var fixedText = DockerfileFixer.Apply(text, findings, out var applied);
                        if (applied.Count > 0 && !findings.Any(IsUnreadable)
                            && DockerfileLinter.Lint(fixedText, request, LintOptions.Default).FirstOrDefault(IsUnreadable) is { } broken)
                            problems.Add($"{file}: the fix made it unreadable ({broken.Message})");
                    }
                    catch (Exception e)
                    {
                        problems.Add($"{file}: {e.GetType().Name}: {e.Message}");
                    }
                }
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(10)));
        }

        private static bool IsUnreadable(Findings.Finding finding) => finding.Rule.Id == "CTL9001";

        private static IReadOnlyList<Findings.Finding> LintCompose(string text) =>
            ComposeLinter.Lint(new[] { ComposePath }, LintOptions.Default, new InMemoryFileSystem().Add(ComposePath, text)).Findings;

        private static List<string> CorpusFiles(Func<string, bool> include) =>
            Directory.EnumerateFiles(TestPaths.Corpus(), "*", SearchOption.AllDirectories)
                .Where(include)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();

        /// <summary>The file with one kind of damage each, placed by the file's own length so every file is hit elsewhere.</summary>
        private static IEnumerable<string> Damaged(string text)
        {
            if (text.Length < 2) yield break;
            var lines = text.Split('\n');
            var middle = lines.Length / 2;
            yield return text.Substring(0, text.Length / 3);
            yield return text.Substring(0, text.Length * 2 / 3);
            yield return string.Join("\n", lines.Where((_, i) => i != middle));
            yield return string.Join("\n", lines.Take(middle + 1).Concat(lines.Skip(middle)));
            var strays = new[] { "{", "[", "\"", "'", "${", "\\" };
            for (var k = 0; k < strays.Length; k++)
            {
                // After the first colon past a point that moves through the file, where a value starts.
                var colon = text.IndexOf(':', text.Length * (k + 1) / (strays.Length + 1));
                if (colon >= 0) yield return text.Insert(colon + 1, " " + strays[k]);
            }
            yield return string.Join("\n", lines.Select((line, i) => i == middle ? line.TrimStart() : line));
            yield return string.Join("\n", lines.Select((line, i) => i == middle ? "  " + line : line));
        }
    }
}
