using System.Collections.Generic;
using System.Linq;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    /// <summary>Override files, extends and YAML anchors: findings are reported where the effective value is written.</summary>
    public class MergeTests
    {
        private const string Base = "compose.yaml";
        private const string Override = "compose.override.yaml";

        [Fact]
        public void Override_that_sets_privileged_false_removes_the_finding()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    privileged: true")),
                (Override, Y("services:", "  web:", "    privileged: false")));
            r.Findings.None("CTL1003");
        }

        // compose-go merges a list-form and a mapping-form value as one sequence (audit 14, 3).

        [Theory]
        [InlineData("      args:\n        - U=app", "      args:\n        U: root")]
        [InlineData("      args:\n        U: app", "      args:\n        - U=root")]
        public void Build_args_written_as_a_list_in_one_file_and_a_mapping_in_the_other_merge(string baseArgs, string overrideArgs)
        {
            var r = LintProject((Base, "services:\n  w:\n    build:\n      context: .\n" + baseArgs + "\n    privileged: true\n"),
                (Override, "services:\n  w:\n    build:\n" + overrideArgs + "\n"));
            r.Findings.None("CTL9001");
            r.Findings.Single("CTL1003");
            Assert.Equal("root", Assert.Single(r.DockerfileBuilds).BuildArgs["U"]);
        }

        [Theory]
        [InlineData("    networks: [front]", "    networks:\n      hostnet: {}")]
        [InlineData("    networks:\n      front: {}", "    networks: [hostnet]")]
        public void Host_network_named_in_a_mapping_merged_with_a_list_is_reported(string baseNetworks, string overrideNetworks)
        {
            var r = LintProject((Base, "services:\n  w:\n    image: alpine\n" + baseNetworks + "\nnetworks:\n  front: {}\n  hostnet: {external: true, name: host}\n"),
                (Override, "services:\n  w:\n" + overrideNetworks + "\n"));
            r.Findings.None("CTL9001");
            Assert.Equal(Dir + Override, r.Findings.Single("CTL5003").Span.Path);
        }

        [Fact]
        public void Override_with_a_non_root_user_removes_the_finding()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    user: root")), (Override, Y("services:", "  web:", "    user: \"1000\"")));
            r.Findings.None("CTL1001");
        }

        [Fact]
        public void Override_cap_add_entry_is_reported_in_the_override_file()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    cap_add: [NET_ADMIN]")),
                (Override, Y("services:", "  web:", "    cap_add:", "      - SYS_ADMIN")));
            var f = r.Findings.Single("CTL2001");
            Assert.EndsWith(Override, f.Span.Path);
            f.At(4, 9);
            Assert.EndsWith(Base, r.Findings.Single("CTL2002").Span.Path);
        }

        [Fact]
        public void Missing_settings_are_reported_at_the_base_service_key()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x")), (Override, Y("services:", "  web:", "    read_only: true")));
            r.Findings.None("CTL6001");
            var f = r.Findings.Single("CTL2003");
            Assert.EndsWith(Base, f.Span.Path);
            f.At(2, 3);
        }

        [Fact]
        public void Override_service_only_in_override_is_linted()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x")), (Override, Y("services:", "  debug:", "    image: y", "    pid: host")));
            Assert.EndsWith(Override, r.Findings.Single("CTL5001").Span.Path);
        }

        [Fact]
        public void Volumes_merge_by_target()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock", "      - /etc:/etc-host")),
                (Override, Y("services:", "  web:", "    volumes:", "      - sock:/var/run/docker.sock")));
            r.Findings.None("CTL3004");
            r.Findings.Single("CTL3003");
        }

        // compose-go keeps volumes and devices unique by target in every file it loads, not only across files
        // (override/uncity.go EnforceUnicity; audit 125 C125-1, C125-2).

        [Fact]
        public void A_later_volume_of_the_same_target_in_one_file_replaces_the_earlier()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    volumes:", "      - /var/run/docker.sock:/sock", "      - ./fake.sock:/sock",
                "      - /etc:/data", "      - type: bind", "        source: ./data", "        target: /data", "      - /proc:/p")));
            r.Findings.None("CTL3004");
            r.Findings.None("CTL3003");
            r.Findings.Single("CTL3002").At(11, 9);
        }

        // compose-go interpolates a file before it keeps its lists unique: the targets compared are the values (audit 126 R126-1).
        [Theory]
        [InlineData("      - /var/run/docker.sock:${T}\n      - ./data:/x")]
        [InlineData("      - type: bind\n        source: /var/run/docker.sock\n        target: ${T:-/y}\n      - ./data:/x")]
        [InlineData("      - /var/run/docker.sock:/x\n      - ./data:${T}")]
        public void Volumes_whose_targets_are_the_same_once_interpolated_are_one(string volumes)
        {
            var r = LintProject((Base, "services:\n  web:\n    image: x\n    volumes:\n" + volumes + "\n"), (".env", "T=/x\n"));
            r.Findings.None("CTL9001");
            r.Findings.None("CTL3004");
        }

        [Fact]
        public void Devices_whose_container_paths_are_the_same_once_interpolated_are_one()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    devices:", "      - /dev/mem:${D}", "      - /dev/null:/dev/xdev")),
                (".env", "D=/dev/xdev\n"));
            Assert.DoesNotContain(r.Findings, f => f.Rule.Id == "CTL3001" && f.Evidence.Contains("/dev/mem"));
        }

        [Fact]
        public void Volumes_whose_target_variable_is_unknown_are_kept_apart_from_other_targets()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    volumes:", "      - /var/run/docker.sock:${UNSET}", "      - ./data:/x")));
            r.Findings.Single("CTL3004");
        }

        [Fact]
        public void A_later_volume_of_the_same_target_in_one_file_is_the_one_reported()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    volumes:", "      - ./a:/sock", "      - /var/run/docker.sock:/sock")));
            r.Findings.Single("CTL3004").At(6, 9);
        }

        [Theory]
        [InlineData("      - /dev/mem:/dev/xdev\n      - /dev/null:/dev/xdev", "")]
        [InlineData("      - /dev/mem:/dev/xdev", "      - /dev/null:/dev/xdev")]
        [InlineData("      - /dev/mem:/dev/xdev:rwm", "      - source: /dev/null\n        target: /dev/xdev")]
        public void A_later_device_of_the_same_container_path_replaces_the_earlier(string baseDevices, string overrideDevices)
        {
            var r = LintProject((Base, "services:\n  web:\n    image: x\n    devices:\n" + baseDevices + "\n"),
                (Override, overrideDevices.Length == 0 ? "services: {}\n" : "services:\n  web:\n    devices:\n" + overrideDevices + "\n"));
            r.Findings.None("CTL9001");
            Assert.DoesNotContain(r.Findings, f => f.Rule.Id == "CTL3001" && f.Evidence.Contains("/dev/mem"));
        }

        [Fact]
        public void A_device_of_another_container_path_is_still_reported()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    devices:", "      - /dev/mem:/dev/xdev", "      - /dev/null:/dev/other")));
            Assert.Single(r.Findings.Only("CTL3001"), f => f.Evidence.Contains("/dev/mem")).At(5, 9);
        }

        // docker compose makes HostConfig.Tmpfs a map of path to options: the last options for a path are the ones mounted
        // (audit 125 C125-3).

        [Theory]
        [InlineData("      - /cache:suid,dev\n      - /cache:nosuid,nodev", "")]
        [InlineData("      - /cache:suid,dev", "      - /cache:nosuid,nodev")]
        public void Later_tmpfs_options_for_the_same_path_replace_the_earlier(string baseTmpfs, string overrideTmpfs)
        {
            var r = LintProject((Base, "services:\n  web:\n    image: x\n    tmpfs:\n" + baseTmpfs + "\n"),
                (Override, overrideTmpfs.Length == 0 ? "services: {}\n" : "services:\n  web:\n    tmpfs:\n" + overrideTmpfs + "\n"));
            r.Findings.None("CTL9001");
            r.Findings.None("CTL3005");
            r.Findings.None("CTL3006");
        }

        [Fact]
        public void Later_tmpfs_options_that_allow_setuid_are_reported_there()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    tmpfs:", "      - /cache:nosuid,nodev")),
                (Override, Y("services:", "  web:", "    tmpfs:", "      - /cache:suid,nodev")));
            Assert.EndsWith(Override, r.Findings.Single("CTL3005").Span.Path);
            r.Findings.None("CTL3006");
        }

        [Fact]
        public void Volumes_whose_source_has_a_default_merge_by_their_target()
        {
            // `${SOCK:-/var/run/docker.sock}:/var/run/docker.sock` targets /var/run/docker.sock, not `-/var/run/docker.sock}`.
            var r = LintProject((Base, Y("services:", "  web:", "    volumes:", "      - ${SOCK:-/var/run/docker.sock}:/var/run/docker.sock")),
                (Override, Y("services:", "  web:", "    volumes:", "      - sock:/var/run/docker.sock")));
            r.Findings.None("CTL3004");
        }

        [Theory]
        [InlineData("    use_api_socket: false")]
        [InlineData("    use_api_socket: !reset null")]
        public void Use_api_socket_turned_off_in_the_override_is_not_reported(string line)
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    use_api_socket: true")), (Override, Y("services:", "  web:", line)));
            r.Findings.None("CTL3004");
        }

        [Fact]
        public void Use_api_socket_turned_on_in_the_override_is_reported_there()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    use_api_socket: false")), (Override, Y("services:", "  web:", "    use_api_socket: true")));
            var finding = r.Findings.Single("CTL3004");
            Assert.EndsWith(Override, finding.Span.Path);
            finding.At(3, 21);
        }

        [Fact]
        public void Hooks_of_an_override_add_to_the_base_and_a_reset_takes_them_away()
        {
            var hook = new[] { "    post_start:", "      - command: /a", "        privileged: true" };
            var added = LintProject((Base, Y(new[] { "services:", "  web:", "    image: x" }.Concat(hook).ToArray())),
                (Override, Y("services:", "  web:", "    post_start:", "      - command: /b", "        user: root")));
            added.Findings.Single("CTL1003");
            Assert.EndsWith(Override, added.Findings.Single("CTL1001").Span.Path);
            var reset = LintProject((Base, Y(new[] { "services:", "  web:", "    image: x" }.Concat(hook).ToArray())),
                (Override, Y("services:", "  web:", "    post_start: !reset []")));
            reset.Findings.None("CTL1003");
        }

        [Fact]
        public void Docker_compose_yml_pairs_with_its_override()
        {
            var r = LintProject(("docker-compose.yml", Y("services:", "  web:", "    privileged: true")),
                ("docker-compose.override.yml", Y("services:", "  web:", "    privileged: false")));
            r.Findings.None("CTL1003");
        }

        [Theory]
        [InlineData("compose.yaml", "docker-compose.override.yml")]
        [InlineData("docker-compose.yml", "compose.override.yaml")]
        [InlineData("compose.yml", "docker-compose.override.yaml")]
        public void Base_pairs_with_an_override_of_the_other_naming(string baseName, string overrideName)
        {
            // compose-go looks for the base (cli.DefaultFileNames) and the override (DefaultOverrideFileNames) independently.
            var r = LintProject((baseName, Y("services:", "  a:", "    image: nginx", "    privileged: true", "    cap_add: [SYS_ADMIN]")),
                (overrideName, Y("services:", "  a:", "    privileged: false", "    cap_add: !reset []")));
            r.Findings.None("CTL1003");
            r.Findings.None("CTL2001");
        }

        [Fact]
        public void Of_two_overrides_only_the_one_compose_looks_for_first_is_merged()
        {
            // compose.override.yml comes before compose.override.yaml; the other one is not read by `docker compose up`.
            var r = LintProject((Base, Y("services:", "  a:", "    image: nginx", "    privileged: true")),
                ("compose.override.yml", Y("services:", "  a:", "    image: nginx:1.27")),
                (Override, Y("services:", "  a:", "    privileged: false")));
            Assert.EndsWith("/" + Base, r.Findings.Single("CTL1003").Span.Path);
        }

        [Fact]
        public void A_second_base_file_in_the_folder_is_linted_alone_and_the_override_goes_with_the_first()
        {
            var r = LintProject((Base, Y("services:", "  a:", "    image: nginx", "    privileged: true")),
                ("docker-compose.yml", Y("services:", "  a:", "    image: nginx", "    privileged: true")),
                ("docker-compose.override.yml", Y("services:", "  a:", "    privileged: false")));
            Assert.EndsWith("/docker-compose.yml", r.Findings.Single("CTL1003").Span.Path);
        }

        [Fact]
        public void COMPOSE_FILE_in_dot_env_names_the_files_of_the_project_in_order()
        {
            // compose-go cli.WithConfigFileEnv: COMPOSE_FILE from the project's .env, split at the platform's path list separator (audit 3, 6).
            var r = LintProject((Base, Y("services:", "  a:", "    image: nginx", "    privileged: true", "    cap_add: [SYS_ADMIN]")),
                (".env", "COMPOSE_FILE=compose.yaml" + System.IO.Path.PathSeparator + "ops/hardening.yml\n"),
                ("ops/hardening.yml", Y("services:", "  a:", "    privileged: false", "    cap_add: !reset []", "    pid: host")));
            r.Findings.None("CTL1003");
            r.Findings.None("CTL2001");
            Assert.EndsWith("/ops/hardening.yml", r.Findings.Single("CTL5001").Span.Path);
        }

        [Fact]
        public void Files_COMPOSE_FILE_lists_in_another_folder_take_variables_from_the_dot_env_that_lists_them_first()
        {
            // docker/compose toProjectOptions: the working directory's .env, then the project directory's for the names it
            // does not set (audit 15, D4).
            var sep = System.IO.Path.PathSeparator.ToString();
            var r = LintProject((Base, Y("services:", "  x:", "    image: nginx", "    user: \"1000\"")),
                (".env", "COMPOSE_FILE=deploy/base.yml" + sep + "deploy/local.yml\nRU=root\nHOSTDIR=/proc\n"),
                ("deploy/.env", "RU=app\nMODE=rw\n"),
                ("deploy/base.yml", Y("services:", "  a:", "    image: nginx", "    user: ${RU}")),
                ("deploy/local.yml", Y("services:", "  a:", "    volumes:", "      - ${HOSTDIR}:/host:${MODE}")));
            Assert.EndsWith("/deploy/base.yml", r.Findings.Single("CTL1001").Span.Path);
            Assert.EndsWith("/deploy/local.yml", r.Findings.Single("CTL3002").Span.Path);
            r.Findings.None("CTL9002");
        }

        [Fact]
        public void COMPOSE_FILE_replaces_the_override_and_takes_its_separator_from_COMPOSE_PATH_SEPARATOR()
        {
            var r = LintProject((Base, Y("services:", "  a:", "    image: nginx", "    privileged: true")),
                (Override, Y("services:", "  a:", "    privileged: false")),
                (".env", "COMPOSE_PATH_SEPARATOR=,\nCOMPOSE_FILE=compose.yaml,missing.yml\n"));
            // The override is not part of the project (linted alone); the missing file is reported as Compose would fail on it.
            Assert.EndsWith("/" + Base, r.Findings.Single("CTL1003").Span.Path);
            var missing = r.Findings.Single("CTL9001");
            Assert.EndsWith("/.env", missing.Span.Path);
            Assert.Contains("'missing.yml'", missing.Evidence);
        }

        [Fact]
        public void A_file_COMPOSE_FILE_names_that_does_not_exist_is_reported_where_the_dot_env_names_it()
        {
            var r = LintProject((Base, Y("services:", "  a:", "    image: nginx")),
                (".env", "# project files\nCOMPOSE_PATH_SEPARATOR=,\nexport COMPOSE_FILE=compose.yaml,,ops/gone.yml,ops/lost.yml\n"));
            var missing = r.Findings.Where(f => f.Rule.Id == "CTL9001").OrderBy(f => f.Span.StartColumn).ToList();
            Assert.Equal(2, missing.Count);
            Assert.All(missing, f => Assert.EndsWith("/.env", f.Span.Path));
            Assert.Equal((3, 35, 3, 47), (missing[0].Span.StartLine, missing[0].Span.StartColumn, missing[0].Span.EndLine, missing[0].Span.EndColumn));
            Assert.Equal((3, 48, 3, 60), (missing[1].Span.StartLine, missing[1].Span.StartColumn, missing[1].Span.EndLine, missing[1].Span.EndColumn));
            Assert.Contains("'ops/gone.yml'", missing[0].Evidence);
        }

        [Fact]
        public void A_COMPOSE_FILE_entry_with_a_blank_after_the_separator_names_a_file_with_that_blank()
        {
            // compose-go cli.WithConfigFileEnv: strings.Split, no trimming, so Compose does not find " prod.yaml".
            var r = LintProject((Base, Y("services:", "  a:", "    image: nginx", "    privileged: true")),
                ("prod.yaml", Y("services:", "  a:", "    privileged: false")),
                (".env", "COMPOSE_PATH_SEPARATOR=,\nCOMPOSE_FILE=compose.yaml, prod.yaml\n"));
            var missing = r.Findings.Single("CTL9001");
            Assert.Equal((2, 27, 2, 37), (missing.Span.StartLine, missing.Span.StartColumn, missing.Span.EndLine, missing.Span.EndColumn));
            Assert.Contains("' prod.yaml'", missing.Evidence);
            Assert.EndsWith("/" + Base, r.Findings.Single("CTL1003").Span.Path);
        }

        [Fact]
        public void A_missing_file_on_the_second_line_of_a_quoted_COMPOSE_FILE_is_reported_there()
        {
            var r = LintProject((Base, Y("services:", "  a:", "    image: nginx")),
                (".env", "COMPOSE_PATH_SEPARATOR=,\nCOMPOSE_FILE=\"compose.yaml,\ngone.yml\"\nOTHER=1\n"));
            var missing = r.Findings.Single("CTL9001");
            Assert.Equal((3, 1, 3, 9), (missing.Span.StartLine, missing.Span.StartColumn, missing.Span.EndLine, missing.Span.EndColumn));
        }

        [Fact]
        public void A_missing_file_in_a_quoted_COMPOSE_FILE_with_an_escape_is_reported_at_the_whole_value()
        {
            var r = LintProject((Base, Y("services:", "  a:", "    image: nginx")),
                (".env", "COMPOSE_PATH_SEPARATOR=:\nCOMPOSE_FILE=\"compose.yaml:o\\ps/gone.yml\"\n"));
            var missing = r.Findings.Single("CTL9001");
            Assert.Equal((2, 14, 2, 42), (missing.Span.StartLine, missing.Span.StartColumn, missing.Span.EndLine, missing.Span.EndColumn));
        }

        [Fact]
        public void Override_given_alone_is_linted_alone()
        {
            var fs = new InMemoryFileSystem().Add(Dir + Override, Y("services:", "  web:", "    cap_add: [SYS_ADMIN]"));
            var r = ComposeLinter.Lint(new[] { Dir + Override }, Rules.LintOptions.Default, fs);
            r.Findings.Single("CTL2001");
        }

        // docker compose -f compose.yaml -f compose.prod.yaml: the -f files merge in order, and compose.override.yaml is
        // read only when no -f is given (https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/).
        private const string Overlay = "compose.prod.yaml";

        private static readonly string Hardened = Y("services:", "  web:", "    image: nginx", "    user: \"101\"", "    read_only: true",
            "    cap_drop: [ALL]", "    security_opt: [no-new-privileges:true]");

        [Fact]
        public void Overlay_beside_a_base_file_is_linted_merged_with_it()
        {
            var r = LintProject((Base, Hardened), (Overlay, Y("services:", "  web:", "    environment:", "      MODE: prod")));
            Assert.True(r.Findings.Count == 0, "unexpected findings: " + Describe(r.Findings));
        }

        [Fact]
        public void Overlay_value_is_reported_in_the_overlay()
        {
            var r = LintProject((Base, Hardened), (Overlay, Y("services:", "  web:", "    pid: host")));
            var f = r.Findings.Single("CTL5001");
            Assert.EndsWith(Overlay, f.Span.Path);
            f.At(3, 10);
            Assert.True(r.Findings.Count == 1, "unexpected findings: " + Describe(r.Findings));
        }

        [Fact]
        public void Overlay_is_merged_with_the_base_without_the_override()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    privileged: true")),
                (Override, Y("services:", "  web:", "    privileged: false")),
                (Overlay, Y("services:", "  web:", "    environment: [MODE=prod]")));
            var f = r.Findings.Single("CTL1003");
            Assert.EndsWith(Base, f.Span.Path);
            f.At(4, 17);
        }

        [Fact]
        public void Findings_in_the_base_are_reported_once_with_an_overlay()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    user: root", "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock")),
                (Override, Y("services:", "  web:", "    environment: [MODE=dev]")),
                (Overlay, Y("services:", "  web:", "    environment: [MODE=prod]")),
                ("compose.test.yaml", Y("services:", "  web:", "    environment: [MODE=test]")));
            foreach (var rule in new[] { "CTL1001", "CTL2003", "CTL3004", "CTL4001", "CTL6001" })
            {
                var f = r.Findings.Single(rule);
                Assert.EndsWith(Base, f.Span.Path);
                Assert.Equal(new[] { "web" }, f.Containers);
            }
            Assert.All(r.Findings, f => Assert.EndsWith(Base, f.Span.Path));
        }

        [Fact]
        public void Hardening_removed_in_an_overlay_is_reported_in_the_overlay()
        {
            var r = LintProject((Base, Hardened), (Overlay, Y("services:", "  web:", "    read_only: false", "    security_opt: [no-new-privileges:false]")));
            var readOnly = r.Findings.Single("CTL6001");
            Assert.EndsWith(Overlay, readOnly.Span.Path);
            readOnly.At(3, 16);
            var noNewPrivileges = r.Findings.Single("CTL4001");
            Assert.EndsWith(Overlay, noNewPrivileges.Span.Path);
            noNewPrivileges.At(4, 20);
            r.Findings.None("CTL2003");
        }

        [Fact]
        public void Service_only_in_an_overlay_is_reported_in_the_overlay()
        {
            var r = LintProject((Base, Hardened), (Overlay, Y("services:", "  debug:", "    image: busybox")));
            foreach (var rule in new[] { "CTL2003", "CTL4001", "CTL6001" })
            {
                var f = r.Findings.Single(rule);
                Assert.EndsWith(Overlay, f.Span.Path);
                f.At(2, 3);
            }
        }

        [Fact]
        public void Overlay_without_a_base_is_linted_alone()
        {
            var r = LintProject((Overlay, Y("services:", "  web:", "    environment:", "      MODE: prod")));
            foreach (var rule in new[] { "CTL2003", "CTL4001", "CTL6001" })
            {
                var f = r.Findings.Single(rule);
                Assert.EndsWith(Overlay, f.Span.Path);
                f.At(2, 3);
            }
        }

        [Fact]
        public void Overlay_pairs_only_with_the_base_of_its_family()
        {
            var r = LintProject((Base, Hardened), ("docker-compose.prod.yml", Y("services:", "  web:", "    environment: [MODE=prod]")));
            Assert.EndsWith("docker-compose.prod.yml", r.Findings.Single("CTL6001").Span.Path);

            r = LintProject(("docker-compose.yml", Hardened), ("docker-compose.prod.yml", Y("services:", "  web:", "    environment: [MODE=prod]")));
            Assert.True(r.Findings.Count == 0, "unexpected findings: " + Describe(r.Findings));
        }

        [Fact]
        public void Overlay_in_the_list_without_its_base_is_linted_alone()
        {
            var fs = new InMemoryFileSystem().Add(File, Hardened).Add(Dir + Overlay, Y("services:", "  web:", "    environment: [MODE=prod]"));
            var r = ComposeLinter.Lint(new[] { Dir + Overlay }, Rules.LintOptions.Default, fs);
            Assert.EndsWith(Overlay, r.Findings.Single("CTL6001").Span.Path);
        }

        [Fact]
        public void Reset_value_no_earlier_file_gave_is_dropped_too()
        {
            // compose-go's ResetProcessor removes every !reset key of a file it loads (audit 16, L1).
            var r = LintProject((Base, Y("services:", "  a:", "    image: x", "    user: !reset root", "    privileged: !reset true",
                "    cap_add: !reset [SYS_ADMIN]", "    volumes: !reset [\"/proc:/p\"]")),
                ("compose.override.yaml", Y("services:", "  b:", "    image: y", "    privileged: !reset true", "    pid: host")));
            r.Findings.None("CTL1001");
            r.Findings.None("CTL1003");
            r.Findings.None("CTL2001");
            r.Findings.None("CTL3002");
            r.Findings.Single("CTL5001");
        }

        [Theory]
        [InlineData("https://github.com/example/repo.git#main:compose.yaml")]
        [InlineData("oci://docker.io/example/app:1")]
        [InlineData("git@github.com:example/repo.git")]
        public void Service_extending_a_remote_file_is_read_with_what_it_writes_itself(string file)
        {
            // compose-go resolves extends.file with the include loaders; a CTL9001 hid every service of the file (audit 16, H2).
            var r = LintProject((Base, Y("services:", "  a:", "    extends:", "      file: " + file, "      service: base", "    privileged: true",
                "  c:", "    image: alpine", "    pid: host")));
            r.Findings.None("CTL9001");
            r.Findings.Single("CTL1003").At(6, 17);
            r.Findings.Single("CTL5001").At(9, 10);
        }

        [Fact]
        public void Extends_file_reads_every_document_of_the_extended_file_merged_in_order()
        {
            // As the main file is read: compose-go loads each document of a stream as a layer, merged in order.
            var common = Y("services:", "  base:", "    image: x", "---", "services:", "  base:", "    privileged: true", "  other:", "    pid: host",
                "---", "services:", "  base:", "    user: \"1000\"");
            var r = LintProject((Base, Y("services:", "  web:", "    extends:", "      file: common.yaml", "      service: base",
                "  worker:", "    extends:", "      file: common.yaml", "      service: other")), ("common.yaml", common));
            var privileged = r.Findings.Single("CTL1003");
            Assert.EndsWith("common.yaml", privileged.Span.Path);
            privileged.At(7, 17);
            Assert.EndsWith("common.yaml", r.Findings.Single("CTL5001").Span.Path);
            r.Findings.Single("CTL5001").At(9, 10);
            r.Findings.None("CTL9001");
        }

        [Fact]
        public void Extends_file_takes_the_later_document_s_value()
        {
            var common = Y("services:", "  base:", "    privileged: true", "---", "services:", "  base:", "    privileged: false");
            var r = LintProject((Base, Y("services:", "  web:", "    extends:", "      file: common.yaml", "      service: base")), ("common.yaml", common));
            r.Findings.None("CTL1003");
        }

        [Fact]
        public void File_the_base_includes_or_extends_is_not_an_overlay()
        {
            // Nobody runs `-f compose.yaml -f compose.db.yaml`: merged as an overlay, the base would be linted without the
            // override that hardens it.
            var hardening = Y("services:", "  web:", "    read_only: true", "    cap_drop: [ALL]", "    security_opt: [no-new-privileges:true]");
            var hardenedDb = Y("services:", "  db:", "    image: postgres", "    read_only: true", "    cap_drop: [ALL]", "    security_opt: [no-new-privileges:true]");
            var r = LintProject((Base, Y("include:", "  - compose.db.yaml", "services:", "  web:", "    image: x")), (Override, hardening),
                ("compose.db.yaml", hardenedDb));
            Assert.True(r.Findings.Count == 0, "unexpected findings: " + Describe(r.Findings));

            r = LintProject((Base, Y("services:", "  web:", "    extends:", "      file: compose.common.yaml", "      service: app")), (Override, hardening),
                ("compose.common.yaml", Y("services:", "  app:", "    image: x", "    privileged: true")));
            var f = r.Findings.Single("CTL1003");
            Assert.EndsWith("compose.common.yaml", f.Span.Path);
            Assert.Equal(new[] { "app", "web" }, f.Containers.OrderBy(c => c, System.StringComparer.Ordinal));
            r.Findings.Only("CTL6001").Select(x => x.Span.Path).ToList().ForEach(path => Assert.EndsWith("compose.common.yaml", path));
        }

        [Fact]
        public void Fixes_of_an_overlay_project_go_to_the_file_they_are_reported_in_once()
        {
            var files = new Dictionary<string, string>
            {
                [Base] = Y("services:", "  web:", "    image: x", "    privileged: true"),
                [Overlay] = Y("services:", "  web:", "    read_only: false", "  debug:", "    image: busybox", "    pid: host"),
            };
            var r = LintProject(files.Select(f => (f.Key, f.Value)).ToArray());
            foreach (var byFile in r.Findings.Where(f => f.Fix is not null).GroupBy(f => f.Span.Path))
            {
                var name = byFile.Key.Substring(Dir.Length);
                files[name] = ComposeFixer.Apply(files[name], byFile.Key, byFile.ToList(), out var applied);
                Assert.Equal(byFile.Count(), applied.Count);
            }
            // The base alone is a project too: its own read_only is missing, whatever the overlay sets.
            Assert.Equal(Y("services:", "  web:", "    image: x", "    cap_drop: [ALL]", "    security_opt: [\"no-new-privileges:true\"]",
                "    read_only: true"), files[Base]);
            Assert.Equal(Y("services:", "  web:", "    read_only: true", "  debug:", "    image: busybox", "    cap_drop: [ALL]",
                "    security_opt: [\"no-new-privileges:true\"]", "    read_only: true"), files[Overlay]);
            var again = LintProject(files.Select(f => (f.Key, f.Value)).ToArray());
            Assert.DoesNotContain(again.Findings, f => f.Fix is not null);
        }

        [Fact]
        public void File_given_twice_is_linted_once()
        {
            var fs = new InMemoryFileSystem().Add(File, Y("services:", "  web:", "    privileged: true"));
            var r = ComposeLinter.Lint(new[] { File, File, "/p/./compose.yaml" }, Rules.LintOptions.Default, fs);
            r.Findings.Single("CTL1003");
        }

        [Fact]
        public void Reset_tag_removes_a_base_value()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    cap_add: [SYS_ADMIN]")), (Override, Y("services:", "  web:", "    cap_add: !reset []")));
            r.Findings.None("CTL2001");
        }

        // compose-spec 13-merge.md, reset and override: the later file's `key: !reset` / `key: !override` decides the value
        // whatever the earlier files say, so that key is where a missing setting is written.
        [Fact]
        public void Reset_of_cap_drop_in_the_override_is_reported_at_the_reset()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    image: x", "    cap_drop: [ALL]")), (Override, Y("services:", "  web:", "    cap_drop: !reset []")));
            var f = r.Findings.Single("CTL2003");
            Assert.EndsWith(Override, f.Span.Path);
            f.At(3, 5);
        }

        [Fact]
        public void Reset_of_security_opt_or_read_only_in_an_overlay_is_reported_at_the_reset()
        {
            var r = LintProject((Base, Hardened), (Overlay, Y("services:", "  web:", "    security_opt: !reset []", "    read_only: !reset null")));
            var noNewPrivileges = r.Findings.Single("CTL4001");
            Assert.EndsWith(Overlay, noNewPrivileges.Span.Path);
            noNewPrivileges.At(3, 5);
            var readOnly = r.Findings.Single("CTL6001");
            Assert.EndsWith(Overlay, readOnly.Span.Path);
            readOnly.At(4, 5);
        }

        [Fact]
        public void Cap_drop_replaced_by_override_in_the_override_is_reported_at_the_override()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    cap_drop: [ALL]")), (Override, Y("services:", "  web:", "    cap_drop: !override [NET_RAW]")));
            var f = r.Findings.Single("CTL2003");
            Assert.EndsWith(Override, f.Span.Path);
            f.At(3, 5);
        }

        // compose-go applies extends to each file as it loads it, then merges the file over the ones before (audit 125 C125-8):
        // a later file that resets the base leaves the service that extends it as its own file resolved it.
        [Fact]
        public void Reset_of_an_extended_service_in_a_later_file_leaves_the_service_that_extends_it_alone()
        {
            var r = LintProject((Base, Y("services:", "  app:", "    cap_drop: [ALL]", "  web:", "    extends: app")),
                (Override, Y("services:", "  app:", "    cap_drop: !reset []", "  web:", "    cap_drop: [NET_RAW]")));
            var reset = r.Findings.Single("CTL2003");
            Assert.Equal(new[] { "app" }, reset.Containers);
            Assert.EndsWith(Override, reset.Span.Path);
            reset.At(3, 5);
        }

        [Fact]
        public void Setting_given_again_after_a_reset_is_reported_as_usual()
        {
            // api extends the reset app in the same file: it has the reset list, and its own entry is what it drops.
            var r = LintProject((Base, Y("services:", "  app:", "    cap_drop: [ALL]")),
                (Override, Y("services:", "  app:", "    cap_drop: !reset []", "  api:", "    extends: app", "    cap_drop: [NET_RAW]")));
            var findings = r.Findings.Only("CTL2003");
            Assert.Equal(2, findings.Count);
            var reset = findings.Single(f => f.Containers.SequenceEqual(new[] { "app" }));
            Assert.EndsWith(Override, reset.Span.Path);
            reset.At(3, 5);
            var givenAgain = findings.Single(f => f.Containers.SequenceEqual(new[] { "api" }));
            Assert.EndsWith(Override, givenAgain.Span.Path);
        }

        [Fact]
        public void Privileged_base_that_a_later_file_turns_off_still_runs_the_service_that_extends_it_privileged()
        {
            var r = LintProject((Base, Y("services:", "  base:", "    image: x", "    privileged: true", "  a:", "    extends: base")),
                (Override, Y("services:", "  base:", "    privileged: false")));
            var privileged = r.Findings.Single("CTL1003");
            Assert.Equal(new[] { "a" }, privileged.Containers);
            Assert.EndsWith(Base, privileged.Span.Path);
            privileged.At(4, 17);
        }

        [Fact]
        public void Base_a_later_file_makes_privileged_is_reported_for_the_base_only()
        {
            var r = LintProject((Base, Y("services:", "  base:", "    image: x", "  a:", "    extends: base")),
                (Override, Y("services:", "  base:", "    privileged: true")));
            var privileged = r.Findings.Single("CTL1003");
            Assert.Equal(new[] { "base" }, privileged.Containers);
            Assert.EndsWith(Override, privileged.Span.Path);
        }

        // Compose interpolates a file before it applies extends (audit 126 R126-8).
        [Theory]
        [InlineData("    extends: ${BASE}")]
        [InlineData("    extends:\n      service: ${BASE:-nope}")]
        public void Extends_naming_its_base_through_a_variable_extends_what_the_variable_says(string extends)
        {
            var r = LintProject((Base, "services:\n  base:\n    image: x\n    privileged: true\n  a:\n" + extends + "\n"), (".env", "BASE=base\n"));
            r.Findings.None("CTL9001");
            Assert.Equal(new[] { "base", "a" }, r.Findings.Single("CTL1003").Containers);
        }

        [Fact]
        public void Extends_file_named_through_a_variable_is_read()
        {
            var r = LintProject((Base, Y("services:", "  a:", "    extends:", "      file: ${COMMON}", "      service: base")),
                ("common.yaml", Y("services:", "  base:", "    image: x", "    privileged: true")), (".env", "COMMON=common.yaml\n"));
            r.Findings.None("CTL9001");
            r.Findings.Single("CTL1003");
        }

        [Fact]
        public void Extends_of_a_service_only_another_file_defines_is_not_found_as_Compose_does_not_find_it()
        {
            var r = LintProject((Base, Y("services:", "  base:", "    image: x", "    privileged: true")),
                (Override, Y("services:", "  a:", "    extends: base")));
            Assert.Contains("extends: service 'base' not found", r.Findings.Single("CTL9001").Message);
        }

        [Theory]
        [InlineData("    cap_drop: !reset []", "    cap_drop: !override [ALL]")]
        [InlineData("    cap_drop: !reset", "    cap_drop: !override [ALL]")]
        [InlineData("    cap_drop: !reset # dev only", "    cap_drop: !override [ALL] # dev only")]
        [InlineData("    cap_drop: !reset\n    image: x", "    cap_drop: !override [ALL]\n    image: x")]
        [InlineData("    cap_drop: !reset\n      - NET_RAW\n    image: x", "    cap_drop: !override [ALL]\n    image: x")]
        [InlineData("    cap_drop: !override [NET_RAW]", "    cap_drop: !override [NET_RAW, ALL]")]
        [InlineData("    security_opt: !reset []", "    security_opt: !override [\"no-new-privileges:true\"]")]
        [InlineData("    read_only: !reset null", "    read_only: true")]
        public void Fix_of_a_reset_cap_drop_converges_in_one_pass(string written, string fixedLine)
        {
            var files = new Dictionary<string, string> { [Base] = Hardened, [Override] = Y("services:", "  web:", written) };
            Assert.Equal(1, FixPasses(files));
            Assert.Equal(Hardened, files[Base]);
            Assert.Equal(Y("services:", "  web:", fixedLine), files[Override]);
        }

        [Fact]
        public void Fix_of_a_reset_in_an_overlay_leaves_the_base_alone()
        {
            var files = new Dictionary<string, string>
            {
                [Base] = Hardened,
                [Overlay] = Y("services:", "  web:", "    cap_drop: !reset []", "    security_opt: !reset []", "    read_only: !reset null"),
            };
            Assert.Equal(1, FixPasses(files));
            Assert.Equal(Hardened, files[Base]);
            Assert.Equal(Y("services:", "  web:", "    cap_drop: !override [ALL]", "    security_opt: !override [\"no-new-privileges:true\"]",
                "    read_only: true"), files[Overlay]);
        }

        /// <summary>
        /// Lints and fixes the project as <c>-t:ContainerLintFix</c> does, up to its pass limit; the number of passes that
        /// changed a file (the limit plus one when it never settles).
        /// </summary>
        private static int FixPasses(Dictionary<string, string> files)
        {
            const int MaxPasses = 4;
            for (var pass = 0; pass <= MaxPasses; pass++)
            {
                var r = LintProject(files.Select(f => (f.Key, f.Value)).ToArray());
                var changed = false;
                foreach (var byFile in r.Findings.Where(f => f.Fix is not null).GroupBy(f => f.Span.Path))
                {
                    var name = byFile.Key.Substring(Dir.Length);
                    var text = ComposeFixer.Apply(files[name], byFile.Key, byFile.ToList(), out _);
                    changed |= text != files[name];
                    files[name] = text;
                }
                if (!changed) return pass;
            }
            return MaxPasses + 1;
        }

        [Fact]
        public void Finding_in_an_anchor_several_services_merge_names_the_one_service_it_applies_to()
        {
            var findings = Lint(Y("x-base: &base", "  privileged: true", "  cap_add: [SYS_ADMIN]", "x-user: &usr", "  user: root",
                "services:", "  a:", "    <<: [*base, *usr]", "    image: x", "  b:", "    <<: *base", "    privileged: false", "    image: y"));

            var privileged = findings.Single("CTL1003");
            privileged.At(2, 15);
            Assert.Equal(new[] { "a" }, privileged.Containers);
            Assert.Contains("(in a)", privileged.Message);
            Assert.Contains("(in a, b)", findings.Single("CTL2001").Message);
            Assert.Contains("(in a)", findings.Single("CTL1001").Message); // an anchor only a uses, but an anchor: say whose
        }

        [Fact]
        public void Finding_outside_any_anchor_names_no_service()
        {
            var findings = Lint(Y("x-base: &base", "  image: x", "services:", "  a:", "    <<: *base", "    privileged: true"));

            Assert.DoesNotContain("(in ", findings.Single("CTL1003").Message);
        }

        [Fact]
        public void Extends_in_the_same_file_inherits_and_overrides()
        {
            var findings = Lint(Y("services:", "  base:", "    image: x", "    privileged: true", "    cap_add: [SYS_ADMIN]",
                "  web:", "    extends: base", "    privileged: false", "  worker:", "    extends:", "      service: base"));
            var privileged = findings.Single("CTL1003");
            privileged.At(4, 17);
            Assert.Equal(new[] { "base", "worker" }, privileged.Containers);
            var cap = findings.Single("CTL2001");
            Assert.Equal(new[] { "base", "web", "worker" }, cap.Containers);
            Assert.Contains("(in base, web, worker)", cap.Message);
        }

        [Fact]
        public void Extends_from_another_file_is_reported_in_that_file()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    extends:", "      file: common/base.yml", "      service: hardened-not")),
                ("common/base.yml", Y("services:", "  hardened-not:", "    image: x", "    user: root")));
            var f = r.Findings.Single("CTL1001");
            Assert.EndsWith("common/base.yml", f.Span.Path);
            f.At(4, 11);
        }

        [Fact]
        public void Extended_file_reached_through_dot_slash_is_reported_once()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    extends:", "      file: ./compose.common.yaml", "      service: app",
                    "  worker:", "    extends:", "      file: compose.common.yaml", "      service: app")),
                ("compose.common.yaml", Y("services:", "  app:", "    image: x", "    privileged: true")));
            var f = r.Findings.Single("CTL1003");
            Assert.Equal("/p/compose.common.yaml", f.Span.Path);
            Assert.Equal(new[] { "app", "web", "worker" }, f.Containers.OrderBy(c => c, System.StringComparer.Ordinal));
            Assert.All(r.Findings, x => Assert.DoesNotContain("/./", x.Span.Path));
        }

        [Fact]
        public void File_extended_through_dot_slash_from_another_file_is_reported_once()
        {
            var r = LintProject((Base, Y("services:", "  web:", "    extends:", "      file: ./common/base.yml", "      service: app")),
                ("docker-compose.yml", Y("services:", "  api:", "    extends:", "      file: common/base.yml", "      service: app")),
                ("common/base.yml", Y("services:", "  app:", "    image: x", "    pid: host")));
            var f = r.Findings.Single("CTL5001");
            Assert.Equal("/p/common/base.yml", f.Span.Path);
            Assert.Equal(new[] { "api", "web" }, f.Containers.OrderBy(c => c, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Extends_is_recursive()
        {
            var findings = Lint(Y("services:", "  a:", "    pid: host", "  b:", "    extends: a", "  c:", "    extends: b"));
            Assert.Equal(new[] { "a", "b", "c" }, findings.Single("CTL5001").Containers);
        }

        [Fact]
        public void Extends_cycle_is_reported_and_does_not_hang()
        {
            var findings = Lint(Y("services:", "  a:", "    extends: b", "  b:", "    extends: a"));
            Assert.NotEmpty(findings.Only("CTL9001"));
            Assert.Contains("cycle", findings.Only("CTL9001")[0].Message);
        }

        // Audit 102 F102-3: 33 links were reported as a cycle, and the file's findings went with it.
        [Fact]
        public void Long_extends_chain_is_followed_and_one_past_the_limit_is_said_to_be_too_long_not_a_cycle()
        {
            static string Chain(int links)
            {
                var lines = new System.Collections.Generic.List<string> { "services:" };
                for (var i = 0; i < links; i++) lines.AddRange(new[] { $"  s{i}:", $"    extends: s{i + 1}" });
                lines.AddRange(new[] { $"  s{links}:", "    image: x", "    privileged: true" });
                return Y(lines.ToArray());
            }

            var followed = Lint(Chain(100));
            followed.None("CTL9001");
            Assert.Equal(101, followed.Single("CTL1003").Containers.Count);

            var tooLong = Lint(Chain(129)).Single("CTL9001");
            Assert.Equal("extends: the chain of extends that reaches service 's128' here is longer than 128 links, which the linter does not follow",
                tooLong.Evidence);
            Assert.DoesNotContain("cycle", tooLong.Message);
        }

        [Fact]
        public void Include_chain_past_the_limit_is_said_to_be_too_deep_not_a_cycle()
        {
            var files = new System.Collections.Generic.List<(string, string)> { ("compose.yaml", Y("include:", "  - inc/f1.yaml", "services:", "  web:", "    image: x")) };
            for (var i = 1; i <= 130; i++) files.Add(($"inc/f{i}.yaml", Y("include:", $"  - f{i + 1}.yaml", "services:", $"  s{i}:", "    image: x")));
            files.Add(("inc/f131.yaml", Y("services:", "  last:", "    image: x")));
            var error = ComposeTestHost.LintProject(files.ToArray()).Findings.Single("CTL9001");
            Assert.Contains("is more than 128 includes deep (a cycle, or a chain the linter does not follow)", error.Message);
        }

        // Audit 105 V105-2: 128 includes deep were refused, against the page's "more than 128".
        [Fact]
        public void Include_chain_of_128_links_is_followed()
        {
            var files = new System.Collections.Generic.List<(string, string)> { ("compose.yaml", Y("include:", "  - inc/f1.yaml", "services:", "  web:", "    image: x")) };
            for (var i = 1; i < 128; i++) files.Add(($"inc/f{i}.yaml", Y("include:", $"  - f{i + 1}.yaml", "services:", $"  s{i}:", "    image: x")));
            files.Add(("inc/f128.yaml", Y("services:", "  last:", "    image: x", "    privileged: true")));
            var findings = ComposeTestHost.LintProject(files.ToArray()).Findings;
            findings.None("CTL9001");
            Assert.Equal(new[] { "last" }, findings.Single("CTL1003").Containers);
        }

        // Audit 105 V105-3: a cycle longer than the chain the linter follows was said to be a long chain.
        [Fact]
        public void Extends_cycle_longer_than_the_limit_is_still_a_cycle()
        {
            var lines = new System.Collections.Generic.List<string> { "services:" };
            for (var i = 0; i < 130; i++) lines.AddRange(new[] { $"  s{i}:", $"    extends: s{(i + 1) % 130}" });
            var errors = Lint(Y(lines.ToArray())).Only("CTL9001");
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.Contains("(a cycle longer than 128 links)", e.Message));
        }

        // Audit 107 A107-3: a chain longer than the limit that runs into a short cycle had its own services said to extend
        // themselves ("a cycle longer than 128 links"), and the cycle's first service got that and "(a cycle)" joined.
        [Theory]
        [InlineData(130, 2)]
        [InlineData(127, 3)]
        [InlineData(200, 5)]
        public void Long_extends_chain_into_a_short_cycle_reports_the_cycle_alone(int chain, int cycle)
        {
            var lines = new System.Collections.Generic.List<string> { "services:" };
            for (var i = 0; i < chain; i++) lines.AddRange(new[] { $"  t{i}:", $"    extends: {(i + 1 < chain ? $"t{i + 1}" : "c0")}" });
            for (var i = 0; i < cycle; i++) lines.AddRange(new[] { $"  c{i}:", "    image: alpine", $"    extends: c{(i + 1) % cycle}" });
            var errors = Lint(Y(lines.ToArray())).Only("CTL9001");
            Assert.Equal(cycle, errors.Count);
            Assert.All(errors, e => Assert.Matches(@"^extends: service 'c\d+' extends itself through 'c\d+' \(a cycle\)$", e.Evidence));
        }

        // Audit 107 A107-8: a chain through files was "a cycle, or a chain the linter does not follow", and a cycle through
        // files named none of them.
        [Fact]
        public void Long_extends_chain_through_files_is_said_to_be_too_long_and_a_cycle_through_files_names_the_file()
        {
            static (string, string)[] Files(int count, bool cycle)
            {
                var files = new System.Collections.Generic.List<(string, string)>
                {
                    ("compose.yaml", Y("services:", "  s:", "    extends:", "      file: l/l1.yaml", "      service: s")),
                };
                for (var i = 1; i <= count; i++)
                    files.Add(($"l/l{i}.yaml", i < count || cycle
                        ? Y("services:", "  s:", "    extends:", $"      file: {(i < count ? $"l{i + 1}.yaml" : "../compose.yaml")}", "      service: s")
                        : Y("services:", "  s:", "    image: alpine", "    privileged: true")));
                return files.ToArray();
            }

            var chain = ComposeTestHost.LintProject(Files(200, cycle: false)).Findings.Single("CTL9001");
            Assert.Equal("extends: the chain of extends that reaches service 's' here is longer than 128 links, which the linter does not follow", chain.Evidence);

            var shortCycle = ComposeTestHost.LintProject(Files(100, cycle: true)).Findings.Only("CTL9001");
            Assert.NotEmpty(shortCycle);
            Assert.All(shortCycle, e => Assert.Matches(@"^extends: service 's' extends itself through 's' in '[./a-z0-9]+\.yaml' \(a cycle\)$", e.Evidence));

            var longCycle = ComposeTestHost.LintProject(Files(200, cycle: true)).Findings.Only("CTL9001");
            Assert.NotEmpty(longCycle);
            Assert.All(longCycle, e => Assert.EndsWith("(a cycle longer than 128 links)", e.Evidence));
        }

        // Audit 108 B108-2: what a chain of merge keys brought from more than 128 mappings away was dropped without a word;
        // audit 110 D110-3: said as a CTL9001 that refused the file, it took the file's other findings with it.
        [Fact]
        public void Merge_key_chain_past_128_mappings_is_said_once_and_the_rest_of_the_file_is_still_reported()
        {
            static string Chain(int links)
            {
                var lines = new System.Collections.Generic.List<string> { "x-m0: &m0 {image: alpine, privileged: true}" };
                for (var i = 1; i <= links; i++) lines.Add($"x-m{i}: &m{i} {{<<: *m{i - 1}, k{i}: v}}");
                lines.AddRange(new[] { "services:", "  web:", $"    <<: *m{links}", "  other:", "    image: alpine", "    pid: host" });
                return Y(lines.ToArray());
            }

            var followed = Lint(Chain(127));
            followed.None("CTL9001");
            followed.Single("CTL1003");
            var past = Lint(Chain(128));
            var notFollowed = past.Single("CTL9001");
            Assert.Contains("merge keys ('<<') go more than 128 mappings deep here; the linter does not read what the deeper ones merge", notFollowed.Message);
            notFollowed.At(132, 5);
            past.Single("CTL5001");
            Assert.Single(Lint(Chain(300)).Only("CTL9001"));
        }

        [Fact]
        public void Extends_of_a_missing_service_or_file_is_reported()
        {
            Lint(Y("services:", "  a:", "    extends: nope")).Single("CTL9001").At(3, 14);
            Lint(Y("services:", "  a:", "    extends:", "      file: missing.yml", "      service: x")).Single("CTL9001").At(4, 13);
        }

        [Fact]
        public void Anchor_value_is_reported_once_naming_every_service()
        {
            var findings = Lint(Y("x-common: &common", "  privileged: true", "  cap_add: [SYS_ADMIN]", "services:",
                "  web:", "    <<: *common", "    image: a", "  worker:", "    <<: *common", "    image: b"));
            var f = findings.Single("CTL1003");
            f.At(2, 15);
            Assert.Equal(new[] { "web", "worker" }, f.Containers);
            Assert.Contains("web, worker", f.Message);
            Assert.Single(findings.Only("CTL2001"));
        }

        [Fact]
        public void Explicit_key_overrides_a_merged_one()
        {
            var findings = Lint(Y("x-common: &common", "  privileged: true", "services:", "  web:", "    <<: *common", "    privileged: false"));
            findings.None("CTL1003");
        }

        [Fact]
        public void Merge_key_list_first_mapping_wins()
        {
            var findings = Lint(Y("x-a: &a", "  user: \"1000\"", "x-b: &b", "  user: root", "  pid: host", "services:", "  web:", "    <<: [*a, *b]"));
            findings.None("CTL1001");
            findings.Single("CTL5001").At(5, 8);
        }

        [Fact]
        public void Aliased_list_item_keeps_the_anchor_span()
        {
            var findings = Lint(Y("services:", "  web:", "    cap_add: [&cap SYS_ADMIN]", "  api:", "    cap_add: [*cap]"));
            var f = findings.Single("CTL2001");
            f.At(3, 15);
            Assert.Equal(new[] { "web", "api" }, f.Containers);
        }
    }
}
