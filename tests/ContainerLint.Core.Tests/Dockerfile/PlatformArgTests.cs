using System.Linq;
using ContainerLint.Catalog;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    /// <summary>
    /// The automatic platform ARGs (TARGETPLATFORM, TARGETOS, TARGETARCH, TARGETVARIANT and the BUILD* ones): BuildKit sets
    /// them in the global scope, so FROM may use them undeclared, and a stage after ARG TARGETARCH (Dockerfile reference,
    /// "Automatic platform ARGs in the global scope"). Their value is the build's platform: set, but not known here
    /// (audit 22 L6).
    /// </summary>
    public class PlatformArgTests
    {
        [Theory]
        [InlineData("FROM ubuntu:${TARGETARCH}")]
        [InlineData("FROM gcr.io/distroless/static-debian12:nonroot-${TARGETARCH}")]
        [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled-${TARGETARCH}")]
        [InlineData("ARG TARGETARCH|FROM ubuntu-${TARGETARCH}")]
        [InlineData("FROM ubuntu:24.04-$TARGETOS-$TARGETARCH$TARGETVARIANT")]
        [InlineData("FROM ${BUILDOS}/ubuntu:${BUILDARCH}-${BUILDVARIANT}-${BUILDPLATFORM}-${TARGETPLATFORM}")]
        [InlineData("ARG BASE=gcr.io/distroless/static-debian12:nonroot-${TARGETARCH}|FROM $BASE")]
        [InlineData("FROM alpine|ARG TARGETARCH|USER app-${TARGETARCH}")]
        public void Platform_arg_has_a_value_and_is_not_reported_as_unresolved(string lines)
        {
            // "Give the variable a value or a default" would be harmful: a default replaces the build's platform.
            Assert.Empty(FindingsOf(Lines(lines.Split('|')), RuleIds.UnresolvedValue));
        }

        [Theory]
        [InlineData("FROM ubuntu:${TARGETARCH}", "no USER instruction, and base image 'ubuntu:${TARGETARCH}' is not known to run as a non-root user")]
        [InlineData("FROM ubuntu:24.04-${TARGETARCH}", "no USER instruction, and base image 'ubuntu:24.04-${TARGETARCH}' is not known to run as a non-root user")]
        [InlineData("FROM gcr.io/distroless/static-debian12:${TARGETARCH}", "no USER instruction, and base image 'gcr.io/distroless/static-debian12:${TARGETARCH}' is not known to run as a non-root user")]
        public void Base_whose_repository_is_known_whatever_the_platform_is_checked(string from, string evidence)
        {
            var finding = Assert.Single(FindingsOf(Lines(from, "CMD [\"x\"]"), RuleIds.NoNonRootUser));
            Assert.Equal(evidence, finding.Evidence);
            Assert.NotNull(finding.Fix);
        }

        [Theory]
        [InlineData("FROM gcr.io/distroless/static-debian12:nonroot-${TARGETARCH}")]
        [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled-${TARGETARCH}")]
        [InlineData("ARG BASE=gcr.io/distroless/static-debian12:nonroot-${TARGETARCH}|FROM $BASE")]
        public void Known_non_root_base_whatever_the_platform_is_not_reported(string lines)
        {
            var text = Lines(lines.Split('|').Append("CMD [\"x\"]").ToArray());
            Assert.Empty(FindingsOf(text, RuleIds.NoNonRootUser));
            Assert.Empty(FindingsOf(text, RuleIds.UnresolvedValue)); // the platform is set, not missing
        }

        [Fact]
        public void Dotnet_base_whatever_the_platform_sets_app_uid()
        {
            var text = Lines("FROM mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim-${TARGETARCH}", "USER $APP_UID");
            Assert.DoesNotContain(Lint(text), f => f.Rule.Id is RuleIds.UnresolvedValue or RuleIds.RunsAsRoot or RuleIds.NoNonRootUser);
        }

        [Fact]
        public void Platform_arg_that_may_name_a_stage_leaves_the_base_unknown()
        {
            // FROM base-${TARGETARCH} builds on the stage base-amd64 or base-arm64, whose USER the linter cannot pick.
            var text = Lines("FROM alpine AS base-amd64", "USER app", "FROM alpine AS base-arm64", "USER app", "FROM base-${TARGETARCH}");
            Assert.Empty(FindingsOf(text, RuleIds.NoNonRootUser));
            Assert.Empty(FindingsOf(text, RuleIds.UnresolvedValue));
        }

        [Fact]
        public void Undefined_variable_beside_a_platform_arg_is_still_reported_alone()
        {
            var text = Lines("FROM ubuntu:${TARGETARCH}-${FLAVOR}");
            var finding = Assert.Single(FindingsOf(text, RuleIds.UnresolvedValue));
            Assert.Equal("'ubuntu:${TARGETARCH}-${FLAVOR}' uses FLAVOR, which has no value and no default", finding.Evidence);
            Assert.Empty(FindingsOf(text, RuleIds.NoNonRootUser));
        }

        [Fact]
        public void Platform_arg_used_in_a_stage_without_declaring_it_is_empty_there()
        {
            // Inside a stage the platform ARGs are visible only after ARG TARGETARCH.
            var finding = Assert.Single(FindingsOf(Lines("FROM registry.example.com/base", "USER app-${TARGETARCH}"), RuleIds.UnresolvedValue));
            Assert.Contains("TARGETARCH, which has no value and no default", finding.Evidence, System.StringComparison.Ordinal);
            // Over a base known to set no TARGETARCH, it is empty for certain.
            Assert.Empty(FindingsOf(Lines("FROM alpine", "USER app-${TARGETARCH}"), RuleIds.UnresolvedValue));
        }

        [Fact]
        public void Global_default_of_a_platform_arg_replaces_the_platform()
        {
            var finding = Assert.Single(FindingsOf(Lines("ARG TARGETARCH=amd64", "FROM ubuntu:${TARGETARCH}"), RuleIds.NoNonRootUser));
            Assert.Contains("'ubuntu:amd64'", finding.Evidence, System.StringComparison.Ordinal);
        }
    }
}
