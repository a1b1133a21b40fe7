using System;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Core.Tests.Rules
{
    /// <summary>CTL5001-CTL5006: one namespace setting each, all with the same behaviour.</summary>
    public abstract class HostNamespaceRuleTests
    {
        protected abstract string RuleId { get; }
        protected abstract string Namespace { get; }
        protected abstract Action<ContainerSpec, Setting<string>> Set { get; }

        [Theory]
        [InlineData("host")]
        [InlineData("HOST")]
        [InlineData(" Host ")]
        public void Host_mode_is_reported_at_the_value_with_a_remove_fix(string mode)
        {
            var b = ContainerBuilder.Hardened();
            var setting = b.Value(mode);
            Set(b.Container, setting);

            var finding = Assert.Single(b.Lint());

            Assert.Equal(RuleId, finding.Rule.Id);
            Assert.Equal(setting.Span, finding.Span);
            Assert.Equal(FixKind.RemoveEntry, finding.Fix!.Kind);
            Assert.Equal("the container uses the host's " + Namespace + " namespace (mode 'host')", finding.Evidence);
        }

        [Theory]
        [InlineData("container:db")]
        [InlineData("service:db")]
        [InlineData("private")]
        [InlineData("bridge")]
        [InlineData("shareable")]
        [InlineData("")]
        [InlineData("hostile")]
        public void Other_modes_are_not_reported(string mode)
        {
            var b = ContainerBuilder.Hardened();
            Set(b.Container, b.Value(mode));

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Conditional_host_mode_may_apply()
        {
            var b = ContainerBuilder.Hardened();
            Set(b.Container, b.Value("host", ValueCertainty.Conditional));

            Assert.Contains("may", Assert.Single(b.Lint()).Evidence);
        }

        [Fact]
        public void Unresolved_mode_is_left_to_CTL9002()
        {
            var b = ContainerBuilder.Hardened();
            Set(b.Container, b.Unresolved<string>());

            Assert.Equal(new[] { "CTL9002" }, Linting.Ids(b.Lint()));
        }
    }

    public class HostPidRuleTests : HostNamespaceRuleTests
    {
        protected override string RuleId => "CTL5001";
        protected override string Namespace => "PID";
        protected override Action<ContainerSpec, Setting<string>> Set => (c, s) => c.PidMode = s;
    }

    public class HostIpcRuleTests : HostNamespaceRuleTests
    {
        protected override string RuleId => "CTL5002";
        protected override string Namespace => "IPC";
        protected override Action<ContainerSpec, Setting<string>> Set => (c, s) => c.IpcMode = s;
    }

    public class HostNetworkRuleTests : HostNamespaceRuleTests
    {
        protected override string RuleId => "CTL5003";
        protected override string Namespace => "network";
        protected override Action<ContainerSpec, Setting<string>> Set => (c, s) => c.NetworkMode = s;

        [Fact]
        public void Host_network_for_the_build_is_reported_at_the_build_value()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.Build = new BuildSpec(b.NextSpan());
            var network = b.Container.Build.Network = b.Value("host");

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL5003", finding.Rule.Id);
            Assert.Equal(network.Span, finding.Span);
            Assert.Equal("the image build uses the host's network namespace (mode 'host')", finding.Evidence);
        }

        [Fact]
        public void Host_network_for_the_container_and_the_build_are_two_findings()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.NetworkMode = b.Value("host");
            b.Container.Build = new BuildSpec(b.NextSpan()) { Network = b.Value("host") };

            Assert.Equal(new[] { "CTL5003", "CTL5003" }, Linting.Ids(b.Lint()));
        }

        [Fact]
        public void Build_network_default_is_not_reported()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.Build = new BuildSpec(b.NextSpan()) { Network = b.Value("default") };

            Assert.Empty(b.Lint());
        }
    }

    public class HostUserNamespaceRuleTests : HostNamespaceRuleTests
    {
        protected override string RuleId => "CTL5004";
        protected override string Namespace => "user";
        protected override Action<ContainerSpec, Setting<string>> Set => (c, s) => c.UsernsMode = s;
    }

    public class HostUtsRuleTests : HostNamespaceRuleTests
    {
        protected override string RuleId => "CTL5005";
        protected override string Namespace => "UTS";
        protected override Action<ContainerSpec, Setting<string>> Set => (c, s) => c.UtsMode = s;
    }

    public class HostCgroupNamespaceRuleTests : HostNamespaceRuleTests
    {
        protected override string RuleId => "CTL5006";
        protected override string Namespace => "cgroup";
        protected override Action<ContainerSpec, Setting<string>> Set => (c, s) => c.CgroupnsMode = s;
    }
}
