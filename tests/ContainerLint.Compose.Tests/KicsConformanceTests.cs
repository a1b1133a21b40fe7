using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ContainerLint.Engine;
using ContainerLint.Findings;
using ContainerLint.Rules;

namespace ContainerLint.Compose.Tests
{
    /// <summary>
    /// KICS's own Compose samples (shared/corpus/kics/dockerCompose) as a conformance suite: where a KICS query and a
    /// ContainerLint rule mean the same thing, positives are found at (or within a line of) the line KICS expects and
    /// negatives stay clean for that rule. Deliberate differences are the named tests at the end.
    /// </summary>
    public class KicsConformanceTests
    {
        /// <summary>KICS query folder → the ContainerLint rules that mean the same.</summary>
        private static readonly Dictionary<string, string[]> Aligned = new Dictionary<string, string[]>
        {
            ["cgroup_not_default"] = new[] { "CTL5007" },
            ["container_capabilities_unrestricted"] = new[] { "CTL2001", "CTL2002", "CTL2003" },
            ["default_seccomp_profile_disabled"] = new[] { "CTL4002" },
            ["docker_socket_mounted_in_container"] = new[] { "CTL3004" },
            ["host_namespace_is_shared"] = new[] { "CTL5001" },
            ["no_new_privileges_not_set"] = new[] { "CTL4001" },
            ["privileged_containers_enabled"] = new[] { "CTL1003" },
            ["security_opt_not_set"] = new[] { "CTL4001" },
            ["shared_host_ipc_namespace"] = new[] { "CTL5002" },
            ["shared_host_network_namespace"] = new[] { "CTL5003" },
            ["shared_host_user_namespace"] = new[] { "CTL5004" },
            ["volume_has_sensitive_host_directory"] = new[] { "CTL3002", "CTL3003", "CTL3004" },
            ["volume_mounted_in_multiple_containers"] = new[] { "CTL3007" },
        };

        /// <summary>Expected KICS results ContainerLint deliberately does not reproduce (each has its own test below).</summary>
        private static readonly HashSet<string> Differences = new HashSet<string>
        {
            "default_seccomp_profile_disabled/positive1.yaml:13",
            "no_new_privileges_not_set/positive2.yaml:12",
            "volume_has_sensitive_host_directory/positive1.yaml:11",
            "volume_has_sensitive_host_directory/positive2.yaml:18",
            "volume_has_sensitive_host_directory/positive3.yaml:14",
            "volume_mounted_in_multiple_containers/positive3.yaml:15",
            "volume_mounted_in_multiple_containers/positive4.yaml:15",
        };

        /// <summary>KICS negatives that ContainerLint reports for the aligned rule on purpose.</summary>
        private static readonly HashSet<string> NegativeDifferences = new HashSet<string>
        {
            "security_opt_not_set/negative1.yaml",
        };

        private static string Folder(string query) => TestPaths.Corpus("kics", "dockerCompose", query, "test");

        private static IReadOnlyList<Finding> LintFile(string query, string file) =>
            ComposeLinter.Lint(new[] { Path.Combine(Folder(query), file) }, LintOptions.Default, PhysicalFileSystem.Instance).Findings;

