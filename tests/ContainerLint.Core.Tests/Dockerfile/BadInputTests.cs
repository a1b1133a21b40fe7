using System;
using System.Linq;
using System.Text;
using ContainerLint.Catalog;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    public class BadInputTests
    {
        private static void AssertOnlyParseError(string text, int line, int column, string messagePart)
        {
            var findings = Lint(text);
            var finding = Assert.Single(findings);
            Assert.Equal(RuleIds.ParseError, finding.Rule.Id);
            Assert.Equal((line, column), (finding.Span.StartLine, finding.Span.StartColumn));
            Assert.Contains(messagePart, finding.Evidence, StringComparison.OrdinalIgnoreCase);
        }

        [Theory]
        [InlineData("")]
        [InlineData("\n\n   \n")]
        [InlineData("# only a comment\n")]
        [InlineData("# syntax=docker/dockerfile:1\n")]
        public void File_with_no_instructions_is_a_parse_error_at_the_start(string text) =>
            AssertOnlyParseError(text, 1, 1, "no instructions");

        [Fact]
        public void Variable_that_doubles_on_each_ENV_stops_being_known_rather_than_filling_the_memory()
        {
            // Forty doublings would be a terabyte: the value becomes unknown past VariableExpander.MaxLength, so the user
            // it names is one the linter cannot read (CTL9002 says so), not root.
            var text = "FROM alpine:3.20\nENV A=x\n" + string.Concat(Enumerable.Repeat("ENV A=${A}${A}\n", 40)) + "USER ${A}\n";

            var findings = Lint(text);

            Assert.DoesNotContain(findings, f => f.Rule.Id == RuleIds.ParseError || f.Rule.Id == "CTL1001" || f.Rule.Id == "CTL1002");
            Assert.Contains(findings, f => f.Rule.Id == "CTL9002" && f.Span.StartLine == 43);
        }

        [Fact]
        public void Defaults_nested_thousands_deep_are_unknown_past_the_nesting_limit_not_a_stack_overflow()
        {
            // Audit 33: eleven thousand nested ${U:-...} overflowed the build's stack (no handler catches that).
            // On continued lines: BuildKit refuses a line over 64 KiB (audit 139 F139-1), not an instruction that long.
            static string Nested(int depth) => string.Join("\\\n", Enumerable.Range(0, (depth + 999) / 1000).Select(k => string.Concat(Enumerable.Repeat("${U:-", Math.Min(1000, depth - k * 1000)))))
                + "root" + string.Join("\\\n", Enumerable.Range(0, (depth + 999) / 1000).Select(k => new string('}', Math.Min(1000, depth - k * 1000))));

            var deep = Lint("FROM alpine:3.20\nUSER " + Nested(20_000) + "\n");
            Assert.DoesNotContain(deep, f => f.Rule.Id == RuleIds.ParseError || f.Rule.Id == "CTL1001");
            Assert.Contains(deep, f => f.Rule.Id == "CTL9002" && f.Span.StartLine == 2);

            var within = Lint("FROM alpine:3.20\nUSER " + Nested(100) + "\n");
            Assert.Contains(within, f => f.Rule.Id == "CTL1001");
        }

        [Fact]
        public void Variables_that_copy_one_long_value_many_times_stop_being_known_past_the_files_budget()
        {
            // Each copy is under VariableExpander.MaxLength, but 200 of 60,000 characters are more than the file's
            // ExpansionBudget (audit 29: twenty thousand of them took 3.6 GB): the last ones are unknown.
            var value = new string('a', 60_000);
            var copies = string.Join(" ", Enumerable.Range(0, 200).Select(i => "C" + i + "=${B}"));
            var text = "FROM alpine:3.20\nENV B=" + value + "\nENV " + copies + "\nUSER ${C0}\nUSER ${C199}\n";

            var findings = Lint(text);

            Assert.DoesNotContain(findings, f => f.Rule.Id == RuleIds.ParseError);
            Assert.Contains(findings, f => f.Rule.Id == "CTL9002" && f.Span.StartLine == 5);
            Assert.DoesNotContain(findings, f => f.Rule.Id == "CTL9002" && f.Span.StartLine == 4);
        }

        // Audit 139 F139-1: BuildKit reads lines with a 64 KiB scanner and refuses a longer one, a base64 blob in a LABEL or
        // a RUN echo as much as anything: the file cannot be built, so its findings (here root, sudo) are not reported.
        [Theory]
        [InlineData("LABEL blob=", 65525, 'a', 2)]            // 11 + 65,525 = 65,536 bytes
        [InlineData("RUN sudo echo ", 65522, 'a', 2)]
        [InlineData("# ", 65534, 'a', 2)]                     // a comment line too
        [InlineData("LABEL t=", 21843, '\u00e9', 2)]            // 8 + 2 x 21,843 = 43,694 bytes: fine...
        [InlineData("LABEL t=", 21843, '\u20ac', 2)]            // ... 8 + 3 x 21,843 = 65,537 bytes: refused
        public void Line_longer_than_BuildKit_reads_is_a_parse_error_at_it_and_nothing_else(string start, int count, char c, int line)
        {
            var text = "FROM alpine\n" + start + new string(c, count) + "\r\nUSER root\n";
            if (Encoding.UTF8.GetByteCount(start + new string(c, count) + "\r") <= 65535)
                Assert.DoesNotContain(Lint(text), f => f.Rule.Id == RuleIds.ParseError);
            else
            {
                AssertOnlyParseError(text, line, 1, "more than 65535 bytes");
                // It ends with the line, before its CR (audit 146 F146-3).
                var error = Lint(text).Single(f => f.Rule.Id == RuleIds.ParseError);
                Assert.Equal((line, start.Length + count + 1), (error.Span.EndLine, error.Span.EndColumn));
            }
        }

        // Audit 139 F139-4: BuildKit refuses an EXPOSE word that is no port (dockerfile2llb's dispatchExpose), so a '#' after
        // EXPOSE is no comment but a port it refuses.
        [Theory]
        [InlineData("FROM alpine\nEXPOSE abc\nUSER root\n", "'abc' is no port number")]
        [InlineData("FROM alpine\nEXPOSE 22 # ssh for debugging\nUSER root\n", "EXPOSE '#'")]
        // Audit 151 D151-3: a suppression comment at the end of an EXPOSE line; the message says where it goes.
        [InlineData("FROM alpine\nEXPOSE 22 # containerlint ignore=CTL1006 sftp\nUSER root\n", "a containerlint comment goes on its own line above the instruction")]
        [InlineData("FROM alpine\nEXPOSE 8080/http\nUSER root\n", "'http' is no protocol")]
        [InlineData("FROM alpine\nEXPOSE 70000\nUSER root\n", "out of range")]
        [InlineData("FROM alpine\nARG P=\"80 web\"\nEXPOSE $P\nUSER root\n", "'web' is no port number")]
        [InlineData("FROM alpine AS base\nEXPOSE 80:\nFROM base\nUSER root\n", "no port")]
        // Audit 141 Q141-5: a host port or IP that is none, a range without an end or ending before it starts.
        [InlineData("FROM alpine\nEXPOSE abc:80\nUSER root\n", "host 'abc' is no port number")]
        [InlineData("FROM alpine\nEXPOSE abc:80:80\nUSER root\n", "'abc' is no IP address")]
        [InlineData("FROM alpine\nEXPOSE 80-\nUSER root\n", "'80-' is no port range")]
        [InlineData("FROM alpine\nEXPOSE 90-80\nUSER root\n", "'90-80' ends before it starts")]
        public void Expose_word_BuildKit_refuses_is_a_parse_error_at_its_instruction_and_nothing_else(string text, string message)
        {
            var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("EXPOSE", StringComparison.Ordinal)) + 1;
            AssertOnlyParseError(text, line, 1, message);
        }

        [Theory]
        [InlineData("FROM alpine\nEXPOSE 80 443/tcp 53/udp 9000/SCTP 8000-8010 0022 80:8080 127.0.0.1:80:80 [::1]:80:80 :80 +22 22/ 80-80\nUSER root\n")]
        // Audit 141 Q141-1: BuildKit splits a value on any Unicode space (a no-break space here).
        [InlineData("FROM alpine\nARG P=\"80\u00a0443\u3000 53\"\nEXPOSE $P\nUSER root\n")]
        [InlineData("FROM alpine\nEXPOSE $PORT ${OTHER:-80}\nUSER root\n")]
        [InlineData("FROM alpine AS tools\nEXPOSE ssh\nFROM alpine\nCOPY --from=tools /x /x\nUSER root\n")]
        public void Expose_words_BuildKit_takes_or_does_not_run_are_read(string text) =>
            Assert.DoesNotContain(Lint(text), f => f.Rule.Id == RuleIds.ParseError);

        [Fact]
        public void Line_whose_undecodable_bytes_keep_it_under_the_limit_is_read()
        {
            // Audit 140 R140-4: 8,000 Latin-1 bytes read as U+FFFD are 8,000 bytes to BuildKit, not 24,000.
            var text = "FROM alpine\nLABEL x=\"" + new string('a', 50_000) + new string('\uFFFD', 8_000) + "\"\nUSER root\n";
            Assert.Contains(Lint(text), f => f.Rule.Id == "CTL1001");
        }

        [Fact]
        public void Line_of_exactly_65535_bytes_is_read()
        {
            var text = "FROM alpine\nLABEL blob=" + new string('a', 65535 - 11) + "\nUSER root\n";
            Assert.Contains(Lint(text), f => f.Rule.Id == "CTL1001");
        }

        [Fact]
        public void Binary_garbage_with_nul_bytes_is_a_parse_error()
        {
            var bytes = new byte[512];
            new Random(42).NextBytes(bytes);
            bytes[10] = 0;
            AssertOnlyParseError(Encoding.Latin1.GetString(bytes), 1, 1, "binary");
        }

        [Fact]
        public void Mostly_control_characters_is_a_parse_error()
        {
            var text = new string(Enumerable.Range(0, 400).Select(i => (char)(1 + (i % 8))).ToArray());
            AssertOnlyParseError(text, 1, 1, "binary");
        }

        [Fact]
        public void Unterminated_heredoc_is_reported_at_its_marker_and_nothing_else()
        {
            AssertOnlyParseError(Lines("FROM alpine", "USER root", "RUN <<EOF", "echo hi"), 3, 5, "unterminated heredoc");
        }

        [Fact]
        public void Unterminated_json_where_json_is_required_is_a_parse_error()
        {
            AssertOnlyParseError(Lines("FROM alpine", "SHELL [\"/bin/bash\", \"-c\""), 2, 7, "JSON");
        }

        // Audit 69 V69-4: BuildKit's parser reads USER's arguments as one string (parseString), blanks, quotes and all: the
        // build takes the user "root root", which no image has (the container does not start), so nothing runs as root.
        [Theory]
        [InlineData("FROM alpine:3.20\nUSER root root")]
        [InlineData("FROM alpine\nUSER root\troot\n")]
        [InlineData("FROM alpine\nUSER \"app user\"\n")]
        [InlineData("FROM alpine\nUSER app \\\n  root\n")]
        [InlineData("FROM alpine\nUSER 0 0 0\n")]
        [InlineData("FROM alpine AS base\nONBUILD USER app root\nFROM base\nRUN id\n")]
        public void User_with_blanks_is_one_user_name_as_BuildKit_reads_it(string text)
        {
            var findings = Lint(text);
            Assert.DoesNotContain(findings, f => f.Rule.Id == RuleIds.ParseError);
            Assert.DoesNotContain(findings, f => f.Rule.Id == RuleIds.RunsAsRoot);
        }

        // Audit 61 Y2: BuildKit's lexer stops the build on these substitutions; the linter read them as values.
        [Theory]
        [InlineData("FROM alpine\nUSER ${U:-root\n", 2, 6, "no closing '}'")]
        [InlineData("FROM alpine\nUSER ${U\n", 2, 6, "no closing '}'")]
        [InlineData("FROM alpine\nUSER ${}\n", 2, 6, "names no variable")]
        [InlineData("FROM alpine\nARG U=root\nUSER ${U:x}\n", 3, 6, "unsupported modifier 'x'")]
        [InlineData("FROM alpine\nARG U=root\nUSER ${U!}\n", 3, 6, "unsupported modifier '!'")]
        [InlineData("FROM alpine\nENV A=${B:-${C:-x}\nUSER root\n", 2, 7, "no closing '}'")]
        [InlineData("FROM alpine\nWORKDIR /app/${:-x}\nUSER root\n", 2, 14, "names no variable")]
        [InlineData("FROM ${BASE:-alpine\n", 1, 6, "no closing '}'")]
        [InlineData("# escape=`\nFROM alpine\nCOPY a ${D:+x\n", 3, 8, "no closing '}'")]
        [InlineData("FROM alpine\nWORKDIR ${HOME:-/home/app user\n", 2, 9, "no closing '}'")]
        [InlineData("FROM alpine\nENV A ${B:#x}\nUSER root\n", 2, 7, "unsupported modifier '#'")]
        [InlineData("ARG BASE=${REG:-docker.io\nFROM alpine AS debug\nFROM alpine\nUSER root\n", 1, 10, "no closing '}'")]
        [InlineData("FROM alpine AS base\nUSER ${U:x}\nFROM base\nUSER root\n", 2, 6, "unsupported modifier 'x'")]
        [InlineData("FROM ${REG:-docker.io/alpine AS debug\nFROM alpine\nUSER root\n", 1, 6, "no closing '}'")]
        // Audit 83 F83-3: a replacement without its second '/' (lex.go: "missing '/' in ${}"), the pattern running to a '/'.
        [InlineData("FROM alpine\nENV X=root\nUSER ${X/}\n", 3, 6, "no '/' between its pattern and its replacement")]
        [InlineData("FROM alpine\nENV X=root\nUSER ${X//}\n", 3, 6, "no '/' between its pattern and its replacement")]
        [InlineData("FROM alpine\nENV X=xroot\nUSER ${X/x}\n", 3, 6, "no '/' between its pattern and its replacement")]
        [InlineData("FROM alpine\nARG M=x4755\nCOPY --chmod=${M/x} a /a\nUSER app\n", 3, 14, "no '/' between its pattern and its replacement")]
        // F83-2: an escape a pattern refuses (convertShellPatternToRegex: only \*, \?, \\; \} and \/ are dropped).
        [InlineData("FROM alpine\nENV X=.root\nUSER ${X#\\.}\n", 3, 6, "invalid escape '\\.'")]
        [InlineData("FROM alpine\nENV X=root$\nUSER ${X%\\$}\n", 3, 6, "invalid escape '\\$'")]
        [InlineData("FROM alpine\nARG M=4755\nCOPY --chmod=${M#\\.} a /a\nUSER app\n", 3, 14, "invalid escape '\\.'")]
        [InlineData("FROM alpine\nENV X=a.b\nUSER ${X/\\./}\n", 3, 6, "invalid escape '\\.'")]
        [InlineData("# escape=`\nFROM alpine\nENV X=a}b\nUSER ${X#a\\}b}\n", 4, 6, "ends in a backslash")]
        // Audit 91 K91-4: in single quotes a backslash is kept as written; in double quotes one before '"' or '$' too.
        [InlineData("FROM alpine\nENV X=.root\nUSER ${X#'\\.'}\n", 3, 6, "invalid escape '\\.'")]
        [InlineData("FROM alpine\nENV X=.root\nUSER ${X#\"\\$\"}\n", 3, 6, "invalid escape '\\$'")]
        [InlineData("FROM alpine\nCOPY --chown=${O#\\.} --chmod=${M/x} [\"a\", \"/${D\"]\nUSER app\n", 2, 14, "invalid escape '\\.'")]
        [InlineData("FROM alpine\nCOPY --chmod=${M/x} a /${D\nUSER app\n", 2, 14, "no '/' between its pattern and its replacement")]
        [InlineData("FROM alpine AS base\nONBUILD COPY --chown=${O#\\.} a /a\nFROM base\nUSER app\n", 2, 22, "invalid escape")]
        public void Substitution_BuildKit_refuses_is_a_parse_error_at_it_and_nothing_else(string text, int line, int column, string message) =>
            AssertOnlyParseError(text, line, column, message);

        [Theory]
        [InlineData("FROM alpine\nUSER ${U:-root}\n")]
        [InlineData("FROM alpine\nUSER ${U-root}\n")]
        [InlineData("FROM alpine\nENV A=${B:+${C:-root}}\nUSER root\n")]
        [InlineData("FROM alpine\nENV A=${B#x} C=${B%%y} D=${B/x/y} E=${B:?need_it}\nUSER root\n")]
        [InlineData("FROM alpine\nENV A=${B#a\\*} C=${B%\\?} D=${B/\\//-} E=${B//a\\}/b} F=${B##\\\\} G=${B///x} H=${B/a/} I=${B/a/b\\.c}\nUSER root\n")]
        [InlineData("FROM alpine\nENV A=${B/x}/y}\nUSER root\n")]
        // Audit 91 K91-3: in double quotes a backslash before another character is kept and doubled: a literal backslash.
        [InlineData("FROM alpine\nENV A=${F%\"\\.tar.gz\"} B=${X#\"\\.\"} C=${X/\"a\\b\"/c} D=${X#\"}\"}\nUSER root\n")]
        [InlineData("ARG V=${F%\"\\.tar.gz\"}\nFROM alpine\nCOPY --chown=${O#\"\\.\"} a /a\nEXPOSE ${P#\"\\.\"}\nUSER root\n")]
        [InlineData("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV P=C:\\app Q=${P#C:\\\\}\nWORKDIR C:\\app\nUSER root\n")]
        [InlineData("FROM alpine\nRUN echo ${U/x}\nONBUILD USER ${X#\\.}\nUSER root\n")]
        [InlineData("FROM alpine\nENV A='${not expanded' B=\\${B\nUSER root\n")]
        [InlineData("FROM alpine\nRUN echo ${U:x} ${\nUSER root\n")]
        [InlineData("FROM alpine\nONBUILD USER ${U:x}\nUSER root\n")]
        [InlineData("FROM alpine\nENV A=$ B=$1 C=$$\nUSER root\n")]
        // Audit 63 W1: BuildKit takes these arguments as one string, blanks and all; W3: $$ is the variable $, then a brace.
        [InlineData("FROM alpine\nENV JAVA_OPTS ${JAVA_OPTS:--Xmx512m -Xms256m}\nUSER root\n")]
        [InlineData("FROM alpine\nLABEL maintainer ${AUTHOR:-Jane Doe <jane@example.com>}\nUSER root\n")]
        [InlineData("FROM alpine\nWORKDIR ${HOME:-/home/app user}\nUSER root\n")]
        // Audit 65 U1: a blank inside a substitution does not split USER's argument.
        [InlineData("FROM alpine\nUSER ${U:-app user}\nUSER root\n")]
        [InlineData("FROM alpine\nUSER ${U:-app}:${G:-app group}\nUSER root\n")]
        [InlineData("FROM alpine\nSTOPSIGNAL ${SIG:-SIG TERM}\nUSER root\n")]
        [InlineData("FROM alpine\nLABEL a=\"$${\" b=$$$${\nUSER root\n")]
        // Audit 65 U5: $$ is the special parameter $, which no ARG or ENV sets, then a brace: VOLUME /d{ (nothing unresolved).
        [InlineData("FROM alpine\nVOLUME /d$${ /e$$$${\nUSER root\n")]
        // Audit 69 V69-3: braced special parameters, which nothing sets (the default applies).
        [InlineData("FROM alpine\nUSER ${@:-root}\n")]
        [InlineData("FROM alpine\nUSER ${?:-root}\n")]
        [InlineData("FROM alpine\nUSER ${$}root\n")]
        // Audit 63 W2: a stage the build does not reach is not expanded.
        [InlineData("FROM alpine AS debug\nUSER ${U:x}\nFROM alpine\nUSER root\n")]
        public void Substitution_BuildKit_takes_or_does_not_expand_is_read(string text) =>
            Assert.Equal("CTL1001", Assert.Single(Lint(text)).Rule.Id);

        // Audit 61 Y3: a flag that takes a value without '=', and ENV or LABEL without values, stop the build too.
        [Theory]
        [InlineData("FROM alpine\nRUN --security insecure make\nUSER root\n", 2, 5, "--security takes a value")]
        [InlineData("FROM alpine\nRUN --network host make\nUSER root\n", 2, 5, "--network takes a value")]
        [InlineData("FROM alpine\nCOPY --from builder /a /a\nUSER root\n", 2, 6, "--from takes a value")]
        [InlineData("FROM alpine\nENV A\nUSER root\n", 2, 5, "ENV needs a value")]
        [InlineData("FROM alpine\nHEALTHCHECK --interval 30s CMD true\nUSER root\n", 2, 13, "--interval takes a value")]
        [InlineData("FROM alpine\nENV A=1 B\nUSER root\n", 2, 9, "'B' is not NAME=value")]
        [InlineData("FROM alpine\nLABEL maintainer\nUSER root\n", 2, 7, "LABEL needs a value")]
        // Audit 125 C125-10: a stage name BuildKit refuses.
        [InlineData("FROM alpine AS 1st\nUSER root\n", 1, 16, "'1st' is not a stage name")]
        [InlineData("FROM alpine AS my@stage\nUSER root\n", 1, 16, "'my@stage' is not a stage name")]
        [InlineData("FROM alpine AS ${NAME}\nUSER root\n", 1, 16, "'${NAME}' is not a stage name")]
        public void Instruction_whose_arguments_BuildKit_refuses_is_a_parse_error_at_them_and_nothing_else(string text, int line, int column, string message) =>
            AssertOnlyParseError(text, line, column, message);

        [Theory]
        [InlineData("FROM alpine\nCOPY --link a /a\nUSER root\n")]
        [InlineData("FROM alpine\nHEALTHCHECK --interval=30s --retries=3 CMD true\nUSER root\n")]
        [InlineData("FROM alpine\nENV A 1 2\nUSER root\n")]
        [InlineData("FROM alpine\nENV A=\"x y\" B=1\nUSER root\n")]
        [InlineData("FROM alpine\nRUN --security=insecure --network=none make\nUSER root\n")]
        [InlineData("FROM alpine\nONBUILD ENV A\nUSER root\n")]
        [InlineData("FROM alpine AS Build-2.x_final\nUSER root\n")]
        public void Instruction_with_arguments_BuildKit_takes_is_read(string text) =>
            Assert.Contains(Lint(text), f => f.Rule.Id == "CTL1001");

        [Theory]
        [InlineData("FROM alpine\nUSER root:root\n")]
        [InlineData("FROM alpine\nUSER   root   \n")]
        public void User_with_one_argument_is_read(string text) =>
            Assert.Equal("CTL1001", Assert.Single(Lint(text)).Rule.Id);

        // Audit 65 U4: BuildKit parses and expands a stage's triggers in each build FROM it, and stops there.
        [Theory]
        [InlineData("FROM alpine AS base\nONBUILD WORKDIR ${X\nFROM base\nUSER root\n", 2, 17, "no closing '}'")]
        [InlineData("FROM alpine AS base\nONBUILD WORKDIR ${X\nFROM base AS mid\nFROM mid\nUSER root\n", 2, 17, "no closing '}'")]
        [InlineData("FROM alpine AS base\nONBUILD RUN --network host make\nFROM base\nUSER root\n", 2, 13, "--network takes a value")]
        [InlineData("FROM alpine AS base\nONBUILD ENV A\nFROM base\nUSER root\n", 2, 13, "ENV needs a value")]
        // Audit 69 V69-6: an unknown keyword too.
        [InlineData("FROM alpine AS base\nONBUILD RUNN make\nFROM base\nUSER root\n", 2, 9, "unknown instruction: RUNN")]
        public void Trigger_BuildKit_refuses_in_a_stage_the_final_one_is_built_from_is_a_parse_error_at_it_and_nothing_else(string text, int line, int column, string message)
        {
            AssertOnlyParseError(text, line, column, message);
            Assert.EndsWith("(an ONBUILD trigger of stage 'base', which the build FROM it runs)", Assert.Single(Lint(text)).Evidence, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("FROM alpine AS base\nONBUILD WORKDIR ${X\nUSER root\n")]
        [InlineData("FROM alpine AS base\nONBUILD WORKDIR ${X\nFROM alpine\nCOPY --from=base /a /a\nUSER root\n")]
        [InlineData("FROM alpine AS base\nONBUILD WORKDIR ${X\nFROM base AS unused\nFROM alpine\nUSER root\n")]
        [InlineData("FROM alpine AS base\nONBUILD USER ${U:-app user}\nFROM base\nUSER root\n")]
        [InlineData("FROM alpine AS base\nONBUILD RUNN make\nUSER root\n")]
        // The trigger's heredoc is part of it, whatever BuildKit later makes of the trigger.
        [InlineData("FROM alpine AS base\nONBUILD RUN --network host <<EOF\nFROM evil\nEOF\nUSER root\n")]
        public void Trigger_no_stage_of_the_build_runs_or_that_BuildKit_takes_is_read(string text)
        {
            var findings = Lint(text);
            Assert.DoesNotContain(findings, f => f.Rule.Id == RuleIds.ParseError);
            Assert.Contains(findings, f => f.Rule.Id == "CTL1001");
        }

        [Fact]
        public void Onbuild_user_with_two_arguments_is_left_to_the_build_that_runs_the_trigger()
        {
            // BuildKit keeps an ONBUILD trigger as text; only a build FROM this image parses it.
            var findings = Lint(Lines("FROM alpine", "ONBUILD USER app root", "USER app"));
            Assert.DoesNotContain(findings, f => f.Rule.Id == RuleIds.ParseError);
        }

        [Fact]
        public void Unknown_instruction_is_reported_at_its_keyword()
        {
            AssertOnlyParseError(Lines("FROM alpine", "USER root", "  FROBNICATE x"), 3, 3, "unknown instruction: FROBNICATE");
        }

        [Fact]
        public void Line_that_is_not_an_instruction_is_reported()
        {
            AssertOnlyParseError(Lines("FROM alpine", "{\"not\": \"a dockerfile\"}"), 2, 1, "not an instruction");
        }

        [Fact]
        public void Instruction_before_the_first_from_is_a_parse_error()
        {
            AssertOnlyParseError(Lines("ARG V=1", "RUN echo", "FROM alpine"), 2, 1, "before the first FROM");
        }

        [Fact]
        public void Only_args_and_no_from_is_a_parse_error()
        {
            AssertOnlyParseError(Lines("ARG V=1"), 1, 1, "no FROM");
        }

        [Theory]
        [InlineData("FROM", 1)]
        [InlineData("FROM a b", 6)]
        [InlineData("FROM a AS", 6)]
        public void From_with_a_wrong_number_of_arguments_is_a_parse_error(string line, int column) =>
            AssertOnlyParseError(Lines(line), 1, column, "FROM");

        [Fact]
        public void Compose_file_given_as_a_dockerfile_is_a_parse_error()
        {
            AssertOnlyParseError(Lines("services:", "  web:", "    image: nginx"), 1, 1, "not an instruction");
        }

        [Fact]
        public void Build_target_that_names_no_stage_is_a_CTL9001_at_the_first_line_and_nothing_else()
        {
            // docker build --target nope stops ("target stage nope could not be found"): the last stage, root here, is
            // not what anyone builds.
            var text = Lines("FROM alpine AS app", "USER 10001", "FROM app AS test", "RUN sudo true", "FROM alpine", "USER root");
            var finding = Assert.Single(Lint(text, target: "nope"));
            Assert.Equal(RuleIds.ParseError, finding.Rule.Id);
            Assert.Equal((1, 1), (finding.Span.StartLine, finding.Span.StartColumn));
            Assert.Equal("Dockerfile", finding.Span.Path);
            Assert.Equal("the build target 'nope' names no stage of this Dockerfile (its stages: app, test); docker build stops on it",
                finding.Evidence);
            Assert.Null(finding.Fix);
            // Stage names match whatever their case, as BuildKit's do.
            Assert.DoesNotContain(Lint(text, target: "TEST"), f => f.Rule.Id == RuleIds.ParseError);
        }

        [Fact]
        public void Build_target_of_a_Dockerfile_without_named_stages_is_a_CTL9001_that_says_so()
        {
            var finding = Assert.Single(Lint(Lines("FROM alpine", "USER root"), target: "nope"));
            Assert.Equal(RuleIds.ParseError, finding.Rule.Id);
            Assert.Equal("the build target 'nope' names no stage of this Dockerfile (it has no named stages); docker build stops on it",
                finding.Evidence);
        }

        [Fact]
        public void Ten_megabyte_dockerfile_parses_and_lints()
        {
            var sb = new StringBuilder(11 * 1024 * 1024);
            sb.Append("FROM alpine:3.20\n");
            var i = 0;
            while (sb.Length < 10 * 1024 * 1024)
            {
                sb.Append("# step ").Append(i).Append('\n');
                sb.Append("RUN echo ").Append(i).Append(" && apk add --no-cache curl \\\n    && rm -rf /var/cache/apk/*\n");
                sb.Append("RUN <<EOF\nset -e\necho ").Append(i).Append("\nEOF\n");
                sb.Append("ENV K").Append(i).Append("=v").Append(i).Append('\n');
                i++;
            }
            sb.Append("USER 10001\nRUN sudo true\n");
            var text = sb.ToString();

            var document = Parse(text);
            Assert.False(document.HasErrors);
            Assert.Equal(1 + (3 * i) + 2, document.Instructions.Count);

            var findings = Lint(text);
            var sudo = Assert.Single(findings, f => f.Rule.Id == RuleIds.SudoInBuild);
            Assert.Equal(document.Instructions[^1].StartLine, sudo.Span.StartLine);
        }

        [Fact]
        public void One_enormous_instruction_parses_and_one_enormous_line_is_refused()
        {
            var continued = "FROM alpine\nRUN " + string.Join("\\\n", Enumerable.Repeat(new string('x', 50_000), 100)) + "\nUSER 1\n";
            Assert.False(Parse(continued).HasErrors);
            var text = "FROM alpine\nRUN " + new string('x', 5_000_000) + "\nUSER 1\n";
            Assert.Equal(2, Assert.Single(Parse(text).Errors).Span.StartLine);
        }

        [Fact]
        public void Deeply_continued_instruction_parses()
        {
            var sb = new StringBuilder("FROM alpine\nRUN true");
            for (var k = 0; k < 200_000; k++) sb.Append(" \\\n  && echo ").Append(k);
            sb.Append('\n');
            var document = Parse(sb.ToString());
            Assert.False(document.HasErrors);
            Assert.Equal(200_002, document.Instructions[1].EndLine);
        }

        [Theory]
        [InlineData("FROM alpine\nRUN echo ${")]
        [InlineData("FROM alpine\nUSER ${A:-${B:-${C")]
        [InlineData("FROM alpine\nUSER \"unterminated")]
        [InlineData("FROM alpine\nENV =x")]
        [InlineData("FROM alpine\nRUN bash <<EOF\nsudo x")]
        [InlineData("FROM alpine\nRUN [\"sudo\"")]
        [InlineData("FROM alpine\nRUN echo $((1+2)) `date` $(sudo x")]
        [InlineData("FROM alpine\nRUN <<")]
        [InlineData("FROM alpine\nVOLUME []")]
        [InlineData("FROM alpine AS a\nFROM a AS b\nFROM b\nUSER ${X:?}")]
        [InlineData("FROM alpine\nONBUILD USER\nONBUILD RUN sudo x")]
        [InlineData("FROM alpine\nONBUILD USER \\\nONBUILD RUN sudo x")]
        [InlineData("FROM alpine\nONBUILD USER ${A:-${B\nONBUILD RUN sudo x")]
        [InlineData("FROM alpine\nONBUILD ONBUILD USER app\nONBUILD RUN sudo x")]
        [InlineData("FROM alpine\nUSER\nRUN sudo x")]
        [InlineData("FROM alpine\nUSER app\nRUN sudo x \\")]
        public void Odd_input_never_throws(string text)
        {
            var findings = Lint(text);
            Assert.DoesNotContain(findings, f => f.Evidence.Contains("linter failed", StringComparison.Ordinal));
            Dockerfiles.DockerfileFixer.Apply(text, findings, out _);
        }
    }
}
