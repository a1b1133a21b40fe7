using ContainerLint.Analyzers.Reporting;
using ContainerLint.Catalog;

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
            }
        }

        [Fact]
        public void Unresolved_value_rule_is_never_reported_from_CSharp()
        {
            Assert.Null(DiagnosticDescriptors.Get(RuleIds.UnresolvedValue));
            Assert.DoesNotContain(new HostConfigAnalyzer().SupportedDiagnostics, d => d.Id == RuleIds.UnresolvedValue);
        }
    }
}
