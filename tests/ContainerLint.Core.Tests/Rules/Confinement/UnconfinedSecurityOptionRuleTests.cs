using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Core.Tests.Rules
{
    /// <summary>CTL4002 (seccomp), CTL4003 (AppArmor), CTL4004 (SELinux label).</summary>
    public class SeccompDisabledRuleTests
    {
        [Theory]
        [InlineData("seccomp:unconfined")]
        [InlineData("seccomp=unconfined")]
        [InlineData(" Seccomp = Unconfined ")]
        public void Seccomp_unconfined_is_reported_at_the_entry(string entry)
        {
            UnconfinedOption.AssertReported(entry, "CTL4002");
        }

        [Theory]
        [InlineData("seccomp=./profile.json")]
        [InlineData("seccomp:/etc/docker/seccomp/unconfined.json")]
        [InlineData("seccomp")]
        public void Seccomp_profile_is_not_reported(string entry)
        {
            UnconfinedOption.AssertQuiet(entry);
        }

        [Fact]
        public void Conditional_and_unresolved_entries()
        {
            var b = ContainerBuilder.Hardened();
            b.SecurityOpt("seccomp:unconfined", ValueCertainty.Conditional);
            b.Container.SecurityOpt.Add(b.Unresolved<string>("seccomp:${PROFILE}", "PROFILE"));

            var findings = b.Lint();

            Assert.Equal(new[] { "CTL4002", "CTL9002" }, Linting.Ids(findings));
            Assert.Contains("may", findings[0].Evidence);
        }
    }

    public class AppArmorDisabledRuleTests
    {
        [Theory]
        [InlineData("apparmor:unconfined")]
        [InlineData("apparmor=unconfined")]
        [InlineData("AppArmor = UNCONFINED")]
        public void AppArmor_unconfined_is_reported_at_the_entry(string entry)
        {
            UnconfinedOption.AssertReported(entry, "CTL4003");
        }

        [Theory]
        [InlineData("apparmor=docker-default")]
        [InlineData("apparmor:my-profile")]
        public void AppArmor_profile_is_not_reported(string entry)
        {
            UnconfinedOption.AssertQuiet(entry);
        }
    }

    public class SelinuxDisabledRuleTests
    {
        [Theory]
        [InlineData("label:disable")]
        [InlineData("label=disable")]
        [InlineData(" LABEL : Disable ")]
        // The super privileged container type is unconfined: what label:disable runs the container as (audit 3, 15).
        [InlineData("label:type:spc_t")]
        [InlineData("label=type:spc_t")]
        [InlineData("Label = Type : SPC_T")]
        public void Label_disable_is_reported_at_the_entry(string entry)
        {
            UnconfinedOption.AssertReported(entry, "CTL4004");
        }

        [Theory]
        [InlineData("label=type:svirt_apache_t")]
        [InlineData("label:level:s0:c100,c200")]
        [InlineData("label=nested")]
        [InlineData("label:type:spc_t_custom")]
        [InlineData("label:user:spc_t")]
        [InlineData("label:type:")]
        public void Other_label_options_are_not_reported(string entry)
        {
            UnconfinedOption.AssertQuiet(entry);
        }
    }

    internal static class UnconfinedOption
    {
        public static void AssertReported(string entry, string ruleId)
        {
            var b = ContainerBuilder.Hardened();
            var option = b.SecurityOpt(entry);

            var finding = Assert.Single(b.Lint());

            Assert.Equal(ruleId, finding.Rule.Id);
            Assert.Equal(option.Span, finding.Span);
            Assert.Equal(FixKind.RemoveEntry, finding.Fix!.Kind);
            Assert.Equal("security option '" + entry.Trim() + "' is set", finding.Evidence);
        }

        public static void AssertQuiet(string entry)
        {
            var b = ContainerBuilder.Hardened();
            b.SecurityOpt(entry);

            Assert.Empty(b.Lint());
        }
    }
}
