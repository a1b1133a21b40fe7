using ContainerLint.Catalog;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    /// <summary>
    /// A stage built FROM another stage of the file runs that stage's ONBUILD triggers first (BuildKit's
    /// dispatchOnBuildTriggers), and only those: the child's image has no triggers left for its own children (audit 61 Y1).
    /// </summary>
    public class OnBuildTriggerTests
    {
        [Fact]
        public void Onbuild_user_root_of_the_stage_the_final_one_is_built_from_is_its_user()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine:3.20 AS base", "ONBUILD USER root", "USER 1000", "FROM base", "RUN id"), RuleIds.RunsAsRoot));
            Assert.Equal((2, 1, 2, 18), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
            Assert.StartsWith("ONBUILD USER root (a trigger of stage 'base', which the build FROM it runs)", finding.Evidence, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Onbuild_user_of_a_non_root_user_gives_the_final_stage_a_user()
        {
            var text = Lines("FROM alpine:3.20 AS base", "ONBUILD USER 1000", "FROM base", "RUN id");
            Assert.Empty(FindingsOf(text, RuleIds.NoNonRootUser));
            Assert.Empty(FindingsOf(text, RuleIds.RunsAsRoot));
        }

        [Theory]
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD USER root", "FROM base", "USER 1000")]
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD USER root", "USER 1000")]
        public void Onbuild_user_root_that_the_final_stage_replaces_or_does_not_run_is_not_reported(params string[] lines)
        {
            Assert.Empty(FindingsOf(Lines(lines), RuleIds.RunsAsRoot));
        }

        [Fact]
        public void User_an_onbuild_user_gave_the_parent_stage_is_inherited_further()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine:3.20 AS a", "ONBUILD USER root", "USER 1000", "FROM a AS b", "FROM b", "RUN id"), RuleIds.RunsAsRoot));
            Assert.Equal(2, finding.Span.StartLine);
        }

        [Fact]
        public void Onbuild_user_variables_are_those_of_the_stage_that_runs_the_trigger()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine:3.20 AS base", "ENV RUN_AS=root", "ONBUILD USER $RUN_AS", "USER 1000", "FROM base"), RuleIds.RunsAsRoot));
            Assert.StartsWith("ONBUILD USER $RUN_AS resolves to 'root'", finding.Evidence, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Onbuild_run_that_sets_the_setuid_bit_in_the_final_stage_is_reported()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine:3.20 AS base", "ONBUILD RUN chmod u+s /bin/busybox", "USER 1000", "FROM base"), RuleIds.SetuidBit));
            Assert.Equal(2, finding.Span.StartLine);
            Assert.Equal("chmod u+s sets the setuid/setgid bit (an ONBUILD trigger of stage 'base', which the build FROM it runs)", finding.Evidence);
        }

        // Audit 63 W5.
        [Fact]
        public void Onbuild_copy_with_a_setuid_mode_in_the_final_stage_is_reported()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine:3.20 AS base", "ONBUILD COPY --chmod=4755 tool /usr/bin/tool", "USER 1000", "FROM base"), RuleIds.SetuidBit));
            Assert.Equal(2, finding.Span.StartLine);
            Assert.Equal("COPY --chmod=4755 sets the setuid/setgid bit (an ONBUILD trigger of stage 'base', which the build FROM it runs)", finding.Evidence);
        }

        // Audit 65 U3: the mode is expanded where the trigger runs, with the variables the child has right after its FROM.
        [Theory]
        [InlineData("ONBUILD COPY --chmod=${M:-4755} tool /usr/bin/tool", "COPY --chmod=4755")]
        [InlineData("ENV M=4755\nONBUILD COPY --chmod=$M tool /usr/bin/tool", "COPY --chmod=4755")]
        [InlineData("ONBUILD ADD --chmod=${M:-u+s} tool /usr/bin/tool", "ADD --chmod=u+s")]
        // A child stage inherits the ARGs its parent declared (see VariableScope).
        [InlineData("ARG M=4755\nONBUILD ADD --chmod=${M} tool /usr/bin/tool", "ADD --chmod=4755")]
        public void Onbuild_copy_whose_mode_the_child_expands_to_setuid_is_reported(string trigger, string evidence)
        {
            var text = Lines("FROM alpine:3.20 AS base", trigger, "FROM base", "USER 1000");
            var finding = Assert.Single(FindingsOf(text, RuleIds.SetuidBit));
            Assert.Equal(evidence + " sets the setuid/setgid bit (an ONBUILD trigger of stage 'base', which the build FROM it runs)", finding.Evidence);
        }

        [Theory]
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD COPY --chmod=${M:-0755} tool /usr/bin/tool", "FROM base", "USER 1000")]
        // The child's own ENV comes after the triggers ran.
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD COPY --chmod=$M tool /usr/bin/tool", "FROM base", "ENV M=4755", "USER 1000")]
        // Set by another trigger: not worked out.
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD ENV M=4755", "ONBUILD COPY --chmod=$M tool /usr/bin/tool", "FROM base", "USER 1000")]
        public void Onbuild_copy_whose_mode_is_not_setuid_where_it_runs_is_not_reported(params string[] lines)
        {
            Assert.Empty(FindingsOf(Lines(lines), RuleIds.SetuidBit));
        }

        [Theory]
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD COPY --chmod=4755 tool /usr/bin/tool", "USER 1000")]
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD COPY --chmod=$MODE tool /usr/bin/tool", "USER 1000", "FROM base")]
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD RUN chmod u+s /bin/busybox", "USER 1000")]
        [InlineData("FROM alpine:3.20 AS base", "ONBUILD RUN chmod u+s /bin/busybox", "FROM alpine:3.20", "USER 1000")]
        public void Onbuild_trigger_no_stage_of_the_final_chain_runs_is_not_reported(params string[] lines)
        {
            Assert.Empty(FindingsOf(Lines(lines), RuleIds.SetuidBit));
        }
    }
}
