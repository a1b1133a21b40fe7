using System;
using System.Collections.Generic;
using ContainerLint.Findings;
using System.IO;
using ContainerLint.Dockerfiles;
using ContainerLint.Engine;
using ContainerLint.Rules;

namespace ContainerLint.Benchmarks
{
    /// <summary>Every Dockerfile/Containerfile of the real-world corpus: parse, model, all rules, suppressions.</summary>
    internal sealed class DockerfileWorkload : Workload
    {
        public DockerfileWorkload(string corpusRoot)
            : base("Dockerfile", ReadAll(corpusRoot, IsDockerfile))
        {
        }

        public override IReadOnlyList<Finding> Lint(string path, string text) =>
            DockerfileLinter.Lint(text, new DockerfileRequest(path), LintOptions.Default);

        private static bool IsDockerfile(string path)
        {
            var name = Path.GetFileName(path);
            return name.IndexOf("dockerfile", StringComparison.OrdinalIgnoreCase) >= 0
                || name.IndexOf("containerfile", StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}
