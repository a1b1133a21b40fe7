using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles.Shell;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;
using ContainerLint.Text;

namespace ContainerLint.Rules.User
{
    /// <summary>
    /// CTL1004: a RUN of any stage runs <c>sudo</c> as a command (not <c>apt-get install sudo</c>). A builder stage
    /// counts too, as in hadolint's DL3004: rules.md's trigger is the build step, and sudo's TTY and signal behaviour
    /// is the same in every stage (the image-content rules, CTL1005/CTL1006, look at the final stage's FROM chain only).
    /// The fix drops <c>sudo</c>, which is right only when the step runs as root. When the USER at the step is not root,
    /// or is not resolved, the step also gets <c>USER root</c> before it and the previous USER, as written, after it (what
    /// the rule page tells a person to do); when that USER cannot be written again with the same meaning, or the user
    /// comes from a base image known to run as non-root (or from a Windows or unresolved base), there is no fix.
    /// An ONBUILD RUN is checked the same way: it is a step of every build FROM the image.
    /// </summary>
    public sealed class SudoInBuildRule : Rule
    {
        private const string Prefix = "sudo ";

        public override RuleDescriptor Descriptor => RuleCatalog.CTL1004;

        public override void Check(ImageSpec image, RuleContext context)
        {
            // An ONBUILD RUN is a build step too, of every build FROM this image. It runs as the image's USER, or as the
            // ONBUILD USER before it, so its sudo goes when that is root; a switch to root would have to be ONBUILD USER lines
            // that outlive the trigger, so under any other user there is no fix.
            foreach (var stage in image.Stages)
                foreach (var (run, step) in stage.RunSteps()) Check(run, step, stage, context);
            CheckShells(image, context);
        }

        /// <summary>
        /// <c>SHELL ["sudo", "sh", "-c"]</c>: every shell-form RUN after it (and in the stages built FROM its stage) runs
        /// through sudo (audit 139 F139-3), and so does every shell-form ONBUILD RUN of a stage whose last SHELL it is: the
        /// image keeps it for the builds FROM it, which run the triggers (audit 147 G147-2). One finding at the SHELL, for the RUNs that use it; its fix drops the
        /// <c>"sudo"</c> element when every one of them runs as root (removing it under another USER would change who runs them).
        /// </summary>
        private void CheckShells(ImageSpec image, RuleContext context)
        {
            List<(RunStep Run, StageSpec Stage)>? throughSudo = null;
            foreach (var stage in image.Stages)
                foreach (var (run, _) in stage.RunSteps())
                    if (run.ShellProgram is { IsKnown: true } program && ShellWord.BaseNameOf(program.Value) == "sudo")
                        (throughSudo ??= new List<(RunStep, StageSpec)>()).Add((run, stage));
            if (throughSudo is null) return;
            var reported = new HashSet<SourceSpan>();
            foreach (var (first, _) in throughSudo)
            {
                var shell = first.ShellInstruction!;
                if (!reported.Add(shell)) continue;
                var runs = 0;
                var asRoot = true;
                var sudo = first.ShellProgram!;
                var fix = RemovableSudoElement(sudo, first.ShellArgument) is { } element ? FixIntent.RemoveEntry().WithTarget(element) : null;
                foreach (var (run, stage) in throughSudo)
                {
                    if (!shell.Equals(run.ShellInstruction)) continue;
                    runs++;
                    // A trigger runs in every build FROM the image, as its user: root, or no fix (RunAsRoot, as for its own sudo).
                    if (fix is not null && !ReferenceEquals(RunAsRoot(fix, run, stage, context), fix)) asRoot = false;
                }
                context.Report(Descriptor, shell,
                    "SHELL runs " + (runs == 1 ? "the shell-form RUN that uses it" : "every shell-form RUN that uses it (" + runs + " steps)") + " through sudo",
                    asRoot ? fix : null);
            }
        }

        private void Check(RunStep run, string step, StageSpec stage, RuleContext context)
        {
            var offsets = SudoPrefixOffsets(run, out var count);
            if (count == 0) return;
            // One finding per RUN (the location convention); its fix removes every "sudo " of the RUN, or in exec
            // form the "sudo" element. A RUN with a sudo that cannot go (sudo -u app x) is left as it is: with
            // the rest removed it would still be reported, and a fix under a non-root USER would run that sudo
            // as root, where before it ran as the user.
            var fix = offsets.Count == count ? FixIntent.RemoveText(Prefix, offsets[0])
                : offsets.Count == 0 && count == 1 && RemovableExecSudo(run) is { } element ? FixIntent.RemoveEntry().WithTarget(element)
                : null;
            if (fix is not null) fix = RunAsRoot(fix, run, stage, context);
            context.Report(Descriptor, run.Instruction,
                count == 1 ? step + " runs sudo" : step + " runs sudo " + count + " times", fix);
        }

        /// <summary>
        /// The fix as it must be for the user the step runs as: as it is when that is root (a root USER, or no USER and a
        /// base not known to run as non-root, which CTL1002 treats as root too); wrapped in <c>USER root</c> … <c>USER
        /// &lt;previous&gt;</c> when a USER that is not root, or not resolved (then the wrap is harmless if it was root),
        /// can be written again after the step; otherwise none.
        /// </summary>
        private static FixIntent? RunAsRoot(FixIntent fix, RunStep run, StageSpec stage, RuleContext context)
        {
            if (stage.Root.BaseImageReference is not { } baseImage) return null;
            var facts = BaseImages.Of(baseImage);
            var user = run.User;
            if (user is null)
            {
                var nonRootBase = facts.IsWindows ? facts.DefaultUser != BaseImages.WindowsAdministrator
                    : NonRootImages.IsKnownNonRoot(baseImage, context.Options.NonRootBaseImages);
                return nonRootBase ? null : fix;
            }
            if (user.IsKnown && (UserNames.IsRoot(user.Value) || UserNames.IsEmptyDockerfileUser(user.Value))) return fix;
            if (facts.IsWindows || run.UserRestoreText is not { } restore || run.UserRestoreSource is not { } source
                || run.InsertionOffset < 0 || run.NextLineOffset < 0)
                return null;
            return fix.AsRoot(restore, source, run.InsertionOffset, run.NextLineOffset);
        }

        /// <summary>
        /// <c>RUN ["sudo", "make", "install"]</c>: the span of the <c>"sudo"</c> element, when the command follows it
        /// (no option, no variable assignment) and it is written as a plain JSON string.
        /// </summary>
        private static SourceSpan? RemovableExecSudo(RunStep run) =>
            run.ExecArguments is { Count: >= 2 } args ? RemovableSudoElement(args[0], args[1]) : null;

        /// <summary>
        /// The span of a JSON array's <c>"sudo"</c> element (of an exec-form RUN, of a SHELL) when what follows it is the
        /// command (no option, no variable assignment) and it is written as a plain JSON string.
        /// </summary>
        private static SourceSpan? RemovableSudoElement(Setting<string> sudo, Setting<string>? next)
        {
            if (!sudo.IsKnown || sudo.Value != "sudo" || sudo.Text != "\"sudo\"" || !sudo.Span.HasOffsets || next is not { IsKnown: true }
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
