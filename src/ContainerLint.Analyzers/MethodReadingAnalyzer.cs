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

        /// <summary>Whether the analyzer reads operations of this kind (checked before the type: an interface cast costs more).</summary>
        private protected abstract bool IsReadKind(OperationKind kind);

        /// <summary>Whether an operation of the method is one this analyzer reads.</summary>
        private protected abstract bool IsRead(TOperation operation, DockerApi api);

        /// <summary>
        /// Whether the method is read whatever its text names: its parameters are what it configures (a helper or a
        /// Testcontainers modifier passed as a method group), and their type is spelled outside the body.
        /// </summary>
        private protected virtual bool ReadsOwner(ISymbol owner, DockerApi api) => false;

        /// <summary>
        /// Reads the operations found in one method (empty only when <paramref name="readsOwner"/>: the owner's
        /// parameters are read, see <see cref="ReadsOwner"/>), with the method's writes, and reports.
        /// </summary>
        private protected abstract void Analyze(OperationBlockAnalysisContext context, List<TOperation> operations, bool readsOwner, MethodScope scope, DockerApi api, LintOptionsReader options);

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

        private void Visit(IOperation operation, MethodScope scope, DockerApi api, ref List<TOperation>? found)
        {
            scope.Index(operation);
            if (IsReadKind(operation.Kind) && operation is TOperation read && IsRead(read, api))
                (found ??= new List<TOperation>()).Add(read);
        }

        /// <summary>
        /// The branch of an <c>if</c> (or <c>?:</c>), or the body of a <c>while</c>, that never runs, its condition being a constant (<c>if
        /// (Features.EnableDind)</c> with <c>const bool EnableDind = false</c>): what it writes is not read, as the compiler
        /// leaves it out (CS0162; audit 129 D129-11).
        /// </summary>
        private static IOperation? DeadBranch(IOperation operation) => operation.Kind switch
        {
            OperationKind.Conditional when operation is IConditionalOperation conditional && Values.TakesAlways(conditional) is { } taken =>
                taken ? conditional.WhenFalse : conditional.WhenTrue,
            // while (false) { ... }: its body never runs either.
            OperationKind.Loop when operation is IWhileLoopOperation { ConditionIsTop: true, Condition.ConstantValue: { HasValue: true, Value: false } } loop => loop.Body,
            _ => null,
        };

        private void AnalyzeBlock(OperationBlockAnalysisContext context, Lazy<DockerApi?> lazyApi, LintOptionsReader options, SyntaxPrefilter prefilter)
        {
            // The API is resolved by the first method (the compiler has bound the references by then); when the library
            // turns out to be absent (Testcontainers, when only Docker.DotNet is referenced), no method is looked at.
            if (lazyApi.Value is not { } api) return;
            var mayRead = prefilter.MayRead(context.OperationBlocks);
            // The owner's parameters are spelled in its signature: the text decides there too before any symbol is asked.
            var readsOwner = (mayRead || prefilter.MayReadSignature(context.OperationBlocks)) && ReadsOwner(context.OwningSymbol, api);
            if (!mayRead && !readsOwner) return;
            List<TOperation>? found = null;
            var scope = new MethodScope();
            // One pre-order walk (as DescendantsAndSelf, without its allocations): indexes the writes and finds the reads.
            // Children are pushed last first so that they are visited in order. A stack of operations rather than of
            // their struct enumerators: a Stack<T> of a struct is JIT-compiled for it, one of a class is shared code.
            var pending = new Stack<IOperation>(32);
            foreach (var block in context.OperationBlocks)
            {
                if (block is null) continue;
                pending.Push(block);
                while (pending.Count > 0)
                {
                    var operation = pending.Pop();
                    Visit(operation, scope, api, ref found);
                    var dead = DeadBranch(operation);
                    foreach (var child in operation.ChildOperations.Reverse())
                        if (child != dead) pending.Push(child);
                }
            }
            if (found is not null || readsOwner) Analyze(context, found ?? new List<TOperation>(0), readsOwner, scope, api, options);
        }
    }
}
