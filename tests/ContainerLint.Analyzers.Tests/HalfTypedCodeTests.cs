using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Analyzers.Tests.Infrastructure;
using ContainerLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.Analyzers.Tests
{
    /// <summary>
    /// The analyzers and fixes run on every keystroke, so they see code as it is being typed. Two programs that use
    /// everything the analyzers read are cut short after each token (typing forwards) and lose one token at a time
    /// (a deletion, every other token); on every one of those half-typed programs no analyzer may throw (AD0001) and no fix or Fix All
    /// (tried on every fifth program) may throw; nor may an analyzer on the programs of the other analyzer tests, edited
    /// the same way at fewer places. Deterministic: the positions are fixed, nothing is random.
    /// </summary>
    public class HalfTypedCodeTests
    {
        private const string DockerProgram = @"using System.Collections.Generic;
using Docker.DotNet.Models;
using Settings = Docker.DotNet.Models.HostConfig;

class DindHostConfig : Settings
{
    public DindHostConfig() { Privileged = true; Binds = new List<string> { ""/proc:/p"" }; }
}

class Containers
{
    private const string Socket = ""/var/run/docker.sock"";
    private static readonly string[] Caps = { ""SYS_ADMIN"" };
    private CreateContainerParameters _defaults = new CreateContainerParameters();

    CreateContainerParameters Create(bool debug, string name)
    {
        var hostConfig = new HostConfig
        {
            Privileged = debug ? true : false,
            CapAdd = new List<string> { ""NET_ADMIN"", ""SYS_PTRACE"" },
            Binds = { $""{Socket}:{Socket}"", ""/etc:/host/etc:ro"" },
            Mounts = [new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"", BindOptions = new BindOptions { Propagation = ""rshared"" } }],
            Devices = new[] { new DeviceMapping { PathOnHost = ""/dev/mem"", PathInContainer = ""/dev/mem"" } },
            SecurityOpt = new List<string> { ""seccomp=unconfined"" },
            PidMode = ""host"",
        };
        hostConfig.CapAdd.Add(""ALL"");
        hostConfig.Tmpfs = new Dictionary<string, string> { [""/tmp""] = ""rw"" };
        var parameters = new CreateContainerParameters { Image = ""alpine"", User = ""root"", HostConfig = hostConfig, Name = name };
        Harden(parameters);
        return parameters;
    }

    static void Harden(CreateContainerParameters p)
    {
        p.HostConfig.NetworkMode = ""host"";
        var exec = new ContainerExecCreateParameters { User = ""0"", Privileged = true, Cmd = Caps };
        void Local(CreateContainerParameters q) => q.HostConfig.UsernsMode = ""host"";
        Local(p);
    }

    void Later() => _defaults.HostConfig.IpcMode = ""host"";

    static void Defaults(CreateContainerParameters p)
    {
        p.HostConfig ??= new HostConfig();
        p.User ??= ""root"";
        p?.HostConfig?.CapAdd?.Add(""NET_ADMIN"");
        foreach (var bind in new[] { ""/etc:/etc"" }) p.HostConfig.Binds.Insert(0, bind);
    }

    static HostConfig Replaced(bool x, System.Text.StringBuilder log)
    {
        var hc = new HostConfig { Privileged = true };
        hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        HostConfig other;
        if (x) other = new HostConfig { PidMode = ""host"" }; else other = x ? new HostConfig() : new HostConfig { IpcMode = ""host"" };
        other.PidMode = """";
        try { hc.Privileged = true; } catch (System.Exception) { hc.Privileged = true; }
        log?.Append(x && hc.MaskedPaths.Remove(""/proc/kcore""));
        hc.MaskedPaths?.RemoveAt(0);
        var caps = hc.CapAdd;
        hc.CapAdd = new List<string> { ""SYS_ADMIN"" };
        if (x) hc.CapAdd = null; else hc.CapAdd = caps;
        other.Binds = new List<string>(other.Binds ?? caps);
        hc.CapAdd?.Add(""NET_ADMIN"");
        hc?.SecurityOpt.Insert(0, caps[0]);
        hc.CapAdd.RemoveAt(1);
        hc.ReadonlyPaths = x ? new List<string>() : null;
        var extra = new List<string>(caps);
        extra.AddRange(hc.CapAdd);
        extra.Clear();
        hc.ReadonlyPaths = extra;
        hc?.ReadonlyPaths?.Clear();
        if (x) hc.MaskedPaths = new string[0]; else hc.MaskedPaths = new List<string> { ""/proc/keys"" };
        return hc;
    }

    static CreateContainerParameters Template(bool safe, HostConfig template)
    {
        var p = new CreateContainerParameters { HostConfig = new HostConfig { Privileged = true, PidMode = ""host"" } };
        if (safe) p.HostConfig = new HostConfig();
        p.HostConfig = template ?? p.HostConfig;
        p.HostConfig = new HostConfig { IpcMode = ""host"" };
        p.HostConfig = template;
        return p;
    }

    static async System.Threading.Tasks.Task Jumps(Docker.DotNet.IDockerClient client, string[] specs, HostConfig existing, bool custom)
    {
        foreach (var spec in specs)
        {
            var hc = existing ?? new HostConfig { Privileged = true, PidMode = ""host"" };
            if (custom) hc = new HostConfig();
            if (spec == ""trusted"") { await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc }); continue; }
            if (spec == ""skip"") goto next;
            hc.Privileged = false;
            if (spec.Length > 3) hc.PidMode = """"; else { await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc }); throw new System.InvalidOperationException(); }
            next:
            hc.IpcMode = ""host"";
        }
    }

    static CreateContainerParameters Either(bool x, ContainerExecCreateParameters existing)
    {
        var p = x ? new CreateContainerParameters { User = ""root"", HostConfig = new HostConfig { Privileged = true } } : new CreateContainerParameters();
        if (!x) p = new CreateContainerParameters { HostConfig = new HostConfig { PidMode = ""host"" } };
        var c = existing ?? new ContainerExecCreateParameters { User = ""0"", Privileged = true };
        p.User = c.User = ""app"";
        p.HostConfig.Privileged = false;
        return p;
    }

    static ContainerExecCreateParameters Exec(string name, string user) => new ContainerExecCreateParameters
    {
        User = user ?? ""0"",
        Privileged = name switch { ""debug"" => true, _ => false },
    };
}
";

        private const string TestcontainersProgram = @"using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using Docker.DotNet.Models;

