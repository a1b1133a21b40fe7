using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Core.Tests.Rules.Knowledge
{
    public class SecurityOptionsTests
    {
        [Theory]
        [InlineData("seccomp:unconfined", "seccomp", "unconfined")]
        [InlineData("seccomp=unconfined", "seccomp", "unconfined")]
        [InlineData("  Seccomp = Unconfined  ", "seccomp", "unconfined")]
        [InlineData("label=type:svirt_apache_t", "label", "type:svirt_apache_t")]
        [InlineData("no-new-privileges", "no-new-privileges", null)]
        [InlineData("", "", null)]
        [InlineData(null, "", null)]
        public void Parse_splits_at_the_first_colon_or_equals_sign(string? entry, string key, string? value)
        {
            Assert.Equal((key, value), SecurityOptions.Parse(entry));
        }

        [Theory]
        [InlineData("apparmor:unconfined", true)]
        [InlineData("APPARMOR=UNCONFINED", true)]
        [InlineData("apparmor = unconfined", true)]
        [InlineData("apparmor=docker-default", false)]
        [InlineData("apparmor", false)]
        [InlineData("seccomp=unconfined", false)]
        public void Is_compares_key_and_value_case_insensitively(string entry, bool expected)
        {
            Assert.Equal(expected, SecurityOptions.Is(entry, "apparmor", "unconfined"));
        }

        [Theory]
        [InlineData("no-new-privileges", true)]
        [InlineData("no-new-privileges:true", true)]
        [InlineData("no-new-privileges=true", true)]
        [InlineData("No-New-Privileges : TRUE", true)]
        [InlineData("no-new-privileges=1", true)]
        [InlineData("no-new-privileges=t", true)]
        [InlineData("no-new-privileges:false", false)]
        [InlineData("no-new-privileges=0", false)]
        [InlineData("no-new-privileges=F", false)]
        [InlineData("no-new-privileges=yes", null)]
        [InlineData("seccomp=unconfined", null)]
        [InlineData("no-new-privilege", null)]
        public void NoNewPrivileges_reads_the_value_as_a_boolean(string entry, bool? expected)
        {
            Assert.Equal(expected, SecurityOptions.NoNewPrivileges(entry));
        }
    }
}
