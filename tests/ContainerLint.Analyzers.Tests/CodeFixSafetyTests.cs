using System.Threading.Tasks;
using ContainerLint.Analyzers.Tests.Infrastructure;
using ContainerLint.CodeFixes;

namespace ContainerLint.Analyzers.Tests
{
    /// <summary>
    /// Fixes where the code around the finding makes a plain removal go wrong: embedded statements, preprocessor
    /// directives, several statements or comments on a line, values something else reads too.
    /// </summary>
    public class CodeFixSafetyTests
    {
        private static string P(string body) => HostConfigAnalyzerTests.Program(body);
        private static string T(string body) => TestcontainersBuilderAnalyzerTests.Program(body);

        [Fact]
        public Task Embedded_statements_become_empty_blocks() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(bool x, int n)
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        if (x) hc.CapAdd.Add({|CTL2001:""SYS_ADMIN""|});
        if (x) hc.Privileged = {|CTL1003:true|}; // debugging
        else hc.PidMode = {|CTL5001:""host""|};
        while (x) hc.IpcMode = {|CTL5002:""host""|};
        for (var i = 0; i < n; i++) hc.UTSMode = {|CTL5005:""host""|};
        foreach (var c in new[] { 1 })
            hc.NetworkMode = {|CTL5003:""host""|};
        done: hc.CapAdd.Add({|CTL2001:""SYS_PTRACE""|});
        return hc;
    }
    static HostConfig Using()
    {
        var hc = new HostConfig();
        using (new System.IO.MemoryStream()) hc.Privileged = {|CTL1003:true|};
        return hc;
    }"), P(@"
    static HostConfig Create(bool x, int n)
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        if (x) { }
        if (x) { } // debugging
        else { }
        while (x) { }
        for (var i = 0; i < n; i++) { }
        foreach (var c in new[] { 1 })
            { }
        done: { }
        return hc;
    }
    static HostConfig Using()
    {
        var hc = new HostConfig();
        using (new System.IO.MemoryStream()) { }
        return hc;
    }"), iterations: 8);

        [Fact]
        public Task Fix_All_fixes_ordinary_sites_and_an_embedded_one() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(bool x)
    {
        var hc = new HostConfig { CapAdd = new List<string> { {|CTL2002:""NET_ADMIN""|}, ""CHOWN"" } };
        if (x) hc.CapAdd.Add({|CTL2002:""SYS_TIME""|});
        hc.CapAdd.Add({|CTL2002:""SYS_NICE""|});
        return hc;
    }"), P(@"
    static HostConfig Create(bool x)
    {
        var hc = new HostConfig { CapAdd = new List<string> { ""CHOWN"" } };
        if (x) { }
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);
    
        [Fact]
        public Task Chained_assignment_whose_value_is_also_used_offers_no_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static bool Flag;
    static HostConfig Create()
    {
        var hc = new HostConfig();
        Flag = hc.Privileged = {|CTL1003:true|};
        return hc;
    }"), P(@"
    static bool Flag;
    static HostConfig Create()
    {
        var hc = new HostConfig();
        Flag = hc.Privileged = {|CTL1003:true|};
        return hc;
    }"));

        // Directives

        [Fact]
        public Task Removing_an_entry_keeps_the_if_directives_around_it() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig First() => new HostConfig
    {
#if !DEBUG
        PidMode = {|CTL5001:""host""|},
#else
        PidMode = ""private"",
#endif
        NetworkMode = ""bridge"",
    };
    static HostConfig Middle() => new HostConfig
    {
        NetworkMode = ""bridge"",
#if !DEBUG
        IpcMode = {|CTL5002:""host""|},
#endif
        AutoRemove = true,
    };
    static HostConfig Last() => new HostConfig
    {
        NetworkMode = ""bridge"",
#if DEBUG
        UTSMode = ""private""
#else
        UTSMode = {|CTL5005:""host""|}
#endif
    };"), P(@"
    static HostConfig First() => new HostConfig
    {
#if !DEBUG
#else
        PidMode = ""private"",
#endif
        NetworkMode = ""bridge"",
    };
    static HostConfig Middle() => new HostConfig
    {
        NetworkMode = ""bridge"",
#if !DEBUG
#endif
        AutoRemove = true,
    };
    static HostConfig Last() => new HostConfig
    {
        NetworkMode = ""bridge"",
#if DEBUG
        UTSMode = ""private""
#else
#endif
    };"), iterations: 3);

        [Fact]
        public Task Removing_entries_and_statements_keeps_region_and_pragma_directives() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        #region namespaces
        PidMode = {|CTL5001:""host""|},
        #endregion
#pragma warning disable CS0618
        IpcMode = {|CTL5002:""host""|}, // ipc
