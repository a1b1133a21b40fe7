using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    [Collection(PackageCollection.Name)]
    public class PackageLayoutTests
    {
        private readonly PackageFixture _package;

        public PackageLayoutTests(PackageFixture package) => _package = package;

        [Fact]
        public void Package_has_the_layout_of_design_md_and_nothing_for_lib()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("_rels/") && !n.StartsWith("package/") && n != "[Content_Types].xml")
                .OrderBy(n => n, System.StringComparer.Ordinal).ToList();

            foreach (var expected in new[]
                     {
                         "ContainerLint.nuspec", "README.md", "LICENSE",
                         "build/ContainerLint.props", "build/ContainerLint.targets",
                         "build/ContainerLint.Strict.globalconfig", "build/ContainerLint.Minimum.globalconfig",
                         "buildTransitive/ContainerLint.props", "buildTransitive/ContainerLint.targets",
                         "buildMultiTargeting/ContainerLint.props", "buildMultiTargeting/ContainerLint.targets",
                         "tasks/net8.0/ContainerLint.Tasks.dll", "tasks/net8.0/ContainerLint.Core.dll", "tasks/net8.0/ContainerLint.Compose.dll",
                         "tasks/net8.0/YamlDotNet.dll", "tasks/net8.0/ContainerLint.Tasks.deps.json",
                         "tasks/net472/ContainerLint.Tasks.dll", "tasks/net472/ContainerLint.Core.dll", "tasks/net472/ContainerLint.Compose.dll",
                         "tasks/net472/YamlDotNet.dll",
                     })
                Assert.Contains(expected, entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/") || e.StartsWith("ref/") || e.StartsWith("contentFiles/"));
            Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/") && e.EndsWith("YamlDotNet.dll"));
            Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build"));
            if (entries.Any(e => e.StartsWith("analyzers/")))
                Assert.Equal(new[] { "analyzers/dotnet/cs/ContainerLint.Analyzers.dll", "analyzers/dotnet/cs/ContainerLint.CodeFixes.dll", "analyzers/dotnet/cs/ContainerLint.Core.dll" },
                    entries.Where(e => e.StartsWith("analyzers/")).ToArray());
        }

        // What the runtime checks before it loads an image: its PE machine is the architecture's, exclusive-or'd with a
        // constant for the OS it was made for (dotnet/runtime, src/coreclr/inc/pedecoder.h, IMAGE_FILE_MACHINE_NATIVE_OS_OVERRIDE).
        private static readonly (string Host, ushort Machine)[] ReadyToRunHosts =
        {
            ("win-x64", 0x8664), ("win-arm64", 0xAA64),
            ("linux-x64", 0x8664 ^ 0x7B79), ("linux-arm64", 0xAA64 ^ 0x7B79),
            ("osx-x64", 0x8664 ^ 0x4644), ("osx-arm64", 0xAA64 ^ 0x4644),
        };

        /// <summary>The host name build/ContainerLint.targets gives this process (null where the package has no image for it).</summary>
        internal static string? HostRuntimeIdentifier()
        {
            string? os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx" : null;
            var host = os + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
            return os is not null && ReadyToRunHosts.Any(h => h.Host == host) ? host : null;
        }

        [Fact]
        public void ReadyToRun_images_are_the_analyzer_precompiled_for_the_host_their_folder_names()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            var runtime = "r2r/net" + System.Environment.Version.Major + "/";

            foreach (var (host, machine) in ReadyToRunHosts)
            {
                foreach (var assembly in new[] { "ContainerLint.Core.dll", "ContainerLint.Analyzers.dll" })
                {
                    using var il = new PEReader(Bytes(zip, "analyzers/dotnet/cs/" + assembly));
                    using var image = new PEReader(Bytes(zip, runtime + host + "/" + assembly));
                    Assert.Equal(machine, (ushort)image.PEHeaders.CoffHeader.Machine);
                    Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, host + "/" + assembly + " has no ReadyToRun code");
                    Assert.Equal(Mvid(il), Mvid(image));
                }
                Assert.Equal(Bytes(zip, "analyzers/dotnet/cs/ContainerLint.CodeFixes.dll").ToArray(), Bytes(zip, runtime + host + "/ContainerLint.CodeFixes.dll").ToArray());
            }
            Assert.Equal(ReadyToRunHosts.Length * 3, zip.Entries.Count(e => e.FullName.StartsWith("r2r/", System.StringComparison.Ordinal)));
        }

        private static MemoryStream Bytes(ZipArchive zip, string name)
        {
            var entry = zip.GetEntry(name);
            Assert.True(entry is not null, name + " is not in the package");
            var bytes = new MemoryStream();
            using (var stream = entry!.Open()) stream.CopyTo(bytes);
            bytes.Position = 0;
            return bytes;
        }

        private static System.Guid Mvid(PEReader pe)
        {
            var metadata = pe.GetMetadataReader();
            return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        }

        [Fact]
        public void Nuspec_is_a_development_dependency_without_dependencies()
        {
            using var zip = ZipFile.OpenRead(_package.PackagePath);
            using var stream = zip.GetEntry("ContainerLint.nuspec")!.Open();
            var nuspec = XDocument.Load(stream);
            var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            Assert.Equal("ContainerLint", Value("id"));
            Assert.Equal(_package.Version, Value("version"));
            Assert.Equal("true", Value("developmentDependency"));
            Assert.Equal("MIT", Value("license"));
            Assert.Equal("README.md", Value("readme"));
            Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies"));
        }
    }
}
