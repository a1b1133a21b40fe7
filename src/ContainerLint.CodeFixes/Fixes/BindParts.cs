using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// A <c>Binds</c> string built from parts (<c>Root + ":/host"</c>, <c>$"{Root}:/host"</c>): where <c>:ro</c> goes,
    /// when every part is a literal or a constant, so that the whole bind is known. The edit is made in the last part
    /// when the mode lies there, else appended after it; a part that is not a literal is never rewritten.
    /// </summary>
    internal static class BindParts
    {
        public static Plan? ReadOnlyEdit(ExpressionSyntax expression, SemanticModel model)
        {
            var parts = Parts(expression);
            if (parts is null || parts.Count < 2) return null;
            var text = new StringBuilder();
            foreach (var part in parts)
            {
                var value = part is LiteralExpressionSyntax or InterpolatedStringTextSyntax
                    ? LiteralText(part)
                    : model.GetConstantValue(part is InterpolationSyntax interpolation ? interpolation.Expression : part).Value as string;
                if (value is null) return null;
                text.Append(value);
            }
            var bind = text.ToString();
            var fixedBind = MakeReadOnlyFix.ReadOnlyBind(bind);
            var last = parts[parts.Count - 1];
            var lastText = LiteralText(last);
            if (lastText is not null)
            {
                var lastStart = bind.Length - lastText.Length;
                if (CommonPrefix(bind, fixedBind) >= lastStart) return new Plan(parts.Count - 1, fixedBind.Substring(lastStart), append: false);
            }
            return fixedBind.StartsWith(bind, System.StringComparison.Ordinal)
                ? new Plan(parts.Count - 1, fixedBind.Substring(bind.Length), append: true)
                : null;
        }

        /// <summary>
        /// The parts of a concatenation of strings (left to right) or of an interpolated string with neither alignment nor
        /// format; null for anything else.
        /// </summary>
        private static List<SyntaxNode>? Parts(ExpressionSyntax expression)
        {
            var parts = new List<SyntaxNode>();
            switch (expression)
            {
                case InterpolatedStringExpressionSyntax interpolated:
                    if (!interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken)) return null;
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolationSyntax { AlignmentClause: not null } or InterpolationSyntax { FormatClause: not null }) return null;
                        parts.Add(content);
                    }
                    return parts;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    var operand = (ExpressionSyntax)binary;
                    while (operand is BinaryExpressionSyntax add && add.IsKind(SyntaxKind.AddExpression))
                    {
                        parts.Insert(0, add.Right);
                        operand = add.Left;
                    }
                    parts.Insert(0, operand);
                    return parts;
                default:
                    return null;
            }
        }

        /// <summary>The text of a plain literal part: one whose source text is its value (no escapes, not verbatim).</summary>
        private static string? LiteralText(SyntaxNode part) => part switch
        {
            LiteralExpressionSyntax literal when FixSyntax.IsStringLiteral(literal) && literal.Token.Text == "\"" + literal.Token.ValueText + "\"" => literal.Token.ValueText,
            InterpolatedStringTextSyntax text when text.TextToken.Text == text.TextToken.ValueText => text.TextToken.ValueText,
            _ => null,
        };

        private static int CommonPrefix(string a, string b)
        {
            var i = 0;
            while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
            return i;
        }

        /// <summary>Replace the text of part <see cref="Part"/>, or append text after it.</summary>
        internal sealed class Plan
        {
            public Plan(int part, string text, bool append)
            {
                Part = part;
                Text = text;
                Append = append;
            }

            public int Part { get; }
            public string Text { get; }
            public bool Append { get; }

            public ExpressionSyntax? Apply(ExpressionSyntax expression)
            {
                var parts = Parts(expression);
                if (parts is null || parts.Count != Part + 1) return null;
                var part = parts[Part];
                if (expression is InterpolatedStringExpressionSyntax interpolated)
                {
                    if (Append)
                        return interpolated.AddContents(TextPart(Text));
                    return part is InterpolatedStringTextSyntax ? interpolated.ReplaceNode(part, TextPart(Text).WithTriviaFrom(part)) : null;
                }
                if (Append)
                    return SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, expression.WithoutTrailingTrivia(),
                            FixSyntax.Token(SyntaxKind.PlusToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                            FixSyntax.StringLiteral(Text))
                        .WithTrailingTrivia(expression.GetTrailingTrivia());
                return part is LiteralExpressionSyntax ? expression.ReplaceNode(part, FixSyntax.StringLiteral(Text).WithTriviaFrom(part)) : null;
            }

            /// <summary>Text inside <c>$"..."</c>: what the bind fix writes (a mode) has no brace or quote to escape.</summary>
            private static InterpolatedStringTextSyntax TextPart(string text) =>
                SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.InterpolatedStringTextToken, text, text, SyntaxFactory.TriviaList()));
        }
    }
}
