using System;
using System.Collections.Generic;

namespace ContainerLint.Dockerfiles.Shell
{
    /// <summary>Finds the program a simple command runs, looking through assignments and wrappers.</summary>
    public static class CommandLine
    {
        /// <summary>
        /// The index of the program's name in <paramref name="words"/>, after leading <c>VAR=x</c> assignments and the
        /// wrappers <c>env</c>, <c>exec</c>, <c>time</c>, <c>nohup</c>, <c>command</c>, <c>nice</c>, <c>timeout</c> (and
        /// its duration), <c>setsid</c>, <c>stdbuf</c>, <c>ionice</c>, <c>xargs</c>, <c>busybox</c> (and <c>sudo</c> when
        /// <paramref name="throughSudo"/>) with their options, an option's value not taken for the command; -1 when there
        /// is none.
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
                    // GNU coreutils and util-linux: each stops at its first operand (getopt "+…"), the command it runs.
                    case "nice":
                        // nice -n 10, nice -10 (the old form: an adjustment, no value after it), nice --adjustment 10.
                        i = SkipOptions(words, i + 1, "n", assignments: false, "--adjustment");
                        continue;
                    case "timeout":
                        i = SkipOptions(words, i + 1, "ks", assignments: false, "--kill-after", "--signal");
                        if (i >= words.Count) return -1;
                        i++; // the duration
                        continue;
                    case "setsid":
                        i = SkipOptions(words, i + 1, string.Empty, assignments: false);
                        continue;
                    case "stdbuf":
                        i = SkipOptions(words, i + 1, "ioe", assignments: false, "--input", "--output", "--error");
                        continue;
                    case "ionice":
                        // -p/-P/-u: the operands are process, group or user ids to change, and nothing is run.
                        for (var k = i + 1; k < words.Count && words[k].Value.StartsWith("-", StringComparison.Ordinal); k++)
                            if (IsOption(words[k].Value, 'p', 'P', 'u', "--pid", "--pgid", "--uid")) return -1;
                        i = SkipOptions(words, i + 1, "cnpPu", assignments: false, "--class", "--classdata");
                        continue;
                    case "busybox":
                        // busybox APPLET ARGS runs the applet (on Alpine, chmod, su and the rest are busybox's), named by the
                        // last part of its path; busybox --list, --install and --help run none, nor does busybox sudo (or
                        // busybox /usr/bin/sudo): there is no such applet (audit 125 C125-12, audit 126 R126-5).
                        if (i + 1 >= words.Count || words[i + 1].Value.StartsWith("-", StringComparison.Ordinal) || words[i + 1].BaseName == "sudo") return -1;
                        i++;
                        continue;
                    case "xargs":
                        // -e, -i and -l take their value only attached (-i{}, -l1); xargs with no command runs echo.
                        i = SkipOptions(words, i + 1, "aEIdLnPs", assignments: false,
                            "--arg-file", "--delimiter", "--max-args", "--max-procs", "--max-chars", "--process-slot-var");
                        continue;
                }
                return i;
            }
            return -1;
        }

        /// <summary>
        /// Skips options (and, for env/sudo, assignments). <paramref name="withArgument"/> lists the short options that take
        /// a value: in a group (<c>-rn1</c>, <c>-rn 1</c>) the rest of the word is the value, or else the next word, as
        /// getopt reads it; <paramref name="longWithArgument"/> the long ones (<c>--signal KILL</c>; <c>--signal=KILL</c>
        /// is one word).
        /// </summary>
        private static int SkipOptions(IReadOnlyList<ShellWord> words, int i, string withArgument, bool assignments,
            params string[] longWithArgument)
        {
            while (i < words.Count)
            {
                var v = words[i].Value;
                if (v == "--") return i + 1;
                if (v.Length > 2 && v[0] == '-' && v[1] == '-')
                {
                    i++;
                    if (v.IndexOf('=') < 0 && Array.IndexOf(longWithArgument, v) >= 0) i++;
                    continue;
                }
                if (v.Length > 1 && v[0] == '-')
                {
                    i++;
                    for (var k = 1; k < v.Length; k++)
                    {
                        if (withArgument.IndexOf(v[k]) < 0) continue;
                        if (k == v.Length - 1) i++;
                        break;
                    }
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

        /// <summary>Whether an option word is one of the given short options (alone or in a group) or long ones.</summary>
        private static bool IsOption(string word, char a, char b, char c, params string[] longNames)
        {
            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = word.IndexOf('=');
                return Array.IndexOf(longNames, eq < 0 ? word : word.Substring(0, eq)) >= 0;
            }
            for (var k = 1; k < word.Length; k++)
                if (word[k] == a || word[k] == b || word[k] == c) return true;
            return false;
        }

        public static bool IsProgram(ShellWord word, string name) => string.Equals(word.BaseName, name, StringComparison.Ordinal);
    }
}
