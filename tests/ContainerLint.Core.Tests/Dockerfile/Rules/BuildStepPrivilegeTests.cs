using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile.Rules
{
    /// <summary>
    /// RUN --security=insecure (CTL1003) and RUN --network=host (CTL5003): the Dockerfile's forms of Compose's
    /// build.privileged and build.network: host, reported for build steps of every stage, at the RUN.
    /// </summary>
    public class BuildStepPrivilegeTests
    {
        private static string Fix(string text) => DockerfileFixer.Apply(text, Lint(text), out _);

        [Theory]
        [InlineData("RUN --security=insecure mount -t tmpfs none /mnt", RuleIds.Privileged, "RUN --security=insecure runs the build step privileged")]
        [InlineData("RUN --mount=type=cache,target=/root/.cache --security=INSECURE make", RuleIds.Privileged, "RUN --security=insecure runs the build step privileged")]
        [InlineData("RUN --network=host curl http://localhost:8080", RuleIds.HostNetwork, "RUN --network=host runs the build step in the host's network namespace")]
        [InlineData("RUN --network=$NET apt-get update", RuleIds.HostNetwork, "RUN --network=host runs the build step in the host's network namespace")]
        public void Build_step_flag_is_reported_at_the_RUN(string run, string id, string evidence)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine AS build", "ARG NET=host", run, "FROM alpine", "USER app"), id));
            Assert.Equal((3, 1), (finding.Span.StartLine, finding.Span.StartColumn));
            Assert.Equal(evidence, finding.Evidence);
        }

        [Theory]
        [InlineData("ONBUILD RUN --security=insecure make", RuleIds.Privileged, "ONBUILD RUN --security=insecure runs the build step privileged")]
        [InlineData("onbuild run --network=HOST make", RuleIds.HostNetwork, "ONBUILD RUN --network=host runs the build step in the host's network namespace")]
        [InlineData("ONBUILD RUN --mount=type=cache,target=/c --network=host make", RuleIds.HostNetwork, "ONBUILD RUN --network=host runs the build step in the host's network namespace")]
        public void Build_step_flag_of_an_onbuild_trigger_is_reported_at_the_trigger(string line, string id, string evidence)
        {
            // audit 22 L2: the trigger is a build step of every build FROM the image, in any stage, as for CTL1004.
            foreach (var text in new[] { Lines("FROM alpine", line, "USER app"), Lines("FROM alpine AS base", line, "FROM alpine", "USER app") })
            {
                var finding = Assert.Single(FindingsOf(text, id));
                Assert.Equal((2, 9, 2, line.Length + 1), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
                Assert.Equal(evidence, finding.Evidence);
            }
        }

        [Theory]
        [InlineData("ONBUILD RUN --network=$NET make")]
        [InlineData("ONBUILD RUN --network=none make")]
        [InlineData("ONBUILD RUN echo --security=insecure")]
        public void Onbuild_trigger_flag_with_a_variable_or_another_value_is_not_reported(string line)
        {
            // A variable of a trigger is expanded in the build FROM the image, with that build's ARGs and ENVs.
            var findings = Lint(Lines("FROM alpine", "ARG NET=host", line, "USER app"));
            Assert.DoesNotContain(findings, f => f.Rule.Id is RuleIds.Privileged or RuleIds.HostNetwork);
        }

        [Theory]
        [InlineData("ONBUILD RUN --security=insecure make", "ONBUILD RUN make")]
        [InlineData("ONBUILD RUN --mount=type=cache,target=/c --network=host \\\n    make", "ONBUILD RUN --mount=type=cache,target=/c \\\n    make")]
        public void Fix_removes_the_flag_of_an_onbuild_trigger_as_of_a_RUN(string line, string fixedLine)
        {
            var text = Lines("FROM alpine", line, "USER app");
            var once = Fix(text);
            Assert.Equal(Lines("FROM alpine", fixedLine, "USER app"), once);
            Assert.DoesNotContain(Lint(once), f => f.Rule.Id is RuleIds.Privileged or RuleIds.HostNetwork);
        }

        [Theory]
        [InlineData("RUN --security=sandbox make")]
        [InlineData("RUN --network=none make")]
        [InlineData("RUN --network=default make")]
        [InlineData("RUN echo --security=insecure --network=host")]
        [InlineData("RUN [\"sh\", \"-c\", \"echo --network=host\"]")]
        [InlineData("RUN --network=$UNSET make")]
        public void Other_values_and_words_that_only_look_like_the_flags_are_not_reported(string run)
        {
            var findings = Lint(Lines("FROM alpine", run, "USER app"));
            Assert.DoesNotContain(findings, f => f.Rule.Id is RuleIds.Privileged or RuleIds.HostNetwork);
        }

        [Theory]
        [InlineData("RUN --security=insecure \\\n    make", "RUN \\\n    make")]
        [InlineData("RUN --network=host\\\n    make", "RUN \\\n    make")]
        [InlineData("RUN --mount=type=cache,target=/c --network=host  \\\n    make", "RUN --mount=type=cache,target=/c \\\n    make")]
        public void Fix_of_a_flag_before_a_line_continuation_keeps_the_continuation(string run, string fixedRun)
        {
            // audit 5, §3: the flag's blanks ran into the continuation, and the fix was never made.
            var text = Lines("FROM alpine", run, "USER app");
            var once = Fix(text);
            Assert.Equal(Lines("FROM alpine", fixedRun, "USER app"), once);
            Assert.DoesNotContain(Lint(once), f => f.Rule.Id is RuleIds.Privileged or RuleIds.HostNetwork);
        }

        [Fact]
        public void Fix_removes_the_flag_and_the_blanks_after_it_and_nothing_else()
        {
            var text = Lines("FROM alpine", "# needs the host's resolver", "RUN --mount=type=cache,target=/c  --network=host   --security=insecure make \\", "    install", "USER app");
            var once = Fix(text);
            Assert.Equal(Lines("FROM alpine", "# needs the host's resolver", "RUN --mount=type=cache,target=/c  make \\", "    install", "USER app"), once);
            Assert.Equal(once, Fix(once));
        }
    }
}
