using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    /// <summary>
    /// <c>dotnet watch</c> builds again when a file of its <c>Watch</c> items changes (dotnet-watch's DotNetWatch.targets
    /// collects them, with the targets named in <c>CustomCollectWatchItems</c>). Audit 30: it watched the C# and the project
    /// file only, so an edited Compose file was linted only after the next C# edit.
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
                .WriteProjectFile("compose.yaml", "services:\n  web:\n    image: nginx\n    user: ${RUN_AS}\n")
                .WriteProjectFile(".env", "RUN_AS=1000\n");
            project.Build();

            var watched = WatchItems(project, "-t:_ContainerLintWatchDependencies");

            var directory = project.ProjectDirectory;
            Assert.Contains(Path.Combine(directory, "Dockerfile"), watched);
            Assert.Contains(Path.Combine(directory, "compose.yaml"), watched);
            Assert.Contains(Path.Combine(directory, ".env"), watched);
        }

        [Fact]
        public void Nothing_is_watched_for_the_lint_when_it_is_turned_off()
        {
            var project = _package.CreateProject("watch-off").WriteProjectFile("Dockerfile", "FROM alpine:3.20\nUSER 1000\n");
            project.Build();

            var watched = WatchItems(project, "-t:_ContainerLintWatchDependencies", "-p:ContainerLintEnabled=false");

            Assert.DoesNotContain(Path.Combine(project.ProjectDirectory, "Dockerfile"), watched);
        }

        private static string[] WatchItems(ConsumerProject project, params string[] arguments)
        {
            var run = DotNetCli.Run(project.ProjectDirectory, new[] { "msbuild", project.ProjectFile, "-nologo", "-getItem:Watch" }.Concat(arguments));
            Assert.True(run.ExitCode == 0, run.ToString());
            var json = run.Output.Substring(run.Output.IndexOf('{'));
            using var document = JsonDocument.Parse(json);
            var items = document.RootElement.GetProperty("Items").GetProperty("Watch");
            return items.EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!).ToArray();
        }
    }
}
