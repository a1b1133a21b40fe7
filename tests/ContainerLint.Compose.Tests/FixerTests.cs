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

        /// <summary>Fixes as ContainerLintFix does, pass after pass (up to four) until nothing changes.</summary>
        private static string FixPasses(string yaml, params string[] rules)
        {
            for (var pass = 0; pass < 4; pass++)
            {
                var next = FixOnce(yaml, rules, out var applied);
                if (applied.Count == 0) break;
                yaml = next;
            }
            return yaml;
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

        // Audit 146 F146-1: YAML reads U+0085, U+2028 and U+2029 as line breaks, editors and the fixer do not; a fix after one
        // removed the line below the finding (ports) and kept privileged: true.
        [Theory]
        [InlineData('\u2028')]
        [InlineData('\u2029')]
        [InlineData('\u0085')]
        public void Unusual_line_break_in_a_comment_leaves_findings_and_fixes_on_their_own_lines(char separator)
        {
            var text = Y("services:", "  app:", "    # note" + separator + "    # more", "    image: alpine", "    privileged: true", "    ports: [\"80:80\"]");
            var finding = Lint(text).Single("CTL1003");
            finding.At(5, 17);
            Assert.Equal(text.IndexOf("true", System.StringComparison.Ordinal), finding.Span.StartOffset);
            Assert.Equal(Y("services:", "  app:", "    # note" + separator + "    # more", "    image: alpine", "    ports: [\"80:80\"]"), Fix(text, "CTL1003"));
        }

        // Audit 146 F146-6: a last entry that is only a tag or an anchor ends where the next key starts; the added entry went
        // into the next list (networks:), pass after pass.
        [Theory]
        [InlineData("      - !!str")]
        [InlineData("      - !reset")]
        [InlineData("      - &a")]
        [InlineData("      - &a # c")]
        public void Entry_added_after_an_empty_tagged_last_entry_goes_into_its_own_list(string last)
        {
            var text = Y("services:", "  app:", "    image: alpine", "    security_opt:", last, "    networks:", "      - backend", "networks:", "  backend:");
            Assert.Equal(Y("services:", "  app:", "    image: alpine", "    security_opt:", last, "      - \"no-new-privileges:true\"", "    networks:", "      - backend", "networks:", "  backend:"),
                FixPasses(text, "CTL4001"));
        }

        // Audit 146 F146-4: a comment between a key and the list a fix empties, or between its items, is kept; the key went with it.
        [Fact]
        public void Comments_inside_a_list_a_fix_empties_stay()
        {
            Assert.Equal(Y("services:", "  app:", "    image: alpine", "      # FUSE needs it (ticket 123)"),
                Fix(Y("services:", "  app:", "    image: alpine", "    cap_add:", "      # FUSE needs it (ticket 123)", "      - SYS_ADMIN"), "CTL2001"));
            Assert.Equal(Y("services:", "  app:", "    image: alpine", "# first", "      # second", "    read_only: true"),
                Fix(Y("services:", "  app:", "    image: alpine", "    cap_add:", "# first", "      - NET_ADMIN", "      # second", "      - SYS_ADMIN", "    read_only: true"),
                    "CTL2001", "CTL2002"));
        }

        // Audit 147 G147-3: after a block scalar, the key removed was what ended it; a comment kept there would be a line of the
        // command.
        [Fact]
        public void Comments_inside_a_key_removed_after_a_block_scalar_go_with_it()
        {
            Assert.Equal(Y("services:", "  app:", "    image: alpine", "    command: |", "      echo hi", "", "    read_only: true"),
                Fix(Y("services:", "  app:", "    image: alpine", "    command: |", "      echo hi", "", "    cap_add:", "      # FUSE needs it", "      - SYS_ADMIN",
                    "    read_only: true"), "CTL2001"));
        }

        // Audit 148 H148-3: an empty block scalar too (command: |, >-): the comment would be its text.
        [Theory]
        [InlineData("    command: |")]
        [InlineData("    command: >-")]
        [InlineData("    command: | # run")]
        public void Comments_inside_a_key_removed_after_an_empty_block_scalar_go_with_it(string header)
        {
            Assert.Equal(Y("services:", "  app:", "    image: alpine", header, "    read_only: true"),
                Fix(Y("services:", "  app:", "    image: alpine", header, "    cap_add:", "      # FUSE needs it", "      - SYS_ADMIN", "    read_only: true"), "CTL2001"));
        }

        [Fact]
        public void Suppression_comment_right_above_a_removed_key_goes_with_it()
        {
            Assert.Equal(Y("services:", "  app:", "    image: alpine"),
                Fix(Y("services:", "  app:", "    image: alpine", "    # containerlint ignore=CTL2002 old reason", "    cap_add:", "      - SYS_ADMIN"), "CTL2001"));
        }

        [Fact]
        public void Fixes_of_mounts_taken_through_volumes_from_edit_the_mount_and_never_the_entry()
        {
            var text = Fix(Y("services:", "  a:", "    volumes:", "      - /etc:/host-etc", "  b:", "    volumes_from: [a]", "  c:", "    volumes_from: [\"a:rw\"]"),
                "CTL3003");
            Assert.Equal(Y("services:", "  a:", "    volumes:", "      - /etc:/host-etc:ro", "  b:", "    volumes_from: [a]", "  c:", "    volumes_from: [\"a:rw\"]"), text);
        }

        [Fact]
        public void Neighbouring_elements_removed_from_a_flow_service_and_a_key_added_again_are_one_edit()
        {
            // Audit 34: the removals of `privileged: true` and the emptied `security_opt` overlapped at their comma, one was
            // left out, and the addition wrote security_opt a second time: the fix refused the whole file.
            var text = Fix(Y("services:", "  web: {image: nginx, privileged: true, security_opt: [seccomp=unconfined]}"), "CTL1003", "CTL4002", "CTL4001");
            Assert.Equal(Y("services:", "  web: {image: nginx, security_opt: [\"no-new-privileges:true\"]}"), text);
            Assert.Equal(Y("services:", "  web: {image: nginx}"),
                Fix(Y("services:", "  web: {image: nginx, privileged: true, pid: host}"), "CTL1003", "CTL5001"));
        }

        [Fact]
        public void Flow_list_line_whose_every_element_goes_goes_with_them()
        {
            var text = Fix(Y("services:", "  web:", "    cap_add: [", "      SYS_ADMIN, NET_ADMIN,", "      CHOWN", "    ]", "    image: x"), "CTL2001", "CTL2002");
            Assert.Equal(Y("services:", "  web:", "    cap_add: [", "      CHOWN", "    ]", "    image: x"), text);
        }

        [Fact]
        public void Neighbouring_block_items_removed_keep_the_blank_line_after_them()
        {
            var text = Fix(Y("services:", "  web:", "    cap_add:", "      - SYS_ADMIN", "      - NET_ADMIN", "      - CHOWN", "", "    image: x"), "CTL2001", "CTL2002");
            Assert.Equal(Y("services:", "  web:", "    cap_add:", "      - CHOWN", "", "    image: x"), text);
        }

        [Fact]
        public void A_list_emptied_by_a_removal_and_added_to_keeps_its_place_and_comment()
        {
            // Audit 34 F4: in one pass the key went and came back at the end of the service, without its comment.
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    security_opt: [\"no-new-privileges:true\"]  # reviewed in TICKET-12", "    read_only: true", "    cap_drop: [ALL]"),
                Fix(Y("services:", "  web:", "    image: nginx", "    security_opt: [seccomp=unconfined]  # reviewed in TICKET-12", "    read_only: true", "    cap_drop: [ALL]"),
                    "CTL4001", "CTL4002"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    security_opt: [\"no-new-privileges:true\"] # reviewed", "    read_only: true"),
                FixPasses(Y("services:", "  web:", "    image: nginx", "    security_opt: # reviewed", "      - seccomp=unconfined", "    read_only: true"),
                    "CTL4001", "CTL4002"));
        }

        [Fact]
        public void Entries_added_to_a_multi_line_flow_mapping_keep_its_comma_style()
        {
            // Audit 34 F5: the mapping ended in `read_only: true,`, a trailing comma it did not have.
            var text = FixPasses(Y("services:", "  web: {", "    image: nginx,", "    security_opt: [apparmor=unconfined]", "  }"), "CTL4003", "CTL2003", "CTL4001", "CTL6001");
            Assert.Equal(Y("services:", "  web: {", "    image: nginx,", "    security_opt: [\"no-new-privileges:true\"],", "    cap_drop: [ALL],", "    read_only: true", "  }"), text);
            Assert.Equal(Y("services:", "  web: {", "    image: nginx,", "    cap_drop: [ALL],", "    read_only: true", "  }"),
                FixPasses(Y("services:", "  web: {", "    image: nginx,", "    security_opt: [apparmor=unconfined]", "  }"), "CTL4003", "CTL2003", "CTL6001"));
            Assert.Equal(Y("services:", "  web: {", "    image: nginx", "  }"),
                FixPasses(Y("services:", "  web: {", "    image: nginx,", "    security_opt: [apparmor=unconfined]", "  }"), "CTL4003"));
        }

        [Theory]
        [InlineData("1000:50", "\"1000:50\"")]
        [InlineData("1000:1000", "1000:1000")]
        [InlineData("app:staff", "app:staff")]
        public void A_user_YAML_1_1_reads_as_a_base_60_number_is_quoted(string user, string written)
        {
            // Audit 34 Q1: `user: 1000:50` is 60050 to PyYAML and other YAML 1.1 readers.
            var yaml = Y("services:", "  web:", "    user: root");
            var findings = ComposeLinter.Lint(new[] { File }, new ContainerLint.Rules.LintOptions(nonRootUser: user), new InMemoryFileSystem().Add(File, yaml)).Findings;
            var text = ComposeFixer.Apply(yaml, File, findings.Where(f => f.Rule.Id == "CTL1001"), out _);
            Assert.Equal(Y("services:", "  web:", "    user: " + written), text);
        }

        [Fact]
        public void Hook_fixes_edit_the_hook_and_keep_the_rest()
        {
            var text = Fix(Y("services:", "  web:", "    post_start:", "      - command: /fix-perms.sh # needs root", "        user: root",
                "        privileged: true", "        working_dir: /data"), "CTL1001", "CTL1003");
            Assert.Equal(Y("services:", "  web:", "    post_start:", "      - command: /fix-perms.sh # needs root", "        user: \"10001\"",
                "        working_dir: /data"), text);
            Assert.Equal(Y("services:", "  web:", "    pre_stop: [{command: /drain, user: app}]"),
                Fix(Y("services:", "  web:", "    pre_stop: [{command: /drain, user: app, privileged: true}]"), "CTL1003"));
            Assert.Equal(Y("services:", "  web:", "    develop:", "      watch:", "        - path: ./src", "          action: sync+exec", "          exec:",
                    "            command: make"),
                Fix(Y("services:", "  web:", "    develop:", "      watch:", "        - path: ./src", "          action: sync+exec", "          exec:",
                    "            command: make", "            privileged: true"), "CTL1003"));
        }

        [Fact]
        public void Hook_flag_written_first_after_the_dash_is_removed_and_the_next_key_moves_up()
        {
            // Audit 35 F4: `- privileged: true` over the hook's command was left, silently, in every run.
            Assert.Equal(Y("services:", "  web:", "    post_start:", "      - command: [\"sysctl\", \"-w\", \"x=1\"]", "        user: app", "      - command: echo started"),
                Fix(Y("services:", "  web:", "    post_start:", "      - privileged: true  # for sysctl", "        command: [\"sysctl\", \"-w\", \"x=1\"]", "        user: app",
                    "      - command: echo started", "        privileged: true"), "CTL1003"));
        }

        [Fact]
        public void Removing_the_last_line_of_a_file_without_a_final_newline_leaves_no_blank_line()
        {
            // The removed key is the file's last line and has no line break of its own: the one before it goes instead.
            Assert.Equal("services:\n  web:\n    image: x",
                Fix("services:\n  web:\n    image: x\n    privileged: true", "CTL1003"));
            Assert.Equal("services:\r\n  web:\r\n    image: x",
                Fix("services:\r\n  web:\r\n    image: x\r\n    privileged: true", "CTL1003"));
            Assert.Equal("services:\n  web:\n    image: x\n    cap_drop: [ALL]\n    security_opt: [\"no-new-privileges:true\"]\n    read_only: true",
                Fix("services:\n  web:\n    image: x\n    privileged: true", "CTL1003", "CTL2003", "CTL4001", "CTL6001"));
        }

        [Fact]
        public void Emptying_the_last_key_of_a_file_without_a_final_line_break_and_adding_to_it_is_one_edit()
        {
            // The CTL4002 removal empties security_opt, the last line; CTL4001 adds to the same key.
            Assert.Equal("services:\n  a:\n    image: x\n    security_opt: [\"no-new-privileges:true\"]",
                Fix("services:\n  a:\n    image: x\n    pid: host\n    security_opt: [\"seccomp=unconfined\"]", "CTL4001", "CTL4002", "CTL5001"));
            Assert.Equal("services:\n  a:\n    image: x\n    security_opt: [\"no-new-privileges:true\"]\n",
                Fix("services:\n  a:\n    image: x\n    pid: host\n    security_opt: [\"seccomp=unconfined\"]\n", "CTL4001", "CTL4002", "CTL5001"));
        }

        [Fact]
        public void Lines_a_fix_adds_end_as_the_files_own_do_a_lone_CR_included()
        {
            Assert.Equal("services:\r  web:\r    image: x\r    read_only: true",
                Fix("services:\r  web:\r    image: x\r    privileged: true", "CTL1003", "CTL6001"));
            Assert.Equal("services:\r\n  web:\r\n    image: x\r\n    read_only: true\r\n",
                Fix("services:\r\n  web:\r\n    image: x\r\n    privileged: true\r\n", "CTL1003", "CTL6001"));
        }

        [Fact]
        public void Unknown_capability_is_not_fixed_a_misspelt_cap_add_is_the_users_to_correct()
        {
            // CTL9004's page: "Correct the name ... There is no automatic fix." Removing NET_BIND_SERVIC would drop the
            // capability the service was meant to get.
            var yaml = Y("services:", "  web:", "    image: x", "    cap_drop: [ALL, AL]", "    cap_add: [NET_BIND_SERVIC]");
            var findings = Lint(yaml).Where(f => f.Rule.Id == "CTL9004").ToList();
            Assert.Equal(2, findings.Count);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void Privileged_that_hides_an_extended_services_value_is_set_false_not_removed()
        {
            // Removing d's key would let b's privileged: true through extends: d would stay privileged, under b's suppression.
            var text = Fix(Y("services:", "  b:", "    image: x", "    privileged: true # containerlint ignore=CTL1003 b-ok",
                "  d:", "    extends: b", "    privileged: true"), "CTL1003");
            Assert.Equal(Y("services:", "  b:", "    image: x", "    privileged: true # containerlint ignore=CTL1003 b-ok",
                "  d:", "    extends: b", "    privileged: false"), text);
        }

        [Fact]
        public void Privileged_that_hides_a_merged_anchors_value_is_set_false_not_removed()
        {
            var text = Fix(Y("x-p: &p", "  privileged: true", "services:", "  a:", "    <<: *p", "    image: x", "    privileged: false",
                "  c:", "    <<: *p", "    image: y", "    privileged: true # own"), "CTL1003");
            Assert.Contains("    privileged: false # own", text);
        }

        [Fact]
        public void Privileged_in_an_anchor_a_service_merges_over_another_value_is_set_false_in_the_anchor()
        {
            // d gets privileged: true from b through extends, and from the anchor: removing the anchor's would leave b's,
            // under b's suppression. false in the anchor holds for every service that merges it.
            var text = Fix(Y("x-p: &p", "  privileged: true", "services:", "  b:", "    image: x", "    privileged: true # containerlint ignore=CTL1003 b-ok",
                "  c:", "    image: y", "    <<: *p", "  d:", "    extends: b", "    <<: *p"), "CTL1003");
            Assert.StartsWith(Y("x-p: &p", "  privileged: false"), text);
        }

        [Fact]
        public void Host_namespace_in_an_anchor_a_service_merges_over_another_value_is_not_fixed()
        {
            var yaml = Y("x-p: &p", "  pid: host", "services:", "  b:", "    image: x", "    pid: host # containerlint ignore=CTL5001 b-ok",
                "  c:", "    image: y", "    <<: *p", "  d:", "    extends: b", "    <<: *p");
            var finding = Lint(yaml).Where(f => f.Rule.Id == "CTL5001" && !f.IsSuppressed).Single();
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void Privileged_in_one_of_two_merged_anchors_is_set_false()
        {
            var text = Fix(Y("x-p: &p", "  privileged: true", "x-q: &q", "  privileged: true", "services:", "  c:", "    image: y", "    <<: [*p, *q]"), "CTL1003");
            Assert.StartsWith(Y("x-p: &p", "  privileged: false"), text);
        }

        // A key written in a mapping replaces the one it merges (<<) whole: removing it, or adding one, changes what the
        // service gets from the merged mapping (audit 20).

        [Fact]
        public void List_emptied_over_a_merged_list_stays_as_an_empty_list_so_the_merged_one_stays_out()
        {
            var text = Fix(Y("x-base: &base", "  image: debugger", "  # containerlint ignore=CTL2001,CTL4003 the debugger needs these",
                "  cap_add: [SYS_PTRACE]", "  # containerlint ignore=CTL4003 the debugger needs these", "  security_opt: [apparmor:unconfined]",
                "services:", "  debug:", "    <<: *base", "  web:", "    <<: *base", "    image: nginx", "    cap_add: [NET_ADMIN]",
                "    security_opt:", "      - seccomp:unconfined"), "CTL2002", "CTL4002");
            Assert.EndsWith(Y("  web:", "    <<: *base", "    image: nginx", "    cap_add: []", "    security_opt: []"), text);
            Assert.DoesNotContain(Lint(text), f => !f.IsSuppressed && f.Rule.Id is "CTL2001" or "CTL4003");
        }

        [Fact]
        public void Item_added_to_a_list_the_service_merges_goes_into_that_list()
        {
            var text = Fix(Y("x-hardening: &hardening", "  security_opt:", "    - seccomp=./seccomp-strict.json", "    - label=type:svirt_apache_t",
                "  cap_drop: [ALL]", "  read_only: true", "services:", "  web:", "    <<: *hardening", "    image: nginx"), "CTL4001");
            Assert.Equal(Y("x-hardening: &hardening", "  security_opt:", "    - seccomp=./seccomp-strict.json", "    - label=type:svirt_apache_t",
                "    - \"no-new-privileges:true\"", "  cap_drop: [ALL]", "  read_only: true", "services:", "  web:", "    <<: *hardening", "    image: nginx"), text);
        }

        [Fact]
        public void Setting_added_to_an_anchored_list_another_service_suppresses_it_for_is_not_fixed()
        {
            var yaml = Y("x-sec: &sec", "  - label=type:svirt_apache_t", "services:", "  a:", "    image: x", "    security_opt: *sec",
                "  # containerlint ignore=CTL4001 the entrypoint uses sudo", "  b:", "    image: y", "    security_opt: *sec");
            var finding = Lint(yaml).Single(f => f.Rule.Id == "CTL4001" && !f.IsSuppressed);
            Assert.Null(finding.Fix);
            Assert.Equal(yaml, FixOnce(yaml, new[] { "CTL4001" }, out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void Setting_added_to_a_service_another_service_is_an_alias_of_is_not_fixed_when_that_one_suppresses_it()
        {
            var yaml = Y("services:", "  # containerlint ignore=CTL6001 nginx writes to its root filesystem", "  web: &web", "    image: nginx",
                "  web-canary: *web");
            var finding = Lint(yaml).Single(f => f.Rule.Id == "CTL6001" && !f.IsSuppressed);
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void Setting_added_to_an_anchored_list_every_user_reports_is_fixed_there()
        {
            var text = Fix(Y("x-sec: &sec", "  - label=type:svirt_apache_t", "services:", "  a:", "    image: x", "    security_opt: *sec",
                "  b:", "    image: y", "    security_opt: *sec"), "CTL4001");
            Assert.StartsWith(Y("x-sec: &sec", "  - label=type:svirt_apache_t", "  - \"no-new-privileges:true\"", "services:"), text);
        }

        [Fact]
        public void Alias_of_an_anchored_list_under_another_key_keeps_the_items_it_had()
        {
            var text = Fix(Y("services:", "  vpn:", "    image: vpn", "    cap_add: &caps [SYS_ADMIN, NET_ADMIN]", "    x-required-caps: *caps",
                "  capcheck:", "    image: capsh", "    command: *caps"), "CTL2001", "CTL2002");
            Assert.Equal(Y("services:", "  vpn:", "    image: vpn", "    cap_add: &caps []", "    x-required-caps: [SYS_ADMIN, NET_ADMIN]",
                "  capcheck:", "    image: capsh", "    command: [SYS_ADMIN, NET_ADMIN]"), text);
        }

        [Fact]
        public void Value_anchored_under_an_extension_field_is_fixed_there_and_its_aliases_stay()
        {
            Assert.Equal(Y("x-u: &u \"10001\"", "services:", "  a:", "    image: x", "    user: *u", "    labels: { run-as: root }"),
                Fix(Y("x-u: &u root", "services:", "  a:", "    image: x", "    user: *u", "    labels: { run-as: *u }"), "CTL1001"));
            Assert.Equal(Y("x-caps: &caps []", "services:", "  a:", "    image: x", "    cap_add: *caps", "    command: [SYS_ADMIN]"),
                Fix(Y("x-caps: &caps [SYS_ADMIN]", "services:", "  a:", "    image: x", "    cap_add: *caps", "    command: *caps"), "CTL2001"));
        }

        // A value written with a variable is decided where the variable is set (.env, the shell): a fix that rewrote or
        // removed it would drop the variable (audit 20, Q1; CTL1001's rule for users).

        [Theory]
        [InlineData("CTL1003", "    privileged: ${PRIV:-true}")]
        [InlineData("CTL5001", "    pid: ${P-host}")]
        [InlineData("CTL2001", "    cap_add: [\"${CAP:-SYS_ADMIN}\"]")]
        [InlineData("CTL4002", "    security_opt: [\"seccomp:${SECCOMP:-unconfined}\"]")]
        [InlineData("CTL3007", "    volumes:\n      - type: bind\n        source: /srv\n        target: /srv\n        bind:\n          propagation: ${PROP:-rshared}")]
        [InlineData("CTL3003", "    volumes:\n      - type: bind\n        source: /etc\n        target: /etc\n        read_only: ${RO:-false}")]
        public void Value_written_with_a_variable_is_not_rewritten_or_removed(string rule, string line)
        {
            var yaml = Y("services:", "  web:", "    image: x", line);
            Assert.Contains(Lint(yaml), f => f.Rule.Id == rule);
            Assert.Equal(yaml, FixOnce(yaml, new[] { rule }, out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void Read_only_mode_appended_after_a_variable_source_keeps_the_variable()
        {
            Assert.Equal(Y("services:", "  web:", "    image: x", "    volumes: [\"${ETC:-/etc}:/etc:ro\"]"),
                Fix(Y("services:", "  web:", "    image: x", "    volumes: [\"${ETC:-/etc}:/etc\"]"), "CTL3003"));
        }

        // A block scalar's value ends where its text does, not at the next line YAML reads it up to (audit 14, 1).

        [Fact]
        public void Block_scalar_list_items_are_removed_alone()
        {
            var text = Fix(Y("services:", "  a:", "    image: alpine", "    cap_add:", "      - |-", "        SYS_ADMIN", "      - NET_RAW",
                "    security_opt:", "      - >", "        seccomp:unconfined", "      - apparmor:docker-default"), "CTL2001", "CTL4002");
            Assert.Equal(Y("services:", "  a:", "    image: alpine", "    cap_add:", "      - NET_RAW",
                "    security_opt:", "      - apparmor:docker-default"), text);
        }

        [Fact]
        public void Block_scalar_value_is_replaced_alone_and_the_next_line_stays()
        {
            var text = Fix(Y("services:", "  a:", "    user: >-", "      root", "    # the image", "    image: alpine", "    pid: >-", "      host", "    ipc: private"), "CTL1001", "CTL5001");
            Assert.Equal(Y("services:", "  a:", "    user: \"10001\"", "    # the image", "    image: alpine", "    ipc: private"), text);
        }

        [Fact]
        public void Block_scalar_bind_made_read_only_keeps_the_next_volume()
        {
            var text = Fix(Y("services:", "  a:", "    image: alpine", "    volumes:", "      - >-", "        /etc/app:/etc/app", "      - /var/cache/app"), "CTL3003");
            Assert.EndsWith(Y("      - /var/cache/app"), text);
            var finding = Lint(text).Single("CTL3003");
            Assert.Contains("read-only", finding.Message);
        }

        [Fact]
        public void Block_scalar_span_ends_at_its_last_character()
        {
            var finding = Lint(Y("services:", "  a:", "    image: alpine", "    pid: |", "      host", "", "    ipc: private")).Single("CTL5001");
            Assert.Equal((4, 10, 5, 11), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
        }

        [Fact]
        public void Removing_a_key_takes_its_suppression_comment_so_it_does_not_cover_the_next_key()
        {
            // Left behind, the comment would sit over volumes: and hide its CTL3003 (audit 14, 4). A heading stays.
            var text = Fix(Y("services:", "  a:", "    image: alpine", "    # host namespaces", "    # containerlint ignore=CTL3003 reviewed for pid",
                "    pid: host", "    volumes:", "      # containerlint ignore=CTL3001 reviewed", "      - /etc:/etc:ro", "    cap_add:",
                "      # containerlint ignore=CTL2002 reviewed", "      - SYS_ADMIN", "      - NET_ADMIN"), "CTL5001", "CTL2001");
            Assert.Equal(Y("services:", "  a:", "    image: alpine", "    # host namespaces",
                "    volumes:", "      # containerlint ignore=CTL3001 reviewed", "      - /etc:/etc:ro", "    cap_add:",
                "      - NET_ADMIN"), text);
            Assert.False(Lint(text).Single("CTL3003").IsSuppressed);
        }

        [Fact]
        public void Suppression_like_line_of_a_block_scalar_above_a_removed_key_is_kept()
        {
            // The script's last line is content, not a comment (audit 15, D9).
            var text = Fix(Y("services:", "  d:", "    image: docker:dind", "    entrypoint: |", "      #!/bin/sh", "      exec /app/run",
                "      # containerlint ignore=CTL1003 docker-in-docker", "    privileged: true"), "CTL1003");
            Assert.Equal(Y("services:", "  d:", "    image: docker:dind", "    entrypoint: |", "      #!/bin/sh", "      exec /app/run",
                "      # containerlint ignore=CTL1003 docker-in-docker"), text);
        }

        [Fact]
        public void Element_of_a_flow_mapping_written_one_per_line_is_removed_with_its_line()
        {
            // JSON style: no line of spaces left where the key was (audit 14, 12).
            var text = Fix("{\n  \"services\": {\n    \"a\": {\n      \"image\": \"alpine\",\n      \"privileged\": true,\n      \"cap_add\": [\"SYS_ADMIN\"],\n      \"user\": \"app\"\n    }\n  }\n}\n",
                "CTL1003", "CTL2001");
            Assert.Equal("{\n  \"services\": {\n    \"a\": {\n      \"image\": \"alpine\",\n      \"user\": \"app\"\n    }\n  }\n}\n", text);
        }

        [Fact]
        public void Emptied_override_list_keeps_its_tag_so_the_overridden_files_list_stays_out()
        {
            // Without the key, the base file's security_opt / cap_add would come through (audit 15, D3).
            var project = LintProject(("compose.yaml", Y("services:", "  s:", "    image: alpine", "    cap_add: [SYS_PTRACE]", "    security_opt: [label:disable]")),
                ("compose.override.yaml", Y("services:", "  s:", "    security_opt: !override [\"seccomp:unconfined\"]", "    cap_add: !override", "      - SYS_ADMIN")));
            var findings = project.Findings.Where(f => f.Span.Path == Dir + "compose.override.yaml" && f.Rule.Id is "CTL4002" or "CTL2001").ToList();
            Assert.Equal(2, findings.Count);
            var text = ComposeFixer.Apply(Y("services:", "  s:", "    security_opt: !override [\"seccomp:unconfined\"]", "    cap_add: !override", "      - SYS_ADMIN"),
                Dir + "compose.override.yaml", findings, out var applied);
            Assert.Equal(2, applied.Count);
            Assert.Equal(Y("services:", "  s:", "    security_opt: !override []", "    cap_add: !override []"), text);
            var again = LintProject(("compose.yaml", Y("services:", "  s:", "    image: alpine", "    cap_add: [SYS_PTRACE]", "    security_opt: [label:disable]")),
                ("compose.override.yaml", text)).Findings;
            again.None("CTL2001");
            again.None("CTL2002");
            again.None("CTL4004");
            again.None("CTL9001");
        }

        [Fact]
        public void Keep_chomping_block_scalar_is_fixed_without_taking_the_next_key_with_it()
        {
            // `|+` keeps its trailing line breaks: the value ends on the next key's line (audit 15, D5).
            Assert.Equal(Y("services:", "  s:", "    image: alpine", "    user: \"10001\"", "", "  t:", "    image: alpine"),
                Fix(Y("services:", "  s:", "    image: alpine", "    user: |+", "      root", "", "  t:", "    image: alpine"), "CTL1001"));
            Assert.Equal(Y("services:", "  s:", "    image: alpine", "    user: \"10001\"", "    read_only: true"),
                Fix(Y("services:", "  s:", "    image: alpine", "    user: |+", "      root", "    read_only: true"), "CTL1001"));
            Assert.Equal(Y("services:", "  s:", "    image: alpine", "    cap_add:", "      - NET_RAW", "    read_only: true"),
                Fix(Y("services:", "  s:", "    image: alpine", "    cap_add:", "      - |+", "        SYS_ADMIN", "", "      - NET_RAW", "    read_only: true"), "CTL2001"));
        }

        [Fact]
        public void Numeric_user_written_as_a_block_scalar_is_replaced_by_a_quoted_string()
        {
            // A block scalar is a string whatever its text; `user: 10001` would be a number, which Compose refuses (audit 15, D1).
            var text = Fix(Y("services:", "  a:", "    image: alpine", "    user: >-", "      0", "  b:", "    image: alpine", "    user: |", "      0"), "CTL1001");
            Assert.Equal(Y("services:", "  a:", "    image: alpine", "    user: \"10001\"", "  b:", "    image: alpine", "    user: \"10001\""), text);
        }

        [Fact]
        public void Option_list_in_a_flow_mapping_is_quoted_once_it_holds_a_comma()
        {
            // Plain, `o: bind,ro` in `{ }` is `o: bind` and a key `ro` (audit 15, D2).
            var text = Fix(Y("services:", "  a:", "    image: alpine", "    volumes: [hp:/hp]", "volumes:", "  hp:",
                "    driver_opts: {type: none, o: bind, device: /proc}"), "CTL3002");
            Assert.Equal(Y("services:", "  a:", "    image: alpine", "    volumes: [hp:/hp]", "volumes:", "  hp:",
                "    driver_opts: {type: none, o: \"bind,ro\", device: /proc}"), text);
            Assert.Equal(Y("services:", "  s:", "    image: alpine", "    volumes: [\"/proc:/p:z,ro\", /sys:/s:ro, \"/etc:/e:Z,ro\"]"),
                Fix(Y("services:", "  s:", "    image: alpine", "    volumes: [/proc:/p:z, /sys:/s:rshared, /etc:/e:Z]"), "CTL3002", "CTL3003", "CTL3007"));
        }

        [Fact]
        public void Keys_added_to_a_service_written_as_JSON_one_per_line_get_lines_of_their_own_and_stay_JSON()
        {
            // Not `, cap_drop: [ALL], ...}` on the closing brace's line (audit 14, 13).
            var text = Fix("{\n  \"services\": {\n    \"a\": {\n      \"image\": \"alpine\",\n      \"privileged\": true,\n      \"cap_drop\": [\"NET_RAW\"],\n      \"user\": \"app\"\n    }\n  }\n}\n",
                "CTL1003", "CTL2003", "CTL4001", "CTL6001");
            Assert.Equal("{\n  \"services\": {\n    \"a\": {\n      \"image\": \"alpine\",\n      \"cap_drop\": [\"NET_RAW\", \"ALL\"],\n      \"user\": \"app\",\n"
                + "      \"security_opt\": [\"no-new-privileges:true\"],\n      \"read_only\": true\n    }\n  }\n}\n", text);
            using var json = System.Text.Json.JsonDocument.Parse(text);
        }

        [Fact]
        public void Flow_mapping_one_entry_per_line_with_end_of_line_comments_is_fixed_line_by_line()
        {
            // The fix refused the whole file, or put the added keys on the closing brace's line (audit 16, M1 and L2).
            // The comma the last entry's removal leaves goes too, and added entries end without one: the mapping had no
            // trailing comma (audit 34 F5; JSON does not read one either, see the next test).
            Assert.Equal(Y("services:", "  b: {", "    image: x   # the image", "  }"),
                Fix(Y("services:", "  b: {", "    image: x,   # the image", "    privileged: true # last", "  }"), "CTL1003"));
            Assert.Equal(Y("services:", "  b: {", "    image: x,   # the image", "    cap_drop: [ALL],", "    read_only: true", "  }"),
                Fix(Y("services:", "  b: {", "    image: x,   # the image", "    privileged: true # last", "  }"), "CTL1003", "CTL2003", "CTL6001"));
            Assert.Equal(Y("services:", "  b: {", "    image: x, # the image", "    cap_drop: [ALL],", "    read_only: true", "  }"),
                Fix(Y("services:", "  b: {", "    image: x # the image", "  }"), "CTL2003", "CTL6001"));
            // A mapping written with a trailing comma keeps it.
            Assert.Equal(Y("services:", "  b: {", "    image: x, # the image", "    cap_drop: [ALL],", "    read_only: true,", "  }"),
                Fix(Y("services:", "  b: {", "    image: x, # the image", "  }"), "CTL2003", "CTL6001"));
        }

        [Fact]
        public void Last_elements_of_a_multi_line_flow_list_removed_together_leave_no_trailing_comma()
        {
            var jsonIn = "{\"services\": {\"a\": {\"image\": \"x\", \"security_opt\": [\n  \"label=type:x\",\n  \"seccomp=unconfined\",\n  \"apparmor=unconfined\"\n]}}}\n";
            var json = Fix(jsonIn, "CTL4002", "CTL4003", "CTL4001");
            Assert.Equal("{\"services\": {\"a\": {\"image\": \"x\", \"security_opt\": [\n  \"label=type:x\",\n  \"no-new-privileges:true\"\n]}}}\n", json);
            using var parsed = System.Text.Json.JsonDocument.Parse(json);
            // Audit 35 F9: each removal took the comma before it, the last one the comma the other's line took already.
            Assert.Equal(Y("services:", "  two:", "    security_opt: [", "      no-new-privileges:true", "    ]"),
                Fix(Y("services:", "  two:", "    security_opt: [", "      no-new-privileges:true,", "      seccomp:unconfined,", "      apparmor:unconfined", "    ]"), "CTL4002", "CTL4003"));
            Assert.Equal(Y("services:", "  two:", "    security_opt: [", "      no-new-privileges:true  # kept", "      # why", "    ]"),
                Fix(Y("services:", "  two:", "    security_opt: [", "      no-new-privileges:true,  # kept", "      # why", "      seccomp:unconfined,  # bad", "      apparmor:unconfined", "    ]"), "CTL4002", "CTL4003"));
            // A list written with a trailing comma keeps it.
            Assert.Equal(Y("services:", "  two:", "    security_opt: [", "      no-new-privileges:true,", "    ]"),
                Fix(Y("services:", "  two:", "    security_opt: [", "      no-new-privileges:true,", "      seccomp:unconfined,", "      apparmor:unconfined,", "    ]"), "CTL4002", "CTL4003"));
        }

        [Fact]
        public void Last_elements_of_a_flow_list_removed_together_before_its_bracket_leave_the_bracket_after_the_element_that_stays()
        {
            // Audit 38 F1-F3: on one line after a break, the comma before them stayed (not JSON any more); one per line with
            // the bracket after the last, the bracket went to column 1 (not YAML 1.2); and CTL4001's addition made the text
            // unreadable, so nothing was fixed.
            var json = "{\"services\": {\"a\": {\"image\": \"x\", \"security_opt\": [\"label=type:x\",\n    \"seccomp=unconfined\", \"apparmor=unconfined\"]}}}\n";
            var fixedJson = Fix(json, "CTL4002", "CTL4003");
            Assert.Equal("{\"services\": {\"a\": {\"image\": \"x\", \"security_opt\": [\"label=type:x\"]}}}\n", fixedJson);
            using (System.Text.Json.JsonDocument.Parse(fixedJson)) { }
            Assert.Equal(Y("services:", "  app:", "    security_opt: [\"label=type:x\"]", "    cap_add: [CHOWN]"),
                Fix(Y("services:", "  app:", "    security_opt: [\"label=type:x\",", "      \"seccomp=unconfined\",", "      \"apparmor=unconfined\"]", "    cap_add: [CHOWN]"),
                    "CTL4002", "CTL4003"));
            Assert.Equal(Y("services:", "  app:", "    security_opt: [ \"label=type:x\", \"no-new-privileges:true\" ]"),
                Fix(Y("services:", "  app:", "    security_opt: [ \"label=type:x\",", "      \"seccomp=unconfined\", \"apparmor=unconfined\" ]"),
                    "CTL4002", "CTL4003", "CTL4001"));
            // A comment between: the bracket stays where it is, the comma goes.
            Assert.Equal(Y("services:", "  app:", "    security_opt: [\"label=type:x\"  # kept", "      ]"),
                Fix(Y("services:", "  app:", "    security_opt: [\"label=type:x\",  # kept", "      \"seccomp=unconfined\", \"apparmor=unconfined\"]"), "CTL4002", "CTL4003"));
        }

        [Fact]
        public void First_entry_of_JSON_written_with_leading_commas_goes_with_the_comma_after_it()
        {
            var text = Fix("{\"services\": {\n  \"a\": {\n    \"privileged\": true\n    ,\"image\": \"x\"\n  }\n}}\n", "CTL1003");
            Assert.Equal("{\"services\": {\n  \"a\": {\n    \"image\": \"x\"\n  }\n}}\n", text);
            using var parsed = System.Text.Json.JsonDocument.Parse(text);
            // The last entry, one per line: the comma before it goes too, and keys added after the entry before it bring their own.
            text = Fix("{\"services\": {\n  \"a\": {\n    \"image\": \"x\",\n    \"privileged\": true\n  }\n}}\n", "CTL1003", "CTL6001");
            Assert.Equal("{\"services\": {\n  \"a\": {\n    \"image\": \"x\",\n    \"read_only\": true\n  }\n}}\n", text);
            using var again = System.Text.Json.JsonDocument.Parse(text);
        }

        [Fact]
        public void Keys_added_to_an_empty_or_emptied_flow_mapping_are_separated_by_commas()
        {
            // Written one after the other, without commas, the mapping did not parse for Compose (audit 16, H1).
            Assert.Equal(Y("services:", "  web: {cap_drop: [ALL], security_opt: [\"no-new-privileges:true\"], read_only: true}"),
                Fix(Y("services:", "  web: {}"), "CTL2003", "CTL4001", "CTL6001"));
            Assert.Equal(Y("services:", "  web: {cap_drop: [ALL], security_opt: [\"no-new-privileges:true\"], read_only: true}"),
                Fix(Y("services:", "  web: {privileged: true}"), "CTL1003", "CTL2003", "CTL4001", "CTL6001"));
            var json = Fix("{\"services\": {\"web\": {\"cap_add\": [\"SYS_ADMIN\"]}, \"e\": {}}}\n", "CTL2001", "CTL2003", "CTL4001", "CTL6001");
            Assert.Equal("{\"services\": {\"web\": {\"cap_drop\": [\"ALL\"], \"security_opt\": [\"no-new-privileges:true\"], \"read_only\": true}, "
                + "\"e\": {\"cap_drop\": [\"ALL\"], \"security_opt\": [\"no-new-privileges:true\"], \"read_only\": true}}}\n", json);
            using var parsed = System.Text.Json.JsonDocument.Parse(json);
        }

        [Fact]
        public void Item_added_to_an_empty_JSON_list_is_written_as_JSON()
        {
            var text = Fix("{\n  \"services\": {\n    \"c\": {\n      \"image\": \"x\",\n      \"cap_drop\": []\n    }\n  }\n}\n", "CTL2003");
            Assert.Contains("\"cap_drop\": [\"ALL\"]", text);
            using var parsed = System.Text.Json.JsonDocument.Parse(text);
        }

        [Fact]
        public void Keys_added_to_a_one_line_flow_mapping_or_after_a_trailing_comma_stay_on_its_lines()
        {
            Assert.Equal(Y("services:", "  a: {image: x, read_only: true}"), Fix(Y("services:", "  a: {image: x, privileged: true}"), "CTL1003", "CTL6001"));
            Assert.Equal("services:\n  a: {\n    image: x,\n    read_only: true,\n  }\n",
                Fix("services:\n  a: {\n    image: x,\n    privileged: true,\n  }\n", "CTL1003", "CTL6001"));
        }

        [Fact]
        public void Capability_an_extended_service_also_adds_is_reported_at_the_extending_services_own_item()
        {
            // Compose keeps one SYS_ADMIN (the lists are merged as a set); d's own item is where d asks for it, so b's
            // suppression does not hide it.
            var yaml = Y("services:", "  b:", "    image: x", "    cap_add: [SYS_ADMIN] # containerlint ignore=CTL2001 b-ok",
                "  d:", "    extends: b", "    cap_add: [SYS_ADMIN]");
            var finding = Lint(yaml).Where(f => f.Rule.Id == "CTL2001" && !f.IsSuppressed).Single();
            finding.At(7, 15);
            Assert.Equal(new[] { "d" }, finding.Containers);
        }

        [Fact]
        public void Capability_an_override_file_repeats_is_reported_in_the_override()
        {
            var findings = LintProject(("compose.yaml", Y("services:", "  web:", "    image: x", "    cap_add: [NET_ADMIN]")),
                ("compose.override.yaml", Y("services:", "  web:", "    cap_add: [NET_ADMIN]"))).Findings;
            var finding = findings.Single("CTL2002");
            Assert.Equal(Dir + "compose.override.yaml", finding.Span.Path);
        }

        [Fact]
        public void List_item_another_definition_of_the_service_repeats_is_not_removed()
        {
            // Removing d's SYS_ADMIN would leave b's, which d gets through extends: d would keep the capability, under b's
            // suppression. The same item in another list of its own definition is the user's to remove.
            var yaml = Y("services:", "  b:", "    image: x", "    cap_add: [SYS_ADMIN] # containerlint ignore=CTL2001 b-ok",
                "    security_opt: [seccomp=unconfined] # containerlint ignore=CTL4002 b-ok",
                "  d:", "    extends: b", "    cap_add: [SYS_ADMIN, NET_ADMIN]", "    security_opt: [seccomp=unconfined]");
            var findings = Lint(yaml).Where(f => !f.IsSuppressed).ToList();
            Assert.Null(findings.Single("CTL2001").Fix);
            Assert.Null(findings.Single("CTL4002").Fix);
            Assert.NotNull(findings.Single("CTL2002").Fix);
        }

        [Fact]
        public void Volume_that_replaces_another_definitions_volume_for_the_same_target_is_not_removed()
        {
            // Compose keeps one volume per target, the later: removing the override's would bring the base's back.
            var findings = LintProject(("compose.yaml", Y("services:", "  web:", "    image: x", "    volumes: [\"/proc:/host/proc\"]")),
                ("compose.override.yaml", Y("services:", "  web:", "    volumes: [\"/proc:/host/proc\"]"))).Findings;
            foreach (var finding in findings.Where(f => f.Rule.Id.StartsWith("CTL3")))
            {
                Assert.Equal(Dir + "compose.override.yaml", finding.Span.Path);
                Assert.True(finding.Fix is null || finding.Fix.Kind != FixKind.RemoveEntry, finding.ToString());
            }
        }

        [Fact]
        public void Duplicate_item_within_one_list_keeps_its_fix()
        {
            var text = Fix(Y("services:", "  web:", "    image: x", "    cap_add: [SYS_ADMIN, NET_BIND_SERVICE]"), "CTL2001");
            Assert.Equal(Y("services:", "  web:", "    image: x", "    cap_add: [NET_BIND_SERVICE]"), text);
        }

        [Fact]
        public void Host_namespace_that_hides_another_value_is_not_fixed()
        {
            // No value holds whatever the extended service says (a namespace mode has no "off"): the user decides.
            var yaml = Y("services:", "  b:", "    image: x", "    pid: host # containerlint ignore=CTL5001 debugging", "  d:", "    extends: b", "    pid: host");
            var finding = Lint(yaml).Where(f => f.Rule.Id == "CTL5001" && !f.IsSuppressed).Single();
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void Privileged_in_an_override_over_the_base_files_value_is_set_false_not_removed()
        {
            var result = ComposeTestHost.LintProject(
                ("compose.yaml", Y("services:", "  web:", "    image: x", "    privileged: true # containerlint ignore=CTL1003 reviewed")),
                ("compose.override.yaml", Y("services:", "  web:", "    privileged: true")));
            var finding = result.Findings.Where(f => f.Rule.Id == "CTL1003" && !f.IsSuppressed).Single();
            Assert.EndsWith("compose.override.yaml", finding.Span.Path);
            Assert.Equal(FixKind.SetValue, finding.Fix!.Kind);
            Assert.Equal("false", finding.Fix.Value);
        }

        [Fact]
        public void Privileged_with_no_other_value_is_still_removed()
        {
            Assert.Equal(Y("services:", "  web:", "    image: x"), Fix(Y("services:", "  web:", "    image: x", "    privileged: true"), "CTL1003"));
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
        public void Read_only_fix_of_a_source_taken_from_an_anchored_scalar_goes_in_the_volume_mapping()
        {
            // The CTL3003 finding sits on the anchor (x-src); read_only: true belongs to the mapping that uses *src.
            var yaml = Y("x-src: &src /etc", "services:", "  web:", "    volumes:", "      - type: bind", "        source: *src", "        target: /host-etc");
            Assert.Equal(Y("x-src: &src /etc", "services:", "  web:", "    volumes:", "      - type: bind", "        source: *src", "        target: /host-etc",
                "        read_only: true"), Fix(yaml, "CTL3003"));
        }

        [Fact]
        public void Read_only_fix_of_an_anchored_source_goes_in_every_volume_mapping_that_uses_it()
        {
            var yaml = Y("x-src: &src /etc", "services:", "  a:", "    volumes:", "      - type: bind", "        source: *src", "        target: /x",
                "  b:", "    volumes:", "      - source: *src", "        type: bind", "        target: /y", "        read_only: false");
            Assert.Equal(Y("x-src: &src /etc", "services:", "  a:", "    volumes:", "      - type: bind", "        source: *src", "        target: /x",
                "        read_only: true", "  b:", "    volumes:", "      - source: *src", "        type: bind", "        target: /y", "        read_only: true"),
                Fix(yaml, "CTL3003"));
        }

        [Fact]
        public void Remove_entry_of_a_build_entitlement()
        {
            Assert.Equal(Y("services:", "  web:", "    build:", "      entitlements: [network.host]"),
                Fix(Y("services:", "  web:", "    build:", "      entitlements: [security.insecure, network.host]"), "CTL1003"));
            Assert.Equal(Y("services:", "  web:", "    build:", "      context: ."),
                Fix(Y("services:", "  web:", "    build:", "      context: .", "      entitlements:", "        - network.host"), "CTL5003"));
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
        public void Value_from_a_variable_is_not_replaced()
        {
            // Replacing ${RUN_USER...} would drop the variable (.env, the shell): the user changes it where it is set.
            var yaml = Y("services:", "  web:", "    user: ${RUN_USER:-root}", "  job:", "    user: \"$RUN_USER\"");
            var findings = Lint(yaml, "RUN_USER=0\n").Where(f => f.Rule.Id == "CTL1001").ToList();
            Assert.Equal(2, findings.Count);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Empty(applied);
            Assert.True(Interpolation.Interpolator.HasReferences("$X") && Interpolation.Interpolator.HasReferences("a${X}")
                && !Interpolation.Interpolator.HasReferences("$$X") && !Interpolation.Interpolator.HasReferences("5$"));
        }

        [Theory]
        [InlineData("$APP_UID")]
        [InlineData("${APP_UID}")]
        public void Root_user_is_not_set_to_a_configured_user_that_holds_a_variable(string configured)
        {
            // Compose would take $APP_UID from the host environment or .env (usually unset: user "", the image's
            // default user), not from the image's ENV as a Dockerfile does (audit 9, 7).
            var yaml = Y("services:", "  web:", "    image: nginx", "    user: root");
            var fs = new InMemoryFileSystem().Add(File, yaml);
            var findings = ComposeLinter.Lint(new[] { File }, new ContainerLint.Rules.LintOptions(nonRootUser: configured), fs)
                .Findings.Where(f => f.Rule.Id == "CTL1001").ToList();

            Assert.Null(Assert.Single(findings).Fix);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Empty(applied);
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

        [Theory]
        [InlineData("CTL3005", "CTL3006")]
        [InlineData("CTL3006", "CTL3005")]
        public void Nosuid_and_nodev_appended_in_two_runs_give_the_text_of_one_run(string first, string second)
        {
            // Audit 34 F4: appended one after the other they came out as nosuid,nodev or nodev,nosuid by the order of the runs.
            var yaml = Y("services:", "  web:", "    volumes: [data:/d]", "volumes:", "  data:", "    driver_opts:", "      type: none", "      o: bind", "      device: /srv/d");
            var oneRun = Fix(yaml, "CTL3005", "CTL3006");
            Assert.Contains("      o: bind,nosuid,nodev", oneRun);
            Assert.Equal(oneRun, Fix(Fix(yaml, first), second));
            // dev, which the CTL3006 fix turns into nodev in place (audit 38 F10).
            var dev = yaml.Replace("o: bind", "o: bind,dev");
            Assert.Equal(oneRun, Fix(dev, "CTL3005", "CTL3006"));
            Assert.Equal(oneRun, Fix(Fix(dev, first), second));
        }

        [Fact]
        public void Local_volume_of_proc_or_sys_made_read_only_in_its_options_is_no_longer_writable()
        {
            // The fix appends ro to o:, which mount(2) takes: the volume is read-only (CTL3003 then), not CTL3002 again (audit 14, 8).
            var yaml = Y("services:", "  a:", "    image: alpine", "    volumes:", "      - sysvol:/hostsys", "volumes:", "  sysvol:",
                "    driver_opts: {type: none, o: \"bind,nosuid,nodev\", device: /sys}");
            var text = Fix(yaml, "CTL3002");
            Assert.Contains("o: \"bind,nosuid,nodev,ro\"", text);
            var findings = Lint(text);
            findings.None("CTL3002");
            Assert.Contains("read-only", findings.Single("CTL3003").Message);
        }

        [Theory]
        [InlineData("bind,ro", "sysvol:/hostsys", false)]
        [InlineData("bind,ro", "sysvol:/hostsys:rw", false)]
        [InlineData("bind,ro,rw", "sysvol:/hostsys", true)]
        [InlineData("bind", "sysvol:/hostsys:ro", false)]
        public void Local_volume_is_read_only_when_its_options_or_the_services_mode_say_so(string options, string volume, bool writable)
        {
            var findings = Lint(Y("services:", "  a:", "    image: alpine", "    volumes:", "      - " + volume, "volumes:", "  sysvol:",
                "    driver_opts: {type: none, o: \"" + options + "\", device: /sys}"));
            Assert.Equal(writable, findings.Only("CTL3002").Count == 1);
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

        // bind.recursive: writable leaves the submounts of a read-only /proc, /sys or / writable (audit 39, F2): the fix removes it,
        // with `bind:` when nothing else is left under it, as the C# fix sets ReadOnlyNonRecursive = false; the bind is then
        // recursively read-only (CTL3003, without a fix, for /proc).

        private static string FixWritableSubmounts(string yaml, string rule = "CTL3002")
        {
            var text = Fix(yaml, rule);
            Assert.Null(YamlReaderError(text));
            var after = Lint(text);
            after.None("CTL9001");
            after.None("CTL3002");
            Assert.DoesNotContain(after, f => f.Rule.Id == "CTL3003" && f.Fix is not null);
            return text;
        }

        [Fact]
        public void Recursive_writable_goes_with_an_emptied_bind_and_the_comments_stay()
        {
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      # host metrics", "      - type: bind", "        source: /proc", "        target: /host/proc",
                    "        read_only: true", "    image: x"),
                FixWritableSubmounts(Y("services:", "  web:", "    volumes:", "      # host metrics", "      - type: bind", "        source: /proc", "        target: /host/proc",
                    "        read_only: true", "        bind:", "          recursive: writable # as on Docker 24", "    image: x")));
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /", "        target: /host", "        bind:",
                    "          # slave, for new mounts", "          propagation: rslave", "        read_only: true"),
                FixWritableSubmounts(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /", "        target: /host", "        bind:",
                    "          recursive: writable", "          # slave, for new mounts", "          propagation: rslave", "        read_only: true"), "CTL3003"));
        }

        [Fact]
        public void Recursive_writable_of_a_bind_not_yet_read_only_goes_as_read_only_is_added()
        {
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /sys", "        target: /s", "        read_only: true"),
                FixWritableSubmounts(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /sys", "        target: /s", "        bind:",
                    "          recursive: writable")));
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /sys", "        read_only: true", "        target: /s"),
                FixWritableSubmounts(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /sys", "        read_only: false", "        bind: {recursive: writable}",
                    "        target: /s")));
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - {type: bind, source: /proc, target: /p, read_only: true}"),
                FixWritableSubmounts(Y("services:", "  web:", "    volumes:", "      - {type: bind, source: /proc, target: /p, bind: {recursive: writable}, read_only: true}")));
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - {type: bind, source: /proc, target: /p, bind: {create_host_path: false}, read_only: true}"),
                FixWritableSubmounts(Y("services:", "  web:", "    volumes:", "      - {type: bind, source: /proc, target: /p, bind: {recursive: writable, create_host_path: false}}")));
        }

        [Fact]
        public void Recursive_writable_in_a_shared_anchor_goes_there_for_every_mount()
        {
            Assert.Equal(Y("x-legacy: &legacy {}", "services:", "  web:", "    volumes:", "      - {type: bind, source: /proc, target: /p, read_only: true, bind: *legacy}",
                    "      - {type: bind, source: /sys, target: /s, read_only: true, bind: *legacy}"),
                FixWritableSubmounts(Y("x-legacy: &legacy", "  recursive: writable", "services:", "  web:", "    volumes:",
                    "      - {type: bind, source: /proc, target: /p, read_only: true, bind: *legacy}", "      - {type: bind, source: /sys, target: /s, read_only: true, bind: *legacy}")));
        }

        [Fact]
        public void Recursive_writable_from_a_variable_is_not_removed()
        {
            var yaml = Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /proc", "        target: /p", "        read_only: true",
                "        bind:", "          recursive: ${RECURSIVE:-writable}");
            Assert.Contains(Lint(yaml), f => f.Rule.Id == "CTL3002");
            Assert.Equal(yaml, FixOnce(yaml, new[] { "CTL3002" }, out var applied));
            Assert.Empty(applied);
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
        public void Read_only_mode_goes_after_the_target_when_the_source_or_target_has_a_default()
        {
            // Compose interpolates before it splits at ':', so the ':' of ':-' separates nothing (audit 3, 2).
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - ${HOST_ETC:-/etc}:/x8:ro", "      - /var/log:${TARGET:-/logs2}:ro",
                    "      - ${A:-${B:-/etc}}:/n:ro", "      - \"${LOGS:-/var/log}:/logs:ro\""),
                Fix(Y("services:", "  web:", "    volumes:", "      - ${HOST_ETC:-/etc}:/x8", "      - /var/log:${TARGET:-/logs2}",
                    "      - ${A:-${B:-/etc}}:/n", "      - \"${LOGS:-/var/log}:/logs:rw\""), "CTL3003"));
        }

        [Fact]
        public void Read_only_fix_leaves_a_mode_written_with_a_variable()
        {
            var yaml = Y("services:", "  web:", "    volumes:", "      - /etc:/e:${MODE:-rw}");
            Assert.Equal(yaml, FixOnce(yaml, new[] { "CTL3003" }, out var applied));
            Assert.Empty(applied);
            Lint(yaml).Single("CTL3003");
        }

        [Fact]
        public void Read_only_fix_leaves_a_volume_whose_variable_holds_a_colon()
        {
            // .env: SRC=/etc:/x makes `${SRC}:/y` three parts once interpolated; `:ro` after it would be a fourth.
            var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ctl-fix-" + System.Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(dir);
            try
            {
                var path = System.IO.Path.Combine(dir, "compose.yaml");
                var yaml = Y("services:", "  web:", "    volumes:", "      - ${SRC}:/y");
                System.IO.File.WriteAllText(path, yaml);
                System.IO.File.WriteAllText(System.IO.Path.Combine(dir, ".env"), "SRC=/etc:/x\n");
                var findings = ComposeLinter.Lint(path, ContainerLint.Rules.LintOptions.Default, ContainerLint.Engine.PhysicalFileSystem.Instance).Findings;
                Assert.Single(findings.Only("CTL3003"));
                Assert.Equal(yaml, ComposeFixer.Apply(yaml, path, findings.Only("CTL3003"), out var applied));
                Assert.Empty(applied);
            }
            finally
            {
                System.IO.Directory.Delete(dir, recursive: true);
            }
        }

        [Fact]
        public void Tmpfs_and_propagation_fixes_split_where_compose_splits_a_value_with_a_default()
        {
            Assert.Equal(Y("services:", "  web:", "    tmpfs:", "      - ${RUN_DIR:-/run}:nosuid,size=1m"),
                Fix(Y("services:", "  web:", "    tmpfs:", "      - ${RUN_DIR:-/run}:suid,size=1m"), "CTL3005"));
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - ${SRC:-/mnt}:/mnt", "      - /srv:${T:-/srv}:ro"),
                Fix(Y("services:", "  web:", "    volumes:", "      - ${SRC:-/mnt}:/mnt:rshared", "      - /srv:${T:-/srv}:ro,rshared"), "CTL3007"));
        }

        [Fact]
        public void Read_only_of_a_long_syntax_volume_goes_after_its_last_line_when_it_ends_with_an_alias_or_a_block_scalar()
        {
            Assert.Equal(Y("x-bind: &bind", "  create_host_path: true", "services:", "  web:", "    volumes:", "      - type: bind", "        source: /etc",
                    "        target: /e", "        bind: *bind", "        read_only: true", "    image: x"),
                Fix(Y("x-bind: &bind", "  create_host_path: true", "services:", "  web:", "    volumes:", "      - type: bind", "        source: /etc",
                    "        target: /e", "        bind: *bind", "    image: x"), "CTL3003"));
            Assert.Equal(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /etc", "        target: /e", "        x-why: |",
                    "          config", "        read_only: true", "", "    image: x"),
                Fix(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /etc", "        target: /e", "        x-why: |",
                    "          config", "", "    image: x"), "CTL3003"));
        }

        [Fact]
        public void Added_settings_go_after_the_last_key_of_each_service_with_its_indentation()
        {
            var text = Fix(Y("services:", "  web:", "      image: x", "  api:", "      image: y"), "CTL2003", "CTL4001", "CTL6001");
            Assert.Equal(Y("services:", "  web:", "      image: x",
                "      cap_drop: [ALL]", "      security_opt: [\"no-new-privileges:true\"]", "      read_only: true",
                "  api:", "      image: y",
                "      cap_drop: [ALL]", "      security_opt: [\"no-new-privileges:true\"]", "      read_only: true"), text);
            Assert.DoesNotContain(Lint(text), f => f.Rule.Id is "CTL2003" or "CTL4001" or "CTL6001");
        }

        // ---- where an added key goes: after the service's last key, as a person would write it ----

        private const string CapDrop = "    cap_drop: [ALL]";

        [Fact]
        public void Added_cap_drop_goes_after_the_last_key_of_the_service()
        {
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    ports:", "      - \"80:80\"   # public", CapDrop, "  db:", "    image: postgres", CapDrop),
                Fix(Y("services:", "  web:", "    image: nginx", "    ports:", "      - \"80:80\"   # public", "  db:", "    image: postgres"), "CTL2003"));
        }

        [Fact]
        public void Added_key_goes_after_a_nested_block_mapping_or_sequence_at_the_service_indentation()
        {
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    healthcheck:", "      test:", "        - CMD", "        - curl", "      interval: 10s", CapDrop, "  db:", "    image: pg", CapDrop),
                Fix(Y("services:", "  web:", "    image: nginx", "    healthcheck:", "      test:", "        - CMD", "        - curl", "      interval: 10s", "  db:", "    image: pg"), "CTL2003"));
            // A list written at its key's own indentation, and an empty value last.
            Assert.Equal(Y("services:", "  web:", "    ports:", "    - 80:80", CapDrop, "  db:", "    image: pg", "    tty:", CapDrop),
                Fix(Y("services:", "  web:", "    ports:", "    - 80:80", "  db:", "    image: pg", "    tty:"), "CTL2003"));
        }

        [Fact]
        public void Added_key_does_not_go_inside_a_block_scalar()
        {
            // The comment-like line is content of the scalar; the blank line after it is not (clip chomping drops it).
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    command: |", "      echo hi", "", "      # part of the script", CapDrop, "", "  db:", "    image: pg", CapDrop),
                Fix(Y("services:", "  web:", "    image: nginx", "    command: |", "      echo hi", "", "      # part of the script", "", "  db:", "    image: pg"), "CTL2003"));
            // |+ keeps its trailing blank lines as content: the key goes after them.
            var keep = Y("services:", "  web:", "    image: nginx", "    entrypoint: >+", "      run", "", "  db:", "    image: pg");
            var text = Fix(keep, "CTL2003");
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    entrypoint: >+", "      run", "", CapDrop, "  db:", "    image: pg", CapDrop), text);
            Assert.Equal(Scalar(keep, "entrypoint"), Scalar(text, "entrypoint"));
        }

        [Fact]
        public void Added_key_goes_after_a_multi_line_flow_collection_or_quoted_scalar()
        {
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    command: [\"sh\", \"-c\",", "      \"serve\"] # flow", CapDrop,
                    "  db:", "    image: pg", "    entrypoint: \"docker-entrypoint.sh", "      postgres\"", CapDrop),
                Fix(Y("services:", "  web:", "    image: nginx", "    command: [\"sh\", \"-c\",", "      \"serve\"] # flow",
                    "  db:", "    image: pg", "    entrypoint: \"docker-entrypoint.sh", "      postgres\""), "CTL2003"));
        }

        [Fact]
        public void Comments_and_blank_lines_before_the_next_service_stay_with_it()
        {
            var text = Fix(Y("services:", "  web:", "    image: nginx # pinned later", "    # restart: always", "", "  # containerlint ignore=CTL2003 the database needs them",
                "  db:", "    image: pg"), "CTL2003");
            Assert.Equal(Y("services:", "  web:", "    image: nginx # pinned later", CapDrop, "    # restart: always", "",
                "  # containerlint ignore=CTL2003 the database needs them", "  db:", "    image: pg"), text);
            Assert.DoesNotContain(Lint(text), f => f.Rule.Id == "CTL2003" && !f.IsSuppressed);
            // An empty value with a tag ends at the next token, past the comment.
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    labels: !reset", CapDrop, "  # the database", "  db:", "    image: pg", CapDrop),
                Fix(Y("services:", "  web:", "    image: nginx", "    labels: !reset", "  # the database", "  db:", "    image: pg"), "CTL2003"));
        }

        [Fact]
        public void Commented_out_entry_of_the_last_value_stays_with_it_above_the_added_key()
        {
            // audit 4, §11: "# - B=2" is indented as an item of environment, so it belongs to the list, not below cap_drop;
            // "# disabled:" at the keys' indentation stays after the added key, as a commented-out key of its own.
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    environment:", "      - A=1", "      # - B=2", CapDrop, "    # disabled: true", "  db:", "    image: pg", CapDrop),
                Fix(Y("services:", "  web:", "    image: nginx", "    environment:", "      - A=1", "      # - B=2", "    # disabled: true", "  db:", "    image: pg"), "CTL2003"));
        }

        [Fact]
        public void Added_key_after_the_last_service_of_a_file_with_or_without_a_final_line_break()
        {
            Assert.Equal("services:\n  web:\n    image: nginx # last\n" + CapDrop + "\n",
                Fix("services:\n  web:\n    image: nginx # last\n", "CTL2003"));
            Assert.Equal("services:\n  web:\n    image: nginx # last\n" + CapDrop,
                Fix("services:\n  web:\n    image: nginx # last", "CTL2003"));
            // Two keys added at the end of such a file: one line break between them, still none at the end.
            Assert.Equal("services:\n  web:\n    image: nginx\n" + CapDrop + "\n    read_only: true",
                Fix("services:\n  web:\n    image: nginx", "CTL2003", "CTL6001"));
        }

        [Fact]
        public void Added_key_after_a_nested_block_keeps_crlf()
        {
            Assert.Equal("services:\r\n  web:\r\n    image: nginx\r\n    ports:\r\n      - 80:80\r\n" + CapDrop + "\r\n\r\n  db:\r\n    image: pg\r\n" + CapDrop + "\r\n",
                Fix("services:\r\n  web:\r\n    image: nginx\r\n    ports:\r\n      - 80:80\r\n\r\n  db:\r\n    image: pg\r\n", "CTL2003"));
        }

        [Fact]
        public void Added_key_goes_before_a_top_level_key_a_document_marker_or_closing_comments()
        {
            Assert.Equal(Y("services:", "  web:", "    image: nginx", CapDrop, "volumes:", "  data: {}"),
                Fix(Y("services:", "  web:", "    image: nginx", "volumes:", "  data: {}"), "CTL2003"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", CapDrop, "...", "# notes"),
                Fix(Y("services:", "  web:", "    image: nginx", "...", "# notes"), "CTL2003"));
            Assert.Equal(Y("---", "services:", "  web:", "    image: nginx", CapDrop, "---", "other: document"),
                Fix(Y("---", "services:", "  web:", "    image: nginx", "---", "other: document"), "CTL2003"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", CapDrop, "", "# services:", "#   debug:", "#     image: busybox"),
                Fix(Y("services:", "  web:", "    image: nginx", "", "# services:", "#   debug:", "#     image: busybox"), "CTL2003"));
        }

        [Fact]
        public void Fixes_go_into_the_document_where_each_service_is_written()
        {
            Assert.Equal(Y("services:", "  a:", "    image: x", "    read_only: true", "---", "services:", "  b:", "    image: y", "    read_only: true"),
                Fix(Y("services:", "  a:", "    image: x", "---", "services:", "  b:", "    image: y", "    privileged: true"), "CTL1003", "CTL6001"));
        }

        [Fact]
        public void Host_network_fix_removes_the_service_network_entry()
        {
            Assert.Equal(Y("services:", "  a:", "    image: x", "    networks: [front]", "networks:", "  host: {external: true}", "  front: {}"),
                Fix(Y("services:", "  a:", "    image: x", "    networks: [host, front]", "networks:", "  host: {external: true}", "  front: {}"), "CTL5003"));
        }

        [Fact]
        public void Added_key_in_a_flow_service_mapping_goes_inside_the_braces()
        {
            Assert.Equal(Y("services:", "  web: {image: nginx, cap_drop: [ALL], read_only: true} # one line"),
                Fix(Y("services:", "  web: {image: nginx} # one line"), "CTL2003", "CTL6001"));
        }

        // Audit 79 B79-3: after the last entry, not after the blank that pads the closing brace.
        [Fact]
        public void Added_key_in_a_padded_flow_mapping_keeps_the_padding()
        {
            Assert.Equal(Y("services:", "  web: { image: nginx, user: \"1000\", cap_drop: [ALL], read_only: true }"),
                Fix(Y("services:", "  web: { image: nginx, user: \"1000\" }"), "CTL2003", "CTL6001"));
            Assert.Equal(Y("services:", "  web: { image: nginx, cap_drop: [ALL]", "  }"),
                Fix(Y("services:", "  web: { image: nginx", "  }"), "CTL2003"));
        }

        // Audit 81 D81-6: between the blanks that pad an empty flow collection.
        [Fact]
        public void Element_added_to_a_padded_empty_flow_collection_keeps_the_padding()
        {
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_drop: [ ALL ]"),
                Fix(Y("services:", "  web:", "    image: nginx", "    cap_drop: [ ]"), "CTL2003"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_drop: [ALL]"),
                Fix(Y("services:", "  web:", "    image: nginx", "    cap_drop: []"), "CTL2003"));
            Assert.Equal(Y("x-base: &base { }", "services:", "  web:", "    <<: *base", "    image: nginx", CapDrop),
                Fix(Y("x-base: &base { }", "services:", "  web:", "    <<: *base", "    image: nginx"), "CTL2003"));
            Assert.Equal(Y("services:", "  web: { cap_drop: [ALL], read_only: true }"),
                Fix(Y("services:", "  web: { }"), "CTL2003", "CTL6001"));
            // Audit 91 K91-5, K91-6: after a tag, and an empty list over two lines.
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_drop: !!seq [ ALL ]"),
                Fix(Y("services:", "  web:", "    image: nginx", "    cap_drop: !!seq [ ]"), "CTL2003"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_drop: [ALL", "    ]"),
                Fix(Y("services:", "  web:", "    image: nginx", "    cap_drop: [", "    ]"), "CTL2003"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_drop: &none [ ALL # none yet", "    ]"),
                Fix(Y("services:", "  web:", "    image: nginx", "    cap_drop: &none [ # none yet", "    ]"), "CTL2003"));
        }

        [Fact]
        public void Added_key_goes_after_a_merge_key_and_the_merge_still_applies()
        {
            var yaml = Y("x-defaults: &defaults", "  image: nginx", "  ipc: host", "services:", "  web:", "    <<: *defaults", "  api:", "    <<: *defaults", "    image: api");
            var text = Fix(yaml, "CTL2003");
            Assert.Equal(Y("x-defaults: &defaults", "  image: nginx", "  ipc: host", "services:", "  web:", "    <<: *defaults", CapDrop,
                "  api:", "    <<: *defaults", "    image: api", CapDrop), text);
            var ipc = Lint(text).Single("CTL5002");
            Assert.Equal(new[] { "api", "web" }, ipc.Containers.OrderBy(c => c, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Added_key_of_a_service_written_as_an_alias_goes_into_the_anchored_mapping()
        {
            // The alias is the anchored mapping: a key written under `worker: *svc` would not read, so it goes where the
            // keys are written, for both services, as a removal from it does.
            Assert.Equal(Y("services:", "  web: &svc", "    image: nginx", CapDrop, "  worker: *svc"),
                FixShared(Y("services:", "  web: &svc", "    image: nginx", "  worker: *svc"), new[] { "web", "worker" }, "CTL2003"));
            Assert.Equal(Y("x-svc: &svc", "  image: nginx", "  cap_drop: [ALL]", "services:", "  web: *svc", "  job:", "    image: busybox", CapDrop),
                Fix(Y("x-svc: &svc", "  image: nginx", "services:", "  web: *svc", "  job:", "    image: busybox"), "CTL2003"));
        }

        [Fact]
        public void Keys_added_to_one_service_go_in_rule_order_whatever_the_order_of_the_findings()
        {
            var yaml = Y("services:", "  web:", "    image: nginx", "  db:", "    image: pg");
            var expected = Y("services:", "  web:", "    image: nginx", CapDrop, "    security_opt: [\"no-new-privileges:true\"]", "    read_only: true",
                "  db:", "    image: pg", CapDrop, "    security_opt: [\"no-new-privileges:true\"]", "    read_only: true");
            var findings = Lint(yaml).Where(f => f.Rule.Id is "CTL2003" or "CTL4001" or "CTL6001").ToList();
            Assert.Equal(expected, ComposeFixer.Apply(yaml, File, findings, out _));
            findings.Reverse();
            Assert.Equal(expected, ComposeFixer.Apply(yaml, File, findings, out var applied));
            Assert.Equal(6, applied.Count);
            Assert.Equal(expected, Fix(yaml, "CTL2003", "CTL4001", "CTL6001"));
        }

        [Fact]
        public void Added_key_goes_after_an_item_appended_to_a_block_list_on_the_same_last_line()
        {
            // cap_drop is added after the security_opt list's last item, and no-new-privileges is appended to that list:
            // the item stays in its list.
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    security_opt:", "      - label:type:svirt_apache_t", "      - \"no-new-privileges:true\"", CapDrop),
                Fix(Y("services:", "  web:", "    image: nginx", "    security_opt:", "      - label:type:svirt_apache_t"), "CTL2003", "CTL4001"));
        }

        [Fact]
        public void Added_key_after_an_end_of_line_comment_of_a_flow_mapping_goes_on_a_line_of_its_own()
        {
            // After a comment, the trailing comma of a multi-line flow mapping was not seen, and `, cap_drop: [ALL]}` after it
            // did not read: the safety net kept the file as it was.
            Assert.Equal(Y("services:", "  web: {", "    image: nginx, # pinned", "    cap_drop: [ALL],", "  }"),
                Fix(Y("services:", "  web: {", "    image: nginx, # pinned", "  }"), "CTL2003"));
        }

        [Fact]
        public void Fixed_text_with_a_parse_error_the_original_does_not_have_is_not_written()
        {
            var original = Y("services:", "  web: {image: nginx}");
            Assert.Null(ComposeFixer.WhyNotWritten(File, original, Y("services:", "  web: {image: nginx, read_only: true}")));
            Assert.StartsWith("the fixed file would not be read any more", ComposeFixer.WhyNotWritten(File, original, Y("services:", "  web: {image: nginx, , read_only: true}")));
            // One that was there before is not the fix's doing.
            var broken = Y("services:", "  web: {image: nginx", "  db: {image: x}");
            Assert.Null(ComposeFixer.WhyNotWritten(File, broken, Y("services:", "  web: {image: nginx", "  db: {image: y}")));
        }

        private static string Scalar(string yaml, string key)
        {
            var root = (Yaml.YamlMapping)Yaml.YamlReader.Read(File, yaml).Root!;
            var web = (Yaml.YamlMapping)((Yaml.YamlMapping)root.Get("services")!).Get("web")!;
            return ((Yaml.YamlScalar)web.Get(key)!).Value;
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
        public void Adding_an_entry_its_list_already_has_changes_nothing()
        {
            // A finding from a project where a later file discards the list (its fix belongs there) must not grow this one.
            var yaml = Y("services:", "  web:", "    cap_drop: [ALL]", "    security_opt:", "      - no-new-privileges:true");
            var missing = Lint(Y("services:", "  web:", "    image: x")).Where(f => f.Rule.Id is "CTL2003" or "CTL4001").ToList();
            Assert.Equal(2, missing.Count);
            Assert.Equal(yaml, ComposeFixer.Apply(yaml, File, missing, out var applied));
            Assert.Empty(applied);
        }

        [Fact]
        public void Added_entry_after_a_trailing_comma_of_a_flow_collection_keeps_one_comma()
        {
            // `, read_only: true` after the comma would not read: the safety net kept the whole file as it was. Written one
            // entry per line, the new one gets a line of its own.
            Assert.Equal(Y("services:", "  web: {", "    image: nginx,", "    read_only: true,", "  }"),
                Fix(Y("services:", "  web: {", "    image: nginx,", "  }"), "CTL6001"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_drop: [NET_RAW, ALL,", "    ]"),
                Fix(Y("services:", "  web:", "    image: nginx", "    cap_drop: [NET_RAW,", "    ]"), "CTL2003"));
        }

        [Fact]
        public void Crlf_is_kept()
        {
            var yaml = "services:\r\n  web:\r\n    image: x\r\n    cap_add:\r\n      - SYS_ADMIN\r\n      - NET_RAW\r\n";
            var text = Fix(yaml, "CTL2001", "CTL6001");
            Assert.Equal("services:\r\n  web:\r\n    image: x\r\n    cap_add:\r\n      - NET_RAW\r\n    read_only: true\r\n", text);
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
            Assert.Equal(Y("x-base: &base", "  restart: always", "services:", "  web: # the front end", "    <<: *base", "    image: nginx",
                "    user: \"10001\"", "    security_opt: [\"no-new-privileges:true\"]", "    volumes:", "      - /etc:/host-etc:ro", "      - /var/run/docker.sock:/var/run/docker.sock",
                "    tmpfs: /run:nosuid,nodev", "    cap_drop: [ALL]", "    read_only: true"), thrice);
        }

        /// <summary>
        /// Fixes findings written in an anchor: every rule is found in each of the services (the finding at the anchor
        /// names every service using it), the fixed text reads again with no CTL9001, and the findings are gone for all of them.
        /// </summary>
        private static string FixShared(string yaml, string[] services, params string[] rules)
        {
            var before = Lint(yaml);
            foreach (var rule in rules)
                Assert.True(services.All(s => before.Only(rule).Any(f => f.Containers.Contains(s))), "expected " + rule + " in " + string.Join(", ", services) + ", got: " + Describe(before));
            var text = Fix(yaml, rules);
            Assert.Null(YamlReaderError(text));
            var after = Lint(text);
            after.None("CTL9001");
            foreach (var rule in rules) after.None(rule);
            return text;
        }

        private static string? YamlReaderError(string text) => ContainerLint.Compose.Yaml.YamlReader.Read(File, text).Error?.Message;

        [Fact]
        public void Fix_keeps_the_anchor_of_a_replaced_scalar()
        {
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    user: &u \"10001\"", "  worker:", "    image: busybox", "    user: *u"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    user: &u root", "  worker:", "    image: busybox", "    user: *u"), new[] { "web", "worker" }, "CTL1001"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    user: !!str &u '10001'", "  worker:", "    image: busybox", "    user: *u"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    user: !!str &u '0'", "  worker:", "    image: busybox", "    user: *u"), new[] { "web", "worker" }, "CTL1001"));
        }

        [Fact]
        public void Fix_of_shared_scalars_keeps_their_anchors()
        {
            // m3: the anchored privileged key stays, switched off, for the alias to keep its meaning.
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    user: &u \"10001\"", "    privileged: &p false",
                    "  worker:", "    image: busybox", "    user: *u", "    privileged: *p"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    user: &u root", "    privileged: &p true",
                    "  worker:", "    image: busybox", "    user: *u", "    privileged: *p"), new[] { "web", "worker" }, "CTL1001", "CTL1003"));
        }

        [Fact]
        public void Fix_removes_a_shared_value_and_every_alias_of_it()
        {
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "  worker:", "    image: busybox"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    pid: &h host", "  worker:", "    image: busybox", "    pid: *h"), new[] { "web", "worker" }, "CTL5001"));
        }

        [Fact]
        public void Fix_leaves_an_anchored_list_empty_instead_of_removing_it()
        {
            // m2
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_add: &c []", "  worker:", "    image: busybox", "    cap_add: *c"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    cap_add: &c [SYS_ADMIN]", "  worker:", "    image: busybox", "    cap_add: *c"), new[] { "web", "worker" }, "CTL2001"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_add: &c []", "  worker:", "    image: busybox", "    cap_add: *c"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    cap_add: &c [SYS_ADMIN, NET_ADMIN]", "  worker:", "    image: busybox", "    cap_add: *c"), new[] { "web", "worker" }, "CTL2001", "CTL2002"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_add: &c [] # shared", "  worker:", "    image: busybox", "    cap_add: *c"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    cap_add: &c # shared", "      - SYS_ADMIN", "      - NET_ADMIN", "  worker:", "    image: busybox", "    cap_add: *c"), new[] { "web", "worker" }, "CTL2001", "CTL2002"));
        }

        [Fact]
        public void Alias_of_a_fixed_anchor_under_another_key_keeps_its_value()
        {
            // RUN_AS, tty and the label are settings of their own: they keep what they had (audit 16, M6).
            var text = Fix(Y("services:", "  a:", "    image: x", "    read_only: true", "    user: &runas root", "    environment:", "      RUN_AS: *runas",
                "  b:", "    image: x", "    read_only: &rofs false", "    tty: *rofs", "    labels: {com.example.ro: *rofs}",
                "  c:", "    image: x", "    read_only: true", "    user: *runas"),
                "CTL1001", "CTL6001");
            Assert.Equal(Y("services:", "  a:", "    image: x", "    read_only: true", "    user: &runas \"10001\"", "    environment:", "      RUN_AS: root",
                "  b:", "    image: x", "    read_only: &rofs true", "    tty: false", "    labels: {com.example.ro: false}",
                "  c:", "    image: x", "    read_only: true", "    user: *runas"), text);
        }

        [Fact]
        public void Fix_adds_to_an_anchored_list_it_empties()
        {
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    security_opt: &so [\"no-new-privileges:true\"]", "  worker:", "    image: busybox", "    security_opt: *so"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    security_opt: &so [seccomp:unconfined]", "  worker:", "    image: busybox", "    security_opt: *so"), new[] { "web", "worker" }, "CTL4002", "CTL4001"));
        }

        [Fact]
        public void Fix_keeps_an_anchored_mapping_its_removed_keys_leave_empty()
        {
            // m1: the x-caps mapping loses its only key but stays, for the merge key to have a mapping to merge.
            Assert.Equal(Y("x-caps: &caps {}", "services:", "  web:", "    image: nginx", "    <<: *caps"),
                FixShared(Y("x-caps: &caps", "  cap_add: [SYS_ADMIN]", "services:", "  web:", "    image: nginx", "    <<: *caps"), new[] { "web" }, "CTL2001"));
        }

        [Fact]
        public void Fix_keeps_anchored_mappings_merged_through_a_list_of_aliases()
        {
            // x-a is merged into web only, x-b into both.
            Assert.Equal(Y("x-a: &a {}", "x-b: &b {}", "services:", "  web:", "    <<: [*a, *b]", "    image: nginx", "  worker:", "    <<: *b", "    image: busybox"),
                FixShared(Y("x-a: &a", "  cap_add: [SYS_ADMIN]", "x-b: &b", "  privileged: true", "  pid: host",
                    "services:", "  web:", "    <<: [*a, *b]", "    image: nginx", "  worker:", "    <<: *b", "    image: busybox"),
                    new[] { "web" }, "CTL1003", "CTL2001", "CTL5001"));
        }

        [Fact]
        public void Fix_keeps_an_anchored_service_merged_into_another_one()
        {
            Assert.Equal(Y("services:", "  web: &svc # base", "    image: nginx", "  worker:", "    <<: *svc", "    image: busybox"),
                FixShared(Y("services:", "  web: &svc # base", "    image: nginx", "    privileged: true", "  worker:", "    <<: *svc", "    image: busybox"), new[] { "web", "worker" }, "CTL1003"));
            Assert.Equal(Y("services:", "  web: &svc {} # base", "  worker:", "    <<: *svc", "    image: busybox"),
                FixShared(Y("services:", "  web: &svc # base", "    privileged: true", "  worker:", "    <<: *svc", "    image: busybox"), new[] { "web", "worker" }, "CTL1003"));
        }

        [Fact]
        public void Fix_removes_an_anchored_list_item_and_every_alias_of_it()
        {
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_add: [NET_ADMIN]", "  worker:", "    image: busybox", "    cap_add:", "      - SYS_TIME"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    cap_add: [&s SYS_ADMIN, NET_ADMIN]", "  worker:", "    image: busybox", "    cap_add:", "      - *s", "      - SYS_TIME"),
                    new[] { "web", "worker" }, "CTL2001"));
            Assert.Equal(Y("services:", "  web:", "    image: nginx", "    cap_add:", "      - NET_ADMIN", "  worker:", "    image: busybox"),
                FixShared(Y("services:", "  web:", "    image: nginx", "    cap_add:", "      - &s SYS_ADMIN", "      - NET_ADMIN", "  worker:", "    image: busybox", "    cap_add: [*s]"),
                    new[] { "web", "worker" }, "CTL2001"));
        }

        [Fact]
        public void Fix_that_would_leave_an_alias_without_its_anchor_is_not_applied()
        {
            // The device's whole long-syntax entry goes, and with it the anchor on its source that worker uses.
            var yaml = Y("services:", "  web:", "    image: nginx", "    devices:", "      - source: &kvm /dev/kvm", "        target: /dev/kvm",
                "  worker:", "    image: busybox", "    devices:", "      - *kvm");
            var text = ComposeFixer.Apply(yaml, File, Lint(yaml).Only("CTL3001"), out var applied, out var refused);
            Assert.Equal(yaml, text);
            Assert.Empty(applied);
            Assert.Contains("kvm", refused);
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

        [Theory]
        [InlineData("/proc:/p:ro,rw", "/proc:/p:ro,ro")]
        [InlineData("\"/proc:/p: ro\"", "\"/proc:/p:ro\"")]
        [InlineData("\"/proc:/p:z, ro\"", "\"/proc:/p:z,ro\"")]
        public void Read_only_fix_of_a_mode_Compose_reads_as_writable_makes_it_read_only(string entry, string expected)
        {
            // Audit 133 T133-1: the last of ro and rw wins and " ro" is no option, so these are writable; the fix makes them not.
            var yaml = Y("services:", "  s:", "    image: alpine", "    volumes:", "      - " + entry);
            var text = Fix(yaml, "CTL3002");
            Assert.Contains("      - " + expected, text);
            Lint(text).None("CTL3002");
        }

        [Fact]
        public void Entry_added_to_a_flow_collection_whose_last_element_has_a_comment_goes_before_the_comment()
        {
            // Audit 136 X136-4, X136-5: with the closing bracket on the next line, the addition went into the comment, again on
            // every pass, and the finding stayed.
            var yaml = Y("services:", "  web:", "    image: nginx", "    volumes:", "      - {type: bind, source: /usr, target: /u  # usr", "        }");
            Assert.Contains("      - {type: bind, source: /usr, target: /u, read_only: true  # usr", Fix(yaml, "CTL3003"));
            yaml = Y("services:", "  a:", "    image: a", "    read_only: true", "    cap_drop: [NET_RAW  # raw sockets", "    ]",
                "    security_opt: [no-new-privileges:true]",
                "  b:", "    image: b", "    read_only: true", "    cap_drop: [ALL]", "    security_opt: [\"label:type:x\",  # selinux", "    ]");
            var text = Fix(yaml, "CTL2003", "CTL4001");
            Assert.Contains("    cap_drop: [NET_RAW, ALL  # raw sockets", text);
            Assert.Contains("    security_opt: [\"label:type:x\", \"no-new-privileges:true\",  # selinux", text);
            var findings = Lint(text);
            findings.None("CTL2003");
            findings.None("CTL4001");
        }

        [Fact]
        public void Removing_the_last_flow_element_keeps_the_comment_of_the_one_before()
        {
            // Audit 136 X136-3: the comma and everything up to the element went, the comment of the element that stays too.
            var yaml = Y("services:", "  a:", "    image: a", "    cap_add: [CHOWN,   # entrypoint chowns /data", "              SYS_ADMIN]",
                "  api: {", "    image: api,   # the image", "    privileged: true}");
            var text = Fix(yaml, "CTL2001", "CTL1003");
            Assert.Contains("    cap_add: [CHOWN   # entrypoint chowns /data", text);
            Assert.Contains("    image: api   # the image", text);
            var findings = Lint(text);
            findings.None("CTL2001");
            findings.None("CTL1003");
        }

        [Fact]
        public void Mount_strings_anchored_under_extension_fields_are_fixed_in_the_anchor()
        {
            // Audit 136 X136-6: reported in the anchor, but "nothing to fix".
            var yaml = Y("x-etc: &etc /etc:/host-etc", "x-t: &t /run:suid,size=1m", "x-vols: &vols", "  - /var/log:/logs",
                "services:", "  a:", "    image: a", "    volumes:", "      - *etc", "    tmpfs:", "      - *t", "  b:", "    image: b", "    volumes: *vols");
            var text = Fix(yaml, "CTL3003", "CTL3005");
            Assert.Contains("x-etc: &etc /etc:/host-etc:ro", text);
            Assert.Contains("x-t: &t /run:nosuid,size=1m", text);
            Assert.Contains("  - /var/log:/logs:ro", text);
            var findings = Lint(text);
            findings.None("CTL3005");
            Assert.All(findings.Only("CTL3003"), f => Assert.Contains("read-only", f.Message));

            // Also used under a key that is no setting (audit 137 Q137-3): that use keeps the value it had.
            text = Fix(Y("x-etc: &etc /etc:/host-etc", "services:", "  a:", "    image: a", "    environment: {MOUNT: *etc}", "    volumes:", "      - *etc"),
                "CTL3003");
            Assert.Contains("x-etc: &etc /etc:/host-etc:ro", text);
            Assert.Contains("environment: {MOUNT: /etc:/host-etc}", text);
        }

        [Fact]
        public void Removing_an_anchored_capability_keeps_its_uses_under_other_keys()
        {
            // Audit 137 Q137-5: the environment variable and the label that used the anchor went with it.
            var text = Fix(Y("x-caps: &caps SYS_ADMIN", "services:", "  a:", "    image: a", "    cap_add: [*caps]", "    environment:", "      CAP: *caps",
                "  b:", "    image: b", "    cap_add: [&c SYS_ADMIN]", "    labels:", "      cap: *c"), "CTL2001");
            Assert.Contains("      CAP: SYS_ADMIN", text);
            Assert.Contains("      cap: SYS_ADMIN", text);
            Lint(text).None("CTL2001");
        }
    }
}
