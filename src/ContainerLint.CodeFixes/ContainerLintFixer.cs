using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Catalog;
using ContainerLint.CodeFixes.Fixes;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.CodeFixes
{
    /// <summary>
    /// The code fixes of every ContainerLint diagnostic: the <see cref="FixIntent"/> the rule chose (in the
    /// diagnostic's properties) picks the <see cref="IntentFix"/> that rewrites the C#.
    /// </summary>
    /// <remarks>
    /// One provider with one equivalence key, rather than one provider per fix kind, because
    /// <c>dotnet format analyzers</c> asks a provider for its Fix All key with the first diagnostic of any selected ID
    /// (dotnet/sdk dotnet-format SolutionCodeFixApplier): a provider that cannot fix that diagnostic returns no key and
    /// the rule is skipped. With one key, Fix All still fixes exactly the IDs in its context (in the IDE, the ID of the
    /// diagnostic the lightbulb was opened on), and every diagnostic has exactly one fix.
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ContainerLintFixer)), Shared]
    public sealed class ContainerLintFixer : CodeFixProvider
    {
        public const string EquivalenceKey = "ContainerLint.Fix";

        private static readonly IntentFix[] IntentFixes =
        {
            new RemoveEntryFix(), new SetValueFix(), new MakeReadOnlyFix(), new MountOptionFix(), new AddSettingFix(),
        };

        private static readonly NullCollectionInitializerFix NullCollectionFix = new NullCollectionInitializerFix();

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            DiagnosticDescriptors.ContainerRules.Select(d => d.Id).Append(RuleIds.NullCollectionInitializer).ToImmutableArray();

        /// <summary>
        /// Fix All applies a document's fixes one after the other, each on the document the previous one left. The batch
        /// fixer applies each to the original and merges the text changes, which goes wrong exactly where fixes meet:
        /// removing two neighbouring elements deletes the comma between them twice (a conflict, so one fix is dropped),
        /// and removing every element of <c>new[] { ... }</c> needs to know it removes the last one.
        /// </summary>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return document;
            var fixes = new List<(SyntaxNode Node, Edit Edit)>();
            foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (CreateEdit(node, diagnostic) is { } edit) fixes.Add((node, edit));
            }
            if (fixes.Count == 0) return document;
            var current = document.WithSyntaxRoot(root.TrackNodes(fixes.Select(f => f.Node)));
            foreach (var (node, edit) in fixes)
            {
                var currentRoot = await current.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var model = await current.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                // Gone when an earlier fix removed what held it (an entry inside a removed statement).
                if (currentRoot?.GetCurrentNode(node) is not { } found || model is null) continue;
                if (edit.Apply(currentRoot, found, model) is { } newRoot) current = current.WithSyntaxRoot(newRoot);
            }
            return current;
        }

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var edit = CreateEdit(node, diagnostic);
                if (edit is null) continue;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(edit.Title, ct => Apply(document, diagnostic.Location.SourceSpan, edit, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        private static Edit? CreateEdit(SyntaxNode node, Diagnostic diagnostic)
        {
            if (diagnostic.Id == RuleIds.NullCollectionInitializer) return NullCollectionFix.CreateEdit(node);
            if (!FixProperties.TryRead(diagnostic.Properties, out var kind)) return null;
            foreach (var fix in IntentFixes)
                if (fix.Handles(kind))
                    return fix.CreateEdit(node, kind, diagnostic);
            return null;
        }

        private static async Task<Document> Apply(Document document, TextSpan span, Edit edit, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            var newRoot = edit.Apply(root, node, model);
            return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
        }
    }
}
