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

        /// <summary>Docker.DotNet examples that use API the Enhanced fork replaced, by example, with what replaced it.</summary>
        private static readonly Dictionary<string, string> ThreeXOnly = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CTL3004 #7"] = "creates the client with DockerClientConfiguration; Enhanced 4.x has DockerClientBuilder",
        };

        public static TheoryData<string, int, string, string> DockerDotNetExamples()
        {
            var rows = new TheoryData<string, int, string, string>();
            foreach (var row in RuleDocExamples.Rows(ExampleKind.DockerDotNet))
                if (!ThreeXOnly.ContainsKey(row[0] + " #" + row[1])) rows.Add((string)row[0], (int)row[1], (string)row[2], (string)row[3]);
            return rows;
        }

        [SkippableTheory]
        [MemberData(nameof(Examples))]
        public Task CSharp_example_is_analyzed_as_its_page_says(string page, int index, string kind, string expectation) =>
            AnalyzedAsThePageSays(page, index, kind, expectation, Libraries[RuleDocExamples.Get(page, index).Kind]);

        /// <summary>
        /// Testcontainers 4.x users have Docker.DotNet.Enhanced (same namespace, some members renamed or made <c>bool?</c>):
        /// the Docker.DotNet examples are theirs too, so they compile and are analyzed the same against it.
        /// </summary>
        [SkippableTheory]
        [MemberData(nameof(DockerDotNetExamples))]
        public Task Docker_DotNet_example_is_analyzed_as_its_page_says_with_the_Enhanced_fork(string page, int index, string kind, string expectation) =>
            AnalyzedAsThePageSays(page, index, kind, expectation, TestReferences.For(DockerLibrary.DockerDotNetEnhanced));

        private static async Task AnalyzedAsThePageSays(string page, int index, string kind, string expectation, ImmutableArray<MetadataReference> library)
        {
            var example = RuleDocExamples.Get(page, index);
            Assert.Equal(kind, example.Kind.ToString());
            Assert.Equal(expectation, example.Expectation);
            Skip.If(KnownDefects.TryGetValue(page + " #" + index, out var defect), defect);

            var tree = CSharpSyntaxTree.ParseText(example.Code, ParseOptions, page + "_" + index + ".cs");
            var compilation = CSharpCompilation.Create("DocExample",
                new[] { GlobalUsings, tree },
                (await Framework.Value).AddRange(library),
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