class Fixture
{
    static IContainer Create(bool debug) => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithPrivileged(debug || true)
        .WithBindMount(""/var/run/docker.sock"", ""/var/run/docker.sock"", AccessMode.ReadWrite)
        .WithCreateParameterModifier(parameters =>
        {
            parameters.User = ""root"";
            parameters.HostConfig.CapAdd = new[] { ""SYS_ADMIN"" };
        })
        .WithCreateParameterModifier(Modify)
        .Build();

    static void Modify(CreateContainerParameters parameters) => parameters.HostConfig.Privileged = true;

    static IContainer Override(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true).WithPrivileged(false);
        b = b.WithImage(""alpine:3.20"");
        if (ci) b = b.WithPrivileged(false);
        b = b.WithPrivileged(false);
        b = new ContainerBuilder();
        return b.Build();
    }
}
";

        [Fact]
        public Task Docker_DotNet_code_being_typed_never_makes_an_analyzer_or_a_fix_throw() => Check(DockerProgram);

        [Fact]
        public Task Testcontainers_code_being_typed_never_makes_an_analyzer_or_a_fix_throw() => Check(TestcontainersProgram);

        private const string UnclosedInitializer = @"using Docker.DotNet.Models;
public static class A
{
    public static void Run()
    {
        var hostConfig = new HostConfig { IpcMode = ""host"" ;
    }
}
";

