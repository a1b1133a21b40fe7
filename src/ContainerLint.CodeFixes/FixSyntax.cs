using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace ContainerLint.CodeFixes
{
    /// <summary>Syntax helpers shared by the fixers.</summary>
    internal static class FixSyntax
    {
        /// <summary>The expression a diagnostic sits on, without the argument around it.</summary>
        public static ExpressionSyntax? Expression(SyntaxNode node) => node switch
        {
            ArgumentSyntax argument => argument.Expression,
            ExpressionElementSyntax element => element.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };

        /// <summary>
        /// A value with what it is written in that does not change it: parentheses, <c>!</c>, a cast of it
        /// (<c>("SYS_ADMIN")</c>, <c>"host"!</c>, <c>(string)"SYS_PTRACE"</c>).
        /// </summary>
        public static ExpressionSyntax WrittenAround(ExpressionSyntax value)
        {
            while (true)
            {
                switch (value.Parent)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        value = parenthesized;
                        break;
                    case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        value = suppressed;
                        break;
                    case CastExpressionSyntax cast when cast.Expression == value:
                        value = cast;
                        break;
                    default:
                        return value;
                }
            }
        }

        /// <summary>What a chain of <c>?.</c> accesses ends in: <c>.Add(x)</c> of <c>hc?.CapAdd?.Add(x)</c>, the expression itself without one.</summary>
        public static ExpressionSyntax PastNullConditionals(ExpressionSyntax expression)
        {
            for (var depth = 0; depth < 16 && expression is ConditionalAccessExpressionSyntax access; depth++) expression = access.WhenNotNull;
            return expression;
        }

        public static LiteralExpressionSyntax StringLiteral(string value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression,
                SyntaxFactory.Literal(SyntaxFactory.TriviaList(), SymbolDisplay.FormatLiteral(value, quote: true), value, SyntaxFactory.TriviaList()));

        public static LiteralExpressionSyntax BoolLiteral(bool value) =>
            value
                ? SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression, Token(SyntaxKind.TrueKeyword))
                : SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression, Token(SyntaxKind.FalseKeyword));

        /// <summary>
        /// A token with no trivia. SyntaxFactory's own carry elastic trivia, which the code action's clean-up formats, and
        /// formatting re-indents the lines around new text with the formatter's settings (spaces in a file indented with
        /// tabs): every token a fix writes has the spaces it is given, nothing left to the formatter.
        /// </summary>
        public static SyntaxToken Token(SyntaxKind kind) => SyntaxFactory.Token(SyntaxFactory.TriviaList(), kind, SyntaxFactory.TriviaList());

        public static bool IsStringLiteral(SyntaxNode? node) =>
            node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression);

        /// <summary>
        /// Removes a statement, an element of a list, or an assignment of an object initializer (see <see cref="Removal"/>);
        /// null when the node is none of these.
        /// </summary>
        public static SyntaxNode? Remove(SyntaxNode root, SyntaxNode node) => Removal.Remove(root, node);

        /// <summary>
        /// The shortest way to name a type at a position: its simple name where that binds to it (a using brings it into
        /// scope, and no other type of that name and arity comes before it or beside it: an enclosing namespace's, or one another
        /// using imports, CS0104), else the qualified name, from <c>global::</c> where its first part names something else there.
        /// Each is bound as it is written, with its type arguments (<c>List&lt;object&gt;</c>): a type of another arity does not hide it.
        /// </summary>
        public static string TypeName(SemanticModel model, int position, string simpleName, string qualifiedName, string metadataName)
        {
            var type = model.Compilation.GetTypeByMetadataName(metadataName);
            if (type is null) return qualifiedName;
            if (!UsingsAreConditional(model) && BindsTo(model, position, simpleName, type)) return simpleName;
            return BindsTo(model, position, qualifiedName, type) ? qualifiedName : "global::" + qualifiedName;
        }

        private static bool BindsTo(SemanticModel model, int position, string name, INamedTypeSymbol type)
        {
            var arguments = type.Arity == 0 ? "" : "<" + string.Join(", ", System.Linq.Enumerable.Repeat("object", type.Arity)) + ">";
            var bound = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseTypeName(name + arguments), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
            return bound is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, type);
        }

        /// <summary>The object initializer of a <c>new T { ... }</c> / <c>new() { ... }</c>, created when missing.</summary>
        public static BaseObjectCreationExpressionSyntax WithAssignment(BaseObjectCreationExpressionSyntax creation, string property, ExpressionSyntax value)
        {
            // Written with its own spaces (see Token).
            var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(SyntaxFactory.TriviaList(), property, SyntaxFactory.TriviaList(SyntaxFactory.Space))),
                Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                value.WithoutTrivia());
            if (creation.Initializer is { } initializer)
                return creation.WithInitializer(Appended(initializer, assignment));
            var newInitializer = SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression,
                Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(assignment),
                Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
            BaseObjectCreationExpressionSyntax withInitializer = creation switch
            {
                // A comment between the type and its arguments (new HostConfig // base\n ()) stays there (audit 145 Z145-1).
                ObjectCreationExpressionSyntax { ArgumentList: { } arguments } explicitType => explicitType.WithArgumentList(arguments.WithoutTrailingTrivia()),
                ObjectCreationExpressionSyntax explicitType => explicitType.WithType(explicitType.Type.WithoutTrailingTrivia()),
                _ => creation.WithoutTrailingTrivia(),
            };
            return withInitializer.WithInitializer(newInitializer).WithTrailingTrivia(creation.GetTrailingTrivia());
        }

        /// <summary>
        /// An array creation whose initializer changed its number of elements, without the size it was written with
        /// (<c>new string[2] { "CHOWN", "SYS_ADMIN" }</c> less an element is <c>new string[] { "CHOWN" }</c>): a written size
        /// must be the initializer's, or the compiler refuses it (CS0847; audit 128 F128-4). One of several dimensions is
        /// left as it is (no Docker.DotNet setting is one).
        /// </summary>
        public static ArrayCreationExpressionSyntax WithoutWrittenSize(ArrayCreationExpressionSyntax creation)
        {
            if (creation.Type.RankSpecifiers.Count == 0 || creation.Type.RankSpecifiers[0] is not { Sizes: { Count: 1 } sizes } rank
                || sizes[0] is OmittedArraySizeExpressionSyntax)
                return creation;
            var omitted = SyntaxFactory.OmittedArraySizeExpression().WithTriviaFrom(sizes[0]);
            return creation.WithType(creation.Type.WithRankSpecifiers(creation.Type.RankSpecifiers.Replace(rank, rank.WithSizes(sizes.Replace(sizes[0], omitted)))));
        }

        /// <summary>
        /// <see cref="WithoutWrittenSize(ArrayCreationExpressionSyntax)"/> of the array creation that starts at
        /// <paramref name="position"/> of <paramref name="root"/>, if one does.
        /// </summary>
        public static SyntaxNode WithoutWrittenSize(SyntaxNode root, int position)
        {
            var creation = root.FindToken(position).Parent?.AncestorsAndSelf().OfType<ArrayCreationExpressionSyntax>().FirstOrDefault(a => a.SpanStart == position);
            return creation is null ? root : root.ReplaceNode(creation, WithoutWrittenSize(creation));
        }

        /// <summary>
        /// A collection creation with one more element: appended to its initializer, or in a new one
        /// (<c>new List&lt;string&gt;()</c> becomes <c>new List&lt;string&gt;() { "ALL" }</c>). Empty braces are an
        /// object initializer to the parser; with an element in them they are a collection initializer.
        /// </summary>
        public static BaseObjectCreationExpressionSyntax WithElement(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax element)
        {
            if (creation.Initializer is not { } initializer)
                return creation.WithoutTrailingTrivia()
                    .WithInitializer(SyntaxFactory.InitializerExpression(SyntaxKind.CollectionInitializerExpression,
                        Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                        SyntaxFactory.SingletonSeparatedList(element.WithTrailingTrivia(SyntaxFactory.Space)),
                        Token(SyntaxKind.CloseBraceToken)))
                    .WithTrailingTrivia(creation.GetTrailingTrivia());
            if (initializer.IsKind(SyntaxKind.ObjectInitializerExpression) && initializer.Expressions.Count == 0)
            {
                var filled = SyntaxFactory.InitializerExpression(SyntaxKind.CollectionInitializerExpression,
                    initializer.OpenBraceToken, SyntaxFactory.SingletonSeparatedList(FirstElement(initializer.OpenBraceToken, initializer.CloseBraceToken, element)),
                    initializer.CloseBraceToken);
                return creation.WithInitializer(CommentLinesBeforeFirstItem(filled, filled.Expressions, filled.OpenBraceToken, filled.CloseBraceToken));
            }
            return creation.WithInitializer(Appended(initializer, element));
        }

        /// <summary>
        /// Appends an expression to an initializer; in a multi-line initializer it goes on its own line, indented like
        /// the last one, keeping a trailing comma if the list had one. A comment after the last item (<c>Privileged =
        /// false, // TODO</c>, <c>{ Privileged = false /* c */ }</c>) stays with that item; the new one gets none (it
        /// ends its line with the line break alone). Comments on their own lines before the closing brace belong to the
        /// brace and stay before it, so after the new item.
        /// </summary>
        /// <remarks>
        /// Directives before the closing brace that open or close no branch (<c>#endregion</c>, <c>#pragma warning
        /// restore</c>) stay before the new item, which goes after them: outside the region the last item is in, as a
        /// setting of its own (audit 42 CL-06). Lines after them stay before the brace.
        /// </remarks>
        public static InitializerExpressionSyntax Appended(InitializerExpressionSyntax initializer, ExpressionSyntax item)
        {
            var appended = initializer.WithExpressions(Append(initializer.OpenBraceToken, initializer.CloseBraceToken, initializer.Expressions, item));
            appended = AfterClosingDirectives(appended, appended.Expressions, appended.CloseBraceToken);
            return CommentLinesBeforeFirstItem(appended, appended.Expressions, appended.OpenBraceToken, appended.CloseBraceToken);
        }

        /// <summary>As above, for a collection expression's elements (<c>[ ... ]</c>), written the same ways (audit 34).</summary>
        public static CollectionExpressionSyntax Appended(CollectionExpressionSyntax collection, CollectionElementSyntax item)
        {
            var appended = collection.WithElements(Append(collection.OpenBracketToken, collection.CloseBracketToken, collection.Elements, item));
            appended = AfterClosingDirectives(appended, appended.Elements, appended.CloseBracketToken);
            return CommentLinesBeforeFirstItem(appended, appended.Elements, appended.OpenBracketToken, appended.CloseBracketToken);
        }

        /// <summary>
        /// <paramref name="list"/>, which held only comment lines and now holds one item, with those lines above the item: they
        /// were the closing bracket's, which the item went before, and would have shared its line (audit 90 H90-8: <c>{</c>,
        /// <c>// none yet</c>, <c>}</c> became <c>CapDrop = ...        // none yet</c>).
        /// </summary>
        private static TList CommentLinesBeforeFirstItem<TList, TNode>(TList list, SeparatedSyntaxList<TNode> items, SyntaxToken open, SyntaxToken close)
            where TList : SyntaxNode where TNode : SyntaxNode
        {
            if (items.Count != 1 || items.SeparatorCount != 0 || !System.Linq.Enumerable.Any(open.TrailingTrivia, t => t.IsKind(SyntaxKind.EndOfLineTrivia))
                || !System.Linq.Enumerable.Any(close.LeadingTrivia, IsComment))
                return list;
            var leading = close.LeadingTrivia;
            var lastBreak = -1;
            for (var i = 0; i < leading.Count; i++)
                if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia) || leading[i].IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)) lastBreak = i;
            if (lastBreak < 0) return list;
            var above = SyntaxFactory.TriviaList(System.Linq.Enumerable.Take(leading, lastBreak + 1));
            var below = SyntaxFactory.TriviaList(System.Linq.Enumerable.Skip(leading, lastBreak + 1));
            var lineBreak = System.Linq.Enumerable.First(open.TrailingTrivia, t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var first = items[0].GetFirstToken();
            var last = items[0].GetLastToken();
            return list.ReplaceTokens(new[] { first, last, close }.Distinct(), (original, token) =>
            {
                if (original == close) return token.WithLeadingTrivia(below);
                if (original == first) token = token.WithLeadingTrivia(above.AddRange(token.LeadingTrivia));
                if (original == last) token = token.WithTrailingTrivia(token.TrailingTrivia.Add(lineBreak));
                return token;
            });
        }

        /// <summary>
        /// <paramref name="list"/> with the directives before <paramref name="close"/> moved before its last item, the one just
        /// appended (which ends its line, as an item does in a list with directives). Only the first item of an empty list
        /// gets no line of its own: <see cref="EndsInConditionalCode"/> keeps fixes away from an empty list with directives.
        /// </summary>
        private static TList AfterClosingDirectives<TList, TNode>(TList list, SeparatedSyntaxList<TNode> items, SyntaxToken close)
            where TList : SyntaxNode where TNode : SyntaxNode
        {
            var leading = close.LeadingTrivia;
            var lastDirective = leading.Count - 1;
            while (lastDirective >= 0 && !leading[lastDirective].IsDirective) lastDirective--;
            if (lastDirective < 0 || items.Count < 2) return list;
            var above = SyntaxFactory.TriviaList(System.Linq.Enumerable.Take(leading, lastDirective + 1));
            var below = SyntaxFactory.TriviaList(System.Linq.Enumerable.Skip(leading, lastDirective + 1));
            // Written with leading commas, the new item's line starts with its comma: the directives go before that (audit 98
            // S98-1: `, #endregion` did not compile).
            var first = IsLeadingComma(items, items.Count - 1) ? items.GetSeparator(items.Count - 2) : items[items.Count - 1].GetFirstToken();
            return list.ReplaceTokens(new[] { first, close }, (original, token) => original == close
                ? token.WithLeadingTrivia(below)
                : token.WithLeadingTrivia(above.AddRange(token.LeadingTrivia)));
        }

        private static SeparatedSyntaxList<TNode> Append<TNode>(SyntaxToken open, SyntaxToken close, SeparatedSyntaxList<TNode> expressions, TNode item)
            where TNode : SyntaxNode
        {
            var multiLine = open.TrailingTrivia.ToFullString().Contains("\n");
            if (expressions.Count == 0)
                return SyntaxFactory.SingletonSeparatedList(FirstElement(open, close, item));
            var last = expressions[expressions.Count - 1];
            var items = new List<TNode>(expressions);
            var separators = new List<SyntaxToken>(expressions.GetSeparators());
            var endsLine = EndsLine(expressions.SeparatorCount == expressions.Count ? separators[separators.Count - 1].TrailingTrivia : last.GetTrailingTrivia());
            // `{ A = 1 // c` + line break + `}`: the first item shares the brace's line, so the new one is indented a level
            // past the closing brace.
            var indentation = multiLine ? LineIndentation(last.GetFirstToken())
                : endsLine ? IndentedPast(close)
                : SyntaxFactory.TriviaList(SyntaxFactory.Space);
            // A closing brace on the last item's line (`, B = 2 /* c */ };`, `B = 2, };`) in a list of several lines: the new item
            // goes on a line of its own, and the brace after it (audit 99 T99-5, audit 100 U100-1: it was put on that line,
            // after the comment, with the line's indent before it).
            var lineBreak = multiLine && !endsLine ? LineBreakOf(open) : default;
            if (expressions.SeparatorCount == expressions.Count)
            {
                // `A = 1, // c` + line break: the comment stays after A's comma; the new item's comma gets what follows it.
                var trailing = separators[separators.Count - 1].TrailingTrivia;
                if (multiLine && !endsLine)
                {
                    separators[separators.Count - 1] = separators[separators.Count - 1].WithTrailingTrivia(Comments(trailing).Add(lineBreak));
                    items.Add(item.WithLeadingTrivia(indentation));
                    separators.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(AfterComments(trailing)));
                }
                else if (multiLine || endsLine)
                {
                    items.Add(item.WithLeadingTrivia(indentation));
                    separators.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(AfterComments(trailing)));
                }
                else
                {
                    // `{ A = 1, }` becomes `{ A = 1, B = 2, }`, `{ A = 1, /* c */ }` becomes `{ A = 1, /* c */ B = 2, }`.
                    var spaced = trailing.Count > 0 && trailing[trailing.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia);
                    items.Add(item.WithLeadingTrivia(spaced ? SyntaxFactory.TriviaList() : indentation));
                    separators.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(AfterComments(trailing)));
                }
            }
            else
            {
                var trailing = last.GetTrailingTrivia();
                if ((endsLine || multiLine) && LastLeadingComma(expressions) is { } lineStart)
                {
                    // Written with leading commas (`  A = 1` + line break + `, B = 2`): the new item gets its own line and a comma
                    // before it, as the last one has (audit 94 N94-2: it started at column 0 after a comma added to B's line),
                    // with the blank after that comma but not a comment there (audit 98 S98-2: `, /* a */` was copied), also
                    // where the last line holds two items (audit 99 T99-4).
                    var comma = Token(SyntaxKind.CommaToken).WithLeadingTrivia(LastLine(lineStart.LeadingTrivia))
                        .WithTrailingTrivia(System.Linq.Enumerable.TakeWhile(lineStart.TrailingTrivia, t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
                    if (!endsLine)
                    {
                        items[items.Count - 1] = last.WithTrailingTrivia(Comments(trailing));
                        comma = comma.WithLeadingTrivia(comma.LeadingTrivia.Insert(0, lineBreak));
                    }
                    separators.Add(comma);
                    items.Add(item.WithLeadingTrivia(SyntaxFactory.TriviaList()).WithTrailingTrivia(AfterComments(trailing)));
                    return SyntaxFactory.SeparatedList(items, separators);
                }
                if (multiLine || endsLine)
                {
                    // `A = 1 // c` + line break becomes `A = 1, // c`: the comma before the comment, which runs to the line's end.
                    items[items.Count - 1] = last.WithoutTrailingTrivia();
                    separators.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(endsLine ? trailing : Comments(trailing).Add(lineBreak)));
                }
                else
                {
                    // `{ A = 1 /* c */ }` becomes `{ A = 1 /* c */, B = 2 }`: the comment stays next to its item.
                    items[items.Count - 1] = last.WithTrailingTrivia(Comments(trailing));
                    separators.Add(Token(SyntaxKind.CommaToken));
                }
                items.Add(item.WithLeadingTrivia(indentation).WithTrailingTrivia(AfterComments(trailing)));
            }
            return SyntaxFactory.SeparatedList(items, separators);
        }

        /// <summary>
        /// The last comma of <paramref name="items"/> that starts its line (leading-comma style), looking past commas inside a
        /// line; null when a comma that ends its line (trailing-comma style) comes first (audit 100 U100-3), or none does.
        /// </summary>
        private static SyntaxToken? LastLeadingComma<TNode>(SeparatedSyntaxList<TNode> items) where TNode : SyntaxNode
        {
            for (var i = System.Math.Min(items.Count - 1, items.SeparatorCount); i >= 1; i--)
            {
                if (IsLeadingComma(items, i)) return items.GetSeparator(i - 1);
                if (EndsLine(items.GetSeparator(i - 1).TrailingTrivia)) return null;
            }
            return null;
        }

        /// <summary>
        /// The line break to write in the list <paramref name="open"/> opens: the first one after it (a multi-line comment
        /// right after it holds its own: audit 100 U100-2, the fix threw), else a line feed.
        /// </summary>
        private static SyntaxTrivia LineBreakOf(SyntaxToken open)
        {
            foreach (var trivia in open.Parent?.DescendantTrivia() ?? open.TrailingTrivia)
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia)) return trivia;
            return SyntaxFactory.LineFeed;
        }

        /// <summary>Whether the item at <paramref name="index"/> (not the first) is written with a leading comma: the item before it ends its line.</summary>
        private static bool IsLeadingComma<TNode>(SeparatedSyntaxList<TNode> items, int index) where TNode : SyntaxNode =>
            index >= 1 && index < items.Count && items.SeparatorCount >= index && EndsLine(items[index - 1].GetTrailingTrivia());

        /// <summary>
        /// A comment of any kind: in a method body <c>///</c> and <c>/** */</c> are comments to the user too, which the parser
        /// reads as documentation (a <c>///</c> one holds its line break).
        /// </summary>
        internal static bool IsComment(SyntaxTrivia trivia) =>
            trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
            || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia);

        /// <summary>
        /// <paramref name="node"/>'s surroundings with each documentation comment (<c>///</c>, <c>/** */</c>) written as the
        /// plain comment it is to the user (in a method body it documents nothing), where the parser would put a <c>//</c> or
        /// <c>/* */</c> one: the parser reads one as structure leading the next token, several <c>///</c> lines as one piece,
        /// so that a comment ending a line (<c>"A", /// note</c>) would look as if it headed the next, and the line below it
        /// would go with it. The text stays the same; removals then see each comment on its own line, as they see a
        /// <c>//</c> one. Looks at the tokens from <paramref name="node"/>'s parent to the end of the statement or member it
        /// is in, and the token after that. Directives stay as they are: a comment ending a line comes before any of them.
        /// </summary>
        public static (SyntaxNode Root, TNode Node) WithDocumentationCommentsOnTheirLines<TNode>(SyntaxNode root, TNode node) where TNode : SyntaxNode
        {
            var scope = node.Parent ?? node;
            var trailing = new Dictionary<SyntaxToken, SyntaxTriviaList>();
            var leading = new Dictionary<SyntaxToken, SyntaxTriviaList>();
            // To the end of the statement or member: what ends the line after a chain's last call is the ';'s.
            var end = System.Linq.Enumerable.FirstOrDefault(scope.AncestorsAndSelf(), a => a is StatementSyntax or MemberDeclarationSyntax) ?? scope;
            var after = end.GetLastToken().GetNextToken(includeZeroWidth: true);
            // The tokens from the scope's first to the end's last, then the one after: walked in one pass over the end (a walk
            // token by token finds each next one among its siblings, and a list of n elements took time in n², audit 108 B108-8).
            var tokens = new List<SyntaxToken>();
            var first = scope.GetFirstToken(includeZeroWidth: true);
            var started = false;
            foreach (var token in end.DescendantTokens())
            {
                started |= token == first;
                if (started) tokens.Add(token);
            }
            if (!started) tokens.Add(first);
            if (!after.IsKind(SyntaxKind.None)) tokens.Add(after);
            foreach (var token in tokens)
            {
                if (!System.Linq.Enumerable.Any(token.LeadingTrivia, IsDocumentationComment)) continue;
                var plain = new List<SyntaxTrivia>();
                foreach (var trivia in token.LeadingTrivia)
                {
                    if (IsDocumentationComment(trivia)) plain.AddRange(PlainComments(trivia));
                    else plain.Add(trivia);
                }
                // A token's trailing trivia runs to the end of its line: what follows it there is the previous token's.
                var previous = token.GetPreviousToken(includeZeroWidth: true);
                var onPreviousLine = 0;
                if (!previous.IsKind(SyntaxKind.None) && !System.Linq.Enumerable.Any(previous.TrailingTrivia, t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
                {
                    var lineEnd = plain.FindIndex(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                    onPreviousLine = lineEnd < 0 ? plain.Count : lineEnd + 1;
                    trailing[previous] = previous.TrailingTrivia.AddRange(plain.GetRange(0, onPreviousLine));
                }
                leading[token] = SyntaxFactory.TriviaList(plain.GetRange(onPreviousLine, plain.Count - onPreviousLine));
            }
            if (leading.Count == 0) return (root, node);
            var marked = new SyntaxAnnotation();
            var newRoot = root.ReplaceSyntax(new[] { node }, (_, rewritten) => rewritten.WithAdditionalAnnotations(marked),
                System.Linq.Enumerable.Union(trailing.Keys, leading.Keys), (original, rewritten) =>
                {
                    if (trailing.TryGetValue(original, out var after)) rewritten = rewritten.WithTrailingTrivia(after);
                    if (leading.TryGetValue(original, out var before)) rewritten = rewritten.WithLeadingTrivia(before);
                    return rewritten;
                },
                System.Linq.Enumerable.Empty<SyntaxTrivia>(), (_, trivia) => trivia);
            var current = (TNode)System.Linq.Enumerable.Single(newRoot.GetAnnotatedNodes(marked));
            return (newRoot, current);
        }

        /// <summary>
        /// A documentation comment's text as plain trivia, line by line: the indent, the comment (<c>/// note</c>, a
        /// <c>/** */</c> one whole), the line break.
        /// </summary>
        private static IEnumerable<SyntaxTrivia> PlainComments(SyntaxTrivia documentation)
        {
            var text = documentation.ToFullString();
            if (documentation.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                yield return SyntaxFactory.Comment(text);
                yield break;
            }
            var start = 0;
            while (start < text.Length)
            {
                var end = start;
                while (end < text.Length && text[end] is ' ' or '\t') end++;
                if (end > start) yield return SyntaxFactory.Whitespace(text.Substring(start, end - start));
                start = end;
                while (end < text.Length && text[end] is not '\r' and not '\n') end++;
                if (end > start) yield return SyntaxFactory.Comment(text.Substring(start, end - start));
                start = end;
                var lineBreak = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : end < text.Length ? 1 : 0;
                if (lineBreak > 0) yield return SyntaxFactory.EndOfLine(text.Substring(end, lineBreak));
                start = end + lineBreak;
            }
        }

        private static bool IsDocumentationComment(SyntaxTrivia trivia) =>
            trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia);

        /// <summary>A trailing trivia up to and including its last comment (empty when it has none).</summary>
        private static SyntaxTriviaList Comments(SyntaxTriviaList trailing)
        {
            var end = trailing.Count;
            while (end > 0 && !IsComment(trailing[end - 1])) end--;
            return SyntaxFactory.TriviaList(System.Linq.Enumerable.Take(trailing, end));
        }

        /// <summary>A trailing trivia after its last comment: the spaces and the line break a new item ends with.</summary>
        private static SyntaxTriviaList AfterComments(SyntaxTriviaList trailing)
        {
            var start = trailing.Count;
            while (start > 0 && !IsComment(trailing[start - 1])) start--;
            return SyntaxFactory.TriviaList(System.Linq.Enumerable.Skip(trailing, start));
        }

        /// <summary>Whether a trailing trivia ends its line (a line break, so a <c>//</c> comment before it may run to it).</summary>
        private static bool EndsLine(SyntaxTriviaList trailing) =>
            System.Linq.Enumerable.Any(trailing, t => t.IsKind(SyntaxKind.EndOfLineTrivia) || t.IsKind(SyntaxKind.SingleLineCommentTrivia));

        /// <summary>
        /// The first element of an empty list between <paramref name="open"/> and <paramref name="close"/>, spaced as the list
        /// is: <c>[ ]</c> and <c>{ }</c> give <c>[ "x" ]</c> and <c>{ "x" }</c>, <c>[]</c> and <c>{}</c> give <c>["x"]</c> and
        /// <c>{"x"}</c>, and a list whose brackets are on lines of their own gets the element on a line between them,
        /// indented a level past the closing one (audits 29 and 32).
        /// </summary>
        public static T FirstElement<T>(SyntaxToken open, SyntaxToken close, T element) where T : SyntaxNode
        {
            var after = open.TrailingTrivia;
            if (System.Linq.Enumerable.Any(after, t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
            {
                var lineBreak = System.Linq.Enumerable.First(after, t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                return IsIndentationOnly(close.LeadingTrivia)
                    ? element.WithLeadingTrivia(IndentedPast(close)).WithTrailingTrivia(lineBreak)
                    : element.WithLeadingTrivia(IndentedPast(close));
            }
            if (after.Count > 0 && System.Linq.Enumerable.All(after, t => t.IsKind(SyntaxKind.WhitespaceTrivia)) && close.LeadingTrivia.Count == 0)
                return element.WithTrailingTrivia(after);
            // { /* keep */ } gives { /* keep */ "x" }: the blank before the closing bracket stays (audit 90 H90-8).
            if (after.Count > 0 && after[after.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) && close.LeadingTrivia.Count == 0)
                return element.WithTrailingTrivia(after[after.Count - 1]);
            return element;
        }

        /// <summary>Whether a token's leading trivia holds only its line's indentation (it starts its line after the one before).</summary>
        private static bool IsIndentationOnly(SyntaxTriviaList closeLeading) =>
            System.Linq.Enumerable.All(closeLeading, t => t.IsKind(SyntaxKind.WhitespaceTrivia));

        /// <summary>
        /// The indentation of a token's line and one level more (a tab if the line is indented with tabs); where a comment comes
        /// before the token on its line (<c>/* b */ }</c>), the comment's indentation: what goes before the token goes at the
        /// comment's column, and the comment stays with the token (audit 94 N94-4: it was copied before each added item).
        /// </summary>
        private static SyntaxTriviaList IndentedPast(SyntaxToken token)
        {
            var line = LastLine(token.LeadingTrivia, out var indentationOnly);
            if (!indentationOnly) return line;
            var unit = line.ToFullString().Contains("\t") ? "\t" : "    ";
            return line.Add(SyntaxFactory.Whitespace(unit));
        }

        /// <summary>
        /// The indentation of the line <paramref name="token"/> is on, also where it is not the first on it (<c>A = 1, B = 2</c>:
        /// audit 98 S98-9, an item added after <c>B</c> went to column 0).
        /// </summary>
        private static SyntaxTriviaList LineIndentation(SyntaxToken token)
        {
            for (var current = token; ; current = current.GetPreviousToken())
            {
                var previous = current.GetPreviousToken();
                if (previous.IsKind(SyntaxKind.None) || EndsLine(previous.TrailingTrivia) || current.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia))
                    return LastLine(current.LeadingTrivia);
            }
        }

        /// <summary>The blanks after the last line break (or directive) of a leading trivia: the indentation of its token's line.</summary>
        private static SyntaxTriviaList LastLine(SyntaxTriviaList leading) => LastLine(leading, out _);

        /// <param name="indentationOnly">Whether nothing but those blanks comes before the token on its line (no comment).</param>
        private static SyntaxTriviaList LastLine(SyntaxTriviaList leading, out bool indentationOnly)
        {
            var start = leading.Count;
            while (start > 0 && !leading[start - 1].IsKind(SyntaxKind.EndOfLineTrivia) && !leading[start - 1].HasStructure
                && !leading[start - 1].IsKind(SyntaxKind.DisabledTextTrivia))
                start--;
            var end = start;
            while (end < leading.Count && leading[end].IsKind(SyntaxKind.WhitespaceTrivia)) end++;
            indentationOnly = end == leading.Count;
            return SyntaxFactory.TriviaList(System.Linq.Enumerable.Take(System.Linq.Enumerable.Skip(leading, start), end - start));
        }

        /// <summary>
        /// True when what a fix would append to the list would land inside an <c>#if</c> branch (<c>#if</c>, <c>#elif</c>,
        /// <c>#else</c> or <c>#endif</c> before its last item or its closing brace): there it would be missing in the other
        /// configuration, with the comma it needs. No fix then. Other directives (<c>#region</c>) open no branch; an item
        /// appended goes after those before the brace (see <see cref="Appended(InitializerExpressionSyntax, ExpressionSyntax)"/>),
        /// but for an empty list, whose first item would share their line.
        /// </summary>
        public static bool EndsInConditionalCode(SyntaxNode? list) => list switch
        {
            InitializerExpressionSyntax initializer => EndsInConditionalCode(initializer.Expressions, initializer.CloseBraceToken),
            CollectionExpressionSyntax collection => EndsInConditionalCode(collection.Elements, collection.CloseBracketToken),
            _ => false,
        };

        private static bool EndsInConditionalCode<TNode>(SeparatedSyntaxList<TNode> items, SyntaxToken close) where TNode : SyntaxNode =>
            items.Count == 0
                ? System.Linq.Enumerable.Any(close.LeadingTrivia, t => t.IsDirective)
                : HasBranchDirectives(close.LeadingTrivia) || IsInABranch(items[items.Count - 1]);

        /// <summary>
        /// Whether an <c>#if</c> of the list that holds <paramref name="item"/> is still open at it: an item after the
        /// <c>#endif</c> of a branch is not in it (audit 56 S4: <c>#if DEBUG Memory = 2, #endif CPUShares = 1,</c>).
        /// </summary>
        private static bool IsInABranch(SyntaxNode item)
        {
            if (item.Parent is not { ContainsDirectives: true } list) return false;
            var depth = 0;
            foreach (var trivia in list.DescendantTrivia(n => n.FullSpan.Start < item.SpanStart))
            {
                if (trivia.SpanStart >= item.SpanStart) break;
                if (trivia.IsKind(SyntaxKind.IfDirectiveTrivia)) depth++;
                else if (trivia.IsKind(SyntaxKind.EndIfDirectiveTrivia)) depth--;
            }
            return depth > 0;
        }

        private static bool HasBranchDirectives(SyntaxTriviaList trivia) => System.Linq.Enumerable.Any(trivia, t =>
            t.IsKind(SyntaxKind.IfDirectiveTrivia) || t.IsKind(SyntaxKind.ElifDirectiveTrivia) || t.IsKind(SyntaxKind.ElseDirectiveTrivia)
            || t.IsKind(SyntaxKind.EndIfDirectiveTrivia) || t.IsKind(SyntaxKind.DisabledTextTrivia));

        /// <summary>
        /// Whether the text of a branch not compiled in this configuration (<c>#if !DEBUG</c> in Debug), inside
        /// <paramref name="scope"/>, names <paramref name="name"/> as a whole word. The compiler shows that text to no one, so
        /// a fix must take it as a use: a local a fix would remove as unused, a member it would add as missing, may be read or
        /// set there, and the other configuration (or the other target framework, whose fix the IDE and <c>dotnet format</c>
        /// merge with this one's) would no longer compile (audit 128 F128-1, F128-2, F128-7).
        /// </summary>
        public static bool NamedInDisabledText(SyntaxNode? scope, string name)
        {
            if (scope is null || !scope.ContainsDirectives || name.Length == 0) return false;
            foreach (var trivia in scope.DescendantTrivia())
            {
                if (!trivia.IsKind(SyntaxKind.DisabledTextTrivia)) continue;
                var text = trivia.ToString();
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                    if (ContainerLint.Analyzers.Reading.SyntaxPrefilter.IsWordAt(text, at, name.Length)) return true;
            }
            return false;
        }

        /// <summary>The value assigned to <paramref name="property"/> in the object initializer, if any.</summary>
        public static AssignmentExpressionSyntax? FindAssignment(BaseObjectCreationExpressionSyntax creation, string property)
        {
            if (creation.Initializer is null) return null;
            foreach (var expression in creation.Initializer.Expressions)
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment && name.Identifier.ValueText == property)
                    return assignment;
            return null;
        }

        /// <summary>
        /// New code, parsed: its spaces are the text's own (no formatter, see <see cref="WithAssignment"/>); its names are
        /// simplified by the code action where the usings in force allow, unless they are conditional (<see cref="UsingsAreConditional"/>).
        /// </summary>
        public static ExpressionSyntax ParseExpression(string text, SemanticModel? model)
        {
            var expression = SyntaxFactory.ParseExpression(text);
            return model is not null && UsingsAreConditional(model) ? expression : expression.WithAdditionalAnnotations(Simplifier.Annotation);
        }

        /// <summary>
        /// How to write <paramref name="type"/> at <paramref name="position"/>: as short as the usings in scope there allow,
        /// or in full where they are conditional (<see cref="UsingsAreConditional"/>).
        /// </summary>
        public static string TypeDisplay(ITypeSymbol type, SemanticModel model, int position) =>
            UsingsAreConditional(model) ? type.ToDisplayString() : type.ToMinimalDisplayString(model, position);

        /// <summary>
        /// Whether a conditional directive (<c>#if</c>, <c>#elif</c>, <c>#else</c>, <c>#endif</c>) lies among the usings of
        /// the model's file or of one of its namespaces, or among the global usings of another file of the compilation
        /// (audit 58 V4): which usings are in force may then differ from one build configuration or target framework to
        /// another, and with them what a short name binds to. A fix made in one of them must compile in all, and the IDE
        /// and <c>dotnet format</c> merge the fixes of a multi-targeted project's frameworks, writing conflict markers where
        /// their texts differ (audit 56 S1, S2): there fixes write type names in full and add no using.
        /// </summary>
        public static bool UsingsAreConditional(SemanticModel model) =>
            HasConditionalUsings(model.SyntaxTree.GetRoot(), globalOnly: false) || GlobalUsingsAreConditional.GetValue(model.Compilation, OtherFilesHaveConditionalGlobalUsings).Value;

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, ConditionalFlag> GlobalUsingsAreConditional =
            new System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, ConditionalFlag>();

        private sealed class ConditionalFlag
        {
            public ConditionalFlag(bool value) => Value = value;
            public bool Value { get; }
        }

        private static ConditionalFlag OtherFilesHaveConditionalGlobalUsings(Compilation compilation)
        {
            foreach (var tree in compilation.SyntaxTrees)
                if (HasConditionalUsings(tree.GetRoot(), globalOnly: true)) return new ConditionalFlag(true);
            return new ConditionalFlag(false);
        }

        /// <summary>Whether a conditional directive lies among the usings of <paramref name="root"/> (of a file with global usings only, when <paramref name="globalOnly"/>).</summary>
        private static bool HasConditionalUsings(SyntaxNode root, bool globalOnly)
        {
            if (!root.ContainsDirectives || root is not CompilationUnitSyntax unit) return false;
            if (globalOnly && !unit.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)) && !HasDisabledGlobalUsing(unit)) return false;
            for (var directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
            {
                if (directive is not (IfDirectiveTriviaSyntax or ElifDirectiveTriviaSyntax or ElseDirectiveTriviaSyntax or EndIfDirectiveTriviaSyntax)) continue;
                var position = directive.SpanStart;
                if (position < UsingsEnd(unit.Members, unit.EndOfFileToken.SpanStart)) return true;
                if (globalOnly) continue;
                foreach (var ns in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>())
                {
                    var end = UsingsEnd(ns.Members, ns is NamespaceDeclarationSyntax block ? block.CloseBraceToken.SpanStart : ns.Span.End);
                    if (position >= ns.Name.Span.End && position < end) return true;
                }
            }
            return false;
        }

        /// <summary>A <c>global using</c> in a branch not compiled (disabled text), which a file of global usings may hold alone.</summary>
        private static bool HasDisabledGlobalUsing(CompilationUnitSyntax unit) =>
            unit.DescendantTrivia().Any(t => t.IsKind(SyntaxKind.DisabledTextTrivia) && t.ToString().Contains("global using"));

        private static int UsingsEnd(SyntaxList<MemberDeclarationSyntax> members, int end) => members.Count > 0 ? members[0].SpanStart : end;

        /// <summary>
        /// Whether a conditional directive lies in <paramref name="scope"/> before <paramref name="node"/>: code before it may be
        /// compiled in one configuration and not in another, and a fix that reads it could differ between them.
        /// </summary>
        public static bool HasConditionalCodeBefore(SyntaxNode scope, SyntaxNode node)
        {
            if (!scope.ContainsDirectives) return false;
            // Also the trivia that leads the node itself, where a branch right before it ends (audit 58 V1: with the branch not
            // compiled, its directives lead the node's first token).
            foreach (var trivia in scope.DescendantTrivia(n => n.FullSpan.Start < node.SpanStart))
                if (trivia.SpanStart < node.SpanStart && (trivia.IsKind(SyntaxKind.IfDirectiveTrivia) || trivia.IsKind(SyntaxKind.ElifDirectiveTrivia)
                    || trivia.IsKind(SyntaxKind.ElseDirectiveTrivia) || trivia.IsKind(SyntaxKind.EndIfDirectiveTrivia)))
                    return true;
            return false;
        }

        /// <summary>The string literals inside a node (itself included), in source order.</summary>
        public static IEnumerable<LiteralExpressionSyntax> StringLiterals(SyntaxNode node)
        {
            foreach (var descendant in node.DescendantNodesAndSelf())
                if (descendant is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                    yield return literal;
        }

        public static bool Equal(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
