namespace ContainerLint.Configuration
{
    /// <summary>Something wrong in an analyzer config line, said at that line.</summary>
    public sealed class ConfigurationProblem
    {
        public ConfigurationProblem(ConfigurationProblemKind kind, AnalyzerConfigEntry entry, string message)
            : this(kind, entry.FilePath, entry.Line, entry.Column, entry.EndColumn, message)
        {
        }

        public ConfigurationProblem(ConfigurationProblemKind kind, string filePath, int line, int column, int endColumn, string message,
            bool saidByCompiler = false)
        {
            SaidByCompiler = saidByCompiler;
            Kind = kind;
            FilePath = filePath;
            Line = line;
            Column = column;
            EndColumn = endColumn;
            Message = message;
        }

        public ConfigurationProblemKind Kind { get; }
        public string FilePath { get; }
        public int Line { get; }
        public int Column { get; }
        public int EndColumn { get; }
        public string Message { get; }

        /// <summary>
        /// Whether the compiler warns about the line itself (<see cref="CompilerCheckedEntries"/>): the build leaves it to the
        /// compiler, so that it is said once, and the SARIF log still has it.
        /// </summary>
        public bool SaidByCompiler { get; }

        public ConfigurationProblem AsSaidByCompiler() => new ConfigurationProblem(Kind, FilePath, Line, Column, EndColumn, Message, saidByCompiler: true);
    }
}
