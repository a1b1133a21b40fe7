using System;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.User
{
    /// <summary>
    /// Whether the configured non-root user (<c>containerlint.non_root_user</c>) can be what a Dockerfile fix switches the
    /// final stage to, and why not when it cannot: a fix that reports success while the image still runs as root, or
    /// does not start, is worse than none (audit 22).
    /// </summary>
    internal static class UserFixChoice
    {
        /// <summary>
        /// The user to write, or null with <paramref name="withheld"/> saying why (null too when <paramref name="configured"/>
        /// is). <paramref name="expandWhereWritten"/> expands a text with the variables where the fix writes the user (an ENV
        /// after that line does not count: <c>USER $APP_UID</c> is empty there).
        /// </summary>
        public static string? For(StageSpec final, string? configured, Func<string, string?>? expandWhereWritten, out string? withheld)
        {
            withheld = null;
            if (configured is null) return null;
            var baseImage = final.Root.BaseImageReference;
            var effective = configured;
            // $APP_UID is the .NET images' ENV (CTL1001.md): elsewhere it expands to nothing, and USER "" is root again.
            if (configured.IndexOf('$') >= 0)
            {
                var expanded = expandWhereWritten?.Invoke(configured);
                if (string.IsNullOrWhiteSpace(expanded) || UserNames.IsRoot(expanded))
                {
                    withheld = "containerlint.non_root_user is '" + configured + "', which "
                        + (!string.IsNullOrWhiteSpace(expanded) ? "is '" + expanded + "', root," // ENV APP_UID=0 (audit 51 N8)
                            : baseImage is not null ? "base image '" + baseImage + "' and this Dockerfile do not define" : "this Dockerfile does not define")
                        + " where the USER line goes (USER " + configured + " would run as root there); set a literal non-root user for this file, such as 10001";
                    return null;
                }
                effective = expanded!;
            }
            // A scratch image has no /etc/passwd: runc resolves only a numeric uid there (CTL1001.md), a name stops the start.
            if (baseImage is not null && string.Equals(baseImage.Trim(), "scratch", StringComparison.OrdinalIgnoreCase) && !IsNumeric(effective))
            {
                withheld = "the image is built FROM scratch, which has no /etc/passwd, so user '" + configured
                    + "' cannot be looked up and the container would not start; set a numeric uid for this file, such as 10001";
                return null;
            }
            return configured;
        }

        private static bool IsNumeric(string user)
        {
            var colon = user.IndexOf(':');
            return UserNames.IsUid(colon < 0 ? user.Trim() : user.Substring(0, colon).Trim())
                && (colon < 0 || UserNames.IsUid(user.Substring(colon + 1).Trim()));
        }
    }
}
