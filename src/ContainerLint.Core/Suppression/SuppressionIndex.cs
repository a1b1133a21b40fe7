using System.Collections.Generic;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Text;

namespace ContainerLint.Suppression
{
    /// <summary>
    /// The suppression comments of one file and the lines each applies to. The front end decides the scope of a
    /// comment (the instruction or YAML node below it, or the node of its own line); this applies them.
    /// </summary>
    public sealed class SuppressionIndex
    {
        private readonly List<SuppressionComment> _comments = new List<SuppressionComment>();
        private readonly List<SuppressionComment> _global = new List<SuppressionComment>();
        private readonly List<(SuppressionComment Comment, int StartLine, int EndLine)> _scoped = new List<(SuppressionComment, int, int)>();
        // Built on the first look-up of a file with many comments: for each line, the comments whose lines (no more than
        // ShortRange of them) hold it, and the comments over more lines, each in the order added. A look-up scanned every
        // comment, and a file with a comment above each of its findings took time quadratic in them (audit 108 B108-3, B108-6).
        private Dictionary<int, List<int>>? _byLine;
        private List<int>? _long;
        private const int ShortRange = 64;
        private const int LinearScanLimit = 32;

        public IReadOnlyList<SuppressionComment> Comments => _comments;

        public void AddGlobal(SuppressionComment comment)
        {
            _comments.Add(comment);
            _global.Add(comment);
        }

        /// <summary>The comment suppresses findings whose span starts on a line in [startLine, endLine].</summary>
        public void AddScoped(SuppressionComment comment, int startLine, int endLine)
        {
            _comments.Add(comment);
            _scoped.Add((comment, startLine, endLine));
            _byLine = null;
            _long = null;
        }

        /// <summary>The first comment added (a global one first) that names the rule and covers the line the span starts on.</summary>
        public SuppressionInfo? Find(string ruleId, SourceSpan span)
        {
            foreach (var c in _global)
                if (c.RuleIds.Contains(ruleId)) return new SuppressionInfo(c.Justification, c.Span);
            var line = span.StartLine;
            if (_scoped.Count <= LinearScanLimit)
            {
                foreach (var (c, start, end) in _scoped)
                    if (line >= start && line <= end && c.RuleIds.Contains(ruleId))
                        return new SuppressionInfo(c.Justification, c.Span);
                return null;
            }
            if (_byLine is null) BuildLineIndex();
            var first = int.MaxValue;
            if (_byLine!.TryGetValue(line, out var onLine))
                foreach (var i in onLine)
                    if (_scoped[i].Comment.RuleIds.Contains(ruleId))
                    {
                        first = i;
                        break;
                    }
            foreach (var i in _long!)
            {
                if (i >= first) break;
                var (c, start, end) = _scoped[i];
                if (line >= start && line <= end && c.RuleIds.Contains(ruleId))
                {
                    first = i;
                    break;
                }
            }
            if (first == int.MaxValue) return null;
            var found = _scoped[first].Comment;
            return new SuppressionInfo(found.Justification, found.Span);
        }

        private void BuildLineIndex()
        {
            _byLine = new Dictionary<int, List<int>>();
            _long = new List<int>();
            for (var i = 0; i < _scoped.Count; i++)
            {
                var (_, start, end) = _scoped[i];
                if (end < start) continue;
                if (end - start >= ShortRange)
                {
                    _long.Add(i);
                    continue;
                }
                for (var line = start; line <= end; line++)
                {
                    if (!_byLine.TryGetValue(line, out var list)) _byLine[line] = list = new List<int>(1);
                    list.Add(i);
                }
            }
        }

        /// <summary>Marks the findings the comments suppress (they stay in the list, for SARIF).</summary>
        public void Apply(IEnumerable<Finding> findings)
        {
            if (_comments.Count == 0) return;
            foreach (var f in findings)
                if (f.Suppression is null && f.Rule.Id != RuleIds.ParseError)
                    f.Suppression = Find(f.Rule.Id, f.Span);
        }

        /// <summary>CTL9003 for every rule ID a comment names that does not exist.</summary>
        public void ReportUnknownRules(FindingSink sink)
        {
            foreach (var c in _comments)
                foreach (var id in c.RuleIds)
                    if (!RuleCatalog.TryGet(id, out _))
                        sink.Add(RuleCatalog.CTL9003, c.Span, "'" + id + "' is not a ContainerLint rule");
        }
    }
}
