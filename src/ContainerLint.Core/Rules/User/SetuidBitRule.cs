using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles.Shell;
using ContainerLint.Model;

namespace ContainerLint.Rules.User
{
    /// <summary>
    /// CTL1005: a RUN of the final image sets the setuid/setgid bit with chmod: symbolic <c>+s</c>, <c>u+s</c>,
    /// <c>g+s</c>, <c>ug+s</c>, <c>a+s</c>, <c>=s</c>, or an octal mode of four digits or more whose special digit has
    /// 4 (setuid) or 2 (setgid) set (4755, 2755, 6755; not 0755 nor the sticky 1777). The same modes given to
    /// <c>install -m</c>/<c>--mode</c> in a RUN, or to <c>COPY --chmod=</c>/<c>ADD --chmod=</c> (BuildKit takes octal modes,
    /// and symbolic ones since Dockerfile 1.14), set the bit as well. Only the final FROM chain is looked at.
    /// </summary>
    public sealed class SetuidBitRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL1005;

        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.FinalStageChain())
            {
                foreach (var copy in stage.Copies) Check(copy, string.Empty, context);
                foreach (var run in stage.Runs) Check(run, string.Empty, context);
                // FROM a stage of the file runs that stage's ONBUILD triggers first (BuildKit's dispatchOnBuildTriggers):
                // what they do ends up in this stage (audit 61 Y1, audit 63 W5).
                if (stage.Parent is not { } parent) continue;
                var where = " (an ONBUILD trigger of stage '" + (parent.Name ?? "#" + parent.Index) + "', which the build FROM it runs)";
                foreach (var trigger in stage.TriggeredCopies) Check(trigger, where, context);
                foreach (var trigger in parent.OnBuildRuns) Check(trigger, where, context);
            }
        }

        private void Check(CopyStep copy, string where, RuleContext context)
        {
            if (copy.Chmod is { IsKnown: true } chmod && SetsSetuidOrSetgid(chmod.Value.Trim()))
                context.Report(Descriptor, copy.Instruction, copy.Keyword + " --chmod=" + chmod.Value.Trim() + " sets the setuid/setgid bit" + where);
        }

        private void Check(RunStep run, string where, RuleContext context)
        {
            foreach (var command in RunCommands.Of(run))
            {
                var mode = SetuidMode(command.Command);
                if (mode is null) continue;
                context.Report(Descriptor, run.Instruction, mode + " sets the setuid/setgid bit" + where);
                break;
            }
        }

        /// <summary>The command and mode that set setuid/setgid (<c>chmod 4755</c>, <c>install -m 4755</c>), or null.</summary>
        public static string? SetuidMode(ShellCommand command)
        {
            var words = command.Words;
            var at = CommandLine.ProgramIndex(words, throughSudo: true);
            if (at < 0) return null;
            if (CommandLine.IsProgram(words[at], "install"))
                return InstallMode(words, at) is { } installMode && SetsSetuidOrSetgid(installMode) ? "install -m " + installMode : null;
            if (!CommandLine.IsProgram(words[at], "chmod")) return null;
            for (var k = at + 1; k < words.Count; k++)
            {
                var arg = words[k].Value;
                if (arg == "--") continue;
                // Options (-R, --reference=…) come first; "-s"-like symbolic modes never set bits.
                if (arg.StartsWith("-", System.StringComparison.Ordinal)) continue;
                return SetsSetuidOrSetgid(arg) ? "chmod " + arg : null;
            }
            return null;
        }

        /// <summary>
        /// The mode <c>install</c> (GNU coreutils, BusyBox) is given, the last one wins: <c>-m MODE</c>, <c>-mMODE</c>,
        /// <c>-Dm MODE</c>, <c>-Dm755</c>, <c>--mode=MODE</c>, <c>--mode MODE</c>. Options may follow the operands (getopt
        /// permutes them); <c>-g</c>, <c>-o</c>, <c>-S</c>, <c>-t</c> and their long forms take a value; <c>--</c> ends them.
        /// </summary>
        private static string? InstallMode(IReadOnlyList<ShellWord> words, int at)
        {
            string? mode = null;
            for (var k = at + 1; k < words.Count; k++)
            {
                var arg = words[k].Value;
                if (arg == "--") break;
                if (arg.StartsWith("--", System.StringComparison.Ordinal))
                {
                    if (arg.StartsWith("--mode=", System.StringComparison.Ordinal)) mode = arg.Substring("--mode=".Length);
                    else if (arg == "--mode") mode = k + 1 < words.Count ? words[++k].Value : null;
                    else if (arg is "--group" or "--owner" or "--suffix" or "--target-directory" or "--strip-program") k++;
                    continue;
                }
                if (arg.Length < 2 || arg[0] != '-') continue;
                for (var j = 1; j < arg.Length; j++)
                {
                    var c = arg[j];
                    if (c != 'm' && c != 'g' && c != 'o' && c != 'S' && c != 't') continue;
                    var rest = arg.Substring(j + 1);
                    var value = rest.Length > 0 ? rest : k + 1 < words.Count ? words[++k].Value : null;
                    if (c == 'm') mode = value;
                    break;
                }
            }
            return mode;
        }

        public static bool SetsSetuidOrSetgid(string mode)
        {
            if (mode.Length == 0) return false;
            if (IsOctal(mode))
            {
                if (mode.Length < 4) return false;
                var special = mode[mode.Length - 4] - '0';
                return (special & 6) != 0;
            }
            foreach (var clause in mode.Split(','))
            {
                var i = 0;
                var who = string.Empty;
                while (i < clause.Length && "ugoa".IndexOf(clause[i]) >= 0) who += clause[i++];
                while (i < clause.Length)
                {
                    var op = clause[i];
                    if (op != '+' && op != '=' && op != '-') return false;
                    i++;
                    var start = i;
                    while (i < clause.Length && clause[i] != '+' && clause[i] != '-' && clause[i] != '=') i++;
                    var perms = clause.Substring(start, i - start);
                    // o+s has no effect; any other who (or none) with s sets setuid and/or setgid.
                    if (op != '-' && perms.IndexOf('s') >= 0 && (who.Length == 0 || who.IndexOfAny(new[] { 'u', 'g', 'a' }) >= 0))
                        return true;
                }
            }
            return false;
        }

        private static bool IsOctal(string s)
        {
            foreach (var c in s)
                if (c < '0' || c > '7') return false;
            return true;
        }
    }
}
