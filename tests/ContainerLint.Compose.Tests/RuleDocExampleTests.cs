using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerLint.Rules;

namespace ContainerLint.Compose.Tests
{
    /// <summary>
    /// The Compose examples of docs/rules/CTLnnnn.md (read by RuleDocExamples), each linted as the compose.yaml of a
    /// project of its own, with the default options (and, where its label names a Dockerfile's stages, a Dockerfile
    /// with those stages beside it): a bad one gives at least one finding of the page's rule, a good one none.
    /// </summary>
    public class RuleDocExampleTests
    {
        /// <summary>Examples the linter does not treat as their page says, where the page is right (rules.md): the defect, by example.</summary>
        private static readonly Dictionary<string, string> KnownDefects = new Dictionary<string, string>(StringComparer.Ordinal)
        {
        };

        public static TheoryData<string, int, string, string> Examples() => RuleDocExamples.Rows(ExampleKind.Compose);

        [SkippableTheory]
        [MemberData(nameof(Examples))]
        public void Compose_example_is_linted_as_its_page_says(string page, int index, string kind, string expectation)
        {
            var example = RuleDocExamples.Get(page, index);
            Assert.Equal(kind, example.Kind.ToString());
            Assert.Equal(expectation, example.Expectation);
            Skip.If(KnownDefects.TryGetValue(page + " #" + index, out var defect), defect);

            var files = new List<(string, string)> { ("compose.yaml", example.Code) };
            var dockerfile = example.Stages.Count > 0 ? Dockerfile(example.Stages) : null;
            if (dockerfile is not null) files.Add(("Dockerfile", dockerfile));
            var result = ComposeTestHost.LintProject(files.ToArray());
            // The builds' Dockerfiles are linted as the build task lints them, each with its request (target, build args):
            // the one the label describes; a build of any other Dockerfile is not linted here.
            var findings = result.Findings.ToList();
            foreach (var build in result.DockerfileBuilds)
                if (dockerfile is not null && Path.GetFullPath(build.Path) == Path.GetFullPath(ComposeTestHost.Dir + "Dockerfile"))
                    findings.AddRange(Dockerfiles.DockerfileLinter.Lint(dockerfile, build, LintOptions.Default));

            // A suppressed finding is not reported (only SARIF keeps it, marked suppressed).
            var found = findings.Where(f => f.Rule.Id == page && !f.IsSuppressed).ToList();
            var all = ComposeTestHost.Describe(findings);
            if (example.Bad) Assert.True(found.Count > 0, example + " gives no " + page + "; the linter gives:" + all + "\n" + example.Code);
            else Assert.True(found.Count == 0, example + " gives " + page + ":" + all + "\n" + example.Code);
        }

        /// <summary>A Dockerfile whose stages have the names given, in that order, the last running as a non-root user.</summary>
        private static string Dockerfile(IReadOnlyList<string> stages) =>
            string.Concat(stages.Select(stage => "FROM alpine:3.20 AS " + stage + "\nUSER 10001\n"));
    }
}
