using ContainerLint.Catalog;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile.Rules
{
    public class SshServerRuleTests
    {
        private const string Id = RuleIds.SshServer;

        [Theory]
        [InlineData("EXPOSE 22")]
        [InlineData("EXPOSE 80 22/tcp")]
        [InlineData("EXPOSE 22/TCP")]
        [InlineData("RUN apt-get update && apt-get install -y openssh-server")]
        [InlineData("RUN apt install openssh-server=1:9.6p1-3")]
        [InlineData("RUN apk add --no-cache openssh-server")]
        [InlineData("RUN yum install -y openssh-server")]
        [InlineData("RUN dnf -y install openssh-server-8.0p1")]
        [InlineData("RUN microdnf install openssh-server")]
        [InlineData("RUN zypper in -y openssh-server")]
        [InlineData("RUN sudo apt-get install -y openssh-server")]
        [InlineData("RUN bash -lc 'apt-get install -y openssh-server'")]
        public void Ssh_server_is_reported_at_the_instruction(string line)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", "USER app", line), Id));
            Assert.Equal((3, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        }

        [Fact]
        public void Port_from_an_arg_is_resolved()
        {
            Assert.Single(FindingsOf(Lines("FROM alpine", "ARG PORT=22", "EXPOSE $PORT"), Id));
        }

        [Theory]
        [InlineData("EXPOSE 2222")]
        [InlineData("EXPOSE 22/udp")]
        [InlineData("EXPOSE 8022")]
        [InlineData("RUN apt-get install -y openssh-client")]
        [InlineData("RUN apt-get remove openssh-server")]
        [InlineData("RUN echo apt-get install openssh-server")]
        [InlineData("RUN apk add openssh-server-pam-doc-x")]
        public void Other_ports_and_packages_are_not_reported(string line)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", line), Id));
        }

        [Fact]
        public void Builder_stage_is_not_reported()
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine AS b", "EXPOSE 22", "RUN apk add openssh-server", "FROM alpine"), Id));
        }
    }
}
