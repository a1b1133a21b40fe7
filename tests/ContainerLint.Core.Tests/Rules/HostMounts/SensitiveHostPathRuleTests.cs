using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Core.Tests.Rules
{
    public class SensitiveHostPathRuleTests
    {
        [Theory]
        [InlineData("/", "/", "/")]
        [InlineData("/etc", "/etc", "/etc")]
        [InlineData("/etc/passwd", "/etc/passwd", "/etc")]
        [InlineData("/etc/../etc//passwd", "/etc/passwd", "/etc")]
        [InlineData("/boot/", "/boot", "/boot")]
        [InlineData("/dev", "/dev", "/dev")]
        [InlineData("/dev/sda1", "/dev/sda1", "/dev")]
        [InlineData("/lib/modules", "/lib/modules", "/lib")]
        [InlineData("/lib64", "/lib64", "/lib64")]
        [InlineData("/usr/bin", "/usr/bin", "/usr")]
        [InlineData("/bin", "/bin", "/bin")]
        [InlineData("/sbin", "/sbin", "/sbin")]
        [InlineData("/root", "/root", "/root")]
        [InlineData("/home/alice", "/home/alice", "/home")]
        [InlineData("/var/lib/docker/volumes", "/var/lib/docker/volumes", "/var/lib/docker")]
        [InlineData("/var/lib/containerd", "/var/lib/containerd", "/var/lib/containerd")]
        [InlineData("/var/lib/kubelet/pods", "/var/lib/kubelet/pods", "/var/lib/kubelet")]
        [InlineData("/var/log", "/var/log", "/var/log")]
        [InlineData("~/.ssh", "~/.ssh", "~/.ssh")]
        [InlineData("~/.ssh/id_ed25519", "~/.ssh/id_ed25519", "~/.ssh")]
        [InlineData("~/.aws/", "~/.aws", "~/.aws")]
        [InlineData("~/.kube/config", "~/.kube/config", "~/.kube")]
        [InlineData("~/.docker/config.json", "~/.docker/config.json", "~/.docker")]
        [InlineData("~/.gnupg", "~/.gnupg", "~/.gnupg")]
        [InlineData("~", "~", "~")]
        [InlineData("~alice/.ssh", "~alice/.ssh", "~/.ssh")]
        [InlineData("/Users/alice/.aws/credentials", "/Users/alice/.aws/credentials", "~/.aws")]
        [InlineData(@"C:\Users\alice\.ssh", "C:/Users/alice/.ssh", "~/.ssh")]
        [InlineData("/dev/shm/../sda", "/dev/sda", "/dev")]
        public void Writable_sensitive_path_is_reported_at_the_mount_with_a_read_only_fix(string source, string path, string root)
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind(source);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3003", finding.Rule.Id);
            Assert.Equal(mount.Span, finding.Span);
            var expected = "host path '" + path + "' is mounted writable" + (root == path ? string.Empty : " (under sensitive '" + root + "')");
            Assert.Equal(expected, finding.Evidence);
            Assert.Equal(FixKind.MakeReadOnly, finding.Fix!.Kind);
        }

        [Fact]
        public void Read_only_sensitive_path_is_reported_without_a_fix()
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind("/etc/ssl/certs", readOnly: true);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3003", finding.Rule.Id);
            Assert.Equal(mount.Span, finding.Span);
            Assert.Equal("host path '/etc/ssl/certs' is mounted read-only (under sensitive '/etc')", finding.Evidence);
            Assert.Null(finding.Fix);
        }

        [Theory]
        [InlineData("/proc")]
        [InlineData("/sys/kernel")]
        public void Proc_or_sys_whose_read_only_flag_is_unknown_is_reported_as_mounted(string source)
        {
            // Writable it would be CTL3002, read-only CTL3003: mounted either way (audit 13, 5).
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind(source);
            mount.ReadOnly = Setting<bool>.Unresolved(mount.Span, "${MODE}", new[] { "MODE" });

            var finding = Assert.Single(b.Lint(), f => f.Rule.Id != "CTL9002");

            Assert.Equal("CTL3003", finding.Rule.Id);
            Assert.StartsWith("host path '" + source + "' is mounted", finding.Evidence);
            Assert.Null(finding.Fix);
        }

        [Theory]
        [InlineData("/proc", "/proc")]
        [InlineData("/proc/cpuinfo", "/proc")]
        [InlineData("/sys/fs/cgroup", "/sys")]
        public void Read_only_proc_or_sys_is_reported_without_a_fix(string source, string root)
        {
            var b = ContainerBuilder.Hardened();
            b.Bind(source, readOnly: true);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3003", finding.Rule.Id);
            Assert.Contains("read-only", finding.Evidence);
            Assert.Contains(root == source ? "'" + root + "'" : "under sensitive '" + root + "'", finding.Evidence);
            Assert.Null(finding.Fix);
        }

        [Theory]
        [InlineData("/etc/localtime")]
        [InlineData("/etc/timezone")]
        [InlineData("/etc//localtime/")]
        [InlineData("/dev/null")]
        [InlineData("/dev/zero")]
        [InlineData("/dev/random")]
        [InlineData("/dev/urandom")]
        [InlineData("/dev/shm")]
        [InlineData("/dev/shm/cache")]
        [InlineData("./data")]
        [InlineData("../etc")]
        [InlineData("/srv/app")]
        [InlineData("/etcetera")]
        [InlineData("/var/lib/docker2")]
        [InlineData("/var/lib")]
        [InlineData("~/code/app")]
        [InlineData("~/.sshd")]
        [InlineData("/Users/alice/code")]
        [InlineData("/var/run/docker.sock")]
        public void Harmless_or_unlisted_path_is_not_CTL3003(string source)
        {
            var b = ContainerBuilder.Hardened();
            b.Bind(source, readOnly: true);

            Assert.Empty(b.Lint("CTL3003"));
        }

        // Audit 87 A87-1: Docker Desktop's socket (~/.docker/run/docker.sock on macOS, ~/.docker/desktop/docker.sock on
        // Linux) is CTL3004's alone: read-only, CTL3003's fix, does not help a socket.
        [Theory]
        [InlineData("~/.docker/run/docker.sock")]
        [InlineData("/home/alice/.docker/desktop/docker.sock")]
        [InlineData("/Users/alice/.docker/run/docker.sock")]
        [InlineData("/home/alice/.local/share/containers/podman/machine/podman.sock")]
        public void Runtime_socket_under_a_sensitive_directory_is_CTL3004_only(string source)
        {
            var b = ContainerBuilder.Hardened();
            b.Bind(source);

            Assert.Equal("CTL3004", Assert.Single(b.Lint()).Rule.Id);
        }

        [Fact]
        public void Unresolved_read_only_flag_is_still_a_sensitive_mount_but_without_a_fix()
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind("/etc");
            mount.ReadOnly = b.Unresolved<bool>("${RO}", "RO");

            var finding = Assert.Single(b.Lint("CTL3003"));

            Assert.Equal("host path '/etc' is mounted", finding.Evidence);
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void Unresolved_source_is_left_to_CTL9002()
        {
            var b = ContainerBuilder.Hardened();
            b.Add(new MountSpec(MountKind.Bind, b.NextSpan()) { Source = b.Unresolved<string>("${DIR}", "DIR"), Target = b.Value("/x") });

            Assert.Equal(new[] { "CTL9002" }, Linting.Ids(b.Lint()));
        }

        [Fact]
        public void Conditional_source_may_apply()
        {
            var b = ContainerBuilder.Hardened();
            b.Bind("/etc", readOnly: true, sourceCertainty: ValueCertainty.Conditional);

            Assert.Contains("may", Assert.Single(b.Lint("CTL3003")).Evidence);
        }

        [Fact]
        public void Read_only_on_one_branch_of_a_conditional_is_not_a_may()
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind("/etc");
            mount.ReadOnly = b.Value(true, ValueCertainty.Conditional);

            var finding = Assert.Single(b.Lint("CTL3003"));
            Assert.DoesNotContain("may", finding.Evidence);
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void Named_volume_is_never_a_host_path()
        {
            var b = ContainerBuilder.Hardened();
            b.Add(new MountSpec(MountKind.Volume, b.NextSpan()) { Source = b.Value("etc"), Target = b.Value("/etc") });
            b.Add(new MountSpec(MountKind.Volume, b.NextSpan()) { Target = b.Value("/etc") });

            Assert.Empty(b.Lint());
        }
    }
}
