namespace ContainerLint.Rules.Knowledge
{
    /// <summary>
    /// <c>security_opt</c> entries: case-insensitive, <c>:</c> and <c>=</c> are the same separator, surrounding spaces
    /// ignored (rules.md CTL4xxx; Docker's CLI accepts both separators, moby daemon/oci_linux.go).
    /// </summary>
    public static class SecurityOptions
    {
        private static readonly char[] Separators = { ':', '=' };

        public static (string Key, string? Value) Parse(string? entry)
        {
            var text = (entry ?? string.Empty).Trim();
            var sep = text.IndexOfAny(Separators);
            if (sep < 0) return (text.ToLowerInvariant(), null);
            return (text.Substring(0, sep).Trim().ToLowerInvariant(), text.Substring(sep + 1).Trim().ToLowerInvariant());
        }

        public static bool Is(string? entry, string key, string value)
        {
            var (k, v) = Parse(entry);
            return k == key && v == value;
        }

        /// <summary>
        /// For a <c>no-new-privileges</c> entry, whether it turns the flag on: bare means on, a value is read like Go's
        /// <c>strconv.ParseBool</c> (moby daemon/daemon_unix.go, parseSecurityOpt). Null when the entry is something else or its value is not a boolean.
        /// </summary>
        public static bool? NoNewPrivileges(string? entry) => Flag(entry, "no-new-privileges", bareIsOn: true);

        /// <summary>
        /// For a <c>writable-cgroups</c> entry (Docker Engine 28+), whether it makes the container's cgroup filesystem
        /// writable; its value is read like <see cref="NoNewPrivileges"/>'s. Null for anything else.
        /// </summary>
        public static bool? WritableCgroups(string? entry) => Flag(entry, "writable-cgroups", bareIsOn: false);

        private static bool? Flag(string? entry, string name, bool bareIsOn)
        {
            var (key, value) = Parse(entry);
            if (key != name) return null;
            switch (value)
            {
                case null:
                    return bareIsOn ? true : null;
                case "1":
                case "t":
                case "true":
                    return true;
                case "0":
                case "f":
                case "false":
                    return false;
                default:
                    return null;
            }
        }
    }
}
