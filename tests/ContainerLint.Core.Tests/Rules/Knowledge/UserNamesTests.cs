using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Core.Tests.Rules.Knowledge
{
    public class UserNamesTests
    {
        [Theory]
        [InlineData("root")]
        [InlineData(" root ")]
        [InlineData("0")]
        [InlineData("000")]
        [InlineData("root:root")]
        [InlineData("0:1000")]
        [InlineData("root:wheel")]
        [InlineData("0:0")]
        [InlineData(" 0 :1000")]
        [InlineData("ContainerAdministrator")]
        [InlineData("CONTAINERADMINISTRATOR")]
        public void Root_user_part_is_root_whatever_the_group(string user)
        {
            Assert.True(UserNames.IsRoot(user));
        }

        [Theory]
        [InlineData("1000:0")]
        [InlineData("guest:root")]
        [InlineData("app")]
        [InlineData("10001")]
        [InlineData("ROOT")]
        [InlineData("rootless")]
        [InlineData("ContainerUser")]
        [InlineData("ContainerAdministrators")]
        [InlineData("00a")]
        [InlineData(":0")]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData(null)]
        public void Anything_else_is_not_root(string? user)
        {
            Assert.False(UserNames.IsRoot(user));
        }
    }
}
