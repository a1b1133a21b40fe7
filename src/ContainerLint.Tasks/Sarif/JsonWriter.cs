using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ContainerLint.Tasks.Sarif
{
    /// <summary>
    /// A minimal indented JSON writer. Hand-written so the task ships no JSON library next to it (System.Text.Json is
    /// not part of .NET Framework, and the SARIF log is small).
    /// </summary>
    internal sealed class JsonWriter
    {
        private readonly StringBuilder _sb = new StringBuilder();
        private readonly Stack<bool> _hasItems = new Stack<bool>();
        private bool _afterName;

        public override string ToString() => _sb.ToString();

        public JsonWriter StartObject() => Open('{');
        public JsonWriter EndObject() => Close('}');
        public JsonWriter StartArray() => Open('[');
        public JsonWriter EndArray() => Close(']');

        public JsonWriter Name(string name)
        {
            Separate();
            WriteString(name);
            _sb.Append(": ");
            _afterName = true;
            return this;
        }

        public JsonWriter String(string? value)
        {
            Separate();
            if (value is null) _sb.Append("null");
            else WriteString(value);
            return this;
        }

        public JsonWriter Number(int value)
        {
            Separate();
            _sb.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public JsonWriter Boolean(bool value)
        {
            Separate();
            _sb.Append(value ? "true" : "false");
            return this;
        }

        public JsonWriter Property(string name, string? value) => Name(name).String(value);
        public JsonWriter Property(string name, bool value) => Name(name).Boolean(value);
        public JsonWriter Property(string name, int value) => Name(name).Number(value);

        private JsonWriter Open(char c)
        {
            Separate();
            _sb.Append(c);
            _hasItems.Push(false);
            return this;
        }

        private JsonWriter Close(char c)
        {
            var had = _hasItems.Pop();
            if (had) NewLine();
            _sb.Append(c);
            return this;
        }

        private void Separate()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }
            if (_hasItems.Count == 0) return;
            if (_hasItems.Peek()) _sb.Append(',');
            _hasItems.Pop();
            _hasItems.Push(true);
            NewLine();
        }

        private void NewLine()
        {
            _sb.Append('\n');
            _sb.Append(' ', _hasItems.Count * 2);
        }

        private void WriteString(string value)
        {
            _sb.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': _sb.Append("\\\""); break;
                    case '\\': _sb.Append("\\\\"); break;
                    case '\n': _sb.Append("\\n"); break;
                    case '\r': _sb.Append("\\r"); break;
                    case '\t': _sb.Append("\\t"); break;
                    case '\b': _sb.Append("\\b"); break;
                    case '\f': _sb.Append("\\f"); break;
                    default:
                        if (c < 0x20 || c == '\u2028' || c == '\u2029')
                            _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else
                            _sb.Append(c);
                        break;
                }
            }
            _sb.Append('"');
        }
    }
}
