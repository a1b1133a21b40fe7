using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;

namespace ContainerLint.Core.Tests.Rules
{
    public class MountAllowsSuidRuleTests
    {
        [Theory]
        [InlineData(null)]
        [InlineData("size=64m")]
        [InlineData("rw,nosuid")]
        [InlineData("suid,nosuid")]
        [InlineData("exec")]
        public void Docker_tmpfs_that_does_not_turn_suid_on_is_not_reported(string? options)
        {
            var b = ContainerBuilder.Hardened();
            b.Tmpfs("/tmp", options);

            Assert.Empty(b.Lint("CTL3005"));
        }

        [Theory]
        [InlineData("suid", "suid")]
        [InlineData("size=64m,suid", "suid")]
        [InlineData("size=64m, SUID ", "SUID")]
        [InlineData("nosuid,suid", "suid")]
        public void Docker_tmpfs_with_suid_is_reported_at_its_options_with_a_replace_fix(string options, string written)
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Tmpfs("/tmp", options);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3005", finding.Rule.Id);
            Assert.Equal(mount.Options!.Span, finding.Span);
            Assert.Equal(FixKind.ReplaceOption, finding.Fix!.Kind);
            Assert.Equal(written, finding.Fix.OldValue);
            Assert.Equal("nosuid", finding.Fix.Value);
        }

        [Theory]
        [InlineData("tmpfs", "size=100m")]
        [InlineData("tmpfs", "size=100m,nodev")]
        [InlineData("none", "bind")]
        [InlineData("none", "rbind,rw")]
        [InlineData("ext4", "bind")]
        [InlineData(null, "bind,nodev")]
        public void Local_volume_mounting_tmpfs_or_a_bind_without_nosuid_is_reported_with_an_append_fix(string? type, string options)
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.LocalVolume("data", type, options);

            var finding = Assert.Single(b.Lint("CTL3005"));

            Assert.Equal(mount.Options!.Span, finding.Span);
            Assert.Equal(FixKind.AppendOption, finding.Fix!.Kind);
            Assert.Equal("nosuid", finding.Fix.Value);
            Assert.Contains("lack 'nosuid'", finding.Evidence);
        }

        [Fact]
        public void Local_volume_that_writes_suid_gets_a_replace_fix()
        {
            var b = ContainerBuilder.Hardened();
            b.LocalVolume("data", "tmpfs", "size=1g,suid,nodev");

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3005", finding.Rule.Id);
            Assert.Equal(FixKind.ReplaceOption, finding.Fix!.Kind);
            Assert.Equal("suid", finding.Fix.OldValue);
            Assert.Contains("turn on 'suid'", finding.Evidence);
        }

        [Fact]
        public void Local_volume_whose_later_suid_undoes_nosuid_says_so()
        {
            // Audit 133 T133-6: "lack 'nosuid'" was said of options that hold nosuid, undone by a later suid.
            var b = ContainerBuilder.Hardened();
            b.LocalVolume("data", "tmpfs", "nosuid,nodev,suid");

            var finding = Assert.Single(b.Lint("CTL3005"));

            Assert.Equal("tmpfs mount options 'nosuid,nodev,suid' turn on 'suid'", finding.Evidence);
            Assert.Equal("suid", finding.Fix!.OldValue);
        }

        [Theory]
        [InlineData("tmpfs", "size=100m,nosuid,nodev")]
        [InlineData("none", "bind,NOSUID,nodev")]
        [InlineData("nfs", "addr=10.0.0.1,rw")]
        [InlineData("none", "rw")]
        [InlineData("cifs", "username=u")]
        public void Local_volume_with_nosuid_or_of_another_kind_is_not_reported(string type, string options)
        {
            var b = ContainerBuilder.Hardened();
            b.LocalVolume("data", type, options);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Local_tmpfs_volume_without_options_is_reported_at_its_type()
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.LocalVolume("scratch", "tmpfs", null);

            var finding = Assert.Single(b.Lint("CTL3005"));

            Assert.Equal(mount.VolumeDriverType!.Span, finding.Span);
            Assert.Null(finding.Fix);
        }

        [Fact]
        public void Bind_mount_that_is_not_from_volume_options_is_not_reported()
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind("./data", readOnly: true);
            mount.Options = b.Value("rw");

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Unresolved_options_are_left_to_CTL9002()
        {
            var b = ContainerBuilder.Hardened();
            var tmpfs = b.Tmpfs("/tmp");
            tmpfs.Options = b.Unresolved<string>("${TMP_OPTS}", "TMP_OPTS");
            var volume = b.LocalVolume("data", "tmpfs", null);
            volume.Options = b.Unresolved<string>("${VOL_OPTS}", "VOL_OPTS");

            Assert.Equal(new[] { "CTL9002", "CTL9002" }, Linting.Ids(b.Lint()));
        }

        [Fact]
        public void Conditional_options_may_apply()
        {
            var b = ContainerBuilder.Hardened();
            b.Tmpfs("/tmp", "suid", ValueCertainty.Conditional);

            Assert.Contains("may", Assert.Single(b.Lint("CTL3005")).Evidence);
        }

        [Fact]
        public void Top_level_volume_used_by_two_services_is_one_finding_naming_both()
        {
            var web = ContainerBuilder.Hardened("web");
            var mount = web.LocalVolume("shared", "tmpfs", "size=10m,nodev");
            var worker = ContainerBuilder.Hardened("worker");
            worker.Add(mount);

            var sink = new FindingSink();
            RuleEngine.Check(web.Container, LintOptions.Default, sink);
            RuleEngine.Check(worker.Container, LintOptions.Default, sink);

            var finding = Assert.Single(sink.ToList());
            Assert.Equal("CTL3005", finding.Rule.Id);
            Assert.Equal(new[] { "web", "worker" }, finding.Containers);
        }
    }
}
