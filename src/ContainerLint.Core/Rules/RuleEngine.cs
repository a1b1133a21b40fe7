using System.Collections.Generic;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Capabilities;
using ContainerLint.Rules.Confinement;
using ContainerLint.Rules.HostMounts;
using ContainerLint.Rules.Immutability;
using ContainerLint.Rules.Linter;
using ContainerLint.Rules.Namespaces;
using ContainerLint.Rules.User;

namespace ContainerLint.Rules
{
    /// <summary>Runs every rule over a model.</summary>
    public static class RuleEngine
    {
        // Listed rather than found by reflection: every front end (and the analyzer, at compilation start) pays for
        // finding them, and a test pins that every concrete Rule type of the assembly is here, in rule ID order.
        private static readonly Rule[] AllRules =
        {
            new RunsAsRootRule(),               // CTL1001
            new NoNonRootUserRule(),            // CTL1002
            new PrivilegedContainerRule(),      // CTL1003
            new SudoInBuildRule(),              // CTL1004
            new SetuidBitRule(),                // CTL1005
            new SshServerRule(),                // CTL1006
            new NearRootCapabilityRule(),       // CTL2001
            new CapabilityBeyondDefaultsRule(), // CTL2002
            new CapabilitiesNotDroppedRule(),   // CTL2003
            new HostDeviceRule(),               // CTL3001
            new WritableProcOrSysRule(),        // CTL3002
            new SensitiveHostPathRule(),        // CTL3003
            new RuntimeSocketMountedRule(),     // CTL3004
            new MountAllowsSuidRule(),          // CTL3005
            new MountAllowsDevRule(),           // CTL3006
            new SharedPropagationRule(),        // CTL3007
            new NoNewPrivilegesRule(),          // CTL4001
            new SeccompDisabledRule(),          // CTL4002
            new AppArmorDisabledRule(),         // CTL4003
            new SelinuxDisabledRule(),          // CTL4004
            new HostPidRule(),                  // CTL5001
            new HostIpcRule(),                  // CTL5002
            new HostNetworkRule(),              // CTL5003
            new HostUserNamespaceRule(),        // CTL5004
            new HostUtsRule(),                  // CTL5005
            new HostCgroupNamespaceRule(),      // CTL5006
            new CgroupParentRule(),             // CTL5007
            new WritableRootfsRule(),           // CTL6001
            new UnresolvedValueRule(),          // CTL9002
            new UnknownCapabilityRule(),        // CTL9004
        };

        /// <summary>Every rule, in rule ID order (the order findings of one location are reported in).</summary>
        public static IReadOnlyList<Rule> Rules => AllRules;

        public static void Check(ContainerSpec container, LintOptions options, FindingSink sink)
        {
            var context = new RuleContext(options, sink, container.Name);
            foreach (var rule in AllRules) rule.Check(container, context);
        }

        public static void Check(ImageSpec image, LintOptions options, FindingSink sink)
        {
            var context = new RuleContext(options, sink);
            foreach (var rule in AllRules) rule.Check(image, context);
        }
    }
}