#pragma warning restore CS0618
        NetworkMode = ""bridge"",
    };
    static HostConfig Later()
    {
        var hc = new HostConfig();
        #region privileged
        hc.Privileged = {|CTL1003:true|};
        #endregion
#pragma warning disable CS0618
        hc.PidMode = {|CTL5001:""host""|};
#pragma warning restore CS0618
        return hc;
    }"), P(@"
    static HostConfig Create() => new HostConfig
    {
        #region namespaces
        #endregion
#pragma warning disable CS0618
#pragma warning restore CS0618
        NetworkMode = ""bridge"",
    };
    static HostConfig Later()
    {
        var hc = new HostConfig();
        #region privileged
        #endregion
#pragma warning disable CS0618
#pragma warning restore CS0618
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 4, fixAllIterations: 1);

        // A directive is never removed: the code of one configuration goes, the other configuration's stays as it was, and
        // both still compile (audit 42 CL-11, CL-10).

        [Fact]
        public async Task Removing_a_chained_call_inside_an_if_directive_keeps_the_directive()
        {
            var fixedSource = T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")
#if DEBUG
#endif
        .WithBindMount(""/srv"", ""/srv"", AccessMode.ReadOnly)
        .Build();
    static IContainer Disabled() => new ContainerBuilder()
        .WithImage(""docker:dind"")
#if NEVER
        .WithName(""old"")
#endif
        .Build();");
            await Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")
#if DEBUG
        .WithPrivileged({|CTL1003:true|})
#endif
        .WithBindMount(""/srv"", ""/srv"", AccessMode.ReadOnly)
        .Build();
    static IContainer Disabled() => new ContainerBuilder()
        .WithImage(""docker:dind"")
#if NEVER
        .WithName(""old"")
#endif
        .WithPrivileged({|CTL1003:true|})
        .Build();"), fixedSource, DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true,
                iterations: 2, fixAllIterations: 1, preprocessorSymbols: new[] { "DEBUG" });
            await Verify.Analyzer<TestcontainersBuilderAnalyzer>(fixedSource, DockerLibrary.Testcontainers);
        }

        // The ';' cannot join the call before it there: in the other configuration that call is not compiled.
        [Fact]
        public async Task Removing_the_call_ending_a_chain_after_an_if_directive_leaves_the_semicolon_after_the_directive()
        {
            var fixedSource = T(@"
    static ContainerBuilder Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")
#if DEBUG
        .WithName(""debug"")
#endif
        ;");
            await Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static ContainerBuilder Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")
#if DEBUG
        .WithName(""debug"")
#endif
        .WithPrivileged({|CTL1003:true|});"), fixedSource, DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true,
                preprocessorSymbols: new[] { "DEBUG" });
            await Verify.Analyzer<TestcontainersBuilderAnalyzer>(fixedSource, DockerLibrary.Testcontainers);
        }

        [Fact]
        public Task Removing_an_Add_with_its_if_inside_an_if_directive_keeps_the_directive() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
#if DEBUG
        // for the debugger
        if (!hc.CapAdd.Contains(""SYS_PTRACE"")) hc.CapAdd.Add({|CTL2001:""SYS_PTRACE""|});
#endif
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
#if DEBUG
        // for the debugger
#endif
        return hc;
    }"), preprocessorSymbols: new[] { "DEBUG" });

        // Removing the statement would take the #if inside it and leave its #else and #endif: no fix.
        [Fact]
        public Task Statement_holding_a_directive_is_not_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        hc.PidMode =
#if DEBUG
            {|CTL5001:""host""|};
#else
            ""private"";
#endif
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        hc.PidMode =
#if DEBUG
            {|CTL5001:""host""|};
#else
            ""private"";
#endif
        return hc;
    }"), preprocessorSymbols: new[] { "DEBUG" });

        [Fact]
        public async Task Removing_a_leading_comma_element_inside_an_if_directive_takes_its_own_comma_and_both_configurations_compile()
        {
            var fixedSource = P(@"
    static HostConfig Create() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""CHOWN""
#if DEBUG
#endif
            , ""NET_BIND_SERVICE""
        },
    };");
            await Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""CHOWN""
#if DEBUG
            , {|CTL2001:""SYS_PTRACE""|}   // the debugger attaches in Debug builds only
#endif
            , ""NET_BIND_SERVICE""
        },
    };"), fixedSource, preprocessorSymbols: new[] { "DEBUG" });
            await Verify.Analyzer<HostConfigAnalyzer>(fixedSource);
        }

        // In leading-comma style an element's comma is the one before it, on its line: the line goes whole, with its comment,
        // also for the last element alone in an #if (a comma left there would be a stray trailing comma).
        [Fact]
        public async Task Removing_a_leading_comma_element_takes_its_own_line()
        {
            var fixedSource = P(@"
    static HostConfig Profiled() => new HostConfig
    {
        CapAdd = [""CHOWN""
            , ""NET_BIND_SERVICE""
        ],
    };
    static HostConfig Debugged() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""CHOWN""
#if DEBUG
#endif
        },
    };");
            await Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Profiled() => new HostConfig
    {
        CapAdd = [""CHOWN""
            , {|CTL2001:""SYS_PTRACE""|} // the profiler attaches (OPS-124)
            , ""NET_BIND_SERVICE""
        ],
    };
    static HostConfig Debugged() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""CHOWN""
#if DEBUG
            , {|CTL2001:""SYS_ADMIN""|}
