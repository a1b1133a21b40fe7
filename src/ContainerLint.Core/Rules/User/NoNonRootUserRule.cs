using System;
using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.User
{
    /// <summary>
    /// CTL1002: the final stage, after <c>FROM &lt;stage&gt;</c> inheritance, never sets USER, and the base image of the
    /// chain is not known to run as non-root. <c>FROM scratch</c> runs as uid 0 and is reported; an unresolved base is not.
    /// A Windows base runs as ContainerAdministrator unless it is known to switch to ContainerUser (Nano Server): the
    /// message names the Windows account and the fix inserts <c>USER ContainerUser</c>, not the Linux non-root user.
    /// </summary>
    public sealed class NoNonRootUserRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL1002;

        public override void Check(ImageSpec image, RuleContext context)
        {
            var final = image.FinalStage;
            if (final.User is not null) return; // a USER exists (set or inherited); CTL1001 judges its value

            // Known, or known but for the build's platform (FROM ubuntu:${TARGETARCH} is ubuntu whatever the platform).
            if (final.Root.BaseImageReference is not { } baseImage) return;
            var isScratch = string.Equals(baseImage.Trim(), "scratch", StringComparison.OrdinalIgnoreCase);
            if (!isScratch && NonRootImages.IsKnownNonRoot(baseImage, context.Options.NonRootBaseImages)) return;

            var facts = BaseImages.Of(baseImage);
            string evidence;
            string? user;
            string? withheld = null;
            if (facts.IsWindows)
            {
                if (facts.DefaultUser == BaseImages.WindowsUser) return; // Nano Server already runs as ContainerUser
                evidence = facts.DefaultUser == BaseImages.WindowsAdministrator
                    ? "no USER instruction, and Windows base image '" + baseImage + "' runs as ContainerAdministrator, the container's administrator account"
                    : "no USER instruction, and Windows base image '" + baseImage + "' is not known to switch from ContainerAdministrator, the default administrator account";
                user = BaseImages.WindowsUser;
            }
            else
            {
                evidence = isScratch
                    ? "the image is built FROM scratch and no USER is set, so it runs as uid 0"
                    : "no USER instruction, and base image '" + baseImage + "' is not known to run as a non-root user";
                user = UserFixChoice.For(final, context.Options.FixUser, final.ExpandAtUserInsertion, out withheld); // null: no fix
            }
            // An ONBUILD RUN runs in every build FROM this image as its USER: a USER added here would change that too; so
            // would the stages of the file built FROM this one (a target other stages build on: their RUNs would run as it).
            var fix = user is not null && final.UserInsertionOffset >= 0 && !final.HasOnBuildRun && !image.IsBuiltOn(final)
                ? FixIntent.InsertUser(user, final.UserInsertionOffset)
                : null;
            // A build target before the file's last stage (Compose's build.target, the item's BuildTarget): the FROM reported is
            // not the last one, so the message says why this stage is the image (audit 156 G156-2).
            if (!ReferenceEquals(final, image.Stages[image.Stages.Count - 1]))
                evidence = "the build's target is stage " + (final.Name is { } name ? "'" + name + "'" : final.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    + ": " + evidence;
            context.Report(Descriptor, final.From, evidence, fix, withheld);
        }
    }
}
