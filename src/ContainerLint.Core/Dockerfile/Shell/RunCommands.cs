using System;
using System.Collections.Generic;
using ContainerLint.Model;

namespace ContainerLint.Dockerfiles.Shell
{
    /// <summary>A simple command of a RUN step, with a way back to file offsets.</summary>
    public sealed class RunCommand
    {
        private readonly Func<int, int>? _toFileOffset;

        public RunCommand(ShellCommand command, Func<int, int>? toFileOffset)
        {
            Command = command;
            _toFileOffset = toFileOffset;
        }

        public ShellCommand Command { get; }
        public IReadOnlyList<ShellWord> Words => Command.Words;

        /// <summary>The file offset of a word's first character, or -1 when unknown.</summary>
        public int FileOffsetOf(ShellWord word) => _toFileOffset is null || word.Start < 0 ? -1 : _toFileOffset(word.Start);
    }

    /// <summary>
    /// The simple commands a RUN step executes, in shell form or exec form. The script a shell runs with <c>-c</c>
    /// (<c>bash -c "…"</c>, <c>sh -lc '…'</c>, <c>["sh", "-c", "…"]</c>, also after <c>sudo</c>/<c>env</c>) is split too, and
    /// its commands follow the one that runs it; their words map back to the file when the script is written as one
    /// plain, single-quoted or escape-free double-quoted word. So are the script <c>eval</c> runs and the commands of
    /// <c>find -exec</c>.
    /// </summary>
    public static class RunCommands
    {
        // A script inside a script inside a script: deep enough for anything real, and no unbounded recursion.
        private const int MaxShellDepth = 4;

        // Several rules read the commands of the same RUN; split each script once.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RunStep, IReadOnlyList<RunCommand>> Cache =
            new System.Runtime.CompilerServices.ConditionalWeakTable<RunStep, IReadOnlyList<RunCommand>>();

        public static IReadOnlyList<RunCommand> Of(RunStep run) => Cache.GetValue(run, Split);

        private static IReadOnlyList<RunCommand> Split(RunStep run)
        {
            var result = new List<RunCommand>();
            if (run.ExecArguments is { } args)
            {
                if (args.Count == 0 || !args[0].IsKnown) return result;
                var words = new List<ShellWord>(args.Count);
                foreach (var a in args) words.Add(new ShellWord(a.Value ?? string.Empty, -1, -1, isPlain: false));
                var command = new ShellCommand(words);
                result.Add(new RunCommand(command, null));
                var at = ShellScriptIndex(words);
                if (at >= 0)
                {
                    if (args[at].IsKnown) AddScript(result, args[at].Value, MapLiteral(args[at]), 1);
                }
                else AddCommandsRunBy(result, command, null, null, 1);
                return result;
            }
            AddScript(result, run.Script.Value ?? string.Empty, run.ScriptOffsetToFileOffset, 0);
            return result;
        }

        private static void AddScript(List<RunCommand> result, string script, Func<int, int>? toFileOffset, int depth)
        {
            foreach (var command in ShellCommandSplitter.Split(script)) AddCommand(result, command, script, toFileOffset, depth);
        }

        /// <summary>A command of <paramref name="script"/>, then the commands it runs: a shell's <c>-c</c> script, or those of <see cref="AddCommandsRunBy"/>.</summary>
        private static void AddCommand(List<RunCommand> result, ShellCommand command, string script, Func<int, int>? toFileOffset, int depth)
        {
            result.Add(new RunCommand(command, toFileOffset));
            if (depth >= MaxShellDepth) return;
            var at = ShellScriptIndex(command.Words);
            if (at < 0)
            {
                AddCommandsRunBy(result, command, script, toFileOffset, depth + 1);
                return;
            }
            var word = command.Words[at];
            AddScript(result, word.Value, WordMap(script, word, toFileOffset), depth + 1);
        }

