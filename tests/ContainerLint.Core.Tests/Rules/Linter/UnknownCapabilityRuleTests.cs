using System.Linq;
using ContainerLint.Findings;
using ContainerLint.Rules;

namespace ContainerLint.Core.Tests.Rules
{
    public class UnknownCapabilityRuleTests
    {
        [Theory]
        [InlineData("SYS_ADMN")]
        [InlineData("CAP_FOO")]
        [InlineData("NET-ADMIN")]
        [InlineData("CAP_ALL")]
        public void Unknown_capability_added_is_reported_at_the_entry(string name)
        {
            var b = ContainerBuilder.Hardened();
            var entry = b.CapAdd(name);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL9004", finding.Rule.Id);
            Assert.Equal(entry.Span, finding.Span);
            Assert.Contains("is added", finding.Evidence);
            Assert.Null(finding.Fix); // the name is to be corrected; removing it would drop what a misspelt cap_add meant to grant
        }

        [Fact]
        public void A_long_value_is_quoted_up_to_a_thousand_characters_with_its_length()
        {
            // audit 29: 2,000 cap_add items of a 60,000-character variable made a 120 MB findings cache.
            var b = ContainerBuilder.Hardened();
            b.CapAdd(new string('A', 60_000));

            var finding = Assert.Single(b.Lint());

            // The value is cut and says its own length; the words around it, which say what is wrong, are kept (audit 124 A124-4).
            Assert.Equal(Finding.MaxEvidenceLength + "… (60,000 characters)".Length, finding.Evidence.Length);
            Assert.Contains("AAA… (60,000 characters)' ", finding.Evidence);
            Assert.StartsWith("capability 'AAA", finding.Evidence);
            Assert.EndsWith("' is added, but no such capability exists", finding.Evidence);
        }

        [Fact]
        public void Unknown_capability_dropped_is_reported_at_the_entry()
        {
            var b = ContainerBuilder.Hardened();
            var entry = b.CapDrop("cap_sys_admn");

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL9004", finding.Rule.Id);
            Assert.Equal(entry.Span, finding.Span);
            Assert.Equal("capability 'SYS_ADMN' is dropped, but no such capability exists", finding.Evidence);
        }

        [Fact]
        public void Every_known_capability_is_not_reported_as_unknown()
        {
            var b = ContainerBuilder.Hardened();
            foreach (var name in ContainerLint.Rules.Knowledge.Capabilities.Known)
            {
                b.CapAdd(name);
                if (name != "ALL") b.CapDrop("CAP_" + name.ToLowerInvariant()); // Docker rejects CAP_ALL (the test below)
            }

            Assert.Empty(b.Lint("CTL9004"));
        }

        [Fact]
        public void Allowed_name_is_not_reported_even_when_unknown()
        {
            var b = ContainerBuilder.Hardened();
            b.CapAdd("VENDOR_CAP");

            Assert.Empty(b.Lint(new LintOptions(allowedCapabilities: new[] { "vendor_cap" })));
        }

        [Fact]
        public void Blank_and_unresolved_names_are_not_reported_as_unknown()
        {
            var b = ContainerBuilder.Hardened();
            b.CapAdd("  ");
            b.Container.CapAdd.Add(b.Unresolved<string>());

            Assert.Equal(new[] { "CTL9002" }, b.Lint().Select(f => f.Rule.Id));
        }
    }
}
