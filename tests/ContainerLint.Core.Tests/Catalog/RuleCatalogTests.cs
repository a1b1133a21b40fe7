using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ContainerLint.Catalog;
using ContainerLint.Rules;

namespace ContainerLint.Core.Tests.Catalog
{
    public class RuleCatalogTests
    {
        [Fact]
        public void Catalog_holds_every_rule_of_rules_md_with_its_title_and_default_severity()
        {
            var rulesMd = File.ReadAllText(TestPaths.Spec("rules.md"));
            var rows = Regex.Matches(rulesMd, @"^\| (CTL\d{4}) \| ([^|]+) \| (error|warning|suggestion) \|", RegexOptions.Multiline)
                .Select(m => (Id: m.Groups[1].Value, Title: m.Groups[2].Value.Trim().Replace("`", ""), Severity: m.Groups[3].Value))
                .ToList();

            Assert.Equal(33, rows.Count);
            Assert.Equal(rows.Select(r => r.Id).OrderBy(i => i), RuleCatalog.All.Select(d => d.Id));
            foreach (var row in rows)
            {
                var d = RuleCatalog.Get(row.Id);
                Assert.Equal(row.Title, d.Title);
                Assert.Equal(row.Severity, d.DefaultSeverity.ToText());
            }
        }

        [Fact]
        public void Rule_names_are_the_published_Pascal_case_ones()
        {
            // SARIF rules[].name, shown by dashboards: public, so pinned. Audit 37 F5: names made from the titles had
            // "DockerS" from "Docker's" and acronyms in capitals, which SARIF's Pascal-case rule (SARIF2012) rejects.
            var expected = new[]
            {
                "CTL1001 ContainerRunsAsRoot", "CTL1002 ImageNeverSwitchesToNonRootUser", "CTL1003 PrivilegedContainer",
                "CTL1004 SudoInBuildStep", "CTL1005 SetuidSetgidBitSetInTheImage", "CTL1006 SshServerInContainer",
                "CTL2001 CapabilityGrantsNearRootPower", "CTL2002 CapabilityAddedBeyondDockerDefaults", "CTL2003 CapabilitiesNotDropped",
                "CTL3001 HostDeviceExposed", "CTL3002 WritableProcOrSys", "CTL3003 SensitiveHostPathMounted",
                "CTL3004 ContainerRuntimeSocketMounted", "CTL3005 MountAllowsSetuidBinariesMissingNosuid",
                "CTL3006 MountAllowsDeviceFilesMissingNodev", "CTL3007 MountPropagationSharedWithTheHost",
                "CTL4001 NoNewPrivilegesNotSet", "CTL4002 SeccompDisabled", "CTL4003 AppArmorDisabled", "CTL4004 SelinuxLabellingDisabled",
                "CTL5001 HostPidNamespaceShared", "CTL5002 HostIpcNamespaceShared", "CTL5003 HostNetworkNamespaceShared",
                "CTL5004 HostUserNamespaceShared", "CTL5005 HostUtsNamespaceShared", "CTL5006 HostCgroupNamespaceShared",
                "CTL5007 CustomCgroupParent", "CTL6001 RootFilesystemIsWritable",
                "CTL9001 FileCouldNotBeParsed", "CTL9002 ValueCouldNotBeResolved", "CTL9003 UnknownRuleInSuppressionComment",
                "CTL9004 UnknownCapability", "CTL9005 CollectionInitializerOnNullDockerDotNetCollection",
            };

            Assert.Equal(expected, RuleCatalog.All.Select(d => d.Id + " " + d.Name));
            // Words of a capital and at least one lower-case letter or digit: no run of capitals, no one-letter word.
            Assert.All(RuleCatalog.All, d => Assert.Matches("^(?:[A-Z][a-z0-9]+)+$", d.Name));
        }

