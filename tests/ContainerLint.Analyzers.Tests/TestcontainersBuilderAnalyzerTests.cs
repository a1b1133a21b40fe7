using System.Linq;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Tests.Infrastructure;

namespace ContainerLint.Analyzers.Tests
{
    public class TestcontainersBuilderAnalyzerTests
    {
        private static Task Verify(string body) =>
            Infrastructure.Verify.Analyzer<TestcontainersBuilderAnalyzer>(Program(body), DockerLibrary.Testcontainers);

        // The evidence CTL1003 gives for WithPrivileged(true), by how sure the reader is.
        private const string Runs = "the container runs privileged";
        private const string MayOnBranch = "the container runs privileged on one branch of a conditional, so it may apply";
        private const string MayOnSomePaths = "the container runs privileged on some paths only, so it may apply";
        private const string MayBeUndone = "the container runs privileged, but a later change on some paths may undo it";

        /// <summary>A CTL1003 at the first markup location, carrying the others as additional locations (the repeats it stands for).</summary>
        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Privileged(string evidence, params int[] locations)
        {
            var result = new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL1003", Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            foreach (var location in locations) result = result.WithLocation(location);
            return result.WithArguments(evidence);
        }

        internal static string Program(string body) => @"
using System.Collections.Generic;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

class Program
{
" + body + @"
}
";

        [Fact]
        public Task WithPrivileged_true_is_reported() => Verify(@"
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|CTL1003:true|}).Build();");

