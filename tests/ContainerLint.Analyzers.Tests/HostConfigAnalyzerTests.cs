using System.Threading.Tasks;
using ContainerLint.Analyzers.Tests.Infrastructure;

namespace ContainerLint.Analyzers.Tests
{
    public class HostConfigAnalyzerTests
    {
        private static Task Verify(string body, DockerLibrary library = DockerLibrary.DockerDotNet, string? globalConfig = null, bool reportOmissions = false) =>
            Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(Program(body), library, globalConfig, reportOmissions);

        internal static string Program(string body) => @"
using System.Collections.Generic;
using Docker.DotNet.Models;

class Program
{
" + body + @"
}
";

        // CTL1003 privileged

        [Fact]
        public Task Privileged_true_in_object_initializer_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { Privileged = {|CTL1003:true|} };");

        [Fact]
        public Task Privileged_true_assigned_after_construction_is_reported() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        hc.Privileged = {|CTL1003:true|};
        return hc;
    }");

        [Fact]
        public Task Privileged_set_by_a_compound_assignment_of_a_constant_that_decides_it_is_read_as_a_write() => Verify(@"
    static HostConfig Or()
    {
        var hc = new HostConfig { Privileged = false };
        hc.Privileged |= {|CTL1003:true|};
        return hc;
    }
    static HostConfig And()
    {
        var hc = new HostConfig { Privileged = true };
        hc.Privileged &= false;
        return hc;
    }
    static HostConfig Unknown(bool allowed)
    {
        var hc = new HostConfig { Privileged = {|CTL1003:true|} };
        hc.Privileged |= allowed;
        return hc;
    }");

        [Fact]
        public Task Doubled_braces_of_interpolated_text_are_read_as_one_in_a_method_and_in_a_static_readonly_initializer() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static readonly string Etc = $""/etc/{{x}}:/e"";
    static readonly string Verbatim = $@""/etc/{{v}}:/v"";
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|#0:$""/etc/{{y}}:/m""|}, {|#1:Etc|}, {|#2:Verbatim|} } };"), DockerLibrary.DockerDotNet,
            Definite("CTL3003", Warning, "host path '/etc/{y}' is mounted writable (under sensitive '/etc')", 0),
            Definite("CTL3003", Warning, "host path '/etc/{x}' is mounted writable (under sensitive '/etc')", 1),
            Definite("CTL3003", Warning, "host path '/etc/{v}' is mounted writable (under sensitive '/etc')", 2));

