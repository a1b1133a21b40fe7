using System.IO.Compression;
using System.Linq;
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
