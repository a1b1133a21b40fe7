using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Core.Tests.Dockerfile;

namespace ContainerLint.Core.Tests.Docs
{
    /// <summary>
    /// The Dockerfile examples of docs/rules/CTLnnnn.md (read by RuleDocExamples), each linted alone with the default
    /// options: a bad one gives at least one finding of the page's rule, a good one none.
    /// </summary>
    public class RuleDocExampleTests
    {
        /// <summary>Examples the linter does not treat as their page says, where the page is right (rules.md): the defect, by example.</summary>
        private static readonly Dictionary<string, string> KnownDefects = new Dictionary<string, string>(StringComparer.Ordinal)
        {
        };

        public static TheoryData<string, int, string, string> Examples() => RuleDocExamples.Rows(ExampleKind.Dockerfile);

        [SkippableTheory]
        [MemberData(nameof(Examples))]
        public void Dockerfile_example_is_linted_as_its_page_says(string page, int index, string kind, string expectation)
        {
            var example = RuleDocExamples.Get(page, index);
            Assert.Equal(kind, example.Kind.ToString());
            Assert.Equal(expectation, example.Expectation);
            Skip.If(KnownDefects.TryGetValue(page + " #" + index, out var defect), defect);

            var findings = DockerfileTesting.Lint(example.Code);

            // A suppressed finding is not reported (only SARIF keeps it, marked suppressed).
            var found = findings.Where(f => f.Rule.Id == page && !f.IsSuppressed).ToList();
            var all = "\n  " + string.Join("\n  ", findings.Select(f => f.ToString()));
            if (example.Bad) Assert.True(found.Count > 0, example + " gives no " + page + "; the linter gives:" + all + "\n" + example.Code);
            else Assert.True(found.Count == 0, example + " gives " + page + ":" + all + "\n" + example.Code);
        }

        [Fact]
        public void Every_rule_page_has_examples_and_each_kind_is_enumerated()
        {
            var pages = System.IO.Directory.GetFiles(RuleDocExamples.RulesDirectory, "CTL*.md").Length;
            Assert.True(pages >= 30, "rule pages found: " + pages);
            Assert.Empty(RuleDocExamples.Problems);
            foreach (var kind in Enum.GetValues<ExampleKind>())
                Assert.Contains(RuleDocExamples.All, e => e.Kind == kind);
        }

        [Fact]
        public void Every_source_a_rule_page_lists_has_an_example()
        {
            // The Sources row of the page's table ("Dockerfile, Compose, C# Docker.DotNet, C# Testcontainers").
            var kinds = new Dictionary<string, ExampleKind>(StringComparer.Ordinal)
            {
                ["Dockerfile"] = ExampleKind.Dockerfile,
                ["Compose"] = ExampleKind.Compose,
                ["C# Docker.DotNet"] = ExampleKind.DockerDotNet,
                ["C# Testcontainers"] = ExampleKind.Testcontainers,
            };
            var missing = new List<string>();
            foreach (var path in System.IO.Directory.GetFiles(RuleDocExamples.RulesDirectory, "CTL*.md"))
            {
                var page = System.IO.Path.GetFileNameWithoutExtension(path);
                var row = System.IO.File.ReadLines(path).FirstOrDefault(line => line.StartsWith("| Sources |", StringComparison.Ordinal));
                Assert.True(row is not null, page + ".md has no Sources row");
                foreach (var source in row!.Split('|')[2].Split(',').Select(s => s.Trim()))
                {
                    Assert.True(kinds.TryGetValue(source, out var kind), page + ".md lists an unknown source '" + source + "'");
                    if (!RuleDocExamples.All.Any(e => e.Page == page && e.Kind == kind)) missing.Add(page + ": " + source);
                }
            }
            Assert.True(missing.Count == 0, "sources without an example:\n" + string.Join("\n", missing));
        }

        [Fact]
        public void Labels_give_each_block_its_kind_and_expectation()
        {
            var (examples, problems) = Read(
                "## Examples", "",
                "Dockerfile, bad:", "", "```dockerfile", "FROM a", "```", "",
                "Compose, bad / good, with a Dockerfile whose stages are `build` and `app` (a comment):", "",
                "```yaml", "x: 1", "```", "", "```yaml", "x: 2", "```", "",
                "C# (Testcontainers), good (what the fix produces):", "```csharp", "var x = 1;", "```", "",
                "Compose, fragment:", "", "```yaml", "  web: {}", "```", "",
                "Prose about the examples, with no block after it.", "",
                "## How to fix", "", "```dockerfile", "not an example", "```");

            Assert.Empty(problems);
            Assert.Equal(new[] { "1 Dockerfile bad", "2 Compose bad", "3 Compose good", "4 Testcontainers good" },
                examples.Select(e => e.Index + " " + e.Kind + " " + e.Expectation));
            Assert.Equal("FROM a\n", examples[0].Code);
            Assert.Equal(new[] { "build", "app" }, examples[1].Stages);
            Assert.Empty(examples[3].Stages);
        }

        [Theory]
        [InlineData("has no label", "Dockerfile, bad:", "```dockerfile", "FROM a", "```", "```dockerfile", "FROM b", "```")]
        [InlineData("has no label", "Also good: a known base.", "```dockerfile", "FROM b", "```")]
        [InlineData("reads like an example's label", "C# (Docker.DotNet), good: the same with `x`.")]
        [InlineData("reads like an example's label", "Compose, better:", "```yaml", "x: 1", "```")]
        [InlineData("followed by 1 block(s), it names 2", "Compose, bad / good:", "```yaml", "x: 1", "```", "", "Prose.")]
        [InlineData("not ```yaml", "Compose, bad:", "```yml", "x: 1", "```")]
        [InlineData("has no example")]
        public void What_breaks_the_convention_is_a_problem(string problem, params string[] section)
        {
            var (_, problems) = Read(new[] { "## Examples", "" }.Concat(section).ToArray());

            Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        }

        [Fact]
        public void A_page_without_an_Examples_section_is_a_problem()
        {
            var (_, problems) = Read("# CTL0000: Title", "", "## What it finds");

            Assert.Equal(new[] { "CTL0000.md has no '## Examples' section" }, problems);
        }

        private static (List<RuleDocExample> Examples, List<string> Problems) Read(params string[] lines)
        {
            var examples = new List<RuleDocExample>();
            var problems = new List<string>();
            RuleDocExamples.ReadPage("CTL0000", lines, examples, problems);
            return (examples, problems);
        }
    }
}
