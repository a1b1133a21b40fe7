using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ContainerLint.Analyzers.Reading;
using ContainerLint.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers
{
    /// <summary>
    /// The skeleton of the container analyzers: bail out at compilation start unless Docker.DotNet / Testcontainers is
    /// referenced; per method, a look at its text first (<see cref="SyntaxPrefilter"/>), then a walk for the operations
    /// the analyzer reads. Diagnostics are reported from the block action so that they are local to the method (IDE,
    /// code fixes).
    /// </summary>
    public abstract class MethodReadingAnalyzer<TOperation> : DiagnosticAnalyzer
        where TOperation : class, IOperation
    {
        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.ContainerRules;

        /// <summary>Whether the analyzer reads Testcontainers (true) or Docker.DotNet models (false).</summary>
        private protected abstract bool ReadsTestcontainers { get; }

        private protected abstract SyntaxPrefilter CreatePrefilter(Lazy<DockerApi?> api);

        /// <summary>Whether an operation of the method is one this analyzer reads.</summary>
        private protected abstract bool IsRead(TOperation operation, DockerApi api);

        /// <summary>Reads the operations found in one method (never empty) and reports.</summary>
        private protected abstract void Analyze(OperationBlockAnalysisContext context, List<TOperation> operations, DockerApi api, LintOptionsReader options);

        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is not analyzed. Every diagnostic lies in the code being analyzed, so none can be in generated
            // code: leaving out the filter spares the compiler a search of each reported file for [GeneratedCode].
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var api = DockerApi.ForCompilation(start.Compilation, testcontainers: ReadsTestcontainers);
                if (api is null) return;
                var options = new LintOptionsReader(start.Options);
                FindingReporter.Prepare();
                var prefilter = CreatePrefilter(api);
                start.RegisterOperationBlockAction(block => AnalyzeBlock(block, api, options, prefilter));
            });
        }

        private void AnalyzeBlock(OperationBlockAnalysisContext context, Lazy<DockerApi?> lazyApi, LintOptionsReader options, SyntaxPrefilter prefilter)
        {
            if (!prefilter.MayRead(context.OperationBlocks) || lazyApi.Value is not { } api) return;
            List<TOperation>? found = null;
            foreach (var block in context.OperationBlocks)
                foreach (var operation in block.DescendantsAndSelf())
                    if (operation is TOperation read && IsRead(read, api))
                        (found ??= new List<TOperation>()).Add(read);
            if (found is not null) Analyze(context, found, api, options);
        }
    }
}
