using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// What a later <c>WithPrivileged</c> call makes of an earlier one on the same Testcontainers builder: replaces it, repeats
    /// it (reported once, for both), or may undo it on some paths. Testcontainers' builders are immutable, so this follows
    /// the chains of <c>With...</c> calls, the builder locals they are given back to, and, where the syntax is not enough,
    /// the method's control flow. Used by <see cref="TestcontainersBuilderAnalyzer"/>; knows nothing of rules or diagnostics.
    /// </summary>
    internal static class LaterPrivilegedCalls
    {
        private const string WithPrivileged = DockerApi.WithPrivileged;

        // How many calls of one chain (and operations around them) a walk along it takes before it gives up, which leaves a
        // call reported as if nothing after it replaced it: far more than test fixtures chain (audit 48 F3 found 64 too few
        // for a generated one), while a walk stays linear in the chain's length.
        internal const int MaxChainLength = 1024;

        // How many later values of a builder local the search for a later WithPrivileged goes through (b = b.WithName(...)
        // statements, ifs and loops that only rebuild it): far more than a fixture configures one builder in (audit 110 D110-4:
        // 16 left a builder configured in 16 statements before b = b.WithPrivileged(false) a definite error), while a method
        // of thousands of WithPrivileged(true) steps stays within seconds.
        private const int MaxLaterValues = 256;

        /// <summary>What a later <c>WithPrivileged</c> makes of one (<see cref="Find"/>).</summary>
        internal sealed class LaterCall
        {
            public Replacement Replacement;
            // The call this one repeats, which is reported for both: set when the builder already had the flag true.
            public IInvocationOperation? RepeatOf;
            // The arguments of the calls this one is reported for too (its fix removes them with it).
            public List<SyntaxNode>? Repeats;
            // The choice each of whose branches calls WithPrivileged(true): the flag is true wherever the choice runs.
            public SyntaxNode? EveryBranch;
        }

        /// <summary>
        /// The <see cref="Replacement"/> of each <c>WithPrivileged</c> call by a later one, with repeats of <c>true</c> reported
        /// once, as a setting written again with the same value is: a later <c>WithPrivileged(true)</c> on every path (<c>.WithPrivileged(true)
        /// .WithPrivileged(true)</c>, <c>b = b.WithPrivileged(true);</c> again) is the one that decides, reported for both; one on
        /// some paths only (<c>if (ci) b = b.WithPrivileged(true);</c>) undoes nothing, and the earlier one is reported for both,
        /// definite. A later <c>WithPrivileged(true)</c> in a chain that is not given back to the local (<c>var c =
        /// b.WithPrivileged(true).Build();</c>) decides too when every use of the local's value goes through one
        /// (<see cref="RepeatedAtEveryUse"/>). The calls a finding stands for go with its fix (the diagnostic's additional
        /// locations), so that no <c>WithPrivileged(true)</c> is left behind.
        /// </summary>
        internal static Dictionary<IInvocationOperation, LaterCall> Find(List<IInvocationOperation> calls, MethodScope scope, DockerApi api,
            Func<IOperation, ControlFlowGraph?> graphOf)
        {
            var result = new Dictionary<IInvocationOperation, LaterCall>();
            var later = new Dictionary<IInvocationOperation, (IInvocationOperation? Call, List<IInvocationOperation>? Repeats)>();
            List<IInvocationOperation>? usedBeforeRepeat = null;
            foreach (var call in calls)
            {
                if (call.TargetMethod.Name != WithPrivileged) continue;
                // WithPrivileged(false) is no finding whatever replaces it, nor a repeat of a true: its search is not made (with
                // a search of up to MaxChainLength values each, n false flags among n steps took time in n²).
                if (IsFalse(call))
                {
                    result[call] = new LaterCall { Replacement = Replacement.None };
                    continue;
                }
                var replacement = LaterPrivileged(call, scope, api, out var next, out var repeats);
                // What the syntax says is replaced is checked against the method's control flow (audit 60 X2: jumps it did not follow).
                // Before a repeat of the flag (b = b.WithPrivileged(true) again) too: the earlier call must not go with the repeat
                // when a false replaces that (audit 112 G112-2: Build(); through a local function or a lambda), see below.
                if (replacement == Replacement.Replaced && IsTrue(call) && FlagMayReachAUse(call, scope, api, graphOf))
                {
                    if (next is not null && IsTrue(next)) (usedBeforeRepeat ??= new List<IInvocationOperation>()).Add(call);
                    else replacement = Replacement.MayBeUndone;
                }
                result[call] = new LaterCall { Replacement = replacement };
                later[call] = (next, repeats);
            }
            // The flag may reach a use before its repeat: where the repeat is reported as running privileged, its finding stands
            // for the earlier call too (both are true on the path to the use); otherwise (a false replaces the repeats, or may
            // undo them) the earlier call is reported on its own, "may be undone", as one with such a use before a false is: the
            // flow says only that the flag may reach the use (a call between may run a lambda that builds it, a goto past the
            // repeat; audit 114's g4 corpus: an exception path out of a local function read as definite).
            if (usedBeforeRepeat is not null)
            {
                var onItsOwn = usedBeforeRepeat.FindAll(call => LastRepeatOf(call, later, result) != Replacement.None);
                foreach (var call in onItsOwn) result[call].Replacement = Replacement.MayBeUndone;
            }
            foreach (var pair in later)
            {
                var entry = result[pair.Key];
                if (pair.Value.Repeats is { } repeats)
                    foreach (var repeat in repeats)
                        if (result.TryGetValue(repeat, out var repeated)) repeated.RepeatOf = pair.Key;
                if (entry.Replacement == Replacement.Replaced && pair.Value.Call is { } next && IsTrue(pair.Key) && IsTrue(next) && result.ContainsKey(next))
                    entry.RepeatOf = next;
            }
            // b = ci ? b.WithPrivileged(true) : b.WithPrivileged(true): true on every branch of the choice, so on every path;
            // reported once, at the first, for the choice.
            foreach (var call in calls)
            {
                if (!result.TryGetValue(call, out var entry) || entry.RepeatOf is not null || entry.EveryBranch is not null || !IsTrue(call)
                    || ChoiceOf(call) is not { } choice || TrueOnEveryBranch(choice, api, result) is not { } branches || !ReferenceEquals(branches[0], call))
                    continue;
                entry.EveryBranch = choice.Syntax;
                for (var i = 1; i < branches.Count; i++) result[branches[i]].RepeatOf = call;
            }
            // if (ci) b = b.WithPrivileged(true); var c = b.WithPrivileged(true).Build();: the later call is not given back to the
            // local, but when every use of the value the earlier one gives it goes through such a call, that call is the one that
            // decides, and the earlier one is reported with it.
            var reportedCalls = new ReportedCalls(result, api);
            foreach (var call in calls)
                if (result.TryGetValue(call, out var entry) && entry.RepeatOf is null && entry.Replacement != Replacement.Replaced && IsTrue(call)
                    && RepeatedAtEveryUse(call, reportedCalls, scope, api, graphOf) is { } repeatedBy)
                    reportedCalls.SetRepeat(call, repeatedBy);
            // Each repeat goes to the call reported for it, following repeats of repeats.
            foreach (var pair in result)
            {
                if (pair.Value.RepeatOf is null || Reported(pair.Key, result) is not { } reported || Argument(pair.Key, 0) is not { } argument) continue;
                (result[reported].Repeats ??= new List<SyntaxNode>()).Add(argument.Syntax);
            }
            return result;
        }

        /// <summary>
        /// What becomes of the last of the repeats of <c>true</c> that follow <paramref name="call"/>, each replaced by the next:
        /// reported (None), "may be undone", or replaced by a <c>false</c> (Replaced).
        /// </summary>
        private static Replacement LastRepeatOf(IInvocationOperation call, Dictionary<IInvocationOperation, (IInvocationOperation? Call, List<IInvocationOperation>? Repeats)> later,
            Dictionary<IInvocationOperation, LaterCall> result)
        {
            var seen = new HashSet<IInvocationOperation> { call };
            for (var current = call; later.TryGetValue(current, out var next) && next.Call is { } repeat && IsTrue(repeat); current = repeat)
            {
                if (!seen.Add(repeat) || !result.TryGetValue(repeat, out var entry)) return Replacement.MayBeUndone;
                if (entry.Replacement != Replacement.Replaced) return entry.Replacement;
            }
            return Replacement.Replaced;
        }

        /// <summary>
        /// Whether the flag <paramref name="call"/> sets, given to a local with its chain (no later <c>WithPrivileged</c> in the
        /// chain), may reach a use of the local in the control flow graph of the function that makes the write
        /// (<see cref="ReachingUse"/>): where a lambda or local function names the local, a call between may run it (audit 64
        /// V1), and where the write is made in one, its end takes the builder back to the function that declares the local
        /// (V2). False when it cannot, or the flow cannot be followed (a graph that does not show the write).
        /// </summary>
        private static bool FlagMayReachAUse(IInvocationOperation call, MethodScope scope, DockerApi api, Func<IOperation, ControlFlowGraph?> graphOf)
        {
            for (IOperation top = call; top.Parent is { } parent; top = parent)
            {
                if (parent is IInvocationOperation outer && IsWithPrivileged(outer, api)) return false;
                if (parent is IExpressionStatementOperation or IVariableDeclaratorOperation or IBlockOperation) break;
            }
            if (AssignedLocal(call, api) is not var (local, write) || local.IsRef || local.DeclaringSyntaxReferences.Length != 1
                || call.SemanticModel is not { } model)
                return false;
            var function = MethodScope.Function(local.DeclaringSyntaxReferences[0].GetSyntax());
            var writer = MethodScope.Function(write);
            if (function is null || writer is null) return false;
            var named = scope.Memo(call.Syntax.SyntaxTree.GetRoot(), local, () => new BuilderLocal(local, model, scope));
            if (graphOf(call) is not { } graph || GraphOf(graph, writer, 0) is not { } own) return false;
            var flow = scope.Memo(own, () => new ReachingUse.Flow(own));
            var (anyCall, functions) = MayRunBefore(function, write, scope.Memo(function, local, () => FunctionsCapturingLocal.Find(function, named, model, api, scope)), flow, writer);
            return ReachingUse.Of(flow, local, write, named,
                link => link.Instance is { } instance && IsBuilderCallOn(link, instance, api) ? instance : PassedThrough(link, model.Compilation),
                link => IsWithPrivileged(link, api), link => api.IsBuilderMethod(link.TargetMethod) || api.IsModuleBuilderMethod(link.TargetMethod),
                captured: anyCall, functions,
                escapes: writer != function && UsedOutside(function, writer, named)) == true;
        }

        /// <summary>
        /// What may run a lambda or local function of <paramref name="function"/> that names the local when the code after
        /// <paramref name="write"/> runs. Any call (AnyCall) where a lambda that names the local may exist by then: one written
        /// before the write, one in a local function (audit 67 S1: it is created when that runs), or one after it from whose
        /// creation the method's flow (<paramref name="graph"/>, of <paramref name="writer"/>) may come back to the write: a loop
        /// around both, a <c>goto</c> back, also <c>goto case</c> (audit 66 T1: one created after the replacement otherwise runs
        /// nothing between; 67 S2, 68 U68-1, 69 V69-1, V69-2: the jumps that do and do not go back). Otherwise a call of one of
        /// the local functions that name it (Functions, null for none), or call one that does: such a function runs only where
        /// it is called (audit 67 S3, T4), unless a delegate is made of it or a lambda calls it, which counts as a lambda that
        /// names the local. Lambdas created after the write are found on the way (<see cref="ReachingUse"/>).
        /// </summary>
        private static (bool AnyCall, HashSet<LocalFunctionStatementSyntax>? Functions) MayRunBefore(SyntaxNode function, SyntaxNode write, FunctionsCapturingLocal capturing,
            ReachingUse.Flow flow, SyntaxNode writer)
        {
            var jumpsBack = new LazyJumpBack(function, write, flow, writer);
            foreach (var lambda in capturing.Lambdas)
                if (!capturing.KeptOnlyByLocal(lambda, write.SpanStart) && LambdaMayExist(function, write, lambda, jumpsBack)) return (true, null);
            return (false, capturing.Functions);
        }

        /// <summary>
        /// What of <paramref name="function"/> names the local from a nested function: its lambdas that name it (each once, in the
        /// order found), its local functions that name it or call one that does (null when none), and the names in its code that
        /// may stand for those local functions (not a member's name, nor the argument of <c>nameof</c>), in the order written.
        /// </summary>
        internal static (List<SyntaxNode> Lambdas, HashSet<LocalFunctionStatementSyntax>? Functions, List<IdentifierNameSyntax> References) NestedFunctionsNaming(SyntaxNode function,
            BuilderLocal local, FunctionNames names)
        {
            var lambdas = new List<SyntaxNode>();
            var found = new HashSet<SyntaxNode>();
            HashSet<LocalFunctionStatementSyntax>? functions = null;
            foreach (var name in local.NamesIn(function))
            {
                if (MethodScope.Function(name) is not { } nested || nested == function) continue;
                if (nested is LocalFunctionStatementSyntax named) (functions ??= new HashSet<LocalFunctionStatementSyntax>()).Add(named);
                else if (found.Add(nested)) lambdas.Add(nested);
            }
            var references = new List<IdentifierNameSyntax>();
            if (functions is null) return (lambdas, null, references);
            // Local functions that call one that names the local name it too, as far as that goes.
            var pending = new Stack<LocalFunctionStatementSyntax>(functions);
            while (pending.Count > 0)
                foreach (var reference in names.References(pending.Pop()))
                {
                    references.Add(reference);
                    if (reference.Parent is InvocationExpressionSyntax call && call.Expression == reference
                        && MethodScope.Function(reference) is LocalFunctionStatementSyntax calling && calling != function && functions.Add(calling))
                        pending.Push(calling);
                }
            references.Sort((x, y) => x.SpanStart.CompareTo(y.SpanStart));
            return (lambdas, functions, references);
        }

        /// <summary>
        /// Whether <paramref name="lambda"/> (or a delegate made of a local function there), of <paramref name="function"/>, may
        /// exist when the code after <paramref name="write"/> runs (<see cref="MayRunBefore"/>).
        /// </summary>
        private static bool LambdaMayExist(SyntaxNode function, SyntaxNode write, SyntaxNode lambda, LazyJumpBack jumpsBack)
        {
            if (lambda.SpanStart < write.SpanStart) return true;
            for (var outer = lambda.Parent; outer is not null && outer != function; outer = outer.Parent)
                if (outer is LocalFunctionStatementSyntax) return true;
            // Made in the function that makes the write: its graph says whether the write may run again after it.
            if (MethodScope.Function(lambda.Parent!) == jumpsBack.Writer && ReachingUse.MayRunAfter(jumpsBack.Flow, lambda, write) is { } again)
                return again;
            if (lambda.SpanStart < jumpsBack.Position) return true;
            for (var loop = write.Parent; loop is not null && loop != function; loop = loop.Parent)
                if (MethodScope.IsLoop(loop) && loop.Span.Contains(lambda.Span)) return true;
            return false;
        }

        /// <summary>The graph of the function that makes the write, and, read only when a lambda is not in it, <see cref="JumpBackOver"/>.</summary>
        private sealed class LazyJumpBack
        {
            private readonly SyntaxNode _function;
            private readonly SyntaxNode _write;
            private int? _position;

            public LazyJumpBack(SyntaxNode function, SyntaxNode write, ReachingUse.Flow flow, SyntaxNode writer)
            {
                _function = function;
                _write = write;
                Flow = flow;
                Writer = writer;
            }

            public ReachingUse.Flow Flow { get; }
            public SyntaxNode Writer { get; }
            public int Position => _position ??= JumpBackOver(_function, _write);
        }

        /// <summary>
        /// Where the last <c>goto</c> of the function that makes <paramref name="write"/> starts that jumps to one of its labels at or
        /// before the write (a loop the write is in, made with a label), or -1: code before it may run again after the write.
        /// <c>goto case</c>, <c>goto default</c>, a jump forward and one in another function do not go back over the write.
        /// </summary>
        private static int JumpBackOver(SyntaxNode function, SyntaxNode write)
        {
            var writer = MethodScope.Function(write);
            List<string>? labels = null;
            var last = -1;
            foreach (var node in function.DescendantNodes())
            {
                if (node is LabeledStatementSyntax label && label.SpanStart <= write.SpanStart && MethodScope.Function(label) == writer)
                    (labels ??= new List<string>()).Add(label.Identifier.ValueText);
                else if (node is GotoStatementSyntax { Expression: IdentifierNameSyntax target } jump && jump.IsKind(SyntaxKind.GotoStatement)
                         && labels is not null && labels.Contains(target.Identifier.ValueText) && MethodScope.Function(jump) == writer)
                    last = jump.SpanStart;
            }
            return last;
        }

        /// <summary>
        /// Whether <paramref name="function"/> names the local outside <paramref name="nested"/> other than to give it a value
        /// (audit 66 T3: a method that only gives the local another builder, or never names it again, uses nothing the nested
        /// function leaves in it).
        /// </summary>
        private static bool UsedOutside(SyntaxNode function, SyntaxNode nested, BuilderLocal local)
        {
            foreach (var name in local.NamesIn(function))
            {
                if (nested.Span.Contains(name.Span)) continue;
                if (name.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } given && given.Left == name
                    && !NamesLocal(given.Right, local))
                    continue;
                return true;
            }
            return false;
        }

        /// <summary>
        /// The later <c>WithPrivileged(true)</c> that <paramref name="call"/> (one reported on its own so far) is a repeat of: the
        /// value its chain gives a local (<c>b = b.WithPrivileged(true);</c>, <c>var b = ...WithPrivileged(true);</c>, a branch of
        /// <c>b = ci ? b.WithPrivileged(true) : b;</c>), and that of the calls reported with it, is used, on every path from there
        /// until the local is given another value, only as the start of a chain of <c>With...</c> calls whose first
        /// <c>WithPrivileged</c> is <c>WithPrivileged(true)</c> (<c>var c = b.WithPrivileged(true).Build();</c>, <c>return
        /// b.WithName("x").WithPrivileged(true).Build();</c>), one of which is reported. The first of those in the code, or null when
        /// there is none, or any other use (<c>b.Build()</c>, <c>Use(b)</c>, <c>return b;</c>, also on one path only, on the next pass of
        /// a loop, or in a <c>catch</c>), or the local is named in a lambda or local function (which may run at any time), or the
        /// paths cannot be followed. The paths are the method's control flow graph (loops, branches, jumps, <c>try</c> blocks).
        /// </summary>
        private static IInvocationOperation? RepeatedAtEveryUse(IInvocationOperation call, ReportedCalls reported, MethodScope scope, DockerApi api,
            Func<IOperation, ControlFlowGraph?> graphOf)
        {
            if (AssignedLocal(call, api) is not var (local, _) || local.IsRef || local.DeclaringSyntaxReferences.Length != 1) return null;
            var result = reported.Result;
            // The calls reported with this one (its repeats, the other branches of a choice), and the writes of the local whose value
            // carries the flag they set.
            var group = new HashSet<IInvocationOperation>();
            var writes = new List<SyntaxNode>();
            foreach (var member in reported.GroupOf(call))
            {
                group.Add(member);
                if (AssignedLocal(member, api) is var (other, write))
                {
                    if (!SymbolEqualityComparer.Default.Equals(other, local)) return null;
                    if (!writes.Contains(write)) writes.Add(write);
                }
                // Only the later call of its own chain uses its value (.WithPrivileged(true).WithPrivileged(true)).
                else if (result[member].Replacement != Replacement.Replaced) return null;
            }
            // A later use must be one: a quick look at the calls before the graph is asked for.
            if (!reported.TrueOnLocalBeyond(local, group)) return null;
            // Named in a lambda or local function: the value it sees depends on when that runs.
            var function = MethodScope.Function(local.DeclaringSyntaxReferences[0].GetSyntax());
            if (function is null || scope.Memo(function, local, () => new NamedInNestedFunction(function, local)).Value) return null;
            if (graphOf(call) is not { } graph || GraphOf(graph, function, 0) is not { } own) return null;
            return new LocalUses(scope.Memo(own, local, () => new LocalFlow(own, local)), group, result, reported.BySyntax, api).FirstRepeat(writes);
        }

        /// <summary>
        /// The <c>WithPrivileged</c> calls of a method as <see cref="RepeatedAtEveryUse"/> asks about them, looked up rather than
        /// found by a look at every call for each one it is asked about (audit 110 D110-5: a method of n <c>if</c>/<c>else if</c>
        /// or <c>switch</c> builder steps took time in n²): the calls by their syntax, those that repeat each, and the
        /// <c>WithPrivileged(true)</c> calls on each local.
        /// </summary>
        private sealed class ReportedCalls
        {
            private readonly Dictionary<IInvocationOperation, List<IInvocationOperation>> _repeatedBy = new Dictionary<IInvocationOperation, List<IInvocationOperation>>();
            private readonly Dictionary<ILocalSymbol, HashSet<IInvocationOperation>> _trueOn =
                new Dictionary<ILocalSymbol, HashSet<IInvocationOperation>>(SymbolEqualityComparer.Default);

            public ReportedCalls(Dictionary<IInvocationOperation, LaterCall> result, DockerApi api)
            {
                Result = result;
                foreach (var pair in result)
                {
                    BySyntax[pair.Key.Syntax] = pair.Key;
                    if (pair.Value.RepeatOf is { } repeated) RepeatedBy(repeated).Add(pair.Key);
                    if (IsTrue(pair.Key) && ChainStart(pair.Key, api) is ILocalReferenceOperation start)
                    {
                        if (!_trueOn.TryGetValue(start.Local, out var onLocal)) _trueOn[start.Local] = onLocal = new HashSet<IInvocationOperation>();
                        onLocal.Add(pair.Key);
                    }
                }
            }

            public Dictionary<IInvocationOperation, LaterCall> Result { get; }

            // The calls of the method by their syntax: the graph's operations are copies.
            public Dictionary<SyntaxNode, IInvocationOperation> BySyntax { get; } = new Dictionary<SyntaxNode, IInvocationOperation>();

            public void SetRepeat(IInvocationOperation call, IInvocationOperation repeatOf)
            {
                Result[call].RepeatOf = repeatOf;
                RepeatedBy(repeatOf).Add(call);
            }

            /// <summary>
            /// <paramref name="call"/> (reported itself) and the calls reported with it: those whose repeats lead to it, as far as
            /// <see cref="Reported"/> follows them (15 steps).
            /// </summary>
            public List<IInvocationOperation> GroupOf(IInvocationOperation call)
            {
                var group = new List<IInvocationOperation> { call };
                for (int start = 0, depth = 0; depth < 15 && start < group.Count; depth++)
                {
                    var end = group.Count;
                    for (var i = start; i < end; i++)
                        if (_repeatedBy.TryGetValue(group[i], out var repeats)) group.AddRange(repeats);
                    start = end;
                }
                return group;
            }

            /// <summary>Whether a <c>WithPrivileged(true)</c> on a chain that starts at <paramref name="local"/> is not in <paramref name="group"/>.</summary>
            public bool TrueOnLocalBeyond(ILocalSymbol local, HashSet<IInvocationOperation> group)
            {
                if (!_trueOn.TryGetValue(local, out var onLocal)) return false;
                var inGroup = 0;
                foreach (var member in group)
                    if (onLocal.Contains(member)) inGroup++;
                return onLocal.Count > inGroup;
            }

            private List<IInvocationOperation> RepeatedBy(IInvocationOperation call)
            {
                if (!_repeatedBy.TryGetValue(call, out var repeats)) _repeatedBy[call] = repeats = new List<IInvocationOperation>();
                return repeats;
            }
        }

        /// <summary>Whether the local's name is written in a lambda or local function of <paramref name="function"/>, worked out once per method.</summary>
        private sealed class NamedInNestedFunction
        {
            public NamedInNestedFunction(SyntaxNode function, ILocalSymbol local)
            {
                foreach (var node in MethodScope.CodeOf(function))
                    if (node is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name && MethodScope.Function(name) != function)
                    {
                        Value = true;
                        return;
                    }
            }

            public bool Value { get; }
        }

        /// <summary>
        /// What <see cref="LocalUses"/> looks up in a control flow graph about a builder local, found in one walk of the graph
        /// per method (with a walk for each <c>WithPrivileged(true)</c> asked about, a method of n of them took time in n², audit
        /// 110 D110-5): the captures of the local that only assignments use, the one reference of each capture that does not test
        /// it for null, and where each write of the local is.
        /// </summary>
        private sealed class LocalFlow
        {
            private readonly ILocalSymbol _local;
            private readonly Dictionary<SyntaxNode, (int Block, int Index)> _writes = new Dictionary<SyntaxNode, (int, int)>();

            public LocalFlow(ControlFlowGraph graph, ILocalSymbol local)
            {
                Graph = graph;
                _local = local;
                var read = new HashSet<CaptureId>();
                foreach (var block in graph.Blocks)
                    for (var i = 0; i <= block.Operations.Length; i++)
                    {
                        var operation = i < block.Operations.Length ? block.Operations[i] : block.BranchValue;
                        if (operation is null) continue;
                        foreach (var node in operation.DescendantsAndSelf())
                        {
                            if (node is IFlowCaptureOperation capture && IsLocal(capture.Value)) Written.Add(capture.Id);
                            else if (node is IFlowCaptureReferenceOperation reference
                                     && !(reference.Parent is ISimpleAssignmentOperation assignment && ReferenceEquals(assignment.Target, reference)))
                            {
                                read.Add(reference.Id);
                                if (reference.Parent is not IIsNullOperation) Readers[reference.Id] = Readers.ContainsKey(reference.Id) ? null : reference;
                            }
                        }
                    }
                Written.ExceptWith(read);
                foreach (var block in graph.Blocks)
                    for (var i = 0; i < block.Operations.Length; i++)
                        foreach (var node in block.Operations[i].DescendantsAndSelf())
                            if (node is ISimpleAssignmentOperation assignment && IsWrite(assignment) && !_writes.ContainsKey(assignment.Syntax))
                                _writes[assignment.Syntax] = (block.Ordinal, i);
            }

            public ControlFlowGraph Graph { get; }

            // The graph captures the local an assignment writes before a value with branches (b = ci ? b.WithName("a") : b):
            // such a capture, which only assignments use, names the local without reading it.
            public HashSet<CaptureId> Written { get; } = new HashSet<CaptureId>();

            // The one reference of each capture that does not test it for null: where the captured value goes on (b of
            // b?.WithPrivileged(true), which the graph captures, tests, and calls WithPrivileged on). Null for a capture so read more than once.
            public Dictionary<CaptureId, IFlowCaptureReferenceOperation?> Readers { get; } = new Dictionary<CaptureId, IFlowCaptureReferenceOperation?>();

            public ILocalSymbol Local => _local;

            /// <summary>The block and the index of its statement that makes <paramref name="write"/> (a declarator or assignment of the local), or null.</summary>
            public (int Block, int Index)? WriteOf(SyntaxNode write) => _writes.TryGetValue(write, out var position) ? position : null;

            public bool IsWrite(ISimpleAssignmentOperation assignment) =>
                IsLocal(assignment.Target) || (assignment.Target is IFlowCaptureReferenceOperation capture && Written.Contains(capture.Id));

            public bool IsLocal(IOperation? operation) =>
                Values.SkipConversions(operation) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, _local);
        }

        /// <summary>
        /// The uses of a builder local that the values some writes give it reach in a control flow graph, for
        /// <see cref="RepeatedAtEveryUse"/>: from each write, every path is followed until the local is given another value.
        /// </summary>
        private sealed class LocalUses
        {
            private readonly LocalFlow _flow;
            private readonly ControlFlowGraph _graph;
            private readonly ILocalSymbol _local;
            private readonly HashSet<IInvocationOperation> _group;
            private readonly Dictionary<IInvocationOperation, LaterCall> _result;
            private readonly DockerApi _api;
            // The calls of the method by their syntax: the graph's operations are copies.
            private readonly Dictionary<SyntaxNode, IInvocationOperation> _calls;
            private IInvocationOperation? _first;

            public LocalUses(LocalFlow flow, HashSet<IInvocationOperation> group, Dictionary<IInvocationOperation, LaterCall> result,
                Dictionary<SyntaxNode, IInvocationOperation> calls, DockerApi api)
            {
                _flow = flow;
                _graph = flow.Graph;
                _local = flow.Local;
                _group = group;
                _result = result;
                _calls = calls;
                _api = api;
            }

            /// <summary>
            /// The first in the code of the reported <c>WithPrivileged(true)</c> calls that the uses the <paramref name="writes"/>
            /// reach go through; null when a use goes through none of them nor one of the group, or when there is no such use.
            /// </summary>
            public IInvocationOperation? FirstRepeat(List<SyntaxNode> writes)
            {
                var blocks = _graph.Blocks;
                var pending = new Stack<(int Block, int From)>();
                foreach (var write in writes)
                {
                    if (WriteOf(write) is not var (block, index)) return null;
                    // The end of a finally block goes on where the jump that ran it went: not followed.
                    for (var region = blocks[block].EnclosingRegion; region is not null; region = region.EnclosingRegion)
                        if (region.Kind is ControlFlowRegionKind.Finally or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler) return null;
                    pending.Push((block, index + 1));
                }
                // Each block is read once from its start (the writes' own blocks also from after the write).
                var entered = new bool[blocks.Length];
                while (pending.Count > 0)
                {
                    var (ordinal, from) = pending.Pop();
                    if (from == 0)
                    {
                        if (entered[ordinal]) continue;
                        entered[ordinal] = true;
                    }
                    var block = blocks[ordinal];
                    // An exception in a try block goes to its catch and finally blocks with the value the local then holds.
                    ReachingUse.PushHandlers(block, pending, entered);
                    var given = false;
                    for (var i = from; i < block.Operations.Length && !given; i++)
                        if (!Read(block.Operations[i], ref given)) return null;
                    if (!given && block.BranchValue is { } branchValue && !Read(branchValue, ref given)) return null;
                    // Given another value: what follows uses that one.
                    if (given) continue;
                    foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                    {
                        if (branch is null) continue;
                        if (branch.Semantics == ControlFlowBranchSemantics.Error) return null;
                        if (branch.Destination is { } next && !entered[next.Ordinal]) pending.Push((next.Ordinal, 0));
                    }
                }
                return _first;
            }

            /// <summary>
            /// Reads the uses of the local in <paramref name="operation"/> (a statement or branch value of the graph): false for one
            /// that is not a chain through a <c>WithPrivileged(true)</c> as <see cref="FirstRepeat"/> wants; <paramref name="given"/>
            /// when it gives the local a value.
            /// </summary>
            private bool Read(IOperation operation, ref bool given)
            {
                foreach (var node in operation.DescendantsAndSelf())
                {
                    if (node is ISimpleAssignmentOperation assignment && IsWrite(assignment))
                    {
                        given = true;
                        continue;
                    }
                    if (node is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, _local)) continue;
                    if ((reference.Parent is ISimpleAssignmentOperation target && ReferenceEquals(target.Target, reference))
                        || (reference.Parent is IFlowCaptureOperation capture && _flow.Written.Contains(capture.Id)))
                        continue;
                    if (FirstPrivilegedOnChain(reference) is not { } link || !_calls.TryGetValue(link.Syntax, out var later)) return false;
                    if (_group.Contains(later)) continue;
                    if (!IsTrue(later) || Reported(later, _result) is not { } reported || _result[reported].Replacement == Replacement.Replaced) return false;
                    if (_first is null || later.Syntax.SpanStart < _first.Syntax.SpanStart) _first = later;
                }
                return true;
            }

            /// <summary>
            /// The first <c>WithPrivileged</c> of the chain of <c>With...</c> calls that starts at <paramref name="reference"/>, also
            /// past the captures the graph makes of a conditional access's receiver (<c>b?.WithPrivileged(true)</c>, <c>b?.WithName("x")
            /// ?.WithPrivileged(true)</c>) when nothing but its null test reads them otherwise; null when the chain has none, or the
            /// value goes anywhere else.
            /// </summary>
            private IInvocationOperation? FirstPrivilegedOnChain(IOperation reference)
            {
                IOperation top = reference;
                for (var depth = 0; depth < MaxChainLength; depth++)
                {
                    var parent = top.Parent;
                    while (parent is IConversionOperation) parent = parent.Parent;
                    if (parent is IFlowCaptureOperation capture && _flow.Readers.TryGetValue(capture.Id, out var reader) && reader is not null)
                    {
                        top = reader;
                        continue;
                    }
                    if (parent is not IInvocationOperation outer || !IsBuilderCallOn(outer, top, _api)) return null;
                    if (outer.TargetMethod.Name == WithPrivileged) return outer;
                    top = outer;
                }
                return null;
            }

            private (int Block, int Index)? WriteOf(SyntaxNode write) => _flow.WriteOf(write);

            private bool IsWrite(ISimpleAssignmentOperation assignment) => _flow.IsWrite(assignment);
        }

        /// <summary>The call reported for <paramref name="call"/>: itself, or the one its repeats lead to; null past 16 of them.</summary>
        private static IInvocationOperation? Reported(IInvocationOperation call, Dictionary<IInvocationOperation, LaterCall> result)
        {
            var reported = call;
            for (var depth = 0; depth < 16; depth++)
            {
                if (!result.TryGetValue(reported, out var entry) || entry.RepeatOf is not { } further) return reported;
                reported = further;
            }
            return null;
        }

        /// <summary>
        /// The local the builder <paramref name="call"/> returns is given to, through <c>With...</c> calls and the branches of a
        /// choice (<c>b = ci ? b.WithPrivileged(true) : b;</c>), by a declaration or an assignment statement, and that declarator or
        /// assignment; null for any other use of it.
        /// </summary>
        private static (ILocalSymbol Local, SyntaxNode Write)? AssignedLocal(IInvocationOperation call, DockerApi api)
        {
            IOperation top = call;
            for (var depth = 0; depth < MaxChainLength; depth++)
            {
                var parent = top.Parent;
                while (parent is IConversionOperation) parent = parent.Parent;
                if (parent is IInvocationOperation outer && IsBuilderCallOn(outer, top, api))
                {
                    top = outer;
                    continue;
                }
                // b = b?.WithPrivileged(true): the chain after the ?. is its value.
                if (parent is IConditionalAccessOperation access && ReferenceEquals(access.WhenNotNull, top))
                {
                    top = access;
                    continue;
                }
                if (BranchOf(parent, top) is { } choice)
                {
                    top = choice;
                    continue;
                }
                return parent switch
                {
                    IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => (declarator.Symbol, declarator.Syntax),
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Parent: IExpressionStatementOperation } assignment => (target.Local, assignment.Syntax),
                    _ => null,
                };
            }
            return null;
        }

        /// <summary>
        /// What the chain of calls <paramref name="call"/> ends is called on first (<c>b</c> of <c>b.WithName("x").WithPrivileged(true)</c>,
        /// also of <c>b?.WithPrivileged(true)</c>: the receiver of a conditional access).
        /// </summary>
        private static IOperation? ChainStart(IInvocationOperation call, DockerApi api)
        {
            IOperation? receiver = call.Instance;
            for (var depth = 0; depth < MaxChainLength; depth++)
            {
                switch (Values.SkipConversions(receiver))
                {
                    case IInvocationOperation { Instance: { } inner } link when IsBuilderCallOn(link, inner, api):
                        receiver = inner;
                        continue;
                    case IConditionalAccessInstanceOperation instance when AccessOf(instance) is { } access:
                        receiver = access.Operation;
                        continue;
                }
                break;
            }
            return Values.SkipConversions(receiver);
        }

        /// <summary>
        /// The conditional access whose receiver <paramref name="instance"/> stands for: the innermost one that holds it after its
        /// <c>?.</c> (<c>b</c> for the <c>WithName</c> of <c>b?.WithName("x")?.WithPrivileged(true)</c>, the <c>WithName</c> call for
        /// the <c>WithPrivileged</c>), or null.
        /// </summary>
        internal static IConditionalAccessOperation? AccessOf(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var (parent, depth) = (instance.Parent, 0); parent is not null && depth < MaxChainLength; (child, parent, depth) = (parent, parent.Parent, depth + 1))
                if (parent is IConditionalAccessOperation access && ReferenceEquals(access.WhenNotNull, child)) return access;
            return null;
        }

        /// <summary>The graph of <paramref name="function"/> (<see cref="MethodScope.Function"/>): <paramref name="graph"/>'s own, or that of a local function or lambda in it.</summary>
        private static ControlFlowGraph? GraphOf(ControlFlowGraph graph, SyntaxNode function, int depth)
        {
            if (function is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)) return graph;
            if (depth > 8) return null;
            foreach (var localFunction in graph.LocalFunctions)
            {
                if (localFunction.DeclaringSyntaxReferences.Length != 1) continue;
                var syntax = localFunction.DeclaringSyntaxReferences[0].GetSyntax();
                if (syntax == function) return graph.GetLocalFunctionControlFlowGraph(localFunction);
                if (syntax.Span.Contains(function.Span) && syntax.SyntaxTree == function.SyntaxTree)
                    return GraphOf(graph.GetLocalFunctionControlFlowGraph(localFunction), function, depth + 1);
            }
            foreach (var block in graph.Blocks)
                for (var i = 0; i <= block.Operations.Length; i++)
                {
                    // A lambda may be the value a block ends with (=> ci => { ... } returns it).
                    var operation = i < block.Operations.Length ? block.Operations[i] : block.BranchValue;
                    if (operation is null) continue;
                    foreach (var node in operation.DescendantsAndSelf())
                    {
                        if (node is not IFlowAnonymousFunctionOperation lambda) continue;
                        if (lambda.Syntax == function) return graph.GetAnonymousFunctionControlFlowGraph(lambda);
                        if (lambda.Syntax.Span.Contains(function.Span) && lambda.Syntax.SyntaxTree == function.SyntaxTree)
                            return GraphOf(graph.GetAnonymousFunctionControlFlowGraph(lambda), function, depth + 1);
                    }
                }
            return null;
        }

        /// <summary>The control flow graph of the method's operation block that holds <paramref name="operation"/>, or null.</summary>
        internal static ControlFlowGraph? GraphOf(OperationBlockAnalysisContext context, IOperation operation)
        {
            for (var (node, depth) = (operation, 0); node is not null && depth < 512; (node, depth) = (node.Parent, depth + 1))
                foreach (var block in context.OperationBlocks)
                {
                    if (!ReferenceEquals(block, node)) continue;
                    try
                    {
                        return context.GetControlFlowGraph(block);
                    }
                    catch (ArgumentException)
                    {
                        // A block the compiler makes no graph of: the repeats are then reported as they were, not the method's findings lost.
                        return null;
                    }
                }
            return null;
        }

        private static bool IsTrue(IInvocationOperation call) => Argument(call, 0)?.ConstantValue is { HasValue: true, Value: true };

        /// <summary>
        /// Whether <paramref name="reference"/> is where a chain that makes <paramref name="value"/> starts: above it only
        /// conversions, calls it is the receiver of (or the first argument of, for an extension method), and branches of a
        /// choice (<c>?:</c>, <c>??</c>, a <c>switch</c> expression), as <see cref="IsChainOn"/> reads them.
        /// </summary>
        private static bool IsChainRoot(IOperation reference, IOperation value)
        {
            // nameof(b), nameof(b.Build) read nothing of the builder (audit 106 W106-4, audit 107 A107-4).
            for (var operation = reference; operation != value && operation.Parent is { } above; operation = above)
                if (above is INameOfOperation) return true;
            for (var operation = reference; operation != value; operation = operation.Parent!)
            {
                var parent = operation.Parent;
                var onChain = parent switch
                {
                    IConversionOperation => true,
                    IInvocationOperation call => ReferenceEquals(call.Instance, operation) || operation is IArgumentOperation,
                    IArgumentOperation { Parent: IInvocationOperation { Instance: null, TargetMethod.IsExtensionMethod: true } extension } argument =>
                        extension.Arguments.Length > 0 && ReferenceEquals(extension.Arguments[0], argument),
                    IConditionalOperation choice => !ReferenceEquals(choice.Condition, operation),
                    ICoalesceOperation => true,
                    ISwitchExpressionArmOperation arm => ReferenceEquals(arm.Value, operation),
                    ISwitchExpressionOperation choice => !ReferenceEquals(choice.Value, operation),
                    _ => false,
                };
                if (!onChain) return false;
            }
            return true;
        }

        private static bool IsFalse(IInvocationOperation call) => Argument(call, 0)?.ConstantValue is { HasValue: true, Value: false };

        /// <summary>The <c>?:</c> or <c>switch</c> expression one of whose branches is the chain that ends in <paramref name="call"/>, or null.</summary>
        private static IOperation? ChoiceOf(IInvocationOperation call)
        {
            IOperation top = call;
            for (var depth = 0; depth < MaxChainLength; depth++)
            {
                var parent = top.Parent;
                while (parent is IConversionOperation) parent = parent.Parent;
                if (parent is IInvocationOperation outer && outer.Instance is not null && ReferenceEquals(Values.SkipConversions(outer.Instance), top))
                {
                    top = outer;
                    continue;
                }
                if (ExtensionCalledOn(parent, top) is { } extension)
                {
                    top = extension;
                    continue;
                }
                return BranchOf(parent, top) is { } choice and (IConditionalOperation or ISwitchExpressionOperation) ? choice : null;
            }
            return null;
        }

        /// <summary>
        /// The last <c>WithPrivileged</c> call of each branch of <paramref name="choice"/>, in source order, when each branch has one
        /// and each is <c>WithPrivileged(true)</c>; null otherwise.
        /// </summary>
        private static List<IInvocationOperation>? TrueOnEveryBranch(IOperation choice, DockerApi api, Dictionary<IInvocationOperation, LaterCall> calls)
        {
            var branches = choice switch
            {
                IConditionalOperation { WhenFalse: { } whenFalse } conditional => new[] { conditional.WhenTrue, whenFalse },
                ISwitchExpressionOperation { Arms.Length: > 1 } switchExpression => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(switchExpression.Arms, a => a.Value)),
                _ => null,
            };
            if (branches is null) return null;
            var found = new List<IInvocationOperation>(branches.Length);
            foreach (var branch in branches)
            {
                IInvocationOperation? last = null;
                for (var (value, step) = (Values.SkipConversions(branch), 0); step < MaxChainLength && value is IInvocationOperation link
                    && (link.Instance ?? PassedThrough(link)) is { } inner; value = Values.SkipConversions(inner), step++)
                {
                    if (!IsWithPrivileged(link, api)) continue;
                    last = link;
                    break;
                }
                if (last is null || !IsTrue(last) || !calls.ContainsKey(last)) return null;
                found.Add(last);
            }
            found.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            return found;
        }

        /// <summary>
        /// Whether a later <c>WithPrivileged</c> replaces the flag <paramref name="call"/> sets (Testcontainers merges the
        /// builder's configurations and takes the later value): one further along the same chain
        /// (<c>.WithPrivileged(true).WithPrivileged(false)</c>), or, when the chain is given to a local, one in a later
        /// <c>b = b.WithPrivileged(false)</c> with nothing naming the local in between; a later value of the local that is
        /// not built from it (<c>b = new ContainerBuilder()</c>) discards the builder. Such a write in a later statement of
        /// the same block replaces the flag; one nested in a later statement (an <c>if</c>, a loop) may undo it. Only the
        /// value given next to the local is read (the syntax between the two is searched for the local's name only then).
        /// </summary>
        private static Replacement LaterPrivileged(IInvocationOperation call, MethodScope scope, DockerApi api, out IInvocationOperation? laterCall,
            out List<IInvocationOperation>? repeats)
        {
            laterCall = null;
            repeats = null;
            var isTrue = IsTrue(call);
            IOperation top = call;
            for (var depth = 0; depth < MaxChainLength; depth++)
            {
                var parent = top.Parent;
                while (parent is IConversionOperation) parent = parent.Parent;
                // Of the builder's own methods and a module builder's (not a C# 14 extension member, which may keep it, audit 51 N5).
                if (parent is IInvocationOperation outer && outer.Instance is not null && ReferenceEquals(Values.SkipConversions(outer.Instance), top)
                    && (api.IsBuilderMethod(outer.TargetMethod) || api.IsModuleBuilderMethod(outer.TargetMethod)))
                {
                    if (IsWithPrivileged(outer, api))
                    {
                        laterCall = outer;
                        return Replacement.Replaced;
                    }
                    top = outer;
                    continue;
                }
                // .WithPrivileged(true).WithDefaults().WithPrivileged(false): an extension method is one more call of its
                // chain, as on a local (b = b.WithDefaults();).
                if (ExtensionCalledOn(parent, top) is { } extension)
                {
                    top = extension;
                    continue;
                }
                // A branch's builder is the choice's value: what is done to that value is done to it ((ci ? b.WithPrivileged(true)
                // : b).WithPrivileged(false), b = ci ? b.WithPrivileged(true) : b; followed by b = b.WithPrivileged(false);).
                if (BranchOf(parent, top) is { } choice)
                {
                    top = choice;
                    continue;
                }
                break;
            }
            // The statement of the block after which the search goes on, past a repeat nested in a statement (if (ci) b = b.WithPrivileged(true);).
            StatementSyntax? after = null;
            // The local of the last step: it finds its ref aliases once (a walk of the function), however many steps it takes.
            BuilderLocal? named = null;
            // A WithPrivileged(false) on some paths only that the search went past (if (ci) b = b.WithPrivileged(false);): the
            // flag may be undone there, whatever follows.
            IInvocationOperation? undoneBy = null;
            // The statements the docs allow between the two, then the one that replaces the flag (audit 112 G112-3).
            for (var step = 0; step <= MaxLaterValues; step++)
            {
                var parent = top.Parent;
                while (parent is IConversionOperation) parent = parent.Parent;
                ILocalSymbol? local = parent switch
                {
                    IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Parent: IExpressionStatementOperation } => target.Local,
                    _ => null,
                };
                if (local is null || parent is null || top.SemanticModel is not { } model) return NoFurther(undoneBy, ref laterCall);
                if (named is null || !SymbolEqualityComparer.Default.Equals(named.Symbol, local))
                {
                    named = scope.Memo(top.Syntax.SyntaxTree.GetRoot(), local, () => new BuilderLocal(local, model, scope));
                    if (named.OnlyKeptAt is null && local.DeclaringSyntaxReferences.Length == 1
                        && MethodScope.Function(local.DeclaringSyntaxReferences[0].GetSyntax()) is { } declaring)
                    {
                        // Found when a try asks (most methods have none around their builders).
                        var found = named;
                        named.OnlyKeptAt = tryStatement => scope.Memo(declaring, found.Symbol, () => FunctionsCapturingLocal.Find(declaring, found, model, api, scope)).OnlyKeptAt(tryStatement);
                    }
                }
                var written = scope.LocalValues(local);
                IOperation? next = null;
                // Where the value is among those the local is given (found once per local, not by a look at every value for
                // each call a search reads, audit 108 B108-7).
                var positions = scope.Memo(top.Syntax.SyntaxTree.GetRoot(), local, () => new LocalValueIndex(written));
                if (positions.Positions.TryGetValue(top, out var position))
                    for (var i = position + 1; i < written.Count; i++)
                    {
                        // A value given on a branch that excludes this one (the else of its if) never follows it, nor does one a
                        // catch gives when no handler goes on with the builder (the path after the try has the try block's).
                        if (written[i] is null || !PathCoverage.AreExclusive(written[i]!.Syntax, top.Syntax) && !GivenOnlyByAHandlerApart(written[i]!.Syntax, top.Syntax, named))
                        {
                            next = written[i];
                            break;
                        }
                    }
                if (next is null || next.Syntax.SpanStart <= top.Syntax.Span.End) return NoFurther(undoneBy, ref laterCall);
                if (next.Parent is not ISimpleAssignmentOperation { Target: ILocalReferenceOperation, Parent: IExpressionStatementOperation } assignment)
                    return NoFurther(undoneBy, ref laterCall);
                var own = top.Syntax.FirstAncestorOrSelf<StatementSyntax>();
                var statement = after ?? OuterStatement(own, assignment.Syntax, named);
                // Past an if or a loop of a try block (try { b = b.WithLabel(...); if (x) b = b.WithName(...); } catch { Log(e); throw; }),
                // the next value may come after the try: the search goes on from the try when it, as a whole, only rebuilds the
                // local (audit 113 H113-2).
                if (after is not null && MethodScope.StatementList(after) is { } afterList && MethodScope.StatementOf(afterList, assignment.Syntax) is null)
                {
                    statement = OuterStatement(after, assignment.Syntax);
                    if (statement is null || MethodScope.StatementList(statement) is not { } outerList || !RebuildsOnly(statement, outerList, written, positions, local, named, scope, api, model))
                        return NoFurther(undoneBy, ref laterCall);
                }
                if (statement is null || MethodScope.StatementList(statement) is not { } block || !ReferenceEquals(next.Syntax.SyntaxTree, statement.SyntaxTree))
                    return NoFurther(undoneBy, ref laterCall);
                // Nested in a statement (an if, a loop): that statement names the local only there (a loop's next pass runs what precedes it).
                if (after is null && own is not null && statement != own && NamesLocalOutside(statement, own, named)) return NoFurther(undoneBy, ref laterCall);
                if (MethodScope.StatementOf(block, assignment.Syntax) is not { } later) return NoFurther(undoneBy, ref laterCall);
                if (NamedBetween(named, block, statement.Span.End, assignment.Syntax.SpanStart)) return NoFurther(undoneBy, ref laterCall);
                // A label on the replacement (Skip: b = b.WithPrivileged(false);) lets jumps land on it, which replaces as well. A
                // jump between the two that skips it (if (x) goto Done;) is found in the control flow (FlagMayReachAUse).
                var onSomePaths = !ReferenceEquals(Unlabeled(later), assignment.Syntax.Parent);
                // What the new value is built from: the local itself (b = b.WithImage(...), also on each branch of b = ci ?
                // b.WithName("a") : b) or something else.
                var privileged = false;
                var branched = false;
                var fromLocal = IsChainOn(next, local, api, ref privileged, ref laterCall, ref branched, 0);
                // try { b = b.WithPortBinding(2375, true); b = b.WithPrivileged(false); ... }: a statement of a try block runs
                // unless something before it jumps or throws, and only a handler can then go on with the builder (audit 52 M6).
                if (onSomePaths && Unlabeled(later) is TryStatementSyntax tryStatement && assignment.Syntax.Parent is StatementSyntax inTry
                    && inTry.Parent == tryStatement.Block && !JumpsBefore(tryStatement.Block, inTry))
                    onSomePaths = (tryStatement.Block.Statements.IndexOf(inTry) > 0 || !privileged)
                        && HandlerMayGoOn(tryStatement, block, named);
                // A WithPrivileged on a branch of the value sets the flag on some paths only.
                onSomePaths |= branched && privileged;
                var handlerMayGoOn = MayThrowToACatchBetween(block, statement, own, later, privileged, named);
                onSomePaths |= handlerMayGoOn;
                // A value that is not a chain on the local but names it (b = b?.WithName("a"), b = Defaults.Apply(b)) may be the
                // same builder, flag and all: it replaces nothing, and what comes after it is not followed.
                if (!fromLocal && NamesLocal(next.Syntax, named)) return NoFurther(undoneBy, ref laterCall);
                // if (token != "") b = b.WithEnvironment(...); foreach (...) b = b.WithEnvironment(...); if (ci) b = b.WithPrivileged(false);
                // b = ci ? b.WithPrivileged(false) : b;: on every path the local is then a builder made from its own, so a later
                // b = b.WithPrivileged(false) still replaces the flag (audit 104 R104-1). Only a statement that names the local
                // nowhere else, sets no flag true and cannot jump out.
                // A lambda or local function that names the local may be run by the statement and use the builder (audit 106 W106-7).
                // A try statement so only when no handler of its own goes on with the builder: an exception then leaves it for
                // the handlers around it, which handlerMayGoOn looks at (audit 111 E111-4: catch { Log(e); throw; }).
                if (onSomePaths && fromLocal && !handlerMayGoOn && RebuildsOnly(later, block, written, positions, local, named, scope, api, model))
                {
                    if (privileged) undoneBy = laterCall;
                    laterCall = null;
                    top = next;
                    after = later;
                    continue;
                }
                // try { Log(1); } catch { b = new ContainerBuilder(...); }: another builder given only by a catch none of whose
                // handlers goes on with this one; after the try the local has this one or that one (docs: such a catch "changes
                // nothing"), and the search goes on from the try as past a statement that only rebuilds the local; also from an
                // if or a loop that holds such a try (audit 117 M117-1).
                if (!fromLocal && onSomePaths && !handlerMayGoOn
                    && InHandlerOf(scope.Memo(later, local, () => HandlersApartWithin(later, named) ?? new List<TryStatementSyntax>()), next.Syntax.GetFirstToken())
                    && RebuildsOnly(later, block, written, positions, local, named, scope, api, model))
                {
                    laterCall = null;
                    top = next;
                    after = later;
                    continue;
                }
                if (!fromLocal || privileged)
                {
                    // Another builder: the flag this one had is dropped with it, not repeated.
                    if (!fromLocal) laterCall = null;
                    // true again on some paths only: the flag is true whichever way, so what comes after is followed.
                    if (onSomePaths && isTrue && laterCall is not null && IsTrue(laterCall))
                    {
                        (repeats ??= new List<IInvocationOperation>()).Add(laterCall);
                        laterCall = null;
                        top = next;
                        after = later;
                        continue;
                    }
                    if (onSomePaths) return Replacement.MayBeUndone;
                    return Replacement.Replaced;
                }
                if (onSomePaths) return NoFurther(undoneBy, ref laterCall);
                top = next;
                after = null;
            }
            return NoFurther(undoneBy, ref laterCall);
        }

        /// <summary>
        /// Whether <paramref name="statement"/> (of <paramref name="list"/>) leaves the local a builder made from its own on every
        /// path, running nothing that may use the one it had: every name of the local is such a write (<see cref="OnlyRebuildsLocal"/>),
        /// it cannot jump out, may run no function that names the local, and, a try, has no handler of its own that goes on
        /// with the builder.
        /// </summary>
        private static bool RebuildsOnly(StatementSyntax statement, SyntaxNode list, IReadOnlyList<IOperation?> written, LocalValueIndex positions,
            ILocalSymbol local, BuilderLocal named, MethodScope scope, DockerApi api, SemanticModel model)
        {
            if (Unlabeled(statement) is TryStatementSyntax tryStatement && HandlerMayGoOn(tryStatement, list, named)) return false;
            // Nor one holding a try a handler of which runs code that may build the builder through a lambda naming the local (in a
            // block, a using, an if, an outer try: audit 120 Q120-3); what else its handlers do is read with the statement.
            if (scope.Memo(statement, local, () => new InnerHandlers(HasInnerHandlerRunningCode(statement, named))).RunCode) return false;
            // What a catch none of whose handlers goes on with the builder does (gives the local another builder, sets the flag
            // false, returns) changes nothing of what comes after (foreach (...) { try { b = b.WithName(n); } catch { b = new ...; } }).
            var handlersApart = scope.Memo(statement, local, () => HandlersApartWithin(statement, named) ?? new List<TryStatementSyntax>());
            return !Jumps(statement, handlersApart) && OnlyRebuildsLocal(statement, written, positions, local, api, named, handlersApart)
                && !(MethodScope.Function(statement) is { } function
                     && MayRunFunctionNamingLocal(statement, function, scope.Memo(function, local, () => FunctionsNamingLocal.Find(function, named, scope)), api, model));
        }

        /// <summary>What the search found when no later value replaces the flag: undone on some paths, if one was gone past.</summary>
        private static Replacement NoFurther(IInvocationOperation? undoneBy, ref IInvocationOperation? laterCall)
        {
            if (undoneBy is null) return Replacement.None;
            laterCall = undoneBy;
            return Replacement.MayBeUndone;
        }

        /// <summary>
        /// Whether every name of the local in <paramref name="statement"/> is in a write of it there that builds on it, on every
        /// branch, with no <c>WithPrivileged</c> but of <c>false</c> (<c>b = b.WithEnvironment(...)</c>, <c>b = ci ?
        /// b.WithPrivileged(false) : b</c>): after the statement
        /// the local holds the builder it had, or one made from it. False when the local has a value the scope does not know.
        /// </summary>
        private static bool OnlyRebuildsLocal(StatementSyntax statement, IReadOnlyList<IOperation?> written, LocalValueIndex positions,
            ILocalSymbol local, DockerApi api, BuilderLocal named, List<TryStatementSyntax> handlersApart)
        {
            var rebuilt = new List<SyntaxNode>();
            if (positions.HasUnknown) return false;
            // The values are in the order the method writes them: those in the statement are found by a binary search, not
            // by a look at every value the local is given for each statement a search goes past (audit 108 B108-7).
            var span = statement.Span;
            int low = 0, high = written.Count;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (written[middle]!.Syntax.SpanStart < span.Start) low = middle + 1;
                else high = middle;
            }
            for (var i = low; i < written.Count; i++)
            {
                var value = written[i]!;
                if (value.Syntax.SpanStart >= span.End) break;
                // In a local function declared there: it runs where it is called, which MayRunFunctionNamingLocal looks at.
                if (!span.Contains(value.Syntax.Span) || InLocalFunctionWithin(value.Syntax, statement)) continue;
                if (InHandlerOf(handlersApart, value.Syntax.GetFirstToken())) continue;
                if (value.Parent is not ISimpleAssignmentOperation { Target: ILocalReferenceOperation, Parent: IExpressionStatementOperation } assignment) return false;
                var privileged = false;
                var branched = false;
                IInvocationOperation? call = null;
                if (!IsChainOn(value, local, api, ref privileged, ref call, ref branched, 0)) return false;
                foreach (var operation in value.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation invocation && IsWithPrivileged(invocation, api) && !IsFalse(invocation)) return false;
                    // b = b.WithEnvironment("A", b.Build().Name): the local is used in the value, not only built on (audit 105 V105-4).
                    // A lambda handed to the builder's own call (WithCreateParameterModifier(p => ... b ...)) runs when the
                    // builder is built, with the value the local has then (audit 107 A107-5).
                    if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                        && !IsChainRoot(reference, value) && !InLambdaHandedToBuilder(reference, value, api)) return false;
                }
                rebuilt.Add(assignment.Syntax);
            }
            foreach (var name in named.NamesIn(statement))
                if (!rebuilt.Exists(write => write.Span.Contains(name.Span)) && !InLocalFunctionWithin(name, statement) && !InHandlerOf(handlersApart, name.Identifier))
                    return false;
            return true;
        }

        /// <summary>
        /// Whether <paramref name="pattern"/> (a positional one, or <c>var (a, c)</c>) tests a tuple written where it is tested,
        /// which it takes apart without a <c>Deconstruct</c>: <c>(e, x) is (T, true)</c>, <c>((e, x)) switch { ... }</c>, a cast
        /// of one to a tuple type, a choice of two; an element of one, for a pattern nested in another (<c>(pt, x) is ((1, 2),
        /// true)</c> takes <c>pt</c> apart: audit 123 T123-2, T123-4).
        /// </summary>
        /// <summary>
        /// Whether a positional pattern (or <c>var (a, b)</c>) runs a <c>Deconstruct</c> or <c>ITuple</c>'s members: the compiler
        /// says (its pattern's <c>DeconstructSymbol</c>; none over a tuple type, whose fields it reads: audit 123 T123-10,
        /// <c>tp is (1, 2)</c>); where it cannot, any but one over a tuple written there does.
        /// </summary>
        private static bool CallsDeconstruct(PatternSyntax pattern, SemanticModel model)
        {
            if (model.SyntaxTree != pattern.SyntaxTree) return !IsOverATupleLiteral(pattern);
            if (model.GetOperation(pattern) is IRecursivePatternOperation recursive)
                return recursive.DeconstructSymbol is not null || recursive.MatchedType is not INamedTypeSymbol { IsTupleType: true };
            // var (a, b) has no pattern operation of its own: the type of what it matches says.
            if (MatchedExpression(pattern) is { } matched && model.GetTypeInfo(matched).Type is INamedTypeSymbol { IsTupleType: true }) return false;
            return !IsOverATupleLiteral(pattern);
        }

        private static bool IsOverATupleLiteral(PatternSyntax pattern) => MatchedExpression(pattern) is { } matched && IsTupleLiteral(matched);

        private static bool IsTupleLiteral(ExpressionSyntax expression) => Unparenthesized(expression) switch
        {
            TupleExpressionSyntax => true,
            CastExpressionSyntax { Type: TupleTypeSyntax } cast => IsTupleLiteral(cast.Expression),
            ConditionalExpressionSyntax choice => IsTupleLiteral(choice.WhenTrue) && IsTupleLiteral(choice.WhenFalse),
            _ => false,
        };

        private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
            return expression;
        }

        /// <summary>What <paramref name="pattern"/> is matched against, where the syntax says: the tested value, or an element of a tuple written there.</summary>
        private static ExpressionSyntax? MatchedExpression(PatternSyntax pattern)
        {
            SyntaxNode node = pattern;
            while (node.Parent is ParenthesizedPatternSyntax or BinaryPatternSyntax or UnaryPatternSyntax) node = node.Parent;
            switch (node.Parent)
            {
                case IsPatternExpressionSyntax tested:
                    return tested.Expression;
                case SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax choice }:
                    return choice.GoverningExpression;
                case SubpatternSyntax { ExpressionColon: null, NameColon: null, Parent: PositionalPatternClauseSyntax { Parent: RecursivePatternSyntax outer } clause } element
                    when MatchedExpression(outer) is { } whole && Unparenthesized(whole) is TupleExpressionSyntax tuple && tuple.Arguments.Count == clause.Subpatterns.Count:
                    return tuple.Arguments[clause.Subpatterns.IndexOf(element)].Expression;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Whether a <c>try</c> inside <paramref name="statement"/> (not the statement itself, nor one in a lambda or local
        /// function) has a handler that runs code while a lambda that names the local may build it (<see cref="HandlerRunsCodeWhileAliased"/>).
        /// </summary>
        private static bool HasInnerHandlerRunningCode(StatementSyntax statement, BuilderLocal local)
        {
            var own = Unlabeled(statement);
            foreach (var node in statement.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                if (node is TryStatementSyntax tryStatement && tryStatement != own && HandlerRunsCodeWhileAliased(tryStatement, tryStatement, local)) return true;
            return false;
        }

        // The answer of HasInnerHandlerRunningCode, kept per statement and local (MethodScope.Memo keeps classes).
        private sealed class InnerHandlers
        {
            public InnerHandlers(bool runCode) => RunCode = runCode;

            public bool RunCode { get; }
        }

        /// <summary>The <c>try</c> statements of <paramref name="statement"/> none of whose handlers goes on with the builder (<see cref="HandlerMayGoOn"/>), or null.</summary>
        private static List<TryStatementSyntax>? HandlersApartWithin(StatementSyntax statement, BuilderLocal local)
        {
            List<TryStatementSyntax>? handlersApart = null;
            foreach (var node in statement.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                if (node is TryStatementSyntax { Catches.Count: > 0 } tryStatement && !HandlerMayGoOn(tryStatement, tryStatement, local))
                    (handlersApart ??= new List<TryStatementSyntax>()).Add(tryStatement);
            return handlersApart;
        }

        /// <summary>
        /// Whether an exception thrown after the write in <paramref name="own"/> and before the local's next value is given by
        /// <paramref name="later"/> may go on with the builder the write gave the local (audit 51 N6): the two are in a
        /// <c>try</c> block one of whose handlers may (<see cref="HandlerMayGoOn"/>; audit 52 M3: a catch that rethrows,
        /// returns or only logs uses nothing); and something runs between them: more than the
        /// write as a statement of its own directly followed by the <c>WithPrivileged</c> call that replaces it (a later
        /// <c>b = b.WithName(Name())</c> may throw in its argument, audit 52 M4).
        /// </summary>
        private static bool MayThrowToACatchBetween(SyntaxNode block, StatementSyntax statement, StatementSyntax? own, StatementSyntax later, bool laterIsPrivileged,
            BuilderLocal local)
        {
            // Only declarations that run nothing between them (audit 55 R3: a lambda, a local function, a const).
            if (own == statement && laterIsPrivileged && RunsNothingBetween(block, statement, later)) return false;
            // try { b = b.WithPrivileged(true); ... } catch (Exception) { b = b.WithPrivileged(false); throw; } as the statement:
            // what it throws reaches the handlers around it only after its own catch has replaced the builder (audit 116 L116-5).
            if (Unlabeled(statement) is TryStatementSyntax tried && own is not null && tried.Block.Span.Contains(own.Span) && laterIsPrivileged
                && CatchesAllThenReplaces(tried, local) && !HandlerMayGoOn(tried, tried, local) && RunsNothingBetween(block, statement, later))
                return false;
            for (var node = block; node is not null && node is not (MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax); node = node.Parent)
                if (node.Parent is TryStatementSyntax tryStatement && tryStatement.Block == node && HandlerMayGoOn(tryStatement, block, local))
                    return true;
            return false;
        }

        /// <summary>Whether the statements of <paramref name="block"/> between <paramref name="statement"/> and <paramref name="later"/> run nothing (<see cref="RunsNothing"/>).</summary>
        private static bool RunsNothingBetween(SyntaxNode block, StatementSyntax statement, StatementSyntax later)
        {
            var between = false;
            foreach (var s in StatementsFrom(block, statement.SpanStart))
            {
                if (s == later) return between;
                if (between && !RunsNothing(s)) return false;
                between |= s == statement;
            }
            return between;
        }

        /// <summary>
        /// Whether <paramref name="tryStatement"/> has a <c>catch</c> of every exception (<c>catch</c>, <c>catch (Exception e)</c>,
        /// no filter) whose first statement that runs code gives the local another builder or sets its flag false.
        /// </summary>
        private static bool CatchesAllThenReplaces(TryStatementSyntax tryStatement, BuilderLocal local)
        {
            foreach (var handler in tryStatement.Catches)
            {
                if (handler.Filter is not null) continue;
                if (handler.Declaration is { } declaration
                    && !(declaration.Type is IdentifierNameSyntax { Identifier.ValueText: "Exception" }
                         || declaration.Type is QualifiedNameSyntax { Right.Identifier.ValueText: "Exception", Left: IdentifierNameSyntax { Identifier.ValueText: "System" } }))
                    continue;
                foreach (var statement in handler.Block.Statements)
                {
                    if (RunsNothing(statement)) continue;
                    if (GivesAnotherBuilderOrSetsFalse(statement, local)) return true;
                    break;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether <paramref name="statement"/> runs no code that may throw: a local function, a <c>const</c>, locals given
        /// lambdas or literals (<c>Func&lt;Task&gt; t = async () => await Task.Delay(1);</c>), an empty statement.
        /// </summary>
        private static bool RunsNothing(StatementSyntax statement)
        {
            switch (statement)
            {
                case LocalFunctionStatementSyntax or EmptyStatementSyntax:
                    return true;
                case LocalDeclarationStatementSyntax declaration:
                    if (declaration.IsConst) return true;
                    foreach (var variable in declaration.Declaration.Variables)
                        if (variable.Initializer?.Value is not (AnonymousFunctionExpressionSyntax or LiteralExpressionSyntax)) return false;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether, after an exception in the <c>try</c> block of <paramref name="tryStatement"/>, code may go on with the value
        /// the local had: a <c>catch</c> names it, or can end and let code after the <c>try</c> name it, before it is given
        /// another builder; or a <c>finally</c> names it; or a lambda or local function may. A <c>ref</c> alias of the local
        /// (<c>ref var r = ref b;</c>) names it (<see cref="BuilderLocal"/>).
        /// </summary>
        private static bool HandlerMayGoOn(TryStatementSyntax tryStatement, SyntaxNode anywhere, BuilderLocal local)
        {
            if (tryStatement.Catches.Count == 0 && tryStatement.Finally is null) return false;
            if (tryStatement.Finally is { } @finally && NamesLocal(@finally.Block, local) || HandlerRunsCodeWhileAliased(tryStatement, anywhere, local)) return true;
            foreach (var handler in tryStatement.Catches)
            {
                if (handler.Filter is not null && NamesLocal(handler.Filter, local)) return true;
                // catch { b = new ContainerBuilder()...; return b.Build(); } builds another builder (audit 53 M3).
                var use = UseOfLocal(handler.Block.Statements, 0, local, out var jumps);
                if (use == true) return true;
                // catch { goto L; } may go to a label after the try, past anything that gives the local another builder there
                // (audit 59 W1): what runs from the label on counts (W2), and for any other jump any name of it after the try.
                if (use is null && jumps && JumpsMayUse(handler.Block, tryStatement, local)) return true;
                if (use is null && !EndsInAJump(handler.Block) && UsedAfter(tryStatement, local)) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether a handler of <paramref name="tryStatement"/> runs code while a lambda or local function of the function that
        /// names the local may build it from there (audit 53 P4: catch { return Fallback(); }); one that only rethrows, gives the
        /// local another builder or sets its flag false runs none, nor does one whose lambdas the local's builder alone keeps
        /// (audit 117 M117-9, 118 N118-1).
        /// </summary>
        private static bool HandlerRunsCodeWhileAliased(TryStatementSyntax tryStatement, SyntaxNode anywhere, BuilderLocal local)
        {
            bool? aliased = null;
            // In a local function, lambdas of the code around it may name the local too, and copies made before it is called
            // exist there (audit 122 S122-6).
            bool Aliased() => aliased ??= MethodScope.Function(anywhere) is { } function && (IsCaptured(function, local) || function is LocalFunctionStatementSyntax)
                && local.OnlyKeptAt?.Invoke(tryStatement) != true;
            if (tryStatement.Finally is { } @finally && MayRunCode(@finally.Block, local.Model) && Aliased()) return true;
            foreach (var handler in tryStatement.Catches)
                if ((MayRunCode(handler.Block, local.Model) || handler.Filter is not null && MayRunCode(handler.Filter, local.Model)) && Aliased()) return true;
            return false;
        }

        /// <summary>Whether a statement of <paramref name="block"/> before <paramref name="statement"/> may jump elsewhere (<see cref="Jumps"/>).</summary>
        private static bool JumpsBefore(BlockSyntax block, StatementSyntax statement)
        {
            foreach (var s in block.Statements)
            {
                if (s == statement) return false;
                if (Jumps(s)) return true;
            }
            return false;
        }

        /// <summary>Whether <paramref name="reference"/> is in a lambda that is an argument of a builder's own call in <paramref name="value"/>.</summary>
        private static bool InLambdaHandedToBuilder(IOperation reference, IOperation value, DockerApi api)
        {
            // Also one inside another lambda handed there (p => F(() => b...)): neither runs before the build (audit 109 C109-1).
            for (var operation = reference; operation != value && operation.Parent is { } above; operation = above)
                if (operation is IAnonymousFunctionOperation lambda && LambdaHandedToBuilder(lambda, api))
                    return true;
            return false;
        }

        /// <summary>
        /// Whether the lambda or method group at <paramref name="node"/>, or a lambda around it in <paramref name="statement"/>,
        /// is handed to a builder's own call (<c>WithCreateParameterModifier(Modify)</c>, <c>WithCreateParameterModifier(p =>
        /// F(() => b...))</c>): made into a delegate the builder keeps, it does not run in the statement (audit 109 C109-1).
        /// </summary>
        private static bool HandedToBuilderWithin(SyntaxNode node, SyntaxNode statement, SemanticModel model, DockerApi api)
        {
            for (var operation = model.GetOperation(node); operation is not null && statement.Span.Contains(operation.Syntax.Span); operation = operation.Parent)
                if (operation is IAnonymousFunctionOperation or IMethodReferenceOperation or IDelegateCreationOperation && LambdaHandedToBuilder(operation, api))
                    return true;
            return false;
        }

        /// <summary>Whether <paramref name="node"/> is in a local function declared in <paramref name="statement"/>: it runs where it is called.</summary>
        private static bool InLocalFunctionWithin(SyntaxNode node, StatementSyntax statement)
        {
            for (var outer = node.Parent; outer is not null && outer != statement; outer = outer.Parent)
                if (outer is LocalFunctionStatementSyntax) return true;
            return false;
        }

        private static bool LambdaHandedToBuilder(IOperation lambda, DockerApi api) => BuilderCallHandedTo(lambda, api) is not null;

        /// <summary>The builder's own call <paramref name="lambda"/> (a lambda, a method group) is an argument of, directly or through a choice, or null.</summary>
        private static IInvocationOperation? BuilderCallHandedTo(IOperation lambda, DockerApi api)
        {
            // Also as a branch of a choice (x ? p => ... : p => { }, none ?? (p => ...)): the one chosen is handed (audit 111 E111-3).
            var from = lambda;
            var argument = lambda.Parent;
            while (argument is IDelegateCreationOperation or IConversionOperation or ICoalesceOperation
                   || argument is IConditionalOperation choice && !ReferenceEquals(choice.Condition, from))
            {
                from = argument;
                argument = argument.Parent;
            }
            return argument is IArgumentOperation { Parent: IInvocationOperation call }
                && (api.IsBuilderMethod(call.TargetMethod) || api.IsModuleBuilderMethod(call.TargetMethod))
                ? call
                : null;
        }

        /// <summary>
        /// Where the statement ends that hands the lambda or method group at <paramref name="node"/> (or a lambda around it in
        /// <paramref name="function"/>) to a builder's own call on a chain that starts at <paramref name="local"/> and is given
        /// back to it (<c>b = b.WithCreateParameterModifier(Modify);</c>), or null: from there the local's builder keeps it, and
        /// it runs when a builder made from that one is built. Not one handed to a chain whose builder goes elsewhere (<c>var o =
        /// b.WithCreateParameterModifier(...)</c>), which that builder's <c>Build()</c> runs (audit 113 H113-1).
        /// </summary>
        internal static int? KeptByLocalFrom(SyntaxNode node, SyntaxNode function, SemanticModel model, DockerApi api, ILocalSymbol local)
        {
            for (var operation = model.GetOperation(node); operation is not null && function.Span.Contains(operation.Syntax.Span); operation = operation.Parent)
            {
                if (!(operation is IAnonymousFunctionOperation or IMethodReferenceOperation or IDelegateCreationOperation)
                    || BuilderCallHandedTo(operation, api) is not { } call
                    || ChainStart(call, api) is not ILocalReferenceOperation start || !SymbolEqualityComparer.Default.Equals(start.Local, local))
                    continue;
                // Up the chain (b.WithCreateParameterModifier(Mod).WithName("x")) to the value it gives, also as a branch of a
                // choice given to the local (b = x ? b.WithCreateParameterModifier(Mod) : b;, ... ?? b: audit 114 J114-1).
                IOperation top = call;
                while (top.Parent is IConversionOperation || top.Parent is IInvocationOperation outer && ReferenceEquals(outer.Instance, top)
                       || top.Parent is IConditionalOperation choice && !ReferenceEquals(choice.Condition, top) || top.Parent is ICoalesceOperation)
                    top = top.Parent;
                return top.Parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Parent: IExpressionStatementOperation statement }
                    && SymbolEqualityComparer.Default.Equals(target.Local, local)
                    ? statement.Syntax.Span.End
                    : null;
            }
            return null;
        }

        /// <summary>
        /// Whether <paramref name="statement"/> (an <c>if</c> or a loop that only rebuilds the local) may run a lambda or local
        /// function of <paramref name="function"/> that names the local, and so use the builder it has before the statement
        /// gives it another (audit 106 W106-7): a call of a local function that names it, or calls one that does, or a delegate
        /// made of one there (<c>F(Loc)</c>); a lambda written there, unless handed to the builder's own call (it runs when the
        /// builder is built); or any other call, where a lambda that names the local (or a delegate of such a local function) may
        /// exist by then: one written before the statement, or anywhere in a method with a loop around the statement or a
        /// <c>goto</c>. A local function that is never called there (one after the <c>return</c>, a test method's helper) and
        /// <c>nameof(Loc)</c> run nothing (audit 107 A107-5).
        /// </summary>
        private static bool MayRunFunctionNamingLocal(StatementSyntax statement, SyntaxNode function, FunctionsNamingLocal named, DockerApi api, SemanticModel model)
        {
            if (named.IsEmpty) return false;
            // One in the statement runs there unless it is handed to the builder's own call, or declared in a local function
            // there, which runs where it is called (audit 109 C109-2).
            bool RunsIn(SyntaxNode lambda) => !HandedToBuilderWithin(lambda, statement, model, api) && !InLocalFunctionWithin(lambda, statement);
            foreach (var call in named.CallsWithin(statement.Span))
                if (RunsIn(call)) return true;
            foreach (var lambda in named.LambdasWithin(statement.Span))
                if (RunsIn(lambda)) return true;
            // Outside the statement: it may have been made when the statement runs; not one in (or itself) a lambda handed
            // to a builder's call, made only when the builder is built (audit 109 C109-1).
            if (!named.MayExistOutside(statement, function, model, api)) return false;
            // nameof(f) runs nothing (audit 109 C109-3), nor does a call in a lambda handed to the builder's own call until the
            // builder is built (audit 111 E111-2: p => p.Hostname = f()).
            foreach (var node in statement.DescendantNodes())
                if (node is InvocationExpressionSyntax invocation
                    && !(model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method && (api.IsBuilderMethod(method) || api.IsModuleBuilderMethod(method)))
                    && model.GetOperation(invocation) is not INameOfOperation
                    && !HandedToBuilderWithin(invocation, statement, model, api))
                    return true;
            return false;
        }

        /// <summary>
        /// What of a function may use a builder local when run: the calls, or delegates made, in the function's own body of its
        /// local functions that name the local (or call one that does), and its lambdas that name the local or call such a
        /// local function (with whether each is inside a local function, made when that runs). Worked out once per function
        /// and local in a method's analysis (<see cref="MethodScope.Memo"/>), and kept in the order they are written, so that
        /// those in a statement are found by a binary search: looked for again at each statement a search went past, a method
        /// of n statements took time in n² (audit 108 B108-7: 4,000 statements, 202 s; audit 111 E111-6: a method group handed
        /// to the builder in each of them, 206 s for 8,000).
        /// </summary>
        private sealed class FunctionsNamingLocal
        {
            private readonly List<SyntaxNode> _calls;
            private readonly List<(SyntaxNode Lambda, bool InLocalFunction)> _lambdas;
            // Where the lambdas outside a handed one start, in order (all of them, and those in a local function), once asked.
            private List<int>? _made;
            private List<int>? _madeInLocalFunctions;
            private bool? _hasGoto;

            private FunctionsNamingLocal(List<SyntaxNode> calls, List<(SyntaxNode, bool)> lambdas)
            {
                calls.Sort((x, y) => x.SpanStart.CompareTo(y.SpanStart));
                lambdas.Sort((x, y) => x.Item1.SpanStart.CompareTo(y.Item1.SpanStart));
                _calls = calls;
                _lambdas = lambdas;
            }

            public bool IsEmpty => _calls.Count == 0 && _lambdas.Count == 0;

            public IEnumerable<SyntaxNode> CallsWithin(TextSpan span) => SortedNodes.StartingIn(_calls, span);

            // A node that starts in a statement's span is in the statement: nodes nest.
            public IEnumerable<SyntaxNode> LambdasWithin(TextSpan span)
            {
                for (var i = FirstFrom(_lambdas, l => l.Lambda.SpanStart, span.Start); i < _lambdas.Count && _lambdas[i].Lambda.SpanStart < span.End; i++)
                    yield return _lambdas[i].Lambda;
            }

            /// <summary>
            /// Whether a lambda outside <paramref name="statement"/> and not handed to the builder's own call may have been made
            /// when the statement runs: one written before it, one in a local function (made when that runs), or any when the
            /// statement may run again after it (a loop around it, a <c>goto</c>).
            /// </summary>
            public bool MayExistOutside(StatementSyntax statement, SyntaxNode function, SemanticModel model, DockerApi api)
            {
                if (_made is null)
                {
                    _made = new List<int>();
                    _madeInLocalFunctions = new List<int>();
                    foreach (var (lambda, inLocalFunction) in _lambdas)
                    {
                        if (HandedToBuilderWithin(lambda, function, model, api)) continue;
                        _made.Add(lambda.SpanStart);
                        if (inLocalFunction) _madeInLocalFunctions.Add(lambda.SpanStart);
                    }
                }
                var span = statement.Span;
                if (_made.Count > 0 && _made[0] < span.Start) return true;
                if (_madeInLocalFunctions!.Count > CountWithin(_madeInLocalFunctions, span)) return true;
                return _made.Count > CountWithin(_made, span) && MayComeBack(statement, function);
            }

            private bool MayComeBack(StatementSyntax statement, SyntaxNode function)
            {
                for (var loop = statement.Parent; loop is not null && loop != function; loop = loop.Parent)
                    if (MethodScope.IsLoop(loop)) return true;
                if (_hasGoto is null)
                {
                    _hasGoto = false;
                    foreach (var node in function.DescendantNodes())
                        if (node is GotoStatementSyntax) { _hasGoto = true; break; }
                }
                return _hasGoto.Value;
            }

            private static int CountWithin(List<int> starts, TextSpan span) => FirstFrom(starts, s => s, span.End) - FirstFrom(starts, s => s, span.Start);

            /// <summary>The index of the first item of <paramref name="sorted"/> whose start is at or after <paramref name="position"/>.</summary>
            private static int FirstFrom<T>(List<T> sorted, Func<T, int> start, int position)
            {
                int low = 0, high = sorted.Count;
                while (low < high)
                {
                    var middle = (low + high) >> 1;
                    if (start(sorted[middle]) < position) low = middle + 1;
                    else high = middle;
                }
                return low;
            }

            public static FunctionsNamingLocal Find(SyntaxNode function, BuilderLocal local, MethodScope scope)
            {
                var (named, functions, references) = NestedFunctionsNaming(function, local, FunctionNames.Of(function, scope));
                var calls = new List<SyntaxNode>();
                var lambdas = new List<(SyntaxNode, bool)>();
                var found = new HashSet<SyntaxNode>();
                bool InLocalFunction(SyntaxNode node)
                {
                    for (var outer = node.Parent; outer is not null && outer != function; outer = outer.Parent)
                        if (outer is LocalFunctionStatementSyntax) return true;
                    return false;
                }
                void AddLambda(SyntaxNode lambda)
                {
                    if (found.Add(lambda)) lambdas.Add((lambda, InLocalFunction(lambda)));
                }
                foreach (var lambda in named) AddLambda(lambda);
                if (functions is null) return new FunctionsNamingLocal(calls, lambdas);
                foreach (var reference in references)
                {
                    var called = reference.Parent is InvocationExpressionSyntax call && call.Expression == reference;
                    var caller = MethodScope.Function(reference);
                    // The function may be a local function itself (a top-level program's helper): what it calls runs in it (audit 112 G112-1).
                    if (caller is null || caller != function && caller is LocalFunctionStatementSyntax && called) continue;
                    // Called, or made a delegate, in the function's body (F(Loc) may run it there).
                    if (caller == function) calls.Add(reference);
                    // A delegate made of it (Action a = Loc;) or a lambda that calls it: as a lambda that names the local.
                    if (caller != function || !called) AddLambda(caller != function ? caller : reference);
                }
                return new FunctionsNamingLocal(calls, lambdas);
            }
        }

        /// <summary>
        /// Whether a lambda or local function in <paramref name="function"/> names the local, and so may go on with it at any
        /// time (not with its own parameter or local of that name, audit 54 Q2, audit 57 T1).
        /// </summary>
        private static bool IsCaptured(SyntaxNode function, BuilderLocal local)
        {
            foreach (var name in local.NamesIn(function))
                if (MethodScope.Function(name) is { } nested && nested != function) return true;
            return false;
        }

        /// <summary>
        /// Whether <paramref name="block"/> may run code that runs a lambda: a call other than a <c>With...</c> call (a builder's),
        /// a creation other than of a builder (<c>new ContainerBuilder(...)</c>), a property or indexer read (also one a pattern makes,
        /// <c>e is T { Message: "m" }</c>), an <c>await</c>.
        /// <c>throw;</c>, <c>b = b.WithPrivileged(false);</c>, <c>b = new ContainerBuilder("x");</c>, <c>nameof(b)</c>, a filter
        /// <c>when (x)</c> or <c>when (e is T)</c> run none (audit 118 N118-2).
        /// </summary>
        private static bool MayRunCode(SyntaxNode code, SemanticModel model)
        {
            // A constant pattern is a constant or a type (an arm System.IO.IOException => ... parses as one): it runs nothing.
            foreach (var node in code.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or ConstantPatternSyntax)
                         && !MethodScope.IsNameofOperator(n)))
                switch (node)
                {
                    case InvocationExpressionSyntax when MethodScope.IsNameofOperator(node):
                        continue;
                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                        when access.Name.Identifier.ValueText.StartsWith("With", StringComparison.Ordinal):
                        continue;
                    case ObjectCreationExpressionSyntax { Type: var type } when RightmostName(type).EndsWith("Builder", StringComparison.Ordinal):
                        continue;
                    case InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AwaitExpressionSyntax or ElementAccessExpressionSyntax
                        or ConditionalAccessExpressionSyntax:
                        return true;
                    case MemberAccessExpressionSyntax access when !(access.Parent is InvocationExpressionSyntax call && call.Expression == access):
                        return true;
                    // e is IOException { Message: "m" } reads a property (audit 119 P119-4); a positional pattern calls a
                    // Deconstruct (audit 122 S122-3), but not one over a tuple written there, (e, x) is (IOException, true)
                    // (audit 121 R121-2).
                    case PropertyPatternClauseSyntax { Subpatterns.Count: > 0 }:
                        return true;
                    case PositionalPatternClauseSyntax { Parent: RecursivePatternSyntax positional } when CallsDeconstruct(positional, model):
                        return true;
                    case VarPatternSyntax { Designation: ParenthesizedVariableDesignationSyntax } deconstruction when CallsDeconstruct(deconstruction, model):
                        return true;
                }
            return false;
        }

        private static string RightmostName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => "",
        };

        /// <summary>Whether the last statement of <paramref name="block"/> leaves it (<c>throw</c>, <c>return</c>, <c>break</c>, <c>continue</c>, <c>goto</c>).</summary>
        private static bool EndsInAJump(BlockSyntax block) =>
            block.Statements.Count > 0 && block.Statements[block.Statements.Count - 1] is ThrowStatementSyntax or ReturnStatementSyntax or BreakStatementSyntax
                or ContinueStatementSyntax or GotoStatementSyntax;

        /// <summary>
        /// Whether code after <paramref name="tryStatement"/> may go on with the local's value: the statements after it in its
        /// block name the local before they give it a value that does not come from it, or, when they do neither, the
        /// function names it further on.
        /// </summary>
        private static bool UsedAfter(TryStatementSyntax tryStatement, BuilderLocal local)
        {
            // Retry: try { ... } (audit 60 X3): the labelled statement is the one of the list.
            var inList = Labelled(tryStatement);
            if (StatementsOf(inList) is not { } statements) return NamedAfter(tryStatement, local);
            return UseOfLocal(statements, statements.IndexOf(inList) + 1, local) ?? NamedAfter(inList.Parent!, local);
        }

        /// <summary><paramref name="statement"/> without the labels in front of it.</summary>
        private static StatementSyntax Unlabeled(StatementSyntax statement)
        {
            while (statement is LabeledStatementSyntax labeled) statement = labeled.Statement;
            return statement;
        }

        /// <summary><paramref name="statement"/> with the labels in front of it (<c>Retry: try { ... }</c>), as it stands in its statements.</summary>
        private static StatementSyntax Labelled(StatementSyntax statement)
        {
            while (statement.Parent is LabeledStatementSyntax labeled) statement = labeled;
            return statement;
        }

        /// <summary>The statements, run one after the other, that <paramref name="statement"/> is one of: a block's or a switch section's.</summary>
        private static SyntaxList<StatementSyntax>? StatementsOf(StatementSyntax statement) => statement.Parent switch
        {
            BlockSyntax block => block.Statements,
            SwitchSectionSyntax section => section.Statements,
            _ => null,
        };

        /// <summary>
        /// What <paramref name="statements"/> from <paramref name="start"/> on do first with the local: name it (true), give it a
        /// value that does not name it or sets the flag false, as a statement of their own (<c>b = new ContainerBuilder()...;</c>,
        /// <c>b = b.WithPrivileged(false);</c>, false: the flag it had is not seen after), or neither (null).
        /// </summary>
        private static bool? UseOfLocal(SyntaxList<StatementSyntax> statements, int start, BuilderLocal local) => UseOfLocal(statements, start, local, out _);

        /// <summary>As above; <paramref name="jumps"/>: a statement before the end or the first use may jump elsewhere.</summary>
        private static bool? UseOfLocal(SyntaxList<StatementSyntax> statements, int start, BuilderLocal local, out bool jumps, int depth = 0)
        {
            jumps = false;
            for (var i = start; i < statements.Count; i++)
            {
                var statement = Unlabeled(statements[i]);
                if (GivesAnotherBuilderOrSetsFalse(statement, local))
                    // if (x) goto L; before it may go past it to a use (audit 57 T3); a jump that skips nothing is none (audit 58 V2).
                    return jumps;
                if (NamesLocal(statement, local)) return true;
                // goto L; to a label further on in these statements goes on from there (audit 60 X4: Done: goto Two; Two: ...).
                if (statement is GotoStatementSyntax { Expression: IdentifierNameSyntax label } && statement.IsKind(SyntaxKind.GotoStatement)
                    && LabelIndex(statements, i + 1, label.Identifier.ValueText) is var next && next > i && depth < 8)
                {
                    // A replacement there with no jump before it (false) is one with the jumps before the goto.
                    var fromLabel = UseOfLocal(statements, next, local, out var jumpsThere, depth + 1);
                    jumps |= jumpsThere;
                    return fromLabel == false ? jumps : fromLabel;
                }
                jumps |= MayJumpAhead(statement);
            }
            return null;
        }

        /// <summary>
        /// Whether a jump out of <paramref name="handler"/> may reach a use of the local: a <c>goto</c> to a label of the
        /// statements after the <c>try</c>, when what runs from there names the local before giving it another builder (or, when
        /// they do neither, the function names it further on); any other jump, when the function names it after the <c>try</c>.
        /// </summary>
        private static bool JumpsMayUse(BlockSyntax handler, TryStatementSyntax tryStatement, BuilderLocal local)
        {
            foreach (var node in handler.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is not (GotoStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax) || !MayJumpAhead((StatementSyntax)node, handler)) continue;
                if (node is GotoStatementSyntax { Expression: IdentifierNameSyntax label } && node.IsKind(SyntaxKind.GotoStatement))
                {
                    if (JumpToLabelMayUse(node, label.Identifier.ValueText, local, tryStatement)) return true;
                    continue;
                }
                if (NamedAfter(tryStatement, local)) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether what runs from the label <paramref name="label"/> that <paramref name="jump"/> goes to may name the local before
        /// it is given another builder: the statements from the label on, or, when they do neither, the function after them
        /// (audit 59 W2, audit 60 X4: also a label after the <c>if</c>, loop or switch section that holds the jump). A label on
        /// <paramref name="retried"/> itself (<c>Retry: try { ... } catch { goto Retry; }</c>, audit 60 X3) runs the <c>try</c> again,
        /// which is read as it is the first time. True when the label is not found.
        /// </summary>
        private static bool JumpToLabelMayUse(SyntaxNode jump, string label, BuilderLocal local, TryStatementSyntax? retried)
        {
            if (MethodScope.Function(jump) is not { } function) return true;
            foreach (var node in function.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is not LabeledStatementSyntax labeled || labeled.Identifier.ValueText != label) continue;
                if (retried is not null && Unlabeled(labeled) == retried) return false;
                var inList = Labelled(labeled);
                if (StatementsOf(inList) is not { } statements) return true;
                return UseOfLocal(statements, statements.IndexOf(inList), local) ?? NamedAfter(inList.Parent!, local);
            }
            return true;
        }

        /// <summary>The index of the statement labelled <paramref name="label"/> among <paramref name="statements"/> from <paramref name="start"/> on, or -1.</summary>
        private static int LabelIndex(SyntaxList<StatementSyntax> statements, int start, string label)
        {
            for (var i = start; i < statements.Count; i++)
                for (var statement = statements[i]; statement is LabeledStatementSyntax labeled; statement = labeled.Statement)
                    if (labeled.Identifier.ValueText == label) return i;
            return -1;
        }

        /// <summary>Whether <paramref name="statement"/> holds a <c>goto</c>, or a <c>break</c> or <c>continue</c> that leaves it.</summary>
        private static bool MayJumpAhead(StatementSyntax statement)
        {
            foreach (var node in statement.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                if (node is GotoStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax && MayJumpAhead((StatementSyntax)node, statement)) return true;
            return false;
        }

        /// <summary>
        /// Whether the jump <paramref name="jump"/> may leave <paramref name="container"/>: a <c>goto</c> to a label not in it,
        /// a <c>goto case</c> or <c>goto default</c>, <c>break</c> or <c>continue</c> whose switch or loop is not in it.
        /// </summary>
        private static bool MayJumpAhead(StatementSyntax jump, SyntaxNode container)
        {
            if (jump is GotoStatementSyntax { Expression: IdentifierNameSyntax label } && jump.IsKind(SyntaxKind.GotoStatement))
            {
                foreach (var node in container.DescendantNodes())
                    if (node is LabeledStatementSyntax labeled && labeled.Identifier.ValueText == label.Identifier.ValueText) return false;
                return true;
            }
            if (jump is GotoStatementSyntax)
            {
                // goto case: to a section of the switch it is in, which is in the container or not (audit 60 X1: out of a catch).
                for (var node = jump.Parent; node is not null && container.Span.Contains(node.Span); node = node.Parent)
                {
                    if (node is SwitchStatementSyntax) return false;
                    if (node == container) break;
                }
                return true;
            }
            return container is StatementSyntax statement ? !TargetIsWithin(jump, statement) : true;
        }

        /// <summary>
        /// Whether <paramref name="statement"/> gives the local a value that does not name it (another builder) or sets its flag
        /// false (<see cref="SetsPrivilegedFalse"/>).
        /// </summary>
        private static bool GivesAnotherBuilderOrSetsFalse(StatementSyntax statement, BuilderLocal local) =>
            Unlabeled(statement) is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment }
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && target.Identifier.ValueText == local.Name
            && (!NamesLocal(assignment.Right, local) || SetsPrivilegedFalse(assignment.Right, local) || IsNewBuilderNamingLocalOnlyInLambdas(assignment.Right, local));

        /// <summary>
        /// A chain of <c>With...</c> calls on a builder created there, which names the local only in lambdas handed to those
        /// calls (<c>new ContainerBuilder("x").WithCreateParameterModifier(p => p.Hostname = b.Build().Name)</c>): another builder,
        /// whose lambdas run when it is built, not there (audit 119 P119-3).
        /// </summary>
        private static bool IsNewBuilderNamingLocalOnlyInLambdas(ExpressionSyntax value, BuilderLocal local)
        {
            var expression = value;
            for (var depth = 0; depth < MaxChainLength && expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call; depth++)
            {
                if (!access.Name.Identifier.ValueText.StartsWith("With", StringComparison.Ordinal)) return false;
                foreach (var argument in call.ArgumentList.Arguments)
                    if (argument.Expression is not AnonymousFunctionExpressionSyntax && NamesLocal(argument, local)) return false;
                expression = access.Expression;
            }
            return expression is ObjectCreationExpressionSyntax { Type: var type } creation && RightmostName(type).EndsWith("Builder", StringComparison.Ordinal)
                && !NamesLocal(creation, local);
        }

        /// <summary>
        /// A chain of <c>With...</c> calls on the local whose last <c>WithPrivileged</c> sets the flag false and whose arguments
        /// do not name the local (audit 55 R2: <c>catch { b = b.WithPrivileged(false); }</c>; audit 116 L116-4: <c>b =
        /// b.WithName("x").WithPrivileged(false);</c>, <c>b = b.WithPrivileged(false).WithName("x");</c>).
        /// </summary>
        private static bool SetsPrivilegedFalse(ExpressionSyntax value, BuilderLocal local)
        {
            var setFalse = false;
            var expression = value;
            for (var depth = 0; depth < MaxChainLength && expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call; depth++)
            {
                var name = access.Name.Identifier.ValueText;
                if (!name.StartsWith("With", StringComparison.Ordinal)) return false;
                foreach (var argument in call.ArgumentList.Arguments)
                    if (NamesLocal(argument, local)) return false;
                // The first met from the outside is the last made: it decides.
                if (name == WithPrivileged && !setFalse)
                {
                    if (call.ArgumentList.Arguments.Count != 1 || !call.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.FalseLiteralExpression)) return false;
                    setFalse = true;
                }
                expression = access.Expression;
            }
            return setFalse && expression is IdentifierNameSyntax receiver && receiver.Identifier.ValueText == local.Name;
        }

        /// <summary>Whether the local's name is written after <paramref name="node"/> in the function that holds it.</summary>
        private static bool NamedAfter(SyntaxNode node, BuilderLocal local)
        {
            if (MethodScope.Function(node) is not { } function) return true;
            foreach (var _ in local.NamesWithin(function, TextSpan.FromBounds(node.Span.End, function.Span.End)))
                return true;
            return false;
        }

        /// <summary>The choice (<c>?:</c>, <c>??</c>, <c>switch</c> expression) whose value <paramref name="branch"/> may be, or null.</summary>
        private static IOperation? BranchOf(IOperation? parent, IOperation branch) => parent switch
        {
            IConditionalOperation conditional when conditional.WhenFalse is not null
                && (ReferenceEquals(conditional.WhenTrue, branch) || ReferenceEquals(conditional.WhenFalse, branch)) => conditional,
            ICoalesceOperation coalesce when ReferenceEquals(coalesce.WhenNull, branch) || ReferenceEquals(coalesce.Value, branch) => coalesce,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation choice } arm when ReferenceEquals(arm.Value, branch) => choice,
            _ => null,
        };

        /// <summary>
        /// The statement of a block (or of the top-level statements) that holds <paramref name="statement"/> and whose
        /// statements include <paramref name="later"/>'s: itself, or the <c>if</c>, loop or <c>try</c> it is nested in (<c>if (ci)
        /// b = b.WithPrivileged(true);</c>), whose end the local's value reaches on every path when nothing in it jumps
        /// elsewhere. Null when there is none such in the function. With <paramref name="local"/>, a jump in a <c>catch</c> of a
        /// <c>try</c> around the statement the search is at, none of whose handlers goes on with the builder, leaves it only
        /// with the builder the handler gave the local (<c>catch { b = new ContainerBuilder("x"); return b.Build(); }</c>).
        /// </summary>
        private static StatementSyntax? OuterStatement(StatementSyntax? statement, SyntaxNode later, BuilderLocal? local = null)
        {
            var nested = false;
            var inner = statement;
            for (var depth = 0; statement is not null && depth < 16; depth++)
            {
                if (MethodScope.StatementList(statement) is { } list && MethodScope.StatementOf(list, later) is not null)
                    return nested && Jumps(statement, local is null ? null : HandlersApart(statement, inner!, local)) ? null : statement;
                SyntaxNode? parent = statement.Parent;
                if (parent is ElseClauseSyntax or SwitchSectionSyntax or CatchClauseSyntax or FinallyClauseSyntax) parent = parent.Parent;
                if (parent is not StatementSyntax outer || outer is LocalFunctionStatementSyntax) return null;
                statement = outer;
                nested = true;
            }
            return null;
        }

        /// <summary>
        /// Whether a jump in <paramref name="statement"/> may leave it elsewhere than at its end, or run more of it after the
        /// write: return, yield, any goto (<c>goto case</c> may go back to a section that uses the builder, audit 50 F3), and a
        /// break or continue whose loop or switch is outside it. The break that ends a switch section, or leaves a loop, of the
        /// statement goes to its end or to a place in it (audit 48 F2: <c>switch (p) { case "debug": b = b.WithPrivileged(true);
        /// break; }</c>), where what follows the write is read as usual.
        /// </summary>
        private static bool Jumps(StatementSyntax statement, List<TryStatementSyntax>? handlersApart = null)
        {
            foreach (var node in statement.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                                                                && !(n is CatchClauseSyntax { Parent: TryStatementSyntax tryStatement } && handlersApart?.Contains(tryStatement) == true)))
                switch (node)
                {
                    case ReturnStatementSyntax or YieldStatementSyntax or GotoStatementSyntax:
                        return true;
                    case BreakStatementSyntax or ContinueStatementSyntax when !TargetIsWithin(node, statement):
                        return true;
                }
            return false;
        }

        /// <summary>Whether the loop or switch statement that <paramref name="jump"/> (break, continue) leaves or goes to is <paramref name="statement"/> or in it.</summary>
        private static bool TargetIsWithin(SyntaxNode jump, StatementSyntax statement)
        {
            for (var node = jump.Parent; node is not null; node = node.Parent)
            {
                var isTarget = node switch
                {
                    WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax => true,
                    SwitchStatementSyntax => jump is not ContinueStatementSyntax,
                    _ => false,
                };
                if (isTarget) return statement == node || statement.Span.Contains(node.Span);
                if (node == statement) return false;
            }
            return false;
        }

        /// <summary>
        /// Whether <paramref name="value"/> is a chain of calls on <paramref name="local"/> (<c>b.WithName("a")</c>, an extension
        /// method <c>b.WithDefaults()</c>), or a choice each of whose branches is one or the local itself (<c>ci ? b.WithName("a")
        /// : b</c>, a <c>switch</c> expression, <c>b.WithName("a") ?? b</c>: <paramref name="branched"/>), each a builder made
        /// from the local's; <paramref name="privileged"/> when a call of it is a <c>WithPrivileged</c>, the first found in
        /// <paramref name="laterCall"/> (the last of its chain).
        /// </summary>
        private static bool IsChainOn(IOperation? value, ILocalSymbol local, DockerApi api, ref bool privileged, ref IInvocationOperation? laterCall,
            ref bool branched, int depth)
        {
            for (var step = 0; step < MaxChainLength && depth < 8 && value is not null; step++)
            {
                value = Values.SkipConversions(value);
                switch (value)
                {
                    case IInvocationOperation { Instance: { } inner } link:
                        // The last WithPrivileged of the new value's chain decides the flag it gives.
                        if (IsWithPrivileged(link, api))
                        {
                            privileged = true;
                            laterCall ??= link;
                        }
                        value = inner;
                        continue;
                    // b.WithDefaults(): an extension method's receiver is its first argument.
                    case IInvocationOperation { Instance: null, TargetMethod.IsExtensionMethod: true } extension when PassedThrough(extension) is { } first:
                        value = first;
                        continue;
                    // A WithPrivileged of the chain after the choice (found first) applies on every branch.
                    case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                        branched |= !privileged;
                        return IsChainOn(conditional.WhenTrue, local, api, ref privileged, ref laterCall, ref branched, depth + 1)
                            && IsChainOn(whenFalse, local, api, ref privileged, ref laterCall, ref branched, depth + 1);
                    case ICoalesceOperation coalesce:
                        branched |= !privileged;
                        return IsChainOn(coalesce.Value, local, api, ref privileged, ref laterCall, ref branched, depth + 1)
                            && IsChainOn(coalesce.WhenNull, local, api, ref privileged, ref laterCall, ref branched, depth + 1);
                    case ISwitchExpressionOperation choice:
                        branched |= !privileged;
                        foreach (var arm in choice.Arms)
                            if (!IsChainOn(arm.Value, local, api, ref privileged, ref laterCall, ref branched, depth + 1)) return false;
                        return choice.Arms.Length > 0;
                    default:
                        return value is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
                }
            }
            return false;
        }

        /// <summary>The receiver of an extension method's call (its first argument); null for any other call.</summary>
        internal static IOperation? ExtensionReceiver(IInvocationOperation extension)
        {
            if (extension.Instance is not null || !extension.TargetMethod.IsExtensionMethod) return null;
            foreach (var argument in extension.Arguments)
                if (argument.Parameter?.Ordinal == 0) return argument.Value;
            return null;
        }

        /// <summary>
        /// The call of an extension method that passes its receiver through (<see cref="PassedThrough"/>) whose receiver
        /// <paramref name="receiver"/> is (<paramref name="parent"/> its argument), or null.
        /// </summary>
        private static IInvocationOperation? ExtensionCalledOn(IOperation? parent, IOperation receiver) =>
            parent is IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation extension } argument
            && ReferenceEquals(PassedThrough(extension), argument.Value) && ReferenceEquals(Values.SkipConversions(argument.Value), receiver)
                ? extension
                : null;

        /// <summary>
        /// The receiver of a call of an extension method of the project that gives back a builder made from its receiver and
        /// keeps nothing: every use of its <c>this</c> parameter in its body is a chain of calls on it that the method returns
        /// or gives back to the parameter (<c>=> b.WithName("x")</c>, <c>{ b = b.WithName("x"); return b.WithLabel("k", "v");
        /// }</c>, <c>=> b</c>). Such a call is one more call of the chain it is in. Null for any other call: one that may keep
        /// the builder (<c>{ Kept.Add(b); return b; }</c>, audit 50 F4), or whose body is not in the project.
        /// </summary>
        private static IOperation? PassedThrough(IInvocationOperation extension) =>
            extension.SemanticModel is { } model ? PassedThrough(extension, model.Compilation) : null;

        /// <summary>As above, for an operation of a control flow graph too (which has no semantic model).</summary>
        private static IOperation? PassedThrough(IInvocationOperation extension, Compilation compilation)
        {
            if (ExtensionReceiver(extension) is not { } receiver) return null;
            var method = extension.TargetMethod.OriginalDefinition;
            return method.DeclaringSyntaxReferences.Length == 1 && method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax declaration
                && method.Parameters.Length > 0
                && PassesThrough(declaration, method.Parameters[0].Type, compilation, 0)
                ? receiver
                : null;
        }

        /// <summary>
        /// Whether the extension method <paramref name="declaration"/> passes its receiver through (<see cref="PassedThrough"/>),
        /// and so do the extension methods of the project its chains call (<c>=> b.WithName("x").Remember()</c> keeps what
        /// <c>Remember</c> keeps, audit 51 N4), followed 4 deep.
        /// </summary>
        private static bool PassesThrough(MethodDeclarationSyntax declaration, ITypeSymbol builder, Compilation compilation, int depth)
        {
            if (depth > 4 || declaration.ParameterList.Parameters.Count == 0) return false;
            var parameter = declaration.ParameterList.Parameters[0];
            if (!parameter.Modifiers.Any(SyntaxKind.ThisKeyword)) return false;
            var body = (SyntaxNode?)declaration.ExpressionBody ?? declaration.Body;
            if (body is null) return false;
            var name = parameter.Identifier.ValueText;
            var returned = false;
            foreach (var token in body.DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != name || token.Parent is not IdentifierNameSyntax use) continue;
                // In a lambda or local function, which may run at any time and keep it.
                for (var node = use.Parent; node is not null && node != body; node = node.Parent)
                    if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) return false;
                if (use.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Parent: ExpressionStatementSyntax } given
                    && given.Left == use)
                    continue;
                // Up the chain of calls made on it: b.WithName("x").WithLabel("k", "v"), also written (b), b! or (b.WithName("x"))
                // (audit 152 M152-12).
                var top = (ExpressionSyntax)OperationSyntax.WithSameValueAround(use);
                while (top.Parent is MemberAccessExpressionSyntax access && access.Expression == top && access.Parent is InvocationExpressionSyntax call
                    && call.Expression == access)
                {
                    // The body's symbols are not read (its tree's semantic model is not at hand): a call is the class's
                    // extension method of that name, else the builder's own method (DependsOn, WithName: audit 53 P2), else
                    // an extension method of another class of the project, each of that name passing the builder through
                    // (audit 54 P2); one named otherwise may be an extension method elsewhere that keeps it (audit 52 M5).
                    var called = access.Name.Identifier.ValueText;
                    var found = false;
                    foreach (var other in ExtensionMethodsNamed(declaration, called))
                    {
                        if (!PassesThrough(other, builder, compilation, depth + 1)) return false;
                        found = true;
                    }
                    if (!found && !HasMethodNamed(builder, called)
                        && (LibraryDeclaresExtensionNamed(compilation, called) || !ProjectExtensionsPassThrough(compilation, called, builder, depth + 1)))
                        return false;
                    top = (ExpressionSyntax)OperationSyntax.WithSameValueAround(call);
                }
                switch (top.Parent)
                {
                    case ArrowExpressionClauseSyntax arrow when arrow.Parent == declaration:
                    case ReturnStatementSyntax:
                        returned = true;
                        continue;
                    case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax target, Parent: ExpressionStatementSyntax } again
                        when again.Right == top && target.Identifier.ValueText == name:
                        continue;
                    default:
                        return false;
                }
            }
            return returned;
        }

        /// <summary>
        /// Whether the project declares extension methods named <paramref name="name"/> and each of them passes its receiver
        /// through (<see cref="PassesThrough"/>).
        /// </summary>
        private static bool ProjectExtensionsPassThrough(Compilation compilation, string name, ITypeSymbol builder, int depth)
        {
            var any = false;
            foreach (var symbol in compilation.GetSymbolsWithName(name, SymbolFilter.Member))
            {
                if (symbol is not IMethodSymbol { IsExtensionMethod: true } method) continue;
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is not MethodDeclarationSyntax other || !PassesThrough(other, builder, compilation, depth)) return false;
                    any = true;
                }
            }
            return any;
        }

        /// <summary>
        /// Whether a referenced library that can extend the builder (Testcontainers, or one built against it) declares an
        /// extension method named <paramref name="name"/>: a call of that name may bind to it rather than to the project's
        /// (audit 57 T2), and what it does is not known.
        /// </summary>
        private static bool LibraryDeclaresExtensionNamed(Compilation compilation, string name)
        {
            foreach (var reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol { MightContainExtensionMethods: true } assembly) continue;
                var extendsBuilders = assembly.Name == DockerApi.TestcontainersAssembly;
                foreach (var module in assembly.Modules)
                    foreach (var referenced in module.ReferencedAssemblies)
                        extendsBuilders |= referenced.Name == DockerApi.TestcontainersAssembly;
                if (extendsBuilders && DeclaresExtensionNamed(assembly.GlobalNamespace, name)) return true;
            }
            return false;
        }

        private static bool DeclaresExtensionNamed(INamespaceSymbol ns, string name)
        {
            foreach (var type in ns.GetTypeMembers())
                if (type.MightContainExtensionMethods)
                    foreach (var member in type.GetMembers(name))
                        if (member is IMethodSymbol { IsExtensionMethod: true }) return true;
            foreach (var inner in ns.GetNamespaceMembers())
                if (DeclaresExtensionNamed(inner, name)) return true;
            return false;
        }

        /// <summary>Whether <paramref name="type"/> (or a constraint of it, a base type, an interface) has a method named <paramref name="name"/>.</summary>
        private static bool HasMethodNamed(ITypeSymbol type, string name)
        {
            if (type is ITypeParameterSymbol parameter)
            {
                foreach (var constraint in parameter.ConstraintTypes)
                    if (HasMethodNamed(constraint, name)) return true;
                return false;
            }
            for (var current = type; current is not null; current = current.BaseType)
                foreach (var member in current.GetMembers(name))
                    if (member is IMethodSymbol) return true;
            foreach (var contract in type.AllInterfaces)
                foreach (var member in contract.GetMembers(name))
                    if (member is IMethodSymbol) return true;
            return false;
        }

        /// <summary>The extension methods named <paramref name="name"/> that the class of <paramref name="declaration"/> declares.</summary>
        private static IEnumerable<MethodDeclarationSyntax> ExtensionMethodsNamed(MethodDeclarationSyntax declaration, string name)
        {
            if (declaration.Parent is not TypeDeclarationSyntax type) yield break;
            foreach (var member in type.Members)
                if (member is MethodDeclarationSyntax method && method.Identifier.ValueText == name && method.ParameterList.Parameters.Count > 0
                    && method.ParameterList.Parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword))
                    yield return method;
        }

        /// <summary>
        /// Whether <paramref name="node"/> names the local after <paramref name="inner"/> (by name, as <see cref="NamedBetween"/>
        /// does), other than on a branch that excludes it; anywhere but in it when a loop in <paramref name="node"/> holds it.
        /// Not in the <c>catch</c> clauses of a <c>try</c> whose block holds <paramref name="inner"/> when none of its handlers
        /// goes on with the builder (<see cref="HandlerMayGoOn"/>: <c>catch { b = new ContainerBuilder("x"); }</c> gives the
        /// local another one, as the docs say, audit 114).
        /// </summary>
        private static bool NamesLocalOutside(SyntaxNode node, SyntaxNode inner, BuilderLocal local)
        {
            var inLoop = false;
            for (var parent = inner.Parent; parent is not null && !inLoop; parent = parent == node ? null : parent.Parent)
                inLoop = MethodScope.IsLoop(parent);
            var handlersApart = HandlersApart(node, inner, local);
            // A local function's code runs where it is called (NamedBetween).
            foreach (var token in node.DescendantTokens(child => child is not LocalFunctionStatementSyntax || child.Span.Contains(inner.Span)))
                if (!inner.Span.Contains(token.Span) && (inLoop || token.SpanStart >= inner.Span.End) && local.IsNamedBy(token, out var name)
                    && !PathCoverage.AreExclusive(name, inner) && !InHandlerOf(handlersApart, token))
                    return true;
            return false;
        }

        /// <summary>
        /// The <c>try</c> statements in <paramref name="node"/> whose block holds <paramref name="inner"/> and none of whose
        /// handlers goes on with the builder the local has (<see cref="HandlerMayGoOn"/>), or null: what their <c>catch</c>
        /// clauses do after an exception leaves the path that goes on after the <c>try</c> alone.
        /// </summary>
        private static List<TryStatementSyntax>? HandlersApart(SyntaxNode node, SyntaxNode inner, BuilderLocal local)
        {
            List<TryStatementSyntax>? handlersApart = null;
            for (var parent = inner.Parent; parent is not null && node.Span.Contains(parent.Span); parent = parent == node ? null : parent.Parent)
                if (parent is TryStatementSyntax tryStatement && tryStatement.Block.Span.Contains(inner.Span) && tryStatement.Catches.Count > 0
                    && !HandlerMayGoOn(tryStatement, tryStatement, local))
                    (handlersApart ??= new List<TryStatementSyntax>()).Add(tryStatement);
            return handlersApart;
        }

        private static bool InHandlerOf(List<TryStatementSyntax>? tryStatements, SyntaxToken token)
        {
            if (tryStatements is null) return false;
            foreach (var tryStatement in tryStatements)
                foreach (var handler in tryStatement.Catches)
                    if (handler.Span.Contains(token.Span)) return true;
            return false;
        }

        /// <summary>
        /// The <c>try</c> statement one of whose <c>catch</c> clauses holds <paramref name="value"/> and whose block holds
        /// <paramref name="current"/>, when none of its handlers goes on with the builder: the value is given only after an
        /// exception that the handlers end without using the builder the local had, so it does not follow that one on the
        /// path that goes on after the <c>try</c>.
        /// </summary>
        private static bool GivenOnlyByAHandlerApart(SyntaxNode value, SyntaxNode current, BuilderLocal local)
        {
            for (var node = value.Parent; node is not null && node is not (MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax); node = node.Parent)
                if (node is CatchClauseSyntax { Parent: TryStatementSyntax tryStatement })
                    return tryStatement.Block.Span.Contains(current.Span) && !HandlerMayGoOn(tryStatement, tryStatement, local);
            return false;
        }

        /// <summary>Whether <paramref name="node"/> names the local (by name, as <see cref="NamedBetween"/> does).</summary>
        private static bool NamesLocal(SyntaxNode node, BuilderLocal local) => local.IsNamedIn(node);

        /// <summary>
        /// Whether <paramref name="call"/> is a <c>With...</c> method of a Testcontainers builder called on <paramref name="receiver"/>
        /// (conversions aside): the chain of builder calls goes on into it (<c>b.WithPrivileged(true).WithName("x")</c>). So does
        /// a module builder's own (<c>PostgreSqlBuilder.WithDatabase</c>, <see cref="DockerApi.IsModuleBuilderMethod"/>).
        /// </summary>
        internal static bool IsBuilderCallOn(IInvocationOperation call, IOperation receiver, DockerApi api) =>
            call.Instance is not null && ReferenceEquals(Values.SkipConversions(call.Instance), Values.SkipConversions(receiver))
            && call.TargetMethod.Name.StartsWith("With", StringComparison.Ordinal)
            && (api.IsBuilderMethod(call.TargetMethod) || api.IsModuleBuilderMethod(call.TargetMethod));

        private static bool IsWithPrivileged(IInvocationOperation invocation, DockerApi api) =>
            invocation.TargetMethod.Name == WithPrivileged && api.IsBuilderMethod(invocation.TargetMethod);

        /// <summary>
        /// Whether the local's name is written in <paramref name="block"/> between the two positions. Not in a local function
        /// declared there: its code runs where it is called, which the control flow check sees (<see cref="MayRunBefore"/>).
        /// </summary>
        private static bool NamedBetween(BuilderLocal local, SyntaxNode block, int from, int to)
        {
            foreach (var statement in StatementsFrom(block, from))
            {
                if (statement.Span.End <= from) continue;
                if (statement.SpanStart >= to) break;
                if (statement is LocalFunctionStatementSyntax) continue;
                foreach (var token in statement.DescendantTokens(node => node is not LocalFunctionStatementSyntax))
                    if (token.SpanStart >= from && token.SpanStart < to && local.IsNamedBy(token, out _))
                        return true;
            }
            return false;
        }

        /// <summary>Each value a local is given (conversions aside), with its first place among them, and whether one is not known.</summary>
        private sealed class LocalValueIndex
        {
            public LocalValueIndex(IReadOnlyList<IOperation?> written)
            {
                Positions = new Dictionary<IOperation, int>(written.Count);
                for (var i = 0; i < written.Count; i++)
                {
                    if (Values.SkipConversions(written[i]) is not { } value) HasUnknown = true;
                    else if (!Positions.ContainsKey(value)) Positions[value] = i;
                }
            }

            public Dictionary<IOperation, int> Positions { get; }
            public bool HasUnknown { get; }
        }

        /// <summary>The statements of <paramref name="block"/> from the first that ends after <paramref name="from"/> (a binary search in a block).</summary>
        private static IEnumerable<StatementSyntax> StatementsFrom(SyntaxNode block, int from)
        {
            var list = block switch
            {
                BlockSyntax b => b.Statements,
                SwitchSectionSyntax section => section.Statements,
                _ => default(SyntaxList<StatementSyntax>?),
            };
            if (list is not { } statements) return MethodScope.Statements(block);
            int low = 0, high = statements.Count;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (statements[middle].Span.End <= from) low = middle + 1;
                else high = middle;
            }
            return Range(statements, low);
        }

        private static IEnumerable<StatementSyntax> Range(SyntaxList<StatementSyntax> statements, int start)
        {
            for (var i = start; i < statements.Count; i++) yield return statements[i];
        }


        internal static IOperation? Argument(IInvocationOperation call, int ordinal)
        {
            foreach (var argument in call.Arguments)
                if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue) return argument.Value;
            return null;
        }
    }
}
