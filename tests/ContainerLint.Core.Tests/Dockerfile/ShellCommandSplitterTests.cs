using System.Linq;
using ContainerLint.Dockerfiles.Shell;

namespace ContainerLint.Core.Tests.Dockerfile
{
    public class ShellCommandSplitterTests
    {
        private static string[] Commands(string script) =>
            ShellCommandSplitter.Split(script).Select(c => string.Join(" ", c.Words.Select(w => w.Value))).ToArray();

        [Fact]
        public void Splits_on_operators_and_newlines()
        {
            Assert.Equal(new[] { "a 1", "b", "c", "d", "e", "f", "g" }, Commands("a 1 && b || c; d | e & f\ng"));
        }

        [Fact]
        public void Subshells_and_groups_split_and_reserved_words_are_skipped()
        {
            Assert.Equal(new[] { "a", "b", "c", "d", "e" }, Commands("(a; b) && { c; } ; if d; then e; fi"));
        }

        [Fact]
        public void Commands_of_a_command_substitution_are_split_too_before_the_command_they_are_in()
        {
            Assert.Equal(new[] { "sudo cat /etc/shadow", "echo $(sudo cat /etc/shadow)" }, Commands("echo \"$(sudo cat /etc/shadow)\""));
            Assert.Equal(new[] { "sudo id", "echo `sudo id`" }, Commands("echo `sudo id`"));
            Assert.Equal(new[] { "b", "a $(b)", "x" }, Commands("a $(b) && x"));
            Assert.Equal(new[] { "c", "b $(c)", "a $(b $(c))" }, Commands("a $(b $(c))"));
            // Arithmetic and single quotes run nothing.
            Assert.Equal(new[] { "echo $((1 + 2)) $(x)" }, Commands("echo $((1 + 2)) '$(x)'"));
        }

        [Fact]
        public void Quotes_keep_operators_inside_words()
        {
            Assert.Equal(new[] { "echo a && b", "c" }, Commands("echo 'a && b' && c"));
            Assert.Equal(new[] { "echo x;y $HOME", "c" }, Commands("echo \"x;y $HOME\"; c"));
        }

        [Fact]
        public void Backslash_newline_joins_lines()
        {
            Assert.Equal(new[] { "apt-get install -y curl" }, Commands("apt-get install \\\n  -y curl"));
        }

        [Fact]
        public void Comments_run_to_the_end_of_the_line()
        {
            Assert.Equal(new[] { "a", "b" }, Commands("a # sudo x && y\nb"));
            Assert.Equal(new[] { "echo a#b" }, Commands("echo a#b"));
        }

        [Fact]
        public void Redirections_are_not_words()
        {
            Assert.Equal(new[] { "cmd arg", "next" }, Commands("cmd arg 2>&1 >/dev/null </in && next"));
            Assert.Equal(new[] { "cmd" }, Commands(">out cmd"));
        }

        [Fact]
        public void Heredoc_bodies_are_data()
        {
            Assert.Equal(new[] { "cat", "next" }, Commands("cat <<EOF > /etc/sudoers\nsudo ALL\nEOF\nnext"));
            Assert.Equal(new[] { "cat" }, Commands("cat <<-'EOF'\n\tsudo x\n\tEOF"));
        }

        [Fact]
        public void Heredoc_read_by_a_shell_is_a_script()
        {
            Assert.Equal(new[] { "bash", "sudo x", "y" }, Commands("bash <<EOF\nsudo x\nEOF\ny"));
        }

        [Fact]
        public void Command_substitution_stays_in_its_word_and_its_commands_come_first()
        {
            Assert.Equal(new[] { "a", "b", "echo $(a && b) ${X:-y}", "c" }, Commands("echo $(a && b) ${X:-y} && c"));
        }

        [Fact]
        public void Non_shell_shebang_has_no_shell_commands()
        {
            Assert.Empty(Commands("#!/usr/bin/env python3\nimport os\nos.system('x')"));
            Assert.Equal(new[] { "echo hi" }, Commands("#!/bin/bash\necho hi"));
        }

        [Fact]
        public void Word_positions_point_into_the_script()
        {
            var script = "A=1 sudo  apt-get";
            var words = ShellCommandSplitter.Split(script)[0].Words;
            Assert.Equal(4, words[1].Start);
            Assert.Equal("sudo", script.Substring(words[1].Start, words[1].End - words[1].Start));
        }

        [Theory]
        [InlineData("sudo x", 0)]
        [InlineData("A=1 B=2 sudo x", 2)]
        [InlineData("env -i A=1 sudo x", 3)]
        [InlineData("exec nohup time -p sudo x", 4)]
        [InlineData("command sudo x", 1)]
        [InlineData("A=1", -1)]
        [InlineData("command -v sudo", -1)]
        public void Program_index_looks_through_assignments_and_wrappers(string command, int expected)
        {
            var words = ShellCommandSplitter.Split(command)[0].Words;
            Assert.Equal(expected, CommandLine.ProgramIndex(words));
        }

        [Fact]
        public void Program_index_can_look_through_sudo_and_its_options()
        {
            var words = ShellCommandSplitter.Split("sudo -u root -E chmod u+s /x")[0].Words;
            Assert.Equal("chmod", words[CommandLine.ProgramIndex(words, throughSudo: true)].Value);
        }
    }
}
