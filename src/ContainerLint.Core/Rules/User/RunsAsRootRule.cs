using System;
using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.User
{
    /// <summary>
    /// CTL1001: the effective user is root (or ContainerAdministrator, Windows' root). The fix switches to the configured
    /// non-root user, or to ContainerUser for ContainerAdministrator and in a Dockerfile built FROM a Windows image.
    /// </summary>
    public sealed class RunsAsRootRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL1001;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            var user = container.User;
            if (user is null || !user.IsKnown || !UserNames.IsRoot(user.Value)) return;
            // A Compose user: or a C# User: a variable in the option is not the image's ENV there (LintOptions.ContainerFixUser).
            var nonRoot = UserNames.IsWindowsAdministrator(user.Value) ? BaseImages.WindowsUser : context.Options.ContainerFixUser;
            var evidence = container.Process is { } process ? process + " runs as " + Describe(user, "', which resolves to '") : Describe(user, "' resolves to '");
            context.Report(Descriptor, user, evidence, nonRoot is null ? null : FixIntent.SetValue(nonRoot));
        }

        public override void Check(ImageSpec image, RuleContext context)
        {
            var stage = image.FinalStage;
            var user = stage.User;
            if (user is null || !user.IsKnown) return;
            var empty = UserNames.IsEmptyDockerfileUser(user.Value);
            if (!empty && !UserNames.IsRoot(user.Value)) return;
            // Dockerfile findings sit on the instruction (rules.md location convention); the fix edits the value.
            var span = stage.UserInstruction ?? user.Span;
            var keyword = stage.UserFromOnBuildOf is null ? "USER " : "ONBUILD USER ";
            var evidence = empty
                ? keyword + user.Text + (user.Text.IndexOf('$') >= 0 ? " resolves to" : " is") + " an empty user, which runs as root"
                    + (stage.WhyUserIsEmpty is { } why ? " (" + why + ")" : string.Empty)
                : user.Text == user.Value ? keyword + user.Value : keyword + user.Text + " resolves to '" + user.Value + "'";
            if (UserNames.IsWindowsAdministrator(user.Value)) evidence += ", the Windows administrator account";
            // FROM a stage of the file runs that stage's ONBUILD triggers first (BuildKit's dispatchOnBuildTriggers).
            if (stage.UserFromOnBuildOf is { } triggered) evidence += " (a trigger of stage '" + triggered + "', which the build FROM it runs)";
            var windows = stage.Root.BaseImageReference is { } baseImage && BaseImages.Of(baseImage).IsWindows;
            // The fix inserts a USER line where the final stage's RUNs are done, or rewrites this one: the variables of the
            // configured user are those of where it is written.
            var inserts = BuildStepsDependOn(stage, user);
            var nonRoot = NonRootUser(user.Value, windows, stage, inserts ? stage.ExpandAtUserInsertion : stage.ExpandAtUser, context, out var withheld);
            FixIntent? fix;
            // Builds FROM this image run its ONBUILD RUN as the user any fix sets, and so do the stages of the file built FROM
            // this one (a target other stages build on).
            if (stage.HasOnBuildRun || nonRoot is null || image.IsBuiltOn(stage)) fix = null;
            else if (inserts)
                fix = stage.UserInsertionOffset >= 0 ? FixIntent.InsertUser(nonRoot, stage.UserInsertionOffset) : null;
            else fix = FixIntent.SetValue(nonRoot).WithTarget(user.Span);
            context.Report(Descriptor, span, RuleContext.Qualify(user, evidence), fix, withheld);
        }

        /// <summary>
        /// Whether changing the root USER where it is written would change a build step too: a RUN of the final stage after
        /// it runs as root (apt-get, chown...), or the USER is written in a stage the final one is built FROM, which other
        /// stages may build on. The fix then leaves it and switches to the non-root user where the final stage's RUNs are
        /// done (before its CMD/ENTRYPOINT, as for CTL1002), which is what the image runs as. A user given by a variable is
        /// still left alone (see the fixer).
        /// </summary>
        private static bool BuildStepsDependOn(StageSpec stage, Setting<string> user)
        {
            if (user.Text.IndexOf('$') >= 0 || stage.UserInstruction is not { HasOffsets: true } instruction || !stage.From.HasOffsets) return false;
            if (instruction.StartOffset < stage.From.StartOffset) return true;
            foreach (var run in stage.Runs)
                if (run.Instruction.HasOffsets && run.Instruction.StartOffset > instruction.StartOffset) return true;
            return false;
        }

        /// <summary>
        /// The user a fix switches to: <c>containerlint.non_root_user</c> is a Linux user (default uid 10001), which means
        /// nothing to Windows, so Windows gets its built-in non-administrator account. Null when the option is root or not a
        /// user (<see cref="LintOptions.CheckNonRootUser"/>): no fix then.
        /// </summary>
        private static string? NonRootUser(string rootUser, bool windows, StageSpec final, Func<string, string?>? expandWhereWritten, RuleContext context,
            out string? withheld)
        {
            withheld = null;
            return windows || UserNames.IsWindowsAdministrator(rootUser)
                ? BaseImages.WindowsUser
                : UserFixChoice.For(final, context.Options.FixUser, expandWhereWritten, out withheld);
        }

        private static string Describe(Setting<string> user, string resolvesTo) =>
            (user.Text == user.Value ? "user '" + user.Value + "'" : "user '" + user.Text + resolvesTo + user.Value + "'")
            + (UserNames.IsWindowsAdministrator(user.Value) ? ", the Windows administrator account" : string.Empty);
    }
}
