using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles;
using ContainerLint.Findings;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile.Rules
{
    public class SudoInBuildRuleTests
    {
        private const string Id = RuleIds.SudoInBuild;

        [Theory]
        [InlineData("RUN sudo apt-get update")]
        [InlineData("RUN apt-get update && sudo apt-get install -y curl")]
        [InlineData("RUN true || sudo x")]
        [InlineData("RUN a; sudo b")]
        [InlineData("RUN echo x | sudo tee /etc/x")]
        [InlineData("RUN (cd /x && sudo make install)")]
        [InlineData("RUN DEBIAN_FRONTEND=noninteractive sudo apt-get install x")]
        [InlineData("RUN env HOME=/root sudo x")]
        [InlineData("RUN exec sudo x")]
        [InlineData("RUN time sudo x")]
        [InlineData("RUN nohup sudo x")]
        [InlineData("RUN /usr/bin/sudo x")]
        [InlineData("RUN if true; then sudo x; fi")]
        [InlineData("RUN [\"sudo\", \"apt-get\", \"update\"]")]
        [InlineData("RUN [\"/bin/sh\", \"-c\", \"apt-get update && sudo x\"]")]
        [InlineData("run SUDO_X=1 sudo -u app x")]
        [InlineData("RUN echo \"$(sudo cat /etc/shadow)\" > /tmp/x")] // audit 14, 11
        [InlineData("RUN echo `sudo id`")]
        public void Sudo_as_a_command_is_reported(string run)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", run), Id));
            Assert.Equal((2, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        }

        [Theory]
        [InlineData("RUN apt-get install sudo")]
        [InlineData("RUN apk add sudo && echo sudo")]
        [InlineData("RUN echo 'sudo x' > /tmp/a")]
        [InlineData("RUN echo \"a && sudo x\"")]
        [InlineData("RUN usermod -aG sudo app")]
        [InlineData("RUN command -v sudo")]
        [InlineData("RUN ls # sudo x")]
        [InlineData("RUN cat <<EOF > /etc/sudoers.d/app\nsudo ALL=(ALL) NOPASSWD: ALL\nEOF")]
        [InlineData("RUN pseudo x")]
        [InlineData("CMD sudo x")]
        public void Sudo_that_is_not_run_is_not_reported(string run)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", run), Id));
        }

        [Theory]
        [InlineData("ONBUILD RUN sudo make install")]
        [InlineData("onbuild run apt-get update && sudo make")]
        [InlineData("ONBUILD RUN [\"sudo\", \"make\"]")]
        [InlineData("ONBUILD RUN bash -c 'sudo make'")]
        public void Sudo_in_an_onbuild_trigger_is_reported_at_the_trigger(string line)
        {
            // Every build FROM the image runs the trigger as a build step of its own.
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", line), Id));
            Assert.Equal((2, 9, 2, line.Length + 1), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
            Assert.StartsWith("ONBUILD RUN runs sudo", finding.Evidence);
        }

        [Theory]
        [InlineData("ONBUILD RUN apt-get install -y sudo")]
        [InlineData("ONBUILD CMD sudo x")]
        [InlineData("ONBUILD ENTRYPOINT [\"sudo\", \"x\"]")]
        public void Sudo_in_an_onbuild_trigger_that_does_not_run_it_is_not_reported(string line)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", line), Id));
        }

        [Fact]
        public void Sudo_in_a_heredoc_script_is_reported_at_the_run()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", "RUN <<EOF", "set -e", "sudo apk add x", "EOF"), Id));
            Assert.Equal((2, 1, 5, 4), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        }

        [Fact]
        public void Sudo_on_a_continuation_line_is_reported_at_the_first_line()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", "RUN apt-get update \\", "  && sudo apt-get install -y x"), Id));
            Assert.Equal((2, 1, 3, 31), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        }

        [Fact]
        public void Fix_removes_the_sudo_prefix_at_its_file_offset()
        {
            var text = Lines("FROM alpine", "RUN apt-get update \\", "  && sudo apt-get install -y x");
            var finding = Assert.Single(FindingsOf(text, Id));
            Assert.Equal(FixKind.RemoveText, finding.Fix!.Kind);
            Assert.Equal("sudo ", finding.Fix.OldValue);
            Assert.Equal(text.IndexOf("sudo", System.StringComparison.Ordinal), finding.Fix.Offset);
        }

        [Fact]
        public void Fix_under_a_non_root_user_runs_the_step_as_root_and_restores_the_user_as_written()
        {
            var text = Lines("FROM registry.example.com/base", "USER $APP_UID", "# build", "RUN sudo make", "CMD x");
            var finding = Assert.Single(FindingsOf(text, Id, buildArgs: null));
            Assert.Equal("$APP_UID", finding.Fix!.RestoreUser);
            Assert.Equal(text.IndexOf("# build", System.StringComparison.Ordinal), finding.Fix.RootFrom);
            Assert.Equal(text.IndexOf("CMD", System.StringComparison.Ordinal), finding.Fix.RootUntil);
        }

        [Theory]
        [InlineData("FROM alpine\nRUN sudo make\n")]
        [InlineData("FROM alpine\nUSER root\nRUN sudo make\n")]
        [InlineData("FROM alpine\nARG U=0\nUSER $U\nRUN sudo make\n")]
        [InlineData("FROM alpine\nARG U=\nUSER $U\nRUN sudo make\n")] // an empty user is root (audit 22 L3)
        [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\nUSER \"\"\nRUN sudo make\n")]
        public void Fix_when_the_step_runs_as_root_only_drops_sudo(string text)
        {
            var finding = Assert.Single(FindingsOf(text, Id));
            Assert.Equal(FixKind.RemoveText, finding.Fix!.Kind);
            Assert.Null(finding.Fix.RestoreUser);
        }

        [Theory]
        [InlineData("RUN sudo -u app x")]
        [InlineData("RUN sudo  x")]
        [InlineData("RUN [\"sudo\", \"-E\", \"x\"]")]
        [InlineData("RUN s\\\nudo x")]
        public void No_fix_when_the_prefix_is_not_a_plain_sudo_space(string run)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", run), Id));
            Assert.Null(finding.Fix);
        }

        [Theory]
        [InlineData("RUN bash -c \"apk add x && sudo make install\"")]
        [InlineData("RUN sh -lc 'sudo ./install.sh'")]
        [InlineData("RUN sh -ec 'cd /src; sudo make'")]
        [InlineData("RUN bash -e -c 'sudo x'")]
        [InlineData("RUN bash -o pipefail -c 'curl x | sudo tee /y'")]
        [InlineData("RUN bash --noprofile -c 'sudo x'")]
        [InlineData("RUN dash -c -- 'sudo x'")]
        [InlineData("RUN /bin/zsh -c sudo\\ x")]
        [InlineData("RUN env A=1 ash -c 'sudo x'")]
        [InlineData("RUN bash -c \"sh -c 'sudo x'\"")]
        [InlineData("RUN [\"bash\", \"-lc\", \"sudo make\"]")]
        public void Sudo_in_the_script_of_a_shell_dash_c_is_reported(string run)
        {
            // audit 3, §9: in shell form too, as the exec form ["bash", "-c", "sudo make"] already was.
            var text = Lines("FROM alpine", run);
            var finding = Assert.Single(FindingsOf(text, Id));
            Assert.Equal((2, 1, 2, 1 + run.Length), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
            Assert.Equal("RUN runs sudo", finding.Evidence);
        }

        [Theory]
        [InlineData("RUN bash -c 'echo sudo x'")]
        [InlineData("RUN bash script.sh sudo x")]
        [InlineData("RUN bash -x 'sudo x'")]
        [InlineData("RUN bash -o c 'sudo x'")]
        [InlineData("RUN bash -c")]
        [InlineData("RUN echo bash -c 'sudo x'")]
        [InlineData("RUN [\"bash\", \"-l\", \"sudo x\"]")]
        public void Shell_arguments_that_are_not_a_dash_c_script_are_not_read(string run)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", run), Id));
        }

        [Fact]
        public void Sudo_running_a_shell_and_sudo_inside_it_count_twice()
        {
            Assert.Equal("RUN runs sudo 2 times", Assert.Single(FindingsOf(Lines("FROM alpine", "RUN sudo sh -c 'sudo x'"), Id)).Evidence);
        }

        [Theory]
        [InlineData("RUN bash -c \"apk add x && sudo make install\"")]
        [InlineData("RUN sh -lc 'sudo ./install.sh'")]
        [InlineData("RUN bash -c \"a && \\\n    sudo make\"")]
        [InlineData("RUN bash -c \"sh -c 'sudo x'\"")]
        public void Fix_offset_points_at_the_sudo_inside_the_quoted_script(string run)
        {
            var text = Lines("FROM alpine", run);
            var finding = Assert.Single(FindingsOf(text, Id));
            Assert.Equal(FixKind.RemoveText, finding.Fix!.Kind);
            Assert.Equal(text.IndexOf("sudo", System.StringComparison.Ordinal), finding.Fix.Offset);
        }

        [Theory]
        [InlineData("RUN bash -c \"echo \\\"a\\\" && sudo x\"")]
        [InlineData("RUN bash -c 'a && '\"sudo x\"")]
        [InlineData("RUN bash -c \"\\$HOME && sudo x\"")]
        public void No_fix_when_the_script_is_not_written_as_its_value(string run)
        {
            // Quotes or escapes inside the script: the value's positions are not the file's, so nothing is edited.
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", run), Id));
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void Builder_stages_outside_the_final_chain_are_reported_too()
        {
            // Every build step counts (rules.md: "RUN runs sudo"), as in hadolint's DL3004; a stage nothing builds from too.
            var text = Lines("FROM alpine AS build", "RUN sudo make", "FROM alpine AS base", "RUN sudo x", "FROM base", "FROM alpine AS debug", "RUN sudo y");
            Assert.Equal(new[] { 2, 4, 7 }, FindingsOf(text, Id).Select(f => f.Span.StartLine));
        }

        [Theory]
        [InlineData("RUN nice sudo make")]
        [InlineData("RUN nice -n 10 sudo make")]
        [InlineData("RUN nice -n10 sudo make")]
        [InlineData("RUN nice -10 sudo make")]
        [InlineData("RUN nice --adjustment 5 sudo make")]
        [InlineData("RUN nice --adjustment=5 sudo make")]
        [InlineData("RUN timeout 600 sudo make install")]
        [InlineData("RUN timeout -s KILL -k 5 60 sudo make")]
        [InlineData("RUN timeout --signal KILL --preserve-status 1m sudo make")]
        [InlineData("RUN setsid sudo make")]
        [InlineData("RUN setsid -f -w sudo make")]
        [InlineData("RUN stdbuf -oL sudo make")]
        [InlineData("RUN stdbuf -o L -e 0 sudo make")]
        [InlineData("RUN ionice -c3 sudo make")]
        [InlineData("RUN ionice -c 2 -n 7 sudo make")]
        [InlineData("RUN cat list | xargs sudo rm")]
        [InlineData("RUN xargs -r sudo rm < list")]
        [InlineData("RUN xargs -n 1 -I {} sudo rm {} < list")]
        [InlineData("RUN xargs -0rn1 sudo rm < list")]
        [InlineData("RUN xargs --max-args 1 sudo rm < list")]
        [InlineData("RUN find /opt -name \"*.sh\" -exec sudo chmod 755 {} +")]
        [InlineData("RUN find /opt -type f -execdir sudo chmod 644 {} \\;")]
        [InlineData("RUN find /opt -exec echo {} \\; -ok sudo rm {} \\;")]
        [InlineData("RUN eval \"sudo make\"")]
        [InlineData("RUN eval sudo make")]
        [InlineData("RUN nice timeout 60 xargs sudo rm < list")]
        [InlineData("RUN timeout 60 sh -c 'sudo make'")]
        [InlineData("RUN [\"nice\", \"-n\", \"5\", \"sudo\", \"make\"]")]
        [InlineData("RUN [\"find\", \"/opt\", \"-exec\", \"sudo\", \"rm\", \"{}\", \"+\"]")]
        public void Sudo_run_through_a_command_wrapper_is_reported(string run)
        {
            // audit 22 L1: nice, timeout, setsid, stdbuf, ionice and xargs run the command that follows their options;
            // find runs the command of -exec/-execdir/-ok/-okdir; eval runs its arguments as a script.
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", run), Id));
            Assert.Equal("RUN runs sudo", finding.Evidence);
        }

        [Theory]
        [InlineData("RUN xargs -a sudo rm -f")]
        [InlineData("RUN xargs -I sudo echo sudo")]
        [InlineData("RUN xargs -d sudo echo < list")]
        [InlineData("RUN timeout -s sudo 60 make")]
        [InlineData("RUN nice -n sudo make")]
        [InlineData("RUN stdbuf -o sudo make")]
        [InlineData("RUN ionice -p 1 sudo")]
        [InlineData("RUN find /usr -name sudo -exec ls -l {} +")]
        [InlineData("RUN find / -perm -4000 -print | grep sudo")]
        [InlineData("RUN eval echo sudo")]
        [InlineData("RUN eval 'echo \"sudo make\"'")]
        [InlineData("RUN busybox sudo make")]
        [InlineData("RUN busybox /usr/bin/sudo id")]
        [InlineData("RUN busybox --list | grep sudo")]
        public void An_option_value_or_argument_of_a_wrapper_is_not_its_command(string run)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", run), Id));
        }

        [Theory]
        [InlineData("RUN nice -n 10 sudo make", "RUN nice -n 10 make")]
        [InlineData("RUN timeout -k 5 600 sudo make install", "RUN timeout -k 5 600 make install")]
        [InlineData("RUN ls | xargs -r sudo rm", "RUN ls | xargs -r rm")]
        [InlineData("RUN find /opt -exec sudo chmod 755 {} +", "RUN find /opt -exec chmod 755 {} +")]
        [InlineData("RUN eval \"sudo make\"", "RUN eval \"make\"")]
        [InlineData("RUN eval 'cd /src && sudo make'", "RUN eval 'cd /src && make'")]
        [InlineData("RUN eval sudo make", "RUN eval make")]
        public void Fix_drops_the_sudo_inside_a_wrapper(string run, string fixedRun)
        {
            var text = Lines("FROM alpine", run, "USER 10001");
            Assert.Equal(Lines("FROM alpine", fixedRun, "USER 10001"), DockerfileFixer.Apply(text, Lint(text), out _));
        }

        [Theory]
        [InlineData("RUN xargs sudo < list")]
        [InlineData("RUN nice sudo -E make")]
        [InlineData("RUN eval  sudo  make")]
        [InlineData("RUN eval \"sudo \\$HOME/x\"")]
        [InlineData("RUN eval sudo\\ make")]
        [InlineData("RUN [\"nice\", \"sudo\", \"make\"]")]
        [InlineData("RUN [\"find\", \"/opt\", \"-exec\", \"sudo\", \"rm\", \"{}\", \"+\"]")]
        public void No_fix_when_the_sudo_inside_a_wrapper_cannot_go_exactly(string run)
        {
            // xargs without a command runs echo; a sudo with options is left as always; eval's script written other than
            // as its value, and exec form past its first element, have no file offsets to edit.
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", run, "USER 10001"), Id));
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void Several_runs_give_one_finding_each()
        {
            var findings = FindingsOf(Lines("FROM alpine", "RUN sudo a && sudo b", "RUN sudo c"), Id);
            Assert.Equal(new[] { 2, 3 }, findings.Select(f => f.Span.StartLine));
        }

        // Audit 139 F139-3: a SHELL that starts with sudo runs every shell-form RUN that uses it through sudo.
        [Fact]
        public void Shell_that_runs_sudo_is_reported_once_at_the_shell_for_the_runs_that_use_it()
        {
            var text = Lines("FROM alpine AS base", "SHELL [\"sudo\", \"sh\", \"-c\"]", "RUN apk add curl", "RUN [\"echo\", \"exec form\"]",
                "FROM base", "RUN make install");
            var finding = Assert.Single(FindingsOf(text, Id));
            Assert.Equal((2, 1, 2, 27), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
            Assert.Equal("SHELL runs every shell-form RUN that uses it (2 steps) through sudo", finding.Evidence);
            Assert.Equal(FixKind.RemoveEntry, finding.Fix!.Kind);
        }

        [Theory]
        [InlineData("SHELL [\"sudo\", \"sh\", \"-c\"]", "RUN [\"make\"]")]
        [InlineData("SHELL [\"sudo\", \"sh\", \"-c\"]", "CMD make")]
        [InlineData("SHELL [\"/bin/bash\", \"-c\"]", "RUN make")]
        [InlineData("RUN make", "SHELL [\"sudo\", \"sh\", \"-c\"]")]
        public void Shell_that_runs_sudo_for_no_shell_form_run_is_not_reported(string first, string second)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", first, second), Id));
        }

        // Audit 147 G147-2: the image keeps its last SHELL, and a build FROM it runs the shell-form triggers with it.
        [Fact]
        public void Shell_that_runs_sudo_counts_the_shell_form_triggers_the_image_runs_with_it()
        {
            var only = Assert.Single(FindingsOf(Lines("FROM alpine", "SHELL [\"sudo\", \"sh\", \"-c\"]", "USER app", "ONBUILD RUN make install"), Id));
            Assert.Equal((2, "SHELL runs the shell-form RUN that uses it through sudo"), (only.Span.StartLine, only.Evidence));
            Assert.Null(only.Fix);
            var both = Assert.Single(FindingsOf(Lines("FROM alpine", "SHELL [\"sudo\", \"sh\", \"-c\"]", "RUN echo a", "USER app", "ONBUILD RUN make install"), Id));
            Assert.Equal("SHELL runs every shell-form RUN that uses it (2 steps) through sudo", both.Evidence);
            Assert.Null(both.Fix);
            Assert.NotNull(Assert.Single(FindingsOf(Lines("FROM alpine", "SHELL [\"sudo\", \"sh\", \"-c\"]", "ONBUILD RUN make install"), Id)).Fix);
            Assert.Empty(FindingsOf(Lines("FROM alpine", "SHELL [\"sudo\", \"sh\", \"-c\"]", "SHELL [\"/bin/sh\", \"-c\"]", "ONBUILD RUN make"), Id));
        }

        // Audit 148 H148-2: an ONBUILD SHELL gives the triggers after it their shell.
        [Fact]
        public void Onbuild_shell_gives_the_triggers_after_it_their_shell()
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", "SHELL [\"sudo\", \"sh\", \"-c\"]", "ONBUILD SHELL [\"/bin/sh\", \"-c\"]", "ONBUILD RUN make"), Id));
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", "ONBUILD SHELL [\"sudo\", \"sh\", \"-c\"]", "ONBUILD RUN make"), Id));
            Assert.Equal((2, "SHELL runs the shell-form RUN that uses it through sudo"), (finding.Span.StartLine, finding.Evidence));
            Assert.NotNull(finding.Fix);
        }

        // Audit 149 I149-2: a stage built FROM a stage of the file runs that stage's ONBUILD SHELL with its triggers, and its
        // shell-form RUNs (and those of the stages built FROM it) use that shell.
        [Fact]
        public void Onbuild_shell_is_the_shell_of_a_stage_built_from_its_stage()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine AS base", "ONBUILD SHELL [\"sudo\", \"sh\", \"-c\"]", "FROM base AS child",
                "RUN make install", "FROM child", "RUN make test"), Id));
            Assert.Equal((2, "SHELL runs every shell-form RUN that uses it (2 steps) through sudo"), (finding.Span.StartLine, finding.Evidence));
            Assert.NotNull(finding.Fix);
            Assert.Empty(FindingsOf(Lines("FROM alpine AS base", "SHELL [\"sudo\", \"sh\", \"-c\"]", "ONBUILD SHELL [\"/bin/sh\", \"-c\"]",
                "FROM base", "RUN make install"), Id));
            Assert.Empty(FindingsOf(Lines("FROM alpine AS base", "ONBUILD SHELL [\"sudo\", \"sh\", \"-c\"]", "FROM base",
                "SHELL [\"/bin/sh\", \"-c\"]", "RUN make install"), Id));
        }

        [Theory]
        [InlineData("", true)]
        [InlineData("USER app", false)]
        public void Shell_that_runs_sudo_has_a_fix_only_when_its_runs_run_as_root(string user, bool hasFix)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", user, "SHELL [\"sudo\", \"sh\", \"-c\"]", "RUN make"), Id));
            Assert.Equal(hasFix, finding.Fix is not null);
            // A sudo named by its path is reported, and left to the user as the exec form's is.
            var path = Assert.Single(FindingsOf(Lines("FROM alpine", user, "SHELL [\"/usr/bin/sudo\", \"sh\", \"-c\"]", "RUN make"), Id));
            Assert.Null(path.Fix);
        }
    }
}
