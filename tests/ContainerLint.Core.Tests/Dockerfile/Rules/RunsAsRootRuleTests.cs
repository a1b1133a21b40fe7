using ContainerLint.Catalog;
using ContainerLint.Findings;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile.Rules
{
    /// <summary>CTL1001 on Dockerfiles: the rule class exists already; these pin the Dockerfile model it reads.</summary>
    public class RunsAsRootRuleTests
    {
        private const string Id = RuleIds.RunsAsRoot;

        [Theory]
        [InlineData("USER root")]
        [InlineData("USER 0")]
        [InlineData("USER 000")]
        [InlineData("USER root:root")]
        [InlineData("USER 0:1000")]
        [InlineData("USER \"root\"")]
        [InlineData("USER ${APP_USER:-root}")]
        [InlineData("USER ${APP_USER-root}")]
        [InlineData("USER +0")]
        [InlineData("USER -0")]
        [InlineData("USER +00:1000")]
        [InlineData("USER :1000")]
        public void Root_user_is_reported_at_the_user_instruction(string user)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", user), Id));
            Assert.Equal((2, 1, 2, 1 + user.Length), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
            Assert.Equal(FixKind.SetValue, finding.Fix!.Kind);
        }

        [Theory]
        [InlineData("FROM alpine|ARG APP_USER=|USER $APP_USER", "USER $APP_USER resolves to an empty user, which runs as root")]
        [InlineData("FROM alpine|ENV APP_USER=|USER ${APP_USER}", "USER ${APP_USER} resolves to an empty user, which runs as root")]
        [InlineData("FROM alpine|USER \"\"", "USER \"\" is an empty user, which runs as root")]
        [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled|ARG RUN_AS=|USER ${RUN_AS}", "USER ${RUN_AS} resolves to an empty user, which runs as root")]
        [InlineData("FROM gcr.io/distroless/static-debian12:nonroot AS base|FROM base|ARG U=|USER $U", "USER $U resolves to an empty user, which runs as root")]
        public void User_that_resolves_to_an_empty_string_is_root(string lines, string evidence)
        {
            // audit 22 L3: BuildKit stores the expanded USER as the image's user; an empty one is no user, uid 0, whatever
            // user the base image set.
            var text = Lines(lines.Split('|'));
            var finding = Assert.Single(FindingsOf(text, Id));
            Assert.Equal(lines.Split('|').Length, finding.Span.StartLine);
            Assert.Equal(evidence, finding.Evidence);
            // CTL1002 does not come on top: the stage has a USER, as after USER root.
            Assert.Empty(FindingsOf(text, RuleIds.NoNonRootUser));
            Assert.Empty(FindingsOf(text, RuleIds.UnresolvedValue));
        }

        // Audit 78 A78-6: a variable nothing sets is unset, as BuildKit's lexer finds it, not set to empty: ${X-d} is d,
        // ${X+a} is empty; $0..$9 too, which no image's environment holds.
        [Theory]
        [InlineData("FROM alpine|USER ${X+app}", "USER ${X+app} resolves to an empty user, which runs as root (X is set neither in the stage nor by its base image 'alpine')")]
        [InlineData("FROM alpine|USER root${X+x}", "USER root${X+x} resolves to 'root'")]
        [InlineData("FROM alpine|USER ${0+app}", "USER ${0+app} resolves to an empty user, which runs as root (0 is set neither in the stage nor by its base image 'alpine')")]
        [InlineData("FROM alpine|USER root${1+x}", "USER root${1+x} resolves to 'root'")]
        [InlineData("FROM alpine|USER ${9-root}", "USER ${9-root} resolves to 'root'")]
        [InlineData("FROM mycorp/base|USER ${1-root}", "USER ${1-root} resolves to 'root'")]
        [InlineData("FROM alpine|USER ${X%%root}root", "USER ${X%%root}root resolves to 'root'")]
        public void Variable_nothing_sets_is_unset_not_empty(string lines, string evidence) =>
            Assert.Equal(evidence, Assert.Single(FindingsOf(Lines(lines.Split('|')), Id)).Evidence);

        // Audit 81 D81-1: a pattern with * or ? is evaluated, as BuildKit does; it made a set variable one "with no value".
        [Theory]
        [InlineData("FROM alpine|ENV X=a/b/root|USER ${X##*/}", "USER ${X##*/} resolves to 'root'")]
        [InlineData("FROM alpine|ENV X=root.a.b|USER ${X%%.*}", "USER ${X%%.*} resolves to 'root'")]
        [InlineData("FROM alpine|ENV X=xroot|USER ${X#?}", "USER ${X#?} resolves to 'root'")]
        [InlineData("FROM alpine|ENV X=abc|USER ${X/*/root}", "USER ${X/*/root} resolves to 'root'")]
        // Audit 83 F83-5: '?' is one rune, a character outside the BMP too.
        [InlineData("FROM alpine|ENV X=\U0001F600root|USER ${X#?}", "USER ${X#?} resolves to 'root'")]
        [InlineData("FROM alpine|ENV X=root\U0001F600|USER ${X%?}", "USER ${X%?} resolves to 'root'")]
        [InlineData("FROM alpine|ENV X=\U0001F600root|USER ${X/?r/r}", "USER ${X/?r/r} resolves to 'root'")]
        [InlineData("FROM alpine|ENV X=root\U0001F600\U0001F600|USER ${X%??}", "USER ${X%??} resolves to 'root'")]
        [InlineData("FROM alpine|ENV X=root\U0001F600a|USER ${X%\U0001F600a}", "USER ${X%\U0001F600a} resolves to 'root'")]
        [InlineData("FROM alpine|ENV X=root\U0001F600a|USER ${X%\U0001F600*}", "USER ${X%\U0001F600*} resolves to 'root'")]
        // Audit 93 M93-7: a pattern in quotes, with a backslash that stays literal in double quotes.
        [InlineData("FROM alpine|ENV X=root\\\\.x|USER ${X%\"\\.x\"}", "USER ${X%\"\\.x\"} resolves to 'root'")]
        [InlineData("FROM alpine|ENV X=root*|USER ${X%'\\*'}", "USER ${X%'\\*'} resolves to 'root'")]
        // Audit 98 S98-5: a quoted or expanded pattern that starts with the operator's character makes it '%%' or '##'.
        [InlineData("FROM alpine|ENV X=rootx|USER ${X%\"%x\"}", "USER ${X%\"%x\"} resolves to 'root'")]
        [InlineData("FROM alpine|ENV P=#*/ X=a/b/root|USER ${X#$P}", "USER ${X#$P} resolves to 'root'")]
        // Audit 98 S98-6: with the backtick escape, a backtick in a pattern is a character.
        [InlineData("# escape=`|FROM alpine|ENV X=root``x|USER ${X%`*}", "USER ${X%`*} resolves to 'root'")]
        public void User_through_a_wildcard_pattern_is_resolved(string lines, string evidence)
        {
            var text = Lines(lines.Split('|'));
            Assert.Equal(evidence, Assert.Single(FindingsOf(text, Id)).Evidence);
            Assert.Empty(FindingsOf(text, RuleIds.UnresolvedValue));
        }

        [Theory]
        [InlineData("FROM alpine|USER ${RUN_AS-app}")]
        [InlineData("FROM alpine|USER ${0-app}")]
        [InlineData("FROM alpine|ENV RUN_AS=|USER ${RUN_AS+app}")]
        // Audit 81 D81-3: PATH is set over these bases, by the image or, for scratch, by the builder.
        [InlineData("FROM alpine:3.20|USER ${PATH-root}")]
        [InlineData("FROM alpine:3.20|USER ${PATH:+app}")]
        [InlineData("FROM scratch|USER ${PATH:-root}")]
        [InlineData("FROM debian:12-slim|USER $PATH")]
        [InlineData("FROM ubuntu|ENV PATH=$PATH:/app|USER ${PATH%%:*}")]
        public void Default_of_a_variable_nothing_sets_is_taken(string lines)
        {
            var text = Lines(lines.Split('|'));
            Assert.Empty(FindingsOf(text, Id));
            Assert.Empty(FindingsOf(text, RuleIds.UnresolvedValue));
        }

        [Fact]
        public void Empty_user_written_literally_gets_the_usual_fix_and_one_given_by_a_variable_none()
        {
            var literal = Lines("FROM alpine", "USER \"\"", "CMD x");
            Assert.Equal(Lines("FROM alpine", "USER 10001", "CMD x"), ContainerLint.Dockerfiles.DockerfileFixer.Apply(literal, Lint(literal), out _));
            var variable = Lines("FROM alpine", "ARG APP_USER=", "USER $APP_USER", "CMD x");
            Assert.Equal(variable, ContainerLint.Dockerfiles.DockerfileFixer.Apply(variable, Lint(variable), out _));
        }

        [Fact]
        public void User_whose_variable_has_no_value_is_not_empty_but_unresolved()
        {
            var text = Lines("FROM alpine", "ARG APP_USER", "USER $APP_USER");
            Assert.Empty(FindingsOf(text, Id));
            Assert.Single(FindingsOf(text, RuleIds.UnresolvedValue));
        }

        [Theory]
        [InlineData("USER root", "USER root")]
        [InlineData("USER ${APP_USER:-root}", "USER ${APP_USER:-root} resolves to 'root'")]
        public void Message_quotes_the_instruction_and_what_it_resolves_to(string user, string evidence)
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine", user), Id));
            Assert.Equal(evidence, finding.Evidence);
        }

        [Theory]
        [InlineData("USER ContainerAdministrator")]
        [InlineData("USER containeradministrator")]
        public void Windows_administrator_is_reported_and_fixed_to_container_user(string user)
        {
            // audit 3, §14 (df/d10): the Windows equivalent of root, the default of Server Core.
            var text = Lines("# escape=`", "FROM mcr.microsoft.com/windows/servercore:ltsc2022", user, "RUN powershell -Command `", "    Write-Host hello", "CMD [\"cmd\"]");
            var finding = Assert.Single(FindingsOf(text, Id));
            Assert.Equal((3, 1, 3, 1 + user.Length), (finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
            Assert.Equal(user + ", the Windows administrator account", finding.Evidence);
            Assert.Equal("ContainerUser", finding.Fix!.Value);
        }

        [Fact]
        public void Root_on_a_windows_base_is_fixed_to_container_user()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022", "USER root"), Id));
            Assert.Equal("ContainerUser", finding.Fix!.Value);
        }

        [Theory]
        [InlineData("USER ContainerUser")]
        [InlineData("USER 1000:0")]
        [InlineData("USER guest:root")]
        [InlineData("USER app")]
        [InlineData("USER ${APP_USER:-app}")]
        [InlineData("USER +1000")]
        public void Non_root_user_is_not_reported(string user) =>
            Assert.Empty(FindingsOf(Lines("FROM alpine", user), Id));

        [Fact]
        public void Build_arg_overrides_the_arg_default()
        {
            var text = Lines("FROM alpine", "ARG APP_USER=app", "USER $APP_USER");
            Assert.Empty(FindingsOf(text, Id));
            Assert.Single(FindingsOf(text, Id, buildArgs: Args(("APP_USER", "root"))));
        }

        [Fact]
        public void Alternative_value_form_applies_when_the_variable_is_set()
        {
            var text = Lines("FROM alpine", "ARG DEBUG=1", "USER ${DEBUG:+root}");
            Assert.Equal("USER ${DEBUG:+root} resolves to 'root'", Assert.Single(FindingsOf(text, Id)).Evidence);
            // Set but empty: the value is empty, not 'root' (an empty user is root as well: audit 22 L3).
            Assert.Equal("USER ${DEBUG:+root} resolves to an empty user, which runs as root",
                Assert.Single(FindingsOf(text, Id, buildArgs: Args(("DEBUG", "")))).Evidence);
        }

        [Fact]
        public void Unresolved_user_is_not_root_and_says_so_with_ctl9002()
        {
            var text = Lines("FROM alpine", "ARG APP_USER", "USER $APP_USER");
            Assert.Empty(FindingsOf(text, Id));
            var unresolved = Assert.Single(FindingsOf(text, RuleIds.UnresolvedValue));
            Assert.Contains("APP_USER", unresolved.Evidence, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("ARG RUN_AS=root")]
        [InlineData("ARG RUN_AS")]
        [InlineData("ARG RUN_AS=")]
        public void Build_arg_named_without_a_value_is_not_known_and_says_where_docker_build_takes_it(string arg)
        {
            // audit 22 L4: docker build --build-arg RUN_AS takes RUN_AS from its environment (and passes nothing when it is
            // unset, leaving the default); the linter does not read the environment, so neither the value nor the default
            // is certain: not an empty value (which would be root), not the default either.
            var text = Lines("FROM alpine", arg, "USER $RUN_AS");
            var request = new ContainerLint.Engine.DockerfileRequest("Dockerfile", buildArgsFromEnvironment: new[] { "RUN_AS" });
            var findings = ContainerLint.Dockerfiles.DockerfileLinter.Lint(text, request, ContainerLint.Rules.LintOptions.Default);
            Assert.DoesNotContain(findings, f => f.Rule.Id == Id);
            var unresolved = Assert.Single(findings, f => f.Rule.Id == RuleIds.UnresolvedValue);
            Assert.Equal("'$RUN_AS' uses RUN_AS, which the build args name without a value (docker build takes it from the environment, which the linter does not read)",
                unresolved.Evidence);
        }

        [Fact]
        public void Build_arg_named_without_a_value_of_a_global_arg_reaches_the_stage_that_declares_it()
        {
            var text = Lines("ARG RUN_AS=app", "FROM alpine", "ARG RUN_AS", "USER $RUN_AS");
            var request = new ContainerLint.Engine.DockerfileRequest("Dockerfile", buildArgsFromEnvironment: new[] { "RUN_AS" });
            var findings = ContainerLint.Dockerfiles.DockerfileLinter.Lint(text, request, ContainerLint.Rules.LintOptions.Default);
            Assert.Contains("which the build args name without a value", Assert.Single(findings, f => f.Rule.Id == RuleIds.UnresolvedValue).Evidence,
                System.StringComparison.Ordinal);
        }

        [Fact]
        public void Only_the_last_user_of_the_final_stage_counts()
        {
            Assert.Empty(FindingsOf(Lines("FROM alpine", "USER root", "RUN x", "USER app"), Id));
            Assert.Empty(FindingsOf(Lines("FROM alpine AS b", "USER root", "FROM alpine", "USER app"), Id));
        }

        [Fact]
        public void Root_inherited_from_the_parent_stage_is_reported_at_its_user_instruction()
        {
            var finding = Assert.Single(FindingsOf(Lines("FROM alpine AS base", "USER root", "FROM base", "CMD x"), Id));
            Assert.Equal(2, finding.Span.StartLine);
        }

        [Fact]
        public void Target_stage_decides_which_user_counts()
        {
            var text = Lines("FROM alpine AS debug", "USER root", "FROM alpine", "USER app");
            Assert.Empty(FindingsOf(text, Id));
            Assert.Single(FindingsOf(text, Id, target: "debug"));
        }

        [Fact]
        public void Root_user_instruction_gets_no_fix_when_the_configured_non_root_user_is_root()
        {
            var options = new ContainerLint.Rules.LintOptions(nonRootUser: "0");
            var plain = Assert.Single(FindingsOf(Lines("FROM alpine", "USER root", "CMD [\"x\"]"), RuleIds.RunsAsRoot, options: options));
            var beforeRun = Assert.Single(FindingsOf(Lines("FROM alpine", "USER root", "RUN make", "CMD [\"x\"]"), RuleIds.RunsAsRoot, options: options));

            Assert.Null(plain.Fix);
            Assert.Null(beforeRun.Fix);
        }

        [Fact]
        public void Root_user_instruction_is_fixed_to_a_configured_user_that_holds_a_variable()
        {
            // USER $APP_UID is the .NET images' ENV APP_UID in a Dockerfile (audit 9, 7: only Compose and C# refuse it); in an
            // image that does not define it, it is not used (audit 22, H1).
            var options = new ContainerLint.Rules.LintOptions(nonRootUser: "$APP_UID");
            var finding = Assert.Single(FindingsOf(Lines("FROM mcr.microsoft.com/dotnet/aspnet:8.0", "USER root", "CMD [\"x\"]"), RuleIds.RunsAsRoot, options: options));

            Assert.Equal("$APP_UID", finding.Fix!.Value);
        }
    }
}
