using ContainerLint.Tasks.Engine;

namespace ContainerLint.Package.Tests.Tasks
{
    public class LintItemTests
    {
        [Theory]
        [InlineData("Dockerfile", null, ContainerFileKind.Dockerfile)]
        [InlineData("app.Dockerfile", null, ContainerFileKind.Dockerfile)]
        [InlineData("Containerfile.dev", null, ContainerFileKind.Dockerfile)]
        [InlineData("compose.yaml", null, ContainerFileKind.Compose)]
        [InlineData("docker-compose.override.YML", null, ContainerFileKind.Compose)]
        [InlineData("stack.yml", "Dockerfile", ContainerFileKind.Dockerfile)]
        [InlineData("odd-name", "compose", ContainerFileKind.Compose)]
        public void Kind_comes_from_metadata_or_the_file_name(string name, string? kind, ContainerFileKind expected) =>
            Assert.Equal(expected, LintItem.ParseKind(kind, name));

        [Fact]
        public void Unknown_kind_metadata_is_rejected() => Assert.Null(LintItem.ParseKind("Helm", "chart.yaml"));

        [Fact]
        public void Build_args_parse_from_semicolon_lists()
        {
            var args = LintItem.ParseBuildArgs(" A=1; B = two ;C;=x;D=a=b;E=", out var fromEnvironment);

            Assert.Equal("1", args["A"]);
            Assert.Equal("two", args["B"]);
            Assert.Equal("a=b", args["D"]);
            Assert.Equal("", args["E"]);
            Assert.Equal(4, args.Count);
            // audit 22 L4: --build-arg C takes C from docker build's environment, which the linter does not read.
            Assert.Equal(new[] { "C" }, fromEnvironment);
        }
    }
}
