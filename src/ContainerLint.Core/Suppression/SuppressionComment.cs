using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ContainerLint.Text;

namespace ContainerLint.Suppression
{
    /// <summary>
    /// <c># containerlint ignore=CTL1001,CTL3003 reason</c> or <c># containerlint global ignore=CTL1002 reason</c>
    /// (rules.md, "Suppression in Dockerfile and Compose files").
    /// </summary>
    public sealed class SuppressionComment
    {
        private static readonly Regex Pattern = new Regex(
            @"^\s*#?\s*containerlint\s+(?<global>global\s+)?ignore\s*=\s*(?<ids>[A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)\s*(?<reason>.*)$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private SuppressionComment(IReadOnlyList<string> ruleIds, bool isGlobal, string justification, SourceSpan span)
        {
            RuleIds = ruleIds;
            IsGlobal = isGlobal;
            Justification = justification;
            Span = span;
        }

        public IReadOnlyList<string> RuleIds { get; }
        public bool IsGlobal { get; }
        public string Justification { get; }

        /// <summary>The comment itself (CTL9003 is reported here).</summary>
        public SourceSpan Span { get; }

        /// <summary>Cheap pre-check so callers skip the regex for ordinary comments.</summary>
        public static bool MayBeSuppression(string commentText) =>
            commentText.IndexOf("containerlint", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <param name="commentText">The comment, with or without its leading <c>#</c>.</param>
        public static bool TryParse(string commentText, SourceSpan span, out SuppressionComment comment)
        {
            comment = null!;
            if (!MayBeSuppression(commentText)) return false;
            var m = Pattern.Match(commentText);
            if (!m.Success) return false;
            var ids = new List<string>();
            foreach (var id in m.Groups["ids"].Value.Split(','))
            {
                var trimmed = id.Trim().ToUpperInvariant();
                if (trimmed.Length > 0) ids.Add(trimmed);
            }
            comment = new SuppressionComment(ids, m.Groups["global"].Success, m.Groups["reason"].Value.Trim(), span);
            return true;
        }
    }
}
