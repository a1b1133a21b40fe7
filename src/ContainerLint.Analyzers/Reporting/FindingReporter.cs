using System;
using System.Collections.Generic;
using ContainerLint.Analyzers.Reading;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;
using Microsoft.CodeAnalysis;

namespace ContainerLint.Analyzers.Reporting
{
    /// <summary>Runs the rules over the containers read from one method and reports the findings as diagnostics.</summary>
    internal static class FindingReporter
    {
        /// <summary>
        /// The rules whose findings the analyzers report (<see cref="DiagnosticDescriptors.ContainerRules"/>); the
        /// others (CTL9002 and the Dockerfile-only rules) would only produce findings that are thrown away.
        /// </summary>
        private static readonly Rule[] Rules = SelectRules();

        /// <summary>
        /// Selects the rules (and creates them) before the concurrent actions start, so that they do not all wait for it.
        /// </summary>
        public static void Prepare() => _ = Rules.Length;

        public static void Report(IReadOnlyList<ContainerSpec> containers, LintOptions options, Action<Diagnostic> report)
        {
            if (containers.Count == 0) return;
            var sink = new FindingSink();
            foreach (var container in containers)
            {
                // As RuleEngine.Check does, over the rules above.
                var context = new RuleContext(options, sink, container.Name);
                foreach (var rule in Rules) rule.Check(container, context);
            }
            if (sink.Count == 0) return;
            var findings = sink.InReportOrder;
            for (var i = 0; i < findings.Count; i++)
            {
                var finding = findings[i];
                // Unknown C# values are simply not reported: CTL9002 is about Dockerfile and Compose variables.
                var descriptor = DiagnosticDescriptors.GetContainerRule(finding.Rule.Id);
                if (descriptor is null) continue;
                var fix = finding.Fix;
                SyntaxNode node;
                IReadOnlyList<SyntaxNode>? repeats = null;
                string? localValue = null;
                switch (finding.Span.Origin)
                {
                    case SyntaxNode own:
                        node = own;
                        break;
                    case RepeatedValue repeated:
                        node = repeated.Node;
                        repeats = repeated.Repeats;
                        break;
                    case BorrowedValue borrowed:
                        node = borrowed.Reference;
                        fix = null;
                        break;
                    case OptionNodes optionList:
                        var (optionNode, borrowedOption) = optionList.For(fix?.OldValue);
                        node = optionNode;
                        if (borrowedOption) fix = null;
                        break;
                    case IndexedElement element:
                        node = element.Node;
                        if (fix?.Kind == FixKind.RemoveEntry) fix = null;
                        break;
                    case ValueOfLocal local:
                        node = local.Node;
                        if (local.IsIndexedLater && fix?.Kind == FixKind.RemoveEntry) fix = null;
                        // The fix adds the mode after the local's name, and needs to know the bind's.
                        if (fix?.Kind == FixKind.MakeReadOnly) localValue = local.Text;
                        break;
                    default:
                        continue;
                }
                var additional = fix?.Target?.Origin is SyntaxNode target ? new[] { target.GetLocation() } : null;
                // The values a finding stands for with its own (RepeatedValue), which its fix changes too.
                if (repeats is not null && fix is not null)
                {
                    additional = new Location[repeats.Count];
                    for (var r = 0; r < repeats.Count; r++) additional[r] = repeats[r].GetLocation();
                }
                report(Diagnostic.Create(descriptor, node.GetLocation(), additional, FixProperties.From(fix, localValue), finding.Evidence));
            }
        }

        private static Rule[] SelectRules()
        {
            var rules = new List<Rule>();
            foreach (var rule in RuleEngine.Rules)
                if (DiagnosticDescriptors.GetContainerRule(rule.Descriptor.Id) is not null) rules.Add(rule);
            return rules.ToArray();
        }
    }
}
