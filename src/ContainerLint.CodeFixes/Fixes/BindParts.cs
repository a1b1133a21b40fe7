using System.Collections.Generic;
using System.Text;
using ContainerLint.Analyzers.Reading;
using ContainerLint.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// A <c>Binds</c> string built from parts (<c>Root + ":/host"</c>, <c>$"{Root}:/host"</c>): where <c>:ro</c> goes,
    /// when every part is a literal or a constant, so that the whole bind is known. The edit is made in the last part
    /// when the mode lies there, else appended after it; a part that is not a literal is never rewritten. So is a bind
    /// that is a constant's name alone (<see cref="ReadOnlySuffixOfName"/>).
    /// </summary>
    internal static class BindParts
    {
        public static Plan? ReadOnlyEdit(ExpressionSyntax expression, SemanticModel model)
        {
            var parts = Parts(expression);
            if (parts is null || parts.Count == 0) return null;
            var text = new StringBuilder();
            foreach (var part in parts)
            {
                if (PartValue(part, model) is not { } value) return null;
                text.Append(value);
            }
            var bind = text.ToString();
            var fixedBind = MakeReadOnlyFix.ReadOnlyBind(bind);
            var last = parts[parts.Count - 1];
            var lastText = EditableText(last);
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
        /// A bind that is the name of a constant alone (<c>Binds = [ProcBind]</c>, <c>hc.Binds.Add(Paths.ProcBind)</c>): a <c>const</c>
        /// field or local, or a <c>static readonly</c> field whose initializer the analyzer reads (<see cref="SyntaxConstants"/>).
        /// The text that makes it read-only when added after the name: <c>":ro"</c>, or <c>",ro"</c> after a mode
        /// (<c>:z</c>, <c>:rshared</c>), so that the constant, which other code may share, stays as it is. Null when the mode has
        /// to change (<c>:rw</c> becomes <c>:ro</c>, which only an edit of the constant could write) or the value is not known.
        /// </summary>
        public static string? ReadOnlySuffixOfName(ExpressionSyntax expression, SemanticModel model)
        {
            if (!IsName(expression)) return null;
            var value = model.GetSymbolInfo(expression).Symbol switch
            {
                IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true } => model.GetConstantValue(expression).Value as string,
                IFieldSymbol { IsStatic: true, IsReadOnly: true } field => SyntaxConstants.StaticReadonlyValue(field) as string,
                _ => null,
            };
            return ReadOnlySuffix(value);
        }

        /// <summary>
        /// A bind that is the name of a local that is not a constant (<c>var bind = "/proc:/p"; ... Binds = [bind]</c>), whose
        /// value the analyzer read at that use and gave with the diagnostic (<see cref="FixProperties.LocalValue"/>): the text
        /// that makes it read-only when added after the name, as for a constant's name (<see cref="ReadOnlySuffixOfName"/>), so
        /// that the local, which other uses may read, keeps its value. Null without that value, or for an <c>rw</c> mode.
        /// </summary>
        public static string? ReadOnlySuffixOfLocal(ExpressionSyntax expression, Diagnostic diagnostic, SemanticModel model) =>
            expression is IdentifierNameSyntax && diagnostic.Properties.TryGetValue(FixProperties.LocalValue, out var value)
            && model.GetSymbolInfo(expression).Symbol is ILocalSymbol { IsConst: false }
                ? ReadOnlySuffix(value)
                : null;

        /// <summary>What to add after a bind <paramref name="value"/> to make it read-only (<c>":ro"</c>, <c>",ro"</c>); null when the mode has to change or the value is no bind.</summary>
        private static string? ReadOnlySuffix(string? value)
        {
            // SOURCE:TARGET at least: anything else is no bind.
            if (value is null || value.IndexOf(':') < 0) return null;
            var fixedBind = MakeReadOnlyFix.ReadOnlyBind(value);
            return fixedBind.Length > value.Length && fixedBind.StartsWith(value, System.StringComparison.Ordinal) ? fixedBind.Substring(value.Length) : null;
        }

        /// <summary>A name (<c>ProcBind</c>, <c>Paths.ProcBind</c>) that <see cref="ReadOnlySuffixOfName"/> may add to.</summary>
        public static bool IsName(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax || expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } access && access.IsKind(SyntaxKind.SimpleMemberAccessExpression);

        /// <summary>
        /// <paramref name="expression"/> + <paramref name="text"/>, in parentheses where the expression is an operand of
        /// something that would otherwise take only the name (a cast, a member access).
        /// </summary>
        public static ExpressionSyntax Appended(ExpressionSyntax expression, string text)
        {
            var sum = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, expression.WithoutTrivia(),
                FixSyntax.Token(SyntaxKind.PlusToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                FixSyntax.StringLiteral(text));
            ExpressionSyntax result = TakesAnyExpression(expression) ? sum : SyntaxFactory.ParenthesizedExpression(sum);
            return result.WithTriviaFrom(expression);
        }

        /// <summary>Whether <paramref name="expression"/> stands where a sum needs no parentheses (an element, an argument, a branch, a value given).</summary>
        private static bool TakesAnyExpression(ExpressionSyntax expression) => expression.Parent switch
        {
            ArgumentSyntax or ExpressionElementSyntax or InitializerExpressionSyntax or EqualsValueClauseSyntax or ParenthesizedExpressionSyntax
                or ArrowExpressionClauseSyntax or ReturnStatementSyntax or SwitchExpressionArmSyntax => true,
            AssignmentExpressionSyntax assignment => assignment.Right == expression,
            ConditionalExpressionSyntax conditional => conditional.WhenTrue == expression || conditional.WhenFalse == expression,
            BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) => coalesce.Right == expression,
            _ => false,
        };

        /// <summary>
        /// The parts of a concatenation of strings (left to right) or of an interpolated string with neither alignment nor
        /// format (also one with no holes, <c>$"/etc:/e"</c>, and a verbatim or one-line raw one: <see cref="LiteralForm.HasEditableText"/>);
        /// null for anything else.
        /// </summary>
        internal static List<SyntaxNode>? Parts(ExpressionSyntax expression)
        {
            var parts = new List<SyntaxNode>();
            switch (expression)
            {
                case InterpolatedStringExpressionSyntax interpolated:
                    if (!LiteralForm.HasEditableText(interpolated)) return null;
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

        /// <summary>The value of a part: a string literal's in any form (<c>@"/root/.ssh"</c>, raw), a text's (<see cref="LiteralForm.TextValue"/>: one brace for <c>{{</c>), a constant's; null when not known.</summary>
        internal static string? PartValue(SyntaxNode part, SemanticModel model) => part switch
        {
            LiteralExpressionSyntax literal => FixSyntax.IsStringLiteral(literal) ? literal.Token.ValueText : null,
            InterpolatedStringTextSyntax text => LiteralForm.TextValue(text),
            InterpolationSyntax interpolation => HoleText(model.GetConstantValue(interpolation.Expression).Value),
            _ => model.GetConstantValue(part).Value as string,
        };

        /// <summary>
        /// What a constant in a hole writes, as the analyzer reads it: a string, a character, a whole number that is not
        /// negative as its digits (<c>$"size={N}m"</c>); null for anything else (a negative number's sign depends on the culture).
        /// </summary>
        private static string? HoleText(object? constant) => constant switch
        {
            string text => text,
            char character => character.ToString(),
            byte or sbyte or short or ushort or int or uint or long or ulong when System.Convert.ToDecimal(constant, System.Globalization.CultureInfo.InvariantCulture) >= 0 =>
                System.Convert.ToString(constant, System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };

        /// <summary>
        /// The value of a part the fix may rewrite: a string literal or the text of an interpolated string, written again in its
        /// form with the escapes that do not change kept (<see cref="LiteralForm"/>): <c>$"{Root}:/r\x3Arw"</c> becomes
        /// <c>$"{Root}:/r\x3Aro"</c>.
        /// </summary>
        private static string? EditableText(SyntaxNode part) => part switch
        {
            LiteralExpressionSyntax literal when FixSyntax.IsStringLiteral(literal) => literal.Token.ValueText,
            InterpolatedStringTextSyntax text => LiteralForm.TextValue(text),
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
                    var rewritten = Append ? interpolated.AddContents(LiteralForm.InterpolatedText(Text))
                        : part is InterpolatedStringTextSyntax text && LiteralForm.WithValue(text, Text) is { } written ? interpolated.ReplaceNode(part, written)
                        : null;
                    // A raw string's text may not end in a quote.
                    return rewritten is not null && LiteralForm.Parses(rewritten) ? rewritten : null;
                }
                if (Append)
                    return SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, expression.WithoutTrailingTrivia(),
                            FixSyntax.Token(SyntaxKind.PlusToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                            FixSyntax.StringLiteral(Text))
                        .WithTrailingTrivia(expression.GetTrailingTrivia());
                return part is LiteralExpressionSyntax literal ? expression.ReplaceNode(part, LiteralForm.WithValue(literal, Text).WithTriviaFrom(part)) : null;
            }
        }
    }
}
