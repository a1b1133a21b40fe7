using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ContainerLint.CodeFixes
{
    /// <summary>
    /// A fixer for one family of <see cref="FixIntent"/>s: the analyzer passes the intent the rule chose in the
    /// diagnostic's properties; the fixer turns it into a C# edit at the diagnostic's location. Fix All uses the batch
    /// fixer, keyed by "<c>ID.Kind</c>".
    /// </summary>
    public abstract class IntentFixer : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            DiagnosticDescriptors.ContainerRules.Select(d => d.Id).ToImmutableArray();

        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <summary>The intents this fixer turns into edits.</summary>
        protected abstract bool Handles(FixKind kind);

        /// <summary>The edit for one diagnostic, or null when the code at the location is not one this fixer can rewrite.</summary>
        protected abstract Edit? CreateEdit(SyntaxNode node, FixKind kind, Diagnostic diagnostic);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!FixProperties.TryRead(diagnostic.Properties, out var kind) || !Handles(kind)) continue;
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var edit = CreateEdit(node, kind, diagnostic);
                if (edit is null) continue;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(edit.Title, ct => Apply(document, diagnostic.Location.SourceSpan, edit, ct), diagnostic.Id + "." + edit.Key),
                    diagnostic);
            }
        }

        private static async Task<Document> Apply(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, Edit edit, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            var newRoot = edit.Apply(root, node, model);
            return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
        }

        protected static string? Property(Diagnostic diagnostic, string key) =>
            diagnostic.Properties.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>One rewrite: its title, its equivalence key suffix, and the function that edits the tree.</summary>
    public sealed class Edit
    {
        public Edit(string title, string key, System.Func<SyntaxNode, SyntaxNode, SemanticModel, SyntaxNode?> apply)
        {
            Title = title;
            Key = key;
            Apply = apply;
        }

        public string Title { get; }
        public string Key { get; }
        /// <summary>(root, node at the diagnostic, semantic model) → the new root, or null to leave the document as it is.</summary>
        public System.Func<SyntaxNode, SyntaxNode, SemanticModel, SyntaxNode?> Apply { get; }
    }
}
