using System.Linq;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    /// <summary>
    /// A finding in a YAML anchor applies to every service that uses the anchor; a service's own suppression comment (on
    /// the service, on the merge key or alias that brings the anchor in, or on a key above those) covers it for that
    /// service. Suppressed for every service: suppressed; for some: reported naming the others.
    /// </summary>
    public class AnchorSuppressionTests
    {
        private const string Base = "x-base: &base";
        private const string Privileged = "  privileged: true";

        [Fact]
        public void Ignore_comment_on_every_service_merging_an_anchor_suppresses_the_anchor_finding()
        {
            var findings = Lint(Y(Base, Privileged, "services:",
                "  # containerlint ignore=CTL1003 reviewed", "  a:", "    <<: *base", "    image: x",
                "  # containerlint ignore=CTL1003 reviewed", "  b:", "    <<: *base", "    image: y"));

            var f = findings.Single("CTL1003");
            f.At(2, 15);
            Assert.True(f.IsSuppressed, f.ToString());
            Assert.Equal("reviewed", f.Suppression!.Justification);
        }

        [Fact]
        public void Ignore_comment_above_the_merge_key_of_every_service_suppresses_the_anchor_finding()
        {
            var findings = Lint(Y(Base, Privileged, "services:",
                "  a:", "    # containerlint ignore=CTL1003 reviewed", "    <<: *base", "    image: x",
                "  b:", "    image: y", "    # containerlint ignore=CTL1003 reviewed", "    <<: *base"));

            var f = findings.Single("CTL1003");
            Assert.True(f.IsSuppressed, f.ToString());
            Assert.Equal("reviewed", f.Suppression!.Justification);
        }

        [Fact]
        public void Ignore_comment_at_the_end_of_the_merge_key_line_of_every_service_suppresses_the_anchor_finding()
        {
            var findings = Lint(Y(Base, Privileged, "services:",
                "  a:", "    <<: *base # containerlint ignore=CTL1003 reviewed", "    image: x",
                "  b:", "    <<: [*base] # containerlint ignore=CTL1003", "    image: y"));

            Assert.True(findings.Single("CTL1003").IsSuppressed);
        }

        [Fact]
        public void Ignore_comments_above_one_merge_key_and_at_the_end_of_another_together_suppress_the_anchor_finding()
        {
            // The audit's second file.
            var findings = Lint(Y(Base, Privileged, "services:",
                "  a:", "    # containerlint ignore=CTL1003 reviewed", "    <<: *base", "    image: x",
                "  b:", "    <<: *base # containerlint ignore=CTL1003 reviewed", "    image: y"));

            Assert.True(findings.Single("CTL1003").IsSuppressed);
        }

        [Fact]
        public void Ignore_comment_at_the_end_of_an_alias_line_suppresses_what_the_alias_brings()
        {
            var findings = Lint(Y("x-caps: &caps", "  - SYS_ADMIN", "services:",
                "  a:", "    image: x", "    cap_add: *caps # containerlint ignore=CTL2001 needs mount",
                "  b:", "    image: y", "    cap_add: *caps # containerlint ignore=CTL2001 needs mount"));

            var f = findings.Single("CTL2001");
            f.At(2, 5);
            Assert.True(f.IsSuppressed, f.ToString());
            Assert.Equal("needs mount", f.Suppression!.Justification);
        }

        [Fact]
        public void Ignore_comment_on_one_service_leaves_the_others_named()
        {
            var findings = Lint(Y(Base, Privileged, "services:",
                "  # containerlint ignore=CTL1003 reviewed", "  a:", "    <<: *base", "    image: x",
                "  b:", "    <<: *base", "    image: y",
                "  c:", "    <<: *base", "    image: z"));

            var f = findings.Single("CTL1003");
            Assert.False(f.IsSuppressed);
            Assert.Equal(new[] { "b", "c" }, f.Containers);
            Assert.Contains("(in b, c)", f.Message);
        }

        [Fact]
        public void Ignore_comment_on_all_services_but_one_names_that_one()
        {
            var findings = Lint(Y(Base, Privileged, "services:",
                "  a:", "    <<: *base # containerlint ignore=CTL1003", "    image: x",
                "  b:", "    <<: *base", "    image: y"));

            var f = findings.Single("CTL1003");
            Assert.False(f.IsSuppressed);
            Assert.Contains("(in b)", f.Message);
            Assert.DoesNotContain("a,", f.Message);
        }

        [Fact]
        public void Anchor_finding_that_some_services_suppress_gets_no_fix()
        {
            // The fix edits the anchor, so it would change the services that suppress the finding too.
            var unsuppressed = Lint(Y(Base, Privileged, "services:", "  a:", "    <<: *base", "    image: x", "  b:", "    <<: *base", "    image: y"));
            Assert.NotNull(unsuppressed.Single("CTL1003").Fix);

            var findings = Lint(Y(Base, Privileged, "services:",
                "  a:", "    <<: *base # containerlint ignore=CTL1003", "    image: x", "  b:", "    <<: *base", "    image: y"));
            Assert.Null(findings.Single("CTL1003").Fix);
        }

        [Fact]
        public void Global_ignore_suppresses_an_anchor_finding_for_every_service()
        {
            var findings = Lint(Y("# containerlint global ignore=CTL1003 lab", Base, Privileged, "services:",
                "  a:", "    <<: *base", "    image: x", "  b:", "    <<: *base", "    image: y"));

            var f = findings.Single("CTL1003");
            Assert.True(f.IsSuppressed);
            Assert.Equal("lab", f.Suppression!.Justification);
        }

        [Fact]
        public void Ignore_comment_at_the_anchored_value_suppresses_it_for_every_service()
        {
            var findings = Lint(Y(Base, "  privileged: true # containerlint ignore=CTL1003", "services:",
                "  a:", "    <<: *base", "    image: x", "  b:", "    <<: *base", "    image: y"));

            Assert.True(findings.Single("CTL1003").IsSuppressed);
        }

        [Fact]
        public void Ignore_comment_for_another_rule_on_every_service_does_not_suppress_the_anchor_finding()
        {
            var findings = Lint(Y(Base, Privileged, "services:",
                "  # containerlint ignore=CTL2001", "  a:", "    <<: *base", "    image: x",
                "  b:", "    <<: *base # containerlint ignore=CTL5001,CTL2001", "    image: y"));

            var f = findings.Single("CTL1003");
            Assert.False(f.IsSuppressed);
            Assert.Contains("(in a, b)", f.Message);
        }

        [Fact]
        public void Ignore_comment_on_a_sibling_key_does_not_cover_the_anchor_finding()
        {
            var findings = Lint(Y(Base, Privileged, "services:",
                "  a:", "    <<: *base", "    image: x # containerlint ignore=CTL1003",
                "  b:", "    <<: *base", "    # containerlint ignore=CTL1003", "    image: y"));

            var f = findings.Single("CTL1003");
            Assert.False(f.IsSuppressed);
            Assert.Contains("(in a, b)", f.Message);
        }

        [Fact]
        public void Ignore_comment_on_another_alias_of_the_service_does_not_cover_the_anchor_finding()
        {
            var findings = Lint(Y("x-caps: &caps [SYS_ADMIN]", Base, Privileged, "services:",
                "  a:", "    <<: *base", "    cap_add: *caps # containerlint ignore=CTL1003", "    image: x",
                "  b:", "    # containerlint ignore=CTL1003", "    cap_add: *caps", "    <<: *base", "    image: y"));

            var f = findings.Single("CTL1003");
            Assert.False(f.IsSuppressed);
            Assert.Contains("(in a, b)", f.Message);
        }

        [Fact]
        public void Ignore_comment_on_a_merge_key_inside_an_anchor_covers_the_services_using_that_anchor()
        {
            var findings = Lint(Y("x-common: &common", Privileged,
                "x-base: &base", "  # containerlint ignore=CTL1003 through base", "  <<: *common", "  image: x",
                "services:", "  a:", "    <<: *base", "  b:", "    <<: *base", "  c:", "    <<: *common", "    image: z"));

            var f = findings.Single("CTL1003");
            Assert.False(f.IsSuppressed);
            Assert.Equal(new[] { "c" }, f.Containers);
            Assert.Contains("(in c)", f.Message);
        }

        [Fact]
        public void Service_that_extends_a_suppressed_service_is_covered_by_its_comment()
        {
            var findings = Lint(Y(Base, Privileged, "services:",
                "  # containerlint ignore=CTL1003 reviewed", "  a:", "    <<: *base", "    image: x",
                "  web:", "    extends: a"));

            Assert.True(findings.Single("CTL1003").IsSuppressed);
        }

        [Fact]
        public void Service_that_extends_a_service_of_another_file_is_covered_by_the_comment_on_its_merge_key_there()
        {
            var r = LintProject(("compose.yaml", Y("services:", "  web:", "    image: x", "    extends:", "      file: common.yml", "      service: base")),
                ("common.yml", Y(Base, Privileged, "services:", "  base:", "    <<: *base # containerlint ignore=CTL1003 reviewed", "    image: x",
                    "  other:", "    <<: *base")));

            // common.yml is linted on its own too (base and other); web and base are covered by base's comment.
            var f = r.Findings.Single("CTL1003");
            Assert.EndsWith("common.yml", f.Span.Path);
            Assert.False(f.IsSuppressed);
            Assert.Equal(new[] { "other" }, f.Containers);
        }

        [Fact]
        public void Service_that_reaches_an_anchor_through_an_alias_of_a_whole_service_is_covered_by_a_comment_on_that_alias()
        {
            var findings = Lint(Y(Base, Privileged, "services:",
                "  a: &a", "    <<: *base # containerlint ignore=CTL1003", "    image: x",
                "  b: *a"));

            Assert.True(findings.Single("CTL1003").IsSuppressed);

            var partly = Lint(Y(Base, Privileged, "services:",
                "  a: &a", "    <<: *base", "    image: x",
                "  b: *a # containerlint ignore=CTL1003",
                "  c:", "    <<: *base"));
            var f = partly.Single("CTL1003");
            Assert.False(f.IsSuppressed);
            Assert.Equal(new[] { "a", "c" }, f.Containers);
        }

        [Fact]
        public void Anchor_finding_suppressed_in_an_overlay_project_stays_reported_for_the_services_of_another()
        {
            // docker compose up runs a and b (b unsuppressed); with -f compose.prod.yaml only a is privileged, and a's
            // comment covers it. The finding is one (in the base file): still reported, naming b, and not fixed.
            var r = LintProject(("compose.yaml", Y(Base, Privileged, "services:",
                    "  a:", "    <<: *base # containerlint ignore=CTL1003", "    image: x", "  b:", "    <<: *base", "    image: y")),
                ("compose.prod.yaml", Y("services:", "  b:", "    privileged: false")));

            var f = r.Findings.Single("CTL1003");
            Assert.EndsWith("compose.yaml", f.Span.Path);
            Assert.False(f.IsSuppressed);
            Assert.Equal(new[] { "b" }, f.Containers);
            Assert.Null(f.Fix);
        }

        [Fact]
        public void Ignore_comment_above_build_of_every_service_sharing_an_inline_dockerfile_anchor_suppresses_its_findings()
        {
            var findings = Lint(Y("x-build: &build", "  dockerfile_inline: |", "    FROM alpine:3.20", "    USER root", "services:",
                "  a:", "    # containerlint ignore=CTL1001 reviewed", "    build: *build",
                "  b:", "    build: *build # containerlint ignore=CTL1001 reviewed"));

            var f = findings.Single("CTL1001");
            Assert.True(f.IsSuppressed, f.ToString());
            Assert.Equal("reviewed", f.Suppression!.Justification);
        }

        [Fact]
        public void Ignore_comment_above_build_of_one_service_sharing_an_inline_dockerfile_anchor_leaves_the_others_named()
        {
            var findings = Lint(Y("x-build: &build", "  dockerfile_inline: |", "    FROM alpine:3.20", "    USER root", "services:",
                "  a:", "    # containerlint ignore=CTL1001 reviewed", "    build: *build",
                "  b:", "    build: *build"));

            var f = findings.Single("CTL1001");
            Assert.False(f.IsSuppressed);
            Assert.Contains("(in b)", f.Message);
        }
    }
}
