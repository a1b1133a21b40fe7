using System;
using System.Collections.Generic;
using System.Linq;
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
                || (Target(expression, kind, oldOption, model) is null && PartEdit(expression, kind, oldOption, newOption, model) is null))
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
                // Fix All's second edit of a concatenation that got an option after it ("size=" + K.Size + ",nosuid") finds
                // the value it tracked as the left operand of that addition: the value is now the whole.
                while (kind == FixKind.AppendOption && e.Parent is BinaryExpressionSyntax sum && sum.IsKind(SyntaxKind.AddExpression) && sum.Left == e
                       && FixSyntax.IsStringLiteral(sum.Right))
                    e = sum;
                if (Target(e, kind, oldOption, current) is null)
                    return PartEdit(e, kind, oldOption, newOption, current) is var (old, rewritten) ? root.ReplaceNode(old, rewritten) : null;
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
            if (Insertion(options, option) is var (at, added)) return options.Insert(at, added);
            var written = Split(options);
            MountOptionList.AddFixedOption(written, option);
            return string.Join(",", written);
        }

        /// <summary>The options of a list; one that ends with its separator (<c>"size=1m,"</c>) has no empty last one, so that an option added after it follows the comma.</summary>
        private static List<string> Split(string options)
        {
            var list = new List<string>(options.Split(','));
            if (list.Count > 1 && list[list.Count - 1].Length == 0) list.RemoveAt(list.Count - 1);
            return list;
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
        /// The edit of a value written in parts, as the part to replace and its replacement: the option replaced in or taken
        /// out of the text part of an interpolated string that holds it (<c>$"{Data}:/d:rshared"</c>, <c>$"{Rw},suid"</c>), or
        /// added to a constant written as a concatenation or interpolation (<c>"size=" + "100m"</c>) where it goes in the whole
        /// list, after the last option or before <c>nodev</c> (<see cref="Inserted"/>). Null when none can be made.
        /// </summary>
        private static (SyntaxNode Old, SyntaxNode New)? PartEdit(ExpressionSyntax expression, FixKind kind, string? oldOption, string? newOption, SemanticModel model)
        {
            (SyntaxNode, SyntaxNode)? edit = null;
            if (kind is FixKind.RemoveOption or FixKind.ReplaceOption && oldOption is not null && TextPart(expression, oldOption) is { } part)
            {
                var rest = ReplaceToken(LiteralForm.TextValue(part)!, oldOption, kind == FixKind.ReplaceOption ? newOption : null);
                var interpolated = (InterpolatedStringExpressionSyntax)part.Parent!;
                if (rest.Length == 0) edit = (interpolated, interpolated.WithContents(interpolated.Contents.Remove(part)));
                else if (LiteralForm.WithValue(part, rest) is { } restText) edit = (interpolated, interpolated.ReplaceNode(part, restText));
            }
            // An empty list gets the option alone, without a separator.
            else if (kind == FixKind.AppendOption && newOption is not null && (BindParts.Parts(expression) ?? ConstantName(expression)) is { } parts
                     && Whole(expression, parts, model) is { } whole
                     && (whole.Length == 0 ? (0, newOption) : whole.Trim().Length > 0 ? Insertion(whole, newOption) : null) is var (at, added))
                edit = Inserted(expression, parts, at, added, model);
            // A raw string's text may not end in a quote.
            return edit is var (_, rewritten) && rewritten is ExpressionSyntax written && LiteralForm.Parses(written) ? edit : null;
        }

        /// <summary>
        /// A constant's name alone (<c>["o"] = Opts</c>, <c>K.Opts</c>) as the one part of its value: an option after its last
        /// one goes after it (<c>Opts + ",nosuid"</c>), and the constant, which other code may read, stays as it is.
        /// </summary>
        private static List<SyntaxNode>? ConstantName(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax or MemberAccessExpressionSyntax ? new List<SyntaxNode> { expression } : null;

        /// <summary>
        /// The value of options written in parts: the constant, or what its parts write when a hole holds a number
        /// (<c>$"size={N}m"</c> is no constant to the compiler); null when a part is not known.
        /// </summary>
        private static string? Whole(ExpressionSyntax expression, List<SyntaxNode> parts, SemanticModel model)
        {
            if (model.GetConstantValue(expression).Value is string constant) return constant;
            if (expression is not InterpolatedStringExpressionSyntax) return null;
            var whole = new StringBuilder();
            foreach (var part in parts)
            {
                if (BindParts.PartValue(part, model) is not { } value) return null;
                whole.Append(value);
            }
            return whole.ToString();
        }

        /// <summary>
        /// Where <see cref="WithOptionAdded"/> puts <paramref name="option"/> in <paramref name="options"/> (after the last one, or
        /// before <c>nodev</c>), and the text it adds there (<c>",nosuid"</c>, <c>"nosuid,"</c>); null if it does more than add that.
        /// </summary>
        private static (int At, string Added)? Insertion(string options, string option)
        {
            var before = Split(options);
            var written = new List<string>(before);
            MountOptionList.AddFixedOption(written, option);
            var index = 0;
            while (index < before.Count && written[index] == before[index]) index++;
            var at = index == before.Count ? options.Length : before.Take(index).Sum(o => o.Length + 1);
            var endsWithSeparator = options.EndsWith(",", StringComparison.Ordinal);
            var added = index == before.Count ? (endsWithSeparator ? "" : ",") + written[index] : written[index] + ",";
            var expected = string.Join(",", written) + (endsWithSeparator && index < before.Count ? "," : "");
            return options.Insert(at, added) == expected ? (at, added) : null;
        }

        /// <summary>
        /// <paramref name="added"/> written at <paramref name="at"/> of a constant written in parts (<see cref="BindParts.Parts"/>), in
        /// the literal or text part that holds that place: <c>"size=" + "100m,nodev"</c> gets <c>nosuid</c> in its last literal,
        /// <c>"size=100m," + NoDev</c> at the end of its first; an interpolated string with no such text there gets a text part
        /// of its own (<c>$"{Opts}"</c> becomes <c>$"{Opts},nodev"</c>), a concatenation that ends with a constant's name an
        /// operand after it (<c>"size=" + Size</c> becomes <c>"size=" + Size + ",nosuid"</c>). Null when the place is inside a
        /// part that is not written here (a constant's name).
        /// </summary>
        private static (SyntaxNode Old, SyntaxNode New)? Inserted(ExpressionSyntax expression, List<SyntaxNode> parts, int at, string added, SemanticModel model)
        {
            (SyntaxNode Part, string Value, int Start)? holder = null;
            var index = parts.Count;
            var start = 0;
            for (var i = 0; i < parts.Count; i++)
            {
                if (BindParts.PartValue(parts[i], model) is not { } value) return null;
                var end = start + value.Length;
                if (start == at && index == parts.Count) index = i;
                // At the edge of two parts the added text goes with the one it is next to: ",nosuid" ends one, "nosuid," starts one.
                var inside = start < at && at < end || (added[0] == ',' ? at == end : at == start);
                var editable = FixSyntax.IsStringLiteral(parts[i]) || parts[i] is InterpolatedStringTextSyntax text && LiteralForm.TextValue(text) is not null;
                if (start <= at && at <= end && (holder is null || inside) && (editable || start < at && at < end))
                    holder = editable ? (parts[i], value, start) : null;
                start = end;
            }
            var interpolated = expression as InterpolatedStringExpressionSyntax;
            switch (holder)
            {
                case ({ } part, var value, var partStart) when part is LiteralExpressionSyntax literal:
                    return (literal, LiteralForm.WithValue(literal, value.Insert(at - partStart, added)).WithTriviaFrom(literal));
                case ({ } part, var value, var partStart):
                    return LiteralForm.WithValue((InterpolatedStringTextSyntax)part, value.Insert(at - partStart, added)) is { } text
                        ? (interpolated!, interpolated!.ReplaceNode(part, text))
                        : null;
                case null when interpolated is not null:
                    return index < parts.Count || at == start
                        ? (interpolated, interpolated.WithContents(interpolated.Contents.Insert(index, LiteralForm.InterpolatedText(added))))
                        : null;
                default:
                    // A concatenation that ends with a constant's name ("size=" + K.Size): what goes after it is an operand of its
                    // own, "size=" + K.Size + ",nosuid"; the constant, which other code may read, stays as it is.
                    return at == start ? (expression, BindParts.Appended(expression, added)) : null;
            }
        }

        /// <summary>
        /// The text part of an interpolated string (<c>$"{Data}:/d:rshared"</c>, also <c>$@"..."</c> and a one-line raw one) that
        /// holds the option, when it can be read character by character (<see cref="LiteralForm.TextValue"/>): escapes and doubled
        /// braces or quotes in it are kept where the value does not change.
        /// </summary>
        private static InterpolatedStringTextSyntax? TextPart(ExpressionSyntax expression, string option)
        {
            if (expression is not InterpolatedStringExpressionSyntax interpolated || !LiteralForm.HasEditableText(interpolated)) return null;
            var contents = interpolated.Contents;
            for (var i = 0; i < contents.Count; i++)
            {
                if (contents[i] is not InterpolatedStringTextSyntax text || LiteralForm.TextValue(text) is not { } value) continue;
                var (start, length) = FindToken(value, option);
                // An option at the edge of a part may run on into the hole beside it ($"{Prefix}suid" may be "nosuid").
                if (start > 0 || (start == 0 && i == 0))
                    if (start + length < value.Length || i == contents.Count - 1) return text;
            }
            return null;
        }

        /// <summary>
        /// Replaces (or, with null, removes) an option of a <c>,</c>/<c>:</c>-separated list, keeping the rest as written: the
        /// first time it is written and every time after that. Mount options apply left to right, so a later
        /// <c>suid</c> of <c>"nosuid,size=64m,suid"</c> is the one in force, and a fix of the first alone fixed nothing (audit 128 F128-6).
        /// </summary>
        internal static string ReplaceToken(string text, string option, string? replacement)
        {
            var from = 0;
            for (var (start, length) = FindToken(text, option, from); start >= 0; (start, length) = FindToken(text, option, from))
            {
                if (replacement is not null)
                {
                    text = text.Substring(0, start) + replacement + text.Substring(start + length);
                    from = start + replacement.Length;
                    continue;
                }
                var after = start + length;
                // The first option of a list ("rshared,ro", the mode of "/etc:/e:rshared,ro") takes the ',' after it, so that
                // the ':' before the mode stays ("/etc:/e:ro"); the only one takes the ':' before it ("/d:/d:rshared" -> "/d:/d");
                // any other takes the ',' before it ("ro,rshared" -> "ro").
                var first = start == 0 || text[start - 1] == ':';
                if (first && after < text.Length && text[after] == ',')
                {
                    text = text.Substring(0, start) + text.Substring(after + 1);
                    from = start;
                }
                else
                {
                    text = text.Substring(0, start == 0 ? 0 : start - 1) + text.Substring(after);
                    from = start == 0 ? 0 : start - 1;
                }
            }
            return text;
        }

        private static (int Start, int Length) FindToken(string text, string option, int from = 0)
        {
            var start = from;
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
