using System.Collections.Generic;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
            if (value is null || FixSyntax.Expression(node) is not { } written || Usage.IsAssignedValueUsed(written, model)
                || Replacement(written, value, model) is null)
                return null;
            // The same value written again (p.User = "root"; then if (x) p.User = "root";) is reported once and changes with it.
            var repeats = Repeats(node, diagnostic).FindAll(repeat => !Usage.IsAssignedValueUsed(repeat, model));
            var shown = written.IsKind(SyntaxKind.TrueLiteralExpression) || written.IsKind(SyntaxKind.FalseLiteralExpression) ? value : FixTitles.Quoted(value);
            return new Edit(FixTitles.Replacement(written, shown), (root, found, current) =>
            {
                var expression = FixSyntax.Expression(found);
                if (expression is null || Replacement(expression, value, current) is not { } replacement) return null;
                if (repeats.Count > 0) return WithRepeats(root, expression, repeats, value, current);
                // const string admin = "root"; p.User = admin;: the local, read nowhere else, goes too (left, it would be
                // CS0219, an error under TreatWarningsAsErrors).
                if (Usage.OnlyUseOfLocal(expression, current) is { } declaration)
                {
                    var tracked = root.TrackNodes(expression, declaration);
                    var replaced = tracked.ReplaceNode(tracked.GetCurrentNode(expression)!, replacement.WithTriviaFrom(expression));
                    return replaced.GetCurrentNode(declaration) is { } local ? FixSyntax.Remove(replaced, local) : null;
                }
                return root.ReplaceNode(expression, replacement.WithTriviaFrom(expression));
            }, related: repeats);
        }

        /// <summary>The literal of <paramref name="value"/> for the type <paramref name="expression"/> is given as (a flag, a string); null for another type.</summary>
        private static ExpressionSyntax? Replacement(ExpressionSyntax expression, string value, SemanticModel model)
        {
            var type = model.GetTypeInfo(expression).ConvertedType;
            var isBool = type is { SpecialType: SpecialType.System_Boolean }
                || type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;
            if (isBool && bool.TryParse(value, out var flag)) return FixSyntax.BoolLiteral(flag);
            // A value without a type (null ?? throw ..., code that does not compile) says nothing of the setting's: a string
            // written there went into a flag (audit 145 Z145-5).
            if (type is { SpecialType: SpecialType.System_String })
            {
                if (expression is LiteralExpressionSyntax literal && FixSyntax.IsStringLiteral(literal)) return LiteralForm.WithValue(literal, value);
                // $"root", $$"""root""": an interpolated string of text alone keeps its form too (audit 90 H90-5).
                if (expression is InterpolatedStringExpressionSyntax { Contents: { Count: 1 } contents } interpolated
                    && contents[0] is InterpolatedStringTextSyntax text && LiteralForm.WithValue(text, value) is { } newText)
                    return interpolated.ReplaceNode(text, newText);
                return FixSyntax.StringLiteral(value);
            }
            return null;
        }

        /// <summary>
        /// <paramref name="expression"/> and the <paramref name="repeats"/> still in <paramref name="root"/> set to the value, and
        /// the locals only they read gone (as for one value).
        /// </summary>
        private static SyntaxNode WithRepeats(SyntaxNode root, ExpressionSyntax expression, List<ExpressionSyntax> repeats, string value, SemanticModel model)
        {
            var values = new List<(ExpressionSyntax Node, ExpressionSyntax Replacement)>();
            foreach (var repeat in repeats)
                if (Edit.Current(root, repeat) is ExpressionSyntax present && Replacement(present, value, model) is { } replacement) values.Add((present, replacement));
            values.Add((expression, Replacement(expression, value, model)!));
            var nodes = values.ConvertAll(v => v.Node);
            var unused = Usage.OnlyUsesOfLocals(nodes, model);
            var tracked = root.TrackNodes(System.Linq.Enumerable.Concat<SyntaxNode>(nodes, unused));
            foreach (var (node, replacement) in values)
                if (tracked.GetCurrentNode(node) is { } current) tracked = tracked.ReplaceNode(current, replacement.WithTriviaFrom(current));
            foreach (var declaration in unused)
                if (tracked.GetCurrentNode(declaration) is { } local) tracked = FixSyntax.Remove(tracked, local) ?? tracked;
            return tracked;
        }
    }
}
