using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    /// <summary>Bad or hostile input gives a located CTL9001 and never an exception.</summary>
    public class YamlInputTests
    {
        [Fact]
        public void Document_end_marker_before_any_document_is_a_located_parse_error()
        {
            // Audit 33 F3: YamlDotNet's parser threw InvalidOperationException, reported as an internal error at (1,1).
            var findings = Lint("...\nservices:\n  a:\n    image: x\n    privileged: true\n");
            var error = findings.Single("CTL9001");
            Assert.DoesNotContain("internal error", error.Message);
            Assert.Equal(2, error.Span.StartLine);
        }

        [Fact]
        public void Syntax_error_is_reported_at_the_parser_position_and_nothing_else()
        {
            var findings = Lint(Y("services:", "  web:", "    privileged: true", "    image: \"unterminated", "  other: ["));
            var f = Assert.Single(findings);
            Assert.Equal("CTL9001", f.Rule.Id);
            Assert.True(f.Span.StartLine >= 4, f.ToString());
        }

        [Theory]
        [InlineData("")]
        [InlineData("\n")]
        [InlineData("\r\n")]
        [InlineData("\n\n\n")]
        public void Error_at_the_end_of_the_input_is_reported_just_after_the_last_character(string end)
        {
            // YamlDotNet ends the stream on a line of its own, one past the last (audit 26, R26-8).
            var f = Assert.Single(Lint("{\"services\": {\"web\": {\"image\": \"x\", \"privileged\": true}}" + end));
            Assert.Equal("CTL9001", f.Rule.Id);
            f.At(1, 57);
            Assert.Equal(56, f.Span.StartOffset);
            Assert.Contains("did not find expected ',' or '}'", f.Message);
            Assert.DoesNotContain("  ", f.Message);
        }

        [Theory]
        [InlineData("services: {a: 1")]
        [InlineData("x: {")]
        [InlineData("[")]
        [InlineData("services:\n  web:\n    image: [x\n")]
        [InlineData("services:\n  web: {image: x,\n\n")]
        [InlineData("services:\r\n  web:\r\n    image: [x\r\n")]
        [InlineData("services:\n  web:\n    image: \"x\n")]
        [InlineData("services:\n  a: '")]
        public void Every_parse_error_lies_inside_the_file(string text)
        {
            var f = Lint(text).Single("CTL9001");
            var lines = text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            Assert.True(f.Span.StartLine >= 1 && f.Span.StartLine <= lines.Length, f.ToString());
            Assert.True(f.Span.StartColumn >= 1 && f.Span.StartColumn <= lines[f.Span.StartLine - 1].Length + 1, f.ToString());
            Assert.True(f.Span.StartOffset <= text.Length, f.ToString());
        }

        [Fact]
        public void Unclosed_flow_mapping_is_reported_at_its_brace()
        {
            // YamlDotNet 18.1 throws InvalidOperationException here rather than a located syntax error.
            var findings = Lint(Y("version: {\"3.9\"", "services:", "  web:", "    privileged: true"));
            var f = findings.Single("CTL9001");
            f.At(1, 10);
            Assert.Contains("'{'", f.Message);
            Assert.Single(findings);
        }

        [Fact]
        public void Parser_failure_before_any_open_collection_is_reported_after_the_last_node_read()
        {
            // YamlDotNet 18.1 throws InvalidOperationException before the '[' becomes an event, so no flow collection is
            // open yet: the error is located after what was read last (the `build` key).
            var findings = Lint(Y("services:", "  web:", "    build:", "    [# a comment", "    ports:"));
            var f = findings.Single("CTL9001");
            f.At(3, 10);
            Assert.Contains("cannot be read past this point", f.Message);
            Assert.Single(findings);
        }

        [Fact]
        public void Tab_indentation_is_reported_at_the_tab()
        {
            var findings = Lint("services:\n  web:\n\tprivileged: true\n");
            var f = findings.Single("CTL9001");
            f.At(3, 1);
            Assert.Contains("tab", f.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Single(findings);
        }

        // Audit 102 F102-2: YamlDotNet skips a tab before a document's first key; libyaml and go-yaml refuse it.
        [Theory]
        [InlineData("\tservices:\n  web:\n    privileged: true\n", 1, 1)]
        [InlineData("\t\tservices:\n  web:\n    privileged: true\n", 1, 1)]
        [InlineData(" \tservices:\n  web:\n    privileged: true\n", 1, 2)]
        [InlineData("# c\n\tservices:\n  web:\n    privileged: true\n", 2, 1)]
        [InlineData("services:\n  web:\n    image: x\n---\n\tservices:\n  web:\n    privileged: true\n", 5, 1)]
        [InlineData("\t- a\n", 1, 1)]
        public void Tab_before_the_first_key_of_a_document_is_reported_at_the_tab(string text, int line, int column)
        {
            var findings = Lint(text);
            var f = findings.Single("CTL9001");
            f.At(line, column);
            Assert.Contains("a tab is used for indentation", f.Message);
            Assert.Single(findings);
        }

        // Audit 102 F102-4: go-yaml refuses the file; YamlDotNet read through an ESC or a form feed, and a NUL was reported on
        // another line.
        [Theory]
        [InlineData("services:\n  web:\n    image: x\u001b\n    privileged: true\n", 3, 13, "U+001B")]
        [InlineData("services:\n  web:\n    image: x\f\n    privileged: true\n", 3, 13, "U+000C")]
        [InlineData("services:\n  web:\n    image: x\n\0\n    privileged: true\n", 4, 1, "U+0000")]
        public void Character_YAML_does_not_allow_is_reported_where_it_stands(string text, int line, int column, string code)
        {
            var findings = Lint(text);
            var f = findings.Single("CTL9001");
            f.At(line, column);
            Assert.Contains("the file holds the character " + code + ", which YAML does not allow (Compose refuses the file)", f.Message);
            Assert.Single(findings);
        }

        [Fact]
        public void Characters_YAML_allows_are_read()
        {
            var findings = Lint("services:\n  web:\n    image: x\r\n    labels: [\"caf\u00e9 \u2603 \ud83d\ude00 \ufffd\"]\n    privileged: true\n");
            findings.None("CTL9001");
            findings.Single("CTL1003");
        }

        [Theory]
        [InlineData("services:\t# a comment after a tab\n  web:\n    image: x\n")]
        [InlineData("services:\t{web: {image: x}}\n")]
        [InlineData("  services:\n    web:\n      image: x\n")]
        public void Tab_that_is_not_indentation_before_the_first_key_is_not_reported(string text)
        {
            Assert.DoesNotContain(Lint(text), f => f.Rule.Id == "CTL9001");
        }

        [Fact]
        public void Alias_to_an_anchor_of_an_earlier_document_is_a_parse_error_at_the_alias()
        {
            var findings = Lint(Y("x: &a", "  privileged: true", "services:", "  w:", "    image: x", "---", "services:", "  w:", "    <<: *a"));
            var f = findings.Single("CTL9001");
            f.At(9, 9);
            Assert.Contains("*a", f.Message);
            Assert.Single(findings);
        }

        [Fact]
        public void Duplicate_key_is_reported_at_the_second_key()
        {
            var findings = Lint(Y("services:", "  web:", "    image: a", "    image: b"));
            findings.Single("CTL9001").At(4, 5);
            Assert.Contains("twice", findings[0].Message);
        }

        [Fact]
        public void Duplicate_service_is_reported()
        {
            Lint(Y("services:", "  web:", "    image: a", "  web:", "    image: b")).Single("CTL9001").At(4, 3);
        }

        [Theory]
        [InlineData("    privileged: [1]", 3, 17)]
        [InlineData("    cap_add: 5", 3, 14)]
        [InlineData("    user: {name: root}", 3, 11)]
        [InlineData("    volumes: /data", 3, 14)]
        [InlineData("    read_only: maybe", 3, 16)]
        public void Wrong_type_is_reported_at_the_offending_node(string line, int l, int c)
        {
            Lint(Y("services:", "  web:", line)).Single("CTL9001").At(l, c);
        }

        [Fact]
        public void A_file_with_a_wrong_type_reports_nothing_but_the_parse_error()
        {
            var findings = Lint(Y("services:", "  web:", "    privileged: true", "    user: root", "    cap_add: 5"));
            var f = Assert.Single(findings);
            Assert.Equal("CTL9001", f.Rule.Id);
            f.At(5, 14);
        }

        [Theory]
        [InlineData("- a\n- b\n")]
        [InlineData("just a string\n")]
        [InlineData("name: x\nfoo: bar\n")]
        [InlineData("")]
        [InlineData("# only a comment\n")]
        public void Yaml_that_is_not_a_compose_file_is_reported_at_the_start(string text)
        {
            var f = Assert.Single(Lint(text));
            Assert.Equal("CTL9001", f.Rule.Id);
            f.At(1, 1);
            Assert.Contains("not a Compose file", f.Message);
        }

        [Fact]
        public void Services_that_is_not_a_mapping_is_reported_at_its_value()
        {
            Lint(Y("services:", "  - web")).Single("CTL9001").At(2, 3);
        }

        [Fact]
        public void Billion_laughs_is_refused_quickly()
        {
            var sb = new StringBuilder("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (var i = 1; i < 10; i++)
            {
                var prev = (char)('a' + i - 1);
                var cur = (char)('a' + i);
                sb.Append("x-").Append(cur).Append(": &").Append(cur).Append(" [")
                  .Append(string.Join(", ", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
            }
            sb.Append("services:\n  web:\n    image: x\n    environment: *j\n");
            var watch = Stopwatch.StartNew();
            var findings = Lint(sb.ToString());
            watch.Stop();
            var f = findings.Single("CTL9001");
            Assert.Contains("alias", f.Message);
            // Refused, not expanded (9^10 values would never end): a bound far above the milliseconds it takes, so a busy machine passes.
            Assert.True(watch.ElapsedMilliseconds < 20_000, "took " + watch.ElapsedMilliseconds + " ms");
        }

        [Fact]
        public void Merge_key_bombs_are_refused_too()
        {
            var sb = new StringBuilder("x-a: &a {k0: 1, k1: 2, k2: 3, k3: 4, k4: 5, k5: 6, k6: 7, k7: 8}\n");
            for (var i = 1; i < 10; i++)
            {
                var prev = (char)('a' + i - 1);
                var cur = (char)('a' + i);
                sb.Append("x-").Append(cur).Append(": &").Append(cur).Append(" {<<: [")
                  .Append(string.Join(", ", Enumerable.Repeat("*" + prev, 9))).Append("]}\n");
            }
            sb.Append("services:\n  web:\n    <<: *j\n");
            var watch = Stopwatch.StartNew();
            Lint(sb.ToString()).Single("CTL9001");
            // Refused, not expanded (9^10 values would never end): a bound far above the milliseconds it takes, so a busy machine passes.
            Assert.True(watch.ElapsedMilliseconds < 20_000, "took " + watch.ElapsedMilliseconds + " ms");
        }

        [Fact]
        public void Undefined_alias_is_reported()
        {
            Lint(Y("services:", "  web:", "    user: *nobody")).Single("CTL9001").At(3, 11);
        }

        [Fact]
        public void Deep_nesting_is_refused_without_stack_overflow()
        {
            var depth = 100_000;
            var text = "services:\n  web:\n    x-deep: " + new string('[', depth) + new string(']', depth) + "\n";
            var findings = Lint(text);
            Assert.Contains("deeper", findings.Single("CTL9001").Message);
        }

        [Fact]
        public void Ten_megabyte_file_is_read_in_bounded_time()
        {
            var sb = new StringBuilder("services:\n");
            var i = 0;
            while (sb.Length < 10 * 1024 * 1024)
            {
                sb.Append("  svc").Append(i++).Append(":\n    image: registry.example.com/team/app:1.0\n    user: \"1000\"\n")
                  .Append("    read_only: true\n    cap_drop: [ALL]\n    security_opt: [\"no-new-privileges:true\"]\n")
                  .Append("    volumes:\n      - ./data:/data:ro\n    environment:\n      A: \"1\"\n");
            }
            var watch = Stopwatch.StartNew();
            var findings = Lint(sb.ToString());
            watch.Stop();
            Assert.Empty(findings);
            // A bound that catches reading that grows faster than the file (quadratic would take hours), not a speed
            // figure (the benchmark has those): a few seconds alone, 37 s once on 2 cores beside three other builds.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), "took " + watch.Elapsed);
        }

        [Fact]
        public void Crlf_files_keep_exact_columns()
        {
            var findings = Lint("services:\r\n  web:\r\n    privileged: true\r\n");
            var f = findings.Single("CTL1003");
            f.At(3, 17);
            Assert.Equal(21, f.Span.EndColumn);
            Assert.Equal("services:\r\n  web:\r\n    privileged: ".Length, f.Span.StartOffset);
        }

        [Fact]
        public void Every_document_of_a_file_is_linted()
        {
            // compose-go loads each document of the stream as a layer (audit 3, 4).
            var findings = Lint(Y("services:", "  a:", "    image: nginx", "    privileged: true", "---", "services:", "  b:", "    image: nginx", "    privileged: true"));
            var privileged = findings.Only("CTL1003");
            Assert.Equal(2, privileged.Count);
            privileged[0].At(4, 17);
            privileged[1].At(9, 17);
            findings.None("CTL9001");
        }

        [Fact]
        public void A_later_document_merges_over_an_earlier_one_as_an_override_file_does()
        {
            var findings = Lint(Y("services:", "  web:", "    image: nginx", "    privileged: true", "---", "services:", "  web:", "    privileged: false",
                "    cap_add: [SYS_ADMIN]", "---", "# nothing more", "..."));
            findings.None("CTL1003");
            findings.Single("CTL2001").At(9, 15);
            // Missing settings are reported at the service key of the first document that defines it.
            findings.Single("CTL2003").At(2, 3);
            findings.None("CTL9001");
        }

        [Fact]
        public void Many_documents_merge_in_order_with_resets_and_top_level_volumes_of_each()
        {
            // Four layers: the merged services are built once and merged into (audit 26, R26-7), with the same result as
            // merging each document over a copy of the ones before it.
            var findings = Lint(Y("services:", "  web:", "    image: nginx", "    privileged: true", "    volumes: [proc:/p]",
                "---", "services:", "  web:", "    privileged: !reset null", "    pid: host",
                "---", "volumes:", "  proc:", "    driver_opts: {type: none, o: bind, device: /proc}",
                "---", "services:", "  web:", "    pid: !reset null", "    privileged: true", "  db:", "    image: postgres", "    ipc: host"));
            findings.Single("CTL1003").At(19, 17);
            findings.None("CTL5001");
            findings.Single("CTL5002").At(22, 10);
            findings.Single("CTL3002");
            findings.None("CTL9001");
        }

        [Fact]
        public void Lists_grown_over_many_documents_keep_each_value_once_at_its_last_writing_and_do_not_leak_through_extends()
        {
            // The lists a document merge makes are appended to in place (audit 29: copying them for each document was
            // quadratic); the service that extends one keeps its own additions, and a value written again is reported
            // where it was last written.
            var findings = Lint(Y("services:", "  web:", "    extends: base", "    cap_add: [NET_ADMIN]",
                "  base:", "    image: x", "    cap_add: [SYS_ADMIN]", "    volumes: [\"/proc:/p\"]",
                "---", "services:", "  base:", "    cap_add: [SYS_TIME]", "    volumes: [\"/etc:/p:ro\"]",
                "---", "services:", "  base:", "    cap_add: [SYS_ADMIN]"));
            // web extends base as the first document defines it (compose-go applies extends to each document before merging
            // it: audit 125 C125-8); base itself is merged over all three.
            var sysAdmin = findings.Only("CTL2001").OrderBy(f => f.Span.StartLine).ToList();
            Assert.Equal(2, sysAdmin.Count);
            sysAdmin[0].At(7, 15);
            Assert.Equal(new[] { "web" }, sysAdmin[0].Containers);
            sysAdmin[1].At(17, 15);
            Assert.Equal(new[] { "base" }, sysAdmin[1].Containers);
            var added = findings.Only("CTL2002").OrderBy(f => f.Span.StartLine).ToList();
            Assert.Equal(2, added.Count);
            added[0].At(4, 15);
            Assert.Equal(new[] { "web" }, added[0].Containers);
            added[1].At(12, 15);
            Assert.Equal(new[] { "base" }, added[1].Containers);
            // In base, the later volume for the same target replaces the writable /proc one; web keeps it.
            var writable = findings.Single("CTL3002");
            writable.At(8, 15);
            Assert.Equal(new[] { "web" }, writable.Containers);
            var etc = findings.Single("CTL3003");
            etc.At(13, 15);
            Assert.Equal(new[] { "base" }, etc.Containers);
            findings.None("CTL9001");
        }

        [Fact]
        public void Include_in_a_document_conflicts_with_the_documents_before_it_and_is_customised_by_the_ones_after_it()
        {
            // compose-go loads each document as it loads each -f file: an include conflicts with services of that document
            // and the earlier ones, and the later documents are merged over what it brings in.
            var included = ("infra/compose.yaml", Y("services:", "  cache:", "    image: redis", "    privileged: true"));
            var before = LintProject(("compose.yaml", Y("services:", "  cache:", "    image: redis", "---", "include:", "  - infra/compose.yaml")), included);
            var conflict = before.Findings.Single("CTL9001");
            Assert.EndsWith("infra/compose.yaml", conflict.Span.Path);
            conflict.At(2, 3);
            Assert.Contains("'cache' is also defined by compose.yaml", conflict.Message);

            var after = LintProject(("compose.yaml", Y("include:", "  - infra/compose.yaml", "---", "services:", "  web:", "    image: nginx",
                "---", "services:", "  cache:", "    pid: host")), included);
            after.Findings.None("CTL9001");
            var privileged = after.Findings.Single("CTL1003");
            Assert.EndsWith("infra/compose.yaml", privileged.Span.Path);
            Assert.Equal(new[] { "cache" }, privileged.Containers);
            after.Findings.Single("CTL5001").At(10, 10);
        }

        // Audit 146 F146-2: the empty document a trailing "---" starts ends at the end of the text; the reader threw there, and
        // the whole file went unchecked behind an internal error.
        [Theory]
        [InlineData("---")]
        [InlineData("---\n")]
        [InlineData("--- # end\n")]
        [InlineData("---\n---\n")]
        [InlineData("---\n# end")]
        public void Empty_document_at_the_end_of_the_file_is_read_as_nothing(string end)
        {
            var findings = Lint(Y("services:", "  web:", "    image: nginx", "    privileged: true") + end);
            findings.Single("CTL1003").At(4, 17);
            findings.None("CTL9001");
            Assert.Equal(Lint("").Select(f => f.Rule.Id), Lint(end).Select(f => f.Rule.Id));
        }

        [Fact]
        public void A_later_document_that_is_not_a_mapping_is_reported_where_it_starts()
        {
            var findings = Lint(Y("services:", "  web:", "    image: nginx", "---", "- a", "- b"));
            findings.Single("CTL9001").At(5, 1);
        }
    }
}
