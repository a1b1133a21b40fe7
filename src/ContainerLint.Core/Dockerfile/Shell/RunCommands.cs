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

    /// <summary>The simple commands a RUN step executes, in shell form or exec form (<c>["sh", "-c", "…"]</c> is split too).</summary>
    public static class RunCommands
    {
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
                if (args.Count >= 3 && ShellCommandSplitter.IsShell(args[0].Value) && args[1].Value == "-c")
                {
                    var script = args[2];
                    var map = MapLiteral(script);
                    foreach (var command in ShellCommandSplitter.Split(script.Value))
                        result.Add(new RunCommand(command, map));
                    return result;
                }
                var words = new List<ShellWord>(args.Count);
                foreach (var a in args) words.Add(new ShellWord(a.Value ?? string.Empty, -1, -1, isPlain: false));
                result.Add(new RunCommand(new ShellCommand(words), null));
                return result;
            }
            foreach (var command in ShellCommandSplitter.Split(run.Script.Value ?? string.Empty))
                result.Add(new RunCommand(command, run.ScriptOffsetToFileOffset));
            return result;
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
