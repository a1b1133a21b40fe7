using System;
using System.Collections.Generic;
using System.Linq;

namespace ContainerLint.Rules
{
    /// <summary>The <c>containerlint.*</c> options (design.md, "Configuration").</summary>
    public sealed class LintOptions
    {
        public const string DefaultNonRootUser = "10001";

        public static LintOptions Default { get; } = new LintOptions();

        public LintOptions(string? nonRootUser = null, IEnumerable<string>? nonRootBaseImages = null,
            IEnumerable<string>? allowedCapabilities = null)
        {
            NonRootUser = string.IsNullOrWhiteSpace(nonRootUser) ? DefaultNonRootUser : nonRootUser!.Trim();
            NonRootUserProblem = CheckNonRootUser(NonRootUser);
            NonRootBaseImages = (nonRootBaseImages ?? Enumerable.Empty<string>())
                .Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            AllowedCapabilities = new HashSet<string>(
                (allowedCapabilities ?? Enumerable.Empty<string>()).Select(Knowledge.Capabilities.Normalize).Where(c => c.Length > 0),
                StringComparer.Ordinal);
        }

        /// <summary><c>containerlint.non_root_user</c>: the user fixes switch to (as configured; see <see cref="FixUser"/>).</summary>
        public string NonRootUser { get; }

        /// <summary>
        /// Why <see cref="NonRootUser"/> cannot be used by fixes (it is root, or not one <c>user[:group]</c> token), or
        /// null when it can.
        /// </summary>
        public string? NonRootUserProblem { get; }

        /// <summary>The user the fixes that switch to a non-root user set, or null when none may be set (those fixes are not made).</summary>
        public string? FixUser => NonRootUserProblem is null ? NonRootUser : null;

        /// <summary>
        /// The user the fixes of a Compose <c>user:</c> or a C# <c>User</c> set, or null when none may be set: <see cref="FixUser"/>,
        /// unless it holds a variable (<c>$APP_UID</c>, documented for Dockerfiles, where the .NET images define
        /// <c>ENV APP_UID</c>). Compose takes a variable from the host environment or <c>.env</c>, not from the image (usually
        /// unset: <c>user: ""</c>, the image's default user, often root), and the Docker API expands nothing (the container
        /// does not start). Dockerfile fixes keep using <see cref="FixUser"/>.
        /// </summary>
        public string? ContainerFixUser => FixUser is not null && !HoldsVariable(FixUser) ? FixUser : null;

        /// <summary>
        /// Why <see cref="NonRootUser"/> is not written into a Compose file (the same as <see cref="NonRootUserProblem"/>, or
        /// that it holds a variable Compose would take from the host environment), or null when it is.
        /// </summary>
        public string? ComposeNonRootUserProblem =>
            NonRootUserProblem ?? (HoldsVariable(NonRootUser)
                ? "'" + NonRootUser + "' holds a variable, which Compose would take from the host environment or .env, not from the image's ENV"
                  + " (usually unset: the service would run as the image's default user, often root)"
                : null);

        private static bool HoldsVariable(string user) => user.IndexOf('$') >= 0;

        /// <summary>
        /// Null when <paramref name="user"/> is a non-root <c>user[:group]</c>: one token without spaces or quotes, at most
        /// one <c>:</c> with something on each side, whose user part is not root (rules.md: <c>root</c> or a uid of zero, <c>+0</c> too;
        /// Windows' ContainerAdministrator too). Otherwise the reason, to show the user.
        /// </summary>
        public static string? CheckNonRootUser(string user)
        {
            var colon = user.IndexOf(':');
            var wellFormed = user.Length > 0
                && user.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '"' && c != '\'' && c != '#')
                && (colon < 0 || (colon > 0 && colon < user.Length - 1 && user.IndexOf(':', colon + 1) < 0));
            if (!wellFormed) return "'" + user + "' is not one user[:group] (a name or uid, optionally ':' and a group name or gid, without spaces or quotes)";
            if (Knowledge.UserNames.IsRoot(user)) return "'" + user + "' is root (its user part is root, a uid of zero such as 0 or +0, or ContainerAdministrator)";
            return null;
        }

        /// <summary><c>containerlint.non_root_base_images</c>: extra image patterns (<c>*</c> wildcards) CTL1002 trusts.</summary>
        public IReadOnlyList<string> NonRootBaseImages { get; }

        /// <summary><c>containerlint.allowed_capabilities</c>: normalised names never reported.</summary>
        public ISet<string> AllowedCapabilities { get; }

        /// <summary>Splits a list option value at commas, semicolons, spaces and tabs (<c>a, b;c</c>).</summary>
        public static IEnumerable<string> SplitList(string? value) =>
            (value ?? string.Empty).Split(new[] { ',', ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
    }
}
