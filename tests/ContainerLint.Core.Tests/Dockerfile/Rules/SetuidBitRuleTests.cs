using ContainerLint.Catalog;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile.Rules
{
    public class SetuidBitRuleTests
    {
        private const string Id = RuleIds.SetuidBit;

        [Theory]
        [InlineData("RUN chmod +s /usr/bin/app")]
        [InlineData("RUN chmod u+s /usr/bin/app")]
        [InlineData("RUN chmod g+s /srv")]
        [InlineData("RUN chmod ug+s /x")]
        [InlineData("RUN chmod a+s /x")]
        [InlineData("RUN chmod =s /x")]
        [InlineData("RUN chmod u+rwxs,g+x /x")]
        [InlineData("RUN chmod u=rwxs /x")]
        [InlineData("RUN chmod 4755 /x")]
        [InlineData("RUN chmod 2755 /x")]
        [InlineData("RUN chmod 6755 /x")]
        [InlineData("RUN chmod 04755 /x")]
        [InlineData("RUN chmod -R 2775 /srv")]
        [InlineData("RUN make && sudo chmod u+s /x")]
        [InlineData("RUN [\"chmod\", \"4755\", \"/x\"]")]
        [InlineData("RUN sh -c \"chmod u+s /b\"")]
        public void Setuid_or_setgid_chmod_is_reported(string run)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", run), Id));
            Assert.Equal(2, finding.Span.StartLine);
        }

        [Theory]
        [InlineData("RUN find /opt/bin -type f -exec chmod 4755 {} +")]
        [InlineData("RUN ls /opt/bin/* | xargs -r chmod u+s")]
        [InlineData("RUN nice -n 5 chmod u+s /x")]
        [InlineData("RUN eval \"chmod 4755 /x\"")]
        [InlineData("RUN busybox chmod u+s /x")]
        [InlineData("RUN /bin/busybox chmod 4755 /x")]
        public void Setuid_chmod_run_through_a_command_wrapper_is_reported(string run)
        {
            // The wrappers CTL1004 looks through (audit 22 L1) run chmod as well.
            Assert.Single(FindingsOf(Lines("FROM alpine", run), Id));
        }

        [Theory]
        [InlineData("RUN chmod 0755 /x")]
        [InlineData("RUN chmod 755 /x")]
        [InlineData("RUN chmod 1777 /tmp")]
        [InlineData("RUN chmod u-s /x")]
        [InlineData("RUN chmod a-s /x")]
        [InlineData("RUN chmod o+s /x")]
        [InlineData("RUN chmod +x /x")]
        [InlineData("RUN echo chmod 4755 /x")]
        [InlineData("RUN chown 4755 /x")]
        public void Other_modes_are_not_reported(string run)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", run), Id));
        }

        [Theory]
        [InlineData("COPY --chmod=4755 tool /usr/local/bin/tool", "COPY --chmod=4755")]
        [InlineData("ADD --chmod=2755 tool2 /usr/local/bin/tool2", "ADD --chmod=2755")]
        [InlineData("COPY --chmod=6755 --from=build /x /x", "COPY --chmod=6755")]
        [InlineData("COPY --chmod=u+s,a+rx tool /t", "COPY --chmod=u+s,a+rx")]
        [InlineData("COPY --chmod=$MODE tool /t", "COPY --chmod=04750")]
        // Audit 78 A78-6: M is set by nothing, so its default applies.
        [InlineData("COPY --chmod=${M-4755} tool /t", "COPY --chmod=4755")]
        // Audit 81 D81-1: MODE=04750 less its shortest prefix ending in 0.
        [InlineData("COPY --chmod=${MODE#*0} tool /t", "COPY --chmod=4750")]
        [InlineData("copy --chmod=g+s <<EOF /etc/x\nhello\nEOF", "COPY --chmod=g+s")]
        public void Copy_or_add_with_a_setuid_chmod_is_reported_at_the_instruction(string line, string evidence)
        {
            // audit 3, §15 (df/d02).
            var text = Lines("FROM alpine", "ARG MODE=04750", line, "USER 1000");
            var finding = Assert.Single(FindingsOf(text, Id));
            var lastLine = line.Split('\n');
            Assert.Equal((3, 1, 2 + lastLine.Length, 1 + lastLine[^1].Length), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
            Assert.Equal(evidence + " sets the setuid/setgid bit", finding.Evidence);
        }

        [Theory]
        [InlineData("COPY --chmod=0755 tool /t")]
        [InlineData("COPY --chmod=755 tool /t")]
        [InlineData("ADD --chmod=1777 dir /tmp/d")]
        [InlineData("COPY --chmod=o+s tool /t")]
        [InlineData("COPY --chown=4755 tool /t")]
        [InlineData("COPY --chmod=$UNSET tool /t")]
        [InlineData("ONBUILD COPY --chmod=4755 tool /t")]
        public void Copy_without_a_setuid_mode_is_not_reported(string line)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", line), Id));
        }

        [Theory]
        [InlineData("RUN install -m 4755 x /usr/bin/x", "install -m 4755")]
        [InlineData("RUN install -m4755 x /usr/bin/x", "install -m 4755")]
        [InlineData("RUN install -Dm 2755 x /usr/bin/x", "install -m 2755")]
        [InlineData("RUN install -Dm6755 x /usr/bin/x", "install -m 6755")]
        [InlineData("RUN install --mode=u+s,a+x x /usr/bin/x", "install -m u+s,a+x")]
        [InlineData("RUN install --mode 4755 x /usr/bin/x", "install -m 4755")]
        [InlineData("RUN install -o root -g root -m 4755 x /usr/bin/x", "install -m 4755")]
        [InlineData("RUN install x /usr/bin/x -m 4755", "install -m 4755")]
        [InlineData("RUN install -d -m 2775 /srv/shared", "install -m 2775")]
        [InlineData("RUN make && sudo install -m 4755 x /usr/bin/x", "install -m 4755")]
        public void Install_with_a_setuid_mode_is_reported(string run, string evidence)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", run), Id));
            Assert.Equal(2, finding.Span.StartLine);
            Assert.Equal(evidence + " sets the setuid/setgid bit", finding.Evidence);
        }

        [Theory]
        [InlineData("RUN install -m 0755 x /usr/bin/x")]
        [InlineData("RUN install --directory --mode 0755 --owner 1654 /home/app")]
        [InlineData("RUN install -g 4755 x /y")]
        [InlineData("RUN install -o 4755 -m 755 x /y")]
        [InlineData("RUN install -m 4755 -m 0755 x /y")]
        [InlineData("RUN install -t /usr/bin -- -m 4755")]
        [InlineData("RUN echo install -m 4755 x /y")]
        [InlineData("RUN apk add install -m 4755")]
        public void Install_without_a_setuid_mode_is_not_reported(string run)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", run), Id));
        }

        [Fact]
        public void Builder_stage_copy_chmod_is_not_reported()
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine AS b", "COPY --chmod=4755 x /x", "FROM alpine", "USER app"), Id));
        }

        [Fact]
        public void Builder_stage_chmod_is_not_reported()
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine AS b", "RUN chmod 4755 /x", "FROM alpine", "USER app"), Id));
        }
    }
}
