using System.Linq;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;

namespace ContainerLint.Core.Tests.Rules
{
    public class PrivilegedContainerRuleTests
    {
        [Fact]
        public void Privileged_true_is_reported_at_the_value_with_a_remove_fix()
        {
            var b = ContainerBuilder.Hardened();
            var privileged = b.Container.Privileged = b.Value(true);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL1003", finding.Rule.Id);
            Assert.Equal(privileged.Span, finding.Span);
            Assert.Equal("the container runs privileged", finding.Evidence);
            Assert.Equal(FixKind.RemoveEntry, finding.Fix!.Kind);
            Assert.StartsWith("Privileged container: the container runs privileged. ", finding.Message);
        }

        [Fact]
        public void Privileged_build_is_reported_at_its_value()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.Build = new BuildSpec(b.NextSpan());
            var privileged = b.Container.Build.Privileged = b.Value(true);

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL1003", finding.Rule.Id);
            Assert.Equal(privileged.Span, finding.Span);
            Assert.Equal("the image build runs privileged", finding.Evidence);
            Assert.Equal(FixKind.RemoveEntry, finding.Fix!.Kind);
        }

        [Fact]
        public void Privileged_container_and_privileged_build_are_two_findings()
        {
            var b = new ContainerBuilder();
            var container = b.Container.Privileged = b.Value(true);
            b.Container.Build = new BuildSpec(b.NextSpan());
            var build = b.Container.Build.Privileged = b.Value(true);

            Assert.Equal(new[] { container.Span, build.Span }, b.Lint("CTL1003").Select(f => f.Span));
        }

        [Fact]
        public void Privileged_false_is_not_reported()
        {
            var b = ContainerBuilder.Hardened();
            b.Container.Privileged = b.Value(false);
            b.Container.Build = new BuildSpec(b.NextSpan()) { Privileged = b.Value(false) };

            Assert.Empty(b.Lint());
        }

        [Fact]
        public void Privileged_on_one_branch_of_a_conditional_may_apply()
        {
            var b = new ContainerBuilder();
            b.Container.Privileged = b.Value(true, ValueCertainty.Conditional);

            var finding = Assert.Single(b.Lint("CTL1003"));

            Assert.Contains("may", finding.Evidence);
        }

        [Fact]
        public void Unresolved_privileged_is_left_to_CTL9002()
        {
            var b = new ContainerBuilder();
            var privileged = b.Container.Privileged = b.Unresolved<bool>("${PRIV}", "PRIV");

            var finding = Assert.Single(b.Lint());

            Assert.Equal("CTL9002", finding.Rule.Id);
            Assert.Equal(privileged.Span, finding.Span);
        }

        [Fact]
        public void Value_shared_by_two_services_is_one_finding_naming_both()
        {
            var web = new ContainerBuilder("web");
            var shared = web.Container.Privileged = web.Value(true);
            var worker = new ContainerBuilder("worker");
            worker.Container.Privileged = shared;

            var sink = new FindingSink();
            RuleEngine.Check(web.Container, LintOptions.Default, sink);
            RuleEngine.Check(worker.Container, LintOptions.Default, sink);

            var finding = Assert.Single(sink.ToList());
            Assert.Equal(new[] { "web", "worker" }, finding.Containers);
            Assert.Contains("(in web, worker)", finding.Message);
        }
    }
}
