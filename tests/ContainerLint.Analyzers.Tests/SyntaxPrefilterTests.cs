using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Reading;
using ContainerLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ContainerLint.Analyzers.Tests
{
    /// <summary>
    /// The token prefilter lets the analyzers skip methods that name nothing they read. These pin what it skips
    /// and, through the analyzers, that the ways Docker code can be written without the usual names still get read.
    /// </summary>
    public class SyntaxPrefilterTests
    {
        private static readonly SyntaxPrefilter ModelCreations = SyntaxPrefilter.ForModelCreations(null!);

        private static MethodDeclarationSyntax Method(string source) =>
            CSharpSyntaxTree.ParseText("class C { " + source + " }").GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();

        [Fact]
        public void Method_that_names_no_Docker_model_is_skipped() =>
            Assert.False(ModelCreations.MayRead(Method(@"
    static async Task<string> Join(string[] parts, IConfiguration configuration)
    {
        var config = new StringBuilder(configuration[""prefix""]);
        foreach (var part in parts.Where(p => p.Length > 0)) config.Append(part).Append(""Configs"");
        await Task.Delay(1).ConfigureAwait(false);
        return config.ToString() + new string('x', 2) + _newest + HostConfigs.Count + MyHostConfig + MountPoints + Unmount();
    }"), model: null));

        [Fact]
        public void Names_in_comments_and_strings_let_the_method_through() =>
            Assert.True(ModelCreations.MayRead(Method(@"
    static string Describe() => ""see HostConfig""; // a name in a string is enough to read the method"), model: null));

        [Theory]
        [InlineData("static object M() => new HostConfig();")]
        [InlineData("static object M() => new Docker.DotNet.Models.CreateContainerParameters();")]
        [InlineData("static object M() => new global::Docker.DotNet.Models.Config();")]
        [InlineData("static object M() => new ContainerConfig();")]
        [InlineData("static object M() => new ContainerExecCreateParameters();")]
        [InlineData("static void M() => Run(new());")]
        [InlineData("static object M() => new @HostConfig();")]
        [InlineData("static object M() => new Host\\u0043onfig();")]
        [InlineData("static object M() => new Host\u200BConfig();")]
        [InlineData("static void M() => Run(new /* settings */ ());")]
        [InlineData("static object M() => new Mount();")]
        [InlineData("static object M() => new Models.DeviceMapping();")]
        public void Method_that_may_create_a_read_model_is_read(string method) =>
            Assert.True(ModelCreations.MayRead(Method(method), model: null));

        [Theory]
        [InlineData("static void M() { var p = Defaults(); p.User = \"root\"; }", true)]
        [InlineData("static void M() { var p = Defaults(); p.User ??= \"root\"; }", true)]
        [InlineData("static string M(Account a) => a.User ?? \"root\";", false)]
        [InlineData("static void M() { var e = Exec(); e\n  .Privileged\n  = true; }", true)]
        [InlineData("static void M() => all.ForEach(q => q.User = \"0\");", true)]
        [InlineData("static bool M(Account a) => a.User == \"root\";", false)]
        [InlineData("static Func<Account, string> M() => a => a.User;", false)]
        [InlineData("static void M() { var User = 1; Privileged = true; }", false)]
        [InlineData("static void M() { a.UserName = \"x\"; a.IsPrivileged = true; }", false)]
        public void Writes_to_request_members_let_the_method_through(string method, bool read) =>
            Assert.Equal(read, ModelCreations.MayRead(Method(method), model: null));

        // A deconstruction writes the member too ((p.User, x) = ("root", 1)); a tuple that is only read, an argument list or a
        // comparison does not.
        [Theory]
        [InlineData("static void M() { var p = Defaults(); int x; (p.User, x) = (\"root\", 1); }", true)]
        [InlineData("static void M() { var p = Defaults(); int x; (x, p . User ) = (1, \"root\"); }", true)]
        [InlineData("static void M() { var e = Exec(); int a, b; ((a, e.Privileged), b) = ((1, true), 2); }", true)]
        [InlineData("static void M() { var e = Exec(); int a, b; (a, (b, Get(1).Privileged), _) =\n (1, (2, true), 3); }", true)]
        [InlineData("static void M() { var p = Defaults(); (p.User, p.Labels[Key(\"a\")]) = (\"root\", \"b\"); }", true)]
        [InlineData("static void M(Account a) => Log(a.User, 1);", false)]
        [InlineData("static (string, int) M(Account a) => (a.User, 1);", false)]
        [InlineData("static bool M(Account a) => (a.User, 1) == (\"root\", 1);", false)]
        [InlineData("static void M(Account a) { var t = (a.User, (a.Privileged, 2)); Use(t); }", false)]
        [InlineData("static void M(Account a) { int x, y; if (Check(a.User)) (x, y) = (1, 2); }", false)]
        [InlineData("static void M(Account a) { switch (a.User) { case \"x\": return; } }", false)]
        [InlineData("static void M(Account a) { string u; int n; (u, n) = (a.User, 1); }", false)]
        public void Tuple_deconstruction_into_request_members_lets_the_method_through_and_other_tuples_do_not(string method, bool read) =>
            Assert.Equal(read, ModelCreations.MayRead(Method(method), model: null));

        [Fact]
        public void Builder_filter_looks_for_the_builder_methods_only()
        {
            var builderCalls = SyntaxPrefilter.ForBuilderCalls();
            Assert.True(builderCalls.MayRead(Method("static object M(ContainerBuilder b) => b.WithPrivileged(true);"), model: null));
            Assert.True(builderCalls.MayRead(Method("static object M(ContainerBuilder b) => b.WithCreateParameterModifier(p => { });"), model: null));
            Assert.False(builderCalls.MayRead(Method("static object M(ContainerBuilder b) => b.WithImage(\"alpine\").Build(new());"), model: null));
        }

        [Fact]
        public Task Type_alias_of_HostConfig_is_read() => Verify.Analyzer<HostConfigAnalyzer>(@"
using HC = Docker.DotNet.Models.HostConfig;

class Program
{
    static HC Create() => new HC { Privileged = {|CTL1003:true|} };
}
");

        [Fact]
        public Task Type_alias_inside_a_namespace_is_read() => Verify.Analyzer<HostConfigAnalyzer>(@"
namespace Outer
{
    using Plain = System.Text.StringBuilder;

    namespace Inner
    {
        using Settings = Docker.DotNet.Models.CreateContainerParameters;

        class Program
        {
            static Settings Create() => new Settings { User = {|CTL1001:""root""|} };
            static Plain Other() => new Plain();
        }
    }
}
");

        [Fact]
        public Task Global_alias_declared_in_another_file_is_read()
        {
            return VerifyFiles(("/Aliases.cs", "global using Hc = Docker.DotNet.Models.HostConfig;\n"), ("/Program.cs", @"
class Program
{
    static Hc Create() => new Hc { Privileged = {|CTL1003:true|} };
}
"));
        }

        [Fact]
        public Task Subclass_of_a_model_declared_in_another_file_is_read_where_it_is_created_and_in_its_constructor()
        {
            return VerifyFiles(("/Models.cs", @"
using Hc = Docker.DotNet.Models.HostConfig;
partial class DindHostConfig : Hc { }
class Base : Docker.DotNet.Models.CreateContainerParameters { }
"), ("/Derived.cs", @"
partial class DindHostConfig
{
    public DindHostConfig() { Privileged = {|CTL1003:true|}; }
}
class RootParams : Base
{
    public RootParams() { User = {|CTL1001:""root""|}; }
}
"), ("/Program.cs", @"
class Program
{
    static object Create() => new DindHostConfig { PidMode = {|CTL5001:""host""|} };
    static object Params() => new RootParams { User = {|CTL1001:""0""|} };
}
"));
        }

        /// <summary>Several files in one C# 12 compilation (global using aliases), with Docker.DotNet, omissions off.</summary>
        private static Task VerifyFiles(params (string Path, string Text)[] files)
        {
            var test = new CSharpAnalyzerTest<HostConfigAnalyzer, DefaultVerifier>
            {
                ReferenceAssemblies = TestReferences.Net80,
            };
            foreach (var file in files) test.TestState.Sources.Add(file);
            test.TestState.AdditionalReferences.AddRange(TestReferences.For(DockerLibrary.DockerDotNet));
            test.DisabledDiagnostics.AddRange(Verify.OmissionRules);
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var options = (CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
                return solution.WithProjectParseOptions(projectId, options.WithLanguageVersion(LanguageVersion.CSharp12));
            });
            return test.RunAsync();
        }

        // The file starts with the using directive (position 0 lies inside it), as most files do: the audit's repro.
        [Fact]
        public Task Initializer_on_a_type_alias_in_a_file_that_starts_with_the_alias_is_read() => Verify.Analyzer<HostConfigAnalyzer>(
            @"using DockerHostConfig = Docker.DotNet.Models.HostConfig;
using DockerParams = Docker.DotNet.Models.CreateContainerParameters;
using System.Collections.Generic;

static class Alias
{
    static object A() => new DockerHostConfig { Privileged = {|CTL1003:true|} };
    static object A2() { var hc = new DockerHostConfig { Privileged = {|CTL1003:true|}, CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|} } }; return hc; }
    static object A3() => new DockerParams { User = {|CTL1001:""root""|} };
}
");

        [Fact]
        public Task Omissions_of_a_creation_through_a_type_alias_in_a_file_that_starts_with_the_alias_are_reported() => Verify.Analyzer<HostConfigAnalyzer>(
            @"using DockerHostConfig = Docker.DotNet.Models.HostConfig;

static class Alias
{
    static object A() => {|CTL2003:{|CTL4001:{|CTL6001:new DockerHostConfig { Privileged = false }|}|}|};
}
", reportOmissions: true);

        [Fact]
        public Task Global_alias_at_the_top_of_a_file_is_read_there_and_in_a_file_that_starts_with_a_using()
        {
            return VerifyFiles(("/GlobalAlias.cs", @"global using GHC = Docker.DotNet.Models.HostConfig;
static class G { static object A() => new GHC { Privileged = {|CTL1003:true|}, PidMode = {|CTL5001:""host""|} }; }
"), ("/Program.cs", @"using System.Collections.Generic;

class Program
{
    static GHC Create() => new GHC { Binds = new List<string> { {|CTL3004:""/var/run/docker.sock:/s""|} } };
}
"));
        }

        [Fact]
        public Task Creation_through_a_type_alias_in_a_Testcontainers_modifier_is_read() => Verify.Analyzer<HostConfigAnalyzer>(
            @"using DockerHostConfig = Docker.DotNet.Models.HostConfig;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

static class Alias
{
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p => p.HostConfig = new DockerHostConfig { Privileged = {|CTL1003:true|} })
        .Build();
}
", DockerLibrary.Testcontainers);

        [Fact]
        public Task Collection_initializer_without_new_on_a_type_alias_is_reported() => Verify.Analyzer<NullCollectionInitializerAnalyzer>(
            @"using DockerHostConfig = Docker.DotNet.Models.HostConfig;

static class Alias
{
    static object A() => new DockerHostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|} };
}
");

        [Fact]
        public async Task Docker_DotNet_in_a_file_named_otherwise_is_still_found()
        {
            // The compilation start looks for a file named Docker.DotNet.dll first; the assembly symbols decide otherwise.
            var directory = Path.Combine(Path.GetTempPath(), "containerlint-renamed-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var references = TestReferences.For(DockerLibrary.DockerDotNet).Select(reference =>
            {
                var path = ((PortableExecutableReference)reference).FilePath!;
                if (!Path.GetFileName(path).Equals("Docker.DotNet.dll", StringComparison.OrdinalIgnoreCase)) return reference;
                var renamed = Path.Combine(directory, "Vendor.Containers.dll");
                File.Copy(path, renamed);
                return MetadataReference.CreateFromFile(renamed);
            }).ToList();
            var test = new CSharpAnalyzerTest<HostConfigAnalyzer, DefaultVerifier>
            {
                ReferenceAssemblies = TestReferences.Net80,
                TestCode = HostConfigAnalyzerTests.Program(@"
    static HostConfig Create() => new HostConfig { Privileged = {|CTL1003:true|} };"),
            };
            test.TestState.AdditionalReferences.AddRange(references);
            test.DisabledDiagnostics.AddRange(Verify.OmissionRules);
            try
            {
                await test.RunAsync();
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public Task Target_typed_new_with_no_setting_still_reports_omissions() => Verify.Analyzer<HostConfigAnalyzer>(
            HostConfigAnalyzerTests.Program(@"
    static void Run(HostConfig hostConfig) { }
    static void Start() => Run({|CTL2003:{|CTL4001:{|CTL6001:new()|}|}|});"), reportOmissions: true);

        [Fact]
        public Task Target_typed_new_with_settings_is_read() => Verify.Analyzer<HostConfigAnalyzer>(
            HostConfigAnalyzerTests.Program(@"
    static CreateContainerParameters Create() => new() { HostConfig = new() { Privileged = {|CTL1003:true|} } };"));

        [Fact]
        public async Task Class_and_alias_whose_name_is_still_missing_do_not_stop_the_analysis()
        {
            // What the IDE analyses while a model subclass's or an alias's name is retyped: the parser finds the names
            // missing (empty), and looking for an empty name in the text never ended.
            const string code = @"using Docker.DotNet.Models;
using = Docker.DotNet.Models.HostConfig;

class  : HostConfig
{
    public DindHostConfig() { Privileged = true; }
}

class  : CreateContainerParameters { }

static class Run
{
    static HostConfig Create() => new HostConfig { Privileged = true };
}
";
            var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .AddRange(TestReferences.For(DockerLibrary.DockerDotNet));
            var compilation = CSharpCompilation.Create("Typing", new[] { CSharpSyntaxTree.ParseText(code) }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var analysis = Task.Run(() => compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(
                new HostConfigAnalyzer(), new TestcontainersBuilderAnalyzer(), new NullCollectionInitializerAnalyzer())).GetAnalyzerDiagnosticsAsync());
            Assert.True(await Task.WhenAny(analysis, Task.Delay(TimeSpan.FromMinutes(1))) == analysis, "the analysis did not end within a minute");
            var privileged = Assert.Single(await analysis, d => d.Id == "CTL1003");
            Assert.Equal(12, privileged.Location.GetLineSpan().StartLinePosition.Line);
        }

        [Fact]
        public Task Methods_without_Docker_code_beside_one_with_it_do_not_hide_it() => Verify.Analyzer<HostConfigAnalyzer>(
            HostConfigAnalyzerTests.Program(@"
    static string Name(string text) => text.Trim().ToLowerInvariant();
    static int Count(List<string> items) { var n = 0; foreach (var item in items) n += item.Length; return n; }
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3004:""/var/run/docker.sock:/s""|} } };"));
    }
}
