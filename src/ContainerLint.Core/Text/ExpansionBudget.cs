namespace ContainerLint.Text
{
    /// <summary>
    /// How many characters the substitutions of one file may copy in all (a Dockerfile's <c>${B}</c>, a Compose file's or
    /// a <c>.env</c> file's): what a file writes is at most 16 MB, but each reference copies the variable's value, so a
    /// file of a few hundred kilobytes could expand to gigabytes (audit 29: twenty thousand references to one 60K value;
    /// forty <c>.env</c> lines that each double the one before). Past it, a variable's value is not known.
    /// </summary>
    public sealed class ExpansionBudget
    {
        public const int DefaultCharacters = 4 * 1024 * 1024;

        private long _remaining;

        public ExpansionBudget(long characters = DefaultCharacters) => _remaining = characters;

        public bool TrySpend(int characters)
        {
            if (characters > _remaining) return false;
            _remaining -= characters;
            return true;
        }
    }
}
