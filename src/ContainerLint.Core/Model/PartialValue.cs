namespace ContainerLint.Model
{
    /// <summary>
    /// An unresolved value as far as it is known: its text with each unresolved variable written as <see cref="Mark"/>
    /// (<see cref="Setting{T}.Partial"/>). Some facts hold whatever the variables hold: <c>${XDG_RUNTIME_DIR}/docker.sock</c>
    /// ends in <c>docker.sock</c> (an unset variable is an empty string to Compose, so even then).
    /// </summary>
    public static class PartialValue
    {
        public const char MarkStart = '\u0001';
        public const char MarkEnd = '\u0002';

        public static string Mark(string name) => MarkStart + name + MarkEnd;

        /// <summary>The text after the last unresolved variable: how the value ends whatever the variables hold.</summary>
        public static string Ending(string partial) => partial.Substring(partial.LastIndexOf(MarkEnd) + 1);

        /// <summary>The partial value for a message: each unresolved variable as <c>${NAME}</c>.</summary>
        public static string Display(string partial) =>
            partial.Replace(MarkStart.ToString(), "${").Replace(MarkEnd.ToString(), "}");
    }
}
