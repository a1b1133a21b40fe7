using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerLint.Analyzers.Reporting
{
    /// <summary>
    /// Exceptions the analyzers catch so that code they do not expect never fails a build (AD0001): the method's findings
    /// are lost instead; and those the code fixes catch, which lose the fix of one site. Tests turn recording on to see
    /// those losses; nothing is kept otherwise.
    /// </summary>
    internal static class SwallowedExceptions
    {
        private static ConcurrentQueue<(SyntaxTree Tree, Exception Exception)>? _recorded;

        public static void StartRecording() =>
            Interlocked.CompareExchange(ref _recorded, new ConcurrentQueue<(SyntaxTree, Exception)>(), null);

        /// <summary>Records what an operation block action caught, when recording is on.</summary>
        public static void Record(OperationBlockAnalysisContext context, Exception exception)
        {
            if (_recorded is not null && !context.OperationBlocks.IsEmpty)
                _recorded.Enqueue((context.OperationBlocks[0].Syntax.SyntaxTree, exception));
        }

        /// <summary>Records what a code fix caught while editing <paramref name="tree"/>, when recording is on.</summary>
        public static void Record(SyntaxTree tree, Exception exception) => _recorded?.Enqueue((tree, exception));

        /// <summary>The exceptions caught while analyzing <paramref name="tree"/>.</summary>
        public static List<Exception> In(SyntaxTree tree) => In(recorded => recorded == tree);

        /// <summary>The exceptions caught while analyzing the trees <paramref name="matches"/> accepts.</summary>
        public static List<Exception> In(Func<SyntaxTree, bool> matches)
        {
            var found = new List<Exception>();
            if (_recorded is null) return found;
            foreach (var (recordedTree, exception) in _recorded)
                if (matches(recordedTree)) found.Add(exception);
            return found;
        }
    }
}