        [Fact]
        public void Security_rules_have_a_security_severity_and_tag_and_the_linter_s_own_rules_neither()
        {
            // Audit 37 F6: CTL9001-CTL9003 were tagged 'security' with no severity, CTL9004 had one. A file that does not
            // parse, a typo in a comment or a capability name Docker rejects is not a weakness of the container.
            foreach (var d in RuleCatalog.All)
            {
                var linter = d.Category == RuleDescriptor.LinterCategory;
                Assert.Equal(!linter, d.IsSecurityRule);
                Assert.True(linter ? d.SecuritySeverity == 0 : d.SecuritySeverity is > 0 and <= 10, d.Id + ": " + d.SecuritySeverity);
                var expected = new[] { "security", "containers", d.Category, d.CisReference }.Where(t => t is not null).Skip(linter ? 1 : 0);
                Assert.Equal(expected, d.Tags);
            }
            Assert.Equal(new[] { "CTL9001", "CTL9002", "CTL9003", "CTL9004", "CTL9005" }, RuleCatalog.All.Where(d => !d.IsSecurityRule).Select(d => d.Id));
        }

        [Fact]
        public void Every_rule_has_a_help_link_to_its_docs_page_and_the_page_exists()
        {
            foreach (var d in RuleCatalog.All)
            {
                Assert.EndsWith("docs/rules/" + d.Id + ".md", d.HelpLink);
                Assert.True(File.Exists(TestPaths.Repo("docs", "rules", d.Id + ".md")), d.Id + " has no docs page");
            }
        }

        [Fact]
        public void Docs_name_the_category_each_rule_carries()
        {
            // dotnet_analyzer_diagnostic.category-<name>.severity takes the category the diagnostics carry, not its title.
            var index = File.ReadAllText(TestPaths.Repo("docs", "rules", "README.md"));
            foreach (var d in RuleCatalog.All)
            {
                var page = File.ReadAllText(TestPaths.Repo("docs", "rules", d.Id + ".md"));
                Assert.Matches(new Regex(@"^\| Category \| [^|`]+ \(`" + d.Category + @"`\) \|$", RegexOptions.Multiline), page);
                Assert.Matches(new Regex(@"^\| " + d.Id + @" \| [^|]+ \| [^|`]+ \(`" + d.Category + @"`\) \|", RegexOptions.Multiline), index);
            }
        }

        [Fact]
        public void Message_says_what_was_found_and_why_it_matters()
        {
            var message = RuleCatalog.CTL1003.FormatMessage("privileged: true");
            Assert.StartsWith("Privileged container: privileged: true. ", message);
            Assert.Contains("take over the host", message);
        }

        [Fact]
        public void Evidence_that_ends_its_own_sentence_gets_one_full_stop()
        {
            // YamlDotNet's errors end with a full stop ("did not find expected key.").
            var message = RuleCatalog.CTL9001.FormatMessage("While parsing a block mapping, did not find expected key.");
            Assert.StartsWith("File could not be parsed: While parsing a block mapping, did not find expected key. Until it is fixed", message);
        }

        [Fact]
        public void Rule_engine_lists_every_concrete_rule_type_once_in_rule_ID_order()
        {
            var concrete = typeof(Rule).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t))
                .Select(t => t.FullName)
                .OrderBy(name => name, StringComparer.Ordinal);
            var listed = RuleEngine.Rules.Select(r => r.GetType().FullName).OrderBy(name => name, StringComparer.Ordinal);
            Assert.Equal(concrete, listed);
            var ids = RuleEngine.Rules.Select(r => r.Descriptor.Id).ToList();
            Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        [Fact]
        public void Every_rule_ID_except_the_analyzer_only_ones_has_a_rule_class()
        {
            var implemented = RuleEngine.Rules.Select(r => r.Descriptor.Id).ToHashSet();
            // Parse errors, suppression comments and null collection initializers are found by front ends, not rules.
            var frontEndOnly = new[] { RuleIds.ParseError, RuleIds.UnknownRuleInSuppression, RuleIds.NullCollectionInitializer };
            var missing = RuleCatalog.All.Select(d => d.Id).Except(frontEndOnly).Where(id => !implemented.Contains(id)).ToList();
            Assert.True(missing.Count == 0, "No rule class for " + string.Join(", ", missing));
        }
    }
}
