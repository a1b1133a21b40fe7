using System;
using System.Collections.Generic;

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

            // A pattern names images, whatever their tag or digest (registry.example.com/base/*-nonroot covers
            // registry.example.com/base/runtime-nonroot:2.3, not …/runtime:2.3-nonroot), or, with a tag (a ':' after its last
            // '/', which a registry's port is not) or a digest of its own, those of the image.
            var trimmed = image.Trim();
            var at = trimmed.IndexOf('@');
            var withoutDigest = at >= 0 ? trimmed.Substring(0, at) : trimmed;
            foreach (var pattern in extraPatterns)
            {
                var p = pattern.Trim();
                var named = p.IndexOf('@') >= 0 ? trimmed : p.IndexOf(':', p.LastIndexOf('/') + 1) >= 0 ? withoutDigest : repository;
                if (MatchesWildcard(named, p)) return true;
            }
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

        /// <summary>
        /// Whether all of <paramref name="text"/> matches <paramref name="pattern"/>, ignoring case: <c>*</c> stands for any
        /// run of characters, <c>?</c> for one. (No regular expression to build for every pattern and every image.)
        /// </summary>
        internal static bool MatchesWildcard(string text, string pattern)
        {
            int t = 0, p = 0, star = -1, resume = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t])))
                {
                    t++;
                    p++;
                }
                else if (p < pattern.Length && pattern[p] == '*')
                {
                    // Let the star match nothing for now; come back here to let it take one more character.
                    star = p++;
                    resume = t;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    t = ++resume;
                }
                else
                {
                    return false;
                }
            }
            while (p < pattern.Length && pattern[p] == '*') p++;
            return p == pattern.Length;
        }
    }
}
