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
        private readonly List<(SuppressionComment Comment, int StartLine, int EndLine)> _scoped = new List<(SuppressionComment, int, int)>();

        public IReadOnlyList<SuppressionComment> Comments => _comments;

        public void AddGlobal(SuppressionComment comment) => _comments.Add(comment);

        /// <summary>The comment suppresses findings whose span starts on a line in [startLine, endLine].</summary>
        public void AddScoped(SuppressionComment comment, int startLine, int endLine)
        {
            _comments.Add(comment);
            _scoped.Add((comment, startLine, endLine));
        }

        public SuppressionInfo? Find(string ruleId, SourceSpan span)
        {
            foreach (var c in _comments)
                if (c.IsGlobal && c.RuleIds.Contains(ruleId)) return new SuppressionInfo(c.Justification, c.Span);
            foreach (var (c, start, end) in _scoped)
                if (span.StartLine >= start && span.StartLine <= end && c.RuleIds.Contains(ruleId))
                    return new SuppressionInfo(c.Justification, c.Span);
            return null;
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
