using System.Linq;
using ContainerLint.Catalog;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    public class SuppressionTests
    {
        [Fact]
        public void Comment_directly_above_suppresses_the_instruction_and_keeps_the_reason()
        {
            var findings = Lint(Lines("FROM alpine", "# containerlint ignore=CTL1001 needs root for the agent", "USER root"));
            var finding = Assert.Single(findings, f => f.Rule.Id == RuleIds.RunsAsRoot);
            Assert.True(finding.IsSuppressed);
            Assert.Equal("needs root for the agent", finding.Suppression!.Justification);
            Assert.Equal(2, finding.Suppression.Comment!.StartLine);
        }

        [Fact]
        public void Several_comment_lines_above_still_apply()
        {
            var findings = Lint(Lines("FROM alpine", "# containerlint ignore=CTL1004", "# installs as root", "RUN sudo x"));
            Assert.True(Assert.Single(findings, f => f.Rule.Id == RuleIds.SudoInBuild).IsSuppressed);
        }

        [Fact]
        public void Suppression_covers_every_line_of_a_continued_instruction()
        {
            var findings = Lint(Lines("FROM alpine", "USER app", "# containerlint ignore=CTL1006", "RUN apt-get update \\", "  && apt-get install -y \\", "     openssh-server"));
            Assert.True(Assert.Single(findings, f => f.Rule.Id == RuleIds.SshServer).IsSuppressed);
        }

        [Fact]
        public void Comment_inside_a_continued_instruction_applies_to_it()
        {
            var findings = Lint(Lines("FROM alpine", "USER app", "RUN apt-get update \\", "# containerlint ignore=CTL1004", "  && sudo x"));
            Assert.True(Assert.Single(findings, f => f.Rule.Id == RuleIds.SudoInBuild).IsSuppressed);
        }

        [Fact]
        public void Comment_separated_by_a_blank_line_does_not_apply()
        {
            var findings = Lint(Lines("FROM alpine", "# containerlint ignore=CTL1001", "", "USER root"));
            Assert.False(Assert.Single(findings, f => f.Rule.Id == RuleIds.RunsAsRoot).IsSuppressed);
        }

        [Fact]
        public void Comment_applies_only_to_the_instruction_below()
        {
            var findings = Lint(Lines("FROM alpine", "# containerlint ignore=CTL1004", "RUN sudo a", "RUN sudo b", "USER app"));
            var sudo = findings.Where(f => f.Rule.Id == RuleIds.SudoInBuild).ToList();
            Assert.Equal(new[] { true, false }, sudo.Select(f => f.IsSuppressed));
        }

        [Fact]
        public void Hash_at_the_end_of_an_instruction_is_an_argument_not_a_suppression()
        {
            var findings = Lint(Lines("FROM alpine", "USER root # containerlint ignore=CTL1001"));
            Assert.DoesNotContain(findings, f => f.IsSuppressed);
        }

        // Audit 139 F139-2: at the end of a shell-form RUN line the shell reads a # as a comment, so it is one for ContainerLint
        // too (rules.md: "the same comment at the end of a line applies to that line's node"); the fix leaves the line alone.
        [Fact]
        public void Comment_at_the_end_of_a_run_line_suppresses_that_instruction()
        {
            var findings = Lint(Lines("FROM alpine", "USER app",
                "RUN sudo apk add curl # containerlint ignore=CTL1004 base image has no root shell",
                "RUN apt-get update \\", "  && chmod u+s /usr/bin/ping  # containerlint ignore=CTL1005", "RUN sudo b",
                "ONBUILD RUN sudo c # containerlint ignore=CTL1004"));
            var sudo = findings.Where(f => f.Rule.Id == RuleIds.SudoInBuild).ToList();
            Assert.Equal(new[] { true, false, true }, sudo.Select(f => f.IsSuppressed));
            Assert.Equal("base image has no root shell", sudo[0].Suppression!.Justification);
            Assert.Equal(3, sudo[0].Suppression!.Comment!.StartLine);
            Assert.Equal(23, sudo[0].Suppression!.Comment!.StartColumn);
            Assert.True(Assert.Single(findings, f => f.Rule.Id == RuleIds.SetuidBit).IsSuppressed);
        }

        [Fact]
        public void Hash_inside_a_run_word_or_quotes_or_exec_form_is_not_a_suppression()
        {
            var findings = Lint(Lines("FROM alpine", "USER app",
                "RUN sudo a#containerlint ignore=CTL1004",
                "RUN sudo echo '# containerlint ignore=CTL1004'",
                "RUN [\"sudo\", \"b\", \"# containerlint ignore=CTL1004\"]"));
            var sudo = findings.Where(f => f.Rule.Id == RuleIds.SudoInBuild).ToList();
            Assert.Equal(3, sudo.Count);
            Assert.DoesNotContain(sudo, f => f.IsSuppressed);
        }

        // Audit 140: a comment inside a command substitution ends with it (R140-1); cmd, which a SHELL may name, has no
        // comments (R140-7); the line that starts a here-document is a shell line like any other (R140-8).
        [Fact]
        public void Comment_in_a_substitution_or_under_a_cmd_shell_is_no_suppression_and_one_before_a_heredoc_is()
        {
            var findings = Lint(Lines("FROM alpine", "USER app",
                "RUN echo `# containerlint ignore=CTL1004` && sudo apk add curl",
                "RUN echo \"$(echo '# containerlint ignore=CTL1004')\" && sudo b",
                "RUN cat <<EOF > /x && sudo c # containerlint ignore=CTL1004 heredoc line",
                "# containerlint global ignore=CTL1004",
                "EOF",
                "SHELL [\"cmd\", \"/S\", \"/C\"]",
                "RUN sudo d # containerlint ignore=CTL1004",
                "FROM alpine", "USER app", "RUN sudo e # containerlint ignore=CTL1004"));
            var sudo = findings.Where(f => f.Rule.Id == RuleIds.SudoInBuild).Select(f => (f.Span.StartLine, f.IsSuppressed)).ToList();
            Assert.Equal(new[] { (3, false), (4, false), (5, true), (9, false), (12, true) }, sudo);
        }

        [Fact]
        public void A_cmd_shell_a_stage_is_built_from_is_its_shell_too()
        {
            // Audit 141 Q141-2: the stage built FROM the one whose SHELL runs cmd runs its RUN lines with cmd as well.
            var findings = Lint(Lines("FROM alpine AS win", "SHELL [\"cmd\", \"/S\", \"/C\"]",
                "FROM win", "USER app", "RUN sudo a # containerlint ignore=CTL1004"));
            Assert.False(Assert.Single(findings, f => f.Rule.Id == RuleIds.SudoInBuild).IsSuppressed);
            // Q141-6: cmd is a Windows image's default shell; a SHELL that names another gives the comment back.
            findings = Lint(Lines("FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS core", "USER ContainerUser",
                "RUN sudo b # containerlint ignore=CTL1004", "FROM core", "SHELL [\"powershell\", \"-Command\"]",
                "RUN sudo c # containerlint ignore=CTL1004"));
            Assert.Equal(new[] { (3, false), (6, true) },
                findings.Where(f => f.Rule.Id == RuleIds.SudoInBuild).Select(f => (f.Span.StartLine, f.IsSuppressed)));
            // Audit 143 S143-5: the base as the build reads it, after its ARGs.
            findings = Lint(Lines("ARG BASE=mcr.microsoft.com/windows/servercore:ltsc2022", "FROM ${BASE} AS core", "USER ContainerUser",
                "RUN sudo b # containerlint ignore=CTL1004", "FROM core", "RUN sudo c # containerlint ignore=CTL1004"));
            Assert.Equal(new[] { (4, false), (6, false) },
                findings.Where(f => f.Rule.Id == RuleIds.SudoInBuild).Select(f => (f.Span.StartLine, f.IsSuppressed)));
            // V144-1: a tag the linter cannot work out leaves the repository as written.
            findings = Lint(Lines("ARG TAG", "FROM mcr.microsoft.com/windows/servercore:${TAG}", "USER ContainerUser",
                "RUN sudo d # containerlint ignore=CTL1004"));
            Assert.False(Assert.Single(findings, f => f.Rule.Id == RuleIds.SudoInBuild).IsSuppressed);
        }

        [Fact]
        public void Unknown_rule_id_at_the_end_of_a_run_line_is_ctl9003_at_the_comment()
        {
            var findings = Lint(Lines("FROM alpine", "USER app", "RUN ls # containerlint ignore=CTL1404"));
            var unknown = Assert.Single(findings, f => f.Rule.Id == RuleIds.UnknownRuleInSuppression);
            Assert.Equal((3, 8), (unknown.Span.StartLine, unknown.Span.StartColumn));
        }

        [Fact]
        public void Global_comment_suppresses_the_rule_in_the_whole_file()
        {
            var findings = Lint(Lines("FROM alpine", "RUN sudo a", "# containerlint global ignore=CTL1004,CTL1002 legacy image", "RUN sudo b"));
            Assert.All(findings.Where(f => f.Rule.Id is RuleIds.SudoInBuild or RuleIds.NoNonRootUser), f => Assert.True(f.IsSuppressed));
            Assert.Equal(3, findings.Count(f => f.IsSuppressed));
        }

        [Fact]
        public void Comment_above_the_final_from_suppresses_ctl1002()
        {
            var findings = Lint(Lines("FROM alpine AS b", "# containerlint ignore=CTL1002", "FROM alpine"));
            Assert.True(Assert.Single(findings, f => f.Rule.Id == RuleIds.NoNonRootUser).IsSuppressed);
        }

        [Fact]
        public void Unknown_rule_id_is_ctl9003_at_the_comment()
        {
            var findings = Lint(Lines("FROM alpine", "USER app", "# containerlint ignore=CTL1001,CTL9999", "USER app2"));
            var unknown = Assert.Single(findings, f => f.Rule.Id == RuleIds.UnknownRuleInSuppression);
            Assert.Equal(3, unknown.Span.StartLine);
            Assert.Contains("CTL9999", unknown.Evidence, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Unknown_rule_id_in_a_comment_above_nothing_is_still_ctl9003()
        {
            var findings = Lint(Lines("FROM alpine", "USER app", "", "# containerlint ignore=NOPE"));
            Assert.Single(findings, f => f.Rule.Id == RuleIds.UnknownRuleInSuppression);
        }

        [Fact]
        public void Suppression_text_in_a_heredoc_is_content()
        {
            var findings = Lint(Lines("FROM alpine", "USER app", "RUN <<EOF", "# containerlint global ignore=CTL1004", "sudo x", "EOF"));
            Assert.False(Assert.Single(findings, f => f.Rule.Id == RuleIds.SudoInBuild).IsSuppressed);
        }

        [Fact]
        public void Parse_error_is_never_suppressed_and_is_the_only_finding()
        {
            var findings = Lint(Lines("# containerlint global ignore=CTL9001", "FROM alpine", "BOGUS x"));
            var error = Assert.Single(findings);
            Assert.Equal(RuleIds.ParseError, error.Rule.Id);
            Assert.False(error.IsSuppressed);
        }
    }
}
