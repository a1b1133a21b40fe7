using System.Collections.Generic;
using System.Collections.Immutable;
using ContainerLint.Catalog;
using Microsoft.CodeAnalysis;

namespace ContainerLint.Analyzers.Reporting
{
    /// <summary>
    /// One Roslyn descriptor per rule the analyzers report, built from the catalog (title, message, description, help
    /// link). ID, category and severity are written out so that release tracking (RS2008, AnalyzerReleases.*.md) can
    /// read them; a test checks they agree with the catalog (suggestion = Info, silent = Hidden, none = disabled). Their
    /// custom tags are the catalog's, which the compiler's ErrorLog writes as the rule's <c>properties.tags</c>, as the
    /// task's SARIF log has them.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor CTL1001 = new DiagnosticDescriptor(
            RuleIds.RunsAsRoot, RuleCatalog.CTL1001.Title, RuleCatalog.CTL1001.MessageFormat, "User", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL1001.Description, helpLinkUri: RuleCatalog.CTL1001.HelpLink,
            customTags: Tags(RuleCatalog.CTL1001));

        public static readonly DiagnosticDescriptor CTL1003 = new DiagnosticDescriptor(
            RuleIds.Privileged, RuleCatalog.CTL1003.Title, RuleCatalog.CTL1003.MessageFormat, "User", DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: RuleCatalog.CTL1003.Description, helpLinkUri: RuleCatalog.CTL1003.HelpLink,
            customTags: Tags(RuleCatalog.CTL1003));

        public static readonly DiagnosticDescriptor CTL2001 = new DiagnosticDescriptor(
            RuleIds.DangerousCapability, RuleCatalog.CTL2001.Title, RuleCatalog.CTL2001.MessageFormat, "Capabilities", DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: RuleCatalog.CTL2001.Description, helpLinkUri: RuleCatalog.CTL2001.HelpLink,
            customTags: Tags(RuleCatalog.CTL2001));

        public static readonly DiagnosticDescriptor CTL2002 = new DiagnosticDescriptor(
            RuleIds.ExtraCapability, RuleCatalog.CTL2002.Title, RuleCatalog.CTL2002.MessageFormat, "Capabilities", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL2002.Description, helpLinkUri: RuleCatalog.CTL2002.HelpLink,
            customTags: Tags(RuleCatalog.CTL2002));

        public static readonly DiagnosticDescriptor CTL2003 = new DiagnosticDescriptor(
            RuleIds.CapabilitiesNotDropped, RuleCatalog.CTL2003.Title, RuleCatalog.CTL2003.MessageFormat, "Capabilities", DiagnosticSeverity.Info,
            isEnabledByDefault: true, description: RuleCatalog.CTL2003.Description, helpLinkUri: RuleCatalog.CTL2003.HelpLink,
            customTags: Tags(RuleCatalog.CTL2003));

        public static readonly DiagnosticDescriptor CTL3001 = new DiagnosticDescriptor(
            RuleIds.HostDevice, RuleCatalog.CTL3001.Title, RuleCatalog.CTL3001.MessageFormat, "HostMounts", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL3001.Description, helpLinkUri: RuleCatalog.CTL3001.HelpLink,
            customTags: Tags(RuleCatalog.CTL3001));

        public static readonly DiagnosticDescriptor CTL3002 = new DiagnosticDescriptor(
            RuleIds.WritableProcOrSys, RuleCatalog.CTL3002.Title, RuleCatalog.CTL3002.MessageFormat, "HostMounts", DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: RuleCatalog.CTL3002.Description, helpLinkUri: RuleCatalog.CTL3002.HelpLink,
            customTags: Tags(RuleCatalog.CTL3002));

        public static readonly DiagnosticDescriptor CTL3003 = new DiagnosticDescriptor(
            RuleIds.SensitiveHostPath, RuleCatalog.CTL3003.Title, RuleCatalog.CTL3003.MessageFormat, "HostMounts", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL3003.Description, helpLinkUri: RuleCatalog.CTL3003.HelpLink,
            customTags: Tags(RuleCatalog.CTL3003));

        public static readonly DiagnosticDescriptor CTL3004 = new DiagnosticDescriptor(
            RuleIds.RuntimeSocket, RuleCatalog.CTL3004.Title, RuleCatalog.CTL3004.MessageFormat, "HostMounts", DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: RuleCatalog.CTL3004.Description, helpLinkUri: RuleCatalog.CTL3004.HelpLink,
            customTags: Tags(RuleCatalog.CTL3004));

        public static readonly DiagnosticDescriptor CTL3005 = new DiagnosticDescriptor(
            RuleIds.MountAllowsSuid, RuleCatalog.CTL3005.Title, RuleCatalog.CTL3005.MessageFormat, "HostMounts", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL3005.Description, helpLinkUri: RuleCatalog.CTL3005.HelpLink,
            customTags: Tags(RuleCatalog.CTL3005));

        public static readonly DiagnosticDescriptor CTL3006 = new DiagnosticDescriptor(
            RuleIds.MountAllowsDev, RuleCatalog.CTL3006.Title, RuleCatalog.CTL3006.MessageFormat, "HostMounts", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL3006.Description, helpLinkUri: RuleCatalog.CTL3006.HelpLink,
            customTags: Tags(RuleCatalog.CTL3006));

        public static readonly DiagnosticDescriptor CTL3007 = new DiagnosticDescriptor(
            RuleIds.SharedPropagation, RuleCatalog.CTL3007.Title, RuleCatalog.CTL3007.MessageFormat, "HostMounts", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL3007.Description, helpLinkUri: RuleCatalog.CTL3007.HelpLink,
            customTags: Tags(RuleCatalog.CTL3007));

        public static readonly DiagnosticDescriptor CTL4001 = new DiagnosticDescriptor(
            RuleIds.NoNewPrivilegesNotSet, RuleCatalog.CTL4001.Title, RuleCatalog.CTL4001.MessageFormat, "Confinement", DiagnosticSeverity.Info,
            isEnabledByDefault: true, description: RuleCatalog.CTL4001.Description, helpLinkUri: RuleCatalog.CTL4001.HelpLink,
            customTags: Tags(RuleCatalog.CTL4001));

        public static readonly DiagnosticDescriptor CTL4002 = new DiagnosticDescriptor(
            RuleIds.SeccompDisabled, RuleCatalog.CTL4002.Title, RuleCatalog.CTL4002.MessageFormat, "Confinement", DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: RuleCatalog.CTL4002.Description, helpLinkUri: RuleCatalog.CTL4002.HelpLink,
            customTags: Tags(RuleCatalog.CTL4002));

        public static readonly DiagnosticDescriptor CTL4003 = new DiagnosticDescriptor(
            RuleIds.AppArmorDisabled, RuleCatalog.CTL4003.Title, RuleCatalog.CTL4003.MessageFormat, "Confinement", DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: RuleCatalog.CTL4003.Description, helpLinkUri: RuleCatalog.CTL4003.HelpLink,
            customTags: Tags(RuleCatalog.CTL4003));

        public static readonly DiagnosticDescriptor CTL4004 = new DiagnosticDescriptor(
            RuleIds.SelinuxDisabled, RuleCatalog.CTL4004.Title, RuleCatalog.CTL4004.MessageFormat, "Confinement", DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: RuleCatalog.CTL4004.Description, helpLinkUri: RuleCatalog.CTL4004.HelpLink,
            customTags: Tags(RuleCatalog.CTL4004));

        public static readonly DiagnosticDescriptor CTL5001 = new DiagnosticDescriptor(
            RuleIds.HostPid, RuleCatalog.CTL5001.Title, RuleCatalog.CTL5001.MessageFormat, "Namespaces", DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: RuleCatalog.CTL5001.Description, helpLinkUri: RuleCatalog.CTL5001.HelpLink,
            customTags: Tags(RuleCatalog.CTL5001));

        public static readonly DiagnosticDescriptor CTL5002 = new DiagnosticDescriptor(
            RuleIds.HostIpc, RuleCatalog.CTL5002.Title, RuleCatalog.CTL5002.MessageFormat, "Namespaces", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL5002.Description, helpLinkUri: RuleCatalog.CTL5002.HelpLink,
            customTags: Tags(RuleCatalog.CTL5002));

        public static readonly DiagnosticDescriptor CTL5003 = new DiagnosticDescriptor(
            RuleIds.HostNetwork, RuleCatalog.CTL5003.Title, RuleCatalog.CTL5003.MessageFormat, "Namespaces", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL5003.Description, helpLinkUri: RuleCatalog.CTL5003.HelpLink,
            customTags: Tags(RuleCatalog.CTL5003));

        public static readonly DiagnosticDescriptor CTL5004 = new DiagnosticDescriptor(
            RuleIds.HostUserns, RuleCatalog.CTL5004.Title, RuleCatalog.CTL5004.MessageFormat, "Namespaces", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL5004.Description, helpLinkUri: RuleCatalog.CTL5004.HelpLink,
            customTags: Tags(RuleCatalog.CTL5004));

        public static readonly DiagnosticDescriptor CTL5005 = new DiagnosticDescriptor(
            RuleIds.HostUts, RuleCatalog.CTL5005.Title, RuleCatalog.CTL5005.MessageFormat, "Namespaces", DiagnosticSeverity.Info,
            isEnabledByDefault: true, description: RuleCatalog.CTL5005.Description, helpLinkUri: RuleCatalog.CTL5005.HelpLink,
            customTags: Tags(RuleCatalog.CTL5005));

        public static readonly DiagnosticDescriptor CTL5006 = new DiagnosticDescriptor(
            RuleIds.HostCgroupns, RuleCatalog.CTL5006.Title, RuleCatalog.CTL5006.MessageFormat, "Namespaces", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL5006.Description, helpLinkUri: RuleCatalog.CTL5006.HelpLink,
            customTags: Tags(RuleCatalog.CTL5006));

        public static readonly DiagnosticDescriptor CTL5007 = new DiagnosticDescriptor(
            RuleIds.CgroupParent, RuleCatalog.CTL5007.Title, RuleCatalog.CTL5007.MessageFormat, "Namespaces", DiagnosticSeverity.Info,
            isEnabledByDefault: true, description: RuleCatalog.CTL5007.Description, helpLinkUri: RuleCatalog.CTL5007.HelpLink,
            customTags: Tags(RuleCatalog.CTL5007));

        public static readonly DiagnosticDescriptor CTL6001 = new DiagnosticDescriptor(
            RuleIds.WritableRootfs, RuleCatalog.CTL6001.Title, RuleCatalog.CTL6001.MessageFormat, "Immutability", DiagnosticSeverity.Info,
            isEnabledByDefault: true, description: RuleCatalog.CTL6001.Description, helpLinkUri: RuleCatalog.CTL6001.HelpLink,
            customTags: Tags(RuleCatalog.CTL6001));

        public static readonly DiagnosticDescriptor CTL9004 = new DiagnosticDescriptor(
            RuleIds.UnknownCapability, RuleCatalog.CTL9004.Title, RuleCatalog.CTL9004.MessageFormat, "Linter", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL9004.Description, helpLinkUri: RuleCatalog.CTL9004.HelpLink,
            customTags: Tags(RuleCatalog.CTL9004));

        public static readonly DiagnosticDescriptor CTL9005 = new DiagnosticDescriptor(
            RuleIds.NullCollectionInitializer, RuleCatalog.CTL9005.Title, RuleCatalog.CTL9005.MessageFormat, "Linter", DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: RuleCatalog.CTL9005.Description, helpLinkUri: RuleCatalog.CTL9005.HelpLink,
            customTags: Tags(RuleCatalog.CTL9005));

        /// <summary>Every descriptor above, in catalog order.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            CTL1001, CTL1003, CTL2001, CTL2002, CTL2003, CTL3001, CTL3002, CTL3003, CTL3004, CTL3005, CTL3006, CTL3007, CTL4001, CTL4002, CTL4003, CTL4004, CTL5001, CTL5002, CTL5003, CTL5004, CTL5005, CTL5006, CTL5007, CTL6001, CTL9004, CTL9005);

        /// <summary>The rules a container read from C# can break (all but CTL9005, which has its own analyzer).</summary>
        public static ImmutableArray<DiagnosticDescriptor> ContainerRules { get; } = All.Remove(CTL9005);

        public static DiagnosticDescriptor NullCollectionInitializer => CTL9005;

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = BuildIndex(All);
        private static readonly Dictionary<string, DiagnosticDescriptor> ContainerRulesById = BuildIndex(ContainerRules);

        public static DiagnosticDescriptor? Get(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

        /// <summary>The descriptor of a rule a container read from C# can break (<see cref="ContainerRules"/>), else null.</summary>
        public static DiagnosticDescriptor? GetContainerRule(string id) => ContainerRulesById.TryGetValue(id, out var descriptor) ? descriptor : null;

        /// <summary>
        /// The catalog's tags of the rule (<see cref="RuleDescriptor.Tags"/>: security, containers, the category, the CIS
        /// recommendation) as custom tags. None is one of Roslyn's well-known tags (Unnecessary, NotConfigurable,
        /// CompilationEnd…), which change how a diagnostic is shown, configured or run; a test checks that.
        /// </summary>
        private static string[] Tags(RuleDescriptor rule)
        {
            var tags = new string[rule.Tags.Count];
            for (var i = 0; i < tags.Length; i++) tags[i] = rule.Tags[i];
            return tags;
        }

        /// <summary>Roslyn's severity for a catalog severity (suggestion is Info; silent and none are Hidden).</summary>
        public static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            RuleSeverity.Suggestion => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };

        private static Dictionary<string, DiagnosticDescriptor> BuildIndex(ImmutableArray<DiagnosticDescriptor> descriptors)
        {
            var index = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var descriptor in descriptors) index[descriptor.Id] = descriptor;
            return index;
        }
    }
}
