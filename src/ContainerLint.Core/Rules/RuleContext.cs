using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Text;

namespace ContainerLint.Rules
{
    /// <summary>What a rule gets besides the model: the options and where to report.</summary>
    public sealed class RuleContext
    {
        private readonly FindingSink _sink;

        public RuleContext(LintOptions options, FindingSink sink, string? containerName = null)
        {
            Options = options;
            _sink = sink;
            ContainerName = containerName;
        }

        public LintOptions Options { get; }

        /// <summary>The container being checked (named in findings shared by several containers).</summary>
        public string? ContainerName { get; }

        public void Report(RuleDescriptor rule, SourceSpan span, string evidence, FixIntent? fix = null) =>
            _sink.Add(rule, span, evidence, fix, ContainerName);

        /// <summary>Reports a finding whose fix is withheld, saying why (<see cref="Finding.FixWithheld"/>).</summary>
        public void Report(RuleDescriptor rule, SourceSpan span, string evidence, FixIntent? fix, string? fixWithheld)
        {
            var finding = _sink.Add(rule, span, evidence, fix, ContainerName);
            if (fix is null && fixWithheld is not null) finding.FixWithheld ??= fixWithheld;
        }

        /// <summary>
        /// Reports a finding about a value; a value that is one branch of a conditional, or that a later change on some
        /// paths may undo, "may" apply.
        /// </summary>
        public void Report(RuleDescriptor rule, ISetting value, string evidence, FixIntent? fix = null) =>
            Report(rule, value.Span, Qualify(value, evidence), fix);

        public static string Qualify(ISetting value, string evidence) => Qualify(value.Certainty, evidence);

        /// <summary>The evidence with what makes it a "may" (<see cref="ValueCertainty.Conditional"/>, <see cref="ValueCertainty.MayBeUndone"/>).</summary>
        public static string Qualify(ValueCertainty certainty, string evidence) => Qualification.Qualify(certainty, evidence);

        /// <summary>Of two qualifications of one finding, the one its message gives: its own branch before a later change.</summary>
        public static ValueCertainty Combine(ValueCertainty a, ValueCertainty b) =>
            a == ValueCertainty.Conditional || b == ValueCertainty.Conditional ? ValueCertainty.Conditional
            : a == ValueCertainty.OnSomePaths || b == ValueCertainty.OnSomePaths ? ValueCertainty.OnSomePaths
            : a == ValueCertainty.MayBeUndone || b == ValueCertainty.MayBeUndone ? ValueCertainty.MayBeUndone
            : ValueCertainty.Certain;
    }
}
