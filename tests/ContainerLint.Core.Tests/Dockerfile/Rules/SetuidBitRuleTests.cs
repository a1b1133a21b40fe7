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

        [Fact]
        public void Builder_stage_chmod_is_not_reported()
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine AS b", "RUN chmod 4755 /x", "FROM alpine", "USER app"), Id));
        }
    }
}
