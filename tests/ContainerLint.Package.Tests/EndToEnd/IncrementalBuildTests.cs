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
