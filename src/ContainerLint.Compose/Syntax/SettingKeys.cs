using ContainerLint.Findings;

namespace ContainerLint.Compose.Syntax
{
    /// <summary>The service keys that hold the settings fixes name in model terms (<see cref="FixKeys"/>).</summary>
    internal static class SettingKeys
    {
        private static readonly (string FixKey, string ComposeKey)[] Pairs =
        {
            (FixKeys.CapDrop, "cap_drop"),
            (FixKeys.SecurityOpt, "security_opt"),
            (FixKeys.ReadOnlyRootfs, "read_only"),
            (FixKeys.User, "user"),
            (FixKeys.Privileged, "privileged"),
        };

        /// <summary>The service key of a setting (the name itself when it is no model setting).</summary>
        public static string ComposeKeyOf(string fixKey)
        {
            foreach (var (fix, compose) in Pairs)
                if (fix == fixKey) return compose;
            return fixKey;
        }

        /// <summary>The model setting a service key holds, or null.</summary>
        public static string? FixKeyOf(string composeKey)
        {
            foreach (var (fix, compose) in Pairs)
                if (compose == composeKey) return fix;
            return null;
        }
    }
}