        /// <summary>
        /// An initializer whose closing brace is not typed yet, as the SDK's compiler (Roslyn 5) reads it: the <c>;</c> a
        /// separator of its items and the method's <c>}</c> its brace (the tests' Roslyn 4.8 puts the <c>;</c> after a missing
        /// brace, so the tree is made so here). No fix is made there: removing <c>IpcMode</c> took the <c>;</c> with it, and the
        /// settings added went after the method's brace (audit 102 F102-6, through <c>dotnet format analyzers</c>).
        /// </summary>
        [Fact]
        public async Task No_fix_edits_an_initializer_read_past_its_missing_brace()
        {
            var document = await DotnetFormatFixAllTests.CreateDocument(UnclosedInitializer.Replace(@"""host"" ;", @"""host"" ,"));
            var root = (await document.GetSyntaxRootAsync())!;
            var comma = root.DescendantTokens().Single(t => t.IsKind(SyntaxKind.CommaToken));
            var misread = root.ReplaceToken(comma, SyntaxFactory.Token(comma.LeadingTrivia, SyntaxKind.SemicolonToken, comma.TrailingTrivia));
            Assert.Equal(UnclosedInitializer, misread.ToFullString());
            Assert.True(misread.DescendantNodes().OfType<InitializerExpressionSyntax>().Single().Expressions.GetSeparator(0).IsKind(SyntaxKind.SemicolonToken));
            document = document.WithSyntaxRoot(misread);

            var diagnostics = await DotnetFormatFixAllTests.Analyze(document, withNullCollections: true);
            Assert.Equal(new[] { "CTL2003", "CTL4001", "CTL5002", "CTL6001" }, diagnostics.Select(d => d.Id).OrderBy(id => id));
            foreach (var diagnostic in diagnostics)
            {
                var actions = new List<CodeAction>();
                await new ContainerLintFixer().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                Assert.True(actions.Count == 0, diagnostic.Id + " offers a fix");
            }
            var fixedAll = await DotnetFormatFixAllTests.FixEach(document, new[] { "CTL5002", "CTL2003", "CTL4001", "CTL6001" }, expectFix: false);
            Assert.Equal(UnclosedInitializer, (await fixedAll.GetTextAsync()).ToString());
        }

        /// <summary>
        /// The same text as Roslyn 4.8 reads it (the <c>;</c> ends the declaration): the removal is made, and the <c>;</c>
        /// stays; no setting is added to a creation the parser could not read whole (the <c>}</c> would still be missing, and
        /// the compiler then wants a <c>,</c> before the added setting: audit 145 Z145-4), as under Roslyn 5.
        /// </summary>
        [Fact]
        public async Task Fixes_of_an_initializer_closed_by_a_missing_brace_keep_the_semicolon_and_add_nothing()
        {
            var document = await DotnetFormatFixAllTests.CreateDocument(UnclosedInitializer);
            var removed = await DotnetFormatFixAllTests.FixEach(document, new[] { "CTL5002" });
            Assert.Equal(UnclosedInitializer.Replace(@" IpcMode = ""host"" ;", " ;"), (await removed.GetTextAsync()).ToString());
            var added = await DotnetFormatFixAllTests.FixEach(document, new[] { "CTL2003", "CTL4001", "CTL6001" }, expectFix: false);
            Assert.Equal(UnclosedInitializer, (await added.GetTextAsync()).ToString());
        }

        // Audit 145 Z145-2, Z145-3: a member name being typed ({ NetworkMode }, which the parser reads as a collection
        // initializer) or a list type not written out (new List<st>): a setting added there made a new compiler error.
        [Theory]
        [InlineData("new HostConfig { NetworkMode }")]
        [InlineData("new HostConfig { Ca }")]
        [InlineData("new HostConfig { CapDrop = new List<st> }")]
        [InlineData("new HostConfig { SecurityOpt = new List<strin }")]
        public async Task No_setting_is_added_to_a_creation_being_typed(string creation)
        {
            var source = "using System.Collections.Generic;\nusing Docker.DotNet.Models;\nclass A\n{\n    static HostConfig Create() => " + creation + ";\n}\n";
            var document = await DotnetFormatFixAllTests.CreateDocument(source);
            var diagnostics = await DotnetFormatFixAllTests.Analyze(document, withNullCollections: true);
            Assert.Contains(diagnostics, d => d.Id is "CTL2003" or "CTL4001" or "CTL6001");
            var fixedAll = await DotnetFormatFixAllTests.FixEach(document, new[] { "CTL2003", "CTL4001", "CTL6001" }, expectFix: false);
            Assert.Equal(source, (await fixedAll.GetTextAsync()).ToString());
        }

        // Audit 145 Z145-5: a value the compiler gives no type (null ?? throw ...) says nothing of the setting's type: the
        // flag was set to the string "true".
        [Fact]
        public async Task No_value_is_written_where_the_compiler_gives_the_old_one_no_type()
        {
            const string source = "using System.Collections.Generic;\nusing Docker.DotNet.Models;\nclass A\n{\n    static HostConfig Create() => new HostConfig { CapDrop = new List<string> { \"ALL\" }, SecurityOpt = new List<string> { \"no-new-privileges\" }, ReadonlyRootfs = null ?? throw new System.Exception() };\n}\n";
            var document = await DotnetFormatFixAllTests.CreateDocument(source);
            var diagnostics = await DotnetFormatFixAllTests.Analyze(document, withNullCollections: true);
            Assert.Contains(diagnostics, d => d.Id == "CTL6001");
            var fixedAll = await DotnetFormatFixAllTests.FixEach(document, new[] { "CTL6001" }, expectFix: false);
            Assert.Equal(source, (await fixedAll.GetTextAsync()).ToString());
        }

        // Audit 148 H148-5: an item whose name is still to be typed (= "host"): removing the privileged flag beside it changed
        // the compiler's error from a missing expression (CS1525) to a member named '' (CS0117).
        // Audit 153 R153-4: also an item whose = is still to be typed ({ Privileged = true, IpcMode }: CS0747 became CS1922).
        [Theory]
        [InlineData("new HostConfig { Privileged = true, = \"host\" }")]
        [InlineData("new HostConfig { Privileged = true, IpcMode }")]
        public async Task No_fix_edits_an_initializer_with_an_item_being_typed(string creation)
        {
            var source = "using Docker.DotNet.Models;\nclass A\n{\n    static HostConfig Create() => " + creation + ";\n}\n";
            var document = await DotnetFormatFixAllTests.CreateDocument(source);
            var diagnostics = await DotnetFormatFixAllTests.Analyze(document, withNullCollections: true);
            Assert.Contains(diagnostics, d => d.Id == "CTL1003");
            var fixedAll = await DotnetFormatFixAllTests.FixEach(document, new[] { "CTL1003" }, expectFix: false);
            Assert.Equal(source, (await fixedAll.GetTextAsync()).ToString());
        }

        // Audit 153 R153-3: an item being typed in the parameters' initializer leaves the HostConfig initializer in another
        // item to its fixes.
        [Fact]
        public async Task Fix_inside_another_item_of_an_initializer_with_an_item_being_typed_is_made()
        {
            const string source = "using Docker.DotNet.Models;\nclass A\n{\n    static CreateContainerParameters Create() => new CreateContainerParameters { HostConfig = new HostConfig { Privileged = true }, = \"x\" };\n}\n";
            var document = await DotnetFormatFixAllTests.CreateDocument(source);
            var fixedAll = await DotnetFormatFixAllTests.FixEach(document, new[] { "CTL1003" });
            Assert.Equal(source.Replace("new HostConfig { Privileged = true }", "new HostConfig { }"), (await fixedAll.GetTextAsync()).ToString());
        }

        /// <summary>
        /// The programs of the analyzer and fix tests (several hundred, each a set of shapes the readers were taught), each
        /// with one token in every <see cref="EditStride"/> removed, and cut after one in three times as many: no analyzer may
        /// throw on any of them. The full sweep (every third token) found nothing when it was added; this keeps the shapes
        /// added since under the same guard at a price the suite can pay.
        /// </summary>
        [Fact]
        public async Task Every_analyzer_test_program_being_edited_never_makes_an_analyzer_throw()
        {
            var programs = TestPrograms();
            Assert.True(programs.Count > 500, programs.Count + " programs");
            var variants = new List<string>();
            foreach (var program in programs)
            {
                var tokens = CSharpSyntaxTree.ParseText(program).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
                // The edits start after the first class keyword, past the using directives every program shares; each
                // program's offset differs so that the sweep does not always hit the same kind of token.
                var start = tokens.FindIndex(t => t.IsKind(SyntaxKind.ClassKeyword)) + 1 + variants.Count % EditStride;
                for (var i = start; i < tokens.Count; i += EditStride)
                {
                    variants.Add(program.Remove(tokens[i].SpanStart, tokens[i].Span.Length));
                    if ((i - start) % (3 * EditStride) == 0) variants.Add(program.Substring(0, tokens[i].Span.End));
                }
            }
            var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .AddRange(TestReferences.For(DockerLibrary.Testcontainers));
            var failures = new ConcurrentBag<string>();
            await Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount).Select(worker => Task.Run(async () =>
            {
                for (var i = worker; i < variants.Count; i += Environment.ProcessorCount)
                {
                    var code = variants[i];
                    var check = Task.Run(() => CheckVariant(code, references, withFixes: false, failures));
                    if (await Task.WhenAny(check, Task.Delay(VariantTimeout)) != check)
                        failures.Add($"the analysis did not end within {VariantTimeout}\non:\n{code}");
                }
            })));
            Assert.True(failures.IsEmpty, $"{failures.Count} of {variants.Count} programs:\n" + string.Join(Environment.NewLine + Environment.NewLine, failures.Take(3)));
        }

