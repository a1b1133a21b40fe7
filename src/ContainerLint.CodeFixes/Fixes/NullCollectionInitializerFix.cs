using System.Linq;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// CTL9005: <c>Binds = { … }</c> becomes <c>Binds = new List&lt;string&gt; { … }</c>: the concrete type of the
    /// property's declared interface (IList/ICollection/IEnumerable&lt;T&gt; → List&lt;T&gt;, IDictionary&lt;K,V&gt; → Dictionary&lt;K,V&gt;).
    /// The diagnostic carries no <see cref="FixIntent"/> (no rule of the model decides it), so this fix goes by its node.
    /// </summary>
    internal sealed class NullCollectionInitializerFix
    {
        public Edit? CreateEdit(SyntaxNode node) =>
            node is AssignmentExpressionSyntax { Right: InitializerExpressionSyntax }
                ? new Edit("Create the collection with new", Apply)
                : null;

        private static SyntaxNode? Apply(SyntaxNode root, SyntaxNode node, SemanticModel model)
        {
            if (node is not AssignmentExpressionSyntax { Right: InitializerExpressionSyntax initializer } assignment) return null;
            var type = ConcreteType(model.GetSymbolInfo(assignment.Left).Symbol, model, assignment.SpanStart);
            if (type is null) return null;
            var typeName = SyntaxFactory.ParseTypeName(type);
            if (!FixSyntax.UsingsAreConditional(model)) typeName = typeName.WithAdditionalAnnotations(Simplifier.Annotation);
            return root.ReplaceNode(initializer, Creating(initializer, typeName));
        }

        /// <summary>
        /// For a collection initializer CTL9005 reports (<c>CapAdd = { … }</c> on a Docker.DotNet model's collection, null until
        /// given one), the type of the collection its fix creates; null for any other initializer. A fix that changes the
        /// elements creates the collection too, so that the outcome does not depend on which of the two fixes runs first
        /// (audit 90 H90-10: <c>dotnet format</c> applies the rules' fixes in no fixed order).
        /// </summary>
        internal static TypeSyntax? CreatedType(InitializerExpressionSyntax initializer, SemanticModel model)
        {
            if (!initializer.IsKind(SyntaxKind.CollectionInitializerExpression)
                || initializer.Parent is not AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } assignment
                || assignment.Right != initializer
                || model.GetSymbolInfo(assignment.Left).Symbol is not IPropertySymbol property
                || !ContainerLint.Analyzers.NullCollectionInitializerAnalyzer.IsCollectionInterface(property.Type)
                || !ContainerLint.Analyzers.Reading.DockerApi.IsDockerModel(property.ContainingType)
                || !ContainerLint.Analyzers.Reading.DockerApi.IsDockerModel(model.GetTypeInfo(creation).Type)
                || ConcreteType(property, model, assignment.SpanStart) is not { } type)
                return null;
            var typeName = SyntaxFactory.ParseTypeName(type);
            return FixSyntax.UsingsAreConditional(model) ? typeName : typeName.WithAdditionalAnnotations(Simplifier.Annotation);
        }

        /// <summary>
        /// <c>{ … }</c> as <c>new <paramref name="type"/> { … }</c>, where the braces were. A brace on a line of its own keeps
        /// it: <c>new T</c> goes on a line before it, at its indent (audit 128 F128-5), as Allman-style code writes it.
        /// <paramref name="original"/> is the initializer in the document, where <paramref name="initializer"/> is a changed copy.
        /// </summary>
        internal static ObjectCreationExpressionSyntax Creating(InitializerExpressionSyntax initializer, TypeSyntax type, InitializerExpressionSyntax? original = null)
        {
            var leading = initializer.GetLeadingTrivia();
            var previous = (original ?? initializer).OpenBraceToken.GetPreviousToken();
            var startsLine = previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) || leading.Any(SyntaxKind.EndOfLineTrivia);
            var indent = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(leading.Last()) : default;
            var lineBreak = Removal.LineBreakIn(previous.TrailingTrivia.AddRange(leading));
            return SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                    type.WithTrailingTrivia(startsLine ? SyntaxFactory.TriviaList(lineBreak) : SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                    null,
                    initializer.WithLeadingTrivia(startsLine ? indent : default))
                .WithLeadingTrivia(leading);
        }

        /// <summary>The concrete collection for a property of type IList&lt;T&gt; / IDictionary&lt;K,V&gt; / ....</summary>
        private static string? ConcreteType(ISymbol? symbol, SemanticModel model, int position)
        {
            if (symbol is not IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } type }) return null;
            var arguments = new string[type.TypeArguments.Length];
            for (var i = 0; i < arguments.Length; i++) arguments[i] = FixSyntax.TypeDisplay(type.TypeArguments[i], model, position);
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
