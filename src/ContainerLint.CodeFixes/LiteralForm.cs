using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes
{
    /// <summary>
    /// A string a fix rewrites keeps the form its author chose: a verbatim literal (<c>@"C:\app:/app"</c>, chosen for Windows
    /// paths) stays verbatim, a raw one (<c>"""/etc/"q":/q"""</c>) raw, over one line or several (audit 42 CL-07), and a regular
    /// one keeps its escapes where its value does not change.
    /// </summary>
    internal static class LiteralForm
    {
        /// <summary>
        /// A string literal holding <paramref name="value"/>, written as <paramref name="literal"/> is (regular, verbatim, raw
        /// with as many quotes and, over several lines, the same indentation; regular with the text of what does not change as
        /// it was); a regular one where that form cannot hold the value (a raw literal's quotes in it).
        /// </summary>
        public static LiteralExpressionSyntax WithValue(LiteralExpressionSyntax literal, string value)
        {
            var token = literal.Token;
            var text = token.Kind() switch
            {
                SyntaxKind.StringLiteralToken when token.Text.StartsWith("@", StringComparison.Ordinal) => "@\"" + value.Replace("\"", "\"\"") + "\"",
                SyntaxKind.SingleLineRawStringLiteralToken => Quotes(token.Text) + value + Quotes(token.Text),
                SyntaxKind.MultiLineRawStringLiteralToken => MultiLineRaw(token.Text, value),
                SyntaxKind.StringLiteralToken => WithEscapesKept(token.Text, token.ValueText, value),
                _ => null,
            };
            return text is not null && Parsed(text, value) is { } written ? written : FixSyntax.StringLiteral(value);
        }

        /// <summary>
        /// A regular literal's text with the value changed from <paramref name="old"/> to <paramref name="value"/> where they
        /// differ: what comes before and after is kept as the user wrote it, escapes included (<c>"\u002Fetc:/e"</c> made
        /// read-only stays <c>"\u002Fetc:/e:ro"</c>); only the text that changes is written in the standard escaped form. Null
        /// when the text cannot be read character by character.
        /// </summary>
        private static string? WithEscapesKept(string text, string old, string value)
        {
            if (Characters(text) is not { } starts || starts[starts.Count - 1].Value != old.Length) return null;
            var prefix = 0;
            while (prefix < old.Length && prefix < value.Length && old[prefix] == value[prefix]) prefix++;
            // The change starts where a word does: an option added before one that begins with the same letters (nosuid
            // before nodev) would otherwise take that one's first letters, escapes and all, as its own.
            while (prefix > 0 && prefix < old.Length && IsWordPart(old[prefix - 1]) && IsWordPart(old[prefix])) prefix--;
            var suffix = 0;
            while (suffix < old.Length - prefix && suffix < value.Length - prefix && old[old.Length - 1 - suffix] == value[value.Length - 1 - suffix]) suffix++;
            // Kept whole: an escape of two UTF-16 characters (\U0001F600) is not split.
            var before = starts.FindLast(s => s.Value <= prefix);
            var after = starts.Find(s => s.Value >= old.Length - suffix);
            var changed = value.Substring(before.Value, value.Length - (old.Length - after.Value) - before.Value);
            var written = FixSyntax.StringLiteral(changed).Token.Text;
            return text.Substring(0, before.Text) + written.Substring(1, written.Length - 2) + text.Substring(after.Text);
        }

        /// <summary>
        /// Where each character (or escape) of a regular literal's text starts, in the text and in the value, and where the
        /// closing quote is; null for text that is not one.
        /// </summary>
        private static List<(int Text, int Value)>? Characters(string text)
        {
            if (text.Length < 2 || text[0] != '"' || text[text.Length - 1] != '"') return null;
            var starts = new List<(int Text, int Value)>();
            var value = 0;
            var i = 1;
            while (i < text.Length - 1)
            {
                starts.Add((i, value));
                if (text[i] != '\\')
                {
                    i++;
                    value++;
                    continue;
                }
                if (i + 1 >= text.Length - 1) return null;
                var length = text[i + 1] switch { 'x' => 1 + HexDigits(text, i + 2, 4), 'u' => 5, 'U' => 9, _ => 1 };
                if (i + 1 + length > text.Length - 1) return null;
                value += text[i + 1] == 'U' && int.TryParse(text.Substring(i + 2, 8), System.Globalization.NumberStyles.HexNumber, null, out var codePoint) && codePoint > 0xFFFF ? 2 : 1;
                i += 1 + length;
            }
            starts.Add((text.Length - 1, value));
            return starts;
        }

        private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_';

        private static int HexDigits(string text, int start, int most)
        {
            var count = 0;
            while (count < most && start + count < text.Length - 1 && Uri.IsHexDigit(text[start + count])) count++;
            return count;
        }

        /// <summary>
        /// Whether the text parts of <paramref name="interpolated"/> may be rewritten with the text they hold: <c>$"..."</c>,
        /// <c>$@"..."</c> and a raw string on one line (<c>$"""..."""</c>). Over several lines, a raw string's parts hold its
        /// indentation and line breaks, which the value leaves out.
        /// </summary>
        public static bool HasEditableText(InterpolatedStringExpressionSyntax interpolated) =>
            interpolated.StringStartToken.Kind() is SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedVerbatimStringStartToken
                or SyntaxKind.InterpolatedSingleLineRawStringStartToken;

        /// <summary>Whether an interpolated string's text part is written as the text it holds (no escapes): then it may be edited as that text.</summary>
        public static bool HoldsItsText(InterpolatedStringTextSyntax part) => part.TextToken.Text == part.TextToken.ValueText;

        /// <summary>
        /// A text part of <c>$"..."</c>, <c>$@"..."</c> or <c>$"""..."""</c> holding <paramref name="text"/> as written: what the
        /// fixes write there (a bind mode, mount options) has no brace or quote to escape.
        /// </summary>
        public static InterpolatedStringTextSyntax InterpolatedText(string text) =>
            SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.InterpolatedStringTextToken, text, text, SyntaxFactory.TriviaList()));

        /// <summary>Whether <paramref name="expression"/>, written out, is C# without errors (a raw string's content cannot start or end with a quote).</summary>
        public static bool Parses(ExpressionSyntax expression) => !SyntaxFactory.ParseExpression(expression.ToString()).ContainsDiagnostics;

        /// <summary>The opening quotes of a raw string literal (three or more).</summary>
        private static string Quotes(string rawText) => new string('"', rawText.TakeWhile(c => c == '"').Count());

        /// <summary>
        /// A raw string over several lines: the opening quotes, a line break, each line of the value indented as the closing
        /// quotes are, a line break, the closing quotes; line breaks as the literal has them.
        /// </summary>
        private static string MultiLineRaw(string rawText, string value)
        {
            var quotes = Quotes(rawText);
            var lineBreak = rawText.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
            var lastLine = rawText.Substring(rawText.LastIndexOf('\n') + 1);
            var indentation = lastLine.Substring(0, lastLine.Length - quotes.Length);
            var lines = value.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 ? line : indentation + line);
            return quotes + lineBreak + string.Join(lineBreak, lines) + lineBreak + indentation + quotes;
        }

        /// <summary>The literal <paramref name="text"/> is, when it is one without errors whose value is <paramref name="value"/>.</summary>
        private static LiteralExpressionSyntax? Parsed(string text, string value) =>
            SyntaxFactory.ParseExpression(text) is LiteralExpressionSyntax parsed && !parsed.ContainsDiagnostics
                && parsed.IsKind(SyntaxKind.StringLiteralExpression) && parsed.Token.ValueText == value
                && parsed.FullSpan.Length == text.Length
                ? parsed
                : null;
    }
}
