namespace ContainerLint.Core.Tests.Rules
{
    /// <summary>The container part of CTL3004 (the rule exists; these pin its behaviour next to CTL3003).</summary>
    public class RuntimeSocketMountedRuleContainerTests
    {
        [Theory]
        [InlineData("/var/run/docker.sock")]
        [InlineData("/run/containerd/containerd.sock")]
        [InlineData("/var/run")]
        [InlineData("/run/")]
        [InlineData("//var/run/./docker.sock")]
        public void Runtime_socket_is_reported_once_at_the_mount_without_a_fix(string source)
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind(source);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3004", finding.Rule.Id);
            Assert.Equal(mount.Span, finding.Span);
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void Read_only_socket_is_still_reported_and_the_evidence_says_it_does_not_help()
        {
            var b = ContainerBuilder.Hardened();
            b.Bind("/var/run/docker.sock", readOnly: true);

            Assert.Contains("does not help", Assert.Single(b.Lint()).Evidence);
        }
    }
}