        [Fact]
        public Task Constant_element_a_tuple_deconstruction_gives_a_setting_is_read_as_a_write_of_it() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Deconstructed()
    {
        var hc = new HostConfig();
        (hc.Privileged, hc.PidMode) = ({|#0:true|}, {|#1:""host""|});
        return hc;
    }
    static CreateContainerParameters WithALocal()
    {
        var p = new CreateContainerParameters();
        int x;
        (p.User, x) = ({|#2:""root""|}, 1);
        return p;
    }
    static HostConfig Nested()
    {
        var hc = new HostConfig();
        int x;
        ((hc.IpcMode, x), hc.UTSMode) = (({|#3:""host""|}, 1), {|#4:""host""|});
        return hc;
    }
    static HostConfig Replaces()
    {
        var hc = new HostConfig { Privileged = true, NetworkMode = ""host"" };
        int x;
        (hc.Privileged, hc.NetworkMode, x) = (false, ""bridge"", 1);
        return hc;
    }
    static HostConfig NotAConstant(bool allowed, string mode)
    {
        var hc = new HostConfig { Privileged = {|#5:true|} };
        (hc.Privileged, hc.PidMode) = (allowed, mode);
        return hc;
    }
    static async System.Threading.Tasks.Task UsedBefore(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters { User = {|#6:""root""|} };
        await client.Containers.CreateContainerAsync(p);
        int x;
        (p.User, x) = (""app"", 1);
        await client.Containers.CreateContainerAsync(p);
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1),
            Definite("CTL1001", Warning, "user 'root'", 2),
            Definite("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 3),
            Definite("CTL5005", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "the container uses the host's UTS namespace (mode 'host')", 4),
            // Not constants: not read, so they replace nothing.
            Definite("CTL1003", Error, "the container runs privileged", 5),
            // Used before the deconstruction gives it another user.
            Definite("CTL1001", Warning, "user 'root'", 6));

        [Fact]
        public Task Setting_a_tuple_deconstruction_gives_a_constant_is_not_missing() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        int x;
        (hc.ReadonlyRootfs, x) = (true, 1);
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task Privileged_false_is_not_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { Privileged = false };");

        [Fact]
        public Task Privileged_from_a_const_is_reported_at_the_reference() => Verify(@"
    const bool On = true;
    static HostConfig Create() => new HostConfig { Privileged = {|CTL1003:On|} };");

        [Fact]
        public Task Privileged_from_a_static_readonly_field_is_reported() => Verify(@"
    static readonly bool On = true;
    static HostConfig Create() => new HostConfig { Privileged = {|CTL1003:On|} };");

        [Fact]
        public Task Privileged_from_a_local_assigned_once_is_reported() => Verify(@"
    static HostConfig Create()
    {
        var on = true;
        return new HostConfig { Privileged = {|CTL1003:on|} };
    }");

        [Fact]
        public Task Privileged_from_a_parameter_is_not_reported() => Verify(@"
    static HostConfig Create(bool privileged) => new HostConfig { Privileged = privileged };");

        [Fact]
        public Task Privileged_from_configuration_is_not_reported() => Verify(@"
    static bool Read(string key) => key.Length > 3;
    static HostConfig Create() => new HostConfig { Privileged = Read(""privileged"") };");

        [Theory]
        [InlineData(@"mode == ""debug"" ? {|#0:true|} : false")]
        [InlineData(@"mode switch { ""debug"" => {|#0:true|}, _ => false }")]
        [InlineData(@"(mode == ""debug"" ? null : (bool?)false) ?? {|#0:true|}")]
        public async Task Privileged_true_on_a_branch_of_a_conditional_or_an_arm_of_a_switch_is_reported_as_may(string value)
        {
            var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<HostConfigAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
            {
                TestCode = Program(@"
    static HostConfig Create(string mode) => new HostConfig { Privileged = " + value + " };"),
                ReferenceAssemblies = TestReferences.Net80,
            };
            test.TestState.AdditionalReferences.AddRange(TestReferences.For(DockerLibrary.DockerDotNet));
            test.DisabledDiagnostics.AddRange(Infrastructure.Verify.OmissionRules);
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL1003", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithLocation(0)
                .WithArguments("the container runs privileged on one branch of a conditional, so it may apply"));
            await test.RunAsync();
        }

        // Writes made only on some paths (if, else, switch sections, catch blocks): "may", as for ?:.

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult May(string id, Microsoft.CodeAnalysis.DiagnosticSeverity severity, string evidence, int location = 0) =>
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(id, severity).WithLocation(location)
                .WithArguments(evidence + " on one branch of a conditional, so it may apply");

        /// <summary>Written in a <c>catch</c> block, or in a <c>try</c> block after something that may throw: an exception decides, no conditional.</summary>
        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult OnSomePaths(string id, Microsoft.CodeAnalysis.DiagnosticSeverity severity, string evidence, int location = 0) =>
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(id, severity).WithLocation(location)
                .WithArguments(evidence + " on some paths only, so it may apply");

        /// <summary>A value written on every path that a later change made on some paths only may replace or remove.</summary>
        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult MayBeUndone(string id, Microsoft.CodeAnalysis.DiagnosticSeverity severity, string evidence, int location = 0) =>
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(id, severity).WithLocation(location)
                .WithArguments(evidence + ", but a later change on some paths may undo it");

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Definite(string id, Microsoft.CodeAnalysis.DiagnosticSeverity severity, string evidence, int location = 0) =>
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(id, severity).WithLocation(location).WithArguments(evidence);

        private const Microsoft.CodeAnalysis.DiagnosticSeverity Error = Microsoft.CodeAnalysis.DiagnosticSeverity.Error;
        private const Microsoft.CodeAnalysis.DiagnosticSeverity Warning = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning;

        [Fact]
        public Task HostConfig_of_the_parameters_replaced_on_every_path_is_not_reported() => Verify(@"
    static CreateContainerParameters Template(HostConfig template)
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = new HostConfig { Privileged = true, Binds = new List<string> { ""/var/run/docker.sock:/var/run/docker.sock"" } } };
        p.HostConfig = template;
        return p;
    }
    static CreateContainerParameters Assigned(bool privileged)
    {
        var p = new CreateContainerParameters { Image = ""x"" };
        p.HostConfig = new HostConfig { PidMode = ""host"" };
        p.HostConfig = new HostConfig { Privileged = privileged };
        return p;
    }");

        [Fact]
        public Task HostConfig_of_the_parameters_replaced_on_some_paths_may_be_undone_and_one_the_later_value_reads_is_kept() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters OnSomePaths(bool safe)
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = new HostConfig { Privileged = {|#0:true|} } };
        if (safe) p.HostConfig = new HostConfig();
        return p;
    }
    static CreateContainerParameters Hardened(System.Func<HostConfig, HostConfig> harden)
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = new HostConfig { Privileged = {|#1:true|} } };
        p.HostConfig = harden(p.HostConfig);
        return p;
    }
    static CreateContainerParameters KeptInALocal(HostConfig template)
    {
        var hc = new HostConfig { Privileged = {|#2:true|} };
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = hc };
        p.HostConfig = template;
        p.HostConfig = hc;
        return p;
    }
    static CreateContainerParameters Returned(bool early, HostConfig template)
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = new HostConfig { Privileged = {|#3:true|} } };
        if (early) return p;
        p.HostConfig = template;
        return p;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL1003", Error, "the container runs privileged", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 3));

        // Audit 154 N154-1: a local an out declares holds what the call gives unless a value given after it replaces that on
        // every path: one given on some paths only is "may" (and has no fix), as after var p = Parse(s); it is.
        [Fact]
        public Task Value_given_on_some_paths_after_an_out_declares_the_local_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig OnABranch(string s, bool x)
    {
        bool.TryParse(s, out var p);
        if (x) p = true;
        return new HostConfig { Privileged = {|#0:p|} };
    }
    static HostConfig WhenTheCallFails(string s)
    {
        if (!bool.TryParse(s, out var p)) p = true;
        return new HostConfig { Privileged = {|#1:p|} };
    }
    static HostConfig Looked(Dictionary<string, string> d)
    {
        if (!d.TryGetValue(""pid"", out var mode)) mode = ""host"";
        return new HostConfig { PidMode = {|#2:mode|} };
    }
    static HostConfig OnEveryPath(string s)
    {
        bool.TryParse(s, out var p);
        p = true;
        return new HostConfig { Privileged = {|#3:p|} };
    }
    // Audit 160 A160-1, A160-2: also read in a lambda, and given in a nested block (every path) or a loop (some paths).
    static HostConfig InABlock(string s, System.IDisposable d)
    {
        bool.TryParse(s, out var p);
        using (d) { try { p = true; } finally { } }
        return new HostConfig { Privileged = {|#4:p|} };
    }
    static HostConfig InALoop(string s, string[] args)
    {
        bool.TryParse(s, out var p);
        foreach (var a in args) if (a == ""--privileged"") p = true;
        return new HostConfig { Privileged = {|#5:p|} };
    }
    static System.Func<HostConfig> Captured(string s)
    {
        if (!bool.TryParse(s, out var p)) p = true;
        return () => new HostConfig { Privileged = {|#6:p|} };
    }
    static System.Func<HostConfig> CapturedOnEveryPath(string s)
    {
        bool.TryParse(s, out var p);
        p = true;
        return () => new HostConfig { Privileged = {|#7:p|} };
    }
    // Audit 154 N154-2: the same with the local declared apart.
    static HostConfig DeclaredApart(string s)
    {
        bool p;
        if (!bool.TryParse(s, out p)) p = true;
        return new HostConfig { Privileged = {|#8:p|} };
    }
    static HostConfig DeclaredApartOnEveryPath(string s)
    {
        bool p;
        bool.TryParse(s, out p);
        p = true;
        return new HostConfig { Privileged = {|#9:p|} };
    }"), DockerLibrary.DockerDotNet,
            May("CTL1003", Error, "the container runs privileged", 0),
            May("CTL1003", Error, "the container runs privileged", 1),
            May("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 2),
            Definite("CTL1003", Error, "the container runs privileged", 3),
            Definite("CTL1003", Error, "the container runs privileged", 4),
            May("CTL1003", Error, "the container runs privileged", 5),
            May("CTL1003", Error, "the container runs privileged", 6),
            Definite("CTL1003", Error, "the container runs privileged", 7),
            May("CTL1003", Error, "the container runs privileged", 8),
            Definite("CTL1003", Error, "the container runs privileged", 9));

        // Audit 161 F161-2: the group part is ignored (rules.md), so a root user part before a group the analyzer cannot read
        // is root: reported at the whole value, without a fix (setting the non-root user there would drop the group).
        [Fact]
        public Task Root_user_part_before_a_group_that_is_not_known_is_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Make(bool debug, int dockerGid, string group)
    {
        Send(new CreateContainerParameters { User = {|#0:$""0:{dockerGid}""|} });
        Send(new CreateContainerParameters { User = {|#1:""root:"" + group|} });
        Send(new CreateContainerParameters { User = {|#2:$""{(debug ? 0 : 1000)}:{dockerGid}""|} });
        var gid = int.TryParse(System.Environment.GetEnvironmentVariable(""GID""), out var g) ? g : 0;
        Send(new CreateContainerParameters { User = {|#3:$""0:{gid}""|} });
        Send(new CreateContainerParameters { User = $""1000:{dockerGid}"" });
        Send(new CreateContainerParameters { User = $""{group}:0"" });
        var p = new CreateContainerParameters();
        if (debug) p.User = {|#4:$""0:{dockerGid}""|};
        Send(p);
    }
    static void Send(CreateContainerParameters p) { }"), DockerLibrary.DockerDotNet,
            Definite("CTL1001", Warning, "user '0'", 0),
            Definite("CTL1001", Warning, "user 'root'", 1),
            May("CTL1001", Warning, "user '0'", 2),
            Definite("CTL1001", Warning, "user '0'", 3),
            May("CTL1001", Warning, "user '0'", 4));

        // Audit 161 F161-3, F161-4: a later write whose value may be what the property held (configured ?? p.User, a ?: with
        // it on a branch, hc.Privileged && allowed, hc.Privileged &= allowed) keeps it on some paths: "may be undone", as under
        // if (configured != null), not replaced (nothing was reported) nor left certain (&= was not read).
        [Fact]
        public Task Value_a_later_write_may_keep_is_reported_as_may_be_undone() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Send(CreateContainerParameters p) { }
    static void Fallback(string? configured, bool? privileged, bool allowed, string? mode)
    {
        var p = new CreateContainerParameters { User = {|#0:""root""|} };
        p.User = configured ?? p.User;
        Send(p);
        var hc = new HostConfig { Privileged = {|#1:true|}, PidMode = {|#2:""host""|} };
        hc.Privileged = privileged ?? hc.Privileged;
        hc.PidMode = string.IsNullOrEmpty(mode) ? hc.PidMode : mode;
        Send(new CreateContainerParameters { HostConfig = hc });
        var other = new HostConfig { Privileged = {|#3:true|} };
        other.Privileged = other.Privileged && allowed;
        Send(new CreateContainerParameters { HostConfig = other });
        var cleared = new HostConfig { Privileged = {|#4:true|} };
        cleared.Privileged &= allowed;
        Send(new CreateContainerParameters { HostConfig = cleared });
        var user = ""root"";
        user = configured ?? user;
        Send(new CreateContainerParameters { User = {|#5:user|} });
        var kept = new HostConfig { Privileged = {|#6:true|} };
        kept.Privileged |= allowed;
        Send(new CreateContainerParameters { HostConfig = kept });
        // Not a value the property's own cannot reach (&& false), nor one that tests it first.
        var decided = new HostConfig { Privileged = true };
        decided.Privileged = decided.Privileged && false;
        Send(new CreateContainerParameters { HostConfig = decided });
        var u = ""app"";
        if (configured == null) u = ""root"";
        u = u == ""root"" ? ""app"" : u;
        Send(new CreateContainerParameters { User = u });
        // A branch of ?: whose condition does not test the local keeps what it held.
        var v = ""root"";
        v = string.IsNullOrEmpty(configured) ? v : configured;
        Send(new CreateContainerParameters { User = {|#7:v|} });
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL1001", Warning, "user 'root'", 0),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 1),
            MayBeUndone("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 2),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 3),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 4),
            May("CTL1001", Warning, "user 'root'", 5),
            Definite("CTL1003", Error, "the container runs privileged", 6),
            May("CTL1001", Warning, "user 'root'", 7));

        // Audit 161 F161-5, F161-6: an enum member in a string is its name; || with a constant true (&& with false) is that
        // constant, reported where it is written, without a fix (removing the setting would drop what the other side says).
        [Fact]
        public Task Enum_member_names_in_strings_and_flags_decided_by_a_constant_operand_are_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    enum NamespaceMode { host, none }
    const bool RequiresDind = true;
    static readonly bool AlwaysDind = true;
    static HostConfig Create(bool configured) => new HostConfig
    {
        PidMode = {|#0:$""{NamespaceMode.host}""|},
        Binds = new List<string> { {|#1:$""/proc:/p:{NamespaceMode.none}""|} },
        Privileged = configured || {|#2:RequiresDind|},
    };
    static HostConfig Other(bool configured) => new HostConfig { Privileged = {|#4:AlwaysDind|} || configured };
    static ContainerExecCreateParameters Exec(bool debug) => new ContainerExecCreateParameters { Privileged = {|#3:true|} || debug };"), DockerLibrary.DockerDotNet,
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 0),
            Definite("CTL3002", Error, "host path '/proc' is mounted writable", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2),
            Definite("CTL1003", Error, "the exec process runs privileged", 3),
            Definite("CTL1003", Error, "the container runs privileged", 4));

        // Audit 161 F161-10: a default in a field initializer that a constructor writes again (from options) may be replaced
        // before anything uses the object: "may be undone". What no constructor writes stays certain.
        [Fact]
        public Task Field_initializer_value_a_constructor_writes_again_is_reported_as_may_be_undone() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    sealed class DindHost
    {
        private readonly HostConfig _hc = new() { Privileged = {|#0:true|}, PidMode = {|#1:""host""|}, IpcMode = {|#2:""host""|} };
        private readonly CreateContainerParameters _p = new() { User = {|#3:""root""|} };
        private HostConfig Other { get; set; } = new() { Privileged = {|#4:true|} };
        public DindHost(bool privileged, string? pid, string user)
        {
            _hc.Privileged = privileged;
            this._hc.PidMode = pid;
            _p.User = user;
            Other = new HostConfig();
        }
        public CreateContainerParameters Parameters => _p;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL1003", Error, "the container runs privileged", 0),
            MayBeUndone("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1),
            Definite("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 2),
            MayBeUndone("CTL1001", Warning, "user 'root'", 3),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 4));

        // Audit 161 F161-7: a local read in two holes holds one value in both: /proc:/proc, not also /proc with a target
        // that is not known (which read as a possibly read-only /proc, a CTL3003 no path gives).
        [Fact]
        public Task Local_read_in_two_holes_of_a_bind_holds_one_value_in_both() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(string? configured)
    {
        var dir = configured ?? ""/proc"";
        return new HostConfig { Binds = new List<string> { {|#0:$""{dir}:{dir}""|} } };
    }"), DockerLibrary.DockerDotNet,
            May("CTL3002", Error, "host path '/proc' is mounted writable", 0));

        [Fact]
        public Task Privileged_true_set_under_an_if_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool debug)
    {
        var hc = new HostConfig();
        if (debug) hc.Privileged = {|#0:true|};
        return hc;
    }"), DockerLibrary.DockerDotNet, May("CTL1003", Error, "the container runs privileged"));

        [Fact]
        public Task Element_added_unless_the_list_holds_it_is_in_the_list_on_every_path_and_reported_as_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>(), SecurityOpt = new List<string>() };
        if (!hc.CapAdd.Contains(""SYS_PTRACE""))
            hc.CapAdd.Add({|#0:""SYS_PTRACE""|});
        if (!hc.SecurityOpt.Contains(""seccomp=unconfined"")) { hc.SecurityOpt.Add({|#1:""seccomp=unconfined""|}); }
        return hc;
    }
    const string Admin = ""SYS_ADMIN"";
    static HostConfig Constant()
    {
        var caps = new List<string>();
        if (!caps.Contains(Admin)) caps.Add({|#2:Admin|});
        return new HostConfig { CapAdd = caps };
    }
    static HostConfig NotTheIdiom(List<string> other, bool x)
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        if (!hc.CapAdd.Contains(""SYS_ADMIN"")) hc.CapAdd.Add({|#3:""NET_ADMIN""|});
        if (!other.Contains(""SYS_PTRACE"")) hc.CapAdd.Add({|#4:""SYS_PTRACE""|});
        if (!hc.CapAdd.Contains(""SYS_MODULE"")) hc.CapAdd.Add({|#5:""SYS_MODULE""|}); else x = true;
        if (!hc.CapAdd.Contains(""SYS_RAWIO"")) { hc.CapAdd.Add({|#6:""SYS_RAWIO""|}); x = false; }
        if (hc.CapAdd.Contains(""SYS_BOOT"")) hc.CapAdd.Add({|#7:""SYS_BOOT""|});
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL2001", Error, "capability 'SYS_PTRACE' is added", 0),
            Definite("CTL4002", Error, "security option 'seccomp=unconfined' is set", 1),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 2),
            May("CTL2002", Warning, "capability 'NET_ADMIN' is added", 3),
            May("CTL2001", Error, "capability 'SYS_PTRACE' is added", 4),
            May("CTL2001", Error, "capability 'SYS_MODULE' is added", 5),
            May("CTL2001", Error, "capability 'SYS_RAWIO' is added", 6),
            May("CTL2001", Error, "capability 'SYS_BOOT' is added", 7));

        [Fact]
        public Task Element_added_unless_the_list_holds_it_is_definite_whichever_way_the_test_is_negated() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool x)
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        if (hc.CapAdd.Contains(""SYS_PTRACE"") == false) hc.CapAdd.Add({|#0:""SYS_PTRACE""|});
        if (false == hc.CapAdd.Contains(""SYS_ADMIN"")) hc.CapAdd.Add({|#1:""SYS_ADMIN""|});
        if (hc.CapAdd.Contains(""SYS_MODULE"") is false) hc.CapAdd.Add({|#2:""SYS_MODULE""|});
        if (hc.CapAdd.Contains(""SYS_RAWIO"") is not true) hc.CapAdd.Add({|#3:""SYS_RAWIO""|});
        if (hc.CapAdd.Contains(""SYS_BOOT"") != true) hc.CapAdd.Add({|#4:""SYS_BOOT""|});
        if (!(hc.CapAdd.Contains(""DAC_READ_SEARCH""))) hc.CapAdd.Add({|#5:""DAC_READ_SEARCH""|});
        if (hc.CapAdd.Contains(""NET_ADMIN"") == x) hc.CapAdd.Add({|#6:""NET_ADMIN""|});
        if (hc.CapAdd.Contains(""BPF"") != false) hc.CapAdd.Add({|#7:""BPF""|});
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL2001", Error, "capability 'SYS_PTRACE' is added", 0),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 1),
            Definite("CTL2001", Error, "capability 'SYS_MODULE' is added", 2),
            Definite("CTL2001", Error, "capability 'SYS_RAWIO' is added", 3),
            Definite("CTL2001", Error, "capability 'SYS_BOOT' is added", 4),
            Definite("CTL2001", Error, "capability 'DAC_READ_SEARCH' is added", 5),
            May("CTL2002", Warning, "capability 'NET_ADMIN' is added", 6),
            May("CTL2001", Error, "capability 'BPF' is added", 7));

        [Fact]
        public Task Element_added_to_the_list_an_assignment_evaluates_to_is_definite_when_nothing_changes_the_list_later() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string> { ""SYS_ADMIN"" } };
        (hc.CapAdd = new List<string>()).Add({|#0:""NET_ADMIN""|});
        (hc.Binds ??= new List<string>()).Add({|#1:""/var/run/docker.sock:/var/run/docker.sock""|});
        return hc;
    }
    static HostConfig ReplacedAfter(bool safe)
    {
        var hc = new HostConfig();
        (hc.CapAdd = new List<string>()).Add({|#2:""SYS_ADMIN""|});
        if (safe) hc.CapAdd = new List<string>();
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL2002", Warning, "capability 'NET_ADMIN' is added", 0),
            Definite("CTL3004", Error, "host path '/var/run/docker.sock' is mounted", 1),
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 2));

        [Fact]
        public Task Privileged_true_that_a_later_write_under_an_if_may_undo_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool safe)
    {
        var hc = new HostConfig { Privileged = {|#0:true|} };
        if (safe)
        {
            hc.Privileged = false;
        }
        return hc;
    }"), DockerLibrary.DockerDotNet, MayBeUndone("CTL1003", Error, "the container runs privileged"));

        // A value that later writes replace on every path: an if/else chain ending in else, a switch with a default section,
        // a try whose every catch writes too. The writes in the branches are each "may".

        [Fact]
        public Task Privileged_true_replaced_on_every_branch_of_an_if_else_chain_a_switch_with_default_or_a_try_and_its_catches_is_not_reported() => Verify(@"
    static HostConfig IfElse(int level)
    {
        var hc = new HostConfig { Privileged = true };
        if (level == 0) hc.Privileged = false;
        else if (level == 1) { hc.Privileged = false; }
        else
        {
            if (level > 5) hc.Privileged = false;
            else hc.Privileged = false;
        }
        return hc;
    }
    static HostConfig Switch(string mode)
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        switch (mode)
        {
            case ""a"":
                hc.Privileged = false;
                break;
            default:
                hc.AutoRemove = true;
                hc.Privileged = false;
                break;
        }
        return hc;
    }
    static HostConfig TryCatch(string mode)
    {
        var hc = new HostConfig { NetworkMode = ""host"" };
        try { hc.NetworkMode = mode.Substring(3); }
        catch (System.ArgumentException) { hc.NetworkMode = ""bridge""; }
        catch (System.Exception) { hc.NetworkMode = ""none""; }
        return hc;
    }");

        [Fact]
        public Task Value_replaced_on_every_branch_that_does_not_throw_is_not_reported_and_a_throw_outside_a_branch_replaces_nothing() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Throws(bool ok, int level)
    {
        var hc = new HostConfig { Privileged = true };
        if (ok) hc.Privileged = false;
        else throw new System.InvalidOperationException(""not ok"");
        var other = new HostConfig { PidMode = ""host"" };
        if (level == 0) other.PidMode = """";
        else if (level == 1) { System.Console.WriteLine(level); throw new System.ArgumentException(); }
        else other.PidMode = """";
        return level > 2 ? hc : other;
    }
    static HostConfig ThrowsAfterUse(bool ok, System.Action<HostConfig> use)
    {
        var hc = new HostConfig { IpcMode = {|#0:""host""|} };
        if (ok) hc.IpcMode = """";
        use(hc);
        throw new System.InvalidOperationException();
    }
    static HostConfig UsedBeforeTheChange(bool ok, System.Action<HostConfig> use)
    {
        var hc = new HostConfig { IpcMode = {|#1:""host""|} };
        use(hc);
        if (ok) hc.IpcMode = """";
        throw new System.InvalidOperationException();
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 0),
            Definite("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 1));

        [Fact]
        public Task Value_a_write_after_a_continue_or_goto_replaces_may_be_undone_and_a_throwing_branch_that_uses_the_object_replaces_nothing() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static async System.Threading.Tasks.Task CreateAll(Docker.DotNet.IDockerClient client, string[] specs)
    {
        foreach (var spec in specs)
        {
            var hc = new HostConfig { Privileged = {|#0:true|} };
            if (spec == ""trusted"")
            {
                await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
                continue;
            }
            hc.Privileged = false;
            await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        }
    }
    static async System.Threading.Tasks.Task Jump(Docker.DotNet.IDockerClient client, bool debug)
    {
        var hc = new HostConfig { PidMode = {|#1:""host""|} };
        if (debug) goto create;
        hc.PidMode = """";
        create:
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static async System.Threading.Tasks.Task<HostConfig> ThrowsAfterCreating(Docker.DotNet.IDockerClient client, bool ok)
    {
        var hc = new HostConfig { IpcMode = {|#2:""host""|} };
        var parameters = new CreateContainerParameters { HostConfig = hc };
        if (ok) hc.IpcMode = """";
        else
        {
            await client.Containers.CreateContainerAsync(parameters);
            throw new System.InvalidOperationException(""diagnostics container started"");
        }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL1003", Error, "the container runs privileged", 0),
            MayBeUndone("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1),
            MayBeUndone("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 2));

        [Fact]
        public Task Value_used_by_a_call_before_a_later_write_replaces_it_stays_reported_as_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static async System.Threading.Tasks.Task TwoContainers(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters
        {
            Image = ""example/debugger:1.0"",
            User = {|#0:""root""|},
            HostConfig = new HostConfig { Privileged = {|#1:true|}, PidMode = {|#2:""host""|}, CapAdd = new List<string> { {|#3:""SYS_PTRACE""|} } },
        };
        await client.Containers.CreateContainerAsync(p);
        p.Image = ""example/app:1.0"";
        p.User = ""app"";
        p.HostConfig.Privileged = false;
        p.HostConfig.PidMode = """";
        p.HostConfig.CapAdd.Clear();
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task ThroughALocal(Docker.DotNet.IDockerClient client)
    {
        var hc = new HostConfig { IpcMode = {|#4:""host""|} };
        var caps = new List<string> { {|#5:""SYS_ADMIN""|} };
        hc.CapAdd = caps;
        var p = new CreateContainerParameters { HostConfig = hc };
        await client.Containers.CreateContainerAsync(p);
        hc.IpcMode = ""private"";
        caps.Remove(""SYS_ADMIN"");
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task NotUsedBetween(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters { User = ""root"", HostConfig = new HostConfig { Privileged = true, CapAdd = new List<string> { ""SYS_ADMIN"" } } };
        var hc = p.HostConfig;
        p.Image = ""example/app:1.0"";
        p.User = ""app"";
        hc.Privileged = false;
        p.HostConfig.CapAdd.Clear();
        await client.Containers.CreateContainerAsync(p);
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1001", Warning, "user 'root'", 0),
            Definite("CTL1003", Error, "the container runs privileged", 1),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 2),
            Definite("CTL2001", Error, "capability 'SYS_PTRACE' is added", 3),
            Definite("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 4),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 5));

        [Fact]
        public Task List_or_HostConfig_replaced_after_a_call_used_the_object_stays_reported_as_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static async System.Threading.Tasks.Task Replaced(Docker.DotNet.IDockerClient client)
    {
        var p1 = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = new List<string> { {|#0:""SYS_ADMIN""|} } } };
        await client.Containers.CreateContainerAsync(p1);
        p1.HostConfig.CapAdd = new List<string>();
        await client.Containers.CreateContainerAsync(p1);
    }
    static async System.Threading.Tasks.Task Nulled(Docker.DotNet.IDockerClient client)
    {
        var p3 = new CreateContainerParameters { HostConfig = new HostConfig { Binds = new List<string> { {|#1:""/proc:/host/proc""|} } } };
        await client.Containers.CreateContainerAsync(p3);
        p3.HostConfig.Binds = null;
        await client.Containers.CreateContainerAsync(p3);
    }
    static async System.Threading.Tasks.Task AssignedTwice(Docker.DotNet.IDockerClient client)
    {
        var hc = new HostConfig();
        hc.Binds = new List<string> { {|#2:""/proc:/host/proc""|} };
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        hc.Binds = new List<string> { ""/srv:/srv"" };
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static async System.Threading.Tasks.Task HostConfigReplaced(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = {|#3:true|} } };
        await client.Containers.CreateContainerAsync(p);
        p.HostConfig = new HostConfig();
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task NotUsedBetween(Docker.DotNet.IDockerClient client)
    {
        var hc = new HostConfig { CapAdd = new List<string> { ""SYS_ADMIN"" } };
        hc.CapAdd = new List<string> { ""CHOWN"" };
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = true } };
        p.HostConfig = new HostConfig();
        await client.Containers.CreateContainerAsync(p);
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 0),
            Definite("CTL3002", Error, "host path '/proc' is mounted writable", 1),
            Definite("CTL3002", Error, "host path '/proc' is mounted writable", 2),
            Definite("CTL1003", Error, "the container runs privileged", 3));

        // Audit 64 V1 (its HostConfig line): a local function that uses the object creates the container with the value
        // written before the call; one that only writes through it, or is called after the replacement, uses nothing between.
        [Fact]
        public Task Local_function_that_uses_the_object_called_between_two_writes_leaves_the_first_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static Docker.DotNet.IDockerClient Client;
    static async System.Threading.Tasks.Task CalledBetween()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#0:true|};
        await Create();
        hc.Privileged = false;
        async System.Threading.Tasks.Task Create() => await Client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = ""alpine"", HostConfig = hc });
    }
    static async System.Threading.Tasks.Task ThroughAnotherLocalFunction()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { PidMode = {|#1:""host""|} } };
        await Run();
        p.HostConfig.PidMode = """";
        System.Threading.Tasks.Task Run() => Start(p);
    }
    static System.Threading.Tasks.Task Start(CreateContainerParameters p) => Client.Containers.CreateContainerAsync(p);
    static async System.Threading.Tasks.Task OnlyWritesThroughIt()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Limit();
        hc.Privileged = false;
        await Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Limit() { hc.Memory = 512; }
    }
    static async System.Threading.Tasks.Task CalledAfterTheReplacement()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        hc.Privileged = false;
        await Create();
        async System.Threading.Tasks.Task Create() => await Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    // Audit 70 W70-2, W70-3: a generic local function called with its type arguments, and a long chain of local functions.
    static async System.Threading.Tasks.Task GenericCalledWithTypeArguments()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#2:true|};
        await Create<int>(1);
        hc.Privileged = false;
        async System.Threading.Tasks.Task Create<T>(T tag) => await Client.Containers.CreateContainerAsync(new CreateContainerParameters { Labels = new Dictionary<string, string> { [""t""] = tag.ToString() }, HostConfig = hc });
    }
    static void ChainOfTenLocalFunctions()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#3:true|};
        F0();
        hc.Privileged = false;
        void F0() => F1(); void F1() => F2(); void F2() => F3(); void F3() => F4(); void F4() => F5();
        void F5() => F6(); void F6() => F7(); void F7() => F8(); void F8() => F9(); void F9() => Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    // Audit 70 W70-1, W70-4: names in a local function that are not the variable: its own parameter or local, an anonymous
    // type's member, nameof.
    static void Keep(object o) { }
    static HostConfig Kept;
    static void ParameterOfTheSameName()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Show(new HostConfig());
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Show(HostConfig hc) => Keep(hc);
    }
    static void LocalOfTheSameName()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Show();
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Show() { var hc = new HostConfig(); Keep(hc); foreach (var p in new[] { 1 }) Keep(new { hc = p }); Keep(nameof(hc)); }
    }
    // Audit 71 X71-1: the local function gives the object to a variable of its own and uses that; X71-6: a variable of its own
    // of the same name in one block only; X71-4: a lambda's parameter of the same name; X71-7: declared between, called after.
    static async System.Threading.Tasks.Task ThroughAVariableOfItsOwn()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#4:true|};
        await Create();
        hc.Privileged = false;
        async System.Threading.Tasks.Task Create() { var p = new CreateContainerParameters { HostConfig = hc }; await Client.Containers.CreateContainerAsync(p); }
    }
    static void OwnVariableInOneBlockOnly()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#5:true|};
        Show();
        hc.Privileged = false;
        void Show() { foreach (var hc in new[] { new HostConfig() }) Keep(hc); Keep(hc); }
    }
    static void LambdaParameterOfTheSameName()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        System.Func<int, int> next = static hc => hc + 1;
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static void DeclaredBetweenCalledAfter()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        void Show() => Keep(hc);
        hc.Privileged = false;
        Show();
    }
    // Audit 73 Z73-1: written through a variable of its own; Z73-4, Z73-6: pattern and out variables of a lambda; Z73-3: a
    // stored lambda's parameter; Z73-7: a case label's variable hides the object in its section only.
    static async System.Threading.Tasks.Task MemberWrittenThroughAVariableOfItsOwn()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#6:true|};
        await Create();
        hc.Privileged = false;
        async System.Threading.Tasks.Task Create() { var p = new CreateContainerParameters(); p.Image = ""a""; p.HostConfig = hc; await Client.Containers.CreateContainerAsync(p); }
    }
    static void PatternVariablesOfLambdas(object[] others)
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Show();
        Keep(System.Linq.Enumerable.Count(others, o => o is HostConfig hc && hc.Privileged == true));
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Show() => Keep(System.Linq.Enumerable.Sum(new[] { ""1"" }, s => int.TryParse(s, out var hc) ? hc : 0) + System.Linq.Enumerable.Sum(others, x => x switch { int hc => hc, _ => 0 }));
    }
    static void StoredLambdaWithAParameterOfTheSameName()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        System.Func<int, int> next = hc => hc + 1;
        Keep(next(1));
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static void CaseLabelVariableInItsSectionOnly(object o)
    {
        var hc = new HostConfig();
        hc.Privileged = {|#7:true|};
        Show();
        hc.Privileged = false;
        void Show() { switch (o) { case HostConfig hc: Keep(hc); break; } Keep(hc); }
    }
    // Audit 74 Q74-1, Z73-4: a local function's own variable given a value with a lambda's own hc; Q74-2: a while condition's
    // pattern variable is the loop's, so the hc after the loop is the object; Q74-3: a switch's sections share their locals.
    static HostConfig[] Others = new HostConfig[0];
    static int CountedThroughALambda()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        var count = Count();
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        return count;
        int Count() { var n = System.Linq.Enumerable.Count(Others, hc => hc.Privileged == true); Keep(System.Linq.Enumerable.Select(Others, x => { var hc = x; return hc; })); return n; }
    }
    static void LoopPatternVariableInALambda(object o)
    {
        var hc = new HostConfig();
        hc.Privileged = {|#8:true|};
        System.Action a = () => { while (o is HostConfig hc) { Keep(hc); o = null; } Keep(hc); };
        a();
        hc.Privileged = false;
    }
    static void LocalOfAnotherSwitchSection(int k)
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Show();
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Show() { switch (k) { case 1: var hc = new HostConfig(); Keep(hc); break; case 2: hc = new HostConfig(); Keep(hc); break; } }
    }
    // Audit 75 R75-1: through a chain of the local function's own variables; a parameter of its own of the same name is not
    // the object, also when given to another variable.
    static async System.Threading.Tasks.Task ThroughAChainOfItsOwnVariables()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#9:true|};
        await Create();
        hc.Privileged = false;
        async System.Threading.Tasks.Task Create() { var h = hc; var p = new CreateContainerParameters(); p.HostConfig = h; await Client.Containers.CreateContainerAsync(p); }
    }
    // Audit 76 T76-1: the same one local function deeper.
    static void ThroughALocalFunctionInALocalFunction()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#10:true|};
        Outer();
        hc.Privileged = false;
        void Outer() { Inner(); void Inner() { var h = hc; var p = new CreateContainerParameters { HostConfig = h }; Keep(p); } }
    }
    static void OwnParameterGivenToAVariable()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Create(new HostConfig());
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Create(HostConfig hc) { var p = new CreateContainerParameters { HostConfig = hc }; Client.Containers.CreateContainerAsync(p); }
    }
    static void NameofTheLocalFunction()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Keep(nameof(Create));
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Create() => Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    // Audit 78 A78-1, A78-2: nameof of a member, in a local function, a lambda, a variable's value: names, nothing read.
    static void NameofOfTheObjectAnywhere()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Keep(nameof(hc.Privileged));
        Keep($""{nameof(hc.Privileged)}"");
        Show();
        System.Func<object> a = () => Keep2(nameof(hc));
        a();
        Named();
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Show() => Keep(nameof(hc.Privileged));
        void Named() { var n = nameof(hc); var h = n; Keep(h); System.Func<string> f = () => nameof(hc); Keep(f()); }
    }
    static object Keep2(object o) => o;
    // Audit 78 A78-5: a deconstruction gives each element to its own variable.
    static void DeconstructedBesideTheObject()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        var (n, h) = (hc, new HostConfig());
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h });
        // Audit 82 E82-5: a discard keeps nothing.
        var (_, g2) = (hc, new HostConfig());
        (_, _) = (hc, 1);
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = g2 });
        Create();
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Create() { (var m, var g) = (hc, new HostConfig()); Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = g }); }
    }
    static void DeconstructedIntoTheVariableUsed()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#14:true|};
        var (h, n) = (hc, 1);
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h });
        hc.Privileged = false;
    }
    static void DeconstructedIntoTheVariableUsedInALocalFunction()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#15:true|};
        Create();
        hc.Privileged = false;
        void Create() { HostConfig g; int m; (m, (g, _)) = (1, (hc, 2)); Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = g }); }
    }
    // Audit 78 A78-4: a block-bodied local function hands the object out through an out or a ref parameter.
    static void HandedOutThroughOut()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#11:true|};
        Copy(out var h);
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h });
        hc.Privileged = false;
        void Copy(out HostConfig x) { x = hc; }
    }
    static void HandedOutThroughRefFromAnotherLocalFunction()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#12:true|};
        Outer();
        hc.Privileged = false;
        void Outer() { HostConfig h = null; Set(ref h); Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h }); }
        void Set(ref HostConfig x) { x = hc; }
    }
    // Audit 80 C80-1: the call gives the object to the variable passed, and uses nothing itself; C80-2: a call before the
    // true, the variable used between.
    static void HandedOutButNotUsedBetween()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Copy(out var unused);
        Copy(out _);
        Copy(out var later);
        Arrow(out var viaArrow);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = later });
        void Copy(out HostConfig x) { x = hc; }
        void Arrow(out HostConfig x) => x = hc;
    }
    // Local functions that pass their out parameters on to one another and to themselves: each read once, nothing used.
    static void OutParametersPassedOnInACycle()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        F(out var a, out var b, out var c);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void F(out HostConfig x, out HostConfig y, out HostConfig z) { F(out x, out y, out z); F(out y, out z, out x); F(out z, out x, out y); x = hc; G(out y); }
        void G(out HostConfig w) { G(out w); F(out w, out var q, out var r); w = q; }
    }
    // Audit 82 E82-1: the out argument in a lambda run between; E82-2: out into a variable declared before the call.
    static void HandedOutInALambdaRunBetween()
    {
        var hc = new HostConfig();
        System.Action a = () => { Copy(out var h); Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h }); };
        hc.Privileged = {|#17:true|};
        a();
        hc.Privileged = false;
        void Copy(out HostConfig x) { x = hc; }
    }
    // Audit 85 R85-1: the out variable of a lambda never used.
    static void HandedOutInALambdaAndNotUsed()
    {
        var hc = new HostConfig();
        System.Action a = () => { Copy(out var h); };
        System.Action b = () => { Copy(out var h); var n = h.Privileged; };
        hc.Privileged = true;
        a();
        b();
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Copy(out HostConfig x) { x = hc; }
    }
    static void HandedOutIntoAVariableDeclaredBefore()
    {
        var hc = new HostConfig();
        HostConfig h;
        hc.Privileged = true;
        Copy(out h);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h });
        void Copy(out HostConfig x) { x = hc; }
    }
    // E82-2: a ref argument the local function only writes is not read at the call, also by name and passed on; one it
    // reads is.
    static void HandedOutThroughRefAndNotUsedBetween()
    {
        var hc = new HostConfig();
        HostConfig h = null, g = null, f = null, e = null;
        hc.Privileged = true;
        Set(ref h);
        SetNamed(n: 1, x: ref g);
        PassOn(ref f);
        Cycle(ref e);
        hc.Privileged = false;
        Keep(h);
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = g });
        void Set(ref HostConfig x) { x = hc; }
        void SetNamed(ref HostConfig x, int n = 0) { x = hc; }
        void PassOn(ref HostConfig y) { Set(ref y); }
        void Cycle(ref HostConfig z) { Cycle(ref z); Cycle(ref z); Set(ref z); }
    }
    static void RefArgumentReadByTheLocalFunction()
    {
        var hc = new HostConfig();
        var h = hc;
        hc.Privileged = {|#18:true|};
        PassOn(ref h);
        hc.Privileged = false;
        void PassOn(ref HostConfig y) { Create(ref y); }
        void Create(ref HostConfig x) { Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = x }); }
    }
    // E82-3: a local function that cannot or does not give its ref or in parameter another object leaves the variable's.
    static void PassedByRefToALocalFunctionThatCreatesAContainer()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#19:true|};
        Make(ref hc);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Make(ref HostConfig x) { if (x.Privileged == true) Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = x }); }
    }
    static void PassedInToALocalFunctionThatCreatesAContainer()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#20:true|};
        Make(in hc);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Make(in HostConfig x) { Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = x }); }
    }
    static void PassedByRefToALocalFunctionThatMayReplaceIt()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Replace(ref hc);
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        var other = new HostConfig();
        other.Privileged = true;
        PassOn(ref other);
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = other });
        void Replace(ref HostConfig x) { (x) ??= new HostConfig(); if (x.Privileged == true) x = new HostConfig(); }
        void PassOn(ref HostConfig x) { Replace(ref x); }
    }
    // Audit 89 G89-1, G89-2: a local function that hands its ref parameter on (to a variable, a field, parameters, a tuple) reads it.
    static void RefArgumentGivenToParametersByTheLocalFunction()
    {
        var hc = new HostConfig();
        var h = hc;
        hc.Privileged = {|#21:true|};
        Make(ref h);
        hc.Privileged = false;
        void Make(ref HostConfig x) { var p = new CreateContainerParameters { HostConfig = x }; Client.Containers.CreateContainerAsync(p); }
    }
    static void RefArgumentGivenToAFieldByTheLocalFunction()
    {
        var hc = new HostConfig();
        var h = hc;
        hc.Privileged = {|#22:true|};
        Set(ref h);
        hc.Privileged = false;
        void Set(ref HostConfig x) { Kept = x; }
    }
    static void RefArgumentsSwappedByTheLocalFunction()
    {
        var hc = new HostConfig();
        var h = hc;
        HostConfig g = null;
        hc.Privileged = {|#23:true|};
        Swap(ref h, ref g);
        Keep(g);
        hc.Privileged = false;
        void Swap(ref HostConfig x, ref HostConfig y) { (x, y) = (y, x); }
    }
    static void PassedByRefToALocalFunctionThatBuildsParameters()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#24:true|};
        Make(ref hc);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Make(ref HostConfig x) { var y = x; var p = new CreateContainerParameters(); p.HostConfig = y; Client.Containers.CreateContainerAsync(p); }
    }
    // Audit 82 E82-6: a lambda names what its code uses, as a local function does: not an element it deconstructs into another variable.
    static void DeconstructedInALambdaIntoAnotherVariable()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        System.Action a = () => { var (n, h) = (hc, new HostConfig()); Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h }); };
        a();
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static void DeconstructedInALambdaIntoTheVariableUsed()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#25:true|};
        System.Action a = () => { var (n, h) = (1, hc); Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h }); };
        a();
        hc.Privileged = false;
    }
    // Audit 89 G89-3: x ??= hc gives the object or nothing; it uses nothing.
    static void GivenByACoalescingAssignment()
    {
        var hc = new HostConfig();
        HostConfig h = null, g = null;
        hc.Privileged = true;
        Ensure(ref h);
        g ??= hc;
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Ensure(ref HostConfig x) { x ??= hc; }
    }
    static void GivenByACoalescingAssignmentAndUsed()
    {
        var hc = new HostConfig();
        HostConfig g = null;
        hc.Privileged = {|#26:true|};
        g ??= hc;
        Keep(g);
        hc.Privileged = false;
    }
    // Audit 82 E82-9: an out parameter given one of the local function's own parameters is given what the call passes it.
    static void HandedOutFromAParameterOfTheLocalFunction()
    {
        var hc = new HostConfig();
        var other = new HostConfig();
        CopyFrom(hc, out var h);
        CopyFrom(src: other, x: out var g);
        hc.Privileged = {|#27:true|};
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h });
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = g });
        hc.Privileged = false;
        void CopyFrom(HostConfig src, out HostConfig x) { var y = src; x = y; }
    }
    // Audit 91 K91-1, K91-2: a lambda or local function that hands the object out through a variable of its own gives it to
    // what it hands it to; one that writes it through its parameter, to what the caller passes.
    static void HandedToAnOuterVariableThroughALambdasOwn()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#28:true|};
        var p = new CreateContainerParameters();
        System.Action configure = () => { var h = hc; p.HostConfig = h; };
        configure();
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
    }
    static void HandedToAFieldThroughALocalFunctionsOwn()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#29:true|};
        Stash();
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = Kept });
        hc.Privileged = false;
        void Stash() { var h = hc; Kept = h; }
    }
    static void HandedToAnOuterVariableByDeconstructionInALambda()
    {
        var hc = new HostConfig();
        HostConfig o = null;
        hc.Privileged = {|#30:true|};
        System.Action a = () => { var h = hc; (o, _) = (h, 1); };
        a();
        Keep(o);
        hc.Privileged = false;
    }
    // Audit 93 M93-1, M93-3: writing through a callback's parameter between uses nothing; a lambda's parameter named like a
    // variable of the method is not that variable.
    static void WrittenThroughTheParameterOfACallbackAndCreatedAfter()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        HostConfig o = null;
        hc.Privileged = true;
        System.Action<CreateContainerParameters> configure = q => { var h = hc; q.HostConfig = h; };
        configure(p);
        System.Action<HostConfig> own = o => { var h = hc; o = h; };
        Keep(o);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(p);
    }
    static void HandedToAnOuterVariableAndCreatedAfterTheFalse()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        var p = new CreateContainerParameters();
        System.Action configure = () => { var h = hc; p.HostConfig = h; };
        configure();
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(p);
    }
    static void HandedOutBeforeTheTrueAndUsedBetween()
    {
        var hc = new HostConfig();
        Copy(out var h);
        hc.Privileged = {|#16:true|};
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h });
        hc.Privileged = false;
        void Copy(out HostConfig x) => x = hc;
    }
    static void OutParameterGivenSomethingElse()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Copy(out var h);
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = h });
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        void Copy(out HostConfig x) { x = new HostConfig(); }
    }
    // A78-3: where a method named nameof is in scope, nameof(hc) calls it.
    static void MethodNamedNameof()
    {
        var hc = new HostConfig();
        hc.Privileged = {|#13:true|};
        Keep(nameof(hc));
        hc.Privileged = false;
        object nameof(object o) { Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = (HostConfig)o }); return o; }
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2),
            Definite("CTL1003", Error, "the container runs privileged", 3),
            Definite("CTL1003", Error, "the container runs privileged", 4),
            Definite("CTL1003", Error, "the container runs privileged", 5),
            Definite("CTL1003", Error, "the container runs privileged", 6),
            Definite("CTL1003", Error, "the container runs privileged", 7),
            Definite("CTL1003", Error, "the container runs privileged", 8),
            Definite("CTL1003", Error, "the container runs privileged", 9),
            Definite("CTL1003", Error, "the container runs privileged", 10),
            Definite("CTL1003", Error, "the container runs privileged", 11),
            Definite("CTL1003", Error, "the container runs privileged", 12),
            Definite("CTL1003", Error, "the container runs privileged", 13),
            Definite("CTL1003", Error, "the container runs privileged", 14),
            Definite("CTL1003", Error, "the container runs privileged", 15),
            Definite("CTL1003", Error, "the container runs privileged", 17),
            Definite("CTL1003", Error, "the container runs privileged", 18),
            Definite("CTL1003", Error, "the container runs privileged", 19),
            Definite("CTL1003", Error, "the container runs privileged", 20),
            Definite("CTL1003", Error, "the container runs privileged", 21),
            Definite("CTL1003", Error, "the container runs privileged", 22),
            Definite("CTL1003", Error, "the container runs privileged", 23),
            Definite("CTL1003", Error, "the container runs privileged", 24),
            Definite("CTL1003", Error, "the container runs privileged", 25),
            Definite("CTL1003", Error, "the container runs privileged", 26),
            Definite("CTL1003", Error, "the container runs privileged", 27),
            Definite("CTL1003", Error, "the container runs privileged", 28),
            Definite("CTL1003", Error, "the container runs privileged", 29),
            Definite("CTL1003", Error, "the container runs privileged", 30),
            Definite("CTL1003", Error, "the container runs privileged", 16));

        // Audit 94 N94-5: a lambda's or local function's parameter or local named like a variable of the method is another
        // variable: what the function writes into it or through it is not given to the method's.
        [Fact]
        public Task Lambda_or_local_function_variable_named_like_a_method_variable_is_not_that_variable() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static Docker.DotNet.IDockerClient Client;
    static void Keep(object o) { }
    static void WrittenThroughALambdaParameterNamedLikeTheParameters()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        System.Action<CreateContainerParameters> configure = p => p.HostConfig = hc;
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static void AssignedToALambdaParameterNamedLikeALocal()
    {
        var hc = new HostConfig();
        HostConfig o = null;
        hc.Privileged = true;
        System.Action<HostConfig> own = o => { o = hc; };
        Keep(o);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static void WrittenThroughALocalFunctionsOwnLocal()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        Set();
        void Set() { var p = new CreateContainerParameters(); p.HostConfig = hc; Client.Containers.CreateContainerAsync(p); }
    }
    static void WrittenThroughALocalFunctionParameterNamedLikeTheParameters()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        var other = new CreateContainerParameters();
        hc.Privileged = true;
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        Set(other);
        Client.Containers.CreateContainerAsync(other);
        void Set(CreateContainerParameters p) => p.HostConfig = hc;
    }
    static void GivenThroughALambdaParameterThatIsCalledWithTheParameters()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#0:true|};
        System.Action<CreateContainerParameters> configure = q => q.HostConfig = hc;
        configure(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
    }
    static void GivenThroughABlockLambdasParameter()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#1:true|};
        System.Action<CreateContainerParameters> configure = q => { var h = hc; q.HostConfig = h; };
        configure(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
    }
    static void GivenThroughALocalFunctionsParameter()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#2:true|};
        Set(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { q.HostConfig = hc; }
    }
    static void GivenThroughALocalFunctionsParameterAndCreatedAfter()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(p);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(p);
        void Set(CreateContainerParameters q) { q.HostConfig = hc; }
    }
    static void ALocalFunctionThatReadsItsParameterUsesWhatItIsPassed()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters { HostConfig = hc };
        hc.Privileged = {|#3:true|};
        Create(p);
        hc.Privileged = false;
        void Create(CreateContainerParameters q) => Client.Containers.CreateContainerAsync(q);
    }
    static void ALambdaVariableGivenAnotherValueMayReadWhatItIsPassed(System.Action<CreateContainerParameters> create)
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters { HostConfig = hc };
        hc.Privileged = {|#4:true|};
        System.Action<CreateContainerParameters> configure = q => q.User = ""app"";
        configure = create;
        configure(p);
        hc.Privileged = false;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL1003", Error, "the container runs privileged", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2),
            Definite("CTL1003", Error, "the container runs privileged", 3),
            Definite("CTL1003", Error, "the container runs privileged", 4));

        // Audit 96: the call forms of a function that writes the object through its parameter (Invoke, ?.Invoke, type arguments,
        // a lambda local of a local function), a lambda local given another value, a parameter given another object first.
        [Fact]
        public Task Function_writing_the_object_through_its_parameter_gives_it_to_what_each_call_form_passes() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static Docker.DotNet.IDockerClient Client;
    static void InvokeMethod()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#0:true|};
        System.Action<CreateContainerParameters> configure = q => q.HostConfig = hc;
        configure.Invoke(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
    }
    static void ConditionalInvoke()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#1:true|};
        System.Action<CreateContainerParameters> configure = q => q.HostConfig = hc;
        configure?.Invoke(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
    }
    static void InvokedAndCreatedAfter()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        System.Action<CreateContainerParameters> configure = q => q.HostConfig = hc;
        configure?.Invoke(p);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(p);
    }
    static void ReassignedByDeconstruction()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#2:true|};
        System.Action<CreateContainerParameters> c = q => q.HostConfig = hc;
        int x;
        (c, x) = (c + (q => Client.Containers.CreateContainerAsync(q)), 1);
        c(p);
        hc.Privileged = false;
    }
    static void ReassignedThroughARefLocal()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters { HostConfig = hc };
        hc.Privileged = {|#3:true|};
        System.Action<CreateContainerParameters> c = q => q.HostConfig = hc;
        ref var r = ref c;
        r = q => Client.Containers.CreateContainerAsync(q);
        c(p);
        hc.Privileged = false;
    }
    static void LambdaLocalInLocalFunction()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Configure();
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(p);
        void Configure() { System.Action<CreateContainerParameters> set = q => q.HostConfig = hc; set(p); }
    }
    static void LambdaLocalInLocalFunctionCreatedBetween()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#4:true|};
        Configure();
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Configure() { System.Action<CreateContainerParameters> set = q => q.HostConfig = hc; set(p); }
    }
    static void LambdaLocalInALambdaOnAFreshObject()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        System.Action run = () => { System.Action<CreateContainerParameters> inner = q => q.HostConfig = hc; inner(new CreateContainerParameters()); };
        run();
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
    }
    static void ExplicitVoidLambda()
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        var set = void (CreateContainerParameters q) => q.HostConfig = hc;
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static void ExplicitTypeArguments()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#5:true|};
        Set<int>(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Set<T>(CreateContainerParameters q) { q.HostConfig = hc; }
    }
    static void InParameter()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#6:true|};
        Set(in p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Set(in CreateContainerParameters q) { q.HostConfig = hc; }
    }
    static void ParameterGivenAnotherObjectFirst()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(p);
        System.Action<CreateContainerParameters> set = q => { q = new CreateContainerParameters(); q.HostConfig = hc; };
        set(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { q = new CreateContainerParameters(); q.HostConfig = hc; }
    }
    static void HandedOnToAnotherLocalFunction()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#7:true|};
        Set(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) => Inner(q);
        void Inner(CreateContainerParameters r) { r.HostConfig = hc; }
    }
    static void WrittenThroughALocalGivenTheParameter()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#8:true|};
        Set(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { var x = q; x.HostConfig = hc; }
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL1003", Error, "the container runs privileged", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2),
            Definite("CTL1003", Error, "the container runs privileged", 3),
            Definite("CTL1003", Error, "the container runs privileged", 4),
            Definite("CTL1003", Error, "the container runs privileged", 5),
            Definite("CTL1003", Error, "the container runs privileged", 6),
            Definite("CTL1003", Error, "the container runs privileged", 7),
            Definite("CTL1003", Error, "the container runs privileged", 8));

        // Audit 97: a local given the parameter is no read of it; the parameter replaced only from where that runs whenever the
        // function does; a nested function's own variable named like the lambda local; in, !, parentheses, casts, for
        // initializers; an Invoke that is not the delegate's.
        [Fact]
        public Task Function_writing_through_its_parameter_is_read_in_order_and_by_every_spelling() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static Docker.DotNet.IDockerClient Client;
    static void Create(CreateContainerParameters x) => Client.Containers.CreateContainerAsync(x);
    static void LambdaWritingThroughALocalGivenItsParameter()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        System.Action<CreateContainerParameters> c = q => { var x = q; x.HostConfig = hc; };
        c(p);
        hc.Privileged = false;
        Create(p);
    }
    static void LocalFunctionWritingThroughALocalAssignedItsParameter()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(p);
        hc.Privileged = false;
        Create(p);
        void Set(CreateContainerParameters q) { CreateContainerParameters target; target = q; target.HostConfig = hc; }
    }
    static void ParameterGivenAnObjectOnlyWhenNull()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#0:true|};
        Set(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { q ??= new CreateContainerParameters(); q.HostConfig = hc; }
    }
    static void WrittenThenReplaced()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#1:true|};
        Set(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { q.HostConfig = hc; q = new CreateContainerParameters(); }
    }
    static void LocalKeepsTheParameterReplaced()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#2:true|};
        Set(p);
        Client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { var x = q; q = new CreateContainerParameters(); x.HostConfig = hc; }
    }
    static void ReplacedInANestedLambdaOnly()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#3:true|};
        System.Action<CreateContainerParameters> c = q => { q.HostConfig = hc; System.Action later = () => q = null; };
        c(p);
        Create(p);
        hc.Privileged = false;
    }
    static void ReplacedThroughRefFirst()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(p);
        Create(p);
        hc.Privileged = false;
        Create(new CreateContainerParameters { HostConfig = hc });
        void Set(CreateContainerParameters q) { Renew(ref q); q.HostConfig = hc; }
        void Renew(ref CreateContainerParameters z) { z = new CreateContainerParameters(); }
    }
    static void NestedFunctionsOwnVariableNamedLikeTheLambdaLocal()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        System.Action<CreateContainerParameters> configure = q => q.HostConfig = hc;
        System.Action other = () => { System.Action<CreateContainerParameters> configure = null; configure = x => { }; };
        configure(p);
        hc.Privileged = false;
        Client.Containers.CreateContainerAsync(p);
        void Apply(CreateContainerParameters target, System.Action<CreateContainerParameters> configure) { configure ??= _ => { }; configure(target); }
    }
    static void InArgumentOfAFunctionThatOnlyWrites()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(in p);
        hc.Privileged = false;
        Create(p);
        void Set(in CreateContainerParameters q) { q.HostConfig = hc; }
    }
    static void SpelledWithBangsParenthesesAndCasts()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#4:true|};
        System.Action<CreateContainerParameters> configure = q => q.HostConfig = hc;
        configure!(p!);
        ((System.Action<CreateContainerParameters>)configure)((p));
        Create(p);
        hc.Privileged = false;
    }
    static void LambdaLocalOfAForInitializer()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#5:true|};
        for (System.Action<CreateContainerParameters> c = q => q.HostConfig = hc; ; ) { c(p); break; }
        Create(p);
        hc.Privileged = false;
    }
    static void InvokeWithOtherArguments()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters { HostConfig = hc };
        hc.Privileged = {|#6:true|};
        System.Action<CreateContainerParameters> configure = q => q.HostConfig = hc;
        configure.Invoke(p, true);
        hc.Privileged = false;
    }
    // Audit 99 T99-1..T99-3.
    static void MakeAnother(out CreateContainerParameters z) { z = new CreateContainerParameters(); }
    static bool TryMake(out CreateContainerParameters z) { z = new CreateContainerParameters(); return true; }
    static void ALocalGivenTheParameterAfterItWasReplaced()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(p);
        Create(p);
        hc.Privileged = false;
        System.Action<CreateContainerParameters> c = q => { q = new CreateContainerParameters(); var t = q; t.HostConfig = hc; };
        c(p);
        Create(p);
        void Set(CreateContainerParameters q) { var x = q; q = new CreateContainerParameters(); var y = q; y.HostConfig = hc; }
    }
    static void ReplacedByCallsThatAreNotStatements()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        A(p);
        B(p);
        D(p);
        Create(p);
        hc.Privileged = false;
        void A(CreateContainerParameters q) { var ok = TryMake(out q); q.HostConfig = hc; }
        void B(CreateContainerParameters q) { if (!TryMake(out q)) return; q.HostConfig = hc; }
        void D(CreateContainerParameters q) { { MakeAnother(out q); } q.HostConfig = hc; }
    }
    static void DelegateCalledWithANamedArgument()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#7:true|};
        System.Action<CreateContainerParameters> c = q => q.HostConfig = hc;
        c.Invoke(obj: p);
        Create(p);
        hc.Privileged = false;
    }
    static void DelegateOfTwoCalledWithNamedArguments()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#8:true|};
        System.Action<int, CreateContainerParameters> c = (n, q) => q.HostConfig = hc;
        c(arg2: p, arg1: 1);
        Create(p);
        hc.Privileged = false;
    }
}
static class Extensions
{
    public static void Invoke(this System.Action<CreateContainerParameters> a, CreateContainerParameters q, bool create) { }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL1003", Error, "the container runs privileged", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2),
            Definite("CTL1003", Error, "the container runs privileged", 3),
            Definite("CTL1003", Error, "the container runs privileged", 4),
            Definite("CTL1003", Error, "the container runs privileged", 5),
            Definite("CTL1003", Error, "the container runs privileged", 6),
            Definite("CTL1003", Error, "the container runs privileged", 7),
            Definite("CTL1003", Error, "the container runs privileged", 8));

        // Audit 99 T99-7: the parameter given another object in a try block (for what follows in it, and after it when no catch can go
        // on without it), a finally block, or the body of using, lock, checked, unsafe; not in a try block a catch can leave early.
        [Fact]
        public Task Parameter_replaced_in_a_try_finally_or_using_body_keeps_later_writes_from_the_caller() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static Docker.DotNet.IDockerClient Client;
    static void Create(CreateContainerParameters x) => Client.Containers.CreateContainerAsync(x);
    static CreateContainerParameters Make() => new CreateContainerParameters();
    static void ReplacedInATryWithoutCatch()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(p);
        Create(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { try { q = Make(); } finally { } q.HostConfig = hc; }
    }
    static void ReplacedInATryBeforeTheWriteInIt()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(p);
        Create(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { try { q = Make(); q.HostConfig = hc; } catch (System.Exception) { } }
    }
    static void ReplacedInAFinally()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(p);
        Create(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { try { } catch (System.Exception) { } finally { q = Make(); } q.HostConfig = hc; }
    }
    static void ReplacedInUsingAndLockBodies()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = true;
        Set(p);
        Set2(p);
        Create(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { using (new System.IO.MemoryStream()) { q = Make(); } q.HostConfig = hc; }
        void Set2(CreateContainerParameters q) { lock (Client) checked { q = Make(); } q.HostConfig = hc; }
    }
    static void ReplacedInATryACatchGoesOnFrom()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#0:true|};
        Set(p);
        Create(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { try { q = Make(); } catch (System.Exception) { } q.HostConfig = hc; }
    }
    static void ReplacedInATryWhoseFinallyWrites()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#1:true|};
        Set(p);
        Create(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { try { q = Make(); } finally { q.HostConfig = hc; } }
    }
    static void ReplacedInACatchOnly()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters();
        hc.Privileged = {|#2:true|};
        Set(p);
        Create(p);
        hc.Privileged = false;
        void Set(CreateContainerParameters q) { try { Make(); } catch (System.Exception) { q = Make(); } q.HostConfig = hc; }
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL1003", Error, "the container runs privileged", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2));

        // Audit 96 P96-1: top-level statements are one method's body, their lambda locals too.
        [Fact]
        public Task Lambda_local_of_top_level_statements_writing_through_its_parameter_is_no_use() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(TopLevel(@"
var hc = new HostConfig();
var p = new CreateContainerParameters();
hc.Privileged = true;
System.Action<CreateContainerParameters> configure = q => q.HostConfig = hc;
configure(p);
hc.Privileged = false;
await client.Containers.CreateContainerAsync(p);

var hc2 = new HostConfig();
var p2 = new CreateContainerParameters();
hc2.Privileged = {|#0:true|};
System.Action<CreateContainerParameters> configure2 = q => q.HostConfig = hc2;
configure2(p2);
await client.Containers.CreateContainerAsync(p2);
hc2.Privileged = false;
"), DockerLibrary.DockerDotNet, topLevel: true,
            Definite("CTL1003", Error, "the container runs privileged", 0));

        /// <summary>A Program.cs of top-level statements (no Main), as <c>dotnet new console</c> writes it.</summary>
        internal static string TopLevel(string statements) => @"
using System.Collections.Generic;
using Docker.DotNet;
using Docker.DotNet.Models;

var client = new DockerClientConfiguration().CreateClient();
" + statements;

        [Fact]
        public Task Parameters_reused_after_create_in_top_level_statements_keep_the_first_containers_findings() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(TopLevel(@"
var p = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = {|#0:true|} } };
await client.Containers.CreateContainerAsync(p);
p.HostConfig.Privileged = false;
await client.Containers.CreateContainerAsync(p);

var q = new CreateContainerParameters { User = {|#1:""root""|} };
await client.Containers.CreateContainerAsync(q);
q.User = ""app"";
await client.Containers.CreateContainerAsync(q);

var user = ""root"";
await client.Containers.CreateContainerAsync(new CreateContainerParameters { User = {|#2:user|} });
user = ""app"";
await client.Containers.CreateContainerAsync(new CreateContainerParameters { User = user });

var s = new CreateContainerParameters { User = ""root"", HostConfig = new HostConfig { Privileged = true } };
s.User = ""app"";
s.HostConfig.Privileged = false;
await client.Containers.CreateContainerAsync(s);
"), DockerLibrary.DockerDotNet, topLevel: true,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL1001", Warning, "user 'root'", 1),
            Definite("CTL1001", Warning, "user 'root'", 2));

        [Fact]
        public Task List_replaced_after_use_in_top_level_statements_stays_reported_as_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(TopLevel(@"
var r = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = new List<string> { {|#0:""SYS_ADMIN""|} } } };
await client.Containers.CreateContainerAsync(r);
r.HostConfig.CapAdd = new List<string>();
await client.Containers.CreateContainerAsync(r);

var hc = new HostConfig();
hc.Binds = new List<string> { {|#1:""/proc:/host/proc""|} };
await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
hc.Binds = new List<string> { ""/srv:/srv"" };
await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });

var t = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = {|#2:true|} } };
var task = client.Containers.CreateContainerAsync(t);
t.HostConfig = new HostConfig();
await task;
"), DockerLibrary.DockerDotNet, topLevel: true,
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 0),
            Definite("CTL3002", Error, "host path '/proc' is mounted writable", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2));

        [Fact]
        public Task Local_given_another_value_after_its_value_reached_a_property_is_read_with_the_value_it_held_there() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static async System.Threading.Tasks.Task StartAgents(Docker.DotNet.IDockerClient client)
    {
        var binds = new List<string> { {|#0:""/var/run/docker.sock:/var/run/docker.sock""|} };
        var caps = new List<string> { {|#1:""SYS_ADMIN""|} };
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = new HostConfig { Binds = binds, CapAdd = caps } });
        binds = new List<string> { ""/srv/data:/data"" };
        caps = new List<string>();
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = new HostConfig { Binds = binds, CapAdd = caps } });
    }
    static CreateContainerParameters Users()
    {
        var user = ""root"";
        var p = new CreateContainerParameters { User = {|#2:user|} };
        user = ""app"";
        var q = new CreateContainerParameters { User = user };
        return p;
    }
    static CreateContainerParameters NotSure(bool x, string[] names)
    {
        var user = ""root"";
        if (x) user = ""app"";
        var p = new CreateContainerParameters { User = {|#3:user|} };
        var mode = ""host"";
        foreach (var name in names)
        {
            var hc = new HostConfig { PidMode = mode };
            mode = name;
        }
        return p;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3004", Error, "host path '/var/run/docker.sock' is mounted", 0),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 1),
            Definite("CTL1001", Warning, "user 'root'", 2),
            // Root unless x: either value may reach the use (audit 129 D129-12).
            May("CTL1001", Warning, "user 'root'", 3));

        [Fact]
        public Task Value_a_write_through_the_local_replaces_after_the_local_may_have_dropped_the_object_unused_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Defaults(bool custom)
    {
        var hc = new HostConfig { Privileged = true };
        if (custom) hc = new HostConfig();
        hc.Privileged = false;
        return hc;
    }
    static HostConfig Fallback(HostConfig existing)
    {
        var hc = existing ?? new HostConfig { Privileged = true };
        hc.Privileged = false;
        return hc;
    }
    static HostConfig Either(int mode)
    {
        HostConfig hc = new HostConfig { PidMode = ""host"" };
        switch (mode)
        {
            case 1: hc = new HostConfig { IpcMode = ""private"" }; break;
        }
        hc.PidMode = """";
        return hc;
    }"), DockerLibrary.DockerDotNet);

        [Fact]
        public Task User_or_exec_privileged_that_a_write_through_a_local_of_several_parameter_creations_replaces_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters Dropped(bool custom)
    {
        var p = new CreateContainerParameters { Image = ""x"", User = ""root"" };
        if (custom) p = new CreateContainerParameters { Image = ""y"" };
        p.User = ""app"";
        return p;
    }
    static CreateContainerParameters Either(bool x)
    {
        var p = x ? new CreateContainerParameters { Image = ""x"", User = ""root"" } : new CreateContainerParameters { Image = ""y"" };
        p.User = ""app"";
        return p;
    }
    static ContainerExecCreateParameters Exec(bool debug)
    {
        var e = debug ? new ContainerExecCreateParameters { Privileged = true } : new ContainerExecCreateParameters();
        e.Privileged = false;
        return e;
    }
    static ContainerExecCreateParameters ExecDropped(bool custom)
    {
        var e = new ContainerExecCreateParameters { Privileged = true, User = ""0"" };
        if (custom) e = new ContainerExecCreateParameters();
        e.Privileged = false;
        e.User = ""app"";
        return e;
    }
    static Config Fallback(Config existing)
    {
        var c = existing ?? new Config { User = ""root"" };
        c.User = ""app"";
        return c;
    }"), DockerLibrary.DockerDotNet);

        [Fact]
        public Task HostConfig_value_that_a_write_through_the_HostConfig_of_a_local_of_several_parameter_creations_replaces_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters Either(bool x)
    {
        var p = x ? new CreateContainerParameters { Image = ""x"", HostConfig = new HostConfig { Privileged = true } } : new CreateContainerParameters { Image = ""y"", HostConfig = new HostConfig() };
        p.HostConfig.Privileged = false;
        return p;
    }
    static CreateContainerParameters Dropped(bool custom)
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = new HostConfig { PidMode = ""host"", CapAdd = new List<string> { ""SYS_ADMIN"" } } };
        if (custom) p = new CreateContainerParameters { HostConfig = new HostConfig() };
        p.HostConfig.PidMode = """";
        p.HostConfig.CapAdd = new List<string>();
        return p;
    }"), DockerLibrary.DockerDotNet);

        [Fact]
        public Task HostConfig_value_of_a_local_of_several_parameter_creations_whose_HostConfig_is_replaced_or_written_on_some_paths_is_still_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters Replaced(bool x, HostConfig other)
    {
        var p = x ? new CreateContainerParameters { HostConfig = new HostConfig { Privileged = {|#0:true|} } } : new CreateContainerParameters { HostConfig = new HostConfig() };
        p.HostConfig = other;
        p.HostConfig.Privileged = false;
        return p;
    }
    static CreateContainerParameters SomePaths(bool custom)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = {|#1:true|} } };
        if (custom) p = new CreateContainerParameters { HostConfig = new HostConfig() };
        if (custom) p.HostConfig.Privileged = false;
        return p;
    }"), DockerLibrary.DockerDotNet,
            // Created on one branch of ?: with the parameters that hold it (audit 140 R140-6).
            May("CTL1003", Error, "the container runs privileged", 0),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 1));

        [Fact]
        public Task Write_through_a_local_of_several_parameter_creations_is_reported_at_the_write() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters Dropped(bool custom)
    {
        var p = new CreateContainerParameters { Image = ""x"" };
        if (custom) p = new CreateContainerParameters { Image = ""y"" };
        p.User = {|#0:""root""|};
        return p;
    }
    static CreateContainerParameters Branches(bool x)
    {
        CreateContainerParameters p;
        if (x) p = new CreateContainerParameters { Image = ""x"" }; else p = new CreateContainerParameters { Image = ""y"" };
        p.HostConfig.Privileged = {|#1:true|};
        return p;
    }
    static ContainerExecCreateParameters Exec(bool custom)
    {
        var e = new ContainerExecCreateParameters();
        if (custom) e = new ContainerExecCreateParameters { User = ""app"" };
        e.Privileged = {|#2:true|};
        return e;
    }
    static Config SomePaths(bool custom)
    {
        Config c = new Config { User = {|#3:""0""|} };
        if (custom) c = new Config();
        if (custom) c.User = ""app"";
        return c;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1001", Warning, "user 'root'", 0),
            Definite("CTL1003", Error, "the container runs privileged", 1),
            Definite("CTL1003", Error, "the exec process runs privileged", 2),
            MayBeUndone("CTL1001", Warning, "user '0'", 3));

        [Fact]
        public Task Value_of_an_object_the_local_may_have_used_or_keeps_in_a_loop_before_another_value_is_still_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Use(HostConfig hc) { }
    static HostConfig UsedFirst(bool custom)
    {
        var hc = new HostConfig { Privileged = {|#0:true|} };
        Use(hc);
        if (custom) hc = new HostConfig();
        hc.Privileged = false;
        return hc;
    }
    static HostConfig InALoop(int[] items)
    {
        var hc = new HostConfig { PidMode = {|#1:""host""|} };
        foreach (var item in items)
        {
            if (item == 0) hc = new HostConfig();
            Use(hc);
        }
        hc.PidMode = """";
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1));

        [Fact]
        public Task Value_replaced_after_a_break_that_leaves_a_switch_or_loop_before_the_write_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(int mode, int[] items)
    {
        var hc = new HostConfig { Privileged = true, PidMode = ""host"" };
        switch (mode)
        {
            case 1: System.Console.WriteLine(mode); break;
            default: break;
        }
        foreach (var item in items)
        {
            if (item == 0) break;
            if (item == 1) continue;
        }
        hc.Privileged = false;
        hc.PidMode = """";
        return hc;
    }"), DockerLibrary.DockerDotNet);

        [Fact]
        public Task Values_on_the_branches_that_replace_an_earlier_value_on_every_path_are_each_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(string mode)
    {
        var hc = new HostConfig { Privileged = false, PidMode = ""private"" };
        if (mode == ""debug"") hc.Privileged = {|#0:true|};
        else hc.Privileged = {|#1:true|};
        switch (mode)
        {
            case ""a"": hc.PidMode = {|#2:""host""|}; break;
            default: hc.PidMode = ""private""; break;
        }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            May("CTL1003", Error, "the container runs privileged", 0),
            May("CTL1003", Error, "the container runs privileged", 1),
            May("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 2));

        [Fact]
        public Task Value_replaced_only_on_some_branches_or_in_a_lambda_or_a_loop_may_be_undone() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig NoElse(int level)
    {
        var hc = new HostConfig { Privileged = {|#0:true|} };
        if (level == 0) hc.Privileged = false;
        else if (level == 1) hc.Privileged = false;
        return hc;
    }
    static HostConfig NoDefault(string mode)
    {
        var hc = new HostConfig { PidMode = {|#1:""host""|} };
        switch (mode)
        {
            case ""a"": hc.PidMode = ""private""; break;
            case ""b"": hc.PidMode = ""private""; break;
        }
        return hc;
    }
    static HostConfig InALambdaOrALoop(bool safe, int[] items)
    {
        var hc = new HostConfig { IpcMode = {|#2:""host""|} };
        if (safe) hc.IpcMode = ""private"";
        else { System.Action later = () => hc.IpcMode = ""private""; later(); }
        var other = new HostConfig { UTSMode = {|#3:""host""|} };
        if (safe) other.UTSMode = """";
        else foreach (var item in items) other.UTSMode = """";
        return hc;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL1003", Error, "the container runs privileged", 0),
            MayBeUndone("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1),
            MayBeUndone("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 2),
            MayBeUndone("CTL5005", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "the container uses the host's UTS namespace (mode 'host')", 3));

        [Fact]
        public Task Value_a_write_in_a_try_block_may_undo_is_reported_as_may_be_undone_as_an_exception_before_it_skips_it() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Validate() { }
    static HostConfig CatchWithoutWrite()
    {
        var hc = new HostConfig { Privileged = {|#0:true|} };
        try { Validate(); hc.Privileged = false; } catch (System.Exception) { Validate(); }
        return hc;
    }
    static HostConfig OneCatchOfTwoWrites()
    {
        var hc = new HostConfig { PidMode = {|#1:""host""|} };
        try { Validate(); hc.PidMode = """"; } catch (System.IO.IOException) { hc.PidMode = """"; } catch (System.Exception) { }
        return hc;
    }
    static HostConfig TryAndEveryCatchWrite()
    {
        var hc = new HostConfig { IpcMode = ""host"" };
        try { Validate(); hc.IpcMode = """"; } catch (System.Exception) { hc.IpcMode = """"; }
        return hc;
    }
    static HostConfig FinallyOnly()
    {
        var hc = new HostConfig { UTSMode = ""host"" };
        try { Validate(); hc.UTSMode = """"; } finally { Validate(); }
        return hc;
    }
    static HostConfig CreatedInTheTryBlock()
    {
        try
        {
            var hc = new HostConfig { NetworkMode = ""host"" };
            Validate();
            hc.NetworkMode = ""bridge"";
            hc.Privileged = {|#2:true|};
            return hc;
        }
        catch (System.Exception) { return null; }
    }
    static HostConfig WrittenInTheTryBlock()
    {
        var hc = new HostConfig();
        try { Validate(); hc.CgroupnsMode = {|#3:""host""|}; } catch (System.Exception) { }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL1003", Error, "the container runs privileged", 0),
            MayBeUndone("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2),
            OnSomePaths("CTL5006", Warning, "the container uses the host's cgroup namespace (mode 'host')", 3));

        // rules/README.md, "Values in C# code": "A later write of the same value undoes nothing: `Privileged = true`, then
        // `hc.Privileged = true` in a `catch`, is definite". The later write adds nothing either: one finding, at the first.
        [Fact]
        public Task Value_that_later_writes_set_again_or_that_the_first_statement_of_a_try_block_writes_is_definite_and_reported_once_at_the_first_write() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Validate() { }
    static HostConfig SetAgainInACatch()
    {
        var hc = new HostConfig { Privileged = {|#0:true|}, NetworkMode = ""bridge"" };
        try { Validate(); } catch (System.Exception) { hc.Privileged = {|#3:true|}; }
        return hc;
    }
    static HostConfig WrittenFirstInTheTry()
    {
        var hc = new HostConfig { Privileged = {|#4:true|}, NetworkMode = ""bridge"" };
        try { hc.Privileged = {|#1:true|}; Validate(); } catch (System.InvalidOperationException) { hc.Privileged = {|#5:true|}; }
        return hc;
    }
    static HostConfig SetAgainInALoop(int[] items)
    {
        var hc = new HostConfig { PidMode = {|#2:""host""|} };
        foreach (var item in items) hc.PidMode = {|#6:""host""|};
        return hc;
    }"), DockerLibrary.DockerDotNet,
            // The other writes of the value are the finding's additional locations (its fix changes them with it).
            Definite("CTL1003", Error, "the container runs privileged", 0).WithLocation(3),
            Definite("CTL1003", Error, "the container runs privileged", 1).WithLocation(4).WithLocation(5),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 2).WithLocation(6));

        // rules/README.md, "Values in C# code": "A later write of the same value undoes nothing: `Privileged = true`, then
        // `hc.Privileged = true` in a `catch`, is definite". Reported once, definite, at the initializer (audit 10, 7).
        [Fact]
        public Task Same_value_written_again_in_a_catch_or_an_if_is_reported_once_definite_at_the_initializer() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Validate() { }
    static HostConfig PrivilegedInACatch()
    {
        var hc = new HostConfig { Privileged = {|#0:true|} }; try { Validate(); } catch { hc.Privileged = {|#4:true|}; } return hc;
    }
    static CreateContainerParameters UserInACatch()
    {
        var p = new CreateContainerParameters { User = {|#1:""root""|} };
        try { Validate(); } catch (System.Exception) { p.User = {|#5:""root""|}; }
        return p;
    }
    static HostConfig PrivilegedInAnIf(bool x)
    {
        var hc = new HostConfig { Privileged = {|#2:true|} };
        if (x) hc.Privileged = {|#6:true|};
        return hc;
    }
    static HostConfig PidModeInAnIfAndACatch(bool x)
    {
        var hc = new HostConfig { PidMode = {|#3:""host""|} };
        if (x) hc.PidMode = {|#7:""host""|};
        try { Validate(); } catch { hc.PidMode = {|#8:""host""|}; }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            // The later writes are the finding's additional locations (its fix changes them with it).
            Definite("CTL1003", Error, "the container runs privileged", 0).WithLocation(4),
            Definite("CTL1001", Warning, "user 'root'", 1).WithLocation(5),
            Definite("CTL1003", Error, "the container runs privileged", 2).WithLocation(6),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 3).WithLocation(7).WithLocation(8));

        // The writes of the same value a finding stands for are its additional locations: its fix changes them with it, in one
        // pass (CodeFixTests), as for a repeated WithPrivileged(true).
        [Fact]
        public Task Same_value_written_again_is_reported_once_with_the_other_writes_as_additional_locations() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Validate() { }
    static HostConfig InAnIf(bool x)
    {
        var hc = new HostConfig { Privileged = {|#0:true|} };
        if (x) hc.Privileged = {|#1:true|};
        try { Validate(); } catch { hc.Privileged = {|#2:true|}; }
        return hc;
    }
    static HostConfig OnEveryPath()
    {
        var hc = new HostConfig { PidMode = {|#3:""host""|} };
        hc.PidMode = {|#4:""host""|};
        return hc;
    }
    static CreateContainerParameters UsedBetween(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters { User = {|#5:""root""|} };
        client.Containers.CreateContainerAsync(p);
        p.User = {|#6:""root""|};
        return p;
    }
    static HostConfig AnotherValueBetween()
    {
        var hc = new HostConfig { IpcMode = ""host"" };
        hc.IpcMode = """";
        hc.IpcMode = {|#7:""host""|};
        return hc;
    }
    static HostConfig MayBeUndone(bool safe)
    {
        var hc = new HostConfig();
        hc.NetworkMode = {|#8:""host""|};
        hc.NetworkMode = {|#9:""host""|};
        if (safe) hc.NetworkMode = ""bridge"";
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0).WithLocation(1).WithLocation(2),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 4).WithLocation(3),
            Definite("CTL1001", Warning, "user 'root'", 5).WithLocation(6),
            Definite("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 7),
            MayBeUndone("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 9).WithLocation(8));

        [Fact]
        public Task Same_value_written_again_in_a_catch_when_a_later_if_may_undo_both_is_reported_at_both_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Validate() { }
    static HostConfig Create(bool safe)
    {
        var hc = new HostConfig { Privileged = {|#0:true|} };
        try { Validate(); } catch { hc.Privileged = {|#1:true|}; }
        if (safe) hc.Privileged = false;
        return hc;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL1003", Error, "the container runs privileged", 0),
            OnSomePaths("CTL1003", Error, "the container runs privileged", 1));

        [Fact]
        public Task Write_in_a_catch_or_after_a_call_in_a_try_block_is_may_on_some_paths_never_a_conditional() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Validate() { }
    static HostConfig InACatch()
    {
        var hc = new HostConfig();
        try { Validate(); } catch { hc.Privileged = {|#0:true|}; }
        return hc;
    }
    static CreateContainerParameters UserInACatch()
    {
        var p = new CreateContainerParameters();
        try { Validate(); } catch (System.Exception) { p.User = {|#1:""root""|}; }
        return p;
    }
    static HostConfig InATryBlock()
    {
        var hc = new HostConfig();
        try { Validate(); hc.Binds = new List<string> { {|#2:""/var/run/docker.sock:/s""|} }; } catch { }
        return hc;
    }
    static HostConfig ConditionalInACatch(bool x)
    {
        var hc = new HostConfig();
        try { Validate(); } catch { hc.PidMode = x ? {|#3:""host""|} : """"; }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            OnSomePaths("CTL1003", Error, "the container runs privileged", 0),
            OnSomePaths("CTL1001", Warning, "user 'root'", 1),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL3004", Error).WithLocation(2)
                .WithArguments("host path '/var/run/docker.sock' is mounted on some paths only, so it may apply"),
            May("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 3));

        [Fact]
        public Task Value_replaced_by_the_first_statement_of_a_try_block_is_not_reported() => Verify(@"
    static void Validate() { }
    static HostConfig Replaced()
    {
        var hc = new HostConfig { Privileged = true };
        try { hc.Privileged = false; Validate(); } catch (System.Exception) { Validate(); }
        return hc;
    }
    static HostConfig ReplacedOnEveryBranch(bool safe)
    {
        var hc = new HostConfig { CgroupnsMode = ""host"" };
        if (safe) { try { hc.CgroupnsMode = """"; Validate(); } catch (System.Exception) { } }
        else hc.CgroupnsMode = """";
        return hc;
    }");

        [Fact]
        public Task Value_that_a_later_write_of_another_value_or_a_later_statement_of_a_try_block_may_replace_stays_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Validate() { }
    static string Mode() => """";
    static HostConfig OtherValueInACatch()
    {
        var hc = new HostConfig { IpcMode = {|#0:""host""|} };
        try { Validate(); } catch (System.Exception) { hc.IpcMode = ""private""; }
        return hc;
    }
    static HostConfig UnknownValueInACatch()
    {
        var hc = new HostConfig { IpcMode = {|#1:""host""|} };
        try { Validate(); } catch (System.Exception) { hc.IpcMode = Mode(); }
        return hc;
    }
    static HostConfig ReplacedAfterACallInTheTry()
    {
        var hc = new HostConfig { Privileged = {|#2:true|} };
        try { Validate(); hc.Privileged = false; } catch (System.Exception) { }
        return hc;
    }
    static HostConfig ReplacedFirstWithAValueThatMayThrow()
    {
        var hc = new HostConfig { PidMode = {|#3:""host""|} };
        try { hc.PidMode = Mode(); } catch (System.Exception) { }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 0),
            MayBeUndone("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 1),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 2),
            MayBeUndone("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 3));

        [Fact]
        public Task Privileged_true_written_after_a_conditional_false_is_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool safe)
    {
        var hc = new HostConfig();
        if (safe) hc.Privileged = false;
        hc.Privileged = {|#0:true|};
        return hc;
    }"), DockerLibrary.DockerDotNet, Definite("CTL1003", Error, "the container runs privileged"));

        [Fact]
        public Task Settings_in_else_switch_section_and_catch_block_are_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters Create(string mode)
    {
        var caps = new List<string>();
        var parameters = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = caps } };
        switch (mode)
        {
            case ""net"":
                caps.Add({|#0:""NET_ADMIN""|});
                break;
        }
        if (mode.Length > 3) parameters.HostConfig.NetworkMode = ""bridge"";
        else parameters.HostConfig.NetworkMode = {|#1:""host""|};
        try { parameters.User = mode.Substring(8); }
        catch (System.ArgumentException) { parameters.User = {|#2:""root""|}; }
        return parameters;
    }"), DockerLibrary.DockerDotNet,
            May("CTL2002", Warning, "capability 'NET_ADMIN' is added", 0),
            May("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 1),
            OnSomePaths("CTL1001", Warning, "user 'root'", 2));

        // Removals from a collection that reaches a property: read as .NET runs them.

        [Fact]
        public Task Capability_removed_from_the_list_before_it_reaches_CapAdd_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create()
    {
        var caps = new List<string> { ""SYS_ADMIN"", {|#0:""NET_ADMIN""|} };
        caps.Remove(""SYS_ADMIN"");
        var hc = new HostConfig { CapAdd = caps };
        return hc;
    }"), DockerLibrary.DockerDotNet, Definite("CTL2002", Warning, "capability 'NET_ADMIN' is added"));

        [Fact]
        public Task Entries_removed_through_the_property_or_cleared_are_not_reported() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig
        {
            CapAdd = new List<string> { ""SYS_ADMIN"", {|CTL2002:""NET_ADMIN""|} },
            Binds = new List<string> { ""/var/run/docker.sock:/var/run/docker.sock"", {|CTL3003:""/etc:/etc""|} },
            SecurityOpt = new List<string> { ""seccomp=unconfined"", ""no-new-privileges"" },
            DeviceCgroupRules = new List<string> { ""c 1:3 mr"" },
            Devices = new List<DeviceMapping> { new DeviceMapping { PathOnHost = ""/dev/kmsg"" } },
            Tmpfs = new Dictionary<string, string> { [""/run""] = ""suid"", [""/tmp""] = {|CTL3005:""suid""|} },
            Mounts = new List<Mount> { new Mount { Type = ""bind"", Source = ""/etc"", Target = ""/etc"" } },
        };
        hc.CapAdd.Remove(""SYS_ADMIN"");
        hc.Binds.Remove(""/var/run/docker.sock:/var/run/docker.sock"");
        hc.SecurityOpt.Remove(""seccomp=unconfined"");
        hc.DeviceCgroupRules.Clear();
        hc.Devices.Clear();
        hc.Tmpfs.Remove(""/run"");
        var mounts = hc.Mounts;
        mounts.Clear();
        return hc;
    }");

        [Fact]
        public Task Element_a_conditional_removal_or_clear_may_take_is_reported_as_may_be_undone() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool safe, string mode)
    {
        var caps = new List<string> { {|#0:""SYS_ADMIN""|} };
        if (safe) caps.Remove(""SYS_ADMIN"");
        var hc = new HostConfig { CapAdd = caps, Binds = new List<string> { {|#1:""/etc:/etc""|} } };
        switch (mode)
        {
            case ""clean"":
                hc.Binds.Clear();
                break;
        }
        hc.Tmpfs = new Dictionary<string, string> { [""/run""] = {|#2:""suid""|} };
        try { hc.Tmpfs.Remove(mode.Substring(2)); }
        catch (System.ArgumentException) { hc.Tmpfs.Remove(""/run""); }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 0),
            MayBeUndone("CTL3003", Warning, "host path '/etc' is mounted writable", 1),
            MayBeUndone("CTL3005", Warning, "tmpfs options 'suid' turn on 'suid'", 2));

        [Fact]
        public Task Elements_before_a_removal_the_reader_cannot_place_may_be_undone_and_those_after_it_are_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(string configured, int index)
    {
        var caps = new List<string> { {|#0:""SYS_ADMIN""|} };
        caps.RemoveAt(index);
        caps.Add({|#1:""SYS_PTRACE""|});
        var binds = new List<string> { {|#2:""/etc:/etc""|} };
        binds.RemoveAll(b => b.StartsWith(configured));
        var rules = new List<string> { {|#3:""c 1:3 mr""|} };
        rules.RemoveRange(0, index);
        var opts = new List<string> { {|#4:""seccomp=unconfined""|} };
        opts.Remove(configured);
        return new HostConfig { CapAdd = caps, Binds = binds, DeviceCgroupRules = rules, SecurityOpt = opts };
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 0),
            Definite("CTL2001", Error, "capability 'SYS_PTRACE' is added", 1),
            MayBeUndone("CTL3003", Warning, "host path '/etc' is mounted writable", 2),
            MayBeUndone("CTL3001", Warning, "device cgroup rule 'c 1:3 mr' allows host devices", 3),
            MayBeUndone("CTL4002", Error, "security option 'seccomp=unconfined' is set", 4));

        [Fact]
        public Task Element_a_removal_in_a_lambda_a_local_function_a_loop_or_after_a_return_may_take_is_reported_as_may_be_undone() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig Lambda()
    {
        var caps = new List<string> { {|#0:""SYS_ADMIN""|} };
        System.Action undo = () => caps.Remove(""SYS_ADMIN"");
        return new HostConfig { CapAdd = caps };
    }
    static HostConfig LocalFunction()
    {
        var caps = new List<string> { {|#1:""SYS_ADMIN""|} };
        void Undo() { caps.Remove(""SYS_ADMIN""); }
        return new HostConfig { CapAdd = caps };
    }
    static HostConfig Loops(int[] items)
    {
        var caps = new List<string> { {|#2:""SYS_ADMIN""|}, {|#3:""SYS_PTRACE""|} };
        foreach (var item in items) caps.Remove(""SYS_ADMIN"");
        while (X) { caps.Clear(); }
        var binds = new List<string> { {|#4:""/etc:/etc""|} };
        for (var i = 0; i < items.Length; i++) binds.Remove(""/etc:/etc"");
        return new HostConfig { CapAdd = caps, Binds = binds };
    }
    static HostConfig AfterAReturn()
    {
        var caps = new List<string> { {|#5:""SYS_ADMIN""|} };
        var hc = new HostConfig { CapAdd = caps };
        if (X) return hc;
        caps.Remove(""SYS_ADMIN"");
        return hc;
    }
    static HostConfig ReturnBeforeTheHostConfigIsCreated()
    {
        var caps = new List<string> { ""SYS_ADMIN"" };
        if (X) return null;
        caps.Remove(""SYS_ADMIN"");
        do { caps.Remove(""SYS_PTRACE""); } while (X);
        System.Func<HostConfig> make = () =>
        {
            var inner = new List<string> { ""SYS_MODULE"" };
            inner.Clear();
            return new HostConfig { CapAdd = inner };
        };
        caps.Add(""SYS_PTRACE"");
        caps.Remove(""SYS_PTRACE"");
        return new HostConfig { CapAdd = caps };
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 0),
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 1),
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 2),
            MayBeUndone("CTL2001", Error, "capability 'SYS_PTRACE' is added", 3),
            MayBeUndone("CTL3003", Warning, "host path '/etc' is mounted writable", 4),
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 5));

        [Fact]
        public Task Value_a_write_in_a_loop_a_lambda_or_after_a_return_replaces_may_be_undone() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig Loop(int[] items)
    {
        var hc = new HostConfig { Privileged = {|#0:true|} };
        foreach (var item in items) hc.Privileged = false;
        return hc;
    }
    static HostConfig Lambda()
    {
        var hc = new HostConfig { PidMode = {|#1:""host""|} };
        System.Action later = () => hc.PidMode = """";
        return hc;
    }
    static HostConfig AfterAReturn()
    {
        var hc = new HostConfig { IpcMode = {|#2:""host""|} };
        if (X) return hc;
        hc.IpcMode = """";
        return hc;
    }
    static HostConfig AfterAReturnOnEveryBranch()
    {
        var hc = new HostConfig { Privileged = {|#3:true|} };
        if (X) return hc;
        if (X) hc.Privileged = false;
        else hc.Privileged = false;
        return hc;
    }
    static HostConfig DangerAddedInALoopIsDefinite(int[] items)
    {
        var hc = new HostConfig();
        foreach (var item in items) hc.NetworkMode = {|#4:""host""|};
        return hc;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL1003", Error, "the container runs privileged", 0),
            MayBeUndone("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1),
            MayBeUndone("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 2),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 3),
            Definite("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 4));

        [Fact]
        public Task Removal_of_another_element_of_another_case_or_before_the_element_is_added_leaves_it() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create()
    {
        var caps = new List<string> { ""SYS_ADMIN"", ""KILL"" };
        caps.Remove(""KILL"");
        caps.Remove(""sys_admin"");
        caps.Remove(""CAP_SYS_ADMIN"");
        var hc = new HostConfig { CapAdd = caps };
        hc.CapAdd.Clear();
        hc.CapAdd.Remove(""NET_ADMIN"");
        hc.CapAdd.Add({|#0:""NET_ADMIN""|});
        return hc;
    }
    static HostConfig Twice()
    {
        var caps = new List<string> { ""SYS_ADMIN"", {|#1:""SYS_ADMIN""|} };
        caps.Remove(""SYS_ADMIN"");
        return new HostConfig { CapAdd = caps };
    }"), DockerLibrary.DockerDotNet,
            // Clear() took SYS_ADMIN; Remove(""sys_admin"") did not (List<string>.Remove compares ordinally).
            Definite("CTL2002", Warning, "capability 'NET_ADMIN' is added", 0),
            // List<string>.Remove takes the first equal element only.
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 1));

        [Fact]
        public Task Case_mismatched_removal_leaves_the_capability() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create()
    {
        var caps = new List<string> { {|#0:""SYS_ADMIN""|} };
        caps.Remove(""sys_admin"");
        caps.Remove(""CAP_SYS_ADMIN"");
        return new HostConfig { CapAdd = caps };
    }"), DockerLibrary.DockerDotNet, Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added"));

        [Fact]
        public Task Removal_from_a_list_after_it_was_copied_does_not_change_the_copy() => Verify(@"
    static HostConfig Create()
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        var copy = new List<string>(caps);
        var all = new List<string>();
        var hc = new HostConfig { CapAdd = copy, Binds = all };
        var binds = new List<string> { {|CTL3003:""/etc:/etc""|} };
        all.AddRange(binds);
        caps.Remove(""SYS_ADMIN"");
        binds.Clear();
        return hc;
    }");

        [Fact]
        public Task Element_added_and_removed_on_the_same_branch_is_not_reported() => Verify(@"
    static HostConfig Create(bool debug)
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        if (debug)
        {
            hc.CapAdd.Add(""SYS_ADMIN"");
            hc.CapAdd.Remove(""SYS_ADMIN"");
        }
        if (debug) hc.CapAdd.Add(""SYS_PTRACE"");
        hc.CapAdd.Remove(""SYS_PTRACE"");
        return hc;
    }");

        [Fact]
        public Task ALL_removed_from_CapDrop_is_missing_and_one_removed_on_a_branch_may_still_be_there() => Verify(@"
    static HostConfig Removed() => Harden(new HostConfig { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true });
    static HostConfig Harden(HostConfig hc) => hc;
    static HostConfig Create(bool debug)
    {
        var hc = {|CTL2003:{|CTL4001:new HostConfig { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true }|}|};
        hc.CapDrop.Remove(""ALL"");
        hc.SecurityOpt.Clear();
        return hc;
    }
    static HostConfig Maybe(bool debug)
    {
        var hc = new HostConfig { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true };
        if (debug) hc.CapDrop.Remove(""ALL"");
        if (debug) hc.SecurityOpt.Clear();
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task Settings_written_in_the_branch_that_creates_the_HostConfig_are_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool debug)
    {
        if (debug)
        {
            var hc = new HostConfig();
            hc.Privileged = {|#0:true|};
            return hc;
        }
        return new HostConfig();
    }"), DockerLibrary.DockerDotNet, Definite("CTL1003", Error, "the container runs privileged"));

        [Fact]
        public Task Capability_in_a_collection_on_one_branch_of_a_conditional_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool debug, List<string> configured) => new HostConfig
    {
        CapAdd = debug ? new List<string> { {|#0:""SYS_ADMIN""|} } : new List<string>(),
        DeviceCgroupRules = configured ?? new List<string> { {|#1:""c 1:3 mr""|} },
    };"), DockerLibrary.DockerDotNet,
            May("CTL2001", Error, "capability 'SYS_ADMIN' is added", 0),
            May("CTL3001", Warning, "device cgroup rule 'c 1:3 mr' allows host devices", 1));

        [Fact]
        public Task Tmpfs_entry_replaced_by_a_later_indexer_write_of_its_key_is_not_reported() => Verify(@"
    static HostConfig Create(bool debug)
    {
        var hc = new HostConfig { Tmpfs = new Dictionary<string, string> { [""/t""] = ""suid"", [""/t""] = ""nosuid"" } };
        hc.Tmpfs[""/u""] = {|CTL3005:""suid""|};
        if (debug) hc.Tmpfs[""/u""] = ""nosuid"";
        return hc;
    }");

        [Fact]
        public Task HostConfig_created_on_either_branch_into_one_local_reports_what_it_sets_but_not_what_the_writes_through_the_local_may_add() => Verify(@"
    static CreateContainerParameters Create(bool debug)
    {
        HostConfig hc;
        if (debug) hc = new HostConfig { Privileged = {|CTL1003:true|} };
        else hc = new HostConfig();
        hc.CapDrop = new List<string> { ""ALL"" };
        hc.SecurityOpt = new List<string> { ""no-new-privileges"" };
        hc.ReadonlyRootfs = true;
        return new CreateContainerParameters { HostConfig = hc };
    }
    static CreateContainerParameters NotWrittenThrough(bool debug)
    {
        HostConfig hc;
        if (debug) hc = {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig()|}|}|};
        else hc = {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig { Memory = 1024 }|}|}|};
        return new CreateContainerParameters { HostConfig = hc };
    }", reportOmissions: true);

        [Fact]
        public Task Writes_through_a_local_that_holds_one_of_several_HostConfig_creations_are_reported_once_at_the_write() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig IfElse()
    {
        HostConfig hc;
        if (X) hc = new HostConfig { CapDrop = new List<string> { ""ALL"" } }; else hc = new HostConfig { CapDrop = new List<string> { ""ALL"" } };
        hc.Privileged = {|#0:true|};
        hc.Binds = new List<string> { {|#1:""/var/run/docker.sock:/var/run/docker.sock""|} };
        hc.CapAdd.Add({|#2:""SYS_ADMIN""|});
        return hc;
    }
    static HostConfig Conditional()
    {
        var hc = X ? new HostConfig() : new HostConfig { Memory = 1 };
        hc.Privileged = {|#3:true|};
        return hc;
    }
    static HostConfig NullThenEitherBranch(int level)
    {
        HostConfig hc = null;
        switch (level)
        {
            case 0: hc = new HostConfig(); break;
            default: hc = new HostConfig { Memory = 1 }; hc.PidMode = {|#4:""host""|}; break;
        }
        hc.IpcMode = {|#5:""host""|};
        return hc;
    }
    static HostConfig GivenANewOneLater(Docker.DotNet.IDockerClient client)
    {
        var hc = new HostConfig();
        client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        hc = new HostConfig();
        hc.Privileged = {|#6:true|};
        if (X) hc.NetworkMode = {|#7:""host""|};
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL3004", Error, "host path '/var/run/docker.sock' is mounted", 1),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 2),
            Definite("CTL1003", Error, "the container runs privileged", 3),
            // Written on the default branch only: the local may hold the other creation.
            May("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 4),
            Definite("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 5),
            Definite("CTL1003", Error, "the container runs privileged", 6),
            May("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 7));

        [Fact]
        public Task Object_that_its_local_is_given_another_value_before_any_read_is_not_reported() => Verify(@"
    static void Validate() { }
    static HostConfig Replaced()
    {
        var hc = new HostConfig
        {
            Privileged = true,
            Binds = new List<string> { ""/var/run/docker.sock:/var/run/docker.sock"" },
            Mounts = new List<Mount> { new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/host/proc"" } },
        };
        Validate();
        hc = {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig()|}|}|};
        return hc;
    }
    static CreateContainerParameters PartOfReplacedParameters()
    {
        var p = new CreateContainerParameters { User = ""root"", HostConfig = new HostConfig { PidMode = ""host"" } };
        p = new CreateContainerParameters { User = ""app"" };
        return p;
    }", reportOmissions: true);

        [Fact]
        public Task Object_that_its_local_may_be_read_through_before_it_is_given_another_value_is_reported() => Verify(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig Copy(HostConfig hc) => hc;
    static HostConfig Handed(System.Action<HostConfig> use)
    {
        var hc = new HostConfig { Privileged = {|CTL1003:true|} };
        use(hc);
        hc = new HostConfig();
        return hc;
    }
    static HostConfig Captured()
    {
        var hc = new HostConfig { PidMode = {|CTL5001:""host""|} };
        System.Func<HostConfig> get = () => hc;
        hc = new HostConfig();
        return get();
    }
    static HostConfig CopiedToAnotherLocal()
    {
        var hc = new HostConfig { IpcMode = {|CTL5002:""host""|} };
        var other = hc;
        hc = new HostConfig();
        return other;
    }
    static HostConfig ReplacedWithAValueThatReadsIt()
    {
        var hc = new HostConfig { NetworkMode = {|CTL5003:""host""|} };
        hc = Copy(hc);
        return hc;
    }
    static HostConfig ReplacedOnABranch()
    {
        var hc = new HostConfig { Privileged = {|CTL1003:true|} };
        if (X) hc = new HostConfig();
        return hc;
    }
    static HostConfig JumpedOver()
    {
        var hc = new HostConfig { Privileged = {|CTL1003:true|} };
        if (X) goto Done;
        hc = new HostConfig();
        Done:
        return hc;
    }
    static HostConfig ReadByALocalFunction()
    {
        var hc = new HostConfig { UTSMode = {|CTL5005:""host""|} };
        Start();
        hc = new HostConfig();
        return hc;
        void Start() => System.Console.WriteLine(hc.UTSMode);
    }");

        [Fact]
        public Task Write_through_a_local_of_several_creations_replaces_what_the_initializer_of_each_set() => Verify(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig IfElse()
    {
        HostConfig hc;
        if (X) hc = new HostConfig { Privileged = true, PidMode = ""host"" };
        else hc = new HostConfig { NetworkMode = ""host"" };
        hc.Privileged = false;
        hc.PidMode = """";
        hc.NetworkMode = ""bridge"";
        return hc;
    }
    static HostConfig Conditional()
    {
        var hc = X ? new HostConfig { IpcMode = ""host"" } : new HostConfig();
        hc.IpcMode = ""private"";
        return hc;
    }
    static HostConfig NullThenSwitch(int level)
    {
        HostConfig hc = null;
        switch (level)
        {
            case 0: hc = new HostConfig { UTSMode = ""host"" }; break;
            default: hc = new HostConfig(); break;
        }
        hc.UTSMode = """";
        return hc;
    }");

        [Fact]
        public Task Write_through_a_local_of_several_creations_that_may_not_reach_a_creation_leaves_its_value() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig SameValueAgain()
    {
        HostConfig hc;
        if (X) hc = new HostConfig { Privileged = true };
        else hc = new HostConfig();
        hc.Privileged = {|#0:true|};
        return hc;
    }
    static HostConfig WrittenOnABranch()
    {
        HostConfig hc;
        if (X) hc = new HostConfig { NetworkMode = {|#1:""host""|} };
        else hc = new HostConfig();
        if (X) hc.NetworkMode = ""bridge"";
        return hc;
    }
    static HostConfig GivenANewOneBeforeTheWrite(System.Action<HostConfig> use)
    {
        var hc = new HostConfig { PidMode = {|#2:""host""|} };
        use(hc);
        hc = new HostConfig();
        hc.PidMode = """";
        return hc;
    }
    static HostConfig WrittenBeforeTheCreation(int[] items)
    {
        HostConfig hc = new HostConfig();
        foreach (var item in items)
        {
            hc.IpcMode = """";
            hc = new HostConfig { IpcMode = {|#3:""host""|} };
        }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            MayBeUndone("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 1),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 2),
            Definite("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 3));

        // A list-valued property assigned again holds the new list: what the earlier one held is gone on the paths the
        // assignment runs on.

        [Fact]
        public Task List_property_assigned_again_on_every_path_no_longer_holds_the_earlier_elements() => Verify(@"
    static void Validate() { }
    static HostConfig Initializer(List<string> configured)
    {
        var hc = new HostConfig
        {
            CapAdd = new List<string> { ""SYS_ADMIN"" },
            Binds = new List<string> { ""/var/run/docker.sock:/var/run/docker.sock"" },
            Devices = new List<DeviceMapping> { new DeviceMapping { PathOnHost = ""/dev/kmsg"" } },
            SecurityOpt = new List<string> { ""seccomp=unconfined"" },
            Tmpfs = new Dictionary<string, string> { [""/run""] = ""suid"" },
            MaskedPaths = new List<string>(),
            Mounts = new List<Mount> { new Mount { Type = ""bind"", Source = ""/etc"", Target = ""/etc"" } },
            DeviceCgroupRules = new List<string> { ""c 1:3 mr"" },
        };
        hc.CapAdd = new List<string>();
        hc.Binds = null;
        hc.Devices = new List<DeviceMapping>();
        hc.SecurityOpt = configured;
        hc.Tmpfs = new Dictionary<string, string> { [""/run""] = ""nosuid"" };
        hc.MaskedPaths = new List<string> { ""/proc/kcore"" };
        hc.Mounts = [];
        hc.DeviceCgroupRules = new List<string>(configured);
        return hc;
    }
    static HostConfig AddedThenReplaced()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        hc.CapAdd.Add(""SYS_ADMIN"");
        var binds = new List<string> { ""/etc:/etc"" };
        hc.Binds = binds;
        hc.Binds = new List<string> { ""/data:/data:ro"" };
        hc.CapAdd = new List<string> { ""CHOWN"" };
        return hc;
    }
    static HostConfig ReplacedOnEveryBranch(bool safe, string mode)
    {
        var hc = new HostConfig { CapAdd = new List<string> { ""SYS_ADMIN"" }, Binds = new List<string> { ""/etc:/etc"" } };
        if (safe) hc.CapAdd = new List<string>();
        else hc.CapAdd = null;
        try { Validate(); hc.Binds = new List<string>(); } catch (System.Exception) { hc.Binds = null; }
        return hc;
    }
    static HostConfig ThroughASharedLocal(bool debug)
    {
        HostConfig hc;
        if (debug) hc = new HostConfig { CapAdd = new List<string> { ""SYS_ADMIN"" } };
        else hc = new HostConfig();
        hc.CapAdd = new List<string>();
        return hc;
    }");

        [Fact]
        public Task List_property_assigned_again_on_some_paths_in_a_loop_a_lambda_or_after_a_return_leaves_the_earlier_elements_may_be_undone() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig OnABranch()
    {
        var hc = new HostConfig { CapAdd = new List<string> { {|#0:""SYS_ADMIN""|} } };
        if (X) hc.CapAdd = new List<string>();
        return hc;
    }
    static HostConfig InALoopOrALambda(int[] items)
    {
        var hc = new HostConfig { Binds = new List<string> { {|#1:""/etc:/etc""|} } };
        foreach (var item in items) hc.Binds = new List<string>();
        hc.Tmpfs = new Dictionary<string, string> { [""/run""] = {|#2:""suid""|} };
        System.Action clean = () => hc.Tmpfs = null;
        clean();
        return hc;
    }
    static HostConfig AfterAReturn()
    {
        var hc = new HostConfig { SecurityOpt = new List<string> { {|#3:""seccomp=unconfined""|} } };
        if (X) return hc;
        hc.SecurityOpt = new List<string>();
        return hc;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 0),
            MayBeUndone("CTL3003", Warning, "host path '/etc' is mounted writable", 1),
            MayBeUndone("CTL3005", Warning, "tmpfs options 'suid' turn on 'suid'", 2),
            MayBeUndone("CTL4002", Error, "security option 'seccomp=unconfined' is set", 3));

        [Fact]
        public Task List_property_that_a_later_assignment_may_give_its_earlier_list_back_keeps_the_elements() => Verify(@"
    static IList<string> _saved;
    static HostConfig ThroughALocal()
    {
        var hc = new HostConfig { CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} } };
        var caps = hc.CapAdd;
        hc.CapAdd = new List<string>();
        hc.CapAdd = caps;
        return hc;
    }
    static HostConfig Copied()
    {
        var hc = new HostConfig { Binds = new List<string> { {|CTL3003:""/etc:/etc""|} } };
        hc.Binds = new List<string>(hc.Binds);
        return hc;
    }
    static HostConfig TheSameListAgain()
    {
        var caps = new List<string>();
        var hc = new HostConfig { CapAdd = caps };
        hc.CapAdd.Add({|CTL2001:""SYS_PTRACE""|});
        hc.CapAdd = new List<string>();
        hc.CapAdd = caps;
        return hc;
    }
    static HostConfig ThroughAField()
    {
        var hc = new HostConfig { SecurityOpt = new List<string> { {|CTL4002:""seccomp=unconfined""|} } };
        _saved = hc.SecurityOpt;
        hc.SecurityOpt = new List<string>();
        hc.SecurityOpt = _saved;
        return hc;
    }");

        [Fact]
        public Task Missing_settings_are_read_from_the_list_a_property_is_assigned_last() => Verify(@"
    static HostConfig Emptied()
    {
        var hc = {|CTL2003:{|CTL4001:new HostConfig
        {
            CapDrop = new List<string> { ""ALL"" },
            SecurityOpt = new List<string> { ""no-new-privileges"" },
            ReadonlyRootfs = true,
        }|}|};
        hc.CapDrop = new List<string>();
        hc.SecurityOpt = new List<string> { ""label=type:svirt_apache_t"" };
        return hc;
    }
    static HostConfig UnknownListReplaced(List<string> configured)
    {
        var hc = {|CTL2003:new HostConfig { CapDrop = configured, SecurityOpt = configured, ReadonlyRootfs = true }|};
        hc.CapDrop = new List<string> { ""NET_RAW"" };
        return hc;
    }
    static HostConfig HardenedLater()
    {
        var hc = new HostConfig { CapDrop = new List<string>(), SecurityOpt = new List<string>(), ReadonlyRootfs = true };
        hc.CapDrop = new List<string> { ""ALL"" };
        hc.SecurityOpt = new List<string> { ""no-new-privileges"" };
        return hc;
    }
    static HostConfig MayBeReplaced(bool x, List<string> configured)
    {
        var hc = new HostConfig { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = configured, ReadonlyRootfs = true };
        if (x) hc.SecurityOpt = new List<string>();
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task Local_of_several_HostConfig_creations_reports_nothing_the_writes_through_it_lack_and_one_also_given_another_value_is_not_read() => Verify(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig Conditional()
    {
        var hc = X ? new HostConfig() : new HostConfig { Memory = 1 };
        hc.CapDrop = new List<string> { ""ALL"" };
        return hc;
    }
    static HostConfig MayBeAnInspectResponse(Docker.DotNet.IDockerClient client)
    {
        HostConfig hc;
        if (X) hc = new HostConfig();
        else hc = client.Containers.InspectContainerAsync(""x"").Result.HostConfig;
        hc.Privileged = true;
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task HostConfig_of_an_inspect_response_built_by_a_test_is_not_reported() => Verify(@"
    static ContainerInspectResponse Fake() => new ContainerInspectResponse
    {
        HostConfig = new HostConfig { Privileged = true, PidMode = ""host"" },
        Config = new Config { User = ""root"" },
    };", reportOmissions: true);

        [Fact]
        public Task HostConfig_kept_in_a_field_or_property_reports_what_it_sets_but_not_what_it_lacks() => Verify(@"
    HostConfig Hc { get; } = new HostConfig { PidMode = {|CTL5001:""host""|} };
    readonly HostConfig _hc = new();
    HostConfig _later;
    Program(bool ro)
    {
        Hc.ReadonlyRootfs = ro;
        _hc.CapDrop = new List<string> { ""ALL"" };
        _later = new HostConfig();
        dynamic d = new HostConfig();
        d.ReadonlyRootfs = true;
    }", reportOmissions: true);

        [Fact]
        public Task Writes_through_a_pattern_variable_count_as_writes_to_what_it_tests() => Verify(@"
    static void Configure(CreateContainerParameters p)
    {
        if (p.HostConfig is { } hc) hc.IpcMode = {|CTL5002:""host""|};
        if (p.HostConfig is HostConfig typed) { typed.Privileged = {|CTL1003:true|}; }
    }");

        [Fact]
        public Task Host_network_on_an_arm_of_a_switch_expression_is_reported_at_that_arm() => Verify(@"
    const string Host = ""host"";
    static HostConfig Create(string environment) => new HostConfig
    {
        NetworkMode = environment switch { ""ci"" => {|CTL5003:Host|}, ""local"" => {|CTL5003:""HOST""|}, _ => ""bridge"" },
    };");

        [Fact]
        public Task Switch_expression_whose_arms_are_all_safe_is_not_reported() => Verify(@"
    static HostConfig Create(int level) => new HostConfig { PidMode = level switch { 0 => ""private"", _ => ""container:sidecar"" }, Privileged = level switch { _ => false } };");

        [Fact]
        public Task Writes_to_an_inspect_response_are_not_reported() => Verify(@"
    static void Change(ContainerInspectResponse inspect)
    {
        inspect.HostConfig.Privileged = true;
        inspect.HostConfig.CapAdd = new List<string> { ""SYS_ADMIN"" };
    }");

        [Fact]
        public Task Look_alike_HostConfig_in_another_namespace_is_not_reported() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(@"
namespace MyApp.Models
{
    class HostConfig { public bool Privileged { get; set; } public System.Collections.Generic.IList<string>? CapAdd { get; set; } }
    class Program
    {
        static HostConfig Create() => new HostConfig { Privileged = true, CapAdd = new System.Collections.Generic.List<string> { ""SYS_ADMIN"" } };
    }
}");

        // Classes of the project that derive from a model

        [Fact]
        public Task Settings_written_in_the_constructor_of_a_HostConfig_subclass_are_reported() => Verify(@"
    class DindHostConfig : HostConfig
    {
        public DindHostConfig()
        {
            Privileged = {|CTL1003:true|};
            this.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
            PidMode = ""host"";
            PidMode = ""private"";
        }
    }
    class Nested : DindHostConfig
    {
        public Nested() => IpcMode = {|CTL5002:""host""|};
    }
    partial class Split : HostConfig { }
    partial class Split
    {
        public Split() { NetworkMode = {|CTL5003:""host""|}; }
    }", reportOmissions: true);

        [Fact]
        public Task Settings_written_through_base_in_the_constructor_of_a_model_subclass_are_reported() => Verify(@"
    class DindHostConfig : HostConfig
    {
        public DindHostConfig()
        {
            base.Privileged = {|CTL1003:true|};
            base.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
            base.PidMode = ""host"";
            PidMode = ""private"";
        }
    }
    class Nested : DindHostConfig
    {
        public Nested() => base.IpcMode = {|CTL5002:""host""|};
    }
    class RootParams : CreateContainerParameters
    {
        public RootParams() { base.User = {|CTL1001:""root""|}; }
    }");

        [Fact]
        public Task Root_user_set_in_the_constructor_of_a_parameters_subclass_is_reported() => Verify(@"
    class RootParams : CreateContainerParameters
    {
        public RootParams() { User = {|CTL1001:""root""|}; HostConfig = new HostConfig { Privileged = {|CTL1003:true|} }; }
    }
    class RootExec : ContainerExecCreateParameters
    {
        public RootExec() : base() { this.Privileged = {|CTL1003:true|}; }
    }");

        [Fact]
        public Task Creation_of_a_HostConfig_subclass_is_read_as_a_HostConfig() => Verify(@"
    class DindHostConfig : HostConfig { }
    class RootParams : CreateContainerParameters { }
    static object Initializer() => new DindHostConfig { PidMode = {|CTL5001:""host""|} };
    static object Later()
    {
        var hc = new DindHostConfig();
        hc.Privileged = {|CTL1003:true|};
        hc.Binds = new List<string> { {|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|} };
        var p = new RootParams { User = {|CTL1001:""0""|} };
        p.HostConfig = hc;
        return p;
    }
    static object Replaced()
    {
        var hc = new DindHostConfig { Privileged = true };
        hc.Privileged = false;
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task Nested_HostConfig_initializer_on_a_parameters_subclass_is_read() => Verify(@"
    class MyParams : CreateContainerParameters
    {
        public MyParams()
        {
            User = ""app"";
            HostConfig = new HostConfig { Binds = new List<string>(), CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true };
        }
    }
    static object Create() => new MyParams { Image = ""a"", HostConfig = { Binds = { {|CTL3002:""/proc:/p""|} }, Privileged = {|CTL1003:true|} } };");

        [Fact]
        public Task Nested_HostConfig_initializer_on_a_parameters_subclass_is_read_in_top_level_statements() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(TopLevel(@"
await client.Containers.CreateContainerAsync(new MyParams { Image = ""a"", HostConfig = { Binds = { {|#0:""/proc:/p""|} }, Privileged = {|#1:true|} } });

class MyParams : CreateContainerParameters
{
    public MyParams()
    {
        User = ""app"";
        HostConfig = new HostConfig { Binds = new List<string>(), CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } };
    }
}
"), DockerLibrary.DockerDotNet, topLevel: true,
            Definite("CTL3002", Error, "host path '/proc' is mounted writable", 0),
            Definite("CTL1003", Error, "the container runs privileged", 1));

        [Fact]
        public Task Nested_HostConfig_initializer_on_a_parameters_subclass_is_read_with_later_writes_and_mounts() => Verify(@"
    class MyParams : CreateContainerParameters { public MyParams() { HostConfig = new HostConfig { Mounts = new List<Mount>() }; } }
    class Derived : MyParams { }
    static object Undone()
    {
        var p = new MyParams { HostConfig = { Privileged = true, PidMode = {|CTL5001:""host""|} } };
        p.HostConfig.Privileged = false;
        p.HostConfig.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        return p;
    }
    static object Mounted() => new Derived
    {
        User = {|CTL1001:""root""|},
        HostConfig = { Mounts = { {|CTL3004:new Mount { Type = ""bind"", Source = ""/var/run/docker.sock"", Target = ""/var/run/docker.sock"" }|} } },
    };");

        [Fact]
        public Task Writes_through_the_HostConfig_a_parameters_subclass_constructor_makes_are_reported() => Verify(@"
    class MyParams : CreateContainerParameters { public MyParams() { HostConfig = new HostConfig(); } }
    CreateContainerParameters _p;
    MyParams _q;
    void Field()
    {
        _p = new MyParams { HostConfig = { Privileged = {|CTL1003:true|} } };
        _p.HostConfig.PidMode = {|CTL5001:""host""|};
        _q = new MyParams { HostConfig = { IpcMode = {|CTL5002:""host""|} } };
        _q.HostConfig.PidMode = {|CTL5001:""host""|};
    }
    static object Later()
    {
        var p = new MyParams();
        p.HostConfig.Privileged = {|CTL1003:true|};
        var hc = p.HostConfig;
        hc.Binds.Add({|CTL3002:""/proc:/p""|});
        return p;
    }");

        [Fact]
        public Task Nested_HostConfig_initializer_not_read_where_it_throws_or_is_replaced() => Verify(@"
    class MyParams : CreateContainerParameters { public MyParams() { HostConfig = new HostConfig(); } }
    static object Plain() => new CreateContainerParameters { HostConfig = { Privileged = true } };
    static object Replaced()
    {
        var p = new MyParams { HostConfig = { Privileged = true } };
        p.HostConfig = new HostConfig { PidMode = {|CTL5001:""host""|} };
        return p;
    }");

        [Fact]
        public Task Subclass_settings_from_parameters_are_not_reported() => Verify(@"
    class DindHostConfig : HostConfig
    {
        public DindHostConfig(bool privileged, string user) { Privileged = privileged; CapAdd = new List<string> { user }; }
    }
    class Params : CreateContainerParameters
    {
        public Params(string user) { User = user; }
    }
    static object Create(string mode) => new DindHostConfig(true, ""x"") { PidMode = mode };");

        [Fact]
        public Task Subclass_of_a_look_alike_HostConfig_is_not_reported() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(@"
namespace MyApp.Models
{
    class HostConfig { public bool Privileged { get; set; } public string? PidMode { get; set; } }
    class CreateContainerParameters { public string? User { get; set; } }
    class DindHostConfig : HostConfig { public DindHostConfig() { Privileged = true; } }
    class RootParams : CreateContainerParameters { public RootParams() { this.User = ""root""; } }
    class Program
    {
        static object Create() => new DindHostConfig { PidMode = ""host"" };
        static object Params() => new RootParams { User = ""root"" };
    }
}");

        [Fact]
        public Task Privileged_exec_is_reported() => Verify(@"
    static ContainerExecCreateParameters Create() => new ContainerExecCreateParameters { Privileged = {|CTL1003:true|}, User = {|CTL1001:""root""|} };");

        [Fact]
        public Task Exec_findings_say_the_exec_process_not_the_container() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static ContainerExecCreateParameters Create(bool debug) => new ContainerExecCreateParameters { Privileged = {|#0:true|}, User = debug ? {|#1:""root""|} : ""app"" };"),
            DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the exec process runs privileged", 0),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL1001", Warning).WithLocation(1)
                .WithArguments("the exec process runs as user 'root' on one branch of a conditional, so it may apply"));

        [Fact]
        public Task Privileged_true_in_Enhanced_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { Privileged = {|CTL1003:true|} };", DockerLibrary.DockerDotNetEnhanced);

        // CTL1001 user

        [Theory]
        [InlineData(DockerLibrary.DockerDotNetEnhanced)]
        [InlineData(DockerLibrary.DockerDotNetEnhanced44)]
        public Task Every_kind_of_setting_is_read_in_Enhanced_4_3_and_4_4(DockerLibrary library) => Verify(@"
    static CreateContainerParameters Create() => new CreateContainerParameters
    {
        User = {|CTL1001:""root""|},
        HostConfig = new HostConfig
        {
            Privileged = {|CTL1003:true|},
            CapAdd = [{|CTL2001:""SYS_ADMIN""|}],
            Binds = [{|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|}],
            Mounts = [new Mount { Type = ""bind"", Source = ""/srv"", Target = ""/srv"", BindOptions = new BindOptions { Propagation = {|CTL3007:""rshared""|} } }],
            Tmpfs = new Dictionary<string, string> { [""/run""] = {|CTL3005:""suid""|} },
            SecurityOpt = [{|CTL4002:""seccomp=unconfined""|}],
            Devices = [{|CTL3001:new DeviceMapping { PathOnHost = ""/dev/kmsg"", PathInContainer = ""/dev/kmsg"" }|}],
            PidMode = {|CTL5001:""host""|},
        },
    };
    static ContainerExecCreateParameters Exec() => new ContainerExecCreateParameters { User = {|CTL1001:""0""|}, Privileged = {|CTL1003:true|} };", library);

        [Fact]
        public Task Collection_expression_elements_in_parentheses_or_with_null_forgiving_are_read() => Verify(@"
    static HostConfig Create(bool debug) => new HostConfig
    {
        CapAdd = [({|CTL2001:""SYS_ADMIN""|}), {|CTL2001:""SYS_PTRACE""|}!, ((debug ? {|CTL2001:""SYS_BOOT""|} : ""CHOWN""))],
        Binds = [({|CTL3003:""/etc"" + "":/host/etc""|})],
        SecurityOpt = [({|CTL4002:""seccomp=unconfined""|})!, ""no-new-privileges""],
        CapDrop = [(""ALL"")],
        ReadonlyRootfs = true,
    };");

        [Fact]
        public Task Root_user_of_create_parameters_is_reported() => Verify(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { Image = ""alpine"", User = {|CTL1001:""root""|} };");

        [Fact]
        public Task Root_user_of_Config_is_reported() => Verify(@"
    static Config Create() => new Config { User = {|CTL1001:""0:0""|} };");

        [Fact]
        public Task Root_user_of_Enhanced_ContainerConfig_is_reported() => Verify(@"
    static ContainerConfig Create() => new ContainerConfig { User = {|CTL1001:""root""|} };", DockerLibrary.DockerDotNetEnhanced);

        [Fact]
        public Task Non_root_user_is_not_reported() => Verify(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = ""10001:10001"" };");

        [Fact]
        public Task Root_user_assigned_after_construction_is_reported() => Verify(@"
    static CreateContainerParameters Create()
    {
        var p = new CreateContainerParameters();
        p.User = {|CTL1001:""root""|};
        return p;
    }");

        [Fact]
        public Task Root_user_from_a_const_concatenation_is_reported() => Verify(@"
    const string Name = ""ro"";
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:Name + ""ot""|} };");

        [Fact]
        public Task User_from_a_parameter_is_not_reported() => Verify(@"
    static CreateContainerParameters Create(string user) => new CreateContainerParameters { User = user };");

        [Fact]
        public Task Root_as_the_fallback_of_a_coalesce_is_reported() => Verify(@"
    const string Root = ""root"";
    static CreateContainerParameters Create(string configured) => new CreateContainerParameters { User = configured ?? {|CTL1001:Root|} };
    static ContainerExecCreateParameters Exec(string configured) => new ContainerExecCreateParameters { User = (configured ?? {|CTL1001:""0""|}) };");

        [Fact]
        public Task Writes_through_a_HostConfig_assigned_with_coalesce_assignment_are_read() => Verify(@"
    static CreateContainerParameters Create()
    {
        var p = new CreateContainerParameters();
        p.HostConfig ??= new HostConfig();
        p.HostConfig.Privileged = {|CTL1003:true|};
        return p;
    }");

        [Fact]
        public Task HostConfig_created_only_when_there_is_none_reports_no_omissions_but_what_it_sets() => Verify(@"
    static void Limit(CreateContainerParameters parameters)
    {
        parameters.HostConfig ??= new HostConfig();
        parameters.HostConfig.Memory = 1024;
    }
    static HostConfig Or(HostConfig existing) => existing ?? new HostConfig { Memory = 1024 };
    static void Privileged(CreateContainerParameters parameters) => parameters.HostConfig ??= new HostConfig { Privileged = {|CTL1003:true|} };", reportOmissions: true);

        [Fact]
        public Task HostConfig_assigned_with_coalesce_assignment_and_hardened_afterwards_misses_nothing() => Verify(@"
    static CreateContainerParameters Create()
    {
        var p = new CreateContainerParameters();
        p.HostConfig ??= new HostConfig();
        p.HostConfig.ReadonlyRootfs = true;
        p.HostConfig.CapDrop = new List<string> { ""ALL"" };
        p.HostConfig.SecurityOpt = new List<string> { ""no-new-privileges"" };
        return p;
    }", reportOmissions: true);

        [Fact]
        public Task Nested_object_given_with_coalesce_assignment_is_read() => Verify(@"
    static HostConfig Create()
    {
        var mount = new Mount { Type = ""bind"", Source = ""/data"", Target = ""/data"" };
        mount.BindOptions ??= new BindOptions { Propagation = {|CTL3007:""rshared""|} };
        return new HostConfig { Mounts = new List<Mount> { mount } };
    }");

        [Fact]
        public Task Add_on_the_list_a_coalesce_assignment_evaluates_to_is_read() => Verify(@"
    static void Configure(CreateContainerParameters p)
    {
        (p.HostConfig.CapAdd ??= new List<string>()).Add({|CTL2001:""SYS_ADMIN""|});
        (p.HostConfig.Binds ??= new List<string>()).Add({|CTL3002:""/proc:/host/proc""|});
        (p.HostConfig.Tmpfs ??= new Dictionary<string, string>())[""/run""] = {|CTL3005:""exec,suid""|};
        var options = p.HostConfig.SecurityOpt ??= new List<string>();
        options.Add({|CTL4003:""apparmor:unconfined""|});
    }
    static HostConfig Create()
    {
        var hc = new HostConfig { CapDrop = new List<string> { ""ALL"" } };
        (hc.Binds ??= new List<string>()).Add({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|});
        return hc;
    }");

        [Fact]
        public Task Add_on_the_list_an_assignment_evaluates_to_is_read() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        (hc.CapAdd = new List<string>()).Add({|CTL2001:""SYS_ADMIN""|});
        return hc;
    }");

        [Fact]
        public Task Collections_created_with_coalesce_assignment_and_filled_by_Add_are_read() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        hc.CapDrop ??= new List<string>();
        hc.CapDrop.Add(""ALL"");
        hc.CapAdd ??= new List<string>();
        hc.CapAdd.Add({|CTL2001:""SYS_ADMIN""|});
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task Elements_of_a_collection_given_with_coalesce_assignment_are_reported() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        hc.CapAdd ??= new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        hc.Binds ??= [{|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|}];
        return hc;
    }");

        [Fact]
        public Task Add_calls_through_null_conditional_access_are_read() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { Binds = new List<string>(), CapAdd = new List<string>() };
        hc?.Binds?.Add({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|});
        hc.CapAdd?.Add({|CTL2001:""SYS_ADMIN""|});
        return hc;
    }");

        [Fact]
        public Task Entries_added_by_Insert_InsertRange_and_TryAdd_are_read() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>(), Tmpfs = new Dictionary<string, string>() };
        hc.CapAdd.Insert(0, {|CTL2001:""SYS_ADMIN""|});
        ((List<string>)hc.CapAdd).InsertRange(1, new[] { {|CTL2002:""NET_ADMIN""|} });
        ((Dictionary<string, string>)hc.Tmpfs).TryAdd(""/run"", {|CTL3005:""suid""|});
        return hc;
    }");

        // The static form of the extension changes the dictionary as the instance form does: no use of the one replaced after it.
        [Fact]
        public Task Tmpfs_changed_by_the_static_TryAdd_then_replaced_is_not_reported() => Verify(@"
    static HostConfig Replaced()
    {
        var hc = new HostConfig { Tmpfs = new Dictionary<string, string>() };
        hc.Tmpfs.Add(""/t"", ""suid"");
        System.Collections.Generic.CollectionExtensions.TryAdd(hc.Tmpfs, ""/u"", ""dev"");
        var tmpfs = new Dictionary<string, string>();
        tmpfs.TryAdd(""/v"", {|CTL3005:""rw,suid""|});
        hc.Tmpfs = tmpfs;
        return hc;
    }", DockerLibrary.DockerDotNetEnhanced44);

        // Arguments are in the order they are evaluated: named ones out of order are matched to their parameters.
        [Fact]
        public Task Entries_added_with_named_arguments_out_of_order_are_read() => Verify(@"
    static HostConfig Added()
    {
        var hc = new HostConfig { Tmpfs = new Dictionary<string, string>() };
        hc.Tmpfs.Add(value: {|CTL3005:""suid""|}, key: ""/t"");
        System.Collections.Generic.CollectionExtensions.TryAdd(hc.Tmpfs, value: {|CTL3006:""dev""|}, key: ""/u"");
        return hc;
    }
    static HostConfig Local()
    {
        var tmpfs = new Dictionary<string, string>();
        tmpfs.TryAdd(value: {|CTL3005:""rw,suid""|}, key: ""/v"");
        return new HostConfig { Tmpfs = tmpfs };
    }", DockerLibrary.DockerDotNetEnhanced44);

        // HostConfig.Tmpfs is an IDictionary: its TryAdd is the CollectionExtensions extension, read as Dictionary.TryAdd is.
        [Theory]
        [InlineData(DockerLibrary.DockerDotNet)]
        [InlineData(DockerLibrary.DockerDotNetEnhanced44)]
        public Task Tmpfs_entry_added_by_the_TryAdd_extension_on_the_property_is_read(DockerLibrary library) => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { Tmpfs = new Dictionary<string, string>() };
        hc.Tmpfs.TryAdd(""/t"", {|CTL3005:""suid""|});
        System.Collections.Generic.CollectionExtensions.TryAdd(hc.Tmpfs, ""/u"", {|CTL3006:""dev""|});
        return hc;
    }
    static HostConfig Removed()
    {
        var hc = new HostConfig { Tmpfs = new Dictionary<string, string>() };
        hc.Tmpfs.TryAdd(""/t"", ""suid"");
        hc.Tmpfs.Remove(""/t"");
        return hc;
    }", library);

        [Fact]
        public Task Elements_a_foreach_loop_adds_are_read() => Verify(@"
    static readonly string[] Sockets = { ""/var/run/docker.sock:/var/run/docker.sock"" };
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>(), Binds = new List<string>() };
        foreach (var cap in new[] { ""CHOWN"", {|CTL2001:""SYS_ADMIN""|} }) hc.CapAdd.Add(cap);
        var devices = new List<string> { {|CTL3003:""/etc:/host-etc""|} };
        foreach (var bind in devices)
        {
            hc.Binds.Add(bind);
        }
        foreach (var socket in {|CTL3004:Sockets|}) hc.Binds.Add(socket);
        foreach (var cap in new[] { {|CTL2002:""NET_ADMIN""|} }) hc.CapAdd.Insert(0, cap);
        return hc;
    }");

        [Fact]
        public Task Capabilities_a_foreach_loop_drops_count_and_loops_over_parameters_are_not_reported() => Verify(@"
    static HostConfig Create(string[] configured)
    {
        var hc = new HostConfig { ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" }, CapDrop = new List<string>(), CapAdd = new List<string>() };
        foreach (var cap in new[] { ""ALL"" }) hc.CapDrop.Add(cap);
        foreach (var cap in configured) hc.CapAdd.Add(cap);
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task Root_written_with_coalesce_assignment_is_reported() => Verify(@"
    static void Harden(CreateContainerParameters p, HostConfig unused)
    {
        p.User ??= {|CTL1001:""root""|};
        p.HostConfig.Tmpfs ??= new Dictionary<string, string>();
        p.HostConfig.Tmpfs[""/run""] ??= {|CTL3005:""suid""|};
    }");

        [Fact]
        public Task Non_root_fallback_of_a_coalesce_is_not_reported() => Verify(@"
    static CreateContainerParameters Create(string configured) => new CreateContainerParameters { User = configured ?? ""10001:10001"" };");

        [Fact]
        public Task Create_parameters_do_not_report_omissions() => Verify(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = ""app"" };", reportOmissions: true);

        // CTL2001 / CTL2002 / CTL9004 / CTL2003 capabilities

        [Fact]
        public Task Near_root_capability_in_collection_initializer_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|}, {|CTL2002:""NET_ADMIN""|} } };");

        [Fact]
        public Task Capability_in_collection_expression_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { CapAdd = [{|CTL2001:""CAP_SYS_PTRACE""|}, ""CHOWN""] };");

        [Fact]
        public Task Capability_in_array_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { CapAdd = new[] { {|CTL2001:""ALL""|} } };");

        [Fact]
        public Task Capability_added_to_the_property_after_construction_is_reported() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        hc.CapAdd.Add({|CTL2001:""SYS_MODULE""|});
        return hc;
    }");

        [Fact]
        public Task Capability_added_to_a_local_list_that_reaches_the_property_is_reported() => Verify(@"
    static HostConfig Create()
    {
        var caps = new List<string>();
        caps.Add({|CTL2002:""SYS_TIME""|});
        return new HostConfig { CapAdd = caps };
    }");

        [Fact]
        public Task Static_readonly_collection_whose_elements_a_member_of_its_class_changes_is_not_read() => Verify(@"
    static readonly string[] Dirs = { ""/etc"", ""/proc"" };
    static readonly List<string> DirList = new List<string> { ""/etc"" };
    static readonly string[] Caps = [""SYS_ADMIN""];
    static readonly string[] Filled = [""SYS_PTRACE""];
    static readonly string[] Tupled = [""SYS_MODULE""];
    static readonly List<string> Unchanged = [""SYS_TIME""];
    public static void Mutate(int i)
    {
        Dirs[0] = ""/data"";
        Program.DirList.Clear();
        Caps[i] += ""_X"";
        System.Array.Fill(Filled, ""CHOWN"");
        (Tupled[0], i) = (""CHOWN"", 1);
        System.Console.WriteLine(string.Join("","", Unchanged) + Unchanged[0] + Unchanged.Count);
    }
    static HostConfig Create()
    {
        var hc = new HostConfig { Binds = new List<string>(), CapAdd = [.. Caps, .. Filled, .. Tupled, .. {|CTL2002:Unchanged|}] };
        foreach (var d in Dirs) hc.Binds.Add(d + "":"" + d);
        foreach (var d in DirList) hc.Binds.Add(d + "":"" + d);
        return hc;
    }");

        [Theory]
        [InlineData(DockerLibrary.DockerDotNet)]
        [InlineData(DockerLibrary.DockerDotNetEnhanced44)]
        public Task Static_readonly_dictionary_of_constants_is_read_as_a_static_readonly_list_is(DockerLibrary library) => Verify(@"
    static readonly Dictionary<string, string> Tmp = new() { [""/t""] = ""suid"" };
    static readonly Dictionary<string, string> Pairs = new Dictionary<string, string> { { ""/run"", ""nodev,dev"" }, { ""/t"", ""nosuid"" } };
    static readonly Dictionary<string, string> BindEtc = new() { [""type""] = ""none"", [""o""] = ""bind"", [""device""] = ""/etc"" };
    static readonly Dictionary<string, string> Safe = new() { [""/t""] = ""suid"", [""/t""] = ""nosuid"" };
    static HostConfig Field() => new HostConfig { Tmpfs = {|CTL3005:Tmp|} };
    static HostConfig Copy() => new HostConfig { Tmpfs = new Dictionary<string, string>({|CTL3005:Tmp|}) };
    static HostConfig CollectionInitializer() => new HostConfig { Tmpfs = {|CTL3006:Pairs|} };
    static HostConfig Overwritten() => new HostConfig { Tmpfs = Safe };
    static Mount Volume() => {|CTL3003:new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Name = ""local"", Options = {|CTL3005:{|CTL3006:BindEtc|}|} } },
    }|};", library);

        // A StringComparer member decides how the keys compare; the entries are the same.
        [Fact]
        public Task Static_readonly_dictionary_made_with_a_string_comparer_is_read_as_one_without() => Verify(@"
    static readonly Dictionary<string, string> Ordinal = new(System.StringComparer.Ordinal) { [""/b""] = ""suid"" };
    static readonly Dictionary<string, string> Typed = new Dictionary<string, string>(global::System.StringComparer.InvariantCulture) { { ""/c"", ""dev"" } };
    static readonly Dictionary<string, string> IgnoreCase = new(System.StringComparer.OrdinalIgnoreCase) { [""/d""] = ""suid"", [""/D""] = ""nosuid"" };
    static HostConfig Target() => new HostConfig { Tmpfs = {|CTL3005:Ordinal|} };
    static HostConfig Collection() => new HostConfig { Tmpfs = {|CTL3006:Typed|} };
    static HostConfig KeyOfOtherCase() => new HostConfig { Tmpfs = IgnoreCase };");

        [Fact]
        public Task Static_readonly_dictionary_its_class_changes_or_built_from_other_values_is_not_read() => Verify(@"
    static readonly Dictionary<string, string> Tmp = new() { [""/t""] = ""suid"" };
    static readonly Dictionary<string, string> Added = new() { [""/t""] = ""suid"" };
    static readonly Dictionary<string, string> Configured = new() { [""/t""] = System.Environment.GetEnvironmentVariable(""TMPFS"") };
    static readonly System.StringComparer KeyComparer = System.StringComparer.Ordinal;
    static readonly Dictionary<string, string> Compared = new(KeyComparer) { [""/t""] = ""suid"" };
    public static void Harden()
    {
        Tmp[""/t""] = ""nosuid"";
        Added.Clear();
    }
    static HostConfig Create(bool x) => x
        ? new HostConfig { Tmpfs = Tmp }
        : new HostConfig { Tmpfs = x ? Added : Configured };
    static HostConfig Other() => new HostConfig { Tmpfs = Compared };");

        [Fact]
        public Task Static_readonly_field_the_static_constructor_assigns_or_changes_is_not_read_as_its_initializer() => Verify(@"
    static readonly string User = ""root"";
    static readonly string Ipc = ""host"";
    static readonly List<string> Caps = new List<string> { ""SYS_ADMIN"" };
    static readonly string Pid = ""host"";
    static Program()
    {
        User = System.Environment.GetEnvironmentVariable(""APP_USER"") ?? ""app"";
        Ipc = ""private"";
        Caps.Clear();
    }
    static CreateContainerParameters Create() => new CreateContainerParameters
    {
        User = User,
        HostConfig = new HostConfig { IpcMode = Ipc, CapAdd = Caps, PidMode = {|CTL5001:Pid|} },
    };");

        [Fact]
        public Task Proc_or_sys_mount_whose_read_only_flag_is_not_known_is_reported_as_sensitive() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(string target, bool ro) => new HostConfig
    {
        Binds = new List<string> { {|#0:""/sys:"" + target|}, {|#1:$""/proc:{target}""|} },
        Mounts = new List<Mount> { {|#2:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"", ReadOnly = ro }|} },
    };"), DockerLibrary.DockerDotNet,
            Definite("CTL3003", Warning, "host path '/sys' is mounted", 0),
            Definite("CTL3003", Warning, "host path '/proc' is mounted", 1),
            Definite("CTL3003", Warning, "host path '/proc' is mounted", 2));

        [Fact]
        public Task Proc_mount_read_only_unless_a_nullable_flag_says_otherwise_is_not_known_to_be_read_only() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool? given, bool b) => new HostConfig
    {
        Mounts = new List<Mount>
        {
            {|#0:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"", ReadOnly = given ?? true }|},
            {|#1:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/s"", ReadOnly = b ? true : given }|},
            {|#2:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/q"", ReadOnly = b ? true : null }|},
        },
    };"), DockerLibrary.DockerDotNetEnhanced,
            Definite("CTL3003", Warning, "host path '/proc' is mounted", 0),
            Definite("CTL3003", Warning, "host path '/sys' is mounted", 1),
            May("CTL3002", Error, "host path '/proc' is mounted writable", 2));

        [Fact]
        public Task Values_built_from_a_foreach_variable_over_a_constant_array_are_read_for_each_element() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { Devices = new List<DeviceMapping>(), Binds = new List<string>() };
        foreach (var dev in new[] { ""/dev/kvm"" })
            hc.Devices.Add({|#0:new DeviceMapping { PathOnHost = dev, PathInContainer = dev, CgroupPermissions = ""rwm"" }|});
        foreach (var path in new[] { ""/etc"", ""/srv/data"" })
            hc.Binds.Add({|#1:path + "":"" + path|});
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3001", Warning, "host device '/dev/kvm' is exposed", 0),
            Definite("CTL3003", Warning, "host path '/etc' is mounted writable", 1));

        [Fact]
        public Task Settings_used_before_a_change_on_some_paths_are_reported_as_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static async System.Threading.Tasks.Task Scalar(Docker.DotNet.IDockerClient client, bool x)
    {
        var p = new CreateContainerParameters { User = {|#0:""root""|}, HostConfig = new HostConfig { Privileged = {|#1:true|}, CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } } };
        await client.Containers.CreateContainerAsync(p);
        if (x) p.HostConfig.Privileged = false;
        if (x) p.User = ""app"";
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task List(Docker.DotNet.IDockerClient client, bool x)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = new List<string> { {|#2:""SYS_ADMIN""|} }, CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } } };
        await client.Containers.CreateContainerAsync(p);
        if (x) p.HostConfig.CapAdd = new List<string>();
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task Replaced(Docker.DotNet.IDockerClient client, bool x)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { PidMode = {|#3:""host""|}, CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } } };
        await client.Containers.CreateContainerAsync(p);
        if (x) p.HostConfig = new HostConfig { CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task UsedAfter(Docker.DotNet.IDockerClient client, bool x)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = {|#4:true|}, CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } } };
        if (x) p.HostConfig.Privileged = false;
        await client.Containers.CreateContainerAsync(p);
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1001", Warning, "user 'root'", 0),
            Definite("CTL1003", Error, "the container runs privileged", 1),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 2),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 3),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 4));

        [Fact]
        public Task Foreach_over_a_static_readonly_array_or_an_array_local_reads_each_element() => Verify(@"
    private static readonly string[] HostDirs = { ""/etc"", ""/proc"" };
    private static readonly string[] Sockets = [""/var/run/docker.sock""];
    static HostConfig Create()
    {
        var hc = new HostConfig { Binds = new List<string>() };
        foreach (var dir in HostDirs) hc.Binds.Add({|CTL3002:{|CTL3003:dir + "":/host"" + dir|}|});
        foreach (var socket in Sockets) hc.Binds.Add({|CTL3004:socket + "":"" + socket|});
        string[] local = [""/sys""];
        foreach (var dir in local) hc.Binds.Add({|CTL3002:dir + "":"" + dir|});
        return hc;
    }");

        [Fact]
        public Task Array_or_collection_expression_locals_changed_before_use_are_not_read_with_their_first_elements() => Verify(@"
    static void Fill(string[] dirs) { }
    static HostConfig Written()
    {
        var hc = new HostConfig { Binds = new List<string>(), CapDrop = new List<string> { ""ALL"" } };
        string[] dirs = { ""/etc"" };
        dirs[0] = ""/srv/data"";
        foreach (var d in dirs) hc.Binds.Add(d + "":/data"");
        return hc;
    }
    static HostConfig Aliased()
    {
        var hc = new HostConfig { Binds = new List<string>() };
        string[] dirs = { ""/etc"" };
        var same = dirs;
        same[0] = ""/srv/data"";
        foreach (var d in dirs) hc.Binds.Add(d + "":/data"");
        return hc;
    }
    static HostConfig Handed()
    {
        var hc = new HostConfig { Binds = new List<string>() };
        string[] dirs = { ""/etc"" };
        Fill(dirs);
        foreach (var d in dirs) hc.Binds.Add(d + "":/data"");
        return hc;
    }
    static HostConfig ArrayWritten()
    {
        var caps = new[] { ""SYS_ADMIN"" };
        caps[0] = ""CHOWN"";
        return new HostConfig { CapAdd = caps };
    }
    static HostConfig Cleared()
    {
        List<string> caps = [""SYS_ADMIN""];
        caps.Clear();
        return new HostConfig { CapAdd = caps };
    }
    static HostConfig Removed()
    {
        List<string> caps = [""SYS_ADMIN""];
        caps.Remove(""SYS_ADMIN"");
        return new HostConfig { CapAdd = [.. caps, ""CHOWN""] };
    }");

        [Fact]
        public Task Spread_of_a_known_collection_in_a_collection_expression_reads_its_elements() => Verify(@"
    private const string Cap = ""SYS_PTRACE"";
    private static readonly string[] DebugCaps = { ""SYS_PTRACE"" };
    static HostConfig Field() => new HostConfig { CapAdd = [.. {|CTL2001:DebugCaps|}, {|CTL2002:""NET_ADMIN""|}] };
    static HostConfig Array() => new HostConfig { CapAdd = [.. new[] { {|CTL2001:Cap|} }] };
    static HostConfig Local()
    {
        string[] binds = [{|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|}];
        return new HostConfig { Binds = [.. binds, ""/srv:/srv""] };
    }
    static HostConfig Unknown(List<string> caps) => new HostConfig { CapAdd = [.. caps, {|CTL2001:""SYS_ADMIN""|}] };");

        // Audit 56 S3: LINQ's Append, Prepend, Concat and Union over known collections, as a spread is read.
        [Fact]
        public Task Constants_added_with_LINQ_are_read_as_a_spread_s_are() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(@"
using System.Collections.Generic;
using System.Linq;
using Docker.DotNet.Models;

class Program
{
    static HostConfig Appended(List<string> binds) => new HostConfig { Binds = binds.Append({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|}).ToList() };
    static HostConfig Concatenated() => new HostConfig { CapAdd = new[] { ""NET_BIND_SERVICE"" }.Concat([{|CTL2001:""SYS_ADMIN""|}]).ToList() };
    static HostConfig Prepended() => new HostConfig { CapAdd = new List<string> { ""KILL"" }.Prepend({|CTL2001:""SYS_ADMIN""|}).ToArray() };
    static HostConfig United(string[] caps) => new HostConfig { CapAdd = caps.Union(new[] { {|CTL2001:""SYS_ADMIN""|} }).Distinct().ToList() };
    static void Modifier(CreateContainerParameters p) => p.HostConfig.Binds = (p.HostConfig.Binds ?? []).Append({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|}).ToList();
    static HostConfig Safe(List<string> caps) => new HostConfig { CapAdd = caps.Append(""NET_BIND_SERVICE"").ToList() };
}
");

        [Fact]
        public Task Integer_constants_in_a_user_are_read() => Verify(@"
    private const int RootUid = 0;
    private const int RootGid = 0;
    static CreateContainerParameters Interpolated() => new CreateContainerParameters { User = {|CTL1001:$""{RootUid}:{RootGid}""|} };
    static CreateContainerParameters Concatenated() => new CreateContainerParameters { User = {|CTL1001:RootUid + "":"" + RootGid|} };
    static CreateContainerParameters NotRoot() => new CreateContainerParameters { User = $""{RootUid + 1000}"" };
    enum Ids { Root = 0 }
    static CreateContainerParameters EnumName() => new CreateContainerParameters { User = $""{Ids.Root}"" };");

        [Fact]
        public Task Char_constants_in_a_user_are_read() => Verify(@"
    private const char Zero = '0';
    private const int AppUid = 1000;
    static CreateContainerParameters Interpolated() => new CreateContainerParameters { User = {|CTL1001:$""{Zero}""|} };
    static CreateContainerParameters Concatenated() => new CreateContainerParameters { User = {|CTL1001:Zero + "":"" + AppUid|} };
    static CreateContainerParameters NotRoot() => new CreateContainerParameters { User = $""{Zero}{AppUid}"" };");

        [Fact]
        public Task Spread_of_a_static_readonly_collection_that_spreads_another_reads_both() => Verify(@"
    private static readonly string[] Debug = [""SYS_PTRACE""];
    private static readonly string[] Nested = [.. Debug, ""SYS_TIME""];
    static HostConfig Create() => new HostConfig { CapAdd = [.. {|CTL2001:{|CTL2002:Nested|}|}] };");

        [Fact]
        public Task Spread_of_a_conditional_reads_each_branch_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    private static readonly string[] Debug = [""SYS_PTRACE""];
    private static readonly string[] Safe = [""CHOWN""];
    static HostConfig Create(bool b) => new HostConfig { CapAdd = [.. (b ? {|#0:Debug|} : Safe)] };"), DockerLibrary.DockerDotNet,
            May("CTL2001", Error, "capability 'SYS_PTRACE' is added", 0));

        [Fact]
        public Task Each_value_of_a_foreach_over_constant_paths_is_named_in_the_one_finding_of_its_rule() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { Binds = new List<string>() };
        foreach (var path in new[] { ""/etc"", ""/var/log"", ""/proc"", ""/srv/data"", ""/sys"" })
            hc.Binds.Add({|#0:path + "":"" + path|});
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3002", Error, "host path '/proc' is mounted writable; host path '/sys' is mounted writable", 0),
            Definite("CTL3003", Warning, "host path '/etc' is mounted writable; host path '/var/log' is mounted writable", 0));

        [Fact]
        public Task Element_replaced_through_the_indexer_after_the_object_was_used_stays_reported_as_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static async System.Threading.Tasks.Task Property(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Binds = new List<string> { {|#0:""/proc:/host/proc""|} } } };
        await client.Containers.CreateContainerAsync(p);
        p.HostConfig.Binds[0] = ""/srv:/srv"";
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task Local(Docker.DotNet.IDockerClient client)
    {
        var binds = new List<string> { {|#1:""/var/run/docker.sock:/var/run/docker.sock""|} };
        var q = new CreateContainerParameters { HostConfig = new HostConfig { Binds = binds } };
        await client.Containers.CreateContainerAsync(q);
        binds[0] = ""/srv:/srv"";
        await client.Containers.CreateContainerAsync(q);
    }
    static async System.Threading.Tasks.Task SecondElement(Docker.DotNet.IDockerClient client)
    {
        var q = new CreateContainerParameters { HostConfig = new HostConfig { SecurityOpt = new List<string> { ""no-new-privileges"", {|#2:""seccomp=unconfined""|} } } };
        await client.Containers.CreateContainerAsync(q);
        q.HostConfig.SecurityOpt[1] = ""apparmor=docker-default"";
        await client.Containers.CreateContainerAsync(q);
    }
    static async System.Threading.Tasks.Task Entry(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Tmpfs = new Dictionary<string, string> { [""/t""] = {|#3:""suid""|} } } };
        await client.Containers.CreateContainerAsync(p);
        p.HostConfig.Tmpfs[""/t""] = ""nosuid"";
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task NotUsedBetween(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Binds = new List<string> { ""/proc:/host/proc"" }, Tmpfs = new Dictionary<string, string> { [""/t""] = ""suid"" } } };
        p.HostConfig.Binds[0] = ""/srv:/srv"";
        p.HostConfig.Tmpfs[""/t""] = ""nosuid"";
        await client.Containers.CreateContainerAsync(p);
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3002", Error, "host path '/proc' is mounted writable", 0),
            Definite("CTL3004", Error, "host path '/var/run/docker.sock' is mounted", 1),
            Definite("CTL4002", Error, "security option 'seccomp=unconfined' is set", 2),
            Definite("CTL3005", Warning, "tmpfs options 'suid' turn on 'suid'", 3));

        // As for an indexer write: the container created before the removal has the element, whether the removal runs or not.
        [Fact]
        public Task Element_a_removal_on_some_paths_takes_after_the_object_was_used_stays_reported_as_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static async System.Threading.Tasks.Task ClearedInAnIf(Docker.DotNet.IDockerClient client, bool safe)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = new List<string> { {|#0:""SYS_ADMIN""|} } } };
        await client.Containers.CreateContainerAsync(p);
        if (safe) p.HostConfig.CapAdd.Clear();
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task RemovedInAnIf(Docker.DotNet.IDockerClient client, bool safe)
    {
        var binds = new List<string> { {|#1:""/var/run/docker.sock:/var/run/docker.sock""|} };
        var q = new CreateContainerParameters { HostConfig = new HostConfig { Binds = binds } };
        await client.Containers.CreateContainerAsync(q);
        if (safe) binds.Remove(""/var/run/docker.sock:/var/run/docker.sock"");
        await client.Containers.CreateContainerAsync(q);
    }
    static async System.Threading.Tasks.Task RemovedInALoop(Docker.DotNet.IDockerClient client, string[] dropped)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { SecurityOpt = new List<string> { {|#2:""seccomp=unconfined""|} } } };
        await client.Containers.CreateContainerAsync(p);
        foreach (var option in dropped) p.HostConfig.SecurityOpt.Remove(""seccomp=unconfined"");
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task RemovedByAPredicate(Docker.DotNet.IDockerClient client)
    {
        var caps = new List<string> { {|#3:""SYS_PTRACE""|} };
        var p = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = caps } };
        await client.Containers.CreateContainerAsync(p);
        caps.RemoveAll(c => c.StartsWith(""SYS_""));
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task NotUsedBetween(Docker.DotNet.IDockerClient client, bool safe)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = new List<string> { {|#4:""SYS_ADMIN""|} } } };
        if (safe) p.HostConfig.CapAdd.Clear();
        await client.Containers.CreateContainerAsync(p);
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 0),
            Definite("CTL3004", Error, "host path '/var/run/docker.sock' is mounted", 1),
            Definite("CTL4002", Error, "security option 'seccomp=unconfined' is set", 2),
            Definite("CTL2001", Error, "capability 'SYS_PTRACE' is added", 3),
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 4));

        [Fact]
        public Task Mount_made_read_only_after_the_object_was_used_stays_reported_as_writable() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static async System.Threading.Tasks.Task Used(Docker.DotNet.IDockerClient client)
    {
        var m = new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"" };
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Mounts = new List<Mount> { {|#0:m|} } } };
        await client.Containers.CreateContainerAsync(p);
        m.ReadOnly = true;
        await client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task NotUsedBetween(Docker.DotNet.IDockerClient client)
    {
        var m = new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/s"" };
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Mounts = new List<Mount> { {|#1:m|} } } };
        m.ReadOnly = true;
        await client.Containers.CreateContainerAsync(p);
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3002", Error, "host path '/proc' is mounted writable", 0),
            Definite("CTL3003", Warning, "host path '/sys' is mounted read-only", 1));

        [Fact]
        public Task List_element_replaced_through_the_indexer_is_not_reported_and_the_new_one_is() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Replaced()
    {
        var binds = new List<string> { ""/etc:/config"", ""/srv/data:/data"" };
        binds[0] = ""/srv/app/config:/config"";
        binds[1] = {|#0:""/var/run/docker.sock:/var/run/docker.sock""|};
        return new HostConfig { Binds = binds };
    }
    static HostConfig OnSomePaths(bool custom)
    {
        var binds = new List<string> { {|#1:""/etc:/config""|} };
        if (custom) binds[0] = ""/srv/app/config:/config"";
        return new HostConfig { Binds = binds };
    }
    static HostConfig NotKnownWhich(bool extra)
    {
        var binds = new List<string>();
        if (extra) binds.Add(""/srv/extra:/extra"");
        binds.Add({|#2:""/etc:/config""|});
        binds[0] = ""/srv/app/config:/config"";
        return new HostConfig { Binds = binds };
    }
    static HostConfig Copied()
    {
        var first = new List<string> { ""/srv/a:/a"" };
        var binds = new List<string> { {|#3:""/etc:/config""|} };
        binds.AddRange(first);
        binds[1] = ""/srv/b:/b"";
        return new HostConfig { Binds = binds };
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3003", Warning, "host path '/etc' is mounted writable", 3),
            Definite("CTL3004", Error, "host path '/var/run/docker.sock' is mounted", 0),
            MayBeUndone("CTL3003", Warning, "host path '/etc' is mounted writable", 1),
            Definite("CTL3003", Warning, "host path '/etc' is mounted writable", 2));

        [Fact]
        public Task Capability_from_a_static_readonly_array_is_reported_at_the_field_reference() => Verify(@"
    static readonly string[] Caps = { ""CHOWN"", ""SYS_ADMIN"" };
    static HostConfig Create() => new HostConfig { CapAdd = {|CTL2001:Caps|} };");

        [Fact]
        public Task Static_readonly_collections_copied_into_the_HostConfig_are_read() => Verify(@"
    static readonly List<string> Drop = new List<string> { ""ALL"" };
    static readonly string[] Options = [""no-new-privileges""];
    static HostConfig Create() => new HostConfig
    {
        CapDrop = new List<string>(Drop),
        SecurityOpt = System.Linq.Enumerable.ToList(Options),
        ReadonlyRootfs = true,
    };", reportOmissions: true);

        [Fact]
        public Task Static_readonly_array_with_a_value_from_configuration_is_not_an_omission() => Verify(@"
    static readonly string[] Drop = { System.Environment.GetEnvironmentVariable(""CAP_DROP"") };
    static HostConfig Create() => {|CTL4001:{|CTL6001:new HostConfig { CapDrop = Drop }|}|};", reportOmissions: true);

        [Fact]
        public Task Binds_from_a_static_readonly_array_are_reported_at_the_field_reference() => Verify(@"
    static readonly string[] Binds = { ""/srv/data:/data"", ""/var/run/docker.sock:/var/run/docker.sock"" };
    static HostConfig Create() => new HostConfig { Binds = {|CTL3004:Binds|} };");

        [Fact]
        public Task Docker_default_capabilities_are_not_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { CapAdd = new List<string> { ""CHOWN"", ""NET_BIND_SERVICE"", ""cap_kill"" } };");

        [Fact]
        public Task Allowed_capabilities_from_configuration_are_not_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { CapAdd = new List<string> { ""NET_ADMIN"", {|CTL2002:""SYS_TIME""|} } };",
            globalConfig: "containerlint.allowed_capabilities = NET_ADMIN\n");

        [Fact]
        public Task Unknown_capability_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { CapDrop = new List<string> { {|CTL9004:""NOT_A_CAP""|} } };");

        [Fact]
        public Task Capabilities_from_a_parameter_are_not_reported() => Verify(@"
    static HostConfig Create(IList<string> caps) => new HostConfig { CapAdd = caps };");

        [Fact]
        public Task HostConfig_without_cap_drop_reports_omissions_at_the_creation() => Verify(@"
    static HostConfig Create() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig { NetworkMode = ""bridge"" }|}|}|};", reportOmissions: true);

        [Fact]
        public Task Hardened_HostConfig_reports_nothing() => Verify(@"
    static HostConfig Create() => new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true,
    };", reportOmissions: true);

        [Fact]
        public Task Hardening_set_after_construction_counts() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        hc.CapDrop = [""ALL""];
        hc.SecurityOpt = new List<string>();
        hc.SecurityOpt.Add(""no-new-privileges"");
        hc.ReadonlyRootfs = true;
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task Cap_drop_from_a_parameter_is_not_an_omission() => Verify(@"
    static HostConfig Create(List<string> drop) => {|CTL4001:{|CTL6001:new HostConfig { CapDrop = drop }|}|};", reportOmissions: true);

        [Fact]
        public Task Security_options_from_a_parameter_or_a_helper_are_not_an_omission() => Verify(@"
    static List<string> Validate(List<string> options) => options;
    static HostConfig Given(List<string> options) => new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = options };
    static HostConfig Validated(List<string> options)
    {
        var hc = new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true };
        hc.SecurityOpt = Validate(options);
        return hc;
    }
    static HostConfig Entry(string option) => new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = [option] };", reportOmissions: true);

        [Fact]
        public Task Read_only_rootfs_from_a_parameter_is_not_an_omission() => Verify(@"
    static HostConfig Create(bool readOnly)
    {
        var hc = new HostConfig { CapDrop = [""ALL""], SecurityOpt = [""no-new-privileges""] };
        hc.ReadonlyRootfs = readOnly;
        return hc;
    }
    static HostConfig Initialized(bool readOnly) => new HostConfig { ReadonlyRootfs = readOnly, CapDrop = [""ALL""], SecurityOpt = [""no-new-privileges""] };", reportOmissions: true);

        [Fact]
        public Task Cap_drop_filled_by_AddRange_of_constants_counts() => Verify(@"
    static HostConfig Create()
    {
        var drop = new List<string>();
        drop.AddRange(new[] { ""ALL"" });
        var hc = new HostConfig { CapDrop = drop, SecurityOpt = [""no-new-privileges""], ReadonlyRootfs = true };
        hc.CapAdd = new List<string>();
        ((List<string>)hc.CapAdd).AddRange([{|CTL2001:""SYS_ADMIN""|}]);
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task Cap_drop_filled_by_another_method_is_not_an_omission() => Verify(@"
    static void Harden(IList<string> drop) => drop.Add(""ALL"");
    static HostConfig Create()
    {
        var drop = new List<string>();
        Harden(drop);
        return {|CTL4001:{|CTL6001:new HostConfig { CapDrop = drop }|}|};
    }", reportOmissions: true);

        [Fact]
        public Task Cap_drop_changed_by_an_unread_call_is_not_an_omission() => Verify(@"
    static HostConfig Create(IEnumerable<string> configured)
    {
        var hc = {|CTL4001:{|CTL6001:new HostConfig { CapDrop = new List<string>() }|}|};
        ((List<string>)hc.CapDrop).InsertRange(0, configured);
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task HostConfig_handed_to_a_helper_of_the_project_reports_no_omissions() => Verify(@"
    static void Harden(HostConfig hc) { }
    static CreateContainerParameters Create()
    {
        var parameters = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = {|CTL1003:true|} } };
        Harden(parameters.HostConfig);
        return parameters;
    }", reportOmissions: true);

        [Fact]
        public Task HostConfig_handed_to_a_configuration_delegate_reports_no_omissions() => Verify(@"
    static HostConfig Create(System.Action<HostConfig> configure)
    {
        var hc = new HostConfig();
        configure?.Invoke(hc);
        return hc;
    }", reportOmissions: true);

        [Fact]
        public Task HostConfig_passed_to_the_Docker_client_still_reports_omissions() => Verify(@"
    static async System.Threading.Tasks.Task Run(Docker.DotNet.IDockerClient client)
    {
        var parameters = new CreateContainerParameters { HostConfig = {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig()|}|}|} };
        await client.Containers.CreateContainerAsync(parameters);
    }", reportOmissions: true);

        [Fact]
        public Task Readonly_rootfs_false_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { ReadonlyRootfs = {|CTL6001:false|}, CapDrop = [""ALL""], SecurityOpt = [""no-new-privileges""] };", reportOmissions: true);

        // CTL3xxx mounts

        [Fact]
        public Task Docker_socket_bind_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|} } };");

        [Fact]
        public Task Bind_with_known_host_part_and_unknown_target_is_reported() => Verify(@"
    static HostConfig Create(string target) => new HostConfig { Binds = new List<string> { {|CTL3004:""/var/run/docker.sock:"" + target|} } };");

        [Fact]
        public Task Bind_with_unknown_host_part_is_not_reported() => Verify(@"
    static HostConfig Create(string hostDir) => new HostConfig { Binds = new List<string> { $""{hostDir}:/data"" } };");

        [Fact]
        public Task Interpolated_bind_with_constant_host_part_is_reported() => Verify(@"
    const string Etc = ""/etc"";
    static HostConfig Create(string target) => new HostConfig { Binds = [{|CTL3003:$""{Etc}:{target}""|}] };");

        [Fact]
        public Task Sensitive_host_path_bind_is_reported_and_read_only_is_quieter() => Verify(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3003:""/etc:/host-etc""|}, {|CTL3003:""/etc/ssl:/ssl:ro""|}, ""/etc/localtime:/etc/localtime:ro"", ""data:/data"" } };");

        [Fact]
        public Task Writable_proc_bind_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3002:""/proc:/host/proc""|}, {|CTL3003:""/sys:/host/sys:ro""|} } };");

        [Fact]
        public Task Shared_propagation_in_binds_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3007:""/srv/data:/data:rshared""|} } };");

        [Fact]
        public Task Bind_mount_object_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig
    {
        Mounts = new List<Mount>
        {
            {|CTL3003:new Mount { Type = ""bind"", Source = ""/root"", Target = ""/r"" }|},
            new Mount { Type = ""bind"", Source = ""/srv"", Target = ""/srv"", BindOptions = new BindOptions { Propagation = {|CTL3007:""shared""|} } },
            new Mount { Type = ""volume"", Source = ""/etc"", Target = ""/v"" },
        },
    };");

        [Fact]
        public Task Propagation_written_through_a_nested_path_after_construction_is_reported() => Verify(@"
    static HostConfig Create()
    {
        var mount = new Mount { Type = ""bind"", Source = ""/srv"", Target = ""/srv"", BindOptions = new BindOptions() };
        mount.BindOptions.Propagation = {|CTL3007:""rshared""|};
        return new HostConfig { Mounts = new List<Mount> { mount } };
    }");

        [Fact]
        public Task Tmpfs_entry_written_through_the_parameters_path_is_reported() => Verify(@"
    static CreateContainerParameters Create()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Tmpfs = new Dictionary<string, string>() } };
        p.HostConfig.Tmpfs[""/run""] = {|CTL3005:""suid""|};
        return p;
    }");

        [Fact]
        public Task Read_only_bind_mount_object_of_etc_is_still_sensitive() => Verify(@"
    static HostConfig Create()
    {
        var mount = new Mount { Type = ""bind"", Source = ""/etc"", Target = ""/etc"" };
        mount.ReadOnly = true;
        var hc = new HostConfig { Mounts = new List<Mount>() };
        hc.Mounts.Add({|CTL3003:mount|});
        return hc;
    }");

        [Fact]
        public Task Enhanced_read_only_null_or_default_is_Dockers_default_writable() => Verify(@"
    static HostConfig Create() => new HostConfig
    {
        Mounts =
        [
            {|CTL3002:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/s"", ReadOnly = null }|},
            {|CTL3002:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"", ReadOnly = default }|},
        ],
    };
    static Mount Undone()
    {
        var m = {|CTL3002:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"", ReadOnly = true }|};
        m.ReadOnly = null;
        return m;
    }", DockerLibrary.DockerDotNetEnhanced);

        [Fact]
        public Task Enhanced_nullable_read_only_mount_is_read() => Verify(@"
    static HostConfig Create() => new HostConfig
    {
        Mounts = [ {|CTL3002:new Mount { Type = ""bind"", Source = ""/sys/fs"", Target = ""/s"", ReadOnly = false }|} ],
    };", DockerLibrary.DockerDotNetEnhanced);

        [Fact]
        public Task Tmpfs_with_suid_and_dev_is_reported() => Verify(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { Tmpfs = new Dictionary<string, string> { [""/tmp""] = ""rw"" } };
        hc.Tmpfs[""/run""] = {|CTL3005:{|CTL3006:""suid,dev""|}|};
        hc.Tmpfs.Add(""/cache"", {|CTL3005:""exec,suid""|});
        return hc;
    }");

        [Fact]
        public Task Volume_driver_options_without_nosuid_are_reported() => Verify(@"
    static HostConfig Create() => new HostConfig
    {
        Mounts = new List<Mount>
        {
            new Mount
            {
                Type = ""volume"", Source = ""scratch"", Target = ""/scratch"",
                VolumeOptions = new VolumeOptions
                {
                    DriverConfig = new Driver { Name = ""local"", Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""o""] = {|CTL3005:{|CTL3006:""size=64m""|}|} } },
                },
            },
        },
    };");

        // Audit 46 F5: only the first branch was read, so a fix of it left the other mounting without nosuid and nodev.
        [Fact]
        public Task Volume_driver_options_on_each_branch_of_a_conditional_or_arm_of_a_switch_are_read() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    const string Opts = ""size=1m"";
    const string Opts2 = ""size=2m,nosuid"";
    static Mount Volume(string options) => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""o""] = options } } },
    };
    static List<Mount> Create(bool flag, int pick) => new List<Mount>
    {
        new Mount
        {
            Type = ""volume"", Source = ""a"", Target = ""/a"",
            VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""o""] = flag ? {|#0:""size=1m,nosuid,nodev""|} : {|#1:""size=2m""|} } } },
        },
        new Mount
        {
            Type = ""volume"", Source = ""b"", Target = ""/b"",
            VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""o""] = pick switch { 1 => {|#2:Opts2|}, _ => {|#3:Opts|} } } } },
        },
    };"), DockerLibrary.DockerDotNet,
            May("CTL3005", Warning, "tmpfs mount options 'size=2m' lack 'nosuid'", 1),
            May("CTL3006", Warning, "tmpfs mount options 'size=2m' lack 'nodev'", 1),
            May("CTL3006", Warning, "tmpfs mount options 'size=2m,nosuid' lack 'nodev'", 2),
            May("CTL3005", Warning, "tmpfs mount options 'size=1m' lack 'nosuid'", 3),
            May("CTL3006", Warning, "tmpfs mount options 'size=1m' lack 'nodev'", 3));

        // Docker Engine 25+ makes a read-only bind recursively read-only; ReadOnlyNonRecursive (bind-recursive=writable) keeps
        // the submounts of /proc and /sys writable.
        [Fact]
        public Task Read_only_bind_of_proc_or_sys_made_non_recursive_is_writable() => Verify(@"
    static Mount Proc() => {|CTL3002:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/host/proc"", ReadOnly = true,
        BindOptions = new BindOptions { ReadOnlyNonRecursive = true } }|};
    static Mount Sys(bool legacy) => {|CTL3002:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/host/sys"", ReadOnly = true,
        BindOptions = new BindOptions { ReadOnlyNonRecursive = legacy ? true : false } }|};
    static Mount Recursive() => {|CTL3003:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/host/sys"", ReadOnly = true,
        BindOptions = new BindOptions { ReadOnlyNonRecursive = false, ReadOnlyForceRecursive = true } }|};
    static Mount Unknown(bool legacy) => {|CTL3003:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/host/proc"", ReadOnly = true,
        BindOptions = new BindOptions { ReadOnlyNonRecursive = legacy } }|};", DockerLibrary.DockerDotNetEnhanced44);

        // A Mount of type npipe binds a Windows named pipe of the host, as Compose's `type: npipe` does (Compose sends that
        // Mount): the engine's pipe is the twin of docker.sock, reported at the Mount as a bind is (audit 39, F1).
        [Theory]
        [InlineData(DockerLibrary.DockerDotNet)]
        [InlineData(DockerLibrary.DockerDotNetEnhanced)]
        [InlineData(DockerLibrary.DockerDotNetEnhanced44)]
        public Task Engine_pipe_mounted_by_a_Mount_of_type_npipe_is_reported_at_the_Mount(DockerLibrary library) => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create() => new HostConfig
    {
        Mounts = new List<Mount>
        {
            {|#0:new Mount { Type = ""npipe"", Source = @""\\.\pipe\docker_engine"", Target = @""\\.\pipe\docker_engine"" }|},
            {|#1:new Mount { Type = ""npipe"", Source = ""//./pipe/docker_engine_windows/"", Target = ""//./pipe/docker_engine"", ReadOnly = true }|},
            new Mount { Type = ""npipe"", Source = @""\\.\pipe\my_app"", Target = @""\\.\pipe\my_app"" },
            {|#3:new Mount { Type = ""npipe"", Source = @""\\.\PIPE\Docker_Engine\"", Target = @""\\.\pipe\docker_engine"" }|},
        },
    };
    static Mount Helper() => {|#2:new Mount { Type = ""npipe"", Source = @""\\.\pipe\docker_engine"", Target = @""\\.\pipe\x"" }|};"), library,
            Definite("CTL3004", Error, @"host path '\\.\pipe\docker_engine' is mounted", 0),
            Definite("CTL3004", Error, "host path '//./pipe/docker_engine_windows' is mounted (read-only, which does not help)", 1),
            Definite("CTL3004", Error, @"host path '\\.\pipe\docker_engine' is mounted", 2),
            // Audit 107 A107-7: in another case, or with a trailing backslash, it was quoted in the //./pipe/ form.
            Definite("CTL3004", Error, @"host path '\\.\PIPE\Docker_Engine\' is mounted", 3));

        // The host's root holds /proc and /sys as submounts; /etc's (if any) are not the kernel's interfaces.
        [Fact]
        public Task Non_recursive_read_only_bind_is_writable_from_the_host_root_and_read_only_elsewhere() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static Mount Root() => {|#0:new Mount { Type = ""bind"", Source = ""/"", Target = ""/host"", ReadOnly = true,
        BindOptions = new BindOptions { ReadOnlyNonRecursive = true } }|};
    static Mount Etc() => {|#1:new Mount { Type = ""bind"", Source = ""/etc"", Target = ""/host/etc"", ReadOnly = true,
        BindOptions = new BindOptions { ReadOnlyNonRecursive = true } }|};"), DockerLibrary.DockerDotNetEnhanced44,
            Definite("CTL3003", Warning, "host path '/' is mounted writable", 0),
            Definite("CTL3003", Warning, "host path '/etc' is mounted read-only", 1));

        [Fact]
        public Task Enhanced_tmpfs_options_with_suid_are_reported() => Verify(@"
    static HostConfig Create() => new HostConfig
    {
        Mounts = new List<Mount>
        {
            new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = new List<IList<string>> { new List<string> { {|CTL3005:""suid""|} }, new List<string> { ""size"", ""64m"" } } } },
        },
    };", DockerLibrary.DockerDotNetEnhanced);

        [Fact]
        public Task Enhanced_tmpfs_options_from_static_readonly_nested_collections_are_read() => Verify(@"
    static readonly IList<IList<string>> Opts = [[""suid""]];
    static readonly string[][] Jagged = { new[] { ""noexec"" }, new[] { ""suid"" } };
    static readonly string[] Dev = [""dev""];
    static readonly List<List<string>> Safe = new List<List<string>> { new List<string> { ""suid"" }, new List<string> { ""nosuid"" } };
    static Mount Field() => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = {|CTL3005:Opts|} } };
    static Mount Array() => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = {|CTL3005:Jagged|} } };
    static Mount Inner() => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = [{|CTL3006:Dev|}] } };
    static Mount Last() => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = [.. Safe] } };", DockerLibrary.DockerDotNetEnhanced44);

        [Fact]
        public Task Enhanced_tmpfs_options_from_a_static_readonly_collection_its_class_changes_are_not_read() => Verify(@"
    static readonly IList<IList<string>> Opts = [[""suid""]];
    static readonly IList<IList<string>> Inner = [[""noexec""]];
    public static void Harden()
    {
        Opts[0] = [""nosuid""];
        Inner[0].Add(""suid"");
    }
    static Mount Field(bool x) => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = x ? Opts : Inner } };", DockerLibrary.DockerDotNetEnhanced44);

        [Fact]
        public Task Enhanced_tmpfs_option_findings_are_reported_at_the_option_they_are_about() => Verify(@"
    static Mount Initializer() => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions
    {
        Options = new List<IList<string>> { new List<string> { ""noexec"" }, new List<string> { {|CTL3005:""suid""|} }, new[] { {|CTL3006:""dev""|} } },
    } };
    static Mount Added()
    {
        var o = new TmpfsOptions { Options = new List<IList<string>>() };
        o.Options.Add(new List<string> { {|CTL3006:""dev""|} });
        return new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = o };
    }
    static Mount Local()
    {
        IList<IList<string>> local = [[""nosuid""], [{|CTL3005:""suid""|}]];
        return new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = local } };
    }
    static Mount Last() => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = [[""suid""], [""nosuid""], [{|CTL3005:""suid""|}]] } };
    static Mount Pair() => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = [[""mode"", ""1777""], [""nodev""]] } };", DockerLibrary.DockerDotNetEnhanced44);

        [Fact]
        public Task Enhanced_tmpfs_options_written_in_a_catch_are_may_on_some_paths() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Validate() { }
    static HostConfig Create()
    {
        var mount = new Mount { Type = ""tmpfs"", Target = ""/t"" };
        try { Validate(); } catch { mount.TmpfsOptions = new TmpfsOptions { Options = new List<IList<string>> { new List<string> { {|#0:""suid""|} } } }; }
        return new HostConfig { Mounts = new List<Mount> { mount } };
    }"), DockerLibrary.DockerDotNetEnhanced,
            OnSomePaths("CTL3005", Warning, "tmpfs options 'suid' turn on 'suid'", 0));

        [Fact]
        public Task Devices_and_cgroup_rules_are_reported() => Verify(@"
    static HostConfig Create() => new HostConfig
    {
        Devices = new List<DeviceMapping> { {|CTL3001:new DeviceMapping { PathOnHost = ""/dev/fuse"", PathInContainer = ""/dev/fuse"", CgroupPermissions = ""rwm"" }|} },
        DeviceCgroupRules = new List<string> { {|CTL3001:""c 10:229 rwm""|} },
    };");

        // new HostConfig(resources) copies every Resources member into the HostConfig (Docker.DotNet 3.x and Enhanced 4.x).
        [Theory]
        [InlineData(DockerLibrary.DockerDotNet)]
        [InlineData(DockerLibrary.DockerDotNetEnhanced44)]
        public Task Device_cgroup_rules_and_cgroup_parent_on_a_Resources_passed_to_HostConfig_are_reported(DockerLibrary library) => Verify(@"
    static HostConfig Create() => new HostConfig(new Resources
    {
        Devices = new List<DeviceMapping> { {|CTL3001:new DeviceMapping { PathOnHost = ""/dev/kvm"" }|} },
        DeviceCgroupRules = new List<string> { {|CTL3001:""a *:* rwm""|} },
        CgroupParent = {|CTL5007:""/custom""|},
    });
    static HostConfig FromLocal()
    {
        var resources = new Resources { DeviceCgroupRules = new List<string> { {|CTL3001:""c 10:229 rwm""|} }, Memory = 1024 };
        return new HostConfig(resources) { CapDrop = new List<string> { ""ALL"" } };
    }", library);

        [Fact]
        public Task Cgroup_parent_a_HostConfig_sets_after_the_Resources_it_copies_is_the_one_read() => Verify(@"
    static HostConfig Initializer() => new HostConfig(new Resources { CgroupParent = ""/custom"" }) { CgroupParent = """" };
    static HostConfig Assigned()
    {
        var hc = new HostConfig(new Resources { CgroupParent = ""/custom"" });
        hc.CgroupParent = {|CTL5007:""/other""|};
        return hc;
    }
    static HostConfig Added()
    {
        var hc = new HostConfig(new Resources { DeviceCgroupRules = new List<string> { {|CTL3001:""a *:* rwm""|} } });
        hc.DeviceCgroupRules.Add({|CTL3001:""c 1:3 mr""|});
        return hc;
    }");

        // The HostConfig's own initializer runs after the copy: a list it sets replaces the one copied from the Resources,
        // which a later Add through the Resources no longer reaches.
        [Theory]
        [InlineData(DockerLibrary.DockerDotNet)]
        [InlineData(DockerLibrary.DockerDotNetEnhanced44)]
        public Task Devices_and_device_cgroup_rules_a_HostConfig_initializer_sets_replace_those_of_the_Resources_it_copies(DockerLibrary library) => Verify(@"
    static HostConfig Rules()
    {
        var r = new Resources { DeviceCgroupRules = new List<string> { ""c 1:3 rwm"" } };
        var hc = new HostConfig(r) { DeviceCgroupRules = new List<string>() };
        r.DeviceCgroupRules.Add(""c 1:4 rwm"");
        return hc;
    }
    static HostConfig RulesNull()
    {
        var r = new Resources { DeviceCgroupRules = new List<string> { ""c 1:5 rwm"" } };
        return new HostConfig(r) { DeviceCgroupRules = null };
    }
    static HostConfig Devices() => new HostConfig(new Resources { Devices = new List<DeviceMapping> { new DeviceMapping { PathOnHost = ""/dev/sdb"" } } })
    {
        Devices = new List<DeviceMapping>(),
    };
    static HostConfig Expressions() => new HostConfig(new Resources { Devices = [new DeviceMapping { PathOnHost = ""/dev/sdb"" }], DeviceCgroupRules = [""a *:* rwm""] })
    {
        Devices = [],
        DeviceCgroupRules = [{|CTL3001:""c 1:6 rwm""|}],
    };
    static HostConfig OtherMember() => new HostConfig(new Resources { DeviceCgroupRules = new List<string> { {|CTL3001:""c 1:7 rwm""|} } }) { Devices = [] };", library);

        // The copy takes what the Resources holds when it is made: what is assigned to it before, not what is assigned after
        // (a list added to after the copy is the same list, and is read).
        [Fact]
        public Task Resources_members_assigned_before_the_copy_are_read_and_those_assigned_after_are_not() => Verify(@"
    static HostConfig Assigned()
    {
        var r = new Resources();
        r.CgroupParent = {|CTL5007:""/evil""|};
        r.DeviceCgroupRules = new List<string> { {|CTL3001:""c 1:1 rwm""|} };
        r.Devices = new List<DeviceMapping> { {|CTL3001:new DeviceMapping { PathOnHost = ""/dev/sdb"" }|} };
        return new HostConfig(r);
    }
    static HostConfig ReplacedBefore()
    {
        var r = new Resources { CgroupParent = ""/a"", DeviceCgroupRules = new List<string> { ""c 1:2 rwm"" } };
        r.CgroupParent = null;
        r.DeviceCgroupRules = new List<string>();
        return new HostConfig(r);
    }
    static HostConfig After()
    {
        var r = new Resources { DeviceCgroupRules = new List<string> { {|CTL3001:""c 1:3 rwm""|} } };
        var hc = new HostConfig(r);
        r.CgroupParent = ""/late"";
        r.DeviceCgroupRules.Add({|CTL3001:""c 1:4 rwm""|});
        r.Devices = new List<DeviceMapping> { new DeviceMapping { PathOnHost = ""/dev/sdc"" } };
        return hc;
    }
    static HostConfig InLambda()
    {
        var r = new Resources();
        System.Action later = () => r.CgroupParent = ""/lambda"";
        return new HostConfig(r);
    }
    static HostConfig ReplacedByTheHostConfig()
    {
        var r = new Resources();
        r.CgroupParent = ""/evil"";
        return new HostConfig(r) { CgroupParent = """" };
    }");

        // new HostConfig(debug ? r : new Resources()) copies r on one branch only: what r holds may apply, as for a ?: elsewhere.
        [Fact]
        public Task Resources_a_HostConfig_copies_on_one_branch_of_a_conditional_are_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Local(bool debug)
    {
        var r = new Resources { DeviceCgroupRules = new List<string> { {|#0:""c 1:3 rwm""|} } };
        r.CgroupParent = {|#1:""/custom""|};
        return new HostConfig(debug ? r : new Resources());
    }
    static HostConfig Inline(bool debug)
    {
        var r = new Resources { Devices = new List<DeviceMapping> { {|#2:new DeviceMapping { PathOnHost = ""/dev/kvm"" }|} } };
        var chosen = debug ? new Resources() : r;
        return new HostConfig(chosen);
    }
    static HostConfig Always()
    {
        var r = new Resources { DeviceCgroupRules = new List<string> { {|#3:""c 1:4 rwm""|} } };
        return new HostConfig(r);
    }"), DockerLibrary.DockerDotNet,
            May("CTL3001", Warning, "device cgroup rule 'c 1:3 rwm' allows host devices", 0),
            May("CTL5007", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "cgroup parent is '/custom'", 1),
            May("CTL3001", Warning, "host device '/dev/kvm' is exposed", 2),
            Definite("CTL3001", Warning, "device cgroup rule 'c 1:4 rwm' allows host devices", 3));

        // Each branch copies its own Resources: neither replaces the other's settings.
        [Fact]
        public Task Resources_of_each_branch_of_a_conditional_switch_or_coalesce_a_HostConfig_copies_are_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool debug)
    {
        var r1 = new Resources { CgroupParent = {|#0:""/a""|}, DeviceCgroupRules = new List<string> { {|#1:""c 1:3 rwm""|} } };
        var r2 = new Resources { CgroupParent = {|#2:""/b""|} };
        r2.DeviceCgroupRules = new List<string> { {|#3:""c 1:4 rwm""|} };
        return new HostConfig(debug ? r1 : r2);
    }
    static HostConfig Changed(bool debug)
    {
        var r1 = new Resources { CgroupParent = ""/old"" };
        var r2 = new Resources { CgroupParent = {|#4:""/d""|} };
        r1.CgroupParent = {|#5:""/c""|};
        return new HostConfig(debug ? r1 : r2);
    }
    static HostConfig Switched(int k)
    {
        var r1 = new Resources { CgroupParent = {|#6:""/g""|} };
        return new HostConfig(k switch { 0 => r1, 1 => new Resources { DeviceCgroupRules = new List<string> { {|#7:""c 1:5 rwm""|} } }, _ => new Resources() });
    }
    static HostConfig Coalesced(Resources given)
    {
        var r1 = new Resources { CgroupParent = {|#8:""/h""|} };
        return new HostConfig(given ?? r1);
    }
    static HostConfig AddedAfter(bool debug)
    {
        var r1 = new Resources { DeviceCgroupRules = new List<string>() };
        var hc = new HostConfig(debug ? r1 : new Resources());
        r1.DeviceCgroupRules.Add({|#9:""c 1:9 rwm""|});
        return hc;
    }
    static HostConfig Replaced(bool debug)
    {
        var r1 = new Resources { CgroupParent = ""/e"" };
        var hc = new HostConfig(debug ? r1 : new Resources { CgroupParent = ""/f"" });
        hc.CgroupParent = """";
        return hc;
    }"), DockerLibrary.DockerDotNet,
            May("CTL5007", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "cgroup parent is '/a'", 0),
            May("CTL3001", Warning, "device cgroup rule 'c 1:3 rwm' allows host devices", 1),
            May("CTL5007", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "cgroup parent is '/b'", 2),
            May("CTL3001", Warning, "device cgroup rule 'c 1:4 rwm' allows host devices", 3),
            May("CTL5007", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "cgroup parent is '/d'", 4),
            May("CTL5007", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "cgroup parent is '/c'", 5),
            May("CTL5007", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "cgroup parent is '/g'", 6),
            May("CTL3001", Warning, "device cgroup rule 'c 1:5 rwm' allows host devices", 7),
            May("CTL5007", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "cgroup parent is '/h'", 8),
            May("CTL3001", Warning, "device cgroup rule 'c 1:9 rwm' allows host devices", 9));

        // docker update (POST /containers/{id}/update) applies resource limits and the restart policy, no devices (moby
        // daemon/container UpdateContainer); a Resources that no HostConfig of the method copies configures no container here.
        [Theory]
        [InlineData(DockerLibrary.DockerDotNet)]
        [InlineData(DockerLibrary.DockerDotNetEnhanced44)]
        public Task Devices_of_update_parameters_or_of_a_Resources_outside_a_HostConfig_are_not_reported(DockerLibrary library) => Verify(@"
    static ContainerUpdateParameters Update() => new ContainerUpdateParameters
    {
        Devices = new List<DeviceMapping> { new DeviceMapping { PathOnHost = ""/dev/sda"" } },
        DeviceCgroupRules = new List<string> { ""a *:* rwm"" },
        CgroupParent = ""/x"",
    };
    static ContainerUpdateParameters FromConfig()
    {
        var config = new UpdateConfig(new Resources { Devices = new List<DeviceMapping> { new DeviceMapping { PathOnHost = ""/dev/sda"" } } });
        config.Devices.Add(new DeviceMapping { PathOnHost = ""/dev/kvm"" });
        var devices = new List<DeviceMapping> { new DeviceMapping { PathOnHost = ""/dev/mem"" } };
        return new ContainerUpdateParameters(config) { Devices = devices };
    }
    static Resources Limits() => new Resources { Memory = 1024, Devices = new List<DeviceMapping> { new DeviceMapping { PathOnHost = ""/dev/sda"" } } };
    static HostConfig Copied() => new HostConfig(new Resources { Devices = new List<DeviceMapping> { {|CTL3001:new DeviceMapping { PathOnHost = ""/dev/sda"" }|} } });
    static DeviceMapping Alone() => {|CTL3001:new DeviceMapping { PathOnHost = ""/dev/fuse"" }|};", library);

        [Fact]
        public Task Resources_given_to_a_HostConfig_by_a_parameter_report_nothing_missing_or_set() => Verify(@"
    static HostConfig Create(Resources resources) => new HostConfig(resources);");

        [Fact]
        public Task Empty_masked_paths_are_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { MaskedPaths = {|CTL3002:new List<string>()|}, ReadonlyPaths = {|CTL3002:[]|} };");

        [Fact]
        public Task Masked_and_read_only_paths_emptied_by_Clear_or_Remove_are_reported_at_the_removal_that_empties_them() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Cleared()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        {|#0:hc.MaskedPaths.Clear()|};
        return hc;
    }
    static HostConfig Removed()
    {
        var paths = new List<string> { ""/proc/sys"", ""/proc/sysrq-trigger"" };
        paths.Remove(""/proc/sys"");
        {|#1:paths.Remove(""/proc/sysrq-trigger"")|};
        return new HostConfig { ReadonlyPaths = paths };
    }
    static HostConfig NotEmptied(bool x)
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        if (x) hc.MaskedPaths.Clear();
        hc.ReadonlyPaths.Clear();
        hc.ReadonlyPaths.Add(""/proc/bus"");
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3002", Error, "masked paths are set to an empty list", 0),
            Definite("CTL3002", Error, "read-only paths are set to an empty list", 1));

        [Fact]
        public Task Masked_paths_emptied_through_null_conditional_access_or_by_RemoveAt_of_a_constant_index_are_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig NullConditional()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        {|#0:hc.MaskedPaths?.Clear()|};
        var removed = {|#1:hc?.ReadonlyPaths.Remove(""/proc/sys"")|};
        return hc;
    }
    static HostConfig RemovedAt()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        {|#2:hc.MaskedPaths.RemoveAt(0)|};
        var paths = new List<string> { ""/proc/sys"", ""/proc/bus"" };
        paths.Add(""/proc/irq"");
        paths.RemoveAt(2);
        paths.RemoveAt(0);
        {|#3:paths.RemoveAt(0)|};
        hc.ReadonlyPaths = paths;
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3002", Error, "masked paths are set to an empty list", 0),
            Definite("CTL3002", Error, "read-only paths are set to an empty list", 1),
            Definite("CTL3002", Error, "masked paths are set to an empty list", 2),
            Definite("CTL3002", Error, "read-only paths are set to an empty list", 3));

        [Fact]
        public Task Masked_paths_set_to_an_empty_list_on_some_paths_or_on_one_branch_of_a_conditional_are_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig IfNoEarlierValue(bool unmask)
    {
        var hc = new HostConfig();
        if (unmask) hc.MaskedPaths = {|#0:new List<string>()|};
        return hc;
    }
    static HostConfig IfAfterAnEarlierList(bool unmask)
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"", ""/proc/keys"" } };
        if (unmask) hc.ReadonlyPaths = {|#1:new List<string>()|};
        if (unmask) hc.MaskedPaths = {|#2:new List<string>()|};
        return hc;
    }
    static HostConfig Conditional(bool unmask) => new HostConfig
    {
        MaskedPaths = unmask ? {|#3:new List<string>()|} : null,
        ReadonlyPaths = unmask ? {|#4:new List<string>()|} : new List<string> { ""/proc/sys"" },
    };
    static HostConfig Unconditional()
    {
        var hc = new HostConfig { ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        hc.ReadonlyPaths = {|#5:new List<string>()|};
        return hc;
    }
    static HostConfig IfElse(bool unmask)
    {
        var hc = new HostConfig();
        if (unmask) hc.MaskedPaths = {|#6:new List<string>()|};
        else hc.MaskedPaths = new List<string> { ""/proc/kcore"" };
        return hc;
    }"), DockerLibrary.DockerDotNet,
            May("CTL3002", Error, "masked paths are set to an empty list", 0),
            May("CTL3002", Error, "read-only paths are set to an empty list", 1),
            May("CTL3002", Error, "masked paths are set to an empty list", 2),
            May("CTL3002", Error, "masked paths are set to an empty list", 3),
            May("CTL3002", Error, "read-only paths are set to an empty list", 4),
            Definite("CTL3002", Error, "read-only paths are set to an empty list", 5),
            May("CTL3002", Error, "masked paths are set to an empty list", 6));

        [Fact]
        public Task Masked_paths_whose_empty_list_is_replaced_or_filled_on_every_path_or_set_to_null_are_not_reported() => Verify(@"
    static HostConfig ReplacedByNull()
    {
        var hc = new HostConfig { MaskedPaths = new List<string>() };
        hc.MaskedPaths = null;
        return hc;
    }
    static HostConfig Null() => new HostConfig { MaskedPaths = null, ReadonlyPaths = true ? null : null };
    static HostConfig FilledAfter(bool unmask)
    {
        var hc = new HostConfig { MaskedPaths = unmask ? new List<string>() : new List<string> { ""/proc/kcore"" } };
        hc.MaskedPaths.Add(""/proc/keys"");
        if (unmask) hc.ReadonlyPaths = new List<string>();
        hc.ReadonlyPaths = new List<string> { ""/proc/sys"" };
        return hc;
    }
    static HostConfig ReplacedOnEveryBranch(bool x)
    {
        var hc = new HostConfig { MaskedPaths = new List<string>() };
        if (x) hc.MaskedPaths = new List<string> { ""/proc/kcore"" };
        else hc.MaskedPaths = new List<string> { ""/proc/keys"" };
        return hc;
    }");

        [Fact]
        public Task Masked_paths_cleared_after_elements_the_analyzer_cannot_read_are_reported_at_the_Clear() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig AddRange(IEnumerable<string> extra)
    {
        var masked = new List<string> { ""/proc/kcore"" };
        masked.AddRange(extra);
        {|#0:masked.Clear()|};
        return new HostConfig { MaskedPaths = masked };
    }
    static HostConfig Copied(IEnumerable<string> paths)
    {
        var hc = new HostConfig { ReadonlyPaths = new List<string>(paths) };
        {|#1:hc.ReadonlyPaths?.Clear()|};
        return hc;
    }
    static HostConfig Assigned(IList<string> paths)
    {
        var hc = new HostConfig();
        hc.MaskedPaths = paths;
        {|#2:hc.MaskedPaths.Clear()|};
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3002", Error, "masked paths are set to an empty list", 0),
            Definite("CTL3002", Error, "read-only paths are set to an empty list", 1),
            Definite("CTL3002", Error, "masked paths are set to an empty list", 2));

        [Fact]
        public Task Masked_paths_cleared_before_unknown_elements_or_on_some_paths_or_handed_off_are_not_reported() => Verify(@"
    static void Fill(IList<string> list) { }
    static HostConfig AddedAfter(IEnumerable<string> extra)
    {
        var masked = new List<string> { ""/proc/kcore"" };
        masked.Clear();
        masked.AddRange(extra);
        return new HostConfig { MaskedPaths = masked };
    }
    static HostConfig OnSomePaths(IList<string> paths, bool x)
    {
        var hc = new HostConfig { MaskedPaths = paths };
        if (x) hc.MaskedPaths.Clear();
        return hc;
    }
    static HostConfig HandedOff(IEnumerable<string> paths)
    {
        var hc = new HostConfig { MaskedPaths = new List<string>(paths) };
        hc.MaskedPaths.Clear();
        Fill(hc.MaskedPaths);
        return hc;
    }
    static HostConfig CopiedBeforeTheClear(IEnumerable<string> paths)
    {
        var source = new List<string>(paths);
        var hc = new HostConfig { MaskedPaths = new List<string>(source) };
        source.Clear();
        return hc;
    }
    static HostConfig AssignedAfter(IList<string> paths)
    {
        var hc = new HostConfig { MaskedPaths = new List<string>() { ""/proc/kcore"" } };
        hc.MaskedPaths.Clear();
        hc.MaskedPaths = paths;
        return hc;
    }
    static HostConfig CopyMadeEarlierAddedAfter(IEnumerable<string> paths)
    {
        var other = System.Linq.Enumerable.ToList(paths);
        var masked = new List<string> { ""/proc/kcore"" };
        masked.Clear();
        masked.AddRange(other);
        return new HostConfig { MaskedPaths = masked };
    }
    static HostConfig OneBranchCleared(IEnumerable<string> paths, IEnumerable<string> others, bool x)
    {
        var b = new List<string>(others);
        var a = new List<string>(paths);
        a.Clear();
        return new HostConfig { MaskedPaths = x ? a : b };
    }");

        [Fact]
        public Task Value_a_write_on_the_branch_excluding_its_creation_cannot_reach_is_definite_and_one_the_first_statement_of_a_nested_try_replaces_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Excluding(bool x)
    {
        HostConfig hc;
        if (x) { hc = new HostConfig { Privileged = {|#0:true|} }; } else { hc = new HostConfig(); hc.Privileged = false; }
        return hc;
    }
    static HostConfig NestedTry()
    {
        var hc = new HostConfig { Privileged = true };
        try { try { hc.Privileged = false; } finally { System.Console.WriteLine(); } } catch { }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0));

        [Fact]
        public Task Value_a_write_in_a_rethrowing_catch_cannot_undo_is_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Rethrow()
    {
        var hc = new HostConfig { Privileged = {|#0:true|} };
        try { System.Console.WriteLine(); } catch { hc.Privileged = false; throw; }
        return hc;
    }
    static HostConfig UsedBeforeTheThrow()
    {
        var hc = new HostConfig { Privileged = {|#1:true|} };
        try { System.Console.WriteLine(); } catch { hc.Privileged = false; System.Console.WriteLine(hc); throw; }
        return hc;
    }
    static HostConfig CaughtAgain()
    {
        var hc = new HostConfig { Privileged = {|#2:true|} };
        try { try { System.Console.WriteLine(); } catch { hc.Privileged = false; throw; } } catch { }
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 1),
            MayBeUndone("CTL1003", Error, "the container runs privileged", 2));

        [Fact]
        public Task Removal_in_the_arguments_of_a_Conditional_method_call_such_as_Debug_Assert_is_not_certain() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    [System.Diagnostics.Conditional(""TRACE"")] static void Trace(bool removed) { }
    static HostConfig Assert()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, CapAdd = new List<string> { {|#0:""SYS_ADMIN""|} } };
        System.Diagnostics.Debug.Assert(hc.MaskedPaths.Remove(""/proc/kcore""));
        System.Diagnostics.Debug.Assert(hc.CapAdd.Remove(""SYS_ADMIN""));
        return hc;
    }
    static HostConfig OwnConditional()
    {
        var hc = new HostConfig { ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        Trace(hc.ReadonlyPaths.Remove(""/proc/sys""));
        return hc;
    }
    static HostConfig OrdinaryCall()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        System.Console.WriteLine({|#1:hc.MaskedPaths.Remove(""/proc/kcore"")|});
        return hc;
    }"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 0),
            Definite("CTL3002", Error, "masked paths are set to an empty list", 1));

        [Fact]
        public Task Removal_in_the_arguments_of_a_Conditional_method_call_whose_symbol_is_defined_is_certain() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(@"#define DEBUG
#define TRACE
#undef STAGING" + Program(@"
    [System.Diagnostics.Conditional(""STAGING"")] static void Staging(bool removed) { }
    static HostConfig DebugAssert()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, CapAdd = new List<string> { ""SYS_ADMIN"" } };
        System.Diagnostics.Debug.Assert({|#0:hc.MaskedPaths.Remove(""/proc/kcore"")|});
        System.Diagnostics.Debug.Assert(hc.CapAdd.Remove(""SYS_ADMIN""));
        return hc;
    }
    static HostConfig TraceAssert()
    {
        var hc = new HostConfig { ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        System.Diagnostics.Trace.Assert({|#1:hc.ReadonlyPaths.Remove(""/proc/sys"")|});
        return hc;
    }
    static HostConfig Undefined()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        Staging(hc.MaskedPaths.Remove(""/proc/kcore""));
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3002", Error, "masked paths are set to an empty list", 0),
            Definite("CTL3002", Error, "read-only paths are set to an empty list", 1));

        // Audit 152 M152-2: a write after the object's use, through the object spelled in parentheses, with ! (the nullable
        // spelling of Docker.DotNet.Enhanced's HostConfig? property) or a cast, had no holder: it was taken to replace what the
        // container created before it had.
        [Fact]
        public Task Write_after_a_use_through_parentheses_a_null_forgiving_operator_or_a_cast_leaves_what_was_used_reported() => Verify(@"
    static async System.Threading.Tasks.Task Parenthesized(Docker.DotNet.IDockerClient client)
    {
        var hc = new HostConfig { Privileged = {|CTL1003:true|} };
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        (hc).Privileged = false;
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static async System.Threading.Tasks.Task NullForgiving(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} } } };
        await client.Containers.CreateContainerAsync(p);
        p.HostConfig!.CapAdd!.Clear();
        await client.Containers.CreateContainerAsync(p);
    }
    // Audit 152 M152-3: the later value in parentheses or with !.
    static async System.Threading.Tasks.Task ValueInParentheses(Docker.DotNet.IDockerClient client, bool x)
    {
        var hc = new HostConfig { Privileged = {|CTL1003:true|}, PidMode = {|CTL5001:""host""|}, IpcMode = {|CTL5002:""host""|} };
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        hc.Privileged = (false);
        hc.PidMode = """"!;
        int n;
        (hc.IpcMode, n) = ((""private""), 1);
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static async System.Threading.Tasks.Task Cast(Docker.DotNet.IDockerClient client)
    {
        var hc = new HostConfig { PidMode = {|CTL5001:""host""|} };
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        ((HostConfig)hc).PidMode = """";
        (hc as HostConfig)!.PidMode = """";
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }");

        // Audit 158 C158-2: a local given the parameters' HostConfig by ??= (or by an assignment) holds it; what was written
        // through the local was not read.
        [Fact]
        public Task Writes_through_a_local_given_the_HostConfig_by_an_assignment_expression_are_reported() => Verify(@"
    static async System.Threading.Tasks.Task Coalesce(Docker.DotNet.IDockerClient client, CreateContainerParameters p)
    {
        var hc = p.HostConfig ??= new HostConfig();
        hc.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        hc.Privileged = {|CTL1003:true|};
        await client.Containers.CreateContainerAsync(p);
    }
    static CreateContainerParameters Assigned()
    {
        var p = new CreateContainerParameters { Image = ""x"" };
        var hc = p.HostConfig = new HostConfig();
        hc.PidMode = {|CTL5001:""host""|};
        return p;
    }
    // Audit 159 P159-1: a write through the local after the parameters were used does not undo what the container got.
    static async System.Threading.Tasks.Task WrittenAfterTheUse(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters();
        var hc = p.HostConfig = new HostConfig { Privileged = {|CTL1003:true|} };
        await client.Containers.CreateContainerAsync(p);
        hc.Privileged = false;
        await client.Containers.CreateContainerAsync(p);
    }
    // Audit 159 P159-2: replaced before any use, the HostConfig reports nothing, also when a local was given it.
    static async System.Threading.Tasks.Task ReplacedBeforeUse(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters();
        var hc = p.HostConfig = new HostConfig { PidMode = ""host"" };
        p.HostConfig = new HostConfig();
        await client.Containers.CreateContainerAsync(p);
    }");

        // Audit 154 N154-3: a Mount's ReadOnly written in parentheses or with ! after the mount was used did not count as
        // after it (the first container's /proc was read as read-only); a value in parentheses or with ! written on every
        // path that does not throw was read as one some paths leave out ("may be undone").
        [Fact]
        public Task Value_in_parentheses_or_with_a_null_forgiving_operator_is_written_where_the_plain_value_is() => Verify(@"
    static async System.Threading.Tasks.Task MountUsedFirst(Docker.DotNet.IDockerClient client)
    {
        var m = new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"" };
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Mounts = new List<Mount> { {|CTL3002:m|} } } };
        await client.Containers.CreateContainerAsync(p);
        m.ReadOnly = (true);
        var n = new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/s"" };
        var q = new CreateContainerParameters { HostConfig = new HostConfig { Mounts = new List<Mount> { {|CTL3002:n|} } } };
        await client.Containers.CreateContainerAsync(q);
        n.ReadOnly = true!;
    }
    static HostConfig UndoneOnEveryPathThatDoesNotThrow(int level)
    {
        var hc = new HostConfig { PidMode = ""host"", IpcMode = ""host"" };
        if (level == 0) { hc.PidMode = ("""");  hc.IpcMode = """"!; }
        else if (level == 1) { System.Console.WriteLine(level); throw new System.ArgumentException(); }
        else { hc.PidMode = ("""");  hc.IpcMode = """"!; }
        return hc;
    }");

        // Audit 152 M152-4: a removal whose result is discarded (_ = ...) after the list was used: its holder was taken to be
        // _, and the removal applied before the use.
        [Fact]
        public Task Discarded_removal_after_the_list_was_used_leaves_what_was_used_reported() => Verify(@"
    static async System.Threading.Tasks.Task Run(Docker.DotNet.IDockerClient client)
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        var p = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = caps } };
        await client.Containers.CreateContainerAsync(p);
        _ = caps.Remove(""SYS_ADMIN"");
        await client.Containers.CreateContainerAsync(p);
    }");

        // Audit 151 D151-1: the removal's holder was taken to be the name before the call whose argument it is (Debug, Console,
        // a helper), and that name, before the removal, a use of the object: the removal was never applied.
        [Fact]
        public Task Removal_in_the_arguments_of_a_call_written_by_its_short_name_is_read() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(@"#define DEBUG
#define TRACE
using System;
using System.Diagnostics;
using static System.Diagnostics.Trace;" + Program(@"
    static void Check(bool removed) { }
    static HostConfig DebugAssert()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, CapAdd = new List<string> { ""SYS_ADMIN"" } };
        Debug.Assert({|#0:hc.MaskedPaths.Remove(""/proc/kcore"")|});
        Debug.Assert(hc.CapAdd.Remove(""SYS_ADMIN""));
        return hc;
    }
    static HostConfig StaticallyImported()
    {
        var hc = new HostConfig { ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        Assert({|#1:hc.ReadonlyPaths.Remove(""/proc/sys"")|});
        return hc;
    }
    static HostConfig Helpers()
    {
        var hc = new HostConfig { CapAdd = new List<string> { ""SYS_ADMIN"", ""SYS_PTRACE"" } };
        Check(hc.CapAdd.Remove(""SYS_ADMIN""));
        Console.WriteLine(hc.CapAdd.Remove(""SYS_PTRACE""));
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL3002", Error, "masked paths are set to an empty list", 0),
            Definite("CTL3002", Error, "read-only paths are set to an empty list", 1));

        [Fact]
        public Task Masked_paths_a_removal_in_a_conditional_expression_or_an_unplaced_RemoveAt_may_empty_are_not_reported() => Verify(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig And() { var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } }; var ok = X && hc.MaskedPaths.Remove(""/proc/kcore""); return hc; }
    static HostConfig Or() { var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } }; var ok = X || hc.MaskedPaths.Remove(""/proc/kcore""); return hc; }
    static HostConfig Conditional() { var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } }; var ok = X ? hc.MaskedPaths.Remove(""/proc/kcore"") : false; return hc; }
    static HostConfig NullConditional(System.Text.StringBuilder log)
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        log?.Append(hc.MaskedPaths.Remove(""/proc/kcore""));
        return hc;
    }
    static HostConfig IndexNotConstant(int index)
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        hc.MaskedPaths.RemoveAt(index);
        return hc;
    }
    static HostConfig IndexOfAnotherElement()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        hc.MaskedPaths.RemoveAt(1);
        return hc;
    }
    static HostConfig ElementOnABranch()
    {
        var hc = new HostConfig { MaskedPaths = X ? new List<string> { ""/proc/kcore"" } : new List<string> { ""/proc/keys"", ""/proc/kcore"" } };
        hc.MaskedPaths.RemoveAt(0);
        return hc;
    }
    static HostConfig ElementsOfAParameter(List<string> masked)
    {
        var hc = new HostConfig { MaskedPaths = new List<string>(masked) { ""/proc/kcore"" } };
        hc.MaskedPaths.RemoveAt(0);
        return hc;
    }
    static HostConfig Inserted()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        hc.MaskedPaths.Insert(0, ""/proc/keys"");
        hc.MaskedPaths.RemoveAt(0);
        return hc;
    }");

        [Fact]
        public Task Capability_taken_by_RemoveAt_of_a_constant_index_is_not_reported_and_one_a_conditional_expression_may_remove_may_be_undone() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static bool X => System.DateTime.Now.Second > 30;
    static HostConfig RemovedAt()
    {
        var caps = new List<string> { ""SYS_ADMIN"", {|#0:""NET_ADMIN""|} };
        caps.RemoveAt(0);
        return new HostConfig { CapAdd = caps };
    }
    static HostConfig RemovedIfX()
    {
        var hc = new HostConfig { CapAdd = new List<string> { {|#1:""SYS_ADMIN""|} } };
        var removed = X && hc.CapAdd.Remove(""SYS_ADMIN"");
        return hc;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL2002", Warning, "capability 'NET_ADMIN' is added", 0),
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 1));

        [Fact]
        public Task Masked_paths_from_a_parameter_are_not_reported() => Verify(@"
    static HostConfig Create(List<string> masked) => new HostConfig { MaskedPaths = masked };");

        // CTL4xxx / CTL5xxx

        [Fact]
        public Task Unconfined_security_options_are_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { SecurityOpt = new List<string> { {|CTL4002:""seccomp=unconfined""|}, {|CTL4003:""apparmor:unconfined""|}, {|CTL4004:""label:disable""|} } };");

        [Fact]
        public Task No_new_privileges_turned_off_is_reported_at_the_entry() => Verify(@"
    static HostConfig Create() => new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        ReadonlyRootfs = true,
        SecurityOpt = new List<string> { {|CTL4001:""no-new-privileges:false""|} },
    };", reportOmissions: true);

        [Fact]
        public Task Host_namespaces_are_reported() => Verify(@"
    static HostConfig Create() => new HostConfig
    {
        PidMode = {|CTL5001:""host""|},
        IpcMode = {|CTL5002:""host""|},
        NetworkMode = {|CTL5003:""HOST""|},
        UsernsMode = {|CTL5004:""host""|},
        UTSMode = {|CTL5005:""host""|},
        CgroupnsMode = {|CTL5006:""host""|},
        CgroupParent = {|CTL5007:""/custom""|},
    };");

        [Fact]
        public Task Container_namespace_modes_are_not_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { PidMode = ""container:db"", NetworkMode = ""container:db"", IpcMode = ""private"" };");

        [Fact]
        public Task Nested_HostConfig_of_create_parameters_is_read() => Verify(@"
    static CreateContainerParameters Create() => new CreateContainerParameters
    {
        User = {|CTL1001:""root""|},
        HostConfig = new HostConfig { PidMode = {|CTL5001:""host""|} },
    };");

        [Fact]
        public Task Writes_through_the_parameters_path_reach_the_HostConfig() => Verify(@"
    static CreateContainerParameters Create()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
        p.HostConfig.Privileged = {|CTL1003:true|};
        p.HostConfig.Binds = new List<string>();
        p.HostConfig.Binds.Add({|CTL3004:""/run/containerd/containerd.sock:/c.sock""|});
        return p;
    }");

        [Fact]
        public Task Broken_code_does_not_crash_the_analyzer() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(Program(@"
    static HostConfig Create() => new HostConfig { Privileged = {|CS0103:undefined|}, CapAdd = new List<string> { {|CS0103:missing|} }, Binds = {|CS0029:42|} };
    static void M() { var hc = new HostConfig(); hc.{|CS1061:Nope|} = 1; hc.CapAdd.Add({|CS0103:x|}); }"));

        // Audit 158 C158-1: a call that does not bind is a method of the project (a library's binds): a HostConfig handed to one,
        // or one it is called on as an extension method, may be completed there, so nothing missing from it is reported.
        [Fact]
        public Task HostConfig_handed_to_a_call_that_does_not_bind_reports_nothing_it_lacks() => Verify(@"
    static async System.Threading.Tasks.Task Extension(Docker.DotNet.IDockerClient client)
    {
        var hc = new HostConfig();
        hc.{|CS1061:AttachMount|}(new Mount { Type = ""volume"", Source = ""data"", Target = ""/data"" });
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = ""x"", HostConfig = hc });
    }
    static async System.Threading.Tasks.Task Helper(Docker.DotNet.IDockerClient client)
    {
        var hc = new HostConfig();
        {|CS0103:Harden|}(hc);
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = ""x"", HostConfig = hc });
    }
    static async System.Threading.Tasks.Task NotHandedOver(Docker.DotNet.IDockerClient client)
    {
        var hc = {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig()|}|}|};
        {|CS0103:Log|}(""created"");
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = ""x"", HostConfig = hc });
    }
    // A library method whose argument does not bind names its candidates, which do not complete what they are given.
    static async System.Threading.Tasks.Task LibraryCallWithAnArgumentThatDoesNotBind(Docker.DotNet.IDockerClient client)
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig()|}|}|} };
        await client.Containers.CreateContainerAsync(p, {|CS0103:token|});
    }", reportOmissions: true);

        [Fact]
        public Task Broken_helpers_and_mounts_do_not_crash_the_analyzer() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(Program(@"
    static void Configure(CreateContainerParameters p, {|CS0246:Unknown|} u) { p.HostConfig.{|CS1061:Nope|} = u; p.User = {|CS0103:who|}; }
    static Mount M() => new Mount { Type = {|CS0103:kind|}, Source = ""/etc"", {|CS0117:Extra|} = 1 };
    static void N() { var p = {|CS0103:Make|}(); foreach (var q in {|CS0103:all|}) q.HostConfig = null; }"));

        // Methods handed the request parameters (helpers, Testcontainers modifiers passed as method groups)

        [Fact]
        public Task Helper_method_writing_into_its_CreateContainerParameters_is_reported() => Verify(@"
    static void Harden(CreateContainerParameters parameters)
    {
        parameters.User = {|CTL1001:""root""|};
        parameters.HostConfig.Privileged = {|CTL1003:true|};
        parameters.HostConfig.Binds.Add({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|});
    }");

        [Fact]
        public Task Helper_method_is_read_with_Docker_DotNet_Enhanced_too() => Verify(@"
    static void Debug(CreateContainerParameters parameters)
    {
        parameters.HostConfig.Privileged = {|CTL1003:true|};
        parameters.HostConfig.Mounts.Add({|CTL3004:new Mount { Type = ""bind"", Source = ""/var/run/docker.sock"", Target = ""/s"" }|});
    }", DockerLibrary.DockerDotNetEnhanced);

        [Fact]
        public Task Helper_method_handed_CreateContainerParameters_does_not_report_omissions() => Verify(@"
    static void Name(CreateContainerParameters parameters) => parameters.HostConfig.PidMode = ""private"";", reportOmissions: true);

        [Fact]
        public Task Expression_bodied_helper_is_read_without_naming_the_type_in_its_body() => Verify(@"
    static void Socket(CreateContainerParameters p) => p.HostConfig.Binds = new List<string> { {|CTL3004:""/run/docker.sock:/run/docker.sock""|} };");

        [Fact]
        public Task Helper_whose_signature_names_the_parameters_through_an_alias_is_read() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(@"
using Create = Docker.DotNet.Models.CreateContainerParameters;

class Program
{
    static void Root(Create p) => p.User = {|CTL1001:""root""|};
}");

        [Fact]
        public Task Exec_parameters_handed_to_a_helper_are_read_for_user_and_privileged() => Verify(@"
    static void AsRoot(ContainerExecCreateParameters exec)
    {
        exec.User = {|CTL1001:""0""|};
        exec.Privileged = {|CTL1003:true|};
    }");

        [Fact]
        public Task Local_function_handed_CreateContainerParameters_is_reported() => Verify(@"
    static void Run()
    {
        Configure(new CreateContainerParameters { HostConfig = new HostConfig() });
        static void Configure(CreateContainerParameters p) => p.HostConfig.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
    }");

        [Fact]
        public Task Lambda_with_a_CreateContainerParameters_parameter_is_reported() => Verify(@"
    static readonly System.Action<CreateContainerParameters> Debug = p => p.HostConfig.PidMode = {|CTL5001:""host""|};");

        [Fact]
        public Task HostConfig_parameter_is_not_read_because_it_may_come_from_an_inspect_response() => Verify(@"
    static void Tweak(HostConfig hostConfig) => hostConfig.Privileged = true;
    static void Inspected(ContainerInspectResponse response) => Tweak(response.HostConfig);");

        [Fact]
        public Task Parameter_replaced_by_a_new_object_is_read_once_from_the_creation() => Verify(@"
    static void Reset(CreateContainerParameters p)
    {
        p = new CreateContainerParameters();
        p.User = {|CTL1001:""root""|};
    }");

        [Fact]
        public Task HostConfig_assigned_to_the_handed_parameters_is_read_where_it_is_created() => Verify(@"
    static void Replace(CreateContainerParameters p) => p.HostConfig = new HostConfig { Privileged = {|CTL1003:true|} };");

        [Fact]
        public Task Values_read_from_another_parameter_are_not_reported() => Verify(@"
    static void Apply(CreateContainerParameters p, string user, bool privileged)
    {
        p.User = user;
        p.HostConfig.Privileged = privileged;
    }");

        [Fact]
        public Task Parameters_obtained_from_a_helper_are_read_for_what_the_method_writes() => Verify(@"
    static CreateContainerParameters Defaults() => new CreateContainerParameters { Image = ""alpine"", HostConfig = new HostConfig() };
    static CreateContainerParameters Debug()
    {
        var parameters = Defaults();
        parameters.HostConfig.Privileged = {|CTL1003:true|};
        parameters.HostConfig.SecurityOpt = new List<string> { {|CTL4002:""seccomp=unconfined""|} };
        return parameters;
    }");

        [Fact]
        public Task Parameters_obtained_without_naming_their_type_are_read_for_the_user_they_are_given() => Verify(@"
    static CreateContainerParameters Defaults() => new CreateContainerParameters { Image = ""alpine"" };
    static ContainerExecCreateParameters Shell() => new ContainerExecCreateParameters { Cmd = new List<string> { ""sh"" } };
    static object AsRoot()
    {
        var p = Defaults();
        p.User = {|CTL1001:""root""|};
        return p;
    }
    static object AsRootUnlessSet()
    {
        var p = Defaults();
        p.User ??= {|CTL1001:""root""|};
        return p;
    }
    static object Elevated()
    {
        var exec = Shell();
        exec . Privileged = {|CTL1003:true|};
        return exec;
    }
    static void Everyone(List<CreateContainerParameters> all) => all.ForEach(q => q.User = {|CTL1001:""0""|});");

        [Fact]
        public Task Parameters_obtained_without_naming_their_type_are_read_for_the_user_a_tuple_deconstruction_gives() => Verify(@"
    static CreateContainerParameters Defaults() => new CreateContainerParameters { Image = ""alpine"" };
    static ContainerExecCreateParameters Shell() => new ContainerExecCreateParameters { Cmd = new List<string> { ""sh"" } };
    static void Log(string user, int n) { }
    static object AsRoot()
    {
        var p = Defaults();
        int x;
        (p.User, x) = ({|CTL1001:""root""|}, 1);
        return p;
    }
    static object Elevated()
    {
        var exec = Shell();
        int a, b;
        ((a, exec.Privileged), b) = ((1, {|CTL1003:true|}), 2);
        return exec;
    }
    // Tuples that write no request member: nothing to read.
    static object Ordinary()
    {
        var p = Defaults();
        string user;
        int n;
        (user, n) = (""root"", 1);
        var pair = (p.User, n);
        Log(p.User, pair.n);
        return p;
    }");

        [Fact]
        public Task Parameters_held_in_a_field_are_read_for_what_a_method_writes_into_them() => Verify(@"
    private readonly CreateContainerParameters _parameters = new CreateContainerParameters { HostConfig = new HostConfig() };
    private static CreateContainerParameters Shared;
    void Debug()
    {
        _parameters.HostConfig.Privileged = {|CTL1003:true|};
        this._parameters.HostConfig.PidMode = {|CTL5001:""host""|};
        Shared.HostConfig.Binds.Add({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|});
    }");

        [Fact]
        public Task Writes_through_a_local_that_holds_the_parameters_HostConfig_are_read() => Verify(@"
    static CreateContainerParameters Create()
    {
        var parameters = new CreateContainerParameters { HostConfig = new HostConfig { CapDrop = new List<string> { ""ALL"" } } };
        var hostConfig = parameters.HostConfig;
        hostConfig.Privileged = {|CTL1003:true|};
        return parameters;
    }

    static void Configure(CreateContainerParameters handed)
    {
        var hostConfig = handed.HostConfig;
        hostConfig.NetworkMode = {|CTL5003:""host""|};
        var binds = handed.HostConfig.Binds;
        binds.Add({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|});
        var alias = hostConfig;
        alias.PidMode = {|CTL5001:""host""|};
        var tmpfs = alias.Tmpfs;
        tmpfs[""/run""] = {|CTL3005:""suid""|};
    }");

        [Fact]
        public Task Write_through_a_local_holding_the_parameters_HostConfig_replaces_the_initializers_value() => Verify(@"
    static CreateContainerParameters Create()
    {
        var parameters = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = true, PidMode = ""host"", CapAdd = new List<string> { ""SYS_ADMIN"" } } };
        var hostConfig = parameters.HostConfig;
        hostConfig.Privileged = false;
        hostConfig.PidMode = null;
        hostConfig.CapAdd.Clear();
        return parameters;
    }

    static CreateContainerParameters Either(bool debug)
    {
        var parameters = debug
            ? new CreateContainerParameters { Image = ""a"", HostConfig = new HostConfig { Privileged = true } }
            : new CreateContainerParameters { Image = ""b"", HostConfig = new HostConfig { Privileged = true } };
        var hostConfig = parameters.HostConfig;
        hostConfig.Privileged = false;
        return parameters;
    }

    static CreateContainerParameters Branches(bool debug)
    {
        CreateContainerParameters parameters;
        if (debug) parameters = new CreateContainerParameters { Image = ""a"", HostConfig = new HostConfig { PidMode = ""host"" } };
        else parameters = new CreateContainerParameters { Image = ""b"", HostConfig = new HostConfig { PidMode = ""host"" } };
        var hostConfig = parameters.HostConfig;
        hostConfig.PidMode = null;
        return parameters;
    }

    static CreateContainerParameters TakenBeforeTheParametersAreReplaced(bool debug)
    {
        var parameters = debug
            ? new CreateContainerParameters { Image = ""a"", HostConfig = new HostConfig { Privileged = {|CTL1003:true|} } }
            : new CreateContainerParameters { Image = ""b"", HostConfig = new HostConfig { Privileged = {|CTL1003:true|} } };
        var earlier = parameters.HostConfig;
        parameters = new CreateContainerParameters { Image = ""c"", HostConfig = new HostConfig() };
        var hostConfig = parameters.HostConfig;
        hostConfig.Privileged = false;
        return parameters;
    }

    static CreateContainerParameters WrittenDangerouslyThroughTheLocal(bool debug)
    {
        var parameters = debug
            ? new CreateContainerParameters { Image = ""a"", HostConfig = new HostConfig { NetworkMode = ""bridge"" } }
            : new CreateContainerParameters { Image = ""b"", HostConfig = new HostConfig() };
        var hostConfig = parameters.HostConfig;
        hostConfig.NetworkMode = {|CTL5003:""host""|};
        return parameters;
    }

    static HostConfig LocalOfTheHostConfigs(bool debug)
    {
        var hc = debug ? new HostConfig { Privileged = true, IpcMode = ""host"" } : new HostConfig { Privileged = true };
        var alias = hc;
        alias.Privileged = false;
        alias.IpcMode = ""private"";
        alias.PidMode = {|CTL5001:""host""|};
        return hc;
    }

    static HostConfig TakenOnTheOtherBranch(bool debug)
    {
        HostConfig hc;
        HostConfig alias = null;
        if (debug) hc = new HostConfig { Privileged = {|CTL1003:true|} };
        else
        {
            hc = new HostConfig { Privileged = false };
            alias = hc;
        }
        alias.Privileged = false;
        return hc;
    }");

        [Fact]
        public Task Writes_through_a_local_that_takes_the_HostConfig_from_a_local_holding_that_of_several_creations_are_read() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters Either(bool x)
    {
        var p = x ? new CreateContainerParameters { HostConfig = new HostConfig() } : new CreateContainerParameters { HostConfig = new HostConfig() };
        var hc = p.HostConfig;
        var alias = hc;
        alias.PidMode = {|#0:""host""|};
        return p;
    }
    static CreateContainerParameters Branches(bool x)
    {
        CreateContainerParameters p;
        if (x) p = new CreateContainerParameters { Image = ""a"", HostConfig = new HostConfig { Privileged = true, IpcMode = ""host"" } };
        else p = new CreateContainerParameters { Image = ""b"", HostConfig = new HostConfig { Privileged = true } };
        var hc = p.HostConfig;
        var alias = hc;
        var again = alias;
        alias.Privileged = false;
        again.IpcMode = ""private"";
        again.NetworkMode = {|#1:""host""|};
        return p;
    }
    static CreateContainerParameters SameValue(bool x)
    {
        var p = x ? new CreateContainerParameters { HostConfig = new HostConfig { Privileged = true } } : new CreateContainerParameters { HostConfig = new HostConfig() };
        var hc = p.HostConfig;
        var alias = hc;
        alias.Privileged = {|#2:true|};
        return p;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 0),
            Definite("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2));

        [Fact]
        public Task Write_through_a_local_that_took_the_HostConfig_before_the_property_was_given_a_new_one_does_not_reach_the_new_one() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters OneCreation()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
        var hc = p.HostConfig;
        p.HostConfig = new HostConfig { Privileged = {|#0:true|}, CapAdd = new List<string> { {|#1:""SYS_ADMIN""|} } };
        hc.Privileged = false;
        hc.CapAdd = new List<string>();
        return p;
    }
    static CreateContainerParameters Either(bool x)
    {
        var p = x ? new CreateContainerParameters { HostConfig = new HostConfig() } : new CreateContainerParameters { HostConfig = new HostConfig() };
        var hc = p.HostConfig;
        var alias = hc;
        p.HostConfig = new HostConfig { Privileged = {|#2:true|} };
        hc.Privileged = false;
        alias.Privileged = false;
        return p;
    }
    static CreateContainerParameters Branches(bool x)
    {
        CreateContainerParameters p;
        if (x) p = new CreateContainerParameters { Image = ""a"", HostConfig = new HostConfig() };
        else p = new CreateContainerParameters { Image = ""b"", HostConfig = new HostConfig() };
        var hc = p.HostConfig;
        p.HostConfig = new HostConfig { PidMode = {|#3:""host""|} };
        hc.PidMode = """";
        return p;
    }
    static void Handed(CreateContainerParameters p)
    {
        var hc = p.HostConfig;
        p.HostConfig = new HostConfig { Privileged = {|#4:true|} };
        hc.Privileged = false;
    }
    static CreateContainerParameters TakenAfter()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { PidMode = ""host"" } };
        p.HostConfig = new HostConfig { Privileged = true };
        var hc = p.HostConfig;
        hc.Privileged = false;
        return p;
    }
    static CreateContainerParameters TakenAfterAssignedTwice()
    {
        var p = new CreateContainerParameters();
        p.HostConfig = new HostConfig { Privileged = true };
        p.HostConfig = new HostConfig();
        var hc = p.HostConfig;
        hc.Privileged = false;
        return p;
    }
    static CreateContainerParameters TakenAfterAnotherOnSomePaths(bool x)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = true } };
        if (x) p.HostConfig = new HostConfig();
        var hc = p.HostConfig;
        hc.Privileged = false;
        return p;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 1),
            Definite("CTL1003", Error, "the container runs privileged", 2),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 3),
            Definite("CTL1003", Error, "the container runs privileged", 4));

        [Fact]
        public Task What_a_local_writes_into_the_HostConfig_it_took_is_not_reported_when_the_property_is_given_another_on_every_path_and_the_local_is_only_written_through() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static void Use(HostConfig hostConfig) { }
    static CreateContainerParameters Dropped()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { IpcMode = ""host"" } };
        var hc = p.HostConfig;
        var alias = hc;
        p.HostConfig = new HostConfig();
        hc.PidMode = ""host"";
        alias.Privileged = true;
        hc.CapAdd.Add(""SYS_ADMIN"");
        return p;
    }
    static CreateContainerParameters ListDropped()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { CapAdd = new List<string>() } };
        var caps = p.HostConfig.CapAdd;
        p.HostConfig = new HostConfig { CapAdd = new List<string>() };
        caps.Add(""SYS_ADMIN"");
        return p;
    }
    static CreateContainerParameters DroppedFromEither(bool x)
    {
        var p = x ? new CreateContainerParameters { HostConfig = new HostConfig() } : new CreateContainerParameters { HostConfig = new HostConfig() };
        var hc = p.HostConfig;
        p.HostConfig = new HostConfig();
        hc.PidMode = ""host"";
        return p;
    }
    static CreateContainerParameters UsedAfterwards()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
        var hc = p.HostConfig;
        p.HostConfig = new HostConfig();
        hc.PidMode = {|#0:""host""|};
        Use(hc);
        return p;
    }
    static CreateContainerParameters ReplacedOnSomePaths(bool safe)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
        var hc = p.HostConfig;
        if (safe) p.HostConfig = new HostConfig();
        hc.PidMode = {|#1:""host""|};
        return p;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 0),
            MayBeUndone("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1));

        [Fact]
        public Task Writes_through_a_local_given_a_parameter_or_a_creation_are_read() => Verify(@"
    static CreateContainerParameters Configure(CreateContainerParameters handed, bool fresh)
    {
        var parameters = fresh ? new CreateContainerParameters { HostConfig = new HostConfig() } : handed;
        parameters.HostConfig.Privileged = {|CTL1003:true|};
        parameters.User = {|CTL1001:""root""|};
        return parameters;
    }

    static HostConfig Either(HostConfig handed, bool fresh)
    {
        HostConfig hc = handed;
        if (fresh) hc = new HostConfig();
        hc.PidMode = {|CTL5001:""host""|};
        return hc;
    }");

        [Fact]
        public Task Writes_through_a_HostConfig_local_given_a_parameter_or_a_creation_by_a_conditional_or_coalesce_are_read_as_after_an_if_else() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Branches(HostConfig handed, bool fresh)
    {
        HostConfig hc;
        if (fresh) hc = handed; else hc = new HostConfig { Privileged = true };
        hc.Privileged = false;
        hc.PidMode = {|#0:""host""|};
        return hc;
    }
    static HostConfig HandedFirst(HostConfig handed, bool fresh)
    {
        var hc = fresh ? handed : new HostConfig();
        hc.PidMode = {|#1:""host""|};
        return hc;
    }
    static HostConfig CreatedFirst(HostConfig handed, bool fresh)
    {
        var hc = fresh ? new HostConfig() : handed;
        hc.IpcMode = {|#2:""host""|};
        return hc;
    }
    static HostConfig Coalesced(HostConfig handed)
    {
        HostConfig hc = handed ?? new HostConfig();
        hc.PidMode = {|#3:""host""|};
        return hc;
    }
    static HostConfig InitializerValueReplaced(HostConfig handed, bool fresh)
    {
        var hc = fresh ? handed : new HostConfig { Privileged = true, NetworkMode = ""host"" };
        hc.Privileged = false;
        hc.NetworkMode = ""bridge"";
        hc.PidMode = {|#4:""host""|};
        return hc;
    }
    static HostConfig SameValueAgain(HostConfig handed)
    {
        var hc = handed ?? new HostConfig { Privileged = true };
        hc.Privileged = {|#5:true|};
        return hc;
    }
    static HostConfig MayBeAnInspectResponse(Docker.DotNet.IDockerClient client, bool fresh)
    {
        var hc = fresh ? new HostConfig() : client.Containers.InspectContainerAsync(""x"").Result.HostConfig;
        hc.PidMode = ""host"";
        var other = Existing() ?? new HostConfig();
        other.PidMode = ""host"";
        return hc;
    }
    static HostConfig Existing() => null;"), DockerLibrary.DockerDotNet,
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 0),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1),
            Definite("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 2),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 3),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 4),
            Definite("CTL1003", Error, "the container runs privileged", 5));

        [Fact]
        public Task Local_reassigned_after_holding_the_HostConfig_is_not_taken_for_it() => Verify(@"
    static void Configure(CreateContainerParameters handed, HostConfig other)
    {
        var hostConfig = handed.HostConfig;
        hostConfig = other;
        hostConfig.Privileged = true;
    }");

        [Fact]
        public Task Parameters_held_in_a_property_are_read_for_what_a_method_writes_into_them() => Verify(@"
    public CreateContainerParameters Parameters { get; } = new CreateContainerParameters { HostConfig = new HostConfig() };
    void Debug() => Parameters.HostConfig.CapAdd = new List<string> { {|CTL2001:""SYS_PTRACE""|} };");

        [Fact]
        public Task Parameters_held_in_another_objects_property_are_read_for_what_a_method_writes_into_them() => Verify(@"
    class Options { public CreateContainerParameters Parameters { get; set; } = new CreateContainerParameters { HostConfig = new HostConfig() }; }
    class Settings { public Options Options { get; } = new Options(); }
    static void Debug(Options options, Settings settings)
    {
        options.Parameters.HostConfig.Privileged = {|CTL1003:true|};
        options.Parameters.User = {|CTL1001:""root""|};
        settings.Options.Parameters.HostConfig.PidMode = {|CTL5001:""host""|};
    }
    static void Local()
    {
        var o = new Options();
        o.Parameters.HostConfig.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
    }
    static void Overridden(Options options, string user)
    {
        // The user the container ends up with is the last one written: a parameter, not reported.
        options.Parameters = new CreateContainerParameters { User = ""root"" };
        options.Parameters.User = user;
    }");

        [Fact]
        public Task Parameters_reached_through_this_objects_options_are_read_for_what_a_method_writes_into_them() => Verify(@"
    class Options { public CreateContainerParameters Parameters = new CreateContainerParameters { HostConfig = new HostConfig() }; }
    private readonly Options _options = new Options();
    private Options Current { get; } = new Options();
    static readonly Options Shared = new Options();
    void Debug()
    {
        _options.Parameters.HostConfig.Privileged = {|CTL1003:true|};
        Current.Parameters.User = {|CTL1001:""root""|};
        Shared.Parameters.HostConfig.NetworkMode = {|CTL5003:""host""|};
    }");

        [Fact]
        public Task HostConfig_created_into_a_field_is_read_with_what_the_method_writes_into_it_afterwards() => Verify(@"
    private HostConfig _hostConfig;
    void Build()
    {
        _hostConfig = new HostConfig { CapDrop = new List<string> { ""ALL"" } };
        _hostConfig.PidMode = {|CTL5001:""host""|};
    }");

        [Fact]
        public Task Field_given_another_HostConfig_after_the_creation_is_not_taken_for_it() => Verify(@"
    private HostConfig _hostConfig;
    void Build(ContainerInspectResponse current)
    {
        _hostConfig = new HostConfig { CapDrop = new List<string> { ""ALL"" } };
        _hostConfig = current.HostConfig;
        _hostConfig.Privileged = true;
    }");

        [Fact]
        public Task HostConfig_held_in_a_field_is_not_read_because_it_may_be_an_inspect_response() => Verify(@"
    private HostConfig _current;
    void Load(ContainerInspectResponse response) => _current = response.HostConfig;
    void Tweak() => _current.Privileged = true;");

        [Fact]
        public Task Parameters_of_a_foreach_loop_are_read_for_what_the_loop_writes() => Verify(@"
    static void Elevate(List<CreateContainerParameters> all)
    {
        foreach (var p in all) p.HostConfig.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
    }");

        [Fact]
        public Task Created_parameters_held_in_a_local_are_read_once() => Verify(@"
    static CreateContainerParameters Create()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
        p.User = {|CTL1001:""root""|};
        return p;
    }");

        [Fact]
        public Task HostConfig_obtained_from_a_helper_is_not_read_because_it_may_be_an_inspect_response() => Verify(@"
    static HostConfig Current(ContainerInspectResponse response) => response.HostConfig;
    static void Tweak(ContainerInspectResponse response)
    {
        var hostConfig = Current(response);
        hostConfig.Privileged = true;
    }");

        [Fact]
        public Task Config_or_HostConfig_from_a_helper_that_goes_into_request_parameters_reports_the_constants_written_into_it() => Verify(@"
    static readonly Config Template = new Config { Image = ""alpine"" };
    static Config Load() => Template;
    static HostConfig Configured() => null;
    static async System.Threading.Tasks.Task FromATemplate(Docker.DotNet.IDockerClient client)
    {
        var container = Load()!;
        container.User = {|CTL1001:""root""|};
        var parameters = new CreateContainerParameters(container) { Name = ""runner"" };
        await client.Containers.CreateContainerAsync(parameters);
    }
    static async System.Threading.Tasks.Task Configured(Docker.DotNet.IDockerClient client)
    {
        var hc = Configured() ?? new HostConfig();
        hc.Privileged = {|CTL1003:true|};
        hc.Binds ??= new List<string>();
        hc.Binds.Add({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|});
        await client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = ""alpine"", HostConfig = hc });
    }
    // rules.md: writes to objects obtained from inspect responses are not reported, even into request parameters.
    static CreateContainerParameters Recreated(ContainerInspectResponse inspect)
    {
        var hc = inspect.HostConfig;
        hc.PidMode = ""host"";
        var p = new CreateContainerParameters(inspect.Config);
        p.HostConfig = hc;
        return p;
    }
    static System.Action<CreateContainerParameters> Modifier(HostConfig configured)
    {
        var hc = configured;
        hc.NetworkMode = {|CTL5003:""host""|};
        return p => p.HostConfig = hc;
    }", reportOmissions: true);

        [Fact]
        public Task Config_or_HostConfig_from_a_helper_reports_no_value_read_from_it_or_a_parameter_and_nothing_when_no_request_parameters_take_it() => Verify(@"
    static Config Load() => new Config();
    static HostConfig Configured() => null;
    static async System.Threading.Tasks.Task Unknown(Docker.DotNet.IDockerClient client, bool privileged, string user)
    {
        var hc = Configured();
        hc.Privileged = privileged;
        hc.PidMode = hc.IpcMode;
        hc.CapAdd = new List<string>(hc.CapDrop);
        var cfg = Load();
        cfg.User = user;
        await client.Containers.CreateContainerAsync(new CreateContainerParameters(cfg) { HostConfig = hc });
    }
    static HostConfig Displayed(ContainerInspectResponse inspect)
    {
        var hc = inspect.HostConfig;
        hc.Privileged = true;
        var other = Configured() ?? new HostConfig();
        other.PidMode = ""host"";
        var cfg = Load();
        cfg.User = ""root"";
        System.Console.WriteLine(cfg.User + other.PidMode);
        return hc;
    }
    // The copy constructor copies: what the initializer writes again, and what is written after the copy, is not the container's.
    static async System.Threading.Tasks.Task Overridden(Docker.DotNet.IDockerClient client)
    {
        var cfg = Load();
        cfg.User = ""root"";
        await client.Containers.CreateContainerAsync(new CreateContainerParameters(cfg) { User = ""1000"" });
    }
    static async System.Threading.Tasks.Task WrittenAfterTheCopy(Docker.DotNet.IDockerClient client)
    {
        var cfg = Load();
        var p = new CreateContainerParameters(cfg);
        cfg.User = ""root"";
        await client.Containers.CreateContainerAsync(p);
    }
    static ContainerInspectResponse Described(ContainerInspectResponse inspect)
    {
        var hc = Configured();
        hc.Privileged = true;
        return new ContainerInspectResponse { HostConfig = hc };
    }", reportOmissions: true);

        // Mounts and device mappings built outside a HostConfig

        [Fact]
        public Task Mount_returned_by_a_helper_is_reported() => Verify(@"
    static Mount Socket() => {|CTL3004:new Mount { Type = ""bind"", Source = ""/var/run/docker.sock"", Target = ""/var/run/docker.sock"" }|};");

        [Fact]
        public Task Mount_added_to_a_list_handed_elsewhere_is_reported() => Verify(@"
    static void AddMounts(IList<Mount> mounts)
    {
        mounts.Add({|CTL3003:new Mount { Type = ""bind"", Source = ""/etc"", Target = ""/host-etc"", ReadOnly = true }|});
        mounts.Add(new Mount { Type = ""volume"", Source = ""data"", Target = ""/data"" });
    }");

        [Fact]
        public Task Mount_inside_a_HostConfig_of_the_method_is_reported_once() => Verify(@"
    static HostConfig Create()
    {
        var socket = new Mount { Type = ""bind"", Source = ""/run/docker.sock"", Target = ""/run/docker.sock"" };
        return new HostConfig { Mounts = new List<Mount> { {|CTL3004:socket|} }, CapDrop = new List<string> { ""ALL"" } };
    }");

        [Fact]
        public Task Device_mapping_returned_by_a_helper_is_reported() => Verify(@"
    static DeviceMapping Fuse() => {|CTL3001:new DeviceMapping { PathOnHost = ""/dev/fuse"", PathInContainer = ""/dev/fuse"" }|};");

        [Fact]
        public Task Mount_with_a_type_read_from_a_parameter_is_not_reported() => Verify(@"
    static Mount Create(string type) => new Mount { Type = type, Source = ""/var/run/docker.sock"", Target = ""/s"" };");

        // Local volume driver binding a host path (as top-level Compose volumes with driver_opts)

        [Fact]
        public Task Local_volume_driver_binding_the_docker_socket_is_reported_at_the_mount() => Verify(@"
    static Mount Socket() => {|CTL3004:new Mount
    {
        Type = ""volume"", Source = ""sock"", Target = ""/var/run/docker.sock"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""none"", [""o""] = ""bind,nosuid,nodev"", [""device""] = ""/var/run/docker.sock"" } } },
    }|};");

        [Fact]
        public Task Local_volume_driver_binding_etc_read_only_is_still_sensitive() => Verify(@"
    static HostConfig Create() => new HostConfig { CapDrop = new List<string> { ""ALL"" }, Mounts = new List<Mount> { {|CTL3003:new Mount
    {
        Type = ""volume"", Source = ""etc"", Target = ""/host/etc"", ReadOnly = true,
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Name = ""local"", Options = new Dictionary<string, string> { [""o""] = ""rbind,nosuid,nodev"", [""device""] = ""/etc"" } } },
    }|} } };");

        [Fact]
        public Task Other_volume_driver_options_are_not_a_bind() => Verify(@"
    static Mount Nfs() => new Mount
    {
        Type = ""volume"", Source = ""nfs"", Target = ""/data"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Name = ""rexray/ebs"", Options = new Dictionary<string, string> { [""o""] = ""bind"", [""device""] = ""/etc"" } } },
    };");

        [Fact]
        public Task Local_volume_driver_with_an_nfs_type_is_not_a_bind() => Verify(@"
    static Mount Nfs() => new Mount
    {
        Type = ""volume"", Source = ""nfs"", Target = ""/data"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""nfs"", [""o""] = ""addr=10.0.0.1,nosuid,nodev"", [""device""] = "":/etc"" } } },
    };");

        // Audit 129 D129-2: a conditional in an interpolation hole is read as its concatenation twin is, one value per branch.
        [Fact]
        public Task Conditional_in_an_interpolation_hole_is_read_branch_by_branch() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Create(bool mountSocket, bool debug, int k) => new HostConfig
    {
        Binds = new List<string>
        {
            {|#0:$""{(mountSocket ? ""/var/run/docker.sock"" : ""/srv/empty"")}:/var/run/docker.sock""|},
            {|#1:$""{k switch { 0 => ""/etc"", _ => ""/data"" }}:/x""|},
            $""{(debug ? ""/srv/a"" : ""/srv/b"")}:/y:{debug}"",
        },
        NetworkMode = {|#2:$""{(debug ? ""host"" : ""bridge"")}""|},
    };"), DockerLibrary.DockerDotNet,
            May("CTL3004", Error, "host path '/var/run/docker.sock' is mounted", 0),
            May("CTL3003", Warning, "host path '/etc' is mounted writable", 1),
            May("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 2));

        // Audit 129 D129-3: static readonly fields built from const fields (of the class, a class around it, another class).
        [Fact]
        public Task Static_readonly_fields_built_from_const_fields_are_read() => Verify(@"
    private const string DockerRunDir = ""/var/run"";
    private const string DockerSocket = DockerRunDir + ""/docker.sock"";
    private const string DebugCap = ""SYS_PTRACE"";
    private static readonly string SocketPath = DockerRunDir + ""/docker.sock"";
    private static readonly string[] DindBinds = { $""{DockerSocket}:{DockerSocket}"" };
    private static readonly List<string> DebugCaps = new() { DebugCap, Names.Admin, nameof(Names.SYS_TIME) };
    private static readonly string DefaultUser = Names.Root;
    private static readonly string Joined = SocketPath + "":/s"";
    private static readonly string Later = Socket + "":/t"";
    private static readonly string Socket = ""/var/run/docker.sock"";
    private static readonly bool Dind = Features.Dind;
    static CreateContainerParameters Create() => new CreateContainerParameters
    {
        User = {|CTL1001:DefaultUser|},
        HostConfig = new HostConfig
        {
            Binds = new List<string> { {|CTL3004:Joined|}, Later },
            CapAdd = {|CTL2001:{|CTL2002:DebugCaps|}|},
            Mounts = new List<Mount> { {|CTL3004:new Mount { Type = ""bind"", Source = SocketPath, Target = ""/s"" }|} },
            Privileged = {|CTL1003:Dind|},
        },
    };
    static HostConfig Array() => new HostConfig { Binds = {|CTL3004:DindBinds|} };
}
static class Names
{
    public const string Root = ""root"";
    public const string Admin = ""NET_ADMIN"";
    public const string SYS_TIME = ""x"";
}
static class Features
{
    public const bool Dind = true;");

        // Audit 129 D129-11: a branch a constant condition never takes does not run (CS0162); the one it always takes does.
        [Fact]
        public Task Writes_in_a_branch_a_constant_condition_never_takes_are_not_reported() => Verify(@"
    const bool EnableDind = false;
    static HostConfig Create()
    {
        var hc = new HostConfig();
        if (EnableDind)
        {
            hc.Privileged = true;
            hc.Binds = new List<string> { ""/var/run/docker.sock:/var/run/docker.sock"" };
        }
        else hc.PidMode = {|CTL5001:""host""|};
        if (!EnableDind) hc.IpcMode = {|CTL5002:""host""|};
        else hc.UTSMode = ""host"";
        return hc;
    }
    static HostConfig Created() => EnableDind ? new HostConfig { Privileged = true } : new HostConfig { NetworkMode = {|CTL5003:""host""|} };");

        // Audit 129 D129-7: a list given a filter of itself keeps some of its elements: those an Except of constants names
        // go, any other may (it stayed definite, as for an assignment that gives the old list back).
        [Fact]
        public Task A_list_given_a_filter_of_itself_may_have_lost_its_earlier_elements() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Sanitised()
    {
        var hc = new HostConfig
        {
            CapAdd = new List<string> { ""SYS_ADMIN"", {|#0:""SYS_PTRACE""|}, ""NET_BIND_SERVICE"" },
            Binds = new List<string> { {|#1:""/var/run/docker.sock:/var/run/docker.sock""|}, ""/data:/data"" },
        };
        hc.CapAdd = hc.CapAdd.Except(new[] { ""SYS_ADMIN"" }).ToList();
        hc.Binds = hc.Binds.Where(b => !b.Contains(""docker.sock"")).ToList();
        hc.CapAdd.Add({|#2:""SYS_ADMIN""|});
        return hc;
    }
    static HostConfig Copied()
    {
        var hc = new HostConfig { CapAdd = new List<string> { {|#3:""SYS_ADMIN""|} } };
        hc.CapAdd = hc.CapAdd.Distinct().ToList();
        return hc;
    }").Replace("using System.Collections.Generic;", "using System.Collections.Generic;\nusing System.Linq;"), DockerLibrary.DockerDotNet,
            MayBeUndone("CTL2001", Error, "capability 'SYS_PTRACE' is added", 0),
            MayBeUndone("CTL3004", Error, "host path '/var/run/docker.sock' is mounted", 1),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 2),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 3));

        // Audit 129 D129-1: request parameters given a HostConfig the method obtains (a helper's, a parameter, ??= a default)
        // get what is written through their HostConfig, as a local holding it does; not an inspect response's.
        [Fact]
        public Task Writes_through_the_HostConfig_of_parameters_given_an_obtained_one_are_reported() => Verify(@"
    static HostConfig Base() => null;
    static CreateContainerParameters InInitializer()
    {
        var p = new CreateContainerParameters { Image = ""docker:dind"", HostConfig = Base() };
        p.HostConfig.Privileged = {|CTL1003:true|};
        p.HostConfig.Binds = new List<string> { {|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|} };
        return p;
    }
    static CreateContainerParameters Assigned()
    {
        var p = new CreateContainerParameters { Image = ""alpine"" };
        p.HostConfig = Base();
        p.HostConfig.PidMode = {|CTL5001:""host""|};
        return p;
    }
    static CreateContainerParameters ThroughALocal()
    {
        var hc = Base();
        var p = new CreateContainerParameters { Image = ""alpine"", HostConfig = hc };
        p.HostConfig.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        return p;
    }
    // Given to two parameters: what one gets through its HostConfig, the other gets too (audit 132).
    static CreateContainerParameters SharedByTwo()
    {
        var hc = Base();
        var p = new CreateContainerParameters { Image = ""alpine"", HostConfig = hc };
        var q = new CreateContainerParameters { Image = ""alpine"", HostConfig = hc };
        p.HostConfig.PidMode = ""host"";
        q.HostConfig.PidMode = ""private"";
        return p;
    }
    // Written through the local too: read through the local alone, once (audit 132 H132-1, H132-3).
    static CreateContainerParameters ThroughALocalWrittenToo()
    {
        var hc = Base();
        var p = new CreateContainerParameters { Image = ""alpine"", HostConfig = hc };
        p.HostConfig.PidMode = ""host"";
        hc.PidMode = ""private"";
        hc.IpcMode = {|CTL5002:""host""|};
        return p;
    }
    static CreateContainerParameters ThroughALocalOfAnInspectResponse(ContainerInspectResponse inspect)
    {
        var hc = inspect.HostConfig;
        var p = new CreateContainerParameters { Image = ""alpine"", HostConfig = hc };
        p.HostConfig.CapAdd = new List<string> { ""SYS_ADMIN"" };
        return p;
    }
    static void HandedAfterDefault(CreateContainerParameters p) { p.HostConfig ??= Base(); p.HostConfig.PidMode = {|CTL5001:""host""|}; }
    static void HandedAfterAssign(CreateContainerParameters p, HostConfig hc) { p.HostConfig = hc; p.HostConfig.NetworkMode = {|CTL5003:""host""|}; }
    static CreateContainerParameters Recreated(ContainerInspectResponse inspect)
    {
        var p = new CreateContainerParameters { Image = ""alpine"", HostConfig = inspect.HostConfig };
        p.HostConfig.Privileged = true;
        return p;
    }
    static void RecreatedHanded(CreateContainerParameters p, ContainerInspectResponse inspect) { p.HostConfig = inspect.HostConfig; p.HostConfig.IpcMode = ""host""; }");

        // Audit 129 D129-12: a local given a value on some paths only (if, else, a switch section) may hold it or the one
        // before; not one given on a path apart from the use, in a loop, or in an expression.
        [Fact]
        public Task A_local_given_a_value_on_some_paths_only_is_read_with_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters DefaultThenIf(bool dind, bool debug)
    {
        var privileged = false;
        if (dind) privileged = true;
        var user = ""app"";
        if (debug) { user = ""root""; }
        return new CreateContainerParameters { User = {|#0:user|}, HostConfig = new HostConfig { Privileged = {|#1:privileged|} } };
    }
    static HostConfig IfElse(bool debug, int mode)
    {
        string network;
        if (debug) network = ""host""; else network = ""bridge"";
        string pid;
        switch (mode)
        {
            case 1: pid = ""host""; break;
            default: pid = ""private""; break;
        }
        return new HostConfig { NetworkMode = {|#2:network|}, PidMode = {|#3:pid|} };
    }
    static HostConfig NotOnItsPath(bool debug)
    {
        var ipc = ""private"";
        if (debug) ipc = ""host"";
        else return new HostConfig { IpcMode = ipc };
        return null;
    }
    static HostConfig InALoop(bool[] flags)
    {
        var privileged = false;
        foreach (var flag in flags) if (flag) privileged = true;
        return new HostConfig { Privileged = privileged };
    }"), DockerLibrary.DockerDotNet,
            May("CTL1001", Warning, "user 'root'", 0),
            May("CTL1003", Error, "the container runs privileged", 1),
            May("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 2),
            May("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 3));

        // Audit 129 D129-8: what is added through a local or parameter that holds a list the method does not create goes into
        // it all the same; List<T>.ToArray() copies; AddRange of a static readonly array does not change the array.
        [Fact]
        public Task Adds_to_a_list_the_method_obtains_are_read() => Verify(@"
    static readonly string[] DebugBinds = { ""/root:/root"" };
    static List<string> DefaultBinds() => new() { ""/data:/data"" };
    static HostConfig FromSettings(IEnumerable<string> configured)
    {
        var binds = System.Linq.Enumerable.ToList(configured);
        binds.Add({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|});
        return new HostConfig { Binds = binds };
    }
    static HostConfig FromHelper()
    {
        var binds = DefaultBinds();
        binds.Add({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|});
        binds.Add(""/etc:/etc"");
        binds.Remove(""/etc:/etc"");
        return new HostConfig { Binds = binds };
    }
    static HostConfig HandedList(List<string> binds)
    {
        var hc = new HostConfig { Binds = binds };
        binds.Add({|CTL3003:""/etc:/etc""|});
        return hc;
    }
    static HostConfig ToArrayOfLocal(bool debug)
    {
        var caps = new List<string> { {|CTL2002:""NET_ADMIN""|} };
        if (debug) caps.Add({|CTL2001:""SYS_PTRACE""|});
        return new HostConfig { CapAdd = caps.ToArray() };
    }
    static HostConfig StaticReadonlyCopied()
    {
        var binds = new List<string>();
        binds.AddRange({|CTL3003:DebugBinds|});
        return new HostConfig { Binds = binds };
    }");

        // Audit 129 D129-10: a Mount that is a bind on one branch only binds its source on that branch: "may".
        [Fact]
        public Task A_mount_that_is_a_bind_on_one_branch_only_is_reported_with_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static Mount DataMount(bool useHost) => {|#0:new Mount { Type = useHost ? ""bind"" : ""volume"", Source = ""/etc"", Target = ""/config"" }|};"),
            DockerLibrary.DockerDotNet,
            May("CTL3003", Warning, "host path '/etc' is mounted writable", 0));

        // Audit 130 R130-1, R130-7: a helper that may hand back an inspect response's HostConfig (named for inspecting, or
        // handed an inspect response) is not read; nor parameters given a second HostConfig after the writes.
        [Fact]
        public Task Parameters_given_an_inspected_or_a_second_HostConfig_are_not_read_through() => Verify(@"
    static HostConfig Of(ContainerInspectResponse inspect) => inspect.HostConfig;
    static async System.Threading.Tasks.Task<HostConfig> InspectHost(Docker.DotNet.IDockerClient client, string id) => (await client.Containers.InspectContainerAsync(id)).HostConfig;
    static HostConfig Hardened() => null;
    static CreateContainerParameters FromInspect(ContainerInspectResponse inspect)
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = Of(inspect) };
        p.HostConfig.NetworkMode = ""host"";
        return p;
    }
    static async System.Threading.Tasks.Task<CreateContainerParameters> Inspected(Docker.DotNet.IDockerClient client, string id)
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = await InspectHost(client, id) };
        p.HostConfig.PidMode = ""host"";
        return p;
    }
    static CreateContainerParameters Replaced()
    {
        var p = new CreateContainerParameters { Image = ""app"", HostConfig = Hardened() };
        p.HostConfig.PidMode = ""host"";
        p.HostConfig = Hardened();
        return p;
    }
    static CreateContainerParameters ReplacedByAParameter(HostConfig draft, HostConfig approved)
    {
        var p = new CreateContainerParameters { Image = ""app"", HostConfig = draft };
        p.HostConfig.NetworkMode = ""host"";
        p.HostConfig = approved;
        return p;
    }");

        // Audit 131 G131-2, G131-3 (against audit 130 R130-2): a conditional in a hole after a ':' gives a value per branch,
        // as its concatenation twin does, so that the writable branch of a mode is not lost (the finding about the host
        // part then says "may" for each branch); a branch whose value is not known ends its value there, as in a concatenation.
        [Fact]
        public Task A_conditional_in_a_hole_is_read_branch_by_branch_wherever_it_is() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Host(bool readOnly, bool dind, string dataDir) => new HostConfig
    {
        Binds = new List<string>
        {
            {|#0:$""/proc:/host/proc:{(readOnly ? ""ro"" : ""rw"")}""|},
            {|#1:$""{(dind ? ""/var/run/docker.sock"" : dataDir)}:/var/run/docker.sock""|},
        },
    };
    static CreateContainerParameters User(bool admin) => new CreateContainerParameters { User = {|#2:$""root:{(admin ? ""0"" : ""root"")}""|} };
    static Config Configured(bool debug, string configured) => new Config { User = {|#3:$""{(debug ? ""root"" : configured)}""|} };"), DockerLibrary.DockerDotNet,
            May("CTL3002", Error, "host path '/proc' is mounted writable", 0),
            May("CTL3003", Warning, "host path '/proc' is mounted read-only", 0),
            May("CTL3004", Error, "host path '/var/run/docker.sock' is mounted", 1),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL1001", Warning).WithLocation(2)
                .WithArguments("user 'root:0' on one branch of a conditional, so it may apply; user 'root:root' on one branch of a conditional, so it may apply"),
            May("CTL1001", Warning, "user 'root'", 3));

        // Audit 130 R130-3: a value given in a branch that then leaves is not on the use's path.
        [Fact]
        public Task A_local_given_a_value_in_a_branch_that_leaves_is_not_read_at_a_later_use() => Verify(@"
    static CreateContainerParameters Leaves(bool debug, int mode)
    {
        var user = ""app"";
        if (debug) { user = ""root""; return null; }
        var privileged = false;
        if (mode == 1) { privileged = true; throw new System.InvalidOperationException(); }
        var pid = ""private"";
        switch (mode)
        {
            case 2: pid = ""host""; return null;
            default: break;
        }
        return new CreateContainerParameters { User = user, HostConfig = new HostConfig { Privileged = privileged, PidMode = pid } };
    }");

        // Audit 130 R130-4: what is added to a list after a copy of it is taken is not in the copy.
        [Fact]
        public Task Adds_after_a_copy_of_the_list_are_not_in_the_copy() => Verify(@"
    static HostConfig Snapshot(List<string> extra)
    {
        var binds = new List<string> { {|CTL3003:""/etc:/etc""|} };
        var hc = new HostConfig { Binds = binds.ToArray() };
        binds.Add(""/var/run/docker.sock:/var/run/docker.sock"");
        binds.AddRange(new[] { ""/root:/root"" });
        var more = extra;
        var copy = new HostConfig { Binds = System.Linq.Enumerable.ToList(more) };
        more.Add(""/var/run/docker.sock:/var/run/docker.sock"");
        return hc;
    }");

        // Audit 130 R130-6: a ?: whose constant condition never takes one branch reads the other alone; a while (false) body never runs.
        [Fact]
        public Task A_conditional_with_a_constant_condition_reads_the_branch_it_takes() => Verify(@"
    const bool EnableDind = false;
    static HostConfig Host(bool privileged, string network) => new HostConfig
    {
        Privileged = EnableDind ? true : privileged,
        NetworkMode = EnableDind ? ""host"" : network,
        PidMode = !EnableDind ? {|CTL5001:""host""|} : network,
    };
    static HostConfig Loop()
    {
        var hc = new HostConfig();
        while (EnableDind) { hc.IpcMode = ""host""; break; }
        return hc;
    }");

        // Audit 130 R130-2 against D129-2: after a part that is itself one of several, a later hole goes on branch by branch.
        [Fact]
        public Task A_user_whose_both_parts_are_conditional_is_read_branch_by_branch() => Verify(@"
    static CreateContainerParameters Create(bool debug) => new CreateContainerParameters { User = {|CTL1001:$""{(debug ? ""root"" : ""app"")}:{(debug ? ""root"" : ""app"")}""|} };");

        // Audit 131 G131-1: a method of the project that inspects, whatever its name, may hand back an inspect response's
        // HostConfig: not read through (nor, as before, a local given one).
        [Fact]
        public Task Parameters_given_a_HostConfig_from_a_method_that_inspects_are_not_read_through() => Verify(@"
    static Docker.DotNet.IDockerClient Client = null;
    static async System.Threading.Tasks.Task<HostConfig> CurrentAsync(string id)
    {
        var r = await Client.Containers.InspectContainerAsync(id);
        return r.HostConfig;
    }
    static async System.Threading.Tasks.Task<CreateContainerParameters> Recreate(string id)
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = await CurrentAsync(id) };
        p.HostConfig.NetworkMode = ""host"";
        return p;
    }
    static HostConfig Fresh(bool inspectFirst) => new HostConfig();
    static CreateContainerParameters NotInspecting()
    {
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = Fresh(true) };
        p.HostConfig.UTSMode = {|CTL5005:""host""|};
        return p;
    }
    static async System.Threading.Tasks.Task<CreateContainerParameters> FromASnapshot(string id)
    {
        var snapshot = await Client.Containers.InspectContainerAsync(id);
        HostConfig Current() => snapshot.HostConfig;
        var p = new CreateContainerParameters { Image = ""x"", HostConfig = Current() };
        p.HostConfig.IpcMode = ""host"";
        var hc = Current();
        hc.PidMode = ""host"";
        var q = new CreateContainerParameters { Image = ""x"", HostConfig = hc };
        return q;
    }");

        // Audit 129 D129-6: a write into an object that the next statements replace before anything else names it configures no
        // container (the object was created just before and nothing else can reach it).
        [Fact]
        public Task Writes_into_a_HostConfig_replaced_before_any_use_are_not_reported() => Verify(@"
    static CreateContainerParameters InitializerThenReplaced()
    {
        var p = new CreateContainerParameters { Image = ""alpine"", HostConfig = new HostConfig() };
        p.HostConfig.Privileged = true;
        p.HostConfig.CapAdd = new List<string> { ""SYS_ADMIN"" };
        p.HostConfig = new HostConfig { CapDrop = new List<string> { ""ALL"" } };
        p.HostConfig.PidMode = {|CTL5001:""host""|};
        return p;
    }
    static HostConfig LocalThenReplaced()
    {
        var hc = new HostConfig { Binds = new List<string>() };
        hc.Binds.Add(""/var/run/docker.sock:/var/run/docker.sock"");
        hc.Tmpfs = new Dictionary<string, string>();
        hc = new HostConfig();
        hc.IpcMode = {|CTL5002:""host""|};
        return hc;
    }
    static HostConfig Top()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
        p.HostConfig.UTSMode = ""host"";
        p = new CreateContainerParameters();
        return p.HostConfig;
    }");

        // ... but one that something else may reach, or that may be used before the replacement, is.
        [Fact]
        public Task Writes_into_a_HostConfig_that_may_be_used_before_its_replacement_are_reported() => Verify(@"
    static Docker.DotNet.IDockerClient Client = null;
    static async System.Threading.Tasks.Task Aliased()
    {
        var hc = new HostConfig();
        var p = new CreateContainerParameters { HostConfig = hc };
        hc.Privileged = {|CTL1003:true|};
        hc = new HostConfig();
        await Client.Containers.CreateContainerAsync(p);
    }
    static async System.Threading.Tasks.Task UsedByAHandler()
    {
        HostConfig hc = null;
        try
        {
            hc = new HostConfig();
            hc.PidMode = {|CTL5001:""host""|};
            System.IO.File.ReadAllText(""/etc/app.conf"");
            hc = new HostConfig();
        }
        finally
        {
            await Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
        }
    }
    static HostConfig Copy(HostConfig h) => new HostConfig { Privileged = h.Privileged };
    static CreateContainerParameters Rebuilt()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
        p.HostConfig.Privileged = {|CTL1003:true|};
        p.HostConfig = Copy(p.HostConfig);
        return p;
    }
    static async System.Threading.Tasks.Task SharedList(List<string> caps)
    {
        var hc = new HostConfig { CapAdd = caps };
        hc.CapAdd.Add({|CTL2001:""SYS_ADMIN""|});
        hc = new HostConfig { CapAdd = caps };
        await Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    static async System.Threading.Tasks.Task Captured()
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
        System.Func<System.Threading.Tasks.Task> create = () => Client.Containers.CreateContainerAsync(p);
        p = new CreateContainerParameters { HostConfig = new HostConfig() };
        p.HostConfig.IpcMode = {|CTL5002:""host""|};
        await create();
        p.HostConfig = new HostConfig();
    }
    static System.Threading.Tasks.Task ByReference()
    {
        HostConfig hc = null;
        ref HostConfig r = ref hc;
        hc = new HostConfig();
        hc.Privileged = {|CTL1003:true|};
        var saved = r;
        hc = new HostConfig();
        return Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = saved });
    }
    static async System.Threading.Tasks.Task HandedOnByAProjectMethod()
    {
        var all = new List<HostConfig>();
        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
        p.HostConfig.PidMode = {|CTL5001:""host""|};
        p.HostConfig.Add(all);
        p.HostConfig = new HostConfig();
        await Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = all[0] });
    }
    static async System.Threading.Tasks.Task LeftFirst(bool done)
    {
        HostConfig hc = null;
        for (var i = 0; i < 3; i++)
        {
            hc = new HostConfig();
            hc.UTSMode = {|CTL5005:""host""|};
            if (done) break;
            hc = new HostConfig();
        }
        await Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
    }
    // A creation whose initializer does not give the HostConfig: the constructor gives it one that may be shared.
    static async System.Threading.Tasks.Task SharedByTheConstructor()
    {
        var p = new SharedParameters { Image = ""alpine"" };
        p.HostConfig.CgroupnsMode = {|CTL5006:""host""|};
        p = new SharedParameters();
        await Client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = SharedParameters.Shared });
    }
}
class SharedParameters : CreateContainerParameters
{
    public static readonly HostConfig Shared = new HostConfig();
    public SharedParameters() { HostConfig = Shared; }
}
static class Registry
{
    public static void Add(this HostConfig hc, List<HostConfig> all) => all.Add(hc);");

        // Audit 134 E134-5: a local given the parameters' list or a new one (or one list or another), added to and given back.
        [Fact]
        public Task Adds_through_a_local_given_a_list_with_a_fallback_are_read() => Verify(@"
    static void Harden(CreateContainerParameters p, bool debug)
    {
        var opts = p.HostConfig.SecurityOpt ?? new List<string>();
        opts.Add({|CTL4002:""seccomp=unconfined""|});
        p.HostConfig.SecurityOpt = opts;
        var tmpfs = p.HostConfig.Tmpfs ?? new Dictionary<string, string>();
        tmpfs[""/scratch""] = {|CTL3005:""suid""|};
        p.HostConfig.Tmpfs = tmpfs;
        var caps = debug ? new List<string> { {|CTL2002:""NET_ADMIN""|} } : new List<string>();
        caps.Add({|CTL2001:""SYS_ADMIN""|});
        p.HostConfig.CapAdd = caps;
    }
    static void Unused(CreateContainerParameters p)
    {
        var binds = p.HostConfig.Binds ?? new List<string>();
        binds.Add(""/var/run/docker.sock:/var/run/docker.sock"");
    }");

        // Audit 138 A138-2, A138-6: what is written through a HostConfig property the method gives several values reaches
        // whichever value it holds then (no creation is placed there), so it is reported at the write, nothing it lacks is.
        [Fact]
        public Task Writes_through_a_HostConfig_property_given_several_values_are_reported() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static HostConfig Copy(HostConfig h) => h;
    static void Log(HostConfig h) { }
    static void CreatedOnSomePaths(CreateContainerParameters p, bool fresh)
    {
        p.HostConfig = new HostConfig { CapDrop = new List<string> { ""ALL"" } };
        if (fresh) p.HostConfig = new HostConfig { CapDrop = new List<string> { ""ALL"" } };
        p.HostConfig.Privileged = {|#0:true|};
    }
    static CreateContainerParameters GivenAgainByAHelper()
    {
        var p = new CreateContainerParameters();
        p.HostConfig = new HostConfig();
        p.HostConfig.IpcMode = {|#1:""host""|};
        p.HostConfig = Copy(p.HostConfig);
        p.HostConfig.UTSMode = {|#2:""host""|};
        return p;
    }
    static CreateContainerParameters UsedBeforeTheReplacement(bool early)
    {
        var p = new CreateContainerParameters();
        p.HostConfig = new HostConfig();
        p.HostConfig.NetworkMode = {|#3:""host""|};
        Log(p.HostConfig);
        p.HostConfig = new HostConfig();
        p.HostConfig.CapAdd = new List<string> { {|#4:""SYS_ADMIN""|} };
        if (early) return p;
        p.HostConfig = new HostConfig();
        var hc = p.HostConfig;
        hc.PidMode = {|#5:""host""|};
        return p;
    }
    static CreateContainerParameters ReplacedBeforeAnyUse(bool fresh)
    {
        var p = fresh ? new CreateContainerParameters { HostConfig = new HostConfig() } : new CreateContainerParameters();
        p.HostConfig.Privileged = true;
        p.HostConfig.Binds = new List<string> { ""/var/run/docker.sock:/var/run/docker.sock"" };
        p.HostConfig = new HostConfig();
        if (fresh) p.HostConfig = new HostConfig();
        return p;
    }
    static void UndoneLater(CreateContainerParameters p, bool fresh)
    {
        p.HostConfig = new HostConfig();
        if (fresh) p.HostConfig = new HostConfig();
        p.HostConfig.Privileged = true;
        p.HostConfig.Privileged = false;
    }
    static void InspectResponse(ContainerInspectResponse r, bool fresh)
    {
        r.HostConfig = new HostConfig();
        if (fresh) r.HostConfig = new HostConfig();
        r.HostConfig.Privileged = true;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL1003", Error, "the container runs privileged", 0),
            Definite("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 1),
            Definite("CTL5005", Microsoft.CodeAnalysis.DiagnosticSeverity.Info, "the container uses the host's UTS namespace (mode 'host')", 2),
            Definite("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 3),
            MayBeUndone("CTL2001", Error, "capability 'SYS_ADMIN' is added", 4),
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 5));

        // ... and a write into a HostConfig a parameter's property holds and replaces before anything can look is not.
        [Fact]
        public Task Write_into_a_HostConfig_a_parameters_property_replaces_before_any_use_is_not_reported() => Verify(@"
    static void Dropped(CreateContainerParameters p)
    {
        p.HostConfig = new HostConfig();
        p.HostConfig.Privileged = true;
        p.HostConfig = new HostConfig();
        p.HostConfig.PidMode = {|CTL5001:""host""|};
    }
    // Audit 159 P159-3: also when the replacement is written inside another local's declaration (which gets the new one).
    static CreateContainerParameters ReplacedInADeclaration()
    {
        var p = new CreateContainerParameters { Image = ""alpine"", HostConfig = new HostConfig() };
        p.HostConfig.Privileged = true;
        p.HostConfig.CapAdd = new List<string> { ""SYS_ADMIN"" };
        var h = p.HostConfig = new HostConfig { CapDrop = new List<string> { ""ALL"" } };
        h.IpcMode = {|CTL5002:""host""|};
        return p;
    }");

        // Audit 138 A138-1, A138-2: a HostConfig local given what a helper makes of it, or passed by reference to a method,
        // holds its creation until then: what is written into it before goes into the request parameters it is given to.
        [Fact]
        public Task Writes_through_a_HostConfig_local_a_helper_gives_another_value_are_reported() => Verify(@"
    static HostConfig Kept;
    static HostConfig Copy(HostConfig h) => h;
    static void Keep(ref HostConfig h) { Kept = h; }
    static void GivenBackByAHelper(CreateContainerParameters p)
    {
        var hc = new HostConfig();
        hc.PidMode = {|CTL5001:""host""|};
        hc = Copy(hc);
        p.HostConfig = hc;
    }
    static void PassedByReference(CreateContainerParameters p)
    {
        var hc = new HostConfig();
        hc.NetworkMode = {|CTL5003:""host""|};
        Keep(ref hc);
        hc = new HostConfig();
        p.HostConfig = hc;
    }
    static void NotGivenToParameters()
    {
        var hc = new HostConfig();
        hc.PidMode = ""host"";
        hc = Copy(hc);
        Log(hc);
    }
    static void Make(out HostConfig h) { h = new HostConfig(); }
    static void ReplacedThroughOut(CreateContainerParameters p)
    {
        var hc = new HostConfig();
        hc.Privileged = true;
        Make(out hc);
        p.HostConfig = hc;
    }
    // Audit 159 P159-6: also when the write names the local in parentheses or with !.
    static void ReplacedThroughOutAfterAWriteThroughParenthesesOrBang(CreateContainerParameters p, CreateContainerParameters q)
    {
        var hc = new HostConfig();
        hc!.Privileged = true;
        Make(out hc);
        p.HostConfig = hc;
        var other = new HostConfig();
        (other).PidMode = ""host"";
        Make(out other);
        q.HostConfig = other;
    }
    static bool TryGet(out HostConfig h) { h = new HostConfig(); return true; }
    static void GivenByAnOutOnly(CreateContainerParameters p)
    {
        HostConfig hc;
        Make(out hc);
        hc.Privileged = {|CTL1003:true|};
        p.HostConfig = hc;
        HostConfig other = null!;
        if (!TryGet(out other)) return;
        other.PidMode = {|CTL5001:""host""|};
        p.HostConfig = other;
        HostConfig kept;
        Make(out kept);
        kept.IpcMode = ""host"";
    }
    static void DeclaredByAnOut(CreateContainerParameters p, Dictionary<string, HostConfig> cache)
    {
        Make(out var hc);
        hc.Privileged = {|CTL1003:true|};
        p.HostConfig = hc;
        if (!TryGet(out HostConfig other)) return;
        other.PidMode = {|CTL5001:""host""|};
        p.HostConfig = other;
        if (cache.TryGetValue(""base"", out var cached)) cached.NetworkMode = {|CTL5003:""host""|};
        p.HostConfig = cached;
        Make(out var kept);
        kept.IpcMode = ""host"";
    }
    // Audit 153 R153-1, R153-2: a local an out declares and a plain statement then gives a value holds that value.
    static HostConfig GivenAfterAnOut(string s, Dictionary<string, List<string>> caps)
    {
        bool.TryParse(s, out var privileged);
        privileged = true;
        if (!caps.TryGetValue(""debug"", out var added)) added = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        return new HostConfig { Privileged = {|CTL1003:privileged|}, CapAdd = added };
    }
    static void WrittenAfterAnOut(CreateContainerParameters p, bool x)
    {
        var hc = new HostConfig();
        Make(out hc);
        hc.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} };
        p.HostConfig = hc;
        var other = new HostConfig();
        other.PidMode = {|CTL5001:""host""|};
        if (x) Make(out other);
        p.HostConfig = other;
    }
    static void Log(HostConfig h) { }");

        // A write through p.HostConfig after an if that may replace it goes into the HostConfig of either path: the container
        // gets it for certain, and the message says so once (it said it twice, once adding "but a later change on some paths
        // may undo it"); a write made on some paths only stays a "may".
        [Fact]
        public Task Write_through_a_HostConfig_an_if_may_replace_is_reported_once_for_certain() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters Hardened(bool readOnly)
    {
        var p = new CreateContainerParameters { Image = ""alpine"", HostConfig = new HostConfig() };
        if (readOnly) p.HostConfig = new HostConfig { ReadonlyRootfs = true };
        p.HostConfig.PidMode = {|#0:""host""|};
        p.HostConfig.CapAdd = new List<string> { {|#1:""SYS_ADMIN""|} };
        return p;
    }
    static CreateContainerParameters Sometimes(bool readOnly, bool debug)
    {
        var p = new CreateContainerParameters { Image = ""alpine"", HostConfig = new HostConfig() };
        if (readOnly) p.HostConfig = new HostConfig { ReadonlyRootfs = true };
        p.HostConfig.IpcMode = debug ? {|#2:""host""|} : """";
        return p;
    }"), DockerLibrary.DockerDotNet,
            Definite("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 0),
            Definite("CTL2001", Error, "capability 'SYS_ADMIN' is added", 1),
            May("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 2));

        // Audit 138 A138-4: what a HostConfig (or parameters) created on one branch of a choice sets reaches the container on
        // some paths only, as a value on one branch does.
        [Fact]
        public Task Settings_of_a_HostConfig_created_on_one_branch_of_a_choice_may_apply() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static CreateContainerParameters Choose(HostConfig given, bool debug, int mode)
    {
        var p = new CreateContainerParameters { HostConfig = given ?? new HostConfig { Privileged = {|#0:true|} } };
        var q = new CreateContainerParameters();
        q.HostConfig = debug ? new HostConfig { PidMode = {|#1:""host""|} } : given;
        var r = new CreateContainerParameters { HostConfig = mode switch { 1 => new HostConfig { IpcMode = {|#2:""host""|} }, _ => given } };
        r.HostConfig ??= (new HostConfig { UTSMode = {|#3:""host""|} });
        var s = debug ? new CreateContainerParameters { User = {|#4:""root""|}, HostConfig = new HostConfig { CgroupnsMode = {|#6:""host""|} } } : p;
        return mode switch { 0 => p, 1 => q, 2 => r, _ => s };
    }
    static HostConfig Certain(HostConfig given) => given ?? new HostConfig { Privileged = false } ?? new HostConfig { NetworkMode = {|#5:""host""|} };"),
            DockerLibrary.DockerDotNet,
            May("CTL1003", Error, "the container runs privileged", 0),
            May("CTL5001", Error, "the container uses the host's PID namespace (mode 'host')", 1),
            May("CTL5002", Warning, "the container uses the host's IPC namespace (mode 'host')", 2),
            May("CTL5005", DiagnosticSeverityInfo, "the container uses the host's UTS namespace (mode 'host')", 3),
            May("CTL1001", Warning, "user 'root'", 4),
            May("CTL5003", Warning, "the container uses the host's network namespace (mode 'host')", 5),
            // In the parameters' initializer: their place decides (audit 140 R140-6).
            May("CTL5006", Warning, "the container uses the host's cgroup namespace (mode 'host')", 6));

        private const Microsoft.CodeAnalysis.DiagnosticSeverity DiagnosticSeverityInfo = Microsoft.CodeAnalysis.DiagnosticSeverity.Info;

        // Audit 152 M152-5, M152-6: a cast to bool or string in a static readonly initializer, and a spread of a field of the
        // class named with the class, are read as the constants are.
        [Fact]
        public Task Static_readonly_initializers_with_casts_or_a_class_qualified_spread_are_read() => Verify(@"
    static readonly bool On = (bool)true;
    static readonly bool AlsoOn = (System.Boolean)true;
    static readonly string[] Sockets = { (string)""/var/run/docker.sock:/var/run/docker.sock"" };
    static readonly string Pid = (string?)""host"";
    static readonly string[] DebugCaps = [""SYS_PTRACE""];
    static readonly string[] Nested = [.. Program.DebugCaps];
    static readonly string[] Forgiven = [.. Program.DebugCaps!];
    static HostConfig Create() => new HostConfig { Privileged = {|CTL1003:On|}, Binds = {|CTL3004:Sockets|}, CapAdd = [.. {|CTL2001:Nested|}] };
    static HostConfig Other() => new HostConfig { Privileged = {|CTL1003:AlsoOn|}, PidMode = {|CTL5001:Pid|}, CapAdd = [.. {|CTL2001:Forgiven|}] };");

        // Audit 152 M152-1: a name between that does not bind to the local (a named argument, a member, nameof, the type the
        // local is named after) reads nothing of it: the creation is dropped unused, and its flag was a false CTL1003.
        [Fact]
        public Task Creation_replaced_with_only_look_alike_names_between_is_dropped() => Verify(@"
    class K { public int hc; }
    static void Log(int hc) { }
    static void Keep(object o) { }
    static HostConfig Replaced(K k)
    {
        var hc = new HostConfig { Privileged = true };
        Log(hc: 1);
        Keep(new { hc = 1 });
        Keep(new K { hc = 3 });
        Keep(k.hc);
        Keep(nameof(hc));
        hc = new HostConfig { ReadonlyRootfs = true, CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        return hc;
    }
    static HostConfig NamedAfterTheType()
    {
        var HostConfig = new HostConfig { Privileged = true };
        HostConfig = new HostConfig { ReadonlyRootfs = true, CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        return HostConfig;
    }
    // Audit 152 M152-11: the declaration split from the creation.
    static HostConfig SplitDeclaration()
    {
        HostConfig hc;
        hc = new HostConfig { Privileged = true };
        hc = new HostConfig { ReadonlyRootfs = true, CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        return hc;
    }
    // Audit 159 P159-3: the replacement written inside another local's declaration.
    static HostConfig ReplacedInADeclaration()
    {
        var hc = new HostConfig { Privileged = true };
        var h = hc = new HostConfig { ReadonlyRootfs = true, CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        return h;
    }
    static CreateContainerParameters SplitParameters()
    {
        CreateContainerParameters p;
        p = new CreateContainerParameters { User = ""root"", HostConfig = new HostConfig { PidMode = ""host"" } };
        p = new CreateContainerParameters { User = {|CTL1001:""0""|} };
        return p;
    }
    // Declared outside the loop: the code after it may see the object the break leaves.
    static HostConfig DeclaredOutside(bool[] flags)
    {
        HostConfig hc = null!;
        foreach (var f in flags)
        {
            hc = new HostConfig { Privileged = {|CTL1003:true|} };
            if (f) break;
            hc = new HostConfig { ReadonlyRootfs = true, CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        }
        return hc;
    }
    static HostConfig ReadBetween()
    {
        var hc = new HostConfig { Privileged = {|CTL1003:true|} };
        Keep(hc);
        hc = new HostConfig { ReadonlyRootfs = true, CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        return hc;
    }");

        // Audit 138 A138-3: a HostConfig created, written into and replaced before anything reads it configures no container:
        // neither the write (D129-6) nor what it lacks is reported; a read between keeps the write reported.
        [Fact]
        public Task HostConfig_written_into_then_replaced_before_any_read_reports_nothing_it_lacks() => Verify(@"
    static CreateContainerParameters Replaced()
    {
        var hc = new HostConfig();
        hc.PidMode = ""host"";
        hc.CapAdd = new List<string>();
        hc.CapAdd.Add(""SYS_ADMIN"");
        hc = new HostConfig { CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        return new CreateContainerParameters { HostConfig = hc };
    }
    static CreateContainerParameters ReadBetween()
    {
        // Written through a local that holds another HostConfig later: what it lacks is not reported (SharedLocal).
        var hc = new HostConfig();
        hc.IpcMode = {|CTL5002:""host""|};
        System.Console.WriteLine(hc.IpcMode);
        hc = new HostConfig { CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        return new CreateContainerParameters { HostConfig = hc };
    }
    static CreateContainerParameters HandedOnByAProjectMethod(List<HostConfig> all)
    {
        // Handed on: what it lacks may be added there (not reported), what it has is.
        var hc = new HostConfig { CapAdd = new List<string>() };
        hc.CapAdd.Add({|CTL2002:""NET_ADMIN""|});
        hc.Add(all);
        hc = new HostConfig { CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges"" } };
        return new CreateContainerParameters { HostConfig = hc };
    }
}
static class Registry
{
    public static void Add(this HostConfig hc, List<HostConfig> all) => all.Add(hc);", reportOmissions: true);

        // Audit 138 A138-10: a HostConfig created only when none is given lacks nothing the container is known to get, whether
        // the choice is written with ??, ??= or a null test.
        [Fact]
        public Task HostConfig_created_when_none_is_given_reports_nothing_it_lacks() => Verify(@"
    static CreateContainerParameters Fallbacks(HostConfig given)
    {
        var a = new CreateContainerParameters { HostConfig = given ?? new HostConfig() };
        var b = new CreateContainerParameters { HostConfig = given != null ? given : new HostConfig() };
        var c = new CreateContainerParameters { HostConfig = given is null ? new HostConfig() : given };
        var d = new CreateContainerParameters { HostConfig = given is not null ? given : new HostConfig() };
        var e = new CreateContainerParameters { HostConfig = given is { } ? given : new HostConfig() };
        // The pattern's local (audit 141 Q141-7).
        var f = new CreateContainerParameters { HostConfig = given is { } g ? g : new HostConfig() };
        var h = new CreateContainerParameters { HostConfig = given is HostConfig k ? k : new HostConfig() };
        return a;
    }
    static CreateContainerParameters NotAFallback(HostConfig given, bool debug) =>
        new CreateContainerParameters { HostConfig = given == null ? given : {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig()|}|}|} };
    // The null test is of another value (audit 140 R140-2).
    static CreateContainerParameters OtherTested(HostConfig given, string name, object debug) =>
        new CreateContainerParameters { HostConfig = name != null ? given : debug is { } ? given : {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig()|}|}|} };", reportOmissions: true);

        // Audit 138 A138-8: p.HostConfig = p.HostConfig ?? new HostConfig(), the older spelling of ??=, keeps the HostConfig
        // the parameters hold (or gives them a new one), and what is written through the property after it reaches the container.
        [Fact]
        public Task Writes_after_the_property_is_given_its_own_value_or_a_new_HostConfig_are_reported() => Verify(@"
    static void Handed(CreateContainerParameters p)
    {
        p.HostConfig = p.HostConfig ?? new HostConfig();
        p.HostConfig.NetworkMode = {|CTL5003:""host""|};
    }
    static CreateContainerParameters Created()
    {
        var p = new CreateContainerParameters();
        p.HostConfig = p.HostConfig ?? new HostConfig();
        p.HostConfig.PidMode = {|CTL5001:""host""|};
        return p;
    }
    static void Other(CreateContainerParameters p, CreateContainerParameters q)
    {
        p.HostConfig = q.HostConfig ?? new HostConfig();
        p.HostConfig.IpcMode = {|CTL5002:""host""|};
    }
    // The same choice spelt with a null test (audit 140 R140-3).
    static void Tested(CreateContainerParameters p, CreateContainerParameters q)
    {
        p.HostConfig = p.HostConfig != null ? p.HostConfig : new HostConfig();
        p.HostConfig.UTSMode = {|CTL5005:""host""|};
        q.HostConfig = q.HostConfig is null ? new HostConfig() : q.HostConfig;
        q.HostConfig.UsernsMode = {|CTL5004:""host""|};
    }
    // An inspect response's HostConfig (or a new one): its writes are not reported, as after p.HostConfig = r.HostConfig.
    static void Inspected(CreateContainerParameters p, ContainerInspectResponse r)
    {
        p.HostConfig = r.HostConfig ?? new HostConfig();
        p.HostConfig.Binds = new List<string> { ""/etc:/etc"" };
    }
    static void InspectedIfAny(CreateContainerParameters p, ContainerInspectResponse r)
    {
        p.HostConfig = r?.HostConfig ?? new HostConfig();
        p.HostConfig.PidMode = ""host"";
    }");
    }
}
