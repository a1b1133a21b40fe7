using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Rules;

namespace ContainerLint.Core.Tests.Rules
{
    /// <summary>All container rules together, as a front end runs them.</summary>
    public class ContainerRulesTests
    {
        [Fact]
        public void Hardened_service_has_no_findings()
        {
            Assert.Empty(ContainerBuilder.Hardened().Lint());
        }

        [Fact]
        public void Bare_service_gets_exactly_the_three_omission_findings_at_its_declaration()
        {
            var b = new ContainerBuilder(reportsOmissions: true);

            var findings = b.Lint();

            Assert.Equal(new[] { "CTL2003", "CTL4001", "CTL6001" }, Linting.Ids(findings));
            Assert.All(findings, f => Assert.Equal(b.Declaration, f.Span));
        }

        [Fact]
        public void Container_that_does_not_report_omissions_and_sets_nothing_is_quiet()
        {
            Assert.Empty(new ContainerBuilder(reportsOmissions: false).Lint());
        }

        [Fact]
        public void Insecure_service_gets_one_finding_per_problem_in_source_order()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.Privileged = b.Value(true);
            b.CapAdd("SYS_ADMIN");
            b.CapAdd("NET_ADMIN");
            b.CapAdd("CHOWN");
            b.Device("/dev/sda");
            b.Bind("/var/run/docker.sock");
            b.Bind("/etc");
            b.Bind("/proc");
            b.SecurityOpt("seccomp:unconfined");
            b.SecurityOpt("apparmor:unconfined");
            b.SecurityOpt("label:disable");
            b.Container.PidMode = b.Value("host");
            b.Container.IpcMode = b.Value("host");
            b.Container.NetworkMode = b.Value("host");
            b.Container.UsernsMode = b.Value("host");
            b.Container.UtsMode = b.Value("host");
            b.Container.CgroupnsMode = b.Value("host");
            b.Container.CgroupParent = b.Value("/x");
            b.Tmpfs("/tmp", "suid,dev");
            b.Bind("./shared", readOnly: true, propagation: "rshared");

            var findings = b.Lint();

            Assert.Equal(new[]
            {
                "CTL1003", "CTL2001", "CTL2002", "CTL3001", "CTL3004", "CTL3003", "CTL3002", "CTL4002", "CTL4003", "CTL4004",
                "CTL5001", "CTL5002", "CTL5003", "CTL5004", "CTL5005", "CTL5006", "CTL5007", "CTL3005", "CTL3006", "CTL3007",
            }, Linting.Ids(findings));
            Assert.Equal(findings.Count, findings.Select(f => (f.Rule.Id, f.Span)).Distinct().Count());
        }

        [Fact]
        public void Every_container_rule_reports_only_its_own_descriptor()
        {
            foreach (var rule in RuleEngine.Rules)
                Assert.Same(RuleCatalog.Get(rule.Descriptor.Id), rule.Descriptor);
        }
    }
}
