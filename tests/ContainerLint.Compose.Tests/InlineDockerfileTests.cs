using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Findings;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    /// <summary>build.dockerfile_inline: the Dockerfile given in the Compose file is linted, and fixed, where it is written (audit 3, 10).</summary>
    public class InlineDockerfileTests
    {
        private static string Service(string header, params string[] dockerfile) =>
            Y(new[] { "services:", "  app:", "    build:", "      context: .", "      dockerfile_inline: " + header }
                .Concat(dockerfile.Select(l => l.Length == 0 ? "" : "        " + l)).ToArray());

        /// <summary>Lints, fixes the findings of the given rules, and checks that a second run changes nothing.</summary>
        private static string Fix(string yaml, string? dotEnv, params string[] rules)
        {
            var fixedText = FixOnce(yaml, dotEnv, rules, out var applied);
            Assert.NotEmpty(applied);
            var again = FixOnce(fixedText, dotEnv, rules, out var appliedAgain);
            Assert.Equal(fixedText, again);
            Assert.Empty(appliedAgain);
            return fixedText;
        }

        private static string FixOnce(string yaml, string? dotEnv, string[] rules, out IReadOnlyList<Finding> applied)
        {
            var findings = Lint(yaml, dotEnv).Where(f => rules.Contains(f.Rule.Id));
            return ComposeFixer.Apply(yaml, File, findings, out applied);
        }

        [Fact]
        public void The_audit_reproducer_is_reported_line_for_line()
        {
            var findings = Lint(Service("|", "FROM alpine:3.20", "USER root", "RUN sudo apk add curl", "CMD [\"sh\"]"));
            var user = findings.Single("CTL1001");
            user.At(7, 9);
            Assert.Equal(7, user.Span.EndLine);
            Assert.Equal(18, user.Span.EndColumn);
            Assert.Equal(new[] { "app" }, user.Containers);
            findings.Single("CTL1004").At(8, 9);
        }

        [Theory]
        [InlineData("|-")]
        [InlineData("|+")]
        [InlineData("|2")]
        [InlineData("|2-")]
        [InlineData("| # the image")]
        public void Every_literal_block_header_maps_exactly(string header)
        {
            var findings = Lint(Service(header, "FROM alpine:3.20", "", "USER root", "CMD [\"sh\"]"));
            findings.Single("CTL1001").At(8, 9);
        }

        [Fact]
        public void A_block_indented_deeper_than_its_key_maps_at_its_own_indentation()
        {
            var yaml = Y("services:", "  app:", "    build:", "      dockerfile_inline: |4", "              FROM alpine", "          USER root");
            // |4 under a key indented 6: content at column 11; the first line has 4 more spaces of its own (a Dockerfile
            // allows leading blanks).
            Lint(yaml).Single("CTL1001").At(6, 11);
        }

        [Theory]
        [InlineData(">")]
        [InlineData(">-")]
        public void A_folded_block_is_reported_at_the_scalar_without_a_fix(string header)
        {
            var findings = Lint(Service(header, "FROM alpine", "", "USER root", "", "CMD [\"sh\"]"));
            var user = findings.Single("CTL1001");
            user.At(5, 26);
            Assert.Null(user.Fix);
            Assert.Contains("line 2 of the inline Dockerfile", user.Message); // folded: the blank lines are the line breaks
        }

        [Fact]
        public void A_quoted_or_plain_scalar_is_reported_at_the_scalar()
        {
            var quoted = Lint(Y("services:", "  app:", "    build:", "      dockerfile_inline: \"FROM alpine\\nUSER root\\n\""));
            quoted.Single("CTL1001").At(4, 26);
            Assert.Null(quoted.Single("CTL1001").Fix);
            var plain = Lint(Y("services:", "  app:", "    build:", "      dockerfile_inline: FROM alpine"));
            plain.Single("CTL1002").At(4, 26);
        }

        [Fact]
        public void A_Compose_variable_without_a_known_value_is_unknown_there_not_an_unset_Dockerfile_variable()
        {
            // ${RUN_AS} is Compose's to replace (from the shell or .env, which does not set it here); $$APP_UID is the
            // Dockerfile's, and alpine sets no APP_UID: the empty user runs as root (audit 49 F1).
            var compose = Lint(Service("|", "FROM alpine:3.20", "USER ${RUN_AS}"));
            compose.None("CTL1001");
            compose.Single("CTL9002");
            var dockerfiles = Lint(Service("|", "FROM alpine:3.20", "USER $$APP_UID"));
            dockerfiles.None("CTL9002");
            Assert.Contains("resolves to an empty user", dockerfiles.Single("CTL1001").Evidence, StringComparison.Ordinal);
        }

        [Fact]
        public void A_build_arg_without_a_value_is_unknown_not_left_out()
        {
            // args: [BASE] is Compose's to take from its environment (audit 50 F5): not the ARG's default, alpine.
            var yaml = Y("services:", "  web:", "    build:", "      context: .", "      args:", "        - BASE", "      dockerfile_inline: |",
                "        ARG BASE=alpine:3.20", "        FROM $${BASE}", "        USER $$APP_UID");
            var findings = Lint(yaml);
            findings.None("CTL1001");
            Assert.Contains(findings, f => f.Rule.Id == "CTL9002" && f.Evidence.Contains("BASE, which the build args name without a value"));
            // Set in the .env file: that value.
            Lint(yaml, "BASE=alpine:3.20\n").Single("CTL1001");
        }

        [Fact]
        public void Build_args_and_target_apply_as_for_a_dockerfile()
        {
            var yaml = Y("services:", "  app:", "    build:", "      target: build", "      args:", "        RUNAS: root",
                "      dockerfile_inline: |", "        FROM alpine AS build", "        ARG RUNAS=app", "        USER $${RUNAS}",
                "        FROM alpine", "        USER 10001");
            var user = Lint(yaml).Single("CTL1001");
            user.At(10, 9);
            Assert.Contains("root", user.Message);
        }

        [Fact]
        public void Double_dollar_reaches_the_dockerfile_as_one_dollar_and_columns_follow_the_yaml()
        {
            var yaml = Service("|", "FROM alpine", "ARG U=root", "USER $$U", "RUN echo $$HOME && sudo id");
            var findings = Lint(yaml);
            var user = findings.Single("CTL1001");
            user.At(8, 9);
            Assert.Equal(17, user.Span.EndColumn); // after `$$U`, as written
            findings.Single("CTL1004").At(9, 9);
            findings.None("CTL9002");
        }

        [Fact]
        public void Compose_variables_in_the_inline_dockerfile_come_from_the_env_file()
        {
            var findings = Lint(Service("|", "FROM ${BASE:-alpine}", "USER ${RUNAS}", "CMD [\"sh\"]"), "RUNAS=root\n");
            findings.Single("CTL1001").At(7, 9);
            Assert.Contains("root", findings.Single("CTL1001").Message);
        }

        [Fact]
        public void An_invalid_interpolation_is_a_parse_error_of_the_compose_file()
        {
            var findings = Lint(Service("|", "FROM alpine", "USER ${RUNAS", "CMD [\"sh\"]"));
            findings.Single("CTL9001").At(5, 26);
        }

        [Fact]
        public void Suppression_comments_inside_the_inline_dockerfile_work_as_in_a_dockerfile()
        {
            var findings = Lint(Service("|", "FROM alpine", "# containerlint ignore=CTL1001 build user", "USER root", "RUN sudo id"));
            var user = findings.Single("CTL1001");
            Assert.True(user.IsSuppressed);
            Assert.Equal("build user", user.Suppression!.Justification);
            Assert.False(findings.Single("CTL1004").IsSuppressed);

            var global = Lint(Service("|", "# containerlint global ignore=CTL1004", "FROM alpine", "USER root", "RUN sudo id"));
            Assert.True(global.Single("CTL1004").IsSuppressed);
            Assert.False(global.Single("CTL1001").IsSuppressed);

            var unknown = Lint(Service("|", "FROM alpine", "# containerlint ignore=CTL1999", "USER 10001"));
            unknown.Single("CTL9003").At(7, 9);

            // A YAML comment above build: covers what is under it, the inline Dockerfile included.
            var yaml = Lint(Y("services:", "  app:", "    # containerlint ignore=CTL1001 legacy image", "    build:", "      dockerfile_inline: |",
                "        FROM alpine", "        USER root"));
            Assert.True(yaml.Single("CTL1001").IsSuppressed);
        }

        [Fact]
        public void An_inline_dockerfile_that_does_not_parse_is_a_ctl9001_there_and_the_rest_is_still_reported()
        {
            var yaml = Y("services:", "  app:", "    privileged: true", "    build:", "      dockerfile_inline: |", "        FROM alpine", "        USER", "        CMD [\"sh\"]");
            var findings = Lint(yaml);
            findings.Single("CTL9001").At(7, 9);
            findings.Single("CTL1003").At(3, 17);
        }

        [Fact]
        public void A_shared_inline_dockerfile_is_one_finding_naming_both_services()
        {
            var yaml = Y("services:", "  a:", "    build:", "      dockerfile_inline: &df |", "        FROM alpine", "        USER root",
                "  b:", "    build:", "      dockerfile_inline: *df");
            var user = Lint(yaml).Single("CTL1001");
            user.At(6, 9);
            Assert.Equal(new[] { "a", "b" }, user.Containers);
        }

        [Fact]
        public void Build_target_that_names_no_stage_is_a_CTL9001_at_the_target_value()
        {
            // audit 18, L1: docker compose build stops on a's target; b builds stage "test" of the same block, as before.
            var yaml = Y("services:", "  a:", "    privileged: true", "    build:", "      target: nope", "      dockerfile_inline: &df |",
                "        FROM alpine AS app", "        USER 10001", "        FROM alpine AS test", "        USER root",
                "  b:", "    build:", "      target: test", "      dockerfile_inline: *df");
            var findings = Lint(yaml);

            var target = findings.Single("CTL9001");
            target.At(5, 15);
            Assert.Equal(new[] { "a" }, target.Containers);
            Assert.Equal("the build target 'nope' names no stage of this Dockerfile (its stages: app, test); docker build stops on it", target.Evidence);
            Assert.Null(target.Fix);
            Assert.Equal(new[] { "b" }, findings.Single("CTL1001").Containers);
            // The Compose file itself is read: its findings stay.
            findings.Single("CTL1003").At(3, 17);
        }

        [Fact]
        public void Fixes_leave_an_inline_Dockerfile_whose_build_target_names_no_stage()
        {
            var block = Y("      dockerfile_inline: |", "        FROM alpine", "        USER root", "        RUN sudo id");
            var yaml = Y("services:", "  a:", "    build:", "      target: nope") + block;
            var findings = Lint(yaml);

            findings.Single("CTL9001").At(4, 15);
            Assert.Contains(block, ComposeFixer.Apply(yaml, File, findings, out _));
        }

        private static string SharedBlock(string f1Args, string f2Args) => Y("x-df: &df |", "  FROM ubuntu:24.04", "  ARG U=root", "  USER $$U",
            "  RUN sudo apt-get update", "services:", "  f1: {image: f1, build: {context: ., dockerfile_inline: *df" + f1Args + "}}",
            "  f2:", "    image: f2", "    build: {context: ., dockerfile_inline: *df" + f2Args + "}");

        [Theory]
        [InlineData("", ", args: {U: app}")]
        [InlineData(", args: {U: app}", "")]
        public void A_shared_block_whose_services_need_other_fixes_is_reported_and_not_fixed(string f1Args, string f2Args)
        {
            // audit 6, D2: f1 builds the RUN as root, f2 as app. The fix f1's view gives (sudo just goes) broke f2's build.
            var yaml = SharedBlock(f1Args, f2Args);
            var sudo = Lint(yaml).Single("CTL1004");
            sudo.At(5, 3);
            Assert.Equal(new[] { "f1", "f2" }, sudo.Containers);
            Assert.Null(sudo.Fix);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, Lint(yaml).Only("CTL1004"), out _));
        }

        // Audit 107 A107-9: a USER line that would join a RUN ending in a line continuation is not written, and, as for a
        // Dockerfile, the reason is given (it said nothing).
        [Fact]
        public void Fix_not_made_after_a_line_continuation_at_the_end_of_the_block_says_why()
        {
            var yaml = Service("|", "FROM alpine:3.20", "RUN echo a \\");
            var findings = Lint(yaml).Only("CTL1002");
            Assert.NotEmpty(findings);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, findings, out var applied, out var refused, out var declined));
            Assert.Empty(applied);
            Assert.Null(refused);
            var (finding, why) = Assert.Single(declined);
            Assert.Same(findings[0], finding);
            Assert.Contains("line continuation", why);
        }

        [Fact]
        public void A_shared_block_whose_services_need_the_same_fix_is_fixed_once()
        {
            var yaml = SharedBlock(", args: {U: app}", ", args: {U: app}");
            Assert.Equal(yaml.Replace("  RUN sudo apt-get update\n", "  USER root\n  RUN apt-get update\n  USER $$U\n"), Fix(yaml, null, "CTL1004"));
            var asRoot = SharedBlock("", ", args: {V: x}");
            Assert.Equal(asRoot.Replace("RUN sudo apt-get", "RUN apt-get"), Fix(asRoot, null, "CTL1004"));
        }

        [Fact]
        public void A_mapping_is_not_an_inline_dockerfile()
        {
            Lint(Y("services:", "  app:", "    build:", "      dockerfile_inline: {a: b}")).Single("CTL9001").At(4, 26);
        }

        [Fact]
        public void Fixes_edit_the_lines_of_a_literal_block()
        {
            var yaml = Service("|", "FROM alpine:3.20", "USER root", "RUN sudo apk add curl", "CMD [\"sh\"]");
            // The root USER stays for the RUN under it; the non-root one goes where the build steps end (the Dockerfile fix).
            Assert.Equal(Service("|", "FROM alpine:3.20", "USER root", "RUN apk add curl", "USER 10001", "CMD [\"sh\"]"),
                Fix(yaml, null, "CTL1001", "CTL1004"));
        }

        [Fact]
        public void An_inserted_user_gets_the_block_indentation_and_the_file_line_endings()
        {
            var yaml = Service("|", "FROM alpine", "RUN apk add curl", "CMD [\"sh\"]").Replace("\n", "\r\n");
            Assert.Equal(Service("|", "FROM alpine", "RUN apk add curl", "USER 10001", "CMD [\"sh\"]").Replace("\n", "\r\n"),
                Fix(yaml, null, "CTL1002"));
        }

        [Fact]
        public void An_inserted_user_at_the_end_of_a_block_goes_before_the_next_key()
        {
            var yaml = Y("services:", "  app:", "    build:", "      dockerfile_inline: |-", "        FROM alpine", "        RUN id", "    image: x");
            Assert.Equal(Y("services:", "  app:", "    build:", "      dockerfile_inline: |-", "        FROM alpine", "        RUN id", "        USER 10001", "    image: x"),
                Fix(yaml, null, "CTL1002"));
            var last = "services:\n  app:\n    build:\n      dockerfile_inline: |\n        FROM alpine";
            Assert.Equal(last + "\n        USER 10001", Fix(last, null, "CTL1002"));
        }

        [Fact]
        public void A_sudo_fix_keeps_double_dollars_and_a_user_switch_is_written_escaped()
        {
            var yaml = Service("|", "FROM alpine", "ARG APP=app", "USER $$APP", "RUN sudo echo $$HOME", "USER 10001");
            Assert.Equal(Service("|", "FROM alpine", "ARG APP=app", "USER $$APP", "USER root", "RUN echo $$HOME", "USER $$APP", "USER 10001"),
                Fix(yaml, null, "CTL1004"));
        }

        [Fact]
        public void A_line_holding_a_compose_variable_is_not_rewritten()
        {
            var yaml = Service("|", "FROM alpine", "RUN sudo apk add ${PKG}", "USER 10001");
            var findings = Lint(yaml, "PKG=curl\n").Only("CTL1004");
            Assert.Single(findings);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void Lines_without_a_compose_variable_are_fixed_when_other_lines_hold_one()
        {
            // audit 5, §6: the fix of the line with ${X:-a} made the whole block unwritable, and RUN sudo echo b kept its sudo.
            var yaml = Service("|", "FROM ${BASE:-ubuntu}:24.04", "USER ${RUNAS:-root}", "RUN sudo echo ${X:-a}", "RUN sudo echo b");
            Assert.Equal(2, Lint(yaml).Only("CTL1004").Count);
            Assert.Equal(Service("|", "FROM ${BASE:-ubuntu}:24.04", "USER ${RUNAS:-root}", "RUN sudo echo ${X:-a}", "RUN echo b"),
                Fix(yaml, null, "CTL1004"));
            FixOnce(yaml, null, new[] { "CTL1004" }, out var applied);
            Assert.Equal(9, Assert.Single(applied).Span.StartLine);
        }

        [Fact]
        public void A_fix_after_a_line_holding_a_compose_variable_keeps_crlf_and_a_strip_block_without_a_final_line_break()
        {
            var yaml = Y("services:", "  app:", "    build:", "      dockerfile_inline: |-", "        FROM ${BASE:-alpine}", "        RUN sudo make", "    image: x");
            Assert.Equal(yaml.Replace("RUN sudo make", "RUN make").Replace("\n", "\r\n"), Fix(yaml.Replace("\n", "\r\n"), null, "CTL1004"));
            var last = "services:\n  app:\n    build:\n      dockerfile_inline: |\n        FROM ${BASE:-alpine}\n        RUN sudo make";
            Assert.Equal(last.Replace("RUN sudo make", "RUN make"), Fix(last, null, "CTL1004"));
        }

        [Fact]
        public void User_switches_around_a_line_holding_a_compose_variable_are_made_on_both_sides_of_it()
        {
            var yaml = Service("|", "FROM alpine", "USER app", "RUN sudo a", "RUN sudo echo ${X:-b}", "RUN sudo c");
            Assert.Equal(Service("|", "FROM alpine", "USER app", "USER root", "RUN a", "USER app", "RUN sudo echo ${X:-b}", "USER root", "RUN c", "USER app"),
                Fix(yaml, null, "CTL1004"));
        }

        [Fact]
        public void A_fix_of_a_line_holding_a_compose_variable_is_not_made_and_the_next_line_is_still_fixed()
        {
            // Replacing the root USER's value would write ${RUNAS:-root} back as its value and drop the variable.
            var yaml = Service("|", "FROM alpine", "RUN sudo make", "USER ${RUNAS:-root}", "CMD [\"x\"]");
            var findings = Lint(yaml).Where(f => f.Rule.Id is "CTL1001" or "CTL1004").ToList();
            Assert.Equal(2, findings.Count(f => f.Fix is not null));
            Assert.Equal(Service("|", "FROM alpine", "RUN make", "USER ${RUNAS:-root}", "CMD [\"x\"]"),
                ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Equal("CTL1004", Assert.Single(applied).Rule.Id);
        }

        [Fact]
        public void A_user_switch_that_would_restore_a_user_given_by_a_compose_variable_is_not_made()
        {
            // audit 5, §2: the restored line would be written with the variable's value (USER app), and the variable lost.
            var yaml = Service("|", "FROM alpine", "USER ${APPUSER:-app}", "RUN sudo apk add curl");
            var findings = Lint(yaml).Only("CTL1004");
            Assert.Single(findings);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Empty(applied);
        }

        [Theory]
        [InlineData("USER ${X:-app}", "RUN echo hi")]
        [InlineData("USER ${X:-app}")]
        [InlineData("FROM ubuntu:24.04 AS base", "USER ${APPUSER:-app}", "FROM base")]
        [InlineData("RUN echo ${X:-a}")]
        public void A_user_switch_restoring_a_plain_user_line_is_made_whatever_variable_lines_come_before(params string[] before)
        {
            // audit 6, D3: USER ${X:-app} reads as USER app, and a copy of the real USER app line was taken for a copy of it.
            var lines = before.Concat(new[] { "USER app", "RUN sudo make" }).ToArray();
            if (!lines[0].StartsWith("FROM", System.StringComparison.Ordinal)) lines = new[] { "FROM ubuntu:24.04" }.Concat(lines).ToArray();
            var yaml = Service("|", lines);
            var fixedLines = lines.Take(lines.Length - 1).Concat(new[] { "USER root", "RUN make", "USER app" }).ToArray();
            Assert.Equal(Service("|", fixedLines), Fix(yaml, null, "CTL1004"));
        }

        [Theory]
        [InlineData(null, "FROM ubuntu:24.04 AS base", "USER ${APPUSER:-app}", "FROM base", "RUN sudo make")]
        [InlineData(null, "FROM ubuntu:24.04", "USER \\", "  ${APPUSER:-app}", "RUN sudo make")]
        [InlineData("U=app", "FROM ubuntu:24.04", "USER app", "USER ${U}", "RUN sudo make")]
        [InlineData(null, "FROM ubuntu:24.04", "USER app", "USER ${X:-app}", "RUN echo hi", "RUN sudo make")]
        public void A_user_switch_restoring_a_line_that_holds_a_compose_variable_is_not_made(string? dotEnv, params string[] lines)
        {
            // The restored USER is copied from that line (in another stage, or its continuation): its variable would be lost.
            var yaml = Service("|", lines);
            var findings = Lint(yaml, dotEnv).Only("CTL1004");
            Assert.NotNull(Assert.Single(findings).Fix);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void The_restored_user_keeps_the_keyword_case_of_the_user_it_copies()
        {
            // audit 6, D7: user root went in before the lower-case run, and the switch back after the RUN was written USER app.
            var yaml = Service("|", "# escape=`", "from ubuntu:24.04", "user app", "run sudo apt-get update `", "  && sudo apt-get install -y curl",
                "RUN <<EOF", "sudo make", "EOF");
            Assert.Equal(Service("|", "# escape=`", "from ubuntu:24.04", "user app", "user root", "run apt-get update `", "  && apt-get install -y curl",
                "RUN <<EOF", "make", "EOF", "user app"), Fix(yaml, null, "CTL1004"));
        }

        [Theory]
        [InlineData("USER $${ARGUSER}")]
        [InlineData("USER root")]
        public void A_run_with_a_sudo_that_cannot_be_removed_is_not_fixed(string user)
        {
            // audit 5, §7: the plain sudo went, sudo -u root stayed, and the next run had nothing to fix.
            var yaml = Service("|", "FROM alpine", "ARG ARGUSER=app", user, "RUN sudo -u root id && sudo id", "USER 10001");
            var findings = Lint(yaml).Only("CTL1004");
            Assert.Single(findings);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void A_folded_block_is_not_fixed()
        {
            var yaml = Service(">", "FROM alpine", "", "USER root");
            var findings = Lint(yaml).Only("CTL1001");
            Assert.Single(findings);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Empty(applied);
        }

        [Theory]
        [InlineData("null")]
        [InlineData("~")]
        [InlineData("")]
        [InlineData("\"\"")]
        [InlineData("''")]
        public void A_null_or_empty_dockerfile_inline_is_unset_and_the_context_dockerfile_is_built(string value)
        {
            // compose-go reads dockerfile_inline into a string: null and "" are unset, and dockerfile defaults to Dockerfile.
            var yaml = Y("services:", "  app:", "    build:", "      context: .", "      dockerfile_inline: " + value);
            var result = LintProject(("compose.yaml", yaml), ("Dockerfile", "FROM alpine\nUSER root\n"));
            Assert.Equal("/p/Dockerfile", Assert.Single(result.DockerfileBuilds).Path.Replace('\\', '/'));
            result.Findings.None("CTL9001");
        }

        [Fact]
        public void A_dockerfile_inline_that_interpolates_to_nothing_is_unset_and_the_context_dockerfile_is_built_with_the_args()
        {
            // Compose interpolates before it reads the build (audit 6, D4).
            var yaml = Y("services:", "  app:", "    build:", "      context: .", "      dockerfile_inline: \"${INLINE_DOCKERFILE:-}\"",
                "      args: {U: root}");
            var result = LintProject(("compose.yaml", yaml), ("Dockerfile", "FROM alpine\nARG U=app\nUSER $U\n"));
            var build = Assert.Single(result.DockerfileBuilds);
            Assert.Equal("/p/Dockerfile", build.Path.Replace('\\', '/'));
            Assert.Equal("root", build.BuildArgs["U"]);
            result.Findings.None("CTL9001");
        }

        [Fact]
        public void A_dockerfile_inline_given_by_a_variable_with_no_value_is_taken_as_given()
        {
            var yaml = Y("services:", "  app:", "    build:", "      context: .", "      dockerfile_inline: \"${INLINE_DOCKERFILE}\"");
            var result = LintProject(("compose.yaml", yaml), ("Dockerfile", "FROM alpine\nUSER root\n"));
            Assert.Empty(result.DockerfileBuilds);
        }

        [Fact]
        public void A_null_dockerfile_inline_leaves_the_dockerfile_key_in_effect()
        {
            var yaml = Y("services:", "  app:", "    build:", "      dockerfile: Dockerfile.dev", "      dockerfile_inline: ~");
            var result = LintProject(("compose.yaml", yaml), ("Dockerfile.dev", "FROM alpine\n"));
            Assert.EndsWith("Dockerfile.dev", Assert.Single(result.DockerfileBuilds).Path);
        }

        [Theory]
        [InlineData("\"null\"")]
        [InlineData("\" \"")]
        public void A_dockerfile_inline_string_is_a_dockerfile_even_when_it_reads_null_or_blank(string value)
        {
            var yaml = Y("services:", "  app:", "    build:", "      context: .", "      dockerfile_inline: " + value);
            var result = LintProject(("compose.yaml", yaml), ("Dockerfile", "FROM alpine\nUSER root\n"));
            Assert.Empty(result.DockerfileBuilds);
        }

        [Fact]
        public void A_dockerfile_inline_build_lints_no_dockerfile_file()
        {
            var result = LintProject(("compose.yaml", Service("|", "FROM alpine", "USER 10001")), ("Dockerfile", "FROM alpine\nUSER root\n"));
            Assert.Empty(result.DockerfileBuilds);
            result.Findings.None("CTL1001");
        }
    }
}
