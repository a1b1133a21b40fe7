using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// Removes what a finding is about: a collection element, an <c>Add(...)</c> statement, an object-initializer
    /// assignment or an assignment statement, or a <c>WithPrivileged(true)</c> call from its fluent chain. Where the
    /// value cannot be removed (one branch of a <c>?:</c>), a <c>true</c> flag is set to <c>false</c>.
    /// </summary>
    internal sealed class RemoveEntryFix : IntentFix
    {
        public override bool Handles(FixKind kind) => kind == FixKind.RemoveEntry;

        public override Edit? CreateEdit(SyntaxNode node, FixKind kind, Diagnostic diagnostic)
        {
            var expression = FixSyntax.Expression(node);
            if (expression is null) return null;
            var removable = RemovableNode(expression);
            if (removable is not null)
                return new Edit(Title(removable), (root, found, model) =>
                {
                    var target = FixSyntax.Expression(found) is { } e ? RemovableNode(e) : null;
                    return target switch
                    {
                        null => null,
                        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call =>
                            root.ReplaceNode(call, access.Expression.WithTrailingTrivia(call.GetTrailingTrivia())),
                        ExpressionSyntax { Parent: InitializerExpressionSyntax { Expressions.Count: 1, Parent: ImplicitArrayCreationExpressionSyntax array } } =>
                            RemoveLastElement(root, array, model),
                        _ => FixSyntax.Remove(root, target),
                    };
                });
            if (expression.IsKind(SyntaxKind.TrueLiteralExpression))
                return new Edit("Set to false", (root, found, _) =>
                    FixSyntax.Expression(found) is { } e ? root.ReplaceNode(e, FixSyntax.BoolLiteral(false).WithTriviaFrom(e)) : null);
            return null;
        }

        /// <summary>
        /// <c>new[] { "ALL" }</c> loses its only element: <c>new[] { }</c> does not compile (no element to infer the type
        /// from, CS0826), so the element type is spelled out: <c>new string[] { }</c>.
        /// </summary>
        private static SyntaxNode? RemoveLastElement(SyntaxNode root, ImplicitArrayCreationExpressionSyntax array, SemanticModel model)
        {
            if (model.GetTypeInfo(array).Type is not IArrayTypeSymbol { Rank: 1 } type || type.ElementType.TypeKind == TypeKind.Error) return null;
            var elementType = SyntaxFactory.ParseTypeName(type.ElementType.ToMinimalDisplayString(model, array.SpanStart));
            var initializer = array.Initializer.WithExpressions(default);
            var explicitArray = SyntaxFactory.ArrayCreationExpression(
                    array.NewKeyword.TrailingTrivia.Count == 0 ? array.NewKeyword.WithTrailingTrivia(SyntaxFactory.Space) : array.NewKeyword,
                    SyntaxFactory.ArrayType(elementType, SyntaxFactory.SingletonList(
                        SyntaxFactory.ArrayRankSpecifier(array.OpenBracketToken, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxFactory.OmittedArraySizeExpression()), array.CloseBracketToken))),
                    initializer)
                .WithTriviaFrom(array);
            return root.ReplaceNode(array, explicitArray);
        }

        private static string Title(SyntaxNode removable) => removable is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            ? "Remove " + access.Name.Identifier.ValueText + "(...)"
            : "Remove the entry";

        /// <summary>The node whose removal removes the value, or null when removing it would not make sense.</summary>
        private static SyntaxNode? RemovableNode(ExpressionSyntax expression)
        {
            switch (expression.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
                    when call.Expression is MemberAccessExpressionSyntax access:
                    var name = access.Name.Identifier.ValueText;
                    if (name == "WithPrivileged") return call;
                    // Add(item), Insert(index, item): the statement adds just that entry.
                    if (name is "Add" or "Insert" && call.Parent is ExpressionStatementSyntax statement) return statement;
                    return null;
                case InitializerExpressionSyntax list when !list.IsKind(SyntaxKind.ObjectInitializerExpression):
                    return expression;
                case ExpressionElementSyntax element:
                    return element;
                case AssignmentExpressionSyntax assignment when assignment.Right == expression:
                    if (assignment.Parent is InitializerExpressionSyntax initializer && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
                        return assignment;
                    if (assignment.Parent is ExpressionStatementSyntax assignmentStatement) return assignmentStatement;
                    return null;
                default:
                    // Add(...) statements are reported at the whole call.
                    if (expression is InvocationExpressionSyntax && expression.Parent is ExpressionStatementSyntax addStatement) return addStatement;
                    return null;
            }
        }
    }
}