        private const int EditStride = 40;

        /// <summary>The programs written as verbatim strings in the analyzer and fix tests, their markup taken out.</summary>
        private static List<string> TestPrograms()
        {
            const string usings = "using System;\nusing System.Linq;\nusing System.Collections.Generic;\nusing Docker.DotNet;\nusing Docker.DotNet.Models;\n"
                + "using DotNet.Testcontainers.Builders;\nusing DotNet.Testcontainers.Configurations;\nusing DotNet.Testcontainers.Containers;\n";
            var programs = new HashSet<string>(StringComparer.Ordinal);
            var folder = Path.Combine(AppContext.BaseDirectory, "TestPrograms");
            foreach (var file in Directory.GetFiles(folder, "*.cs.txt").OrderBy(f => f, StringComparer.Ordinal))
                foreach (var token in CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantTokens())
                {
                    if (!token.IsKind(SyntaxKind.StringLiteralToken) || !token.Text.StartsWith("@\"", StringComparison.Ordinal)) continue;
                    var text = token.ValueText;
                    if (!text.Contains("static ") && !text.Contains("class ") && !text.Contains("void ")) continue;
                    // {|#0:true|}, {|CTL1003:true|}: the expected diagnostics' markup.
                    text = Regex.Replace(text, @"\{\|[^:|{}]*:", "").Replace("|}", "");
                    programs.Add(text.Contains("class ") ? usings + text : usings + "class Program\n{\n" + text + "\n}\n");
                }
            return programs.OrderBy(p => p, StringComparer.Ordinal).ToList();
        }

