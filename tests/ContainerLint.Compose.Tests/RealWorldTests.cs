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
