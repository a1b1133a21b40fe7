namespace ContainerLint.Rules.Knowledge
{
    public static class UserNames
    {
        /// <summary>
        /// Root means: user part <c>root</c>, or a numeric user part of all zeros; the group part is ignored
        /// (rules.md, CTL1xxx). <c>root:wheel</c> and <c>0:1000</c> are root; <c>1000:0</c> is not. Windows' equivalent,
        /// the built-in <c>ContainerAdministrator</c> account, is root too (Windows account names ignore case).
        /// </summary>
        public static bool IsRoot(string? user)
        {
            if (user is null) return false;
            var value = user.Trim();
            var colon = value.IndexOf(':');
            var userPart = colon >= 0 ? value.Substring(0, colon) : value;
            userPart = userPart.Trim();
            if (userPart.Length == 0) return false;
            if (userPart == "root" || IsWindowsAdministrator(userPart)) return true;
            foreach (var c in userPart)
                if (c != '0') return false;
            return true;
        }

        /// <summary><c>ContainerAdministrator</c>, in any case: the administrator account of a Windows container.</summary>
        public static bool IsWindowsAdministrator(string? user) =>
            user is not null && string.Equals(user.Trim(), BaseImages.WindowsAdministrator, System.StringComparison.OrdinalIgnoreCase);
    }
}
