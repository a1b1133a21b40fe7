using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;
using Microsoft.CodeAnalysis;

namespace ContainerLint.Analyzers.Reporting
{
    /// <summary>Runs the rules over the containers read from one method and reports the findings as diagnostics.</summary>
    internal static class FindingReporter
    {
        public static void Report(IReadOnlyList<ContainerSpec> containers, LintOptions options,
            ImmutableArray<DiagnosticDescriptor> supported, Action<Diagnostic> report)
        {
            if (containers.Count == 0) return;
            var sink = new FindingSink();
            foreach (var container in containers) RuleEngine.Check(container, options, sink);
            foreach (var finding in sink.ToList())
            {
                // Unknown C# values are simply not reported: CTL9002 is about Dockerfile and Compose variables.
                var descriptor = DiagnosticDescriptors.Get(finding.Rule.Id);
                if (descriptor is null || !supported.Contains(descriptor)) continue;
                if (finding.Span.Origin is not SyntaxNode node) continue;
                var additional = finding.Fix?.Target?.Origin is SyntaxNode target ? new[] { target.GetLocation() } : null;
                report(Diagnostic.Create(descriptor, node.GetLocation(), additional, FixProperties.From(finding.Fix), finding.Evidence));
            }
        }
    }
}
