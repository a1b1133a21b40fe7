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
        [InlineData(":1000")]
        [InlineData(" :1000")]
        [InlineData(":0")]
        [InlineData(":app")]
        public void Empty_user_part_before_a_group_is_the_runtimes_default_uid_0(string user)
        {
            Assert.True(UserNames.IsRoot(user));
        }

        [Theory]
        [InlineData("+0")]
        [InlineData("-0")]
        [InlineData("+000")]
        [InlineData("+00:1000")]
        [InlineData("-0:0")]
        [InlineData(" +0 ")]
        [InlineData(" -0 :1000")]
        public void Signed_zero_user_part_is_uid_0_and_root_as_Go_Atoi_reads_it(string user)
        {
            Assert.True(UserNames.IsRoot(user));
        }

        [Theory]
        [InlineData("+0", true)]
        [InlineData("-0", true)]
        [InlineData("+1000", true)]
        [InlineData("-1", true)]
        [InlineData("10001", true)]
        [InlineData("+", false)]
        [InlineData("-", false)]
        [InlineData("++0", false)]
        [InlineData("+-0", false)]
        [InlineData("0+", false)]
        [InlineData("+ 0", false)]
        [InlineData("1e3", false)]
        [InlineData("app", false)]
        [InlineData("", false)]
        [InlineData(null, false)]
        public void User_part_is_a_uid_when_Go_Atoi_accepts_it_sign_included(string? userPart, bool uid)
        {
            Assert.Equal(uid, UserNames.IsUid(userPart));
        }

        [Theory]
        [InlineData("+1000")]
        [InlineData("+1000:0")]
        [InlineData("-1")]
        [InlineData("+ 0")]
        [InlineData("++0")]
        [InlineData("+-0")]
        [InlineData("+")]
        [InlineData("-:0")]
        public void Signed_non_zero_uid_and_signs_without_a_number_are_not_root(string user)
        {
            Assert.False(UserNames.IsRoot(user));
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
        [InlineData("")]
        [InlineData("   ")]
        [InlineData(null)]
        public void Anything_else_is_not_root(string? user)
        {
            Assert.False(UserNames.IsRoot(user));
        }
    }
}