        public static IEnumerable<object[]> ExpectedPositives()
        {
            foreach (var query in Aligned.Keys.OrderBy(q => q, StringComparer.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder(query), "positive_expected_result.json")));
                foreach (var e in json.RootElement.EnumerateArray())
                {
                    var file = e.GetProperty("filename").GetString()!;
                    var line = e.GetProperty("line").GetInt32();
                    if (!Differences.Contains(query + "/" + file + ":" + line)) yield return new object[] { query, file, line };
                }
            }
        }

        public static IEnumerable<object[]> Negatives()
        {
            foreach (var query in Aligned.Keys.OrderBy(q => q, StringComparer.Ordinal))
                foreach (var path in Directory.EnumerateFiles(Folder(query), "negative*.yaml").OrderBy(p => p, StringComparer.Ordinal))
                {
                    var file = Path.GetFileName(path);
                    if (!NegativeDifferences.Contains(query + "/" + file)) yield return new object[] { query, file };
                }
        }

        [Theory]
        [MemberData(nameof(ExpectedPositives))]
        public void Positive_is_found_at_the_expected_line(string query, string file, int line)
        {
            var findings = LintFile(query, file);
            var rules = Aligned[query];
            Assert.True(findings.Any(f => rules.Contains(f.Rule.Id) && Math.Abs(f.Span.StartLine - line) <= 1),
                query + "/" + file + ":" + line + " not found; got:" + ComposeTestHost.Describe(findings));
        }

        [Theory]
        [MemberData(nameof(Negatives))]
        public void Negative_stays_clean_for_the_aligned_rule(string query, string file)
        {
            var findings = LintFile(query, file);
            var rules = Aligned[query];
            Assert.True(!findings.Any(f => rules.Contains(f.Rule.Id)), query + "/" + file + ":" + ComposeTestHost.Describe(findings));
        }

        [Fact]
        public void Difference_kics_counts_an_anonymous_volume_as_a_host_path()
        {
            // `- /var/lib/backup/data` is a container path: Docker creates an anonymous volume, nothing of the host.
            var findings = LintFile("volume_has_sensitive_host_directory", "positive1.yaml");
            Assert.DoesNotContain(findings, f => f.Rule.Id == "CTL3003");
        }

        [Fact]
        public void Difference_kics_flags_a_non_local_driver_mountpoint_and_reads_a_malformed_file()
        {
            // `services: image: docker` is not a service mapping (Compose refuses it), and `local-persist`'s
            // `mountpoint` is a plugin option, not the local driver's bind.
            var findings = LintFile("volume_has_sensitive_host_directory", "positive3.yaml");
            Assert.Equal("CTL9001", Assert.Single(findings).Rule.Id);
        }

        [Fact]
        public void Difference_kics_treats_all_of_var_lib_as_sensitive()
        {
            // The local volume's `device` with `o: bind` is read as a bind of /var/lib/backup/data (its options are
            // reported), but only /var/lib/docker, /var/lib/containerd and /var/lib/kubelet are sensitive in rules.md.
            var findings = LintFile("volume_has_sensitive_host_directory", "positive2.yaml");
            Assert.DoesNotContain(findings, f => f.Rule.Id == "CTL3003");
            Assert.Contains(findings, f => f.Rule.Id == "CTL3005" && f.Span.StartLine == 19);
        }

        [Theory]
        [InlineData("positive3.yaml", "rslave")]
        [InlineData("positive4.yaml", "slave")]
        public void Difference_kics_treats_slave_propagation_as_shared(string file, string mode)
        {
            // slave/rslave let host mounts reach the container, never the other way: nothing leaks to the host.
            var findings = LintFile("volume_mounted_in_multiple_containers", file);
            Assert.DoesNotContain(findings, f => f.Rule.Id == "CTL3007");
            Assert.Contains(mode, File.ReadAllText(Path.Combine(Folder("volume_mounted_in_multiple_containers"), file)));
        }

        [Fact]
        public void Difference_kics_reads_label_seccomp_unconfined_as_seccomp()
        {
            // `label:` takes SELinux options; `label:seccomp:unconfined` does not turn seccomp off.
            var findings = LintFile("default_seccomp_profile_disabled", "positive1.yaml");
            Assert.DoesNotContain(findings, f => f.Rule.Id == "CTL4002");
        }

        [Fact]
        public void Difference_missing_no_new_privileges_is_reported_at_the_service_key_not_at_security_opt()
        {
            var f = Assert.Single(LintFile("no_new_privileges_not_set", "positive2.yaml"), x => x.Rule.Id == "CTL4001");
            Assert.Equal(3, f.Span.StartLine);
        }

        [Fact]
        public void Difference_kics_accepts_any_security_opt_while_ctl4001_needs_no_new_privileges()
        {
            var findings = LintFile("security_opt_not_set", "negative1.yaml");
            Assert.Contains(findings, f => f.Rule.Id == "CTL4001");
            Assert.Contains(findings, f => f.Rule.Id == "CTL4003"); // and apparmor:unconfined is reported
        }

        [Fact]
        public void Difference_kics_flags_any_cap_add_while_default_capabilities_are_not_reported()
        {
            var findings = ComposeTestHost.Lint(ComposeTestHost.Y("services:", "  web:", "    cap_drop: [ALL]", "    cap_add: [CHOWN, NET_BIND_SERVICE]"));
            Assert.DoesNotContain(findings, f => f.Rule.Id is "CTL2001" or "CTL2002" or "CTL2003");
        }
    }
}
