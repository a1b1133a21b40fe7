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

        /// <summary>The operation of an expression written in a collection expression's element or spread (Roslyn 4.8 has no operation for them).</summary>
        public static IOperation? Of(ExpressionSyntax expression, SemanticModel? model) => model?.GetOperation(Unwrapped(expression));
    }
}
