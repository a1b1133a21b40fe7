using System;
using System.Collections.Generic;
using System.Linq;

namespace ContainerLint.Testing
{
    /// <summary>What a fix did to a file's lines, for the tests that fix real-world files.</summary>
    internal static class TextChanges
    {
        /// <summary>
        /// Lines a change leaves as they were but for their spaces (a formatter re-indenting text the fix did not write):
        /// the lines the change removes whose text, trimmed, is that of a line it adds. Lines are matched by their longest
        /// common subsequence.
        /// </summary>
        public static List<string> ReindentedLines(string before, string after)
        {
            var (removed, added) = Diff(before, after);
            var addedTrimmed = new HashSet<string>(added.Select(line => line.Trim()), StringComparer.Ordinal);
            return removed.Select(line => line.Trim()).Where(line => line.Length > 0 && addedTrimmed.Contains(line)).ToList();
        }

        /// <summary>The lines of <paramref name="before"/> missing from <paramref name="after"/>, and those it gains.</summary>
        public static (List<string> Removed, List<string> Added) Diff(string before, string after)
        {
            var a = before.Split('\n');
            var b = after.Split('\n');
            var common = new int[a.Length + 1, b.Length + 1];
            for (var i = a.Length - 1; i >= 0; i--)
                for (var j = b.Length - 1; j >= 0; j--)
                    common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            var removed = new List<string>();
            var added = new List<string>();
            int x = 0, y = 0;
            while (x < a.Length || y < b.Length)
            {
                if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
                else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y])) added.Add(b[y++]);
                else removed.Add(a[x++]);
            }
            return (removed, added);
        }
    }
}
