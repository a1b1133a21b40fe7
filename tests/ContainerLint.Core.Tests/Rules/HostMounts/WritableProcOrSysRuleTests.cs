using System.Linq;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Core.Tests.Rules
{
    public class WritableProcOrSysRuleTests
    {
        [Theory]
        [InlineData("/proc", "/proc")]
        [InlineData("/proc/sys/kernel", "/proc/sys/kernel")]
        [InlineData("/sys", "/sys")]
        [InlineData("/sys/fs/cgroup/", "/sys/fs/cgroup")]
        [InlineData("/etc/../proc//sys/.", "/proc/sys")]
        public void Writable_bind_of_proc_or_sys_is_reported_at_the_mount(string source, string normalised)
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind(source);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3002", finding.Rule.Id);
            Assert.Equal(mount.Span, finding.Span);
            Assert.Equal("host path '" + normalised + "' is mounted writable", finding.Evidence);
            Assert.Equal(FixKind.MakeReadOnly, finding.Fix!.Kind);
        }

        [Fact]
        public void Explicitly_writable_bind_is_reported()
        {
            var b = ContainerBuilder.Hardened();
            b.Bind("/sys", readOnly: false);

            Assert.Equal(new[] { "CTL3002" }, Linting.Ids(b.Lint()));
        }

        [Fact]
        public void Read_only_bind_of_proc_is_CTL3003_not_CTL3002()
        {
            var b = ContainerBuilder.Hardened();
            b.Bind("/proc", readOnly: true);

            Assert.Equal(new[] { "CTL3003" }, Linting.Ids(b.Lint()));
        }

        [Theory]
        [InlineData("/procedures")]
        [InlineData("/system")]
        [InlineData("./proc")]
        [InlineData("/srv/proc")]
        public void Path_that_only_looks_like_proc_or_sys_is_not_reported(string source)
        {
            var b = ContainerBuilder.Hardened();
            b.Bind(source);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Named_volume_called_proc_is_not_a_host_path()
        {
            var b = ContainerBuilder.Hardened();
            b.Add(new MountSpec(MountKind.Volume, b.NextSpan()) { Source = b.Value("/proc"), Target = b.Value("/data") });

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Unresolved_read_only_flag_is_unknown_and_not_reported_as_writable()
        {
            var b = ContainerBuilder.Hardened();
            var mount = b.Bind("/proc");
            mount.ReadOnly = b.Unresolved<bool>("${RO}", "RO");

            // Mounted either way: CTL3003 (see SensitiveHostPathRuleTests), never CTL3002.
            Assert.Equal(new[] { "CTL3003", "CTL9002" }, Linting.Ids(b.Lint()).OrderBy(id => id));
        }

        [Fact]
        public void Conditional_source_may_apply()
        {
            var b = ContainerBuilder.Hardened();
            b.Bind("/sys", sourceCertainty: ValueCertainty.Conditional);

            Assert.Contains("may", Assert.Single(b.Lint()).Message);
        }

        [Theory]
        [InlineData("systempaths=unconfined", "unmasks /proc and /sys")]
        [InlineData("systempaths:unconfined", "unmasks /proc and /sys")]
        [InlineData(" SystemPaths = Unconfined ", "unmasks /proc and /sys")]
        [InlineData("writable-cgroups=true", "makes the cgroup filesystem (/sys/fs/cgroup) writable")]
        [InlineData("writable-cgroups:1", "makes the cgroup filesystem (/sys/fs/cgroup) writable")]
        [InlineData(" Writable-Cgroups = TRUE ", "makes the cgroup filesystem (/sys/fs/cgroup) writable")]
        public void Security_option_that_opens_proc_or_sys_is_reported_at_the_entry(string entry, string evidence)
        {
            var b = ContainerBuilder.Hardened();
            var option = b.SecurityOpt(entry);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL3002", finding.Rule.Id);
            Assert.Equal(option.Span, finding.Span);
            Assert.Equal(FixKind.RemoveEntry, finding.Fix!.Kind);
            Assert.Contains(evidence, finding.Evidence);
        }

        [Theory]
        [InlineData("writable-cgroups=false")]
        [InlineData("writable-cgroups=0")]
        [InlineData("writable-cgroups")]
        [InlineData("writable-cgroups=maybe")]
        public void Writable_cgroups_off_or_not_a_boolean_is_not_reported(string entry)
        {
            var b = ContainerBuilder.Hardened();
            b.SecurityOpt(entry);

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Empty_masked_paths_and_empty_read_only_paths_are_reported_at_their_values()
        {
            var b = ContainerBuilder.Hardened();
            var masked = b.Container.MaskedPathCount = b.Value(0);
            var readOnly = b.Container.ReadonlyPathCount = b.Value(0);

            var findings = b.Lint();

            Assert.Equal(new[] { "CTL3002", "CTL3002" }, Linting.Ids(findings));
            Assert.Equal(masked.Span, findings[0].Span);
            Assert.Equal("masked paths are set to an empty list", findings[0].Evidence);
            Assert.Equal(readOnly.Span, findings[1].Span);
            Assert.Equal("read-only paths are set to an empty list", findings[1].Evidence);
            Assert.All(findings, f => Assert.Equal(FixKind.RemoveEntry, f.Fix!.Kind));
        }

        [Fact]
        public void Non_empty_masked_paths_are_not_reported()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.MaskedPathCount = b.Value(3);
            b.Container.ReadonlyPathCount = b.Value(1);

            Assert.Empty(b.Lint());
        }
    }
}
