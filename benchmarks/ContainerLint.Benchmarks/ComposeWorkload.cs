using System;
using System.Collections.Generic;
using System.IO;
using ContainerLint.Compose;
using ContainerLint.Engine;
using ContainerLint.Findings;
using ContainerLint.Rules;

namespace ContainerLint.Benchmarks
{
    /// <summary>
    /// Every Compose file of the real-world corpus, served from memory: YAML parse, interpolation, merge/extends,
    /// model, all rules, suppressions (ComposeLinter.Lint with one file per call).
    /// </summary>
    internal sealed class ComposeWorkload : Workload
    {
        private readonly InMemoryFiles _fileSystem;

        public ComposeWorkload(string corpusRoot)
            : base("Compose", ReadAll(corpusRoot, IsCompose))
        {
            _fileSystem = new InMemoryFiles(Files);
        }

        public override IReadOnlyList<Finding> Lint(string path, string text) =>
            ComposeLinter.Lint(new[] { path }, LintOptions.Default, _fileSystem).Findings;

        private static bool IsCompose(string path) =>
            path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal);

        private sealed class InMemoryFiles : IFileSystem
        {
            private readonly Dictionary<string, string> _files = new Dictionary<string, string>(StringComparer.Ordinal);

            public InMemoryFiles(IReadOnlyList<(string Path, string Text)> files)
            {
                foreach (var (path, text) in files) _files[Path.GetFullPath(path)] = text;
            }

            public bool FileExists(string path) => _files.ContainsKey(path);

            public string ReadAllText(string path) => _files.TryGetValue(path, out var text) ? text : throw new FileNotFoundException(path);
        }
    }
}
