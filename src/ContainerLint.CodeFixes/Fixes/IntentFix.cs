using System.Collections.Generic;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// Turns one family of <see cref="FixIntent"/>s (the analyzer passes the intent the rule chose in the diagnostic's
    /// properties) into a C# edit at the diagnostic's location.
    /// </summary>
    internal abstract class IntentFix
    {
        /// <summary>The intents this fix turns into edits.</summary>
        public abstract bool Handles(FixKind kind);

        /// <summary>
        /// The edit for one diagnostic, or null when the code at the location is not one this fix can rewrite.
        /// <paramref name="model"/> is the document's as the diagnostic was reported.
        /// </summary>
        public abstract Edit? CreateEdit(SyntaxNode node, FixKind kind, Diagnostic diagnostic, SemanticModel model);

        protected static string? Property(Diagnostic diagnostic, string key) =>
            diagnostic.Properties.TryGetValue(key, out var value) ? value : null;

        /// <summary>
        /// The values a finding stands for besides its own, which its fix changes with it (the diagnostic's additional locations:
        /// a value written again is reported once, <c>.WithPrivileged(true).WithPrivileged(true)</c>, <c>Privileged = true</c> then
        /// <c>if (x) hc.Privileged = true;</c>): the argument of a <c>WithPrivileged</c> call (also after <c>?.</c>), or all that a write gives a setting
        /// (also the element of a tuple a deconstruction gives it: <c>(hc.Privileged, x) = (true, 1)</c>).
        /// </summary>
        protected static List<ExpressionSyntax> Repeats(SyntaxNode node, Diagnostic diagnostic)
        {
            var repeats = new List<ExpressionSyntax>();
            if (diagnostic.AdditionalLocations.Count == 0) return repeats;
            var root = node.SyntaxTree.GetRoot();
            foreach (var location in diagnostic.AdditionalLocations)
                if (location.SourceTree == node.SyntaxTree && FixSyntax.Expression(root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)) is { } value
                    && (value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithPrivileged" } } } }
                        // b?.WithPrivileged(true)
                        || value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "WithPrivileged" } } } }
                        || value.Parent is AssignmentExpressionSyntax assignment && assignment.Right == value
                        || value.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax }))
                    repeats.Add(value);
            return repeats;
        }
    }

    /// <summary>One rewrite: its title, and the function that edits the tree.</summary>
    internal sealed class Edit
    {
        public Edit(string title, System.Func<SyntaxNode, SyntaxNode, SemanticModel, SyntaxNode?> apply, bool adds = false,
            System.Collections.Generic.IReadOnlyList<SyntaxNode>? related = null)
        {
            Title = title;
            Apply = apply;
            Adds = adds;
            Related = related ?? System.Array.Empty<SyntaxNode>();
        }

        public string Title { get; }

        /// <summary>
        /// Other nodes of the document as the diagnostic was reported that the edit changes too (the repeats a finding stands
        /// for): Fix All tracks them, so that <see cref="Apply"/> finds them in the root it is given (<see cref="Current"/>).
        /// </summary>
        public System.Collections.Generic.IReadOnlyList<SyntaxNode> Related { get; }

        /// <summary><paramref name="original"/> (one of <see cref="Related"/>) in <paramref name="root"/>; null when an earlier edit removed it.</summary>
        public static SyntaxNode? Current(SyntaxNode root, SyntaxNode original) =>
            original.SyntaxTree == root.SyntaxTree ? original : root.GetCurrentNode(original);

        /// <summary>Adds a setting (rather than changing or removing what is written): Fix All makes these edits first.</summary>
        public bool Adds { get; }

        /// <summary>(root, node at the diagnostic, semantic model) → the new root, or null to leave the document as it is.</summary>
        public System.Func<SyntaxNode, SyntaxNode, SemanticModel, SyntaxNode?> Apply { get; }
    }
}
