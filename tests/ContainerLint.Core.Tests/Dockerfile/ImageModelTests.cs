using System.Linq;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    public class ImageModelTests
    {
        [Fact]
        public void Stages_have_names_and_the_last_is_final()
        {
            var image = Image(Lines("FROM golang:1.22 AS build", "FROM alpine AS run", "FROM run"));
            Assert.Equal(3, image.Stages.Count);
            Assert.Equal("build", image.Stages[0].Name);
            Assert.Same(image.Stages[2], image.FinalStage);
            Assert.Same(image.Stages[1], image.FinalStage.Parent);
            Assert.Null(image.Stages[1].Parent);
        }

        [Fact]
        public void Target_selects_the_final_stage_case_insensitively()
        {
            var image = Image(Lines("FROM golang AS Build", "FROM alpine"), target: "build");
            Assert.Same(image.Stages[0], image.FinalStage);
        }

        [Fact]
        public void Unknown_target_keeps_the_last_stage()
        {
            var image = Image(Lines("FROM golang AS build", "FROM alpine"), target: "nope");
            Assert.Same(image.Stages[1], image.FinalStage);
        }

        [Fact]
        public void User_is_inherited_from_the_parent_stage()
        {
            var image = Image(Lines("FROM alpine AS base", "USER app", "FROM base", "RUN true"));
            Assert.Equal("app", image.FinalStage.User!.Value);
            Assert.Equal(2, image.FinalStage.UserInstruction!.StartLine);
        }

        [Fact]
        public void User_of_an_unrelated_stage_is_not_inherited()
        {
            var image = Image(Lines("FROM alpine AS base", "USER app", "FROM alpine", "RUN true"));
            Assert.Null(image.FinalStage.User);
        }

        [Fact]
        public void User_value_span_is_the_value_and_instruction_span_the_whole_instruction()
        {
            var text = Lines("FROM alpine", "USER   root:root");
            var user = Image(text).FinalStage;
            Assert.Equal("root:root", text.Substring(user.User!.Span.StartOffset, user.User.Span.EndOffset - user.User.Span.StartOffset));
            Assert.Equal((2, 1, 2, 17), (user.UserInstruction!.StartLine, user.UserInstruction.StartColumn, user.UserInstruction.EndLine, user.UserInstruction.EndColumn));
        }

        [Fact]
        public void Global_args_are_used_in_from_and_build_args_override_them()
        {
            var text = Lines("ARG BASE=alpine", "ARG TAG", "FROM ${BASE}:${TAG:-3.20}");
            Assert.Equal("alpine:3.20", Image(text).FinalStage.BaseImage.Value);
            Assert.Equal("debian:3.20", Image(text, buildArgs: Args(("BASE", "debian"))).FinalStage.BaseImage.Value);
            Assert.Equal("alpine:edge", Image(text, buildArgs: Args(("TAG", "edge"))).FinalStage.BaseImage.Value);
        }

        [Fact]
        public void Unresolved_base_image_names_its_variables()
        {
            var baseImage = Image(Lines("ARG REGISTRY", "FROM $REGISTRY/app")).FinalStage.BaseImage;
            Assert.False(baseImage.IsKnown);
            Assert.Equal(new[] { "REGISTRY" }, baseImage.UnresolvedVariables);
        }

        [Fact]
        public void Global_arg_is_visible_in_a_stage_only_when_redeclared()
        {
            // Not declared in the stage: empty over a base known to set no U, unknown over one that may.
            var notImported = Image(Lines("ARG U=app", "FROM alpine", "USER $U")).FinalStage.User!;
            Assert.True(notImported.IsKnown);
            Assert.Equal(string.Empty, notImported.Value);
            Assert.False(Image(Lines("ARG U=app", "FROM registry.example.com/base", "USER $U")).FinalStage.User!.IsKnown);
            var imported = Image(Lines("ARG U=app", "FROM alpine", "ARG U", "USER $U")).FinalStage.User!;
            Assert.Equal("app", imported.Value);
            var overridden = Image(Lines("ARG U=app", "FROM alpine", "ARG U", "USER $U"), buildArgs: Args(("U", "root"))).FinalStage.User!;
            Assert.Equal("root", overridden.Value);
        }

        [Fact]
        public void Env_in_both_forms_is_substituted_and_the_later_of_an_env_and_an_arg_counts()
        {
            Assert.Equal("app", Image(Lines("FROM alpine", "ENV U=app G=grp", "USER $U")).FinalStage.User!.Value);
            Assert.Equal("app user", Image(Lines("FROM alpine", "ENV U app user", "USER $U")).FinalStage.User!.Value);
            Assert.Equal("env", Image(Lines("FROM alpine", "ARG U=arg", "ENV U=env", "USER $U")).FinalStage.User!.Value);
            // An ARG with a value after the ENV sets the build's environment again (BuildKit's dispatchArg, audit 51 N3).
            Assert.Equal("arg", Image(Lines("FROM alpine", "ENV U=env", "ARG U=arg", "USER $U")).FinalStage.User!.Value);
            Assert.Equal("env", Image(Lines("FROM alpine", "ENV U=env", "ARG U", "USER $U")).FinalStage.User!.Value);
            Assert.Equal("app", Image(Lines("FROM alpine AS base", "ENV U=root", "FROM base", "ARG U=app", "USER $U")).FinalStage.User!.Value);
            // A child sets the image's environment again over the state it starts from (BuildKit's dispatchStages): the
            // parent's ENV, or its base image's, wins over the parent's ARG there, whatever their order (audit 52 M1).
            Assert.Equal("app", Image(Lines("FROM alpine AS base", "ENV U=app", "ARG U=root", "USER $U", "FROM base", "USER $U")).FinalStage.User!.Value);
            Assert.Equal("root", Image(Lines("FROM alpine AS base", "ENV U=app", "ARG U=root", "USER $U")).FinalStage.User!.Value);
            Assert.Equal("1654", Image(Lines("FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base", "ARG APP_UID=0", "FROM base", "USER $APP_UID")).FinalStage.User!.Value);
            Assert.Equal("0", Image(Lines("FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base", "ENV APP_UID=0", "ARG APP_UID=1654", "FROM base AS mid", "FROM mid", "USER $APP_UID")).FinalStage.User!.Value);
            Assert.Equal("arg", Image(Lines("FROM alpine AS base", "ARG U=arg", "FROM base", "USER $U")).FinalStage.User!.Value);
            // Over a base image the linter does not know, its ENV of that name, set again in the child, may win (audit 53 P1).
            Assert.False(Image(Lines("FROM myacr.azurecr.io/dotnet/aspnet:8.0 AS base", "ARG APP_UID=0", "FROM base", "USER $APP_UID")).FinalStage.User!.IsKnown);
            Assert.Equal("0", Image(Lines("FROM myacr.azurecr.io/dotnet/aspnet:8.0 AS base", "ARG APP_UID=0", "USER $APP_UID", "FROM base")).FinalStage.User!.Value);
        }

        [Fact]
        public void Env_assignments_of_one_instruction_see_the_values_before_it()
        {
            var user = Image(Lines("FROM alpine", "ENV A=old", "ENV A=new B=$A", "USER $B")).FinalStage.User!;
            Assert.Equal("old", user.Value);
        }

        [Fact]
        public void Env_and_args_are_inherited_from_the_parent_stage()
        {
            // Docker's build variables guide: "Once a build argument is declared or consumed in a stage, it's automatically
            // inherited by child stages" (audit 50 F1).
            var image = Image(Lines("FROM alpine AS base", "ENV U=app", "ARG G=grp", "FROM base", "USER $U:${G:-none}"));
            Assert.Equal("app:grp", image.FinalStage.User!.Value);
            Assert.Equal("app", Image(Lines("ARG U=app", "FROM alpine AS base", "ARG U", "FROM base AS mid", "FROM mid", "USER $U")).FinalStage.User!.Value);
            // ARG U again without a value keeps the value U has.
            Assert.Equal("app", Image(Lines("FROM alpine AS base", "ARG U=app", "FROM base", "ARG U", "USER $U")).FinalStage.User!.Value);
            Assert.Equal("app", Image(Lines("FROM alpine", "ARG U=app", "ARG U", "USER $U")).FinalStage.User!.Value);
        }

        [Theory]
        [InlineData("ONBUILD ENV U=app")]
        [InlineData("ONBUILD ENV U app")]
        [InlineData("ONBUILD ARG X=1 U=app")]
        [InlineData("ONBUILD ARG U")]
        public void Variable_an_onbuild_trigger_of_the_parent_stage_sets_is_not_known_in_the_child(string trigger)
        {
            // FROM a stage runs its ONBUILD triggers first (BuildKit's initOnBuildTriggers, audit 50 F2).
            var user = Image(Lines("FROM alpine AS base", trigger, "FROM base", "USER $U")).FinalStage.User!;
            Assert.False(user.IsKnown);
            // The child's own ARG or ENV after the triggers gives the value (audit 51 N1).
            Assert.Equal("root", Image(Lines("FROM alpine AS base", trigger, "FROM base", "ARG U=root", "USER $U")).FinalStage.User!.Value);
            Assert.Equal("root", Image(Lines("FROM alpine AS base", trigger, "FROM base", "ENV U=root", "USER $U")).FinalStage.User!.Value);
            // The stage with the trigger itself does not run it.
            Assert.Equal(string.Empty, Image(Lines("FROM alpine", trigger, "USER $U")).FinalStage.User!.Value);
        }

        [Fact]
        public void Exposed_ports_and_volumes_carry_the_instruction_span()
        {
            var stage = Image(Lines("FROM alpine", "ARG P=8080", "EXPOSE 80 ${P}/tcp", "VOLUME [\"/data\", \"/logs\"]", "VOLUME /a /b")).FinalStage;
            Assert.Equal(new[] { "80", "8080/tcp" }, stage.ExposedPorts.Select(p => p.Value));
            Assert.All(stage.ExposedPorts, p => Assert.Equal(3, p.Span.StartLine));
            Assert.Equal(new[] { "/data", "/logs", "/a", "/b" }, stage.Volumes.Select(v => v.Value));
            Assert.Equal((4, 1), (stage.Volumes[0].Span.StartLine, stage.Volumes[0].Span.StartColumn));
        }

        [Fact]
        public void Run_script_joins_continuations_and_keeps_a_map_to_the_file()
        {
            var text = Lines("FROM alpine", "RUN apt-get update \\", "    && sudo apt-get install -y curl");
            var run = Image(text).FinalStage.Runs.Single();
            Assert.Equal("apt-get update     && sudo apt-get install -y curl", run.Script.Value);
            var sudoAt = run.Script.Value.IndexOf("sudo", System.StringComparison.Ordinal);
            Assert.Equal(text.IndexOf("sudo", System.StringComparison.Ordinal), run.ScriptOffsetToFileOffset!(sudoAt));
        }

        [Fact]
        public void Run_of_only_a_heredoc_runs_its_body()
        {
            var text = Lines("FROM alpine", "RUN <<EOF", "apk add curl", "sudo true", "EOF");
            var run = Image(text).FinalStage.Runs.Single();
            Assert.Equal("apk add curl\nsudo true\n", run.Script.Value);
            Assert.Equal(text.IndexOf("sudo", System.StringComparison.Ordinal), run.ScriptOffsetToFileOffset!(run.Script.Value.IndexOf("sudo", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Run_with_a_command_and_heredocs_appends_them_for_the_shell()
        {
            var run = Image(Lines("FROM alpine", "RUN cat <<A <<B", "a", "A", "b", "B")).FinalStage.Runs.Single();
            Assert.Equal("cat <<A <<B\na\nA\nb\nB", run.Script.Value);
        }

        [Fact]
        public void Exec_form_run_has_its_argument_vector()
        {
            var run = Image(Lines("FROM alpine", "RUN [\"sudo\", \"apk\", \"add\"]")).FinalStage.Runs.Single();
            Assert.Equal(new[] { "sudo", "apk", "add" }, run.ExecArguments!.Select(a => a.Value));
        }

        [Fact]
        public void User_insertion_goes_before_the_first_cmd_or_entrypoint()
        {
            var text = Lines("FROM alpine", "RUN true", "# run it", "ENTRYPOINT [\"x\"]", "CMD [\"y\"]");
            Assert.Equal(text.IndexOf("# run it", System.StringComparison.Ordinal), Image(text).FinalStage.UserInsertionOffset);
        }

        [Fact]
        public void User_insertion_goes_after_the_last_run_when_a_run_follows_cmd()
        {
            var text = Lines("FROM alpine", "CMD [\"y\"]", "RUN useradd app", "LABEL a=b");
            Assert.Equal(text.Length, Image(text).FinalStage.UserInsertionOffset);
        }

        [Fact]
        public void User_insertion_for_a_middle_target_stage_is_at_its_end()
        {
            var text = Lines("FROM alpine AS app", "RUN true", "FROM scratch");
            var image = Image(text, target: "app");
            Assert.Equal(text.IndexOf("FROM scratch", System.StringComparison.Ordinal), image.FinalStage.UserInsertionOffset);
        }

        [Fact]
        public void Onbuild_instructions_do_not_change_the_stage()
        {
            var stage = Image(Lines("FROM alpine", "ONBUILD USER root", "ONBUILD RUN sudo x")).FinalStage;
            Assert.Null(stage.User);
            Assert.Empty(stage.Runs);
        }
    }
}
