using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Compose.Yaml;
using ContainerLint.Findings;
using ContainerLint.Suppression;

namespace ContainerLint.Compose
{
    /// <summary>
    /// Suppression of a finding in a YAML anchor, service by service (docs/rules/README.md, "Suppressing and
    /// configuring"). The anchored text reaches a service through the aliases written in the service (<c>&lt;&lt;: *base</c>,
    /// <c>cap_add: *caps</c>, <c>b: *a</c>), and through the aliases written in the anchors those bring in. After merging,
    /// the anchored value is under the alias, so a comment that covers the alias (above it or at the end of its line, or
    /// on a key above it, up to the service's own key) covers the finding for that service. A comment over the anchored
    /// text itself, or a <c>global</c> one, covers every service: <see cref="SuppressionIndex"/> applied those already.
    /// </summary>
    internal static class AnchorSuppressions
    {
        // Hops from one alias into the anchor it names and on through the aliases written there; a longer chain is taken
        // as uncovered (the finding stays reported) rather than followed.
        private const int MaxChain = 256;

        /// <summary>
        /// Suppresses <paramref name="finding"/> when every service it names has a comment that covers it, or names only
        /// the services that have none (without a fix: the fix would edit the anchor the others use too).
        /// </summary>
        /// <param name="definitionsOf">Where a service is written in <paramref name="file"/> (start and end offsets).</param>
        public static void Apply(Finding finding, YamlReadResult file, SuppressionIndex index,
            Func<string, IEnumerable<(int Start, int End)>> definitionsOf)
        {
            var walk = new Walk(file.Aliases, index, finding);
            SuppressionInfo? first = null;
            List<string>? named = null;
            List<(string Service, SuppressionInfo By)>? covered = null;
            foreach (var service in finding.Containers)
            {
                var by = walk.ForService(definitionsOf(service));
                if (by is null) (named ??= new List<string>()).Add(service);
                else
                {
                    first ??= by;
                    (covered ??= new List<(string, SuppressionInfo)>()).Add((service, by));
                }
            }
            if (first is null) return;
            if (named is null)
            {
                finding.SuppressAll(first);
                return;
            }
            // Each covered service with its own comment's reason (audit 143 S143-1).
            foreach (var (service, by) in covered!) finding.AddSuppressedPart(new[] { service }, by);
            finding.Containers.Clear();
            finding.Containers.AddRange(named);
            finding.RemoveFix();
        }

        /// <summary>How the aliases lead to the finding: not at all, each way through a comment (which one), or some way without.</summary>
        private readonly struct Reach
        {
            private Reach(bool uncovered, SuppressionInfo? by)
            {
                Uncovered = uncovered;
                By = by;
            }

            public static readonly Reach None = new Reach(false, null);
            public static readonly Reach Open = new Reach(true, null);
            public static Reach CoveredBy(SuppressionInfo by) => new Reach(false, by);

            public bool Uncovered { get; }
            public SuppressionInfo? By { get; }
            public bool IsNone => !Uncovered && By is null;

            /// <summary>Two ways together: one without a comment leaves the finding uncovered.</summary>
            public Reach And(Reach other) => Uncovered || other.IsNone ? this : IsNone || other.Uncovered ? other : this;
        }

        private sealed class Walk
        {
            private readonly List<YamlAlias> _aliases;
            private readonly SuppressionIndex _index;
            private readonly string _rule;
            private readonly int _start;
            private readonly int _end;
            private readonly Dictionary<YamlAlias, Reach> _known = new Dictionary<YamlAlias, Reach>();

            public Walk(List<YamlAlias> aliases, SuppressionIndex index, Finding finding)
            {
                _aliases = aliases;
                _index = index;
                _rule = finding.Rule.Id;
                _start = finding.Span.StartOffset;
                _end = finding.Span.EndOffset;
            }

            /// <summary>The comment that covers the finding for a service written at <paramref name="definitions"/>, or null.</summary>
            public SuppressionInfo? ForService(IEnumerable<(int Start, int End)> definitions)
            {
                var reach = Reach.None;
                foreach (var (start, end) in definitions)
                {
                    // Written in the service itself (the anchor is defined there): only a comment over it covers it, and
                    // none does (SuppressionIndex found none).
                    if (_start >= start && _end <= end) return null;
                    reach = reach.And(Through(AliasesIn(start, end), 0));
                    if (reach.Uncovered) return null;
                }
                // No way found (a service that is not written in this file, say): the finding stays its.
                return reach.By;
            }

            private Reach Through(IEnumerable<YamlAlias> aliases, int depth)
            {
                var reach = Reach.None;
                foreach (var alias in aliases)
                {
                    reach = reach.And(Through(alias, depth));
                    if (reach.Uncovered) break;
                }
                return reach;
            }

            private Reach Through(YamlAlias alias, int depth)
            {
                if (_known.TryGetValue(alias, out var known)) return known;
                if (depth >= MaxChain) return Reach.Open;
                var target = alias.Target;
                // Each alias inside the target is written before this one (an anchor is defined before its aliases, and
                // an alias cannot be inside the node it names), so the walk ends.
                var inner = _start >= target.StartOffset && _end <= target.EndOffset
                    ? Reach.Open
                    : Through(AliasesIn(target.StartOffset, target.EndOffset), depth + 1);
                var reach = inner;
                if (!inner.IsNone && _index.Find(_rule, alias.At.Span) is { } by) reach = Reach.CoveredBy(by);
                _known[alias] = reach;
                return reach;
            }

            /// <summary>The aliases written in [start, end) (the list is in text order).</summary>
            private IEnumerable<YamlAlias> AliasesIn(int start, int end)
            {
                int lo = 0, hi = _aliases.Count;
                while (lo < hi)
                {
                    var mid = (lo + hi) >> 1;
                    if (_aliases[mid].At.StartOffset < start) lo = mid + 1;
                    else hi = mid;
                }
                for (var i = lo; i < _aliases.Count && _aliases[i].At.StartOffset < end; i++) yield return _aliases[i];
            }
        }
    }
}