#endif
        },
    };"), fixedSource, preprocessorSymbols: new[] { "DEBUG" });
            await Verify.Analyzer<HostConfigAnalyzer>(fixedSource);
        }

        // A #region (or #pragma) closing the initializer or list is no branch: the settings go after it, outside the region (CL-06).
        [Fact]
        public Task Settings_added_to_an_initializer_ending_in_a_region_go_after_the_region() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        #region Mounts
        Binds = new List<string> { ""/srv:/srv"" },
        #endregion
    }|}|}|};
    static HostConfig WithoutComma() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        NetworkMode = ""bridge"",
        #region Mounts
        Binds = new List<string> { ""/srv:/srv"" }
        #endregion
        // the settings below
    }|}|}|};
    static HostConfig InTheList() => {|CTL4001:new HostConfig
    {
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
        SecurityOpt =
        [
            #region AppArmor
            ""apparmor=docker-default"",
            #endregion
        ],
    }|};"), P(@"
    static HostConfig Create() => new HostConfig
    {
        #region Mounts
        Binds = new List<string> { ""/srv:/srv"" },
        #endregion
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true,
    };
    static HostConfig WithoutComma() => new HostConfig
    {
        NetworkMode = ""bridge"",
        #region Mounts
        Binds = new List<string> { ""/srv:/srv"" },
        #endregion
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true
        // the settings below
    };
    static HostConfig InTheList() => new HostConfig
    {
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
        SecurityOpt =
        [
            #region AppArmor
            ""apparmor=docker-default"",
            #endregion
            ""no-new-privileges:true"",
        ],
    };"), reportOmissions: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 7, fixAllIterations: 1);

        // Lines and comments

        // Comment lines above removed code head what follows it as well (a group of statements, of elements, of calls): they
        // stay, with the blank line before them, on what follows; an end-of-line comment goes with its line. One fix after
        // the other then gives what Fix All gives (audit 42 CL-02, CL-05, CL-11).

        [Fact]
        public Task Removing_a_chained_call_keeps_the_comment_lines_above_it() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")

        // Docker-in-Docker needs a privileged container (see CI-42)
        .WithPrivileged({|CTL1003:true|}) // for the daemon
        .WithName(""dind"")
        .Build();
    static ContainerBuilder Last() => new ContainerBuilder()
        .WithImage(""docker:dind"") // the daemon image
        // a privileged daemon
        .WithPrivileged({|CTL1003:true|});"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")

        // Docker-in-Docker needs a privileged container (see CI-42)
        .WithName(""dind"")
        .Build();
    static ContainerBuilder Last() => new ContainerBuilder()
        .WithImage(""docker:dind""); // the daemon image
        // a privileged daemon"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        // A repeat further along the chain, after an extension method, goes with the reported call (audit 48 F1).
        [Fact]
        public Task Removing_a_repeated_call_after_an_extension_method_removes_both() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")
        .WithPrivileged(true)
        .WithDefaults()
        .WithPrivileged({|CTL1003:true|}) // again
        .Build();
}

static class Defaults
{
    public static ContainerBuilder WithDefaults(this ContainerBuilder b) => b.WithName(""dind"");"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")
        .WithDefaults()
        .Build();
}

static class Defaults
{
    public static ContainerBuilder WithDefaults(this ContainerBuilder b) => b.WithName(""dind"");"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 1, fixAllIterations: 1);

        // The chain's last call goes: the ';' follows the call before it, as it would have been written without the call, and
        // the comments between them stay, in their order, after it.
        [Fact]
        public Task Removing_a_chained_call_keeps_comments_written_as_documentation() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static ContainerBuilder Middle() => new ContainerBuilder()
        .WithImage(""docker:dind"") /// the dind image
        .WithPrivileged({|CTL1003:true|})
        .WithName(""dind"");
    static ContainerBuilder Last() => new ContainerBuilder()
        .WithImage(""docker:dind"")
        /// why: dind needs it
        .WithPrivileged({|CTL1003:true|});
    static ContainerBuilder Block() => new ContainerBuilder()
        .WithImage(""docker:dind"")
        /** why: dind needs it */
        .WithPrivileged({|CTL1003:true|});
    static ContainerBuilder AtTheEnd() => new ContainerBuilder()
        .WithImage(""docker:dind"") /// the dind image
        .WithPrivileged({|CTL1003:true|});"), T(@"
    static ContainerBuilder Middle() => new ContainerBuilder()
        .WithImage(""docker:dind"") /// the dind image
        .WithName(""dind"");
    static ContainerBuilder Last() => new ContainerBuilder()
        .WithImage(""docker:dind"");
        /// why: dind needs it
    static ContainerBuilder Block() => new ContainerBuilder()
        .WithImage(""docker:dind"");
        /** why: dind needs it */
    static ContainerBuilder AtTheEnd() => new ContainerBuilder()
        .WithImage(""docker:dind""); /// the dind image"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 4, fixAllIterations: 1);

