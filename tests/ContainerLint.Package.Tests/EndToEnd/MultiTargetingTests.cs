using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    /// <summary>
    /// A project with several target frameworks has an outer build that dispatches to one build per framework, and
    /// `dotnet build -f` builds one framework without the outer build: the lint must run once either way.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class MultiTargetingTests
    {
        private const string PrivilegedService = "services:\n  web:\n    image: nginx\n    privileged: true\n";

        private readonly PackageFixture _package;

        public MultiTargetingTests(PackageFixture package) => _package = package;

        private ConsumerProject CreateMultiTargetedProject(string name) =>
            _package.CreateProject(name)
                .Property("OutputType", "Library")
                .Property("TargetFramework", "")
                // A leading ';' (an empty property in front) is dropped by MSBuild's dispatch: it must not be the "first" framework.
                .Property("TargetFrameworks", "$(ExtraTargetFrameworks);net8.0;net10.0")
                .WriteProjectFile("compose.yaml", PrivilegedService);

        /// <summary>
        /// The multi-targeted project with a root user in its Compose file (CTL1001 an error in <paramref name="errorIn"/>'s
        /// build only), referenced by user/user.csproj (net10.0) with <paramref name="reference"/>'s attributes.
        /// </summary>
        private ConsumerProject ReferencedByUser(string name, string errorIn, string reference) =>
            CreateMultiTargetedProject(name)
                .WriteProjectFile("compose.yaml", "services:\n  web:\n    image: nginx\n    user: root\n")
                .WriteFile("Directory.Build.targets", $$"""
                    <Project>
                      <PropertyGroup Condition="'$(TargetFramework)' == '{{errorIn}}'"><WarningsAsErrors>$(WarningsAsErrors);CTL1001</WarningsAsErrors></PropertyGroup>
                    </Project>

                    """)
                .WriteFile("user/user.csproj", $$"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup><TargetFramework>net10.0</TargetFramework><OutputType>Library</OutputType></PropertyGroup>
                      <ItemGroup><ProjectReference Include="../app/app.csproj"{{reference}} /></ItemGroup>
                    </Project>

                    """)
                .WriteFile("user/User.cs", "public static class User { }\n");

        // Minimal verbosity logs each diagnostic once before the summary (normal verbosity repeats them after each project).
        private static int TimesReported(BuildResult result, string code, string severity = "error") =>
            Regex.Matches(LogBeforeSummary(result), severity + " " + code + ":").Count;

        private static string LogBeforeSummary(BuildResult result)
        {
            var summary = Regex.Match(result.Output, "^Build (FAILED|succeeded)\\.", RegexOptions.Multiline);
            return summary.Success ? result.Output.Substring(0, summary.Index) : result.Output;
        }

        [Fact]
        public void Multi_targeted_project_is_linted_once_in_a_whole_build_and_in_a_build_of_any_one_framework()
        {
            var project = CreateMultiTargetedProject("multi-target");

            var whole = project.Build("-v:m");
            var second = project.Build("-v:m", "-f", "net10.0");
            var first = project.Build("-v:m", "-f", "net8.0");

            Assert.False(whole.Succeeded, whole.ToString());
            Assert.Equal(1, TimesReported(whole, "CTL1003"));
            // The error fails the build after every framework has been compiled.
            Assert.True(File.Exists(Path.Combine(project.ProjectDirectory, "bin", "Debug", "net8.0", "app.dll")), whole.ToString());
            Assert.True(File.Exists(Path.Combine(project.ProjectDirectory, "bin", "Debug", "net10.0", "app.dll")), whole.ToString());
            Assert.False(second.Succeeded, second.ToString());
            Assert.Equal(1, TimesReported(second, "CTL1003"));
            Assert.False(first.Succeeded, first.ToString());
            Assert.Equal(1, TimesReported(first, "CTL1003"));
        }

        [Fact]
        public void Multi_targeted_project_with_warnings_only_reports_each_once()
        {
            // The outer build's lint succeeds here, so the frameworks' builds learn from its result (not from a failure)
            // that it linted.
            var project = CreateMultiTargetedProject("multi-target-warnings")
                .WriteProjectFile("compose.yaml", "services:\n  web:\n    image: nginx\n    user: root\n");

            var result = project.Build("-v:m");

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(1, TimesReported(result, "CTL1001", "warning"));
        }

        [Fact]
        public void Outer_build_lints_with_the_analyzer_config_files_a_framework_build_gives_the_compiler()
        {
            // Packages and the SDK add global configs to @(EditorConfigFiles) in the frameworks' builds only (build/
            // targets are not imported into the outer build): the outer build's lint must read them too.
            var project = CreateMultiTargetedProject("multi-target-config")
                .WriteFile("ci.globalconfig", "is_global = true\ndotnet_diagnostic.CTL1003.severity = warning\n")
                .Item("<EditorConfigFiles Include=\"../ci.globalconfig\" Condition=\"'$(TargetFramework)' != ''\" />");

            var result = project.Build("-v:m");

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(1, TimesReported(result, "CTL1003", "warning"));
        }

        [Fact]
        public void Project_that_sets_TargetFramework_besides_TargetFrameworks_is_linted_once()
        {
            // TargetFramework set in the project wins: there is no outer build, and the framework's build lints itself.
            var project = _package.CreateProject("target-framework-besides-frameworks")
                .Property("OutputType", "Library")
                .Property("TargetFrameworks", "net8.0;net10.0")
                .WriteProjectFile("compose.yaml", PrivilegedService);

            var result = project.Build("-v:m");

            Assert.False(result.Succeeded, result.ToString());
            Assert.DoesNotContain("MSB4006", result.Output);
            Assert.Equal(1, TimesReported(result, "CTL1003"));
        }

        [Fact]
        public void Build_of_any_one_framework_or_a_whole_build_applies_the_first_frameworks_settings()
        {
            // The lint is the project's, not a framework's: one answer whatever is built (audit 29: a project reference with
            // SetTargetFramework, or dotnet test, linted in each framework with its own settings).
            var project = CreateMultiTargetedProject("multi-target-settings")
                .WriteProjectFile("compose.yaml", "services:\n  web:\n    image: nginx\n    user: root\n")
                .WriteFile("Directory.Build.targets", """
                    <Project>
                      <PropertyGroup Condition="'$(TargetFramework)' == 'net10.0'"><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
                    </Project>

                    """);

            var second = project.Build("-v:m", "-f", "net10.0");
            var whole = project.Build("-v:m", "-m:1");

            Assert.True(second.Succeeded, second.ToString());
            Assert.Equal(1, TimesReported(second, "CTL1001", "warning"));
            Assert.True(whole.Succeeded, whole.ToString());
            Assert.Equal(1, TimesReported(whole, "CTL1001", "warning"));
        }

        [Fact]
        public void Project_a_reference_builds_before_its_whole_build_is_linted_once_with_the_first_frameworks_settings()
        {
            // In a solution build on one node, the referencing project (listed first) builds the framework it needs
            // (net10.0) before the solution's whole build of the project: that build hands the lint to the first framework
            // at once, which its own build then finds done (audit 28: reported twice, and the gate took net10.0's settings).
            var project = ReferencedByUser("multi-target-referenced", errorIn: "net10.0", reference: "");
            foreach (var arguments in new[]
            {
                new[] { "new", "sln", "-n", "both", "--format", "sln" },
                new[] { "sln", "both.sln", "add", "user/user.csproj" },
                new[] { "sln", "both.sln", "add", "app/app.csproj" },
            })
            {
                var step = DotNetCli.Run(project.Root, arguments);
                Assert.True(step.ExitCode == 0, step.ToString());
            }

            var result = new BuildResult(DotNetCli.Run(project.Root, new[] { "build", "both.sln", "-m:1", "-nodeReuse:false", "-v:m" }), project.Root);

            Assert.True(result.Succeeded, result.ToString());
            Assert.Equal(1, TimesReported(result, "CTL1001", "warning"));
            Assert.Equal(0, TimesReported(result, "CTL1001", "error"));
        }

        [Fact]
        public void Project_a_reference_with_SetTargetFramework_builds_is_linted_by_its_first_framework()
        {
            // SetTargetFramework skips the question of which frameworks there are: net10.0 alone is built (audit 29 R1: it
            // linted with its own settings, a warning, and the build passed).
            var project = ReferencedByUser("multi-target-set-framework", errorIn: "net8.0", reference: " SetTargetFramework=\"TargetFramework=net10.0\"");

            var result = new BuildResult(DotNetCli.Run(project.Root, new[] { "build", "user/user.csproj", "-nodeReuse:false", "-v:m" }), project.Root);

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(1, TimesReported(result, "CTL1001", "error"));
            Assert.Equal(0, TimesReported(result, "CTL1001", "warning"));
        }

        [Fact]
        public void Whole_build_lints_in_the_next_framework_when_the_first_one_does_not_lint()
        {
            // Turned off (or the package not referenced) in the first framework only: another framework reports.
            var project = CreateMultiTargetedProject("multi-target-first-off")
                .WriteFile("Directory.Build.targets", """
                    <Project>
                      <PropertyGroup Condition="'$(TargetFramework)' == 'net8.0'"><ContainerLintEnabled>false</ContainerLintEnabled></PropertyGroup>
                    </Project>

                    """);

            var result = project.Build("-v:m");

            Assert.False(result.Succeeded, result.ToString());
            Assert.Equal(1, TimesReported(result, "CTL1003"));
        }

        [Fact]
        public void Build_of_a_later_framework_with_the_lint_off_writes_the_empty_Sarif_log()
        {
            var project = CreateMultiTargetedProject("multi-target-sarif-off")
                .Property("ContainerLintSarifFile", "lint.sarif");
            var sarifPath = Path.Combine(project.ProjectDirectory, "lint.sarif");

            var linted = project.Build("-v:m", "-f", "net10.0");
            var resultsLinted = SarifResults(sarifPath);
            var off = project.Build("-v:m", "-f", "net10.0", "-p:ContainerLintEnabled=false");
            var resultsOff = SarifResults(sarifPath);

            Assert.False(linted.Succeeded, linted.ToString());
            Assert.NotEqual(0, resultsLinted);
            Assert.True(off.Succeeded, off.ToString());
            Assert.Equal(0, resultsOff);
            Assert.Contains("ContainerLintEnabled is false", File.ReadAllText(sarifPath));
        }

        [Fact]
        public void Build_with_the_lint_off_writes_the_empty_Sarif_log_when_the_first_framework_does_not_reference_the_package()
        {
            // NuGet imports a package's targets only into the frameworks that reference it (audit 41 F2).
            var project = CreateMultiTargetedProject("multi-target-sarif-off-unreferenced")
                .Property("ContainerLintSarifFile", "lint.sarif")
                .WriteFile("Directory.Build.targets", """
                    <Project>
                      <ItemGroup Condition="'$(TargetFramework)' == 'net8.0'"><PackageReference Remove="ContainerLint" /></ItemGroup>
                    </Project>

                    """);
            var sarifPath = Path.Combine(project.ProjectDirectory, "lint.sarif");

            var linted = project.Build("-v:m");
            var resultsLinted = SarifResults(sarifPath);
            var whole = project.Build("-v:m", "-p:ContainerLintEnabled=false");
            var resultsWhole = SarifResults(sarifPath);
            project.Build("-v:m");
            var one = project.Build("-v:m", "-f", "net10.0", "-p:ContainerLintEnabled=false");
            var resultsOne = SarifResults(sarifPath);

            Assert.False(linted.Succeeded, linted.ToString());
            Assert.NotEqual(0, resultsLinted);
            Assert.True(whole.Succeeded, whole.ToString());
            Assert.Equal(0, resultsWhole);
            Assert.True(one.Succeeded, one.ToString());
            Assert.Equal(0, resultsOne);
        }

        private static int SarifResults(string sarifPath)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(sarifPath));
            return document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength();
        }

        // Audit 150 A150-4: the fix ran in the first framework only: with the lint off there it did nothing, and with the
        // package not referenced there it failed (MSB4057); a clean left the log.
        [Theory]
        [InlineData("<PropertyGroup Condition=\"'$(TargetFramework)' == 'net8.0'\"><ContainerLintEnabled>false</ContainerLintEnabled></PropertyGroup>")]
        [InlineData("<ItemGroup Condition=\"'$(TargetFramework)' == 'net8.0'\"><PackageReference Remove=\"ContainerLint\" /></ItemGroup>")]
        public void Fix_target_and_clean_act_in_the_framework_that_lints_when_the_first_one_does_not(string firstFrameworkOff)
        {
            var project = CreateMultiTargetedProject("multi-target-fix-next-" + (firstFrameworkOff.Contains("Remove") ? "unreferenced" : "off"))
                .Property("ContainerLintSarifFile", "lint.sarif")
                .WriteFile("Directory.Build.targets", "<Project>\n  " + firstFrameworkOff + "\n</Project>\n");

            var fix = project.Build("-t:ContainerLintFix");
            var build = project.Build("-v:m");
            var clean = project.Build("-t:Clean");

            Assert.True(fix.Succeeded, fix.ToString());
            Assert.Contains("ContainerLint fixed", fix.Output);
            Assert.DoesNotContain("privileged", project.ReadFile("app/compose.yaml"));
            Assert.Equal(0, TimesReported(build, "CTL1003"));
            Assert.True(clean.Succeeded, clean.ToString());
            Assert.False(File.Exists(Path.Combine(project.ProjectDirectory, "lint.sarif")), "the log stayed after the clean");
        }

        [Fact]
        public void Fix_target_says_so_when_no_framework_lints()
        {
            var project = CreateMultiTargetedProject("multi-target-fix-none");

            var fix = project.Build("-t:ContainerLintFix", "-p:ContainerLintEnabled=false");

            Assert.True(fix.Succeeded, fix.ToString());
            Assert.Contains("none of its frameworks lints it", fix.Output);
            Assert.Contains("privileged", project.ReadFile("app/compose.yaml"));
        }

        // Audit 150 A150-3: a file a later framework alone lists is linted by no build: the build says so.
        [Fact]
        public void File_only_a_later_framework_lists_is_named_in_a_warning()
        {
            var project = CreateMultiTargetedProject("multi-target-later-file")
                .WriteFile("deploy/compose.yaml", "services:\n  db:\n    image: postgres\n    pid: host\n")
                .WriteFile("Directory.Build.targets", """
                    <Project>
                      <ItemGroup Condition="'$(TargetFramework)' == 'net10.0'"><ContainerLintFile Include="../deploy/compose.yaml" /></ItemGroup>
                    </Project>

                    """);

            var whole = project.Build("-v:m");
            var one = project.Build("-v:m", "-f", "net10.0", "--no-incremental");

            foreach (var result in new[] { whole, one })
            {
                Assert.Single(Regex.Matches(LogBeforeSummary(result), "warning : ContainerLint lints a project with several target frameworks once"));
                Assert.Contains("net10.0 also lists " + Path.GetFullPath(Path.Combine(project.ProjectDirectory, "../deploy/compose.yaml")), result.Output);
            }
        }

        [Fact]
        public void Fix_target_runs_on_a_multi_targeted_project()
        {
            var project = CreateMultiTargetedProject("multi-target-fix");

            var fix = project.Build("-t:ContainerLintFix");
            var build = project.Build("-v:m");

            Assert.True(fix.Succeeded, fix.ToString());
            Assert.DoesNotContain("privileged", project.ReadFile("app/compose.yaml"));
            Assert.Equal(0, TimesReported(build, "CTL1003"));
        }
    }
}
