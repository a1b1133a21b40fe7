namespace ContainerLint.Catalog
{
    /// <summary>Every rule ID of rules.md. Public API: never renumbered, never reused.</summary>
    public static class RuleIds
    {
        public const string RunsAsRoot = "CTL1001";
        public const string NoNonRootUser = "CTL1002";
        public const string Privileged = "CTL1003";
        public const string SudoInBuild = "CTL1004";
        public const string SetuidBit = "CTL1005";
        public const string SshServer = "CTL1006";

        public const string DangerousCapability = "CTL2001";
        public const string ExtraCapability = "CTL2002";
        public const string CapabilitiesNotDropped = "CTL2003";

        public const string HostDevice = "CTL3001";
        public const string WritableProcOrSys = "CTL3002";
        public const string SensitiveHostPath = "CTL3003";
        public const string RuntimeSocket = "CTL3004";
        public const string MountAllowsSuid = "CTL3005";
        public const string MountAllowsDev = "CTL3006";
        public const string SharedPropagation = "CTL3007";

        public const string NoNewPrivilegesNotSet = "CTL4001";
        public const string SeccompDisabled = "CTL4002";
        public const string AppArmorDisabled = "CTL4003";
        public const string SelinuxDisabled = "CTL4004";

        public const string HostPid = "CTL5001";
        public const string HostIpc = "CTL5002";
        public const string HostNetwork = "CTL5003";
        public const string HostUserns = "CTL5004";
        public const string HostUts = "CTL5005";
        public const string HostCgroupns = "CTL5006";
        public const string CgroupParent = "CTL5007";

        public const string WritableRootfs = "CTL6001";

        public const string ParseError = "CTL9001";
        public const string UnresolvedValue = "CTL9002";
        public const string UnknownRuleInSuppression = "CTL9003";
        public const string UnknownCapability = "CTL9004";
        public const string NullCollectionInitializer = "CTL9005";
    }
}
