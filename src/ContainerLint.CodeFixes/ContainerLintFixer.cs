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

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
