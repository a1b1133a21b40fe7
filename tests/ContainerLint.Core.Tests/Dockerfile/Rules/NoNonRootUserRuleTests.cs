using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Rules;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile.Rules
{
    public class NoNonRootUserRuleTests
    {
        private const string Id = RuleIds.NoNonRootUser;

        [Fact]
        public void Image_without_user_is_reported_at_the_final_from()
        {
            var text = Lines("FROM alpine AS build", "RUN make", "", "FROM debian:12", "COPY --from=build /app /app", "CMD [\"/app\"]");
            var finding = Assert.Single(FindingsOf(text, Id));
            Assert.Equal((4, 1, 4, 15), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
            Assert.Equal(FixKind.InsertUser, finding.Fix!.Kind);
            Assert.Equal(LintOptions.DefaultNonRootUser, finding.Fix.Value);
            Assert.Equal(text.IndexOf("CMD", System.StringComparison.Ordinal), finding.Fix.Offset);
        }

        [Fact]
        public void A_build_target_before_the_last_stage_is_named_in_the_message()
        {
            // awesome-compose's angular: a service builds target builder, not the last stage (audit 156 G156-2).
            var text = Lines("FROM node:17 as builder", "RUN npm ci", "FROM builder as dev-envs", "RUN apt-get install -y git");
            var target = Assert.Single(FindingsOf(text, Id, target: "builder"));
            Assert.Equal(1, target.Span.StartLine);
            Assert.Contains("the build's target is stage 'builder': no USER instruction, and base image 'node:17'", target.Message);
            var last = Assert.Single(FindingsOf(text, Id));
            Assert.Equal(3, last.Span.StartLine);
            Assert.DoesNotContain("target", last.Message);
        }

        [Fact]
        public void User_in_a_builder_stage_does_not_count()
        {
            Assert.Single(FindingsOf(Lines("FROM alpine AS build", "USER app", "FROM alpine"), Id));
        }

        [Fact]
        public void User_inherited_through_from_stage_counts()
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine AS base", "USER app", "FROM base AS mid", "FROM mid", "CMD x"), Id));
        }

        [Fact]
        public void Root_user_is_ctl1001_not_ctl1002()
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", "USER root"), Id));
        }

        [Fact]
        public void From_scratch_without_user_is_reported()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM golang AS b", "FROM scratch", "COPY --from=b /x /x"), Id));
            Assert.Contains("scratch", finding.Evidence, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-jammy-chiseled")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:9.0-noble-chiseled-extra")]
        [InlineData("gcr.io/distroless/static-debian12:nonroot")]
        [InlineData("gcr.io/distroless/base:debug-nonroot")]
        [InlineData("cgr.dev/chainguard/static:latest")]
        [InlineData("nginxinc/nginx-unprivileged:1.27")]
        [InlineData("bitnami/postgresql:16")]
        public void Known_non_root_base_is_not_reported(string baseImage)
        {
            Assert.Empty(FindingsOf(Lines("FROM " + baseImage, "CMD x"), Id));
        }

        [Fact]
        public void Known_non_root_base_is_followed_through_stages()
        {
            Assert.Empty(FindingsOf(Lines("FROM gcr.io/distroless/static:nonroot AS base", "FROM base"), Id));
        }

        [Theory]
        [InlineData("cgr.dev/chainguard/static:latest-dev")]
        [InlineData("gcr.io/distroless/static:latest")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0")]
        public void Look_alike_bases_are_reported(string baseImage)
        {
            Assert.Single(FindingsOf(Lines("FROM " + baseImage), Id));
        }

        [Fact]
        public void Configured_non_root_base_patterns_are_trusted()
        {
            var options = new LintOptions(nonRootBaseImages: new[] { "registry.local/hardened/*" });
            Assert.Empty(FindingsOf(Lines("FROM registry.local/hardened/dotnet:8"), Id, options: options));
        }

        [Fact]
        public void Unresolved_base_is_quiet()
        {
            Assert.Empty(FindingsOf(Lines("ARG BASE", "FROM $BASE"), Id));
        }

        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", "runs as ContainerAdministrator")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-windowsservercore-ltsc2022", "runs as ContainerAdministrator")]
        [InlineData("mcr.microsoft.com/windows/servercore/iis", "not known to switch from ContainerAdministrator")]
        [InlineData("mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022", "not known to switch from ContainerAdministrator")]
        public void Windows_base_names_the_windows_account_and_the_fix_inserts_container_user(string baseImage, string says)
        {
            // audit 3, §14 (fix/w1): a Windows container has no uid; its non-administrator account is ContainerUser.
            var text = Lines("# escape=`", "FROM " + baseImage, "WORKDIR C:\\app", "COPY . .", "ENTRYPOINT [\"dotnet\", \"App.dll\"]");
            var finding = Assert.Single(FindingsOf(text, Id, options: new LintOptions(nonRootUser: "app")));
            Assert.Equal(2, finding.Span.StartLine);
            Assert.Contains(says, finding.Evidence, System.StringComparison.Ordinal);
            Assert.DoesNotContain("uid", finding.Message, System.StringComparison.Ordinal);
            Assert.Equal(FixKind.InsertUser, finding.Fix!.Kind);
            Assert.Equal("ContainerUser", finding.Fix.Value);
        }

        [Theory]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022")]
        public void Nano_server_base_runs_as_container_user_and_is_not_reported(string baseImage)
        {
            Assert.Empty(FindingsOf(Lines("FROM " + baseImage + " AS base", "FROM base", "CMD x"), Id));
        }

        [Fact]
        public void Configured_non_root_user_is_what_the_fix_inserts()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine"), Id, options: new LintOptions(nonRootUser: "app")));
            Assert.Equal("app", finding.Fix!.Value);
        }

        [Theory]
        [InlineData("root")]
        [InlineData("0")]
        [InlineData("app user")]
        public void Configured_non_root_user_that_is_root_or_not_a_user_gives_no_fix(string configured)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", "CMD [\"x\"]"), Id, options: new LintOptions(nonRootUser: configured)));
            Assert.Null(finding.Fix);
        }
    }
}
