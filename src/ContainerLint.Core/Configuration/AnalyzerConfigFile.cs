using System;
using System.Collections.Generic;
using System.IO;

namespace ContainerLint.Configuration
{
    /// <summary>
    /// One parsed <c>.editorconfig</c> or <c>.globalconfig</c> file, read the way Roslyn reads them
    /// (Microsoft.CodeAnalysis.AnalyzerConfig): keys are case-insensitive (lower-cased), <c>#</c> and <c>;</c> start
    /// comments, the properties before the first section form the preamble (<c>root</c>, <c>is_global</c>,
    /// <c>global_level</c>, and in a global config the options for every file).
    /// </summary>
    public sealed class AnalyzerConfigFile
    {
        public const string GlobalConfigFileName = ".globalconfig";
        public const string EditorConfigFileName = ".editorconfig";

        /// <summary>Roslyn's default <c>global_level</c> of a file named <c>.globalconfig</c>; other global configs get 0.</summary>
        public const int GlobalConfigFileDefaultLevel = 100;

        private AnalyzerConfigFile(string path, IReadOnlyDictionary<string, AnalyzerConfigEntry> preamble, IReadOnlyList<AnalyzerConfigSection> sections)
        {
            Path = NormalizePath(path);
            var slash = Path.LastIndexOf('/');
            Directory = slash > 0 ? Path.Substring(0, slash) : string.Empty;
            PreambleEntries = preamble;
            Preamble = AnalyzerConfigSection.ValuesOf(preamble);
            Sections = sections;

            IsRoot = Preamble.TryGetValue("root", out var root) && string.Equals(root, "true", StringComparison.OrdinalIgnoreCase);
            var isGlobalConfigName = string.Equals(System.IO.Path.GetFileName(path), GlobalConfigFileName, StringComparison.OrdinalIgnoreCase);
            IsGlobal = isGlobalConfigName
                || (Preamble.TryGetValue("is_global", out var isGlobal) && string.Equals(isGlobal, "true", StringComparison.OrdinalIgnoreCase));
            GlobalLevel = Preamble.TryGetValue("global_level", out var level) && int.TryParse(level, out var parsed)
                ? parsed
                : isGlobalConfigName ? GlobalConfigFileDefaultLevel : 0;
        }

        /// <summary>Full path with <c>/</c> separators.</summary>
        public string Path { get; }

        /// <summary>The folder of the file, <c>/</c> separators, no trailing separator.</summary>
        public string Directory { get; }

        public bool IsRoot { get; }

        /// <summary>A global config (<c>.globalconfig</c> or <c>is_global = true</c>): its preamble applies to every file.</summary>
        public bool IsGlobal { get; }

        public int GlobalLevel { get; }

        public IReadOnlyDictionary<string, string> Preamble { get; }

        /// <summary>The entries of <see cref="Preamble"/>, with where each is written.</summary>
        public IReadOnlyDictionary<string, AnalyzerConfigEntry> PreambleEntries { get; }

        public IReadOnlyList<AnalyzerConfigSection> Sections { get; }

        public static AnalyzerConfigFile Parse(string text, string path)
        {
            var preamble = new Dictionary<string, AnalyzerConfigEntry>(StringComparer.Ordinal);
            var sections = new List<AnalyzerConfigSection>();
            Dictionary<string, AnalyzerConfigEntry> current = preamble;
            string? currentName = null;

            using (var reader = new StringReader(text ?? string.Empty))
            {
                string? line;
                var lineNumber = 0;
                while ((line = reader.ReadLine()) is not null)
                {
                    lineNumber++;
                    var trimmed = line.Trim();
                    if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';') continue;

                    if (trimmed[0] == '[')
                    {
                        var name = ReadSectionName(trimmed);
                        if (name is null) continue;
                        if (currentName is not null) sections.Add(new AnalyzerConfigSection(currentName, current));
                        currentName = name;
                        current = new Dictionary<string, AnalyzerConfigEntry>(StringComparer.Ordinal);
                        continue;
                    }

                    if (TryReadProperty(trimmed, out var key, out var value, out var comment))
                    {
                        var column = line.Length - line.TrimStart().Length + 1;
                        current[key] = new AnalyzerConfigEntry(path, key, value, lineNumber, column, column + trimmed.Length, comment);
                    }
                }
            }
            if (currentName is not null) sections.Add(new AnalyzerConfigSection(currentName, current));
            return new AnalyzerConfigFile(path, preamble, sections);
        }

        /// <summary><c>[name]</c> optionally followed by a comment; <c>\#</c> and <c>\;</c> are literal.</summary>
        private static string? ReadSectionName(string line)
        {
            var end = -1;
            for (var i = 1; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '\\' && i + 1 < line.Length) { i++; continue; }
                if (c == '#' || c == ';') return null;
                if (c == ']') end = i;
            }
            if (end <= 1) return null;
            var rest = line.Substring(end + 1).Trim();
            if (rest.Length > 0 && rest[0] != '#' && rest[0] != ';') return null;
            return line.Substring(1, end - 1);
        }

        /// <summary><c>key = value</c> or <c>key: value</c>; a <c>#</c> or <c>;</c> in the value starts a comment (as in Roslyn).</summary>
        private static bool TryReadProperty(string line, out string key, out string value, out string? comment)
        {
            key = value = string.Empty;
            comment = null;
            var i = 0;
            while (i < line.Length && IsKeyChar(line[i])) i++;
            if (i == 0) return false;
            key = line.Substring(0, i).ToLowerInvariant();
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            if (i >= line.Length || (line[i] != '=' && line[i] != ':')) return false;
            i++;
            var end = line.Length;
            for (var j = i; j < line.Length; j++)
                if (line[j] == '#' || line[j] == ';') { end = j; break; }
            value = line.Substring(i, end - i).Trim();
            if (end < line.Length) comment = line.Substring(end);
            return true;
        }

        private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-';

        /// <summary>Full path with <c>/</c> separators (editorconfig paths always use <c>/</c>).</summary>
        public static string NormalizePath(string path) => path.Replace('\\', '/');
    }

    /// <summary>A <c>[glob]</c> section and its properties.</summary>
    public sealed class AnalyzerConfigSection
    {
        private SectionMatcher? _matcher;
        private bool _matcherBuilt;

        public AnalyzerConfigSection(string name, IReadOnlyDictionary<string, AnalyzerConfigEntry> entries)
        {
            Name = name;
            Entries = entries;
            Properties = ValuesOf(entries);
        }

        public string Name { get; }

        public IReadOnlyDictionary<string, string> Properties { get; }

        /// <summary>The entries of <see cref="Properties"/>, with where each is written.</summary>
        public IReadOnlyDictionary<string, AnalyzerConfigEntry> Entries { get; }

        internal static IReadOnlyDictionary<string, string> ValuesOf(IReadOnlyDictionary<string, AnalyzerConfigEntry> entries)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var kv in entries) values[kv.Key] = kv.Value.Value;
            return values;
        }

        /// <summary>The compiled glob, or null when the section name is not a valid glob (the section is ignored).</summary>
        public SectionMatcher? Matcher
        {
            get
            {
                if (!_matcherBuilt)
                {
                    _matcher = SectionMatcher.TryCreate(Name);
                    _matcherBuilt = true;
                }
                return _matcher;
            }
        }

        /// <summary>The glob as Roslyn matches it (<see cref="SectionMatcher.TryCreateAsRoslyn"/>).</summary>
        public SectionMatcher? RoslynMatcher => SectionMatcher.TryCreateAsRoslyn(Name);
    }
}
