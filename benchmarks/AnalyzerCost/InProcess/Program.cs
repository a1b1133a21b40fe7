using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Collections.Immutable;
using System.Diagnostics;
using ContainerLint.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

// usage: AnalyzerCost.InProcess <directory of .cs files> [passes] [--fresh]
// Binds the files (the compiler has done that before analyzers run; not timed), then calls the ContainerLint analyzers'
// actions directly for every method and accessor body, pass after pass, on one thread.
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: AnalyzerCost.InProcess <directory of .cs files> [passes] [--fresh]");
    return 2;
}
var passes = args.Length > 1 && int.TryParse(args[1], out var p) ? p : 20;
var fresh = args.Contains("--fresh");
var files = Directory.GetFiles(args[0], "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Append(typeof(Docker.DotNet.Models.HostConfig).Assembly.Location)
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();

// With --fresh, each pass analyzes newly parsed and bound files, as a build does (and an edit, for the file edited): what
// the analyzers keep for a syntax tree they have read (PathCoverage's index of a function) makes a second pass over the
// same trees cheaper than any build. Without it every pass analyzes the same trees, so the passes after the first are a
// lower bound, and they run one after the other, so the middle ones run the code before the runtime optimises it.
// Parsing and binding are not timed.
(CSharpCompilation Compilation, List<(IOperation Operation, ISymbol Owner)> Blocks, ILookup<OperationKind, (IOperation Operation, ISymbol Owner)> ByKind) Bind()
{
    var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, path: f.Path)).ToList();
    var compilation = CSharpCompilation.Create("CostProbe", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    var blocks = new List<(IOperation Operation, ISymbol Owner)>();
    foreach (var tree in trees)
    {
        var model = compilation.GetSemanticModel(tree);
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            var body = node switch
            {
                BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody,
                AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody,
                _ => null,
            };
            if (body is not null && model.GetOperation(body) is { } operation && model.GetDeclaredSymbol(node) is { } owner)
                blocks.Add((operation, owner));
        }
    }
    // The operations by kind, as the compiler's driver has them before it calls operation actions.
    var byKind = blocks.SelectMany(block => block.Operation.DescendantsAndSelf().Select(operation => (Operation: operation, block.Owner)))
        .ToLookup(pair => pair.Operation.Kind);
    return (compilation, blocks, byKind);
}

var first = Bind();
var errors = first.Compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
if (errors > 0) Console.Error.WriteLine($"warning: the files have {errors} compiler errors");

var analyzers = new DiagnosticAnalyzer[] { new HostConfigAnalyzer(), new TestcontainersBuilderAnalyzer(), new NullCollectionInitializerAnalyzer() };
var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
Console.WriteLine($"{files.Count} files, {first.Blocks.Count} method bodies, {passes} passes");
var times = new List<double>();
for (var pass = 0; pass < passes; pass++)
{
    var (compilation, blocks, byKind) = pass == 0 || !fresh ? first : Bind();
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var diagnostics = 0;
    var stopwatch = Stopwatch.StartNew();
    foreach (var analyzer in analyzers)
    {
        var context = new RecordingAnalysisContext();
        analyzer.Initialize(context);
        var start = new RecordingCompilationStartContext(compilation, options);
        foreach (var action in context.CompilationStartActions) action(start);
        // Contexts made directly (obsolete for hosts, which should use CompilationWithAnalyzers): the point is to leave the
        // driver, its threads and its diagnostic filtering out of the figure.
#pragma warning disable CS0618
        foreach (var action in start.OperationBlockActions)
            foreach (var (operation, owner) in blocks)
                action(new OperationBlockAnalysisContext(ImmutableArray.Create(operation), owner, compilation, options, _ => diagnostics++, _ => true, default));
        foreach (var (action, kinds) in start.OperationActions)
            foreach (var kind in kinds)
                foreach (var (operation, owner) in byKind[kind])
                    action(new OperationAnalysisContext(operation, owner, compilation, options, _ => diagnostics++, _ => true, default));
#pragma warning restore CS0618
    }
    stopwatch.Stop();
    times.Add(stopwatch.Elapsed.TotalMilliseconds);
    var kilobytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024;
    Console.WriteLine($"pass {pass,2}: {stopwatch.Elapsed.TotalMilliseconds,7:F1} ms  {kilobytes,6} KB allocated  {diagnostics} diagnostics");
}
// The runtime JIT-compiles the analyzers' methods without optimisation first and recompiles the ones called often,
// after a delay and a round of instrumented code: the middle passes run the code a compiler runs in its first builds
// (a server seldom gets further: the analyzer's methods are called a few hundred times per build), the last ones the
// optimised code.
var middle = times.Skip(Math.Min(3, times.Count - 1)).Take(Math.Max(1, Math.Min(17, times.Count - 3))).OrderBy(t => t).ToList();
var median = middle[middle.Count / 2];
Console.Write($"first pass (JIT included) {times[0]:F1} ms; passes 4-20 median {median:F1} ms = {median / files.Count:F3} ms/file, min {middle[0]:F1} ms");
if (times.Count >= 40)
{
    var last = times.Skip(times.Count - 10).OrderBy(t => t).ToList();
    Console.Write($"; last 10 passes (optimised code) median {last[5]:F1} ms = {last[5] / files.Count:F3} ms/file");
}
Console.WriteLine();
return 0;

sealed class RecordingAnalysisContext : AnalysisContext
{
    public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = new();
    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => CompilationStartActions.Add(action);
    public override void EnableConcurrentExecution() { }
    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) { }
    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();
    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();
    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();
    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();
    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();
    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();
    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    internal static NotSupportedException Unexpected() => new("the benchmark drives only the actions the ContainerLint analyzers register");
}

sealed class RecordingCompilationStartContext : CompilationStartAnalysisContext
{
    public RecordingCompilationStartContext(Compilation compilation, AnalyzerOptions options) : base(compilation, options, default) { }
    public List<Action<OperationBlockAnalysisContext>> OperationBlockActions { get; } = new();
    public List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> OperationActions { get; } = new();
    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => OperationBlockActions.Add(action);
    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => OperationActions.Add((action, operationKinds));
    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) { }
    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw RecordingAnalysisContext.Unexpected();
    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw RecordingAnalysisContext.Unexpected();
    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw RecordingAnalysisContext.Unexpected();
    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw RecordingAnalysisContext.Unexpected();
    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw RecordingAnalysisContext.Unexpected();
    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw RecordingAnalysisContext.Unexpected();
}
