using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnalyzerCost.Baseline
{
    internal static class Descriptors
    {
        // Never reported: an analyzer must declare a descriptor. A warning, because the command-line compiler does not
        // run analyzers whose diagnostics are all hidden.
        public static readonly DiagnosticDescriptor Unused = new DiagnosticDescriptor(
            "BASE0001", "Calibration", "Calibration", "Performance", DiagnosticSeverity.Warning, isEnabledByDefault: true);
    }

    /// <summary>An operation block action per method that returns at once: the floor of ContainerLint's shape.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EmptyOperationBlockAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockAction(_ => { });
        }
    }

    /// <summary>
    /// An operation block action per method that visits each of its operations once and looks at nothing else: what
    /// an analyzer pays just to see a method's operations (ContainerLint walks only the methods its text filter lets
    /// through).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OperationWalkAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockAction(block =>
            {
                var count = 0;
                foreach (var root in block.OperationBlocks)
                    foreach (var operation in root.DescendantsAndSelf())
                        if (operation.Kind == OperationKind.Invocation) count++;
                if (count < 0) block.ReportDiagnostic(Diagnostic.Create(Descriptors.Unused, Location.None));
            });
        }
    }
}