        // Audit 46 F1: a /// ending the removed line is a comment on that line, as a // one is; the comments before it keep their places.
        [Fact]
        public Task Removing_the_call_that_ends_a_chain_treats_a_documentation_comment_ending_its_line_as_a_line_comment() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static void Create(System.IO.TextWriter log)
    {
        var b = new ContainerBuilder()
            .WithImage(""docker:dind"") // the image
            .WithPrivileged({|CTL1003:true|}); /// for the daemon
        log.WriteLine(""ok"");
    }
    static void Nested(System.IO.TextWriter log, bool debug)
    {
        if (debug)
        {
            var b = new ContainerBuilder()
                .WithImage(""docker:dind"") /// the image
                /// needs it
                .WithPrivileged({|CTL1003:true|}); /// for the daemon
        }
        log.WriteLine(""ok""); // next
    }"), T(@"
    static void Create(System.IO.TextWriter log)
    {
        var b = new ContainerBuilder()
            .WithImage(""docker:dind""); // the image
            /// for the daemon
        log.WriteLine(""ok"");
    }
    static void Nested(System.IO.TextWriter log, bool debug)
    {
        if (debug)
        {
            var b = new ContainerBuilder()
                .WithImage(""docker:dind""); /// the image
                /// needs it
                /// for the daemon
        }
        log.WriteLine(""ok""); // next
    }"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        // Audit 47: with a directive on the next line, as without one.
        [Fact]
        public Task Removing_the_call_that_ends_a_chain_before_a_directive_treats_a_documentation_comment_ending_its_line_as_a_line_comment() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static void Create(System.IO.TextWriter log, bool debug)
    {
        if (debug)
        {
            var b = new ContainerBuilder()
                .WithImage(""docker:dind"") /// the image
                // needs it
                .WithPrivileged({|CTL1003:true|}); /** for the daemon */
#if DEBUG
            log.WriteLine(""debug"");
#endif
        }
        log.WriteLine(""ok""); // next
    }"), T(@"
    static void Create(System.IO.TextWriter log, bool debug)
    {
        if (debug)
        {
            var b = new ContainerBuilder()
                .WithImage(""docker:dind""); /// the image
                // needs it
                /** for the daemon */
#if DEBUG
            log.WriteLine(""debug"");
#endif
        }
        log.WriteLine(""ok""); // next
    }"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 1, fixAllIterations: 1);

        // Audit 47 F3: the ';' that stays after an #endif keeps its indent, with /// comments as with // ones.
        [Fact]
        public Task Semicolon_left_after_an_endif_keeps_its_indent_whatever_the_comments_are_written_as() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static ContainerBuilder Documented() => new ContainerBuilder()
        .WithImage(""a"") /// the image
#if DEBUG
        .WithName(""dbg"") /// debug name
#endif
        .WithPrivileged({|CTL1003:true|}); /// for the daemon
    static ContainerBuilder Plain() => new ContainerBuilder()
        .WithImage(""a"") // the image
#if DEBUG
        .WithName(""dbg"") // debug name
#endif
        .WithPrivileged({|CTL1003:true|}); // for the daemon"), T(@"
    static ContainerBuilder Documented() => new ContainerBuilder()
        .WithImage(""a"") /// the image
#if DEBUG
        .WithName(""dbg"") /// debug name
#endif
        ; /// for the daemon
    static ContainerBuilder Plain() => new ContainerBuilder()
        .WithImage(""a"") // the image
#if DEBUG
        .WithName(""dbg"") // debug name
#endif
        ; // for the daemon"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        // Audit 46 F2: consecutive /// lines are one piece of structure to the parser; only the removed line's own comment goes.
        [Fact]
        public Task A_documentation_comment_line_below_a_removed_line_ending_in_one_stays() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static ContainerBuilder Middle() => new ContainerBuilder()
        .WithImage(""docker:dind"")
        .WithPrivileged({|CTL1003:true|}) /// p
        /// next
        .WithName(""n"");"), T(@"
    static ContainerBuilder Middle() => new ContainerBuilder()
        .WithImage(""docker:dind"")
        /// next
        .WithName(""n"");"), DockerLibrary.Testcontainers);

        [Fact]
        public Task Removing_the_call_that_ends_a_chain_puts_the_semicolon_after_the_call_before_and_keeps_the_comments_between() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static ContainerBuilder Last() => new ContainerBuilder()
        .WithImage(""docker:dind"") // the daemon image
        // a privileged daemon
        .WithPrivileged({|CTL1003:true|});
    static ContainerBuilder Grouped() => new ContainerBuilder()
        .WithImage(""docker:dind"")

        // Docker-in-Docker needs a privileged container
        // (see CI-42)
        .WithPrivileged({|CTL1003:true|}); // for the daemon
    static IContainer InAMethod()
    {
        var builder = new ContainerBuilder()
            .WithImage(""docker:dind"")
            // a privileged daemon
            .WithPrivileged({|CTL1003:true|});
        return builder.Build();
    }
    static List<ContainerBuilder> Each(List<ContainerBuilder> builders) => builders.ConvertAll(b => b
        .WithImage(""docker:dind"")
        // a privileged daemon
        .WithPrivileged({|CTL1003:true|}))
        .FindAll(b => b != null);"), T(@"
    static ContainerBuilder Last() => new ContainerBuilder()
        .WithImage(""docker:dind""); // the daemon image
        // a privileged daemon
    static ContainerBuilder Grouped() => new ContainerBuilder()
        .WithImage(""docker:dind"");

        // Docker-in-Docker needs a privileged container
        // (see CI-42)
        // for the daemon
    static IContainer InAMethod()
    {
        var builder = new ContainerBuilder()
            .WithImage(""docker:dind"");
            // a privileged daemon
        return builder.Build();
    }
    static List<ContainerBuilder> Each(List<ContainerBuilder> builders) => builders.ConvertAll(b => b
        .WithImage(""docker:dind""))
        // a privileged daemon
        .FindAll(b => b != null);"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 4, fixAllIterations: 1);

