using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Core.Tests.Rules
{
    public class NoNewPrivilegesRuleTests
    {
        private static ContainerBuilder WithoutSecurityOpt(bool reportsOmissions = true)
        {
            var b = ContainerBuilder.Hardened();
            b.Container.SecurityOpt.Clear();
            b.Container.ReportsOmissions = reportsOmissions;
            return b;
        }

        [Fact]
        public void Missing_no_new_privileges_is_reported_at_the_declaration_with_an_add_fix()
        {
            var b = WithoutSecurityOpt();
            b.SecurityOpt("label=type:svirt_apache_t");

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL4001", finding.Rule.Id);
            Assert.Equal(b.Declaration, finding.Span);
            Assert.Equal(FixKind.AddSetting, finding.Fix!.Kind);
            Assert.Equal(FixKeys.SecurityOpt, finding.Fix.Key);
            Assert.Equal("no-new-privileges:true", finding.Fix.Value);
        }

        [Theory]
        [InlineData("no-new-privileges")]
        [InlineData("no-new-privileges:true")]
        [InlineData("no-new-privileges=true")]
        [InlineData(" No-New-Privileges = TRUE ")]
        [InlineData("no-new-privileges:1")]
        public void No_new_privileges_turned_on_is_not_reported(string entry)
        {
            var b = WithoutSecurityOpt();
            b.SecurityOpt(entry);

            Assert.Empty(b.Lint());
        }

        [Theory]
        [InlineData("no-new-privileges:false")]
        [InlineData("no-new-privileges=false")]
        [InlineData("NO-NEW-PRIVILEGES : False")]
        public void No_new_privileges_false_is_reported_at_the_entry_even_where_omissions_do_not_count(string entry)
        {
            var b = WithoutSecurityOpt(reportsOmissions: false);
            var option = b.SecurityOpt(entry);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL4001", finding.Rule.Id);
            Assert.Equal(option.Span, finding.Span);
            Assert.Equal(FixKind.SetValue, finding.Fix!.Kind);
            Assert.Equal("no-new-privileges:true", finding.Fix.Value);
            Assert.Contains("turns it off", finding.Evidence);
        }

        [Fact]
        public void Last_entry_wins_when_no_new_privileges_is_given_twice()
        {
            var offThenOn = WithoutSecurityOpt();
            offThenOn.SecurityOpt("no-new-privileges:false");
            offThenOn.SecurityOpt("no-new-privileges");
            Assert.Empty(offThenOn.Lint());

            var onThenOff = WithoutSecurityOpt();
            onThenOff.SecurityOpt("no-new-privileges");
            var off = onThenOff.SecurityOpt("no-new-privileges=false");
            Assert.Equal(off.Span, Assert.Single(onThenOff.Lint()).Span);
        }

        [Fact]
        public void Missing_no_new_privileges_is_quiet_where_omissions_do_not_count()
        {
            Assert.Empty(WithoutSecurityOpt(reportsOmissions: false).Lint());
        }

        [Fact]
        public void Unresolved_entry_may_be_no_new_privileges_so_only_CTL9002_is_reported()
        {
            var b = WithoutSecurityOpt();
            b.Container.SecurityOpt.Add(b.Unresolved<string>("${OPT}", "OPT"));

            Assert.Equal(new[] { "CTL9002" }, Linting.Ids(b.Lint()));
        }

        [Fact]
        public void Conditional_false_may_apply()
        {
            var b = WithoutSecurityOpt();
            b.SecurityOpt("no-new-privileges:false", ValueCertainty.Conditional);

            Assert.Contains("may", Assert.Single(b.Lint()).Evidence);
        }
    }
}
