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
            var fullRepository = FullRepository(repository);
            var repo = fullRepository.ToLowerInvariant();
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
            // Bitnami's application images run as 1001; minideb, their Debian base, runs as root (its image config has no
            // User, and its install_packages needs root: audit 133 T133-5).
            if (repo.StartsWith("docker.io/bitnami/", StringComparison.Ordinal) && repo != "docker.io/bitnami/minideb") return true;

            // A pattern names images, whatever their tag or digest (registry.example.com/base/*-nonroot covers
            // registry.example.com/base/runtime-nonroot:2.3, not …/runtime:2.3-nonroot), or, with a tag (a ':' after its last
            // '/', which a registry's port is not) or a digest of its own, those of the image. Image and pattern are
            // compared as written and with Docker Hub's name in full, so that myimage:1 and docker.io/library/myimage:1
            // name one image.
            var trimmed = image.Trim();
            var at = trimmed.IndexOf('@');
            var withoutDigest = at >= 0 ? trimmed.Substring(0, at) : trimmed;
            foreach (var pattern in extraPatterns)
            {
                var p = pattern.Trim();
                var (patternRepository, _) = SplitReference(p);
                var fullPattern = FullRepository(patternRepository) + p.Substring(patternRepository.Length);
                var named = p.IndexOf('@') >= 0 ? trimmed : p.IndexOf(':', p.LastIndexOf('/') + 1) >= 0 ? withoutDigest : repository;
                var fullNamed = fullRepository + named.Substring(repository.Length);
                if (MatchesWildcard(named, p) || MatchesWildcard(fullNamed, p) || MatchesWildcard(fullNamed, fullPattern)) return true;
            }
            return false;
        }

        /// <summary>
        /// A repository with the registry and namespace Docker fills in for a Docker Hub name: <c>nginx</c> is
        /// <c>docker.io/library/nginx</c>, <c>bitnami/redis</c> <c>docker.io/bitnami/redis</c>, and the legacy
        /// <c>index.docker.io</c> is <c>docker.io</c>. The first part of a name is a registry when it holds a <c>.</c> or a
        /// <c>:</c> or is <c>localhost</c> (distribution/reference's <c>ParseNormalizedNamed</c>, <c>splitDockerDomain</c>,
        /// which also takes a first part with a capital letter for a registry: names are compared in any case here, as
        /// patterns are, so <c>Bitnami/redis</c> is <c>docker.io/bitnami/redis</c>, audit 50 F6).
        /// </summary>
        public static string FullRepository(string repository)
        {
            var slash = repository.IndexOf('/');
            string domain, remainder;
            if (slash < 0) (domain, remainder) = ("docker.io", repository);
            else
            {
                var first = repository.Substring(0, slash);
                var isDomain = first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || string.Equals(first, "localhost", StringComparison.OrdinalIgnoreCase);
                (domain, remainder) = isDomain ? (first, repository.Substring(slash + 1)) : ("docker.io", repository);
            }
            if (string.Equals(domain, "index.docker.io", StringComparison.OrdinalIgnoreCase)) domain = "docker.io";
            if (string.Equals(domain, "docker.io", StringComparison.OrdinalIgnoreCase) && remainder.IndexOf('/') < 0) remainder = "library/" + remainder;
            return domain + "/" + remainder;
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
