using ContainerLint.Findings;

namespace ContainerLint.Core.Tests.Rules
{
    public class MountAllowsDevRuleTests
    {
        [Theory]
        [InlineData("dev", "dev")]
        [InlineData("size=1m,Dev", "Dev")]
        [InlineData("nodev,dev", "dev")]
        public void Docker_tmpfs_with_dev_is_reported_at_its_options_with_a_replace_fix(string options, string written)
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Tmpfs("/run", options);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3006", finding.Rule.Id);
            Assert.Equal(mount.Options!.Span, finding.Span);
            Assert.Equal(FixKind.ReplaceOption, finding.Fix!.Kind);
            Assert.Equal(written, finding.Fix.OldValue);
            Assert.Equal("nodev", finding.Fix.Value);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("size=64m,mode=1777")]
        [InlineData("dev,nodev")]
        [InlineData("devmode=1")]
        public void Docker_tmpfs_that_does_not_turn_dev_on_is_not_reported(string? options)
        {
            var b = ContainerBuilder.Hardened();
            b.Tmpfs("/run", options);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Local_bind_volume_without_nodev_is_reported_with_an_append_fix()
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.LocalVolume("code", "none", "bind,nosuid", device: "/srv/code", kind: ContainerLint.Model.MountKind.Bind);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3006", finding.Rule.Id);
            Assert.Equal(mount.Options!.Span, finding.Span);
            Assert.Equal(FixKind.AppendOption, finding.Fix!.Kind);
            Assert.Equal("nodev", finding.Fix.Value);
        }

        [Fact]
        public void Local_tmpfs_volume_without_either_flag_is_reported_by_both_rules()
        {
            var b = ContainerBuilder.Hardened();
            b.LocalVolume("scratch", "tmpfs", "size=64m");

            Assert.Equal(new[] { "CTL3005", "CTL3006" }, Linting.Ids(b.Lint()));
        }
    }
}
