using System.Globalization;
using System.Text;

namespace ContainerLint.Tasks.Engine
{
    /// <summary>
    /// SARIF <c>partialFingerprints</c>: a stable hash of the rule, the file's repository-relative path and the text of
    /// the finding's first line with whitespace normalised, so a finding keeps its identity when lines move.
    /// </summary>
    public static class Fingerprint
    {
        public const string Key = "containerLintLineHash/v1";

        public static string Compute(string ruleId, string relativePath, string lineText)
        {
            var sb = new StringBuilder(ruleId.Length + relativePath.Length + lineText.Length + 2);
            sb.Append(ruleId).Append('|').Append(relativePath.Replace('\\', '/')).Append('|');
            var pendingSpace = false;
            foreach (var c in lineText)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && sb[sb.Length - 1] != '|') sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            // FNV-1a, 64 bits: deterministic across runtimes and processes (string.GetHashCode is not).
            var hash = 14695981039346656037UL;
            for (var i = 0; i < sb.Length; i++)
            {
                hash ^= sb[i];
                hash *= 1099511628211UL;
            }
            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }
    }
}
