namespace ContainerLint.Rules.Knowledge
{
    public static class UserNames
    {
        /// <summary>
        /// Root means: user part <c>root</c>, or a numeric user part of all zeros; the group part is ignored
        /// (rules.md, CTL1xxx). <c>root:wheel</c> and <c>0:1000</c> are root; <c>1000:0</c> is not.
        /// </summary>
        public static bool IsRoot(string? user)
        {
            if (user is null) return false;
            var value = user.Trim();
            var colon = value.IndexOf(':');
            var userPart = colon >= 0 ? value.Substring(0, colon) : value;
            userPart = userPart.Trim();
            if (userPart.Length == 0) return false;
            if (userPart == "root") return true;
            foreach (var c in userPart)
                if (c != '0') return false;
            return true;
        }
    }
}
