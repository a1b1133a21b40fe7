namespace ContainerLint.Rules.Knowledge
{
    public static class UserNames
    {
        /// <summary>
        /// Root means: user part <c>root</c>, or a numeric user part of all zeros; the group part is ignored
        /// (rules.md, CTL1xxx). <c>root:wheel</c> and <c>0:1000</c> are root; <c>1000:0</c> is not. Numeric is what Docker
        /// reads as a uid (<see cref="IsUid"/>), so a signed zero (<c>+0</c>, <c>-0</c>) is uid 0 and root as well, and so is
        /// an empty user part before a group (<c>:1000</c>), which the runtime leaves at its default, uid 0.
        /// Windows' equivalent, the built-in <c>ContainerAdministrator</c> account, is root too (Windows account names ignore case).
        /// </summary>
        public static bool IsRoot(string? user)
        {
            if (user is null) return false;
            var value = user.Trim();
            var colon = value.IndexOf(':');
            var userPart = colon >= 0 ? value.Substring(0, colon) : value;
            userPart = userPart.Trim();
            // `:1000` names a group only: runc's user lookup (libcontainer/user GetExecUser) keeps the default user for an
            // empty user part, uid 0, so the process runs as root in group 1000 (audit 125 C125-4).
            if (userPart.Length == 0) return colon >= 0;
            if (userPart == "root" || IsWindowsAdministrator(userPart)) return true;
            if (!IsUid(userPart)) return false;
            for (var i = IsSign(userPart[0]) ? 1 : 0; i < userPart.Length; i++)
                if (userPart[i] != '0') return false;
            return true;
        }

        /// <summary>
        /// Whether Docker reads <paramref name="userPart"/> (a user part, without the <c>:group</c>) as a uid rather than
        /// a user name: runc's user lookup parses it with Go's <c>strconv.Atoi</c> ("if the userArg is numeric, always
        /// treat it as a UID"), which takes an optional <c>+</c> or <c>-</c> and decimal digits, nothing else (no spaces).
        /// So <c>+1000</c> is uid 1000 and <c>+0</c> / <c>-0</c> uid 0. Digits whose value does not fit Atoi are a name
        /// to Docker, never uid 0; only their being a uid at all is approximated here.
        /// </summary>
        public static bool IsUid(string? userPart)
        {
            if (string.IsNullOrEmpty(userPart)) return false;
            var start = IsSign(userPart![0]) ? 1 : 0;
            if (start == userPart.Length) return false;
            for (var i = start; i < userPart.Length; i++)
                if (userPart[i] < '0' || userPart[i] > '9') return false;
            return true;
        }

        private static bool IsSign(char c) => c == '+' || c == '-';

        /// <summary>
        /// A Dockerfile <c>USER</c> whose value, expanded, is empty (<c>USER ""</c>, or a variable set to ""): BuildKit stores
        /// the expanded value as the image's user, and an empty one is no user, which the runtime runs as uid 0, also over a
        /// base image that set a non-root user. (Not so in Compose, where an empty <c>user:</c> leaves the image's user.)
        /// </summary>
        public static bool IsEmptyDockerfileUser(string? user) => user is not null && user.Trim().Length == 0;

        /// <summary><c>ContainerAdministrator</c>, in any case: the administrator account of a Windows container.</summary>
        public static bool IsWindowsAdministrator(string? user) =>
            user is not null && string.Equals(user.Trim(), BaseImages.WindowsAdministrator, System.StringComparison.OrdinalIgnoreCase);
    }
}
