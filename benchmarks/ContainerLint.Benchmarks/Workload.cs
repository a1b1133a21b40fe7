using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ContainerLint.Benchmarks
{
    /// <summary>One kind of input: the files (read into memory beforehand) and how to lint one of them.</summary>
    internal abstract class Workload
    {
        protected Workload(string name, IReadOnlyList<(string Path, string Text)> files)
        {
            Name = name;
            Files = files;
        }

        public string Name { get; }
        public IReadOnlyList<(string Path, string Text)> Files { get; }

        /// <summary>Lints one file (the caller counts the findings, so the work cannot be optimised away).</summary>
        public abstract IReadOnlyList<ContainerLint.Findings.Finding> Lint(string path, string text);

        protected static IReadOnlyList<(string Path, string Text)> ReadAll(string root, Func<string, bool> select) =>
            Directory.Exists(root)
                ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Where(select)
                    .OrderBy(p => p, StringComparer.Ordinal)
                    .Select(p => (p, File.ReadAllText(p)))
                    .ToList()
                : new List<(string, string)>();
    }
}
