using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Reporting;
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
    /// The analyzers over source files of other projects that call Docker.DotNet or Testcontainers (RealWorld/, see its
    /// README): every finding is one that was reviewed by reading the code (RealWorld/expected.txt), and none is missing.
    /// Each file is compiled alone, as its project would with the SDK's implicit usings: the types of the rest of its
    /// project are missing, so the analyzers also meet the error types of code that does not fully bind.
    /// </summary>
    public class RealWorldCodeTests
    {
        private const string ImplicitUsings =
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
            "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

        private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "RealWorld");

        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new HostConfigAnalyzer(), new TestcontainersBuilderAnalyzer(), new NullCollectionInitializerAnalyzer());

        public static TheoryData<string> Files()
        {
            var files = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(Root, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                files.Add(Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/'));
            return files;
        }

        [Theory]
        [MemberData(nameof(Files))]
        public async Task Findings_on_real_world_code_are_the_reviewed_ones(string file)
        {
            var document = await Open(file);

            var diagnostics = await Analyze(document);

            var actual = diagnostics.Select(Describe).ToList();
            Assert.Equal(Reviewed(file), actual);
        }

        /// <summary>
        /// Fixes applied one after the other, as a developer would from the lightbulb, until no finding with a fix is left:
        /// each leaves the code compiling as well as it did (no compiler error it did not have), removes its finding, and
        /// changes no line it does not rewrite (a tab-indented file stays tab-indented).
        /// </summary>
        [Theory]
        [MemberData(nameof(Files))]
        public async Task Fixing_every_finding_of_real_world_code_keeps_it_compiling_and_its_layout(string file)
        {
            var document = await Open(file);
            var errorsBefore = await ErrorCounts(document);
            var fixer = new ContainerLintFixer();

            for (var step = 0; step < 100; step++)
            {
                var diagnostics = await Analyze(document);
                CodeAction? fix = null;
                Diagnostic? fixedDiagnostic = null;
                foreach (var diagnostic in diagnostics)
                {
                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    if (actions.Count == 0) continue;
                    (fix, fixedDiagnostic) = (actions[0], diagnostic);
                    break;
                }
                if (fix is null) return;

                var operations = await fix.GetOperationsAsync(CancellationToken.None);
                Assert.Empty(SwallowedExceptions.In((await document.GetSyntaxTreeAsync())!));
                var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
                // Parsed again from its text, as the IDE saves and reopens it: a tree edited node by node can hold what does
                // not parse back (a lost #if shows only in the text).
                changed = changed.WithText(await changed.GetTextAsync());
                var errorsAfter = await ErrorCounts(changed);
                var context = describe(fixedDiagnostic!) + " fixed by '" + fix.Title + "'";
                foreach (var (id, count) in errorsAfter)
                    Assert.True(count <= errorsBefore.GetValueOrDefault(id), context + " adds compiler error " + id + ":\n" + (await changed.GetTextAsync()));
                // One finding fewer of its kind: two HostConfigs of a file may well be reported alike.
                Assert.True((await Analyze(changed)).Count(d => describe(d) == describe(fixedDiagnostic!)) < diagnostics.Count(d => describe(d) == describe(fixedDiagnostic!)),
                    context + " leaves the finding in place");
                var reindented = TextChanges.ReindentedLines((await document.GetTextAsync()).ToString(), (await changed.GetTextAsync()).ToString());
                Assert.True(reindented.Count == 0, context + " changes only the spaces of: " + string.Join(" | ", reindented));
                document = changed;
            }
            Assert.Fail("fixes still offered after 100 steps: " + string.Join("; ", (await Analyze(document)).Select(Describe)));

            // The finding as the fix is expected to remove it: its rule and the text it underlines (positions move).
            static string describe(Diagnostic diagnostic) => diagnostic.Id + " " + diagnostic.GetMessage() + " `" + Underlined(diagnostic) + "`";
        }

        [Fact]
        public void Every_reviewed_file_is_in_the_corpus()
        {
            var files = new HashSet<string>(Directory.GetFiles(Root, "*.cs", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/')));
            Assert.All(ReviewedFindings().Keys, file => Assert.Contains(file, files));
        }

        /// <summary>The file, compiled alone in a project of its own as its project would compile it.</summary>
        private static async Task<Document> Open(string file)
        {
            var text = File.ReadAllText(Path.Combine(Root, file));
            var library = text.Contains("Testcontainers", StringComparison.Ordinal) ? DockerLibrary.Testcontainers : DockerLibrary.DockerDotNet;
            var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).AddRange(TestReferences.For(library));
            var projectId = ProjectId.CreateNewId();
            var solution = new AdhocWorkspace().CurrentSolution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "RealWorld", "RealWorld", LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                    metadataReferences: references))
                .AddDocument(DocumentId.CreateNewId(projectId), "GlobalUsings.g.cs", SourceText.From(ImplicitUsings));
            var documentId = DocumentId.CreateNewId(projectId);
            return solution.AddDocument(documentId, Path.GetFileName(file), SourceText.From(text), filePath: file).GetDocument(documentId)!;
        }

        /// <summary>The analyzers' diagnostics in the document, in source order; fails on an analyzer exception.</summary>
        private static async Task<List<Diagnostic>> Analyze(Document document)
        {
            var compilation = (await document.Project.GetCompilationAsync())!;
            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            SwallowedExceptions.StartRecording();
            var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
            Assert.Empty(exceptions);
            // Nor any the analyzers catch rather than fail the build with: their findings would be lost without a word.
            Assert.Empty(SwallowedExceptions.In((await document.GetSyntaxTreeAsync())!));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        }

        /// <summary>The compiler errors of the document, by ID (the file alone misses its project's other types).</summary>
        private static async Task<Dictionary<string, int>> ErrorCounts(Document document)
        {
            var model = (await document.GetSemanticModelAsync())!;
            return model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
                .GroupBy(d => d.Id).ToDictionary(group => group.Key, group => group.Count());
        }

        /// <summary><c>(line,col): CTLnnnn `source text`</c>, with the first line of the text the diagnostic underlines.</summary>
        private static string Describe(Diagnostic diagnostic)
        {
            var position = diagnostic.Location.GetLineSpan().StartLinePosition;
            return $"({position.Line + 1},{position.Character + 1}): {diagnostic.Id} `{Underlined(diagnostic)}`";
        }

        private static string Underlined(Diagnostic diagnostic) =>
            diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan).Split('\n')[0].TrimEnd('\r', ' ');

        private static List<string> Reviewed(string file) =>
            ReviewedFindings().TryGetValue(file, out var findings) ? findings : throw new InvalidOperationException(
                file + " has no entry in RealWorld/expected.txt: review the findings and add them (or '" + file + ": none')");

        private static Dictionary<string, List<string>> ReviewedFindings() => ContainerLint.Testing.ReviewedFindings.Read(Path.Combine(Root, "expected.txt"));
    }
}
