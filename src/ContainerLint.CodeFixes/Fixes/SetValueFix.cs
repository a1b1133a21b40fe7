using ContainerLint.Analyzers.Reporting;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// Replaces a value with the one the rule asks for: <c>User = "root"</c> becomes the configured
    /// <c>containerlint.non_root_user</c>, <c>ReadonlyRootfs = false</c> becomes <c>true</c>.
    /// </summary>
    internal sealed class SetValueFix : IntentFix
    {
        public override bool Handles(FixKind kind) => kind == FixKind.SetValue;

        public override Edit? CreateEdit(SyntaxNode node, FixKind kind, Diagnostic diagnostic, SemanticModel model)
        {
            var value = Property(diagnostic, FixProperties.Value);
            // Not in Log(p.User = "root") or a = p.User = "root": the other use would change too.
            if (value is null || FixSyntax.Expression(node) is not { } written || Usage.IsAssignedValueUsed(written, model)) return null;
            return new Edit("Set to '" + value + "'", (root, found, current) =>
            {
                var expression = FixSyntax.Expression(found);
                if (expression is null) return null;
                var type = current.GetTypeInfo(expression).ConvertedType;
                var isBool = type is { SpecialType: SpecialType.System_Boolean }
                    || type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;
                Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax replacement;
                if (isBool && bool.TryParse(value, out var flag)) replacement = FixSyntax.BoolLiteral(flag);
                else if (type is null || type.SpecialType == SpecialType.System_String) replacement = FixSyntax.StringLiteral(value);
                else return null;
                // const string admin = "root"; p.User = admin;: the local, read nowhere else, goes too (left, it would be
                // CS0219, an error under TreatWarningsAsErrors).
                if (Usage.OnlyUseOfLocal(expression, current) is { } declaration)
                {
                    var tracked = root.TrackNodes(expression, declaration);
                    var replaced = tracked.ReplaceNode(tracked.GetCurrentNode(expression)!, replacement.WithTriviaFrom(expression));
                    return replaced.GetCurrentNode(declaration) is { } local ? FixSyntax.Remove(replaced, local) : null;
                }
                return root.ReplaceNode(expression, replacement.WithTriviaFrom(expression));
            });
        }
    }
}
