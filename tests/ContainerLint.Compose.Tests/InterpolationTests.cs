using System.Collections.Generic;
using System.Linq;
using ContainerLint.Compose.Interpolation;
using ContainerLint.Model;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    public class InterpolationTests
    {
        private static readonly Dictionary<string, string> Env = new Dictionary<string, string>
        {
            ["USER_ID"] = "root",
            ["EMPTY"] = "",
            ["DIR"] = "/etc",
        };

        [Theory]
        [InlineData("$USER_ID", "root")]
        [InlineData("${USER_ID}", "root")]
        [InlineData("${USER_ID}:${USER_ID}", "root:root")]
        [InlineData("${MISSING:-1000}", "1000")]
        [InlineData("${EMPTY:-1000}", "1000")]
        [InlineData("${EMPTY-1000}", "")]
        [InlineData("${MISSING-1000}", "1000")]
        [InlineData("${USER_ID:+set}", "set")]
        [InlineData("${EMPTY:+set}", "")]
        [InlineData("${EMPTY+set}", "set")]
        [InlineData("${USER_ID:?must be set}", "root")]
        [InlineData("$$USER_ID", "$USER_ID")]
        [InlineData("cost $$5", "cost $5")]
        [InlineData("${MISSING:-${DIR}/x}", "/etc/x")]
        [InlineData("${MISSING:-${ALSO_MISSING:-deep}}", "deep")]
        [InlineData("a $ b", "a $ b")]
        public void Resolved_values(string text, string expected)
        {
            var r = Interpolator.Interpolate(text, Env);
            Assert.True(r.IsResolved, text);
            Assert.Equal(expected, r.Value);
        }

        [Fact]
        public void Defaults_nest_as_deep_as_in_a_Dockerfile_and_deeper_is_unresolved_not_empty()
        {
            // Audit 35 F8: past 16 levels the value was an empty string (no CTL1001 for root, a CTL9001 for privileged).
            static string Nested(int levels, string inner) => string.Concat(Enumerable.Repeat("${V:-", levels)) + inner + new string('}', levels);
            var deep = Interpolator.Interpolate(Nested(Interpolator.MaxNesting, "root"), Env);
            Assert.True(deep.IsResolved);
            Assert.Equal("root", deep.Value);
            var tooDeep = Interpolator.Interpolate(Nested(Interpolator.MaxNesting + 1, "root"), Env);
            Assert.Equal(new[] { "V" }, tooDeep.Unresolved);
            Lint(Y("services:", "  web:", "    user: " + Nested(17, "root"))).Single("CTL1001");
        }

        [Theory]
        [InlineData("$MISSING", "MISSING")]
        [InlineData("${MISSING}", "MISSING")]
        [InlineData("${MISSING:?set it}", "MISSING")]
        [InlineData("${EMPTY:?set it}", "EMPTY")]
        [InlineData("${MISSING?set it}", "MISSING")]
        [InlineData("${MISSING:+x}", "MISSING")]
        [InlineData("${MISSING:-$OTHER}", "OTHER")]
        public void Unresolved_values_name_their_variable(string text, string variable)
        {
            var r = Interpolator.Interpolate(text, Env);
            Assert.Null(r.Error);
            Assert.Equal(new[] { variable }, r.Unresolved);
        }

        [Theory]
        [InlineData("${UNCLOSED")]
        [InlineData("${}")]
        [InlineData("${A:x}")]
        public void Invalid_syntax_is_an_error(string text)
        {
            Assert.NotNull(Interpolator.Interpolate(text, Env).Error);
        }

        [Fact]
        public void Dot_env_syntax()
        {
            var env = DotEnv.Parse(string.Join("\n",
                "# comment", "A=1", "export B=two words", "C='single $A'", "D=\"double ${A}\\n\"", "E=plain # trailing comment",
                "  F = spaced", "G=", "H=${A}-${B}", "I=\"multi", "line\"", "J", ""));
            Assert.Equal("1", env["A"]);
            Assert.Equal("two words", env["B"]);
            Assert.Equal("single $A", env["C"]);
            Assert.Equal("double 1\n", env["D"]);
            Assert.Equal("plain", env["E"]);
            Assert.Equal("spaced", env["F"]);
            Assert.Equal("", env["G"]);
            Assert.Equal("1-two words", env["H"]);
            Assert.Equal("multi\nline", env["I"]);
            Assert.False(env.ContainsKey("J"));
        }

        [Fact]
        public void Dot_env_takes_a_colon_as_it_takes_an_equals_sign_as_compose_go_does()
        {
            var env = DotEnv.Parse(string.Join("\n", "RUN_AS: root", "B:two", "export C: 'x:y'", "D=a:b", "E :spaced", ""));
            Assert.Equal("root", env["RUN_AS"]);
            Assert.Equal("two", env["B"]);
            Assert.Equal("x:y", env["C"]);
            Assert.Equal("a:b", env["D"]);
            Assert.Equal("spaced", env["E"]);
        }

        [Fact]
        public void Root_user_from_a_yaml_style_dot_env_line_is_reported()
        {
            Lint(Y("services:", "  web:", "    user: ${RUN_AS}"), dotEnv: "RUN_AS: root\n").Single("CTL1001").At(3, 11);
        }

        [Fact]
        public void Value_from_dot_env_is_used_and_text_is_kept_as_written()
        {
            var s = Service(Y("services:", "  web:", "    user: ${APP_USER}"), dotEnv: "APP_USER=root\n");
            Assert.Equal("root", s.User!.Value);
            Assert.Equal("${APP_USER}", s.User.Text);
            Assert.Equal(ValueCertainty.Certain, s.User.Certainty);
        }

        [Fact]
        public void Root_user_from_dot_env_is_reported()
        {
            Lint(Y("services:", "  web:", "    user: ${APP_USER:-1000}"), dotEnv: "APP_USER=0\n").Single("CTL1001").At(3, 11);
        }

        [Fact]
        public void Default_decides_when_the_variable_is_not_in_dot_env()
        {
            Lint(Y("services:", "  web:", "    user: ${APP_USER:-root}")).Single("CTL1001");
            Lint(Y("services:", "  web:", "    privileged: ${PRIV:-false}")).None("CTL1003");
        }

        [Fact]
        public void Process_environment_is_not_read()
        {
            System.Environment.SetEnvironmentVariable("CONTAINERLINT_TEST_USER", "root");
            var s = Service(Y("services:", "  web:", "    user: ${CONTAINERLINT_TEST_USER}"));
            Assert.Equal(ValueCertainty.Unresolved, s.User!.Certainty);
        }

        [Fact]
        public void Unresolved_value_is_ctl9002_not_a_finding_of_its_rule()
        {
            var findings = Lint(Y("services:", "  web:", "    privileged: ${PRIV}", "    user: $RUN_AS"));
            findings.None("CTL1003");
            findings.None("CTL1001");
            Assert.Equal(2, findings.Only("CTL9002").Count);
            findings.Only("CTL9002")[0].At(3, 17);
        }

        [Fact]
        public void Unresolved_part_of_a_volume_is_unresolved_only_there()
        {
            var s = Service(Y("services:", "  web:", "    volumes:", "      - ${DATA}/x:/etc/app:ro"));
            var m = Assert.Single(s.Mounts);
            Assert.Equal(MountKind.Bind, m.Kind);
            Assert.Equal(ValueCertainty.Unresolved, m.Source!.Certainty);
            Assert.Equal("/etc/app", m.Target!.Value);
            Assert.True(m.ReadOnly!.Value);
        }

        [Fact]
        public void Escaped_dollar_is_a_literal()
        {
            var s = Service(Y("services:", "  web:", "    user: \"$$HOME\""));
            Assert.Equal("$HOME", s.User!.Value);
            Assert.True(s.User.IsKnown);
        }

        [Fact]
        public void Invalid_interpolation_is_ctl9001_at_the_value()
        {
            Lint(Y("services:", "  web:", "    user: ${UNCLOSED")).Single("CTL9001").At(3, 11);
        }
    
        [Fact]
        public void Host_path_starting_with_HOME_is_under_the_home_directory_when_dot_env_does_not_set_it()
        {
            // HOME always has a value where Compose runs; the linter does not read the machine's, so it reads it as ~ (audit 3, 8).
            var findings = Lint(Y("services:", "  a:", "    image: nginx", "    volumes:", "      - ${HOME}/.ssh:/home/app/.ssh", "      - type: bind",
                "        source: $HOME/.kube", "        target: /root/.kube", "      - $HOME/.aws:/root/.aws:ro"));
            var sensitive = findings.Only("CTL3003");
            Assert.Equal(3, sensitive.Count);
            sensitive[0].At(5, 9);
            sensitive[1].At(7, 17);
            sensitive[2].At(9, 9);
            findings.None("CTL9002");
        }

        [Fact]
        public void HOME_with_a_default_or_an_error_is_still_the_home_directory()
        {
            // audit 4, §12: HOME is set where Compose runs, so ${HOME:-/root} is the home directory, not /root.
            var findings = Lint(Y("services:", "  a:", "    image: nginx", "    volumes:", "      - ${HOME:-/root}/.aws:/a", "      - ${HOME?HOME must be set}/.ssh:/b",
                "      - ${HOME:+/srv}/.kube:/c"));
            var sensitive = findings.Only("CTL3003");
            Assert.Equal(2, sensitive.Count);
            Assert.Contains("~/.aws", sensitive[0].Message);
            Assert.Contains("~/.ssh", sensitive[1].Message);
        }

        [Fact]
        public void HOME_from_dot_env_and_other_variables_are_not_read_as_the_home_directory()
        {
            var findings = Lint(Y("services:", "  a:", "    image: nginx", "    volumes:", "      - ${HOME}/.ssh:/ssh"), "HOME=/srv/build\n");
            findings.None("CTL3003");
            findings = Lint(Y("services:", "  a:", "    image: nginx", "    volumes:", "      - $HOMEDIR/.ssh:/a", "      - ${HOME}x/.ssh:/b", "      - /data${HOME}/.ssh:/c"));
            findings.None("CTL3003");
            Assert.Equal(3, findings.Only("CTL9002").Count);
        }

        [Fact]
        public void Socket_path_ending_in_a_socket_name_after_its_variables_is_reported_whatever_they_hold()
        {
            // Docker's rootless socket is $XDG_RUNTIME_DIR/docker.sock: the path ends in docker.sock set or not (audit 14, 11).
            var findings = Lint(Y("services:", "  a:", "    image: docker:cli", "    volumes:",
                "      - ${XDG_RUNTIME_DIR}/docker.sock:/var/run/docker.sock:ro",
                "      - type: bind", "        source: $XDG_RUNTIME_DIR/podman/podman.sock", "        target: /run/podman.sock",
                "      - ${RUN_DIR}/${ENGINE}.sock/:/x"));
            var sockets = findings.Only("CTL3004");
            Assert.Equal(2, sockets.Count);
            sockets[0].At(5, 9);
            Assert.Contains("host path '${XDG_RUNTIME_DIR}/docker.sock' is mounted, a runtime socket whatever XDG_RUNTIME_DIR holds (read-only, which does not help)", sockets[0].Message);
            sockets[1].At(7, 17);
            Assert.Contains("'${XDG_RUNTIME_DIR}/podman/podman.sock'", sockets[1].Message);
            // The other rules still cannot decide on these paths: CTL9002 says why, for all three.
            Assert.Equal(3, findings.Only("CTL9002").Count);
        }

        [Theory]
        [InlineData("      - /DATA/AppData/$AppID/data:/data")]
        [InlineData("      - /DATA/AppData/${AppID}/config:/config:ro")]
        [InlineData("      - /opt/${A}/x/${B}/logs/:/logs")]
        [InlineData("      - /srv/${X}/run:/x")]
        [InlineData("      - type: bind\n        source: /DATA/AppData/${AppID}/data\n        target: /data")]
        public void Host_path_whose_fixed_parts_decide_every_rule_is_not_unresolved(string entry)
        {
            // CasaOS's /DATA/AppData/$AppID/...: nothing a host path rule matches lies under /DATA/AppData, and the path ends in
            // a name that is no socket's, so no value of AppID changes what the rules say (audit 155's review of the corpus).
            var findings = Lint(Y("services:", "  a:", "    image: x", "    volumes:", entry));
            findings.None("CTL9002");
            findings.None("CTL3003");
            findings.None("CTL3004");
        }

        [Theory]
        [InlineData("      - ${DATA}/x:/x")]
        [InlineData("      - /${X}/data:/x")]
        [InlineData("      - /var/${X}/data:/x")]
        [InlineData("      - /etc/${X}/data:/x")]
        [InlineData("      - /srv/${X}:/x")]
        [InlineData("      - /srv/${X}/:/x")]
        [InlineData("      - /srv/app-${X}:/x")]
        [InlineData("      - /srv/${X}/../etc:/x")]
        [InlineData("      - /srv/../etc/${X}/d:/x")]
        [InlineData("      - ~/${X}/data:/x")]
        [InlineData("      - /Users/${U}/.ssh:/x")]
        [InlineData("      - /users/${U}/.kube:/x")]
        [InlineData("      - ./${X}/data:/x")]
        [InlineData("      - C:/data/${X}/d:/x")]
        [InlineData("      - /srv/${X}/docker.sock:/x")]
        [InlineData("      - /srv/${A}/../../etc/${B}/conf:/x")]
        [InlineData("      - /srv/app${X:+/../..}/etc/passwd:/x")]
        [InlineData("      - type: bind\n        source: \\\\server\\share\\${X}\\a\n        target: /x")]
        [InlineData("      - type: bind\n        source: \\\\?\\C:\\Users\\${U}\\.ssh\n        target: /x")]
        public void Host_path_a_variable_can_still_make_sensitive_is_unresolved(string entry) =>
            Lint(Y("services:", "  a:", "    image: x", "    volumes:", entry)).Single("CTL9002");

        [Theory]
        [InlineData("      - ${SOCKET}:/var/run/docker.sock")]
        [InlineData("      - ${XDG_RUNTIME_DIR}/docker.sock/..:/x")]
        [InlineData("      - ${XDG_RUNTIME_DIR}/docker.sock.d/${NAME}:/x")]
        [InlineData("      - /run/user/${UID}:/x")]
        public void Socket_path_whose_end_a_variable_decides_is_not_reported(string entry) =>
            Lint(Y("services:", "  a:", "    image: x", "    volumes:", entry)).None("CTL3004");

        [Fact]
        public void Unresolved_value_message_says_the_variable_is_not_set_in_dot_env()
        {
            var f = Lint(Y("services:", "  a:", "    image: nginx", "    user: ${RUN_AS}")).Single("CTL9002");
            Assert.Contains("'${RUN_AS}' uses RUN_AS, which is not set in the .env file and has no default", f.Message);
            Assert.Contains("shell environment", f.Message);
        }

        [Fact]
        public void Dot_env_values_that_double_the_one_before_stop_being_known_past_the_files_budget()
        {
            // Forty lines would be a terabyte (audit 30: the build failed with OutOfMemoryException). Past the .env file's
            // ExpansionBudget a value is unknown, so the user it names is one the linter cannot read, not root.
            var dotEnv = "A0=x\n" + string.Concat(Enumerable.Range(1, 40).Select(i => "A" + i + "=${A" + (i - 1) + "}${A" + (i - 1) + "}\n")) + "R=root\n";

            var findings = Lint(Y("services:", "  a:", "    image: nginx", "    user: ${A40}", "  b:", "    image: nginx", "    user: ${R}"), dotEnv);

            findings.None("CTL9001");
            findings.Single("CTL9002").At(4, 11);
            findings.Single("CTL1001").At(7, 11);
        }

        [Fact]
        public void Values_that_copy_one_long_variable_many_times_stop_being_known_past_the_applications_budget()
        {
            // Each copy is 60,000 characters: a hundred are more than the application's ExpansionBudget (audit 29: twenty
            // thousand took 4 GB). The first ones are read and reported; the rest are unknown, and CTL9002 says so.
            var dotEnv = "B=/etc/" + new string('a', 60_000) + "\n";
            var volumes = Enumerable.Range(0, 100).Select(i => "      - ${B}/" + i + ":/d" + i);

            var findings = Lint(Y(new[] { "services:", "  a:", "    image: nginx", "    volumes:" }.Concat(volumes).ToArray()), dotEnv);

            findings.None("CTL9001");
            var known = findings.Only("CTL3003");
            var unknown = findings.Only("CTL9002");
            Assert.Equal(100, known.Count + unknown.Count);
            Assert.InRange(known.Count, 50, 80);
            known[0].At(5, 9);
            Assert.Equal(104, unknown[unknown.Count - 1].Span.StartLine);
        }

        [Fact]
        public void Inline_Dockerfile_interpolation_shares_the_applications_budget()
        {
            // The user is known when B is written once, unknown after a hundred copies of it.
            var dotEnv = "B=" + new string('a', 60_000) + "\n";
            string[] Inline(int copies) => new[] { "services:", "  a:", "    build:", "      dockerfile_inline: |", "        FROM alpine:3.20" }
                .Concat(Enumerable.Range(0, copies).Select(i => "        RUN echo ${B}"))
                .Concat(new[] { "        USER ${B}" }).ToArray();

            var once = Lint(Y(Inline(1)), dotEnv);
            var many = Lint(Y(Inline(100)), dotEnv);

            once.None("CTL9001");
            once.None("CTL9002");
            many.None("CTL9001");
            many.Single("CTL9002").At(106, 14);
        }
}
}
