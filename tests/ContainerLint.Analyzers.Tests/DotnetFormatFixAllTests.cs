using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Tests.Infrastructure;
using ContainerLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.Analyzers.Tests
{
    /// <summary>
    /// Pins what <c>dotnet format analyzers --diagnostics A B</c> does (dotnet/sdk dotnet-format SolutionCodeFixApplier):
    /// for rule B it asks the provider for a fix on the first diagnostic of any selected rule, takes that action's
    /// equivalence key, and runs Fix All over B's diagnostics with it.
    /// </summary>
    public class DotnetFormatFixAllTests
    {
        private const string Source = @"
using System.Collections.Generic;
using Docker.DotNet.Models;

class Program
{
    static CreateContainerParameters Create() => new CreateContainerParameters
    {
        User = ""root"",
        HostConfig = new HostConfig { Privileged = true, CapAdd = new List<string> { ""SYS_ADMIN"" } },
    };
}
";

        [Theory]
        [InlineData("CTL1003", "CTL1001")]
        [InlineData("CTL2001", "CTL1001")]
        [InlineData("CTL1001", "CTL2001")]
        public async Task Fix_All_for_one_rule_works_with_the_key_taken_from_another_rules_diagnostic(string fixedRule, string firstRule)
        {
            var document = await CreateDocument();
            var diagnostics = await Analyze(document);
            var first = diagnostics.First(d => d.Id == firstRule);

            var changed = await FixAll(document, diagnostics, first, fixedRule);
            var remaining = await Analyze(changed);
            Assert.DoesNotContain(remaining, d => d.Id == fixedRule);
            Assert.Contains(remaining, d => d.Id == firstRule);
        }

        private const string Repeated = @"
using System.Collections.Generic;
using Docker.DotNet.Models;

class Program
{
    static CreateContainerParameters Create(bool debug)
    {
        const string admin = ""root"";
        var p = new CreateContainerParameters { User = admin, HostConfig = new HostConfig { Privileged = true, PidMode = ""host"" } };
        if (debug) p.HostConfig.Privileged = true;
        p.HostConfig.PidMode = ""host"";
        try { p.Image = ""app""; } catch { p.User = admin; }
        return p;
    }
}
";

        // A value written again is one finding (its other writes are its additional locations): one pass changes them all.
        [Theory]
        [InlineData("CTL1003")]
        [InlineData("CTL5001")]
        [InlineData("CTL1001")]
        public async Task Fix_All_for_a_rule_changes_every_write_of_a_value_written_again_in_one_pass(string fixedRule)
        {
            var document = await CreateDocument(Repeated);
            var diagnostics = await Analyze(document);
            var first = diagnostics.First(d => d.Id == fixedRule);
            Assert.NotEmpty(first.AdditionalLocations);

            var changed = await FixAll(document, diagnostics, first, fixedRule);
            var compilation = (await changed.Project.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.DoesNotContain(await Analyze(changed), d => d.Id == fixedRule);
        }

        private const string NullLists = @"
using System.Collections.Generic;
using Docker.DotNet.Models;

class Program
{
    static HostConfig Create() => new HostConfig
    {
        CapDrop = { ""MKNOD"" },
        CapAdd = { ""SYS_ADMIN"" },
        SecurityOpt = { ""apparmor=unconfined"", ""seccomp=unconfined"" },
        Binds = { ""/srv:/srv:ro"", ""/etc:/etc"" },
    };
}
";

        // Audit 90 H90-10: dotnet format analyzes again before each rule and applies the rules in no fixed order
        // (dotnet/sdk#51637); where CTL9005's fix and another rule's change one collection initializer, every order ends alike.
        [Theory]
        [InlineData("CTL9005", "CTL2001", "CTL2003", "CTL4002", "CTL4003", "CTL4001", "CTL3003")]
        [InlineData("CTL2001", "CTL4003", "CTL9005", "CTL4001", "CTL2003", "CTL4002", "CTL3003")]
        [InlineData("CTL4001", "CTL2003", "CTL4002", "CTL4003", "CTL3003", "CTL2001", "CTL9005")]
        public async Task Rules_fixed_one_after_another_in_any_order_give_one_outcome(params string[] order)
        {
            var inOrder = await FixEach(await CreateDocument(NullLists), order);
            var reversed = await FixEach(await CreateDocument(NullLists), order.Reverse().ToArray());
            Assert.Equal((await inOrder.GetTextAsync()).ToString(), (await reversed.GetTextAsync()).ToString());
            var left = await Analyze(inOrder, withNullCollections: true);
            // CTL3003 stays on the bind made read-only, as documented; the rest is fixed.
            Assert.DoesNotContain(left, d => order.Contains(d.Id) && d.Id != "CTL3003");
            var compilation = (await inOrder.Project.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        /// <summary>As dotnet format does: for each rule in turn, the document analyzed again and Fix All applied to that rule's diagnostics.</summary>
        internal static async Task<Document> FixEach(Document document, string[] rules, bool expectFix = true)
        {
            foreach (var rule in rules)
            {
                var diagnostics = await Analyze(document, withNullCollections: true);
                var first = diagnostics.FirstOrDefault(d => d.Id == rule);
                if (first is null) continue;
                CodeAction? action = null;
                await new ContainerLintFixer().RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
                Assert.True(action is not null == expectFix, rule + (expectFix ? " has no fix on " : " has a fix on ") + first);
                if (action is not null) document = await FixAll(document, diagnostics, first, rule);
            }
            return document;
        }

        internal static async Task<Document> CreateDocument(string source = Source)
        {
            var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .AddRange(TestReferences.For(DockerLibrary.DockerDotNet));
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Create(), "App", "App",
                LanguageNames.CSharp, compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                metadataReferences: references));
            return workspace.AddDocument(project.Id, "Program.cs", SourceText.From(source));
        }

        /// <summary>Fix All in the solution for <paramref name="fixedRule"/>, with the equivalence key of <paramref name="first"/>'s fix.</summary>
        private static async Task<Document> FixAll(Document document, ImmutableArray<Diagnostic> diagnostics, Diagnostic first, string fixedRule)
        {
            var fixer = new ContainerLintFixer();
            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
            Assert.NotNull(action);

            var context = new FixAllContext(document, fixer, FixAllScope.Solution, action!.EquivalenceKey!, new[] { fixedRule },
                new FixedDiagnostics(diagnostics), CancellationToken.None);
            var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
            Assert.NotNull(fixAll);

            var operations = await fixAll!.GetOperationsAsync(CancellationToken.None);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        }

        internal static async Task<ImmutableArray<Diagnostic>> Analyze(Document document, bool withNullCollections = false)
        {
            var compilation = (await document.Project.GetCompilationAsync())!;
            var analyzers = withNullCollections
                ? ImmutableArray.Create<DiagnosticAnalyzer>(new HostConfigAnalyzer(), new NullCollectionInitializerAnalyzer())
                : ImmutableArray.Create<DiagnosticAnalyzer>(new HostConfigAnalyzer());
            var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
            return diagnostics.Where(d => d.Id.StartsWith("CTL", System.StringComparison.Ordinal)).ToImmutableArray();
        }
    }
}
