using System.Collections.Generic;
using System.Linq;
using ContainerLint.Dockerfiles;
using ContainerLint.Dockerfiles.Model;
using ContainerLint.Dockerfiles.Syntax;
using ContainerLint.Engine;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;

namespace ContainerLint.Core.Tests.Dockerfile
{
    internal static class DockerfileTesting
    {
        public static DockerfileDocument Parse(string text) => DockerfileParser.Parse(text, "Dockerfile");

        public static DockerfileDocument ParseClean(string text)
        {
            var document = Parse(text);
            Assert.True(!document.HasErrors, document.HasErrors ? document.Errors[0].ToString() : string.Empty);
            return document;
        }

        public static ImageSpec Image(string text, string? target = null, IReadOnlyDictionary<string, string>? buildArgs = null) =>
            ImageModelBuilder.Build(ParseClean(text), new DockerfileRequest("Dockerfile", target, buildArgs));

        public static IReadOnlyList<Finding> Lint(string text, string? target = null, IReadOnlyDictionary<string, string>? buildArgs = null,
            LintOptions? options = null) =>
            DockerfileLinter.Lint(text, new DockerfileRequest("Dockerfile", target, buildArgs), options ?? LintOptions.Default);

        public static IReadOnlyList<Finding> FindingsOf(string text, string ruleId, string? target = null,
            IReadOnlyDictionary<string, string>? buildArgs = null, LintOptions? options = null) =>
            Lint(text, target, buildArgs, options).Where(f => f.Rule.Id == ruleId).ToList();

        public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

        public static Dictionary<string, string> Args(params (string Name, string Value)[] args) =>
            args.ToDictionary(a => a.Name, a => a.Value);
    }
}
