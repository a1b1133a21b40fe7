using System;
using System.Collections.Generic;
using System.Linq;

namespace ContainerLint.Configuration
{
    /// <summary>
    /// The options that apply to one file, with Roslyn's precedence (AnalyzerConfigSet.GetOptionsForSourcePath):
    /// global configs first (the highest <c>global_level</c> wins; two that set a key at the same level unset it, whether or not they agree),
    /// their path sections over their preamble; then every .editorconfig in the file's folder and above, up to the
    /// nearest <c>root = true</c>, the farthest first, so nearer files and later sections win.
    /// </summary>
    public sealed class AnalyzerConfigSet
    {
        private readonly List<AnalyzerConfigFile> _editorConfigs;
        private readonly List<AnalyzerConfigEntry> _globalEntries;
        private readonly Dictionary<string, List<AnalyzerConfigEntry>> _globalPathEntries;

        public AnalyzerConfigSet(IEnumerable<AnalyzerConfigFile> configs)
        {
            var all = configs.ToList();
            _editorConfigs = all.Where(c => !c.IsGlobal)
                .OrderBy(c => c.Directory.Length)
                .ToList();
            var globals = all.Where(c => c.IsGlobal).ToList();
            _globalEntries = MergeGlobal(globals.Select(g => (g.GlobalLevel, g.PreambleEntries)));
            _globalPathEntries = new Dictionary<string, List<AnalyzerConfigEntry>>(StringComparer.Ordinal);
            foreach (var group in globals.SelectMany(g => g.Sections.Select(s => (g.GlobalLevel, s)))
                         .GroupBy(x => AnalyzerConfigFile.NormalizePath(x.s.Name), StringComparer.Ordinal))
                _globalPathEntries[group.Key] = MergeGlobal(group.Select(x => (x.GlobalLevel, x.s.Entries)));
        }

        public static AnalyzerConfigSet Empty { get; } = new AnalyzerConfigSet(Array.Empty<AnalyzerConfigFile>());

        /// <summary>The merged options for a file (keys lower-cased).</summary>
        /// <param name="fullPath">The file's full path (either separator).</param>
        public IReadOnlyDictionary<string, string> GetOptions(string fullPath)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in GetEntries(fullPath)) result[entry.Key] = entry.Value;
            return result;
        }

        /// <summary>
        /// Every entry that applies to a file, in the order the options are merged (a later entry of a key wins): the ones
        /// global configs left after merging, then each section of the applicable editorconfigs that matches the file. An
        /// entry a later one overrides is still here, as Roslyn still reads it (and warns about its invalid severity).
        /// </summary>
        /// <param name="fullPath">The file's full path (either separator).</param>
        public IReadOnlyList<AnalyzerConfigEntry> GetEntries(string fullPath) => GetEntries(fullPath, withGlobalSection: true);

        /// <summary>
        /// The entries of the sections the compiler reads for a C# file: <see cref="GetEntries(string)"/> without the ones
        /// global configs give every file (outside a <c>[path]</c> section), the globs matched as Roslyn matches them
        /// (<c>**/</c> needs a folder).
        /// </summary>
        /// <param name="fullPath">The file's full path (either separator).</param>
        public IReadOnlyList<AnalyzerConfigEntry> GetCompilerSectionEntries(string fullPath) => GetEntries(fullPath, withGlobalSection: false, roslynGlobs: true);

        private IReadOnlyList<AnalyzerConfigEntry> GetEntries(string fullPath, bool withGlobalSection, bool roslynGlobs = false)
        {
            var path = AnalyzerConfigFile.NormalizePath(fullPath);
            var result = withGlobalSection ? new List<AnalyzerConfigEntry>(_globalEntries) : new List<AnalyzerConfigEntry>();
            if (_globalPathEntries.TryGetValue(path, out var forPath)) result.AddRange(forPath);

            // Only the editorconfigs above the file, and of those only the ones from the nearest root down.
            var applicable = new List<AnalyzerConfigFile>();
            foreach (var config in _editorConfigs)
            {
                if (!IsUnder(path, config.Directory)) continue;
                if (config.IsRoot) applicable.Clear();
                applicable.Add(config);
            }

            foreach (var config in applicable)
            {
                var relative = path.Substring(config.Directory.Length);
                foreach (var section in config.Sections)
                {
                    var matcher = roslynGlobs ? section.RoslynMatcher : section.Matcher;
                    if (matcher is null || !matcher.IsMatch(relative)) continue;
                    result.AddRange(section.Entries.Values);
                }
            }
            return result;
        }

        private static bool IsUnder(string path, string directory) =>
            path.Length > directory.Length + 1
            && path[directory.Length] == '/'
            && path.StartsWith(directory, PathComparison);

        /// <summary>Paths compare like the file system does: case-insensitive on Windows.</summary>
        internal static StringComparison PathComparison { get; } =
            System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        private static List<AnalyzerConfigEntry> MergeGlobal(IEnumerable<(int Level, IReadOnlyDictionary<string, AnalyzerConfigEntry> Entries)> sources)
        {
            var chosen = new Dictionary<string, (int Level, AnalyzerConfigEntry? Entry)>(StringComparer.Ordinal);
            foreach (var (level, entries) in sources)
            {
                foreach (var kv in entries)
                {
                    if (IsGlobalConfigDirective(kv.Key)) continue;
                    if (!chosen.TryGetValue(kv.Key, out var existing) || level > existing.Level)
                        chosen[kv.Key] = (level, kv.Value);
                    else if (level == existing.Level)
                        chosen[kv.Key] = (level, null); // Roslyn (GlobalAnalyzerConfigBuilder.MergeSection) unsets a key two global configs set at one level, same value or not, and warns MultipleGlobalAnalyzerKeys.
                }
            }
            var result = new List<AnalyzerConfigEntry>();
            foreach (var kv in chosen)
                if (kv.Value.Entry is { } entry) result.Add(entry);
            return result;
        }

        private static bool IsGlobalConfigDirective(string key) => key == "is_global" || key == "global_level" || key == "root";
    }
}