        [Fact]
        public Task Module_builder_settings_in_its_Init_and_in_its_users_are_reported() =>
            Infrastructure.Verify.Analyzer<TestcontainersBuilderAnalyzer>(@"
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

public sealed class K3sConfiguration : ContainerConfiguration
{
    public K3sConfiguration() { }
    public K3sConfiguration(IResourceConfiguration<CreateContainerParameters> resource) : base(resource) { }
    public K3sConfiguration(IContainerConfiguration resource) : base(resource) { }
    public K3sConfiguration(K3sConfiguration oldValue, K3sConfiguration newValue) : base(oldValue, newValue) { }
}

public sealed class K3sContainer : DockerContainer
{
    public K3sContainer(K3sConfiguration configuration) : base(configuration) { }
}

public sealed class K3sBuilder : ContainerBuilder<K3sBuilder, K3sContainer, K3sConfiguration>
{
    public K3sBuilder() : this(new K3sConfiguration()) => DockerResourceConfiguration = Init().DockerResourceConfiguration;
    private K3sBuilder(K3sConfiguration configuration) : base(configuration) => DockerResourceConfiguration = configuration;
    protected override K3sConfiguration DockerResourceConfiguration { get; }
    public override K3sContainer Build()
    {
        Validate();
        return new K3sContainer(DockerResourceConfiguration);
    }
    protected override K3sBuilder Init() => base.Init()
        .WithImage(""rancher/k3s"")
        .WithPrivileged({|CTL1003:true|})
        .WithBindMount({|CTL3002:""/sys/fs/cgroup""|}, ""/sys/fs/cgroup"", AccessMode.ReadWrite);
    protected override K3sBuilder Clone(IResourceConfiguration<CreateContainerParameters> resource) => Merge(DockerResourceConfiguration, new K3sConfiguration(resource));
    protected override K3sBuilder Clone(IContainerConfiguration resource) => Merge(DockerResourceConfiguration, new K3sConfiguration(resource));
    protected override K3sBuilder Merge(K3sConfiguration oldValue, K3sConfiguration newValue) => new K3sBuilder(new K3sConfiguration(oldValue, newValue));
}

static class Cluster
{
    static K3sContainer Create() => new K3sBuilder().WithPrivileged({|CTL1003:true|}).Build();
}", DockerLibrary.Testcontainers);

        [Fact]
        public Task Testcontainers_3_on_Docker_DotNet_3_is_read_as_4_is() =>
            Infrastructure.Verify.Analyzer<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithPrivileged({|CTL1003:true|})
        .WithBindMount({|CTL3004:""/var/run/docker.sock""|}, ""/var/run/docker.sock"")
        .WithCreateParameterModifier(p =>
        {
            p.HostConfig.PidMode = {|CTL5001:""host""|};
            p.HostConfig.CapAdd = new[] { {|CTL2001:""SYS_ADMIN""|} };
        })
        .Build();"), DockerLibrary.Testcontainers3);

        [Fact]
        public Task Lists_a_modifier_creates_with_coalesce_assignment_and_adds_to_in_one_expression_are_read() => Verify(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p =>
        {
            (p.HostConfig.CapAdd ??= new List<string>()).Add({|CTL2001:""SYS_ADMIN""|});
            (p.HostConfig.Devices ??= new List<Docker.DotNet.Models.DeviceMapping>()).Add({|CTL3001:new Docker.DotNet.Models.DeviceMapping { PathOnHost = ""/dev/fuse"", PathInContainer = ""/dev/fuse"", CgroupPermissions = ""rwm"" }|});
        })
        .Build();");

        // Audit 158 C158-2 (D1no209/NoCTF): the local given the HostConfig by ??= is the HostConfig. A modifier's parameters are
        // read by HostConfigAnalyzer, as a method's are.
        [Fact]
        public Task Writes_through_a_local_given_the_HostConfig_by_a_coalesce_assignment_are_reported() =>
            Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(Program(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""livekit/egress:v1.15.0"")
        .WithCreateParameterModifier(p =>
        {
            var host = p.HostConfig ??= new();
            host.CapAdd = [{|CTL2001:""SYS_ADMIN""|}];
        })
        .Build();"), DockerLibrary.Testcontainers);

        // Audit 138 A138-6: a modifier that gives the HostConfig several values writes through it into whichever it holds then.
        [Fact]
        public Task Writes_through_a_HostConfig_a_modifier_gives_several_values_are_reported() => Verify(@"
    static Docker.DotNet.Models.HostConfig Harden(Docker.DotNet.Models.HostConfig h) => h;
    static IContainer Create(bool fresh) => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p =>
        {
            if (fresh) p.HostConfig = new Docker.DotNet.Models.HostConfig();
            p.HostConfig.IpcMode = {|CTL5002:""host""|};
            p.HostConfig = Harden(p.HostConfig);
            p.HostConfig.Privileged = {|CTL1003:true|};
        })
        .Build();");

        // The engine's pipe as a Mount of type npipe that a modifier adds, as WithBindMount of the pipe is (audit 39, F1).
        [Fact]
        public Task Engine_pipe_Mount_of_type_npipe_a_modifier_adds_is_reported() => Verify(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""mcr.microsoft.com/windows/nanoserver:ltsc2022"")
        .WithBindMount({|CTL3004:@""\\.\pipe\docker_engine""|}, @""\\.\pipe\docker_engine"")
        .WithCreateParameterModifier(p => p.HostConfig.Mounts.Add(
            {|CTL3004:new Docker.DotNet.Models.Mount { Type = ""npipe"", Source = @""\\.\pipe\docker_engine"", Target = @""\\.\pipe\docker_engine"" }|}))
        .Build();");

        [Fact]
        public Task Bind_mounts_of_a_foreach_over_a_static_readonly_array_are_read_for_each_element() => Verify(@"
    private static readonly string[] HostDirs = [""/etc"", ""/proc""];
    static IContainer Create()
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        foreach (var dir in HostDirs)
            b = b.WithBindMount({|CTL3002:{|CTL3003:dir|}|}, ""/host"" + dir);
        return b.Build();
    }");

        [Fact]
        public Task Spread_of_a_static_readonly_list_in_a_modifier_is_read() => Verify(@"
    private static readonly string[] BaseCaps = [""NET_ADMIN""];
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p => p.HostConfig.CapAdd = [.. {|CTL2002:BaseCaps|}, {|CTL2001:""SYS_ADMIN""|}])
        .Build();");

        [Fact]
        public Task WithPrivileged_false_is_not_reported() => Verify(@"
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"").WithPrivileged(false).Build();");

        [Fact]
        public Task WithPrivileged_true_on_an_arm_of_a_switch_expression_is_reported() => Verify(@"
    static IContainer Create(string mode) => new ContainerBuilder().WithImage(""alpine"").WithPrivileged(mode switch { ""dind"" => {|CTL1003:true|}, _ => false }).Build();");

        [Fact]
        public Task WithPrivileged_from_a_parameter_is_not_reported() => Verify(@"
    static IContainer Create(bool privileged) => new ContainerBuilder().WithImage(""alpine"").WithPrivileged(privileged).Build();");

        [Fact]
        public Task WithBindMount_of_the_docker_socket_is_reported() => Verify(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithBindMount({|CTL3004:""/var/run/docker.sock""|}, ""/var/run/docker.sock"", AccessMode.ReadOnly)
        .Build();");

        [Fact]
        public Task WithBindMount_of_etc_is_reported_writable_or_read_only() => Verify(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithBindMount({|CTL3003:""/etc""|}, ""/host-etc"")
        .WithBindMount({|CTL3003:""/etc/ssl""|}, ""/ssl"", AccessMode.ReadOnly)
        .WithBindMount({|CTL3002:""/proc""|}, ""/host-proc"", AccessMode.ReadWrite)
        .WithBindMount(""/srv/app"", ""/app"")
        .Build();");

        [Fact]
        public Task WithBindMount_from_a_const_is_reported() => Verify(@"
    const string Socket = ""/run/podman/podman.sock"";
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"").WithBindMount({|CTL3004:Socket|}, ""/p.sock"").Build();");

        [Fact]
        public Task Modifier_lambda_writes_on_the_HostConfig_are_reported() => Verify(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p =>
        {
            p.HostConfig.Privileged = {|CTL1003:true|};
            p.HostConfig.CapAdd = new System.Collections.Generic.List<string> { {|CTL2001:""SYS_ADMIN""|} };
            p.User = {|CTL1001:""root""|};
        })
        .Build();");

        [Fact]
        public Task Modifier_lambda_does_not_report_omissions() => Infrastructure.Verify.Analyzer<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"").WithCreateParameterModifier(p => p.HostConfig.PidMode = ""private"").Build();"),
            DockerLibrary.Testcontainers, reportOmissions: true);

        [Fact]
        public Task Look_alike_builder_is_not_reported() => Infrastructure.Verify.Analyzer<TestcontainersBuilderAnalyzer>(@"
class MyBuilder { public MyBuilder WithPrivileged(bool on) => this; public MyBuilder WithBindMount(string s, string t) => this; }
class Program
{
    static MyBuilder Create() => new MyBuilder().WithPrivileged(true).WithBindMount(""/var/run/docker.sock"", ""/s"");
}", DockerLibrary.Testcontainers);

        [Fact]
        public Task Modifier_passed_as_a_method_group_is_read_in_the_method() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(@"
using Docker.DotNet.Models;
" + Program(@"
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"").WithCreateParameterModifier(Configure).Build();

    static void Configure(CreateContainerParameters p)
    {
        p.HostConfig.Privileged = {|CTL1003:true|};
        p.HostConfig.NetworkMode = {|CTL5003:""host""|};
    }"), DockerLibrary.Testcontainers);

        [Fact]
        public Task Modifier_setting_under_an_if_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer Create(bool debug) => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(p =>
        {
            p.HostConfig.PidMode = {|#0:""host""|};
            if (debug) p.HostConfig.Privileged = {|#1:true|};
        })
        .Build();"), DockerLibrary.Testcontainers,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL5001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("the container uses the host's PID namespace (mode 'host')"),
            Privileged(MayOnBranch, 1));

        [Fact]
        public Task Builder_call_made_on_some_paths_only_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer Create(bool debug)
    {
        var builder = new ContainerBuilder().WithImage(""alpine"");
        if (debug) builder = builder.WithPrivileged({|#0:true|});
        var other = debug ? builder.WithBindMount({|#1:""/var/run/docker.sock""|}, ""/var/run/docker.sock"") : builder;
        return new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|#2:true|}).Build();
    }"), DockerLibrary.Testcontainers,
            Privileged(MayOnBranch, 0),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL3004", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("host path '/var/run/docker.sock' is mounted on one branch of a conditional, so it may apply"),
            Privileged(Runs, 2));

        // The modifier's HostConfig is created there (p.HostConfig ??= new ...): HostConfigAnalyzer reads it.
        [Fact]
        public Task Modifier_adding_a_value_unless_the_list_holds_it_is_reported_as_definite() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p =>
        {
            p.HostConfig ??= new Docker.DotNet.Models.HostConfig();
            p.HostConfig.CapAdd ??= new List<string>();
            if (!p.HostConfig.CapAdd.Contains(""SYS_PTRACE""))
                p.HostConfig.CapAdd.Add({|#0:""SYS_PTRACE""|});
            p.HostConfig.SecurityOpt ??= new List<string>();
            if (!p.HostConfig.SecurityOpt.Contains(""seccomp=unconfined""))
                p.HostConfig.SecurityOpt.Add({|#1:""seccomp=unconfined""|});
        })
        .Build();"), DockerLibrary.Testcontainers3,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL2001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("capability 'SYS_PTRACE' is added"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL4002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("security option 'seccomp=unconfined' is set"));

        [Fact]
        public Task Builder_call_and_modifier_write_in_a_catch_are_may_on_some_paths_never_a_conditional() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Validate() { }
    static IContainer Create()
    {
        var builder = new ContainerBuilder().WithImage(""alpine"");
        try { Validate(); } catch { builder = builder.WithPrivileged({|#0:true|}); }
        return builder.WithCreateParameterModifier(p =>
        {
            try { Validate(); } catch { p.HostConfig.PidMode = {|#1:""host""|}; }
        }).Build();
    }"), DockerLibrary.Testcontainers,
            Privileged(MayOnSomePaths, 0),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL5001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("the container uses the host's PID namespace (mode 'host') on some paths only, so it may apply"));

        [Fact]
        public Task Modifier_lambda_is_left_to_the_builder_analyzer_and_reported_once() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(Program(@"
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"").WithCreateParameterModifier(p => p.HostConfig.Privileged = true).Build();"),
            DockerLibrary.Testcontainers);

        [Fact]
        public Task Mount_built_in_a_modifier_lambda_is_left_to_the_builder_analyzer() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(@"
using Docker.DotNet.Models;
" + Program(@"
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(p => p.HostConfig.Mounts = new System.Collections.Generic.List<Mount> { new Mount { Type = ""bind"", Source = ""/var/run/docker.sock"", Target = ""/s"" } })
        .Build();"), DockerLibrary.Testcontainers);

        // Testcontainers' builders are immutable: each With... returns a new builder (ContainerBuilder.Merge), and the one a
        // discarded call returns configures no container.

        [Fact]
        public Task Builder_call_whose_builder_is_discarded_is_not_reported() => Verify(@"
    static void Statement(ContainerBuilder b)
    {
        b.WithPrivileged(true);
        b.WithPrivileged(true).WithName(""dind"");
        new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true);
        _ = b.WithPrivileged(true);
        b.WithBindMount(""/var/run/docker.sock"", ""/var/run/docker.sock"");
        b.WithCreateParameterModifier(p => p.HostConfig.Privileged = true);
    }
    static void NullConditional(ContainerBuilder? b) => b?.WithPrivileged(true).WithName(""dind"");
    static void ExpressionBody(ContainerBuilder b) => b.WithPrivileged(true);
    static void InALambda(ContainerBuilder b)
    {
        System.Action configure = () => b.WithPrivileged(true);
        System.Action<ContainerBuilder> mount = builder => builder.WithBindMount(""/etc"", ""/host-etc"");
        configure();
        mount(b);
    }");

        [Fact]
        public Task Builder_call_whose_builder_is_used_is_still_reported() => Infrastructure.Verify.Analyzer<TestcontainersBuilderAnalyzer>(Program(@"
    static void Use(ContainerBuilder b) { }
    static IContainer Built(ContainerBuilder b)
    {
        var c = b.WithPrivileged({|CTL1003:true|}).Build();
        b.WithBindMount({|CTL3004:""/var/run/docker.sock""|}, ""/var/run/docker.sock"").Build();
        return c;
    }
    static ContainerBuilder Assigned(ContainerBuilder b)
    {
        b = b.WithPrivileged({|CTL1003:true|});
        return b;
    }
    static ContainerBuilder Returned(ContainerBuilder b) => b.WithName(""dind"").WithPrivileged({|CTL1003:true|});
    static void Passed(ContainerBuilder b) => Use(b.WithPrivileged({|CTL1003:true|}));
    static System.Func<ContainerBuilder> InALambda(ContainerBuilder b) => () => b.WithPrivileged({|CTL1003:true|});
    static void ChainedIntoAMethodOfTheProject(ContainerBuilder b) => b.WithPrivileged({|CTL1003:true|}).Keep();") + @"
static class Builders
{
    // May keep the builder it is given.
    public static void Keep(this ContainerBuilder builder) { }
}
", DockerLibrary.Testcontainers);

        // A later WithPrivileged replaces the flag (Testcontainers merges the configurations and takes the later value).

        [Fact]
        public Task WithPrivileged_true_that_a_later_WithPrivileged_on_the_chain_or_the_local_replaces_is_not_reported() => Verify(@"
    static IContainer Chain() => new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true).WithPrivileged(false).Build();

    static IContainer Local()
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true);
        b = b.WithImage(""alpine:3.20"");
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer Discarded()
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true);
        b = new ContainerBuilder().WithImage(""alpine"");
        return b.Build();
    }");

        // A repeated WithPrivileged(true) is reported once, as a setting written again with the same value is (rules/README.md,
        // "Values in C# code": once at the first write when written again in an if or a loop, at the last when on every path).

        [Fact]
        public Task WithPrivileged_true_repeated_on_some_paths_only_is_reported_once_definite_at_the_first() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer InAnIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
        if (ci) b = b.WithPrivileged({|#4:true|});
        return b.Build();
    }
    static IContainer InALoop(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#1:true|});
        foreach (var name in names) b = b.WithName(name).WithPrivileged({|#5:true|});
        return b.Build();
    }
    static IContainer ThenFalseOnSomePaths(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#2:true|});
        if (ci) b = b.WithPrivileged({|#6:true|});
        if (ci) b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer NotARepeat(bool ci, bool allowed)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#3:true|});
        if (ci) b = b.WithPrivileged(allowed);
        return b.Build();
    }"), DockerLibrary.Testcontainers,
            // The repeats it stands for are its additional locations: its fix removes them with it.
            Privileged(Runs, 0, 4),
            Privileged(Runs, 1, 5),
            Privileged(MayBeUndone, 2, 6),
            Privileged(MayBeUndone, 3));

        [Fact]
        public Task WithPrivileged_true_repeated_on_every_path_is_reported_once_at_the_last() => Verify(@"
    static IContainer Chain() => new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true).WithPrivileged({|CTL1003:true|}).Build();
    static IContainer Local(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true);
        if (ci) b = b.WithPrivileged(true);
        b = b.WithImage(""alpine:3.20"");
        b = b.WithPrivileged({|CTL1003:true|});
        return b.Build();
    }");

        [Fact]
        public Task WithPrivileged_true_on_every_branch_of_a_choice_is_reported_once_definite_at_the_first() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer Conditional(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = ci ? b.WithPrivileged({|#0:true|}) : b.WithName(""x"").WithPrivileged({|#1:true|});
        return b.Build();
    }
    static IContainer Switch(int level) => (level switch
    {
        0 => new ContainerBuilder().WithPrivileged({|#2:true|}),
        _ => new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|#3:true|}),
    }).Build();
    static IContainer NotEveryBranch(bool ci, bool allowed)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = ci ? b.WithPrivileged({|#4:true|}) : b.WithPrivileged(allowed);
        return b.Build();
    }
    static IContainer InAnIf(bool ci, bool debug)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (debug) b = ci ? b.WithPrivileged({|#5:true|}) : b.WithPrivileged({|#6:true|});
        return b.Build();
    }"), DockerLibrary.Testcontainers,
            Privileged(Runs, 0, 1),
            Privileged(Runs, 2, 3),
            Privileged(MayOnBranch, 4),
            Privileged(MayOnBranch, 5, 6));

        // A repeat in a chain on the local that is not given back to it (var c = b.WithPrivileged(true).Build();): the earlier call
        // matters only where the local's value is used without a WithPrivileged(true) (audit 17 L1).

        [Fact]
        public Task WithPrivileged_true_that_every_later_use_of_the_local_repeats_in_a_chain_is_reported_once_at_the_later_call() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer InAnIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#0:true|});
        var c = b.WithPrivileged({|#1:true|}).Build();
        return c;
    }
    static IContainer Returned(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#2:true|});
        return b.WithName(""dind"").WithPrivileged({|#3:true|}).Build();
    }
    static IContainer OnEveryPath()
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = b.WithPrivileged({|#4:true|});
        var c = b.WithPrivileged({|#5:true|}).Build();
        return c;
    }
    static IContainer Declared(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|#6:true|});
        if (ci) b = b.WithPrivileged({|#7:true|});
        return b.WithPrivileged({|#8:true|}).Build();
    }
    static IContainer InALoop(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        foreach (var name in names) b = b.WithName(name).WithPrivileged({|#9:true|});
        return b.WithPrivileged({|#10:true|}).Build();
    }
    static IContainer OnEachBranch(bool ci, bool debug)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#11:true|});
        if (debug) return b.WithName(""debug"").WithPrivileged({|#12:true|}).Build();
        return b.WithPrivileged({|#13:true|}).Build();
    }
    static IContainer OnTheBranchesOfAChoice(bool ci, bool debug)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = ci ? b.WithPrivileged({|#18:true|}) : b;
        b = debug ? b.WithPrivileged({|#19:true|}) : b.WithName(""x"").WithPrivileged({|#20:true|});
        return b.WithPrivileged({|#21:true|}).Build();
    }
    static System.Func<bool, IContainer> InALambda() => ci =>
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#14:true|});
        return b.WithPrivileged({|#15:true|}).Build();
    };
    static IContainer InALocalFunction(bool ci)
    {
        return Create();
        IContainer Create()
        {
            var b = new ContainerBuilder().WithImage(""alpine"");
            if (ci) b = b.WithPrivileged({|#16:true|});
            return b.WithPrivileged({|#17:true|}).Build();
        }
    }"), DockerLibrary.Testcontainers,
            Privileged(Runs, 1, 0),
            Privileged(Runs, 3, 2),
            Privileged(Runs, 5, 4),
            Privileged(Runs, 8, 6, 7),
            Privileged(Runs, 10, 9),
            // Each use repeats it: it goes with the first.
            Privileged(MayOnBranch, 12, 11),
            Privileged(Runs, 13),
            Privileged(Runs, 21, 18, 19, 20),
            Privileged(Runs, 15, 14),
            Privileged(Runs, 17, 16));

        [Fact]
        public Task WithPrivileged_true_repeated_in_a_chain_on_the_local_in_top_level_statements_is_reported_once_at_the_later_call() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(@"
using System;
using DotNet.Testcontainers.Builders;

var ci = Environment.GetEnvironmentVariable(""CI"") == ""true"";
var b = new ContainerBuilder().WithImage(""alpine:3.20"");
if (ci) b = b.WithPrivileged({|#0:true|});
var c = b.WithPrivileged({|#1:true|}).Build();
await c.StartAsync();

var d = new ContainerBuilder().WithImage(""alpine:3.20"");
if (ci) d = d.WithPrivileged({|#2:true|});
await using var e = d.WithPrivileged({|#3:true|}).Build();
await e.StartAsync();
", DockerLibrary.Testcontainers, topLevel: true,
            Privileged(Runs, 1, 0),
            Privileged(Runs, 3, 2));

        [Fact]
        public Task WithPrivileged_true_stays_reported_on_its_own_when_the_local_is_used_without_a_later_WithPrivileged_true() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Use(ContainerBuilder b) { }
    static void Validate() { }
    static IContainer BuiltAlone(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#0:true|});
        var c = b.WithPrivileged({|#1:true|}).Build();
        var d = b.Build();
        return c;
    }
    static IContainer Passed(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#2:true|});
        Use(b);
        return b.WithPrivileged({|#3:true|}).Build();
    }
    static ContainerBuilder Returned(bool ci, out IContainer c)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = b.WithPrivileged({|#4:true|});
        c = b.WithPrivileged({|#5:true|}).Build();
        return b;
    }
    static IContainer OnSomePathsOnly(bool ci, bool debug)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#6:true|});
        IContainer c;
        if (debug) c = b.WithPrivileged({|#7:true|}).Build();
        else c = b.Build();
        return c;
    }
    static IContainer OnTheNextPass(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        var built = new System.Collections.Generic.List<IContainer>();
        foreach (var name in names)
        {
            built.Add(b.WithName(name).Build());
            b = b.WithPrivileged({|#8:true|});
        }
        return b.WithPrivileged({|#9:true|}).Build();
    }
    static IContainer CapturedByALambda(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        System.Func<IContainer> later = () => b.Build();
        if (ci) b = b.WithPrivileged({|#10:true|});
        var c = b.WithPrivileged({|#11:true|}).Build();
        return later();
    }
    static IContainer CapturedByALocalFunction(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#12:true|});
        var c = b.WithPrivileged({|#13:true|}).Build();
        return Later();
        IContainer Later() => b.Build();
    }
    static IContainer UsedInACatch()
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        try
        {
            b = b.WithPrivileged({|#14:true|});
            Validate();
        }
        catch
        {
            return b.Build();
        }
        return b.WithPrivileged({|#15:true|}).Build();
    }
    static IContainer UsedInAFinally()
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        try
        {
            b = b.WithPrivileged({|#18:true|});
        }
        finally
        {
            Use(b);
        }
        return b.WithPrivileged({|#19:true|}).Build();
    }
    static IContainer CopiedToAnotherLocal(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#20:true|});
        var other = b;
        return b.WithPrivileged({|#21:true|}).Build();
    }
    static IContainer EveryUseRepeatsIt(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#16:true|});
        var c = b.WithPrivileged({|#17:true|}).Build();
        return c;
    }"), DockerLibrary.Testcontainers,
            Privileged(MayOnBranch, 0),
            Privileged(Runs, 1),
            Privileged(MayOnBranch, 2),
            Privileged(Runs, 3),
            Privileged(Runs, 4),
            Privileged(Runs, 5),
            Privileged(MayOnBranch, 6),
            Privileged(MayOnBranch, 7),
            Privileged(Runs, 8),
            Privileged(Runs, 9),
            Privileged(MayOnBranch, 10),
            Privileged(Runs, 11),
            Privileged(MayOnBranch, 12),
            Privileged(Runs, 13),
            Privileged(MayOnSomePaths, 14),
            Privileged(Runs, 15),
            Privileged(Runs, 18),
            Privileged(Runs, 19),
            Privileged(MayOnBranch, 20),
            Privileged(Runs, 21),
            // The same code with no other use: one finding.
            Privileged(Runs, 17, 16));

        /// <summary>
        /// A module builder as Testcontainers' modules write them (Testcontainers.PostgreSql's <c>PostgreSqlBuilder</c>, which the
        /// tests do not reference): derived from <c>ContainerBuilder&lt;,,&gt;</c>, with settings of its own (<c>WithDatabase</c>)
        /// that give a new builder.
        /// </summary>
        internal const string ModuleBuilder = @"
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

public sealed class PostgreSqlConfiguration : ContainerConfiguration
{
    public PostgreSqlConfiguration(string database = null) => Database = database;
    public PostgreSqlConfiguration(IResourceConfiguration<CreateContainerParameters> resource) : base(resource) { }
    public PostgreSqlConfiguration(IContainerConfiguration resource) : base(resource) { }
    public PostgreSqlConfiguration(PostgreSqlConfiguration oldValue, PostgreSqlConfiguration newValue) : base(oldValue, newValue) =>
        Database = newValue.Database ?? oldValue.Database;
    public string Database { get; }
}

public sealed class PostgreSqlContainer : DockerContainer
{
    public PostgreSqlContainer(PostgreSqlConfiguration configuration) : base(configuration) { }
}

public sealed class PostgreSqlBuilder : ContainerBuilder<PostgreSqlBuilder, PostgreSqlContainer, PostgreSqlConfiguration>
{
    public PostgreSqlBuilder() : this(new PostgreSqlConfiguration()) => DockerResourceConfiguration = Init().DockerResourceConfiguration;
    private PostgreSqlBuilder(PostgreSqlConfiguration configuration) : base(configuration) => DockerResourceConfiguration = configuration;
    protected override PostgreSqlConfiguration DockerResourceConfiguration { get; }
    public PostgreSqlBuilder WithDatabase(string database) => Merge(DockerResourceConfiguration, new PostgreSqlConfiguration(database: database));
    public override PostgreSqlContainer Build()
    {
        Validate();
        return new PostgreSqlContainer(DockerResourceConfiguration);
    }
    protected override PostgreSqlBuilder Clone(IResourceConfiguration<CreateContainerParameters> resource) => Merge(DockerResourceConfiguration, new PostgreSqlConfiguration(resource));
    protected override PostgreSqlBuilder Clone(IContainerConfiguration resource) => Merge(DockerResourceConfiguration, new PostgreSqlConfiguration(resource));
    protected override PostgreSqlBuilder Merge(PostgreSqlConfiguration oldValue, PostgreSqlConfiguration newValue) =>
        new PostgreSqlBuilder(new PostgreSqlConfiguration(oldValue, newValue));
}
";

        // A module builder's own setting (PostgreSqlBuilder.WithDatabase) goes on with the chain as the base builder's do.
        [Fact]
        public Task WithPrivileged_true_repeated_in_a_chain_through_a_module_builder_method_is_reported_once_at_the_later_call() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(ModuleBuilder + @"
static class Databases
{
    static PostgreSqlContainer RepeatedAfterIt(bool ci)
    {
        var b = new PostgreSqlBuilder().WithImage(""postgres:16"");
        if (ci) b = b.WithPrivileged({|#0:true|});
        var c = b.WithDatabase(""db"").WithPrivileged({|#1:true|}).Build();
        return c;
    }
    static PostgreSqlContainer GivenBackThroughIt(bool ci)
    {
        var b = new PostgreSqlBuilder().WithImage(""postgres:16"");
        if (ci) b = b.WithPrivileged({|#2:true|}).WithDatabase(""db"");
        return b.WithPrivileged({|#3:true|}).Build();
    }
    // Built without a WithPrivileged(true) too: the earlier call decides for that container.
    static PostgreSqlContainer AlsoBuiltWithoutIt(bool ci, out PostgreSqlContainer other)
    {
        var b = new PostgreSqlBuilder().WithImage(""postgres:16"");
        if (ci) b = b.WithPrivileged({|#4:true|});
        other = b.WithDatabase(""other"").Build();
        return b.WithPrivileged({|#5:true|}).Build();
    }
    // The builder the chain gives is dropped: it configures no container.
    static void Dropped() => new PostgreSqlBuilder().WithPrivileged(true).WithDatabase(""db"");
}", DockerLibrary.Testcontainers,
            Privileged(Runs, 1, 0),
            Privileged(Runs, 3, 2),
            Privileged(MayOnBranch, 4),
            Privileged(Runs, 5));

        // Audit 48 F1: an extension method in a chain is one more call of it, as on a local (b = b.WithDefaults();).
        [Fact]
        public Task WithPrivileged_true_that_a_later_WithPrivileged_after_an_extension_method_in_the_chain_replaces_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(ModuleBuilder + @"
static class Fixtures
{
    public static PostgreSqlBuilder WithDefaults(this PostgreSqlBuilder b) => b.WithDatabase(""app"");
    public static ContainerBuilder WithDefaults(this ContainerBuilder b) => b.WithName(""app"");
    public static T Configured<T>(this T b) where T : ContainerBuilder => b;
    public static ContainerBuilder WithLabels(this ContainerBuilder b)
    {
        b = b.WithLabel(""team"", ""a"");
        return b.WithLabel(""env"", ""ci"");
    }
    // Audit 50 F4: these may keep the builder they are given (or one made from it), flag and all.
    public static readonly System.Collections.Generic.List<ContainerBuilder> Kept = new System.Collections.Generic.List<ContainerBuilder>();
    public static ContainerBuilder Remember(this ContainerBuilder b) { Kept.Add(b); return b; }
    public static ContainerBuilder RememberNamed(this ContainerBuilder b) { Kept.Add(b.WithName(""x"")); return b; }
    public static ContainerBuilder Later(this ContainerBuilder b) { System.Func<ContainerBuilder> f = () => b; Keep(f); return b; }
    // Audit 51 N4: keeps what the extension method of its class it calls keeps.
    public static ContainerBuilder Named(this ContainerBuilder b) => b.WithName(""web"").Remember();
    // Audit 52 M5: a call named otherwise than With... may be an extension method elsewhere that keeps the builder.
    public static ContainerBuilder Elsewhere(this ContainerBuilder b) => b.WithName(""web"").KeepIt();
    public static ContainerBuilder ElsewhereWith(this ContainerBuilder b) => b.WithName(""web"").WithKeep();
    // Audit 53 P2: DependsOn is the builder's own.
    public static ContainerBuilder WithDb(this ContainerBuilder b, IContainer db) => b.DependsOn(db).WithName(""web"");
    public static ContainerBuilder Labelled(this ContainerBuilder b) => b.WithLabels().WithName(""web"");
    // Audit 54 P2: another class's extension method that passes the builder through; every one of the name must.
    public static ContainerBuilder WithTeam(this ContainerBuilder b) => b.WithName(""web"").Defaults();
    public static ContainerBuilder WithMixed(this ContainerBuilder b) => b.WithName(""web"").Mixed();
    // Audit 57 T2: Testcontainers declares an extension method of that name, which such a call may bind to.
    public static ContainerBuilder WithChecked(this ContainerBuilder b) => b.WithName(""web"").ThrowOnFailure();
    static void Keep(System.Func<ContainerBuilder> f) { }
    // Audit 152 M152-12: the same, spelled with parentheses or !.
    public static ContainerBuilder Parenthesized(this ContainerBuilder b) => (b.WithName(""app""));
    public static ContainerBuilder Forgiven(this ContainerBuilder b) => b!.WithName(""app"");
    public static ContainerBuilder ReturnedInParentheses(this ContainerBuilder b) { b = b.WithLabel(""k"", ""v""); return (b); }
    static IContainer Spelled1() => new ContainerBuilder().WithPrivileged(true).Parenthesized().WithPrivileged(false).Build();
    static IContainer Spelled2() => new ContainerBuilder().WithPrivileged(true).Forgiven().WithPrivileged(false).Build();
    static IContainer Spelled3() => new ContainerBuilder().WithPrivileged(true).ReturnedInParentheses().WithPrivileged(false).Build();

    static PostgreSqlContainer Module() => new PostgreSqlBuilder().WithPrivileged(true).WithDefaults().WithPrivileged(false).Build();
    static IContainer Base() => new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true).WithDefaults().WithPrivileged(false).Build();
    static IContainer Generic() => new ContainerBuilder().WithPrivileged(true).Configured().WithDefaults().WithPrivileged(false).Build();
    static IContainer Block() => new ContainerBuilder().WithPrivileged(true).WithLabels().WithPrivileged(false).Build();
    static IContainer Kept1() => new ContainerBuilder().WithPrivileged({|#5:true|}).Remember().WithPrivileged(false).Build();
    static IContainer Kept2() => new ContainerBuilder().WithPrivileged({|#6:true|}).RememberNamed().WithPrivileged(false).Build();
    static IContainer Kept3() => new ContainerBuilder().WithPrivileged({|#7:true|}).Later().WithPrivileged(false).Build();
    static IContainer Kept4() => new ContainerBuilder().WithPrivileged({|#9:true|}).Named().WithPrivileged(false).Build();
    static IContainer Nested() => new ContainerBuilder().WithPrivileged(true).Labelled().WithPrivileged(false).Build();
    static IContainer Kept5() => new ContainerBuilder().WithPrivileged({|#10:true|}).Elsewhere().WithPrivileged(false).Build();
    static IContainer Kept6() => new ContainerBuilder().WithPrivileged({|#11:true|}).ElsewhereWith().WithPrivileged(false).Build();
    static IContainer Db(IContainer db) => new ContainerBuilder().WithPrivileged(true).WithDb(db).WithPrivileged(false).Build();
    static IContainer Team() => new ContainerBuilder().WithPrivileged(true).WithTeam().WithPrivileged(false).Build();
    static IContainer Kept7() => new ContainerBuilder().WithPrivileged({|#12:true|}).WithMixed().WithPrivileged(false).Build();
    static IContainer Kept8() => new ContainerBuilder().WithPrivileged({|#13:true|}).WithChecked().WithPrivileged(false).Build();
    static IContainer KeptOnTheLocal()
    {
        var b = new ContainerBuilder().WithPrivileged({|#8:true|});
        b = b.Remember();
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer Repeated() => new ContainerBuilder().WithPrivileged({|#0:true|}).WithDefaults().WithPrivileged({|#1:true|}).Build();
    static IContainer NotReplaced() => new ContainerBuilder().WithPrivileged({|#2:true|}).WithDefaults().Build();
    static IContainer Choice(bool ci)
    {
        var b = new ContainerBuilder();
        b = ci ? b.WithPrivileged({|#3:true|}).WithDefaults() : b.WithPrivileged({|#4:true|});
        return b.Build();
    }
}

static class Elsewhere
{
    public static ContainerBuilder KeepIt(this ContainerBuilder b) { Fixtures.Kept.Add(b); return b; }
    public static ContainerBuilder WithKeep(this ContainerBuilder b) { Fixtures.Kept.Add(b); return b; }
    public static ContainerBuilder Defaults(this ContainerBuilder b) => b.WithLabel(""team"", ""a"");
    public static ContainerBuilder Mixed(this ContainerBuilder b) => b;
    public static ContainerBuilder ThrowOnFailure(this ContainerBuilder b) => b;
}

static class Names
{
    public static readonly System.Collections.Generic.List<string> Seen = new System.Collections.Generic.List<string>();
    public static string Mixed(this string s) { Seen.Add(s); return s; }
}", DockerLibrary.Testcontainers,
            Privileged(Runs, 1, 0),
            Privileged(Runs, 2),
            Privileged(Runs, 3, 4),
            Privileged(Runs, 5),
            Privileged(Runs, 6),
            Privileged(Runs, 7),
            Privileged(Runs, 8),
            Privileged(Runs, 9),
            Privileged(Runs, 10),
            Privileged(Runs, 11),
            Privileged(Runs, 12),
            Privileged(Runs, 13));

        // Audit 48 F2: the break that ends a switch section goes to the switch's end, as the end of an if's branch does.
        [Fact]
        public Task WithPrivileged_true_in_a_switch_section_that_a_later_WithPrivileged_replaces_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer Section(string profile)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        switch (profile)
        {
            case ""debug"":
                b = b.WithPrivileged(true);
                break;
            case ""trace"":
                foreach (var x in profile) { if (x == 'x') break; b = b.WithPrivileged(true); }
                break;
        }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LeavesTheLoop(string[] profiles)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        foreach (var profile in profiles)
        {
            switch (profile)
            {
                case ""debug"":
                    b = b.WithPrivileged({|#0:true|});
                    continue;
            }
            b = b.WithPrivileged(false);
        }
        return b.Build();
    }
"), DockerLibrary.Testcontainers,
            Privileged(MayOnBranch, 0));

        // Audit 50 F3: goto case may go back to a section that builds the privileged builder.
        [Fact]
        public Task WithPrivileged_true_in_a_switch_section_that_goes_to_another_stays_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static List<IContainer> Create(string mode)
    {
        var all = new List<IContainer>();
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        switch (mode)
        {
            case ""run"":
                all.Add(b.Build());
                break;
            case ""dind"":
                b = b.WithPrivileged({|#0:true|});
                goto case ""run"";
        }
        b = b.WithPrivileged(false);
        all.Add(b.Build());
        return all;
    }

    static List<IContainer> Default(string mode)
    {
        var all = new List<IContainer>();
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        switch (mode)
        {
            case ""dind"":
                b = b.WithPrivileged({|#1:true|});
                goto default;
            default:
                all.Add(b.Build());
                break;
        }
        b = b.WithPrivileged(false);
        all.Add(b.Build());
        return all;
    }
"), DockerLibrary.Testcontainers,
            Privileged(MayOnBranch, 0),
            Privileged(MayOnBranch, 1));

        // Audit 52 M6: a statement of a following try block runs unless something before it throws, and then only a handler
        // can go on with the privileged builder.
        [Fact]
        public Task WithPrivileged_true_replaced_in_a_following_try_block_stays_reported_only_when_a_handler_may_go_on_with_it() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Check() { }
    static IContainer CatchRethrows(List<string> log)
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"").WithPrivileged(true);
        try
        {
            b = b.WithPortBinding(2375, true);
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.Exception e) { log.Add(e.Message); throw; }
    }
    static IContainer FirstInTheTry()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"").WithPrivileged(true);
        try
        {
            b = b.WithPrivileged(false);
            Check();
            return b.Build();
        }
        catch (System.InvalidOperationException) { return b.Build(); }
    }
    static IContainer CatchBuildsIt()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"").WithPrivileged({|#0:true|});
        try
        {
            Check();
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException) { return b.Build(); }
    }
    static IContainer CatchEndsAndItIsBuiltAfter()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"").WithPrivileged({|#1:true|});
        try
        {
            Check();
            b = b.WithPrivileged(false);
        }
        catch (System.InvalidOperationException) { }
        return b.Build();
    }
    static IContainer FinallyNamesIt()
    {
        IContainer c = null;
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged({|#2:true|});
            Check();
            b = b.WithPrivileged(false);
        }
        finally { c = b.Build(); }
        return c;
    }
    static IContainer JumpsBeforeIt(bool quick)
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"").WithPrivileged({|#3:true|});
        try
        {
            if (quick) goto Done;
            b = b.WithPrivileged(false);
        }
        catch (System.InvalidOperationException) { throw; }
        Done:
        return b.Build();
    }
"), DockerLibrary.Testcontainers,
            Privileged(MayBeUndone, 0),
            Privileged(MayBeUndone, 1),
            Privileged(MayBeUndone, 2),
            Privileged(MayBeUndone, 3));

        // Audit 55 R1-R3: what a catch or the code after the try names is the builder local only where it may be that local;
        // a catch or the code after it may set the flag false first; declarations between the two run nothing.
        [Fact]
        public Task WithPrivileged_true_replaced_in_a_try_whose_handlers_only_spell_the_local_s_name_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Check() { }
    static object Log(object b) => b;
    static IContainer StaticLambdaInCatch() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { System.Func<ContainerBuilder, IContainer> f = static b => b.Build(); return f(new ContainerBuilder()); } }
    static IContainer LambdaInCatch() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { System.Func<ContainerBuilder, IContainer> f = b => b.Build(); return f(new ContainerBuilder()); } }
    static IContainer LocalFunctionInCatch() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { static IContainer Make(ContainerBuilder b) => b.Build(); return Make(new ContainerBuilder()); } }
    static IContainer LambdaWithItsOwnLocal() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { System.Func<IContainer> f = () => { var b = new ContainerBuilder(); return b.Build(); }; return f(); } }
    static IContainer AnonymousMember() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { Log(new { b = ""failed"" }); return null; } }
    static IContainer NamedArgument() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { Log(b: ""failed""); return null; } }
    static IContainer CatchUnprivileges() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch (System.InvalidOperationException) { b = b.WithPrivileged(false); } return b.Build(); }
    static IContainer AfterUnprivileges() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch (System.InvalidOperationException) { } b = b.WithPrivileged(false); return b.Build(); }
    static IContainer LambdaDeclared() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); System.Func<System.Threading.Tasks.Task> t = async () => await System.Threading.Tasks.Task.Delay(1); b = b.WithPrivileged(false); } catch (System.Exception) { } return b.Build(); }
    static IContainer LocalFunctionDeclared() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); void L() => Check(); b = b.WithPrivileged(false); } catch (System.Exception) { } return b.Build(); }
    static IContainer ConstDeclared() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); const string n = nameof(Check); b = b.WithPrivileged(false); } catch (System.Exception) { } return b.Build(); }
    // Still reported: the catch builds the local; a lambda in it names the local; a call runs between them.
    static IContainer CatchBuildsIt() { var b = new ContainerBuilder(); try { b = b.WithPrivileged({|#0:true|}); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { return b.Build(); } }
    static IContainer LambdaInCatchNamesIt() { var b = new ContainerBuilder(); try { b = b.WithPrivileged({|#1:true|}); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { System.Func<IContainer> f = () => b.Build(); return f(); } }
    static IContainer CallDeclared() { var b = new ContainerBuilder(); try { b = b.WithPrivileged({|#2:true|}); var n = Log(null); b = b.WithPrivileged(false); } catch (System.Exception) { } return b.Build(); }
"), DockerLibrary.Testcontainers,
            Privileged(MayOnSomePaths, 0),
            Privileged(MayOnSomePaths, 1),
            Privileged(MayOnSomePaths, 2));

        // Audit 57 T1, T3, T4, T7: which names are the builder local is read from the symbols: a nested function's own local
        // of that name hides it only where it is in scope; a goto may jump past a new builder; a ref alias counts only where
        // it is named; nameof(b) reads nothing.
        [Fact]
        public Task WithPrivileged_true_replaced_in_a_try_is_reported_where_a_handler_names_the_local_itself() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Check() { }
    static bool X => System.DateTime.Now.Ticks % 3 == 0;
    static ContainerBuilder Alt() => new ContainerBuilder();
    static IContainer LambdaWithANestedLocal() { var b = new ContainerBuilder(); try { b = b.WithPrivileged({|#0:true|}); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { System.Func<IContainer> f = () => { if (X) { var b = Alt(); b.Build(); } return b.Build(); }; return f(); } }
    static IContainer LocalFunctionWithAForeach() { var b = new ContainerBuilder(); try { b = b.WithPrivileged({|#1:true|}); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { return Fb(); } IContainer Fb() { foreach (var b in new[] { Alt() }) b.Build(); return b.Build(); } }
    static IContainer GotoPastANewBuilder() { var b = new ContainerBuilder(); try { b = b.WithPrivileged({|#2:true|}); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { if (X) goto L; b = new ContainerBuilder(); L: return b.Build(); } }
    static IContainer GotoPastTheFalse() { var b = new ContainerBuilder(); try { b = b.WithPrivileged({|#3:true|}); Check(); b = b.WithPrivileged(false); } catch { } if (X) goto L; b = b.WithPrivileged(false); L: return b.Build(); }
    static IContainer CatchBuildsTheAlias() { var b = new ContainerBuilder(); ref var r = ref b; try { b = b.WithPrivileged({|#4:true|}); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { return r.Build(); } }
    // Audit 58 V3: an alias of an alias, and a ref to a choice one of whose branches is the local.
    static IContainer CatchBuildsAnAliasOfTheAlias() { var b = new ContainerBuilder(); ref var r = ref b; ref var s = ref r; try { b = b.WithPrivileged({|#5:true|}); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { return s.Build(); } }
    static IContainer CatchBuildsAChosenRef(ContainerBuilder o) { var b = new ContainerBuilder(); ref var r = ref (X ? ref b : ref o); try { b = b.WithPrivileged({|#6:true|}); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { return r.Build(); } }
    // Audit 58 V2: a goto that skips no new builder and no false, to code that builds nothing.
    static IContainer GotoPastNothing() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { goto L; L: return null; } }
    // Audit 59 W1, W2: a goto out of the catch to a label after the try counts for what runs from the label on.
    static IContainer GotoPastTheNewBuilderAfterTheTry() { var b = new ContainerBuilder(); try { b = b.WithPrivileged({|#7:true|}); Check(); b = b.WithPrivileged(false); } catch { goto Done; } b = new ContainerBuilder(); Done: return b.Build(); }
    static IContainer GotoToTheNewBuilderAfterTheTry() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch { goto Start; } Start: b = new ContainerBuilder(); return b.Build(); }
    static IContainer GotoCaseInACatch(int k) { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch { switch (k) { case 1: goto case 2; case 2: break; } b = new ContainerBuilder(); } return b.Build(); }
    // Not reported: the alias is not named after the exception; nameof reads nothing; the initializer's b is a member.
    static IContainer AliasAndRethrow() { var b = new ContainerBuilder(); ref var r = ref b; try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return r.Build(); } catch { throw; } }
    static IContainer AliasAndNull() { var b = new ContainerBuilder(); ref var r = ref b; try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return r.Build(); } catch { return null; } }
    static IContainer Nameof() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { System.Console.WriteLine(nameof(b)); return null; } }
    class Named { public string b; }
    static IContainer InitializerMember() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return b.Build(); } catch { System.Console.WriteLine(new Named { b = ""failed"" }); return null; } }
"), DockerLibrary.Testcontainers,
            Privileged(MayOnSomePaths, 0),
            Privileged(MayOnSomePaths, 1),
            Privileged(MayOnSomePaths, 2),
            Privileged(MayOnSomePaths, 3),
            Privileged(MayOnSomePaths, 4),
            Privileged(MayOnSomePaths, 5),
            Privileged(MayOnSomePaths, 6),
            Privileged(MayOnSomePaths, 7));

        // Audit 60 X1, X2: a goto case out of a catch to another section of the switch around the try; a goto, break or
        // continue between the true and the replacement that skips it to a use.
        [Fact]
        public Task WithPrivileged_true_that_a_jump_may_carry_past_its_replacement_to_a_use_is_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Check() { }
    static int N => (int)(System.DateTime.Now.Ticks % 3);
    static IContainer GotoCaseOutOfTheCatch() { var b = new ContainerBuilder(); switch (N) { case 1: try { b = b.WithPrivileged({|#0:true|}); Check(); b = b.WithPrivileged(false); } catch { goto case 2; } b = new ContainerBuilder(); break; case 2: return b.Build(); } return null; }
    static IContainer GotoDefaultOutOfTheCatch() { var b = new ContainerBuilder(); switch (N) { case 1: try { b = b.WithPrivileged({|#1:true|}); Check(); b = b.WithPrivileged(false); } catch { goto default; } b = new ContainerBuilder(); break; default: return b.Build(); } return null; }
    static IContainer GotoPastTheFalse() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#2:true|}); if (N == 1) goto Done; b = b.WithPrivileged(false); Done: return b.Build(); }
    static IContainer GotoPastTheNewBuilder() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#3:true|}); if (N == 1) goto Done; b = new ContainerBuilder(); Done: return b.Build(); }
    static IContainer BreakPastTheFalse(int[] xs) { var b = new ContainerBuilder(); foreach (var i in xs) { b = b.WithPrivileged({|#4:true|}); if (i == 1) break; b = b.WithPrivileged(false); } return b.Build(); }
    static IContainer GotoInTheTryPastTheFalse() { var b = new ContainerBuilder(); try { b = b.WithPrivileged({|#5:true|}); if (N == 1) goto Done; b = b.WithPrivileged(false); } catch { return null; } Done: return b.Build(); }
    static IContainer GotoPastTheFalseOfTheDeclaration() { var b = new ContainerBuilder().WithPrivileged({|#6:true|}); if (N == 1) goto Done; b = b.WithPrivileged(false); Done: return b.Build(); }
    static IContainer ContinuePastTheFalse(int[] xs) { var b = new ContainerBuilder(); foreach (var i in xs) { b = b.WithPrivileged({|#7:true|}); if (i == 1) continue; b = b.WithPrivileged(false); } return b.Build(); }
    // Not reported: the jumps land on a replacement, stay between the two, or lead to nothing that names the builder.
    static IContainer GotoToANewBuilder() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); if (N == 1) goto Next; b = b.WithPrivileged(false); Next: b = new ContainerBuilder(); return b.Build(); }
    static IContainer GotoBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); if (N == 1) goto Skip; Check(); Skip: b = b.WithPrivileged(false); return b.Build(); }
    static IContainer LoopBetween(int[] xs) { var b = new ContainerBuilder(); b = b.WithPrivileged(true); foreach (var i in xs) { if (i == 1) break; if (i == 2) continue; Check(); } b = b.WithPrivileged(false); return b.Build(); }
    static void BreakToNothing(int[] xs) { var b = new ContainerBuilder(); foreach (var i in xs) { b = b.WithPrivileged(true); if (i == 1) break; b = b.WithPrivileged(false); b.Build(); } }
"), DockerLibrary.Testcontainers,
            Privileged(MayOnSomePaths, 0),
            Privileged(MayOnSomePaths, 1),
            Privileged(MayBeUndone, 2),
            Privileged(MayBeUndone, 3),
            Privileged(MayBeUndone, 4),
            Privileged(MayOnSomePaths, 5),
            Privileged(MayBeUndone, 6),
            Privileged(MayBeUndone, 7));

        // Audit 62 Z1: after a break, the builder is replaced before anything names it; Z2: the statements of a switch section
        // run one after the other, as those of a block do.
        [Fact]
        public Task WithPrivileged_true_whose_replacement_a_break_skips_to_another_replacement_or_that_a_switch_section_replaces_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Check() { }
    static int N => (int)(System.DateTime.Now.Ticks % 3);
    static IContainer NewBuilderAfterTheLoop(int[] xs) { var b = new ContainerBuilder(); foreach (var i in xs) { b = b.WithPrivileged(true); if (i == 1) break; b = b.WithPrivileged(false); } b = new ContainerBuilder(); return b.Build(); }
    static IContainer FalseAfterTheLoop(int[] xs) { var b = new ContainerBuilder(); foreach (var i in xs) { b = b.WithPrivileged(true); if (i == 1) break; b = b.WithPrivileged(false); } b = b.WithPrivileged(false); return b.Build(); }
    static IContainer OnlyGivenAfterTheLoop() { var b = new ContainerBuilder(); while (N > 0) { b = b.WithPrivileged(true); if (N == 1) break; b = b.WithPrivileged(false); } b = new ContainerBuilder(); return null; }
    static IContainer InnerLoop(int[] xs) { var b = new ContainerBuilder(); foreach (var i in xs) { foreach (var j in xs) { b = b.WithPrivileged(true); if (j == 1) break; b = b.WithPrivileged(false); } b = new ContainerBuilder(); } return b.Build(); }
    static IContainer ContinueToTheTrueAgain(int[] xs) { var b = new ContainerBuilder(); foreach (var i in xs) { b = b.WithPrivileged(true); if (i == 1) continue; b = b.WithPrivileged(false); } b = new ContainerBuilder(); return b.Build(); }
    static IContainer SwitchSection() { var b = new ContainerBuilder(); switch (N) { case 1: b = b.WithPrivileged(true); b = b.WithPrivileged(false); break; default: break; } return b.Build(); }
    static IContainer SwitchSectionThatReturns() { var b = new ContainerBuilder(); switch (N) { case 1: var c = b.WithPrivileged(true); c = c.WithPrivileged(false); return c.Build(); } return null; }
    // Reported: the builder after the break is named before it is replaced.
    static IContainer NamedAfterTheLoop(int[] xs) { var b = new ContainerBuilder(); foreach (var i in xs) { b = b.WithPrivileged({|#0:true|}); if (i == 1) break; b = b.WithPrivileged(false); } b = b.WithName(""x""); return b.Build(); }
    static IContainer BreakOutOfTheSwitch() { var b = new ContainerBuilder(); switch (N) { case 1: b = b.WithPrivileged({|#1:true|}); if (N == 1) break; b = b.WithPrivileged(false); break; } return b.Build(); }
"), DockerLibrary.Testcontainers,
            Privileged(MayBeUndone, 0),
            Privileged(MayOnBranch, 1));

        // Audit 64 V1: a local function or lambda that names the local may run at a call between the true and its replacement;
        // V2: the end of a local function or lambda that makes both hands the builder back to the method.
        [Fact]
        public Task WithPrivileged_true_that_a_function_capturing_the_local_may_see_is_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Check() { }
    static int N => (int)(System.DateTime.Now.Ticks % 3);
    static List<IContainer> Built = new List<IContainer>();
    static IContainer LocalFunctionCalledBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#0:true|}); Show(); b = b.WithPrivileged(false); return b.Build(); void Show() => Built.Add(b.Build()); }
    static IContainer LambdaCalledBetween() { var b = new ContainerBuilder(); System.Func<IContainer> make = () => b.Build(); b = b.WithPrivileged({|#1:true|}); Built.Add(make()); b = b.WithPrivileged(false); return b.Build(); }
    static IContainer ReturnInTheLocalFunction() { var b = new ContainerBuilder(); void Configure() { b = b.WithPrivileged({|#2:true|}); if (N == 1) return; b = b.WithPrivileged(false); } Configure(); return b.Build(); }
    static IContainer GotoInTheLambda() { var b = new ContainerBuilder(); System.Action configure = () => { b = b.WithPrivileged({|#3:true|}); if (N == 1) goto Done; b = b.WithPrivileged(false); Done: ; }; configure(); return b.Build(); }
    // Audit 66 T2: the call in an argument of a builder call between the two.
    static IContainer LocalFunctionCalledInAnArgument() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#4:true|}); b = b.WithLabel(""k"", Id()); b = b.WithPrivileged(false); return b.Build(); string Id() { Built.Add(b.Build()); return ""x""; } }
    static IContainer LambdaCreatedBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#5:true|}); System.Func<IContainer> make = () => b.Build(); Built.Add(make()); b = b.WithPrivileged(false); return b.Build(); }
    // Audit 67 S1: a lambda in a local function is created when that runs; S2: a goto back may run one stored after the false.
    static IContainer LambdaInALocalFunction() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#6:true|}); Run(); b = b.WithPrivileged(false); return b.Build(); void Run() { System.Action a = () => Built.Add(b.Build()); a(); } }
    static System.Action Hook;
    static IContainer HookStoredAfterTheFalseInAGotoLoop() { var b = new ContainerBuilder(); var n = 0; Again: b = b.WithPrivileged({|#7:true|}); Hook?.Invoke(); b = b.WithPrivileged(false); Hook = () => Built.Add(b.Build()); if (++n < 2) goto Again; return b.Build(); }
    // Not reported: nothing runs between the two, the function makes both on every path, a lambda is created only after the
    // replacement (audit 66 T1), or the method never uses what the function leaves in the local (T3).
    static IContainer NothingCalledBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); b = b.WithPrivileged(false); Show(); return b.Build(); void Show() => Built.Add(b.Build()); }
    static IContainer BothInTheLocalFunction() { var b = new ContainerBuilder(); void Configure() { b = b.WithPrivileged(true); b = b.WithPrivileged(false); } Configure(); return b.Build(); }
    static async System.Threading.Tasks.Task<IContainer> LambdaCreatedAfterTheReplacement() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return await System.Threading.Tasks.Task.Run(() => b.Build()); }
    static IContainer LocalFunctionWhoseBuilderIsNotUsed() { var b = new ContainerBuilder(); void Configure() { b = b.WithPrivileged(true); if (N == 1) return; b = b.WithPrivileged(false); } Configure(); b = new ContainerBuilder(); return null; }
    // Audit 68 U68-1: a goto that does not jump back over the true before the lambda is created: forward, a loop before the
    // two, goto case, one in another function, one before the lambda.
    static IContainer ForwardGoto() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); if (N == 1) goto Done; Check(); Done: return System.Threading.Tasks.Task.Run(() => b.Build()).Result; }
    static IContainer GotoLoopBefore() { var b = new ContainerBuilder(); var n = 0; Spin: if (n++ < 2) goto Spin; b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return System.Threading.Tasks.Task.Run(() => b.Build()).Result; }
    static IContainer GotoCase() { var b = new ContainerBuilder(); switch (N) { case 0: Check(); goto case 1; case 1: break; } b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return System.Threading.Tasks.Task.Run(() => b.Build()).Result; }
    static IContainer GotoInALambda() { var b = new ContainerBuilder(); System.Action spin = () => { var x = 2; Again: if (x-- > 0) goto Again; }; b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); return System.Threading.Tasks.Task.Run(() => b.Build()).Result; }
    static IContainer RetryBeforeTheLambda() { var n = 0; Start: var b = new ContainerBuilder(); b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); try { b.Build(); } catch when (n++ < 3) { goto Start; } return System.Threading.Tasks.Task.Run(() => b.Build()).Result; }
    // Audit 67 S3, 66 T4: a local function that names the local runs where it, or one that calls it, is called; a delegate made
    // of it, or a lambda that calls it, may run at any call.
    static IContainer LocalFunctionCalledThroughAnother() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#8:true|}); Outer(); b = b.WithPrivileged(false); return b.Build(); void Outer() => Show(); void Show() => Built.Add(b.Build()); }
    static IContainer LocalFunctionMadeADelegate() { var b = new ContainerBuilder(); System.Action show = Show; b = b.WithPrivileged({|#9:true|}); Check(); b = b.WithPrivileged(false); show(); return b.Build(); void Show() => Built.Add(b.Build()); }
    static IContainer LocalFunctionCalledInALambda() { var b = new ContainerBuilder(); System.Action show = () => Show(); b = b.WithPrivileged({|#10:true|}); Check(); b = b.WithPrivileged(false); return b.Build(); void Show() => Built.Add(b.Build()); }
    static IContainer LocalFunctionCalledInALambdaMadeBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#11:true|}); System.Action show = () => Show(); Check(); b = b.WithPrivileged(false); return b.Build(); void Show() => Built.Add(b.Build()); }
    static IContainer OtherCallsBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); b = b.WithEnvironment(""K"", Env(""K"")); Check(); b = b.WithPrivileged(false); return Make(); IContainer Make() => b.Build(); }
    static IContainer LocalFunctionThatTogglesAndCallsOthers() { var b = new ContainerBuilder(); return Configure().Build(); ContainerBuilder Configure() { b = b.WithPrivileged(true); b = b.WithEnvironment(""K"", Env(""K"")); b = b.WithPrivileged(false); return b; } }
    // Audit 71 X71-3, X71-5: a delegate made of it after the replacement, nameof.
    static IContainer DelegateMadeAfterTheReplacement() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); System.Action show = Show; show(); return b.Build(); void Show() => Built.Add(b.Build()); }
    static IContainer NameofBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); System.Console.WriteLine(nameof(Show)); b = b.WithPrivileged(false); return b.Build(); void Show() => Built.Add(b.Build()); }
    static IContainer LocalFunctionNeverCalled() { var b = new ContainerBuilder(); return null; void Configure() { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } }
    static string Env(string key) => key;
    // Audit 69 V69-1, V69-2: the flow comes back to the true after the lambda is stored: a goto written before the lambda in a
    // loop that holds both, a goto case back to the section.
    static void Register(System.Action hook) => Hook = hook;
    static IContainer GotoBackInALoopAfterTheFalse() { var b = new ContainerBuilder(); Again: b = b.WithPrivileged({|#12:true|}); Hook?.Invoke(); b = b.WithPrivileged(false); for (var i = 0; i < 2; i++) { if (i == 1 && N == 1) goto Again; Hook = () => Built.Add(b.Build()); } return b.Build(); }
    // Audit 71 X71-2: a lambda written between the two that calls such a local function, handed to a call that runs it.
    static async System.Threading.Tasks.Task<IContainer> LambdaCallingALocalFunctionRunBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#14:true|}); await System.Threading.Tasks.Task.Run(() => Show()); b = b.WithPrivileged(false); return b.Build(); void Show() => Built.Add(b.Build()); }
    static IContainer LambdaNamingTheLocalRunBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#15:true|}); new List<int> { 1 }.ForEach(x => Built.Add(b.Build())); b = b.WithPrivileged(false); return b.Build(); }
    // Audit 73 Z73-5: a lambda made in an argument of a builder call between the two, run there.
    static IContainer LambdaRunInABuilderArgument() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#16:true|}); b = b.WithEnvironment(""K"", System.Linq.Enumerable.First(System.Linq.Enumerable.Select(new[] { 1 }, x => b.Build().Name))); b = b.WithPrivileged(false); return b.Build(); }
    static IContainer GotoCaseBack() { var b = new ContainerBuilder(); switch (N) { case 0: b = b.WithPrivileged({|#13:true|}); Hook?.Invoke(); b = b.WithPrivileged(false); Register(() => Built.Add(b.Build())); if (N == 1) goto case 0; break; } return b.Build(); }
    // Audit 73 Z73-2: a local function declared between the two runs where it is called, not where it is written.
    static IContainer DeclaredBetweenCalledBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#17:true|}); void Show() => Built.Add(b.Build()); Show(); b = b.WithPrivileged(false); return b.Build(); }
    static IContainer DeclaredBetweenInABlockCalledThere() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#18:true|}); if (N == 1) { Show(); void Show() => Built.Add(b.Build()); } b = b.WithPrivileged(false); return b.Build(); }
    static IContainer DeclaredBetweenCalledAfter() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); IContainer Make() => b.Build(); b = b.WithPrivileged(false); return Make(); }
    static IContainer DeclaredBetweenCalledBefore() { var b = new ContainerBuilder(); Built.Add(Make()); b = b.WithPrivileged(true); IContainer Make() => b.Build(); b = b.WithPrivileged(false); return b.Build(); }
    static IContainer DeclaredBetweenNeverCalled() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); IContainer Make() => b.Build(); b = b.WithPrivileged(false); return b.Build(); }
    static IContainer BlockBodiedDeclaredBetweenCalledAfter() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); IContainer Make() { var c = b.Build(); Built.Add(c); return c; } b = b.WithPrivileged(false); return Make(); }
    static IContainer DeclaredBesideTheTrueInABlockCalledAfter() { var b = new ContainerBuilder(); if (N == 1) { b = b.WithPrivileged(true); IContainer Make() => b.Build(); } b = b.WithPrivileged(false); return b.Build(); }
    static IContainer DeclaredBesideTheTrueInABlockCalledThere() { var b = new ContainerBuilder(); if (N == 1) { b = b.WithPrivileged({|#19:true|}); Built.Add(Make()); IContainer Make() => b.Build(); } b = b.WithPrivileged(false); return b.Build(); }
    // Audit 74 Q74-4: a lambda run through a constructor or a property.
    static IContainer LambdaRunThroughAProperty() { var b = new ContainerBuilder(); b = b.WithPrivileged({|#20:true|}); b = b.WithLabel(""k"", new System.Lazy<string>(() => b.Build().Name).Value); b = b.WithPrivileged(false); return b.Build(); }
    static IContainer LambdaStoredBeforeRunThroughAProperty() { var b = new ContainerBuilder(); var name = new System.Lazy<string>(() => b.Build().Name); b = b.WithPrivileged({|#21:true|}); var n = name.Value; b = b.WithPrivileged(false); return b.Build(); }
    // Audit 80 C80-3: through ?.; C80-4: an await; C80-6: an anonymous type's members run nothing.
    static IContainer LambdaStoredBeforeRunThroughAConditionalProperty() { var b = new ContainerBuilder(); var name = new System.Lazy<string>(() => b.Build().Name); b = b.WithPrivileged({|#22:true|}); var n = name?.Value; b = b.WithPrivileged(false); return b.Build(); }
    static async System.Threading.Tasks.Task<IContainer> TaskStartedBeforeAwaitedBetween() { var b = new ContainerBuilder(); var t = System.Threading.Tasks.Task.Run(() => b.Build()); b = b.WithPrivileged({|#23:true|}); await t; b = b.WithPrivileged(false); return b.Build(); }
    static IContainer AnonymousObjectBetween() { var b = new ContainerBuilder(); var name = new System.Lazy<string>(() => b.Build().Name); b = b.WithPrivileged(true); var o = new { X = 1 }; b = b.WithPrivileged(false); return b.Build(); }
    static IContainer PropertyReadBetweenWithNoLambda(List<string> names) { var b = new ContainerBuilder(); b = b.WithPrivileged(true); var n = names.Count; b = b.WithLabel(""k"", names[0]); b = b.WithPrivileged(false); return b.Build(); }
    // Audit 78 A78-1: nameof of a member of the local names it, it reads nothing.
    static IContainer NameofOfAMemberBetween() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); System.Console.WriteLine(nameof(b.Build)); System.Console.WriteLine(N2()); b = b.WithPrivileged(false); return b.Build(); string N2() => nameof(b.WithPrivileged); }
    static IContainer DeclaredBetweenInABlockCalledAfter() { var b = new ContainerBuilder(); b = b.WithPrivileged(true); if (N == 1) { Check(); void Show() => Built.Add(b.Build()); } b = b.WithPrivileged(false); return b.Build(); }
"), DockerLibrary.Testcontainers,
            Privileged(MayBeUndone, 0),
            Privileged(MayBeUndone, 1),
            Privileged(MayBeUndone, 2),
            Privileged(MayBeUndone, 3),
            Privileged(MayBeUndone, 4),
            Privileged(Runs, 5),
            Privileged(MayBeUndone, 6),
            Privileged(MayBeUndone, 7),
            Privileged(MayBeUndone, 8),
            Privileged(MayBeUndone, 9),
            Privileged(MayBeUndone, 10),
            Privileged(MayBeUndone, 11),
            Privileged(MayBeUndone, 12),
            Privileged(MayBeUndone, 14),
            Privileged(Runs, 15),
            Privileged(MayBeUndone, 16),
            Privileged(MayOnBranch, 13),
            Privileged(MayBeUndone, 17),
            Privileged(MayBeUndone, 18),
            Privileged(MayOnBranch, 19),
            Privileged(MayBeUndone, 20),
            Privileged(MayBeUndone, 21),
            Privileged(MayBeUndone, 22),
            Privileged(MayBeUndone, 23));

        // Audit 60 X3, X4: a label on the try (the retry idiom), and a goto out of the catch to a label after the block that holds
        // the try, or to a goto on to a new builder, leave the builder replaced on every path.
        [Fact]
        public Task WithPrivileged_true_replaced_on_every_path_past_labels_is_not_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Check() { }
    static int N => (int)(System.DateTime.Now.Ticks % 3);
    static IContainer LabelledTry() { var b = new ContainerBuilder(); Again: try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch { } b = new ContainerBuilder(); return b.Build(); }
    static IContainer GotoBackToTheLabelledTry() { var b = new ContainerBuilder(); Again: try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch { goto Next; } Next: b = new ContainerBuilder(); if (N == 2) goto Again; return b.Build(); }
    static IContainer Retry() { var b = new ContainerBuilder(); Retry: try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch { if (N == 1) goto Retry; } b = new ContainerBuilder(); return b.Build(); }
    static IContainer GotoOutOfTheIf() { var b = new ContainerBuilder(); if (N > 0) { try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch { goto Done; } } Done: b = new ContainerBuilder(); return b.Build(); }
    static IContainer GotoOutOfTheLoop() { var b = new ContainerBuilder(); while (N > 0) { try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch { goto Out; } } Out: b = new ContainerBuilder(); return b.Build(); }
    static IContainer GotoOutOfTheSection() { var b = new ContainerBuilder(); switch (N) { case 1: try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch { goto Done; } break; } Done: b = new ContainerBuilder(); return b.Build(); }
    static IContainer GotoToAGoto() { var b = new ContainerBuilder(); try { b = b.WithPrivileged(true); Check(); b = b.WithPrivileged(false); } catch { goto Done; } Done: goto Two; Two: b = new ContainerBuilder(); return b.Build(); }
"), DockerLibrary.Testcontainers);

        // Audit 51 N6: an exception after the true and before the false goes on in the catch with the privileged builder.
        [Fact]
        public Task WithPrivileged_true_that_an_exception_may_carry_past_a_later_WithPrivileged_into_a_catch_stays_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Check() { }
    static List<IContainer> Switch(int k)
    {
        var all = new List<IContainer>();
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            switch (k) { case 1: b = b.WithPrivileged({|#0:true|}); Check(); break; }
            b = b.WithPrivileged(false);
            all.Add(b.Build());
        }
        catch (System.InvalidOperationException) { all.Add(b.Build()); }
        return all;
    }
    static List<IContainer> If(bool dind)
    {
        var all = new List<IContainer>();
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            if (dind) { b = b.WithPrivileged({|#1:true|}); Check(); }
            b = b.WithPrivileged(false);
            all.Add(b.Build());
        }
        catch (System.InvalidOperationException) { all.Add(b.Build()); }
        return all;
    }
    static List<IContainer> Straight()
    {
        var all = new List<IContainer>();
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged({|#2:true|});
            Check();
            b = b.WithPrivileged(false);
            all.Add(b.Build());
        }
        catch (System.InvalidOperationException) { all.Add(b.Build()); }
        return all;
    }
    // Audit 52 M3: a catch that uses nothing of the builder and lets nothing after the try use it.
    static IContainer Rethrows()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged(true);
            Check();
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException e) { System.Console.WriteLine(e); throw; }
    }
    // Audit 53 M3: a catch, or the code after the try, that gives the local another builder before it names it.
    static IContainer CatchStartsAnother()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged(true);
            Check();
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException) { b = new ContainerBuilder().WithImage(""alpine""); return b.Build(); }
    }
    static IContainer AfterTheTryStartsAnother()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged(true);
            Check();
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException) { }
        b = new ContainerBuilder().WithImage(""alpine"");
        return b.Build();
    }
    static IContainer CatchReadsItFirst()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged({|#7:true|});
            Check();
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException) { var kept = b; b = new ContainerBuilder(); return kept.Build(); }
    }
    static IContainer AfterTheTryReadsItFirst()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged({|#8:true|});
            Check();
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException) { }
        b = b.WithName(""x"");
        return b.Build();
    }
    static IContainer DeclaredInside()
    {
        try
        {
            var b = new ContainerBuilder().WithImage(""docker:dind"").WithPrivileged(true);
            Check();
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException) { return null; }
    }
    // Audit 52 M4: a builder call's argument may throw too.
    static List<IContainer> InAnArgument()
    {
        var all = new List<IContainer>();
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged({|#3:true|});
            b = b.WithName(Name());
            b = b.WithPrivileged(false);
            all.Add(b.Build());
        }
        catch (System.InvalidOperationException) { all.Add(b.Build()); }
        return all;
    }
    static string Name() => ""x"";
    // Audit 54 Q1: a builder call between them may throw whatever its arguments (WithResourceMapping of a missing file).
    static List<IContainer> Steps(string n)
    {
        var all = new List<IContainer>();
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged({|#5:true|});
            b = b.WithName(n);
            b = b.WithPortBinding(2375, true);
            b = b.WithPrivileged(false);
            all.Add(b.Build());
        }
        catch (System.InvalidOperationException) { all.Add(b.Build()); }
        return all;
    }
    // Audit 53 P4: the catch builds it through a local function.
    static IContainer ThroughALocalFunction()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        IContainer Fallback() => b.Build();
        try
        {
            b = b.WithPrivileged({|#4:true|});
            Check();
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException) { return Fallback(); }
    }
    // Audit 54 Q3: the catch builds it through a ref alias.
    static IContainer ThroughARefAlias()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        ref var r = ref b;
        try
        {
            b = b.WithPrivileged({|#6:true|});
            Check();
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException) { return r.Build(); }
    }
    // Audit 54 Q2: a static local function or lambda cannot capture the local, whatever its parameter is called.
    static IContainer ThroughAStaticOne(ContainerBuilder other)
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        static IContainer Make(ContainerBuilder b) => b.Build();
        System.Func<ContainerBuilder, IContainer> make = static b => b.Build();
        try
        {
            b = b.WithPrivileged(true);
            Check();
            b = b.WithPrivileged(false);
            return Make(b);
        }
        catch (System.InvalidOperationException) { return make(other); }
    }
    static IContainer NothingBetween()
    {
        var b = new ContainerBuilder().WithImage(""docker:dind"");
        try
        {
            b = b.WithPrivileged(true);
            b = b.WithPrivileged(false);
            return b.Build();
        }
        catch (System.InvalidOperationException) { return null; }
    }
"), DockerLibrary.Testcontainers,
            Privileged(MayOnBranch, 0),
            Privileged(MayOnBranch, 1),
            Privileged(MayOnSomePaths, 2),
            Privileged(MayOnSomePaths, 3),
            Privileged(MayOnSomePaths, 4),
            Privileged(MayOnSomePaths, 5),
            Privileged(MayOnSomePaths, 6),
            Privileged(MayOnSomePaths, 7),
            Privileged(MayOnSomePaths, 8));

        // Audit 48 F3: a chain is followed past 64 calls.
        [Fact]
        public Task WithPrivileged_true_that_a_later_WithPrivileged_replaces_far_along_a_long_chain_is_not_reported() => Verify(@"
    static IContainer Long() => new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true)" + string.Concat(Enumerable.Range(0, 200).Select(i => "\n        .WithEnvironment(\"K" + i + "\", \"v\")")) + @"
        .WithPrivileged(false).Build();

    static void Dropped(ContainerBuilder b) => b.WithPrivileged(true)" + string.Concat(Enumerable.Range(0, 200).Select(i => ".WithLabel(\"k" + i + "\", \"v\")")) + @".WithName(""x"");");

        // A conditional access on the local (b?.WithPrivileged(true)) is a chain on it as b.WithPrivileged(true) is.
        [Fact]
        public Task WithPrivileged_true_repeated_in_a_conditional_access_on_the_local_is_reported_once_at_the_later_call() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer RepeatedAfterIt(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#0:true|});
        var c = b?.WithPrivileged({|#1:true|}).Build();
        return c;
    }
    static IContainer BothConditional(bool ci, ContainerBuilder start)
    {
        var b = start;
        if (ci) b = b?.WithPrivileged({|#2:true|});
        return b?.WithName(""x"")?.WithPrivileged({|#3:true|}).Build();
    }
    static IContainer OnEachBranch(bool ci, bool debug)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#4:true|});
        if (debug) return b?.WithPrivileged({|#5:true|}).Build();
        return b.WithPrivileged({|#6:true|}).Build();
    }
    // Built without a WithPrivileged(true) too: the earlier call decides for that container.
    static IContainer AlsoBuiltWithoutIt(bool ci, out IContainer other)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged({|#7:true|});
        other = b?.WithName(""other"").Build();
        return b?.WithPrivileged({|#8:true|}).Build();
    }
    static IContainer OnItsOwn(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b?.WithPrivileged({|#9:true|});
        return b.Build();
    }"), DockerLibrary.Testcontainers,
            Privileged(Runs, 1, 0),
            Privileged(Runs, 3, 2),
            Privileged(MayOnBranch, 5, 4),
            Privileged(Runs, 6),
            Privileged(MayOnBranch, 7),
            Privileged(Runs, 8),
            // Made on some paths only, as b.WithPrivileged(true) would be.
            Privileged(MayOnBranch, 9));

        [Fact]
        public Task WithBindMount_of_proc_whose_access_mode_is_read_write_on_one_branch_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer Create(bool ci, int level) => new ContainerBuilder()
        .WithBindMount({|#0:""/proc""|}, ""/host/proc"", ci ? AccessMode.ReadOnly : AccessMode.ReadWrite)
        .WithBindMount({|#1:""/sys""|}, ""/host/sys"", level switch { 0 => AccessMode.ReadWrite, _ => AccessMode.ReadOnly })
        .WithBindMount({|#2:""/sys/fs/cgroup""|}, ""/c"", ci ? AccessMode.ReadOnly : AccessMode.ReadOnly)
        .Build();"), DockerLibrary.Testcontainers,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL3002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("host path '/proc' is mounted writable on one branch of a conditional, so it may apply"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL3002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("host path '/sys' is mounted writable on one branch of a conditional, so it may apply"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL3003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2)
                .WithArguments("host path '/sys/fs/cgroup' is mounted read-only (under sensitive '/sys')"));

        [Fact]
        public Task WithBindMount_of_proc_whose_access_mode_is_not_known_is_reported_as_sensitive() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer Create(AccessMode mode) => new ContainerBuilder()
        .WithBindMount({|#0:""/proc""|}, ""/host/proc"", mode)
        .Build();
    // Audit 154 N154-1: a mode an out declares holds what the call gives where the later value is not given.
    static IContainer Parsed(string s)
    {
        if (!System.Enum.TryParse<AccessMode>(s, out var mode)) mode = AccessMode.ReadWrite;
        return new ContainerBuilder().WithBindMount({|#1:""/proc""|}, ""/host/proc"", mode).Build();
    }
    // ... and the value given after it on every path where one is (audit 160 A160-3).
    static IContainer ParsedThenGiven(string s)
    {
        System.Enum.TryParse<AccessMode>(s, out var mode);
        mode = AccessMode.ReadWrite;
        return new ContainerBuilder().WithBindMount({|#2:""/proc""|}, ""/host/proc"", mode).Build();
    }"), DockerLibrary.Testcontainers,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL3003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("host path '/proc' is mounted"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL3003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
                .WithArguments("host path '/proc' is mounted"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL3002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(2)
                .WithArguments("host path '/proc' is mounted writable"));

        [Fact]
        public Task WithPrivileged_false_after_a_conditional_step_on_the_builder_local_replaces_the_earlier_true() => Verify(@"
    static IContainer Ternary(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        b = ci ? b.WithName(""a"") : b;
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer SwitchAndCoalesce(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithPrivileged(true);
        b = ci switch { true => b.WithName(""a""), false => b.WithDefaults() };
        b = b.WithName(""a"") ?? b;
        b = b.WithPrivileged(false);
        return b.Build();
    }
}

static class Defaults
{
    public static ContainerBuilder WithDefaults(this ContainerBuilder b) => b.WithName(""h"");");

        // Audit 104 R104-1: an if or a loop that only builds on the local leaves it a builder made from its own on every path,
        // as the ?: form does; a WithPrivileged(false) on some paths only is gone past too. A false definite error before.
        [Fact]
        public Task WithPrivileged_false_after_an_if_or_a_loop_that_builds_on_the_local_replaces_the_earlier_true() => Verify(@"
    static IContainer IfStatement(string token)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (!string.IsNullOrEmpty(token)) b = b.WithEnvironment(""TOKEN"", token);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer IfElseAndBlocks(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) { b = b.WithName(""a""); b = b.WithLabel(""k"", ""v""); }
        else b = b.WithName(""b"");
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer Loops(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        foreach (var n in names) b = b.WithEnvironment(n, ""1"");
        for (var i = 0; i < names.Length; i++) { b = b.WithLabel(names[i], ""x""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NameofTheLocalInTheWrite(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithEnvironment(""A"", nameof(b));
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer ThroughAnExtensionAndAChoice(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = Defaults.WithDefaults(b);
        if (!ci) b = ci ? b.WithName(""a"") : b.WithName(""b"");
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer FalseTwice(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithPrivileged(false);
        b = ci ? b.WithPrivileged(false) : b;
        b = b.WithPrivileged(false);
        return b.Build();
    }
}

static class Defaults
{
    public static ContainerBuilder WithDefaults(this ContainerBuilder b) => b.WithName(""h"");");

        // Audit 107 A107-4, A107-5: what names the local without running anything in the if or the loop (a local function
        // never called there, one after the return, nameof, a lambda handed to the builder's own call) lets the later false
        // replace the flag.
        [Fact]
        public Task WithPrivileged_false_after_an_if_or_a_loop_replaces_the_flag_whatever_names_the_local_without_running_there() => Verify(@"
    static IContainer LocalFunctionAfterTheReturn(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithName(""n"");
        b = b.WithPrivileged(false);
        return b.Build();
        string Describe() => b.Build().Name;
    }

    static IContainer LocalFunctionAfterTheReturnWithALoop(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        foreach (var n in names) b = b.WithEnvironment(n, ""1"");
        b = b.WithPrivileged(false);
        return b.Build();
        void Log() => System.Console.WriteLine(b);
    }

    static IContainer LocalFunctionNeverCalled(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        string Loc() => b.Build().Name;
        if (ci) b = b.WithName(""n"");
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NameofALocalFunction(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithName(nameof(Describe));
        b = b.WithPrivileged(false);
        return b.Build();
        string Describe() => b.Build().Name;
    }

    static IContainer LambdaHandedToTheBuilder(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithCreateParameterModifier(p => p.Hostname = b.ToString());
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NameofAMemberOfTheLocal(bool ci, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithEnvironment(""A"", nameof(b.Build));
        foreach (var n in names) b = b.WithLabel(n, nameof(b.WithName));
        b = b.WithPrivileged(false);
        return b.Build();
    }");

        // Audit 109 C109-1, C109-2, C109-3: a local function handed to the builder's modifier by name, a lambda inside a
        // modifier lambda, a local function declared in the if and never called, nameof of a lambda's local.
        [Fact]
        public Task WithPrivileged_false_after_an_if_or_a_loop_replaces_the_flag_past_modifiers_uncalled_local_functions_and_nameof() => Verify(@"
    static string F(System.Func<string> f) => f();

    static IContainer LocalFunctionHandedToTheModifier(bool ci, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithCreateParameterModifier(Mod);
        foreach (var n in names) b = b.WithCreateParameterModifier(Mod);
        b = b.WithPrivileged(false);
        return b.Build();
        void Mod(Docker.DotNet.Models.CreateContainerParameters p) => p.Hostname = b.ToString();
    }

    static IContainer LambdaInsideTheModifier(bool ci, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithCreateParameterModifier(p => p.Hostname = F(() => b.ToString()));
        if (ci) b = b.WithCreateParameterModifier(p => p.Hostname = System.Linq.Enumerable.First(System.Linq.Enumerable.Select(names, s => s + b)));
        foreach (var n in names) b = b.WithCreateParameterModifier(p => p.Hostname = F(() => b.ToString()));
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LocalFunctionDeclaredInTheIfAndNotCalled(bool ci, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) { string L() => b.Build().Name; b = b.WithName(nameof(L)); }
        foreach (var n in names) { string L() => b.Build().Name; b = b.WithLabel(n, ""v""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 111 E111-2, E111-3: a call inside a handed lambda, a lambda or method group handed through ?: or ??.
    static IContainer CallInsideAHandedLambdaAndHandedChoices(bool ci, string[] names)
    {
        ContainerBuilder b = null;
        System.Func<string> f = () => b.Build().Name;
        b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithCreateParameterModifier(p => p.Hostname = f());
        if (!ci) b = b.WithCreateParameterModifier(p => p.Hostname = System.Console.ReadLine());
        if (ci) b = b.WithCreateParameterModifier(ci ? p => p.Hostname = b.ToString() : p => { });
        System.Action<Docker.DotNet.Models.CreateContainerParameters> none = null;
        if (ci) b = b.WithCreateParameterModifier(none ?? (p => p.Hostname = b.ToString()));
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NameofWhereALambdaNamesTheLocal(bool ci)
    {
        ContainerBuilder b = null;
        System.Func<string> f = () => b.Build().Name;
        b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithName(nameof(f));
        for (var i = 0; i < 2; i++) b = b.WithLabel(nameof(f.Invoke), ""v"");
        b = b.WithPrivileged(false);
        return b.Build();
    }");

        // Audit 111 E111-5: statements that each only rebuild the builder local and hand it lambdas or method groups, one after
        // another: each alone let the later false replace the flag, a loop followed by an if did not.
        [Fact]
        public Task WithPrivileged_false_after_a_sequence_of_ifs_and_loops_handing_the_builder_lambdas_replaces_the_flag() => Verify(@"
    static IContainer LoopThenIfWithAMethodGroup(bool ci, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        foreach (var n in names) b = b.WithCreateParameterModifier(p => p.Hostname = b.ToString());
        if (ci) b = b.WithCreateParameterModifier(Mod);
        b = b.WithPrivileged(false);
        return b.Build();
        void Mod(Docker.DotNet.Models.CreateContainerParameters p) => p.Hostname = b.ToString();
    }

    static IContainer LoopThenIfWithALambda(bool ci, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        foreach (var n in names) b = b.WithCreateParameterModifier(p => p.Hostname = F(() => b.ToString()));
        if (ci) b = b.WithCreateParameterModifier(p => p.Hostname = b.ToString());
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer RepeatedUnits(bool ci, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        b = b.WithLabel(""k0"", ""v"");
        if (ci) b = b.WithCreateParameterModifier(Mod);
        if (ci) { string L0() => b.Build().Name; b = b.WithName(nameof(L0)); }
        foreach (var n in names) b = b.WithCreateParameterModifier(p => p.Hostname = F(() => b.ToString()));
        b = b.WithLabel(""k1"", ""v"");
        if (ci) b = b.WithCreateParameterModifier(Mod);
        if (ci) { string L1() => b.Build().Name; b = b.WithName(nameof(L1)); }
        foreach (var n in names) b = b.WithCreateParameterModifier(p => p.Hostname = F(() => b.ToString()));
        b = b.WithLabel(""k2"", ""v"");
        if (ci) b = b.WithCreateParameterModifier(Mod);
        if (ci) { string L2() => b.Build().Name; b = b.WithName(nameof(L2)); }
        foreach (var n in names) b = b.WithCreateParameterModifier(p => p.Hostname = F(() => b.ToString()));
        b = b.WithLabel(""k3"", ""v"");
        if (ci) b = b.WithCreateParameterModifier(Mod);
        if (ci) { string L3() => b.Build().Name; b = b.WithName(nameof(L3)); }
        foreach (var n in names) b = b.WithCreateParameterModifier(p => p.Hostname = F(() => b.ToString()));
        b = b.WithPrivileged(false);
        return b.Build();
        void Mod(Docker.DotNet.Models.CreateContainerParameters p) => p.Hostname = b.ToString();
    }

    static string F(System.Func<string> f) => f();");

        // Audit 112 G112-1: in a local function (a top-level program's helper, a test's setup function), a local function
        // that builds the builder, called in an if or a loop, runs there as it does in a method: the if was taken for one that
        // runs nothing, and with a repeated true the finding went.
        [Fact]
        public Task Local_function_building_the_builder_called_in_an_if_inside_a_local_function_is_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer CalledInAnIf(bool ci)
    {
        IContainer Inner()
        {
            var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
            if (ci) { string L1() => b.Build().Name; b = b.WithName(L1()); }
            b = b.WithPrivileged(false);
            return b.Build();
        }
        return Inner();
    }

    static IContainer CalledInAnIfThenTrueAgain(bool ci)
    {
        IContainer Inner()
        {
            var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#1:true|});
            if (ci) { string L1() => b.Build().Name; b = b.WithName(L1()); }
            b = b.WithPrivileged(true);
            b = b.WithPrivileged(false);
            return b.Build();
        }
        return Inner();
    }

    static IContainer DeclaredBeforeTheIf(bool ci)
    {
        IContainer Inner()
        {
            var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#2:true|});
            string L3() => b.Build().Name;
            if (ci) b = b.WithName(L3());
            b = b.WithPrivileged(true);
            b = b.WithPrivileged(false);
            return b.Build();
        }
        return Inner();
    }

    static IContainer CalledInALoop(string[] names)
    {
        IContainer Inner()
        {
            var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#3:true|});
            foreach (var n in names) { string L2() => b.Build().Name; b = b.WithLabel(n, L2()); }
            b = b.WithPrivileged(false);
            return b.Build();
        }
        return Inner();
    }"), DockerLibrary.Testcontainers, Privileged(Runs, 0), Privileged(Runs, 1), Privileged(Runs, 2), Privileged(Runs, 3));

        // Audit 112 G112-2: a use between a WithPrivileged(true) and a repeat of it, through a local function or a lambda, may
        // build a privileged container whatever follows: where a false replaces the repeat, the earlier call is reported on its
        // own, "may be undone" as it is with such a use before a false alone (audit 114: definite before); where the repeat is
        // reported, its finding stands for both.
        [Fact]
        public Task Use_through_a_function_before_a_repeated_true_keeps_the_earlier_true_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer LocalFunctionCalled()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
        Describe();
        b = b.WithPrivileged(true);
        b = b.WithPrivileged(false);
        return b.Build();
        void Describe() => System.Console.WriteLine(b.Build().Name);
    }

    static IContainer LocalFunctionInTheNextWrite()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#1:true|});
        string L1() => b.Build().Name;
        b = b.WithName(L1());
        b = b.WithPrivileged(true);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LambdaCalled()
    {
        ContainerBuilder b = null;
        System.Func<string> f = () => b.Build().Name;
        b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#2:true|});
        System.Console.WriteLine(f());
        b = b.WithPrivileged(true);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NothingBetween()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        b = b.WithName(""n"");
        b = b.WithPrivileged(true);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer RepeatReported()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#3:true|});
        Describe();
        b = b.WithPrivileged({|#4:true|});
        return b.Build();
        void Describe() => System.Console.WriteLine(b.Build().Name);
    }

    static IContainer RepeatsReplacedAfterAnotherUse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#5:true|});
        Describe();
        b = b.WithPrivileged({|#6:true|});
        Describe();
        b = b.WithPrivileged(true);
        b = b.WithPrivileged(false);
        return b.Build();
        void Describe() => System.Console.WriteLine(b.Build().Name);
    }

    // A goto past the repeat, which a later if may undo: the earlier call is reported on its own too.
    static IContainer RepeatMayBeUndone(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#7:true|});
        if (ci) goto Done;
        b = b.WithPrivileged({|#8:true|});
        if (N == 1) b = b.WithPrivileged(false);
        Done: return b.Build();
    }

    static int N;"), DockerLibrary.Testcontainers, Privileged(MayBeUndone, 0), Privileged(MayBeUndone, 1), Privileged(MayBeUndone, 2), Privileged(Runs, 4, 3),
            Privileged(MayBeUndone, 5), Privileged(MayBeUndone, 6), Privileged(MayBeUndone, 7), Privileged(MayBeUndone, 8));

        // A method group handed to the local's own builder runs only when that builder is built: trues repeated past such ifs
        // and ifs that may set the flag false are replaced by the last false (audit 111 E111-5, the Mix2x3 shape). One handed
        // to another builder runs when that one is built, which uses the local's builder.
        [Fact]
        public Task Method_group_kept_by_the_locals_builder_runs_nothing_before_the_false_and_one_kept_by_another_builder_does() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer RepeatedTrues(bool ci, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (ci) b = b.WithCreateParameterModifier(Mod);
        if (ci) b = b.WithName(""n0"");
        if (names.Length > 0) b = b.WithPrivileged(false);
        b = b.WithLabel(""k1"", ""v"");
        if (ci) b = b.WithCreateParameterModifier(Mod);
        if (names.Length > 1) b = b.WithPrivileged(false);
        b = b.WithPrivileged(true);
        if (ci) b = b.WithCreateParameterModifier(Mod);
        if (names.Length > 2) b = b.WithPrivileged(false);
        b = b.WithPrivileged(false);
        return b.Build();
        void Mod(Docker.DotNet.Models.CreateContainerParameters p) => p.Hostname = b.ToString();
    }

    // Audit 114 J114-1: handed on a branch of a choice given back to the local.
    static IContainer KeptOnABranch(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = ci ? b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name) : b;
        b = b.WithPrivileged(true);
        System.Console.WriteLine(""x"");
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer KeptBeforeACoalesce()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name) ?? b;
        b = b.WithPrivileged(true);
        System.Console.WriteLine(""x"");
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer KeptByAnotherBuilder()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
        var c = new ContainerBuilder().WithImage(""alpine"").WithCreateParameterModifier(Mod).Build();
        b = b.WithPrivileged(false);
        return b.Build();
        void Mod(Docker.DotNet.Models.CreateContainerParameters p) => p.Hostname = b.Build().Name;
    }

    // Audit 113 H113-1: a copy of the local's builder made after it was handed the modifier keeps it too, and so does a
    // builder the chain gives to another local.
    static IContainer CopiedAfterTheModifier()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        var o = b;
        b = b.WithPrivileged({|#1:true|});
        System.Console.WriteLine(o.Build());
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer ChainGivenToAnotherLocal(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        var o = b.WithCreateParameterModifier(Mod);
        b = b.WithPrivileged({|#2:true|});
        if (ci) b = b.WithName(""n"");
        System.Console.WriteLine(o.Build());
        b = b.WithPrivileged(false);
        return b.Build();
        void Mod(Docker.DotNet.Models.CreateContainerParameters p) => p.Hostname = b.Build().Name;
    }

    // Audit 114 J114-2: a copy made in a local function called before the true.
    static IContainer CopiedInALocalFunction()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        ContainerBuilder o = null;
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Copy();
        b = b.WithPrivileged({|#4:true|});
        System.Console.WriteLine(o.Build());
        b = b.WithPrivileged(false);
        return b.Build();
        void Copy() { o = b; }
    }

    static ContainerBuilder Saved;

    static IContainer KeptInAField(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Saved = b;
        b = b.WithPrivileged({|#3:true|});
        if (ci) b = b.WithName(""n"");
        System.Console.WriteLine(Saved.Build());
        b = b.WithPrivileged(false);
        return b.Build();
    }"), DockerLibrary.Testcontainers, Privileged(MayBeUndone, 0), Privileged(MayBeUndone, 1), Privileged(MayBeUndone, 2), Privileged(MayBeUndone, 3), Privileged(MayBeUndone, 4));

        // Audit 114's g4 corpus: only a name that may keep the builder is a copy of it. A copy in a local function is made where
        // that runs (a4e33f7 took any name in one that may run as a copy anywhere): at its end, after its own write, for one
        // called once; and b.ToString(), b.Build().Name, a dropped b.Build() and b = b?.WithName(...) keep nothing.
        [Fact]
        public Task Names_of_the_builder_that_keep_nothing_and_copies_after_the_write_leave_the_modifier_kept_by_the_locals_builder() => Verify(@"
    static async System.Threading.Tasks.Task<IContainer> CopiedAtTheEndOfTheWritingFunction(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        async System.Threading.Tasks.Task<IContainer> Inner()
        {
            if (ci) b = b.WithCreateParameterModifier(Mod);
            b = b.WithPrivileged(true);
            System.Console.WriteLine(""x"");
            b = b.WithPrivileged(false);
            await System.Threading.Tasks.Task.Yield();
            return b.Build();
        }
        var r = await Inner();
        System.Console.WriteLine(b.Build().Name);
        return r;
        void Mod(Docker.DotNet.Models.CreateContainerParameters p) => p.Hostname = b.Build().Name;
    }

    static IContainer NamesThatKeepNothing(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        System.Console.WriteLine(b.ToString());
        System.Console.WriteLine(b.Build().Name);
        b.Build();
        b = b?.WithName(""n"");
        b = b.WithPrivileged(true);
        System.Console.WriteLine(""x"");
        b = b.WithPrivileged(false);
        return b.Build();
    }");

        // Audit 115 K115-2: names of the builder that keep nothing are no copy of it, also in a local function called before
        // the true; K115-1: a lambda, or a delegate of a local function, that copies it makes the copy where it runs, at any
        // time after it is created, not before.
        [Fact]
        public Task Names_that_keep_nothing_and_copies_made_only_after_the_false_leave_the_modifier_kept_by_the_locals_builder() => Verify(@"
    static void Log(object o) { }

    static IContainer ConditionalToString()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Log(b?.ToString());
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer Interpolated()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Log($""{b}"");
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer DiscardedBuild()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        _ = b.Build();
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer TypeOf()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Log(b.GetType());
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer IsNull()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Log(b is null);
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer ComparedWithNull()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        if (b == null) Log(""none"");
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LockedOn()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        lock (b) { Log(""x""); }
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer RefAlias()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ref var r = ref b;
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer RefAliasRebuilt()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ref var r = ref b; r = r.WithName(""r"");
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer TestedInALocalFunction()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Log(IsNull());
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
        bool IsNull() => b is null;
    }

    static IContainer TypeOfInALocalFunction()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Show();
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        return b.Build();
        void Show() => Log(b.GetType());
    }

    static IContainer LambdaCopyingAfterTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        System.Action a = () => o = b; a();
        Log(o);
        return b.Build();
    }

    static IContainer LambdaCallingACopyAfterTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        System.Action a = () => Copy(); a();
        Log(o);
        return b.Build();
        void Copy() { o = b; }
    }

    static IContainer DelegateOfACopyAfterTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        System.Action a = Copy; a();
        Log(o);
        return b.Build();
        void Copy() { o = b; }
    }
");

        // Audit 116 L116-1, L116-7: a declaration pattern that binds the builder, and a built container kept as object, are
        // copies (77f202c took them for names that keep nothing).
        [Fact]
        public Task Patterns_binding_the_builder_and_containers_kept_as_object_are_copies() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Log(object o) { }
    static object KeptObject;

    static IContainer TypePattern()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder k = null;
        if (b is ContainerBuilder cb) k = cb;
        b = b.WithPrivileged({|#0:true|});
        Log(k?.Build());
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer VarPattern()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder k = null;
        if (b is var cb) k = cb;
        b = b.WithPrivileged({|#1:true|});
        Log(k?.Build());
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer PropertyPattern()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder k = null;
        if (b is { } cb) k = cb;
        b = b.WithPrivileged({|#2:true|});
        Log(k?.Build());
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer ContainerKeptAsObject()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder k = null;
        KeptObject = b.Build();
        b = b.WithPrivileged({|#3:true|});
        Log(k?.Build());
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer ContainerHandedOnAsObject()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder k = null;
        Log(b.Build());
        b = b.WithPrivileged({|#4:true|});
        Log(k?.Build());
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer ContainerInAnObjectLocal()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder k = null;
        object c = b.Build(); Log(c);
        b = b.WithPrivileged({|#5:true|});
        Log(k?.Build());
        b = b.WithPrivileged(false);
        return b.Build();
    }
"), DockerLibrary.Testcontainers, Privileged(MayBeUndone, 0), Privileged(MayBeUndone, 1), Privileged(MayBeUndone, 2), Privileged(MayBeUndone, 3),
            Privileged(MayBeUndone, 4), Privileged(MayBeUndone, 5));

        // Audit 116 L116-2: a copy after which the loop is left on every path (break, return, throw, a goto out) is made on no
        // pass before another.
        [Fact]
        public Task Copy_in_a_loop_followed_by_a_jump_out_of_it_is_not_made_before_the_next_passs_true() => Verify(@"
    static void Log(object o) { }

    static IContainer CopyThenBreak(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            if (n == ""k"") { o = b; break; }
        }
        Log(o);
        return b.Build();
    }

    static IContainer CopyThenGotoOut(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            if (n == ""k"") { o = b; goto Out; }
        }
        Out: Log(o);
        return b.Build();
    }

    static IContainer CopyThenReturn(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            if (n == ""k"") { Kept = b; return b.Build(); }
        }
        return b.Build();
    }

    // Audit 117 M117-6: every way on leaves, through an if/else or a switch with a default section.
    static IContainer CopyThenIfElseLeaving(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            Kept = b;
            if (n == ""k"") return b.Build(); else throw new System.InvalidOperationException();
        }
        return b.Build();
    }

    static IContainer CopyThenSwitchLeaving(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            Kept = b;
            switch (n) { case ""k"": return b.Build(); default: throw new System.InvalidOperationException(); }
        }
        return b.Build();
    }

    // Audit 117 M117-5: the same in a goto loop.
    static IContainer CopyThenReturnInAGotoLoop(string[] names, bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        Again:
        b = b.WithPrivileged(true);
        Log(1);
        b = b.WithPrivileged(false);
        if (x) { o = b; return b.Build(); }
        if (names.Length > 0) goto Again;
        return b.Build();
    }

    // Audit 118 N118-4: a break out of the loop that holds a goto loop.
    static IContainer CopyThenBreakOutOfAGotoLoop(string[] names, bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        while (true)
        {
            Again:
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            if (x) { o = b; break; }
            if (names.Length > 0) goto Again;
        }
        Log(o);
        return b.Build();
    }

    // Audit 117 M117-8: a switch on the local that binds nothing is a test.
    static IContainer SwitchedOn()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        var s = b switch { null => ""n"", _ => ""v"" };
        switch (b) { case null: Log(0); break; default: Log(1); break; }
        b = b.WithPrivileged(true);
        Log(s);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer CopyThenThrow(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            if (n == ""k"") { Kept = b; throw new System.InvalidOperationException(); }
        }
        return b.Build();
    }

    // Audit 119 P119-5: a try whose block and catches all leave, a finally running on the way; a using or lock around the jump.
    static IContainer CopyThenBreakInATryWithAFinally(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            o = b;
            try { break; } finally { Log(2); }
        }
        Log(o);
        return b.Build();
    }

    static IContainer CopyThenIfElseOutInATryWhoseCatchReturns(string[] names, bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            o = b;
            try { if (x) break; else return b.Build(); } catch { return null; } finally { Log(2); }
        }
        Log(o);
        return b.Build();
    }

    static IContainer CopyThenBreakInAUsingAndALock(string[] names, System.IDisposable d)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            Log(1);
            b = b.WithPrivileged(false);
            o = b;
            using (d) { lock (names) { break; } }
        }
        Log(o);
        return b.Build();
    }

    static ContainerBuilder Kept;");

        // Audit 116 L116-2, L116-3: where the loop goes on after the copy (a break of a switch in it), or a goto goes back
        // over it, the copy is made before the next pass's true.
        [Fact]
        public Task Copy_in_a_loop_that_goes_on_or_in_a_goto_loop_is_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Log(object o) { }

    static IContainer BreakOfASwitch(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#0:true|});
            Log(o?.Build());
            b = b.WithPrivileged(false);
            switch (n) { case ""k"": o = b; break; }
        }
        return b.Build();
    }

    static IContainer GotoBack(bool again)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        Again:
        b = b.WithPrivileged({|#1:true|});
        Log(o?.Build());
        b = b.WithPrivileged(false);
        o = b;
        if (again) goto Again;
        return b.Build();
    }

    // Audit 117 M117-7: a goto case back to the section.
    static IContainer GotoCaseBack(bool again)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        int s = 0;
        switch (s)
        {
            case 0:
                b = b.WithPrivileged({|#3:true|});
                Log(o?.Build());
                b = b.WithPrivileged(false);
                o = b;
                if (again) goto case 0;
                break;
        }
        return b.Build();
    }

    static IContainer GotoBackThroughALocalFunction(bool again)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        Again:
        b = b.WithPrivileged({|#2:true|});
        Log(o?.Build());
        b = b.WithPrivileged(false);
        Copy();
        if (again) goto Again;
        return b.Build();
        void Copy() { o = b; }
    }

    // Audit 119 P119-5's negatives: a catch that goes on, or a try block that may not leave.
    static IContainer CopyThenBreakInATryWhoseCatchGoesOn(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#4:true|});
            Log(o?.Build());
            b = b.WithPrivileged(false);
            o = b;
            try { Log(2); break; } catch { Log(3); }
        }
        return b.Build();
    }

    static IContainer CopyThenATryThatMayNotLeave(string[] names, bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#5:true|});
            Log(o?.Build());
            b = b.WithPrivileged(false);
            o = b;
            try { if (x) break; } finally { Log(2); }
        }
        return b.Build();
    }"), DockerLibrary.Testcontainers, Privileged(MayBeUndone, 0), Privileged(MayBeUndone, 1), Privileged(MayBeUndone, 2), Privileged(MayOnBranch, 3),
            Privileged(MayBeUndone, 4), Privileged(MayBeUndone, 5));

        // Audit 115 K115-3: a copy at the end of a loop's body is made again before the next pass's true.
        [Fact]
        public Task Copy_at_the_end_of_a_loop_body_before_the_next_passs_true_is_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Log(object o) { }

    static IContainer CopiedAtTheEndOfALoop0(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#0:true|});
            Log(o?.Build());
            b = b.WithPrivileged(false);
            o = b;
        }
        return b.Build();
    }

    static IContainer KeptInAFieldAtTheEndOfALoop1(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#1:true|});
            Log(o?.Build());
            b = b.WithPrivileged(false);
            Saved = b;
        }
        return b.Build();
    }

    static IContainer CopiedByALocalFunctionAtTheEndOfALoop2(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        ContainerBuilder o = null;
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#2:true|});
            Log(o?.Build());
            b = b.WithPrivileged(false);
            Copy();
        }
        return b.Build();
        void Copy() { o = b; }
    }

    // Audit 119 P119-2: the modifier handed at the end of the body, then copied: built between the next pass's true and false.
    static IContainer HandedAndCopiedAtTheEndOfALoop3(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#3:true|});
            Log(Saved?.Build());
            b = b.WithPrivileged(false);
            b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
            Saved = b;
        }
        return b.Build();
    }

    static ContainerBuilder Saved;
"), DockerLibrary.Testcontainers, Privileged(MayBeUndone, 0), Privileged(MayBeUndone, 1), Privileged(MayBeUndone, 2), Privileged(MayBeUndone, 3));

        [Fact]
        public Task Copy_of_the_builder_in_a_local_function_called_between_the_modifier_and_the_true_is_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer CopiedThroughACallingFunction()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        ContainerBuilder o = null;
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Outer();
        b = b.WithPrivileged({|#0:true|});
        System.Console.WriteLine(o.Build());
        b = b.WithPrivileged(false);
        return b.Build();
        void Outer() => Copy();
        void Copy() { o = b; }
    }

    static IContainer BuiltAndKeptInALocalFunction()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        IContainer c = null;
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Keep();
        b = b.WithPrivileged({|#1:true|});
        System.Console.WriteLine(c.Name);
        b = b.WithPrivileged(false);
        return b.Build();
        void Keep() { c = b.Build(); }
    }

    static IContainer CopyInALocalFunctionMadeADelegate()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        ContainerBuilder o = null;
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        System.Action copy = Copy;
        b = b.WithPrivileged({|#2:true|});
        System.Console.WriteLine(""x"");
        b = b.WithPrivileged(false);
        return b.Build();
        void Copy() { o = b; }
    }"), DockerLibrary.Testcontainers, Privileged(MayBeUndone, 0), Privileged(MayBeUndone, 1), Privileged(MayBeUndone, 2));

        // Audit 111 E111-1: a project's extension method that passes the builder through may run the lambda it is handed, at
        // the call and before the later false; the if form was reported, the plain statement was not.
        [Fact]
        public Task Lambda_naming_the_builder_handed_to_a_project_extension_before_the_false_is_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer RunAtTheCall()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
        b = b.WithRun(() => System.Console.WriteLine(b.Build().Name));
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NameFromALambda()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#1:true|});
        b = b.WithNameFrom(() => b.Build().Name);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer InAnIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#2:true|});
        if (ci) b = b.WithRun(() => System.Console.WriteLine(b.Build().Name));
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer HandedToTheBuildersOwnCall()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        b = b.WithCreateParameterModifier(p => p.Hostname = b.ToString());
        b = b.WithPrivileged(false);
        return b.Build();
    }
}

static class Extra
{
    public static ContainerBuilder WithRun(this ContainerBuilder b, System.Action a) { a(); return b; }
    public static ContainerBuilder WithNameFrom(this ContainerBuilder b, System.Func<string> a) => b.WithName(a());"), DockerLibrary.Testcontainers,
            Privileged(MayBeUndone, 0), Privileged(MayBeUndone, 1), Privileged(Runs, 2));

        // Audit 112 G112-4: two switch statements or if/else-if chains in a row that only rebuild the local, handing it a
        // modifier on one branch.
        [Fact]
        public Task WithPrivileged_false_after_switches_and_else_if_chains_handing_the_builder_modifiers_replaces_the_flag() => Verify(@"
    static IContainer SwitchSwitch(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        switch (names.Length) { case 0: b = b.WithName(""s""); break; default: b = b.WithCreateParameterModifier(Mod); break; }
        switch (names.Length) { case 0: b = b.WithName(""s""); break; default: b = b.WithCreateParameterModifier(Mod); break; }
        b = b.WithPrivileged(false);
        return b.Build();
        void Mod(Docker.DotNet.Models.CreateContainerParameters p) => p.Hostname = b.ToString();
    }

    static IContainer SwitchWithLambdas(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        switch (names.Length) { case 0: b = b.WithName(""s""); break; default: b = b.WithCreateParameterModifier(p => p.Hostname = b.ToString()); break; }
        switch (names.Length) { case 0: b = b.WithName(""s""); break; default: b = b.WithCreateParameterModifier(p => p.Hostname = b.ToString()); break; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer ElseIfElseIf(bool ci, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (names.Length == 0) b = b.WithName(""a""); else if (ci) b = b.WithLabel(""k"", ""v""); else b = b.WithCreateParameterModifier(Mod);
        if (names.Length == 0) b = b.WithName(""a""); else if (ci) b = b.WithLabel(""k"", ""v""); else b = b.WithCreateParameterModifier(Mod);
        b = b.WithPrivileged(false);
        return b.Build();
        void Mod(Docker.DotNet.Models.CreateContainerParameters p) => p.Hostname = b.ToString();
    }");

        // Audit 111 E111-4: an if or a loop that only rebuilds the builder local, in a try whose handlers rethrow or only log.
        [Fact]
        public Task WithPrivileged_false_after_a_try_whose_if_or_loop_only_rebuilds_the_local_replaces_the_flag() => Verify(@"
    static IContainer IfInATryWithARethrowingCatch(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { if (ci) b = b.WithName(""n""); } catch (System.Exception e) { System.Console.WriteLine(e); throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer IfInATryWithAFinallyThatLogs(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { if (ci) b = b.WithName(""n""); } finally { System.Console.WriteLine(""done""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LoopInATryWithAnEmptyFinally(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { foreach (var n in names) b = b.WithLabel(n, ""v""); } finally { }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 113 H113-2: a plain rebuild before the if or the loop in the try.
    static IContainer PlainThenIfInATry(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { b = b.WithLabel(""a"", ""b""); if (ci) b = b.WithName(""n""); } catch (System.Exception e) { System.Console.WriteLine(e); throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer PlainThenLoopInATryWithAFinally(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { b = b.WithLabel(""a"", ""b""); foreach (var n in names) b = b.WithLabel(n, ""v""); } finally { System.Console.WriteLine(""done""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }");

        // Audit 114: a catch that gives the local another builder (or sets its flag false) before it names it, and goes on
        // or returns, "changes nothing" (docs/rules/README.md): the path after the try has the try block's builder, which the
        // later false replaces. It was a definite error.
        [Fact]
        public Task WithPrivileged_false_after_a_try_whose_catch_gives_the_local_another_builder_replaces_the_flag() => Verify(@"
    static void Log(object o) { }

    static IContainer NewBuilder()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { b = b.WithName(""n""); } catch { b = new ContainerBuilder().WithImage(""alpine""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LoggedThenNewBuilder()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithPrivileged(true);
        try { b = b.WithName(""n""); } catch (System.Exception e) { Log(e); b = new ContainerBuilder().WithImage(""alpine""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer FlagSetFalseInTheCatch()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { b = b.WithName(""n""); } catch { b = b.WithPrivileged(false); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer FallbackReturned()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { b = b.WithName(""n""); } catch { b = new ContainerBuilder().WithImage(""alpine""); return b.Build(); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer AnotherCatchGoesOnToTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { b = b.WithName(""n""); } catch (System.ArgumentException) { b = new ContainerBuilder().WithImage(""alpine""); } catch (System.Exception) { }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 116 L116-4: the flag set false by a chain.
    static IContainer FlagSetFalseByAChainInTheCatch()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        try { b = b.WithPrivileged(true); Log(1); } catch (System.Exception) { b = b.WithName(""x"").WithPrivileged(false); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer FlagSetFalseFirstInAChainInTheCatchThenUsed()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        try { b = b.WithPrivileged(true); Log(1); } catch (System.Exception) { b = b.WithPrivileged(false).WithName(""x""); Log(b.Build()); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 116 L116-5: an inner catch of every exception replaces the builder before an outer catch that uses it sees it.
    static IContainer InnerCatchReplacesThenRethrows()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        try
        {
            try { b = b.WithPrivileged(true); Log(1); } catch (System.Exception) { b = b.WithPrivileged(false); throw; }
            b = b.WithPrivileged(false);
        }
        catch (System.Exception e) { Log(b.Build()); }
        return b.Build();
    }

    static IContainer InnerCatchSetsTheFlagFalseAndGoesOn()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        try
        {
            try { b = b.WithPrivileged(true); Log(1); } catch { b = b.WithPrivileged(false); }
            b = b.WithPrivileged(false);
        }
        catch (System.Exception e) { Log(b.Build()); }
        return b.Build();
    }

    // Audit 117 M117-9: a modifier lambda naming the local runs nothing in a catch that runs no code.
    static IContainer ModifierAndACatchThatRethrows()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 118 N118-1: a modifier lambda the local's builder keeps, never copied, runs only when that builder is built,
    // not from a catch or finally that runs code.
    static IContainer ModifierAndACatchThatLogs()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch (System.Exception e) { Log(e); } finally { Log(""done""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 120 Q120-1: a modifier that copies the builder when it runs, handed only after the false (no loop back to the
    // true, or a loop left right after): no copy holds it while the catch runs.
    static IContainer CopyingModifierHandedAfterTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { Log(1); }
        b = b.WithPrivileged(false);
        b = b.WithCreateParameterModifier(p => { Kept = b; });
        return b.Build();
    }

    static IContainer CopyingModifierHandedAfterTheFalseInALoopLeftAfter(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            try { b = b.WithName(n); } catch { Log(1); }
            b = b.WithPrivileged(false);
            b = b.WithCreateParameterModifier(p => Log(b));
            break;
        }
        return b.Build();
    }

    // Audit 120 Q120-2, Q120-4: a local function that copies the builder copies it where it is called: never, or only after
    // the false.
    // A modifier that copies the builder copies it once a builder holding it is built: not in a loop that builds it only
    // after the loop, nor before the first build.
    static IContainer CopyingModifierHandedAfterTheFalseInALoopBuiltAfterIt(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        foreach (var n in names)
        {
            b = b.WithPrivileged(true);
            try { b = b.WithName(n); } catch { Log(Kept?.Build()); }
            b = b.WithPrivileged(false);
            b = b.WithCreateParameterModifier(p => { Kept = b; });
        }
        return b.Build();
    }

    static IContainer CopyingModifierNotBuiltBeforeTheCatch()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => { Kept = b; });
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { Log(Kept?.Build()); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LocalFunctionCopyingTheBuilderNeverCalled()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        void Save() { Kept = b; }
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { Log(1); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LocalFunctionCopyingTheBuilderCalledAfterTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        void Save() { Kept = b; }
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { Log(1); }
        b = b.WithPrivileged(false);
        Save();
        return b.Build();
    }

    // Audit 120 Q120-3: a try in a block, as a flat one, with a modifier that copies the builder never built before it.
    static IContainer CopyingModifierNotBuiltBeforeATryInABlock()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => { Kept = b; });
        b = b.WithPrivileged(true);
        { try { b = b.WithName(""y""); } catch { Log(Kept?.Build()); } }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 121 R121-1's reference: a local function that writes the flag and copies after its false, called once.
    static IContainer WriterLocalFunctionCopyingAfterItsFalseCalledOnce()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged(true);
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Kept = b;
        }
        Step();
        return b.Build();
    }

    // Audit 122 S122-1, S122-2: such a local function called twice whose only copy comes after its last call, or called on
    // exclusive branches.
    static IContainer WriterLocalFunctionCalledTwiceCopyAfterTheLastCall()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged(true);
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
        }
        Step();
        Step();
        return b.Build();
    }

    static IContainer WriterLocalFunctionCalledOnExclusiveBranches(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged(true);
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Kept = b;
        }
        if (x) Step(); else Step();
        return b.Build();
    }

    // One call followed by a return, the other after it: it runs once on each path.
    static IContainer WriterLocalFunctionCalledBeforeAReturnAndAfterIt(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged(true);
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Kept = b;
        }
        if (x) { Step(); return b.Build(); }
        Step();
        return b.Build();
    }

    // Audit 121 R121-2: a positional pattern over a tuple calls nothing.
    static IContainer LambdaAndAFilterOfATuplePattern(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> f = () => b.Build().Name;
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch (System.Exception e) when ((e, x) is (System.InvalidOperationException, true)) { throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 123 T123-2: so does one over such a tuple in parentheses, cast to a tuple type, or a choice of two.
    static IContainer LambdaAndAFilterOfAParenthesizedTuplePattern(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> f = () => b.Build().Name;
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); }
        catch (System.Exception e) when (((e, x)) is (System.InvalidOperationException, true) || (((System.Exception, bool))(e, x)) is (System.ArgumentException, true)
            || (x ? (e, 1) : (e, 2)) is (System.IO.IOException, 1)) { throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 123 T123-10: so does one over a variable of a tuple type, whose fields it reads (the compiler calls no Deconstruct).
    static IContainer LambdaAndAFilterOfAPositionalPatternOverATupleVariable(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> f = () => b.Build().Name;
        (int, int) tp = (1, 2);
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch (System.Exception) when (tp is (1, 2) || tp is (int, > 1) || tp is var (c, d) && c > d) { throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 123 T123-13: a local function that writes the flag, called once by another local function called once, runs once.
    static IContainer WriterLocalFunctionCalledOnceThroughAnother()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            void Save() { Kept = b; }
            b = b.WithPrivileged(true);
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Save();
        }
        void Wrap() { Step(); }
        Wrap();
        return b.Build();
    }

    // A local function's name is looked up from the block of its call out: another local function's own Save, declared in
    // it, is not the writer's (audit 123 T123-6, T123-12).
    static IContainer WriterLocalFunctionAndASiblingsLocalFunctionOfTheSameName()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            void Save() { Kept = b; }
            b = b.WithPrivileged(true);
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Save();
        }
        void Other()
        {
            void Save() { Log(2); }
            Save();
        }
        Other();
        Step();
        return b.Build();
    }

    // Audit 123 T123-9: a copy followed by a break out of the loop that runs the writer again is there on no later run.
    static IContainer WriterInALoopCopiedBeforeABreakOutOfIt(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged(true);
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
        }
        while (true) { Step(); if (x) { Kept = b; break; } }
        return null;
    }

    // Audit 123 T123-1: a call followed by a goto past the other call runs apart from it.
    static IContainer WriterCalledBeforeAGotoPastItsOtherCall(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged(true);
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Kept = b;
        }
        if (x) { Step(); goto Done; }
        Step();
        Done:
        return b.Build();
    }

    // Audit 123 T123-8's negative: declared in a local function that runs once, it runs once.
    static IContainer WriterDeclaredInALocalFunctionCalledOnce()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Other()
        {
            void Step()
            {
                void Inner() { Kept = b; }
                b = b.WithPrivileged(true);
                try { b = b.WithName(""y""); } catch { Log(1); }
                b = b.WithPrivileged(false);
                Inner();
            }
            Step();
        }
        Other();
        return b.Build();
    }

    // Audit 123 T123-7: the values of a switch expression's arms are exclusive, as the branches of ?: are.
    static IContainer WriterLocalFunctionCalledOnTheArmsOfASwitchExpression(int n)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        int Run()
        {
            b = b.WithPrivileged(true);
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Kept = b;
            return 1;
        }
        var r = n switch { 0 => Run(), 1 => Run(), _ => Run() };
        return b.Build();
    }

    // Nor is the method's Save the one a writer calls where it declares its own.
    static IContainer WriterLocalFunctionCallingItsOwnLocalFunctionHidingTheMethods()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Save() { Kept = b; }
        void Step()
        {
            void Save() { Log(2); }
            b = b.WithPrivileged(true);
            Save();
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
        }
        Step();
        Save();
        return b.Build();
    }

    static ContainerBuilder Kept;

    // Audit 118 N118-2: nameof and a filter that calls nothing run no code either.
    static IContainer LambdaAndCatchesThatRunNoCode(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> f = () => b.Build().Name;
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch (System.InvalidOperationException) when (x) { throw; } catch { var s = nameof(b); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 119 P119-4: nor does a switch expression of type patterns (the exception made when no arm matches is the runtime's).
    static IContainer LambdaAndAFilterOfASwitchExpression()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> f = () => b.Build().Name;
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch (System.Exception e) when (e switch { System.InvalidOperationException => true, _ => false }) { throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer ModifierAndACatchGivingAnotherBuilder()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { b = new ContainerBuilder().WithImage(""busybox""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 119 P119-3: the other builder carries a modifier naming the local, which runs when that builder is built.
    static IContainer ModifierAndACatchGivingAnotherBuilderWithAModifierNamingTheLocal()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { b = new ContainerBuilder(""busybox"").WithCreateParameterModifier(p => p.Hostname = b.Build().Name); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer CatchGivingAnotherBuilderWithAModifierNamingTheLocal()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { b = new ContainerBuilder().WithImage(""busybox"").WithCreateParameterModifier(p => p.Hostname = b.Build().Name); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NoWriteInTheTry()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        try { Log(1); } catch { b = new ContainerBuilder().WithImage(""alpine""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 117 M117-1: such a try with no write in its block, in an if, a loop or another try.
    static IContainer NoWriteInTheTryInAnIf(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        if (x) { try { Log(1); } catch { b = new ContainerBuilder().WithImage(""alpine""); } }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NoWriteInTheTryInALoop(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        foreach (var n in names) { try { Log(n); } catch { b = new ContainerBuilder().WithImage(""alpine""); } }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer InALoop(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        foreach (var n in names) { try { b = b.WithName(n); } catch { b = new ContainerBuilder().WithImage(""alpine""); } }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 122 S122-7: a lambda (or a delegate of a local function) naming the local that is made after the try, with no
    // loop or goto back around both, does not exist while its catch runs; nor does a local function called after it run then.
    static IContainer LambdaCopyingTheBuilderMadeAfterTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { Log(1); }
        b = b.WithPrivileged(false);
        System.Action a = () => Kept = b;
        a();
        return b.Build();
    }

    static IContainer LambdaBuildingTheLocalMadeAfterTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { Log(1); }
        b = b.WithPrivileged(false);
        System.Func<IContainer> build = () => b.Build();
        return build();
    }

    static IContainer DelegateOfACopyingLocalFunctionMadeAfterTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Save() { Kept = b; }
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { Log(1); }
        b = b.WithPrivileged(false);
        System.Action a = Save;
        a();
        return b.Build();
    }

    static IContainer CopyingLocalFunctionCalledOnlyAfterTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithPrivileged(true);
        try { b = b.WithName(""y""); } catch { Log(1); }
        b = b.WithPrivileged(false);
        Save();
        return b.Build();
        void Save() { Kept = b; }
    }

    // Audit 122 S122-6's negatives: the try in a local function runs where that is called; a copy or a lambda made after
    // the call is not there yet.
    static IContainer CopyAfterTheCallOfALocalFunctionHoldingTheTry()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step() { b = b.WithPrivileged(true); try { b = b.WithName(""y""); } catch { Log(1); } b = b.WithPrivileged(false); }
        Step();
        Kept = b;
        return b.Build();
    }

    static IContainer LambdaMadeAfterTheCallOfALocalFunctionHoldingTheTry()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        void Step() { b = b.WithPrivileged(true); try { b = b.WithName(""y""); } catch { Log(1); } b = b.WithPrivileged(false); }
        Step();
        System.Action a = () => Kept = b;
        a();
        return b.Build();
    }");

        [Fact]
        public Task Local_function_declared_in_another_switch_section_is_the_one_called() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Log(object o) { }
    static ContainerBuilder Kept;

    // Audit 126 R126-2: a local function declared in one switch section is the one a call in another section calls (the
    // sections share one declaration space).
    static IContainer CopyingLocalFunctionDeclaredInAnotherSwitchSection(int k)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        switch (k)
        {
            case 0:
                void Save() { Kept = b; }
                break;
            default:
                void Step()
                {
                    b = b.WithPrivileged({|#0:true|});
                    try { b = b.WithName(""y""); } catch { Log(1); }
                    b = b.WithPrivileged(false);
                }
                Step();
                Save();
                Step();
                break;
        }
        return b.Build();
    }"), DockerLibrary.Testcontainers, Privileged(MayOnBranch, 0));

        [Fact]
        public Task WithPrivileged_false_after_a_try_whose_catch_gives_another_builder_but_something_uses_the_first_is_still_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static void Log(object o) { }

    static IContainer UsedAfterTheTry()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
        try { b = b.WithName(""n""); } catch { b = new ContainerBuilder().WithImage(""alpine""); }
        Log(b);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer CatchUsesItFirst()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#1:true|});
        try { b = b.WithName(""n""); } catch { Log(b.Build()); b = new ContainerBuilder().WithImage(""alpine""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer FinallyUsesIt()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#2:true|});
        try { b = b.WithName(""n""); } catch { b = new ContainerBuilder().WithImage(""alpine""); } finally { Log(b); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer FilterUsesIt()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#3:true|});
        try { b = b.WithName(""n""); } catch when (b.Build() != null) { b = new ContainerBuilder().WithImage(""alpine""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer AnotherCatchUsesIt()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#4:true|});
        try { b = b.WithName(""n""); } catch (System.ArgumentException) { b = new ContainerBuilder().WithImage(""alpine""); } catch (System.Exception) { Log(b); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer TryBlockUsesIt()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#5:true|});
        try { b = b.WithName(""n""); Log(b); } catch { b = new ContainerBuilder().WithImage(""alpine""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer CatchInALoopUsesIt(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#6:true|});
        foreach (var n in names) { try { b = b.WithName(n); } catch { Log(b); b = new ContainerBuilder().WithImage(""alpine""); } }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NoWriteInTheTryUsedAfterIt()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#7:true|});
        try { Log(1); } catch { b = new ContainerBuilder().WithImage(""alpine""); }
        Log(b);
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // The inner catch takes only some exceptions, or something between may throw to the outer catch.
    static IContainer InnerCatchOfSomeExceptions()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        try
        {
            try { b = b.WithPrivileged({|#9:true|}); Log(1); } catch (System.ArgumentException) { b = b.WithPrivileged(false); throw; }
            b = b.WithPrivileged(false);
        }
        catch (System.Exception e) { Log(b.Build()); }
        return b.Build();
    }

    // A new builder's creation in the inner catch may throw to the outer catch before the local is given it.
    static IContainer InnerCatchGivesAnotherBuilder()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        try
        {
            try { b = b.WithPrivileged({|#11:true|}); Log(1); } catch { b = new ContainerBuilder().WithImage(""alpine""); }
            b = b.WithPrivileged(false);
        }
        catch (System.Exception e) { Log(b.Build()); }
        return b.Build();
    }

    // Audit 117 M117-3: a typed catch that rethrows ahead of the catch of every exception hands on the flagged builder.
    static IContainer TypedCatchRethrowsFirst()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        try
        {
            try { b = b.WithPrivileged({|#12:true|}); Log(1); }
            catch (System.InvalidOperationException) { throw; }
            catch { b = b.WithPrivileged(false); throw; }
            b = b.WithPrivileged(false);
        }
        catch (System.Exception e) { Log(b.Build()); }
        return b.Build();
    }

    // Kept by the local's builder, but the builder is copied: the copy may be built from the catch.
    static IContainer ModifierCopiedAndACatchThatLogs()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        var o = b;
        b = b.WithPrivileged({|#14:true|});
        try { b = b.WithName(""y""); } catch (System.Exception e) { Log(o.Build()); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 119 P119-1: handed at the end of a loop body and copied there, the modifier is in the copy on the next pass.
    static IContainer ModifierHandedAndCopiedLaterInALoop(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#15:true|});
            try { b = b.WithName(n); } catch { Log(Saved?.Build()); }
            b = b.WithPrivileged(false);
            b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
            Saved = b;
        }
        return b.Build();
    }

    // Audit 119 P119-7: a kept modifier that copies the builder when it runs.
    static IContainer ModifierCopyingTheBuilder()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => { Saved = b; p.Hostname = ""h""; });
        _ = b.Build();
        b = b.WithPrivileged({|#16:true|});
        try { b = b.WithName(""y""); } catch { Log(Saved?.Build()); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static ContainerBuilder Saved;

    // A catch that runs code may run a lambda that builds the flagged builder.
    static IContainer LambdaAndACatchThatLogs()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> name = () => b.Build().Name;
        b = b.WithPrivileged({|#13:true|});
        try { b = b.WithName(""y""); } catch { Log(name()); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer CallBetweenTheInnerTryAndTheFalse()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        try
        {
            try { b = b.WithPrivileged({|#10:true|}); Log(1); } catch (System.Exception) { b = b.WithPrivileged(false); throw; }
            Log(2);
            b = b.WithPrivileged(false);
        }
        catch (System.Exception e) { Log(b.Build()); }
        return b.Build();
    }

    static IContainer NoWriteInTheTryUsedInIt()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#8:true|});
        try { Log(b); } catch { b = new ContainerBuilder().WithImage(""alpine""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 119 P119-3's negatives: the other builder is made from the first (its name), or built there with a lambda naming it.
    static IContainer CatchGivesABuilderMadeWithTheFirstsName()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#17:true|});
        try { b = b.WithName(""y""); } catch { b = new ContainerBuilder().WithImage(""alpine"").WithName(b.Build().Name); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer CatchGivesABuilderCreatedWithTheFirsts()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#18:true|});
        try { b = b.WithName(""y""); } catch { b = new ContainerBuilder(b.Build().Name).WithCreateParameterModifier(p => p.Hostname = ""h""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 120 Q120-1, Q120-2, Q120-4's references: the copying modifier handed in a loop that comes back to the true, the
    // local function that copies called before the true, or one that builds the builder called in the catch.
    static IContainer CopyingModifierHandedAfterTheFalseInALoop(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#20:true|});
            try { b = b.WithName(n); } catch { Log(Kept?.Build()); }
            b = b.WithPrivileged(false);
            b = b.WithCreateParameterModifier(p => { Kept = b; });
            Log(b.Build().Name);
        }
        return b.Build();
    }

    static IContainer LocalFunctionCopyingTheBuilderCalledBeforeTheTrue()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        void Save() { Kept = b; }
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        Save();
        b = b.WithPrivileged({|#21:true|});
        try { b = b.WithName(""y""); } catch { Log(1); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LocalFunctionBuildingTheBuilderCalledInTheCatch()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        void Show() { Log(b.Build()); }
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        b = b.WithPrivileged({|#22:true|});
        try { b = b.WithName(""y""); } catch { Show(); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 120 Q120-3: a try in a block, a using or an if, whose catch may build a copy holding the modifier (made at the end
    // of the loop's last pass), as a flat one.
    static IContainer CopyAtTheEndOfALoopAndATryInABlock(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#23:true|});
            { try { b = b.WithName(n); } catch { Log(Kept?.Build()); } }
            b = b.WithPrivileged(false);
            b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
            Kept = b;
        }
        return b.Build();
    }

    static IContainer CopyAtTheEndOfALoopAndATryInAUsing(string[] names, System.IDisposable d)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#24:true|});
            using (d) { try { b = b.WithName(n); } catch { Log(Kept?.Build()); } }
            b = b.WithPrivileged(false);
            b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
            Kept = b;
        }
        return b.Build();
    }

    // Audit 121 R121-1: a local function that writes the flag and copies after its false, called twice or in a loop: the copy
    // of one call is there on the next (in a loop, a copy made before the call, as in straight-line code: audit 122 S122-5).
    static IContainer WriterLocalFunctionCopyingAfterItsFalseCalledTwice()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            void Save() { Kept = b; }
            b = b.WithPrivileged({|#25:true|});
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Save();
        }
        Step();
        Step();
        return b.Build();
    }

    static IContainer WriterLocalFunctionCopyingAfterItsFalseCalledInALoop(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged({|#26:true|});
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Kept = b;
        }
        foreach (var n in names) Step();
        return b.Build();
    }

    static ContainerBuilder Kept;

    // Audit 122 S122-3: a positional pattern over a value of another type calls its Deconstruct.
    static IContainer LambdaAndAFilterCallingDeconstruct(Pair pair)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> f = () => b.Build().Name;
        b = b.WithPrivileged({|#27:true|});
        try { b = b.WithName(""y""); } catch (System.Exception) when (pair is (1, 2)) { throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    public readonly struct Pair
    {
        public void Deconstruct(out int a, out int b) { a = 1; b = 2; }
    }

    // Audit 123 T123-4: a positional pattern nested in one over a tuple literal, or var (a, c), takes apart the element with
    // its Deconstruct.
    static IContainer LambdaAndAFilterWithANestedPositionalPattern(Pair pair, bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> f = () => b.Build().Name;
        b = b.WithPrivileged({|#34:true|});
        try { b = b.WithName(""y""); } catch (System.Exception) when ((pair, x) is ((1, 2), true)) { throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LambdaAndAFilterDeconstructingIntoVar(Pair pair)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> f = () => b.Build().Name;
        b = b.WithPrivileged({|#35:true|});
        try { b = b.WithName(""y""); } catch (System.Exception) when (pair is var (a, c) && a == c) { throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 123 T123-3: a goto case from one section to another runs both calls.
    static IContainer WriterLocalFunctionCalledInTwoSectionsJoinedByGotoCase(int n)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged({|#36:true|});
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Kept = b;
        }
        switch (n)
        {
            case 0: Step(); goto case 1;
            case 1: Step(); break;
        }
        return b.Build();
    }

    // Audit 123 T123-8: a writer declared in a local function that runs twice runs twice.
    static IContainer WriterDeclaredInALocalFunctionCalledTwice()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Other()
        {
            void Step()
            {
                void Inner() { Kept = b; }
                b = b.WithPrivileged({|#38:true|});
                try { b = b.WithName(""y""); } catch { Log(1); }
                b = b.WithPrivileged(false);
                Inner();
            }
            Step();
        }
        Other();
        Other();
        return b.Build();
    }

    // Audit 123 T123-9's negative: a break out of an inner loop leaves the copy on the writer's next run.
    static IContainer WriterInALoopCopiedBeforeABreakOutOfAnInnerLoop(bool x, string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged({|#39:true|});
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
        }
        while (x) { Step(); foreach (var n in names) { Kept = b; break; } }
        return null;
    }

    // Audit 123 T123-1's negative: a goto to a label before the other call runs both.
    static IContainer WriterCalledBeforeAGotoToItsOtherCall(bool x)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step()
        {
            b = b.WithPrivileged({|#40:true|});
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Kept = b;
        }
        if (x) { Step(); goto Again; }
        Again:
        Step();
        return b.Build();
    }

    // Audit 123 T123-7's negative: an arm's when clause runs before the value of the arm that matches.
    static IContainer WriterLocalFunctionCalledInAWhenClauseAndAnArmOfASwitchExpression(int n)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        int Run()
        {
            b = b.WithPrivileged({|#37:true|});
            try { b = b.WithName(""y""); } catch { Log(1); }
            b = b.WithPrivileged(false);
            Kept = b;
            return 1;
        }
        var r = n switch { 0 when Run() > 1 => 0, _ => Run() };
        return b.Build();
    }

    // Audit 119 P119-4: a filter whose pattern reads a property runs code, where a lambda naming the local may run.
    static IContainer LambdaAndAFilterReadingAPropertyInAPattern()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> f = () => b.Build().Name;
        b = b.WithPrivileged({|#19:true|});
        try { b = b.WithName(""y""); } catch (System.Exception e) when (e is System.InvalidOperationException { Message: ""m"" }) { throw; }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    // Audit 122 S122-7's negatives: a lambda made after the false exists on the next pass of a loop, or after a goto back,
    // around both; one made in the try block, or by a local function the catch calls, exists while the catch runs.
    static IContainer LambdaMadeAfterTheFalseInALoop(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        foreach (var n in names)
        {
            b = b.WithPrivileged({|#28:true|});
            try { b = b.WithName(n); } catch { Log(1); }
            b = b.WithPrivileged(false);
            System.Action a = () => Kept = b;
            a();
        }
        return b.Build();
    }

    static IContainer LambdaMadeAfterTheFalseBeforeAGotoBack(bool again)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        Again:
        b = b.WithPrivileged({|#29:true|});
        try { b = b.WithName(""y""); } catch { Log(1); }
        b = b.WithPrivileged(false);
        System.Action a = () => Kept = b;
        if (again) goto Again;
        return b.Build();
    }

    static IContainer LambdaMadeInTheTryBlock()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Action a = null;
        b = b.WithPrivileged({|#30:true|});
        try { a = () => Kept = b; b = b.WithName(""y""); } catch { a(); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer LambdaMadeByALocalFunctionTheCatchCalls()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithPrivileged({|#31:true|});
        try { b = b.WithName(""y""); } catch { Helper(); }
        b = b.WithPrivileged(false);
        return b.Build();
        void Helper() { System.Action a = () => Kept = b; a(); }
    }

    // Audit 122 S122-6: the try in a local function runs where that is called: a copy of the builder, holding the modifier,
    // or a lambda naming the local, made before a call is there while its catch runs code, as in straight-line code.
    static IContainer CopyBeforeTheCallOfALocalFunctionHoldingTheTry()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithCreateParameterModifier(p => p.Hostname = b.Build().Name);
        void Step() { b = b.WithPrivileged({|#32:true|}); try { b = b.WithName(""y""); } catch { Log(1); } b = b.WithPrivileged(false); }
        Kept = b;
        Step();
        return b.Build();
    }

    static IContainer LambdaMadeBetweenTwoCallsOfALocalFunctionHoldingTheTry()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        void Step() { b = b.WithPrivileged({|#33:true|}); try { b = b.WithName(""y""); } catch { Log(1); } b = b.WithPrivileged(false); }
        Step();
        System.Action a = () => Kept = b;
        Step();
        a();
        return b.Build();
    }"), DockerLibrary.Testcontainers, Privileged(Runs, 0), Privileged(Runs, 1), Privileged(Runs, 2), Privileged(Runs, 3), Privileged(Runs, 4), Privileged(Runs, 5), Privileged(Runs, 6),
            Privileged(Runs, 7), Privileged(Runs, 8), Privileged(MayOnSomePaths, 9), Privileged(MayOnSomePaths, 10),
            Privileged(MayOnSomePaths, 11), Privileged(MayOnSomePaths, 12), Privileged(Runs, 13), Privileged(Runs, 14), Privileged(Runs, 15), Privileged(Runs, 16),
            Privileged(Runs, 17), Privileged(Runs, 18), Privileged(Runs, 19), Privileged(Runs, 20), Privileged(Runs, 21), Privileged(Runs, 22),
            Privileged(Runs, 23), Privileged(Runs, 24), Privileged(Runs, 25), Privileged(Runs, 26), Privileged(Runs, 27),
            Privileged(Runs, 28), Privileged(Runs, 29), Privileged(Runs, 30), Privileged(Runs, 31), Privileged(Runs, 32), Privileged(Runs, 33),
            Privileged(Runs, 34), Privileged(Runs, 35), Privileged(Runs, 36), Privileged(Runs, 37), Privileged(Runs, 38), Privileged(Runs, 39), Privileged(Runs, 40));

        // Documented limitation (docs/rules/README.md): a write through a ref alias of the local is a use of it, not a
        // replacement, and a true given to the alias stays reported (audit 113).
        [Fact]
        public Task WithPrivileged_written_through_a_ref_alias_is_not_read_as_a_write_of_the_local() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer FalseThroughTheAlias()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
        ref var r = ref b;
        r = r.WithPrivileged(false);
        return b.Build();
    }

    static IContainer TrueThroughTheAlias()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        ref var r = ref b;
        r = r.WithPrivileged({|#1:true|});
        b = b.WithPrivileged(false);
        return b.Build();
    }"), DockerLibrary.Testcontainers, Privileged(Runs, 0), Privileged(Runs, 1));

        // What a try around such an if may still do with the builder: a catch that goes on and uses it, a finally that does.
        [Fact]
        public Task WithPrivileged_false_after_a_try_whose_handler_uses_the_builder_is_still_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer CatchThatBuilds(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
        try { if (ci) b = b.WithName(Name()); } catch (System.Exception) { return b.Build(); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer FinallyThatUses(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#1:true|});
        try { if (ci) b = b.WithName(Name()); } finally { System.Console.WriteLine(b); }
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer CatchThatSwallowsThenAUse(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#2:true|});
        try { if (ci) b = b.WithName(Name()); } catch (System.Exception) { }
        var c = b.Build();
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static string Name() => ""n"";"), DockerLibrary.Testcontainers, Privileged(Runs, 0), Privileged(Runs, 1), Privileged(Runs, 2));

        // Audit 112 G112-3: the docs allow up to 256 other b = b.With...(...) statements between the true and the false; with
        // exactly 256 the true was a definite error. One more, and the search stops before the false.
        [Theory]
        [InlineData(256, false)]
        [InlineData(257, true)]
        public Task WithPrivileged_false_after_up_to_256_builder_steps_replaces_the_earlier_true(int steps, bool reported)
        {
            var body = new System.Text.StringBuilder(@"
    static IContainer Steps()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(" + (reported ? "{|#0:true|}" : "true") + @");
");
            for (var i = 0; i < steps; i++) body.Append("        b = b.WithLabel(\"k").Append(i).Append("\", \"v\");\n");
            body.Append(@"        b = b.WithPrivileged(false);
        return b.Build();
    }");
            return Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(body.ToString()), DockerLibrary.Testcontainers,
                reported ? new[] { Privileged(Runs, 0) } : System.Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>());
        }

        // Audit 110 D110-4: the search for the later false gave up after 16 values of the local, and a builder configured in
        // 16 statements before it was a definite error.
        [Fact]
        public Task WithPrivileged_false_after_many_builder_steps_replaces_the_earlier_true() => Verify(@"
    static IContainer Steps(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        b = b.WithBindMount(""/srv/b0"", ""/b0"");
        b = b.WithBindMount(""/srv/b1"", ""/b1"");
        b = b.WithBindMount(""/srv/b2"", ""/b2"");
        b = b.WithBindMount(""/srv/b3"", ""/b3"");
        b = b.WithBindMount(""/srv/b4"", ""/b4"");
        b = b.WithBindMount(""/srv/b5"", ""/b5"");
        b = b.WithBindMount(""/srv/b6"", ""/b6"");
        b = b.WithBindMount(""/srv/b7"", ""/b7"");
        b = b.WithBindMount(""/srv/b8"", ""/b8"");
        b = b.WithBindMount(""/srv/b9"", ""/b9"");
        b = b.WithBindMount(""/srv/b10"", ""/b10"");
        b = b.WithBindMount(""/srv/b11"", ""/b11"");
        b = b.WithBindMount(""/srv/b12"", ""/b12"");
        b = b.WithBindMount(""/srv/b13"", ""/b13"");
        b = b.WithBindMount(""/srv/b14"", ""/b14"");
        b = b.WithBindMount(""/srv/b15"", ""/b15"");
        b = b.WithBindMount(""/srv/b16"", ""/b16"");
        b = b.WithBindMount(""/srv/b17"", ""/b17"");
        b = b.WithBindMount(""/srv/b18"", ""/b18"");
        b = b.WithBindMount(""/srv/b19"", ""/b19"");
        b = b.WithBindMount(""/srv/b20"", ""/b20"");
        b = b.WithBindMount(""/srv/b21"", ""/b21"");
        b = b.WithBindMount(""/srv/b22"", ""/b22"");
        b = b.WithBindMount(""/srv/b23"", ""/b23"");
        b = b.WithBindMount(""/srv/b24"", ""/b24"");
        b = b.WithBindMount(""/srv/b25"", ""/b25"");
        b = b.WithBindMount(""/srv/b26"", ""/b26"");
        b = b.WithBindMount(""/srv/b27"", ""/b27"");
        b = b.WithBindMount(""/srv/b28"", ""/b28"");
        b = b.WithBindMount(""/srv/b29"", ""/b29"");
        b = b.WithBindMount(""/srv/b30"", ""/b30"");
        b = b.WithBindMount(""/srv/b31"", ""/b31"");
        b = b.WithBindMount(""/srv/b32"", ""/b32"");
        b = b.WithBindMount(""/srv/b33"", ""/b33"");
        b = b.WithBindMount(""/srv/b34"", ""/b34"");
        b = b.WithBindMount(""/srv/b35"", ""/b35"");
        b = b.WithBindMount(""/srv/b36"", ""/b36"");
        b = b.WithBindMount(""/srv/b37"", ""/b37"");
        b = b.WithBindMount(""/srv/b38"", ""/b38"");
        b = b.WithBindMount(""/srv/b39"", ""/b39"");
        if (ci) b = b.WithEnvironment(""K0"", ""v"");
        if (ci) b = b.WithEnvironment(""K1"", ""v"");
        if (ci) b = b.WithEnvironment(""K2"", ""v"");
        if (ci) b = b.WithEnvironment(""K3"", ""v"");
        if (ci) b = b.WithEnvironment(""K4"", ""v"");
        if (ci) b = b.WithEnvironment(""K5"", ""v"");
        if (ci) b = b.WithEnvironment(""K6"", ""v"");
        if (ci) b = b.WithEnvironment(""K7"", ""v"");
        if (ci) b = b.WithEnvironment(""K8"", ""v"");
        if (ci) b = b.WithEnvironment(""K9"", ""v"");
        if (ci) b = b.WithEnvironment(""K10"", ""v"");
        if (ci) b = b.WithEnvironment(""K11"", ""v"");
        if (ci) b = b.WithEnvironment(""K12"", ""v"");
        if (ci) b = b.WithEnvironment(""K13"", ""v"");
        if (ci) b = b.WithEnvironment(""K14"", ""v"");
        if (ci) b = b.WithEnvironment(""K15"", ""v"");
        if (ci) b = b.WithEnvironment(""K16"", ""v"");
        if (ci) b = b.WithEnvironment(""K17"", ""v"");
        if (ci) b = b.WithEnvironment(""K18"", ""v"");
        if (ci) b = b.WithEnvironment(""K19"", ""v"");
        if (ci) b = b.WithEnvironment(""K20"", ""v"");
        if (ci) b = b.WithEnvironment(""K21"", ""v"");
        if (ci) b = b.WithEnvironment(""K22"", ""v"");
        if (ci) b = b.WithEnvironment(""K23"", ""v"");
        if (ci) b = b.WithEnvironment(""K24"", ""v"");
        if (ci) b = b.WithEnvironment(""K25"", ""v"");
        if (ci) b = b.WithEnvironment(""K26"", ""v"");
        if (ci) b = b.WithEnvironment(""K27"", ""v"");
        if (ci) b = b.WithEnvironment(""K28"", ""v"");
        if (ci) b = b.WithEnvironment(""K29"", ""v"");
        if (ci) b = b.WithEnvironment(""K30"", ""v"");
        if (ci) b = b.WithEnvironment(""K31"", ""v"");
        if (ci) b = b.WithEnvironment(""K32"", ""v"");
        if (ci) b = b.WithEnvironment(""K33"", ""v"");
        if (ci) b = b.WithEnvironment(""K34"", ""v"");
        if (ci) b = b.WithEnvironment(""K35"", ""v"");
        if (ci) b = b.WithEnvironment(""K36"", ""v"");
        if (ci) b = b.WithEnvironment(""K37"", ""v"");
        if (ci) b = b.WithEnvironment(""K38"", ""v"");
        if (ci) b = b.WithEnvironment(""K39"", ""v"");
        b = b.WithPrivileged(false);
        return b.Build();
    }");

        [Fact]
        public Task WithPrivileged_true_stays_reported_past_an_if_or_a_loop_that_may_run_a_function_using_the_local() =>
            Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static string Use(System.Func<string> f) => f();
    static IContainer LambdaMadeBeforeAndCalledInTheIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        System.Func<string> name = () => b.Build().Name;
        b = b.WithPrivileged({|#0:true|});
        if (ci) b = b.WithName(name());
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer LocalFunctionPassedInTheIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#1:true|});
        if (ci) b = b.WithName(Use(Loc));
        b = b.WithPrivileged(false);
        return b.Build();
        string Loc() => b.Build().Name;
    }
    static IContainer LocalFunctionCalledThroughAnother(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#2:true|});
        foreach (var n in names) b = b.WithLabel(n, Outer());
        b = b.WithPrivileged(false);
        return b.Build();
        string Outer() => Inner();
        string Inner() => b.Build().Name;
    }
    static IContainer LambdaInTheIfRunByAnotherCall(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#3:true|});
        if (ci) b = b.WithName(Use(() => b.Build().Name));
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer DelegateOfALocalFunctionMadeBefore(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#4:true|});
        System.Func<string> name = Loc;
        if (ci) b = b.WithName(name());
        b = b.WithPrivileged(false);
        return b.Build();
        string Loc() => b.Build().Name;
    }"), DockerLibrary.Testcontainers,
            Privileged(Runs, 0),
            Privileged(Runs, 1),
            Privileged(Runs, 2),
            Privileged(Runs, 3),
            Privileged(Runs, 4));

        [Fact]
        public Task WithPrivileged_true_stays_reported_past_an_if_or_a_loop_that_uses_the_local_sets_the_flag_or_jumps() =>
            Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static System.Collections.Generic.List<IContainer> Built = new System.Collections.Generic.List<IContainer>();
    static IContainer UsedInTheIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
        if (ci) { Built.Add(b.Build()); b = b.WithName(""a""); }
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer LeavesTheMethod(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#1:true|});
        if (ci) { b = b.WithName(""a""); return b.Build(); }
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer OtherBuilderInTheIf(bool ci, ContainerBuilder other)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#2:true|});
        if (ci) b = other.WithName(""a"");
        return b.Build();
    }
    static IContainer FalseOnSomePathsOnly(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#3:true|});
        if (ci) b = b.WithPrivileged(false);
        b = b.WithName(""a"");
        return b.Build();
    }
    static IContainer NoLaterFalse(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#4:true|});
        if (ci) b = b.WithName(""a"");
        return b.Build();
    }
    static IContainer UsedByALocalFunctionCalledInTheWrite(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#6:true|});
        if (ci) b = b.WithEnvironment(""A"", Name());
        b = b.WithPrivileged(false);
        return b.Build();
        string Name() => b.Build().Name;
    }
    static IContainer UsedInTheValueOfTheWrite(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#5:true|});
        if (ci) b = b.WithEnvironment(""A"", b.Build().Name);
        b = b.WithPrivileged(false);
        return b.Build();
    }"), DockerLibrary.Testcontainers,
            Privileged(Runs, 0),
            Privileged(Runs, 1),
            Privileged(MayBeUndone, 2),
            Privileged(MayBeUndone, 3),
            Privileged(Runs, 4),
            Privileged(Runs, 5),
            Privileged(Runs, 6));

        [Fact]
        public Task WithPrivileged_true_stays_reported_after_a_conditional_step_that_may_give_another_builder_or_change_the_flag() =>
            Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer OtherBuilder(bool ci, ContainerBuilder other)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#0:true|});
        b = ci ? b.WithName(""a"") : other;
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer FlagOnOneBranch(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|#1:true|});
        b = ci ? b.WithPrivileged(false) : b;
        return b.Build();
    }"), DockerLibrary.Testcontainers,
            Privileged(Runs, 0),
            Privileged(MayBeUndone, 1));

        [Fact]
        public Task WithPrivileged_true_stays_reported_when_the_local_is_given_a_value_built_from_it_through_a_conditional_or_a_helper() => Verify(@"
    static IContainer Ternary(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|CTL1003:true|});
        b = ci ? b.WithName(""a"") : b;
        return b.Build();
    }

    static IContainer BothBranches(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        b = b.WithPrivileged({|CTL1003:true|});
        b = ci ? b.WithName(""a"") : b.WithName(""b"");
        return b.Build();
    }

    static IContainer Switch(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|CTL1003:true|});
        b = ci switch { true => b.WithName(""a""), false => b };
        return b.Build();
    }

    static IContainer Extension()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|CTL1003:true|});
        b = b.WithDefaults();
        return b.Build();
    }

    static IContainer Helper()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|CTL1003:true|});
        b = Defaults.Apply(b);
        return b.Build();
    }

    static IContainer NullConditionalAndCoalesce(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|CTL1003:true|});
        b = b?.WithName(""a"");
        var c = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|CTL1003:true|});
        c = c.WithName(""a"") ?? c;
        return ci ? b.Build() : c.Build();
    }

    static IContainer ExtensionThenReplaced()
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged(true);
        b = b.WithDefaults();
        b = b.WithPrivileged(false);
        return b.Build();
    }
}

static class Defaults
{
    public static ContainerBuilder WithDefaults(this ContainerBuilder b) => b.WithName(""h"").WithCleanUp(true);
    public static ContainerBuilder Apply(ContainerBuilder b) => b.WithName(""h"");");

        [Fact]
        public Task Builder_local_in_top_level_statements_is_followed_as_in_a_method() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(@"
using DotNet.Testcontainers.Builders;

var ci = args.Length > 0;
var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true);
b = ci ? b.WithName(""a"") : b;
b = b.WithPrivileged(false);
await b.Build().StartAsync();

var c = new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|#0:true|});
var started = c.Build();
c = c.WithPrivileged(false);
await started.StartAsync();

var d = new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|#1:true|});
if (ci) d = d.WithPrivileged({|#2:true|});
await d.Build().StartAsync();
", DockerLibrary.Testcontainers, topLevel: true,
            Privileged(Runs, 0),
            Privileged(Runs, 1, 2));

        [Fact]
        public Task WithPrivileged_true_on_some_paths_that_a_later_WithPrivileged_on_every_path_replaces_is_not_reported() => Verify(@"
    static IContainer InAConditional(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = ci ? b.WithPrivileged(true) : b;
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer InAnIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged(true);
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer AfterAConditional(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true);
        b = (ci ? b : b.WithName(""x"")).WithPrivileged(false);
        return b.Build();
    }
    static IContainer InABlock(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) { b = b.WithName(""ci""); b = b.WithPrivileged(true); }
        else b = b.WithName(""local"");
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer OnTheConditional(bool ci) => (ci ? new ContainerBuilder().WithPrivileged(true) : new ContainerBuilder()).WithPrivileged(false).Build();");

        [Fact]
        public Task WithPrivileged_true_on_some_paths_used_or_left_before_a_later_WithPrivileged_stays_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer Used(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) { b = b.WithPrivileged({|#0:true|}); var first = b.Build(); }
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer Left(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        foreach (var name in names)
        {
            if (name == ""ci"") { b = b.WithPrivileged({|#1:true|}); break; }
            b = b.WithPrivileged(false);
        }
        return b.Build();
    }
    static IContainer UsedOnTheNextPass(string[] names)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        var built = new System.Collections.Generic.List<IContainer>();
        foreach (var name in names)
        {
            built.Add(b.Build());
            b = b.WithPrivileged({|#3:true|});
        }
        b = b.WithPrivileged(false);
        return b.Build();
    }
    static IContainer OnSomePathsAfter(bool ci, bool safe)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = ci ? b.WithPrivileged({|#2:true|}) : b;
        if (safe) b = b.WithPrivileged(false);
        return b.Build();
    }"), DockerLibrary.Testcontainers,
            Privileged(MayOnBranch, 0),
            Privileged(MayOnBranch, 1),
            Privileged(MayOnBranch, 2),
            Privileged(Runs, 3));

        [Fact]
        public Task WithPrivileged_true_used_before_a_later_WithPrivileged_or_replaced_on_some_paths_is_reported() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer UsedFirst()
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|#0:true|});
        var first = b.Build();
        b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer OnSomePaths(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|#1:true|});
        if (ci) b = b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer NotAssigned()
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|#2:true|});
        b.WithPrivileged(false);
        return b.Build();
    }

    static IContainer Earlier() => new ContainerBuilder().WithPrivileged(false).WithPrivileged({|#3:true|}).Build();"), DockerLibrary.Testcontainers,
            Privileged(Runs, 0),
            Privileged(MayBeUndone, 1),
            Privileged(Runs, 2),
            Privileged(Runs, 3));

        // Audit 134 E134-5: the null-safe way to add to a Docker.DotNet collection (they are null by default), a local given the
        // property's list or a new one and then given back, is read as the property's list; so is a HostConfig so taken.
        [Fact]
        public Task Lists_a_modifier_takes_with_a_fallback_and_gives_back_are_read() => Verify(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:cli"")
        .WithCreateParameterModifier(p =>
        {
            var binds = p.HostConfig.Binds ?? new List<string>();
            binds.Add({|CTL3004:""/var/run/docker.sock:/var/run/docker.sock""|});
            p.HostConfig.Binds = binds;
            var caps = System.Linq.Enumerable.ToList(p.HostConfig.CapAdd ?? []);
            caps.Add({|CTL2001:""SYS_ADMIN""|});
            p.HostConfig.CapAdd = caps;
        })
        .Build();");

        // A HostConfig local in a modifier is HostConfigAnalyzer's, as any local of one is.
        [Fact]
        public Task HostConfig_a_modifier_takes_with_a_fallback_and_gives_back_is_read() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(Program(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p =>
        {
            var hc = p.HostConfig ?? new Docker.DotNet.Models.HostConfig();
            hc.PidMode = {|CTL5001:""host""|};
            p.HostConfig = hc;
        })
        .Build();"), DockerLibrary.Testcontainers);

        // Audit 134 E134-1: a modifier lambda chosen by ?: or ?? configures the container on that branch only: "may", as a
        // modifier call made on one branch is; each lambda is a container of its own.
        [Fact]
        public Task Modifier_lambda_on_a_branch_of_a_choice_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<TestcontainersBuilderAnalyzer>(Program(@"
    static IContainer A(bool debug) => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(debug ? p => p.HostConfig.PidMode = {|#0:""host""|} : p => p.HostConfig.PidMode = {|#1:""host""|})
        .Build();
    static IContainer B(System.Action<Docker.DotNet.Models.CreateContainerParameters> custom) => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(custom ?? (p => p.HostConfig.IpcMode = {|#2:""host""|}))
        .Build();"), DockerLibrary.Testcontainers,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL5001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("the container uses the host's PID namespace (mode 'host') on one branch of a conditional, so it may apply"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL5001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments("the container uses the host's PID namespace (mode 'host') on one branch of a conditional, so it may apply"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL5002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2)
                .WithArguments("the container uses the host's IPC namespace (mode 'host') on one branch of a conditional, so it may apply"));

        // Audit 138 A138-9: so does what such a lambda sets in a HostConfig it creates, or takes with a fallback, which
        // HostConfigAnalyzer reads (it said it for certain).
        [Fact]
        public Task HostConfig_created_in_a_modifier_lambda_on_a_branch_of_a_choice_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static IContainer A(bool debug) => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(debug ? p => p.HostConfig = new Docker.DotNet.Models.HostConfig { Privileged = {|#0:true|} } : _ => { })
        .Build();
    static IContainer B(System.Action<Docker.DotNet.Models.CreateContainerParameters> custom) => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(custom ?? (p => { p.HostConfig ??= new Docker.DotNet.Models.HostConfig(); p.HostConfig.Binds = [{|#1:""/:/host""|}]; }))
        .Build();
    static IContainer C(int mode) => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(mode switch { 1 => p => p.HostConfig = new Docker.DotNet.Models.HostConfig { NetworkMode = {|#2:""host""|} }, _ => _ => { } })
        .Build();
    static IContainer Certain() => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(p => p.HostConfig = new Docker.DotNet.Models.HostConfig { PidMode = {|#3:""host""|} })
        .Build();"), DockerLibrary.Testcontainers,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL1003", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("the container runs privileged on one branch of a conditional, so it may apply"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL3003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
                .WithArguments("host path '/' is mounted writable on one branch of a conditional, so it may apply"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL5003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2)
                .WithArguments("the container uses the host's network namespace (mode 'host') on one branch of a conditional, so it may apply"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL5001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(3)
                .WithArguments("the container uses the host's PID namespace (mode 'host')"));

        // Audit 158 C158-3: and what a lambda sets in a HostConfig it creates, or takes with a fallback, when the modifier call
        // is made on some paths only, as what it writes through the parameters' HostConfig is (it said it for certain).
        [Fact]
        public Task HostConfig_created_in_a_modifier_added_on_some_paths_is_reported_as_may() => Infrastructure.Verify.AnalyzerMessages<HostConfigAnalyzer>(Program(@"
    static IContainer WithFallback(bool debug)
    {
        var builder = new ContainerBuilder().WithImage(""alpine"");
        if (debug)
            builder = builder.WithCreateParameterModifier(p =>
            {
                p.HostConfig ??= new Docker.DotNet.Models.HostConfig();
                p.HostConfig.CapAdd = new List<string> { {|#0:""SYS_PTRACE""|} };
            });
        return builder.Build();
    }
    static IContainer WithNewHostConfig(bool debug)
    {
        var builder = new ContainerBuilder().WithImage(""alpine"");
        if (debug) builder = builder.WithCreateParameterModifier(p => p.HostConfig = new Docker.DotNet.Models.HostConfig { Privileged = {|#1:true|} });
        return builder.Build();
    }
    static IContainer OnEveryPath(bool debug)
    {
        var builder = new ContainerBuilder().WithImage(""alpine"");
        if (debug) builder = builder.WithName(""debug"");
        builder = builder.WithCreateParameterModifier(p => p.HostConfig = new Docker.DotNet.Models.HostConfig { Privileged = {|#2:true|} });
        return builder.Build();
    }"), DockerLibrary.Testcontainers,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL2001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("capability 'SYS_PTRACE' is added on one branch of a conditional, so it may apply"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL1003", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(1)
                .WithArguments(MayOnBranch),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL1003", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(2)
                .WithArguments("the container runs privileged"));

        [Fact]
        public Task Write_after_the_HostConfig_is_given_its_own_value_or_a_new_one_in_a_modifier_is_reported() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(Program(@"
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(p =>
        {
            p.HostConfig = p.HostConfig ?? new Docker.DotNet.Models.HostConfig();
            p.HostConfig.Privileged = {|CTL1003:true|};
        })
        .Build();"), DockerLibrary.Testcontainers);

        // ... and HostConfigAnalyzer leaves such lambdas to it, but reads one given to a method of the project that has the
        // same name (audit 134 E134-4): no look-alike, it writes the real parameters.
        [Fact]
        public Task Lambda_given_to_a_project_method_named_like_the_modifier_is_read_by_the_HostConfig_analyzer() => Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(Program(@"
    sealed class FixtureOptions
    {
        public FixtureOptions WithCreateParameterModifier(System.Action<Docker.DotNet.Models.CreateContainerParameters> modifier) => this;
    }
    static FixtureOptions Options() => new FixtureOptions()
        .WithCreateParameterModifier(p => p.HostConfig.Privileged = {|CTL1003:true|})
        .WithCreateParameterModifier(p => p.HostConfig.Mounts.Add({|CTL3003:new Docker.DotNet.Models.Mount { Type = ""bind"", Source = ""/"", Target = ""/host"" }|}));
    static IContainer Create(bool debug) => new ContainerBuilder().WithImage(""alpine"")
        .WithCreateParameterModifier(debug ? p => p.HostConfig.Privileged = true : p => p.HostConfig.Mounts.Add(new Docker.DotNet.Models.Mount { Type = ""bind"", Source = ""/"", Target = ""/host"" }))
        .Build();"), DockerLibrary.Testcontainers);
    }
}
