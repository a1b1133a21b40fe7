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

    /// <summary>Registers one operation block action per method, as ContainerLint's analyzers do.</summary>
    public abstract class CalibrationAnalyzer : DiagnosticAnalyzer
    {
        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.Unused);

        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockAction(AnalyzeBlock);
        }

        protected abstract void AnalyzeBlock(OperationBlockAnalysisContext block);
    }

    /// <summary>An operation block action per method that returns at once: the floor of ContainerLint's shape.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EmptyOperationBlockAnalyzer : CalibrationAnalyzer
    {
        protected override void AnalyzeBlock(OperationBlockAnalysisContext block)
        {
        }
    }

    /// <summary>
    /// An operation block action per method that visits each of its operations once and looks at nothing else: what
    /// an analyzer pays just to see a method's operations (ContainerLint walks only the methods its text filter lets
    /// through).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OperationWalkAnalyzer : CalibrationAnalyzer
    {
        protected override void AnalyzeBlock(OperationBlockAnalysisContext block)
        {
            var count = 0;
            foreach (var root in block.OperationBlocks)
                foreach (var operation in root.DescendantsAndSelf())
                    if (operation.Kind == OperationKind.Invocation) count++;
            if (count < 0) block.ReportDiagnostic(Diagnostic.Create(Descriptors.Unused, Location.None));
        }
    }
}
