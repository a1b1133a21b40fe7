using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Text;

namespace ContainerLint.Findings
{
    /// <summary>
    /// Collects findings. The same rule at the same span is one finding (a value in a YAML anchor shared by several
    /// services, a top-level volume used twice, a Dockerfile several services build with other args), naming every
    /// container it applies to. Its fix is made only when every report of it has the same one: one edit of the shared
    /// text builds every view, and a fix right for one view (sudo removed under root) can break another (the same RUN
    /// under a non-root USER from another service's build arg).
    /// </summary>
    public sealed class FindingSink
    {
        // By span, then (a short list) by rule. Not keyed by a (rule, span) tuple: a dictionary keyed by a struct is
        // JIT-compiled for it, which the analyzer pays for in every cold compilation.
        private readonly Dictionary<SourceSpan, List<Finding>> _bySpan = new Dictionary<SourceSpan, List<Finding>>();
        private readonly List<Finding> _ordered = new List<Finding>();

        public Finding Add(Finding finding, string? container = null) => Add(finding, container, sameView: true);

        /// <summary>Whether a finding of <paramref name="finding"/>'s rule is already held at its span.</summary>
        public bool Holds(Finding finding) =>
            _bySpan.TryGetValue(finding.Span, out var here) && here.Exists(f => string.Equals(f.Rule.Id, finding.Rule.Id, StringComparison.Ordinal));

        /// <param name="sameView">
        /// Whether a finding already here for the same container is the same view's: another value found at the same place
        /// (named too), rather than a file's finding seen again through another project (<see cref="Merge"/>).
        /// </param>
        private Finding Add(Finding finding, string? container, bool sameView)
        {
            if (!_bySpan.TryGetValue(finding.Span, out var atSpan)) _bySpan[finding.Span] = atSpan = new List<Finding>(1);
            var existing = Find(atSpan, finding.Rule.Id);
            if (existing is null)
            {
                atSpan.Add(finding);
                _ordered.Add(finding);
                existing = finding;
            }
            else if (!ReferenceEquals(existing, finding))
            {
                existing.KeepFixIfSame(finding.Fix);
                if (sameView && (container is null || existing.Containers.Contains(container)))
                    existing.AddValue(finding.Evidence);
            }
            if (container is not null) existing.Containers.Add(container);
            return existing;
        }

        /// <summary>
        /// Adds a finding that may already be here from another project or file (a file linted on its own and also
        /// included or extended, a base file with its override and with an overlay): the one kept names the containers
        /// of both. A comment over the finding's text suppresses it in both; a finding in an anchor can be suppressed
        /// for the services of one project and not for those of the other (a service's own comment covers it for that
        /// service): then it stays reported, naming the containers it is not suppressed for, without a fix (the fix would
        /// edit the text the suppressed ones use too).
        /// </summary>
        public Finding Merge(Finding finding)
        {
            var kept = Add(finding, container: null, sameView: false);
            if (ReferenceEquals(kept, finding)) return kept;
            kept.InSharedText |= finding.InSharedText;
            foreach (var part in finding.SuppressedParts) kept.AddSuppressedPart(part.Containers, part.Suppression);
            if (kept.IsSuppressed == finding.IsSuppressed)
            {
                foreach (var container in finding.Containers)
                {
                    if (!kept.Containers.Contains(container))
                        kept.SetEvidence(container, finding.EvidenceByContainer is { } own && own.TryGetValue(container, out var e) ? e : finding.Evidence);
                    Add(kept, container, sameView: false);
                }
                return kept;
            }
            if (kept.IsSuppressed)
            {
                kept.AddSuppressedPart(kept.Containers, kept.Suppression!);
                kept.Suppression = null;
                kept.Containers.Clear();
                kept.Containers.AddRange(finding.Containers);
                foreach (var container in finding.Containers)
                    kept.SetEvidence(container, finding.EvidenceByContainer is { } own && own.TryGetValue(container, out var e) ? e : finding.Evidence);
            }
            else kept.AddSuppressedPart(finding.Containers, finding.Suppression!);
            kept.RemoveFix();
            return kept;
        }

        private static Finding? Find(List<Finding> findings, string ruleId)
        {
            foreach (var finding in findings)
                if (string.Equals(finding.Rule.Id, ruleId, StringComparison.Ordinal)) return finding;
            return null;
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
