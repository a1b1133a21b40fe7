using ContainerLint.Findings;
using Microsoft.CodeAnalysis;

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
    }

    /// <summary>One rewrite: its title, and the function that edits the tree.</summary>
    internal sealed class Edit
    {
        public Edit(string title, System.Func<SyntaxNode, SyntaxNode, SemanticModel, SyntaxNode?> apply, bool adds = false)
        {
            Title = title;
            Apply = apply;
            Adds = adds;
        }

        public string Title { get; }

        /// <summary>Adds a setting (rather than changing or removing what is written): Fix All makes these edits first.</summary>
        public bool Adds { get; }

        /// <summary>(root, node at the diagnostic, semantic model) → the new root, or null to leave the document as it is.</summary>
        public System.Func<SyntaxNode, SyntaxNode, SemanticModel, SyntaxNode?> Apply { get; }
    }
}