        [Fact]
        public Task Removing_a_chained_call_sharing_its_line_keeps_the_comment_before_it() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static ContainerBuilder Last() => new ContainerBuilder().WithImage(""docker:dind"") /* the daemon */ .WithPrivileged({|CTL1003:true|});
    static IContainer Middle() => new ContainerBuilder().WithImage(""docker:dind"") /* the daemon */ .WithPrivileged({|CTL1003:true|}).WithName(""dind"").Build();"), T(@"
    static ContainerBuilder Last() => new ContainerBuilder().WithImage(""docker:dind"") /* the daemon */;
    static IContainer Middle() => new ContainerBuilder().WithImage(""docker:dind"") /* the daemon */ .WithName(""dind"").Build();"),
            DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        [Fact]
        public Task Removing_a_statement_keeps_the_comment_lines_and_the_blank_line_above_it() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();

        // namespaces shared with the host for the profiler (see OPS-123)
        hc.UTSMode = {|CTL5005:""host""|}; // the profiler reads the host name
        hc.NetworkMode = ""bridge"";
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();

        // namespaces shared with the host for the profiler (see OPS-123)
        hc.NetworkMode = ""bridge"";
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // The blank lines around the removed code would be two in a row, or one before the closing brace: one of them goes.
        [Fact]
        public Task Removing_code_between_blank_lines_leaves_one_blank_line_and_none_before_a_closing_brace() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig
        {
            NetworkMode = ""bridge"",

            PidMode = {|CTL5001:""host""|},

            CapAdd = new List<string>
            {
                ""CHOWN"",

                {|CTL2001:""SYS_ADMIN""|},
            },
        };

        hc.IpcMode = {|CTL5002:""host""|};

        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig
        {
            NetworkMode = ""bridge"",

            CapAdd = new List<string>
            {
                ""CHOWN"",
            },
        };

        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Removing_elements_and_members_keeps_the_comment_lines_above_them() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""NET_BIND_SERVICE"",

