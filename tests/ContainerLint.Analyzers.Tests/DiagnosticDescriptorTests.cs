using ContainerLint.Analyzers.Reporting;
using System.Linq;
using ContainerLint.Catalog;
using Microsoft.CodeAnalysis;

namespace ContainerLint.Analyzers.Tests
{
    public class DiagnosticDescriptorTests
    {
        [Fact]
        public void Every_rule_with_a_CSharp_source_has_a_descriptor_that_matches_the_catalog()
        {
            foreach (var rule in RuleCatalog.All)
            {
                var descriptor = DiagnosticDescriptors.Get(rule.Id);
                if ((rule.Sources & RuleSources.CSharp) == 0)
                {
                    Assert.Null(descriptor);
                    continue;
                }
                Assert.NotNull(descriptor);
                Assert.Equal(rule.Title, descriptor!.Title.ToString());
                Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
                Assert.Equal(rule.Category, descriptor.Category);
                Assert.Equal(DiagnosticDescriptors.ToRoslyn(rule.DefaultSeverity), descriptor.DefaultSeverity);
                Assert.Equal(rule.DefaultSeverity != RuleSeverity.None, descriptor.IsEnabledByDefault);
                Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
                Assert.Equal(rule.Description, descriptor.Description.ToString());
                // Audit 37 F4: the compiler's ErrorLog writes custom tags as properties.tags, which the task's SARIF has too.
                Assert.Equal(rule.Tags, descriptor.CustomTags);
            }
        }

        [Fact]
        public void Unresolved_value_rule_is_never_reported_from_CSharp()
        {
            Assert.Null(DiagnosticDescriptors.Get(RuleIds.UnresolvedValue));
            Assert.DoesNotContain(new HostConfigAnalyzer().SupportedDiagnostics, d => d.Id == RuleIds.UnresolvedValue);
        }
    
        [Fact]
        public void Custom_tags_say_security_containers_and_the_category_and_none_has_a_meaning_to_Roslyn()
        {
            var wellKnown = typeof(WellKnownDiagnosticTags).GetFields()
                .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();
            Assert.Contains(WellKnownDiagnosticTags.Unnecessary, wellKnown);

            foreach (var descriptor in DiagnosticDescriptors.All)
            {
                Assert.DoesNotContain(descriptor.CustomTags, t => wellKnown.Contains(t, System.StringComparer.OrdinalIgnoreCase));
                var tags = descriptor.CustomTags.ToList();
                Assert.Contains("containers", tags);
                Assert.Contains(descriptor.Category, tags);
                // The linter's own rules (CTL9004, CTL9005) are not security findings (audit 37 F6).
                Assert.Equal(descriptor.Category != "Linter", tags.Contains("security"));
            }
            Assert.Equal(new[] { "security", "containers", "User", "CIS Docker Benchmark v1.6.0 4.1" }, DiagnosticDescriptors.CTL1001.CustomTags);
        }
    }
}
