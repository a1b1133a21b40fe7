using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ContainerLint.Rules.Knowledge
{
    /// <summary>Base images known to run as a non-root user by default (rules.md CTL1002), plus configured patterns.</summary>
    public static class NonRootImages
    {
        public static bool IsKnownNonRoot(string image, IReadOnlyList<string> extraPatterns)
        {
            var (repository, tag) = SplitReference(image.Trim());
            var repo = repository.ToLowerInvariant();
            var t = tag.ToLowerInvariant();

            if (repo.StartsWith("mcr.microsoft.com/dotnet/", StringComparison.Ordinal)
                && (t.Contains("chiseled") || t.Contains("distroless")))
                return true;
            if (repo.StartsWith("gcr.io/distroless/", StringComparison.Ordinal)
                && Array.IndexOf(t.Split('-'), "nonroot") >= 0) // nonroot, debug-nonroot, nonroot-arm64, debug-nonroot-amd64
                return true;
            if (repo.StartsWith("cgr.dev/chainguard/", StringComparison.Ordinal)
                && !(t == "dev" || t.EndsWith("-dev", StringComparison.Ordinal)))
                return true;
            if (repo.EndsWith("/nginx-unprivileged", StringComparison.Ordinal)) return true;
            if (repo.StartsWith("bitnami/", StringComparison.Ordinal) || repo.StartsWith("docker.io/bitnami/", StringComparison.Ordinal))
                return true;

            foreach (var pattern in extraPatterns)
                if (Glob(pattern).IsMatch(image.Trim())) return true;
            return false;
        }

        /// <summary>Splits <c>registry/repo:tag@digest</c> into repository and tag (empty tag when none).</summary>
        public static (string Repository, string Tag) SplitReference(string image)
        {
            var at = image.IndexOf('@');
            var noDigest = at >= 0 ? image.Substring(0, at) : image;
            var lastSlash = noDigest.LastIndexOf('/');
            var colon = noDigest.LastIndexOf(':');
            if (colon > lastSlash) return (noDigest.Substring(0, colon), noDigest.Substring(colon + 1));
            return (noDigest, string.Empty);
        }

        private static Regex Glob(string pattern) =>
            new Regex("^" + Regex.Escape(pattern.Trim()).Replace("\\*", ".*").Replace("\\?", ".") + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
