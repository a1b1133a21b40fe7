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
        /// The base files an overlay of this name goes with, in the order Compose looks for them (compose-go
        /// cli.DefaultFileNames), or null when the name is not <c>compose.&lt;name&gt;.yaml|yml</c> or
        /// <c>docker-compose.&lt;name&gt;.yaml|yml</c>, or is an override.
        /// </summary>
        public static string[]? BaseNamesForOverlay(string fileName)
        {
            var name = fileName.ToLowerInvariant();
            string[] bases;
            if (name.StartsWith("compose.", StringComparison.Ordinal)) bases = new[] { "compose.yaml", "compose.yml" };
            else if (name.StartsWith("docker-compose.", StringComparison.Ordinal)) bases = new[] { "docker-compose.yml", "docker-compose.yaml" };
            else return null;
            var extension = name.EndsWith(".yaml", StringComparison.Ordinal) ? 5 : name.EndsWith(".yml", StringComparison.Ordinal) ? 4 : 0;
            var prefix = name.IndexOf('.') + 1;
            if (extension == 0 || name.Length - extension <= prefix) return null;
            if (Array.IndexOf(OverrideNamesFor(bases[0])!, name) >= 0) return null;
            return bases;
        }

        /// <summary>
        /// Groups the files into projects: a default base file with its override beside it (both in the list) is one
        /// project; an overlay (<c>compose.prod.yaml</c>) with its base beside it (both in the list) is the base merged
        /// with the overlay, without the override; anything else (an override or an overlay given without its base) is
        /// linted alone. A file given twice is linted once. Overlay projects come after the others, so a finding in a
        /// base file is first reported as the base project sees it.
        /// </summary>
        public static List<ComposeFileGroup> Group(IReadOnlyList<string> files)
        {
            var distinct = new List<string>();
            var seen = new HashSet<string>(PathComparer);
            foreach (var f in files)
            {
                if (string.IsNullOrWhiteSpace(f)) continue;
                var full = Normalize(f);
                if (seen.Add(full)) distinct.Add(full);
            }

            var groups = new List<ComposeFileGroup>();
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
                groups.Add(new ComposeFileGroup(group, isOverlay: false));
            }

            // docker compose -f compose.yaml -f compose.prod.yaml merges the -f files in order and reads no
            // compose.override.yaml (https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/).
            var overlays = new List<ComposeFileGroup>();
            foreach (var file in distinct)
            {
                if (taken.Contains(file) || BaseNamesForOverlay(Path.GetFileName(file)) is not { } bases) continue;
                var directory = Path.GetDirectoryName(file) ?? string.Empty;
                foreach (var name in bases)
                {
                    var candidate = Path.Combine(directory, name);
                    if (!seen.Contains(candidate)) continue;
                    overlays.Add(new ComposeFileGroup(new List<string> { candidate, file }, isOverlay: true));
                    taken.Add(file);
                    break;
                }
            }
            foreach (var file in distinct)
                if (taken.Add(file)) groups.Add(new ComposeFileGroup(new List<string> { file }, isOverlay: false));
            groups.Sort((a, b) => string.CompareOrdinal(a.Files[0], b.Files[0]));
            overlays.Sort((a, b) => string.CompareOrdinal(a.Files[1], b.Files[1]));
            groups.AddRange(overlays);
            return groups;
        }

        public static string Normalize(string path)
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

    /// <summary>The files of one project, in the order Compose merges them.</summary>
    internal sealed class ComposeFileGroup
    {
        public ComposeFileGroup(List<string> files, bool isOverlay)
        {
            Files = files;
            IsOverlay = isOverlay;
        }

        public List<string> Files { get; }

        /// <summary>A base file and an overlay (<c>docker compose -f base -f overlay</c>): the overlay is <c>Files[1]</c>.</summary>
        public bool IsOverlay { get; }
    }
}
