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
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var api = DockerApi.TryCreate(start.Compilation);
                if (api is not { HasDockerModels: true }) return;
                start.RegisterOperationAction(Analyze, OperationKind.MemberInitializer);
            });
        }

        private static void Analyze(OperationAnalysisContext context)
        {
            var initializer = (IMemberInitializerOperation)context.Operation;
            if (initializer.InitializedMember is not IPropertyReferenceOperation { Property: var property }
                || !DockerApi.IsDockerModel(property.ContainingType)
                || !IsCollectionInterface(property.Type)
                || initializer.Initializer.Initializers.Length == 0)
                return;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NullCollectionInitializer, initializer.Syntax.GetLocation(),
                "'" + property.Name + "' is null until assigned, so its collection initializer throws"));
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
            var name = named.OriginalDefinition.ToDisplayString();
            return name == "System.Collections.Generic.IDictionary<TKey, TValue>";
        }
    }
}
