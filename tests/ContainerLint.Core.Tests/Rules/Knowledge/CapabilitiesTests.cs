using System.Linq;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Core.Tests.Rules.Knowledge
{
    public class CapabilitiesTests
    {
        [Theory]
        [InlineData("SYS_ADMIN", "SYS_ADMIN")]
        [InlineData("sys_admin", "SYS_ADMIN")]
        [InlineData("CAP_SYS_ADMIN", "SYS_ADMIN")]
        [InlineData("cap_sys_admin", "SYS_ADMIN")]
        [InlineData("  all ", "ALL")]
        [InlineData("  cap_all ", "CAP_ALL")]
        [InlineData("", "")]
        [InlineData(null, "")]
        public void Normalize_upper_cases_and_drops_the_CAP_prefix_but_not_from_CAP_ALL_which_Docker_rejects(string? name, string expected)
        {
            Assert.Equal(expected, Capabilities.Normalize(name));
        }

        [Fact]
        public void Default_and_near_root_sets_are_known_and_do_not_overlap()
        {
            Assert.Equal(14, Capabilities.DockerDefaults.Count);
            Assert.All(Capabilities.DockerDefaults, c => Assert.Contains(c, Capabilities.Known));
            Assert.All(Capabilities.NearRoot, c => Assert.Contains(c, Capabilities.Known));
            Assert.Empty(Capabilities.DockerDefaults.Intersect(Capabilities.NearRoot));
        }
    }
}
