using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ContainerLint.Compose
{
    /// <summary>Compose's default file names and how a base file pairs with its override.</summary>
    internal static class ComposeFiles
    {
        /// <summary>
        /// The base files <c>docker compose</c> looks for when no <c>-f</c> is given, in its order of preference: it reads
        /// the first that exists (compose-go cli.DefaultFileNames).
        /// </summary>
        public static readonly string[] DefaultFileNames = { "compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml" };

        /// <summary>
        /// The overrides it then looks for, in its order of preference, whatever the base is called: it reads the first
        /// that exists (compose-go cli.DefaultOverrideFileNames), so <c>compose.yaml</c> takes <c>docker-compose.override.yml</c>
        /// too, and of <c>compose.override.yml</c> and <c>compose.override.yaml</c> only the first.
        /// </summary>
        public static readonly string[] DefaultOverrideFileNames =
            { "compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml" };

        /// <summary>The overrides Compose looks for beside a base file of this name, or null when the name is not a default base name.</summary>
        public static string[]? OverrideNamesFor(string fileName) => BaseRank(fileName) >= 0 ? DefaultOverrideFileNames : null;

        /// <summary>Where a name stands in <see cref="DefaultFileNames"/> (-1: not a default base name).</summary>
        private static int BaseRank(string fileName) => Array.IndexOf(DefaultFileNames, fileName.ToLowerInvariant());

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
            if (Array.IndexOf(DefaultOverrideFileNames, name) >= 0) return null;
            return bases;
        }

        /// <summary>
        /// Groups the files into projects: the default base file Compose reads in a folder (the first of
        /// <see cref="DefaultFileNames"/> in the list) with the first of <see cref="DefaultOverrideFileNames"/> beside it (in
        /// the list) is one project; another default base file in that folder is linted alone, as <c>-f</c> reads it; an overlay (<c>compose.prod.yaml</c>) with its base beside it (both in the list) is the base merged
        /// with the overlay, without the override; anything else (an override or an overlay given without its base) is
        /// linted alone, but for <paramref name="companions"/>, the overrides given only to come along with their base (see <see cref="ComposeLinter"/>). A file given twice is linted once. Overlay projects come after the others, so a finding in a
        /// base file is first reported as the base project sees it.
        /// </summary>
        public static List<ComposeFileGroup> Group(IReadOnlyList<string> files, Func<string, List<string>?>? composeFileOf = null, ICollection<string>? companions = null)
        {
            var distinct = new List<string>();
            var seen = new HashSet<string>(PathComparer);
            foreach (var f in files)
            {
                if (string.IsNullOrWhiteSpace(f)) continue;
                var full = Normalize(f);
                if (seen.Add(full)) distinct.Add(full);
            }

            // The base Compose reads in each folder.
            var readBase = new Dictionary<string, string>(PathComparer);
            foreach (var file in distinct)
            {
                var rank = BaseRank(Path.GetFileName(file));
                if (rank < 0) continue;
                var directory = Path.GetDirectoryName(file) ?? string.Empty;
                if (!readBase.TryGetValue(directory, out var current) || rank < BaseRank(Path.GetFileName(current))) readBase[directory] = file;
            }

            var groups = new List<ComposeFileGroup>();
            var taken = new HashSet<string>(PathComparer);
            foreach (var file in distinct)
            {
                if (taken.Contains(file) || BaseRank(Path.GetFileName(file)) < 0) continue;
                var group = new List<string> { file };
                taken.Add(file);
                var directory = Path.GetDirectoryName(file) ?? string.Empty;
                if (!PathComparer.Equals(readBase[directory], file))
                {
                    groups.Add(new ComposeFileGroup(group, isOverlay: false));
                    continue;
                }
                // COMPOSE_FILE in the folder's .env names the files docker compose reads instead of base + override.
                if (composeFileOf?.Invoke(directory) is { Count: > 0 } listed)
                {
                    foreach (var listedFile in listed)
                        if (seen.Contains(listedFile)) taken.Add(listedFile);
                    groups.Add(new ComposeFileGroup(listed, isOverlay: false) { ComposeFileDirectory = directory });
                    if (!listed.Contains(file, PathComparer)) taken.Remove(file);
                    continue;
                }
                foreach (var name in DefaultOverrideFileNames)
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
            // A companion that no base took (COMPOSE_FILE leaves it out) is not read by Compose, and was not asked for.
            foreach (var file in distinct)
                if (taken.Add(file) && !IsCompanion(file, companions)) groups.Add(new ComposeFileGroup(new List<string> { file }, isOverlay: false));
            groups.Sort((a, b) => string.CompareOrdinal(a.Files[0], b.Files[0]));
            overlays.Sort((a, b) => string.CompareOrdinal(a.Files[1], b.Files[1]));
            groups.AddRange(overlays);
            return groups;
        }

        private static bool IsCompanion(string file, ICollection<string>? companions)
        {
            if (companions is null) return false;
            foreach (var companion in companions)
                if (PathComparer.Equals(Normalize(companion), file)) return true;
            return false;
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

        /// <summary>The folder whose <c>.env</c> names the files in <c>COMPOSE_FILE</c>; null for a base and its override.</summary>
        public string? ComposeFileDirectory { get; set; }

        /// <summary>A base file and an overlay (<c>docker compose -f base -f overlay</c>): the overlay is <c>Files[1]</c>.</summary>
        public bool IsOverlay { get; }
    }
}
