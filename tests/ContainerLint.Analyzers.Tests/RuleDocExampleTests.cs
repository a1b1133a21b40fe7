using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerLint.Analyzers.Tests
{
    /// <summary>
    /// The C# examples of docs/rules/CTLnnnn.md (read by RuleDocExamples): each is compiled as a console program's
    /// top-level statements, with the SDK's implicit usings, against the library its label names (Docker.DotNet 3.x for
    /// <c>C# (Docker.DotNet)</c>, Testcontainers 4.x for <c>C# (Testcontainers)</c>). It has to compile without errors;
    /// a bad one gives at least one diagnostic of the page's rule, a good one none.
    /// </summary>
    public class RuleDocExampleTests
    {
        private const string ImplicitUsings =
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
            "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);

        private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, "GlobalUsings.g.cs");

        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new HostConfigAnalyzer(), new TestcontainersBuilderAnalyzer(), new NullCollectionInitializerAnalyzer());

        /// <summary>Examples the analyzers do not treat as their page says, where the page is right (rules.md): the defect, by example.</summary>
        private static readonly Dictionary<string, string> KnownDefects = new Dictionary<string, string>(StringComparer.Ordinal)
        {
        };

        /// <summary>The references of each library, resolved once for every example.</summary>
        private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Framework = new Lazy<Task<ImmutableArray<MetadataReference>>>(
            () => TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

        private static readonly Dictionary<ExampleKind, ImmutableArray<MetadataReference>> Libraries = new Dictionary<ExampleKind, ImmutableArray<MetadataReference>>
        {
            [ExampleKind.DockerDotNet] = TestReferences.For(DockerLibrary.DockerDotNet),
            [ExampleKind.Testcontainers] = TestReferences.For(DockerLibrary.Testcontainers),
        };

        public static TheoryData<string, int, string, string> Examples() => RuleDocExamples.Rows(ExampleKind.DockerDotNet, ExampleKind.Testcontainers);

        [SkippableTheory]
        [MemberData(nameof(Examples))]
        public async Task CSharp_example_is_analyzed_as_its_page_says(string page, int index, string kind, string expectation)
        {
            var example = RuleDocExamples.Get(page, index);
            Assert.Equal(kind, example.Kind.ToString());
            Assert.Equal(expectation, example.Expectation);
            Skip.If(KnownDefects.TryGetValue(page + " #" + index, out var defect), defect);

            var tree = CSharpSyntaxTree.ParseText(example.Code, ParseOptions, page + "_" + index + ".cs");
            var compilation = CSharpCompilation.Create("DocExample",
                new[] { GlobalUsings, tree },
                (await Framework.Value).AddRange(Libraries[example.Kind]),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, example + " does not compile:\n" + string.Join("\n", errors) + "\n" + example.Code);

            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            SwallowedExceptions.StartRecording();
            var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
            Assert.Empty(exceptions);
            Assert.Empty(SwallowedExceptions.In(tree));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

            var found = diagnostics.Where(d => d.Id == page).ToList();
            var all = "\n" + string.Join("\n", diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.ToString()));
            if (example.Bad) Assert.True(found.Count > 0, example + " gives no " + page + "; the analyzers give:" + all + "\n" + example.Code);
            else Assert.True(found.Count == 0, example + " gives " + page + ":" + all + "\n" + example.Code);
        }
    }
}
