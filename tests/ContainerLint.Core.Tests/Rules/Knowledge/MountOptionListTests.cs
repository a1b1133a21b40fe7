using System.Collections.Generic;
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

        [Theory]
        [InlineData("bind", "nosuid", "bind,nosuid")]
        [InlineData("bind", "nodev", "bind,nodev")]
        [InlineData("bind,nosuid", "nodev", "bind,nosuid,nodev")]
        [InlineData("bind,nodev", "nosuid", "bind,nosuid,nodev")]
        [InlineData("bind, NODEV", "nosuid", "bind, nosuid, NODEV")]
        [InlineData("nodev,bind", "nosuid", "nosuid,nodev,bind")]
        [InlineData("bind,dev", "nosuid", "bind,nosuid,dev")]
        [InlineData("bind,dev,size=1m", "nosuid", "bind,nosuid,dev,size=1m")]
        public void A_fixed_option_is_added_at_the_end_and_nosuid_before_nodev_or_dev(string options, string option, string expected)
        {
            var written = new List<string>(options.Split(','));
            MountOptionList.AddFixedOption(written, option);
            Assert.Equal(expected, string.Join(",", written));
        }
    }
}
