using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    /// <summary>
    /// <c>dotnet watch</c> builds again when a file of its <c>Watch</c> items changes: it runs <c>GenerateWatchList</c> of
    /// the SDK's DotNetWatch.targets (imported as <c>CustomAfterMicrosoftCommonTargets</c>, in a design-time build), as
    /// these tests do. Audit 30: it watched the C# and the project file only, so an edited Compose file was linted only
    /// after the next C# edit; audit 32: the files the last lint read were still not watched.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class DotnetWatchTests
    {
        private readonly PackageFixture _package;

        public DotnetWatchTests(PackageFixture package) => _package = package;

        [Fact]
        public void Container_files_and_the_files_the_last_lint_read_are_watched()
        {
            var project = _package.CreateProject("watch")
                .WriteProjectFile("Dockerfile", "FROM alpine:3.20\nUSER 1000\n")
                .WriteProjectFile("compose.yaml", "services:\n  web:\n    extends: {file: lib.yml, service: base}\n    user: ${RUN_AS}\n")
                .WriteProjectFile("lib.yml", "services:\n  base:\n    image: nginx\n")
                .WriteProjectFile(".env", "RUN_AS=1000\n");
            project.Build();

            var watched = WatchItems(project);

            var directory = project.ProjectDirectory;
            Assert.Contains(Path.Combine(directory, "Dockerfile"), watched);
            Assert.Contains(Path.Combine(directory, "compose.yaml"), watched);
            Assert.Contains(Path.Combine(directory, ".env"), watched);
            Assert.Contains(Path.Combine(directory, "lib.yml"), watched);
        }

        [Fact]
        public void Nothing_is_watched_for_the_lint_when_it_is_turned_off()
        {
            var project = _package.CreateProject("watch-off").WriteProjectFile("Dockerfile", "FROM alpine:3.20\nUSER 1000\n");
            project.Build();

            var watched = WatchItems(project, "-p:ContainerLintEnabled=false");

            Assert.DoesNotContain(Path.Combine(project.ProjectDirectory, "Dockerfile"), watched);
        }

        /// <summary>The files dotnet watch would watch: its own command (dotnet-watch's MSBuildFileSetFactory), items read after it.</summary>
        private static string[] WatchItems(ConsumerProject project, params string[] arguments)
        {
            var sdk = DotNetCli.Run(project.ProjectDirectory, new[] { "msbuild", project.ProjectFile, "-nologo", "-getProperty:MSBuildExtensionsPath" });
            Assert.True(sdk.ExitCode == 0, sdk.ToString());
            var watchTargets = Directory.GetFiles(Path.Combine(sdk.Output.Trim(), "DotnetTools", "dotnet-watch"), "DotNetWatch.targets", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal).Last();
            var run = DotNetCli.Run(project.ProjectDirectory, new[]
            {
                "msbuild", project.ProjectFile, "-nologo", "-t:GenerateWatchList", "-getItem:Watch",
                "-p:_DotNetWatchListFile=" + Path.Combine(project.ProjectDirectory, "obj", "watch-list.tmp"), "-p:DotNetWatchBuild=true",
                "-p:DesignTimeBuild=true", "-p:CustomAfterMicrosoftCommonTargets=" + watchTargets,
            }.Concat(arguments));
            Assert.True(run.ExitCode == 0, run.ToString());
            var json = run.Output.Substring(run.Output.IndexOf('{'));
            using var document = JsonDocument.Parse(json);
            var items = document.RootElement.GetProperty("Items").GetProperty("Watch");
            return items.EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!).ToArray();
        }
    }
}