            // the profiler attaches to the app (OPS-124)
            {|CTL2001:""SYS_PTRACE""|},
            ""CHOWN"",
            // last
            {|CTL2001:""SYS_ADMIN""|}
        },
        /* the host's namespaces */
        PidMode = {|CTL5001:""host""|},
        NetworkMode = ""bridge"",
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""NET_BIND_SERVICE"",

            // the profiler attaches to the app (OPS-124)
            ""CHOWN""
            // last
        },
        /* the host's namespaces */
        NetworkMode = ""bridge"",
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        // The if that goes with its Add keeps its comments; the Add after it that goes next keeps them too, as Fix All does.
        [Fact]
        public Task Fix_All_and_one_fix_after_the_other_keep_the_same_comments() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        hc.CapAdd = new List<string>();
        // ptrace for the debugger
        if (!hc.CapAdd.Contains(""SYS_PTRACE"")) hc.CapAdd.Add({|CTL2001:""SYS_PTRACE""|}); // only once
        hc.CapAdd?.Add({|CTL2001:""SYS_ADMIN""|});
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        hc.CapAdd = new List<string>();
        // ptrace for the debugger
        // only once
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        [Fact]
        public Task Removing_the_local_only_the_user_write_reads_keeps_the_blank_line_above_it() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create()
    {
        var p = new CreateContainerParameters();

        const string admin = ""root"";
        p.User = {|CTL1001:admin|};
        return p;
    }"), P(@"
    static CreateContainerParameters Create()
    {
        var p = new CreateContainerParameters();

        p.User = ""10001"";
        return p;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Removing_one_of_two_statements_on_a_line_keeps_the_line_and_its_comment() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Second()
    {
        var hc = new HostConfig();
        hc.AutoRemove = true; hc.PidMode = {|CTL5001:""host""|}; // two on a line
        hc.NetworkMode = ""bridge"";
        return hc;
    }
    static HostConfig First()
    {
        var hc = new HostConfig();
        hc.PidMode = {|CTL5001:""host""|}; hc.AutoRemove = true; // two on a line
        return hc;
    }"), P(@"
    static HostConfig Second()
    {
        var hc = new HostConfig();
        hc.AutoRemove = true; // two on a line
        hc.NetworkMode = ""bridge"";
        return hc;
    }
    static HostConfig First()
    {
        var hc = new HostConfig();
        hc.AutoRemove = true; // two on a line
        return hc;
    }"), iterations: 2);

        [Fact]
        public Task A_comment_before_an_element_that_stays_stays_and_one_ending_a_removed_line_goes() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        Privileged = {|CTL1003:true|},   /* block comment */
        CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|}, /* keep me */ ""CHOWN"", ""KILL"" },
        SecurityOpt = new List<string> { ""no-new-privileges"", /* about the next one */ {|CTL4002:""seccomp=unconfined""|} },
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        CapAdd = new List<string> { /* keep me */ ""CHOWN"", ""KILL"" },
        SecurityOpt = new List<string> { ""no-new-privileges"" /* about the next one */ },
    };"), iterations: 3);

        [Fact]
        public Task Fix_All_replacing_every_security_option_of_an_implicit_array_keeps_it_implicit_and_spaced() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL4001:new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        ReadonlyRootfs = true,
        SecurityOpt = new[] { {|CTL4002:""seccomp=unconfined""|}, {|CTL4004:""label=disable""|} },
    }|};"), P(@"
    static HostConfig Create() => new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        ReadonlyRootfs = true,
        SecurityOpt = new[] { ""no-new-privileges:true"" },
    };"), reportOmissions: true, fixAll: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, iterations: 3, fixAllIterations: 1);

        // Fix All adds no-new-privileges:true after the element (with a space after its comma), then removes the element: the
        // brackets keep the spacing they had, with or without spaces inside; an element added before "" ]"" goes before the spaces.
        [Fact]
        public Task Fix_All_replacing_the_only_element_of_a_collection_expression_keeps_the_spacing_inside_its_brackets() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Tight() => {|CTL4001:new HostConfig
    {
        SecurityOpt = [{|CTL4004:""label:disable""|}],
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
    }|};
    static HostConfig Spaced() => {|CTL4001:new HostConfig { SecurityOpt = [ {|CTL4002:""seccomp=unconfined""|} ], CapDrop = [""ALL""], ReadonlyRootfs = true }|};
    static HostConfig Added() => {|CTL4001:new HostConfig { SecurityOpt = [ ""apparmor=docker-default"" ], CapDrop = [""ALL""], ReadonlyRootfs = true }|};"), P(@"
    static HostConfig Tight() => new HostConfig
    {
        SecurityOpt = [""no-new-privileges:true""],
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
    };
    static HostConfig Spaced() => new HostConfig { SecurityOpt = [ ""no-new-privileges:true"" ], CapDrop = [""ALL""], ReadonlyRootfs = true };
    static HostConfig Added() => new HostConfig { SecurityOpt = [ ""apparmor=docker-default"", ""no-new-privileges:true"" ], CapDrop = [""ALL""], ReadonlyRootfs = true };"),
            reportOmissions: true, fixAll: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, iterations: 5, fixAllIterations: 1);

        // An end-of-line comment on a member alone on its line explains that member (why it is privileged): it goes with the
        // line. Left on a line of its own it would read as a comment on the member after it.
        [Fact]
        public Task Member_alone_on_its_line_goes_with_its_end_of_line_comment_which_kept_alone_would_describe_the_next_member() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Make() => {|CTL4001:new HostConfig
    {
        Privileged = {|CTL1003:true|}, // needed for dind
        SecurityOpt = [{|CTL4004:""label:disable""|}],
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
    }|};"), P(@"
    static HostConfig Make() => new HostConfig
    {
        SecurityOpt = [""no-new-privileges:true""],
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
    };"), reportOmissions: true, fixAll: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task A_setting_added_to_an_emptied_explicit_array_keeps_the_space_before_the_brace() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL4001:new HostConfig { CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new string[] { } }|};"), P(@"
    static HostConfig Create() => new HostConfig { CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new string[] { ""no-new-privileges:true"" } };"),
            reportOmissions: true);

        // A list property assigned again after the creation

        [Fact]
        public Task Setting_missing_from_a_list_assigned_after_the_creation_gets_no_fix_in_the_initializer_and_an_element_of_the_new_list_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = {|CTL2003:{|CTL4001:new HostConfig { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true }|}|};
        hc.CapDrop = new List<string>();
        hc.SecurityOpt = new List<string>();
        hc.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = {|CTL2003:{|CTL4001:new HostConfig { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true }|}|};
        hc.CapDrop = new List<string>();
        hc.SecurityOpt = new List<string>();
        hc.CapAdd = new List<string> { };
        return hc;
    }"), reportOmissions: true);

        [Fact]
        public Task Masked_paths_emptied_by_an_assignment_after_the_initializer_are_reported_there_without_a_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        hc.MaskedPaths = {|CTL3002:new List<string>()|};
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        hc.MaskedPaths = {|CTL3002:new List<string>()|};
        return hc;
    }"));

        // Lists reached by index

        [Fact]
        public Task Element_of_a_list_the_method_later_reaches_by_index_is_not_removed_and_one_added_after_that_is() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""CHOWN"", ""NET_RAW"" };
        caps.RemoveAt(1);
        var binds = new List<string> { {|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|}, ""/data:/data:ro"" };
        System.Console.WriteLine(binds[1]);
        var opts = new List<string> { {|CTL4002:""seccomp=unconfined""|} };
        opts.Insert(1, ""no-new-privileges"");
        var hc = new HostConfig { CapAdd = caps, Binds = binds, SecurityOpt = opts, Tmpfs = new Dictionary<string, string> { [""/run""] = ""nosuid"" } };
        hc.DeviceCgroupRules = new List<string> { {|CTL3001:""c 1:3 mr""|} };
        System.Console.WriteLine(hc.DeviceCgroupRules[0]);
        hc.CapAdd.Add({|CTL2001:""SYS_PTRACE""|});
        System.Console.WriteLine(hc.Tmpfs[""/run""]);
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""CHOWN"", ""NET_RAW"" };
        caps.RemoveAt(1);
        var binds = new List<string> { {|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|}, ""/data:/data:ro"" };
        System.Console.WriteLine(binds[1]);
        var opts = new List<string> { {|CTL4002:""seccomp=unconfined""|} };
        opts.Insert(1, ""no-new-privileges"");
        var hc = new HostConfig { CapAdd = caps, Binds = binds, SecurityOpt = opts, Tmpfs = new Dictionary<string, string> { [""/run""] = ""nosuid"" } };
        hc.DeviceCgroupRules = new List<string> { {|CTL3001:""c 1:3 mr""|} };
        System.Console.WriteLine(hc.DeviceCgroupRules[0]);
        System.Console.WriteLine(hc.Tmpfs[""/run""]);
        return hc;
    }"));

        [Fact]
        public Task User_from_a_local_given_another_value_later_is_fixed_at_the_use_and_the_local_stays() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Users()
    {
        var user = ""root"";
        var p = new CreateContainerParameters { User = {|CTL1001:user|} };
        user = ""app"";
        var q = new CreateContainerParameters { User = user };
        return p;
    }"), P(@"
    static CreateContainerParameters Users()
    {
        var user = ""root"";
        var p = new CreateContainerParameters { User = ""10001"" };
        user = ""app"";
        var q = new CreateContainerParameters { User = user };
        return p;
    }"));

        [Fact]
        public Task Empty_masked_or_read_only_paths_that_the_method_uses_after_are_not_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Statement(bool strict)
    {
        var hc = new HostConfig();
        hc.MaskedPaths = {|CTL3002:new List<string>()|};
        if (strict) hc.MaskedPaths.Add(""/proc/kcore"");
        return hc;
    }
    static HostConfig Initializer(bool strict)
    {
        var hc = new HostConfig { ReadonlyPaths = {|CTL3002:new List<string>()|} };
        if (strict) hc.ReadonlyPaths?.Add(""/proc/sys"");
        return hc;
    }
    static HostConfig NotUsedAfter()
    {
        var hc = new HostConfig();
        hc.MaskedPaths = {|CTL3002:new List<string>()|};
        return hc;
    }"), P(@"
    static HostConfig Statement(bool strict)
    {
        var hc = new HostConfig();
        hc.MaskedPaths = {|CTL3002:new List<string>()|};
        if (strict) hc.MaskedPaths.Add(""/proc/kcore"");
        return hc;
    }
    static HostConfig Initializer(bool strict)
    {
        var hc = new HostConfig { ReadonlyPaths = {|CTL3002:new List<string>()|} };
        if (strict) hc.ReadonlyPaths?.Add(""/proc/sys"");
        return hc;
    }
    static HostConfig NotUsedAfter()
    {
        var hc = new HostConfig();
        return hc;
    }"));

        [Fact]
        public Task Bind_of_a_list_the_method_later_reaches_by_index_is_still_made_read_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { Binds = new List<string> { {|CTL3003:""/etc:/etc""|} } };
        System.Console.WriteLine(hc.Binds[0]);
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { Binds = new List<string> { {|CTL3003:""/etc:/etc:ro""|} } };
        System.Console.WriteLine(hc.Binds[0]);
        return hc;
    }"));

        // Values used elsewhere

        [Fact]
        public Task Element_of_a_local_list_read_elsewhere_offers_no_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|}, {|CTL2002:""NET_ADMIN""|} };
        var hc = new HostConfig { CapAdd = caps };
        var hc2 = new HostConfig { CapAdd = caps };
        System.Console.WriteLine(string.Join("","", caps));
        return hc2;
    }
    static HostConfig Added()
    {
        var caps = new List<string>();
        caps.Add({|CTL2001:""SYS_ADMIN""|});
        var hc = new HostConfig { CapAdd = caps };
        System.Console.WriteLine(caps.Count);
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|}, {|CTL2002:""NET_ADMIN""|} };
        var hc = new HostConfig { CapAdd = caps };
        var hc2 = new HostConfig { CapAdd = caps };
        System.Console.WriteLine(string.Join("","", caps));
        return hc2;
    }
    static HostConfig Added()
    {
        var caps = new List<string>();
        caps.Add({|CTL2001:""SYS_ADMIN""|});
        var hc = new HostConfig { CapAdd = caps };
        System.Console.WriteLine(caps.Count);
        return hc;
    }"));

        [Fact]
        public Task Element_of_a_local_list_only_the_HostConfig_reads_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""CHOWN"" };
        caps.Add(""KILL"");
        return new HostConfig { CapAdd = caps };
    }"), P(@"
    static HostConfig Create()
    {
        var caps = new List<string> { ""CHOWN"" };
        caps.Add(""KILL"");
        return new HostConfig { CapAdd = caps };
    }"));

        [Fact]
        public Task A_local_only_the_removed_statement_read_goes_with_it() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        var cap = ""SYS_ADMIN"";
        hc.CapAdd.Add({|CTL2001:cap|});
        var other = ""SYS_PTRACE""; hc.CapAdd.Add({|CTL2001:other|}); hc.CapAdd.Add(""CHOWN"");
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        hc.CapAdd.Add(""CHOWN"");
        return hc;
    }"), iterations: 2);

        // Code in a branch not compiled in this configuration is code the fix cannot see but must keep compiling: there the
        // local a fix would leave unused may be read, the member it would add may be set already, and the item it would
        // remove may be the one a comma of that branch follows (audit 128 F128-1, F128-2, F128-3, F128-7). A multi-targeted
        // project's frameworks get the same edit, so the IDE and dotnet format have nothing to merge.

        [Fact]
        public Task A_local_read_in_a_branch_not_compiled_here_is_kept_when_the_user_is_set() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create()
    {
        const string admin = ""root"";
        var config = new CreateContainerParameters { Image = ""alpine"", User = {|CTL1001:admin|} };
#if !NET10_0_OR_GREATER
        System.Console.WriteLine(""legacy runtime, user "" + admin);
#endif
        return config;
    }"), P(@"
    static CreateContainerParameters Create()
    {
        const string admin = ""root"";
        var config = new CreateContainerParameters { Image = ""alpine"", User = ""10001"" };
#if !NET10_0_OR_GREATER
        System.Console.WriteLine(""legacy runtime, user "" + admin);
#endif
        return config;
    }"), preprocessorSymbols: new[] { "NET10_0_OR_GREATER" });

        [Fact]
        public Task A_local_read_in_a_branch_not_compiled_here_is_kept_when_the_statement_reading_it_goes() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        const string pid = ""host"";
        var hc = new HostConfig();
        hc.PidMode = {|CTL5001:pid|};
