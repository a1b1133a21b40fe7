using System;
using System.Collections.Generic;
using System.Text;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Findings;
using ContainerLint.Rules.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// Edits a mount option list written as a string: replaces <c>suid</c> with <c>nosuid</c>, appends <c>nodev</c>,
    /// removes a <c>shared</c> propagation (the whole <c>Propagation = "rshared"</c> assignment when that is all it says).
    /// </summary>
    internal sealed class MountOptionFix : IntentFix
    {
        public override bool Handles(FixKind kind) =>
            kind == FixKind.ReplaceOption || kind == FixKind.RemoveOption || kind == FixKind.AppendOption;

        public override Edit? CreateEdit(SyntaxNode node, FixKind kind, Diagnostic diagnostic, SemanticModel model)
        {
            var oldOption = Property(diagnostic, FixProperties.OldValue);
            var newOption = Property(diagnostic, FixProperties.Value);
            if (FixSyntax.Expression(node) is not { } expression
                || (Target(expression, kind, oldOption, model) is null && (kind != FixKind.RemoveOption || oldOption is null || TextPart(expression, oldOption) is null)))
                return null;
            var title = kind switch
            {
                FixKind.ReplaceOption => "Replace '" + oldOption + "' with '" + newOption + "'",
                FixKind.RemoveOption => "Remove '" + oldOption + "'",
                _ => "Add '" + newOption + "'",
            };
            return new Edit(title, (root, found, current) =>
            {
                if (FixSyntax.Expression(found) is not { } e) return null;
                // $"{Data}:/d:rshared": the option is taken out of the text part that holds it.
                if (kind == FixKind.RemoveOption && oldOption is not null && Target(e, kind, oldOption, current) is null && TextPart(e, oldOption) is { } part)
                {
                    var rest = ReplaceToken(part.TextToken.ValueText, oldOption, null);
                    var interpolated = (InterpolatedStringExpressionSyntax)part.Parent!;
                    var rewritten = rest.Length == 0
                        ? interpolated.WithContents(interpolated.Contents.Remove(part))
                        : interpolated.ReplaceNode(part, SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.InterpolatedStringTextToken, rest, rest, SyntaxFactory.TriviaList())));
                    // A raw string's text may not end in a quote.
                    return LiteralForm.Parses(rewritten) ? root.ReplaceNode(interpolated, rewritten) : null;
                }
                if (Target(e, kind, oldOption, current) is not { } literal) return null;
                var text = literal.Token.ValueText;
                string updated;
                switch (kind)
                {
                    case FixKind.ReplaceOption when oldOption is not null && newOption is not null:
                        updated = ReplaceToken(text, oldOption, newOption);
                        break;
                    case FixKind.RemoveOption when oldOption is not null:
                        updated = ReplaceToken(text, oldOption, null);
                        if (updated.Length == 0 && literal.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment)
                            return FixSyntax.Remove(root, assignment);
                        if (updated.Length == 0 && e.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } read && literal != e)
                            return WithoutAssignmentAndLocal(root, read, Usage.OnlyUseOfLocal(e, current)!);
                        break;
                    case FixKind.AppendOption when newOption is not null:
                        updated = text.Trim().Length == 0 ? newOption : WithOptionAdded(text, newOption);
                        break;
                    default:
                        return null;
                }
                return root.ReplaceNode(literal, LiteralForm.WithValue(literal, updated).WithTriviaFrom(literal));
            });
        }

        /// <summary>
        /// <c>Propagation = prop</c> removed, and the local only it read (<c>const string prop = "rshared";</c>), which would be
        /// left unused, with it: as the user fix does (<see cref="SetValueFix"/>).
        /// </summary>
        private static SyntaxNode? WithoutAssignmentAndLocal(SyntaxNode root, AssignmentExpressionSyntax assignment, LocalDeclarationStatementSyntax local)
        {
            var tracked = root.TrackNodes(assignment, local);
            var removed = FixSyntax.Remove(tracked, tracked.GetCurrentNode(assignment)!);
            return removed?.GetCurrentNode(local) is { } declaration ? FixSyntax.Remove(removed, declaration) : null;
        }

        private static string WithOptionAdded(string options, string option)
        {
            var written = new List<string>(options.Split(','));
            MountOptionList.AddFixedOption(written, option);
            return string.Join(",", written);
        }

        /// <summary>
        /// The string literal to edit: the expression itself, the literal inside it that holds the option, or the literal a
        /// local is declared with when the expression is its only use (<c>const string opts = "suid"; ... ["/t"] = opts</c>: no
        /// other code reads the value that changes). A constant field's value may be read anywhere: none.
        /// </summary>
        private static LiteralExpressionSyntax? Target(ExpressionSyntax expression, FixKind kind, string? oldOption, SemanticModel model)
        {
            if (expression is LiteralExpressionSyntax literal && FixSyntax.IsStringLiteral(literal)) return literal;
            if (Usage.OnlyUseOfLocal(expression, model) is { } declaration
                && declaration.Declaration.Variables[0].Initializer?.Value is LiteralExpressionSyntax declared && FixSyntax.IsStringLiteral(declared))
                return declared;
            if (kind == FixKind.AppendOption || oldOption is null) return null;
            foreach (var inner in FixSyntax.StringLiterals(expression))
                if (FindToken(inner.Token.ValueText, oldOption).Start >= 0) return inner;
            return null;
        }

        /// <summary>
        /// The text part of an interpolated string (<c>$"{Data}:/d:rshared"</c>, also <c>$@"..."</c> and a one-line raw one) that
        /// holds the option, when its source text is its value (no escapes).
        /// </summary>
        private static InterpolatedStringTextSyntax? TextPart(ExpressionSyntax expression, string option)
        {
            if (expression is not InterpolatedStringExpressionSyntax interpolated || !LiteralForm.HasEditableText(interpolated)) return null;
            foreach (var content in interpolated.Contents)
                if (content is InterpolatedStringTextSyntax text && text.TextToken.Text == text.TextToken.ValueText && FindToken(text.TextToken.ValueText, option).Start >= 0)
                    return text;
            return null;
        }

        /// <summary>Replaces (or, with null, removes) one option of a <c>,</c>/<c>:</c>-separated list, keeping the rest as written.</summary>
        internal static string ReplaceToken(string text, string option, string? replacement)
        {
            var (start, length) = FindToken(text, option);
            if (start < 0) return text;
            if (replacement is not null) return text.Substring(0, start) + replacement + text.Substring(start + length);
            var after = start + length;
            // The first option of a list ("rshared,ro", the mode of "/etc:/e:rshared,ro") takes the ',' after it, so that
            // the ':' before the mode stays ("/etc:/e:ro"); the only one takes the ':' before it ("/d:/d:rshared" -> "/d:/d");
            // any other takes the ',' before it ("ro,rshared" -> "ro").
            var first = start == 0 || text[start - 1] == ':';
            if (first && after < text.Length && text[after] == ',') return text.Substring(0, start) + text.Substring(after + 1);
            return text.Substring(0, start == 0 ? 0 : start - 1) + text.Substring(after);
        }

        private static (int Start, int Length) FindToken(string text, string option)
        {
            var start = 0;
            while (start <= text.Length)
            {
                var end = start;
                while (end < text.Length && text[end] != ',' && text[end] != ':') end++;
                var token = text.Substring(start, end - start);
                if (token.Trim().Equals(option, StringComparison.OrdinalIgnoreCase))
                {
                    var leading = token.Length - token.TrimStart().Length;
                    return (start + leading, token.Trim().Length);
                }
                start = end + 1;
            }
            return (-1, 0);
        }
    }
}
