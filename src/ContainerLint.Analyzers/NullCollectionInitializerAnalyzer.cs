using System.Collections.Immutable;
using ContainerLint.Analyzers.Reading;
using ContainerLint.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers
{
    /// <summary>
    /// CTL9005: <c>new HostConfig { Binds = { "..." } }</c> calls <c>Add</c> on the property's current value, and
    /// Docker.DotNet model collections are null until assigned, so this throws NullReferenceException at run time.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NullCollectionInitializerAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.NullCollectionInitializer);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is not analyzed. Every diagnostic lies in the code being analyzed, so none can be in generated
            // code: leaving out the filter spares the compiler a search of each reported file for [GeneratedCode].
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                // Only the gate: the check itself knows Docker.DotNet models by namespace and assembly.
                if (DockerApi.ForCompilation(start.Compilation, testcontainers: false) is null) return;
                start.RegisterOperationAction(Analyze, OperationKind.MemberInitializer);
            });
        }

        private static void Analyze(OperationAnalysisContext context)
        {
            var initializer = (IMemberInitializerOperation)context.Operation;
            if (initializer.Initializer.Initializers.Length == 0
                || initializer.InitializedMember is not IPropertyReferenceOperation { Property: var property }
                || !IsCollectionInterface(property.Type)
                || !DockerApi.IsDockerModel(property.ContainingType)
                || IsInClassOfTheProject(initializer))
                return;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NullCollectionInitializer, initializer.Syntax.GetLocation(),
                "the initializer adds to '" + property.Name + "'"));
        }

        /// <summary>
        /// Whether the object initialized is created as a class derived from a model (<c>new AppHostConfig { Binds = { ... } }</c>,
        /// also through a nested initializer, <c>new MyParams { HostConfig = { Binds = { ... } } }</c>): its constructor may
        /// create the collections, and replacing them, as the fix does, would drop what it put there.
        /// </summary>
        private static bool IsInClassOfTheProject(IMemberInitializerOperation initializer)
        {
            IOperation? current = initializer.Parent;
            while (current is IObjectOrCollectionInitializerOperation or IMemberInitializerOperation) current = current.Parent;
            return current is IObjectCreationOperation { Type: { } type } && !DockerApi.IsDockerModel(type);
        }

        /// <summary>The collection interfaces Docker.DotNet models declare (IList&lt;T&gt;, IDictionary&lt;K,V&gt;, ...).</summary>
        public static bool IsCollectionInterface(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol { IsGenericType: true, TypeKind: TypeKind.Interface } named) return false;
            switch (named.OriginalDefinition.SpecialType)
            {
                case SpecialType.System_Collections_Generic_IList_T:
                case SpecialType.System_Collections_Generic_ICollection_T:
                case SpecialType.System_Collections_Generic_IEnumerable_T:
                    return true;
            }
            return named is { Name: "IDictionary", Arity: 2 }
                && named.ContainingNamespace is { Name: "Generic" } generic
                && generic.ContainingNamespace is { Name: "Collections" } collections
                && collections.ContainingNamespace is { Name: "System" } system
                && system.ContainingNamespace is { IsGlobalNamespace: true };
        }
    }
}
