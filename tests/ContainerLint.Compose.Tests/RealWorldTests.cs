using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerLint.Engine;
using ContainerLint.Rules;

namespace ContainerLint.Compose.Tests
{
    /// <summary>Every Compose file of the real-world corpus reads without CTL9001 and without an exception.</summary>
    public class RealWorldTests
    {
        public static IEnumerable<object[]> ComposeFiles() =>
            Directory.EnumerateFiles(TestPaths.Corpus("realworld"), "*.*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new object[] { Path.GetRelativePath(TestPaths.Corpus("realworld"), p) });

        [Fact]
        public void Corpus_has_the_compose_files()
        {
            Assert.True(ComposeFiles().Count() >= 200);
        }

        [Theory]
        [MemberData(nameof(ComposeFiles))]
        public void Reads_without_ctl9001(string relativePath)
        {
            var path = TestPaths.Corpus("realworld", relativePath);
            var result = ComposeLinter.Lint(new[] { path }, LintOptions.Default, PhysicalFileSystem.Instance);
            Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "CTL9001");
            Assert.All(result.Findings, f => Assert.Equal(path, f.Span.Path));
            Assert.All(result.Findings, f => Assert.True(f.Span.StartLine >= 1 && f.Span.StartColumn >= 1 && f.Span.HasOffsets, f.ToString()));
        }

        /// <summary>
        /// The fix task's passes over each file (all its fixes, again until none applies): every pass leaves a file that
        /// reads without CTL9001 and re-indents no line, the passes come to an end, and every comment on a line of its own
        /// is still there.
        /// </summary>
        [Theory]
        [MemberData(nameof(ComposeFiles))]
        public void Fixing_every_finding_keeps_the_file_readable_and_its_layout(string relativePath)
        {
            var original = File.ReadAllText(TestPaths.Corpus("realworld", relativePath));
            var text = original;
            for (var pass = 0; ; pass++)
            {
                Assert.True(pass < 5, "still fixing after 5 passes");
                var findings = ComposeTestHost.Lint(text).Where(f => f.Fix is not null && !f.IsSuppressed).ToList();
                var fixedText = ComposeFixer.Apply(text, ComposeTestHost.File, findings, out var applied);
                // The first pass fixes something wherever there is something to fix: the checks below do not go unused.
                Assert.True(pass > 0 || findings.Count == 0 || applied.Count > 0, "no fix applied of " + findings.Count);
                if (applied.Count == 0) break;
                Assert.DoesNotContain(ComposeTestHost.Lint(fixedText), f => f.Rule.Id == "CTL9001");
                Assert.Empty(TextChanges.ReindentedLines(text, fixedText));
                text = fixedText;
            }
            var (removed, _) = TextChanges.Diff(original, text);
            Assert.DoesNotContain(removed, line => line.TrimStart().StartsWith('#'));
        }

        [Fact]
        public void Whole_corpus_lints_as_one_call()
        {
            var files = ComposeFiles().Select(o => TestPaths.Corpus("realworld", (string)o[0])).ToList();
            var result = ComposeLinter.Lint(files, LintOptions.Default, PhysicalFileSystem.Instance);
            Assert.NotEmpty(result.Findings);
            Assert.NotEmpty(result.DockerfileBuilds);
            Assert.All(result.DockerfileBuilds, b => Assert.True(Path.IsPathRooted(b.Path)));
        }
    }
}
