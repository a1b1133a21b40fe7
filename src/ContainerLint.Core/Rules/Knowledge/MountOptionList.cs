using System;
using System.Collections.Generic;

namespace ContainerLint.Rules.Knowledge
{
    /// <summary>A comma-separated mount(2) option list (<c>rw,nosuid,size=64m</c>).</summary>
    public static class MountOptionList
    {
        public static string[] Split(string? options)
        {
            var result = new List<string>();
            foreach (var part in (options ?? string.Empty).Split(','))
            {
                var option = part.Trim();
                if (option.Length > 0) result.Add(option);
            }
            return result.ToArray();
        }

        /// <summary>
        /// Adds an option a fix adds to options as written (each keeps its spacing): at the end, except that <c>nosuid</c>
        /// goes before a <c>nodev</c> or a <c>dev</c> (which the CTL3006 fix turns into <c>nodev</c> in place). The CTL3005
        /// and CTL3006 fixes then give <c>bind,nosuid,nodev</c> whichever is made first, in one run or in two.
        /// </summary>
        public static void AddFixedOption(List<string> written, string option)
        {
            var at = written.Count;
            if (string.Equals(option, "nosuid", StringComparison.OrdinalIgnoreCase))
                for (var i = 0; i < written.Count; i++)
                {
                    var existing = written[i].Trim();
                    if (string.Equals(existing, "nodev", StringComparison.OrdinalIgnoreCase) || string.Equals(existing, "dev", StringComparison.OrdinalIgnoreCase))
                    {
                        at = i;
                        break;
                    }
                }
            var next = at < written.Count ? written[at] : null;
            var spacing = next is null ? string.Empty : next.Substring(0, next.Length - next.TrimStart().Length);
            written.Insert(at, spacing + option);
        }

        public static bool Has(string? options, string option) => LastOf(options, option, option) is not null;

        /// <summary>
        /// The last of two contrary options (<c>suid</c>/<c>nosuid</c>) in the list, as written, or null when neither is
        /// there. Options are read left to right, so the last one wins (mount(8), moby pkg/mount ParseOptions).
        /// </summary>
        public static string? LastOf(string? options, string first, string second)
        {
            if (options is null) return null;
            string? last = null;
            var start = 0;
            while (start <= options.Length)
            {
                var comma = options.IndexOf(',', start);
                var end = comma < 0 ? options.Length : comma;
                var option = options.Substring(start, end - start).Trim();
                if (string.Equals(option, first, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(option, second, StringComparison.OrdinalIgnoreCase))
                    last = option;
                if (comma < 0) break;
                start = comma + 1;
            }
            return last;
        }
    }
}
