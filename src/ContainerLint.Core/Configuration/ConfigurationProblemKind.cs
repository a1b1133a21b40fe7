namespace ContainerLint.Configuration
{
    /// <summary>What is wrong in a config line (<see cref="ConfigurationChecks"/>); the SARIF log names each kind.</summary>
    public enum ConfigurationProblemKind
    {
        /// <summary>A <c>dotnet_diagnostic.ID.severity</c> value Roslyn does not take.</summary>
        InvalidSeverity,

        /// <summary>A <c>containerlint.allowed_capabilities</c> name that is no capability Docker knows.</summary>
        UnknownCapabilities,

        /// <summary>Capability names after a <c>;</c>, which starts a comment.</summary>
        CapabilitiesAfterSemicolon,

        /// <summary>A list of capability names after a <c>#</c>, which starts a comment.</summary>
        CapabilitiesAfterHash,

        /// <summary>A <c>containerlint.non_root_user</c> that is root or not one <c>user[:group]</c>: the user fixes are not made.</summary>
        UnusableNonRootUser,

        /// <summary>A <c>containerlint.*</c> key that names no option (a misspelt one does nothing).</summary>
        UnknownOption,
    }
}
