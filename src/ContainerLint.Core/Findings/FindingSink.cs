using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Text;

namespace ContainerLint.Findings
{
    /// <summary>
    /// Collects findings. The same rule at the same span is one finding (a value in a YAML anchor shared by several
    /// services, a top-level volume used twice), naming every container it applies to.
    /// </summary>
    public sealed class FindingSink
    {
        private readonly Dictionary<(string, SourceSpan), Finding> _byKey = new Dictionary<(string, SourceSpan), Finding>();
        private readonly List<Finding> _ordered = new List<Finding>();

        public Finding Add(Finding finding, string? container = null)
        {
            var key = (finding.Rule.Id, finding.Span);
            if (!_byKey.TryGetValue(key, out var existing))
            {
                _byKey.Add(key, finding);
                _ordered.Add(finding);
                existing = finding;
            }
            if (container is not null && !existing.Containers.Contains(container, StringComparer.Ordinal))
                existing.Containers.Add(container);
            return existing;
        }

        public Finding Add(RuleDescriptor rule, SourceSpan span, string evidence, FixIntent? fix = null, string? container = null) =>
            Add(new Finding(rule, span, evidence, fix), container);

        public int Count => _ordered.Count;

        /// <summary>Findings in the order they were first reported (no sorting, for front ends that need no order).</summary>
        public IReadOnlyList<Finding> InReportOrder => _ordered;

        /// <summary>Findings in source order (file, line, column, rule).</summary>
        public IReadOnlyList<Finding> ToList() => _ordered
            .OrderBy(f => f.Span.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Span.StartLine).ThenBy(f => f.Span.StartColumn)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ToList();
    }
}
