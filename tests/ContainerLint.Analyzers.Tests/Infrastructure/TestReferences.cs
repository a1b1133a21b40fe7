using System;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ContainerLint.Analyzers.Tests.Infrastructure
{
    /// <summary>Which library the code under test compiles against.</summary>
    public enum DockerLibrary
    {
        None,
        DockerDotNet,
        DockerDotNetEnhanced,
        /// <summary>The newest Docker.DotNet.Enhanced served (4.4.1; the other tests use 4.3.3, which Testcontainers 4.16 wants).</summary>
        DockerDotNetEnhanced44,
        Testcontainers,
        /// <summary>Testcontainers 3.x, which builds on Docker.DotNet 3.x (4.x moved to Docker.DotNet.Enhanced).</summary>
        Testcontainers3,
    }

    /// <summary>
    /// The reference assemblies of the code under test, from the packages folder restore fills (PackageDownload in
    /// the project file); nothing is downloaded while tests run.
    /// </summary>
    internal static class TestReferences
    {
        public static string PackageRoot { get; } = FindPackageRoot();

        /// <summary>net8.0 reference assemblies from the served Microsoft.NETCore.App.Ref (versions.md).</summary>
        public static ReferenceAssemblies Net80 { get; } = new ReferenceAssemblies(
                "net8.0",
                new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.28"),
                Path.Combine("ref", "net8.0"))
            .WithNuGetConfigFilePath(WriteOfflineNuGetConfig());

        public static ImmutableArray<MetadataReference> For(DockerLibrary library) => library switch
        {
            DockerLibrary.DockerDotNet => Files(
                Package("docker.dotnet", "3.125.15", "lib/netstandard2.0/Docker.DotNet.dll"),
                Package("newtonsoft.json", "13.0.1", "lib/netstandard2.0/Newtonsoft.Json.dll")),
            DockerLibrary.DockerDotNetEnhanced => Files(EnhancedFiles()),
            DockerLibrary.DockerDotNetEnhanced44 => Files(EnhancedFiles("4.4.1")),
            DockerLibrary.Testcontainers => Files(Append(EnhancedFiles(),
                Package("testcontainers", "4.16.0", "lib/net8.0/Testcontainers.dll"))),
            DockerLibrary.Testcontainers3 => Files(
                Package("docker.dotnet", "3.125.15", "lib/netstandard2.0/Docker.DotNet.dll"),
                Package("newtonsoft.json", "13.0.1", "lib/netstandard2.0/Newtonsoft.Json.dll"),
                Package("testcontainers", "3.10.0", "lib/net8.0/Testcontainers.dll")),
            _ => ImmutableArray<MetadataReference>.Empty,
        };

        private static string[] EnhancedFiles(string version = "4.3.3") => new[]
        {
            Package("docker.dotnet.enhanced", version, "lib/net8.0/Docker.DotNet.dll"),
            Package("docker.dotnet.enhanced.handler.abstractions", version, "lib/net8.0/Docker.DotNet.Handler.Abstractions.dll"),
            Package("microsoft.extensions.logging.abstractions", "8.0.3", "lib/net8.0/Microsoft.Extensions.Logging.Abstractions.dll"),
        };

        private static string[] Append(string[] files, string file)
        {
            var result = new string[files.Length + 1];
            files.CopyTo(result, 0);
            result[files.Length] = file;
            return result;
        }

        private static ImmutableArray<MetadataReference> Files(params string[] paths)
        {
            var builder = ImmutableArray.CreateBuilder<MetadataReference>();
            foreach (var path in paths)
            {
                if (!File.Exists(path)) throw new FileNotFoundException("Restore the test project first (PackageDownload): " + path, path);
                builder.Add(MetadataReference.CreateFromFile(path));
            }
            return builder.ToImmutable();
        }

        private static string Package(string id, string version, string file) =>
            Path.Combine(PackageRoot, id, version, file.Replace('/', Path.DirectorySeparatorChar));

        private static string FindPackageRoot()
        {
            foreach (var attribute in typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
                if (attribute is { Key: "NuGetPackageRoot", Value: { Length: > 0 } root } && Directory.Exists(root))
                    return root;
            var fromEnvironment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        /// <summary>
        /// A NuGet.config whose only source is the packages folder itself: the reference pack is already there (restore
        /// put it there), so resolving it never goes to the network.
        /// </summary>
        private static string WriteOfflineNuGetConfig()
        {
            var directory = Path.Combine(Path.GetTempPath(), "containerlint-analyzer-tests");
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, "NuGet.config");
            var root = PackageRoot.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var content =
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <config>\n    <add key=\"globalPackagesFolder\" value=\"" + root + "\" />\n  </config>\n" +
                "  <packageSources>\n    <clear />\n    <add key=\"packages\" value=\"" + root + "\" />\n  </packageSources>\n</configuration>\n";
            if (!File.Exists(path) || File.ReadAllText(path) != content)
            {
                var temp = path + "." + Guid.NewGuid().ToString("N");
                File.WriteAllText(temp, content);
                File.Move(temp, path, overwrite: true);
            }
            return path;
        }
    }
}