        private static async Task Check(string program)
        {
            var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .AddRange(TestReferences.For(DockerLibrary.Testcontainers));
            var whole = CSharpCompilation.Create("Whole", new[] { CSharpSyntaxTree.ParseText(program, new CSharpParseOptions(LanguageVersion.CSharp12)) },
                references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(whole.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var tokens = CSharpSyntaxTree.ParseText(program).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            var variants = new List<string> { program };
            // Cut after every token, and without every other token: neighbouring deletions leave much the same tree.
            for (var i = 0; i < tokens.Count; i++)
            {
                variants.Add(program.Substring(0, tokens[i].Span.End));
                if (i % 2 == 0) variants.Add(program.Remove(tokens[i].SpanStart, tokens[i].Span.Length));
            }

            var failures = new ConcurrentBag<string>();
            var diagnosticsSeen = 0;
            await Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount).Select(worker => Task.Run(async () =>
            {
                for (var i = worker; i < variants.Count; i += Environment.ProcessorCount)
                {
                    var code = variants[i];
                    var withFixes = i % FixEvery == 0;
                    var check = Task.Run(() => CheckVariant(code, references, withFixes, failures));
                    // An analysis that never ends is worse than one that throws: fail rather than hang the run.
                    if (await Task.WhenAny(check, Task.Delay(VariantTimeout)) != check)
                    {
                        failures.Add($"the analysis or a fix did not end within {VariantTimeout}\non:\n{code}");
                        return;
                    }
                    Interlocked.Add(ref diagnosticsSeen, await check);
                }
            })));

            Assert.True(failures.IsEmpty, string.Join(Environment.NewLine + Environment.NewLine, failures.Take(3)));
            // The programs are dangerous throughout: if nothing was reported, nothing was checked.
            Assert.True(diagnosticsSeen > variants.Count, $"{diagnosticsSeen} diagnostics on {variants.Count} programs");
        }

