using System.Collections.Generic;
using System.Linq;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// Removes what a finding is about: a collection element, an <c>Add(...)</c> statement, an object-initializer
    /// assignment or an assignment statement, or a <c>WithPrivileged(true)</c> call from its fluent chain. Where the
    /// value cannot be removed (one branch of a <c>?:</c>), a <c>true</c> flag is set to <c>false</c>.
    /// </summary>
    internal sealed class RemoveEntryFix : IntentFix
    {
        public override bool Handles(FixKind kind) => kind == FixKind.RemoveEntry;

        public override Edit? CreateEdit(SyntaxNode node, FixKind kind, Diagnostic diagnostic, SemanticModel model)
        {
            var expression = FixSyntax.Expression(node);
            if (expression is null) return null;
            var removable = RemovableNode(expression);
            // The values the finding stands for too (.WithPrivileged(true).WithPrivileged(true), a repeat under an if, Privileged = true
            // written again): they go with it, or are set to false with it, so that none is left behind.
            var repeats = Repeats(node, diagnostic);
            var going = new HashSet<ExpressionSyntax>(repeats) { expression };
            // hc.Privileged = true; after new HostConfig { Privileged = true } or on the branch of an if that replaces it:
            // without the write, the earlier value is what that path gets (unless it goes too). A true is set to false instead;
            // anything else is not fixed (the finding would only move to the earlier value).
            if (removable is ExpressionStatementSyntax statement && Written(statement) is { } written && IsWrittenBefore(written, model, going))
                removable = null;
            // builder.WithPrivileged(true) on a ContainerBuilder<TBuilder, ...> or an IContainerBuilder<TBuilder, ...> returns
            // TBuilder: without the call the expression has another type (CS0266). The flag is set to false instead.
            if (removable is InvocationExpressionSyntax invocation && IsWithPrivilegedCall(invocation) && !CanRemoveCall(invocation, model))
                removable = null;
            // A function's expression body goes only where the function returns nothing (an Action<T>, not a Func<T, string>);
            // a WithPrivileged call leaves its receiver there (RemoveCall).
            if (removable is ExpressionSyntax body && !IsWithPrivilegedCall(body) && IsFunctionBody(body) && !IsDiscarded(body, model))
                removable = null;
            foreach (var repeat in repeats)
                if (!CanRemoveRepeat(repeat, model, going))
                    removable = null;
            var createdList = removable is ExpressionSyntax { Parent: InitializerExpressionSyntax list }
                ? NullCollectionInitializerFix.CreatedType(list, model)
                : null;
            if (removable is not null)
                return new Edit(FixTitles.Removal(removable, expression), (root, found, current) =>
                {
                    // The locals only the values that go read (const string mode = "host"; written twice), found before anything goes.
                    var unused = repeats.Count == 0 ? null : Usage.OnlyUsesOfLocals(Present(root, found, repeats), current);
                    if (ChangeRepeats(root, found, repeats, (r, repeat) => RemovableNode(repeat) switch
                        {
                            InvocationExpressionSyntax call when IsWithPrivilegedCall(call) => RemoveCall(r, call),
                            { } statementOrMember => FixSyntax.Remove(r, statementOrMember),
                            null => null,
                        }, unused) is not var (withoutRepeats, moved))
                        return null;
                    (root, found) = (withoutRepeats, moved);
                    var value = FixSyntax.Expression(found);
                    var target = value is null ? null : RemovableNode(value);
                    return target switch
                    {
                        null => null,
                        InvocationExpressionSyntax call when IsWithPrivilegedCall(call) => RemoveCall(root, call),
                        ExpressionSyntax { Parent: InitializerExpressionSyntax { Expressions.Count: 1, Parent: ImplicitArrayCreationExpressionSyntax array } } element =>
                            RemoveLastElement(root, array, element, current),
                        StatementSyntax statement when repeats.Count == 0 && Usage.OnlyUseOfLocal(value!, current) is { } declaration =>
                            RemoveWithDeclaration(root, statement, declaration),
                        ExpressionSyntax { Parent: InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression, Parent: AssignmentExpressionSyntax } list } element
                            when createdList is not null => RemoveCreatingList(root, list, element, createdList),
                        _ => FixSyntax.Remove(root, target),
                    };
                }, related: repeats);
            // Set to false only where the value is the setting's alone (not also Flag's in Flag = hc.Privileged = true).
            if (expression.IsKind(SyntaxKind.TrueLiteralExpression) && !Usage.IsAssignedValueUsed(expression, model))
            {
                var toFalse = repeats.FindAll(repeat => repeat.IsKind(SyntaxKind.TrueLiteralExpression) && !Usage.IsAssignedValueUsed(repeat, model));
                return new Edit(FixTitles.Replacement(expression, "false"), (root, found, _) =>
                {
                    if (ChangeRepeats(root, found, toFalse, (r, repeat) => r.ReplaceNode(repeat, FixSyntax.BoolLiteral(false).WithTriviaFrom(repeat)))
                        is not var (withFalse, moved))
                        return null;
                    (root, found) = (withFalse, moved);
                    if (FixSyntax.Expression(found) is not { } e) return null;
                    // debug ? true : false would become debug ? false : false: the whole conditional is false then.
                    if (WholeChoiceBecomesFalse(e) is { } choice)
                        return root.ReplaceNode(choice, FixSyntax.BoolLiteral(false).WithTriviaFrom(choice));
                    return root.ReplaceNode(e, FixSyntax.BoolLiteral(false).WithTriviaFrom(e));
                }, related: repeats);
            }
            return null;
        }

        /// <summary>
        /// Whether a value the finding stands for can go with it: a <c>WithPrivileged</c> call (<see cref="CanRemoveCall"/>), an
        /// object initializer's assignment, or an assignment statement that no write before it gives the setting other than those
        /// <paramref name="going"/> too (<see cref="IsWrittenBefore"/>).
        /// </summary>
        private static bool CanRemoveRepeat(ExpressionSyntax repeat, SemanticModel model, HashSet<ExpressionSyntax> going) => RemovableNode(repeat) switch
        {
            InvocationExpressionSyntax call => call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithPrivileged" } && CanRemoveCall(call, model),
            ExpressionStatementSyntax statement when Written(statement) is { } written => !IsWrittenBefore(written, model, going),
            AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } => true,
            _ => false,
        };

        /// <summary>The value at <paramref name="found"/> and the <paramref name="repeats"/> still in <paramref name="root"/>.</summary>
        private static List<ExpressionSyntax> Present(SyntaxNode root, SyntaxNode found, List<ExpressionSyntax> repeats)
        {
            var values = new List<ExpressionSyntax>(repeats.Count + 1);
            if (FixSyntax.Expression(found) is { } value) values.Add(value);
            foreach (var repeat in repeats)
                if (Edit.Current(root, repeat) is ExpressionSyntax present) values.Add(present);
            return values;
        }

        /// <summary>
        /// <paramref name="root"/> with <paramref name="change"/> made to each of the <paramref name="repeats"/> still in it, and
        /// without the <paramref name="unused"/> declarations (of <paramref name="root"/>) when given; <paramref name="found"/>
        /// there; null when an edit took <paramref name="found"/> away.
        /// </summary>
        private static (SyntaxNode Root, SyntaxNode Found)? ChangeRepeats(SyntaxNode root, SyntaxNode found, List<ExpressionSyntax> repeats,
            System.Func<SyntaxNode, ExpressionSyntax, SyntaxNode?> change, List<LocalDeclarationStatementSyntax>? unused = null)
        {
            if (repeats.Count == 0) return (root, found);
            var present = new List<SyntaxNode>();
            foreach (var repeat in repeats)
                if (Edit.Current(root, repeat) is { } node) present.Add(node);
            var declarations = unused ?? new List<LocalDeclarationStatementSyntax>();
            root = root.TrackNodes(present.Concat(declarations).Append(found));
            foreach (var node in present)
                if (root.GetCurrentNode(node) is ExpressionSyntax repeat) root = change(root, repeat) ?? root;
            foreach (var declaration in declarations)
                if (root.GetCurrentNode(declaration) is { } local) root = FixSyntax.Remove(root, local) ?? root;
            return root.GetCurrentNode(found) is { } moved ? (root, moved) : null;
        }

        /// <summary>
        /// Whether the chain without the call still compiles: it keeps its type (see <see cref="KeepsType"/>), and where
        /// its value is discarded (<c>b.WithPrivileged(true);</c>, <c>=> b.WithPrivileged(true)</c> in a void method) what is
        /// left can stand as a statement (<c>b;</c> cannot: CS0201) or, in a statement of its own that has no other effect,
        /// goes with that statement (see <see cref="RemoveCall"/>).
        /// </summary>
        private static bool CanRemoveCall(InvocationExpressionSyntax call, SemanticModel model) =>
            KeepsType(call, model)
            && (call.Expression is not MemberAccessExpressionSyntax { Expression: var receiver }
                || IsStatementExpression(receiver)
                || call.Parent is ExpressionStatementSyntax && HasNoSideEffects(receiver)
                || !IsDiscarded(call, model));

        /// <summary>Whether the value of <paramref name="call"/> is not used: a statement, or the body of a function that returns nothing.</summary>
        private static bool IsDiscarded(ExpressionSyntax call, SemanticModel model)
        {
            if (call.Parent is ExpressionStatementSyntax or ForStatementSyntax) return true;
            var function = call.Parent switch
            {
                ArrowExpressionClauseSyntax { Parent: BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax } arrow =>
                    model.GetDeclaredSymbol(arrow.Parent!) as IMethodSymbol,
                AnonymousFunctionExpressionSyntax lambda when lambda.Body == call => model.GetSymbolInfo(lambda).Symbol as IMethodSymbol,
                _ => null,
            };
            return function is not null && (function.ReturnsVoid || function.IsAsync && function.ReturnType is INamedTypeSymbol { IsGenericType: false });
        }

        /// <summary>An expression C# takes as a statement (CS0201 otherwise).</summary>
        private static bool IsStatementExpression(ExpressionSyntax expression) => expression is InvocationExpressionSyntax
            or BaseObjectCreationExpressionSyntax or AssignmentExpressionSyntax or AwaitExpressionSyntax
            || expression.IsKind(SyntaxKind.PreIncrementExpression) || expression.IsKind(SyntaxKind.PreDecrementExpression)
            || expression.IsKind(SyntaxKind.PostIncrementExpression) || expression.IsKind(SyntaxKind.PostDecrementExpression);

        /// <summary>
        /// Whether removing the call leaves an expression of the same type: builder.WithPrivileged(true) on a
        /// ContainerBuilder&lt;TBuilder, ...&gt; or an IContainerBuilder&lt;TBuilder, ...&gt; returns TBuilder, and without the call the
        /// expression would have another type (CS0266).
        /// </summary>
        private static bool KeepsType(InvocationExpressionSyntax call, SemanticModel model) =>
            call.Expression is not MemberAccessExpressionSyntax chained
            || SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(call).Type, model.GetTypeInfo(chained.Expression).Type);

        /// <summary>
        /// The chain without the call; <c>b = b.WithPrivileged(true);</c>, which would become <c>b = b;</c> (CS1717), goes whole,
        /// and so does <c>b.WithPrivileged(true);</c>, which would become <c>b;</c> (CS0201).
        /// </summary>
        private static SyntaxNode? RemoveCall(SyntaxNode root, InvocationExpressionSyntax call)
        {
            (root, call) = FixSyntax.WithDocumentationCommentsOnTheirLines(root, call);
            return RemoveCallFromItsLine(root, call);
        }

        private static SyntaxNode? RemoveCallFromItsLine(SyntaxNode root, InvocationExpressionSyntax call) => call switch
        {
            // A comment after the '.' or before the name (a chain written with trailing dots: new ContainerBuilder(). // c)
            // belongs to a line that stays: no fix rather than lose it (audit 90 H90-11).
            { Expression: MemberAccessExpressionSyntax access } when access.OperatorToken.TrailingTrivia.Any(IsComment) || access.Name.GetLeadingTrivia().Any(IsComment) =>
                null,
            { Expression: MemberAccessExpressionSyntax access, Parent: ExpressionStatementSyntax statement } when !IsStatementExpression(access.Expression) =>
                FixSyntax.Remove(root, statement),
            { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver }, Parent: AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned, Parent: ExpressionStatementSyntax statement } assignment }
                when assignment.Right == call && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && receiver.Identifier.ValueText == assigned.Identifier.ValueText =>
                FixSyntax.Remove(root, statement),
            { Expression: MemberAccessExpressionSyntax access } when EndsLine(access.Expression.GetTrailingTrivia()) => RemoveStartingLine(root, call, access),
            // .WithImage("alpine").WithPrivileged(true): what followed the call now follows the call before it.
            { Expression: MemberAccessExpressionSyntax access } => root.ReplaceNode(call, access.Expression.WithTrailingTrivia(BetweenOnTheLine(call, access))),
            _ => null,
        };

        /// <summary>
        /// What stays between the call before <paramref name="call"/> and what follows it on their line: the comments between them
        /// (<c>.WithImage("a") /* c */ .WithPrivileged(true)</c>) and the spaces after them, but before the end of the chain
        /// (<c>;</c>, <c>)</c>); without comments, what followed the call.
        /// </summary>
        private static SyntaxTriviaList BetweenOnTheLine(InvocationExpressionSyntax call, MemberAccessExpressionSyntax access)
        {
            var after = call.GetTrailingTrivia();
            var between = access.Expression.GetTrailingTrivia().AddRange(access.OperatorToken.LeadingTrivia);
            if (!between.Any(IsComment)) return after;
            if (between.Last().IsKind(SyntaxKind.WhitespaceTrivia)) after = SyntaxFactory.TriviaList(after.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
            var kept = between.AddRange(after);
            var next = call.GetLastToken().GetNextToken(includeZeroWidth: true);
            return next.IsKind(SyntaxKind.DotToken) || next.IsKind(SyntaxKind.QuestionToken)
                ? kept
                : SyntaxFactory.TriviaList(kept.Reverse().SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
        }

        /// <summary>
        /// The chain without <paramref name="call"/>, which starts a line. The lines above the call stay, on what follows it:
        /// comment lines (they usually head a group of calls), blank lines, preprocessor directives and disabled text (audit 42
        /// CL-02, CL-11). A call alone on its line takes the line with it, its end-of-line comment included (it is about the
        /// call). A call with more code after it on its line (<c>.WithPrivileged(true).WithName("dind")</c>) leaves that code
        /// there, with the call's indent. A call that ends the chain (<c>.WithPrivileged(true);</c>) has the <c>;</c> join
        /// the call before (see <see cref="EndingTheChain"/>), unless directives lie between them (that call may not be compiled
        /// in another configuration): the <c>;</c> then stays where it was.
        /// </summary>
        private static SyntaxNode RemoveStartingLine(SyntaxNode root, InvocationExpressionSyntax call, MemberAccessExpressionSyntax access)
        {
            var next = call.GetLastToken().GetNextToken(includeZeroWidth: true);
            var above = access.OperatorToken.LeadingTrivia;
            var after = call.GetTrailingTrivia();
            SyntaxTriviaList moved;
            var endsChain = !EndsLine(after) && !next.IsKind(SyntaxKind.DotToken) && !next.IsKind(SyntaxKind.QuestionToken);
            // A comment before the call on its line (/* c */ .WithPrivileged(true)) stays, as a line of its own (audit 94 N94-1).
            if (EndsLine(after)) moved = Removal.KeptAbove(above, Removal.LineBreakIn(after));
            else if (endsChain && IsBlank(above) && IsBlank(access.Expression.GetTrailingTrivia()))
                return root.ReplaceNode(call, access.Expression.WithTrailingTrivia(after));
            else if (endsChain && !above.Any(t => t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia)) && EndingTheChain(root, call, access, next) is { } joined)
                return joined;
            else
                moved = above.AddRange(after.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
            return root.ReplaceSyntax(new[] { call }, (_, _) => access.Expression, new[] { next },
                (_, token) => token.WithLeadingTrivia(moved.AddRange(token.LeadingTrivia)),
                Enumerable.Empty<SyntaxTrivia>(), (_, trivia) => trivia);
        }

        /// <summary>
        /// The chain without its last call, which starts a line below the call before it, with comments between them: what
        /// follows the call on its line (<c>;</c>) joins the call before, as it would have been written without the call, and the
        /// comments stay after it in their order: the one ending the line before on that line, the comment lines above the call
        /// (with the blank lines among them), then those of the removed line on a line of their own, with its indent. Null
        /// when the line does not end before the end of the file.
        /// </summary>
        private static SyntaxNode? EndingTheChain(SyntaxNode root, InvocationExpressionSyntax call, MemberAccessExpressionSyntax access, SyntaxToken next)
        {
            var end = next;
            while (!EndsLine(end.TrailingTrivia))
            {
                end = end.GetNextToken(includeZeroWidth: true);
                if (end.IsKind(SyntaxKind.None) || end.IsKind(SyntaxKind.EndOfFileToken)) return null;
            }
            var following = end.GetNextToken(includeZeroWidth: true);
            if (following.IsKind(SyntaxKind.None)) return null;
            var above = access.OperatorToken.LeadingTrivia;
            var lines = Removal.LinesAbove(above);
            var indent = above.Skip(lines.Count).TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToList();
            var removedLine = SyntaxFactory.TriviaList(above.Skip(lines.Count)).AddRange(call.GetTrailingTrivia()).AddRange(OnItsLine(end.TrailingTrivia));
            if (!lines.Any(IsComment)) lines = default;
            if (!end.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia)) return null;
            var lineBreak = end.TrailingTrivia.First(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var kept = lines;
            if (removedLine.Any(IsComment))
            {
                var comments = removedLine.SkipWhile(t => !IsComment(t)).Reverse().SkipWhile(t => !IsComment(t)).Reverse().ToList();
                kept = kept.AddRange(indent).AddRange(comments);
                if (!comments[comments.Count - 1].IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)) kept = kept.Add(lineBreak);
            }
            var endOfLine = OnItsLine(access.Expression.GetTrailingTrivia());
            endOfLine = SyntaxFactory.TriviaList(endOfLine.Reverse().SkipWhile(t => !IsComment(t)).Reverse());
            if (!endOfLine.Any(SyntaxKind.SingleLineDocumentationCommentTrivia)) endOfLine = endOfLine.Add(lineBreak);
            return root.ReplaceSyntax(new[] { call }, (_, _) => access.Expression.WithoutTrailingTrivia(), new[] { end, following },
                (original, token) => original == end ? token.WithTrailingTrivia(endOfLine) : token.WithLeadingTrivia(kept.AddRange(token.LeadingTrivia)),
                Enumerable.Empty<SyntaxTrivia>(), (_, trivia) => trivia);
        }

        /// <summary>A trailing trivia without its line break (the comment and spaces ending a line).</summary>
        private static SyntaxTriviaList OnItsLine(SyntaxTriviaList trailing) =>
            SyntaxFactory.TriviaList(trailing.TakeWhile(t => !t.IsKind(SyntaxKind.EndOfLineTrivia)));

        private static bool IsComment(SyntaxTrivia trivia) => FixSyntax.IsComment(trivia);

        private static bool IsBlank(SyntaxTriviaList trivia) =>
            trivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia));

        /// <summary>
        /// The <c>?:</c> or <c>switch</c> expression whose every other branch is <c>false</c> already, when its condition
        /// can go without changing what the code does (names, member accesses, literals and operators on them: no call).
        /// </summary>
        private static ExpressionSyntax? WholeChoiceBecomesFalse(ExpressionSyntax value)
        {
            switch (value.Parent)
            {
                case ConditionalExpressionSyntax conditional when IsFalse(conditional.WhenTrue == value ? conditional.WhenFalse : conditional.WhenTrue)
                    && HasNoSideEffects(conditional.Condition):
                    return conditional;
                case SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax choice } arm when HasNoSideEffects(choice.GoverningExpression):
                    foreach (var other in choice.Arms)
                        if (other != arm && (!IsFalse(other.Expression) || other.WhenClause is not null)) return null;
                    return arm.WhenClause is null ? choice : null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Whether the property <paramref name="write"/> assigns is written before it in the same function (an object
        /// initializer, another assignment), other than on a branch that excludes it (<c>if (x) hc.PidMode = "";
        /// else hc.PidMode = "host";</c>: without the else's write, the if's does not run there). Any object's write of that
        /// property counts, but for one of the values <paramref name="going"/> with it: the fix does not follow locals.
        /// </summary>
        private static bool IsWrittenBefore(AssignmentExpressionSyntax write, SemanticModel model, HashSet<ExpressionSyntax> going)
        {
            if (model.GetSymbolInfo(write.Left).Symbol is not IPropertySymbol property) return false;
            var function = write.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax
                or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or GlobalStatementSyntax);
            // Top-level statements are one function: the writes of those before count.
            if (function is GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }) function = unit;
            if (function is null) return false;
            // An earlier write may be compiled in one configuration and not in another (#if NET10_0_OR_GREATER), and the fix
            // must be one text in all (audit 56 S1): there, as if one were.
            if (FixSyntax.HasConditionalCodeBefore(function, write)) return true;
            foreach (var earlier in function.DescendantNodes(n => n.SpanStart < write.SpanStart).OfType<AssignmentExpressionSyntax>())
            {
                if (earlier.SpanStart >= write.SpanStart || earlier == write) continue;
                var name = earlier.Left switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                    _ => null,
                };
                if (name != property.Name || going.Contains(earlier.Right) || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(earlier.Left).Symbol, property)) continue;
                if (!AreExclusive(earlier, write)) return true;
            }
            return false;
        }

        /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> lie on branches of which only one runs (if/else, switch sections, ?:).</summary>
        private static bool AreExclusive(SyntaxNode a, SyntaxNode b)
        {
            SyntaxNode child = a;
            // The first node that holds both: the branch that holds a (child) does not hold b.
            for (var parent = a.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (!parent.Span.Contains(b.Span)) continue;
                return parent switch
                {
                    IfStatementSyntax ifStatement => ifStatement.Statement == child && ifStatement.Else is { } other && other.Span.Contains(b.Span),
                    SwitchStatementSyntax => child is SwitchSectionSyntax section && !section.Span.Contains(b.Span),
                    ConditionalExpressionSyntax conditional => conditional.Condition != child && !conditional.Condition.Span.Contains(b.Span),
                    _ => false,
                };
            }
            return false;
        }

        private static bool IsFalse(ExpressionSyntax expression) => expression.IsKind(SyntaxKind.FalseLiteralExpression);

        private static bool HasNoSideEffects(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax or LiteralExpressionSyntax or ThisExpressionSyntax => true,
            MemberAccessExpressionSyntax access => HasNoSideEffects(access.Expression),
            ParenthesizedExpressionSyntax parenthesized => HasNoSideEffects(parenthesized.Expression),
            PrefixUnaryExpressionSyntax unary => unary.IsKind(SyntaxKind.LogicalNotExpression) && HasNoSideEffects(unary.Operand),
            BinaryExpressionSyntax binary => HasNoSideEffects(binary.Left) && HasNoSideEffects(binary.Right),
            _ => false,
        };

        /// <summary>
        /// <paramref name="element"/> removed from a collection initializer on a Docker.DotNet collection that is null until given
        /// one (CTL9005), with the collection created around what is left, as CTL9005's fix would (<see
        /// cref="NullCollectionInitializerFix.CreatedType"/>): whichever fix runs first, the outcome is the same.
        /// </summary>
        private static SyntaxNode? RemoveCreatingList(SyntaxNode root, InitializerExpressionSyntax list, ExpressionSyntax element, TypeSyntax type)
        {
            var marked = new SyntaxAnnotation();
            var created = NullCollectionInitializerFix.Creating(list.ReplaceNode(element, element.WithAdditionalAnnotations(marked)), type, list);
            var withList = root.ReplaceNode(list, created);
            return FixSyntax.Remove(withList, withList.GetAnnotatedNodes(marked).Single());
        }

        /// <summary>
        /// <c>new[] { "ALL" }</c> loses its only element: <c>new[] { }</c> does not compile (no element to infer the type
        /// from, CS0826), so the element type is spelled out: <c>new string[] { }</c>.
        /// </summary>
        private static SyntaxNode? RemoveLastElement(SyntaxNode root, ImplicitArrayCreationExpressionSyntax array, ExpressionSyntax element, SemanticModel model)
        {
            if (model.GetTypeInfo(array).Type is not IArrayTypeSymbol { Rank: 1 } type || type.ElementType.TypeKind == TypeKind.Error) return null;
            var elementType = SyntaxFactory.ParseTypeName(FixSyntax.TypeDisplay(type.ElementType, model, array.SpanStart));
            var tracked = root.TrackNodes(array, element);
            if (tracked.GetCurrentNode(element) is not { } currentElement) return null;
            var emptied = FixSyntax.Remove(tracked, currentElement);
            if (emptied?.GetCurrentNode(array) is not { } empty) return null;
            var explicitArray = SyntaxFactory.ArrayCreationExpression(
                    empty.NewKeyword.TrailingTrivia.Count == 0 ? empty.NewKeyword.WithTrailingTrivia(SyntaxFactory.Space) : empty.NewKeyword,
                    SyntaxFactory.ArrayType(elementType, SyntaxFactory.SingletonList(
                        SyntaxFactory.ArrayRankSpecifier(empty.OpenBracketToken, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxFactory.OmittedArraySizeExpression()), empty.CloseBracketToken))),
                    empty.Initializer)
                .WithTriviaFrom(empty);
            return emptied.ReplaceNode(empty, explicitArray);
        }

        /// <summary><c>var cap = "SYS_ADMIN"; hc.CapAdd.Add(cap);</c> loses both statements: the local has no other use.</summary>
        private static SyntaxNode? RemoveWithDeclaration(SyntaxNode root, StatementSyntax statement, LocalDeclarationStatementSyntax declaration)
        {
            var tracked = root.TrackNodes(statement, declaration);
            if (tracked.GetCurrentNode(statement) is not { } current || FixSyntax.Remove(tracked, current) is not { } withoutStatement) return null;
            return withoutStatement.GetCurrentNode(declaration) is { } unused && FixSyntax.Remove(withoutStatement, unused) is { } withoutLocal
                ? withoutLocal
                : withoutStatement;
        }

        private static bool EndsLine(SyntaxTriviaList trivia) =>
            trivia.Any(SyntaxKind.EndOfLineTrivia) || trivia.Any(SyntaxKind.SingleLineDocumentationCommentTrivia);

        /// <summary>The assignment a statement is, also through <c>?.</c> accesses (<c>p.HostConfig?.PidMode = "host";</c>, C# 14).</summary>
        private static AssignmentExpressionSyntax? Written(ExpressionStatementSyntax statement) =>
            FixSyntax.PastNullConditionals(statement.Expression) as AssignmentExpressionSyntax;

        /// <summary>A <c>WithPrivileged(...)</c> call, which goes from its chain (<see cref="RemoveCall"/>).</summary>
        private static bool IsWithPrivilegedCall(ExpressionSyntax expression) =>
            expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithPrivileged" } };

        /// <summary>Whether <paramref name="expression"/> is all the body of a lambda, method, local function or accessor (<c>=> ...</c>).</summary>
        private static bool IsFunctionBody(ExpressionSyntax expression) =>
            expression.Parent is LambdaExpressionSyntax lambda && lambda.ExpressionBody == expression
            || expression.Parent is ArrowExpressionClauseSyntax { Parent: BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax };

        /// <summary>The call (or C# 14 assignment) with the <c>?.</c> accesses it is made through (<c>hc.CapAdd?.Add(x)</c> for <c>.Add(x)</c>).</summary>
        private static ExpressionSyntax WholeCall(ExpressionSyntax call)
        {
            while (call.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == call) call = access;
            return call;
        }

        /// <summary>A call made through <c>?.</c> accesses, however nested (<c>hc?.MaskedPaths?.Clear()</c>).</summary>
        private static bool IsCallThroughNullConditionals(ExpressionSyntax expression)
        {
            for (var depth = 0; depth < 16 && expression is ConditionalAccessExpressionSyntax access; depth++)
            {
                if (access.WhenNotNull is InvocationExpressionSyntax) return true;
                expression = access.WhenNotNull;
            }
            return false;
        }

        /// <summary>Whether the receiver of an <c>Add</c> also assigns (<c>(hc.CapAdd ??= new List&lt;string&gt;()).Add(x)</c>).</summary>
        private static bool AssignsInReceiver(ExpressionSyntax receiver) =>
            receiver.DescendantNodesAndSelf().Any(n => n is AssignmentExpressionSyntax);

        /// <summary>The node whose removal removes the value, or null when removing it would not make sense.</summary>
        private static SyntaxNode? RemovableNode(ExpressionSyntax value)
        {
            // ("SYS_ADMIN"), "host"!, (string)"SYS_PTRACE": the entry is the value with what it is written in.
            var expression = FixSyntax.WrittenAround(value);
            switch (expression.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
                    when call.Expression is MemberAccessExpressionSyntax access:
                    var name = access.Name.Identifier.ValueText;
                    if (name == "WithPrivileged") return call;
                    // Add(item), Insert(index, item): the statement adds just that entry (also hc?.CapAdd.Add(item)); not when
                    // the list it adds to is given in it too ((hc.CapAdd ??= new List<string>()).Add(item)): the statement
                    // does more than add, and without it an earlier list or HostConfig would come back.
                    if (name is "Add" or "Insert" && !AssignsInReceiver(access.Expression) && WholeCall(call).Parent is ExpressionStatementSyntax statement)
                        return statement;
                    // p => p.HostConfig.CapAdd.Add("SYS_ADMIN"), void AddMore() => hc.CapAdd.Add("SYS_RAWIO"): the body (audit 56 Q2).
                    if (name is "Add" or "Insert" && !AssignsInReceiver(access.Expression) && IsFunctionBody(WholeCall(call))) return WholeCall(call);
                    return null;
                // hc.CapAdd?.Add(item): the statement that is just that call, as for hc.CapAdd.Add(item), or the body that is
                // (p => p.HostConfig.CapAdd?.Add(item), audit 60 X5).
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } call } }
                    when binding.Name.Identifier.ValueText is "Add" or "Insert" && WholeCall(call) != call:
                    if (WholeCall(call).Parent is ExpressionStatementSyntax bound) return bound;
                    return IsFunctionBody(WholeCall(call)) ? WholeCall(call) : null;
                case InitializerExpressionSyntax list when !list.IsKind(SyntaxKind.ObjectInitializerExpression):
                    return expression;
                case ExpressionElementSyntax element:
                    return element;
                case AssignmentExpressionSyntax assignment when assignment.Right == expression:
                    if (assignment.Parent is InitializerExpressionSyntax initializer && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
                        return assignment;
                    // Also hc?.PidMode = "host"; (C# 14).
                    if (WholeCall(assignment).Parent is ExpressionStatementSyntax assignmentStatement) return assignmentStatement;
                    // p => p.HostConfig.PidMode = "host" (a modifier lambda, audit 55 R5), static void E(...) => p.HostConfig.PidMode =
                    // "host"; (audit 56 Q2): the body, where nothing uses its value. A true flag there is set to false instead,
                    // which keeps the body as written (p => p.HostConfig.Privileged = false).
                    if (IsFunctionBody(WholeCall(assignment)) && !expression.IsKind(SyntaxKind.TrueLiteralExpression)) return WholeCall(assignment);
                    return null;
                default:
                    // Add(...) statements, and the removal that empties MaskedPaths (also through one ?. or more:
                    // hc.MaskedPaths?.Clear(), hc?.MaskedPaths?.Clear()), are reported at the whole call.
                    if ((expression is InvocationExpressionSyntax || IsCallThroughNullConditionals(expression))
                        && expression.Parent is ExpressionStatementSyntax callStatement)
                        return callStatement;
                    return null;
            }
        }
    }
}
