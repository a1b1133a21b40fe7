namespace ContainerLint.Catalog
{
    /// <summary>Roslyn's severity words, as rules.md and .editorconfig use them.</summary>
    public enum RuleSeverity
    {
        None = 0,
        Silent = 1,
        Suggestion = 2,
        Warning = 3,
        Error = 4,
    }

    public static class RuleSeverityText
    {
        /// <summary>
        /// Parses an editorconfig severity word as Roslyn does (AnalyzerConfigSet.TryParseSeverity; <c>default</c> is the
        /// caller's). <c>info</c> and <c>hidden</c>, Roslyn's names for the same levels elsewhere, are not words it takes
        /// here: the compiler warns about them (InvalidSeverityInAnalyzerConfig) and keeps the rule's default (audit 40 F2).
        /// </summary>
        public static bool TryParse(string? text, out RuleSeverity severity)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "error": severity = RuleSeverity.Error; return true;
                case "warning": severity = RuleSeverity.Warning; return true;
                case "suggestion": severity = RuleSeverity.Suggestion; return true;
                case "silent":
                case "refactoring": severity = RuleSeverity.Silent; return true;
                case "none": severity = RuleSeverity.None; return true;
                default: severity = default; return false;
            }
        }

        public static string ToText(this RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            RuleSeverity.Suggestion => "suggestion",
            RuleSeverity.Silent => "silent",
            _ => "none",
        };
    }
}
