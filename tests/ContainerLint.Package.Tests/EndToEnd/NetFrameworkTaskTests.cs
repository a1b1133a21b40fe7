using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    /// <summary>
    /// Visual Studio and MSBuild.exe run the package's <c>tasks/net472</c> task, which the SDK builds on this machine
    /// never load. Here it runs on Mono, the .NET Framework runtime a Linux machine can have: a .NET Framework 4.7.2
    /// program (NetFrameworkHost) with MSBuild 17.7's assemblies and their dependencies beside it, as in MSBuild.exe's
    /// folder, loads the task from the packed package by path and runs the lint and report steps of the targets. That
    /// the task's dependencies are all packed, that its netstandard libraries bind on .NET Framework and that what it
    /// logs is what the net8.0 task logs are checked here; Visual Studio's own binding redirects are not.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class NetFrameworkTaskTests
    {
        private readonly PackageFixture _package;

        public NetFrameworkTaskTests(PackageFixture package) => _package = package;

        [SkippableFact]
        public void Net472_task_of_the_package_reports_the_same_findings_on_a_NET_Framework_runtime()
        {
            var mono = FindOnPath("mono");
            Skip.If(mono is null, "Mono is not installed (Debian: apt-get install mono-devel), so the net472 task cannot run here");

            var work = Path.Combine(_package.WorkRoot, "net472");
            var tasks = Path.Combine(work, "tasks");
            Directory.CreateDirectory(tasks);
            using (var zip = ZipFile.OpenRead(_package.PackagePath))
                foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("tasks/net472/", StringComparison.Ordinal) && e.Name.Length > 0))
                    entry.ExtractToFile(Path.Combine(tasks, entry.Name));

            var host = Path.Combine(work, "host");
            Directory.CreateDirectory(host);
            foreach (var file in new[] { "NetFrameworkHost.csproj", "Program.cs" })
                File.Copy(TestPaths.Repo("tests", "ContainerLint.Package.Tests", "NetFrameworkHost", file), Path.Combine(host, file));
            File.WriteAllText(Path.Combine(host, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(host, "Directory.Build.targets"), "<Project />\n");
            var built = DotNetCli.Run(host, new[] { "build", "-c", "Release", "-o", Path.Combine(host, "out"), "-nodeReuse:false" });
            Assert.True(built.ExitCode == 0, built.ToString());

            var project = Path.Combine(work, "consumer", "app");
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, "Dockerfile"), Samples.Dockerfile);
            File.WriteAllText(Path.Combine(project, "compose.yaml"), Samples.Compose);

            var run = DotNetCli.RunProgram(mono!, project, new[]
            {
                Path.Combine(host, "out", "NetFrameworkHost.exe"), tasks, project, "Dockerfile=Dockerfile", "compose.yaml=Compose",
            });

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("runtime: Mono", run.Output, StringComparison.Ordinal);
            // As the net8.0 task in `dotnet build` (DiagnosticsTests): same findings, same places, same severities.
            var result = new BuildResult(run, Path.GetDirectoryName(project)!);
            Assert.Equal(new[] { Samples.ComposeError, Samples.DockerfileWarning }, result.WarningsAndErrors);
            Assert.Equal(new[] { Samples.DockerfileSuggestion }, result.Messages);
            Assert.Contains("[https://github.com/containerlint/containerlint/blob/main/docs/rules/CTL1003.md]", run.Output, StringComparison.Ordinal);
            // The error fails the report step, as it fails the build.
            Assert.Contains("lint task: True, report task: False", run.Output, StringComparison.Ordinal);

            var sarif = File.ReadAllText(Path.Combine(project, "obj", "containerlint.sarif"));
            Assert.Empty(SarifSchema.Validate(sarif));
            using var document = JsonDocument.Parse(sarif);
            var ruleIds = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString()).OrderBy(id => id, StringComparer.Ordinal);
            Assert.Equal(new[] { "CTL1001", "CTL1003", "CTL1006" }, ruleIds);
        }

        private static string? FindOnPath(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, program))
                .FirstOrDefault(File.Exists);
    }
}
