using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;
using ContainerLint.Text;

namespace ContainerLint.Core.Tests.Rules.Knowledge
{
    public class LocalVolumeDriverTests
    {
        private static readonly SourceSpan At = new SourceSpan("compose.yaml", 1, 1, 1, 2);

        private static Setting<string>? Known(string? value) => value is null ? null : new Setting<string>(value, At);

        private static Setting<string> Unknown() => Setting<string>.Unresolved(At, "${X}", new[] { "X" });

        [Theory]
        [InlineData("none", "bind", true)]
        [InlineData(null, "bind", true)]
        [InlineData("none", "rbind,nosuid", true)]
        [InlineData("NONE", " bind ", true)]
        [InlineData("nfs", "bind", false)]
        [InlineData("tmpfs", "size=1m", false)]
        [InlineData(null, "nosuid", false)]
        [InlineData("none", "BIND", false)]
        public void Bind_needs_a_bind_option_and_no_other_file_system_type(string? type, string options, bool expected)
        {
            Assert.Equal(expected, LocalVolumeDriver.BindsDevice(Known(type), Known(options), Known("/srv")));
        }

        [Fact]
        public void Nothing_is_bound_without_a_device()
        {
            Assert.False(LocalVolumeDriver.BindsDevice(Known("none"), Known("bind"), null));
        }

        [Fact]
        public void Unreadable_options_count_as_a_bind_only_with_type_none()
        {
            Assert.True(LocalVolumeDriver.BindsDevice(Known("none"), Unknown(), Known("/srv")));
            Assert.True(LocalVolumeDriver.BindsDevice(null, Unknown(), Known("/srv")));
            Assert.False(LocalVolumeDriver.BindsDevice(Unknown(), Known("bind"), Known("/srv")));
            Assert.False(LocalVolumeDriver.BindsDevice(null, null, Known("/srv")));
        }

        [Fact]
        public void Only_the_local_driver_passes_options_to_mount()
        {
            Assert.True(LocalVolumeDriver.IsLocal(null));
            Assert.True(LocalVolumeDriver.IsLocal(Known(" Local ")));
            Assert.False(LocalVolumeDriver.IsLocal(Known("rexray/ebs")));
            Assert.False(LocalVolumeDriver.IsLocal(Unknown()));
        }
    }
}
