using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    /// <summary>
    /// Which container files a project lints without listing them: those under its folder, not the copies in its build
    /// output nor what tools keep beside it (design.md: "skipping bin/, obj/, node_modules/, .git/").
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class DefaultItemsTests
    {
        private const string RootDockerfile = "FROM alpine:3.20\nUSER root\n";

        private readonly PackageFixture _package;

        public DefaultItemsTests(PackageFixture package) => _package = package;

        [Fact]
        public void Container_files_in_output_and_tool_folders_are_not_linted()
        {
            var project = _package.CreateProject("default-items")
                .Property("BaseOutputPath", "out/")
                .WriteProjectFile("Dockerfile", RootDockerfile)
                .WriteProjectFile("deploy/Dockerfile", RootDockerfile)
                .WriteProjectFile("bin/Debug/Dockerfile", RootDockerfile)
                .WriteProjectFile("obj/compose.yaml", "services:\n  a: {image: a, privileged: true}\n")
                .WriteProjectFile("node_modules/tool/Dockerfile", RootDockerfile)
                .WriteProjectFile(".git/Dockerfile", RootDockerfile)
                .WriteProjectFile("out/Release/net10.0/publish/Dockerfile", RootDockerfile)
                // The ignore files named after a Dockerfile or Containerfile (BuildKit's <Dockerfile>.dockerignore, Podman's
                // <Containerfile>.containerignore, audit 133 T133-2) match Dockerfile.* but are no Dockerfiles.
                .WriteProjectFile("Dockerfile.dockerignore", ".git\nbin/\n")
                .WriteProjectFile("Containerfile.containerignore", ".git\nbin/\n")
                .WriteProjectFile("Dockerfile.containerignore", ".git\nbin/\n");

            var result = project.Build();

            Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(2,1)", "warning CTL1001 app/deploy/Dockerfile(2,1)" }, result.WarningsAndErrors);
        }

        [Fact]
        public void Container_files_in_the_artifacts_output_are_not_linted()
        {
            // audit 18, M1: a Dockerfile published to artifacts/publish/ was reported again, and a stale copy kept failing
            // the build after the project's own file was fixed.
            var project = _package.CreateProject("artifacts-output")
                .WriteProjectFile("Directory.Build.props", """
                    <Project>
                      <PropertyGroup>
                        <UseArtifactsOutput>true</UseArtifactsOutput>
                        <ArtifactsPath>$(MSBuildThisFileDirectory)artifacts</ArtifactsPath>
                      </PropertyGroup>
                    </Project>
                    """)
                .WriteProjectFile("Dockerfile", RootDockerfile)
                .WriteProjectFile("artifacts/publish/app/release/Dockerfile", RootDockerfile)
                .WriteProjectFile("artifacts/publish/app/release/compose.yaml", "services:\n  a: {image: a, privileged: true}\n");

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "warning CTL1001 app/Dockerfile(2,1)" }, result.WarningsAndErrors);
        }
    }
}
