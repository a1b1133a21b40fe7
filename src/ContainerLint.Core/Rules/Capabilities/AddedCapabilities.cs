using ContainerLint.Model;

namespace ContainerLint.Rules.Capabilities
{
    /// <summary>How CTL2001, CTL2002 and CTL9004 classify one capability name.</summary>
    internal enum CapabilityClass
    {
        /// <summary>Not reported: unresolved, blank, allowed by configuration, or in Docker's default set.</summary>
        Ignored,
        NearRoot,
        BeyondDefaults,
        Unknown,
    }

    internal static class AddedCapabilities
    {
        /// <summary>Classifies a <c>CapAdd</c>/<c>CapDrop</c> entry; <paramref name="name"/> is its normalised name.</summary>
        public static CapabilityClass Classify(Setting<string> entry, LintOptions options, out string name)
        {
            name = string.Empty;
            if (!entry.IsKnown) return CapabilityClass.Ignored;
            name = Knowledge.Capabilities.Normalize(entry.Value);
            if (name.Length == 0 || options.AllowedCapabilities.Contains(name)) return CapabilityClass.Ignored;
            if (!Knowledge.Capabilities.Known.Contains(name)) return CapabilityClass.Unknown;
            // Docker grants its default set anyway, so adding one of them changes nothing (moby oci/caps/defaults.go).
            if (Knowledge.Capabilities.DockerDefaults.Contains(name)) return CapabilityClass.Ignored;
            return Knowledge.Capabilities.NearRoot.Contains(name) ? CapabilityClass.NearRoot : CapabilityClass.BeyondDefaults;
        }
    }
}
