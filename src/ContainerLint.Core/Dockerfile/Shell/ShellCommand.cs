using System.Collections.Generic;

namespace ContainerLint.Dockerfiles.Shell
{
    /// <summary>A word of a shell command: its value with quotes and escapes removed, and where it is in the script.</summary>
    public sealed class ShellWord
    {
        public ShellWord(string value, int start, int end, bool isPlain)
        {
            Value = value;
            Start = start;
            End = end;
            IsPlain = isPlain;
        }

        /// <summary>Quotes and backslashes removed; <c>$X</c>, <c>$(…)</c> and backquotes kept as written.</summary>
        public string Value { get; }

        /// <summary>[Start, End) in the script.</summary>
        public int Start { get; }
        public int End { get; }

        /// <summary>Written without quotes, escapes or substitutions (the value is the text).</summary>
        public bool IsPlain { get; }

        /// <summary>The last path segment (<c>/usr/bin/sudo</c> → <c>sudo</c>).</summary>
        public string BaseName
        {
            get => BaseNameOf(Value);
        }

        /// <summary>The last path segment of a program name.</summary>
        public static string BaseNameOf(string program)
        {
            var slash = program.LastIndexOf('/');
            return slash >= 0 ? program.Substring(slash + 1) : program;
        }

        public override string ToString() => Value;
    }

    /// <summary>A simple command: its words (leading assignments included, redirections left out).</summary>
    public sealed class ShellCommand
    {
        public ShellCommand(IReadOnlyList<ShellWord> words)
        {
            Words = words;
        }

        public IReadOnlyList<ShellWord> Words { get; }

        public override string ToString() => string.Join(" ", Words);
    }
}
