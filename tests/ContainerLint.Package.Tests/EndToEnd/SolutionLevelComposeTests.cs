using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    [Collection(PackageCollection.Name)]
    public class SolutionLevelComposeTests
    {
        private readonly PackageFixture _package;

        public SolutionLevelComposeTests(PackageFixture package) => _package = package;

        [Fact]
        public void Compose_file_above_the_project_is_linted_with_its_override_and_the_Dockerfile_it_builds()
        {
            // compose.yaml at the solution root builds app/Dockerfile with target "final"; the Dockerfile is also a
            // default item of the project: it is linted with the build's target and reported once.
            var project = _package.CreateProject("solution-compose")
                .WriteFile("compose.yaml", """
                    services:
                      api:
                        build:
                          context: ./app
                          target: final
                        cap_drop: [ALL]
                        read_only: true
                        security_opt: [no-new-privileges:true]

                    """)
                .WriteFile("compose.override.yaml", """
                    services:
                      api:
                        pid: host

                    """)
                .WriteProjectFile("Dockerfile", """
                    FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
                    USER root
                    RUN dotnet --info

                    FROM mcr.microsoft.com/dotnet/runtime:8.0 AS final
                    USER app

                    FROM final AS debug
                    USER root

                    """)
                .Item("<ContainerLintFile Include=\"../compose.yaml\" />");

            var result = project.Build();

            Assert.False(result.Succeeded, result.ToString());
            // Stage "final" runs as app: the USER root of stage "debug" (the file's last stage) is not reported.
            Assert.Equal(new[] { "error CTL5001 compose.override.yaml(3,10)" }, result.WarningsAndErrors);
        }

        [Fact]
        public void Dockerfile_outside_the_project_is_linted_with_the_BuildTarget_and_BuildArgs_of_its_item()
        {
            // The item of README's "Files outside the project": stage "final" runs as ${APP_USER}, root from the build
            // args; the last stage ("debug") would be root anyway and must not be the one read.
            var project = _package.CreateProject("item-build-target")
                .WriteFile("deploy/app.dockerfile", """
                    FROM mcr.microsoft.com/dotnet/runtime:8.0 AS final
                    ARG APP_USER=app
                    USER ${APP_USER}
                    CMD ["dotnet", "app.dll"]

                    FROM final AS debug
                    USER app
                    RUN chmod u+s /usr/bin/find

                    """)
                .Property("LintStage", "final")
                .Item("<ContainerLintFile Include=\"../deploy/app.dockerfile\" BuildTarget=\"$(LintStage)\" BuildArgs=\"APP_USER=0;UNUSED=1\" />");

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            // CTL1001 at final's USER (APP_USER=0 is root); nothing from stage "debug" (its chmod +s is not built).
            Assert.Equal(new[] { "warning CTL1001 deploy/app.dockerfile(3,1)" }, result.WarningsAndErrors);

            // Another stage is another lint, although no file changed: the item's metadata is an input of the lint.
            var debug = project.Property("LintStage", "debug").Build();
            Assert.Equal(new[] { "warning CTL1005 deploy/app.dockerfile(8,1)" }, debug.WarningsAndErrors);
        }

        [Fact]
        public void Item_for_a_file_the_default_glob_already_takes_gives_its_BuildTarget_and_BuildArgs()
        {
            // README's example inside the project: deploy/app.dockerfile matches **/*.dockerfile, so the package's glob
            // has an item for it before the project's own; the project's metadata must still apply.
            var project = _package.CreateProject("globbed-item-metadata")
                .WriteProjectFile("deploy/app.dockerfile", """
                    FROM mcr.microsoft.com/dotnet/runtime:8.0 AS final
                    ARG APP_USER=app
                    USER ${APP_USER}
                    CMD ["dotnet", "app.dll"]

                    FROM final AS debug
                    USER app
                    RUN chmod u+s /usr/bin/find

                    """)
                .Item("<ContainerLintFile Include=\"deploy/app.dockerfile\" BuildTarget=\"final\" BuildArgs=\"APP_USER=0\" />");

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "warning CTL1001 app/deploy/app.dockerfile(3,1)" }, result.WarningsAndErrors);
        }

        [Fact]
        public void Item_BuildTarget_that_names_no_stage_is_a_CTL9001_at_the_Dockerfiles_first_line_and_is_not_fixed()
        {
            // audit 18, L1: docker build --target nope stops. Stage "debug", the last, was linted (and fixed) in its place.
            const string dockerfile = """
                FROM mcr.microsoft.com/dotnet/runtime:8.0 AS final
                USER app

                FROM final AS debug
                USER root

                """;
            var project = _package.CreateProject("item-unknown-build-target")
                .WriteProjectFile("deploy/app.dockerfile", dockerfile)
                .Item("<ContainerLintFile Include=\"deploy/app.dockerfile\" BuildTarget=\"nope\" />");

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            var finding = Assert.Single(result.ContainerLint);
            Assert.Equal("warning CTL9001 app/deploy/app.dockerfile(1,1)", finding.Key);
            Assert.Contains("the build target 'nope' names no stage of this Dockerfile (its stages: final, debug)", finding.Message);

            var fix = project.Build("-t:ContainerLintFix");
            Assert.True(fix.Succeeded, fix.ToString());
            Assert.Equal(dockerfile, project.ReadFile("app/deploy/app.dockerfile"));
        }

        [Fact]
        public void Compose_yaml_is_merged_with_a_docker_compose_override_yml_beside_it()
        {
            // Mixed naming: docker compose reads the first default base and the first default override independently
            // (compose-go cli.DefaultFileNames / DefaultOverrideFileNames), so the override unprivileges the service.
            var project = _package.CreateProject("compose-mixed-override")
                .WriteProjectFile("compose.yaml", """
                    services:
                      a:
                        image: nginx
                        privileged: true
                        cap_add: [SYS_ADMIN]

                    """)
                .WriteProjectFile("docker-compose.override.yml", """
                    services:
                      a:
                        privileged: false
                        cap_add: !reset []

                    """);

            var result = project.Build();

            Assert.True(result.Succeeded, result.ToString());
            Assert.Empty(result.WarningsAndErrors);
        }

        [Fact]
        public void Overlay_beside_its_base_is_linted_merged_with_it()
        {
            // docker compose -f compose.yaml -f compose.prod.yaml: the service is hardened in the base, so the overlay's
            // service (no image of its own) lacks nothing; what the overlay adds is reported there.
            var project = _package.CreateProject("compose-overlay")
                .WriteProjectFile("compose.yaml", """
                    services:
                      web:
                        image: nginx
                        user: "101"
                        read_only: true
                        cap_drop: [ALL]
                        security_opt: [no-new-privileges:true]

                    """)
                .WriteProjectFile("compose.prod.yaml", """
                    services:
                      web:
                        environment:
                          MODE: prod
                        pid: host

                    """);

            var result = project.Build("-p:ContainerLintMode=Strict");

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(new[] { "error CTL5001 app/compose.prod.yaml(5,10)" }, result.WarningsAndErrors);
        }

        [Fact]
        public void Included_file_outside_the_project_is_linted_and_editing_it_lints_again()
        {
            // The project's compose.yaml includes infra/db.yaml, which no default item pattern matches (and which lies
            // outside the project folder): its service is linted, and the file is a dependency of the incremental build.
            var project = _package.CreateProject("compose-include")
                .WriteProjectFile("compose.yaml", """
                    include:
                      - ../infra/db.yaml
                    services:
                      api:
                        image: example/api
                        user: "1000"

                    """)
                .WriteFile("infra/db.yaml", """
                    services:
                      db:
                        image: postgres:16
                        privileged: true

                    """);

            var first = project.Build();
            Assert.False(first.Succeeded, first.ToString());
            Assert.Equal(new[] { "error CTL1003 infra/db.yaml(4,17)" }, first.WarningsAndErrors);

            project.WriteFile("infra/db.yaml", """
                services:
                  db:
                    image: postgres:16
                    user: "999"

                """);
            var afterEdit = project.Build();
            Assert.True(afterEdit.Succeeded, afterEdit.ToString());
            Assert.Empty(afterEdit.WarningsAndErrors);
        }
    }
}
