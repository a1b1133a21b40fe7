using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.User
{
    /// <summary>CTL1001: the effective user is root.</summary>
    public sealed class RunsAsRootRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL1001;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            var user = container.User;
            if (user is null || !user.IsKnown || !UserNames.IsRoot(user.Value)) return;
            context.Report(Descriptor, user, Describe(user), FixIntent.SetValue(context.Options.NonRootUser));
        }

        public override void Check(ImageSpec image, RuleContext context)
        {
            var stage = image.FinalStage;
            var user = stage.User;
            if (user is null || !user.IsKnown || !UserNames.IsRoot(user.Value)) return;
            // Dockerfile findings sit on the instruction (rules.md location convention); the fix edits the value.
            var span = stage.UserInstruction ?? user.Span;
            var evidence = user.Text == user.Value ? "USER " + user.Value : "USER " + user.Text + " resolves to '" + user.Value + "'";
            context.Report(Descriptor, span, RuleContext.Qualify(user, evidence),
                FixIntent.SetValue(context.Options.NonRootUser).WithTarget(user.Span));
        }

        private static string Describe(Setting<string> user) =>
            user.Text == user.Value ? "user '" + user.Value + "'" : "user '" + user.Text + "' resolves to '" + user.Value + "'";
    }
}
