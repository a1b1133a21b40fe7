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

        internal static async Task<ImmutableArray<Diagnostic>> Analyze(Document document)
        {
            var compilation = (await document.Project.GetCompilationAsync())!;
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HostConfigAnalyzer());
            var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
            return diagnostics.Where(d => d.Id.StartsWith("CTL", System.StringComparison.Ordinal)).ToImmutableArray();
        }
    }
}
