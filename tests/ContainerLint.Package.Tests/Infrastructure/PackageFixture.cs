using System;
using System.Globalization;
using System.IO;

namespace ContainerLint.Package.Tests.Infrastructure
{
    /// <summary>
    /// Packs the ContainerLint package once per test run into a private feed, with a version no earlier run used
    /// (0.1.0-e2e.&lt;time&gt;), so the shared global packages folder never serves a stale copy; the copy restored
    /// there is deleted again at the end. Consumer projects come from <see cref="CreateProject"/>.
    /// Used by the package's own tests and by the analyzer's end-to-end tests (xunit collection "Package").
    /// </summary>
    public sealed class PackageFixture : IDisposable
    {
        public PackageFixture()
        {
            Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
            WorkRoot = Path.Combine(Path.GetTempPath(), "containerlint-e2e", Version);
            FeedDirectory = Path.Combine(WorkRoot, "feed");
            Directory.CreateDirectory(FeedDirectory);

            PackResult = DotNetCli.Run(TestPaths.RepoRoot, new[]
            {
                "pack", Path.Combine(TestPaths.RepoRoot, "src", "ContainerLint.Package", "ContainerLint.Package.csproj"),
                "-c", "Release", "-o", FeedDirectory, "--artifacts-path", Path.Combine(WorkRoot, "artifacts"),
                "-p:Version=" + Version, "-nodeReuse:false",
            }, timeout: TimeSpan.FromMinutes(8));
            PackagePath = Path.Combine(FeedDirectory, "ContainerLint." + Version + ".nupkg");
            if (PackResult.ExitCode != 0 || !File.Exists(PackagePath))
                throw new InvalidOperationException("Packing ContainerLint failed:\n" + PackResult);
        }

        public string Version { get; }
        public string WorkRoot { get; }
        public string FeedDirectory { get; }
        public string PackagePath { get; }
        public CommandResult PackResult { get; }

        private int _projects;

        /// <summary>A fresh folder with a nuget.config (this feed for ContainerLint, nuget.org for the rest) and a project in <paramref name="projectFolder"/>.</summary>
        public ConsumerProject CreateProject(string name, string projectFolder = "app")
        {
            var root = Path.Combine(WorkRoot, "projects", System.Threading.Interlocked.Increment(ref _projects).ToString("00", CultureInfo.InvariantCulture) + "-" + name);
            return new ConsumerProject(this, root, projectFolder);
        }

        public void Dispose()
        {
            TryDelete(WorkRoot);
            var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (string.IsNullOrEmpty(globalPackages))
                globalPackages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            TryDelete(Path.Combine(globalPackages, "containerlint", Version.ToLowerInvariant()));
        }

        private static void TryDelete(string path)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "Package";
    }
}