        /// <summary>
        /// The commands <c>eval</c> and <c>find</c> run (audit 22 L1). eval joins its arguments with spaces and runs them as a
        /// script; they map back to the file when they are one word written as its value, or plain words one space apart.
        /// find runs the command of each <c>-exec</c>, <c>-execdir</c>, <c>-ok</c> and <c>-okdir</c>, up to its <c>;</c>
        /// or the <c>+</c> after <c>{}</c> (GNU findutils); its words are the script's. <paramref name="script"/> is null in
        /// exec form, whose elements have no place in a script.
        /// </summary>
        private static void AddCommandsRunBy(List<RunCommand> result, ShellCommand command, string? script, Func<int, int>? toFileOffset, int depth)
        {
            var words = command.Words;
            var program = CommandLine.ProgramIndex(words, throughSudo: true);
            if (program < 0 || program + 1 >= words.Count) return;
            switch (words[program].BaseName)
            {
                case "eval":
                    var values = new string[words.Count - program - 1];
                    for (var k = 0; k < values.Length; k++) values[k] = words[program + 1 + k].Value;
                    var joined = string.Join(" ", values);
                    AddScript(result, joined, script is null ? null : EvalMap(script, words[program + 1], words[words.Count - 1], joined, toFileOffset), depth);
                    return;
                case "find":
                    for (var k = program + 1; k < words.Count; k++)
                    {
                        var v = words[k].Value;
                        if (v != "-exec" && v != "-execdir" && v != "-ok" && v != "-okdir") continue;
                        var end = k + 1;
                        while (end < words.Count && words[end].Value != ";" && !(words[end].Value == "+" && words[end - 1].Value == "{}")) end++;
                        if (end > k + 1)
                        {
                            var inner = new List<ShellWord>(end - k - 1);
                            for (var j = k + 1; j < end; j++) inner.Add(words[j]);
                            var run = new ShellCommand(inner);
                            if (script is null)
                            {
                                result.Add(new RunCommand(run, null));
                                if (depth < MaxShellDepth) AddCommandsRunBy(result, run, null, null, depth + 1);
                            }
                            else AddCommand(result, run, script, toFileOffset, depth);
                        }
                        k = end;
                    }
                    return;
            }
        }

        /// <summary>eval's script in the file: one word as <see cref="WordMap"/> maps it, or words whose text is the script.</summary>
        private static Func<int, int>? EvalMap(string script, ShellWord first, ShellWord last, string joined, Func<int, int>? toFileOffset)
        {
            if (ReferenceEquals(first, last)) return WordMap(script, first, toFileOffset);
            if (toFileOffset is null || first.Start < 0 || last.End > script.Length || last.End - first.Start != joined.Length
                || string.CompareOrdinal(script, first.Start, joined, 0, joined.Length) != 0)
                return null;
            var start = first.Start;
            return i => toFileOffset(start + i);
        }

        /// <summary>
        /// In <c>[sudo|env …] sh|bash|dash|ash|zsh|ksh|mksh [options] -c SCRIPT</c>, the index of SCRIPT: the first word
        /// after the options, when a single-dash option group has <c>c</c> (<c>-c</c>, <c>-lc</c>, <c>-ec</c>, <c>-e -c</c>).
        /// <c>-o</c>/<c>+o</c>/<c>-O</c>/<c>+O</c> take the next word, as do bash's <c>--rcfile</c>/<c>--init-file</c>;
        /// <c>--</c> or <c>-</c> ends the options. -1 when the command runs no such script.
        /// </summary>
        public static int ShellScriptIndex(IReadOnlyList<ShellWord> words)
        {
            var at = CommandLine.ProgramIndex(words, throughSudo: true);
            if (at < 0 || !ShellCommandSplitter.IsShell(words[at].Value) || words[at].BaseName == "busybox") return -1;
            var hasC = false;
            for (var k = at + 1; k < words.Count; k++)
            {
                var a = words[k].Value;
                if (a == "--" || a == "-") return hasC && k + 1 < words.Count ? k + 1 : -1;
                if (a.Length > 1 && a[0] == '-' && a[1] == '-')
                {
                    if (a == "--rcfile" || a == "--init-file") k++;
                    continue;
                }
                if (a.Length > 1 && (a[0] == '-' || a[0] == '+'))
                {
                    var takesArgument = false;
                    for (var j = 1; j < a.Length; j++)
                    {
                        if (a[j] == 'c' && a[0] == '-') hasC = true;
                        else if (a[j] == 'o' || a[j] == 'O') takesArgument = true;
                    }
                    if (takesArgument) k++;
                    continue;
                }
                return hasC ? k : -1;
            }
            return -1;
        }

        /// <summary>
        /// Maps an index into a word's value to the file, when the value is the word's text as written (plain) or that
        /// text between one pair of single or double quotes (nothing escaped); null otherwise.
        /// </summary>
        private static Func<int, int>? WordMap(string script, ShellWord word, Func<int, int>? toFileOffset)
        {
            if (toFileOffset is null || word.Start < 0 || word.End > script.Length) return null;
            var value = word.Value;
            int start;
            if (word.IsPlain && word.End - word.Start == value.Length) start = word.Start;
            else
            {
                var length = word.End - word.Start;
                var q = script[word.Start];
                if (length != value.Length + 2 || (q != '\'' && q != '"') || script[word.End - 1] != q
                    || string.CompareOrdinal(script, word.Start + 1, value, 0, value.Length) != 0)
                    return null;
                start = word.Start + 1;
            }
            return i => toFileOffset(start + i);
        }

        /// <summary>A JSON string without escapes maps one to one onto its literal (after the opening quote).</summary>
        private static Func<int, int>? MapLiteral(Setting<string> literal)
        {
            var span = literal.Span;
            if (!span.HasOffsets || literal.Text.Length != literal.Value.Length + 2) return null;
            var start = span.StartOffset + 1;
            return i => start + i;
        }
    }
}
