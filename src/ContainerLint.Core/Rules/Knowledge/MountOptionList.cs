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
        /// goes before a last <c>nodev</c>. The CTL3005 and CTL3006 fixes then give <c>bind,nosuid,nodev</c> whichever is
        /// made first, in one run or in two.
        /// </summary>
        public static void AddFixedOption(List<string> written, string option)
        {
            var at = written.Count;
            if (at > 0 && string.Equals(option, "nosuid", StringComparison.OrdinalIgnoreCase)
                && string.Equals(written[at - 1].Trim(), "nodev", StringComparison.OrdinalIgnoreCase))
                at--;
            var last = at < written.Count ? written[at] : null;
            var spacing = last is null ? string.Empty : last.Substring(0, last.Length - last.TrimStart().Length);
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
