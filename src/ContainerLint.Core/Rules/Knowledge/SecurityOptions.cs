namespace ContainerLint.Rules.Knowledge
{
    /// <summary>
    /// <c>security_opt</c> entries: case-insensitive, <c>:</c> and <c>=</c> are the same separator, surrounding spaces
    /// ignored (rules.md CTL4xxx; Docker's CLI accepts both separators, moby daemon/oci_linux.go).
    /// </summary>
    public static class SecurityOptions
    {
        public static (string Key, string? Value) Parse(string? entry)
        {
            var text = (entry ?? string.Empty).Trim();
            var sep = text.IndexOfAny(new[] { ':', '=' });
            if (sep < 0) return (text.ToLowerInvariant(), null);
            return (text.Substring(0, sep).Trim().ToLowerInvariant(), text.Substring(sep + 1).Trim().ToLowerInvariant());
        }

        public static bool Is(string? entry, string key, string value)
        {
            var (k, v) = Parse(entry);
            return k == key && v == value;
        }
    }
}
