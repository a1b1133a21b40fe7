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
        [InlineData("EXPOSE 20-25")]
        [InlineData("EXPOSE 80 20-25/tcp")]
        [InlineData("EXPOSE 22-22")]
        [InlineData("EXPOSE 1-1024/TCP")]
        [InlineData("RUN apk add --no-cache openssh")]
        [InlineData("RUN apk add openssh=9.7_p1-r4")]
        [InlineData("RUN apk add --virtual .tools openssh@edge")]
        [InlineData("RUN bash -lc 'apt-get install -y openssh-server'")]
        [InlineData("RUN apk add --virtual .ssh openssh-server-pam")]
        [InlineData("RUN apt-get install -y --no-install-recommends ssh")]
        [InlineData("RUN apt install ssh=1:9.6p1-3ubuntu13")]
        [InlineData("RUN apk add --no-cache dropbear")]
        [InlineData("RUN apt-get install -y dropbear-bin")]
        [InlineData("RUN apt-get install -y dropbear-run=2022.83-1")]
        [InlineData("RUN dnf install -y dropbear-2022.83")]
        [InlineData("RUN apk add dropbear@edge")]
        [InlineData("RUN apt-get install -y dropbear/bookworm-backports")]
        [InlineData("RUN apt-get install -y openssh-server/bookworm-backports")]
        [InlineData("RUN dnf install -y dropbear.x86_64")]
        [InlineData("RUN yum install -y openssh-server.aarch64")]
        public void Ssh_server_is_reported_at_the_instruction(string line)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", "USER app", line), Id));
            Assert.Equal((3, 1), (finding.Span.StartLine, finding.Span.StartColumn));
        }

        [Theory]
        [InlineData("EXPOSE 20-25", "EXPOSE 20-25 (a range with SSH's port 22)")]
        [InlineData("EXPOSE 2000-2100:22", "EXPOSE 2000-2100:22 (SSH)")]
        [InlineData("RUN apk add openssh", "RUN installs openssh, the meta package that installs openssh-server")]
        [InlineData("RUN apt-get install -y ssh=1:9.6p1-3", "RUN installs ssh=1:9.6p1-3, the meta package that installs openssh-server")]
        [InlineData("RUN apk add openssh-server-pam", "RUN installs openssh-server-pam, the OpenSSH server built with PAM")]
        [InlineData("RUN apt-get install -y dropbear-bin", "RUN installs dropbear-bin, the Dropbear SSH server")]
        [InlineData("RUN dnf install -y openssh-server-8.0p1", "RUN installs openssh-server-8.0p1")]
        public void Message_says_what_was_found(string line, string evidence)
        {
            Assert.Equal(evidence, Assert.Single(FindingsOf(Lines("FROM alpine", line), Id)).Evidence);
        }

        [Fact]
        public void Port_from_an_arg_is_resolved()
        {
            Assert.Single(FindingsOf(Lines("FROM alpine", "ARG PORT=22", "EXPOSE $PORT"), Id));
        }

        // BuildKit reads EXPOSE arguments with go-connections' nat.ParsePortSpec: the container port after the last ':', in
        // decimal with leading zeros, and a variable's value split into words (audit 125 C125-5).
        [Theory]
        [InlineData("EXPOSE 0022")]
        [InlineData("EXPOSE 2222:22")]
        [InlineData("EXPOSE 127.0.0.1:2222:22/tcp")]
        [InlineData("EXPOSE 0020-0025")]
        public void Port_written_as_BuildKit_reads_it_is_reported(string line)
        {
            Assert.Single(FindingsOf(Lines("FROM alpine", line), Id));
        }

        [Fact]
        public void Ports_of_an_arg_holding_several_words_are_each_read()
        {
            // Audit 126 R126-10: the range is another port, not the one that is 22.
            Assert.Equal("EXPOSE 8000-8100 22 (SSH)", Assert.Single(FindingsOf(Lines("FROM alpine", "ARG PORTS=\"8000-8100 22\"", "EXPOSE $PORTS"), Id)).Evidence);
            Assert.Single(FindingsOf(Lines("FROM alpine", "ARG PORTS=\"80 22\"", "EXPOSE $PORTS"), Id));
            Assert.Empty(FindingsOf(Lines("FROM alpine", "ARG PORTS=\"80 2222\"", "EXPOSE $PORTS"), Id));
        }

        [Theory]
        [InlineData("EXPOSE 2222")]
        [InlineData("EXPOSE 22/udp")]
        [InlineData("EXPOSE 8022")]
        [InlineData("RUN apt-get install -y openssh-client")]
        [InlineData("RUN apt-get remove openssh-server")]
        [InlineData("RUN echo apt-get install openssh-server")]
        [InlineData("RUN apk add openssh-server-pam-doc")]
        [InlineData("RUN apt-get install -y ssh-askpass sshpass")]
        [InlineData("RUN apk add ssh")]
        [InlineData("EXPOSE 23-25")]
        [InlineData("EXPOSE 20-21")]
        [InlineData("EXPOSE 20-25/udp")]
        [InlineData("EXPOSE 25-20")]
        [InlineData("EXPOSE 2-x")]
        [InlineData("EXPOSE 22:2222")]
        [InlineData("EXPOSE 220")]
        [InlineData("RUN apk add openssh-client openssh-keygen openssh-sftp-server")]
        [InlineData("RUN apk add --virtual openssh curl")]
        [InlineData("RUN apt-get install -y openssh")]
        [InlineData("RUN dnf install -y openssh")]
        [InlineData("RUN apk add dropbear-dbclient dropbear-scp dropbear-convert")]
        [InlineData("RUN apk add dropbearx")]
        [InlineData("RUN dnf install -y dropbear.conf")]
        [InlineData("RUN apk add openssh-server-pam-doc openssh-server-common")]
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
