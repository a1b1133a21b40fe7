using System;
using System.Collections.Generic;
using ContainerLint.Configuration;

namespace ContainerLint.Tasks.Sarif
{
    /// <summary>
    /// The kinds of configuration problem as SARIF notification descriptors (<c>tool.driver.notifications</c>), which the
    /// log's <c>toolConfigurationNotifications</c> refer to (SARIF 2.1.0 3.58.2). Their ids are hierarchical strings
    /// (3.5.4, 3.49.3) under <c>config/</c>, which no rule ID (<c>CTLnnnn</c>) can be taken for: the build's warning at the
    /// line has no code either, as rule IDs are public API. They are stable: dashboards may key on them.
    /// </summary>
    public static class ConfigurationNotifications
    {
        public sealed class Descriptor
        {
            internal Descriptor(ConfigurationProblemKind kind, string id, string name, string title, string description)
            {
                Kind = kind;
                Id = id;
                Name = name;
                Title = title;
                Description = description;
            }

            public ConfigurationProblemKind Kind { get; }
            public string Id { get; }
            public string Name { get; }

            /// <summary>A phrase: the descriptor's <c>shortDescription</c>.</summary>
            public string Title { get; }

            /// <summary>What the problem is and what it does: the descriptor's <c>fullDescription</c>.</summary>
            public string Description { get; }
        }

        /// <summary>One per kind.</summary>
        public static IReadOnlyList<Descriptor> All { get; } = new[]
        {
            new Descriptor(ConfigurationProblemKind.InvalidSeverity, "config/invalid-severity", "InvalidSeverityInConfiguration", "Invalid severity in the configuration",
                "A dotnet_diagnostic.CTLnnnn.severity value Roslyn does not take, in a section that applies to a Dockerfile or Compose file: the line is ignored."),
            new Descriptor(ConfigurationProblemKind.UnknownCapabilities, "config/unknown-capability", "UnknownAllowedCapability", "Unknown capability allowed",
                "A containerlint.allowed_capabilities name that is no capability Docker knows: it allows nothing."),
            new Descriptor(ConfigurationProblemKind.CapabilitiesAfterSemicolon, "config/capability-after-semicolon", "AllowedCapabilityAfterSemicolon", "Allowed capability after a ';'",
                "containerlint.allowed_capabilities names after a ';', which starts a comment: they are not read."),
            new Descriptor(ConfigurationProblemKind.CapabilitiesAfterHash, "config/capability-after-hash", "AllowedCapabilityAfterHash", "Allowed capability after a '#'",
                "containerlint.allowed_capabilities names after a '#', which starts a comment: they are not read."),
            new Descriptor(ConfigurationProblemKind.UnusableNonRootUser, "config/unusable-non-root-user", "UnusableNonRootUser", "Unusable non-root user",
                "A containerlint.non_root_user that is root or not one user[:group]: the fixes that switch to a non-root user are not made."),
            new Descriptor(ConfigurationProblemKind.UnknownOption, "config/unknown-option", "UnknownOption", "Unknown option",
                "A containerlint.* key that names no option ContainerLint reads: the line does nothing."),
        };

        /// <summary>The index of the kind's descriptor in <see cref="All"/>.</summary>
        public static int IndexOf(ConfigurationProblemKind kind)
        {
            for (var i = 0; i < All.Count; i++)
                if (All[i].Kind == kind) return i;
            throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
