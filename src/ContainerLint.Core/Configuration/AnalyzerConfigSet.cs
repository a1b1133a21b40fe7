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
        private readonly Dictionary<string, string> _globalOptions;
        private readonly Dictionary<string, Dictionary<string, string>> _globalPathOptions;

        public AnalyzerConfigSet(IEnumerable<AnalyzerConfigFile> configs)
        {
            var all = configs.ToList();
            _editorConfigs = all.Where(c => !c.IsGlobal)
                .OrderBy(c => c.Directory.Length)
                .ToList();
            var globals = all.Where(c => c.IsGlobal).ToList();
            _globalOptions = MergeGlobal(globals.Select(g => (g.GlobalLevel, g.Preamble)));
            _globalPathOptions = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var group in globals.SelectMany(g => g.Sections.Select(s => (g.GlobalLevel, s)))
                         .GroupBy(x => AnalyzerConfigFile.NormalizePath(x.s.Name), StringComparer.Ordinal))
                _globalPathOptions[group.Key] = MergeGlobal(group.Select(x => (x.GlobalLevel, x.s.Properties)));
        }

        public static AnalyzerConfigSet Empty { get; } = new AnalyzerConfigSet(Array.Empty<AnalyzerConfigFile>());

        /// <summary>The merged options for a file (keys lower-cased).</summary>
        /// <param name="fullPath">The file's full path (either separator).</param>
        public IReadOnlyDictionary<string, string> GetOptions(string fullPath)
        {
            var path = AnalyzerConfigFile.NormalizePath(fullPath);
            var result = new Dictionary<string, string>(_globalOptions, StringComparer.Ordinal);
            if (_globalPathOptions.TryGetValue(path, out var forPath))
                foreach (var kv in forPath) result[kv.Key] = kv.Value;

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
                    var matcher = section.Matcher;
                    if (matcher is null || !matcher.IsMatch(relative)) continue;
                    foreach (var kv in section.Properties) result[kv.Key] = kv.Value;
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

        private static Dictionary<string, string> MergeGlobal(IEnumerable<(int Level, IReadOnlyDictionary<string, string> Properties)> sources)
        {
            var chosen = new Dictionary<string, (int Level, string? Value)>(StringComparer.Ordinal);
            foreach (var (level, properties) in sources)
            {
                foreach (var kv in properties)
                {
                    if (IsGlobalConfigDirective(kv.Key)) continue;
                    if (!chosen.TryGetValue(kv.Key, out var existing) || level > existing.Level)
                        chosen[kv.Key] = (level, kv.Value);
                    else if (level == existing.Level)
                        chosen[kv.Key] = (level, null); // Roslyn (GlobalAnalyzerConfigBuilder.MergeSection) unsets a key two global configs set at one level, same value or not, and warns MultipleGlobalAnalyzerKeys.
                }
            }
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var kv in chosen)
                if (kv.Value.Value is not null) result[kv.Key] = kv.Value.Value;
            return result;
        }

        private static bool IsGlobalConfigDirective(string key) => key == "is_global" || key == "global_level" || key == "root";
    }
}
