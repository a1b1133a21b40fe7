using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ContainerLint.Dockerfiles.Syntax
{
    /// <summary>Reads the exec form: a JSON array of strings filling the whole argument text (BuildKit's <c>parseJSON</c>).</summary>
    internal static class JsonArrayReader
    {
        public static bool TryRead(DockerfileDocumentContext context, MappedText line, int start, int end, out List<DockerfileWord> items)
        {
            items = new List<DockerfileWord>();
            var text = line.Text;
            var i = start;
            if (i >= end || text[i] != '[') return false;
            i++;
            SkipBlanks(text, ref i, end);
            if (i < end && text[i] == ']')
                return Finish(text, i + 1, end);
            var value = new StringBuilder();
            while (true)
            {
                SkipBlanks(text, ref i, end);
                if (i >= end || text[i] != '"') return false;
                var literalStart = i;
                value.Clear();
                i++;
                var closed = false;
                while (i < end)
                {
                    var c = text[i];
                    if (c == '"')
                    {
                        closed = true;
                        i++;
                        break;
                    }
                    if (c < ' ') return false;
                    if (c == '\\')
                    {
                        if (i + 1 >= end) return false;
                        var e = text[i + 1];
                        switch (e)
                        {
                            case '"': value.Append('"'); break;
                            case '\\': value.Append('\\'); break;
                            case '/': value.Append('/'); break;
                            case 'b': value.Append('\b'); break;
                            case 'f': value.Append('\f'); break;
                            case 'n': value.Append('\n'); break;
                            case 'r': value.Append('\r'); break;
                            case 't': value.Append('\t'); break;
                            case 'u':
                                if (i + 6 > end || !int.TryParse(text.Substring(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                                    return false;
                                value.Append((char)code);
                                i += 4;
                                break;
                            default: return false;
                        }
                        i += 2;
                        continue;
                    }
                    value.Append(c);
                    i++;
                }
                if (!closed) return false;
                items.Add(new DockerfileWord(context, line, value.ToString(), literalStart, i, text.Substring(literalStart, i - literalStart)));
                SkipBlanks(text, ref i, end);
                if (i >= end) return false;
                if (text[i] == ',')
                {
                    i++;
                    continue;
                }
                if (text[i] == ']') return Finish(text, i + 1, end);
                return false;
            }
        }

        private static bool Finish(string text, int i, int end)
        {
            SkipBlanks(text, ref i, end);
            return i == end;
        }

        private static void SkipBlanks(string text, ref int i, int end)
        {
            while (i < end && WordSplitter.IsBlank(text[i])) i++;
        }
    }
}
