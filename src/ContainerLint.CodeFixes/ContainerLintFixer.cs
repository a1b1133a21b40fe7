using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Catalog;
using ContainerLint.CodeFixes.Fixes;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

        /// <summary>
        /// The rules whose findings never carry a fix (rules.md): a mounted runtime socket has no safe form (read-only does not
        /// help), and which capability an unknown name meant is the user's to say. Declared fixable, <c>dotnet format
        /// analyzers --diagnostics</c> would count them as fixes that failed.
        /// </summary>
        private static readonly string[] RulesWithoutFix = { RuleIds.RuntimeSocket, RuleIds.UnknownCapability };

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            DiagnosticDescriptors.ContainerRules.Select(d => d.Id).Except(RulesWithoutFix).Append(RuleIds.NullCollectionInitializer).ToImmutableArray();

        /// <summary>
        /// Fix All applies a document's fixes one after the other, each on the document the previous one left. The batch
        /// fixer applies each to the original and merges the text changes, which goes wrong exactly where fixes meet:
        /// removing two neighbouring elements deletes the comma between them twice (a conflict, so one fix is dropped),
        /// and removing every element of <c>new[] { ... }</c> needs to know it removes the last one. Settings are added
        /// before anything is removed: <c>new[] { "seccomp=unconfined" }</c> that gets <c>no-new-privileges:true</c> and
        /// loses its element stays a <c>new[]</c> (emptied first, it would need its type spelled out).
        /// </summary>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var originalModel = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || originalModel is null) return document;
            var fixes = new List<(SyntaxNode Node, Diagnostic Diagnostic, Edit Edit)>();
            foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (CreateEdit(node, diagnostic, originalModel) is { } edit) fixes.Add((node, diagnostic, edit));
            }
            if (fixes.Count == 0) return document;
            var tracked = document.WithSyntaxRoot(root.TrackNodes(fixes.SelectMany(f => f.Edit.Related.Prepend(f.Node))));
            var current = tracked;
            foreach (var (node, diagnostic, edit) in fixes.OrderBy(f => f.Edit.Adds ? 0 : 1))
            {
                var currentRoot = await current.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var model = await current.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                if (currentRoot is null || model is null) continue;
                if (currentRoot.GetCurrentNode(node) is { } found)
                {
                    if (TryApply(edit, currentRoot, found, model) is { } newRoot) current = current.WithSyntaxRoot(newRoot);
                    continue;
                }
                // An earlier fix rewrote the value (two rules' fixes on one literal: "size=10m,suid,dev" gets nosuid, then
                // nodev): the edit is made again on what is there now, where the value still starts; gone when an earlier
                // fix removed what held it (an entry inside a removed statement).
                var changes = await current.GetTextChangesAsync(tracked, context.CancellationToken).ConfigureAwait(false);
                if (Moved(node, changes, currentRoot) is { } rewritten && CreateEdit(rewritten, diagnostic, model) is { } again
                    && TryApply(again, currentRoot, rewritten, model) is { } fixedAgain)
                    current = current.WithSyntaxRoot(fixedAgain);
            }
            return current;
        }

        /// <summary>
        /// What <paramref name="original"/> became, when the <paramref name="changes"/> made since rewrote text inside it only
        /// (a literal given another value): the node of its kind that starts where it started, moved by the changes before
        /// it. Null when a change reached across its bounds or inserted text at its start: then it was removed or something
        /// else took its place (the next element of a list).
        /// </summary>
        private static SyntaxNode? Moved(SyntaxNode original, IEnumerable<Microsoft.CodeAnalysis.Text.TextChange> changes, SyntaxNode root)
        {
            var start = original.SpanStart;
            var shift = 0;
            foreach (var change in changes.OrderBy(c => c.Span.Start))
            {
                if (change.Span.Start >= original.Span.End) break;
                if (change.Span.End <= start && change.Span.Start < start)
                    shift += change.NewText!.Length - change.Span.Length;
                else if (change.Span.Start < start || change.Span.End > original.Span.End || change.Span.Length == 0 && change.Span.Start == start)
                    return null;
            }
            var position = start + shift;
            if (position < 0 || position >= root.FullSpan.End) return null;
            return root.FindToken(position).Parent?.AncestorsAndSelf().FirstOrDefault(n => n.SpanStart == position && n.RawKind == original.RawKind);
        }

        /// <summary>
        /// Offers a fix only when it can be made: the edit is made here, on the document as it is, and an edit that
        /// comes to nothing is not offered.
        /// </summary>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (CreateEdit(node, diagnostic, model) is not { } edit || TryApply(edit, root, node, model) is not { } newRoot) continue;
                var changed = document.WithSyntaxRoot(newRoot);
                context.RegisterCodeFix(CodeAction.Create(edit.Title, _ => Task.FromResult(changed), EquivalenceKey), diagnostic);
            }
        }

        private static Edit? CreateEdit(SyntaxNode node, Diagnostic diagnostic, SemanticModel model)
        {
            if (diagnostic.Id == RuleIds.NullCollectionInitializer) return NullCollectionFix.CreateEdit(node);
            if (!FixProperties.TryRead(diagnostic.Properties, out var kind)) return null;
            // A value something else reads too is not the fix's to change (adding a setting changes only the HostConfig).
            if (kind != FixKind.AddSetting && FixSyntax.Expression(node) is { } value && Usage.IsInSharedLocal(value, model)) return null;
            foreach (var fix in IntentFixes)
                if (fix.Handles(kind))
                    return fix.CreateEdit(node, kind, diagnostic, model);
            return null;
        }

        /// <summary>
        /// The edit, or null when it cannot be made. An edit that throws is one the fixer failed to foresee: it must cost
        /// only its own site, not the Fix All of its rule over the whole project (dotnet format drops a rule's every fix
        /// when one throws) nor an error in the IDE. So is an edit that would take a preprocessor directive or the text of
        /// a branch not compiled with it (one held inside a removed statement): the other configurations would no longer
        /// compile, or lose code the compiler never showed the analyzer (audit 42 CL-11).
        /// </summary>
        private static SyntaxNode? TryApply(Edit edit, SyntaxNode root, SyntaxNode node, SemanticModel model)
        {
            try
            {
                return edit.Apply(root, node, model) is { } newRoot && KeepsDirectives(root, newRoot) && !EditsMisreadList(root, newRoot) ? newRoot : null;
            }
            catch (System.Exception ex) when (ex is not System.OperationCanceledException)
            {
                SwallowedExceptions.Record(root.SyntaxTree, ex);
                return null;
            }
        }

        /// <summary>Whether <paramref name="after"/> has the directives and disabled text of <paramref name="before"/>, in order (moved between lines or not).</summary>
        private static bool KeepsDirectives(SyntaxNode before, SyntaxNode after) =>
            !before.ContainsDirectives || ConditionalText(before).SequenceEqual(ConditionalText(after));

        /// <summary>
        /// Whether the edit changes a list the parser read past a missing closing bracket: Roslyn 5 reads a <c>;</c> typed
        /// where an initializer's <c>}</c> is still missing (<c>new HostConfig { IpcMode = "host" ;</c>) as a separator of its
        /// items, and the method's <c>}</c> as the initializer's. An item removed with its separator took the user's <c>;</c>,
        /// and an item added went after the method's brace (audit 102 F102-6): until the code is written out, no fix edits such a list,
        /// nor the items of an object initializer with an item still being typed (<see cref="HasItemBeingTyped"/>; an edit inside
        /// one of its other items, a nested initializer, is made: audit 153 R153-3).
        /// </summary>
        private static bool EditsMisreadList(SyntaxNode before, SyntaxNode after)
        {
            var changes = after.SyntaxTree.GetChanges(before.SyntaxTree);
            // An item being typed need not be a syntax error ({ Privileged = true, IpcMode } is the compiler's CS0747): the
            // initializers around each change are asked.
            foreach (var change in changes)
                for (var node = before.FindToken(change.Span.Start).Parent; node is not null; node = node.Parent)
                    if (node is InitializerExpressionSyntax list && HasItemBeingTyped(list) && list.FullSpan.IntersectsWith(change.Span)
                        && !list.Expressions.Any(item => !IsBeingTyped(item) && item.Span.Contains(change.Span)))
                        return true;
            if (!before.ContainsDiagnostics) return false;
            var misread = before.DescendantNodes().Where(n => n switch
            {
                InitializerExpressionSyntax initializer => HasOtherSeparator(initializer.Expressions),
                CollectionExpressionSyntax collection => HasOtherSeparator(collection.Elements),
                _ => false,
            }).Select(n => n.FullSpan).ToList();
            return misread.Count > 0 && changes.Any(change => misread.Any(list => list.IntersectsWith(change.Span)));
        }

        /// <summary>
        /// <c>new HostConfig { Privileged = true, = "host" }</c>, <c>{ Privileged = true, IpcMode }</c>: an object initializer item
        /// whose name or value is still to be typed. Removing another item changed the compiler's error (CS1525 to CS0117, a
        /// member named '': audit 148 H148-5; CS0747 to CS1922: audit 153 R153-4).
        /// </summary>
        private static bool HasItemBeingTyped(InitializerExpressionSyntax initializer) =>
            initializer.IsKind(SyntaxKind.ObjectInitializerExpression) && initializer.Expressions.Any(IsBeingTyped);

        private static bool IsBeingTyped(ExpressionSyntax item) =>
            item is not AssignmentExpressionSyntax || item is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.IsMissing: true } };

        private static bool HasOtherSeparator<TNode>(SeparatedSyntaxList<TNode> list) where TNode : SyntaxNode =>
            list.GetSeparators().Any(separator => !separator.IsKind(SyntaxKind.CommaToken));

        private static IEnumerable<string> ConditionalText(SyntaxNode root) =>
            root.DescendantTrivia().Where(t => t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia)).Select(t => t.ToFullString().Trim());
    }
}
