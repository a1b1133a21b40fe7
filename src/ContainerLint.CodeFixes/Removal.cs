using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes
{
    /// <summary>
    /// Removes code so that what is left reads as if it had been written that way, line by line:
    /// <list type="bullet">
    /// <item>code alone on its lines takes those lines with it, the comment at their end included (it is about the code);
    /// the lines above it stay, on the next token: comment lines, which usually head a group the code is one of, blank
    /// lines, preprocessor directives and disabled text (audit 42 CL-02, CL-05);</item>
    /// <item>code sharing its line with code that stays takes only itself and the spaces before it: the line break, the
    /// comments between it and its neighbours and at the end of the line stay (they belong to the line);</item>
    /// <item>an embedded statement (<c>if (x) hc.Privileged = true;</c>) cannot go: it becomes an empty block
    /// <c>{ }</c>, so that the condition is still evaluated as it was; so does the expression body of a lambda, method or
    /// local function (<c>p => p.HostConfig.PidMode = "host"</c>, <c>void AddMore() => hc.CapAdd.Add("SYS_RAWIO");</c>);</item>
    /// <item>an <c>Add</c> that is all an <c>if (!list.Contains(v))</c> does takes the <c>if</c> with it, the comments kept.</item>
    /// </list>
    /// Every trivia is written explicitly (no formatter, see <see cref="FixSyntax.Token"/>). Null when the node is not one
    /// of these.
    /// </summary>
    internal static class Removal
    {
        private static readonly SyntaxAnnotation Anchor = new SyntaxAnnotation("ContainerLint.Removal");

        public static SyntaxNode? Remove(SyntaxNode root, SyntaxNode node)
        {
            (root, node) = FixSyntax.WithDocumentationCommentsOnTheirLines(root, node);
            if (AddUnlessHeld(node) is { } test && RemoveKeepingComments(root, test) is { } withoutTest) return withoutTest;
            switch (node.Parent)
            {
                case InitializerExpressionSyntax initializer when node is ExpressionSyntax expression:
                    var removed = RemoveItem(root, initializer, initializer.Expressions, expression, initializer.CloseBraceToken, (current, index, separator) =>
                    {
                        var list = (InitializerExpressionSyntax)current;
                        var remaining = Without(list.Expressions, index, separator);
                        // The parser reads empty braces after `new T` as an object initializer: say so, as the document will.
                        return remaining.Count == 0 && list.IsKind(SyntaxKind.CollectionInitializerExpression)
                            ? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, list.OpenBraceToken, remaining, list.CloseBraceToken)
                            : list.WithExpressions(remaining);
                    });
                    // new string[2] { ... } has one element less: its size goes (the edit is after `new`, which keeps its place).
                    return removed is not null && initializer.Parent is ArrayCreationExpressionSyntax array
                        ? FixSyntax.WithoutWrittenSize(removed, array.SpanStart)
                        : removed;
                case CollectionExpressionSyntax collection when node is CollectionElementSyntax element:
                    return RemoveItem(root, collection, collection.Elements, element, collection.CloseBracketToken, (current, index, separator) =>
                    {
                        var list = (CollectionExpressionSyntax)current;
                        return list.WithElements(Without(list.Elements, index, separator));
                    });
                case BlockSyntax or SwitchSectionSyntax when node is StatementSyntax statement:
                    return RemoveStatement(root, statement);
                case GlobalStatementSyntax global:
                    return RemoveStatement(root, global);
                case StatementSyntax or ElseClauseSyntax when node is StatementSyntax embedded:
                    return root.ReplaceNode(embedded, EmptyBlock().WithTriviaFrom(embedded));
                // p => p.HostConfig.PidMode = "host": p => { }.
                case LambdaExpressionSyntax lambda when lambda.ExpressionBody == node:
                    return root.ReplaceNode(lambda, lambda.WithExpressionBody(null).WithBlock(EmptyBlock().WithTriviaFrom(node)));
                // void AddMore() => hc.CapAdd.Add("SYS_RAWIO");: void AddMore() { }, the comment after the ; kept.
                case ArrowExpressionClauseSyntax arrow when arrow.Expression == node:
                    // A comment after the expression has nowhere to go; one before it stays before the body (audit 59 W3).
                    if (HasComment(node.GetTrailingTrivia())) return null;
                    var between = arrow.ArrowToken.TrailingTrivia.AddRange(node.GetLeadingTrivia());
                    var leading = !HasComment(between) ? arrow.ArrowToken.LeadingTrivia
                        : arrow.ArrowToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) ? between
                        : arrow.ArrowToken.LeadingTrivia.AddRange(System.Linq.Enumerable.SkipWhile(between, t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
                    var body = EmptyBlock().WithLeadingTrivia(leading);
                    return arrow.Parent switch
                    {
                        BaseMethodDeclarationSyntax method => root.ReplaceNode(method, NoBlankBeforeBreak(method.WithExpressionBody(null).WithSemicolonToken(default)
                            .WithBody(body.WithTrailingTrivia(method.SemicolonToken.TrailingTrivia)))),
                        LocalFunctionStatementSyntax function => root.ReplaceNode(function, NoBlankBeforeBreak(function.WithExpressionBody(null).WithSemicolonToken(default)
                            .WithBody(body.WithTrailingTrivia(function.SemicolonToken.TrailingTrivia)))),
                        AccessorDeclarationSyntax accessor => root.ReplaceNode(accessor, NoBlankBeforeBreak(accessor.WithExpressionBody(null).WithSemicolonToken(default)
                            .WithBody(body.WithTrailingTrivia(accessor.SemicolonToken.TrailingTrivia)))),
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        /// <summary>
        /// The declaration with no blanks left at the end of the line before its new body, when the body starts on a line of its
        /// own (the comment lines that were after <c>=&gt;</c> come first): <c>void F() =&gt;</c> loses the <c>=&gt;</c>, not the space before it.
        /// </summary>
        private static T NoBlankBeforeBreak<T>(T declaration) where T : SyntaxNode
        {
            var open = declaration switch
            {
                BaseMethodDeclarationSyntax method => method.Body?.OpenBraceToken ?? default,
                LocalFunctionStatementSyntax function => function.Body?.OpenBraceToken ?? default,
                AccessorDeclarationSyntax accessor => accessor.Body?.OpenBraceToken ?? default,
                _ => default,
            };
            if (!open.IsKind(SyntaxKind.OpenBraceToken) || open.LeadingTrivia.Count == 0 || !open.LeadingTrivia[0].IsKind(SyntaxKind.EndOfLineTrivia)) return declaration;
            var before = open.GetPreviousToken();
            return before.TrailingTrivia.Count > 0 && before.TrailingTrivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia))
                ? declaration.ReplaceToken(before, before.WithTrailingTrivia())
                : declaration;
        }

        private static bool HasComment(SyntaxTriviaList trivia) =>
            trivia.Any(SyntaxKind.SingleLineCommentTrivia) || trivia.Any(SyntaxKind.MultiLineCommentTrivia);

        private static BlockSyntax EmptyBlock() =>
            SyntaxFactory.Block(FixSyntax.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space), default, FixSyntax.Token(SyntaxKind.CloseBraceToken));

        /// <summary>
        /// The <c>if</c> whose only statement <paramref name="node"/> is, when it adds a value unless the list holds it (<c>if
        /// (!caps.Contains("SYS_PTRACE")) caps.Add("SYS_PTRACE");</c>): without the <c>Add</c> it would test for nothing, and
        /// its test has no effect, so it goes too. The statement that goes: the <c>if</c>, or the top-level statement holding it.
        /// </summary>
        private static SyntaxNode? AddUnlessHeld(SyntaxNode node)
        {
            var parent = node.Parent is BlockSyntax { Statements.Count: 1 } block ? block.Parent : node.Parent;
            if (node is not ExpressionStatementSyntax || parent is not IfStatementSyntax test || !ContainerLint.Analyzers.Reading.Values.AddsUnlessHeld(test))
                return null;
            return test.Parent switch
            {
                BlockSyntax or SwitchSectionSyntax => test,
                GlobalStatementSyntax global => global,
                _ => null,
            };
        }

        /// <summary>
        /// Removes a statement alone on its lines, keeping its comments: those above it stay, those in it and at the end of its
        /// lines become lines of their own, with the statement's indent. Null when it shares a line with other code or holds
        /// directives (<see cref="Remove"/> then does what it does for the statement's part).
        /// </summary>
        private static SyntaxNode? RemoveKeepingComments(SyntaxNode root, SyntaxNode statement)
        {
            var first = statement.GetFirstToken();
            var last = statement.GetLastToken();
            var previous = first.GetPreviousToken(includeZeroWidth: true);
            var next = last.GetNextToken(includeZeroWidth: true);
            var leading = first.LeadingTrivia;
            var startsLine = previous.IsKind(SyntaxKind.None) || BreaksLine(previous.TrailingTrivia) || BreaksLine(leading);
            var endsLine = BreaksLine(last.TrailingTrivia) || next.IsKind(SyntaxKind.EndOfFileToken) || next.IsKind(SyntaxKind.None);
            if (!startsLine || !endsLine || next.IsKind(SyntaxKind.None)) return null;
            var inner = statement.DescendantTrivia().Where(t => !leading.Contains(t)).ToList();
            // The leading trivia stays whole, directives included; those inside the statement would go with it.
            if (inner.Any(t => t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia) || t.HasStructure))
                return null;
            var indent = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Last() : default;
            var lineBreak = statement.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (lineBreak.IsKind(SyntaxKind.None)) lineBreak = SyntaxFactory.LineFeed;
            var kept = indent.IsKind(SyntaxKind.None) ? leading : leading.RemoveAt(leading.Count - 1);
            foreach (var comment in inner.Where(IsComment))
            {
                if (!indent.IsKind(SyntaxKind.None)) kept = kept.Add(indent);
                kept = kept.Add(comment).Add(lineBreak);
            }
            var tracked = root.TrackNodes(statement);
            var following = tracked.FindToken(next.SpanStart);
            tracked = tracked.ReplaceToken(following, following.WithLeadingTrivia(kept.AddRange(following.LeadingTrivia)));
            return tracked.GetCurrentNode(statement) is { } current ? tracked.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia) : null;
        }

        private static SyntaxNode? RemoveStatement(SyntaxNode root, SyntaxNode statement)
        {
            var first = statement.GetFirstToken();
            var last = statement.GetLastToken();
            var previous = first.GetPreviousToken(includeZeroWidth: true);
            var next = last.GetNextToken(includeZeroWidth: true);
            return Rewrite(root, statement, statement, previous, previous.TrailingTrivia, first, last, first.LeadingTrivia, last.TrailingTrivia, next, rebuild: null);
        }

        /// <summary>
        /// Removes one item of a comma-separated list with the comma that goes with it: the one after it, or for the last
        /// item the one before it; in leading-comma style (<c>"A"</c>, then <c>, "B"</c> on a line of its own) the one
        /// before it, with the item's line (audit 42b CL-B1). The comma removed is one no directive separates from the item,
        /// so that both are in the same branch of an <c>#if</c> and every configuration keeps its commas (audit 42 CL-10). When directives sit around a last item, its comma before stays (a trailing comma is allowed in every list
        /// this removes from). Null when both commas are in other branches than the item.
        /// </summary>
        private static SyntaxNode? RemoveItem<T>(SyntaxNode root, SyntaxNode container, SeparatedSyntaxList<T> list, T item, SyntaxToken close,
            System.Func<SyntaxNode, int, int, SyntaxNode> without) where T : SyntaxNode
        {
            var index = list.IndexOf(item);
            if (index < 0) return null;
            var first = item.GetFirstToken();
            var last = item.GetLastToken();
            var previous = first.GetPreviousToken(includeZeroWidth: true);
            var before = previous.TrailingTrivia;
            var leading = first.LeadingTrivia;
            var trailing = last.TrailingTrivia;
            var separator = -1;
            // Leading-comma style (", \"SYS_PTRACE\"" on a line of its own): the item's comma is the one before it, on its line.
            var leadingComma = index > 0 && StartsLineBefore(list.GetSeparator(index - 1), item);
            // The last item compiled here, before a branch not compiled whose items start with their comma ("PidMode = \"host\""
            // then "#if !DEBUG", ", Memory = 1"): its comma before goes with it, and where it has none the item stays, or that
            // comma would open the other configuration's list or follow another (audit 128 F128-3).
            var commaBranchFollows = index == list.Count - 1 && index == list.SeparatorCount
                && close.LeadingTrivia.Any(t => t.IsKind(SyntaxKind.DisabledTextTrivia) && t.ToString().TrimStart().StartsWith(",", System.StringComparison.Ordinal));
            if (index < list.SeparatorCount && !leadingComma && !HasDirectives(list.GetSeparator(index).LeadingTrivia))
            {
                separator = index;
                var comma = list.GetSeparator(index);
                last = comma;
                trailing = trailing.AddRange(comma.LeadingTrivia).AddRange(comma.TrailingTrivia);
            }
            else if (index > 0 && (leadingComma || commaBranchFollows || !HasDirectives(leading) && (index < list.SeparatorCount || !HasDirectives(close.LeadingTrivia))))
            {
                separator = index - 1;
                var comma = list.GetSeparator(index - 1);
                first = comma;
                previous = comma.GetPreviousToken(includeZeroWidth: true);
                before = previous.TrailingTrivia;
                // A comma that starts the item's line (leading-comma style): the line goes from the comma on, the lines above stay,
                // and a comment after the comma is one before the code on its line (audit 98 S98-4: `, /* keep */ "SYS_ADMIN"`).
                if (BreaksLine(previous.TrailingTrivia) || BreaksLine(comma.LeadingTrivia))
                    leading = comma.LeadingTrivia.AddRange(comma.TrailingTrivia.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia))).AddRange(leading);
                else
                {
                    // What followed the comma (a line break, a comment) stays, after the item before; its spaces alone do not.
                    var afterComma = comma.LeadingTrivia.AddRange(comma.TrailingTrivia);
                    if (BreaksLine(afterComma) || afterComma.Any(IsComment)) before = before.AddRange(afterComma);
                }
            }
            else if (index < list.SeparatorCount || commaBranchFollows)
                return null;
            var next = last.GetNextToken(includeZeroWidth: true);
            return Rewrite(root, container, item, previous, before, first, last, leading, trailing, next,
                current => without(current, index, separator));
        }

        /// <summary>
        /// Rewrites the trivia around the code from <paramref name="first"/> to <paramref name="last"/> (see the class
        /// summary), then removes <paramref name="anchor"/> as rewritten, or replaces it with what <paramref name="rebuild"/>
        /// makes of it (a list's container without the item).
        /// <paramref name="before"/> is what stays between <paramref name="previous"/> and the code, <paramref name="leading"/>
        /// and <paramref name="trailing"/> the trivia that goes with the code unless kept; <paramref name="code"/> the statement or
        /// item removed.
        /// </summary>
        private static SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode anchor, SyntaxNode code, SyntaxToken previous, SyntaxTriviaList before,
            SyntaxToken first, SyntaxToken last, SyntaxTriviaList leading, SyntaxTriviaList trailing, SyntaxToken next,
            System.Func<SyntaxNode, SyntaxNode>? rebuild)
        {
            var startsLine = previous.IsKind(SyntaxKind.None) || BreaksLine(before) || BreaksLine(leading);
            var endsLine = BreaksLine(trailing) || next.IsKind(SyntaxKind.EndOfFileToken) || next.IsKind(SyntaxKind.None);
            // Code over several lines that shares a line with code that stays: a comment inside it ends a line that stays
            // (hc.Memory = 1; hc.PidMode = // a), and would go with it (audit 90 H90-11): no fix.
            if (!(startsLine && endsLine) && HasCommentBetween(code.GetFirstToken(), code.GetLastToken())) return null;
            var after = next.LeadingTrivia;
            if (startsLine && endsLine)
            {
                // A comment before the code on its line (/* c */ hc.Privileged = true;) stays, as a line of its own (audit 90 H90-2).
                var above = KeptAbove(leading, LineBreakIn(trailing));
                // Code after it on its last line (the item after a first one written with leading commas: "PidMode = \"host\""
                // then ", Memory = 1") now starts the line: it takes the removed line's indent (audit 90 H90-3).
                // A comment after the removed comma on that line (", /* m */ Memory = 1") stays before it (audit 94 N94-3).
                if (!next.IsKind(SyntaxKind.None) && !next.IsKind(SyntaxKind.EndOfFileToken) && !BreaksLine(last.TrailingTrivia) && !BreaksLine(after))
                    after = SyntaxFactory.TriviaList(AfterLastLineBreak(leading).Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Take(1))
                        .AddRange(AfterLastLineBreak(trailing).SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))
                        .AddRange(after.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
                after = OneBlankLine(above, after, next, BreaksLine(before) || previous.IsKind(SyntaxKind.None));
            }
            else if (startsLine) after = leading.AddRange(WithComments(trailing)).AddRange(after);
            else
            {
                // The first item of a list: the opening bracket keeps the spaces it had (["a", "b"] becomes ["b"], not [ "b"]),
                // also where the next item has spaces of its own before it (one a fix added after a comma: ["a", "b"] that gets
                // "c" and loses "a" and "b" becomes ["c"]).
                if (rebuild is not null && previous == anchor.GetFirstToken())
                {
                    before = before.AddRange(trailing.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
                    after = SyntaxFactory.TriviaList(after.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
                }
                else
                {
                    before = Join(before, trailing);
                    if (after.Count > 0 && after[0].IsKind(SyntaxKind.WhitespaceTrivia)) before = WithoutTrailingSpaces(before);
                }
            }

            SyntaxToken Replace(SyntaxToken original, SyntaxToken token)
            {
                if (original == first) token = token.WithLeadingTrivia(default(SyntaxTriviaList));
                if (original == last) token = token.WithTrailingTrivia(default(SyntaxTriviaList));
                if (original == previous) token = token.WithTrailingTrivia(before);
                if (original == next) token = token.WithLeadingTrivia(after);
                return token;
            }

            var tokens = new[] { previous, first, last, next }.Where(t => !t.IsKind(SyntaxKind.None)).Distinct();
            var rewritten = root.ReplaceSyntax(new[] { anchor }, (_, node) => node.WithAdditionalAnnotations(Anchor),
                tokens, Replace, Enumerable.Empty<SyntaxTrivia>(), (_, trivia) => trivia);
            var current = rewritten.GetAnnotatedNodes(Anchor).FirstOrDefault();
            if (current is null) return null;
            return rebuild is null
                ? rewritten.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia)
                : rewritten.ReplaceNode(current, rebuild(current).WithoutAnnotations(Anchor));
        }

        private static SyntaxTriviaList AfterLastLineBreak(SyntaxTriviaList trivia)
        {
            for (var i = trivia.Count - 1; i >= 0; i--)
                if (EndsLine(trivia[i])) return SyntaxFactory.TriviaList(trivia.Skip(i + 1));
            return trivia;
        }

        /// <summary>
        /// What stays of a removed line's leading trivia (<see cref="LinesAbove"/>), and a comment before the code on that line
        /// (<c>/* c */ hc.Privileged = true;</c>), as a line of its own ending with <paramref name="lineBreak"/> (audit 90 H90-2).
        /// </summary>
        public static SyntaxTriviaList KeptAbove(SyntaxTriviaList leading, SyntaxTrivia lineBreak)
        {
            var onLine = AfterLastLineBreak(leading);
            return onLine.Any(IsComment) ? LinesAbove(leading).AddRange(WithoutTrailingSpaces(onLine)).Add(lineBreak) : LinesAbove(leading);
        }

        /// <summary>Whether a comment lies between the tokens <paramref name="first"/> and <paramref name="last"/> (not before the first or after the last).</summary>
        private static bool HasCommentBetween(SyntaxToken first, SyntaxToken last)
        {
            for (var token = first; token != last && !token.IsKind(SyntaxKind.None); token = token.GetNextToken(includeZeroWidth: true))
            {
                if (token.TrailingTrivia.Any(IsComment)) return true;
                var following = token.GetNextToken(includeZeroWidth: true);
                if (following.LeadingTrivia.Any(IsComment)) return true;
            }
            return false;
        }

        /// <summary>Whether <paramref name="comma"/> starts its line and <paramref name="item"/> follows it on that line.</summary>
        private static bool StartsLineBefore(SyntaxToken comma, SyntaxNode item) =>
            (BreaksLine(comma.LeadingTrivia) || BreaksLine(comma.GetPreviousToken(includeZeroWidth: true).TrailingTrivia))
            && !BreaksLine(comma.TrailingTrivia) && !BreaksLine(item.GetLeadingTrivia());

        private static SeparatedSyntaxList<T> Without<T>(SeparatedSyntaxList<T> list, int index, int separator) where T : SyntaxNode
        {
            var all = list.GetWithSeparators();
            // Gathered first, then made one list: adding to a SyntaxNodeOrTokenList copies it, and Fix All of a long list's
            // elements took time in the cube of its length (audit 108 B108-8: 1,000 elements, 55 s in dotnet format).
            var kept = new System.Collections.Generic.List<SyntaxNodeOrToken>(all.Count);
            for (var i = 0; i < all.Count; i++)
                if (i != 2 * index && i != 2 * separator + 1) kept.Add(all[i]);
            return SyntaxFactory.SeparatedList<T>(kept);
        }

        /// <summary>
        /// The part of a removed line's leading trivia that stays: the lines above it, up to its last line break (a directive
        /// and disabled text end with theirs). What is after that is on the removed line: its indent, a comment before the code.
        /// </summary>
        public static SyntaxTriviaList LinesAbove(SyntaxTriviaList leading)
        {
            for (var i = leading.Count - 1; i >= 0; i--)
                if (EndsLine(leading[i]))
                    return SyntaxFactory.TriviaList(leading.Take(i + 1));
            return default;
        }

        /// <summary>
        /// The lines kept above removed code, then what follows it: a blank line above and one after it (or the closing
        /// bracket right after it) would leave two blank lines (or one before the bracket), so the one above goes, as if the
        /// code had never been written. Only a line of spaces goes; comments and directives stay.
        /// </summary>
        private static SyntaxTriviaList OneBlankLine(SyntaxTriviaList above, SyntaxTriviaList after, SyntaxToken next, bool aboveStartsLine)
        {
            if (LastBlankLineStart(above, aboveStartsLine) is not { } blank) return above.AddRange(after);
            var afterIsBlank = after.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).FirstOrDefault().IsKind(SyntaxKind.EndOfLineTrivia);
            var closes = next.IsKind(SyntaxKind.CloseBraceToken) || next.IsKind(SyntaxKind.CloseBracketToken) || next.IsKind(SyntaxKind.CloseParenToken);
            if (!afterIsBlank && !(closes && after.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))) return above.AddRange(after);
            return SyntaxFactory.TriviaList(above.Take(blank)).AddRange(after);
        }

        /// <summary>Where the last line of <paramref name="above"/> starts when that line is blank (spaces, then its line break); null otherwise.</summary>
        private static int? LastBlankLineStart(SyntaxTriviaList above, bool startsLine)
        {
            if (above.Count == 0 || !above[above.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia)) return null;
            var i = above.Count - 2;
            while (i >= 0 && above[i].IsKind(SyntaxKind.WhitespaceTrivia)) i--;
            if (i >= 0) return EndsLine(above[i]) ? i + 1 : null;
            return startsLine ? 0 : null;
        }

        /// <summary>The line break in <paramref name="trivia"/>, or a line feed.</summary>
        public static SyntaxTrivia LineBreakIn(SyntaxTriviaList trivia) =>
            trivia.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is var end && end.IsKind(SyntaxKind.EndOfLineTrivia) ? end : SyntaxFactory.LineFeed;

        private static bool EndsLine(SyntaxTrivia trivia) =>
            trivia.IsKind(SyntaxKind.EndOfLineTrivia) || trivia.IsDirective || trivia.IsKind(SyntaxKind.DisabledTextTrivia) || trivia.HasStructure;

        /// <summary>What stays between two pieces of code a removal brings together on a line: the spaces of one, every comment.</summary>
        private static SyntaxTriviaList Join(SyntaxTriviaList before, SyntaxTriviaList trailing) =>
            trailing.Count > 0 && trailing[0].IsKind(SyntaxKind.WhitespaceTrivia) ? WithoutTrailingSpaces(before).AddRange(trailing) : before.AddRange(trailing);

        private static SyntaxTriviaList WithoutTrailingSpaces(SyntaxTriviaList trivia) =>
            SyntaxFactory.TriviaList(trivia.Reverse().SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());

        /// <summary>The comments in a removed item's trailing trivia, from the first one on; nothing without comments.</summary>
        private static SyntaxTriviaList WithComments(SyntaxTriviaList trailing) =>
            trailing.Any(IsComment) ? SyntaxFactory.TriviaList(trailing.SkipWhile(t => !IsComment(t))) : default;

        private static bool IsComment(SyntaxTrivia trivia) => FixSyntax.IsComment(trivia);

        private static bool BreaksLine(SyntaxTriviaList trivia) => trivia.Any(EndsLine);

        private static bool HasDirectives(SyntaxTriviaList trivia) => trivia.Any(t => t.IsDirective);
    }
}
