using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.Analyzers.Reading
{
    internal static class OperationSyntax
    {
        /// <summary>
        /// The expression inside parentheses and <c>!</c>: C# binds neither to an operation of its own (the operand's
        /// operation keeps the operand's syntax), so <see cref="SemanticModel.GetOperation"/> of <c>("SYS_ADMIN")</c> or
        /// <c>"SYS_ADMIN"!</c> is null, and of the literal inside them is the literal.
        /// </summary>
        public static ExpressionSyntax Unwrapped(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        break;
                    case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        expression = suppressed.Operand;
                        break;
                    default:
                        return expression;
                }
            }
        }

        /// <summary>
        /// The node with the parentheses and <c>!</c> around it, which give the same value: the outward counterpart of
        /// <see cref="Unwrapped"/> (<c>(hc)</c> for <c>hc</c> of <c>(hc).Privileged</c>, <c>(b.WithName("x"))</c> for the call).
        /// </summary>
        public static SyntaxNode WithSameValueAround(SyntaxNode node)
        {
            while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
                node = node.Parent;
            return node;
        }

        /// <summary>The operation of an expression written in a collection expression's element or spread (Roslyn 4.8 has no operation for them).</summary>
        public static IOperation? Of(ExpressionSyntax expression, SemanticModel? model) => model?.GetOperation(Unwrapped(expression));
    }
}
