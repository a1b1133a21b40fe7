namespace ContainerLint.Configuration
{
    /// <summary>Something wrong in an analyzer config line, said at that line.</summary>
    public sealed class ConfigurationProblem
    {
        public ConfigurationProblem(AnalyzerConfigEntry entry, string message)
            : this(entry.FilePath, entry.Line, entry.Column, entry.EndColumn, message)
        {
        }

        public ConfigurationProblem(string filePath, int line, int column, int endColumn, string message)
        {
            FilePath = filePath;
            Line = line;
            Column = column;
            EndColumn = endColumn;
            Message = message;
        }

        public string FilePath { get; }
        public int Line { get; }
        public int Column { get; }
        public int EndColumn { get; }
        public string Message { get; }
    }
}
