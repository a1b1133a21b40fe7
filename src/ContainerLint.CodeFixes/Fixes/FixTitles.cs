using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// The titles the lightbulb and the Fix All menus show, without the code around them: each names the setting it changes
    /// (<c>Remove 'SYS_ADMIN' from CapAdd</c>, <c>Remove the PidMode setting</c>, <c>Set User to '10001'</c>).
    /// </summary>
    internal static class FixTitles
    {
        private const int LongestQuotedValue = 40;

        /// <summary>The title of removing <paramref name="removed"/>, which holds <paramref name="value"/>.</summary>
        public static string Removal(SyntaxNode removed, ExpressionSyntax value)
        {
            switch (removed)
            {
                // p => p.HostConfig.CapAdd.Add("SYS_ADMIN"): an entry.
                case InvocationExpressionSyntax call when CalledName(call) is "Add" or "Insert":
                    return EntryRemoval(value, ReceiverName(call));
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }:
                    return "Remove " + access.Name.Identifier.ValueText + "(...)";
                case AssignmentExpressionSyntax assignment:
                    return SettingRemoval(assignment);
                case ExpressionStatementSyntax { Expression: var written } when FixSyntax.PastNullConditionals(written) is AssignmentExpressionSyntax assignment:
                    return SettingRemoval(assignment);
                case ExpressionStatementSyntax { Expression: var written } when FixSyntax.PastNullConditionals(written) is InvocationExpressionSyntax call:
                    // hc.CapAdd.Add("SYS_ADMIN"), hc.CapAdd?.Add(...): an entry; hc.MaskedPaths.Clear(): the call.
                    var method = CalledName(call);
                    if (method is "Add" or "Insert") return EntryRemoval(value, ReceiverName(call));
                    return method is null ? "Remove the call" : "Remove the " + method + "(...) call";
                default:
                    return EntryRemoval(value, HolderName(removed));
            }
        }

        /// <summary>The title of writing <paramref name="newValue"/> (as C# shows it) in place of <paramref name="value"/>.</summary>
        public static string Replacement(ExpressionSyntax value, string newValue)
        {
            var (setting, isCall) = WrittenSetting(value);
            if (setting is null) return "Set to " + newValue;
            return isCall ? "Pass " + newValue + " to " + setting + "(...)" : "Set " + setting + " to " + newValue;
        }

        /// <summary>'value', shortened, as a title quotes it.</summary>
        public static string Quoted(string value) =>
            "'" + (value.Length > LongestQuotedValue ? value.Substring(0, LongestQuotedValue - 1) + "…" : value) + "'";

        private static string SettingRemoval(AssignmentExpressionSyntax assignment) =>
            NameOf(assignment.Left) is { } name ? "Remove the " + name + " setting" : "Remove the setting";

        private static string EntryRemoval(ExpressionSyntax value, string? holder)
        {
            var what = value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? Quoted(literal.Token.ValueText)
                : "the entry";
            return holder is null ? "Remove " + what : "Remove " + what + " from " + holder;
        }

        /// <summary>
        /// The setting or local a value is written to, or the method it is passed to, through parentheses, <c>!</c>, casts and
        /// the branches of <c>?:</c>.
        /// </summary>
        private static (string? Name, bool IsCall) WrittenSetting(ExpressionSyntax value)
        {
            var current = FixSyntax.WrittenAround(value);
            while (current.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != current)
                current = FixSyntax.WrittenAround(conditional);
            return current.Parent switch
            {
                AssignmentExpressionSyntax assignment when assignment.Right == current => (NameOf(assignment.Left), false),
                ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } => (CalledName(call), true),
                _ => (null, false),
            };
        }

        /// <summary>The list an element sits in: the setting or local its collection is given to.</summary>
        private static string? HolderName(SyntaxNode element)
        {
            for (var current = element.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case AssignmentExpressionSyntax assignment:
                        return NameOf(assignment.Left);
                    case VariableDeclaratorSyntax declarator:
                        return declarator.Identifier.ValueText;
                    case InitializerExpressionSyntax or CollectionExpressionSyntax or ExpressionElementSyntax or BaseObjectCreationExpressionSyntax
                        or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or EqualsValueClauseSyntax
                        or ParenthesizedExpressionSyntax or CastExpressionSyntax:
                        continue;
                    default:
                        return null;
                }
            }
            return null;
        }

        private static string? CalledName(InvocationExpressionSyntax call) => call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            IdentifierNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The list <c>Add</c> is called on: <c>CapAdd</c> of <c>hc.CapAdd.Add(x)</c> and of <c>hc?.CapAdd?.Add(x)</c>.</summary>
        private static string? ReceiverName(InvocationExpressionSyntax call)
        {
            if (call.Expression is MemberAccessExpressionSyntax access) return NameOf(access.Expression);
            // hc.CapAdd?.Add(x): the call binds to what the ?. before it accesses.
            return call.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == call ? NameOf(conditional.Expression) : null;
        }

        private static string? NameOf(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            ConditionalAccessExpressionSyntax conditional => NameOf(conditional.WhenNotNull),
            ParenthesizedExpressionSyntax parenthesized => NameOf(parenthesized.Expression),
            _ => null,
        };
    }
}
