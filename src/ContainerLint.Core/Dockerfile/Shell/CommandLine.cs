using System;
using System.Collections.Generic;

namespace ContainerLint.Dockerfiles.Shell
{
    /// <summary>Finds the program a simple command runs, looking through assignments and wrappers.</summary>
    public static class CommandLine
    {
        /// <summary>
        /// The index of the program's name in <paramref name="words"/>, after leading <c>VAR=x</c> assignments and the
        /// wrappers <c>env</c>, <c>exec</c>, <c>time</c>, <c>nohup</c>, <c>command</c> (and <c>sudo</c> when
        /// <paramref name="throughSudo"/>) with their options; -1 when there is none.
        /// </summary>
        public static int ProgramIndex(IReadOnlyList<ShellWord> words, int from = 0, bool throughSudo = false)
        {
            var i = from;
            while (i < words.Count)
            {
                var word = words[i];
                if (ShellCommandSplitter.IsAssignment(word.Value))
                {
                    i++;
                    continue;
                }
                switch (word.BaseName)
                {
                    case "env":
                        i = SkipOptions(words, i + 1, "uCS", assignments: true);
                        continue;
                    case "exec":
                        i = SkipOptions(words, i + 1, "a", assignments: false);
                        continue;
                    case "time":
                    case "nohup":
                        i = SkipOptions(words, i + 1, string.Empty, assignments: false);
                        continue;
                    case "command":
                        // "command -v x" asks where x is; it runs nothing.
                        if (i + 1 < words.Count && (words[i + 1].Value == "-v" || words[i + 1].Value == "-V")) return -1;
                        i = SkipOptions(words, i + 1, string.Empty, assignments: false);
                        continue;
                    case "sudo":
                        if (!throughSudo) return i;
                        i = SkipOptions(words, i + 1, "ugCDhpRrTU", assignments: true);
                        continue;
                }
                return i;
            }
            return -1;
        }

        /// <summary>Skips options (and, for env/sudo, assignments); <paramref name="withArgument"/> lists short options that take a value.</summary>
        private static int SkipOptions(IReadOnlyList<ShellWord> words, int i, string withArgument, bool assignments)
        {
            while (i < words.Count)
            {
                var v = words[i].Value;
                if (v == "--") return i + 1;
                if (v.Length > 1 && v[0] == '-')
                {
                    i++;
                    if (v.Length == 2 && withArgument.IndexOf(v[1]) >= 0) i++;
                    continue;
                }
                if (assignments && ShellCommandSplitter.IsAssignment(v))
                {
                    i++;
                    continue;
                }
                return i;
            }
            return i;
        }

        public static bool IsProgram(ShellWord word, string name) => string.Equals(word.BaseName, name, StringComparison.Ordinal);
    }
}
