using ContainerLint.Catalog;
using ContainerLint.Tasks.Engine;

namespace ContainerLint.Package.Tests.Tasks
{
    public class SeverityPolicyTests
    {
        [Fact]
        public void Default_policy_uses_the_rule_default_or_the_configured_severity()
        {
            Assert.Equal(RuleSeverity.Warning, SeverityPolicy.Default.Effective(RuleCatalog.CTL1001, null));
            Assert.Equal(RuleSeverity.Error, SeverityPolicy.Default.Effective(RuleCatalog.CTL1001, RuleSeverity.Error));
            Assert.Equal(RuleSeverity.None, SeverityPolicy.Default.Effective(RuleCatalog.CTL1003, RuleSeverity.None));
        }

        [Fact]
        public void NoWarn_turns_any_severity_off()
        {
            var policy = new SeverityPolicy(noWarn: "CS1591; CTL1003,CTL1001");

            Assert.Equal(RuleSeverity.None, policy.Effective(RuleCatalog.CTL1003, null));
            Assert.Equal(RuleSeverity.None, policy.Effective(RuleCatalog.CTL1001, RuleSeverity.Error));
            Assert.Equal(RuleSeverity.Warning, policy.Effective(RuleCatalog.CTL1004, null));
        }

        [Fact]
        public void Rule_IDs_in_the_lists_are_compared_as_written_as_the_compiler_compares_them()
        {
            // csc's /nowarn and /warnaserror-: name diagnostic IDs case-sensitively (audits 40 F4, 41 F1).
            var policy = new SeverityPolicy(noWarn: "ctl1003", warningsNotAsErrors: "ctl1001", warningsAsErrors: "ctl1004");

            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1003, null));
            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1001, RuleSeverity.Error));
            Assert.Equal(RuleSeverity.Warning, policy.Effective(RuleCatalog.CTL1004, null));
        }

        [Theory]
        [InlineData("CS0168 CTL1001", false)]
        [InlineData("CS0168\tCTL1001", false)]
        [InlineData("CS0168\nCTL1001", true)]
        [InlineData("CS0168\r\n  CTL1001\r\n", true)]
        [InlineData(" CS0168 , CTL1001 ", true)]
        public void Code_lists_are_split_where_the_compiler_splits_them(string noWarn, bool suppressed)
        {
            // audit 18, L3: the SDK's Csc ends an entry at ';', ',' and line breaks, not at blanks (a NoWarn of
            // "CS0168 CTL1001" suppresses neither), so ContainerLint does the same.
            var policy = new SeverityPolicy(noWarn: noWarn);

            Assert.Equal(suppressed ? RuleSeverity.None : RuleSeverity.Warning, policy.Effective(RuleCatalog.CTL1001, null));
        }

        [Fact]
        public void TreatWarningsAsErrors_raises_warnings_but_not_suggestions_nor_WarningsNotAsErrors()
        {
            var policy = new SeverityPolicy(treatWarningsAsErrors: true, warningsNotAsErrors: "CTL1004");

            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1001, null));
            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1006, RuleSeverity.Warning));
            Assert.Equal(RuleSeverity.Suggestion, policy.Effective(RuleCatalog.CTL1006, null));
            Assert.Equal(RuleSeverity.Warning, policy.Effective(RuleCatalog.CTL1004, null));
        }

        [Fact]
        public void WarningsAsErrors_raises_only_the_listed_warnings()
        {
            var policy = new SeverityPolicy(warningsAsErrors: ";NU1605;CTL1001");

            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1001, null));
            Assert.Equal(RuleSeverity.Warning, policy.Effective(RuleCatalog.CTL1002, null));
        }

        // The expectations below are what the SDK 10 compiler does with analyzer diagnostics of the same default and
        // configured severities given the same properties (csc /warnaserror+:, /warnaserror-:, /nowarn).
        [Fact]
        public void WarningsAsErrors_makes_a_rule_an_error_whatever_its_default_or_configured_severity()
        {
            var policy = new SeverityPolicy(warningsAsErrors: "CTL1006;CTL2003;CTL1001;CTL1004");

            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1006, null));                     // default suggestion
            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL2003, RuleSeverity.Suggestion));
            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1001, RuleSeverity.Silent));
            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1004, RuleSeverity.None));
        }

        [Fact]
        public void NoWarn_beats_WarningsAsErrors_and_WarningsNotAsErrors_beats_it_too()
        {
            var policy = new SeverityPolicy(noWarn: "CTL1001", warningsAsErrors: "CTL1001;CTL1006;CTL1004", warningsNotAsErrors: "CTL1006;CTL1004");

            Assert.Equal(RuleSeverity.None, policy.Effective(RuleCatalog.CTL1001, null));
            Assert.Equal(RuleSeverity.Suggestion, policy.Effective(RuleCatalog.CTL1006, null));
            Assert.Equal(RuleSeverity.Warning, policy.Effective(RuleCatalog.CTL1004, null));
        }

        [Fact]
        public void WarningsNotAsErrors_turns_a_configured_error_into_a_warning_but_not_a_default_error()
        {
            var policy = new SeverityPolicy(warningsNotAsErrors: "CTL1001;CTL1003;CTL1006");

            Assert.Equal(RuleSeverity.Warning, policy.Effective(RuleCatalog.CTL1001, RuleSeverity.Error));
            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1003, null));
            Assert.Equal(RuleSeverity.Error, policy.Effective(RuleCatalog.CTL1003, RuleSeverity.Error));
            Assert.Equal(RuleSeverity.None, policy.Effective(RuleCatalog.CTL1003, RuleSeverity.None));
            Assert.Equal(RuleSeverity.Suggestion, policy.Effective(RuleCatalog.CTL1006, null));
        }

        [Fact]
        public void A_rule_named_on_the_command_line_ignores_a_bulk_severity_but_not_its_own()
        {
            // csc skips dotnet_analyzer_diagnostic(.category-*).severity for an ID in SpecificDiagnosticOptions, which
            // /nowarn, /warnaserror+:ID and /warnaserror-:ID fill (Roslyn's TryGetSeverityFromBulkConfiguration; audit 9, 2).
            var notAsErrors = new SeverityPolicy(warningsNotAsErrors: "CTL2003;CTL1001");
            Assert.Equal(RuleSeverity.Suggestion, notAsErrors.Effective(RuleCatalog.CTL2003, RuleSeverity.Warning, configuredFromBulk: true));
            Assert.Equal(RuleSeverity.Warning, notAsErrors.Effective(RuleCatalog.CTL2003, RuleSeverity.Warning, configuredFromBulk: false));
            Assert.Equal(RuleSeverity.Warning, notAsErrors.Effective(RuleCatalog.CTL1001, RuleSeverity.None, configuredFromBulk: true));
            Assert.Equal(RuleSeverity.None, notAsErrors.Effective(RuleCatalog.CTL1001, RuleSeverity.None, configuredFromBulk: false));

            var withTreatAsErrors = new SeverityPolicy(treatWarningsAsErrors: true, warningsNotAsErrors: "CTL2003");
            Assert.Equal(RuleSeverity.Suggestion, withTreatAsErrors.Effective(RuleCatalog.CTL2003, RuleSeverity.Warning, configuredFromBulk: true));
            // A rule the command line does not name takes the bulk severity (TreatWarningsAsErrors names none).
            Assert.Equal(RuleSeverity.Error, withTreatAsErrors.Effective(RuleCatalog.CTL5005, RuleSeverity.Warning, configuredFromBulk: true));

            var asErrors = new SeverityPolicy(warningsAsErrors: "CTL2003");
            Assert.Equal(RuleSeverity.Error, asErrors.Effective(RuleCatalog.CTL2003, RuleSeverity.None, configuredFromBulk: true));
        }

        [Theory]
        [InlineData("", ContainerLintMode.Default)]
        [InlineData("strict", ContainerLintMode.Strict)]
        [InlineData("Minimum", ContainerLintMode.Minimum)]
        public void Mode_names_parse_case_insensitively(string text, ContainerLintMode expected)
        {
            Assert.True(SeverityPolicy.TryParseMode(text, out var mode));
            Assert.Equal(expected, mode);
        }

        [Theory]
        [InlineData("Loud")]
        [InlineData("7")]
        public void Unknown_modes_are_rejected(string text) => Assert.False(SeverityPolicy.TryParseMode(text, out _));
    }
}
