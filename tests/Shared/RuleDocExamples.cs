using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ContainerLint.Testing
{
    /// <summary>What an example is written in: each kind is linted by the test project that owns its source.</summary>
    internal enum ExampleKind
    {
        Dockerfile,
        Compose,
        /// <summary>C# compiled against Docker.DotNet (label <c>C# (Docker.DotNet)</c>).</summary>
        DockerDotNet,
        /// <summary>C# compiled against Testcontainers (label <c>C# (Testcontainers)</c>).</summary>
        Testcontainers,
    }

    /// <summary>
    /// One code block of a rule page's "## Examples" section. <see cref="Bad"/>: the page says the linter reports the
    /// page's rule on it; otherwise it says the linter does not. <see cref="Stages"/>: the stages of a Dockerfile the
    /// label says the example is linted with (a Compose build); empty when it says none.
    /// </summary>
    internal sealed class RuleDocExample
    {
        public RuleDocExample(string page, int index, ExampleKind kind, bool bad, string label, string code, int line, IReadOnlyList<string> stages)
        {
            Page = page;
            Index = index;
            Kind = kind;
            Bad = bad;
            Label = label;
            Code = code;
            Line = line;
            Stages = stages;
        }

        /// <summary>The rule ID, which is the page's name (CTL1001 for CTL1001.md).</summary>
        public string Page { get; }

        /// <summary>1-based, counting every code block of the Examples section.</summary>
        public int Index { get; }

        public ExampleKind Kind { get; }

        public bool Bad { get; }

        public string Expectation => Bad ? "bad" : "good";

        public string Label { get; }

        public string Code { get; }

        /// <summary>The 1-based line of the page where the block's fence opens.</summary>
        public int Line { get; }

        public IReadOnlyList<string> Stages { get; }

        public override string ToString() =>
            Page + ".md example " + Index + " (line " + Line + ", " + Kind + ", " + Expectation + "), labelled '" + Label + "'";
    }

    /// <summary>
    /// Reads the examples of docs/rules/CTLnnnn.md, strictly: every fenced block of a page's "## Examples" section
    /// belongs to the label paragraph before it (docs/rules/README.md, "Examples", says how labels are written).
    /// What does not follow the convention is a problem, and the tests that enumerate the examples fail on it, so
    /// that no page can show an example the tests do not lint.
    /// </summary>
    internal static class RuleDocExamples
    {
        /// <summary>
        /// <c>KIND, ROLES[, with a Dockerfile whose stages are `a` and `b`][ (comment)]:</c>. ROLES is <c>bad</c>,
        /// <c>good</c> or <c>bad / good</c> (one block each, in that order), or <c>fragment</c> (one block that is
        /// not a complete file and is not linted).
        /// </summary>
        private static readonly Regex Label = new Regex(
            @"^(?<kind>Dockerfile|Compose|C# \(Docker\.DotNet\)|C# \(Testcontainers\)), (?<roles>bad / good|bad|good|fragment)" +
            @"(?:, with a Dockerfile whose stages are (?<stages>`[A-Za-z0-9_.-]+`(?:(?:, | and )`[A-Za-z0-9_.-]+`)*))?" +
            @"(?: \((?<comment>.*)\))?:$",
            RegexOptions.CultureInvariant);

        /// <summary>A paragraph that starts as a label does (so it must be one).</summary>
        private static readonly Regex LooksLikeLabel = new Regex(
            @"^(Dockerfile|Containerfile|Compose|C#|Also (bad|good))(?![A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex Fence = new Regex(@"^```(?<lang>\S*)\s*$", RegexOptions.CultureInvariant);

        private static readonly Lazy<(IReadOnlyList<RuleDocExample> Examples, IReadOnlyList<string> Problems)> Read =
            new Lazy<(IReadOnlyList<RuleDocExample>, IReadOnlyList<string>)>(ReadAll);

        public static string RulesDirectory => TestPaths.Repo("docs", "rules");

        public static IReadOnlyList<RuleDocExample> All => Read.Value.Examples;

        /// <summary>What breaks the convention, one sentence each, naming the page and its line.</summary>
        public static IReadOnlyList<string> Problems => Read.Value.Problems;

        /// <summary>
        /// The examples of <paramref name="kinds"/> as a theory's rows (page, index, kind, expectation); when a page breaks
        /// the convention it throws, which fails the theory with the list of problems.
        /// </summary>
        public static Xunit.TheoryData<string, int, string, string> Rows(params ExampleKind[] kinds)
        {
            if (Problems.Count > 0)
                throw new InvalidOperationException("the rule pages' examples break the convention of docs/rules/README.md:\n" +
                    string.Join("\n", Problems));
            var data = new Xunit.TheoryData<string, int, string, string>();
            foreach (var example in All.Where(e => kinds.Contains(e.Kind)))
                data.Add(example.Page, example.Index, example.Kind.ToString(), example.Expectation);
            return data;
        }

        public static RuleDocExample Get(string page, int index) =>
            All.Single(example => example.Page == page && example.Index == index);

        private static (IReadOnlyList<RuleDocExample>, IReadOnlyList<string>) ReadAll()
        {
            var examples = new List<RuleDocExample>();
            var problems = new List<string>();
            var pages = Directory.GetFiles(RulesDirectory, "CTL*.md").OrderBy(path => path, StringComparer.Ordinal).ToList();
            if (pages.Count == 0) problems.Add("no rule pages in " + RulesDirectory);
            foreach (var path in pages)
                ReadPage(Path.GetFileNameWithoutExtension(path), File.ReadAllLines(path), examples, problems);
            return (examples, problems);
        }

        /// <summary>The page's examples, with what breaks the convention in <paramref name="problems"/>.</summary>
        public static void ReadPage(string page, string[] lines, List<RuleDocExample> examples, List<string> problems)
        {
            var start = Array.FindIndex(lines, line => line.TrimEnd() == "## Examples");
            if (start < 0)
            {
                problems.Add(page + ".md has no '## Examples' section");
                return;
            }
            if (Array.FindLastIndex(lines, line => line.TrimEnd() == "## Examples") != start)
                problems.Add(page + ".md has more than one '## Examples' section");

            var paragraph = new List<string>();
            var paragraphLine = 0;
            string? label = null;          // the label whose blocks come next
            var labelLine = 0;
            var roles = new Queue<string>();
            ExampleKind kind = default;
            IReadOnlyList<string> stages = Array.Empty<string>();
            var index = 0;
            var count = 0;

            void Unfinished()
            {
                if (label is not null && roles.Count > 0)
                    problems.Add(page + ".md line " + labelLine + ": '" + label + "' is followed by " + (count) + " block(s), " +
                        "it names " + (count + roles.Count));
                label = null;
                roles.Clear();
            }

            void EndParagraph()
            {
                if (paragraph.Count == 0) return;
                var text = string.Join(" ", paragraph.Select(line => line.Trim()));
                paragraph.Clear();
                var match = Label.Match(text);
                if (match.Success)
                {
                    Unfinished();
                    label = text;
                    labelLine = paragraphLine;
                    count = 0;
                    kind = match.Groups["kind"].Value switch
                    {
                        "Dockerfile" => ExampleKind.Dockerfile,
                        "Compose" => ExampleKind.Compose,
                        "C# (Docker.DotNet)" => ExampleKind.DockerDotNet,
                        _ => ExampleKind.Testcontainers,
                    };
                    foreach (var role in match.Groups["roles"].Value.Split(" / ")) roles.Enqueue(role);
                    stages = match.Groups["stages"].Success
                        ? Regex.Matches(match.Groups["stages"].Value, "`([^`]+)`").Select(m => m.Groups[1].Value).ToList()
                        : Array.Empty<string>();
                    if (stages.Count > 0 && kind != ExampleKind.Compose)
                        problems.Add(page + ".md line " + paragraphLine + ": only a Compose example can name a Dockerfile's stages: '" + text + "'");
                    return;
                }
                // Prose: it ends the label before it; one that reads like a label but is not one is a mistake.
                Unfinished();
                if (LooksLikeLabel.IsMatch(text))
                    problems.Add(page + ".md line " + paragraphLine + ": '" + text + "' reads like an example's label but is not one " +
                        "(docs/rules/README.md, 'Examples': 'KIND, bad:' / 'KIND, good:' / 'KIND, bad / good:' / 'KIND, fragment:', then the block(s))");
            }

            for (var i = start + 1; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal)) break;
                var fence = Fence.Match(line);
                if (!fence.Success)
                {
                    if (line.Trim().Length == 0) EndParagraph();
                    else
                    {
                        if (paragraph.Count == 0) paragraphLine = i + 1;
                        paragraph.Add(line);
                    }
                    continue;
                }

                EndParagraph();
                var lang = fence.Groups["lang"].Value;
                var open = i + 1;
                var code = new List<string>();
                for (i++; i < lines.Length && lines[i].TrimEnd() != "```"; i++) code.Add(lines[i]);
                if (i >= lines.Length) problems.Add(page + ".md line " + open + ": the block is never closed");
                index++;

                if (label is null || roles.Count == 0)
                {
                    problems.Add(page + ".md line " + open + ": example block " + index + " (```" + lang + ") has no label " +
                        "(docs/rules/README.md, 'Examples': 'KIND, bad:' / 'KIND, good:' / 'KIND, bad / good:' / 'KIND, fragment:' before it)");
                    continue;
                }
                var role = roles.Dequeue();
                count++;
                var expected = kind switch
                {
                    ExampleKind.Dockerfile => "dockerfile",
                    ExampleKind.Compose => "yaml",
                    _ => "csharp",
                };
                if (lang != expected)
                {
                    problems.Add(page + ".md line " + open + ": a block labelled '" + label + "' is ```" + lang + ", not ```" + expected);
                    continue;
                }
                if (role == "fragment") continue;
                examples.Add(new RuleDocExample(page, index, kind, role == "bad", label, string.Join("\n", code) + "\n", open, stages));
            }
            EndParagraph();
            Unfinished();
            if (index == 0) problems.Add(page + ".md: its Examples section has no example");
        }
    }
}
