using System;
using System.Collections.Generic;
using System.IO;

namespace ContainerLint.Testing
{
    /// <summary>
    /// A list of findings reviewed by reading real-world files (the analyzers' RealWorld/expected.txt, the task's
    /// RealWorldCorpus/*.txt): per file, its findings (<c>path(line,col): ID `text`</c>) or <c>path: none</c>; lines starting
    /// with # are the review notes.
    /// </summary>
    internal static class ReviewedFindings
    {
        public static Dictionary<string, List<string>> Read(string path)
        {
            var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var raw in File.ReadAllLines(path))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                if (line.EndsWith(": none", StringComparison.Ordinal))
                {
                    result.TryAdd(line.Substring(0, line.Length - ": none".Length), new List<string>());
                    continue;
                }
                var open = line.IndexOf('(');
                var file = line.Substring(0, open);
                if (!result.TryGetValue(file, out var findings)) result.Add(file, findings = new List<string>());
                findings.Add(line.Substring(open));
            }
            return result;
        }
    }
}
