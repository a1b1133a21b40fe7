using System;
using System.Collections.Generic;

namespace ContainerLint.Catalog
{
    /// <summary>
    /// One rule of rules.md. The message is "<see cref="Title"/>: {evidence}. <see cref="Rationale"/>", so every
    /// diagnostic says what was found and why it matters; <see cref="MessageFormat"/> is that with a <c>{0}</c>.
    /// </summary>
    public sealed class RuleDescriptor
    {
        public const string HelpLinkBase = "https://github.com/containerlint/containerlint/blob/main/docs/rules/";

        /// <summary>The category of the linter's own diagnostics (a file that does not parse, an unknown name), which are not security findings.</summary>
        public const string LinterCategory = "Linter";

        public RuleDescriptor(string id, string name, string title, string category, RuleSeverity defaultSeverity,
            RuleSources sources, string rationale, string description, string? cisReference, double securitySeverity)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Title = title;
            Category = category;
            DefaultSeverity = defaultSeverity;
            Sources = sources;
            Rationale = rationale;
            Description = description;
            CisReference = cisReference;
            SecuritySeverity = securitySeverity;
            var tags = new List<string>();
            if (IsSecurityRule) tags.Add("security");
            tags.Add("containers");
            tags.Add(category);
            if (cisReference is not null) tags.Add(cisReference);
            Tags = tags.ToArray();
        }

        public string Id { get; }

        /// <summary>
        /// The rule's name in SARIF (<c>rules[].name</c>), shown by code-scanning dashboards: the title in Pascal case, with
        /// acronyms written as words (<c>SshServerInContainer</c>) and no one-letter words, as SARIF's Pascal-case rule
        /// (the Multitool's SARIF2012) reads it. Public: once published, a name does not change.
        /// </summary>
        public string Name { get; }
        public string Title { get; }
        public string Category { get; }
        public RuleSeverity DefaultSeverity { get; }
        public RuleSources Sources { get; }

        /// <summary>Why it matters, one sentence, the tail of every message.</summary>
        public string Rationale { get; }

        /// <summary>Full description (SARIF fullDescription, Roslyn description).</summary>
        public string Description { get; }

        /// <summary>CIS Docker Benchmark recommendation, where one applies.</summary>
        public string? CisReference { get; }

        /// <summary>SARIF <c>security-severity</c> (0.0-10.0) for code-scanning dashboards; 0 for the linter's own rules.</summary>
        public double SecuritySeverity { get; }

        /// <summary>
        /// Whether the rule reports a security finding: every rule but the linter's own (<see cref="LinterCategory"/>: a
        /// parse error, an unresolved value, an unknown rule or capability name, a C# null collection), which say what the
        /// linter could not check or what Docker would reject, not a weakness of the container.
        /// </summary>
        public bool IsSecurityRule => !string.Equals(Category, LinterCategory, StringComparison.Ordinal);

        /// <summary>
        /// SARIF <c>properties.tags</c> of the rule, and the custom tags of its Roslyn descriptor: <c>security</c> (a
        /// security rule only), <c>containers</c>, the category, and the CIS Docker Benchmark recommendation where one applies.
        /// </summary>
        public IReadOnlyList<string> Tags { get; }

        public string HelpLink => HelpLinkBase + Id + ".md";

        public string MessageFormat => Title + ": {0}. " + Rationale;

        // Evidence quoted from elsewhere (a YAML parser's error) may end its own sentence: one full stop, not two.
        public string FormatMessage(string evidence) => Title + ": " + evidence.TrimEnd('.') + ". " + Rationale;

        public override string ToString() => Id + ": " + Title;
    }
}