#if DEBUG
        System.Console.WriteLine(pid);
#endif
        return hc;
    }
    static HostConfig Unrelated()
    {
        const string pid = ""host"";
        var hc = new HostConfig();
        hc.PidMode = {|CTL5001:pid|};
#if DEBUG
        System.Console.WriteLine(""pid_file"");
#endif
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        const string pid = ""host"";
        var hc = new HostConfig();
#if DEBUG
        System.Console.WriteLine(pid);
#endif
        return hc;
    }
    static HostConfig Unrelated()
    {
        var hc = new HostConfig();
#if DEBUG
        System.Console.WriteLine(""pid_file"");
#endif
        return hc;
    }"));

        [Fact]
        public Task A_local_list_named_in_a_branch_not_compiled_here_is_shared()
        {
            // No fix: the source stays as it is.
            var source = P(@"
    static HostConfig Create()
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        var hc = new HostConfig { CapAdd = caps };
#if DEBUG
        var debug = new HostConfig { CapAdd = caps };
#endif
        return hc;
    }");
            return Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(source, source);
        }

        [Fact]
        public Task The_only_member_compiled_here_before_a_leading_comma_branch_is_not_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        PidMode = {|CTL5001:""host""|}
#if DEBUG
        , Memory = 512 * 1024 * 1024
