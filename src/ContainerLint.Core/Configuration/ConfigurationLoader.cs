using System;
using System.Collections.Generic;
using System.IO;
using ContainerLint.Engine;

namespace ContainerLint.Configuration
{
    /// <summary>
    /// Finds and reads the configuration of files on disk: the .editorconfig files in each file's folder and above
    /// (up to <c>root = true</c>) and the analyzer config files it is given, as the compiler reads the files of
    /// <c>@(EditorConfigFiles)</c> (<c>/analyzerconfig</c>): a global one (<c>is_global = true</c> or named
    /// <c>.globalconfig</c>) applies to every file by its <c>global_level</c>, any other one is an editorconfig of its own
    /// folder, whatever its name. Each config file is read once. Without discovery (the project's
    /// <c>DiscoverEditorConfigFiles=false</c>, under which the compiler gets no .editorconfig it is not given) only the
    /// given files count.
    /// Not used by the analyzer, which gets its configuration from Roslyn.
    /// </summary>
    public sealed class ConfigurationLoader
    {
        private readonly IFileSystem _fileSystem;
        private readonly bool _discoversEditorConfigs;
        private readonly List<AnalyzerConfigFile> _givenConfigs = new List<AnalyzerConfigFile>();
        private readonly List<AnalyzerConfigFile> _compilerConfigs = new List<AnalyzerConfigFile>();
        private AnalyzerConfigSet? _compilerConfiguration;
        private readonly Dictionary<string, AnalyzerConfigFile?> _editorConfigByDirectory = new Dictionary<string, AnalyzerConfigFile?>(StringComparer.Ordinal);
        private readonly Dictionary<string, AnalyzerConfigSet> _setByDirectory = new Dictionary<string, AnalyzerConfigSet>(StringComparer.Ordinal);
        private readonly List<string> _filesRead = new List<string>();

        public ConfigurationLoader(IFileSystem fileSystem, IEnumerable<string>? globalConfigPaths = null, bool discoversEditorConfigs = true)
        {
            _fileSystem = fileSystem;
            _discoversEditorConfigs = discoversEditorConfigs;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in globalConfigPaths ?? Array.Empty<string>())
            {
                if (string.IsNullOrWhiteSpace(path)) continue;
                var full = Path.GetFullPath(path);
                if (!seen.Add(full) || !_fileSystem.FileExists(full)) continue;
                var config = Read(full);
                if (config is null) continue;
                _compilerConfigs.Add(config);
                // A .editorconfig among them (the SDK passes the ones it finds above the project in @(EditorConfigFiles))
                // is the one this loader finds in its folder anyway: read once, applied once (as a global config when it says
                // is_global = true).
                var isEditorConfig = string.Equals(Path.GetFileName(full), AnalyzerConfigFile.EditorConfigFileName, StringComparison.OrdinalIgnoreCase);
                if (isEditorConfig) _editorConfigByDirectory[Path.GetDirectoryName(full) ?? string.Empty] = config;
                if (config.IsGlobal || !isEditorConfig) _givenConfigs.Add(config);
            }
        }

        /// <summary>The config files the compiler is given (<c>/analyzerconfig</c>), whose options the analyzer reads.</summary>
        public IReadOnlyList<AnalyzerConfigFile> CompilerConfigFiles => _compilerConfigs;

        /// <summary>Every config file read so far (inputs of an incremental build).</summary>
        public IReadOnlyList<string> FilesRead => _filesRead;

        /// <summary>The options (keys lower-cased) that apply to a file.</summary>
        public IReadOnlyDictionary<string, string> GetOptions(string filePath)
        {
            var full = Path.GetFullPath(filePath);
            return SetFor(full).GetOptions(full);
        }

        /// <summary>The config entries that apply to a file, in the order they are merged (<see cref="AnalyzerConfigSet.GetEntries"/>).</summary>
        public IReadOnlyList<AnalyzerConfigEntry> GetEntries(string filePath)
        {
            var full = Path.GetFullPath(filePath);
            return SetFor(full).GetEntries(full);
        }

        /// <summary>
        /// The configuration as the compiler reads it for C# files: only the files it is given (<c>/analyzerconfig</c>), none
        /// found by looking in folders. The entries are the ones <see cref="GetEntries"/> returns, read once.
        /// </summary>
        public AnalyzerConfigSet CompilerConfiguration => _compilerConfiguration ??= new AnalyzerConfigSet(_compilerConfigs);

        private AnalyzerConfigSet SetFor(string fullPath)
        {
            var directory = Path.GetDirectoryName(fullPath) ?? string.Empty;
            if (!_setByDirectory.TryGetValue(directory, out var set))
            {
                set = new AnalyzerConfigSet(CollectConfigs(directory));
                _setByDirectory[directory] = set;
            }
            return set;
        }

        private List<AnalyzerConfigFile> CollectConfigs(string directory)
        {
            var configs = new List<AnalyzerConfigFile>(_givenConfigs);
            for (var dir = directory; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
            {
                var config = EditorConfigIn(dir!);
                // A .editorconfig with is_global = true is a global config to the compiler, which gets it among the given
                // files (the SDK passes every .editorconfig it finds): applied from there, once (audit 40 F3: read here again,
                // its keys conflicted with themselves and were dropped).
                if (config is null || config.IsGlobal) continue;
                configs.Add(config);
                if (config.IsRoot) break;
            }
            return configs;
        }

        private AnalyzerConfigFile? EditorConfigIn(string directory)
        {
            if (_editorConfigByDirectory.TryGetValue(directory, out var cached)) return cached;
            if (!_discoversEditorConfigs) return null;
            var path = Path.Combine(directory, AnalyzerConfigFile.EditorConfigFileName);
            var config = _fileSystem.FileExists(path) ? Read(path) : null;
            _editorConfigByDirectory[directory] = config;
            return config;
        }

        private AnalyzerConfigFile? Read(string path)
        {
            try
            {
                var config = AnalyzerConfigFile.Parse(_fileSystem.ReadAllText(path), path);
                _filesRead.Add(path);
                return config;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
