using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    /// <summary>Every real-world Dockerfile of shared/corpus/realworld parses and lints without CTL9001 nor exception.</summary>
    public class RealWorldCorpusTests
    {
        public static IReadOnlyList<string> Files() =>
            Directory.EnumerateFiles(TestPaths.Corpus("realworld"), "*", SearchOption.AllDirectories)
                .Where(IsDockerfileName)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();

        internal static bool IsDockerfileName(string path)
        {
            var name = Path.GetFileName(path);
            return name.IndexOf("dockerfile", StringComparison.OrdinalIgnoreCase) >= 0
                || name.IndexOf("containerfile", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        [Fact]
        public void Corpus_has_the_expected_dockerfiles()
        {
            Assert.True(Files().Count >= 240, "found " + Files().Count);
        }

        [Fact]
        public void Every_dockerfile_parses_and_lints_without_a_parse_error()
        {
            var failures = new List<string>();
            foreach (var file in Files())
            {
                var text = File.ReadAllText(file);
                var document = DockerfileParser.Parse(text, file);
                if (document.HasErrors)
                {
                    failures.Add(file + ": " + document.Errors[0]);
                    continue;
                }
                var error = Lint(text).FirstOrDefault(f => f.Rule.Id == RuleIds.ParseError);
                if (error is not null) failures.Add(file + ": " + error);
            }
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        }

        /// <summary>
        /// The fix task's passes over each Dockerfile (all its fixes, again until none applies): every pass leaves a file
        /// that parses and re-indents no line, the passes come to an end, and every comment line is still there.
        /// </summary>
        [Fact]
        public void Fixing_every_finding_keeps_each_dockerfile_parsing_and_its_layout()
        {
            var failures = new List<string>();
            var fixedFiles = 0;
            foreach (var file in Files())
            {
                var original = File.ReadAllText(file);
                var text = original;
                for (var pass = 0; ; pass++)
                {
                    if (pass == 5)
                    {
                        failures.Add(file + ": still fixing after 5 passes");
                        break;
                    }
                    var findings = Lint(text).Where(f => f.Fix is not null && !f.IsSuppressed).ToList();
                    var fixedText = DockerfileFixer.Apply(text, findings, out var applied);
                    if (applied.Count == 0) break;
                    if (Lint(fixedText).FirstOrDefault(f => f.Rule.Id == RuleIds.ParseError) is { } error) failures.Add(file + ": " + error);
                    foreach (var line in TextChanges.ReindentedLines(text, fixedText)) failures.Add(file + ": re-indents '" + line + "'");
                    text = fixedText;
                }
                if (!ReferenceEquals(text, original)) fixedFiles++;
                foreach (var line in TextChanges.Diff(original, text).Removed)
                    if (line.TrimStart().StartsWith('#')) failures.Add(file + ": loses the comment '" + line.Trim() + "'");
            }
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
            Assert.True(fixedFiles >= 100, "fixed " + fixedFiles + " files");
        }

        [Fact]
        public void Every_instruction_span_starts_at_its_keyword()
        {
            foreach (var file in Files())
            {
                var text = File.ReadAllText(file);
                foreach (var instruction in DockerfileParser.Parse(text, file).Instructions)
                {
                    var written = text.Substring(instruction.Span.StartOffset, instruction.KeywordText.Length);
                    Assert.Equal(instruction.KeywordText, written);
                    Assert.True(instruction.Span.EndOffset <= text.Length);
                }
            }
        }
    }
}
