using System;
using System.Collections.Generic;
using System.IO;

namespace ContainerLint.Compose
{
    /// <summary>Compose's default file names and how a base file pairs with its override.</summary>
    internal static class ComposeFiles
    {
        /// <summary>
        /// The override Compose reads with a base file of this name (compose-go cli.DefaultFileNames /
        /// DefaultOverrideFileNames), or null when the name is not a default base name.
        /// </summary>
        public static string[]? OverrideNamesFor(string fileName)
        {
            switch (fileName.ToLowerInvariant())
            {
                case "compose.yaml":
                case "compose.yml":
                    return new[] { "compose.override.yaml", "compose.override.yml" };
                case "docker-compose.yaml":
                case "docker-compose.yml":
                    return new[] { "docker-compose.override.yml", "docker-compose.override.yaml" };
                default:
                    return null;
            }
        }

        /// <summary>
        /// Groups the files into projects: a default base file with its override beside it (both in the list) is one
        /// project; anything else (an override given without its base, <c>compose.prod.yaml</c>) is linted alone.
        /// A file given twice is linted once.
        /// </summary>
        public static List<List<string>> Group(IReadOnlyList<string> files)
        {
            var distinct = new List<string>();
            var seen = new HashSet<string>(PathComparer);
            foreach (var f in files)
            {
                if (string.IsNullOrWhiteSpace(f)) continue;
                var full = Normalize(f);
                if (seen.Add(full)) distinct.Add(full);
            }

            var groups = new List<List<string>>();
            var taken = new HashSet<string>(PathComparer);
            foreach (var file in distinct)
            {
                if (taken.Contains(file)) continue;
                var overrides = OverrideNamesFor(Path.GetFileName(file));
                if (overrides is null) continue;
                var group = new List<string> { file };
                taken.Add(file);
                var directory = Path.GetDirectoryName(file) ?? string.Empty;
                foreach (var name in overrides)
                {
                    var candidate = Path.Combine(directory, name);
                    if (seen.Contains(candidate) && taken.Add(candidate))
                    {
                        group.Add(candidate);
                        break;
                    }
                }
                groups.Add(group);
            }
            foreach (var file in distinct)
                if (taken.Add(file)) groups.Add(new List<string> { file });
            groups.Sort((a, b) => string.CompareOrdinal(a[0], b[0]));
            return groups;
        }

        private static string Normalize(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return path;
            }
        }

        public static StringComparer PathComparer { get; } =
            Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    }
}
