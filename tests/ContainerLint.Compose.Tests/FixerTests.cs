using System.Collections.Generic;
using System.Linq;
using ContainerLint.Findings;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    public class FixerTests
    {
        /// <summary>Lints, fixes the findings of the given rules, and checks that a second run changes nothing.</summary>
        private static string Fix(string yaml, params string[] rules)
        {
            var fixedText = FixOnce(yaml, rules, out var applied);
            Assert.NotEmpty(applied);
            var again = FixOnce(fixedText, rules, out var appliedAgain);
            Assert.Equal(fixedText, again);
            Assert.Empty(appliedAgain);
            return fixedText;
        }

        private static string FixOnce(string yaml, string[] rules, out IReadOnlyList<Finding> applied)
        {
            var findings = Lint(yaml).Where(f => rules.Contains(f.Rule.Id));
            return ComposeFixer.Apply(yaml, File, findings, out applied);
        }

        [Fact]
        public void Remove_entry_of_a_block_list_item_keeps_comments()
        {
            var text = Fix(Y("services:", "  web:", "    # capabilities", "    cap_add:", "      - SYS_ADMIN # the dangerous one", "      - NET_BIND_SERVICE"), "CTL2001");
            Assert.Equal(Y("services:", "  web:", "    # capabilities", "    cap_add:", "      - NET_BIND_SERVICE"), text);
        }

        [Fact]
        public void Removing_the_only_item_removes_the_key()
        {
            Assert.Equal(Y("services:", "  web:", "    image: x"),
                Fix(Y("services:", "  web:", "    cap_add:", "      - SYS_ADMIN", "    image: x"), "CTL2001"));
            Assert.Equal(Y("services:", "  web:", "    image: x"),
                Fix(Y("services:", "  web:", "    cap_add: [SYS_ADMIN, SYS_PTRACE]", "    image: x"), "CTL2001"));
        }

        [Fact]
        public void A_service_left_without_settings_stays_a_mapping()
        {
            // compose.override.yaml style: everything under the service is insecure; `cache:` alone would be a null service.
            Assert.Equal(Y("services:", "  cache: {} # dev only", "  web:", "    image: x"),
                Fix(Y("services:", "  cache: # dev only", "    devices:", "      - /dev/fuse:/dev/fuse", "    ipc: host", "  web:", "    image: x"), "CTL3001", "CTL5002"));
        }

        [Fact]
        public void A_service_whose_settings_are_all_removed_takes_the_added_ones()
        {
            Assert.Equal(Y("services:", "  web: # dev only", "    read_only: true"),
                Fix(Y("services:", "  web: # dev only", "    network_mode: host", "    privileged: true"), "CTL1003", "CTL5003", "CTL6001"));
        }

        [Fact]
        public void Remove_entry_of_a_flow_list_item()
        {
            Assert.Equal(Y("services:", "  web:", "    security_opt: [\"no-new-privileges:true\"]"),
                Fix(Y("services:", "  web:", "    security_opt: [seccomp:unconfined, \"no-new-privileges:true\"]"), "CTL4002"));
        }

        [Fact]
        public void Remove_entry_of_a_key_value_line()
        {
            Assert.Equal(Y("services:", "  web:", "    image: x"), Fix(Y("services:", "  web:", "    pid: host", "    image: x"), "CTL5001"));
        }

        [Fact]
        public void Remove_entry_of_a_long_syntax_device_removes_the_whole_item()
        {
            var yaml = Y("services:", "  web:", "    devices:", "      - source: /dev/kvm", "        target: /dev/kvm", "      - /dev/fuse:/dev/fuse");
            var first = Lint(yaml).Only("CTL3001").Take(1);
            Assert.Equal(Y("services:", "  web:", "    devices:", "      - /dev/fuse:/dev/fuse"), ComposeFixer.Apply(yaml, File, first, out _));
        }

        [Fact]
        public void Set_value_keeps_quoting_and_quotes_a_number_replacing_a_name()
        {
            Assert.Equal(Y("services:", "  web:", "    user: \"10001\" # who"), Fix(Y("services:", "  web:", "    user: root # who"), "CTL1001"));
            Assert.Equal(Y("services:", "  web:", "    user: '10001'"), Fix(Y("services:", "  web:", "    user: '0'"), "CTL1001"));
        }

        [Fact]
        public void Privileged_fix_leaves_no_privileged_true()
        {
            var text = Fix(Y("services:", "  web:", "    privileged: true", "    image: x"), "CTL1003");
            Assert.DoesNotContain("privileged: true", text);
            Assert.Contains("image: x", text);
        }

        [Fact]
        public void Replace_option_inside_a_tmpfs_entry()
        {
            Assert.Equal(Y("services:", "  web:", "    tmpfs:", "      - /run:rw,nosuid,size=1m"),
                Fix(Y("services:", "  web:", "    tmpfs:", "      - /run:rw,suid,size=1m"), "CTL3005"));
            Assert.Equal(Y("services:", "  web:", "    tmpfs: \"/run:nosuid,nodev\""),
                Fix(Y("services:", "  web:", "    tmpfs: \"/run:suid,dev\""), "CTL3005", "CTL3006"));
        }

        [Fact]
        public void Append_option_to_a_quoted_local_volume_o()
        {
            var yaml = Y("services:", "  web:", "    volumes: [data:/d]", "volumes:", "  data:", "    driver_opts:", "      type: none", "      o: \"bind,rw\"", "      device: /srv/d");
            var text = Fix(yaml, "CTL3005", "CTL3006");
            Assert.Contains("      o: \"bind,rw,nosuid,nodev\"", text);
        }

        [Fact]
        public void Remove_short_syntax_propagation()
        {
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - \"/a:/b:ro\""),
                Fix(Y("services:", "  web:", "    volumes:", "      - \"/a:/b:ro,rshared\""), "CTL3007"));
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - /a:/b"),
                Fix(Y("services:", "  web:", "    volumes:", "      - /a:/b:rshared"), "CTL3007"));
        }

        [Fact]
        public void Remove_long_syntax_propagation_removes_an_empty_bind()
        {
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /mnt", "        target: /mnt"),
                Fix(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /mnt", "        target: /mnt", "        bind:", "          propagation: rshared"), "CTL3007"));
        }

        [Fact]
        public void Make_read_only_short_and_long_syntax()
        {
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - /etc/app:/app:ro", "      - /root:/r:z,ro"),
                Fix(Y("services:", "  web:", "    volumes:", "      - /etc/app:/app", "      - /root:/r:z"), "CTL3003"));
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /etc", "        target: /e", "        read_only: true", "    image: x"),
                Fix(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /etc", "        target: /e", "    image: x"), "CTL3003"));
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - {type: bind, source: /etc, target: /e, read_only: true}"),
                Fix(Y("services:", "  web:", "    volumes:", "      - {type: bind, source: /etc, target: /e}"), "CTL3003"));
        }

        [Fact]
        public void Add_settings_under_the_service_key_with_its_indentation()
        {
            var text = Fix(Y("services:", "  web:", "      image: x", "  api:", "      image: y"), "CTL2003", "CTL4001", "CTL6001");
            Assert.Equal(Y("services:", "  web:",
                "      cap_drop: [ALL]", "      security_opt: [\"no-new-privileges:true\"]", "      read_only: true",
                "      image: x", "  api:",
                "      cap_drop: [ALL]", "      security_opt: [\"no-new-privileges:true\"]", "      read_only: true",
                "      image: y"), text);
            Assert.DoesNotContain(Lint(text), f => f.Rule.Id is "CTL2003" or "CTL4001" or "CTL6001");
        }

        [Fact]
        public void Add_setting_appends_to_an_existing_list_in_its_style()
        {
            Assert.Equal(Y("services:", "  web:", "    cap_drop:", "      - NET_RAW", "      - ALL", "    image: x"),
                Fix(Y("services:", "  web:", "    cap_drop:", "      - NET_RAW", "    image: x"), "CTL2003"));
            Assert.Equal(Y("services:", "  web:", "    security_opt: [label:type:x, \"no-new-privileges:true\"]"),
                Fix(Y("services:", "  web:", "    security_opt: [label:type:x]"), "CTL4001"));
        }

        [Fact]
        public void Crlf_is_kept()
        {
            var yaml = "services:\r\n  web:\r\n    image: x\r\n    cap_add:\r\n      - SYS_ADMIN\r\n      - NET_RAW\r\n";
            var text = Fix(yaml, "CTL2001", "CTL6001");
            Assert.Equal("services:\r\n  web:\r\n    read_only: true\r\n    image: x\r\n    cap_add:\r\n      - NET_RAW\r\n", text);
        }

        [Fact]
        public void Suppressed_findings_and_other_files_are_not_fixed()
        {
            var yaml = Y("services:", "  web:", "    privileged: true # containerlint ignore=CTL1003", "    pid: host");
            var findings = Lint(yaml);
            var text = ComposeFixer.Apply(yaml, "/elsewhere/compose.yaml", findings, out var none);
            Assert.Equal(yaml, text);
            Assert.Empty(none);
            text = ComposeFixer.Apply(yaml, File, findings.Where(f => f.Rule.Id is "CTL1003" or "CTL5001"), out var applied);
            Assert.Equal("CTL5001", Assert.Single(applied).Rule.Id);
            Assert.Contains("privileged: true", text);
        }

        [Fact]
        public void Fixing_everything_twice_is_stable_on_a_busy_file()
        {
            var yaml = Y("x-base: &base", "  restart: always", "services:", "  web: # the front end", "    <<: *base", "    image: nginx",
                "    user: root", "    privileged: true", "    cap_add: [SYS_ADMIN, NET_ADMIN]", "    security_opt:", "      - seccomp:unconfined",
                "    volumes:", "      - /etc:/host-etc", "      - /var/run/docker.sock:/var/run/docker.sock", "    tmpfs: /run:suid,dev",
                "    pid: host");
            var all = Lint(yaml).Select(f => f.Rule.Id).Distinct().ToArray();
            var once = FixOnce(yaml, all, out _);
            var twice = FixOnce(once, all, out _);
            var thrice = FixOnce(twice, all, out var last);
            Assert.Equal(twice, thrice);
            Assert.Empty(last);
            Assert.Contains("# the front end", thrice);
            Assert.DoesNotContain(Lint(thrice), f => f.Rule.Id == "CTL9001");
            Assert.Equal(Y("x-base: &base", "  restart: always", "services:", "  web: # the front end",
                "    cap_drop: [ALL]", "    security_opt: [\"no-new-privileges:true\"]", "    read_only: true", "    <<: *base", "    image: nginx",
                "    user: \"10001\"", "    volumes:", "      - /etc:/host-etc:ro", "      - /var/run/docker.sock:/var/run/docker.sock",
                "    tmpfs: /run:nosuid,nodev"), thrice);
        }

        [Fact]
        public void Fix_reports_every_rule_whose_finding_a_removed_line_takes_along()
        {
            var yaml = Y("services:", "  web:", "    image: nginx", "    security_opt: [\"seccomp:unconfined\", \"label=disable\"]");
            var text = ComposeFixer.Apply(yaml, File, Lint(yaml).Where(f => f.Rule.Id is "CTL4002" or "CTL4004"), out var applied);
            Assert.Equal(Y("services:", "  web:", "    image: nginx"), text);
            Assert.Equal(new[] { "CTL4002", "CTL4004" }, applied.Select(f => f.Rule.Id).OrderBy(id => id));

            yaml = Y("services:", "  web:", "    image: nginx", "    cap_add:", "      - SYS_ADMIN", "      - NET_ADMIN");
            text = ComposeFixer.Apply(yaml, File, Lint(yaml).Where(f => f.Rule.Id is "CTL2001" or "CTL2002"), out applied);
            Assert.Equal(Y("services:", "  web:", "    image: nginx"), text);
            Assert.Equal(new[] { "CTL2001", "CTL2002" }, applied.Select(f => f.Rule.Id).OrderBy(id => id));
        }
    }
}
