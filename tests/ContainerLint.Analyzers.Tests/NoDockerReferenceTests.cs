using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerLint.Analyzers.Tests
{
    public class NoDockerReferenceTests
    {
        private const string LookAlike = @"
namespace Docker.DotNet.Models
{
    public class HostConfig { public bool Privileged { get; set; } public System.Collections.Generic.IList<string>? Binds { get; set; } }
}
class Program
{
    static Docker.DotNet.Models.HostConfig Create() => new Docker.DotNet.Models.HostConfig { Privileged = true, Binds = { ""/var/run/docker.sock:/s"" } };
}";

        public static TheoryData<string> Analyzers => new() { nameof(HostConfigAnalyzer), nameof(TestcontainersBuilderAnalyzer), nameof(NullCollectionInitializerAnalyzer) };

        private static DiagnosticAnalyzer Create(string name) => name switch
        {
            nameof(HostConfigAnalyzer) => new HostConfigAnalyzer(),
            nameof(TestcontainersBuilderAnalyzer) => new TestcontainersBuilderAnalyzer(),
            _ => new NullCollectionInitializerAnalyzer(),
        };

        [Theory]
        [MemberData(nameof(Analyzers))]
        public async Task Without_Docker_DotNet_or_Testcontainers_the_analyzer_registers_nothing_after_compilation_start(string name)
        {
            var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create("NoDocker",
                new[] { CSharpSyntaxTree.ParseText(LookAlike, new CSharpParseOptions(LanguageVersion.CSharp12)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var analyzer = Create(name);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));

            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);

            Assert.Empty(diagnostics);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.OperationActionsCount);
            Assert.Equal(0, telemetry.OperationBlockActionsCount);
            Assert.Equal(0, telemetry.OperationBlockStartActionsCount);
            Assert.Equal(0, telemetry.SyntaxNodeActionsCount);
            Assert.Equal(0, telemetry.CompilationEndActionsCount);
        }
    }
}
