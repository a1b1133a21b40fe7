using System;
using System.Collections.Generic;

namespace ContainerLint.Rules.Knowledge
{
    /// <summary>The operating system family of a base image, as far as its name tells.</summary>
    public enum ImageOs
    {
        /// <summary>Linux, or not known to be anything else (every image not recognised as Windows).</summary>
        Linux,

        /// <summary>A Windows container image (Server Core, Nano Server, Server, Windows).</summary>
        Windows,
    }

    /// <summary>What a base image sets that a Dockerfile built FROM it inherits without writing it.</summary>
    public sealed class BaseImageFacts
    {
        // (Declared before Unknown: static fields are initialised in the order they are written.)
        internal static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>(0);
        internal static readonly IReadOnlyCollection<string> NoNames = new string[0];
        internal static readonly BaseImageFacts Unknown = new BaseImageFacts(ImageOs.Linux, NoEnvironment, null);

        internal BaseImageFacts(ImageOs os, IReadOnlyDictionary<string, string> environment, string? defaultUser,
            bool environmentIsComplete = false, IReadOnlyCollection<string>? unsetNames = null)
        {
            Os = os;
            Environment = environment;
            DefaultUser = defaultUser;
            EnvironmentIsComplete = environmentIsComplete;
            UnsetNames = unsetNames ?? NoNames;
        }

        public ImageOs Os { get; }

        /// <summary>ENV values of the image config (visible to ARG/ENV substitution in the stages built FROM it).</summary>
        public IReadOnlyDictionary<string, string> Environment { get; }

        /// <summary>
        /// Whether <see cref="Environment"/> is all the image sets: any other name is unset in a stage built FROM it until the
        /// stage gives it a value.
        /// </summary>
        public bool EnvironmentIsComplete { get; }

        /// <summary>Names the image is known not to set, where the rest of its environment is not known.</summary>
        public IReadOnlyCollection<string> UnsetNames { get; }

        /// <summary>The user the image runs as when no USER follows, when known from its Dockerfile; null when not known.</summary>
        public string? DefaultUser { get; }

        public bool IsWindows => Os == ImageOs.Windows;
    }

    /// <summary>
    /// The one table of facts about well-known base images that the linter cannot read from the Dockerfile itself:
    /// the ENV a base sets (<c>APP_UID</c> of the .NET images) and, for Windows images, which user they run as. Every
    /// entry says where it comes from. A base not in the table has no known ENV and is Linux.
    /// </summary>
    public static class BaseImages
    {
        /// <summary>The Windows built-in account that plays root's part: full administrator of the container.</summary>
        public const string WindowsAdministrator = "ContainerAdministrator";

        /// <summary>The Windows built-in account without administrator rights; what fixes switch a Windows image to.</summary>
        public const string WindowsUser = "ContainerUser";

        // The .NET images (dotnet/dotnet-docker, src/runtime-deps/<version>/<os>/<arch>/Dockerfile) set
        //   ENV APP_UID=1654   # UID of the non-root user 'app'
        // from .NET 8.0 on, in every Linux variant (Debian, Ubuntu, Alpine, Azure Linux, and the chiseled/distroless ones,
        // whose final stage sets it too); runtime, aspnet and sdk are built FROM runtime-deps and inherit it. The 8.0 GA
        // announcement (dotnet/dotnet-docker discussion #4995): "The UID is provided in an environment variable, $APP_UID".
        // The Windows variants (nanoserver-*, windowsservercore-*) do not set it, nor do the images before 8.0. The
        // nightly repositories (mcr.microsoft.com/dotnet/nightly/*) are built from the same Dockerfiles.
        private static readonly string[] DotnetRepositories = { "runtime-deps", "runtime", "aspnet", "sdk" };
        private const string DotnetAppUid = "1654";
        private const int DotnetAppUidSinceMajor = 8;

        private static readonly IReadOnlyDictionary<string, string> DotnetEnvironment =
            new Dictionary<string, string>(StringComparer.Ordinal) { ["APP_UID"] = DotnetAppUid };

        private static readonly IReadOnlyCollection<string> DotnetAppUidUnset = new[] { "APP_UID" };

