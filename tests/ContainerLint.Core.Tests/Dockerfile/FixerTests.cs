using System.Collections.Generic;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles;
using ContainerLint.Rules;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    public class FixerTests
    {
        private static string Fix(string text, LintOptions? options = null)
        {
            var findings = Lint(text, options: options);
            return DockerfileFixer.Apply(text, findings, out _);
        }

        [Fact]
        public void User_is_inserted_before_cmd()
        {
            var text = Lines("FROM alpine", "RUN apk add curl", "CMD [\"curl\"]");
            Assert.Equal(Lines("FROM alpine", "RUN apk add curl", "USER 10001", "CMD [\"curl\"]"), Fix(text));
        }

        [Fact]
        public void User_is_inserted_above_the_comments_that_describe_the_entrypoint()
        {
            var text = Lines("FROM alpine", "", "# the server", "ENTRYPOINT [\"srv\"]");
            Assert.Equal(Lines("FROM alpine", "", "USER 10001", "# the server", "ENTRYPOINT [\"srv\"]"), Fix(text));
        }

        [Fact]
        public void User_is_appended_when_there_is_no_cmd_even_without_a_final_newline()
        {
            Assert.Equal("FROM alpine\nRUN x\nUSER 10001\n", Fix("FROM alpine\nRUN x\n"));
            Assert.Equal("FROM alpine\nRUN x\nUSER 10001", Fix("FROM alpine\nRUN x"));
        }

        [Fact]
        public void Inserted_user_keeps_the_indentation_and_uses_the_configured_user()
        {
            var text = Lines("FROM alpine", "  CMD x");
            Assert.Equal(Lines("FROM alpine", "  USER app", "  CMD x"), Fix(text, new LintOptions(nonRootUser: "app")));
        }

        [Fact]
        public void Root_user_value_is_replaced()
        {
            var text = Lines("FROM alpine", "USER  root:root  ", "CMD x");
            Assert.Equal(Lines("FROM alpine", "USER  10001  ", "CMD x"), Fix(text));
        }

        [Fact]
        public void Root_user_that_later_RUNs_need_stays_and_the_non_root_user_is_switched_to_after_them()
        {
            // Replacing USER root would make apt-get run as 10001 and fail: the image's user changes after the last RUN.
            var text = Lines("FROM ubuntu:24.04", "USER root", "RUN apt-get update && apt-get install -y curl", "# the tool", "CMD [\"curl\"]");
            var once = Fix(text);
            Assert.Equal(Lines("FROM ubuntu:24.04", "USER root", "RUN apt-get update && apt-get install -y curl", "USER 10001", "# the tool", "CMD [\"curl\"]"), once);
            Assert.DoesNotContain(Lint(once), f => f.Rule.Id == RuleIds.RunsAsRoot);
            Assert.Equal(once, Fix(once));
        }

        [Fact]
        public void Root_user_of_the_stage_the_final_one_is_built_from_stays_and_the_final_stage_switches()
        {
            // Stage "base" may be what other stages build on (a build stage that needs root): the final stage switches.
            var text = Lines("FROM alpine AS base", "USER root", "FROM base AS build", "RUN make", "FROM base", "COPY --from=build /out /app", "ENTRYPOINT [\"/app\"]");
            Assert.Equal(Lines("FROM alpine AS base", "USER root", "FROM base AS build", "RUN make", "FROM base", "COPY --from=build /out /app", "USER 10001", "ENTRYPOINT [\"/app\"]"), Fix(text));
        }

        [Fact]
        public void User_switch_around_a_sudo_step_is_written_in_the_case_of_the_RUN()
        {
            // audit 4, §12: a Dockerfile written in lower case gets lower-case USER lines.
            var text = Lines("from ubuntu:24.04", "user builder", "run sudo make install");
            var once = Fix(text);
            Assert.Equal(Lines("from ubuntu:24.04", "user builder", "user root", "run make install", "user builder"), once);
            Assert.Equal(once, Fix(once));
        }

        [Theory]
        [InlineData("FROM ubuntu:24.04\nUSER app\nRUN sudo echo a \\\n  # c\n")]
        [InlineData("FROM ubuntu:24.04\nUSER app\nRUN sudo echo a \\\n# c\n\n# d")]
        public void Sudo_step_whose_continuation_runs_into_comment_lines_at_the_end_of_the_file_is_left_alone(string text)
        {
            // audit 5, §1: BuildKit drops comment lines inside a continuation, so a USER line after them joins the command.
            Assert.Equal(text, Fix(text));
        }

        [Fact]
        public void Image_with_an_ONBUILD_RUN_gets_no_user_fix()
        {
            // audit 4, §6: a build FROM this image runs the trigger as the image's USER, wherever a fix would set it.
            var root = Lines("FROM ubuntu:24.04", "USER root", "ONBUILD RUN apt-get update", "CMD [\"x\"]");
            Assert.Equal(root, Fix(root));
            Assert.Contains(Lint(root), f => f.Rule.Id == RuleIds.RunsAsRoot && f.Fix is null);
            var none = Lines("FROM ubuntu:24.04", "ONBUILD RUN apt-get update", "CMD [\"x\"]");
            Assert.Equal(none, Fix(none));
            Assert.Contains(Lint(none), f => f.Rule.Id == RuleIds.NoNonRootUser && f.Fix is null);
            // Another ONBUILD trigger runs no command: the fix is made.
            Assert.Equal(Lines("FROM ubuntu:24.04", "ONBUILD COPY . /src", "USER 10001", "CMD [\"x\"]"), Fix(Lines("FROM ubuntu:24.04", "ONBUILD COPY . /src", "CMD [\"x\"]")));
        }

        [Theory]
        [InlineData("FROM alpine\nUSER root\nONBUILD RUN sudo make\nCMD [\"x\"]\n", "FROM alpine\nUSER root\nONBUILD RUN make\nCMD [\"x\"]\n")]
        [InlineData("FROM ubuntu:24.04\nONBUILD RUN sudo a && sudo b\n", "FROM ubuntu:24.04\nONBUILD RUN a && b\n")]
        [InlineData("FROM alpine\nUSER app\nONBUILD RUN [\"sudo\", \"make\"]\nUSER 0\n", "FROM alpine\nUSER app\nONBUILD RUN [\"make\"]\nUSER 0\n")]
        public void Sudo_of_an_onbuild_trigger_goes_when_the_image_runs_as_root(string text, string fixedText)
        {
            // A build FROM the image runs the trigger as the image's USER, the last one of the stage, whatever comes before.
            Assert.Equal(fixedText, Fix(text));
            Assert.Equal(fixedText, Fix(fixedText));
        }

        [Theory]
        [InlineData("FROM alpine\nUSER root\nONBUILD RUN sudo make\nUSER app\n")]
        [InlineData("FROM registry.example.com/base\nONBUILD RUN sudo make\nUSER $APP_UID\n")]
        [InlineData("FROM bitnami/git:2\nONBUILD RUN sudo make\n")]
        [InlineData("FROM alpine\nONBUILD RUN sudo -u root id && sudo id\n")]
        public void Sudo_of_an_onbuild_trigger_run_as_another_user_is_not_fixed(string text)
        {
            // USER root around it would be ONBUILD USER lines, which outlive the trigger in the builds FROM the image.
            Assert.Null(Assert.Single(Lint(text), f => f.Rule.Id == RuleIds.SudoInBuild).Fix);
            Assert.DoesNotContain("RUN make", Fix(text));
        }

        [Theory]
        [InlineData("FROM ubuntu:24.04\nONBUILD USER app\nONBUILD RUN sudo make install\n")]
        [InlineData("FROM ubuntu:24.04\nonbuild user app\nonbuild run sudo make install\n")]
        [InlineData("FROM ubuntu:24.04\nONBUILD USER 1000\nONBUILD RUN [\"sudo\", \"make\"]\n")]
        [InlineData("FROM ubuntu:24.04\nONBUILD USER app\nONBUILD RUN bash -c \"sudo make\"\n")]
        [InlineData("FROM ubuntu:24.04\nUSER root\nONBUILD USER app\nONBUILD RUN sudo make\n")]
        [InlineData("FROM ubuntu:24.04\nONBUILD USER app\nUSER root\nONBUILD RUN sudo make\n")]
        [InlineData("FROM ubuntu:24.04\nONBUILD USER root\nONBUILD USER app\nONBUILD RUN sudo make\n")]
        [InlineData("FROM ubuntu:24.04\nONBUILD USER $APP\nONBUILD RUN sudo make\n")]
        [InlineData("FROM ubuntu:24.04\nARG U=root\nONBUILD USER $U\nONBUILD RUN sudo make\n")]
        public void Sudo_of_an_onbuild_trigger_after_an_onbuild_user_that_is_not_root_is_not_fixed(string text)
        {
            // audit 6, D1: a build FROM the image runs its triggers in order, so the RUN runs as the ONBUILD USER before it,
            // whatever the image's own USER is. A variable in it is expanded in that build, with its own values.
            Assert.Null(Assert.Single(Lint(text), f => f.Rule.Id == RuleIds.SudoInBuild).Fix);
            Assert.Equal(text, Fix(text));
        }

        [Theory]
        [InlineData("FROM ubuntu:24.04\nUSER app\nONBUILD USER root\nONBUILD RUN sudo make\n", "FROM ubuntu:24.04\nUSER app\nONBUILD USER root\nONBUILD RUN make\n")]
        [InlineData("FROM ubuntu:24.04\nONBUILD RUN sudo a\nONBUILD USER app\nONBUILD RUN sudo b\n", "FROM ubuntu:24.04\nONBUILD RUN a\nONBUILD USER app\nONBUILD RUN sudo b\n")]
        [InlineData("FROM ubuntu:24.04\nonbuild user app\nonbuild user 0\nonbuild run sudo make\n", "FROM ubuntu:24.04\nonbuild user app\nonbuild user 0\nonbuild run make\n")]
        [InlineData("FROM ubuntu:24.04 AS a\nONBUILD USER app\nFROM ubuntu:24.04\nONBUILD RUN sudo make\n", "FROM ubuntu:24.04 AS a\nONBUILD USER app\nFROM ubuntu:24.04\nONBUILD RUN make\n")]
        public void Sudo_of_an_onbuild_trigger_run_as_root_after_the_onbuild_users_is_fixed(string text, string fixedText)
        {
            // A trigger before the ONBUILD USER, or after an ONBUILD USER root, runs as root; another stage's ONBUILD USER
            // is no trigger of this one.
            Assert.Equal(fixedText, Fix(text));
            Assert.Equal(fixedText, Fix(fixedText));
        }

        /// <summary>The Dockerfile linted once per build arg set and the findings merged, as the task merges the builds of several services.</summary>
        private static List<Findings.Finding> LintViews(string text, params Dictionary<string, string>[] views)
        {
            var sink = new Findings.FindingSink();
            foreach (var args in views)
                foreach (var finding in Lint(text, buildArgs: args)) sink.Merge(finding);
            return sink.ToList().ToList();
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        public void A_dockerfile_built_with_args_that_give_other_fixes_keeps_the_finding_without_a_fix(int appFirst)
        {
            // audit 6, D2: one service builds it as root (sudo just goes), another as app (it needs USER root around it).
            // The first view's fix was made, and broke the other service's build.
            var text = Lines("FROM ubuntu:24.04", "ARG U=root", "USER $U", "RUN sudo apt-get update");
            var views = new[] { Args(), Args(("U", "app")) };
            if (appFirst == 1) System.Array.Reverse(views);
            var findings = LintViews(text, views);
            var sudo = Assert.Single(findings, f => f.Rule.Id == RuleIds.SudoInBuild);
            Assert.Null(sudo.Fix);
            Assert.Equal(text, DockerfileFixer.Apply(text, findings.Where(f => f.Rule.Id == RuleIds.SudoInBuild), out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void A_dockerfile_built_with_args_that_give_the_same_fix_is_fixed()
        {
            var text = Lines("FROM ubuntu:24.04", "ARG U=root", "ARG V=1", "USER $U", "RUN sudo apt-get update");
            var findings = LintViews(text, Args(("U", "app")), Args(("U", "app"), ("V", "2")));
            var sudo = Assert.Single(findings, f => f.Rule.Id == RuleIds.SudoInBuild);
            Assert.NotNull(sudo.Fix);
            Assert.Equal(Lines("FROM ubuntu:24.04", "ARG U=root", "ARG V=1", "USER $U", "USER root", "RUN apt-get update", "USER $U"),
                DockerfileFixer.Apply(text, new[] { sudo }, out _));
            var asRoot = LintViews(text, Args(), Args(("V", "2"))).Single(f => f.Rule.Id == RuleIds.SudoInBuild);
            Assert.Equal(Lines("FROM ubuntu:24.04", "ARG U=root", "ARG V=1", "USER $U", "RUN apt-get update"),
                DockerfileFixer.Apply(text, new[] { asRoot }, out _));
        }

        [Fact]
        public void A_finding_whose_fix_one_view_cannot_make_keeps_no_fix_whatever_the_order()
        {
            // Under U=app the restore of USER $U would not mean the same after the ENV: that view has no fix.
            var text = Lines("FROM ubuntu:24.04", "ARG U=root", "USER $U", "ENV U=x", "RUN sudo make");
            Assert.Null(LintViews(text, Args(), Args(("U", "app"))).Single(f => f.Rule.Id == RuleIds.SudoInBuild).Fix);
            Assert.Null(LintViews(text, Args(("U", "app")), Args(), Args()).Single(f => f.Rule.Id == RuleIds.SudoInBuild).Fix);
        }

        [Theory]
        [InlineData("user app", "RUN sudo make", "USER root", "user app")]
        [InlineData("USER app", "run sudo make", "user root", "USER app")]
        [InlineData("User app", "RUN sudo make", "USER root", "User app")]
        [InlineData("user \\\n  app", "RUN sudo make", "USER root", "user app")]
        public void The_restored_user_is_the_previous_user_instruction_as_written(string user, string run, string toRoot, string restore)
        {
            // audit 6, D7: the switch to root follows the RUN's case, the switch back the USER it writes again.
            var text = Lines("FROM ubuntu:24.04", user, run);
            var fixedRun = run.Replace("sudo ", "");
            Assert.Equal(Lines("FROM ubuntu:24.04", user, toRoot, fixedRun, restore), Fix(text));
            Assert.Equal(Fix(text), Fix(Fix(text)));
            Assert.Equal(Fix(text).Replace("\n", "\r\n"), Fix(text.Replace("\n", "\r\n")));
            Assert.Equal("\uFEFF" + Fix(text), Fix("\uFEFF" + text));
        }

        [Fact]
        public void The_restored_user_inherited_from_another_stage_keeps_that_stage_s_keyword_case()
        {
            var text = Lines("from ubuntu:24.04 as base", "user app", "FROM base", "RUN sudo a", "RUN sudo b", "USER app", "RUN sudo c");
            Assert.Equal(Lines("from ubuntu:24.04 as base", "user app", "FROM base", "USER root", "RUN a", "RUN b", "user app", "USER app",
                "USER root", "RUN c", "USER app"), Fix(text));
        }

        [Theory]
        [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    curl \\\n")]
        [InlineData("FROM alpine\nRUN echo \\")]
        [InlineData("FROM alpine\nRUN echo \\\n# the end\n")]
        [InlineData("FROM alpine\nRUN echo hi \\\n  # comment\n\n")]
        [InlineData("FROM alpine\r\nRUN echo \\\r\n")]
        [InlineData("# escape=`\nFROM alpine\nRUN echo `\n")]
        public void No_user_is_inserted_after_a_line_continuation_at_the_end_of_the_file(string text)
        {
            // audit 18, H1: the inserted USER line joined the command (apt-get install -y curl USER 10001), the image still
            // had no user, and the next pass inserted a second one.
            Assert.Equal(text, Fix(text));
            Assert.Contains(Lint(text), f => f.Rule.Id == RuleIds.NoNonRootUser);
        }

        [Fact]
        public void A_fix_not_made_after_a_line_continuation_at_the_end_of_the_file_says_why()
        {
            // audit 22, L5: the fixes were skipped without a word.
            var text = "FROM alpine\nRUN apk add curl \\\n";
            Assert.Equal(text, DockerfileFixer.Apply(text, Lint(text), out var applied, out var declined));
            Assert.Empty(applied);
            var (finding, why) = Assert.Single(declined);
            Assert.Equal(RuleIds.NoNonRootUser, finding.Rule.Id);
            Assert.Contains("line continuation", why);
        }

        // audit 22, H1 and Q1: a user fix that reports success while the image still runs as root, or cannot start, is worse
        // than none; the finding stays, and says why it has no fix.

        [Theory]
        [InlineData("FROM alpine:3.20\nCOPY app /app\nCMD [\"/app\"]\n")]
        [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:7.0\nENTRYPOINT [\"dotnet\", \"app.dll\"]\n")]
        [InlineData("FROM ubuntu:24.04\nRUN useradd -u 10001 app\nUSER root\n")]
        [InlineData("FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")]
        public void A_variable_user_option_is_not_written_into_an_image_that_does_not_define_it(string text)
        {
            var options = new LintOptions(nonRootUser: "$APP_UID");
            Assert.Equal(text, Fix(text, options));
            var finding = Assert.Single(Lint(text, options: options), f => f.Rule.Id is RuleIds.NoNonRootUser or RuleIds.RunsAsRoot);
            Assert.Null(finding.Fix);
            Assert.Contains("'$APP_UID', which", finding.FixWithheld);
        }

        [Fact]
        public void A_variable_user_option_that_is_root_where_the_fix_writes_is_not_written_and_the_warning_says_so()
        {
            // Audit 51 N8: the Dockerfile defines APP_UID, as 0; the warning said it did not define it.
            var text = "FROM alpine:3.20 AS base\nENV APP_UID=0\nFROM base\nCMD [\"x\"]\n";
            var options = new LintOptions(nonRootUser: "$APP_UID");
            Assert.Equal(text, Fix(text, options));
            Assert.Contains("'$APP_UID', which is '0', root, where the USER line goes", Assert.Single(Lint(text, options: options),
                f => f.Rule.Id == RuleIds.NoNonRootUser).FixWithheld);
        }

        [Theory]
        [InlineData("FROM alpine\nCMD [\"x\"]\nENV APP_UID=1000\n")]
        [InlineData("FROM alpine\nUSER root\nENV APP_UID=1000\nCMD [\"x\"]\n")]
        public void A_variable_user_option_defined_only_after_where_the_fix_writes_is_not_written(string text)
        {
            // audit 24, M1: the variable counted if the stage defined it anywhere, but USER $APP_UID above the ENV is empty.
            var options = new LintOptions(nonRootUser: "$APP_UID");
            Assert.Equal(text, Fix(text, options));
            Assert.Contains("where the USER line goes", Assert.Single(Lint(text, options: options),
                f => f.Rule.Id is RuleIds.NoNonRootUser or RuleIds.RunsAsRoot).FixWithheld);
        }

        [Theory]
        [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"app.dll\"]\n", "USER $APP_UID\nENTRYPOINT")]
        [InlineData("FROM alpine\nARG APP_UID=1000\nUSER root\nCMD [\"x\"]\n", "USER $APP_UID\nCMD")]
        [InlineData("FROM alpine\nUSER root\nRUN apk add curl\nENV APP_UID=1000\nCMD [\"x\"]\n", "ENV APP_UID=1000\nUSER $APP_UID\nCMD")]
        [InlineData("FROM alpine\nENV APP_UID=1000\nCMD [\"x\"]\n", "USER $APP_UID\nCMD")]
        public void A_variable_user_option_is_written_where_the_image_defines_it(string text, string expected)
        {
            Assert.Contains(expected, Fix(text, new LintOptions(nonRootUser: "$APP_UID")));
        }

        [Fact]
        public void A_user_name_is_not_written_into_a_scratch_image_a_uid_is()
        {
            var text = "FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n";
            var named = new LintOptions(nonRootUser: "app");
            Assert.Equal(text, Fix(text, named));
            Assert.Contains("/etc/passwd", Assert.Single(Lint(text, options: named), f => f.Rule.Id == RuleIds.NoNonRootUser).FixWithheld);
            Assert.Contains("USER 10001:10001\n", Fix(text, new LintOptions(nonRootUser: "10001:10001")));
        }

        [Fact]
        public void Root_user_is_not_switched_after_a_line_continuation_at_the_end_of_the_file()
        {
            // audit 18, H1: the USER line the CTL1001 fix writes after the last RUN would be part of that RUN.
            var text = "FROM alpine\nUSER root\nRUN apk add \\\n    curl \\\n";
            Assert.Equal(text, Fix(text));
            Assert.Contains(Lint(text), f => f.Rule.Id == RuleIds.RunsAsRoot);
        }

        [Fact]
        public void Backslash_at_the_end_of_a_line_is_no_continuation_when_the_escape_character_is_a_backtick()
        {
            var text = "# escape=`\nFROM alpine\nRUN echo C:\\\n";
            Assert.Equal(text + "USER 10001\n", Fix(text));
        }

        [Fact]
        public void Target_that_later_stages_build_on_gets_no_user_fix()
        {
            // audit 19, H1 (awesome-compose react-express-mysql): a service builds target development, and the stages
            // built FROM development (npm run build, apt-get, useradd) would run as the USER a fix adds there.
            var none = Lines("FROM node:lts AS development", "WORKDIR /code", "RUN npm ci", "CMD [\"npm\", \"start\"]",
                "FROM development AS builder", "RUN npm run build",
                "FROM development AS dev-envs", "RUN apt-get update && apt-get install -y git",
                "FROM nginx:1.27-alpine", "COPY --from=builder /code/build /usr/share/nginx/html");
            var noUser = Assert.Single(Lint(none, target: "development"), f => f.Rule.Id == RuleIds.NoNonRootUser);
            Assert.Null(noUser.Fix);
            Assert.Equal(none, DockerfileFixer.Apply(none, Lint(none, target: "development"), out _));

            var root = Lines("FROM node:lts AS development", "USER root", "RUN npm ci", "CMD [\"npm\", \"start\"]",
                "FROM development AS builder", "RUN npm run build");
            var runsAsRoot = Assert.Single(Lint(root, target: "development"), f => f.Rule.Id == RuleIds.RunsAsRoot);
            Assert.Null(runsAsRoot.Fix);
            Assert.Equal(root, DockerfileFixer.Apply(root, Lint(root, target: "development"), out _));
        }

        [Fact]
        public void Target_that_no_later_stage_builds_on_still_gets_its_user_fix()
        {
            // A stage FROM an unrelated image, or the last stage, is nobody's base: the fix goes in as before.
            var text = Lines("FROM node:lts AS development", "RUN npm ci", "CMD [\"npm\", \"start\"]",
                "FROM node:lts AS other", "RUN npm run build");
            Assert.Equal(Lines("FROM node:lts AS development", "RUN npm ci", "USER 10001", "CMD [\"npm\", \"start\"]",
                "FROM node:lts AS other", "RUN npm run build"), DockerfileFixer.Apply(text, Lint(text, target: "development"), out _));
        }

        [Fact]
        public void Sudo_step_ending_in_a_line_continuation_at_the_end_of_the_file_is_left_alone()
        {
            // audit 4, §7: the restored USER would be read as part of the command (make USER builder).
            var text = "FROM ubuntu:24.04\nUSER builder\nRUN sudo make \\\n";
            var once = Fix(text);
            Assert.DoesNotContain("RUN make", once);
            Assert.DoesNotContain("USER root", once);
        }

        [Fact]
        public void Root_from_a_variable_is_left_to_where_the_variable_is_set()
        {
            // Replacing ${APP_USER...} would drop the variable (a build arg that sets it would no longer count): the
            // finding stays, at the USER instruction, for the user to change the default or the ARG.
            var text = Lines("FROM alpine", "ARG APP_USER=root", "USER $APP_USER", "FROM alpine AS two", "USER ${APP_USER:-root}");
            Assert.Equal(text, Fix(text));
            Assert.Contains(Lint(text), f => f.Rule.Id == RuleIds.RunsAsRoot && f.Span.StartLine == 5);
        }

        [Fact]
        public void Sudo_prefixes_are_removed_from_the_whole_run()
        {
            // The RUNs run as root (the USER comes after them), so sudo only goes.
            var text = Lines("FROM alpine", "RUN sudo apk add x && \\", "    sudo rm -rf /tmp/*", "# keep me", "RUN sudo -u x y", "USER app");
            Assert.Equal(Lines("FROM alpine", "RUN apk add x && \\", "    rm -rf /tmp/*", "# keep me", "RUN sudo -u x y", "USER app"), Fix(text));
        }

        [Theory]
        [InlineData("USER app", "RUN sudo -u root id && sudo id")]
        [InlineData("USER root", "RUN sudo -u root id && sudo id")]
        [InlineData("USER app", "RUN sudo id && /usr/bin/sudo make")]
        [InlineData("USER app", "RUN bash -c \"echo \\\"a\\\" && sudo x\" && sudo y")]
        [InlineData("USER 0", "RUN [\"sudo\", \"sh\", \"-c\", \"sudo make\"]")]
        public void Run_with_a_sudo_that_cannot_be_removed_is_not_fixed_at_all(string user, string run)
        {
            // audit 5, §7: removing only the plain sudo left the finding, and under a non-root USER the wrap ran the
            // remaining one (sudo -u root) as root.
            var text = Lines("FROM alpine", user, run, "USER app");
            var finding = Assert.Single(Lint(text), f => f.Rule.Id == RuleIds.SudoInBuild);
            Assert.Null(finding.Fix);
            Assert.Equal(text, Fix(text));
        }

        [Fact]
        public void Run_whose_every_sudo_can_be_removed_is_still_fixed_next_to_one_that_cannot()
        {
            var text = Lines("FROM alpine", "USER app", "RUN sudo -u root id", "RUN sudo id && sudo make");
            Assert.Equal(Lines("FROM alpine", "USER app", "RUN sudo -u root id", "USER root", "RUN id && make", "USER app"), Fix(text));
        }

        [Fact]
        public void Sudo_in_a_heredoc_is_removed()
        {
            var text = Lines("FROM alpine", "RUN <<EOF", "sudo apk add x", "EOF", "USER app");
            Assert.Equal(Lines("FROM alpine", "RUN <<EOF", "apk add x", "EOF", "USER app"), Fix(text));
        }

        [Fact]
        public void Sudo_under_a_non_root_user_runs_the_step_as_root_and_switches_back()
        {
            // audit 3, §7: docs/rules/CTL1004.md's own bad example. Dropping sudo alone made apt-get run as builder.
            var text = Lines("FROM ubuntu:24.04",
                "RUN apt-get update && apt-get install -y sudo \\",
                " && useradd -m builder \\",
                " && echo 'builder ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/builder",
                "USER builder",
                "RUN sudo apt-get install -y curl");
            var once = Fix(text);
            Assert.Equal(Lines("FROM ubuntu:24.04",
                "RUN apt-get update && apt-get install -y sudo \\",
                " && useradd -m builder \\",
                " && echo 'builder ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/builder",
                "USER builder",
                "USER root",
                "RUN apt-get install -y curl",
                "USER builder"), once);
            Assert.Equal(once, Fix(once));
        }

        [Fact]
        public void Heredoc_runs_in_a_row_share_one_switch_to_root()
        {
            // audit 3, §7 (fix/f1): the switch back goes after the heredoc's terminator.
            var text = Lines("FROM alpine:3.20", "USER 1000", "RUN <<EOT bash", "  set -eux", "  if true; then", "    sudo apk add x", "  fi", "EOT",
                "RUN <<-EOT", "\tsudo ls", "\tEOT", "CMD [\"sh\"]");
            var once = Fix(text);
            Assert.Equal(Lines("FROM alpine:3.20", "USER 1000", "USER root", "RUN <<EOT bash", "  set -eux", "  if true; then", "    apk add x", "  fi", "EOT",
                "RUN <<-EOT", "\tls", "\tEOT", "USER 1000", "CMD [\"sh\"]"), once);
            Assert.Equal(once, Fix(once));
        }

        [Fact]
        public void Switch_keeps_the_user_as_written_the_indentation_crlf_and_the_comments_over_the_run()
        {
            var text = "FROM mcr.microsoft.com/dotnet/sdk:8.0\r\n  USER $APP_UID\r\n  # containerlint ignore=CTL9002 build it\r\n  RUN sudo make \\\r\n    install\r\n  CMD x";
            var once = Fix(text);
            Assert.Equal("FROM mcr.microsoft.com/dotnet/sdk:8.0\r\n  USER $APP_UID\r\n  USER root\r\n  # containerlint ignore=CTL9002 build it\r\n  RUN make \\\r\n    install\r\n  USER $APP_UID\r\n  CMD x", once);
            Assert.Equal(once, Fix(once));
        }

        [Fact]
        public void Switch_back_copies_the_suppressions_over_the_user_it_copies()
        {
            // Audit 34 F3: the copy of USER $APP_USER brought back the CTL9002 the comment over the original suppressed.
            var text = Lines("FROM alpine:3.20", "ARG APP_USER", "# the CI passes it", "# containerlint ignore=CTL9002 the user comes from the CI build arg",
                "USER $APP_USER", "RUN sudo apk add curl", "CMD [\"sh\"]");
            var once = Fix(text);
            Assert.Equal(Lines("FROM alpine:3.20", "ARG APP_USER", "# the CI passes it", "# containerlint ignore=CTL9002 the user comes from the CI build arg",
                "USER $APP_USER", "USER root", "RUN apk add curl", "# containerlint ignore=CTL9002 the user comes from the CI build arg", "USER $APP_USER",
                "CMD [\"sh\"]"), once);
            Assert.Equal(once, Fix(once));
            var unsuppressed = Lint(once).Where(f => !f.IsSuppressed).Select(f => f.Rule.Id);
            Assert.DoesNotContain("CTL9002", unsuppressed);
        }

        [Fact]
        public void Switch_back_at_the_end_of_a_file_without_a_final_line_break()
        {
            // The file still ends without one (audit 34 F6), as a Compose file does.
            Assert.Equal("FROM alpine\nUSER app\nUSER root\nRUN [\"make\"]\nUSER app", Fix("FROM alpine\nUSER app\nRUN [\"sudo\", \"make\"]"));
            Assert.Equal("FROM alpine\r\nRUN make\r\nUSER 10001", Fix("FROM alpine\r\nRUN make"));
        }

        // Audit 106 W106-6: BuildKit ends lines at \n only, so a USER written after a lone \r was part of the RUN above it.
        [Theory]
        [InlineData("FROM alpine\nRUN npm install\r", "FROM alpine\nRUN npm install\r\nUSER 10001")]
        [InlineData("FROM alpine\rRUN npm install\r\nCMD x\r\n", null)]
        [InlineData("FROM alpine\nRUN make\rRUN sudo make install\n", "FROM alpine\nRUN make\rRUN sudo make install\nUSER 10001\n")]
        // Audit 107 A107-2: a lone \r ending the last line of a \r\n file becomes that line's \r\n, not \r\r\n.
        [InlineData("FROM alpine\r\nRUN apk add curl\r", "FROM alpine\r\nRUN apk add curl\r\nUSER 10001")]
        [InlineData("FROM alpine\r\nRUN <<EOF\r\necho hi\r\nEOF\r", "FROM alpine\r\nRUN <<EOF\r\necho hi\r\nEOF\r\nUSER 10001")]
        [InlineData("FROM alpine\r\nUSER app\r\nRUN sudo make\r", "FROM alpine\r\nUSER app\r\nUSER root\r\nRUN make\r\nUSER app")]
        public void Lines_written_by_fixes_end_where_BuildKit_ends_lines(string text, string? expected)
        {
            var once = Fix(text);
            if (expected is not null) Assert.Equal(expected, once);
            Assert.Equal(once, Fix(once));
        }

        [Fact]
        public void Unresolved_user_is_switched_back_as_written()
        {
            // Unknown: it may be root (then the switch is harmless) or not (then dropping sudo alone would break the build).
            var text = Lines("FROM alpine", "ARG BUILD_USER", "USER ${BUILD_USER}", "RUN sudo make");
            Assert.Equal(Lines("FROM alpine", "ARG BUILD_USER", "USER ${BUILD_USER}", "USER root", "RUN make", "USER ${BUILD_USER}"), Fix(text));
        }

        [Theory]
        [InlineData("FROM alpine\nARG U=app\nUSER $U\nENV U=root\nRUN sudo make\n")]
        [InlineData("FROM bitnami/git:2\nRUN sudo make\n")]
        [InlineData("ARG BASE\nFROM $BASE\nRUN sudo make\n")]
        [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\nRUN sudo make\n")]
        public void No_fix_when_the_previous_user_cannot_be_written_again_or_is_not_known(string text)
        {
            // A USER whose variable changed or went out of scope, a non-root base's own user, an unknown base, Windows.
            var finding = Assert.Single(Lint(text), f => f.Rule.Id == RuleIds.SudoInBuild);
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void User_of_the_parent_stage_without_variables_is_switched_back_in_the_child()
        {
            var text = Lines("FROM alpine AS base", "USER app", "FROM base", "RUN sudo make");
            Assert.Equal(Lines("FROM alpine AS base", "USER app", "FROM base", "USER root", "RUN make", "USER app"), Fix(text));
        }

        [Fact]
        public void Root_user_only_loses_the_sudo()
        {
            var text = Lines("FROM alpine AS b", "USER 0", "RUN sudo make");
            Assert.Equal(Lines("FROM alpine AS b", "USER 0", "RUN make", "FROM alpine", "USER app"), Fix(text + "FROM alpine\nUSER app\n"));
        }

        [Theory]
        [InlineData("RUN bash -c \"apk add x && sudo make install\"", "RUN bash -c \"apk add x && make install\"")]
        [InlineData("RUN sh -lc 'sudo ./install.sh' && sudo rm -rf /tmp/x", "RUN sh -lc './install.sh' && rm -rf /tmp/x")]
        [InlineData("RUN bash -c \"a && \\\n    sudo make\"", "RUN bash -c \"a && \\\n    make\"")]
        [InlineData("RUN [\"sh\", \"-c\", \"sudo make\"]", "RUN [\"sh\", \"-c\", \"make\"]")]
        [InlineData("RUN bash -c \"echo \\\"a\\\" && sudo x\"", "RUN bash -c \"echo \\\"a\\\" && sudo x\"")]
        public void Sudo_inside_a_shell_dash_c_script_is_removed_when_exact(string run, string fixedRun)
        {
            var text = Lines("FROM alpine", run, "USER app");
            var once = Fix(text);
            Assert.Equal(Lines("FROM alpine", fixedRun, "USER app"), once);
            Assert.Equal(once, Fix(once));
        }

        [Theory]
        [InlineData("RUN [\"sudo\", \"make\", \"install\"]", "RUN [\"make\", \"install\"]")]
        [InlineData("RUN [ \"sudo\" ,\t\"make\" ]", "RUN [ \"make\" ]")]
        [InlineData("RUN [\"sudo\", \"-u\", \"app\", \"make\"]", "RUN [\"sudo\", \"-u\", \"app\", \"make\"]")]
        [InlineData("RUN [\"sud\\u006f\", \"make\"]", "RUN [\"sud\\u006f\", \"make\"]")]
        public void Sudo_element_of_an_exec_form_is_removed_when_the_command_follows_it(string run, string fixedRun)
        {
            Assert.Equal(Lines("FROM alpine", fixedRun, "USER app"), Fix(Lines("FROM alpine", run, "USER app")));
        }

        [Theory]
        [InlineData("SHELL [\"sudo\", \"sh\", \"-c\"]", "SHELL [\"sh\", \"-c\"]")]
        [InlineData("SHELL [\"sudo\", \"-u\", \"app\", \"sh\", \"-c\"]", "SHELL [\"sudo\", \"-u\", \"app\", \"sh\", \"-c\"]")]
        public void Sudo_element_of_a_shell_is_removed_when_the_shell_follows_it(string shell, string fixedShell)
        {
            var once = Fix(Lines("FROM alpine", shell, "RUN make # build", "USER app"));
            Assert.Equal(Lines("FROM alpine", fixedShell, "RUN make # build", "USER app"), once);
            Assert.Equal(once, Fix(once));
        }

        [Fact]
        public void Sudo_element_of_an_onbuild_shell_is_removed_when_its_triggers_run_as_root()
        {
            var once = Fix(Lines("FROM alpine", "ONBUILD SHELL [\"sudo\", \"sh\", \"-c\"]", "ONBUILD RUN make"));
            Assert.Equal(Lines("FROM alpine", "ONBUILD SHELL [\"sh\", \"-c\"]", "ONBUILD RUN make"), once);
            Assert.Equal(once, Fix(once));
        }

        [Fact]
        public void Windows_image_gets_user_container_user_with_its_escape_directive_and_crlf_kept()
        {
            // audit 3, §14 (fix/w1): not the Linux uid 10001.
            var text = "# escape=`\r\nFROM mcr.microsoft.com/dotnet/aspnet:8.0-windowsservercore-ltsc2022\r\nWORKDIR C:\\app\r\nCOPY . .\r\nENTRYPOINT [\"dotnet\", \"App.dll\"]\r\n";
            var once = Fix(text);
            Assert.Equal(text.Replace("ENTRYPOINT", "USER ContainerUser\r\nENTRYPOINT"), once);
            Assert.Equal(once, Fix(once));
            Assert.Equal("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n", Fix("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n"));
        }

        [Fact]
        public void Dotnet_framework_image_named_by_version_alone_gets_user_container_user()
        {
            // audit 4, §5: framework/aspnet:4.8 is a Windows Server Core image; USER 10001 would not start.
            var text = Lines("FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8", "COPY . /inetpub/wwwroot");
            Assert.Equal(Lines("FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8", "COPY . /inetpub/wwwroot", "USER ContainerUser"), Fix(text));
            Assert.Contains(Lint(text), f => f.Rule.Id == RuleIds.NoNonRootUser && f.Message.Contains("ContainerAdministrator"));
        }

        [Fact]
        public void Crlf_line_endings_are_kept()
        {
            var text = "FROM alpine\r\nRUN sudo apk add x\r\nCMD [\"x\"]\r\n";
            Assert.Equal("FROM alpine\r\nRUN apk add x\r\nUSER 10001\r\nCMD [\"x\"]\r\n", Fix(text));
        }

        [Fact]
        public void Byte_order_mark_is_kept()
        {
            Assert.Equal("\uFEFFFROM alpine\nUSER 10001\n", Fix("\uFEFFFROM alpine\nUSER root\n"));
        }

        [Fact]
        public void Suppressed_findings_are_not_fixed()
        {
            var text = Lines("FROM alpine", "# containerlint ignore=CTL1001", "USER root");
            var findings = Lint(text);
            Assert.Equal(text, DockerfileFixer.Apply(text, findings, out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void A_run_line_a_comment_at_its_end_suppresses_is_not_fixed()
        {
            // Audit 139 F139-2: the fix dropped the sudo the comment kept.
            var text = Lines("FROM alpine", "RUN sudo apk add curl # containerlint ignore=CTL1004 no root shell", "USER app");
            Assert.Equal(text, DockerfileFixer.Apply(text, Lint(text), out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void Applied_lists_the_findings_that_were_fixed()
        {
            var text = Lines("FROM alpine", "RUN sudo x", "RUN chmod u+s /x");
            DockerfileFixer.Apply(text, Lint(text), out var applied);
            Assert.Equal(new[] { RuleIds.NoNonRootUser, RuleIds.SudoInBuild }, applied.Select(f => f.Rule.Id).OrderBy(id => id));
        }

        [Theory]
        [InlineData("FROM alpine\nRUN sudo a && sudo b; sudo c\nCMD x\n")]
        [InlineData("FROM alpine AS b\nUSER root\nFROM b\nRUN sudo x\n")]
        [InlineData("FROM alpine\r\nUSER 0\r\nRUN [\"sudo\", \"x\"]\r\n")]
        [InlineData("FROM scratch")]
        [InlineData("FROM alpine\nUSER app\nRUN sudo a\n# b\nRUN [\"sudo\", \"b\"]\nRUN sudo -u x c\nRUN sudo d\n")]
        public void Fixing_twice_changes_nothing_the_second_time(string text)
        {
            var once = Fix(text);
            Assert.NotEqual(text, once);
            Assert.Equal(once, Fix(once));
            Assert.DoesNotContain(Lint(once), f => f.Fix is not null && !f.IsSuppressed && f.Rule.Id != RuleIds.SudoInBuild);
        }
    }
}
