namespace ContainerLint.Configuration
{
    /// <summary>One <c>key = value</c> line of an analyzer config file, and where it is written.</summary>
    public sealed class AnalyzerConfigEntry
    {
        public AnalyzerConfigEntry(string filePath, string key, string value, int line, int column, int endColumn, string? trailingComment = null)
        {
            FilePath = filePath;
            Key = key;
            Value = value;
            Line = line;
            Column = column;
            EndColumn = endColumn;
            TrailingComment = trailingComment;
        }

        /// <summary>The config file, as it was given to <see cref="AnalyzerConfigFile.Parse"/>.</summary>
        public string FilePath { get; }

        /// <summary>Lower-cased, as Roslyn keeps keys.</summary>
        public string Key { get; }

        public string Value { get; }

        /// <summary>1-based line of the entry.</summary>
        public int Line { get; }

        /// <summary>1-based column where the key starts.</summary>
        public int Column { get; }

        /// <summary>1-based column just after the line's last character that is not white space.</summary>
        public int EndColumn { get; }

        /// <summary>
        /// What follows the value from the <c>#</c> or <c>;</c> that ends it (that character included), or null: Roslyn reads
        /// it as a comment, so <c>a;b</c> is the value <c>a</c>.
        /// </summary>
        public string? TrailingComment { get; }
    }
}