        // FROM scratch starts from no image at all, so from no environment but the PATH the builder gives a Linux stage whose
        // image has none (moby/buildkit dockerfile2llb, "make sure that PATH is always set": system.DefaultPathEnvUnix). The
        // official Debian, Ubuntu, Alpine and BusyBox images set that PATH only, in every tag (docker-library's images, built
        // from a root filesystem tarball with no ENV: docker-library/official-images, library/{debian,ubuntu,alpine,busybox}).
        private static readonly BaseImageFacts NoEnvironmentButPath = new BaseImageFacts(ImageOs.Linux,
            new Dictionary<string, string> { ["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" }, null, environmentIsComplete: true);
        private static readonly string[] PathOnlyRepositories =
            { "docker.io/library/debian", "docker.io/library/ubuntu", "docker.io/library/alpine", "docker.io/library/busybox" };

        /// <summary>The facts known about <paramref name="image"/> (an image reference after ARG substitution).</summary>
        public static BaseImageFacts Of(string image)
        {
            var (repository, tag) = NonRootImages.SplitReference(image.Trim());
            var repo = repository.ToLowerInvariant();
            var t = tag.ToLowerInvariant();
            var hasDigest = image.IndexOf('@') >= 0;

            var windows = WindowsFacts(repo, t);
            if (windows is not null) return windows;

            if (repo == "scratch" && t.Length == 0 && !hasDigest) return NoEnvironmentButPath;
            if (Array.IndexOf(PathOnlyRepositories, NonRootImages.FullRepository(repo)) >= 0) return NoEnvironmentButPath;
            if (IsDotnetRepository(repo))
            {
                var major = DotnetMajor(t, hasDigest);
                if (major >= DotnetAppUidSinceMajor) return new BaseImageFacts(ImageOs.Linux, DotnetEnvironment, null);
                if (major > 0) return new BaseImageFacts(ImageOs.Linux, BaseImageFacts.NoEnvironment, null, unsetNames: DotnetAppUidUnset);
            }
            return BaseImageFacts.Unknown;
        }

        /// <summary>
        /// Windows images. Docker's default user of a Windows container is ContainerAdministrator ("How to change the user
        /// account for Windows Containers", Microsoft Tech Community, 2022; the Server Core image sets no other). Nano
        /// Server runs as ContainerUser: dotnet/dotnet-docker's nanoserver Dockerfiles switch to ContainerAdministrator to
        /// run setx and back with <c>USER ContainerUser</c>, and their windowsservercore Dockerfiles set no USER.
        /// </summary>
        private static BaseImageFacts? WindowsFacts(string repo, string tag)
        {
            var microsoftWindows = repo == "mcr.microsoft.com/windows" || repo.StartsWith("mcr.microsoft.com/windows/", StringComparison.Ordinal);
            var hub = NonRootImages.FullRepository(repo);
            var legacyHub = hub == "docker.io/microsoft/windowsservercore" || hub == "docker.io/microsoft/nanoserver";
            var nanoTag = tag.Contains("nanoserver");
            var serverCoreTag = tag.Contains("windowsservercore");
            // .NET Framework images (aspnet, runtime, sdk, wcf) exist only as Windows Server Core images, and are mostly
            // named by version alone (`framework/aspnet:4.8`): dotnet/dotnet-framework-docker builds every tag FROM
            // mcr.microsoft.com/windows/servercore and sets no USER.
            var dotnetFramework = repo.StartsWith("mcr.microsoft.com/dotnet/framework/", StringComparison.Ordinal);
            if (!microsoftWindows && !legacyHub && !nanoTag && !serverCoreTag && !dotnetFramework) return null;

            string? user = null;
            if (repo == "mcr.microsoft.com/windows/nanoserver" || (IsDotnetRepository(repo) && nanoTag))
                user = WindowsUser;
            else if (repo == "mcr.microsoft.com/windows/servercore" || repo == "mcr.microsoft.com/windows/server"
                || repo == "mcr.microsoft.com/windows" || dotnetFramework
                || (repo.StartsWith("mcr.microsoft.com/dotnet/", StringComparison.Ordinal) && serverCoreTag))
                user = WindowsAdministrator;
            return new BaseImageFacts(ImageOs.Windows, BaseImageFacts.NoEnvironment, user);
        }

        private static bool IsDotnetRepository(string repo)
        {
            string name;
            if (repo.StartsWith("mcr.microsoft.com/dotnet/nightly/", StringComparison.Ordinal))
                name = repo.Substring("mcr.microsoft.com/dotnet/nightly/".Length);
            else if (repo.StartsWith("mcr.microsoft.com/dotnet/", StringComparison.Ordinal))
                name = repo.Substring("mcr.microsoft.com/dotnet/".Length);
            else return false;
            return Array.IndexOf(DotnetRepositories, name) >= 0;
        }

        /// <summary>
        /// The .NET release a .NET image tag names: a tag that starts with the major version (<c>8.0</c>, <c>9.0-alpine</c>,
        /// <c>8.0.100-noble</c>, <c>10.0-preview</c>, <c>7.0</c>), or no tag / <c>latest</c> (they name the newest release,
        /// which has been 8.0 or later since November 2023, so 8 is returned for them). 0 when the tag does not say: a bare
        /// digest (<c>@sha256:…</c> without a tag) or any other tag.
        /// </summary>
        private static int DotnetMajor(string tag, bool hasDigest)
        {
            if (tag.Length == 0) return hasDigest ? 0 : DotnetAppUidSinceMajor;
            if (tag == "latest") return DotnetAppUidSinceMajor;
            var i = 0;
            var major = 0;
            while (i < tag.Length && tag[i] >= '0' && tag[i] <= '9' && major < 1000)
                major = major * 10 + (tag[i++] - '0');
            return i > 0 && (i == tag.Length || tag[i] == '.' || tag[i] == '-') ? major : 0;
        }
    }
}
