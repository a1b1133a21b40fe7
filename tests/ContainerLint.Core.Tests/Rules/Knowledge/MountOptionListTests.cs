using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Core.Tests.Rules.Knowledge
{
    public class MountOptionListTests
    {
        [Fact]
        public void Split_trims_and_drops_empty_options()
        {
            Assert.Equal(new[] { "rw", "nosuid", "size=64m" }, MountOptionList.Split(" rw,,nosuid , size=64m,"));
            Assert.Empty(MountOptionList.Split(null));
        }

        [Theory]
        [InlineData("rw,NOSUID", "nosuid", true)]
        [InlineData("rw,nosuid2", "nosuid", false)]
        [InlineData("", "nosuid", false)]
        [InlineData(null, "nosuid", false)]
        public void Has_compares_whole_options_case_insensitively(string? options, string option, bool expected)
        {
            Assert.Equal(expected, MountOptionList.Has(options, option));
        }

        [Theory]
        [InlineData("suid,nosuid", "nosuid")]
        [InlineData("nosuid,suid", "suid")]
        [InlineData("size=1m, SUID", "SUID")]
        [InlineData("size=1m", null)]
        [InlineData("", null)]
        [InlineData(null, null)]
        public void LastOf_returns_the_last_of_two_contrary_options_as_written(string? options, string? expected)
        {
            Assert.Equal(expected, MountOptionList.LastOf(options, "suid", "nosuid"));
        }
    }
}
