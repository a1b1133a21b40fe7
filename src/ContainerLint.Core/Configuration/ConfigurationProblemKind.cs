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
    }
}
