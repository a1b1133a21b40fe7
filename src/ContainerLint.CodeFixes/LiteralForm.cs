using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
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

        /// <summary>How the text of a string is written: what stands for one character of its value.</summary>
        private enum TextForm
        {
            /// <summary><c>"..."</c>: backslash escapes.</summary>
            Regular,

            /// <summary>The text of <c>$"..."</c>: backslash escapes, and <c>{{</c> and <c>}}</c> for one brace.</summary>
            RegularInterpolated,

            /// <summary>The text of <c>$@"..."</c>: <c>""</c> for a quote, <c>{{</c> and <c>}}</c> for one brace.</summary>
            VerbatimInterpolated,

            /// <summary>The text of a raw <c>$"""..."""</c> on one line: each character as it is.</summary>
            Raw,
        }

        /// <summary>
        /// A regular literal's text with the value changed from <paramref name="old"/> to <paramref name="value"/> where they
        /// differ: what comes before and after is kept as the user wrote it, escapes included (<c>"\u002Fetc:/e"</c> made
        /// read-only stays <c>"\u002Fetc:/e:ro"</c>); only the text that changes is written in the standard escaped form. Null
        /// when the text cannot be read character by character.
        /// </summary>
        private static string? WithEscapesKept(string text, string old, string value) =>
            text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"'
                ? WithEscapesKept(text, 1, text.Length - 1, TextForm.Regular, old, value)
                : null;

        /// <summary>
        /// <paramref name="text"/> with what it writes from <paramref name="from"/> to <paramref name="to"/> (the value
        /// <paramref name="old"/>) changed to <paramref name="value"/> where they differ, the rest kept as written (see
        /// <see cref="WithEscapesKept(string, string, string)"/>); null when the text cannot be read character by character or
        /// the form cannot write the text that changes.
        /// </summary>
        private static string? WithEscapesKept(string text, int from, int to, TextForm form, string old, string value)
        {
            if (Read(text, from, to, form) is not var (starts, held) || held != old) return null;
            var prefix = 0;
            while (prefix < old.Length && prefix < value.Length && old[prefix] == value[prefix]) prefix++;
            // The change starts where a word does: an option added before one that begins with the same letters (nosuid
            // before nodev) would otherwise take that one's first letters, escapes and all, as its own.
            while (prefix > 0 && prefix < old.Length && IsWordPart(old[prefix - 1]) && IsWordPart(old[prefix])) prefix--;
            var suffix = 0;
            while (suffix < old.Length - prefix && suffix < value.Length - prefix && old[old.Length - 1 - suffix] == value[value.Length - 1 - suffix]) suffix++;
            // Kept whole: an escape of two UTF-16 characters (\U0001F600), a doubled brace or quote, is not split.
            var beforeIndex = starts.FindLastIndex(s => s.Value <= prefix);
            var before = starts[beforeIndex];
            var after = starts.Find(s => s.Value >= old.Length - suffix);
            var changed = value.Substring(before.Value, value.Length - (old.Length - after.Value) - before.Value);
            if (Written(changed, form) is not { } written) return null;
            var kept = text.Substring(0, before.Text);
            // \x takes up to four hex digits: a kept \x3A the written text or the kept rest now follows with a hex digit
            // ("\x3Acached") would read on into it, so it is written with all four (\x003A).
            var next = written.Length > 0 ? written[0] : after.Text < to ? text[after.Text] : '"';
            if (beforeIndex > 0 && Uri.IsHexDigit(next) && form is TextForm.Regular or TextForm.RegularInterpolated)
            {
                var escape = starts[beforeIndex - 1].Text;
                var digits = before.Text - escape - 2;
                if (text[escape] == '\\' && text[escape + 1] == 'x' && digits is > 0 and < 4)
                    kept = text.Substring(0, escape) + "\\x" + new string('0', 4 - digits) + text.Substring(escape + 2, digits);
            }
            return kept + written + text.Substring(after.Text);
        }

        /// <summary>
        /// <paramref name="value"/> written in <paramref name="form"/> (what goes between the quotes), in the standard escaped
        /// form; null where a raw string would need a quote, a brace or a line break written.
        /// </summary>
        private static string? Written(string value, TextForm form)
        {
            switch (form)
            {
                case TextForm.Regular:
                case TextForm.RegularInterpolated:
                    var literal = FixSyntax.StringLiteral(value).Token.Text;
                    var text = literal.Substring(1, literal.Length - 2);
                    return form == TextForm.Regular ? text : text.Replace("{", "{{").Replace("}", "}}");
                case TextForm.VerbatimInterpolated:
                    return value.Replace("\"", "\"\"").Replace("{", "{{").Replace("}", "}}");
                default:
                    return value.IndexOfAny(new[] { '"', '{', '}', '\r', '\n' }) >= 0 ? null : value;
            }
        }

        /// <summary>
        /// Where each character (or escape, or doubled brace or quote) of the text from <paramref name="from"/> to
        /// <paramref name="to"/> starts, in the text and in the value, with where the text ends, and the value it holds; null
        /// for text that is not one of <paramref name="form"/> (or an escape this does not know).
        /// </summary>
        /// <remarks>
        /// The value is read here rather than taken from the token: Roslyn's <c>ValueText</c> of an interpolated string's text
        /// keeps <c>{{</c> and <c>}}</c> doubled (as a format string has them), where the string holds one brace.
        /// </remarks>
        private static (List<(int Text, int Value)> Starts, string Value)? Read(string text, int from, int to, TextForm form)
        {
            var starts = new List<(int Text, int Value)>();
            var value = new StringBuilder();
            var i = from;
            while (i < to)
            {
                starts.Add((i, value.Length));
                var c = text[i];
                var doubled = form switch
                {
                    TextForm.RegularInterpolated => c is '{' or '}',
                    TextForm.VerbatimInterpolated => c is '{' or '}' or '"',
                    _ => false,
                };
                if (doubled)
                {
                    if (i + 1 >= to || text[i + 1] != c) return null;
                    value.Append(c);
                    i += 2;
                    continue;
                }
                if (c != '\\' || form is TextForm.VerbatimInterpolated or TextForm.Raw)
                {
                    value.Append(c);
                    i++;
                    continue;
                }
                if (i + 1 >= to) return null;
                var length = text[i + 1] switch { 'x' => 1 + HexDigits(text, i + 2, to, 4), 'u' => 5, 'U' => 9, _ => 1 };
                if (i + 1 + length > to || Unescaped(text.Substring(i + 1, length)) is not { } unescaped) return null;
                value.Append(unescaped);
                i += 1 + length;
            }
            starts.Add((to, value.Length));
            return (starts, value.ToString());
        }

        /// <summary>What the escape <c>\</c><paramref name="escape"/> stands for; null for one C# does not have.</summary>
        private static string? Unescaped(string escape)
        {
            if (escape[0] is 'x' or 'u' or 'U')
            {
                if (escape.Length < 2 || !int.TryParse(escape.Substring(1), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)) return null;
                if (code <= 0xFFFF) return ((char)code).ToString();
                return code <= 0x10FFFF ? char.ConvertFromUtf32(code) : null;
            }
            return escape[0] switch
            {
                '\'' => "'",
                '"' => "\"",
                '\\' => "\\",
                '0' => "\0",
                'a' => "\a",
                'b' => "\b",
                'e' => "\u001B",
                'f' => "\f",
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'v' => "\v",
                _ => null,
            };
        }

        private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_';

        private static int HexDigits(string text, int start, int end, int most)
        {
            var count = 0;
            while (count < most && start + count < end && Uri.IsHexDigit(text[start + count])) count++;
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

        /// <summary>
        /// The value a text part of an interpolated string with editable text (<see cref="HasEditableText"/>) holds, read
        /// character by character, escapes (<c>\x3A</c>), doubled braces (<c>{{</c>) and a verbatim one's doubled quotes
        /// included; null when it cannot be read so. Where it can, <see cref="WithValue(InterpolatedStringTextSyntax, string)"/>
        /// can give the part another value.
        /// </summary>
        public static string? TextValue(InterpolatedStringTextSyntax part) =>
            Form(part) is { } form && Read(part.TextToken.Text, 0, part.TextToken.Text.Length, form) is var (_, value) ? value : null;

        /// <summary>
        /// The text part <paramref name="part"/> holding <paramref name="value"/> instead, written as it was where the value
        /// does not change, escapes, doubled braces and quotes included (<c>$"{Data}:/h\x3Arshared,ro"</c> without
        /// <c>rshared</c> is <c>$"{Data}:/h\x3Aro"</c>), as <see cref="WithValue(LiteralExpressionSyntax, string)"/> does for a
        /// regular literal; else the whole part in the standard form of its string. Null for an empty value, or one that form
        /// cannot hold (a brace or quote in a raw string).
        /// </summary>
        public static InterpolatedStringTextSyntax? WithValue(InterpolatedStringTextSyntax part, string value)
        {
            if (value.Length == 0 || part.Parent is not InterpolatedStringExpressionSyntax interpolated || Form(part) is not { } form
                || TextValue(part) is not { } old)
                return null;
            var token = part.TextToken;
            foreach (var text in new[] { WithEscapesKept(token.Text, 0, token.Text.Length, form, old, value), Written(value, form) })
                if (text is not null && Holding(interpolated, text, value, form) is { } written)
                    return part.WithTextToken(written.WithTriviaFrom(token));
            return null;
        }

        /// <summary>How the text parts of the interpolated string <paramref name="part"/> is in are written; null when they may not be edited (<see cref="HasEditableText"/>).</summary>
        private static TextForm? Form(InterpolatedStringTextSyntax part) =>
            part.Parent is InterpolatedStringExpressionSyntax interpolated && HasEditableText(interpolated)
                ? interpolated.StringStartToken.Kind() switch
                {
                    SyntaxKind.InterpolatedStringStartToken => TextForm.RegularInterpolated,
                    SyntaxKind.InterpolatedVerbatimStringStartToken => TextForm.VerbatimInterpolated,
                    _ => TextForm.Raw,
                }
                : null;

        /// <summary>
        /// The text token <paramref name="text"/> is, alone between the quotes of <paramref name="interpolated"/>, when it is one
        /// text part without errors holding <paramref name="value"/>.
        /// </summary>
        private static SyntaxToken? Holding(InterpolatedStringExpressionSyntax interpolated, string text, string value, TextForm form) =>
            SyntaxFactory.ParseExpression(interpolated.StringStartToken.Text + text + interpolated.StringEndToken.Text) is InterpolatedStringExpressionSyntax parsed
            && !parsed.ContainsDiagnostics && parsed.Contents.Count == 1 && parsed.Contents[0] is InterpolatedStringTextSyntax written
            && written.TextToken.Text == text && Read(text, 0, text.Length, form) is var (_, held) && held == value
                ? written.TextToken
                : null;

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
