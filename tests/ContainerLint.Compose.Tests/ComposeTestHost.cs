using System.Collections.Generic;
using System.Linq;
using ContainerLint.Findings;
using ContainerLint.Rules;

namespace ContainerLint.Compose.Tests
{
    /// <summary>Lints YAML held in memory under /p/ (a fake project folder).</summary>
    internal static class ComposeTestHost
    {
        public const string Dir = "/p/";
        public const string File = Dir + "compose.yaml";

        public static ComposeLintResult LintProject(params (string Name, string Text)[] files)
        {
            var fs = new InMemoryFileSystem();
            foreach (var (name, text) in files) fs.Add(Dir + name, text);
            var composeFiles = files.Where(f => f.Name.EndsWith(".yaml") || f.Name.EndsWith(".yml"))
                .Where(f => !f.Name.Contains('/')).Select(f => Dir + f.Name).ToList();
            return ComposeLinter.Lint(composeFiles, LintOptions.Default, fs);
        }

        public static IReadOnlyList<Finding> Lint(string yaml, string? dotEnv = null)
        {
            var files = new List<(string, string)> { ("compose.yaml", yaml) };
            if (dotEnv is not null) files.Add((".env", dotEnv));
            return LintProject(files.ToArray()).Findings;
        }

        public static List<ContainerLint.Model.ContainerSpec> Read(string yaml, string? dotEnv = null) => Read(out _, yaml, dotEnv);

        public static List<ContainerLint.Model.ContainerSpec> Read(out IReadOnlyList<Finding> problems, string yaml, string? dotEnv = null)
        {
            var fs = new InMemoryFileSystem().Add(File, yaml);
            if (dotEnv is not null) fs.Add(Dir + ".env", dotEnv);
            var sink = new FindingSink();
            var containers = ComposeLinter.ReadContainers(new[] { File }, fs, sink);
            problems = sink.ToList();
            return containers;
        }

        public static ContainerLint.Model.ContainerSpec Service(string yaml, string? dotEnv = null)
        {
            var containers = Read(out var problems, yaml, dotEnv);
            Assert.True(problems.Count == 0, "unexpected problems: " + Describe(problems));
            return Assert.Single(containers);
        }

        public static IReadOnlyList<Finding> Only(this IReadOnlyList<Finding> findings, string ruleId) =>
            findings.Where(f => f.Rule.Id == ruleId).ToList();

        public static Finding Single(this IReadOnlyList<Finding> findings, string ruleId)
        {
            var matching = findings.Only(ruleId);
            Assert.True(matching.Count == 1, "expected one " + ruleId + ", got: " + Describe(findings));
            return matching[0];
        }

        public static void None(this IReadOnlyList<Finding> findings, string ruleId) =>
            Assert.True(findings.Only(ruleId).Count == 0, "expected no " + ruleId + ", got: " + Describe(findings));

        public static void At(this Finding finding, int line, int column)
        {
            Assert.True(finding.Span.StartLine == line && finding.Span.StartColumn == column,
                "expected " + finding.Rule.Id + " at (" + line + "," + column + "), got " + finding);
        }

        public static string Describe(IEnumerable<Finding> findings) =>
            "\n  " + string.Join("\n  ", findings.Select(f => f.ToString()));

        /// <summary>YAML written with '|' for new lines, to keep tests short.</summary>
        public static string Y(params string[] lines) => string.Join("\n", lines) + "\n";
    }
}
