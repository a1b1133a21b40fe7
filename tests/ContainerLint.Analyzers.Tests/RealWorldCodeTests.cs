using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

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
            var text = File.ReadAllText(Path.Combine(Root, file));
            var library = text.Contains("Testcontainers", StringComparison.Ordinal) ? DockerLibrary.Testcontainers : DockerLibrary.DockerDotNet;
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
            var trees = new[]
            {
                CSharpSyntaxTree.ParseText(text, parseOptions, path: file),
                CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, path: "GlobalUsings.g.cs"),
            };
            var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).AddRange(TestReferences.For(library));
            var compilation = CSharpCompilation.Create("RealWorld", trees, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false);

            var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();

            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            var actual = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).Select(Describe).ToList();
            Assert.Equal(Reviewed(file), actual);
        }

        [Fact]
        public void Every_reviewed_file_is_in_the_corpus()
        {
            var files = new HashSet<string>(Directory.GetFiles(Root, "*.cs", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/')));
            Assert.All(ReviewedFindings().Keys, file => Assert.Contains(file, files));
        }

        /// <summary><c>File.cs(line,col): CTLnnnn `source text`</c>, the first line of the text the diagnostic underlines.</summary>
        private static string Describe(Diagnostic diagnostic)
        {
            var position = diagnostic.Location.GetLineSpan().StartLinePosition;
            var underlined = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
            var firstLine = underlined.Split('\n')[0].TrimEnd('\r', ' ');
            return $"({position.Line + 1},{position.Character + 1}): {diagnostic.Id} `{firstLine}`";
        }

        private static List<string> Reviewed(string file) =>
            ReviewedFindings().TryGetValue(file, out var findings) ? findings : throw new InvalidOperationException(
                file + " has no entry in RealWorld/expected.txt: review the findings and add them (or '" + file + ": none')");

        /// <summary>
        /// expected.txt: per file, its findings (<c>path(line,col): ID `text`</c>) or <c>path: none</c>; lines starting with
        /// # are the review notes.
        /// </summary>
        private static Dictionary<string, List<string>> ReviewedFindings()
        {
            var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var raw in File.ReadAllLines(Path.Combine(Root, "expected.txt")))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                if (line.EndsWith(": none", StringComparison.Ordinal))
                {
                    result.TryAdd(line.Substring(0, line.Length - ": none".Length), new List<string>());
                    continue;
                }
                var open = line.IndexOf('(');
                var file = line.Substring(0, open);
                if (!result.TryGetValue(file, out var findings)) result.Add(file, findings = new List<string>());
                findings.Add(line.Substring(open));
            }
            return result;
        }
    }
}
