using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using ContainerLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// A string the analyzer could read, wholly or its beginning: <see cref="Text"/> is the value when
    /// <see cref="IsComplete"/>, else the known prefix (<c>"/var/run/docker.sock:" + target</c> knows its host part).
    /// </summary>
    internal sealed class StringValue
    {
        public StringValue(string text, bool isComplete, bool isConditional, SyntaxNode node, bool isBorrowed = false)
        {
            Text = text;
            IsComplete = isComplete;
            IsConditional = isConditional;
            Node = node;
            IsBorrowed = isBorrowed;
        }

        public string Text { get; }
        public bool IsComplete { get; }

        /// <summary>
        /// One branch of a <c>?:</c>, one arm of a <c>switch</c> expression or one side of <c>??</c>, or written only on
        /// some paths (<see cref="Values.IsConditionallyWritten"/>): findings say "may".
        /// </summary>
        public bool IsConditional { get; }

        /// <summary>
        /// Written on every path, but a later change made on some paths only may replace or remove it (a write under an
        /// <c>if</c>, a conditional <c>Remove</c>): findings say "may" too, with that reason.
        /// </summary>
        public bool MayBeUndone { get; set; }

        /// <summary>Where the value is reported: the literal, the branch, or the reference to a local/constant.</summary>
        public SyntaxNode Node { get; }

        /// <summary>
        /// An element of a <c>static readonly</c> collection, reported at the reference to the field: a fix there would
        /// change every use of the field, so none is offered. So is one of the values a local may hold
        /// (<see cref="MethodScope.ReachingValues"/>): the fix would have to choose among the statements that give them.
        /// </summary>
        public bool IsBorrowed { get; }

        /// <summary>An element of a list reached by index later (<see cref="Element.IsIndexedLater"/>): no fix removes it.</summary>
        public bool IsIndexedLater { get; set; }
    }

    internal sealed class BoolValue
    {
        public BoolValue(bool value, bool isConditional, SyntaxNode node)
        {
            Value = value;
            IsConditional = isConditional;
            Node = node;
        }

        public bool Value { get; }
        public bool IsConditional { get; }
        public SyntaxNode Node { get; }

        /// <summary>As <see cref="StringValue.MayBeUndone"/>.</summary>
        public bool MayBeUndone { get; set; }

        /// <summary>As <see cref="StringValue.IsBorrowed"/>: reported at the reference, without a fix.</summary>
        public bool IsBorrowed { get; set; }
    }

    /// <summary>
    /// Reads the values rules.md lets the analyzer prove (values that are not constants): literals, constants,
    /// concatenation and interpolation of constant parts, locals written once in the method, <c>static readonly</c>
    /// fields initialised with constants in this compilation, both branches of <c>?:</c>, every arm of a
    /// <c>switch</c> expression and both sides of <c>??</c> (conditionals too). Anything else
    /// (parameters, configuration, method calls) is unknown and reported by no rule.
    /// </summary>
    internal sealed class Values
    {
        private const int MaxDepth = 8;
        private const int MaxCandidates = 16;

        private readonly MethodScope _scope;

        public Values(MethodScope scope)
        {
            _scope = scope;
        }

        public MethodScope Scope => _scope;

        public static IOperation? SkipConversions(IOperation? operation)
        {
            while (operation is IConversionOperation conversion && !conversion.Conversion.IsUserDefined)
                operation = conversion.Operand;
            return operation;
        }

        /// <summary>
        /// The object whose settings are being read (a <c>new HostConfig</c>, the parameters a lambda is handed): a value
        /// written only on some of the paths from there is conditional (<see cref="IsConditionallyWritten"/>).
        /// </summary>
        public SyntaxNode? Origin { get; set; }

        /// <summary>Every candidate value of a string expression; an unknown one is an incomplete empty prefix.</summary>
        /// <param name="overridden">
        /// A later change made only on some paths may replace or remove the value (<see cref="StringValue.MayBeUndone"/>).
        /// </param>
        public List<StringValue> ReadString(IOperation? operation, bool overridden = false)
        {
            var values = new List<StringValue>(1);
            if (operation is null) return values;
            ReadString(operation, null, IsConditionallyWritten(operation.Syntax), 0, values);
            if (overridden)
                foreach (var value in values) value.MayBeUndone = true;
            return values;
        }

        /// <summary>The candidates of a string expression that are wholly known.</summary>
        public List<StringValue> ReadCompleteString(IOperation? operation, bool overridden = false)
        {
            var values = ReadString(operation, overridden);
            values.RemoveAll(v => !v.IsComplete);
            return values;
        }

        public List<BoolValue> ReadBool(IOperation? operation, bool overridden = false) => ReadBool(operation, out _, overridden);

        /// <summary>The values a flag may take; <paramref name="allKnown"/> is false when one of its branches is not known.</summary>
        public List<BoolValue> ReadBool(IOperation? operation, out bool allKnown, bool overridden = false)
        {
            var values = new List<BoolValue>(1);
            allKnown = false;
            if (operation is null) return values;
            allKnown = ReadBool(operation, null, IsConditionallyWritten(operation.Syntax), 0, values);
            if (overridden)
                foreach (var value in values) value.MayBeUndone = true;
            return values;
        }

        /// <summary>
        /// Whether <paramref name="value"/> is written only on some of the paths from <see cref="Origin"/>: it lies in a
        /// branch of an <c>if</c>, a <c>switch</c> section, a <c>try</c> block that has a <c>catch</c>, a <c>catch</c> block, a <c>?:</c>, a <c>switch</c> expression,
        /// the fallback of <c>??</c>/<c>??=</c> or the right side of <c>&amp;&amp;</c>/<c>||</c> that does not also hold the origin
        /// (<c>var hc = new HostConfig(); if (debug) hc.Privileged = true;</c>, but not <c>if (debug) { var hc = new
        /// HostConfig { Privileged = true }; ... }</c>). Loops are not counted: what a <c>foreach</c> adds is read from the
        /// collection it walks.
        /// </summary>
        public bool IsConditionallyWritten(SyntaxNode value) =>
            Origin is { } origin && (IsConditionalAfter(value, origin) || (_copiedOnBranch is not null && IsCopiedOnBranch(value, origin)));

        // What new HostConfig(debug ? r : new Resources()) copies from r on one branch: r's creation and the writes through it
        // before the copy. Most methods have none.
        private List<CopiedOnBranch>? _copiedOnBranch;

        private sealed class CopiedOnBranch
        {
            public CopiedOnBranch(SyntaxNode source, SyntaxNode branch, SyntaxNode copy)
            {
                Source = source;
                Branch = branch;
                Copy = copy;
            }

            public SyntaxNode Source { get; }
            public SyntaxNode Branch { get; }
            public SyntaxNode Copy { get; }
        }

        /// <summary>
        /// Records that what <paramref name="source"/> writes into a <c>Resources</c> reaches the HostConfig that
        /// <paramref name="copy"/> creates through <paramref name="branch"/> of a <c>?:</c> only: on some paths.
        /// </summary>
        public void AddCopiedOnBranch(SyntaxNode source, SyntaxNode branch, SyntaxNode copy)
        {
            _copiedOnBranch ??= new List<CopiedOnBranch>();
            foreach (var known in _copiedOnBranch)
                if (known.Source == source && known.Branch == branch) return;
            _copiedOnBranch.Add(new CopiedOnBranch(source, branch, copy));
        }

        /// <summary>
        /// Whether <paramref name="earlier"/> and <paramref name="later"/> come from the <c>Resources</c> of different branches of
        /// one copy (<c>new HostConfig(debug ? r1 : r2)</c>): the HostConfig gets one or the other, so neither replaces the other.
        /// </summary>
        public bool AreCopiedOnOtherBranches(SyntaxNode earlier, SyntaxNode later)
        {
            if (_copiedOnBranch is null) return false;
            var first = CopiedFrom(earlier);
            var second = first is null ? null : CopiedFrom(later);
            return second is not null && first!.Copy == second.Copy && first.Branch != second.Branch;
        }

        private CopiedOnBranch? CopiedFrom(SyntaxNode node)
        {
            foreach (var copied in _copiedOnBranch!)
                if (copied.Source.SyntaxTree == node.SyntaxTree && copied.Source.Span.Contains(node.Span)) return copied;
            return null;
        }

        /// <summary>Whether <paramref name="value"/> reaches the HostConfig read from <paramref name="origin"/> through one branch of a <c>?:</c> only.</summary>
        private bool IsCopiedOnBranch(SyntaxNode value, SyntaxNode origin)
        {
            foreach (var copied in _copiedOnBranch!)
                if (copied.Source.SyntaxTree == value.SyntaxTree && copied.Source.Span.Contains(value.Span) && origin.Span.Contains(copied.Copy.Span)
                    && IsConditionalAfter(copied.Branch, origin))
                    return true;
            return false;
        }

        /// <summary>
        /// How a finding on a conditional value (<see cref="StringValue.IsConditional"/>) at <paramref name="node"/> says "may":
        /// <see cref="ValueCertainty.OnSomePaths"/> when what makes it conditional, the innermost such construct between
        /// <see cref="Origin"/> and it, is a <c>catch</c> block or a <c>try</c> block (an exception decides: there is no
        /// conditional to speak of), else <see cref="ValueCertainty.Conditional"/> (a <c>?:</c>, an <c>if</c>, a <c>switch</c>, ...).
        /// </summary>
        public ValueCertainty ConditionalCertainty(SyntaxNode node) =>
            Origin is { } origin && ConditionalConstruct(node, origin, countLoopsAndFunctions: false) is CatchClauseSyntax or TryStatementSyntax
                ? ValueCertainty.OnSomePaths
                : ValueCertainty.Conditional;

        /// <summary>
        /// Whether <paramref name="value"/> lies in a branch (as <see cref="IsConditionallyWritten"/> has them) that does
        /// not also hold <paramref name="origin"/>: it happens only on some of the paths on which the origin happens.
        /// </summary>
        public static bool IsConditionalAfter(SyntaxNode value, SyntaxNode origin) => IsConditionalAfter(value, origin, countLoopsAndFunctions: false);

        /// <summary>
        /// Whether a change that takes something away (a removal, a write that replaces a value) at <paramref name="change"/>
        /// may not have run when the object is used, on a path on which <paramref name="since"/> ran: it lies on a branch
        /// (<see cref="IsConditionalAfter(SyntaxNode, SyntaxNode)"/>), in the body of a <c>while</c>, <c>for</c> or
        /// <c>foreach</c> loop (which may run no time), in a lambda or local function (which may never be called) or after a
        /// <c>?.</c> that tests something else than what it changes (<c>log?.Append(caps.Remove("X"))</c>; not
        /// <c>hc.MaskedPaths?.Clear()</c>) or in the arguments of a <c>[Conditional]</c> method's call
        /// (<c>Debug.Assert(caps.Remove("X"))</c>, dropped in Release) that does not also hold <paramref name="since"/>, or after a <c>return</c> that lies between it and the later of
        /// <paramref name="since"/> and <see cref="Origin"/> (the object may be returned before). Findings then say "may":
        /// keeping what such a change takes away is the safe direction. Changes that add something are read as before.
        /// </summary>
        public bool MayNotRun(SyntaxNode change, SyntaxNode since)
        {
            if (IsConditionalAfter(change, since, countLoopsAndFunctions: true) || _scope.IsInConditionalCall(change, since)) return true;
            var after = since.SpanStart;
            if (Origin is { } origin && origin.SyntaxTree == change.SyntaxTree && origin.SpanStart > after) after = origin.SpanStart;
            return _scope.ReturnsBetween(after, change);
        }

        /// <summary>
        /// Whether <paramref name="node"/> runs whenever <paramref name="since"/> does: on no branch, in no loop body, lambda or
        /// local function that does not also hold <paramref name="since"/> (<see cref="MayNotRun"/> without the jumps).
        /// </summary>
        public static bool RunsWhenever(SyntaxNode node, SyntaxNode since) => !IsConditionalAfter(node, since, countLoopsAndFunctions: true);

        private static bool IsConditionalAfter(SyntaxNode value, SyntaxNode origin, bool countLoopsAndFunctions) =>
            ConditionalConstruct(value, origin, countLoopsAndFunctions) is not null;

        /// <summary>The innermost construct that makes <paramref name="value"/> happen on some paths only (<see cref="IsConditionalAfter(SyntaxNode, SyntaxNode)"/>), or null.</summary>
        private static SyntaxNode? ConditionalConstruct(SyntaxNode value, SyntaxNode origin, bool countLoopsAndFunctions)
        {
            if (origin.SyntaxTree != value.SyntaxTree) return null;
            var originSpan = origin.Span;
            var child = value;
            // For a change: whether the receiver of what is being walked is bound by the ?. it lies under (hc.MaskedPaths?.Clear(),
            // which runs whenever the list is there), rather than that ?. testing something else (log?.Append(caps.Remove(x))).
            var boundByNullConditional = countLoopsAndFunctions && IsBoundByNullConditional(value);
            for (var parent = value.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent.Span.Contains(originSpan)) return null;
                if (countLoopsAndFunctions && parent is ConditionalAccessExpressionSyntax access)
                {
                    if (access.WhenNotNull == child)
                    {
                        if (!boundByNullConditional) return parent;
                        boundByNullConditional = IsBoundByNullConditional(access.Expression);
                    }
                    continue;
                }
                if (boundByNullConditional && !IsReceiverOf(parent, child)) boundByNullConditional = false;
                switch (parent)
                {
                    // The right side of && and || runs only when the left does not decide.
                    case BinaryExpressionSyntax logical when logical.Right == child && (logical.IsKind(SyntaxKind.LogicalAndExpression) || logical.IsKind(SyntaxKind.LogicalOrExpression)):
                    // if (!caps.Contains("SYS_PTRACE")) caps.Add("SYS_PTRACE"): the list holds the value on every path after it.
                    case IfStatementSyntax ifStatement when ifStatement.Statement == child && !AddsUnlessHeld(ifStatement):
                    case ElseClauseSyntax:
                    case SwitchSectionSyntax:
                    case CatchClauseSyntax:
                    // An exception before the write skips it, and a catch goes on without it (a try with only a finally lets
                    // the exception leave the method: the object is not used then). Nothing can throw before the try block's
                    // first statement.
                    case TryStatementSyntax tryStatement when tryStatement.Block == child && tryStatement.Catches.Count > 0
                        && !IsWrittenFirst(value, tryStatement.Block):
                    // The same in expressions: an element of a collection on one branch (CapAdd = debug ? new List<string>
                    // { "SYS_ADMIN" } : new List<string>()), the fallback of ?? or ??=.
                    case ConditionalExpressionSyntax conditional when conditional.WhenTrue == child || conditional.WhenFalse == child:
                    case SwitchExpressionArmSyntax arm when arm.Expression == child:
                    case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right == child:
                    case AssignmentExpressionSyntax coalesceAssignment when coalesceAssignment.IsKind(SyntaxKind.CoalesceAssignmentExpression) && coalesceAssignment.Right == child:
                        return parent;
                    case WhileStatementSyntax loop when countLoopsAndFunctions && loop.Statement == child:
                    case ForStatementSyntax forLoop when countLoopsAndFunctions && (forLoop.Statement == child || forLoop.Incrementors.Contains(child)):
                    case CommonForEachStatementSyntax forEach when countLoopsAndFunctions && forEach.Statement == child:
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax when countLoopsAndFunctions:
                        return parent;
                }
            }
            return null;
        }

        /// <summary>
        /// Whether <paramref name="ifStatement"/> adds a value to a list unless the list holds it: <c>if
        /// (!caps.Contains("SYS_PTRACE")) caps.Add("SYS_PTRACE");</c>, also with the test written <c>Contains(...) == false</c>
        /// or <c>is false</c> (<see cref="NegatedOperand"/>), the <c>Add</c> alone in a block, and no <c>else</c>. The list
        /// and the value are the same names, member accesses or literals in both calls (nothing the test runs can change
        /// them), so that the value is in the list on every path after it.
        /// </summary>
        internal static bool AddsUnlessHeld(IfStatementSyntax ifStatement)
        {
            if (ifStatement.Else is not null
                || NegatedOperand(ifStatement.Condition) is not InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Contains" } contains, ArgumentList.Arguments: { Count: 1 } tested,
                })
                return false;
            var statement = ifStatement.Statement is BlockSyntax { Statements.Count: 1 } block ? block.Statements[0] : ifStatement.Statement;
            return statement is ExpressionStatementSyntax
            {
                Expression: InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } add, ArgumentList.Arguments: { Count: 1 } added,
                },
            }
                && contains.IsKind(SyntaxKind.SimpleMemberAccessExpression) && add.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                && tested[0].NameColon is null && added[0].NameColon is null
                && CannotThrow(contains.Expression, 0) && CannotThrow(tested[0].Expression, 0)
                && SyntaxFactory.AreEquivalent(contains.Expression, add.Expression) && SyntaxFactory.AreEquivalent(tested[0].Expression, added[0].Expression);
        }

        /// <summary>
        /// The operand of a condition that is true when the operand is false: <c>!c</c>, <c>c == false</c>, <c>false == c</c>,
        /// <c>c != true</c>, <c>c is false</c>, <c>c is not true</c> (parentheses around either unwrapped).
        /// </summary>
        private static ExpressionSyntax? NegatedOperand(ExpressionSyntax condition)
        {
            switch (OperationSyntax.Unwrapped(condition))
            {
                case PrefixUnaryExpressionSyntax negation when negation.IsKind(SyntaxKind.LogicalNotExpression):
                    return OperationSyntax.Unwrapped(negation.Operand);
                case BinaryExpressionSyntax comparison when comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression):
                    var against = comparison.IsKind(SyntaxKind.EqualsExpression) ? SyntaxKind.FalseLiteralExpression : SyntaxKind.TrueLiteralExpression;
                    if (OperationSyntax.Unwrapped(comparison.Right).IsKind(against)) return OperationSyntax.Unwrapped(comparison.Left);
                    if (OperationSyntax.Unwrapped(comparison.Left).IsKind(against)) return OperationSyntax.Unwrapped(comparison.Right);
                    return null;
                case IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } test when constant.IsKind(SyntaxKind.FalseLiteralExpression):
                    return OperationSyntax.Unwrapped(test.Expression);
                case IsPatternExpressionSyntax { Pattern: UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } negated } test
                    when negated.IsKind(SyntaxKind.NotPattern) && constant.IsKind(SyntaxKind.TrueLiteralExpression):
                    return OperationSyntax.Unwrapped(test.Expression);
                default:
                    return null;
            }
        }

        /// <summary>Whether the receiver chain of <paramref name="node"/> starts at a <c>?.</c> (<c>.MaskedPaths.Clear()</c> of <c>hc?.MaskedPaths.Clear()</c>).</summary>
        private static bool IsBoundByNullConditional(SyntaxNode node)
        {
            for (var depth = 0; depth <= MaxDepth; depth++)
            {
                switch (node)
                {
                    case MemberBindingExpressionSyntax or ElementBindingExpressionSyntax:
                        return true;
                    case InvocationExpressionSyntax invocation:
                        node = invocation.Expression;
                        break;
                    case MemberAccessExpressionSyntax access:
                        node = access.Expression;
                        break;
                    case ElementAccessExpressionSyntax element:
                        node = element.Expression;
                        break;
                    default:
                        return false;
                }
            }
            return false;
        }

        /// <summary>Whether <paramref name="parent"/> extends the receiver chain that <paramref name="child"/> ends (<c>child.Name</c>, <c>child(...)</c>, <c>child[...]</c>).</summary>
        private static bool IsReceiverOf(SyntaxNode parent, SyntaxNode child) => parent switch
        {
            InvocationExpressionSyntax invocation => invocation.Expression == child,
            MemberAccessExpressionSyntax access => access.Expression == child,
            ElementAccessExpressionSyntax element => element.Expression == child,
            _ => false,
        };

        /// <summary>
        /// Whether <paramref name="value"/> is written by the first statement <paramref name="block"/> runs (or the first of a
        /// block or a try block that is its first, and so on), before anything that can throw: an assignment statement whose target is a
        /// member of a local, parameter or field path and whose value is a literal, a name or a member of one
        /// (<c>hc.Privileged = true;</c>, not <c>hc.PidMode = Mode();</c>).
        /// </summary>
        public static bool IsWrittenFirst(SyntaxNode value, BlockSyntax block)
        {
            var statement = value.FirstAncestorOrSelf<StatementSyntax>();
            if (statement is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
                || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || !assignment.Right.Span.Contains(value.Span)
                || !CannotThrow(assignment.Left, 0) || !CannotThrow(assignment.Right, 0))
                return false;
            SyntaxNode child = statement;
            var parent = statement.Parent;
            while (parent is BlockSyntax inner)
            {
                if (inner.Statements.Count == 0 || inner.Statements[0] != child) return false;
                if (inner == block) return true;
                child = inner;
                parent = inner.Parent;
                // The first statement of a nested try's block runs first too (try { try { hc.Privileged = false; } finally { ... } }).
                if (parent is TryStatementSyntax nested && nested.Block == inner)
                {
                    child = nested;
                    parent = nested.Parent;
                }
            }
            return false;
        }

        private static bool CannotThrow(ExpressionSyntax expression, int depth) => depth <= MaxDepth && expression switch
        {
            LiteralExpressionSyntax or IdentifierNameSyntax or ThisExpressionSyntax => true,
            MemberAccessExpressionSyntax access => access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && CannotThrow(access.Expression, depth + 1),
            ParenthesizedExpressionSyntax parenthesized => CannotThrow(parenthesized.Expression, depth + 1),
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed => CannotThrow(suppressed.Operand, depth + 1),
            _ => false,
        };

        /// <summary>The value of a local written once, the value of a <c>??=</c>, or the expression itself.</summary>
        public IOperation? Dereference(IOperation? operation)
        {
            for (var depth = 0; depth < MaxDepth; depth++)
            {
                operation = SkipConversions(operation);
                // Not a flag, mode or text an out declares (if (!Enum.TryParse(s, out var mode)) mode = AccessMode.ReadWrite;):
                // its one plain value is not its only one (audit 154 N154-1). An object so given is read where it is created.
                if (operation is ILocalReferenceOperation local
                    && (local.Local.Type is { IsReferenceType: false } or { SpecialType: SpecialType.System_String } ? _scope.SureValue(local.Local) : _scope.SingleValue(local.Local)) is { } value)
                    operation = value;
                else if (operation is ICoalesceAssignmentOperation coalesceAssignment)
                    operation = coalesceAssignment.Value;
                else
                    return operation;
            }
            return operation;
        }

        private void ReadString(IOperation operation, SyntaxNode? anchor, bool conditional, int depth, List<StringValue> into)
        {
            var op = SkipConversions(operation)!;
            var node = anchor ?? op.Syntax;
            if (depth > MaxDepth || into.Count >= MaxCandidates)
            {
                into.Add(new StringValue(string.Empty, false, conditional, node));
                return;
            }
            if (op.ConstantValue.HasValue)
            {
                if (op.ConstantValue.Value is string constant) into.Add(new StringValue(constant, true, conditional, node));
                // An integer constant in a concatenation or an interpolation ($"{RootUid}:{RootGid}"): C# formats a
                // non-negative one as its digits whatever the culture.
                // Not an enum member's: $"{Ids.Root}" is "Root", not its number (audit 25).
                else if (op.Type?.TypeKind != TypeKind.Enum && NonNegativeInteger(op.ConstantValue.Value) is { } digits)
                    into.Add(new StringValue(digits, true, conditional, node));
                // ... but its name ($"{NamespaceMode.host}" is "host": audit 161 F161-5), when one member alone has the value.
                else if (op.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && EnumMemberName(enumType, op) is { } name)
                    into.Add(new StringValue(name, true, conditional, node));
                else if (op.ConstantValue.Value is char character) into.Add(new StringValue(character.ToString(), true, conditional, node));
                else into.Add(new StringValue(string.Empty, false, conditional, node));
                return;
            }
            if (LiveBranch(op) is { } live)
            {
                ReadString(live, anchor, conditional, depth + 1, into);
                return;
            }
            if (Branches(op) is { } branches)
            {
                foreach (var branch in branches) ReadString(branch, anchor, true, depth + 1, into);
                return;
            }
            switch (op)
            {
                case ILocalReferenceOperation local when _scope.ValueAt(local) is { } value:
                    // var user = configured ?? "root"; ... User = user: a branch of the local's value is reported at the reference,
                    // where no fix can change that branch alone; one there would drop the configured value (audit 161 F161-1).
                    var start = into.Count;
                    ReadString(value, node, false, depth + 1, into);
                    for (var i = start; i < into.Count; i++)
                        if (into[i].IsConditional || conditional)
                            into[i] = new StringValue(into[i].Text, into[i].IsComplete, true, into[i].Node, isBorrowed: into[i].IsBorrowed || into[i].IsConditional);
                    return;
                // var user = "app"; if (debug) user = "root";: either may be the value.
                case ILocalReferenceOperation local when _scope.ReachingValues(local) is { } reaching:
                    var values = new List<StringValue>();
                    foreach (var value in reaching) ReadString(value, node, true, depth + 1, values);
                    foreach (var value in values) into.Add(new StringValue(value.Text, value.IsComplete, true, value.Node, isBorrowed: true));
                    return;
                // foreach (var path in new[] { "/etc", "/var/log" }) hc.Binds.Add(path + ":" + path): each element, one per
                // iteration (a value written in a loop is definite).
                case ILocalReferenceOperation local when IterationSource(local) is { } walked && ReadIterated(walked, node, conditional, depth, into):
                    return;
                case IFieldReferenceOperation field when SyntaxConstants.StaticReadonlyValue(field.Field) is string text:
                    into.Add(new StringValue(text, true, conditional, node));
                    return;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                    when binary.Type?.SpecialType == SpecialType.System_String:
                    var left = new List<StringValue>();
                    ReadString(binary.LeftOperand, node, conditional, depth + 1, left);
                    var right = new List<StringValue>();
                    ReadString(binary.RightOperand, node, conditional, depth + 1, right);
                    foreach (var l in left)
                    {
                        if (!l.IsComplete) { into.Add(l); continue; }
                        foreach (var r in right)
                            into.Add(new StringValue(l.Text + r.Text, r.IsComplete, l.IsConditional || r.IsConditional, node));
                    }
                    return;
                case IInterpolatedStringOperation interpolated:
                    ReadInterpolation(interpolated, node, conditional, depth, into);
                    return;
                default:
                    into.Add(new StringValue(string.Empty, false, conditional, node));
                    return;
            }
        }

        /// <summary>What an enum constant formats as: the name of the one member with its value (null for none or several).</summary>
        private static string? EnumMemberName(INamedTypeSymbol enumType, IOperation constant)
        {
            if (constant is IFieldReferenceOperation { Field: { HasConstantValue: true } member } && SymbolEqualityComparer.Default.Equals(member.ContainingType, enumType))
                return member.Name;
            string? name = null;
            foreach (var candidate in enumType.GetMembers())
                if (candidate is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant.ConstantValue.Value))
                {
                    if (name is not null) return null;
                    name = field.Name;
                }
            return name;
        }

        private static string? NonNegativeInteger(object? constant) => constant switch
        {
            int i when i >= 0 => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            long l when l >= 0 => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
            uint u => u.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ulong u => u.ToString(System.Globalization.CultureInfo.InvariantCulture),
            short h when h >= 0 => h.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ushort h => h.ToString(System.Globalization.CultureInfo.InvariantCulture),
            byte b => b.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };

        /// <summary>The collection a <c>foreach</c> walks, when <paramref name="reference"/> is its iteration variable.</summary>
        private static IOperation? IterationSource(ILocalReferenceOperation reference)
        {
            for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is not IForEachLoopOperation loop) continue;
                foreach (var local in loop.Locals)
                    if (SymbolEqualityComparer.Default.Equals(local, reference.Local)) return loop.Collection;
            }
            return null;
        }

        /// <summary>
        /// Each element of the constants a <c>foreach</c> walks, one per iteration: an array written in the loop, in a local
        /// given it once (<c>string[] dirs = ["/etc", "/proc"];</c>) or in a <c>static readonly</c> field. False (nothing
        /// read) for any other collection.
        /// </summary>
        private bool ReadIterated(IOperation collection, SyntaxNode node, bool conditional, int depth, List<StringValue> into)
        {
            var source = SkipConversions(collection);
            if (source is ILocalReferenceOperation local)
            {
                // Read only when nothing changes the local's array after it is given (an element written, a method it is
                // handed to, another name for it): the values are then certain.
                if (_scope.SingleValue(local.Local) is not { } given || !_scope.IsOnlyGiven(local.Local)) return false;
                source = SkipConversions(given);
            }
            switch (source)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    foreach (var element in initializer.ElementValues) ReadString(element, node, conditional, depth + 1, into);
                    return true;
                case IFieldReferenceOperation field when SyntaxConstants.StaticReadonlyElements(field.Field) is { } texts:
                    foreach (var text in texts) into.Add(new StringValue(text ?? string.Empty, text is not null, conditional, node));
                    return true;
                case { Syntax: CollectionExpressionSyntax expression }:
                    // Roslyn 4.8 has no ICollectionExpressionOperation: the elements from syntax.
                    foreach (var element in expression.Elements)
                    {
                        if (element is ExpressionElementSyntax { Expression: var value } && OperationSyntax.Of(value, source.SemanticModel) is { } read)
                            ReadString(read, node, conditional, depth + 1, into);
                        else
                            into.Add(new StringValue(string.Empty, false, conditional, node));
                    }
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The branch a <c>?:</c> with a constant condition takes (<c>Features.EnableDind ? true : privileged</c>, the compiler
        /// folding only one of constants): the other never runs (audit 130 R130-6). Null for any other operation.
        /// </summary>
        internal static IOperation? LiveBranch(IOperation op) =>
            op is IConditionalOperation { WhenFalse: { } whenFalse } conditional && TakesAlways(conditional) is { } taken
                ? taken ? conditional.WhenTrue : whenFalse
                : null;

        /// <summary>The value of an <c>if</c>'s or <c>?:</c>'s condition when it is a constant (it then always takes that branch); else null.</summary>
        internal static bool? TakesAlways(IConditionalOperation conditional) =>
            conditional.Condition.ConstantValue is { HasValue: true, Value: bool taken } ? taken : null;

        /// <summary>
        /// The values a conditional may take, each of which the finding then says "may" of: both branches of <c>?:</c>,
        /// every arm of a <c>switch</c> expression, both sides of <c>??</c> (the left one when it is not null), the value
        /// of <c>??=</c>. Null for any other operation.
        /// </summary>
        internal static IOperation[]? Branches(IOperation op)
        {
            switch (op)
            {
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return new[] { conditional.WhenTrue, whenFalse };
                case ICoalesceOperation coalesce:
                    return new[] { coalesce.Value, coalesce.WhenNull };
                case ICoalesceAssignmentOperation coalesceAssignment:
                    // target ??= value: the target's own value is not known here; the value is what it may become.
                    return new[] { coalesceAssignment.Value };
                case ISwitchExpressionOperation switchExpression:
                    var arms = new IOperation[switchExpression.Arms.Length];
                    for (var i = 0; i < arms.Length; i++) arms[i] = switchExpression.Arms[i].Value;
                    return arms;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The values of <c>$"..."</c>: its text with each hole's value, one candidate per combination of the values a hole may
        /// take (<c>$"{(dind ? "/var/run/docker.sock" : dir)}:/s"</c>, as its concatenation twin is read: audit 129 D129-2). A
        /// candidate ends at a hole's value that is not known (known as far as it goes, as for a concatenation: audit 131
        /// G131-3), and every one at a hole that is formatted or would make too many.
        /// </summary>
        private void ReadInterpolation(IInterpolatedStringOperation interpolated, SyntaxNode node, bool conditional, int depth, List<StringValue> into)
        {
            var texts = new List<string> { string.Empty };
            var conditionals = new List<bool> { conditional };
            // The candidate each combination took for a local it has read: a local read twice ($"{dir}:{dir}") holds one value
            // in both holes (audit 161 F161-7: /proc with an unknown target was read beside /proc:/proc).
            List<List<(ILocalSymbol Local, int Index)>?>? picks = null;
            foreach (var part in interpolated.Parts)
            {
                if (part is IInterpolatedStringTextOperation textPart && textPart.Text.ConstantValue.Value is string literal)
                {
                    for (var i = 0; i < texts.Count; i++) texts[i] += literal;
                    continue;
                }
                var values = new List<StringValue>();
                ILocalSymbol? local = null;
                if (part is IInterpolationOperation { Alignment: null, FormatString: null } hole)
                {
                    ReadString(hole.Expression, node, conditional, depth + 1, values);
                    local = (SkipConversions(hole.Expression) as ILocalReferenceOperation)?.Local;
                }
                if (values.Count == 0 || texts.Count * values.Count > MaxCandidates)
                {
                    for (var i = 0; i < texts.Count; i++) into.Add(new StringValue(texts[i], false, conditionals[i], node));
                    return;
                }
                var nextTexts = new List<string>();
                var nextConditionals = new List<bool>();
                var nextPicks = local is null && picks is null ? null : new List<List<(ILocalSymbol, int)>?>();
                for (var i = 0; i < texts.Count; i++)
                {
                    var picked = picks?[i];
                    var taken = local is null ? -1 : Picked(picked, local);
                    for (var v = 0; v < values.Count; v++)
                    {
                        if (taken >= 0 && v != taken) continue;
                        var value = values[v];
                        if (!value.IsComplete)
                        {
                            into.Add(new StringValue(texts[i] + value.Text, false, conditionals[i] || value.IsConditional, node));
                            continue;
                        }
                        nextTexts.Add(texts[i] + value.Text);
                        nextConditionals.Add(conditionals[i] || value.IsConditional);
                        if (nextPicks is not null)
                            nextPicks.Add(local is null || taken >= 0 ? picked : new List<(ILocalSymbol, int)>(picked ?? new List<(ILocalSymbol, int)>()) { (local, v) });
                    }
                }
                if (nextTexts.Count == 0) return;
                texts = nextTexts;
                conditionals = nextConditionals;
                picks = nextPicks;
            }
            for (var i = 0; i < texts.Count; i++) into.Add(new StringValue(texts[i], true, conditionals[i], node));
        }

        private static int Picked(List<(ILocalSymbol Local, int Index)>? picked, ILocalSymbol local)
        {
            if (picked is null) return -1;
            foreach (var (symbol, index) in picked)
                if (SymbolEqualityComparer.Default.Equals(symbol, local)) return index;
            return -1;
        }

        /// <summary>Adds the values the operation may take; false when one of them is not known (a parameter on one side of <c>??</c>).</summary>
        private bool ReadBool(IOperation operation, SyntaxNode? anchor, bool conditional, int depth, List<BoolValue> into)
        {
            var op = SkipConversions(operation)!;
            var node = anchor ?? op.Syntax;
            if (depth > MaxDepth || into.Count >= MaxCandidates) return false;
            if (op.ConstantValue.HasValue)
            {
                if (op.ConstantValue.Value is bool constant) into.Add(new BoolValue(constant, conditional, node));
                // null (or default) in one of Docker.DotNet.Enhanced's bool? settings is the setting left out: Docker's
                // default, which is false for every flag the rules read (Privileged, ReadonlyRootfs, Mount.ReadOnly).
                else if (op.ConstantValue.Value is null) into.Add(new BoolValue(false, conditional, node));
                else return false;
                return true;
            }
            if (op is IDefaultValueOperation)
            {
                into.Add(new BoolValue(false, conditional, node)); // default(bool?), as null
                return true;
            }
            if (LiveBranch(op) is { } live) return ReadBool(live, anchor, conditional, depth + 1, into);
            if (Branches(op) is { } branches)
            {
                var known = true;
                foreach (var branch in branches) known &= ReadBool(branch, anchor, true, depth + 1, into);
                return known;
            }
            switch (op)
            {
                case ILocalReferenceOperation local when _scope.ValueAt(local) is { } value:
                {
                    // As for a string (audit 161 F161-1): var privileged = parsed ? flag : true; ... Privileged = privileged.
                    var start = into.Count;
                    var read = ReadBool(value, node, false, depth + 1, into);
                    for (var i = start; i < into.Count; i++)
                        if (into[i].IsConditional || conditional)
                            into[i] = new BoolValue(into[i].Value, true, into[i].Node) { IsBorrowed = into[i].IsBorrowed || into[i].IsConditional, MayBeUndone = into[i].MayBeUndone };
                    return read;
                }
                case ILocalReferenceOperation local when _scope.ReachingValues(local) is { } reaching:
                    var known = true;
                    var first = into.Count;
                    foreach (var value in reaching) known &= ReadBool(value, node, true, depth + 1, into);
                    for (var i = first; i < into.Count; i++) into[i].IsBorrowed = true;
                    return known;
                case IFieldReferenceOperation field when SyntaxConstants.StaticReadonlyValue(field.Field) is bool flag:
                    into.Add(new BoolValue(flag, conditional, node));
                    return true;
                // configured || RequiresDind (a constant true): true whatever the other side is (audit 161 F161-6); && false,
                // false. Reported at the constant, without a fix (removing the setting would change what the other side says).
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } binary
                    when DecidingOperand(binary) is { } deciding:
                    var decided = new List<BoolValue>(1);
                    if (!ReadBool(deciding, null, conditional, depth + 1, decided) || decided.Count != 1) return false;
                    into.Add(new BoolValue(decided[0].Value, conditional, decided[0].Node) { IsBorrowed = true });
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The operand of <c>||</c> (<c>&amp;&amp;</c>) that is the constant <c>true</c> (<c>false</c>), which decides the result; else null.</summary>
        private static IOperation? DecidingOperand(IBinaryOperation binary)
        {
            var deciding = binary.OperatorKind is BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or;
            foreach (var operand in new[] { binary.LeftOperand, binary.RightOperand })
                if (SkipConversions(operand) is { } value && (value.ConstantValue.Value is bool constant ? constant == deciding
                        : value is IFieldReferenceOperation field && SyntaxConstants.StaticReadonlyValue(field.Field) is bool flag && flag == deciding))
                    return value;
            return null;
        }
    }

    /// <summary>
    /// Constants read from syntax alone: a <c>static readonly</c> field's initializer in this compilation (the
    /// analyzer may not ask the compilation for another tree's semantic model, RS1030).
    /// </summary>
    internal static class SyntaxConstants
    {
        public static object? StaticReadonlyValue(IFieldSymbol field) =>
            StaticReadonlyInitializer(field) is { } value ? Read(value, field.ContainingType, 0) : null;

        /// <summary>
        /// The elements of a <c>static readonly</c> collection initialised with constants (<c>{ "a" }</c>, <c>new[] { "a" }</c>,
        /// <c>new List&lt;string&gt; { "a" }</c>, <c>["a"]</c>), each a string, or null for one that is not a constant; null
        /// when the initializer is not such a collection.
        /// </summary>
        public static List<string?>? StaticReadonlyElements(IFieldSymbol field) => StaticReadonlyElements(field, 0);

        private static List<string?>? StaticReadonlyElements(IFieldSymbol field, int depth)
        {
            if (depth > 8 || ElementsChangedInItsType(field)) return null;
            var initializer = StaticReadonlyInitializer(field);
            if (initializer is CollectionExpressionSyntax collection) return CollectionExpressionElements(field, collection, depth);
            if (ElementsOf(initializer) is not { } elements) return null;
            var result = new List<string?>();
            foreach (var element in elements) result.Add(element is null ? null : Read(element, field.ContainingType, 0) as string);
            return result;
        }

        /// <summary>
        /// The inner lists of a <c>static readonly</c> collection of collections initialised with constants (Enhanced's
        /// <c>TmpfsOptions.Options</c>: <c>IList&lt;IList&lt;string&gt;&gt; Opts = [["suid"]]</c>, <c>string[][] Opts = { new[] { "suid" } }</c>),
        /// each element a string or null for one that is not a constant; null when an element is not a collection written out.
        /// </summary>
        public static List<List<string?>>? StaticReadonlyNestedElements(IFieldSymbol field)
        {
            if (ElementsChangedInItsType(field) || ElementsOf(StaticReadonlyInitializer(field)) is not { } outer) return null;
            var result = new List<List<string?>>(outer.Count);
            foreach (var element in outer)
            {
                if (ElementsOf(element) is not { } inner) return null;
                var words = new List<string?>(inner.Count);
                foreach (var word in inner) words.Add(word is null ? null : Read(word, field.ContainingType, 0) as string);
                result.Add(words);
            }
            return result;
        }

        /// <summary>The elements of a collection written out (null for a spread); null when it is not one.</summary>
        private static List<ExpressionSyntax?>? ElementsOf(ExpressionSyntax? collection)
        {
            SeparatedSyntaxList<ExpressionSyntax> expressions;
            switch (collection)
            {
                case InitializerExpressionSyntax array when !array.IsKind(SyntaxKind.ObjectInitializerExpression):
                    expressions = array.Expressions;
                    break;
                case ArrayCreationExpressionSyntax { Initializer: { } array }:
                    expressions = array.Expressions;
                    break;
                case ImplicitArrayCreationExpressionSyntax implicitArray:
                    expressions = implicitArray.Initializer.Expressions;
                    break;
                case BaseObjectCreationExpressionSyntax { Initializer: { } list } creation
                    when list.IsKind(SyntaxKind.CollectionInitializerExpression) && (creation.ArgumentList?.Arguments.Count ?? 0) == 0:
                    expressions = list.Expressions;
                    break;
                case CollectionExpressionSyntax expression:
                    var elements = new List<ExpressionSyntax?>(expression.Elements.Count);
                    foreach (var element in expression.Elements) elements.Add(element is ExpressionElementSyntax { Expression: var value } ? value : null);
                    return elements;
                default:
                    return null;
            }
            var result = new List<ExpressionSyntax?>(expressions.Count);
            foreach (var expression in expressions) result.Add(expression);
            return result;
        }

        /// <summary>
        /// The entries of a <c>static readonly</c> dictionary initialised with constants (<c>new() { ["/t"] = "suid" }</c>,
        /// <c>new Dictionary&lt;string, string&gt; { { "/t", "suid" } }</c>, also made with a comparer,
        /// <c>new(StringComparer.Ordinal) { ... }</c>), each key and value a string, or null for one that is not a constant; null
        /// when the initializer is not such a dictionary (or its class changes it, as for a list).
        /// </summary>
        public static List<(string? Key, string? Value)>? StaticReadonlyEntries(IFieldSymbol field)
        {
            if (StaticReadonlyInitializer(field) is not BaseObjectCreationExpressionSyntax { Initializer: { } initializer } creation
                || KeyComparison(creation.ArgumentList) is not { } comparison || ElementsChangedInItsType(field))
                return null;
            var result = new List<(string?, string?)>(initializer.Expressions.Count);
            foreach (var expression in initializer.Expressions)
            {
                switch (expression)
                {
                    case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } key } } entry
                        when initializer.IsKind(SyntaxKind.ObjectInitializerExpression):
                        // [k] = v written again replaces the entry of its key.
                        var text = Read(key[0].Expression, field.ContainingType, 0) as string;
                        if (text is not null) result.RemoveAll(e => string.Equals(e.Item1, text, comparison));
                        result.Add((text, Read(entry.Right, field.ContainingType, 0) as string));
                        break;
                    case InitializerExpressionSyntax { Expressions: { Count: 2 } pair } when expression.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                        result.Add((Read(pair[0], field.ContainingType, 0) as string, Read(pair[1], field.ContainingType, 0) as string));
                        break;
                    default:
                        return null;
                }
            }
            return result;
        }

        /// <summary>
        /// How the keys of a dictionary created with <paramref name="arguments"/> compare: without any, ordinal; with a
        /// <c>StringComparer</c> member, as it compares (a case-insensitive one takes keys that differ only in case for one);
        /// null for other arguments, which are not read.
        /// </summary>
        private static StringComparison? KeyComparison(ArgumentListSyntax? arguments)
        {
            if (arguments is null || arguments.Arguments.Count == 0) return StringComparison.Ordinal;
            if (arguments.Arguments.Count != 1
                || arguments.Arguments[0] is not { NameColon: null, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } comparer }
                || !comparer.IsKind(SyntaxKind.SimpleMemberAccessExpression) || !IsStringComparer(comparer.Expression))
                return null;
            return name switch
            {
                "Ordinal" or "InvariantCulture" or "CurrentCulture" => StringComparison.Ordinal,
                "OrdinalIgnoreCase" or "InvariantCultureIgnoreCase" or "CurrentCultureIgnoreCase" => StringComparison.OrdinalIgnoreCase,
                _ => null,
            };
        }

        /// <summary><c>StringComparer</c>, <c>System.StringComparer</c> or <c>global::System.StringComparer</c>.</summary>
        private static bool IsStringComparer(ExpressionSyntax type) => type switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText == "StringComparer",
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "StringComparer", Expression: var system } =>
                system is IdentifierNameSyntax { Identifier.ValueText: "System" } or AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name.Identifier.ValueText: "System" },
            _ => false,
        };

        /// <summary>
        /// The elements of <c>[..]</c>, with those of another <c>static readonly</c> field of the class it spreads
        /// (<c>static readonly string[] All = [.. Debug, "SYS_TIME"];</c>), found by name: no other tree's semantic model.
        /// </summary>
        private static List<string?> CollectionExpressionElements(IFieldSymbol field, CollectionExpressionSyntax collection, int depth)
        {
            var result = new List<string?>();
            foreach (var element in collection.Elements)
            {
                switch (element)
                {
                    case ExpressionElementSyntax { Expression: var value }:
                        result.Add(Read(value, field.ContainingType, 0) as string);
                        break;
                    case SpreadElementSyntax spreadElement when OperationSyntax.Unwrapped(spreadElement.Expression) is IdentifierNameSyntax name
                        && SpreadField(field.ContainingType, name.Identifier.ValueText) is { } spread && StaticReadonlyElements(spread, depth + 1) is { } texts:
                        result.AddRange(texts);
                        break;
                    // [.. Program.Debug, ...]: the field named with its class (audit 152 M152-5), also in parentheses or with !.
                    case SpreadElementSyntax qualifiedElement when OperationSyntax.Unwrapped(qualifiedElement.Expression) is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access
                        && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                             && NamespaceOrTypeNamed(access.Expression, field.ContainingType, 0) is INamedTypeSymbol owner
                             && SymbolEqualityComparer.Default.Equals(owner, field.ContainingType)
                             && SpreadField(owner, member.Identifier.ValueText) is { } qualified && StaticReadonlyElements(qualified, depth + 1) is { } qualifiedTexts:
                        result.AddRange(qualifiedTexts);
                        break;
                    default:
                        result.Add(null);
                        break;
                }
            }
            return result;
        }

        /// <summary>"Boolean" for <c>bool</c>, <c>Boolean</c>, <c>System.Boolean</c> (and <c>bool?</c>), "String" likewise; null for other types.</summary>
        private static string? CastTypeName(TypeSyntax type) => type switch
        {
            PredefinedTypeSyntax predefined when predefined.Keyword.IsKind(SyntaxKind.BoolKeyword) => "Boolean",
            PredefinedTypeSyntax predefined when predefined.Keyword.IsKind(SyntaxKind.StringKeyword) => "String",
            NullableTypeSyntax nullable => CastTypeName(nullable.ElementType),
            IdentifierNameSyntax { Identifier.ValueText: "Boolean" or "String" } name => name.Identifier.ValueText,
            QualifiedNameSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "System" } or AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name.Identifier.ValueText: "System" },
                Right.Identifier.ValueText: "Boolean" or "String" } qualified => qualified.Right.Identifier.ValueText,
            _ => null,
        };

        private static IFieldSymbol? SpreadField(INamedTypeSymbol type, string name)
        {
            foreach (var member in type.GetMembers(name))
                if (member is IFieldSymbol { IsStatic: true, IsReadOnly: true } field) return field;
            return null;
        }

        // Per field symbol, so per compilation; weak, so a compilation the IDE drops takes its entries with it.
        private static readonly ConditionalWeakTable<IFieldSymbol, object> ElementChanges = new ConditionalWeakTable<IFieldSymbol, object>();
        private static readonly object Changed = new object();
        private static readonly object Unchanged = new object();

        private static readonly HashSet<string> ChangingMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "Add", "AddRange", "Clear", "Insert", "InsertRange", "Remove", "RemoveAll", "RemoveAt", "RemoveRange", "Reverse", "Sort",
            "TryAdd", "SetValue", "Initialize", "Fill", "AsSpan", "AsMemory", "Push", "Pop", "Enqueue", "Dequeue", "UnionWith",
            "ExceptWith", "IntersectWith", "SymmetricExceptWith", "Copy", "ConstrainedCopy",
        };

        // Methods (of Array, mostly) that change a collection handed to them.
        private static readonly HashSet<string> ArgumentChangingMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "Fill", "Copy", "ConstrainedCopy", "BlockCopy", "Reverse", "Sort", "Clear", "Resize", "Initialize", "SetValue",
        };

        /// <summary>
        /// Whether a member of the field's class (any of its parts) changes the collection's elements, which are then not
        /// certain (audit 25): an element written (<c>Dirs[0] = "/data"</c>, also in a tuple, <c>+=</c>, <c>++</c>, <c>ref</c>),
        /// a changing method called on it (<c>DirList.Clear()</c>), or a changing method it is handed to
        /// (<c>Array.Fill(Dirs, "")</c>). Other names for it (<c>var same = Dirs;</c>), other methods it is handed to and other
        /// classes (when it is not private) are not followed: syntax only, the class's own text.
        /// </summary>
        private static bool ElementsChangedInItsType(IFieldSymbol field) =>
            ElementChanges.GetValue(field, f => FindsElementChange(f) ? Changed : Unchanged) == Changed;

        private static bool FindsElementChange(IFieldSymbol field)
        {
            var name = field.Name;
            foreach (var reference in field.ContainingType.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax();
                foreach (var token in declaration.DescendantTokens())
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is IdentifierNameSyntax identifier
                        && ChangesElements(identifier))
                        return true;
            }
            return false;
        }

        private static bool ChangesElements(IdentifierNameSyntax identifier)
        {
            ExpressionSyntax expression = identifier;
            if (identifier.Parent is MemberAccessExpressionSyntax qualified && qualified.Name == identifier) expression = qualified;
            switch (expression.Parent)
            {
                // Opts[0] = ..., or Opts[0].Add(...) changing an inner list.
                case ElementAccessExpressionSyntax element when element.Expression == expression:
                    return IsWritten(element) || (element.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } inner
                        && inner.Expression == element && ChangingMethods.Contains(inner.Name.Identifier.ValueText));
                case MemberAccessExpressionSyntax member when member.Expression == expression:
                    return member.Parent is InvocationExpressionSyntax call && call.Expression == member
                        && ChangingMethods.Contains(member.Name.Identifier.ValueText);
                // Array.Fill(Dirs, ""): a method that changes the array it is handed; not binds.AddRange(Dirs), which changes
                // the list it is called on (audit 129 D129-8).
                case ArgumentSyntax argument:
                    return !argument.RefKindKeyword.IsKind(SyntaxKind.None)
                        || (argument.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax invoked }
                            && ArgumentChangingMethods.Contains(invoked.Name.Identifier.ValueText));
                default:
                    return false;
            }
        }

        private static bool IsWritten(ExpressionSyntax target)
        {
            SyntaxNode node = target;
            // (Dirs[0], x) = (...): the element is written through the tuple on the left.
            while (node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax tuple }) node = tuple;
            return node.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == node,
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
                RefExpressionSyntax => true,
                _ => false,
            };
        }

        private static ExpressionSyntax? StaticReadonlyInitializer(IFieldSymbol field)
        {
            if (!field.IsStatic || !field.IsReadOnly || field.IsConst || field.DeclaringSyntaxReferences.Length != 1) return null;
            if (field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value }) return null;
            // static P() { User = Environment.GetEnvironmentVariable("APP_USER") ?? "app"; }: the static constructor may give
            // the field another value (or change its collection) after the initializer; what it names is not read.
            foreach (var constructor in field.ContainingType.StaticConstructors)
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                    foreach (var node in reference.GetSyntax().DescendantNodes())
                        if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == field.Name) return null;
            return value;
        }

        /// <summary>
        /// The constant <paramref name="expression"/> is, written in the class <paramref name="type"/>: a literal, a
        /// concatenation or interpolation of constants, <c>nameof</c>, or the name of a <c>const</c> field (or of a
        /// <c>static readonly</c> one read so) of the class, a class around it or a base (<c>DockerRunDir + "/docker.sock"</c>,
        /// <c>{ $"{Sock}:{Sock}" }</c>: audit 129 D129-3), or of another class found by its name and namespace (the usings
        /// are not read: such a name is left unknown). Null when it is none of these.
        /// </summary>
        private static object? Read(ExpressionSyntax expression, INamedTypeSymbol type, int depth)
        {
            if (depth > 8) return null;
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return literal.Token.ValueText;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression):
                    return true;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.FalseLiteralExpression):
                    return false;
                case ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }:
                    return Read(OperationSyntax.Unwrapped(expression), type, depth + 1);
                // (bool)true, (string)"..." (audit 152 M152-6): the constant itself.
                case CastExpressionSyntax cast:
                    var read = Read(cast.Expression, type, depth + 1);
                    var castTo = CastTypeName(cast.Type);
                    return castTo == "Boolean" && read is bool || castTo == "String" && read is string ? read : null;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return Read(binary.Left, type, depth + 1) is string left && Read(binary.Right, type, depth + 1) is string right ? left + right : null;
                case InterpolatedStringExpressionSyntax interpolated:
                    // The ValueText of $"..." and $@"..." text keeps {{ and }} doubled, as a format string has them.
                    var doubled = !interpolated.StringStartToken.Text.Contains("\"\"\"");
                    var text = new StringBuilder();
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax part)
                            text.Append(doubled ? part.TextToken.ValueText.Replace("{{", "{").Replace("}}", "}") : part.TextToken.ValueText);
                        else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole && Read(hole.Expression, type, depth + 1) is string value)
                            text.Append(value);
                        else
                            return null;
                    }
                    return text.ToString();
                case IdentifierNameSyntax name:
                    return ValueOf(FieldNamed(type, name.Identifier.ValueText), expression, type, depth);
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    return NamespaceOrTypeNamed(access.Expression, type, 0) is INamedTypeSymbol owner ? ValueOf(FieldOf(owner, member.Identifier.ValueText), expression, type, depth) : null;
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments: { Count: 1 } arguments }
                    when FieldNamed(type, "nameof") is null && type.GetMembers("nameof").IsEmpty:
                    return arguments[0].Expression switch
                    {
                        IdentifierNameSyntax named => named.Identifier.ValueText,
                        MemberAccessExpressionSyntax { Name: var last } => last.Identifier.ValueText,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        /// <summary>
        /// The value of a <c>const</c> field, or of a <c>static readonly</c> one initialised with a constant: one of the same
        /// class only when written before <paramref name="reference"/> in the same file, as static fields are initialised
        /// in the order they are written (C# spec, static field initialization), and one written after is still null there.
        /// </summary>
        private static object? ValueOf(IFieldSymbol? field, ExpressionSyntax reference, INamedTypeSymbol type, int depth)
        {
            if (field is null) return null;
            if (field.IsConst) return field.HasConstantValue && field.ConstantValue is string or bool ? field.ConstantValue : null;
            if (StaticReadonlyInitializer(field) is not { } initializer) return null;
            if (SymbolEqualityComparer.Default.Equals(field.ContainingType, type)
                && (initializer.SyntaxTree != reference.SyntaxTree || initializer.SpanStart >= reference.SpanStart))
                return null;
            return Read(initializer, field.ContainingType, depth + 1);
        }

        /// <summary>The field a simple name in <paramref name="type"/> names: one of the class or a base, then of a class around it.</summary>
        private static IFieldSymbol? FieldNamed(INamedTypeSymbol type, string name)
        {
            for (INamedTypeSymbol? around = type; around is not null; around = around.ContainingType)
            {
                for (var (inType, depth) = (around, 0); inType is not null && depth < 16; inType = inType.BaseType, depth++)
                {
                    var members = inType.GetMembers(name);
                    if (members.Length == 0) continue;
                    return members.Length == 1 ? members[0] as IFieldSymbol : null;
                }
            }
            return null;
        }

        private static IFieldSymbol? FieldOf(INamedTypeSymbol type, string name)
        {
            var members = type.GetMembers(name);
            return members.Length == 1 ? members[0] as IFieldSymbol : null;
        }

        /// <summary>
        /// The class or namespace <paramref name="expression"/> names from <paramref name="type"/>, without the usings: a class
        /// nested in it or around it, or one of its namespace or those around that; null when another kind of name or not found.
        /// </summary>
        private static INamespaceOrTypeSymbol? NamespaceOrTypeNamed(ExpressionSyntax expression, INamedTypeSymbol type, int depth)
        {
            if (depth > 8) return null;
            switch (expression)
            {
                case IdentifierNameSyntax { Identifier.ValueText: var name }:
                    for (INamedTypeSymbol? around = type; around is not null; around = around.ContainingType)
                    {
                        // A nested class of that name, unless a member (a property, a field) has it too.
                        var named = around.GetMembers(name);
                        if (!named.IsEmpty) return named.Length == 1 && named[0] is INamedTypeSymbol { Arity: 0 } nested ? nested : null;
                        if (around.Name == name && around.Arity == 0) return around;
                    }
                    for (var space = type.ContainingNamespace; space is not null; space = space.ContainingNamespace)
                    {
                        var members = space.GetMembers(name).ToList();
                        if (members.Count > 0) return members.Count == 1 && members[0] is INamespaceSymbol or INamedTypeSymbol { Arity: 0 } ? members[0] : null;
                    }
                    return null;
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: var member } } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    if (NamespaceOrTypeNamed(access.Expression, type, depth + 1) is not { } left) return null;
                    var found = left.GetMembers(member);
                    return found.Length == 1 && found[0] is INamespaceSymbol or INamedTypeSymbol { Arity: 0 } ? (INamespaceOrTypeSymbol)found[0] : null;
                default:
                    return null;
            }
        }
    }
}
