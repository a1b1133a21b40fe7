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
            context.Report(Descriptor, user, Describe(user), FixIntent.SetValue(NonRootUser(user.Value, windows: false, context)));
        }

        public override void Check(ImageSpec image, RuleContext context)
        {
            var stage = image.FinalStage;
            var user = stage.User;
            if (user is null || !user.IsKnown || !UserNames.IsRoot(user.Value)) return;
            // Dockerfile findings sit on the instruction (rules.md location convention); the fix edits the value.
            var span = stage.UserInstruction ?? user.Span;
            var evidence = user.Text == user.Value ? "USER " + user.Value : "USER " + user.Text + " resolves to '" + user.Value + "'";
            if (UserNames.IsWindowsAdministrator(user.Value)) evidence += ", the Windows administrator account";
            var baseImage = stage.Root.BaseImage;
            var windows = baseImage.IsKnown && BaseImages.Of(baseImage.Value).IsWindows;
            context.Report(Descriptor, span, RuleContext.Qualify(user, evidence),
                FixIntent.SetValue(NonRootUser(user.Value, windows, context)).WithTarget(user.Span));
        }

        /// <summary>
        /// The user a fix switches to: <c>containerlint.non_root_user</c> is a Linux user (default uid 10001), which means
        /// nothing to Windows, so Windows gets its built-in non-administrator account.
        /// </summary>
        private static string NonRootUser(string rootUser, bool windows, RuleContext context) =>
            windows || UserNames.IsWindowsAdministrator(rootUser) ? BaseImages.WindowsUser : context.Options.NonRootUser;

        private static string Describe(Setting<string> user) =>
            (user.Text == user.Value ? "user '" + user.Value + "'" : "user '" + user.Text + "' resolves to '" + user.Value + "'")
            + (UserNames.IsWindowsAdministrator(user.Value) ? ", the Windows administrator account" : string.Empty);
    }
}
