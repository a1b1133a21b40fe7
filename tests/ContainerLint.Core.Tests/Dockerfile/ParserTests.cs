using System.Collections.Generic;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles.Syntax;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    public class ParserTests
    {
        [Fact]
        public void Instructions_have_upper_case_keywords_whatever_the_case_written()
        {
            var doc = ParseClean(Lines("from alpine", "Run echo hi", "uSeR app"));
            Assert.Equal(new[] { "FROM", "RUN", "USER" }, doc.Instructions.Select(i => i.Keyword));
            Assert.Equal("Run", doc.Instructions[1].KeywordText);
        }

        [Fact]
        public void Instruction_span_starts_at_keyword_and_ends_at_last_continuation_line()
        {
            var doc = ParseClean(Lines("FROM alpine", "  RUN apk add \\", "      curl \\", "      git"));
            var run = doc.Instructions[1];
            Assert.Equal((2, 3, 4, 10), (run.Span.StartLine, run.Span.StartColumn, run.Span.EndLine, run.Span.EndColumn));
            Assert.Equal((2, 3, 2, 6), (run.KeywordSpan.StartLine, run.KeywordSpan.StartColumn, run.KeywordSpan.EndLine, run.KeywordSpan.EndColumn));
            Assert.Equal("apk add       curl       git", run.ArgumentsText);
        }

        [Fact]
        public void Comment_and_blank_lines_inside_a_continuation_are_skipped()
        {
            var doc = ParseClean(Lines("FROM alpine", "RUN apk add \\", "# a comment", "", "    curl", "USER app"));
            Assert.Equal(3, doc.Instructions.Count);
            Assert.Equal("apk add     curl", doc.Instructions[1].ArgumentsText);
            Assert.Equal(5, doc.Instructions[1].EndLine);
            var comment = Assert.Single(doc.Comments);
            Assert.Same(doc.Instructions[1], comment.EnclosingInstruction);
        }

        [Fact]
        public void Continuation_escape_may_be_followed_by_blanks()
        {
            var doc = ParseClean("FROM alpine\nRUN a \\  \n b\n");
            Assert.Equal("a  b", doc.Instructions[1].ArgumentsText);
        }

        [Fact]
        public void Continued_instruction_at_end_of_file_ends_there()
        {
            var doc = ParseClean("FROM alpine\nRUN a \\");
            Assert.Equal("a", doc.Instructions[1].ArgumentsText);
        }

        [Fact]
        public void Word_spans_map_back_through_continuations()
        {
            var doc = ParseClean(Lines("FROM alpine", "EXPOSE 80 \\", "   443"));
            var words = doc.Instructions[1].Words;
            Assert.Equal(new[] { "80", "443" }, words.Select(w => w.Text));
            Assert.Equal((3, 4, 3, 7), (words[1].Span.StartLine, words[1].Span.StartColumn, words[1].Span.EndLine, words[1].Span.EndColumn));
            var text = Lines("FROM alpine", "EXPOSE 80 \\", "   443");
            Assert.Equal("443", text.Substring(words[1].Span.StartOffset, words[1].Span.EndOffset - words[1].Span.StartOffset));
        }

        [Fact]
        public void Parser_directives_are_read_at_the_top()
        {
            var doc = ParseClean(Lines("# syntax=docker/dockerfile:1", "# escape=`", "# check=skip=all", "FROM alpine"));
            Assert.Equal(new[] { "syntax", "escape", "check" }, doc.Directives.Select(d => d.Name));
            Assert.Equal('`', doc.EscapeChar);
            Assert.Empty(doc.Comments);
        }

        [Fact]
        public void Directive_after_a_comment_is_an_ordinary_comment()
        {
            var doc = ParseClean(Lines("# hello", "# escape=`", "FROM alpine", "RUN a \\", "  b"));
            Assert.Empty(doc.Directives);
            Assert.Equal('\\', doc.EscapeChar);
            Assert.Equal(2, doc.Comments.Count);
            Assert.Equal("a   b", doc.Instructions[1].ArgumentsText);
        }

        [Fact]
        public void Directive_after_a_blank_line_is_an_ordinary_comment()
        {
            var doc = ParseClean(Lines("", "# escape=`", "FROM alpine"));
            Assert.Empty(doc.Directives);
        }

        [Fact]
        public void Backtick_escape_continues_lines_and_keeps_backslashes()
        {
            var doc = ParseClean(Lines("# escape=`", "FROM mcr.microsoft.com/windows/servercore", "RUN dir C:\\ `", "    && echo done"));
            Assert.Equal("dir C:\\     && echo done", doc.Instructions[1].ArgumentsText);
        }

        [Fact]
        public void Invalid_escape_directive_is_a_parse_error()
        {
            var doc = Parse(Lines("# escape=x", "FROM alpine"));
            Assert.True(doc.HasErrors);
            Assert.Equal(1, doc.Errors[0].Span.StartLine);
        }

        [Fact]
        public void Heredoc_body_is_content_not_instructions_nor_comments()
        {
            var doc = ParseClean(Lines(
                "FROM alpine",
                "RUN <<EOF",
                "# containerlint ignore=CTL1004",
                "USER root",
                "apt-get update",
                "EOF",
                "USER app"));
            Assert.Equal(new[] { "FROM", "RUN", "USER" }, doc.Instructions.Select(i => i.Keyword));
            Assert.Empty(doc.Comments);
            var heredoc = Assert.Single(doc.Instructions[1].Heredocs);
            Assert.Equal("EOF", heredoc.Delimiter);
            Assert.Equal("# containerlint ignore=CTL1004\nUSER root\napt-get update\n", heredoc.Body.Text);
            Assert.Equal(6, doc.Instructions[1].EndLine);
        }

        [Fact]
        public void Several_heredocs_in_one_instruction_are_read_in_order()
        {
            var doc = ParseClean(Lines(
                "FROM alpine",
                "COPY <<FILE1 <<FILE2 /dest/",
                "one",
                "FILE1",
                "two",
                "FILE2",
                "USER app"));
            var heredocs = doc.Instructions[1].Heredocs;
            Assert.Equal(new[] { "FILE1", "FILE2" }, heredocs.Select(h => h.Delimiter));
            Assert.Equal("one\n", heredocs[0].Body.Text);
            Assert.Equal("two\n", heredocs[1].Body.Text);
            Assert.Equal(6, doc.Instructions[1].EndLine);
            Assert.Equal("USER", doc.Instructions[2].Keyword);
        }

        [Fact]
        public void Dash_heredoc_strips_leading_tabs_from_body_and_terminator()
        {
            var doc = ParseClean("FROM alpine\nRUN <<-EOT\n\techo hi\n\t\techo there\n\tEOT\nUSER app\n");
            var heredoc = Assert.Single(doc.Instructions[1].Heredocs);
            Assert.True(heredoc.StripTabs);
            Assert.Equal("echo hi\necho there\n", heredoc.Body.Text);
            Assert.Equal("USER", doc.Instructions[2].Keyword);
        }

        [Fact]
        public void Heredoc_without_dash_needs_the_terminator_at_column_one()
        {
            var doc = Parse("FROM alpine\nRUN <<EOT\necho hi\n\tEOT\n");
            Assert.True(doc.HasErrors);
            Assert.Contains("unterminated heredoc", doc.Errors[0].Message);
        }

        [Theory]
        [InlineData("<<\"EOF\"")]
        [InlineData("<<'EOF'")]
        public void Quoted_heredoc_delimiters_are_unquoted_and_marked(string marker)
        {
            var doc = ParseClean("FROM alpine\nRUN " + marker + "\necho $HOME\nEOF\n");
            var heredoc = Assert.Single(doc.Instructions[1].Heredocs);
            Assert.Equal("EOF", heredoc.Delimiter);
            Assert.True(heredoc.IsQuoted);
        }

        [Fact]
        public void Heredoc_after_a_command_and_with_file_descriptor_is_recognised()
        {
            var doc = ParseClean("FROM alpine\nRUN cat 3<<EOF > /x\nhello\nEOF\n");
            var heredoc = Assert.Single(doc.Instructions[1].Heredocs);
            Assert.Equal(3, heredoc.FileDescriptor);
        }

        [Fact]
        public void Heredoc_body_starts_after_the_continued_instruction_line()
        {
            var doc = ParseClean(Lines("FROM alpine", "RUN <<EOF \\", "  bash", "echo hi", "EOF"));
            Assert.Equal("echo hi\n", doc.Instructions[1].Heredocs[0].Body.Text);
        }

        [Fact]
        public void Heredoc_marker_in_cmd_is_not_a_heredoc()
        {
            var doc = ParseClean(Lines("FROM alpine", "CMD cat <<EOF", "USER app"));
            Assert.Empty(doc.Instructions[1].Heredocs);
            Assert.Equal(3, doc.Instructions.Count);
        }

        [Fact]
        public void Json_form_gives_decoded_strings_with_literal_spans()
        {
            var text = Lines("FROM alpine", "CMD [\"echo\", \"a \\\"b\\\"\", \"\\u0041\"]");
            var doc = ParseClean(text);
            var cmd = doc.Instructions[1];
            Assert.True(cmd.IsJsonForm);
            Assert.Equal(new[] { "echo", "a \"b\"", "A" }, cmd.JsonArguments!.Select(a => a.Text));
            var first = cmd.JsonArguments![0].Span;
            Assert.Equal("\"echo\"", text.Substring(first.StartOffset, first.EndOffset - first.StartOffset));
        }

        [Theory]
        [InlineData("RUN [\"a\", \"b\"")]
        [InlineData("RUN [not json]")]
        [InlineData("RUN [\"a\", 1]")]
        public void Invalid_json_falls_back_to_shell_form_where_json_is_optional(string line)
        {
            var doc = ParseClean(Lines("FROM alpine", line));
            Assert.False(doc.Instructions[1].IsJsonForm);
        }

        [Fact]
        public void Flags_are_read_before_the_arguments()
        {
            var doc = ParseClean(Lines("FROM --platform=$BUILDPLATFORM golang:1.22 AS build",
                "RUN --mount=type=cache,target=/root/.cache --network=none go build",
                "COPY --chown=app:app --from=build /src /dst"));
            Assert.Equal("platform", doc.Instructions[0].Flags[0].Name);
            Assert.Equal("$BUILDPLATFORM", doc.Instructions[0].Flags[0].Value);
            Assert.Equal(new[] { "golang:1.22", "AS", "build" }, doc.Instructions[0].Words.Select(w => w.Text));
            Assert.Equal(new[] { "mount", "network" }, doc.Instructions[1].Flags.Select(f => f.Name));
            Assert.Equal("go build", doc.Instructions[1].ArgumentsText);
            Assert.Equal("app:app", doc.Instructions[2].FindFlag("chown")!.Value);
        }

        [Fact]
        public void Onbuild_carries_a_sub_instruction()
        {
            var doc = ParseClean(Lines("FROM alpine", "ONBUILD RUN echo hi", "onbuild copy . /app"));
            Assert.Equal("RUN", doc.Instructions[1].SubInstruction!.Keyword);
            Assert.Equal("echo hi", doc.Instructions[1].SubInstruction!.ArgumentsText);
            Assert.Equal("COPY", doc.Instructions[2].SubInstruction!.Keyword);
        }

        [Fact]
        public void Onbuild_run_can_have_a_heredoc()
        {
            var doc = ParseClean(Lines("FROM alpine", "ONBUILD RUN <<EOF", "FROM evil", "EOF", "USER app"));
            Assert.Equal(3, doc.Instructions.Count);
            Assert.Single(doc.Instructions[1].SubInstruction!.Heredocs);
        }

        [Fact]
        public void Words_keep_quotes_and_group_quoted_blanks()
        {
            var doc = ParseClean(Lines("FROM alpine", "ENV A=\"x y\" B='z w' C=plain\\ space"));
            Assert.Equal(new[] { "A=\"x y\"", "B='z w'", "C=plain\\ space" }, doc.Instructions[1].Words.Select(w => w.Text));
        }

        [Fact]
        public void Hash_after_an_instruction_is_an_argument_not_a_comment()
        {
            var doc = ParseClean(Lines("FROM alpine", "EXPOSE 80 # web"));
            Assert.Equal(new[] { "80", "#", "web" }, doc.Instructions[1].Words.Select(w => w.Text));
            Assert.Empty(doc.Comments);
        }

        [Fact]
        public void Crlf_line_endings_are_handled()
        {
            var text = "FROM alpine\r\nRUN a \\\r\n  b\r\nUSER app\r\n";
            var doc = ParseClean(text);
            Assert.Equal("a   b", doc.Instructions[1].ArgumentsText);
            var user = doc.Instructions[2];
            Assert.Equal((4, 1, 4, 9), (user.Span.StartLine, user.Span.StartColumn, user.Span.EndLine, user.Span.EndColumn));
            Assert.Equal("app", text.Substring(user.ArgumentsSpan.StartOffset, user.ArgumentsSpan.EndOffset - user.ArgumentsSpan.StartOffset));
        }

        [Fact]
        public void Crlf_heredoc_bodies_use_newlines()
        {
            var doc = ParseClean("FROM alpine\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n");
            Assert.Equal("echo hi\n", doc.Instructions[1].Heredocs[0].Body.Text);
        }

        [Fact]
        public void Byte_order_mark_is_not_counted_in_columns()
        {
            var doc = ParseClean("\uFEFFFROM alpine\nUSER root\n");
            var from = doc.Instructions[0];
            Assert.Equal((1, 1), (from.Span.StartLine, from.Span.StartColumn));
            Assert.Equal(1, from.Span.StartOffset);
        }

        [Fact]
        public void Byte_order_mark_before_a_directive_is_skipped()
        {
            var doc = ParseClean("\uFEFF# escape=`\nFROM alpine\n");
            Assert.Equal('`', doc.EscapeChar);
        }

        [Fact]
        public void Columns_count_characters_not_bytes()
        {
            var doc = ParseClean("FROM alpine\nLABEL x=\"é\" y=1\n");
            var y = doc.Instructions[1].Words[1];
            Assert.Equal(13, y.Span.StartColumn); // "é" is one character
        }

        [Fact]
        public void Comment_lines_are_collected_with_their_positions()
        {
            var doc = ParseClean(Lines("FROM alpine", "   # indented comment", "USER app"));
            var comment = Assert.Single(doc.Comments);
            Assert.Equal("# indented comment", comment.Text);
            Assert.Equal((2, 4), (comment.Span.StartLine, comment.Span.StartColumn));
        }

        [Fact]
        public void Insertion_offset_of_an_instruction_is_above_its_comment_block()
        {
            var text = Lines("FROM alpine", "", "# start", "# the app", "CMD run");
            var doc = ParseClean(text);
            Assert.Equal(text.IndexOf("# start", System.StringComparison.Ordinal), doc.Instructions[1].InsertionOffset);
        }

        [Fact]
        public void Duplicate_directive_is_a_parse_error()
        {
            var doc = Parse(Lines("# escape=`", "# escape=\\", "FROM alpine"));
            Assert.True(doc.HasErrors);
            Assert.Equal(2, doc.Errors[0].Span.StartLine);
        }

        [Fact]
        public void Unknown_directive_name_is_a_comment_and_ends_the_directives()
        {
            var doc = ParseClean(Lines("# foo=bar", "# escape=`", "FROM alpine"));
            Assert.Empty(doc.Directives);
            Assert.Equal(2, doc.Comments.Count);
        }

        [Fact]
        public void From_stage_reference_is_case_insensitive()
        {
            var image = Image(Lines("FROM alpine AS Base", "USER app", "FROM base"));
            Assert.Same(image.Stages[0], image.FinalStage.Parent);
        }

        // BuildKit reads lines with bufio.ScanLines: a line ends at \n only, a \r before it dropped, and a byte order mark is
        // taken off the first line only (audit 102 F102-5: a lone \r ended a line here, and a BOM was a blank anywhere).
        [Fact]
        public void Lone_carriage_return_ends_no_line_as_in_BuildKit()
        {
            var doc = ParseClean("FROM alpine\r\nUSER app\r\nRUN make\rUSER root\r\n");
            Assert.Equal(new[] { "FROM", "USER", "RUN" }, doc.Instructions.Select(i => i.Keyword));
            Assert.Equal(3, doc.Instructions[2].StartLine);
            Assert.Empty(FindingsOf("FROM alpine\nUSER app\nRUN make\rUSER root\n", RuleIds.RunsAsRoot));
            Assert.Contains(Lint("FROM alpine\rUSER root\r"), f => f.Rule.Id == RuleIds.ParseError);
        }

        // BuildKit's trimNewline drops every \r at a line's end (audit 107 A107-1: \r\r\n, what a CRLF conversion made twice
        // leaves, hid a continuation and a heredoc's end, and the file's findings went with a false CTL9001).
        [Theory]
        [InlineData("FROM alpine\nUSER app\nRUN echo \\\r\r\n  && sudo make\n", RuleIds.SudoInBuild)]
        [InlineData("FROM alpine\nRUN <<EOF\necho\nEOF\r\r\nUSER root\n", RuleIds.RunsAsRoot)]
        [InlineData("FROM alpine\nRUN <<-EOF\necho\n\tEOF\r\r\nUSER root\n", RuleIds.RunsAsRoot)]
        [InlineData("FROM alpine\nUSER root\nRUN <<EOF\necho\nEOF\r\r", RuleIds.RunsAsRoot)]
        public void Every_carriage_return_before_a_line_end_is_dropped_as_in_BuildKit(string dockerfile, string rule)
        {
            ParseClean(dockerfile);
            Assert.Single(FindingsOf(dockerfile, rule));
        }

        // Audit 108 B108-5, audit 110 D110-1/D110-2: each stage took a copy of the variables of the one it is built on, and a
        // chain of thousands ran out of memory; past 128 stages a stage takes none of them (unknown, not unset), and nothing
        // else changes: no CTL9001, the user still the chain's, the stages off the chain linted as usual.
        [Theory]
        [InlineData("S{0}")]
        [InlineData("${{P}}{0}")]
        public void Chain_of_stages_past_128_takes_no_variables_and_keeps_every_other_finding(string from)
        {
            static string Chain(int stages, string from)
            {
                var lines = new List<string> { "ARG P=s", "FROM alpine AS s0", "ENV U=root", "USER root" };
                for (var i = 1; i < stages; i++) lines.AddRange(new[] { "FROM " + string.Format(System.Globalization.CultureInfo.InvariantCulture, from, i - 1) + $" AS s{i}", $"ENV E{i}=v" });
                lines.Add("RUN sudo make");
                lines.AddRange(new[] { "FROM alpine AS final", "COPY --from=s1 /x /x", "RUN sudo ls", "USER ${U:-app}" });
                return string.Join("\n", lines) + "\n";
            }

            var near = Image(Chain(129, from), target: "s128");
            Assert.Equal("root", near.Stages[128].User!.Value);
            var text = Chain(2000, from);
            var findings = Lint(text);
            Assert.DoesNotContain(findings, f => f.Rule.Id == RuleIds.ParseError);
            // The final stage, off the chain: its sudo and its user (U has no value there: app).
            Assert.Contains(findings, f => f.Rule.Id == RuleIds.SudoInBuild && f.Span.StartLine == 2 * 2000 + 6);
            Assert.DoesNotContain(findings, f => f.Rule.Id == RuleIds.RunsAsRoot && f.Span.StartLine == 2 * 2000 + 7);
            // The last stage of the chain still runs as the chain's user, root.
            var last = Image(text, target: "s1999");
            Assert.Equal("root", last.Stages[1999].User!.Value);
        }

        [Fact]
        public void Byte_order_mark_after_the_start_of_the_file_starts_a_word()
        {
            Assert.Empty(ParseClean("\uFEFFFROM alpine\nUSER app\n").Errors);
            var findings = Lint("FROM alpine\nUSER app\n\uFEFFUSER root\n");
            Assert.Contains(findings, f => f.Rule.Id == RuleIds.ParseError);
            Assert.DoesNotContain(findings, f => f.Rule.Id == RuleIds.RunsAsRoot);
        }
    }
}
