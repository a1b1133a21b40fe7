using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Core.Tests.Rules.Knowledge
{
    public class HostPathsTests
    {
        [Theory]
        [InlineData("/etc", "/etc")]
        [InlineData("/etc/", "/etc")]
        [InlineData("//etc//passwd", "/etc/passwd")]
        [InlineData("/etc/./passwd", "/etc/passwd")]
        [InlineData("/etc/../etc//passwd", "/etc/passwd")]
        [InlineData("/a/b/../../etc", "/etc")]
        [InlineData("/..", "/")]
        [InlineData("/../etc", "/etc")]
        [InlineData("/", "/")]
        [InlineData("///", "/")]
        [InlineData("  /etc  ", "/etc")]
        [InlineData("./data", "data")]
        [InlineData(".", ".")]
        [InlineData("./", ".")]
        [InlineData("..", "..")]
        [InlineData("../etc", "../etc")]
        [InlineData("a/../..", "..")]
        [InlineData("data/./sub/", "data/sub")]
        [InlineData("~", "~")]
        [InlineData("~/", "~")]
        [InlineData("~/.ssh", "~/.ssh")]
        [InlineData("~//.ssh/", "~/.ssh")]
        [InlineData("~/./.ssh/../.aws", "~/.aws")]
        [InlineData("~alice/.ssh", "~alice/.ssh")]
        [InlineData(@"~\.ssh", "~/.ssh")]
        [InlineData(@"C:\Users\me\.ssh", "C:/Users/me/.ssh")]
        [InlineData("c:/data/../x/", "c:/x")]
        [InlineData("C:", "C:")]
        [InlineData("", "")]
        [InlineData("~/..", "/home")]
        [InlineData("~/../bob/.ssh", "/home/bob/.ssh")]
        [InlineData("~/../..", "/")]
        [InlineData("~/../../../etc", "/etc")]
        [InlineData("~alice/../../proc", "/proc")]
        [InlineData("~/.ssh/../..", "/home")]
        public void Normalize_collapses_separators_dots_and_trailing_slashes(string path, string expected)
        {
            Assert.Equal(expected, HostPaths.Normalize(path));
        }

        [Fact]
        public void Normalize_of_null_is_empty()
        {
            Assert.Equal(string.Empty, HostPaths.Normalize(null!));
        }

        [Theory]
        [InlineData("/etc", "/etc", true)]
        [InlineData("/etc/passwd", "/etc", true)]
        [InlineData("/etcetera", "/etc", false)]
        [InlineData("/", "/etc", false)]
        [InlineData("/var/lib/docker", "/var/lib/docker", true)]
        [InlineData("/var/lib/docker-old", "/var/lib/docker", false)]
        public void IsAtOrUnder_matches_whole_path_segments(string path, string root, bool expected)
        {
            Assert.Equal(expected, HostPaths.IsAtOrUnder(path, root));
        }

        [Theory]
        [InlineData("/proc", true)]
        [InlineData("/proc/1/root", true)]
        [InlineData("/sys", true)]
        [InlineData("/sys/kernel", true)]
        [InlineData("/system", false)]
        [InlineData("/procfs", false)]
        [InlineData("proc", false)]
        public void IsProcOrSys_matches_the_directories_and_what_is_under_them(string path, bool expected)
        {
            Assert.Equal(expected, HostPaths.IsProcOrSys(path));
        }

        [Theory]
        [InlineData("/", "/")]
        [InlineData("/etc/ssl", "/etc")]
        [InlineData("/dev/sda", "/dev")]
        [InlineData("/var/log/nginx", "/var/log")]
        [InlineData("~/.kube/config", "~/.kube")]
        [InlineData("~bob/.gnupg", "~/.gnupg")]
        [InlineData("/Users/bob/.docker", "~/.docker")]
        [InlineData("/users/bob/.ssh", "~/.ssh")]
        [InlineData("C:/Users/bob/.aws", "~/.aws")]
        [InlineData("~", "~")]
        [InlineData("~bob", "~")]
        [InlineData("/Users/bob", "~")]
        [InlineData("/etc/localtime", null)]
        [InlineData("/etc/timezone", null)]
        [InlineData("/dev/null", null)]
        [InlineData("/dev/zero", null)]
        [InlineData("/dev/random", null)]
        [InlineData("/dev/urandom", null)]
        [InlineData("/dev/shm", null)]
        [InlineData("/dev/shm/x", null)]
        [InlineData("/Users", null)]
        [InlineData("/Users/", null)]
        [InlineData("/srv", null)]
        [InlineData("/proc", null)]
        [InlineData("data", null)]
        [InlineData("~/projects", null)]
        public void SensitiveRoot_names_the_listed_directory_a_path_is_at_or_under(string path, string? root)
        {
            Assert.Equal(root, HostPaths.SensitiveRoot(path));
        }

        [Theory]
        [InlineData("~alice/.ssh", "~/.ssh")]
        [InlineData("~alice", "~")]
        [InlineData("~/x", "~/x")]
        [InlineData("/Users/alice/x/y", "~/x/y")]
        [InlineData("D:/Users/alice", "~")]
        [InlineData("/home/alice/.ssh", "/home/alice/.ssh")]
        [InlineData("/Users", "/Users")]
        [InlineData("", "")]
        public void HomeRelative_rewrites_a_home_directory_prefix(string path, string expected)
        {
            Assert.Equal(expected, HostPaths.HomeRelative(path));
        }

        [Theory]
        [InlineData("/var/run/docker.sock", true)]
        [InlineData("/run/podman/podman.sock", true)]
        [InlineData("/run/crio/crio.sock", true)]
        [InlineData("/run/containerd/containerd.sock", true)]
        [InlineData("/run", true)]
        [InlineData("/var/run", true)]
        [InlineData("/run/containerd", true)]
        [InlineData("/var/run/docker", true)]
        [InlineData("/var/run/containerd", true)] // /var/run is /run (audit 14, 9)
        [InlineData("/run/docker", true)]
        [InlineData("/run/podman", true)] // the homes of podman.sock, crio.sock and dockerd's containerd.sock (audit 133 T133-4)
        [InlineData("/var/run/crio", true)]
        [InlineData("/var/run/docker/containerd", true)]
        [InlineData("/run/podman/containers", false)]
        [InlineData("/var/run/user/1000", false)]
        [InlineData("/var/lib/docker", false)]
        [InlineData("/run/user/1000", false)]
        [InlineData("/var/run/docker.pid", false)]
        public void IsRuntimeSocket_matches_socket_files_and_their_directories(string path, bool expected)
        {
            Assert.Equal(expected, HostPaths.IsRuntimeSocket(path));
        }
    }
}
