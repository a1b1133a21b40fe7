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
    /// folder, loads the tasks from the packed package by path and runs a build's lint and report steps, the fix target
    /// and a build again. That the tasks' dependencies are all packed, that their netstandard libraries bind on .NET
    /// Framework and that they log and fix what the net8.0 tasks do are checked here; Visual Studio's own binding
    /// redirects are not.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class NetFrameworkTaskTests
    {
        private readonly PackageFixture _package;

        public NetFrameworkTaskTests(PackageFixture package) => _package = package;

        [SkippableFact]
        public void Net472_tasks_of_the_package_lint_report_and_fix_on_a_NET_Framework_runtime()
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
            var parts = run.Output.Split("after the fix:");
            Assert.True(parts.Length == 2, run.ToString());
            var root = Path.GetDirectoryName(project)!;

            // The build: as the net8.0 task in `dotnet build` (DiagnosticsTests), the same findings at the same places with
            // the same severities, and the error fails the report step as it fails the build.
            var build = new BuildResult(new CommandResult(run.CommandLine, run.ExitCode, parts[0], run.Elapsed), root);
            Assert.Equal(new[] { Samples.ComposeError, Samples.DockerfileWarning }, build.WarningsAndErrors);
            Assert.Equal(new[] { Samples.DockerfileSuggestion }, build.Messages);
            Assert.Contains("[https://github.com/containerlint/containerlint/blob/main/docs/rules/CTL1003.md]", parts[0], StringComparison.Ordinal);
            Assert.Contains("lint task: True, report task: False", parts[0], StringComparison.Ordinal);

            // The fix (ContainerLintFix, as FixTargetTests): the non-root user, privileged removed; the next build is clean.
            Assert.Contains("fix task: True", parts[0], StringComparison.Ordinal);
            Assert.Contains("USER 10001\n", File.ReadAllText(Path.Combine(project, "Dockerfile")), StringComparison.Ordinal);
            Assert.DoesNotContain("privileged", File.ReadAllText(Path.Combine(project, "compose.yaml")), StringComparison.Ordinal);
            var rebuilt = new BuildResult(new CommandResult(run.CommandLine, run.ExitCode, parts[1], run.Elapsed), root);
            Assert.Empty(rebuilt.WarningsAndErrors);
            Assert.Equal(new[] { Samples.DockerfileSuggestion }, rebuilt.Messages);
            Assert.Contains("lint task: True, report task: True", parts[1], StringComparison.Ordinal);

            var sarif = File.ReadAllText(Path.Combine(project, "obj", "containerlint.sarif"));
            Assert.Empty(SarifSchema.Validate(sarif));
            using var document = JsonDocument.Parse(sarif);
            var ruleIds = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString());
            Assert.Equal(new[] { "CTL1006" }, ruleIds);
        }

        private static string? FindOnPath(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, program))
                .FirstOrDefault(File.Exists);
    }
}
