using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using static ContainerLint.Analyzers.Reading.LaterPrivilegedCalls;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// What of a function may run a lambda or local function that names a builder local, whatever write of it is asked about
    /// (<see cref="MayRunBefore"/>): its lambdas that name the local, in the order written; the local functions that name it
    /// (Functions, null for none), or call one that does; and, as lambdas, the delegates made of those (<c>Action a =
    /// Configure;</c>, <c>Task.Run(Configure)</c>: audit 71 X71-3) and the lambdas that call them. Worked out once per function
    /// and local in a method's analysis: asked again for each <c>WithPrivileged(true)</c>, a method of n of them took time in
    /// n² (audit 111 E111-6).
    /// </summary>
    internal sealed class FunctionsCapturingLocal
    {
        // Where the local's builder starts to keep each lambda kept by it (KeptByLocalFrom), and where the function copies
        // the local's builder.
        private readonly Dictionary<SyntaxNode, int> _keptFrom;
        private readonly BuilderCopies _copies;

        private FunctionsCapturingLocal(SyntaxNode function, FunctionNames names, List<SyntaxNode> lambdas, HashSet<LocalFunctionStatementSyntax>? functions,
            Dictionary<SyntaxNode, int> keptFrom, BuilderCopies copies, List<int>? functionCalls)
        {
            _function = function;
            _names = names;
            Lambdas = lambdas;
            Functions = functions;
            _keptFrom = keptFrom;
            _copies = copies;
            _functionCalls = functionCalls;
            _firstKept = int.MaxValue;
            foreach (var from in keptFrom.Values)
                if (from < _firstKept) _firstKept = from;
        }

        private readonly int _firstKept;
        private readonly SyntaxNode _function;
        private readonly FunctionNames _names;
        // Where the local functions that name the local are called by name, which runs them there only.
        private readonly List<int>? _functionCalls;

        public List<SyntaxNode> Lambdas { get; }
        public HashSet<LocalFunctionStatementSyntax>? Functions { get; }

        /// <summary>See <see cref="BuilderLocal.OnlyKeptAt"/> (audit 118 N118-1).</summary>
        public bool OnlyKeptAt(TryStatementSyntax tryStatement)
        {
            // A local function naming the local runs where it is called: in the try statement, or elsewhere, where the code
            // its catch runs cannot call it (audit 120 Q120-4: Save(); after the false).
            if (_functionCalls is not null)
                foreach (var call in _functionCalls)
                    if (tryStatement.Span.Contains(call)) return false;
            var through = new List<LocalFunctionStatementSyntax>();
            var runs = RunSites(tryStatement, through);
            foreach (var lambda in Lambdas)
                if (!_keptFrom.ContainsKey(lambda) && !lambda.Span.Contains(tryStatement.Span)
                    && !(lambda is IdentifierNameSyntax made && through.Exists(function => function.Identifier.ValueText == made.Identifier.ValueText))
                    && MayExistAt(lambda, tryStatement, runs))
                    return false;
            if (_keptFrom.Count == 0) return true;
            // A copy made since the first handed is made since each later one too: the earliest decides (asked once per
            // try a search goes past, a look at every lambda made a method of n of each take time in n²).
            // One handed after the position is there only on a later pass of a loop around both (audit 119 P119-1: handed at
            // the end of the loop body, then copied): a copy in that loop may hold it.
            if (_copies.MayBeMadeBetween(Math.Min(_firstKept, tryStatement.Span.End), tryStatement.Span.End)) return false;
            // In a local function, the try runs where that is called: a copy made before a call is there (audit 122 S122-6), not
            // one the function makes itself, in its code or at its calls (on another run: the repeat decides, audit 122 S122-2,
            // calls on exclusive branches), nor one on a branch apart from the call or followed by a return before it.
            if (runs is not null && through.Count > 0)
            {
                var runStarts = new HashSet<int>();
                foreach (var run in runs) runStarts.Add(run.SpanStart);
                foreach (var run in runs)
                    if (_copies.MayBeMadeBetween(Math.Min(_firstKept, run.SpanStart), run.SpanStart,
                            at => !runStarts.Contains(at) && !through.Exists(made => made.Span.Contains(at)) && !_copies.NeverReaches(at, run)))
                        return false;
            }
            return true;
        }

        /// <summary>
        /// Where, in the function's own code, <paramref name="tryStatement"/> runs: there, or, in a local function the function
        /// declares, where that is called (<see cref="CallSites"/>; that function, and those its calls go through, added to
        /// <paramref name="through"/>). Null where it may run at any time or elsewhere: in a lambda, a local function made a
        /// delegate, called in a lambda or recursive.
        /// </summary>
        private List<SyntaxNode>? RunSites(TryStatementSyntax tryStatement, List<LocalFunctionStatementSyntax> through)
        {
            var code = MethodScope.Function(tryStatement);
            if (code == _function) return new List<SyntaxNode> { tryStatement };
            if (code is not LocalFunctionStatementSyntax localFunction || MethodScope.Function(localFunction) != _function) return null;
            through.Add(localFunction);
            return CallSites(localFunction, _names, _function, _copies, through) is { } calls ? new List<SyntaxNode>(calls) : null;
        }

        /// <summary>
        /// Whether <paramref name="lambda"/> (or a delegate made of a local function) may have been created when
        /// <paramref name="tryStatement"/> runs (at <paramref name="runs"/>, <see cref="RunSites"/>): not when it is the
        /// function's own code, written after each place the try runs, with no loop or <c>goto</c> back around both (audit
        /// 122 S122-7: <c>Action a = () => Keep = b;</c> after the false).
        /// </summary>
        private bool MayExistAt(SyntaxNode lambda, TryStatementSyntax tryStatement, List<SyntaxNode>? runs)
        {
            if (lambda.SpanStart < tryStatement.Span.End || runs is null || MethodScope.Function(lambda) != _function) return true;
            foreach (var run in runs)
            {
                if (lambda.SpanStart < run.SpanStart || _copies.MayRunAgainAfter(run, lambda)) return true;
                for (var loop = run.Parent; loop is not null && loop != _function; loop = loop.Parent)
                    if (MethodScope.IsLoop(loop) && loop.Span.Contains(lambda.Span)) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether only the local's builder, and those made from it, keep <paramref name="lambda"/> at <paramref name="position"/>:
        /// it was handed to the local's builder before there, and no copy of that builder has been made since (<c>var o = b;</c>
        /// would keep it too, and <c>o.Build()</c> run it: audit 113 H113-1). It then runs only when a builder made from the
        /// local's is built, which is a use of that builder (audit 111 E111-5).
        /// </summary>
        public bool KeptOnlyByLocal(SyntaxNode lambda, int position)
        {
            if (!_keptFrom.TryGetValue(lambda, out var from)) return false;
            // Handed to it after the position: it may be there only on a later pass of a loop (or a goto back), and a copy
            // in that loop may hold it then (audit 119 P119-2: handed at the end of the body, copied, built on the next pass
            // between the true and the false), as for OnlyKeptAt.
            return !_copies.MayBeMadeBetween(Math.Min(from, position), position);
        }

        public static FunctionsCapturingLocal Find(SyntaxNode function, BuilderLocal local, SemanticModel model, DockerApi api, MethodScope scope)
        {
            var names = FunctionNames.Of(function, scope);
            var (lambdas, functions, references) = NestedFunctionsNaming(function, local, names);
            if (functions is not null)
            {
                var found = new HashSet<SyntaxNode>(lambdas);
                foreach (var reference in references)
                {
                    if (reference.Parent is not InvocationExpressionSyntax call || call.Expression != reference)
                    {
                        if (found.Add(reference)) lambdas.Add(reference);
                    }
                    else if (MethodScope.Function(reference) is { } caller && caller is not LocalFunctionStatementSyntax && caller != function && found.Add(caller))
                        lambdas.Add(caller);
                }
            }
            var keptFrom = new Dictionary<SyntaxNode, int>();
            foreach (var lambda in lambdas)
                if (KeptByLocalFrom(lambda, function, model, api, local.Symbol) is { } from) keptFrom[lambda] = from;
            var copies = new BuilderCopies(function, scope);
            if (keptFrom.Count > 0)
            {
                foreach (var name in local.NamesIn(function))
                {
                    if (IsRebuildName(name) || MethodScope.Function(name) is not { } nested || !BuilderCopies.MayKeepBuilder(name, model, api)) continue;
                    if (nested == function) copies.Add(name, fromThereOn: false);
                    // Not in a lambda or local function the local's builder keeps, which runs when that builder is built
                    // and then copies it (p => { Keep = b; }, audit 119 P119-7): from where a builder holding it may first
                    // be built on (audit 120 Q120-1: one handed after the false, or not built before the catch, makes no
                    // copy the catch may build).
                    else if (!KeptFunction(nested, keptFrom, names, function))
                        CopiedWhereRun(nested, name, function, keptFrom, names, copies);
                    else
                        CopiedWhenBuilt(nested, keptFrom, names, function, copies, local, model, api);
                }
                // A local function that writes the local and may run more than once: a copy made on one run (at its end, by a
                // function it calls, between two calls) is there on the next (audit 121 R121-1).
                if (functions is not null)
                {
                    // The local functions that name the local (those that write it among them), each once.
                    LocalFunctionStatementSyntax? last = null;
                    foreach (var name in local.NamesIn(function))
                        if (MethodScope.Function(name) is LocalFunctionStatementSyntax localFunction && localFunction != last && localFunction != function)
                        {
                            last = localFunction;
                            if (RunsAgainAfter(localFunction, names, copies, function) is { } between) copies.AddRepeated(localFunction, between);
                        }
                }
                copies.Seal();
            }
            // A local function that names the local runs where it is called (in a catch too): where is asked of each try.
            List<int>? functionCalls = null;
            if (functions is not null)
                foreach (var reference in references)
                    if (!keptFrom.ContainsKey(reference))
                        (functionCalls ??= new List<int>()).Add(reference.SpanStart);
            // Those written first are the likeliest to exist already, and end the search at once.
            lambdas.Sort((x, y) => x.SpanStart.CompareTo(y.SpanStart));
            return new FunctionsCapturingLocal(function, names, lambdas, functions, keptFrom, copies, functionCalls);
        }

        /// <summary>
        /// Whether <paramref name="nested"/> (a lambda or local function of <paramref name="function"/>) is, or is inside, a
        /// lambda kept by the local's builder, or is a local function used only as method groups it keeps.
        /// </summary>
        private static bool KeptFunction(SyntaxNode nested, Dictionary<SyntaxNode, int> keptFrom, FunctionNames names,
            SyntaxNode function)
        {
            for (var node = nested; node is not null && node != function; node = node.Parent)
            {
                if (keptFrom.ContainsKey(node)) return true;
                // A local function runs where it is called or made a delegate: never (after the return, nameof only), or only
                // as a method group the local's builder keeps.
                if (node is LocalFunctionStatementSyntax localFunction)
                {
                    foreach (var reference in names.References(localFunction))
                        if (!localFunction.Span.Contains(reference.Span) && !keptFrom.ContainsKey(reference)) return false;
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// A copy made by a lambda or local function the local's builder keeps (<paramref name="nested"/>, or one it is in), which
        /// runs when that builder is built: at any time from where a builder holding it may first be built on
        /// (<see cref="FirstBuildAfter"/>; for each handing of a local function kept as a method group).
        /// </summary>
        private static void CopiedWhenBuilt(SyntaxNode nested, Dictionary<SyntaxNode, int> keptFrom, FunctionNames names,
            SyntaxNode function, BuilderCopies copies, BuilderLocal local, SemanticModel model, DockerApi api)
        {
            for (var node = nested; node is not null && node != function; node = node.Parent)
            {
                if (keptFrom.TryGetValue(node, out var from))
                {
                    if (FirstBuildAfter(node, from, function, keptFrom, names, local, model, api, copies) is { } built) copies.Add(built, fromThereOn: true);
                    return;
                }
                if (node is LocalFunctionStatementSyntax localFunction)
                {
                    foreach (var reference in names.References(localFunction))
                        if (keptFrom.TryGetValue(reference, out var handed)
                            && FirstBuildAfter(reference, handed, function, keptFrom, names, local, model, api, copies) is { } built)
                            copies.Add(built, fromThereOn: true);
                    return;
                }
            }
        }

        /// <summary>
        /// Where a builder holding what <paramref name="handing"/> hands the local's builder (kept from <paramref name="from"/>)
        /// may first be built, its modifiers run: the first name of the local after it that builds the builder or may keep it
        /// (a copy may be built at any time); the handing itself where such a name comes before it in a loop around both, or
        /// between a label and a <c>goto</c> back to it around both, or where a lambda or local function that may run builds
        /// or keeps it (it may run at any time); null where none does (audit 120: a modifier that copies the builder copies
        /// it only once that is built).
        /// </summary>
        private static SyntaxNode? FirstBuildAfter(SyntaxNode handing, int from, SyntaxNode function, Dictionary<SyntaxNode, int> keptFrom,
            FunctionNames names, BuilderLocal local, SemanticModel model, DockerApi api, BuilderCopies copies)
        {
            // The code the handing is in (a local function that writes the local, as the function's own): there the order of
            // its statements is the order they run in.
            var handingCode = MethodScope.Function(handing);
            // Out of the lambdas of the handing statement itself (one nested in the modifier handed: p => { Action a = () => ...; }).
            while (handingCode is AnonymousFunctionExpressionSyntax && handingCode.Span.End <= from) handingCode = MethodScope.Function(handingCode);
            foreach (var name in local.NamesIn(function))
            {
                if (IsRebuildName(name) || !(BuildsBuilder(name) || BuilderCopies.MayKeepBuilder(name, model, api))) continue;
                var nested = MethodScope.Function(name);
                if (nested != function && nested != handingCode)
                {
                    if (nested is null || !KeptFunction(nested, keptFrom, names, function) && !NeverRuns(nested, names)) return handing;
                    continue;
                }
                if (name.SpanStart >= from) return name;
                for (var parent = handing.Parent; parent is not null && parent != function; parent = parent.Parent)
                    if (MethodScope.IsLoop(parent) && parent.Span.Contains(name.Span))
                        return handing;
                if (copies.MayRunAgainAfter(name, handing)) return handing;
            }
            return null;
        }

        /// <summary>
        /// Where a copy of the builder is made before <paramref name="localFunction"/> runs again (its own code aside), or null
        /// when it runs once at most: from its first call to its last where two are not on exclusive branches (audit 122
        /// S122-2: <c>if (x) Step(); else Step();</c> runs it once) and no return follows the first; the loop, or the code
        /// from a label to a <c>goto</c> back, around a call; the whole function where <see cref="CallSites"/> cannot say
        /// (a delegate of it, a call in a lambda, a recursive call); and, for one declared in another local function, where
        /// that one runs again. A copy after its last run is made on none before another (audit 122 S122-1: <c>return
        /// b.Build();</c> at the end).
        /// </summary>
        private static TextSpan? RunsAgainAfter(LocalFunctionStatementSyntax localFunction, FunctionNames names,
            BuilderCopies copies, SyntaxNode function)
        {
            TextSpan? between = null;
            // The code it is declared in, where its calls are made (a local function of a local function, too).
            var declaringCode = MethodScope.Function(localFunction) ?? function;
            if (CallSites(localFunction, names, declaringCode, copies, new List<LocalFunctionStatementSyntax>()) is not { } calls) return function.Span;
            foreach (var call in calls)
            {
                SyntaxNode? loop = null;
                for (var parent = call.Parent; parent is not null && parent != declaringCode; parent = parent.Parent)
                    if (MethodScope.IsLoop(parent)) loop = parent;
                // Not a loop left right after the call (foreach (...) { Step(); Keep = b; break; }: audit 123 T123-9).
                if (loop is not null) between = copies.LeavesLoopAfter(call, loop) ? between : Union(between, loop.Span);
                else if (copies.RegionRunAgain(call) is { } region) between = Union(between, region);
            }
            // Calls are in the order written: none comes after one followed by a return (if (x) { Step(); return null; } Step();),
            // nor after one followed by a goto past it (if (x) { Step(); goto Done; } Step(); Done: ...).
            for (var i = 0; i < calls.Count; i++)
            {
                var returned = copies.ReturnAfter(calls[i], declaringCode);
                for (var j = i + 1; j < calls.Count; j++)
                    if (PathCoverage.AreExclusive(calls[i], calls[j]) ? JumpsBetweenSections(calls[i], calls[j])
                        : !(returned <= calls[j].SpanStart) && !copies.JumpsPast(calls[i], calls[j], declaringCode))
                        between = Union(between, TextSpan.FromBounds(Math.Min(calls[i].SpanStart, calls[j].SpanStart), Math.Max(calls[i].Span.End, calls[j].Span.End)));
            }
            // Declared in another local function, it runs again when that one does, after what that one's code and the
            // code between its runs copy (audit 123 T123-8: void Other() { void Step() { ... } Step(); } Other(); Other();).
            if (declaringCode is LocalFunctionStatementSyntax outer && outer != function && RunsAgainAfter(outer, names, copies, function) is { } outerAgain)
                between = Union(Union(between, outerAgain), outer.Span);
            return between;
        }

        /// <summary>
        /// The calls of <paramref name="localFunction"/> in <paramref name="declaringCode"/>, the code that declares it, in the
        /// order written, a call made in another local function declared there standing for that one's calls (<c>void Wrap() {
        /// Step(); } Wrap();</c> runs Step once; never called, not at all: audit 123 T123-13), those added to
        /// <paramref name="through"/>. Null where it may run at any time or more than once whatever the calls: a delegate of
        /// it, a call in a lambda, a recursive call, two calls in such another function, one in a loop or goto loop there.
        /// </summary>
        private static List<IdentifierNameSyntax>? CallSites(LocalFunctionStatementSyntax localFunction, FunctionNames names, SyntaxNode declaringCode,
            BuilderCopies copies, List<LocalFunctionStatementSyntax> through)
        {
            var sites = new List<IdentifierNameSyntax>();
            foreach (var reference in names.References(localFunction))
            {
                if (reference.Parent is not InvocationExpressionSyntax call || call.Expression != reference) return null;
                var caller = MethodScope.Function(reference);
                if (caller == declaringCode)
                {
                    sites.Add(reference);
                    continue;
                }
                if (caller is not LocalFunctionStatementSyntax wrapper || wrapper == localFunction || through.Contains(wrapper)
                    || MethodScope.Function(wrapper) != declaringCode || copies.RegionRunAgain(reference) is not null)
                    return null;
                for (var parent = reference.Parent; parent != wrapper; parent = parent!.Parent)
                    if (MethodScope.IsLoop(parent!)) return null;
                through.Add(wrapper);
                if (CallSites(wrapper, names, declaringCode, copies, through) is not { } outer) return null;
                sites.AddRange(outer);
            }
            sites.Sort((x, y) => x.SpanStart.CompareTo(y.SpanStart));
            return sites;
        }

        /// <summary>
        /// Whether <paramref name="first"/> and <paramref name="second"/> are in two sections of a <c>switch</c>, one of which
        /// has a <c>goto case</c> or <c>goto default</c>: both may run (audit 123 T123-3).
        /// </summary>
        private static bool JumpsBetweenSections(SyntaxNode first, SyntaxNode second)
        {
            for (var node = first.Parent; node is not null; node = node.Parent)
            {
                if (node is not SwitchSectionSyntax { Parent: SwitchStatementSyntax choice } section) continue;
                if (section.Span.Contains(second.Span)) continue;
                if (!choice.Span.Contains(second.Span)) return false;
                foreach (var other in choice.Sections)
                    if (other == section || other.Span.Contains(second.Span))
                        foreach (var jump in other.DescendantNodes())
                            if (jump.IsKind(SyntaxKind.GotoCaseStatement) || jump.IsKind(SyntaxKind.GotoDefaultStatement)) return true;
                return false;
            }
            return false;
        }

        private static TextSpan Union(TextSpan? span, TextSpan other) =>
            span is { } known ? TextSpan.FromBounds(Math.Min(known.Start, other.Start), Math.Max(known.End, other.End)) : other;

        /// <summary>Whether <paramref name="nested"/> is a local function named nowhere outside itself: it never runs.</summary>
        private static bool NeverRuns(SyntaxNode nested, FunctionNames names)
        {
            if (nested is not LocalFunctionStatementSyntax localFunction) return false;
            foreach (var reference in names.References(localFunction))
                if (!localFunction.Span.Contains(reference.Span)) return false;
            return true;
        }

        /// <summary>
        /// Whether <paramref name="name"/> (the local) starts a chain of calls that builds the builder (<c>b.Build()</c>,
        /// <c>b.WithName("x").Build()</c>, <c>b?.Build()</c>: a conditional access is taken as one).
        /// </summary>
        private static bool BuildsBuilder(IdentifierNameSyntax name)
        {
            ExpressionSyntax top = name;
            while (top.Parent is MemberAccessExpressionSyntax access && access.Expression == top)
            {
                if (access.Name.Identifier.ValueText == "Build") return true;
                if (access.Parent is not InvocationExpressionSyntax call || call.Expression != access) return false;
                top = call;
            }
            return top.Parent is ConditionalAccessExpressionSyntax conditional && conditional.Expression == top;
        }

        /// <summary>
        /// Where a copy of the builder in a lambda or local function (<paramref name="nested"/>) of <paramref name="function"/>
        /// is made: at <paramref name="name"/>, for a write in the same function; where a local function is called (<c>void
        /// Copy() { o = b; }</c>: audit 114 J114-2), in the code of <paramref name="function"/> or, through the local functions
        /// that call it, where those are called (a copy at the end of a local function that writes the flag and is called once
        /// comes after its write and after the call: audit 114's g4 corpus); and from where a lambda that makes it, or calls
        /// such a local function, or a delegate of one, is created on (it may run at any time after, not before: audit 115
        /// K115-1). Not where the local's builder keeps the lambda or the method group: it runs when that builder is built.
        /// </summary>
        private static void CopiedWhereRun(SyntaxNode nested, IdentifierNameSyntax name, SyntaxNode function, Dictionary<SyntaxNode, int> keptFrom,
            FunctionNames names, BuilderCopies copies)
        {
            copies.AddWithin(name, nested);
            var pending = new Stack<(SyntaxNode Function, bool FromThereOn)>();
            var seen = new HashSet<(SyntaxNode, bool)>();
            pending.Push((nested, false));
            while (pending.Count > 0)
            {
                var (runs, fromThereOn) = pending.Pop();
                if (!seen.Add((runs, fromThereOn))) continue;
                if (runs is not LocalFunctionStatementSyntax localFunction)
                {
                    // A lambda: made where its own function runs, and run at any time after.
                    if (MethodScope.Function(runs) is not { } maker || maker == function) copies.Add(runs, fromThereOn: true);
                    else if (!KeptFunction(maker, keptFrom, names, function)) pending.Push((maker, true));
                    continue;
                }
                foreach (var reference in names.References(localFunction))
                {
                    if (localFunction.Span.Contains(reference.Span) || keptFrom.ContainsKey(reference)) continue;
                    // Called, it runs there; made a delegate (Action a = Copy;), at any time after.
                    var delegateOrLater = fromThereOn || reference.Parent is not InvocationExpressionSyntax call || call.Expression != reference;
                    copies.Add(reference, delegateOrLater);
                    if (MethodScope.Function(reference) is { } caller && caller != function && !KeptFunction(caller, keptFrom, names, function))
                        pending.Push((caller, delegateOrLater));
                }
            }
        }

        /// <summary>
        /// Whether <paramref name="name"/> is the target or the start of a chain given back to the local (<c>b = b.WithName("x")</c>,
        /// <c>b = b.WithPrivileged(false)</c>): no copy of the builder.
        /// </summary>
        private static bool IsRebuildName(IdentifierNameSyntax name)
        {
            if (name.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Parent: ExpressionStatementSyntax } given
                && given.Left == name)
                return ChainRoot(given.Right) is IdentifierNameSyntax root && root.Identifier.ValueText == name.Identifier.ValueText;
            ExpressionSyntax top = name;
            while (top.Parent is MemberAccessExpressionSyntax access && access.Expression == top && access.Parent is InvocationExpressionSyntax call
                   && call.Expression == access)
                top = call;
            // b = b?.WithName("a"): the rest of the chain is the conditional access's, given back as a whole.
            if (top == name && name.Parent is ConditionalAccessExpressionSyntax conditionalAccess && conditionalAccess.Expression == name)
                top = conditionalAccess;
            // Also a branch of a choice given back to the local (b = x ? b.WithName("a") : b;, b = b.WithName("a") ?? b;).
            while (top.Parent is ParenthesizedExpressionSyntax or ConditionalExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression }
                   && !(top.Parent is ConditionalExpressionSyntax conditional && conditional.Condition == top))
                top = (ExpressionSyntax)top.Parent;
            return top.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Parent: ExpressionStatementSyntax } assignment
                && assignment.Right == top && assignment.Left is IdentifierNameSyntax target && target.Identifier.ValueText == name.Identifier.ValueText;
        }

        private static ExpressionSyntax ChainRoot(ExpressionSyntax value)
        {
            while (value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }) value = access.Expression;
            return value;
        }
    }
}
