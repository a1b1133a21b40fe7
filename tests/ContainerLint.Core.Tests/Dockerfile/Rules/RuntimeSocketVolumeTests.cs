using ContainerLint.Catalog;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile.Rules
{
    public class RuntimeSocketVolumeTests
    {
        private const string Id = RuleIds.RuntimeSocket;

        [Theory]
        [InlineData("VOLUME /var/run/docker.sock", "VOLUME '/var/run/docker.sock' invites mounting the runtime socket")]
        [InlineData("VOLUME [\"/data\", \"/run/containerd/containerd.sock\"]", "VOLUME '/run/containerd/containerd.sock' invites mounting the runtime socket")]
        [InlineData("VOLUME $SOCKET_DIR/docker.sock", "VOLUME '/var/run/docker.sock' invites mounting the runtime socket")]
        [InlineData("VOLUME ${XDG_RUNTIME_DIR}/docker.sock", "VOLUME '${XDG_RUNTIME_DIR}/docker.sock' invites mounting the runtime socket, whatever XDG_RUNTIME_DIR holds")]
        [InlineData("VOLUME \"${XDG_RUNTIME_DIR}/docker.sock\"", "VOLUME '\"${XDG_RUNTIME_DIR}/docker.sock\"' invites mounting the runtime socket, whatever XDG_RUNTIME_DIR holds")]
        [InlineData("VOLUME [\"${XDG_RUNTIME_DIR:?}/docker.sock\"]", "VOLUME '${XDG_RUNTIME_DIR:?}/docker.sock' invites mounting the runtime socket, whatever XDG_RUNTIME_DIR holds")]
        [InlineData("VOLUME /run/user/${UID}/podman/podman.sock", "VOLUME '/run/user/${UID}/podman/podman.sock' invites mounting the runtime socket, whatever UID holds")]
        public void Socket_volume_is_reported_at_the_instruction(string line, string evidence)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", "ARG SOCKET_DIR=/var/run", "ARG XDG_RUNTIME_DIR", "ARG UID", "USER app", line), Id));
            Assert.Equal((6, 1), (finding.Span.StartLine, finding.Span.StartColumn));
            Assert.Equal(evidence, finding.Evidence);
        }

        [Theory]
        [InlineData("VOLUME /data")]
        [InlineData("VOLUME ${SOCKET}")]
        [InlineData("VOLUME ${XDG_RUNTIME_DIR}/docker.sock/${NAME}")]
        [InlineData("VOLUME /run/${NAME}.sock")]
        public void Other_volumes_are_not_reported(string line)
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", "ARG SOCKET", "ARG XDG_RUNTIME_DIR", "ARG NAME", "USER app", line), Id));
        }

        [Fact]
        public void Builder_stage_volume_is_not_reported()
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine AS build", "VOLUME /var/run/docker.sock", "FROM alpine", "USER app"), Id));
        }
    }
}
