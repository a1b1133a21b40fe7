using ContainerLint.Configuration;

namespace ContainerLint.Core.Tests.Configuration
{
    public class SectionMatcherTests
    {
        [Fact]
        public void Globs_of_many_stars_match_without_backtracking()
        {
            // Audit 33: [*a*a*a*a*a*a*a*a*a*a*a*a*c] against a folder of forty a's backtracked for minutes (the lint with it).
            var matcher = SectionMatcher.TryCreate("*a*a*a*a*a*a*a*a*a*a*a*a*c")!;
            Assert.True(matcher.IsLinear);
            Assert.False(matcher.IsMatch("/" + new string('a', 40) + "/compose.yaml"));
            Assert.True(matcher.IsMatch("/" + new string('a', 40) + "c"));
            var ranges = SectionMatcher.TryCreate("app{1..3}.Dockerfile")!;
            Assert.True(ranges.IsLinear);
            Assert.True(ranges.IsMatch("/app2.Dockerfile"));
            Assert.False(ranges.IsMatch("/app4.Dockerfile"));
        }

        [Theory]
        [InlineData("Dockerfile", "/Dockerfile", true)]
        [InlineData("Dockerfile", "/src/app/Dockerfile", true)]
        [InlineData("Dockerfile", "/src/Dockerfile.dev", false)]
        [InlineData("*.yml", "/compose.yml", true)]
        [InlineData("*.yml", "/deploy/compose.yml", true)]
        [InlineData("*.yml", "/compose.yaml", false)]
        [InlineData("*.{yml,yaml}", "/compose.yaml", true)]
        [InlineData("{Dockerfile,Containerfile}", "/a/Containerfile", true)]
        [InlineData("**/Dockerfile", "/Dockerfile", true)]
        [InlineData("**/Dockerfile", "/a/b/Dockerfile", true)]
        [InlineData("**/compose*.yml", "/compose.override.yml", true)]
        [InlineData("**/compose*.yml", "/deploy/compose.prod.yml", true)]
        [InlineData("**/compose*.yml", "/deploy/docker-compose.yml", false)]
        [InlineData("deploy/*.yml", "/deploy/compose.yml", true)]
        [InlineData("deploy/*.yml", "/deploy/sub/compose.yml", false)]
        [InlineData("deploy/*.yml", "/other/deploy/compose.yml", false)]
        [InlineData("/deploy/**", "/deploy/sub/compose.yml", true)]
        [InlineData("Dockerfile.?", "/Dockerfile.a", true)]
        [InlineData("Dockerfile.?", "/Dockerfile.ab", false)]
        [InlineData("Dockerfile.[ab]", "/Dockerfile.b", true)]
        [InlineData("Dockerfile.[!ab]", "/Dockerfile.b", false)]
        [InlineData("Dockerfile.[a-c]", "/Dockerfile.c", true)]
        [InlineData("app{1..3}.Dockerfile", "/app2.Dockerfile", true)]
        [InlineData("app{1..3}.Dockerfile", "/app4.Dockerfile", false)]
        [InlineData("*", "/any/file", true)]
        [InlineData("dockerfile", "/Dockerfile", false)]
        public void Glob_matches_like_editorconfig(string glob, string relativePath, bool expected)
        {
            var matcher = SectionMatcher.TryCreate(glob);
            Assert.NotNull(matcher);
            Assert.Equal(expected, matcher!.IsMatch(relativePath));
        }

        [Theory]
        [InlineData("**/Dockerfile", "/Dockerfile", false)]
        [InlineData("**/{Dockerfile,Program.cs}", "/Program.cs", false)]
        [InlineData("**/{Dockerfile,Program.cs}", "/src/Program.cs", true)]
        [InlineData("**/*.cs", "/a/b/Program.cs", true)]
        [InlineData("src/**", "/src/Program.cs", true)]
        [InlineData("*.cs", "/Program.cs", true)]
        public void Glob_as_Roslyn_matches_it_needs_a_folder_for_double_star_slash(string glob, string relativePath, bool expected)
        {
            // Roslyn's AnalyzerConfig compiles "**" to ".*" and keeps the "/" after it: which sections the compiler reads for
            // a C# file, and so warns about (CompilerCheckedEntries).
            var matcher = SectionMatcher.TryCreateAsRoslyn(glob);
            Assert.NotNull(matcher);
            Assert.Equal(expected, matcher!.IsMatch(relativePath));
        }

        [Theory]
        [InlineData("{a,b")]
        [InlineData("[abc")]
        public void Malformed_glob_gives_no_matcher(string glob) => Assert.Null(SectionMatcher.TryCreate(glob));
    }
}
