using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// Whether the builder a write gives a local (<c>b = b.WithPrivileged(true);</c>) may reach a use of the local, following
    /// the method's control flow graph (branches, loops, every jump, <c>try</c>, <c>catch</c> and <c>finally</c> blocks) until
    /// the local is given a builder that does not carry the flag: one not made from it (<c>b = new ContainerBuilder()</c>) or
    /// one whose chain calls <c>WithPrivileged</c> (<c>b = b.WithPrivileged(false)</c>). A builder made from it without one
    /// (<c>b = b.WithName("x")</c>, also through a choice, <c>b = ci ? b.WithName("x") : b</c>) carries the flag on; any other
    /// reading of the local, or of a <c>ref</c> alias of it, is a use. An exception may be thrown by anything that runs code
    /// (a call other than <c>WithPrivileged</c>, a creation, a property, an indexer: not a literal, a lambda or a local) and
    /// goes to the handlers of the <c>try</c> blocks around it with the value the local then holds; a <c>finally</c> block
    /// runs with it too, and what it gives the local is not taken as given on the way out of it.
    /// <para>
    /// What the syntax-based reading (<c>LaterPrivilegedCalls.LaterPrivileged</c>) takes as replaced is checked
    /// here, so that no jump it does not follow carries the flag past its replacement unreported.
    /// </para>
    /// </summary>
    internal sealed class ReachingUse
    {
        private readonly ControlFlowGraph _graph;
        private readonly ILocalSymbol _local;
        private readonly BuilderLocal _named;
        private readonly Func<IInvocationOperation, IOperation?> _receiverOf;
        private readonly Func<IInvocationOperation, bool> _isWithPrivileged;
        // Whether a call of a chain is the builder's own method (not a project's extension method that passes it through).
        private readonly Func<IInvocationOperation, bool> _isBuilderMethod;
        // A lambda that names the local may exist: a call may run it.
        private bool _captured;
        // The local functions that name the local, or call one that does: a call of one of them runs it.
        private readonly HashSet<LocalFunctionStatementSyntax>? _functions;
        // Their names, for the names a lambda's text holds.
        private HashSet<string>? _functionNames;
        // The graph is a lambda's or local function's, and the local is declared outside it: its end hands the builder back.
        private readonly bool _escapes;
        private readonly Flow _flow;
        // Captures the graph makes of the local as the target of an assignment whose value has branches: not readings.
        private readonly HashSet<CaptureId> _targets;
        // Captures of a builder made from the flagged one without WithPrivileged (a branch of b = ci ? b.WithName("x") : b).
        private readonly HashSet<CaptureId> _carrying = new HashSet<CaptureId>();

        private ReachingUse(Flow flow, ILocalSymbol local, BuilderLocal named, Func<IInvocationOperation, IOperation?> receiverOf,
            Func<IInvocationOperation, bool> isWithPrivileged, Func<IInvocationOperation, bool> isBuilderMethod, bool captured, HashSet<LocalFunctionStatementSyntax>? functions, bool escapes)
        {
            _isBuilderMethod = isBuilderMethod;
            _captured = captured;
            _functions = functions;
            _escapes = escapes;
            _flow = flow;
            _graph = flow.Graph;
            _local = local;
            _named = named;
            _receiverOf = receiverOf;
            _isWithPrivileged = isWithPrivileged;
            _targets = flow.TargetsOf(local);
        }

        /// <summary>
        /// What of a control flow graph the questions about it look up, found in one walk of the graph (the analysis asks them
        /// once for each <c>WithPrivileged(true)</c> of a method: with a walk each, a method of n of them took time in n², audit
        /// 111 E111-6): where each lambda is made and each assignment is, and its flow captures.
        /// </summary>
        internal sealed class Flow
        {
            // The first block that makes each lambda, method group delegate or delegate creation, and that makes each assignment.
            private readonly Dictionary<SyntaxNode, int> _madeIn = new Dictionary<SyntaxNode, int>();
            private readonly Dictionary<SyntaxNode, int> _assignedIn = new Dictionary<SyntaxNode, int>();
            // The statements each assignment is in (block, index), in the order of the graph.
            private readonly Dictionary<SyntaxNode, List<(int Block, int Index, ISimpleAssignmentOperation Assignment)>> _statements =
                new Dictionary<SyntaxNode, List<(int, int, ISimpleAssignmentOperation)>>();
            private readonly List<IFlowCaptureOperation> _captures = new List<IFlowCaptureOperation>();
            private readonly HashSet<CaptureId> _read = new HashSet<CaptureId>();
            private readonly Dictionary<ILocalSymbol, HashSet<CaptureId>> _targets = new Dictionary<ILocalSymbol, HashSet<CaptureId>>(SymbolEqualityComparer.Default);

            public Flow(ControlFlowGraph graph)
            {
                Graph = graph;
                foreach (var block in graph.Blocks)
                    for (var i = 0; i <= block.Operations.Length; i++)
                    {
                        var operation = i < block.Operations.Length ? block.Operations[i] : block.BranchValue;
                        if (operation is null) continue;
                        foreach (var node in operation.DescendantsAndSelf())
                            switch (node)
                            {
                                case IFlowAnonymousFunctionOperation or IMethodReferenceOperation or IDelegateCreationOperation:
                                    if (!_madeIn.ContainsKey(node.Syntax)) _madeIn[node.Syntax] = block.Ordinal;
                                    break;
                                case ISimpleAssignmentOperation assignment:
                                    if (!_assignedIn.ContainsKey(node.Syntax)) _assignedIn[node.Syntax] = block.Ordinal;
                                    if (i == block.Operations.Length) break;
                                    if (!_statements.TryGetValue(node.Syntax, out var statements)) _statements[node.Syntax] = statements = new List<(int, int, ISimpleAssignmentOperation)>();
                                    statements.Add((block.Ordinal, i, assignment));
                                    break;
                                case IFlowCaptureOperation capture:
                                    _captures.Add(capture);
                                    break;
                                case IFlowCaptureReferenceOperation reference
                                    when !(reference.Parent is ISimpleAssignmentOperation target && ReferenceEquals(target.Target, reference)):
                                    _read.Add(reference.Id);
                                    break;
                            }
                    }
            }

            public ControlFlowGraph Graph { get; }

            /// <summary>The captures the graph makes of <paramref name="local"/> as the target of an assignment whose value has branches (not read).</summary>
            public HashSet<CaptureId> TargetsOf(ILocalSymbol local)
            {
                if (_targets.TryGetValue(local, out var known)) return known;
                var targets = new HashSet<CaptureId>();
                foreach (var capture in _captures)
                    if (Values.SkipConversions(capture.Value) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                        && !_read.Contains(capture.Id))
                        targets.Add(capture.Id);
                _targets[local] = targets;
                return targets;
            }

            public int? MadeIn(SyntaxNode lambda) => _madeIn.TryGetValue(lambda, out var block) ? block : null;

            public int? AssignedIn(SyntaxNode write) => _assignedIn.TryGetValue(write, out var block) ? block : null;

            public List<(int Block, int Index, ISimpleAssignmentOperation Assignment)>? StatementsOf(SyntaxNode write) =>
                _statements.TryGetValue(write, out var statements) ? statements : null;
        }

        /// <summary>
        /// True when the value <paramref name="write"/> (a declarator or assignment of <paramref name="local"/>) gives may reach a
        /// use; false when it cannot; null when the graph does not show the write, or has a path it cannot follow.
        /// <paramref name="receiverOf"/>: the builder a call of a chain is made on (the instance of a builder method, the receiver
        /// of an extension method that passes it through), or null for any other call.
        /// </summary>
        public static bool? Of(Flow flow, ILocalSymbol local, SyntaxNode write, BuilderLocal named,
            Func<IInvocationOperation, IOperation?> receiverOf, Func<IInvocationOperation, bool> isWithPrivileged, Func<IInvocationOperation, bool> isBuilderMethod, bool captured,
            HashSet<LocalFunctionStatementSyntax>? functions, bool escapes) =>
            new ReachingUse(flow, local, named, receiverOf, isWithPrivileged, isBuilderMethod, captured, functions, escapes).From(write);

        private bool? From(SyntaxNode write)
        {
            var blocks = _graph.Blocks;
            var pending = new Stack<(int Block, int From)>();
            var start = WriteOf(write);
            if (start is not var (first, index)) return null;
            pending.Push((first, index + 1));
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
                if (_escapes && block.Kind == BasicBlockKind.Exit) return true;
                var replaced = false;
                for (var i = from; i < block.Operations.Length && !replaced; i++)
                {
                    var operation = block.Operations[i];
                    // An exception on the way goes to the handlers with the flagged builder.
                    if (MayThrow(operation)) PushHandlers(block, pending, entered);
                    switch (Read(operation))
                    {
                        case Reading.Use:
                            return true;
                        case Reading.Replaced:
                            replaced = true;
                            break;
                    }
                }
                if (replaced) continue;
                if (block.BranchValue is { } value)
                {
                    if (MayThrow(value)) PushHandlers(block, pending, entered);
                    if (Read(value) == Reading.Use) return true;
                }
                foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                {
                    if (branch is null) continue;
                    if (branch.Semantics == ControlFlowBranchSemantics.Error) return null;
                    // throw; or throw e; out of a catch: to the handlers around it (audit 117 M117-3: a typed catch that only
                    // rethrows, ahead of a catch of every exception, hands the outer handlers the flagged builder).
                    if (branch.Semantics is ControlFlowBranchSemantics.Throw or ControlFlowBranchSemantics.Rethrow) PushHandlers(block, pending, entered);
                    // Leaving a try through its finally runs the finally with the flagged builder, and the way on keeps it.
                    foreach (var region in branch.FinallyRegions)
                        if (!entered[region.FirstBlockOrdinal]) pending.Push((region.FirstBlockOrdinal, 0));
                    if (branch.Destination is { } next && !entered[next.Ordinal]) pending.Push((next.Ordinal, 0));
                }
            }
            return false;
        }

        private enum Reading
        {
            None,
            Carried,
            Replaced,
            Use,
        }

        /// <summary>What a statement or branch value of the graph does with the flagged builder in the local.</summary>
        private Reading Read(IOperation operation)
        {
            var top = operation is IExpressionStatementOperation statement ? statement.Operation : operation;
            if (top is ISimpleAssignmentOperation assignment && IsTarget(assignment.Target))
            {
                switch (Chain(assignment.Value, out var privileged))
                {
                    case Reading.Carried:
                        return privileged ? Reading.Replaced : Reading.Carried;
                    case Reading.None:
                        return Reading.Replaced;
                    default:
                        return Reading.Use;
                }
            }
            if (top is IFlowCaptureOperation capture && !_targets.Contains(capture.Id))
            {
                switch (Chain(capture.Value, out var privileged))
                {
                    case Reading.Carried:
                        if (!privileged) _carrying.Add(capture.Id);
                        return Reading.None;
                    case Reading.Use:
                        return Reading.Use;
                }
                // Not the builder: what else the captured value runs counts as a statement's does (audit 80 C80-3: lazy?.Value).
            }
            // A lambda created on the way that names the local (or calls a local function that does), or a delegate made of such a
            // local function, may run at this call or a later one (audit 66 T1; 71 X71-2: Task.Run(() => Start())).
            if (!_captured && CreatesCapturingLambda(operation)) _captured = true;
            if (Names(operation) || (_captured && RunsCode(operation)) || CallsFunction(operation)) return Reading.Use;
            return Reading.None;
        }

        private bool CreatesCapturingLambda(IOperation operation)
        {
            foreach (var node in operation.DescendantsAndSelf())
            {
                if (node is IFlowAnonymousFunctionOperation lambda)
                    foreach (var token in lambda.Syntax.DescendantTokens())
                        if (_named.IsNamedBy(token, out _) || (_functions is not null && FunctionNames().Contains(token.ValueText))) return true;
                if (node is IMethodReferenceOperation { Method: { MethodKind: MethodKind.LocalFunction } method } && IsOneOfFunctions(method))
                    return true;
            }
            return false;
        }

        /// <summary>Whether <paramref name="operation"/> calls one of the local functions that name the local (<see cref="_functions"/>).</summary>
        private bool CallsFunction(IOperation operation)
        {
            if (_functions is null) return false;
            foreach (var node in operation.DescendantsAndSelf())
                if (node is IInvocationOperation { TargetMethod: { MethodKind: MethodKind.LocalFunction } target } && IsOneOfFunctions(target)) return true;
            return false;
        }

        private bool IsOneOfFunctions(IMethodSymbol method) =>
            _functions is not null && method.DeclaringSyntaxReferences.Length == 1
            && method.DeclaringSyntaxReferences[0].GetSyntax() is LocalFunctionStatementSyntax declared && _functions.Contains(declared);

        private HashSet<string> FunctionNames()
        {
            if (_functionNames is null)
            {
                _functionNames = new HashSet<string>();
                foreach (var function in _functions!) _functionNames.Add(function.Identifier.ValueText);
            }
            return _functionNames;
        }

        /// <summary>
        /// Whether <paramref name="operation"/> calls anything but the builder's own methods (a lambda that names the local may
        /// run): a method, a constructor or a property's accessor (audit 74 Q74-4: <c>new Lazy&lt;string&gt;(() =&gt; b.Build().Name).Value</c>),
        /// or awaits.
        /// </summary>
        private bool RunsCode(IOperation operation)
        {
            foreach (var node in operation.DescendantsAndSelf())
                switch (node)
                {
                    // The exception a switch expression throws when no arm matches, which the graph shows as made there
                    // (e switch { IOException => true, _ => false }): the runtime's own constructor, no code of the project
                    // (audit 119 P119-4).
                    case IObjectCreationOperation { IsImplicit: true, Syntax: SwitchExpressionSyntax }:
                        continue;
                    case IInvocationOperation call when _receiverOf(call) is null:
                    case IObjectCreationOperation { Constructor: not null }:
                    // Not the members of an anonymous type (new { X = 1 }), which run nothing (audit 80 C80-6).
                    case IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: false }:
                    // An await lets other code run, a task that captured the local among it (audit 80 C80-4).
                    case IAwaitOperation:
                        return true;
                }
            return false;
        }

        /// <summary>
        /// Whether <paramref name="value"/> is a builder made from the flagged one by builder calls (Carried, with
        /// <paramref name="privileged"/> when one is <c>WithPrivileged</c>), does not name it (None), or uses it otherwise (Use).
        /// </summary>
        private Reading Chain(IOperation value, out bool privileged)
        {
            privileged = false;
            var current = Values.SkipConversions(value);
            for (var depth = 0; depth < 1024 && current is IInvocationOperation call && _receiverOf(call) is { } inner; depth++)
            {
                privileged |= _isWithPrivileged(call);
                var own = _isBuilderMethod(call);
                // b = b.WithLabel("k", Id()): Id may run a lambda or local function that names the local (audit 66 T2).
                foreach (var argument in call.Arguments)
                {
                    if (ReferenceEquals(Values.SkipConversions(argument.Value), Values.SkipConversions(inner))) continue;
                    // A lambda or method group handed to the builder's own method (WithCreateParameterModifier(p => ...)) is kept
                    // by the builder and runs when the container is created, a use of the builder anyway (audit 111 E111-5).
                    if (own && IsDelegate(argument.Value)) continue;
                    // A lambda made there runs in the argument's calls (audit 73 Z73-5: Xs.Select(x => b.Build().Name).First()).
                    if (!_captured && CreatesCapturingLambda(argument)) _captured = true;
                    if (Names(argument) || (_captured && RunsCode(argument)) || CallsFunction(argument)) return Reading.Use;
                }
                // A project's extension method that passes the builder through is a call like any other: it may run a lambda
                // that names the local, one handed to it among them (audit 111 E111-1: b = b.WithRun(() => ... b.Build() ...)).
                if (!own && _captured) return Reading.Use;
                current = Values.SkipConversions(inner);
            }
            if (IsLocal(current) || (current is IFlowCaptureReferenceOperation reference && _carrying.Contains(reference.Id))) return Reading.Carried;
            return current is not null && Names(current) ? Reading.Use : Reading.None;
        }

        /// <summary>Whether <paramref name="value"/> is a lambda or a method group made a delegate (conversions aside).</summary>
        private static bool IsDelegate(IOperation value)
        {
            while (value is IConversionOperation or IDelegateCreationOperation)
                value = value is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)value).Target;
            return value is IFlowAnonymousFunctionOperation or IMethodReferenceOperation;
        }

        private bool IsTarget(IOperation target) =>
            IsLocal(target) || (target is IFlowCaptureReferenceOperation capture && _targets.Contains(capture.Id));

        private bool IsLocal(IOperation? operation) =>
            Values.SkipConversions(operation) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, _local);

        /// <summary>Whether <paramref name="operation"/> reads the local, a <c>ref</c> alias of it, or a capture carrying its builder.</summary>
        private bool Names(IOperation operation)
        {
            foreach (var node in operation.DescendantsAndSelf())
                switch (node)
                {
                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, _local):
                        if (reference.Parent is IFlowCaptureOperation capture && _targets.Contains(capture.Id)) continue;
                        return true;
                    case ILocalReferenceOperation { Local.IsRef: true } alias when _named.IsNamedBy(alias.Syntax.GetFirstToken(), out _):
                        return true;
                    // The null test the graph makes of a ?? operand is no use of it.
                    case IFlowCaptureReferenceOperation carried when _carrying.Contains(carried.Id) && carried.Parent is not IIsNullOperation:
                        return true;
                }
            return false;
        }

        /// <summary>
        /// Whether <paramref name="operation"/> may throw: it runs code (a call other than <c>WithPrivileged</c>, a creation, a
        /// property or indexer, a conversion the user defines, an operator, an await); literals, locals, lambdas and the flow
        /// captures the graph makes do not.
        /// </summary>
        private bool MayThrow(IOperation operation)
        {
            foreach (var node in operation.DescendantsAndSelf())
                switch (node)
                {
                    case IInvocationOperation call when !_isWithPrivileged(call):
                    case IObjectCreationOperation or IPropertyReferenceOperation or IArrayElementReferenceOperation or IAwaitOperation:
                    case IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation:
                    case IBinaryOperation or IUnaryOperation or IThrowOperation:
                    case IConversionOperation { OperatorMethod: not null }:
                        return true;
                }
            return false;
        }

        /// <summary>
        /// Pushes the first blocks of the handlers (catch, filter, finally) of the try blocks <paramref name="block"/> is in, up
        /// to the first whose <c>catch</c> takes every exception (<c>catch</c>, <c>catch (Exception)</c>, no filter): the
        /// handlers around that one see an exception only as it leaves that catch, which the flow follows from there (audit
        /// 116 L116-5: <c>catch (Exception) { b = b.WithPrivileged(false); throw; }</c> inside a try whose catch uses the builder).
        /// </summary>
        internal static void PushHandlers(BasicBlock block, Stack<(int, int)> pending, bool[] entered)
        {
            for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
            {
                if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { Kind: ControlFlowRegionKind.TryAndCatch or ControlFlowRegionKind.TryAndFinally } handled)
                    continue;
                var catchesAll = false;
                foreach (var handler in handled.NestedRegions)
                {
                    if (handler != region && !entered[handler.FirstBlockOrdinal]) pending.Push((handler.FirstBlockOrdinal, 0));
                    catchesAll |= handler.Kind == ControlFlowRegionKind.Catch
                        && handler.ExceptionType is { } caught
                        && (caught.SpecialType == SpecialType.System_Object || caught is { Name: "Exception", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } });
                }
                if (catchesAll) return;
            }
        }

        /// <summary>
        /// Whether the statement that makes <paramref name="write"/> may run again after <paramref name="lambda"/> is created, in
        /// <paramref name="graph"/>: a path from the block that creates it back to the write's block (a loop, a <c>goto</c>, a
        /// <c>goto case</c>, a handler that jumps back). Null when the graph shows either nowhere.
        /// </summary>
        public static bool? MayRunAfter(Flow flow, SyntaxNode lambda, SyntaxNode write)
        {
            if (flow.MadeIn(lambda) is not { } start || flow.AssignedIn(write) is not { } target) return null;
            var graph = flow.Graph;
            var blocks = graph.Blocks;
            var entered = new bool[blocks.Length];
            var pending = new Stack<(int, int)>();
            // The lambda's own block is read from after it: it counts only when the flow comes back to its start.
            pending.Push((start, 1));
            while (pending.Count > 0)
            {
                var (ordinal, at) = pending.Pop();
                if (at == 0)
                {
                    if (ordinal == target) return true;
                    if (entered[ordinal]) continue;
                    entered[ordinal] = true;
                }
                var block = blocks[ordinal];
                PushHandlers(block, pending, entered);
                foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                {
                    if (branch is null) continue;
                    foreach (var region in branch.FinallyRegions)
                        if (!entered[region.FirstBlockOrdinal]) pending.Push((region.FirstBlockOrdinal, 0));
                    if (branch.Destination is { } next && !entered[next.Ordinal]) pending.Push((next.Ordinal, 0));
                }
            }
            return false;
        }

        /// <summary>The block and index of the statement that makes <paramref name="write"/> (a declarator or assignment of the local), or null.</summary>
        private (int Block, int Index)? WriteOf(SyntaxNode write)
        {
            if (_flow.StatementsOf(write) is { } statements)
                foreach (var (block, index, assignment) in statements)
                    if (IsTarget(assignment.Target)) return (block, index);
            return null;
        }
    }
}
