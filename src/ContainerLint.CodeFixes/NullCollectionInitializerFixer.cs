using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ContainerLint.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ContainerLint.CodeFixes
{
    /// <summary>
    /// CTL9005: <c>Binds = { … }</c> becomes <c>Binds = new List&lt;string&gt; { … }</c>: the concrete type of the
    /// property's declared interface (IList/ICollection/IEnumerable&lt;T&gt; → List&lt;T&gt;, IDictionary&lt;K,V&gt; → Dictionary&lt;K,V&gt;).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NullCollectionInitializerFixer)), Shared]
    public sealed class NullCollectionInitializerFixer : CodeFixProvider
    {
        private const string EquivalenceKey = RuleIds.NullCollectionInitializer + ".CreateCollection";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NullCollectionInitializer);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax
                    {
                        Right: InitializerExpressionSyntax initializer,
                    } assignment)
                    continue;
                var type = ConcreteType(model.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol, model, assignment.SpanStart);
                if (type is null) continue;
                var document = context.Document;
                context.RegisterCodeFix(CodeAction.Create("Create the collection with new", async ct =>
                {
                    var currentRoot = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
                    if (currentRoot?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax
                        {
                            Right: InitializerExpressionSyntax current,
                        })
                        return document;
                    var creation = SyntaxFactory.ObjectCreationExpression(
                            SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                            SyntaxFactory.ParseTypeName(type).WithAdditionalAnnotations(Simplifier.Annotation).WithTrailingTrivia(SyntaxFactory.Space),
                            null,
                            current.WithoutLeadingTrivia())
                        .WithLeadingTrivia(current.GetLeadingTrivia());
                    return document.WithSyntaxRoot(currentRoot.ReplaceNode(current, creation));
                }, EquivalenceKey), diagnostic);
            }
        }

        /// <summary>The fully qualified concrete collection for a property of type IList&lt;T&gt; / IDictionary&lt;K,V&gt; / ....</summary>
        private static string? ConcreteType(ISymbol? symbol, SemanticModel model, int position)
        {
            if (symbol is not IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } type }) return null;
            var arguments = new string[type.TypeArguments.Length];
            for (var i = 0; i < arguments.Length; i++) arguments[i] = type.TypeArguments[i].ToMinimalDisplayString(model, position);
            switch (type.OriginalDefinition.SpecialType)
            {
                case SpecialType.System_Collections_Generic_IList_T:
                case SpecialType.System_Collections_Generic_ICollection_T:
                case SpecialType.System_Collections_Generic_IEnumerable_T:
                    return FixSyntax.TypeName(model, position, "List", "System.Collections.Generic.List", "System.Collections.Generic.List`1") + "<" + arguments[0] + ">";
            }
            if (type.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IDictionary<TKey, TValue>")
                return FixSyntax.TypeName(model, position, "Dictionary", "System.Collections.Generic.Dictionary", "System.Collections.Generic.Dictionary`2") + "<" + arguments[0] + ", " + arguments[1] + ">";
            return null;
        }
    }
}
