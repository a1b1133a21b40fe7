using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    /// <summary>
    /// The C# analyzer and its code fixes as a consumer gets them: the packed package referenced by a fresh project
    /// that uses Docker.DotNet or Testcontainers, built with <c>dotnet build</c> and fixed with <c>dotnet format analyzers</c>.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class AnalyzerEndToEndTests
    {
        internal const string DockerDotNetVersion = "3.125.15";
        private const string TestcontainersVersion = "4.16.0";

        private const string RootUserProgram = """
            using Docker.DotNet.Models;

            internal static class Program
            {
                private static void Main() { }

                internal static CreateContainerParameters Create() => new CreateContainerParameters { Image = "alpine:3.20", User = "root" };
            }

            """;

        private readonly PackageFixture _package;

        public AnalyzerEndToEndTests(PackageFixture package) => _package = package;

        private ConsumerProject DockerDotNetProject(string name, string program) => _package.CreateProject(name)
            .PackageReference("Docker.DotNet", DockerDotNetVersion)
            .WriteProjectFile("Program.cs", program);

        [Fact]
        public void Docker_DotNet_finding_is_a_build_warning_and_TreatWarningsAsErrors_fails_the_build()
        {
            var project = DockerDotNetProject("cs-twae", RootUserProgram);

            // ErrorEndLocation: the compiler writes the end of each span too.
            var build = project.Build("-p:ErrorEndLocation=true");

            Assert.True(build.Succeeded, build.ToString());
            Assert.Equal(new[] { "warning CTL1001 app/Program.cs(7,121)" }, build.WarningsAndErrors);
            var warning = Assert.Single(build.ContainerLint);
            Assert.Equal((7, 121, 7, 127), (warning.Line, warning.Column, warning.EndLine, warning.EndColumn));
            Assert.StartsWith("Container runs as root: ", warning.Message);

            // In the project file, as users set it: a global property alone would find the compiler's output up to date.
            var strict = project.Property("TreatWarningsAsErrors", "true").Build("-p:ErrorEndLocation=true");

            Assert.False(strict.Succeeded, strict.ToString());
            Assert.Equal(new[] { "error CTL1001 app/Program.cs(7,121)" }, strict.WarningsAndErrors);
        }

        [SkippableFact]
        public void Command_line_build_runs_the_analyzer_precompiled_for_its_host_and_reports_what_the_IL_reports()
        {
            var host = PackageLayoutTests.HostRuntimeIdentifier();
            Skip.If(host is null, "the package has no ReadyToRun image for this host");
            var project = DockerDotNetProject("cs-readytorun", RootUserProgram);

            // Detailed verbosity logs the compiler's command line, with its /analyzer: paths.
            var precompiled = project.Build("-v:d", "-p:ErrorEndLocation=true");
            var il = project.Build("-v:d", "-p:ErrorEndLocation=true", "-p:ContainerLintReadyToRun=false", "--no-incremental");

            var r2r = $"/r2r/net{System.Environment.Version.Major}/{host}/";
            Assert.Equal(new[] { "ContainerLint.Analyzers.dll", "ContainerLint.CodeFixes.dll", "ContainerLint.Core.dll" },
                AnalyzerPaths(precompiled).Where(p => p.Contains(r2r)).Select(System.IO.Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray());
            Assert.DoesNotContain(AnalyzerPaths(precompiled), p => p.Contains("/analyzers/dotnet/cs/ContainerLint"));
            Assert.DoesNotContain(AnalyzerPaths(il), p => p.Contains("/r2r/"));
            Assert.Contains(AnalyzerPaths(il), p => p.EndsWith("/analyzers/dotnet/cs/ContainerLint.Analyzers.dll"));
            Assert.Equal(new[] { "warning CTL1001 app/Program.cs(7,121)" }, Diagnostics(precompiled));
            Assert.Equal(Diagnostics(precompiled), Diagnostics(il));
            Assert.DoesNotContain("CS8034", precompiled.Output);
        }

        // Detailed verbosity repeats each diagnostic with the node's prefix ("1:7>").
        private static string[] Diagnostics(BuildResult build) => build.WarningsAndErrors.Where(w => !w.Contains('>')).Distinct().ToArray();

        private static IEnumerable<string> AnalyzerPaths(BuildResult build) =>
            System.Text.RegularExpressions.Regex.Matches(build.Output, @"/analyzer:(\S+ContainerLint\.\w+\.dll)")
                .Select(m => m.Groups[1].Value.Replace('\\', '/')).Distinct();

        [Fact]
        public void WarningsNotAsErrors_lowers_a_configured_error_to_a_warning_in_Compose_as_in_CSharp_but_not_a_default_error()
        {
            // .editorconfig states CTL1003's default (error) and raises CTL1001 (default warning) to error; the compiler keeps
            // the first an error and makes the second a warning again (audit 40 F1: the task made both warnings).
            var project = DockerDotNetProject("cs-wnae", """
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    internal static CreateContainerParameters Create() => new CreateContainerParameters { User = "root", HostConfig = new HostConfig { Privileged = true } };
                }

                """)
                .WriteProjectFile("compose.yaml", "services:\n  web:\n    image: nginx\n    user: root\n    privileged: true\n")
                .WriteFile(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.CTL1003.severity = error\ndotnet_diagnostic.CTL1001.severity = error\n")
                .Property("WarningsNotAsErrors", "CTL1003;CTL1001");

            var build = project.Build();

            Assert.False(build.Succeeded, build.ToString());
            Assert.Equal(new[]
            {
                "error CTL1003 app/Program.cs(7,149)", "error CTL1003 app/compose.yaml(5,17)",
                "warning CTL1001 app/Program.cs(7,98)", "warning CTL1001 app/compose.yaml(4,11)",
            }, build.WarningsAndErrors);
        }

        [Fact]
        public void ContainerLintMode_applies_to_the_CSharp_findings_too()
        {
            var project = DockerDotNetProject("cs-mode", """
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    internal static CreateContainerParameters Create() => new CreateContainerParameters
                    {
                        User = "root",
                        HostConfig = new HostConfig { CapDrop = new[] { "ALL" }, SecurityOpt = new[] { "no-new-privileges" }, Privileged = true },
                    };
                }

                """);

            var normal = project.Build();
            Assert.Equal(new[] { "error CTL1003 app/Program.cs(10,124)", "warning CTL1001 app/Program.cs(9,16)" }, normal.WarningsAndErrors);

            // Strict: the suggestion CTL6001 (writable root filesystem) on the HostConfig becomes a warning.
            var strict = project.Property("ContainerLintMode", "Strict").Build();
            Assert.Equal(new[] { "error CTL1003 app/Program.cs(10,124)", "warning CTL1001 app/Program.cs(9,16)", "warning CTL6001 app/Program.cs(10,22)" },
                strict.WarningsAndErrors);

            // Minimum: only error rules; the project's own .editorconfig still wins over the mode.
            var minimum = project.Property("ContainerLintMode", "Minimum").Build();
            Assert.Equal(new[] { "error CTL1003 app/Program.cs(10,124)" }, minimum.WarningsAndErrors);
            var configured = project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CTL1001.severity = warning\n").Build();
            Assert.Equal(new[] { "error CTL1003 app/Program.cs(10,124)", "warning CTL1001 app/Program.cs(9,16)" }, configured.WarningsAndErrors);
        }

        [Fact]
        public void ContainerLintMode_given_on_the_command_line_reaches_the_CSharp_findings_of_an_up_to_date_project()
        {
            // audit 150 A150-1: the mode's globalconfig is older than the last compile, so CoreCompile was skipped and a CI gate's
            // `dotnet build -p:ContainerLintMode=Strict` after a plain build reported no C# finding at all.
            var project = DockerDotNetProject("cs-mode-cli", """
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    internal static HostConfig Create() => new HostConfig { CapDrop = new[] { "ALL" }, SecurityOpt = new[] { "no-new-privileges" } };
                }

                """);

            Assert.Empty(project.Build().WarningsAndErrors);
            Assert.Equal(new[] { "warning CTL6001 app/Program.cs(7,44)" }, project.Build("-p:ContainerLintMode=Strict").WarningsAndErrors);

            // A misspelt mode fails the build, also without container files to lint (audit 157 R157-5).
            var misspelt = project.Build("-p:ContainerLintMode=Strcit");
            Assert.False(misspelt.Succeeded, misspelt.ToString());
            Assert.Contains("ContainerLintMode 'Strcit' is not one of Default, Strict, Minimum", misspelt.Output);
            Assert.True(project.Build("-p:ContainerLintMode=minimum").Succeeded);
        }

        [Fact]
        public void Editorconfig_severity_makes_the_CSharp_finding_an_error()
        {
            var project = DockerDotNetProject("cs-editorconfig", RootUserProgram)
                .WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CTL1001.severity = error\n");

            var build = project.Build();

            Assert.False(build.Succeeded, build.ToString());
            Assert.Equal(new[] { "error CTL1001 app/Program.cs(7,121)" }, build.WarningsAndErrors);
        }

        [Fact]
        public void Dotnet_format_analyzers_applies_the_fixes_with_the_configured_user_and_keeps_comments()
        {
            var project = DockerDotNetProject("cs-format", """
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    // The container the integration tests start.
                    internal static CreateContainerParameters Create() => new CreateContainerParameters
                    {
                        Image = "alpine:3.20", // pinned
                        User = "root", // the image's default
                        HostConfig = new HostConfig
                        {
                            // What the debugger needs (OPS-123).
                            Privileged = true,
                            NetworkMode = "bridge", // the default network
                        },
                    };
                }

                """).WriteFile(".editorconfig", "root = true\n\n[*.cs]\ncontainerlint.non_root_user = app\n");

            var before = project.Build();

            Assert.False(before.Succeeded, before.ToString());
            Assert.Equal(new[] { "error CTL1003 app/Program.cs(15,26)", "warning CTL1001 app/Program.cs(11,16)" }, before.WarningsAndErrors);

            // Both rules in one run: dotnet format takes each rule's Fix All key from the first diagnostic of any selected
            // rule, which one provider with one key for every fix makes work (DotnetFormatFixAllTests pins why).
            FormatAnalyzers(project, "CTL1003", "CTL1001");

            Assert.Equal("""
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    // The container the integration tests start.
                    internal static CreateContainerParameters Create() => new CreateContainerParameters
                    {
                        Image = "alpine:3.20", // pinned
                        User = "app", // the image's default
                        HostConfig = new HostConfig
                        {
                            // What the debugger needs (OPS-123).
                            NetworkMode = "bridge", // the default network
                        },
                    };
                }

                """, project.ReadFile("app/Program.cs"));

            var after = project.Build();

            Assert.True(after.Succeeded, after.ToString());
            Assert.Empty(after.WarningsAndErrors);
        }

        // A value written again is one finding, whose fix changes every write of it: one dotnet format run leaves none.
        [Fact]
        public void Dotnet_format_analyzers_fixes_every_write_of_a_value_written_again_in_one_run()
        {
            var project = DockerDotNetProject("cs-format-repeats", """
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    internal static CreateContainerParameters Create(bool debug)
                    {
                        var p = new CreateContainerParameters { Image = "alpine:3.20", User = "root" };
                        p.HostConfig = new HostConfig { Privileged = true, PidMode = "host" };
                        if (debug) p.HostConfig.Privileged = true;
                        p.HostConfig.PidMode = "host";
                        if (debug) p.User = "root";
                        return p;
                    }
                }

                """);

            var before = project.Build();
            Assert.Equal(new[] { "error CTL1003 app/Program.cs(10,54)", "error CTL5001 app/Program.cs(12,32)", "warning CTL1001 app/Program.cs(9,79)" },
                before.WarningsAndErrors);

            FormatAnalyzers(project, "CTL1003", "CTL5001", "CTL1001");

            Assert.Equal("""
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    internal static CreateContainerParameters Create(bool debug)
                    {
                        var p = new CreateContainerParameters { Image = "alpine:3.20", User = "10001" };
                        p.HostConfig = new HostConfig { };
                        if (debug) { }
                        if (debug) p.User = "10001";
                        return p;
                    }
                }

                """, project.ReadFile("app/Program.cs"));
            var after = project.Build();
            Assert.True(after.Succeeded, after.ToString());
            Assert.Empty(after.WarningsAndErrors);
        }

        // Audit 102 F102-6: the SDK's compiler reads the `;` of an initializer whose `}` is not typed yet as a separator of its
        // items; dotnet format removed IpcMode with that `;` and wrote the added settings after the method's brace.
        [Fact]
        public void Dotnet_format_analyzers_leaves_an_initializer_still_being_typed_as_written()
        {
            var project = DockerDotNetProject("cs-format-unclosed", """
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    private static HostConfig Written() => new HostConfig { IpcMode = "host" };

                    private static void Typing()
                    {
                        var hostConfig = new HostConfig { IpcMode = "host" ;
                    }
                }

                """);
            project.Build(); // restores; the compiler runs no analyzer on a file it cannot parse, dotnet format does

            FormatAnalyzers(project, "CTL5002");
            FormatAnalyzers(project, "CTL6001");

            // The written initializer is fixed, the one being typed is left as it is.
            Assert.Equal("""
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    private static HostConfig Written() => new HostConfig { ReadonlyRootfs = true };

                    private static void Typing()
                    {
                        var hostConfig = new HostConfig { IpcMode = "host" ;
                    }
                }

                """, project.ReadFile("app/Program.cs"));
        }

        private static void FormatAnalyzers(ConsumerProject project, params string[] diagnosticIds)
        {
            var arguments = new List<string> { "format", "analyzers", project.ProjectFile, "--diagnostics" };
            arguments.AddRange(diagnosticIds);
            arguments.AddRange(new[] { "--severity", "info", "--no-restore" });
            var format = DotNetCli.Run(project.ProjectDirectory, arguments.ToArray());
            Assert.True(format.ExitCode == 0, format.ToString());
            Assert.DoesNotContain("Unable to fix", format.ToString(), StringComparison.Ordinal);
        }

        // Audit 56 S1: dotnet format fixes each framework of a multi-targeted project and merges the fixes of a file, writing
        // conflict markers where their texts differ; code under #if must not make them differ.
        [Fact]
        public void Dotnet_format_analyzers_fixes_a_multi_targeted_project_with_the_same_text_in_every_framework()
        {
            var project = _package.CreateProject("cs-format-multi-target")
                .PackageReference("Docker.DotNet", DockerDotNetVersion)
                .Property("TargetFramework", "")
                .Property("TargetFrameworks", "net8.0;net10.0")
                .WriteProjectFile("Program.cs", """
                #if NET10_0_OR_GREATER
                using System.Collections.Generic;
                #endif
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    internal static HostConfig Create()
                    {
                        var hc = new HostConfig
                        {
                            Binds = { "/srv/data:/data" },
                #if NET10_0_OR_GREATER
                            Privileged = false,
                #endif
                        };
                        hc.Privileged = true;
                        return hc;
                    }
                }

                """);

            var before = project.Build("-v:m");
            Assert.Contains(before.ContainerLint, d => d.Code == "CTL9005");
            FormatAnalyzers(project, "CTL9005", "CTL1003");

            Assert.Equal("""
                #if NET10_0_OR_GREATER
                using System.Collections.Generic;
                #endif
                using Docker.DotNet.Models;

                internal static class Program
                {
                    private static void Main() { }

                    internal static HostConfig Create()
                    {
                        var hc = new HostConfig
                        {
                            Binds = new System.Collections.Generic.List<string> { "/srv/data:/data" },
                #if NET10_0_OR_GREATER
                            Privileged = false,
                #endif
                        };
                        hc.Privileged = false;
                        return hc;
                    }
                }

                """, project.ReadFile("app/Program.cs"));
            var after = project.Build();
            Assert.True(after.Succeeded, after.ToString());
            Assert.Empty(after.WarningsAndErrors);
        }

        [Fact]
        public void Testcontainers_builder_findings_are_reported_at_the_offending_arguments_and_WithPrivileged_is_removed_by_the_fix()
        {
            var project = _package.CreateProject("cs-testcontainers")
                .PackageReference("Testcontainers", TestcontainersVersion)
                .WriteProjectFile("Program.cs", """
                    using DotNet.Testcontainers.Builders;
                    using DotNet.Testcontainers.Containers;

                    internal static class Program
                    {
                        private static void Main() { }

                        internal static IContainer Create() => new ContainerBuilder()
                            .WithImage("alpine")
                            .WithPrivileged(true)
                            .WithBindMount("/var/run/docker.sock", "/var/run/docker.sock")
                            .Build();
                    }

                    """);

            var build = project.Build("-p:ErrorEndLocation=true");

            Assert.False(build.Succeeded, build.ToString());
            Assert.Equal(new[] { "error CTL1003 app/Program.cs(10,25)", "error CTL3004 app/Program.cs(11,24)" }, build.WarningsAndErrors);
            var socket = Assert.Single(build.ContainerLint, d => d.Code == "CTL3004");
            Assert.Equal((11, 24, 11, 46), (socket.Line, socket.Column, socket.EndLine, socket.EndColumn));

            FormatAnalyzers(project, "CTL1003");

            Assert.Equal("""
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                internal static class Program
                {
                    private static void Main() { }

                    internal static IContainer Create() => new ContainerBuilder()
                        .WithImage("alpine")
                        .WithBindMount("/var/run/docker.sock", "/var/run/docker.sock")
                        .Build();
                }

                """, project.ReadFile("app/Program.cs"));
            var after = project.Build();
            Assert.Equal(new[] { "error CTL3004 app/Program.cs(10,24)" }, after.WarningsAndErrors);
        }

        // A C# 14 extension member (net10.0's default language version) called between WithPrivileged(true) and
        // WithPrivileged(false) may keep the builder, as a classic extension method with such a body may: the true stays
        // reported (audit 51 N5). Roslyn 4.8, which the analyzer tests compile with, does not parse extension blocks.
        [Fact]
        public void A_C_sharp_14_extension_member_between_two_WithPrivileged_calls_keeps_the_first_reported()
        {
            var project = _package.CreateProject("cs-extension-member")
                .PackageReference("Testcontainers", TestcontainersVersion)
                .WriteProjectFile("Program.cs", """
                    using System.Collections.Generic;
                    using DotNet.Testcontainers.Builders;
                    using DotNet.Testcontainers.Containers;

                    internal static class Program
                    {
                        internal static readonly List<ContainerBuilder> Kept = new();

                        private static void Main() { }

                        internal static IContainer Create() => new ContainerBuilder("alpine:3.20")
                            .WithPrivileged(true).Keep().WithPrivileged(false).Build();

                        extension(ContainerBuilder b)
                        {
                            public ContainerBuilder Keep() { Kept.Add(b); return b; }
                        }
                    }

                    """);

            var build = project.Build();

            Assert.Equal(new[] { "error CTL1003 app/Program.cs(12,25)" }, build.WarningsAndErrors);
        }

        // C# 14 null-conditional assignments (net10.0's default language version) get the fixes their forms without ?. get. The
        // analyzer tests compile with Roslyn 4.8, which does not parse them: they are pinned here, with the SDK's compiler.
        [Fact]
        public void Dotnet_format_analyzers_fixes_null_conditional_assignments_as_it_fixes_plain_ones()
        {
            var project = _package.CreateProject("cs-format-null-conditional")
                .PackageReference("Testcontainers", TestcontainersVersion)
                .WriteProjectFile("Program.cs", """
                    using Docker.DotNet.Models;
                    using DotNet.Testcontainers.Builders;
                    using DotNet.Testcontainers.Containers;

                    internal static class Program
                    {
                        private static void Main() { }

                        internal static IContainer Create() => new ContainerBuilder()
                            .WithImage("alpine")
                            .WithCreateParameterModifier(p => p.HostConfig?.Privileged = true)
                            .Build();

                        internal static void Configure(CreateContainerParameters p)
                        {
                            p?.User = "root";
                            p.HostConfig?.PidMode = "host"; // the host's processes
                            p?.HostConfig?.NetworkMode = "host";
                            p.HostConfig?.Privileged = true;
                        }
                    }

                    """);

            var before = project.Build();
            Assert.Equal(new[]
            {
                "error CTL1003 app/Program.cs(11,70)", "error CTL1003 app/Program.cs(19,36)", "error CTL5001 app/Program.cs(17,33)",
                "warning CTL1001 app/Program.cs(16,19)", "warning CTL5003 app/Program.cs(18,38)",
            }, before.WarningsAndErrors);

            FormatAnalyzers(project, "CTL1003", "CTL1001", "CTL5001", "CTL5003");

            // The expression-bodied lambda keeps its assignment, set to false, as p => p.HostConfig.Privileged = true does.
            Assert.Equal("""
                using Docker.DotNet.Models;
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                internal static class Program
                {
                    private static void Main() { }

                    internal static IContainer Create() => new ContainerBuilder()
                        .WithImage("alpine")
                        .WithCreateParameterModifier(p => p.HostConfig?.Privileged = false)
                        .Build();

                    internal static void Configure(CreateContainerParameters p)
                    {
                        p?.User = "10001";
                    }
                }

                """, project.ReadFile("app/Program.cs"));
            var after = project.Build();
            Assert.True(after.Succeeded, after.ToString());
            Assert.Empty(after.WarningsAndErrors);
        }

        [Fact]
        public void Testcontainers_modifier_passed_as_a_method_group_is_reported_in_the_method()
        {
            var project = _package.CreateProject("cs-modifier-method")
                .PackageReference("Testcontainers", TestcontainersVersion)
                .WriteProjectFile("Program.cs", """
                    using Docker.DotNet.Models;
                    using DotNet.Testcontainers.Builders;
                    using DotNet.Testcontainers.Containers;

                    internal static class Program
                    {
                        private static void Main() { }

                        internal static IContainer Create() => new ContainerBuilder()
                            .WithImage("alpine")
                            .WithCreateParameterModifier(Configure)
                            .Build();

                        private static void Configure(CreateContainerParameters parameters)
                        {
                            parameters.HostConfig.PidMode = "host";
                            parameters.HostConfig.Mounts.Add(SocketMount());
                        }

                        private static Mount SocketMount() => new Mount { Type = "bind", Source = "/run/docker.sock", Target = "/run/docker.sock" };
                    }

                    """);

            var build = project.Build();

            Assert.False(build.Succeeded, build.ToString());
            // The methods are analysed concurrently: the order of their diagnostics is not fixed.
            Assert.Equal(new[] { "error CTL3004 app/Program.cs(20,43)", "error CTL5001 app/Program.cs(16,41)" }, build.WarningsAndErrors.OrderBy(d => d, StringComparer.Ordinal));
        }

        [Fact]
        public void Look_alike_types_without_Docker_references_produce_no_ContainerLint_diagnostics()
        {
            var project = _package.CreateProject("cs-no-docker").WriteProjectFile("Program.cs", """
                using System.Collections.Generic;
                using MyApp.Models;

                internal static class Program
                {
                    private static void Main() { }

                    internal static CreateContainerParameters Create() => new CreateContainerParameters
                    {
                        User = "root",
                        HostConfig = new HostConfig { Privileged = true, Binds = new List<string> { "/var/run/docker.sock:/var/run/docker.sock" } },
                    };
                }

                namespace MyApp.Models
                {
                    internal sealed class HostConfig
                    {
                        public bool Privileged { get; set; }
                        public IList<string>? Binds { get; set; }
                    }

                    internal sealed class CreateContainerParameters
                    {
                        public string? User { get; set; }
                        public HostConfig? HostConfig { get; set; }
                    }
                }

                """);

            var build = project.Build();

            Assert.True(build.Succeeded, build.ToString());
            Assert.Empty(build.ContainerLint);
            Assert.DoesNotContain("CTL", build.Output);
        }
    }
}
