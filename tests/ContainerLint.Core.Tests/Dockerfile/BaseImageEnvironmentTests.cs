using System.Linq;
using ContainerLint.Catalog;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    /// <summary>
    /// The ENV a known base image sets is visible to the stages built FROM it (audit 3, §13): the .NET 8+ images set
    /// APP_UID=1654, which every Visual Studio-generated Dockerfile uses in <c>USER $APP_UID</c>.
    /// </summary>
    public class BaseImageEnvironmentTests
    {
        /// <summary>Visual Studio's "Add Docker support" Dockerfile for an ASP.NET Core 8 project, verbatim.</summary>
        private const string VisualStudioTemplate =
            "#See https://aka.ms/customizecontainer to learn how to customize your debug container and how Visual Studio uses this Dockerfile to build your images for faster debugging.\n" +
            "\n" +
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\n" +
            "USER $APP_UID\n" +
            "WORKDIR /app\n" +
            "EXPOSE 8080\n" +
            "EXPOSE 8081\n" +
            "\n" +
            "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\n" +
            "ARG BUILD_CONFIGURATION=Release\n" +
            "WORKDIR /src\n" +
            "COPY [\"WebApplication1/WebApplication1.csproj\", \"WebApplication1/\"]\n" +
            "RUN dotnet restore \"./WebApplication1/WebApplication1.csproj\"\n" +
            "COPY . .\n" +
            "WORKDIR \"/src/WebApplication1\"\n" +
            "RUN dotnet build \"./WebApplication1.csproj\" -c $BUILD_CONFIGURATION -o /app/build\n" +
            "\n" +
            "FROM build AS publish\n" +
            "ARG BUILD_CONFIGURATION=Release\n" +
            "RUN dotnet publish \"./WebApplication1.csproj\" -c $BUILD_CONFIGURATION -o /app/publish /p:UseAppHost=false\n" +
            "\n" +
            "FROM base AS final\n" +
            "WORKDIR /app\n" +
            "COPY --from=publish /app/publish .\n" +
            "ENTRYPOINT [\"dotnet\", \"WebApplication1.dll\"]";

        [Fact]
        public void Visual_studio_template_gives_no_user_finding()
        {
            var findings = Lint(VisualStudioTemplate);
            Assert.DoesNotContain(findings, f => f.Rule.Id is RuleIds.UnresolvedValue or RuleIds.RunsAsRoot or RuleIds.NoNonRootUser);
            Assert.Equal("1654", Image(VisualStudioTemplate).FinalStage.User!.Value);
        }

        [Theory]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0")]
        [InlineData("mcr.microsoft.com/dotnet/runtime:9.0-alpine")]
        [InlineData("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled")]
        [InlineData("mcr.microsoft.com/dotnet/sdk:8.0.404-bookworm-slim")]
        [InlineData("mcr.microsoft.com/dotnet/nightly/aspnet:10.0-preview")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0@sha256:0123abcd")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:latest")]
        [InlineData("MCR.microsoft.com/dotnet/ASPNET:8.0")]
        public void App_uid_of_a_dotnet_8_or_later_base_resolves_to_1654(string baseImage)
        {
            var text = Lines("FROM " + baseImage, "USER $APP_UID");
            Assert.Equal("1654", Image(text).FinalStage.User!.Value);
            Assert.Empty(FindingsOf(text, RuleIds.UnresolvedValue));
        }

        [Theory]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022")]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-windowsservercore-ltsc2022")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet@sha256:0123abcd")]
        [InlineData("mcr.microsoft.com/dotnet/monitor:8")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet-clone:8.0")]
        [InlineData("myregistry/dotnet/aspnet:8.0")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:jammy")]
        [InlineData("node:20")]
        public void App_uid_stays_unresolved_where_the_base_does_not_set_it(string baseImage)
        {
            var text = Lines("FROM " + baseImage, "USER $APP_UID");
            var unresolved = Assert.Single(FindingsOf(text, RuleIds.UnresolvedValue));
            Assert.Contains("APP_UID", unresolved.Evidence, System.StringComparison.Ordinal);
        }

        [Fact]
        public void App_uid_is_inherited_through_from_stage_and_through_an_arg_base()
        {
            Assert.Equal("1654", Image(Lines("FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base", "FROM base AS final", "USER $APP_UID")).FinalStage.User!.Value);
            Assert.Equal("1654", Image(Lines("ARG TAG=9.0", "FROM mcr.microsoft.com/dotnet/aspnet:$TAG", "USER ${APP_UID}")).FinalStage.User!.Value);
        }

        [Theory]
        [InlineData("ENV APP_UID=0")]
        [InlineData("ARG APP_UID=0")]
        [InlineData("ARG APP_UID=${APP_UID:+0}")]
        public void Env_or_arg_with_a_value_in_the_dockerfile_overrides_the_base_value(string instruction)
        {
            var text = Lines("FROM mcr.microsoft.com/dotnet/aspnet:8.0", instruction, "USER $APP_UID");
            var finding = Assert.Single(FindingsOf(text, RuleIds.RunsAsRoot));
            Assert.Equal("USER $APP_UID resolves to '0'", finding.Evidence);
        }

        [Fact]
        public void Build_arg_overrides_the_base_value_and_an_arg_without_value_keeps_it()
        {
            var text = Lines("FROM mcr.microsoft.com/dotnet/aspnet:8.0", "ARG APP_UID", "USER $APP_UID");
            Assert.Equal("1654", Image(text).FinalStage.User!.Value);
            Assert.DoesNotContain(Lint(text), f => f.Rule.Id is RuleIds.RunsAsRoot or RuleIds.UnresolvedValue);
            Assert.Single(FindingsOf(text, RuleIds.RunsAsRoot, buildArgs: Args(("APP_UID", "0"))));
        }

        [Fact]
        public void Global_arg_imported_into_the_stage_overrides_the_base_value()
        {
            var text = Lines("ARG APP_UID=root", "FROM mcr.microsoft.com/dotnet/aspnet:8.0", "ARG APP_UID", "USER $APP_UID");
            Assert.Single(FindingsOf(text, RuleIds.RunsAsRoot));
            // Not imported (no ARG in the stage): the global ARG is out of scope and the base's value counts.
            Assert.Empty(FindingsOf(Lines("ARG APP_UID=root", "FROM mcr.microsoft.com/dotnet/aspnet:8.0", "USER $APP_UID"), RuleIds.RunsAsRoot));
        }

        // Audit 49 F1: BuildKit expands a variable nothing sets to nothing, and USER "" runs as root. Where the base image is
        // known not to set it, the empty user is certain.
        [Theory]
        [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:7.0", "APP_UID is set neither in the stage nor by its base image 'mcr.microsoft.com/dotnet/aspnet:7.0'")]
        [InlineData("FROM mcr.microsoft.com/dotnet/runtime-deps:6.0-alpine", "APP_UID is set neither in the stage nor by its base image 'mcr.microsoft.com/dotnet/runtime-deps:6.0-alpine'")]
        [InlineData("FROM scratch", "APP_UID is set neither in the stage nor by its base image 'scratch'")]
        [InlineData("FROM alpine:3.20", "APP_UID is set neither in the stage nor by its base image 'alpine:3.20'")]
        [InlineData("FROM docker.io/library/debian:12-slim", "APP_UID is set neither in the stage nor by its base image 'docker.io/library/debian:12-slim'")]
        [InlineData("FROM ubuntu:24.04 AS base\nFROM base", "APP_UID is set neither in the stage nor by its base image 'ubuntu:24.04'")]
        public void App_uid_is_empty_and_root_where_the_base_is_known_not_to_set_it(string from, string why)
        {
            var finding = Assert.Single(FindingsOf(Lines(from, "USER $APP_UID"), RuleIds.RunsAsRoot));
            Assert.Equal("USER $APP_UID resolves to an empty user, which runs as root (" + why + ")", finding.Evidence);
            Assert.Empty(FindingsOf(Lines(from, "USER $APP_UID"), RuleIds.UnresolvedValue));
        }

        [Fact]
        public void Global_arg_the_stage_does_not_declare_is_empty_there_over_a_base_known_not_to_set_it()
        {
            var finding = Assert.Single(FindingsOf(Lines("ARG RUN_AS=app", "FROM debian:12", "USER $RUN_AS"), RuleIds.RunsAsRoot));
            Assert.Equal("USER $RUN_AS resolves to an empty user, which runs as root (RUN_AS is an ARG of the global scope, which a stage sees only after ARG RUN_AS)",
                finding.Evidence);
            // Declared in the stage: its value; over a base that may set RUN_AS: unknown, as before.
            Assert.Empty(FindingsOf(Lines("ARG RUN_AS=app", "FROM debian:12", "ARG RUN_AS", "USER $RUN_AS"), RuleIds.RunsAsRoot));
            Assert.Empty(FindingsOf(Lines("ARG RUN_AS=app", "FROM registry.example.com/base", "USER $RUN_AS"), RuleIds.RunsAsRoot));
            var unknown = Assert.Single(FindingsOf(Lines("ARG RUN_AS=app", "FROM registry.example.com/base", "USER $RUN_AS"), RuleIds.UnresolvedValue));
            Assert.Equal("'$RUN_AS' uses RUN_AS, an ARG of the global scope that the stage does not declare again (ARG RUN_AS), so it has a value there only if the base image sets it",
                unknown.Evidence);
        }

        // Audit 50 F1, F2: a stage built FROM another has that stage's ARGs, and the variables its ONBUILD triggers set.
        [Theory]
        [InlineData("FROM alpine:3.20 AS base", "ARG RUN_AS=app", "FROM base")]
        [InlineData("ARG RUN_AS=app", "FROM alpine:3.20 AS base", "ARG RUN_AS", "FROM base AS mid", "FROM mid")]
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD ENV RUN_AS=app", "FROM base")]
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD ARG RUN_AS=app", "FROM base")]
        public void Variable_a_parent_stage_gives_a_value_is_not_empty_in_the_child(params string[] stages)
        {
            var text = Lines(stages.Concat(new[] { "USER $RUN_AS" }).ToArray());
            Assert.Empty(FindingsOf(text, RuleIds.RunsAsRoot));
        }

        [Fact]
        public void Variable_an_onbuild_trigger_of_the_parent_stage_sets_is_said_to_be_set_there()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine:3.20 AS base", "ONBUILD ENV RUN_AS=app", "FROM base", "USER $RUN_AS"), RuleIds.UnresolvedValue));
            Assert.Equal("'$RUN_AS' uses RUN_AS, which an ONBUILD trigger of stage 'base' sets (the linter does not work out its value)", finding.Evidence);
        }

        // Audit 54 Q4: the reason is the unknown base image of the stage the ARG comes from, not a missing value.
        [Theory]
        [InlineData("FROM myacr.azurecr.io/team/base:1 AS p", "ARG X=root", "FROM p", "USER $X")]
        [InlineData("FROM myacr.azurecr.io/team/base:1 AS p", "ARG X=root", "FROM p AS mid", "ARG X", "FROM mid", "USER ${X:-root}")]
        public void Arg_inherited_over_an_unknown_base_image_is_said_to_be_replaceable_by_that_image(params string[] lines)
        {
            var finding = Assert.Single(FindingsOf(Lines(lines), RuleIds.UnresolvedValue));
            Assert.EndsWith("uses X, an ARG inherited from stage 'p', whose base image 'myacr.azurecr.io/team/base:1' the linter does not know: "
                + "an ENV X of that image would replace the ARG's value here", finding.Evidence);
        }

        // Audit 57 T5: the image as the build resolves it, not as written.
        [Fact]
        public void Arg_inherited_over_an_unknown_base_image_given_by_a_global_arg_names_the_resolved_image()
        {
            var finding = Assert.Single(FindingsOf(Lines("ARG BASE=myacr.azurecr.io/team/base:1", "FROM $BASE AS a", "ARG X=root", "FROM a AS b", "FROM b", "USER $X"),
                RuleIds.UnresolvedValue));
            Assert.EndsWith("uses X, an ARG inherited from stage 'a', whose base image 'myacr.azurecr.io/team/base:1' the linter does not know: "
                + "an ENV X of that image would replace the ARG's value here", finding.Evidence);
        }

        // Audit 57 T5b: Y has a value (the ENV's); it is X's that is unknown, and the message says why.
        [Fact]
        public void Env_set_from_an_arg_inherited_over_an_unknown_base_is_said_to_come_from_it()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM myacr.azurecr.io/team/base:1 AS a", "ARG X=root", "FROM a AS b", "ENV Y=$X", "FROM b", "USER $Y"),
                RuleIds.UnresolvedValue));
            Assert.Equal("'$Y' uses Y, which an ENV sets from X, an ARG inherited from stage 'a', whose base image 'myacr.azurecr.io/team/base:1' "
                + "the linter does not know: an ENV X of that image would replace the ARG's value here", finding.Evidence);
        }

        [Theory]
        [InlineData("FROM alpine:3.20", "ARG X", "ENV Y=$X", "USER $Y", "'$Y' uses Y, which an ENV sets from X, which has no value and no default")]
        [InlineData("FROM alpine:3.20", "ARG X", "ENV Y $X", "ARG Z=${Y}-1", "USER $Z",
            "'$Z' uses Z, which an ARG sets from Y, which an ENV sets from X, which has no value and no default")]
        [InlineData("ARG X=root", "FROM registry.example.com/base:1", "ENV Y=$X", "USER $Y",
            "'$Y' uses Y, which an ENV sets from X, an ARG of the global scope that the stage does not declare again (ARG X), so it has a value there only if the base image sets it")]
        [InlineData("ARG X", "ARG Y=$X", "FROM alpine:3.20", "ARG Y", "USER $Y", "'$Y' uses Y, which an ARG sets from X, which has no value and no default")]
        [InlineData("FROM alpine:3.20", "ARG X", "ENV Y=$X", "ENV Y=$Y", "USER $Y", "'$Y' uses Y, which an ENV sets from X, which has no value and no default")]
        [InlineData("FROM alpine:3.20", "ARG X", "ARG W", "ENV Y=$X-$W", "USER $Y",
            "'$Y' uses Y, which an ENV sets from X, which has no value and no default, and from W, which has no value and no default")]
        [InlineData("FROM alpine:3.20", "ARG APP_USER", "ENV RUN_AS=$APP_USER", "ENV RUN_AS=${RUN_AS:-app}", "USER $RUN_AS",
            "'$RUN_AS' uses RUN_AS, which an ENV sets from APP_USER, which has no value and no default")]
        public void Variable_set_from_one_without_a_value_is_said_to_be_set_from_it(string l1, string l2, string l3, string l4, string l5OrMessage, string? message = null)
        {
            var lines = message is null ? new[] { l1, l2, l3, l4 } : new[] { l1, l2, l3, l4, l5OrMessage };
            var finding = Assert.Single(FindingsOf(Lines(lines), RuleIds.UnresolvedValue));
            Assert.Equal(message ?? l5OrMessage, finding.Evidence);
        }

        // Audit 98 S98-8: X is set; it is the substitution the linter does not evaluate, or the pattern's own variable, that
        // leaves the value unknown, and the message said X had no value.
        [Theory]
        [InlineData("FROM alpine:3.20", "ENV X=app.x", "USER ${X/\"\\.\"/r}", "'${X/\"\\.\"/r}' uses X, which has a value, but the linter does not evaluate the pattern substitution applied to it")]
        [InlineData("FROM alpine:3.20", "ARG P", "ENV X=app.x", "USER ${X%$P}", "'${X%$P}' uses P, which has no value and no default")]
        [InlineData("FROM alpine:3.20", "ARG X=app.x", "ENV Y=${X//\"\\.\"/r}", "USER $Y",
            "'$Y' uses Y, which an ENV sets from X, which has a value, but the linter does not evaluate the pattern substitution applied to it")]
        [InlineData("ARG X=app.x", "ARG Y=${X/\"\\.\"/r}", "FROM alpine:3.20", "ARG Y", "USER $Y",
            "'$Y' uses Y, which an ARG sets from X, which has a value, but the linter does not evaluate the pattern substitution applied to it")]
        [InlineData("FROM alpine:3.20", "ARG U", "ENV X=app.x", "USER ${U:-${X/\"\\.\"/r}}",
            "'${U:-${X/\"\\.\"/r}}' uses X, which has a value, but the linter does not evaluate the pattern substitution applied to it")]
        [InlineData("FROM alpine:3.20", "ENV X=app.x", "ENV X=${X/\"\\.\"/r}", "ENV X=${X}2", "USER $X",
            "'$X' uses X, which an ENV sets from X, which has a value, but the linter does not evaluate the pattern substitution applied to it")]
        public void Variable_with_a_value_under_a_pattern_the_linter_does_not_evaluate_is_not_said_to_have_none(params string[] linesAndMessage)
        {
            var lines = linesAndMessage[..^1];
            var finding = Assert.Single(FindingsOf(Lines(lines), RuleIds.UnresolvedValue));
            Assert.Equal(linesAndMessage[^1], finding.Evidence);
        }

        // Audit 65 U5: where Y (from A) is empty, ${Y:-$B} is B.
        [Fact]
        public void Default_of_a_variable_without_a_known_value_is_named_too()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine:3.20", "ARG A", "ARG B", "ENV Y=$A", "ENV Y=${Y:-$B}", "USER $Y"), RuleIds.UnresolvedValue));
            Assert.Equal("'$Y' uses Y, which an ENV sets from A, which has no value and no default, and from B, which has no value and no default", finding.Evidence);
        }

        [Fact]
        public void Env_set_from_an_unknown_value_and_then_given_a_known_one_is_known()
        {
            var text = Lines("FROM alpine:3.20", "ARG X", "ENV Y=$X", "ENV Y=app", "USER $Y");
            Assert.Empty(FindingsOf(text, RuleIds.UnresolvedValue));
            Assert.Empty(FindingsOf(text, RuleIds.RunsAsRoot));
        }

        [Fact]
        public void Arg_inherited_over_an_unknown_base_and_declared_again_with_a_value_is_known()
        {
            var text = Lines("FROM myacr.azurecr.io/team/base:1 AS p", "ARG X=root", "FROM p", "ARG X=app", "USER $X");
            Assert.Empty(FindingsOf(text, RuleIds.UnresolvedValue));
            Assert.Empty(FindingsOf(text, RuleIds.RunsAsRoot));
        }

        [Fact]
        public void Arg_the_stage_declares_without_a_value_stays_unresolved_over_a_base_known_not_to_set_it()
        {
            // docker build --build-arg U=... may give it a value, which the linter is not told.
            var text = Lines("FROM alpine", "ARG U", "USER $U");
            Assert.Empty(FindingsOf(text, RuleIds.RunsAsRoot));
            Assert.Single(FindingsOf(text, RuleIds.UnresolvedValue));
        }

        [Fact]
        public void Path_is_never_taken_for_unset()
        {
            // The builder sets PATH where the image does not, so even over scratch it is set, to its default (audit 81 D81-3).
            var text = Lines("FROM scratch", "USER ${PATH:+1000}");
            Assert.Equal("1000", Image(text).FinalStage.User!.Value);
            Assert.Empty(FindingsOf(text, RuleIds.RunsAsRoot));
            Assert.Equal("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", Image(Lines("FROM alpine:3.20", "USER $PATH")).FinalStage.User!.Value);
        }
    }
}
