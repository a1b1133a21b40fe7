using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles.Shell;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Text;

namespace ContainerLint.Rules.User
{
    /// <summary>
    /// CTL1004: a RUN of any stage runs <c>sudo</c> as a command (not <c>apt-get install sudo</c>). A builder stage
    /// counts too, as in hadolint's DL3004: rules.md's trigger is the build step, and sudo's TTY and signal behaviour
    /// is the same in every stage (the image-content rules, CTL1005/CTL1006, look at the final stage's FROM chain only).
    /// </summary>
    public sealed class SudoInBuildRule : Rule
    {
        private const string Prefix = "sudo ";

        public override RuleDescriptor Descriptor => RuleCatalog.CTL1004;

        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.Stages)
                foreach (var run in stage.Runs)
                {
                    var offsets = SudoPrefixOffsets(run, out var count);
                    if (count == 0) continue;
                    // One finding per RUN (the location convention); its fix removes every removable "sudo " of the RUN,
                    // or in exec form the "sudo" element.
                    var fix = offsets.Count > 0 ? FixIntent.RemoveText(Prefix, offsets[0])
                        : RemovableExecSudo(run) is { } element ? FixIntent.RemoveEntry().WithTarget(element) : null;
                    context.Report(Descriptor, run.Instruction,
                        count == 1 ? "RUN runs sudo" : "RUN runs sudo " + count + " times", fix);
                }
        }

        /// <summary>
        /// <c>RUN ["sudo", "make", "install"]</c>: the span of the <c>"sudo"</c> element, when the command follows it
        /// (no option, no variable assignment) and it is written as a plain JSON string.
        /// </summary>
        private static SourceSpan? RemovableExecSudo(RunStep run)
        {
            if (run.ExecArguments is not { Count: >= 2 } args) return null;
            var sudo = args[0];
            var next = args[1];
            if (!sudo.IsKnown || sudo.Value != "sudo" || sudo.Text != "\"sudo\"" || !sudo.Span.HasOffsets || !next.IsKnown
                || next.Value.StartsWith("-", System.StringComparison.Ordinal) || ShellCommandSplitter.IsAssignment(next.Value))
                return null;
            return sudo.Span;
        }

        /// <summary>
        /// The file offsets of the <c>sudo </c> prefixes that can simply be removed (sudo followed by the command, no
        /// options), and how many commands run sudo in all.
        /// </summary>
        public static IReadOnlyList<int> SudoPrefixOffsets(RunStep run, out int sudoCommands)
        {
            var offsets = new List<int>();
            sudoCommands = 0;
            foreach (var command in RunCommands.Of(run))
            {
                var words = command.Words;
                var at = CommandLine.ProgramIndex(words);
                if (at < 0 || !CommandLine.IsProgram(words[at], "sudo")) continue;
                sudoCommands++;
                var sudo = words[at];
                if (!sudo.IsPlain || sudo.Value != "sudo" || at + 1 >= words.Count) continue;
                var next = words[at + 1];
                if (next.Value.StartsWith("-", System.StringComparison.Ordinal) || ShellCommandSplitter.IsAssignment(next.Value)) continue;
                var offset = command.FileOffsetOf(sudo);
                // Only "sudo " written as such (one space) is removed; anything else is left to the user.
                if (offset >= 0 && next.Start == sudo.End + 1 && command.FileOffsetOf(next) == offset + Prefix.Length)
                    offsets.Add(offset);
            }
            return offsets;
        }
    }
}
