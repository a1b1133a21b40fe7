using System.Linq;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    public class SuppressionTests
    {
        [Fact]
        public void Comment_above_a_key_suppresses_that_key()
        {
            var findings = Lint(Y("services:", "  web:", "    # containerlint ignore=CTL1003 needs /dev access", "    privileged: true", "    pid: host"));
            var f = findings.Single("CTL1003");
            Assert.True(f.IsSuppressed);
            Assert.Equal("needs /dev access", f.Suppression!.Justification);
            Assert.False(findings.Single("CTL5001").IsSuppressed);
        }

        [Fact]
        public void Comment_at_the_end_of_a_use_api_socket_line_suppresses_it()
        {
            var findings = Lint(Y("services:", "  cli:", "    use_api_socket: true # containerlint ignore=CTL3004 wraps the docker CLI"));
            Assert.Equal("wraps the docker CLI", findings.Single("CTL3004").Suppression!.Justification);
        }

        [Fact]
        public void Comment_at_the_end_of_a_block_scalars_header_line_suppresses_its_value()
        {
            // A comment may follow `>-` or `|` on the header line; the value's text starts below (audit 14, 13).
            var findings = Lint(Y("services:", "  web:", "    image: alpine", "    user: >- # containerlint ignore=CTL1001 reviewed", "      root",
                "    pid: | # a note, not a suppression", "      host", "    ipc: |", "      # containerlint ignore=CTL5002 is text of the value", "      host"));
            Assert.Equal("reviewed", findings.Single("CTL1001").Suppression!.Justification);
            Assert.False(findings.Single("CTL5001").IsSuppressed);
        }

        [Fact]
        public void Stacked_comment_lines_apply_to_the_node_below()
        {
            var findings = Lint(Y("services:", "  web:", "    # containerlint ignore=CTL1003", "    # another comment", "    privileged: true"));
            Assert.True(findings.Single("CTL1003").IsSuppressed);
        }

        [Fact]
        public void Comment_above_a_service_covers_everything_under_it()
        {
            var findings = Lint(Y("services:", "  # containerlint ignore=CTL2003,CTL4001,CTL6001,CTL2001 debug tool", "  web:",
                "    cap_add:", "      - SYS_ADMIN", "  api:", "    image: x"));
            Assert.All(findings.Where(f => f.Containers.Contains("web")), f => Assert.True(f.IsSuppressed, f.ToString()));
            Assert.All(findings.Where(f => f.Containers.SequenceEqual(new[] { "api" })), f => Assert.False(f.IsSuppressed, f.ToString()));
        }

        [Fact]
        public void Comment_above_a_list_item_covers_only_that_item()
        {
            var findings = Lint(Y("services:", "  web:", "    cap_add:", "      # containerlint ignore=CTL2001", "      - SYS_ADMIN", "      - SYS_PTRACE"));
            var caps = findings.Only("CTL2001");
            Assert.True(caps[0].IsSuppressed);
            Assert.False(caps[1].IsSuppressed);
        }

        [Fact]
        public void End_of_line_comment_applies_to_that_line()
        {
            var findings = Lint(Y("services:", "  web:", "    privileged: true # containerlint ignore=CTL1003 lab only", "    pid: host"));
            Assert.True(findings.Single("CTL1003").IsSuppressed);
            Assert.False(findings.Single("CTL5001").IsSuppressed);
        }

        [Fact]
        public void End_of_line_comment_after_an_anchored_value_works()
        {
            var findings = Lint(Y("services:", "  web:", "    privileged: &p true # containerlint ignore=CTL1003", "  api:", "    privileged: *p"));
            Assert.True(findings.Single("CTL1003").IsSuppressed);
        }

        [Fact]
        public void Global_comment_applies_to_the_whole_file()
        {
            var findings = Lint(Y("# containerlint global ignore=CTL6001,CTL4001", "services:", "  web:", "    image: x", "  api:", "    image: y"));
            Assert.All(findings.Only("CTL6001").Concat(findings.Only("CTL4001")), f => Assert.True(f.IsSuppressed));
            Assert.All(findings.Only("CTL2003"), f => Assert.False(f.IsSuppressed));
        }

        [Fact]
        public void Comment_text_inside_a_block_scalar_is_content()
        {
            var findings = Lint(Y("services:", "  web:", "    command: |", "      # containerlint global ignore=CTL1003", "      run", "    privileged: true"));
            Assert.False(findings.Single("CTL1003").IsSuppressed);
        }

        [Fact]
        public void Hash_inside_a_quoted_string_is_not_a_comment()
        {
            var findings = Lint(Y("services:", "  web:", "    labels: [\"x # containerlint global ignore=CTL1003\"]", "    privileged: true"));
            Assert.False(findings.Single("CTL1003").IsSuppressed);
        }

        [Fact]
        public void Unknown_rule_in_a_comment_is_ctl9003_at_the_comment()
        {
            var findings = Lint(Y("services:", "  web:", "    # containerlint ignore=CTL9999", "    privileged: true"));
            findings.Single("CTL9003").At(3, 5);
            Assert.False(findings.Single("CTL1003").IsSuppressed);
        }

        [Fact]
        public void Comment_in_an_override_file_suppresses_findings_there()
        {
            var r = LintProject(("compose.yaml", Y("services:", "  web:", "    image: x")),
                ("compose.override.yaml", Y("services:", "  web:", "    cap_add: [SYS_ADMIN] # containerlint ignore=CTL2001")));
            Assert.True(r.Findings.Single("CTL2001").IsSuppressed);
        }

        [Theory]
        [InlineData("  c:", "    # containerlint ignore=CTL1003 docker-in-docker runner", "    extends: b")]
        [InlineData("  # containerlint ignore=CTL1003 docker-in-docker runner", "  c:", "    extends: b")]
        [InlineData("  c:", "    extends: b # containerlint ignore=CTL1003 docker-in-docker runner", "    image: c")]
        public void Comment_over_extends_covers_the_extended_services_finding_for_that_service(string first, string second, string third)
        {
            // Audit 136 X136-1: the finding was reported (in b, c) and its fix removed privileged: true from b, which c keeps
            // on purpose.
            var findings = Lint(Y("services:", "  b:", "    image: b", "    privileged: true", first, second, third));
            var f = findings.Single("CTL1003");
            Assert.False(f.IsSuppressed);
            Assert.Equal(new[] { "b" }, f.Containers);
            Assert.Null(f.Fix);
        }

        [Fact]
        public void Comment_over_extends_of_every_service_that_has_the_finding_suppresses_it()
        {
            // The extended file is not linted on its own: only web has the finding, and its comment covers it.
            var r = LintProject(("compose.yaml", Y("services:", "  web:", "    image: x", "    # containerlint ignore=CTL2001 fuse mounts",
                    "    extends: {file: common/base.yml, service: base}")),
                ("common/base.yml", Y("services:", "  base:", "    image: b", "    cap_add: [SYS_ADMIN]")));
            var f = r.Findings.Single("CTL2001");
            Assert.EndsWith("base.yml", f.Span.Path);
            Assert.Equal("fuse mounts", f.Suppression?.Justification);
        }

        [Fact]
        public void Setting_is_not_added_to_a_service_that_a_suppressing_service_extends()
        {
            // Audit 136 X136-2: read_only: true was added to b, which c, whose comment opts out of CTL6001, extends.
            var findings = Lint(Y("services:", "  b:", "    image: b", "    security_opt: [no-new-privileges]", "    cap_drop: [ALL]",
                "  # containerlint ignore=CTL6001 writes to /var/cache at run time", "  c:", "    extends: b"));
            var atB = Assert.Single(findings, f => f.Rule.Id == "CTL6001" && f.Containers.SequenceEqual(new[] { "b" }) && !f.IsSuppressed);
            Assert.Null(atB.Fix);

            // Without the comment both report it, and the addition to b stays.
            findings = Lint(Y("services:", "  b:", "    image: b", "    security_opt: [no-new-privileges]", "    cap_drop: [ALL]", "  c:", "    extends: b"));
            Assert.NotNull(Assert.Single(findings, f => f.Rule.Id == "CTL6001" && f.Containers.SequenceEqual(new[] { "b" })).Fix);
        }

        [Fact]
        public void Setting_is_not_added_along_an_extends_chain_to_a_suppressing_service()
        {
            // Audit 137 Q137-1: c extends b extends a; c's comment opts out of CTL6001, and read_only: true was added to a.
            var findings = Lint(Y("services:", "  a:", "    image: a", "    security_opt: [no-new-privileges]", "    cap_drop: [ALL]",
                "  b:", "    extends: a", "  # containerlint ignore=CTL6001 writes to /var/cache", "  c:", "    extends: {service: b}"));
            Assert.All(findings.Where(f => f.Rule.Id == "CTL6001" && !f.IsSuppressed), f => Assert.Null(f.Fix));
        }

        [Theory]
        [InlineData("    extends:", "      # containerlint ignore=CTL2001 fuse", "      service: d")]
        [InlineData("    extends:", "      service: d # containerlint ignore=CTL2001 fuse", "      file: compose.yaml")]
        public void Comment_inside_a_block_extends_covers_the_extended_finding_for_that_service(string first, string second, string third)
        {
            // Audit 137 Q137-2: only a comment over extends: or at the end of its line counted.
            var findings = Lint(Y("services:", "  d:", "    image: d", "    cap_add: [SYS_ADMIN]", "  e:", first, second, third));
            var f = findings.Single("CTL2001");
            Assert.Equal(new[] { "d" }, f.Containers);
            Assert.Null(f.Fix);
        }
    }
}
