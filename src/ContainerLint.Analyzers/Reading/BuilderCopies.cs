using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// Where a function makes copies of a Testcontainers builder local (<c>var o = b;</c>, <c>Sink(b)</c>, <c>return b.Build();</c>):
    /// each may keep what the local's builder keeps (a modifier handed to it) and run it later, when built or started. A copy
    /// is made at a place of the function's code (a statement of its own, the call of a local function that makes one), or
    /// from a place on (where a lambda or a delegate that makes one is created: it may run at any time after). A copy in a
    /// loop is made again on the next pass, before anything of the loop written above it (audit 115 K115-3).
    /// </summary>
    internal sealed class BuilderCopies
    {
        private readonly SyntaxNode _function;
        private readonly MethodScope _scope;
        private readonly List<int> _at = new List<int>();
        private readonly List<TextSpan> _loops = new List<TextSpan>();
        // From a label to a goto back to it, around a copy: a loop too (audit 116 L116-3). Found on the first copy.
        private List<TextSpan>? _backJumps;
        private readonly List<TextSpan> _backJumpsWithCopies = new List<TextSpan>();
        private int _fromOn = int.MaxValue;
        private List<int>? _fromOnEach;
        // The node of each copy, by where it starts (the first one there).
        private readonly Dictionary<int, SyntaxNode> _nodes = new Dictionary<int, SyntaxNode>();
        private List<(int At, TextSpan Within)>? _within;
        // Local functions that write the local and may run more than once, and where a copy made is there on a later run.
        private List<(TextSpan Function, TextSpan Between)>? _repeated;

        public BuilderCopies(SyntaxNode function, MethodScope scope)
        {
            _function = function;
            _scope = scope;
        }

        /// <summary>A copy made at <paramref name="node"/>, or, with <paramref name="fromThereOn"/>, at any time after it.</summary>
        public void Add(SyntaxNode node, bool fromThereOn)
        {
            if (!_nodes.ContainsKey(node.SpanStart)) _nodes[node.SpanStart] = node;
            if (fromThereOn)
            {
                if (node.SpanStart < _fromOn) _fromOn = node.SpanStart;
                (_fromOnEach ??= new List<int>()).Add(node.SpanStart);
            }
            else
            {
                _at.Add(node.SpanStart);
            }
            AddRegions(node);
        }

        /// <summary>
        /// A copy made at <paramref name="node"/> in the code of <paramref name="nested"/> (a lambda or local function of the
        /// function) as that runs: it counts there only, for a write in the same code (a copy before the write of a local function
        /// that writes the flag); where it runs from the function is added apart (a local function's calls, a lambda's creation),
        /// so that one never called, or called only after the <c>false</c>, makes no copy before it (audit 120 Q120-2, Q120-4).
        /// </summary>
        public void AddWithin(SyntaxNode node, SyntaxNode nested)
        {
            if (!_nodes.ContainsKey(node.SpanStart)) _nodes[node.SpanStart] = node;
            (_within ??= new List<(int, TextSpan)>()).Add((node.SpanStart, nested.Span));
            AddRegions(node);
        }

        /// <summary>
        /// A local function that may run more than once: a copy made anywhere may be there when its code runs again (audit 121
        /// R121-1: a local function that writes the flag and copies the builder after its false, called twice).
        /// </summary>
        public void AddRepeated(SyntaxNode localFunction, TextSpan between) => (_repeated ??= new List<(TextSpan, TextSpan)>()).Add((localFunction.Span, between));

        /// <summary>The code from a label to a <c>goto</c> back to it (or a section to a <c>goto case</c> back) around <paramref name="node"/>, if any.</summary>
        public TextSpan? RegionRunAgain(SyntaxNode node)
        {
            foreach (var region in BackJumps())
                if (region.Contains(node.Span)) return region;
            return null;
        }

        private void AddRegions(SyntaxNode node)
        {
            if (OutermostLoop(node) is { } loop && !LeavesAfter(node, loop, loop.Span)) _loops.Add(loop.Span);
            foreach (var region in BackJumps())
                if (region.Contains(node.Span) && !LeavesAfter(node, null, region)) _backJumpsWithCopies.Add(region);
        }

        /// <summary>Sorts what <see cref="Add"/> gathered; called once, before <see cref="MayBeMadeBetween"/>.</summary>
        public void Seal()
        {
            _at.Sort();
            _loops.Sort((x, y) => x.Start.CompareTo(y.Start));
        }

        /// <summary>
        /// Whether a copy may exist at <paramref name="position"/> that was made at or after <paramref name="from"/> (where the
        /// local's builder was handed what the copy would keep): one made between the two, one that may be made at any time
        /// from before <paramref name="position"/>, or one in the loop that holds <paramref name="position"/>.
        /// </summary>
        public bool MayBeMadeBetween(int from, int position) => MayBeMadeBetween(from, position, null);

        /// <summary>
        /// As <see cref="MayBeMadeBetween(int, int)"/>, counting only the copies made at a place <paramref name="counts"/> takes
        /// (for a run of a local function from where it is called: not those of its own code, nor of its calls).
        /// </summary>
        public bool MayBeMadeBetween(int from, int position, Func<int, bool>? counts)
        {
            if (counts is null ? _fromOn < position : _fromOnEach is not null && _fromOnEach.Exists(at => at < position && counts(at))) return true;
            if (_repeated is not null)
                foreach (var (function, between) in _repeated)
                    if (function.Contains(position) && MadeIn(function, between)) return true;
            for (var i = FirstCopyFrom(from); i < _at.Count && _at[i] < position; i++)
                if (counts is null || counts(_at[i])) return true;
            if (_within is not null)
                foreach (var (at, within) in _within)
                    if (at >= from && at < position && within.Contains(position) && (counts is null || counts(at))) return true;
            // The outermost loops are apart from one another: the last that starts at or before the position is the only one
            // that may hold it.
            int low = 0, high = _loops.Count;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (_loops[middle].Start <= position) low = middle + 1;
                else high = middle;
            }
            if (low > 0 && _loops[low - 1].End > position) return true;
            foreach (var region in _backJumpsWithCopies)
                if (region.Contains(position)) return true;
            return false;
        }

        /// <summary>The index of the first copy made at or after <paramref name="from"/> in the sorted <see cref="_at"/>.</summary>
        private int FirstCopyFrom(int from)
        {
            int low = 0, high = _at.Count;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (_at[middle] < from) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        /// <summary>Whether a copy is made in <paramref name="function"/>'s code or in <paramref name="between"/> (from there on: before its end).</summary>
        private bool MadeIn(TextSpan function, TextSpan between)
        {
            if (_fromOn < between.End || _fromOn < function.End) return true;
            // One between the runs after which the code always leaves that stretch is there on no later run (audit 123 T123-9:
            // foreach (var n in names) { Step(); if (n == "") return b.Build(); }).
            var first = FirstCopyFrom(function.Start);
            if (first < _at.Count && _at[first] < function.End) return true;
            for (var i = FirstCopyFrom(between.Start); i < _at.Count && _at[i] < between.End; i++)
                if (!(_nodes.TryGetValue(_at[i], out var node) && LeavesAfter(node, null, between))) return true;
            if (_within is not null)
                foreach (var (at, _) in _within)
                    if (function.Contains(at) || between.Contains(at)) return true;
            return false;
        }

        /// <summary>
        /// Whether the code after <paramref name="node"/> always leaves <paramref name="code"/> (the function it is in) before
        /// <paramref name="later"/>: a <c>return</c>, or a <c>throw</c> no <c>catch</c> there takes, between the two, as in
        /// <c>if (x) { Step(); return null; } Step();</c>.
        /// </summary>
        private bool AlwaysReturnsBetween(SyntaxNode node, SyntaxNode later, SyntaxNode code) =>
            node.SyntaxTree == later.SyntaxTree && ReturnAfter(node, code) is { } end && end <= later.SpanStart;

        /// <summary>
        /// Where the first statement after <paramref name="node"/> that always leaves <paramref name="code"/> ends (a
        /// <c>return</c>, or a <c>throw</c> no <c>catch</c> there takes, or one holding them on every branch), found from the
        /// innermost block out; null where none does. Code written after that end is not reached from the node.
        /// </summary>
        public int? ReturnAfter(SyntaxNode node, SyntaxNode code) => LeavingEnd(node, null, code.Span);

        /// <summary>
        /// Whether the code after <paramref name="node"/> always jumps past <paramref name="later"/>, written after it in
        /// <paramref name="code"/>: a <c>goto</c> to a label after it (audit 123 T123-1: <c>if (x) { Step(); goto Done; } Step();
        /// Done: ...</c>), as <see cref="ReturnAfter"/> finds a <c>return</c>. Looked for only in a function with labels.
        /// </summary>
        public bool JumpsPast(SyntaxNode node, SyntaxNode later, SyntaxNode code) =>
            Jumps().Labels is not null && code.Span.Contains(later.Span)
            && LeavingEnd(node, null, TextSpan.FromBounds(code.SpanStart, later.Span.End)) is { } end && end <= later.SpanStart;

        /// <summary>
        /// Whether the copy made at <paramref name="at"/> is on a branch apart from <paramref name="later"/> (<see
        /// cref="PathCoverage.AreExclusive"/>), or the function always leaves after it before that.
        /// </summary>
        public bool NeverReaches(int at, SyntaxNode later) =>
            _nodes.TryGetValue(at, out var node) && (PathCoverage.AreExclusive(node, later) || AlwaysReturnsBetween(node, later, _function));

        /// <summary>
        /// Whether, after <paramref name="node"/>, the code of <paramref name="loop"/> (or of the code from a label to a
        /// <c>goto</c> back to it, <paramref name="span"/>, with no loop) that holds it leaves it on every path (<c>o = b;
        /// break;</c>, <c>{ o = b; return b.Build(); }</c>, a <c>throw</c> no <c>catch</c> in it may take, a <c>goto</c> to a
        /// label outside it): the copy is then made on no pass before another (audit 116 L116-2, audit 117 M117-5).
        /// </summary>
        private bool LeavesAfter(SyntaxNode node, SyntaxNode? loop, TextSpan span) => LeavingEnd(node, loop, span) is not null;

        /// <summary>Whether every way on from <paramref name="node"/> leaves <paramref name="loop"/> (as for a copy there).</summary>
        public bool LeavesLoopAfter(SyntaxNode node, SyntaxNode loop) => LeavesAfter(node, loop, loop.Span);

        /// <summary>Where the statement that leaves, as <see cref="LeavesAfter"/> reads it, ends; null where none does.</summary>
        private int? LeavingEnd(SyntaxNode node, SyntaxNode? loop, TextSpan span)
        {
            for (var current = node; current.Parent is { } parent && current != loop && span.Contains(current.Span); current = parent)
            {
                // return b.Build();, throw new X(b): the copy's own statement leaves.
                if (current is ReturnStatementSyntax or ThrowStatementSyntax && Leaves((StatementSyntax)current, loop, span)) return current.Span.End;
                SyntaxList<StatementSyntax> statements;
                if (current is StatementSyntax && parent is BlockSyntax block) statements = block.Statements;
                else if (current is StatementSyntax && parent is SwitchSectionSyntax section) statements = section.Statements;
                else continue;
                for (var i = statements.IndexOf((StatementSyntax)current) + 1; i < statements.Count && span.Contains(statements[i].Span); i++)
                    if (AlwaysLeaves(statements[i], loop, span)) return statements[i].Span.End;
            }
            return null;
        }

        // A jump out (Leaves), or a block, an if/else, a switch with a default section, a try (its block and catches) or the
        // body of a using, lock or checked statement every way through which ends in one (audit 117 M117-6: if (x) { o = b;
        // return 1; } else throw ...;).
        private bool AlwaysLeaves(StatementSyntax statement, SyntaxNode? loop, TextSpan span, int depth = 0)
        {
            if (depth > 16) return false;
            switch (statement)
            {
                case BlockSyntax block:
                    foreach (var inner in block.Statements)
                        if (AlwaysLeaves(inner, loop, span, depth + 1)) return true;
                    return false;
                case IfStatementSyntax { Else: { } otherwise } choice:
                    return AlwaysLeaves(choice.Statement, loop, span, depth + 1) && AlwaysLeaves(otherwise.Statement, loop, span, depth + 1);
                case SwitchStatementSyntax choice:
                    var hasDefault = false;
                    foreach (var section in choice.Sections)
                    {
                        foreach (var label in section.Labels)
                            hasDefault |= label is DefaultSwitchLabelSyntax;
                        var leaves = false;
                        foreach (var inner in section.Statements)
                            if (AlwaysLeaves(inner, loop, span, depth + 1)) { leaves = true; break; }
                        if (!leaves) return false;
                    }
                    return hasDefault;
                case LabeledStatementSyntax labeled:
                    return AlwaysLeaves(labeled.Statement, loop, span, depth + 1);
                // try { break; } finally { ... }: a finally runs on the way out and cannot jump out itself; a catch may go on
                // unless it leaves too (audit 119 P119-5).
                case TryStatementSyntax attempt:
                    if (!AlwaysLeaves(attempt.Block, loop, span, depth + 1)) return false;
                    foreach (var handler in attempt.Catches)
                        if (!AlwaysLeaves(handler.Block, loop, span, depth + 1)) return false;
                    return true;
                case UsingStatementSyntax { Statement: var body }:
                    return AlwaysLeaves(body, loop, span, depth + 1);
                case LockStatementSyntax { Statement: var body }:
                    return AlwaysLeaves(body, loop, span, depth + 1);
                case CheckedStatementSyntax { Block: var body }:
                    return AlwaysLeaves(body, loop, span, depth + 1);
                default:
                    return Leaves(statement, loop, span);
            }
        }

        private bool Leaves(StatementSyntax statement, SyntaxNode? loop, TextSpan span)
        {
            switch (statement)
            {
                case ReturnStatementSyntax:
                case YieldStatementSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.YieldBreakStatement }:
                    return true;
                case ThrowStatementSyntax:
                    for (var parent = statement.Parent; parent is not null && parent != loop && span.Contains(parent.Span); parent = parent.Parent)
                        if (parent is TryStatementSyntax { Catches.Count: > 0 } tryStatement && tryStatement.Block.Span.Contains(statement.Span)) return false;
                    return true;
                case BreakStatementSyntax:
                    // To the end of the loop itself, or, from code between a label and a goto back, of a loop or switch around
                    // that code (audit 118 N118-4), or out of the loop that is the stretch (audit 123 T123-9: while (true) {
                    // Step(); if (x) { Keep = b; break; } }).
                    for (var parent = statement.Parent; parent is not null; parent = parent.Parent)
                        if (MethodScope.IsLoop(parent) || parent is SwitchStatementSyntax)
                            return loop is not null ? parent == loop : !span.Contains(parent.Span) || parent.Span == span && MethodScope.IsLoop(parent);
                    return false;
                case GotoStatementSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.GotoStatement, Expression: IdentifierNameSyntax target }:
                    // To a label outside the stretch: where the labelled statement starts (it may end past the stretch, L: Step();).
                    return Jumps().Labels is { } labels && labels.TryGetValue(target.Identifier.ValueText, out var labeled) && !span.Contains(labeled.Start);
                default:
                    return false;
            }
        }

        private List<TextSpan> BackJumps() => _backJumps ??= Jumps().BackRegions;

        /// <summary>Whether a <c>goto</c> back to a label (or a <c>goto case</c> back to a section) may run <paramref name="first"/> again after <paramref name="second"/>.</summary>
        public bool MayRunAgainAfter(SyntaxNode first, SyntaxNode second)
        {
            foreach (var region in BackJumps())
                if (region.Contains(first.Span) && region.Contains(second.Span)) return true;
            return false;
        }

        private FunctionJumps Jumps() => _scope.Memo(_function, () => new FunctionJumps(_function));

        /// <summary>
        /// The labels of one function, and its code from a label to a <c>goto</c> back to it and from a <c>switch</c> section to
        /// a <c>goto case</c> back to it; found once per function in a method's analysis (audit 119 P119-6: a method of n
        /// builder locals, each with copies, looked for them in time n²).
        /// </summary>
        private sealed class FunctionJumps
        {
            public FunctionJumps(SyntaxNode function)
            {
                Dictionary<string, int>? before = null;
                foreach (var node in function.DescendantNodes(n => n == function || !IsFunction(n)))
                {
                    if (node is LabeledStatementSyntax labeled)
                    {
                        var name = labeled.Identifier.ValueText;
                        (before ??= new Dictionary<string, int>())[name] = labeled.SpanStart;
                        // Blocks apart may each have a label of one name: the first is the one a goto is looked up by.
                        Labels ??= new Dictionary<string, TextSpan>();
                        if (!Labels.ContainsKey(name)) Labels[name] = labeled.Span;
                    }
                    // A label is declared before the goto that jumps back to it; one after is a jump forward.
                    else if (node is GotoStatementSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.GotoStatement, Expression: IdentifierNameSyntax target }
                             && before is not null && before.TryGetValue(target.Identifier.ValueText, out var start))
                        BackRegions.Add(TextSpan.FromBounds(start, node.Span.End));
                    // goto case / goto default to a section above it (audit 117 M117-7).
                    else if (node is GotoStatementSyntax { CaseOrDefaultKeyword.RawKind: not 0 } jump && SectionJumpedTo(jump) is { } section && section.SpanStart < jump.SpanStart)
                        BackRegions.Add(TextSpan.FromBounds(section.SpanStart, jump.Span.End));
                }
            }

            /// <summary>By name, the span of each labelled statement (null: none).</summary>
            public Dictionary<string, TextSpan>? Labels { get; private set; }

            public List<TextSpan> BackRegions { get; } = new List<TextSpan>();
        }

        private static SwitchSectionSyntax? SectionJumpedTo(GotoStatementSyntax jump)
        {
            SwitchStatementSyntax? choice = null;
            for (var parent = jump.Parent; parent is not null && !IsFunction(parent); parent = parent.Parent)
                if (parent is SwitchStatementSyntax found) { choice = found; break; }
            if (choice is null) return null;
            foreach (var section in choice.Sections)
                foreach (var label in section.Labels)
                    if (jump.Expression is null ? label is DefaultSwitchLabelSyntax
                        : label is CaseSwitchLabelSyntax { Value: var value } && value.ToString() == jump.Expression.ToString())
                        return section;
            return null;
        }

        private static bool IsFunction(SyntaxNode node) => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

        private SyntaxNode? OutermostLoop(SyntaxNode node)
        {
            SyntaxNode? loop = null;
            for (var parent = node.Parent; parent is not null && parent != _function; parent = parent.Parent)
                if (MethodScope.IsLoop(parent)) loop = parent;
            return loop;
        }

        /// <summary>
        /// Whether the builder at <paramref name="name"/>, or one or a container Testcontainers makes of it, may be kept after
        /// it (<c>var o = b;</c>, <c>Sink(b)</c>, <c>return b.Build();</c>, a project's extension method): not where the
        /// library's own calls on it end in a value that holds none of it (<c>b.ToString()</c>, <c>b?.ToString()</c>,
        /// <c>b.Build().Name</c>, <c>b.GetType()</c>) or one that is dropped (<c>b.Build();</c>, <c>_ = b.Build();</c>), nor
        /// where it is only compared, tested, locked on or formatted (<c>b == null</c>, <c>b is null</c>, <c>lock (b)</c>,
        /// <c>$"{b}"</c>), the target of an assignment, or made a <c>ref</c> alias (whose names are the local's: audit 114's g4
        /// corpus, audit 115 K115-2).
        /// </summary>
        public static bool MayKeepBuilder(IdentifierNameSyntax name, SemanticModel model, DockerApi api)
        {
            if (name.Parent is RefExpressionSyntax) return false;
            if (model.GetOperation(name) is not { } operation) return true;
            if (operation.Parent is ISimpleAssignmentOperation assignment && ReferenceEquals(assignment.Target, operation)) return false;
            // The value the library's calls give (before a conversion to object or an interface: KeptObj = b.Build(); keeps
            // the container, audit 116 L116-7), null while it is the builder itself.
            ITypeSymbol? given = null;
            var stepped = false;
            for (; operation.Parent is { } parent; operation = parent)
            {
                if (parent is IConversionOperation { IsImplicit: true }) continue;
                if (parent is IInvocationOperation call && ReferenceEquals(call.Instance, operation) && IsLibraryMember(call.TargetMethod, api)
                    || parent is IPropertyReferenceOperation property && ReferenceEquals(property.Instance, operation) && IsLibraryMember(property.Property, api)
                    || parent is IConditionalAccessOperation access && ReferenceEquals(access.Operation, operation) && IsLibraryChain(access.WhenNotNull, api))
                {
                    stepped = true;
                    given = parent.Type;
                    continue;
                }
                break;
            }
            switch (operation.Parent)
            {
                case IExpressionStatementOperation:
                case ISimpleAssignmentOperation { Target: IDiscardOperation }:
                case IInterpolationOperation:
                case IIsTypeOperation:
                case IBinaryOperation { OperatorMethod: null }:
                case ILockOperation:
                    return false;
                // b is null, b is ContainerBuilder: a test; b is var c, b is ContainerBuilder c, b is { } c give the value to
                // a new variable (audit 116 L116-1).
                case IIsPatternOperation isPattern:
                    return DeclaresVariable(isPattern.Pattern);
                // switch (b) { case null: ... }, b switch { null => ..., _ => ... }: tests too, unless a case binds it (audit 117 M117-8).
                case ISwitchOperation:
                case ISwitchExpressionOperation:
                    foreach (var part in operation.Parent.Descendants())
                        if (part is IPatternOperation pattern && DeclaresVariable(pattern)) return true;
                    return false;
            }
            return !stepped || MayHoldBuilder(given);
        }

        private static bool DeclaresVariable(IPatternOperation pattern)
        {
            foreach (var part in pattern.DescendantsAndSelf())
                if (part is IDeclarationPatternOperation { DeclaredSymbol: not null } or IRecursivePatternOperation { DeclaredSymbol: not null }
                    or IListPatternOperation { DeclaredSymbol: not null })
                    return true;
            return false;
        }

        // Testcontainers' own members, and object's, keep nothing of the builder or container they are called on.
        private static bool IsLibraryMember(ISymbol member, DockerApi api)
        {
            if (member.IsStatic || member.ContainingType is not { } owner) return false;
            if (owner.SpecialType == SpecialType.System_Object) return true;
            foreach (var builder in api.BuilderTypes)
                if (SymbolEqualityComparer.Default.Equals(owner.ContainingAssembly, builder.ContainingAssembly)) return true;
            return false;
        }

        // b?.ToString(), b?.WithName("a").Build(): the calls after ?. are made on the conditional access's receiver.
        private static bool IsLibraryChain(IOperation whenNotNull, DockerApi api)
        {
            for (var operation = whenNotNull; ; )
            {
                switch (operation)
                {
                    case IConditionalAccessInstanceOperation:
                        return true;
                    case IConversionOperation { IsImplicit: true } conversion:
                        operation = conversion.Operand;
                        break;
                    case IInvocationOperation { Instance: { } instance } call when IsLibraryMember(call.TargetMethod, api):
                        operation = instance;
                        break;
                    case IPropertyReferenceOperation { Instance: { } instance } property when IsLibraryMember(property.Property, api):
                        operation = instance;
                        break;
                    default:
                        return false;
                }
            }
        }

        // What the library gives that holds no builder or container: values, strings, System's own types (Type, Task), but
        // not one made of such a type (Task<IContainer>).
        private static bool MayHoldBuilder(ITypeSymbol? type)
        {
            if (type is null) return true;
            if (type.IsValueType || type.SpecialType is SpecialType.System_String or SpecialType.System_Void) return false;
            if (type is INamedTypeSymbol { IsGenericType: true }) return true;
            var space = type.ContainingNamespace?.ToDisplayString() ?? "";
            return !(space == "System" || space.StartsWith("System.", System.StringComparison.Ordinal));
        }
    }
}
