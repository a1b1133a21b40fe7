using System.Collections.Generic;
using System.Linq;
using ContainerLint.Findings;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    /// <summary>Every rule with a C column, from YAML to a finding at the exact line and column (rules.md location convention).</summary>
    public class RuleEndToEndTests
    {
        private static void Expect(string rule, int line, int column, params string[] serviceLines)
        {
            var lines = new string[serviceLines.Length + 2];
            lines[0] = "services:";
            lines[1] = "  web:";
            serviceLines.CopyTo(lines, 2);
            Lint(Y(lines)).Single(rule).At(line, column);
        }

        [Fact] public void CTL1001_root_user() => Expect("CTL1001", 3, 11, "    user: root:root");
        [Fact] public void CTL1001_numeric_root() => Expect("CTL1001", 3, 11, "    user: \"0\"");

        // Docker reads the user part with Go's strconv.Atoi, which takes a sign: +0 and -0 are uid 0 (audit 9, 6).
        [Theory]
        [InlineData("    user: \"+0\"")]
        [InlineData("    user: \"-0\"")]
        [InlineData("    user: \"+00:1000\"")]
        [InlineData("    user: +0")]
        public void CTL1001_signed_zero_uid_is_root(string line) => Expect("CTL1001", 3, 11, line);

        [Fact]
        public void Value_written_as_a_block_scalar_is_quoted_on_one_line_in_the_message()
        {
            // MSBuild makes each line of a message a diagnostic of its own (audit 15, D6).
            var finding = Lint(Y("services:", "  web:", "    user: |+", "      root:root", "", "    image: x")).Single("CTL1001");
            Assert.Contains("user 'root:root\\n\\n'", finding.Message);
            Assert.DoesNotContain('\n', finding.Message);
        }

        [Fact]
        public void CTL1001_signed_non_zero_uid_is_not_root() =>
            Lint(Y("services:", "  web:", "    user: \"+1000\"")).None("CTL1001");
        [Fact] public void CTL1003_privileged() => Expect("CTL1003", 3, 17, "    privileged: true");
        [Fact] public void CTL1003_build_privileged() => Expect("CTL1003", 5, 19, "    build:", "      context: .", "      privileged: true");
        // build.entitlements grants what build.privileged and build.network: host grant (audit 3, 15).
        [Fact] public void CTL1003_build_entitlement() => Expect("CTL1003", 6, 11, "    build:", "      context: .", "      entitlements:", "        - security.insecure");
        [Fact] public void CTL5003_build_entitlement() => Expect("CTL5003", 5, 41, "    build:", "      context: .", "      entitlements: [security.insecure, network.host]");

        [Fact]
        public void Other_entitlements_are_not_reported()
        {
            var findings = Lint(Y("services:", "  web:", "    build:", "      entitlements: [network.none, device, security.insecure.x]"));
            findings.None("CTL1003");
            findings.None("CTL5003");
            findings.None("CTL9001");
        }
        [Fact] public void CTL2001_near_root_capability() => Expect("CTL2001", 4, 9, "    cap_add:", "      - CAP_SYS_ADMIN");
        [Fact] public void CTL2002_extra_capability() => Expect("CTL2002", 3, 15, "    cap_add: [NET_ADMIN]");
        [Fact] public void CTL2003_no_cap_drop_is_at_the_service_key() => Expect("CTL2003", 2, 3, "    image: x");

        [Fact]
        public void CTL2003_of_a_privileged_service_says_that_dropping_capabilities_waits_for_privileged_to_go()
        {
            // Docker ignores cap_drop for a privileged container (moby oci/caps.TweakCapabilities; audit 155 F155-2).
            var privileged = Lint(Y("services:", "  web:", "    image: x", "    privileged: true")).Single("CTL2003");
            privileged.At(2, 3);
            Assert.Contains("no capability is dropped, and the container is privileged (CTL1003), which gives it every capability whatever it drops", privileged.Message);
            Assert.Equal(FixKind.AddSetting, privileged.Fix!.Kind);
            foreach (var maybe in new[] { "    privileged: false", "    privileged: ${PRIV}" })
                Assert.DoesNotContain("privileged", Lint(Y("services:", "  web:", "    image: x", maybe)).Single("CTL2003").Message);
        }
        [Fact] public void CTL3001_device_short() => Expect("CTL3001", 4, 9, "    devices:", "      - /dev/kvm:/dev/kvm");
        [Fact] public void CTL3001_device_long() => Expect("CTL3001", 4, 17, "    devices:", "      - source: /dev/kvm", "        target: /dev/kvm");
        [Fact] public void CTL3001_device_cgroup_rule() => Expect("CTL3001", 4, 9, "    device_cgroup_rules:", "      - 'c 1:3 mr'");
        [Fact] public void CTL3002_writable_proc() => Expect("CTL3002", 4, 9, "    volumes:", "      - /proc:/host/proc");
        [Fact] public void CTL3002_systempaths_unconfined() => Expect("CTL3002", 3, 20, "    security_opt: [systempaths=unconfined]");
        [Fact] public void CTL3002_writable_cgroups() => Expect("CTL3002", 4, 9, "    security_opt:", "      - writable-cgroups=true");
        [Fact] public void CTL3003_sensitive_short() => Expect("CTL3003", 4, 9, "    volumes:", "      - /etc/ssl:/etc/ssl");
        [Fact] public void CTL3003_sensitive_long_at_source() => Expect("CTL3003", 5, 17, "    volumes:", "      - type: bind", "        source: /root", "        target: /r");
        [Fact] public void CTL3004_socket() => Expect("CTL3004", 4, 9, "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock:ro");
        // The Windows engine's named pipe, the twin of docker.sock (audit 3, 15), in both spellings and the long syntax.
        [Fact] public void CTL3004_engine_pipe_short() => Expect("CTL3004", 4, 9, "    volumes:", "      - //./pipe/docker_engine://./pipe/docker_engine");
        [Fact] public void CTL3004_engine_pipe_backslashes() => Expect("CTL3004", 4, 9, "    volumes:", "      - \\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine");
        [Fact] public void CTL3004_engine_pipe_long() => Expect("CTL3004", 5, 17, "    volumes:", "      - type: npipe", "        source: \\\\.\\pipe\\docker_engine\\", "        target: \\\\.\\pipe\\docker_engine\\");
        [Fact] public void CTL3004_docker_desktop_pipe() => Expect("CTL3004", 4, 9, "    volumes:", "      - //./pipe/Docker_Engine_Linux://./pipe/docker_engine");

        // compose-spec bind.recursive: writable is the API's BindOptions.ReadOnlyNonRecursive (docker/compose buildMountOptions,
        // `--mount ...,readonly,bind-recursive=writable`): only the top of the bind is read-only, and under /proc, /sys and the
        // host's root the kernel's interfaces below it stay writable, as for Docker.DotNet.Enhanced's flag (audit 39, F2).
        private static string[] RecursiveBind(string source, string recursive, string readOnly = "true") => new[]
        {
            "services:", "  web:", "    volumes:", "      - type: bind", "        source: " + source, "        target: /host",
            "        read_only: " + readOnly, "        bind:", "          recursive: " + recursive,
        };

        [Theory]
        [InlineData("/proc")]
        [InlineData("/sys/fs/cgroup")]
        [InlineData("//proc/")]
        public void CTL3002_read_only_bind_whose_submounts_stay_writable(string source)
        {
            var findings = Lint(Y(RecursiveBind(source, "writable")));
            var writable = findings.Single("CTL3002");
            writable.At(5, 17);
            Assert.Contains("is mounted writable", writable.Message);
            Assert.NotNull(writable.Fix);
            findings.None("CTL3003");
        }

        // `..` out of the home directory: a home is /home/<name>, as on Linux, so ~/../../etc is /etc (audit 125 C125-7).

        [Theory]
        [InlineData("      - ~/../../../etc:/host-etc", "CTL3003")]
        [InlineData("      - ~/../bob/.ssh:/keys", "CTL3003")]
        [InlineData("      - type: bind\n        source: ~/../../proc\n        target: /p", "CTL3002")]
        [InlineData("      - ${HOME}/../../var/run/docker.sock:/s", "CTL3004")]
        public void Host_path_that_climbs_out_of_the_home_directory_is_read_from_home(string volume, string rule)
        {
            var findings = LintIn("/home/me/src/app/", "services:\n  web:\n    image: x\n    volumes:\n" + volume + "\n");
            findings.Single(rule);
        }

        // A relative host path is matched as written (CTL3003's docs): where `../../../../proc` lands depends on the checkout
        // folder, and a finding must not come and go with it.
        [Theory]
        [InlineData("      - ../../../../proc:/host/proc")]
        [InlineData("      - ../../../../../../../../etc:/host-etc")]
        [InlineData("      - ../data:/data")]
        [InlineData("      - ./etc:/etc-copy")]
        public void Relative_host_path_is_matched_as_written_whatever_the_checkout_folder(string volume)
        {
            var findings = LintIn("/home/me/src/app/", "services:\n  web:\n    image: x\n    volumes:\n" + volume + "\n");
            findings.None("CTL3002");
            findings.None("CTL3003");
        }

        private static IReadOnlyList<ContainerLint.Findings.Finding> LintIn(string directory, string yaml) =>
            ComposeLinter.Lint(new[] { directory + "compose.yaml" }, ContainerLint.Rules.LintOptions.Default, new InMemoryFileSystem().Add(directory + "compose.yaml", yaml)).Findings;

        [Fact]
        public void Read_only_bind_of_the_host_root_with_writable_submounts_is_writable_and_elsewhere_read_only()
        {
            var root = Lint(Y(RecursiveBind("/", "writable"))).Single("CTL3003");
            root.At(5, 17);
            Assert.Contains("host path '/' is mounted writable", root.Message);
            Assert.NotNull(root.Fix);
            var etc = Lint(Y(RecursiveBind("/etc", "writable"))).Single("CTL3003");
            Assert.Contains("host path '/etc' is mounted read-only", etc.Message);
            Assert.Null(etc.Fix);
        }

        // Compose compares the value as written (the schema's enum: enabled, disabled, writable, readonly): the others, another
        // case, and a variable without a value leave the bind read-only.
        [Theory]
        [InlineData("enabled")]
        [InlineData("disabled")]
        [InlineData("readonly")]
        [InlineData("Writable")]
        [InlineData("${RECURSIVE}")]
        public void Other_recursive_values_leave_the_bind_read_only(string recursive)
        {
            var findings = Lint(Y(RecursiveBind("/proc", recursive)));
            findings.None("CTL3002");
            Assert.Contains("host path '/proc' is mounted read-only", findings.Single("CTL3003").Message);
        }

        [Fact]
        public void Recursive_writable_of_a_writable_bind_changes_nothing() =>
            Lint(Y(RecursiveBind("/proc", "writable", readOnly: "false"))).Single("CTL3002").At(5, 17);

        [Fact]
        public void Recursive_value_is_interpolated_and_taken_through_anchors_and_flow_mappings()
        {
            Lint(Y(RecursiveBind("/proc", "${RECURSIVE:-writable}"))).Single("CTL3002");
            Lint(Y(RecursiveBind("/proc", "$RECURSIVE")), dotEnv: "RECURSIVE=writable\n").Single("CTL3002");
            Lint(Y("x-legacy: &legacy", "  recursive: writable", "services:", "  web:", "    volumes:",
                "      - {type: bind, source: /sys, target: /s, read_only: true, bind: *legacy}")).Single("CTL3002").At(6, 30);
            Lint(Y("x-mount: &mount", "  type: bind", "  read_only: true", "  bind: {recursive: writable}", "services:", "  web:", "    volumes:",
                "      - <<: *mount", "        source: /proc", "        target: /p")).Single("CTL3002").At(9, 17);
        }

        [Fact]
        public void Recursive_writable_of_an_override_that_replaces_the_mount_of_the_same_target_is_read()
        {
            var r = LintProject(("compose.yaml", Y("services:", "  web:", "    image: x", "    volumes:", "      - /proc:/host/proc:ro")),
                ("compose.override.yaml", Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /proc", "        target: /host/proc",
                    "        read_only: true", "        bind:", "          recursive: writable")));
            r.Findings.None("CTL3003");
            var writable = r.Findings.Single("CTL3002");
            Assert.EndsWith("/compose.override.yaml", writable.Span.Path);
            Assert.Contains("mounted writable", writable.Message);
        }

        [Theory]
        [InlineData("      - //./pipe/my_app://./pipe/my_app")]
        [InlineData("      - /pipe/docker_engine:/x")]
        [InlineData("      - ./pipe/docker_engine:/x")]
        public void CTL3004_other_pipes_and_paths_are_not_the_engine(string entry) =>
            Lint(Y("services:", "  web:", "    volumes:", entry)).None("CTL3004");
        // CDI names are device requests (Docker sends them to the cdi driver, as it does GPU requests), not host paths.
        [Theory]
        [InlineData("      - nvidia.com/gpu=all")]
        [InlineData("      - nvidia.com/gpu=0")]
        [InlineData("      - \"intel.com/gpu=card:1\"")]
        [InlineData("      - source: nvidia.com/gpu=all")]
        public void CDI_device_names_are_not_host_devices(string entry) =>
            Lint(Y("services:", "  ml:", "    devices:", entry)).None("CTL3001");

        [Fact]
        public void A_host_device_beside_a_CDI_name_is_still_reported() =>
            Lint(Y("services:", "  ml:", "    devices:", "      - nvidia.com/gpu=all", "      - /dev/dri:/dev/dri")).Single("CTL3001").At(5, 9);

        // volumes_from: the service gets the named service's mounts; a finding at the mount names both services.
        [Fact]
        public void Socket_mounted_through_volumes_from_names_both_services()
        {
            var findings = Lint(Y("services:", "  proxy:", "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock", "  agent:", "    volumes_from:", "      - proxy"));
            var socket = findings.Single("CTL3004");
            socket.At(4, 9);
            Assert.Equal(new[] { "agent", "proxy" }, socket.Containers.OrderBy(c => c).ToArray());
        }

        [Fact]
        public void Volumes_from_follows_the_chain_and_ignores_containers_and_unknown_services()
        {
            var findings = Lint(Y("services:", "  a:", "    volumes:", "      - /etc:/host-etc", "  b:", "    volumes_from: [a, \"container:other\", missing]",
                "  c:", "    volumes_from: [b]"));
            Assert.Equal(new[] { "a", "b", "c" }, findings.Single("CTL3003").Containers.OrderBy(c => c).ToArray());
        }

        [Fact]
        public void Volumes_from_read_only_makes_the_inherited_mounts_read_only()
        {
            // a's own findings keep their fix; b's, where the entry makes the mounts read-only, are at the entry, without one.
            var findings = Lint(Y("services:", "  a:", "    volumes:", "      - /etc:/host-etc", "      - /proc:/host-proc", "  b:", "    volumes_from: [\"a:ro\"]"));
            var proc = findings.Single("CTL3002");
            Assert.Equal(new[] { "a" }, proc.Containers.ToArray());
            Assert.NotNull(proc.Fix);
            var atA = findings.Only("CTL3003").Where(f => f.Span.StartLine == 4).Single();
            Assert.Equal(new[] { "a" }, atA.Containers.ToArray());
            Assert.NotNull(atA.Fix);
            // Both mounts at one entry: one finding that names both values.
            var atEntry = findings.Only("CTL3003").Single(f => f.Span.StartLine == 7);
            Assert.Null(atEntry.Fix);
            Assert.Equal(new[] { "b" }, atEntry.Containers.ToArray());
            Assert.Contains("'/etc' is mounted read-only", atEntry.Message);
            Assert.Contains("'/proc' is mounted read-only", atEntry.Message);
        }

        [Fact]
        public void Volumes_from_read_write_keeps_each_mounts_mode()
        {
            // moby registerMountPoints: RW = m.RW && ReadWrite(mode), so :rw never makes a read-only mount writable (audit 35 F1).
            var findings = Lint(Y("services:", "  a:", "    volumes:", "      - /etc:/host-etc:ro", "      - /proc/sys/kernel:/k:ro", "  b:", "    volumes_from: [\"a:rw\"]"));
            findings.None("CTL3002");
            var sensitive = findings.Only("CTL3003");
            Assert.Equal(new[] { 4, 5 }, sensitive.Select(f => f.Span.StartLine).ToArray());
            foreach (var finding in sensitive)
            {
                Assert.Contains("read-only", finding.Message);
                Assert.Equal(new[] { "a", "b" }, finding.Containers.OrderBy(c => c).ToArray());
            }
        }

        [Fact]
        public void Volumes_from_mount_replaced_by_a_later_entry_or_the_services_own_at_its_destination_is_not_taken()
        {
            // moby registerMountPoints: the volumes_from mounts in order, then the container's binds and mounts, each at its
            // destination (audit 35 F7).
            var findings = Lint(Y("services:", "  agent:", "    volumes: [\"/etc:/config\"]", "  web:", "    volumes_from: [agent]",
                "    volumes: [\"./config:/config/:ro\"]", "  other:", "    volumes: [\"/root:/config\"]", "  job:", "    volumes_from: [agent, other]"));
            Assert.Equal(new[] { "agent" }, findings.Only("CTL3003").Single(f => f.Span.StartLine == 3).Containers.ToArray());
            Assert.Equal(new[] { "job", "other" }, findings.Only("CTL3003").Single(f => f.Span.StartLine == 8).Containers.OrderBy(c => c).ToArray());
        }

        [Fact]
        public void Volumes_from_read_only_entry_reports_propagation_and_options_where_they_are_written()
        {
            // :ro changes neither, so they are the written mount's findings, with its fix and its suppression (audit 35 F6).
            var findings = Lint(Y("services:", "  storage:", "    volumes: [\"/mnt/data:/data:rshared\"]", "  reader:", "    volumes_from: [\"storage:ro\"]"));
            var shared = findings.Single("CTL3007");
            shared.At(3, 15);
            Assert.NotNull(shared.Fix);
            Assert.Equal(new[] { "reader", "storage" }, shared.Containers.OrderBy(c => c).ToArray());

            var suppressed = Lint(Y("services:", "  storage:", "    volumes:", "      # containerlint ignore=CTL3007 reviewed", "      - /mnt/data:/data:rshared",
                "  reader:", "    volumes_from: [\"storage:ro\"]"));
            Assert.True(suppressed.Single("CTL3007").IsSuppressed);
        }

        [Theory]
        [InlineData("  # containerlint ignore=CTL3003 backup reads it", "  backup:", "    volumes_from: [agent]")]
        [InlineData("  backup:", "    # containerlint ignore=CTL3003 backup reads it", "    volumes_from: [agent]")]
        [InlineData("  backup:", "    volumes_from:", "      - agent  # containerlint ignore=CTL3003 backup reads it")]
        public void Volumes_from_suppression_over_the_taking_service_covers_it_alone(string first, string second, string third)
        {
            // As for an anchor's aliases: the finding stays for the service without a comment, without the fix (audit 35 F2).
            var findings = Lint(Y("services:", "  agent:", "    volumes: [\"/etc:/host/etc\"]", first, second, third));
            var etc = findings.Single("CTL3003");
            Assert.False(etc.IsSuppressed);
            Assert.Equal(new[] { "agent" }, etc.Containers.ToArray());
            Assert.Null(etc.Fix);

            var both = Lint(Y("services:", "  agent:", "    # containerlint ignore=CTL3003 agent too", "    volumes: [\"/etc:/host/etc\"]", first, second, third));
            Assert.True(both.Single("CTL3003").IsSuppressed);
        }

        [Fact]
        public void Volumes_from_read_only_entry_finding_is_covered_by_the_comments_where_its_mounts_are_written()
        {
            var findings = Lint(Y("services:", "  storage:", "    volumes:", "      - /etc:/host/etc # containerlint ignore=CTL3003 config sync", "  reader:",
                "    volumes_from: [\"storage:ro\"]"));
            Assert.All(findings.Only("CTL3003"), f => Assert.True(f.IsSuppressed));
            Assert.Equal(2, findings.Only("CTL3003").Count);

            // Two mounts through one entry, one of them without the comment: reported.
            var partly = Lint(Y("services:", "  storage:", "    volumes:", "      - /etc:/host/etc # containerlint ignore=CTL3003 config sync", "      - /root:/r",
                "  reader:", "    volumes_from: [\"storage:ro\"]"));
            Assert.False(partly.Only("CTL3003").Single(f => f.Span.StartLine == 7).IsSuppressed);
        }

        [Fact]
        public void Volumes_from_read_only_entry_leaves_a_mount_read_only_already_where_it_is_written()
        {
            // :ro changes nothing for it: one finding at the written mount naming every service (audit 38 F6).
            var findings = Lint(Y("services:", "  data:", "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock:ro", "  app:",
                "    volumes_from: [\"data:ro\"]", "  app2:", "    volumes_from: [data]"));
            var socket = findings.Single("CTL3004");
            socket.At(4, 9);
            Assert.Equal(new[] { "app", "app2", "data" }, socket.Containers.OrderBy(c => c).ToArray());
        }

        [Fact]
        public void Volumes_from_read_only_entry_finding_leaves_out_the_values_of_mounts_whose_comment_suppresses_it()
        {
            var findings = Lint(Y("services:", "  data:", "    volumes:", "      # containerlint ignore=CTL3003 app config", "      - /etc/myapp:/cfg",
                "      - /var/log:/logs", "  app:", "    volumes_from: [\"data:ro\"]"));
            var atEntry = findings.Only("CTL3003").Single(f => f.Span.StartLine == 8);
            Assert.False(atEntry.IsSuppressed);
            Assert.DoesNotContain("/etc/myapp", atEntry.Message);
            Assert.Contains("'/var/log' is mounted read-only", atEntry.Message);
        }

        [Fact]
        public void Volumes_from_finding_left_to_the_writing_service_alone_names_it()
        {
            // The finding is not that service's alone, and its fix is withheld: the message says whose it is (audit 38 F9).
            var findings = Lint(Y("services:", "  data:", "    volumes: [\"/proc:/host/proc\"]", "  app:", "    # containerlint ignore=CTL3002 reviewed",
                "    volumes_from: [data]"));
            var proc = findings.Single("CTL3002");
            Assert.Contains("(in data)", proc.Message);
            Assert.Null(proc.Fix);
        }

        [Fact]
        public void Volumes_from_suppression_covers_a_service_only_on_every_way_the_mount_reaches_it()
        {
            var findings = Lint(Y("services:", "  agent:", "    volumes: [\"/etc:/host/etc\"]", "  relay:", "    volumes_from: [agent]",
                "  backup:", "    volumes_from:", "      - agent  # containerlint ignore=CTL3003 reviewed", "      - relay"));
            Assert.Equal(new[] { "agent", "backup", "relay" }, findings.Single("CTL3003").Containers.OrderBy(c => c).ToArray());
        }

        [Fact]
        public void Volumes_from_cycles_and_itself_end_without_duplicates()
        {
            var findings = Lint(Y("services:", "  a:", "    volumes: [\"/etc:/host-etc\"]", "    volumes_from: [b, a]", "  b:", "    volumes_from: [a]",
                "  c:", "    volumes_from: [a, b, \"a:rw\"]"));
            var etc = findings.Only("CTL3003").Single(f => f.Span.StartLine == 3);
            Assert.Equal(new[] { "a", "b", "c" }, etc.Containers.OrderBy(c => c).ToArray());
        }

        // Audit 108 B108-4: a chain of volumes_from was followed by recursion (deep enough to overflow a stack) and copied
        // the route of entries per service (memory quadratic in the chain); a comment over any entry still covers the service.
        [Fact]
        public void Long_volumes_from_chain_reaches_every_service_and_a_comment_on_the_way_covers_those_after_it()
        {
            const int n = 20000;
            var lines = new System.Collections.Generic.List<string> { "services:", "  s0:", "    volumes: [\"/etc:/etc\"]" };
            for (var i = 1; i < n; i++)
                lines.AddRange(new[] { $"  s{i}:", i == n / 2 ? $"    volumes_from: [s{i - 1}] # containerlint ignore=CTL3003 a backup job" : $"    volumes_from: [s{i - 1}]" });
            var etc = Lint(Y(lines.ToArray())).Only("CTL3003").Single(f => f.Span.StartLine == 3);
            Assert.Equal(n / 2, etc.Containers.Count);
            Assert.Contains($"s{n / 2 - 1}", etc.Containers);
            Assert.DoesNotContain($"s{n / 2}", etc.Containers);
            Assert.DoesNotContain($"s{n - 1}", etc.Containers);
        }

        [Fact]
        public void Volumes_from_a_variable_with_no_value_is_unresolved() =>
            Lint(Y("services:", "  b:", "    volumes_from: [\"${SRC}\"]")).Single("CTL9002").At(3, 20);

        // use_api_socket: Compose mounts Docker's API socket itself (compose-spec schema: "Bind mount Docker API socket and
        // required auth"), so the service gets the socket without a volume naming it.
        [Fact] public void CTL3004_use_api_socket() => Expect("CTL3004", 3, 21, "    use_api_socket: true");

        [Fact]
        public void Use_api_socket_message_says_compose_mounts_the_socket_and_credentials()
        {
            var finding = Lint(Y("services:", "  web:", "    use_api_socket: yes")).Single("CTL3004");
            Assert.Contains("'use_api_socket: yes' has Compose mount the Docker API socket", finding.Message);
            Assert.Contains("registry credentials", finding.Message);
        }

        [Theory]
        [InlineData("    use_api_socket: false")]
        [InlineData("    use_api_socket: \"off\"")]
        [InlineData("    use_api_socket:")]
        public void Use_api_socket_off_or_empty_is_not_reported(string line) =>
            Lint(Y("services:", "  web:", line)).None("CTL3004");

        [Fact]
        public void Use_api_socket_from_the_env_file_is_interpolated() =>
            Lint(Y("services:", "  web:", "    use_api_socket: ${API}"), "API=true\n").Single("CTL3004").At(3, 21);

        [Fact]
        public void Use_api_socket_from_an_unset_variable_is_unresolved()
        {
            var findings = Lint(Y("services:", "  web:", "    use_api_socket: ${API}"));
            findings.None("CTL3004");
            findings.Single("CTL9002").At(3, 21);
        }

        // Lifecycle hooks run a command in the container as docker exec does, with a user and privileged flag of their own
        // (compose-spec services.md "post_start"): the N column's ContainerExecCreateParameters.User / Privileged.
        [Fact] public void CTL1003_privileged_post_start_hook() =>
            Expect("CTL1003", 5, 21, "    post_start:", "      - command: /fix-perms.sh", "        privileged: true");
        [Fact] public void CTL1001_root_pre_stop_hook() =>
            Expect("CTL1001", 5, 15, "    pre_stop:", "      - command: [\"/drain\"]", "        user: root");
        [Fact] public void CTL1003_privileged_watch_exec_hook() =>
            Expect("CTL1003", 9, 25, "    develop:", "      watch:", "        - path: ./src", "          action: sync+exec", "          exec:", "            command: make", "            privileged: true");

        [Fact]
        public void Hook_messages_name_the_hook_not_the_container()
        {
            var findings = Lint(Y("services:", "  web:", "    user: app", "    post_start:", "      - command: chown -R app /data", "        user: \"0\"",
                "        privileged: true"));
            Assert.Contains("the post_start hook runs as user '0'", findings.Single("CTL1001").Message);
            Assert.Contains("the post_start hook runs privileged", findings.Single("CTL1003").Message);
            Assert.Equal(new[] { "web" }, findings.Single("CTL1003").Containers);
        }

        [Fact]
        public void Hook_user_from_a_variable_says_what_it_resolves_to()
        {
            var findings = Lint(Y("services:", "  web:", "    user: app", "    pre_stop:", "      - command: nginx -s quit", "        user: ${HOOK_USER:-root}"));
            Assert.Contains("the pre_stop hook runs as user '${HOOK_USER:-root}', which resolves to 'root'", findings.Single("CTL1001").Message);
        }

        [Fact]
        public void Hooks_without_root_or_privileged_and_their_omissions_are_not_reported()
        {
            var findings = Lint(Y("services:", "  web:", "    image: x", "    cap_drop: [ALL]", "    read_only: true", "    security_opt: [no-new-privileges:true]",
                "    post_start:", "      - command: /warm-cache", "        user: app", "        privileged: false", "    pre_stop:", "      - command: /drain"));
            Assert.Empty(findings);
        }

        [Fact]
        public void Hook_that_is_not_a_mapping_is_a_located_CTL9001() =>
            Lint(Y("services:", "  web:", "    post_start:", "      - /start.sh")).Single("CTL9001").At(4, 9);

        [Fact]
        public void Hook_user_from_an_unset_variable_is_unresolved() =>
            Lint(Y("services:", "  web:", "    post_start:", "      - command: x", "        user: ${HOOK_USER}")).Single("CTL9002").At(5, 15);

        [Fact] public void CTL3005_tmpfs_suid() => Expect("CTL3005", 3, 12, "    tmpfs: /run:suid");
        [Fact] public void CTL3006_tmpfs_dev() => Expect("CTL3006", 4, 9, "    tmpfs:", "      - /run:rw,dev");
        [Fact] public void CTL3007_short_propagation() => Expect("CTL3007", 4, 9, "    volumes:", "      - /mnt:/mnt:rshared");
        [Fact] public void CTL3007_long_propagation() => Expect("CTL3007", 8, 24, "    volumes:", "      - type: bind", "        source: /mnt", "        target: /mnt", "        bind:", "          propagation: shared");
        [Fact] public void CTL4001_no_new_privileges_false() => Expect("CTL4001", 3, 20, "    security_opt: [\"no-new-privileges:false\"]");
        [Fact] public void CTL4001_missing_is_at_the_service_key() => Expect("CTL4001", 2, 3, "    image: x");
        [Fact] public void CTL4002_seccomp() => Expect("CTL4002", 4, 9, "    security_opt:", "      - seccomp=unconfined");
        [Fact] public void CTL4003_apparmor() => Expect("CTL4003", 4, 9, "    security_opt:", "      - apparmor:unconfined");
        [Fact] public void CTL4004_selinux() => Expect("CTL4004", 4, 9, "    security_opt:", "      - label:disable");
        [Fact] public void CTL4004_selinux_spc_t() => Expect("CTL4004", 4, 9, "    security_opt:", "      - label:type:spc_t");
        [Fact] public void CTL4004_selinux_spc_t_flow() => Expect("CTL4004", 3, 20, "    security_opt: [\"label=type:spc_t\"]");
        [Fact] public void CTL5001_pid() => Expect("CTL5001", 3, 10, "    pid: host");
        [Fact] public void CTL5002_ipc() => Expect("CTL5002", 3, 10, "    ipc: \"host\"");
        [Fact] public void CTL5003_network() => Expect("CTL5003", 3, 19, "    network_mode: host");
        [Fact] public void CTL5003_build_network() => Expect("CTL5003", 5, 16, "    build:", "      context: .", "      network: host");
        [Fact] public void CTL5004_userns() => Expect("CTL5004", 3, 18, "    userns_mode: host");
        [Fact] public void CTL5005_uts() => Expect("CTL5005", 3, 10, "    uts: host");
        [Fact] public void CTL5006_cgroup() => Expect("CTL5006", 3, 13, "    cgroup: host");
        [Fact] public void CTL5007_cgroup_parent() => Expect("CTL5007", 3, 20, "    cgroup_parent: m-executor-abcd");
        [Fact] public void CTL6001_missing_read_only_is_at_the_service_key() => Expect("CTL6001", 2, 3, "    image: x");
        [Fact] public void CTL6001_read_only_false_is_at_the_value() => Expect("CTL6001", 3, 16, "    read_only: false");
        [Fact] public void CTL9002_unresolved() => Expect("CTL9002", 3, 15, "    cap_add: [$CAP]");
        [Fact] public void CTL9004_unknown_capability() => Expect("CTL9004", 3, 15, "    cap_add: [NOT_A_CAP]");

        [Fact]
        public void CTL3003_local_volume_bind_is_at_the_device()
        {
            Lint(Y("services:", "  web:", "    volumes: [logs:/logs]", "volumes:", "  logs:", "    driver_opts:", "      type: none",
                "      o: bind", "      device: /var/log")).Single("CTL3003").At(9, 15);
        }

        [Fact]
        public void CTL3005_local_tmpfs_volume_without_nosuid_is_at_its_options()
        {
            Lint(Y("services:", "  web:", "    volumes: [scratch:/s]", "volumes:", "  scratch:", "    driver_opts:", "      type: tmpfs",
                "      device: tmpfs", "      o: size=10m")).Single("CTL3005").At(9, 10);
        }

        [Fact]
        public void A_top_level_volume_no_service_mounts_is_not_linted()
        {
            // Its driver_opts mount nothing until a service uses the volume; then they are reported where they are written.
            var unused = Lint(Y("services:", "  web:", "    image: x", "volumes:", "  host-root:", "    driver_opts: {type: none, o: bind, device: /}"));
            Assert.DoesNotContain(unused, f => f.Rule.Id.StartsWith("CTL3", System.StringComparison.Ordinal));
            var used = Lint(Y("services:", "  web:", "    image: x", "    volumes: [host-root:/host]",
                "volumes:", "  host-root:", "    driver_opts: {type: none, o: bind, device: /}"));
            used.Single("CTL3003").At(7, 48);
            used.Single("CTL3005").At(7, 34);
            used.Single("CTL3006").At(7, 34);
        }

        [Fact]
        public void Hardened_service_has_no_findings()
        {
            var findings = Lint(Y("services:", "  web:", "    image: x", "    user: \"10001:10001\"", "    read_only: true",
                "    cap_drop: [ALL]", "    cap_add: [NET_BIND_SERVICE]", "    security_opt: [\"no-new-privileges:true\"]",
                "    tmpfs: [/tmp]", "    volumes:", "      - ./config:/config:ro", "      - data:/data", "      - /cache"));
            Assert.Empty(findings);
        }
    
        [Fact]
        public void CTL5003_joining_an_external_network_named_host_through_networks_is_reported_at_the_entry()
        {
            // compose-spec networks "host or none": an external network named host is the host's network stack (audit 3, 11).
            var findings = Lint(Y("services:", "  a: { image: nginx, networks: [host] }", "  b:", "    image: nginx", "    networks:", "      hostnet: {}",
                "  c:", "    image: nginx", "    networks:", "      legacy:", "networks:", "  host: { external: true }", "  hostnet: { external: true, name: host }",
                "  legacy: { external: { name: host } }")).Only("CTL5003");
            Assert.Equal(3, findings.Count);
            findings[0].At(2, 33);
            findings[1].At(6, 7);
            findings[2].At(10, 7);
        }

        [Fact]
        public void CTL5003_is_not_reported_for_a_network_that_only_looks_like_host()
        {
            // A network Compose creates is the project's own (`<project>_host`), and an external one of another name is not the host's.
            var findings = Lint(Y("services:", "  a: { image: nginx, networks: [host, ext, off] }", "networks:", "  host: {}", "  ext: { external: true, name: hostnet }",
                "  off: { external: false, name: host }"));
            findings.None("CTL5003");
        }
}
}