        /// <summary>Each program takes well under a second; a minute is a hang, whatever the machine.</summary>
        private static readonly TimeSpan VariantTimeout = TimeSpan.FromMinutes(1);

        /// <summary>Fixes cost several times what analysis does (Fix All asks for a semantic model per fix): every fifth program.</summary>
        private const int FixEvery = 5;

        private static async Task<int> CheckVariant(string code, ImmutableArray<MetadataReference> references, bool withFixes, ConcurrentBag<string> failures)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
            var tree = CSharpSyntaxTree.ParseText(code, parseOptions, "Test.cs");
            var compilation = CSharpCompilation.Create("HalfTyped", new[] { tree }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HostConfigAnalyzer(), new TestcontainersBuilderAnalyzer(), new NullCollectionInitializerAnalyzer());
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name} threw {exception}\non:\n{code}"),
                concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            SwallowedExceptions.StartRecording();
            var diagnostics = (await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync())
                .Where(d => d.Id.StartsWith("CTL", StringComparison.Ordinal)).ToImmutableArray();
            // What the analyzers catch rather than fail the build with: findings lost without a word.
            foreach (var exception in SwallowedExceptions.In(tree)) failures.Add($"an analyzer caught {exception}\non:\n{code}");
            if (diagnostics.IsEmpty || !withFixes) return diagnostics.Length;

            using var workspace = new AdhocWorkspace();
            var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "HalfTyped", "HalfTyped",
                LanguageNames.CSharp, compilationOptions: compilation.Options, parseOptions: parseOptions, metadataReferences: references));
            var document = workspace.AddDocument(project.Id, "Test.cs", SourceText.From(code));
            var fixer = new ContainerLintFixer();
            try
            {
                foreach (var diagnostic in diagnostics)
                {
                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    foreach (var action in actions) await action.GetOperationsAsync(CancellationToken.None);
                }
                var fixAll = new FixAllContext(document, fixer, FixAllScope.Document, ContainerLintFixer.EquivalenceKey,
                    diagnostics.Select(d => d.Id).Distinct(), new FixedDiagnostics(diagnostics), CancellationToken.None);
                if (await fixer.GetFixAllProvider().GetFixAsync(fixAll) is { } fixAllAction)
                    await fixAllAction.GetOperationsAsync(CancellationToken.None);
            }
            catch (Exception exception)
            {
                failures.Add($"the fixer threw {exception}\non:\n{code}");
            }
            return diagnostics.Length;
        }
    }
}
