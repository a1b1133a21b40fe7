using System.Collections.Generic;

namespace ContainerLint.Dockerfiles.Syntax
{
    /// <summary>
    /// Splits instruction arguments into words like BuildKit's <c>parseWords</c>: blanks separate words except inside
    /// quotes; the escape character keeps the next character in the word; quotes and escapes stay in the word text.
    /// </summary>
    internal static class WordSplitter
    {
        public static IReadOnlyList<DockerfileWord> Split(DockerfileDocumentContext context, MappedText line, int start, int end)
        {
            var words = new List<DockerfileWord>();
            var text = line.Text;
            var escape = context.EscapeChar;
            var i = start;
            while (i < end)
            {
                while (i < end && IsBlank(text[i])) i++;
                if (i >= end) break;
                var wordStart = i;
                var quote = '\0';
                while (i < end)
                {
                    var c = text[i];
                    if (quote == '\0')
                    {
                        if (IsBlank(c)) break;
                        if (c == '\'' || c == '"') quote = c;
                        else if (c == escape && i + 1 < end) i++;
                    }
                    else if (c == quote) quote = '\0';
                    else if (c == escape && quote != '\'' && i + 1 < end) i++;
                    i++;
                }
                words.Add(new DockerfileWord(context, line, text.Substring(wordStart, i - wordStart), wordStart, i));
            }
            return words;
        }

        public static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    }
}
