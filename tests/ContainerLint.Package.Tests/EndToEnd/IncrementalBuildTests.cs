using System;
using System.IO;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    [Collection(PackageCollection.Name)]
    public class IncrementalBuildTests
    {
        private readonly PackageFixture _package;

        public IncrementalBuildTests(PackageFixture package) => _package = package;

        [Fact]
        public void Up_to_date_build_skips_the_lint_but_reports_the_same_findings()
        {
            var project = _package.CreateProject("incremental")
                .WriteProjectFile("Dockerfile", Samples.Dockerfile)
                .WriteProjectFile("compose.yaml", Samples.Compose);
            var first = project.Build();

            var second = project.Build();

            Assert.Equal(first.WarningsAndErrors, second.WarningsAndErrors);
            Assert.Equal(first.Messages, second.Messages);
            Assert.Contains("Skipping target \"_ContainerLintAnalyze\" because all output files are up-to-date", second.Output);
            Assert.False(second.Succeeded, second.ToString());
        }

        [Fact]
        public void Changing_a_file_or_the_editorconfig_lints_again()
        {
            var project = _package.CreateProject("incremental-change").WriteProjectFile("Dockerfile", Samples.Dockerfile);
            project.Build();

            project.WriteProjectFile("Dockerfile", "FROM alpine:3.20\nUSER 0\n");
            var afterEdit = project.Build();
            Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(2,1)" }, afterEdit.WarningsAndErrors);

            // A new .editorconfig where the last lint looked for one and found none.
            project.WriteProjectFile(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.CTL1001.severity = error\n");
            var afterNewConfig = project.Build();
            Assert.Equal(new[] { "error CTL1001 app/Dockerfile(2,1)" }, afterNewConfig.WarningsAndErrors);

            project.WriteProjectFile(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.CTL1001.severity = suggestion\n");
            var afterConfig = project.Build();
            Assert.Empty(afterConfig.WarningsAndErrors);
            Assert.Equal(new[] { "message CTL1001 app/Dockerfile(2,1)" }, afterConfig.Messages);
        }

        [Fact]
        public void A_file_given_new_content_with_an_older_time_is_linted_again()
        {
            // cp -p, tar, unzip, rsync -a: the content changes, its time goes back before the last lint's output.
            var project = _package.CreateProject("incremental-older").WriteProjectFile("Dockerfile", "FROM alpine:3.20\nUSER 1000\n");
            var first = project.Build();
            var path = Path.Combine(project.ProjectDirectory, "Dockerfile");
            var earlier = File.GetLastWriteTimeUtc(path).AddHours(-1);
            File.WriteAllText(path, "FROM alpine:3.20\nUSER 0\n");
            File.SetLastWriteTimeUtc(path, earlier);

            var second = project.Build();

            Assert.Empty(first.WarningsAndErrors);
            Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(2,1)" }, second.WarningsAndErrors);
        }

        [SkippableFact]
        public void Editing_the_file_a_linked_Dockerfile_points_to_lints_again()
        {
            Skip.If(OperatingSystem.IsWindows(), "creating a symbolic link needs a privilege on Windows");
            // MSBuild's own check of a target's inputs takes the link's time, not its target's.
            var project = _package.CreateProject("incremental-link").WriteFile("shared/Dockerfile", "FROM alpine:3.20\nUSER 1000\n");
            File.CreateSymbolicLink(Path.Combine(project.ProjectDirectory, "Dockerfile"), Path.Combine(project.Root, "shared", "Dockerfile"));
            var first = project.Build();

            project.WriteFile("shared/Dockerfile", "FROM alpine:3.20\nUSER root\n");
            var second = project.Build();

            Assert.Empty(first.WarningsAndErrors);
            Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(2,1)" }, second.WarningsAndErrors);
        }

        [Fact]
        public void A_build_with_the_lint_turned_off_leaves_the_next_build_up_to_date()
        {
            // Audit 29 (R6): the disabled build's IncrementalClean deleted the files the build before had listed.
            var project = _package.CreateProject("incremental-disabled").WriteProjectFile("Dockerfile", Samples.Dockerfile);
            var first = project.Build();
            var disabled = project.Build("-p:ContainerLintEnabled=false");

            var again = project.Build();

            Assert.Empty(disabled.WarningsAndErrors);
            Assert.Contains("Skipping target \"_ContainerLintAnalyze\" because all output files are up-to-date", again.Output);
            Assert.Equal(first.WarningsAndErrors, again.WarningsAndErrors);
        }

        [Fact]
        public void Properties_given_on_the_command_line_apply_without_relinting()
        {
            var project = _package.CreateProject("incremental-props").WriteProjectFile("Dockerfile", Samples.Dockerfile);
            project.Build();

            var result = project.Build("-p:TreatWarningsAsErrors=true");

            Assert.Contains("Skipping target \"_ContainerLintAnalyze\"", result.Output);
            Assert.Equal(new[] { "error CTL1001 app/Dockerfile(3,1)" }, result.WarningsAndErrors);
        }
    }
}