#endif
    };
    static HostConfig Second() => new HostConfig
    {
        NetworkMode = ""bridge"",
        PidMode = {|CTL5001:""host""|}
#if DEBUG
        , Memory = 512 * 1024 * 1024
#endif
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        PidMode = {|CTL5001:""host""|}
#if DEBUG
        , Memory = 512 * 1024 * 1024
#endif
    };
    static HostConfig Second() => new HostConfig
    {
        NetworkMode = ""bridge""
#if DEBUG
        , Memory = 512 * 1024 * 1024
#endif
    };"));

        [Fact]
        public Task A_setting_set_in_a_branch_not_compiled_here_is_not_added_again()
        {
            // No fix: the source stays as it is.
            var source = P(@"
    static HostConfig Create() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
#if !DEBUG
        // Hardened in release builds only.
        ReadonlyRootfs = true,
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
#endif
        NetworkMode = ""bridge"",
    }|}|}|};
    static Mount Logs() => {|CTL3003:new Mount
    {
#if !DEBUG
        ReadOnly = true,
#endif
        Type = ""bind"", Source = ""/etc"", Target = ""/etc"",
    }|};");
            return Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(source, source, reportOmissions: true, preprocessorSymbols: new[] { "DEBUG" });
        }

        // Audit 129 D129-12: a local given a value on some paths only may hold either; a fix at its use would have to choose
        // among the statements that give them (and leave the local unused: CS0219), so none is offered.
        [Fact]
        public Task A_value_a_local_may_hold_on_some_paths_only_gets_no_fix()
        {
            var source = P(@"
    static CreateContainerParameters DefaultThenIf(bool dind, bool debug)
    {
        var privileged = false;
        if (dind) privileged = true;
        var user = ""app"";
        if (debug) { user = ""root""; }
        return new CreateContainerParameters { User = {|CTL1001:user|}, HostConfig = new HostConfig { Privileged = {|CTL1003:privileged|} } };
    }");
            return Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(source, source);
        }

        // Audit 131 G131-4: what Take(2) keeps depends on where each element is: removing SYS_ADMIN would let NET_ADMIN in.
        [Fact]
        public Task An_element_a_positional_filter_of_the_list_may_keep_gets_no_fix()
        {
            var source = P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""CHOWN"", {|CTL2002:""NET_ADMIN""|} } };
        hc.CapAdd = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Take(hc.CapAdd, 2));
        return hc;
    }
    static bool Keep(string cap, int index) => index < 1;
    static HostConfig ByAMethodGroup()
    {
        var hc = new HostConfig { CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|}, {|CTL2002:""NET_ADMIN""|} } };
        hc.CapAdd = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Where(hc.CapAdd, Keep));
        return hc;
    }");
            return Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(source, source);
        }
    }
}
