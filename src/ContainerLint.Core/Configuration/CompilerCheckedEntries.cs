using System.Collections.Generic;
using System.IO;

namespace ContainerLint.Configuration
{
    /// <summary>
    /// The config entries whose severity the compiler checks itself when it compiles the project's C# files, warning
    /// InvalidSeverityInAnalyzerConfig (once a line, without a location) about a value it does not take: the entries of the
    /// sections it reads for one of those files (Roslyn's AnalyzerConfigSet.GetOptionsForSourcePath), in the config files
    /// it is given. Checked with a consumer build (SDK 10.0.401): it says nothing about a global config's entries outside a
    /// <c>[path]</c> section, nor about an .editorconfig it is not given (the SDK gives it those above the folders of the
    /// project's own C# files, so a project whose only C# files are the ones generated in obj/ gets none).
    /// </summary>
    public sealed class CompilerCheckedEntries
    {
        private readonly AnalyzerConfigSet _compilerConfiguration;
        private readonly IReadOnlyList<string> _compileFiles;
        private HashSet<AnalyzerConfigEntry>? _checked;

        /// <param name="compilerConfiguration">The configuration the compiler is given (<see cref="ConfigurationLoader.CompilerConfiguration"/>).</param>
        /// <param name="compileFiles">The C# files it compiles (<c>@(Compile)</c>).</param>
        public CompilerCheckedEntries(AnalyzerConfigSet compilerConfiguration, IEnumerable<string> compileFiles)
        {
            _compilerConfiguration = compilerConfiguration;
            _compileFiles = new List<string>(compileFiles);
        }

        public bool Checks(AnalyzerConfigEntry entry)
        {
            // Matched only when asked, which is when a line has a severity the compiler does not take: rare, and a project
            // may have thousands of C# files.
            if (_checked is null)
            {
                _checked = new HashSet<AnalyzerConfigEntry>();
                foreach (var file in _compileFiles)
                {
                    if (string.IsNullOrEmpty(file)) continue;
                    _checked.UnionWith(_compilerConfiguration.GetCompilerSectionEntries(Path.GetFullPath(file)));
                }
            }
            return _checked.Contains(entry);
        }
    }
}
