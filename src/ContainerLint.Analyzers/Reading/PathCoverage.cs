using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// Whether later writes replace an earlier one on every path, read from the statements alone: a write that runs
    /// after it, or an <c>if</c>/<c>else</c> chain ending in <c>else</c>, a <c>switch</c> with a <c>default</c> section or a
    /// <c>try</c> and all its <c>catch</c> blocks (or its <c>finally</c>) each of whose branches writes. As for
    /// <see cref="Values.IsConditionallyWritten"/>, loops, early <c>return</c>s and jumps are not counted (<see cref="MethodScope.ReturnsBetween"/> is). Asked only
    /// when the last write of a setting is made on some paths, so it costs nothing for most methods.
    /// </summary>
    internal static class PathCoverage
    {
        private const int MaxDepth = 8;

        /// <summary>How many passes <see cref="FunctionIndex.Closure"/> makes at most: each one at least one name longer.</summary>
        private const int MaxClosurePasses = 64;

        /// <summary>
        /// Whether one of <paramref name="later"/> (the syntax of later writes of the same setting) runs on every path after
        /// <paramref name="earlier"/>, within the same function.
        /// </summary>
        public static bool IsReplacedOnEveryPath(SyntaxNode earlier, List<SyntaxNode> later)
        {
            if (later.Count == 0) return false;
            var writes = new Writes(later);
            SyntaxNode child = earlier;
            for (var parent = earlier.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case BlockSyntax block:
                        if (AnyAfter(block.Statements, child, writes)) return true;
                        break;
                    case SwitchSectionSyntax section:
                        if (AnyAfter(section.Statements, child, writes)) return true;
                        break;
                    // Top-level statements run one after the other, as those of a block.
                    case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                        return AnyAfter(MethodScope.Statements(unit), child, writes);
                    // What runs after a function's body is its caller's: the search stops at the function.
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax or AccessorDeclarationSyntax:
                        return false;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether no use of the object can see <paramref name="write"/> (a value written through a local): it is a statement of
        /// a <c>catch</c> block that goes on to rethrow (<c>catch { hc.Privileged = false; throw; }</c>) with nothing between
        /// that names the local, and no <c>try</c> around that catch in the function, which is not a lambda or local function,
        /// could catch the exception (or run a <c>finally</c>) and use the object after it. Such a write undoes nothing.
        /// </summary>
        public static bool IsSeenByNoUse(SyntaxNode write)
        {
            var statement = write.FirstAncestorOrSelf<StatementSyntax>();
            if (statement is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment } || !assignment.Right.Span.Contains(write.Span)
                || statement.Parent is not BlockSyntax { Parent: CatchClauseSyntax catchClause } block
                || Root(assignment.Left) is not { } root)
                return false;
            var names = new HashSet<string> { root.Identifier.ValueText };
            var after = false;
            var throws = false;
            foreach (var inner in block.Statements)
            {
                if (inner == statement)
                {
                    after = true;
                    continue;
                }
                if (!after) continue;
                if (inner is ThrowStatementSyntax)
                {
                    throws = true;
                    break;
                }
                if (Names(inner, names)) return false;
            }
            if (!throws) return false;
            for (var parent = catchClause.Parent; parent is not null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case TryStatementSyntax:
                        // The catch's own try has its catch as a child, not its block; an outer try holds this one.
                        if (parent != catchClause.Parent) return false;
                        if (((TryStatementSyntax)parent).Finally is not null) return false;
                        break;
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                        return false;
                    case MemberDeclarationSyntax or AccessorDeclarationSyntax:
                        return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether <paramref name="a"/> and <paramref name="b"/> lie on branches of which only one runs: the <c>if</c> and the
        /// <c>else</c> of an <c>if</c> statement, two sections of a <c>switch</c>, the two branches of a <c>?:</c>, the values
        /// of two arms of a switch expression.
        /// </summary>
        public static bool AreExclusive(SyntaxNode a, SyntaxNode b)
        {
            SyntaxNode child = a;
            // The first node that holds both: the branch that holds a (child) does not hold b. By full spans, which no node
            // starts in: a span's end is found by walking down to the last token, which an else-if chain has N statements
            // deep, for every pair of writes on its branches (audit 145 Z145-6).
            for (var parent = a.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (!parent.FullSpan.Contains(b.Span)) continue;
                return parent switch
                {
                    IfStatementSyntax ifStatement => ifStatement.Else is { } other
                        && ((ifStatement.Statement == child && other.FullSpan.Contains(b.Span)) || (other == child && ifStatement.Statement.FullSpan.Contains(b.Span))),
                    SwitchStatementSyntax => child is SwitchSectionSyntax section && !section.FullSpan.Contains(b.Span),
                    ConditionalExpressionSyntax conditional => conditional.Condition != child && !conditional.Condition.Span.Contains(b.Span),
                    // The values of two arms of a switch expression: one runs (audit 123 T123-7). Not an arm's pattern or
                    // when clause, which run until one matches.
                    SwitchExpressionSyntax choice => child is SwitchExpressionArmSyntax arm && arm.Expression.Span.Contains(a.Span)
                        && ArmValueHolding(choice, b) is { } other && other != arm,
                    _ => false,
                };
            }
            return false;
        }

        private static SwitchExpressionArmSyntax? ArmValueHolding(SwitchExpressionSyntax choice, SyntaxNode node)
        {
            foreach (var arm in choice.Arms)
                if (arm.Expression.Span.Contains(node.Span)) return arm;
            return null;
        }

        /// <summary>
        /// As <see cref="AnyAfter(IEnumerable{StatementSyntax}, SyntaxNode, Writes)"/> for a block's statements: only those that
        /// hold a write can make one, and they are found by their position, not by a look at every statement after
        /// <paramref name="child"/> (a method writing n HostConfig locals one after another took time in n²).
        /// </summary>
        private static bool AnyAfter(SyntaxList<StatementSyntax> statements, SyntaxNode child, Writes writes)
        {
            StatementSyntax? checkedLast = null;
            // Full spans: a Span's end is found by walking down to the node's last token, as deep as an else-if chain of
            // thousands of writes goes (audit 145 Z145-6); no write starts in trivia, so the full span's end tells the same.
            var childEnd = child.FullSpan.End;
            foreach (var write in writes.InOrder)
            {
                if (write.SpanStart < childEnd) continue;
                int low = 0, high = statements.Count;
                while (low < high)
                {
                    var middle = (low + high) >> 1;
                    if (statements[middle].FullSpan.End <= write.SpanStart) low = middle + 1;
                    else high = middle;
                }
                if (low == statements.Count || statements[low] == checkedLast || statements[low].SpanStart < childEnd) continue;
                checkedLast = statements[low];
                if (AlwaysWrites(checkedLast, writes, 0)) return true;
            }
            return false;
        }

        private static bool AnyAfter(IEnumerable<StatementSyntax> statements, SyntaxNode child, Writes writes)
        {
            var after = false;
            foreach (var statement in statements)
            {
                if (after && AlwaysWrites(statement, writes, 0)) return true;
                if (statement == child) after = true;
            }
            return false;
        }

        private static bool AnyAlwaysWrites(SyntaxList<StatementSyntax> statements, Writes writes, int depth, bool inBranch)
        {
            foreach (var statement in statements)
                if (AlwaysWrites(statement, writes, depth, inBranch)) return true;
            return false;
        }

        /// <summary>
        /// Whether running <paramref name="statement"/> (to its end) makes one of <paramref name="writes"/> on every path.
        /// In a branch (<paramref name="inBranch"/>), a <c>throw</c> ends the path (<c>if (ok) hc.Privileged = false; else
        /// throw ...;</c>): the object is not used after it. Not outside a branch, where the object may have been used
        /// between the earlier write and the throw.
        /// </summary>
        private static bool AlwaysWrites(StatementSyntax? statement, Writes writes, int depth, bool inBranch = false)
        {
            if (inBranch && statement is ThrowStatementSyntax) return true;
            if (statement is null || depth > MaxDepth || (!writes.AnyIn(statement) && !(inBranch && EndsInThrow(statement, writes)))) return false;
            switch (statement)
            {
                case BlockSyntax block:
                    return AnyAlwaysWrites(block.Statements, writes, depth + 1, inBranch);
                case IfStatementSyntax ifStatement:
                    // else if chains: the else's statement is the next if.
                    return ifStatement.Else is { } elseClause
                        && AlwaysWrites(ifStatement.Statement, writes, depth + 1, inBranch: true) && AlwaysWrites(elseClause.Statement, writes, depth + 1, inBranch: true);
                case SwitchStatementSyntax switchStatement:
                    if (!HasDefault(switchStatement)) return false;
                    foreach (var section in switchStatement.Sections)
                        if (!AnyAlwaysWrites(section.Statements, writes, depth + 1, inBranch: true)) return false;
                    return true;
                case TryStatementSyntax tryStatement:
                    if (tryStatement.Finally is { } finallyClause && AlwaysWrites(finallyClause.Block, writes, depth + 1, inBranch)) return true;
                    // Nothing can throw before the first statement of the try block.
                    foreach (var write in writes.In(tryStatement.Block))
                        if (Values.IsWrittenFirst(write, tryStatement.Block)) return true;
                    // An exception no catch takes leaves the method: the object is not used then.
                    if (!AlwaysWrites(tryStatement.Block, writes, depth + 1, inBranch)) return false;
                    foreach (var catchClause in tryStatement.Catches)
                        if (!AlwaysWrites(catchClause.Block, writes, depth + 1, inBranch: true)) return false;
                    return true;
                case LabeledStatementSyntax labeled:
                    return AlwaysWrites(labeled.Statement, writes, depth + 1);
                case UsingStatementSyntax usingStatement:
                    return AlwaysWrites(usingStatement.Statement, writes, depth + 1);
                case LockStatementSyntax lockStatement:
                    return AlwaysWrites(lockStatement.Statement, writes, depth + 1);
                case CheckedStatementSyntax checkedStatement:
                    return AlwaysWrites(checkedStatement.Block, writes, depth + 1);
                case UnsafeStatementSyntax unsafeStatement:
                    return AlwaysWrites(unsafeStatement.Block, writes, depth + 1);
                case FixedStatementSyntax fixedStatement:
                    return AlwaysWrites(fixedStatement.Statement, writes, depth + 1);
                case ExpressionStatementSyntax or LocalDeclarationStatementSyntax:
                    // hc.Privileged = false; (not one on a branch of ?: or the fallback of ??).
                    foreach (var write in writes.In(statement))
                        if (RunsWith(write, statement)) return true;
                    return false;
                default:
                    // Loops (which may run no time), lambdas, local functions.
                    return false;
            }
        }

        /// <summary>Whether <paramref name="write"/> runs whenever <paramref name="statement"/>, which holds it, does.</summary>
        private static bool RunsWith(SyntaxNode write, StatementSyntax statement)
        {
            for (var node = write.Parent; node is not null && node != statement; node = node.Parent)
                if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) return false;
            return !Values.IsConditionalAfter(write, statement);
        }

        /// <summary>
        /// A branch that ends by throwing before it can use the object: a <c>throw</c>, or a block whose statements include
        /// one at its top level, with nothing before it that names the object (<c>else { await
        /// client.Containers.CreateContainerAsync(p); throw ...; }</c> creates the container the earlier value configures;
        /// <c>else { log.Warn(level); throw ...; }</c> does not).
        /// </summary>
        private static bool EndsInThrow(StatementSyntax statement, Writes writes)
        {
            if (statement is ThrowStatementSyntax) return true;
            if (statement is not BlockSyntax block) return false;
            HashSet<string>? names = null;
            foreach (var inner in block.Statements)
            {
                if (inner is ThrowStatementSyntax) return true;
                names ??= ObjectNames(writes.Nodes, block);
                if (names is null || Names(inner, names)) return false;
            }
            return false;
        }

        /// <summary>
        /// The names through which the object the writes go to can be reached in their function: the variable they write
        /// through (<c>hc</c> of <c>hc.Privileged = false</c>), and every variable whose value is given from an expression
        /// naming one of those (<c>var p = new CreateContainerParameters { HostConfig = hc };</c>, <c>p.HostConfig = hc</c>).
        /// Null when a write does not go through a variable.
        /// </summary>
        private static HashSet<string>? ObjectNames(List<SyntaxNode> writes, SyntaxNode inside)
        {
            var names = new HashSet<string>();
            foreach (var write in writes)
            {
                // A write is given as the assignment, or as the value written (hc.Privileged = false, WithPrivileged(false), the
                // element of (hc.Privileged, x) = (false, 1)).
                // A value in parentheses or with ! (hc.PidMode = ("");) is written by the assignment around them (audit 154 N154-3).
                var target = TargetOfElement(write) ?? OperationSyntax.WithSameValueAround(write);
                while (target.Parent is ArgumentSyntax or ArgumentListSyntax) target = target.Parent;
                if (target.Parent is InvocationExpressionSyntax call && call.ArgumentList == target) target = call;
                if (target.Parent is AssignmentExpressionSyntax parent && parent.Right == target) target = parent;
                if (target is AssignmentExpressionSyntax assignment) target = assignment.Left;
                if (Root(target) is not { } identifier) return null;
                names.Add(identifier.Identifier.ValueText);
            }
            if (MethodScope.Function(inside) is not { } function) return names;
            return FunctionIndex.Of(function).Closure(names, andSources: false);
        }

        /// <summary>
        /// The names through which the object <paramref name="write"/> goes to (a write of a setting, or a call changing one of
        /// its collections) can be reached in its function, as <see cref="ObjectNames"/> has them: for a member of an
        /// initializer (<c>new CreateContainerParameters { User = "root" }</c>), the variable the created object is given to.
        /// Null when that is not a variable.
        /// </summary>
        public static HashSet<string>? NamesOf(SyntaxNode write)
        {
            if (MethodScope.Function(write) is not { } function || HolderName(write) is not { } name) return null;
            return FunctionIndex.Of(function).Closure(new HashSet<string> { name }, andSources: true);
        }

        /// <summary>
        /// Whether the object reached through <paramref name="names"/> may be used between <paramref name="from"/> and
        /// <paramref name="to"/> (positions in <paramref name="function"/>): something there names it other than to write
        /// through it (<c>p.User = "app"</c>, <c>p.HostConfig.CapAdd.Clear()</c>) or to give it to a variable
        /// (<c>var hc = p.HostConfig;</c>, <c>var p = new CreateContainerParameters { HostConfig = hc };</c>): it is handed to a
        /// method (<c>await client.Containers.CreateContainerAsync(p)</c>), returned, read, captured. What such a use sees is
        /// the value written before it, whatever is written after.
        /// </summary>
        public static bool IsUsedBetween(HashSet<string> names, SyntaxNode function, int from, int to)
        {
            if (to <= from) return false;
            var uses = FunctionIndex.Of(function).Uses(names);
            var i = FunctionIndex.FirstAtOrAfter(uses, from);
            // Names do not overlap: the first use from there on ends first.
            return i < uses.Length && uses[i].Span.End <= to;
        }

        /// <summary>
        /// Whether the object a property belongs to may be used (<see cref="IsUsedBetween"/>) between <paramref name="at"/>,
        /// where its value was written (a list element, a HostConfig), and the first of the later <paramref name="writes"/> of
        /// the property that replaces it on every path.
        /// </summary>
        public static bool IsUsedBeforeReplaced(SyntaxNode at, List<IAssignmentOperation> writes)
        {
            if (MethodScope.Function(at) is not { } function) return false;
            foreach (var write in writes)
            {
                if (write is ICoalesceAssignmentOperation || write.Syntax.SpanStart <= at.SpanStart || write.Syntax.SyntaxTree != at.SyntaxTree
                    || AreExclusive(at, write.Syntax) || !IsReplacedOnEveryPath(at, new List<SyntaxNode> { write.Value.Syntax }))
                    continue;
                return MethodScope.Function(write.Syntax) == function && NamesOf(write.Syntax) is { } names
                    && IsUsedBetween(names, function, at.Span.End, write.Syntax.SpanStart);
            }
            return false;
        }

        /// <summary>
        /// Whether the object a property belongs to is used (as <see cref="IsUsedBetween"/> has it) between <paramref name="at"/>,
        /// where its value was written, and the first of the later <paramref name="writes"/> of the property, whether or not
        /// that one runs on every path, by a use that runs whenever the write does (on no branch, in no loop or lambda, with no
        /// return or jump before it): the container created there has that value, so a change after it (<c>CreateContainerAsync(p);
        /// if (x) p.HostConfig.Privileged = false;</c>) undoes nothing for it. A use on some paths (<c>if (trusted) {
        /// Create(hc); continue; }</c>, <c>if (x) return hc;</c>) leaves the value "may be undone".
        /// </summary>
        public static bool IsUsedBeforeFirst(SyntaxNode at, IEnumerable<IOperation> writes, MethodScope scope)
        {
            SyntaxNode? first = null;
            foreach (var write in writes)
            {
                if (write is ICoalesceAssignmentOperation || write.Syntax.SyntaxTree != at.SyntaxTree || write.Syntax.SpanStart <= at.Span.End
                    || AreExclusive(at, write.Syntax))
                    continue;
                if (first is null || write.Syntax.SpanStart < first.SpanStart) first = write.Syntax;
            }
            if (first is null || MethodScope.Function(at) is not { } function || MethodScope.Function(first) != function || NamesOf(first) is not { } names)
                return false;
            var uses = FunctionIndex.Of(function).Uses(names);
            for (var i = FunctionIndex.FirstAtOrAfter(uses, at.Span.End); i < uses.Length && uses[i].Span.End <= first.SpanStart; i++)
                if (Values.RunsWhenever(uses[i], at) && !scope.ReturnsBetween(at.SpanStart, uses[i]))
                    return true;
            return false;
        }

        private static readonly HashSet<string> CollectionMethods = new HashSet<string>
        {
            "Add", "AddRange", "Insert", "InsertRange", "TryAdd", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "Clear", "Contains", "ContainsKey",
        };

        /// <summary>
        /// Whether <paramref name="use"/>, in a lambda or local function of <paramref name="function"/>, names a variable of that
        /// nested function (a parameter, a local of a block around it, a <c>foreach</c>, <c>catch</c>, pattern or query
        /// variable) rather than the variable of the same name of <paramref name="function"/>, which it hides there (audit 70
        /// W70-1: <c>void Show(HostConfig hc) => Keep(hc);</c>, 71 X71-4: <c>hc => hc + 1</c>, X71-6: a <c>foreach (var hc ...)</c>
        /// in one block only).
        /// </summary>
        private static bool IsShadowed(SimpleNameSyntax use, SyntaxNode function) => IsShadowed(use, use.Identifier.ValueText, function);

        /// <summary>Whether the variable <paramref name="text"/>, named at <paramref name="at"/>, is one a lambda or local function in <paramref name="function"/> declares.</summary>
        private static bool IsShadowed(SyntaxNode at, string text, SyntaxNode function)
        {
            SyntaxNode? outermost = null;
            for (var node = at.Parent; node is not null && node != function; node = node.Parent)
                if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) outermost = node;
            if (outermost is null) return false;
            for (var node = at.Parent; node is not null; node = node.Parent)
            {
                if (Declares(node, text)) return true;
                if (node == outermost) return false;
            }
            return false;
        }

        /// <summary>Whether <paramref name="scope"/> declares a variable named <paramref name="text"/> for the code inside it.</summary>
        private static bool Declares(SyntaxNode scope, string text)
        {
            switch (scope)
            {
                // An expression body's pattern and out variables are the function's (audit 73 Z73-4, Z73-6: o => o is HostConfig hc).
                case LocalFunctionStatementSyntax function:
                    return HasParameter(function.ParameterList.Parameters, text) || (function.ExpressionBody is { } arrow && DesignatesIn(arrow, text));
                case ParenthesizedLambdaExpressionSyntax lambda:
                    return HasParameter(lambda.ParameterList.Parameters, text) || (lambda.ExpressionBody is { } expression && DesignatesIn(expression, text));
                case SimpleLambdaExpressionSyntax lambda:
                    return lambda.Parameter.Identifier.ValueText == text || (lambda.ExpressionBody is { } simpleExpression && DesignatesIn(simpleExpression, text));
                case AnonymousMethodExpressionSyntax { ParameterList: { } list }:
                    return HasParameter(list.Parameters, text);
                case BlockSyntax block:
                    return DeclaresIn(block.Statements, text);
                case SwitchSectionSyntax section:
                    foreach (var label in section.Labels)
                        if (DesignatesIn(label, text)) return true;
                    // The sections of a switch statement share one scope for their locals (audit 74 Q74-3).
                    if (section.Parent is SwitchStatementSyntax switchStatement)
                    {
                        foreach (var other in switchStatement.Sections)
                            if (DeclaresIn(other.Statements, text, localsOnly: other != section)) return true;
                        return false;
                    }
                    return DeclaresIn(section.Statements, text);
                // A loop's, using's, lock's or switch's own expression variables are the statement's (audit 74 Q74-2).
                case WhileStatementSyntax loop:
                    return DesignatesIn(loop.Condition, text);
                case DoStatementSyntax loop:
                    return DesignatesIn(loop.Condition, text);
                case LockStatementSyntax @lock:
                    return DesignatesIn(@lock.Expression, text);
                case SwitchStatementSyntax @switch:
                    return DesignatesIn(@switch.Expression, text);
                case SwitchExpressionArmSyntax arm:
                    return DesignatesIn(arm.Pattern, text) || (arm.WhenClause is { } when && DesignatesIn(when, text));
                case ForEachStatementSyntax loop:
                    return loop.Identifier.ValueText == text;
                case ForEachVariableStatementSyntax loop:
                    return DesignatesIn(loop.Variable, text);
                case ForStatementSyntax loop:
                    return (loop.Declaration is { } declaration && HasVariable(declaration, text)) || (loop.Condition is { } condition && DesignatesIn(condition, text))
                        || DesignatesInAll(loop.Initializers, text) || DesignatesInAll(loop.Incrementors, text);
                case UsingStatementSyntax @using:
                    return (@using.Declaration is { } used && HasVariable(used, text)) || (@using.Expression is { } resource && DesignatesIn(resource, text));
                case FixedStatementSyntax @fixed:
                    return HasVariable(@fixed.Declaration, text);
                case CatchClauseSyntax { Declaration: { } caught }:
                    return caught.Identifier.ValueText == text;
                case QueryExpressionSyntax query:
                    if (query.FromClause.Identifier.ValueText == text) return true;
                    for (QueryBodySyntax? body = query.Body; body is not null; body = body.Continuation?.Body)
                    {
                        foreach (var clause in body.Clauses)
                            if (clause switch
                                {
                                    FromClauseSyntax from => from.Identifier.ValueText == text,
                                    LetClauseSyntax let => let.Identifier.ValueText == text,
                                    JoinClauseSyntax join => join.Identifier.ValueText == text || join.Into?.Identifier.ValueText == text,
                                    _ => false,
                                })
                                return true;
                        if (body.Continuation?.Identifier.ValueText == text) return true;
                    }
                    return false;
                default:
                    return false;
            }
        }

        private static bool HasParameter(SeparatedSyntaxList<ParameterSyntax> parameters, string text)
        {
            foreach (var parameter in parameters)
                if (parameter.Identifier.ValueText == text) return true;
            return false;
        }

        private static bool HasVariable(VariableDeclarationSyntax declaration, string text)
        {
            foreach (var variable in declaration.Variables)
                if (variable.Identifier.ValueText == text) return true;
            return false;
        }

        /// <summary>
        /// A local, local function, or pattern or <c>out</c> variable of the statements (of a block or section: their scope):
        /// those of a declaration, an expression, <c>return</c> or <c>throw</c> statement, and of an <c>if</c>'s condition, which
        /// C# puts in the enclosing statements' scope; not those of a loop's, <c>using</c>'s, <c>lock</c>'s or <c>switch</c>'s
        /// own expressions (<see cref="Declares"/>), nor of an embedded statement. Only the locals with <paramref name="localsOnly"/>.
        /// </summary>
        private static bool DeclaresIn(SyntaxList<StatementSyntax> statements, string text, bool localsOnly = false)
        {
            foreach (var statement in statements)
            {
                if (statement is LocalDeclarationStatementSyntax local && HasVariable(local.Declaration, text)) return true;
                if (statement is LocalFunctionStatementSyntax function && function.Identifier.ValueText == text) return true;
                if (localsOnly) continue;
                SyntaxNode? scoped = statement switch
                {
                    LocalDeclarationStatementSyntax or ExpressionStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax or YieldStatementSyntax => statement,
                    IfStatementSyntax @if => @if.Condition,
                    _ => null,
                };
                if (scoped is not null && DesignatesIn(scoped, text)) return true;
            }
            return false;
        }

        private static bool DesignatesInAll<T>(SeparatedSyntaxList<T> nodes, string text) where T : SyntaxNode
        {
            foreach (var node in nodes)
                if (DesignatesIn(node, text)) return true;
            return false;
        }

        /// <summary>A pattern or <c>out</c> variable named <paramref name="text"/> in <paramref name="node"/>, not in a nested block or function.</summary>
        private static bool DesignatesIn(SyntaxNode node, string text)
        {
            foreach (var descendant in node.DescendantNodes(n => n == node
                         || n is not (BlockSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or SwitchSectionSyntax or SwitchExpressionArmSyntax)))
                if (descendant is SingleVariableDesignationSyntax designation && designation.Identifier.ValueText == text) return true;
            return false;
        }

        private static bool IsNamed(ExpressionSyntax callee, string method) => callee switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == method,
            IdentifierNameSyntax name => name.Identifier.ValueText == method,
            _ => false,
        };

        private static bool IsUse(SimpleNameSyntax identifier) => IsUse(identifier, null, givingIsReading: false);

        /// <param name="givingIsReading">Whether giving the object to a variable (<c>var y = x;</c>, <c>new
        /// CreateContainerParameters { HostConfig = x }</c>) counts: it reads the variable, though it does not use the object.</param>
        private static bool IsUse(SimpleNameSyntax identifier, HashSet<ParameterSyntax>? parametersAsked, bool givingIsReading)
        {
            // The name of a member (x.Name, new { hc = 1 }), not a variable.
            if (identifier.Parent is MemberAccessExpressionSyntax { Name: var name } && name == identifier) return false;
            if (identifier.Parent is MemberBindingExpressionSyntax or NameColonSyntax or NameEqualsSyntax) return false;
            // A type (HostConfig of a parameter's type or of new HostConfig()), not a variable.
            if (Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsInTypeOnlyContext(identifier)) return false;
            // nameof(hc), nameof(Show) (audit 70 W70-4).
            if (MethodScope.IsNameofArgument(identifier)) return false;
            SyntaxNode node = identifier;
            var members = 0;
            while (true)
            {
                var parent = node.Parent;
                if (parent is MemberAccessExpressionSyntax access && access.Expression == node) members++;
                else if (parent is ElementAccessExpressionSyntax element && element.Expression == node) { }
                else if (parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression }) { }
                else if (parent is ConditionalAccessExpressionSyntax conditional && conditional.Expression == node)
                {
                    // hc.MaskedPaths?.Clear(), p.HostConfig?.CapAdd.Add(...), hc?.MaskedPaths?.Clear(): a call on a member of the object.
                    return !IsChangeOfMember(conditional.WhenNotNull, members, 0);
                }
                else break;
                node = parent!;
            }
            // (p.User, x) = ("app", 1): an element of the tuple a deconstruction assigns to, a write; so is an out argument.
            if (IsDeconstructedInto(node) || node.Parent is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword }) return false;
            // Set(ref h) where the local function only writes its parameter (void Set(ref HostConfig x) { x = hc; }): h is not read
            // (audit 82 E82-2), as for an out argument.
            // So is Set(p) where the local function or lambda only writes through its parameter (void Set(P q) => q.HostConfig =
            // hc;): p is given what is written (audit 94 N94-5, FunctionIndex.WrittenThroughArguments), not used.
            // p!, (p) pass p too (audit 97 R97-5).
            if (node.Parent is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.None or (int)SyntaxKind.InKeyword } passedOn
                && Unwrapped(passedOn.Expression) == identifier && !IsReadByLocalFunction(passedOn, parametersAsked)) return false;
            switch (node.Parent)
            {
                // p.User = "app", hc.Tmpfs["/run"] = "", p = other: a write, no use.
                case AssignmentExpressionSyntax assignment when assignment.Left == node:
                    return false;
                // hc.CapAdd.Add("X"), p.HostConfig.CapAdd.Clear(): a change of one of its collections; caps.Remove("X"): of the
                // collection itself.
                case InvocationExpressionSyntax call when call.Expression == node
                    && (members >= 2 || (node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method } && CollectionMethods.Contains(method))):
                    return false;
                // CollectionExtensions.TryAdd(hc.Tmpfs, k, v): the extension called as a static method, a change as hc.Tmpfs.TryAdd(k, v) is.
                case ArgumentSyntax { NameColon: null or { Name.Identifier.ValueText: "dictionary" }, Parent: ArgumentListSyntax { Arguments.Count: 3, Parent: InvocationExpressionSyntax extensionCall } arguments } argument
                    when IsNamed(extensionCall.Expression, "TryAdd") && (argument.NameColon is not null || argument == arguments.Arguments[0]):
                    return false;
            }
            // Given to a variable, directly or in the initializer of an object given to one: another name for it.
            while (node.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } member
                   && member.Right == node)
                node = creation;
            if (DeconstructedInto(node) is not null) return givingIsReading;
            return node.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax } => givingIsReading,
                // h = hc;, and h ??= hc;, which gives it or nothing (audit 89 G89-3).
                AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax } assignment when assignment.Right == node
                    && assignment.Kind() is Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression or Microsoft.CodeAnalysis.CSharp.SyntaxKind.CoalesceAssignmentExpression => givingIsReading,
                // void Copy(out HostConfig x) => x = hc;: a statement written as an expression body (audit 80 C80-1).
                AssignmentExpressionSyntax { Parent: ArrowExpressionClauseSyntax { Parent: LocalFunctionStatementSyntax { ReturnType: PredefinedTypeSyntax returns } } } assignment
                    when assignment.Right == node && returns.Keyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.VoidKeyword)
                    && assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression) => givingIsReading,
                // Action<P> configure = p => p.HostConfig = hc;: the same, for a lambda declared as an Action, which returns
                // nothing (audit 91 K91-8: other lambdas may be a Func that returns the object).
                AssignmentExpressionSyntax { Parent: LambdaExpressionSyntax lambda } assignment
                    when assignment.Right == node && lambda.ExpressionBody == assignment && IsDeclaredAsAction(lambda)
                    && assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression) => givingIsReading,
                _ => true,
            };
        }

        /// <summary>Whether <paramref name="lambda"/> is written to return nothing (<c>void (...) =&gt;</c>) or initialises a variable whose declared type is <c>Action</c> or <c>Action&lt;...&gt;</c>.</summary>
        private static bool IsDeclaredAsAction(LambdaExpressionSyntax lambda)
        {
            // var set = void (P q) => q.HostConfig = hc; (C# 10): declared so itself (audit 96 P96-5).
            if (lambda is ParenthesizedLambdaExpressionSyntax { ReturnType: PredefinedTypeSyntax returns } && returns.Keyword.IsKind(SyntaxKind.VoidKeyword)) return true;
            if (lambda.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: var type } } }) return false;
            if (type is QualifiedNameSyntax qualified) type = qualified.Right;
            if (type is AliasQualifiedNameSyntax aliased) type = aliased.Name;
            return type is SimpleNameSyntax { Identifier.ValueText: "Action" };
        }

        /// <summary>
        /// Whether the local function a <c>ref</c> or by-value (or <c>in</c>) <paramref name="argument"/> is passed to (for a by-value
        /// one, also a lambda kept in a local, <see cref="CalledFunction"/>) reads that parameter (any use of it in its body, <see
        /// cref="IsUse"/>, also through the local functions it passes it on to); true for a call of anything else, which may
        /// read it. Each parameter is asked once (<paramref name="parametersAsked"/>): a cycle of local functions passing it on
        /// reads nothing by itself. What a question asked from outside finds is kept (<see cref="ParametersRead"/>): asked of
        /// every argument that names the object, it would otherwise walk the called functions again each time (audit 96 P96-10).
        /// </summary>
        private static bool IsReadByLocalFunction(ArgumentSyntax argument, HashSet<ParameterSyntax>? parametersAsked)
        {
            if (argument.Parent is not ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list) return true;
            var byRef = argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword);
            if (CalledFunction(call, lambdas: !byRef) is not var (function, parameters)) return true;
            var parameter = ParameterOf(argument, list.Arguments.IndexOf(argument), parameters);
            if (parameter is null || (byRef ? !parameter.Modifiers.Any(SyntaxKind.RefKeyword) : !IsByValue(parameter))) return true;
            if (ParametersRead.TryGetValue(parameter, out var known)) return known.Value;
            var outermost = parametersAsked is null;
            if (!(parametersAsked ??= new HashSet<ParameterSyntax>()).Add(parameter)) return false;
            // The parameter and the locals given it (var x = q; x.HostConfig = hc; reads nothing: audit 97 R97-1); giving it to
            // anything else (a field, parameters) may keep it to be read.
            var names = byRef ? new HashSet<string> { parameter.Identifier.ValueText } : ParameterAliases(function, parameter.Identifier.ValueText);
            var read = false;
            foreach (var node in function.DescendantNodes())
                if (node is IdentifierNameSyntax used && names.Contains(used.Identifier.ValueText) && !GivesAlias(used, names)
                    && IsUse(used, parametersAsked, givingIsReading: true))
                {
                    read = true;
                    break;
                }
            // An answer found inside a cycle took the parameters still being asked for unread: only the outermost one is final.
            if (outermost) ParametersRead.GetValue(parameter, _ => new StrongBox<bool>(read));
            return read;
        }

        /// <summary>Whether <paramref name="used"/> is the value a declarator or assignment gives one of <paramref name="aliases"/> (<c>var x = q;</c>).</summary>
        private static bool GivesAlias(IdentifierNameSyntax used, HashSet<string> aliases) => used.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => aliases.Contains(declarator.Identifier.ValueText),
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment => assignment.Right == used && aliases.Contains(target.Identifier.ValueText),
            _ => false,
        };

        private static readonly ConditionalWeakTable<ParameterSyntax, StrongBox<bool>> ParametersRead = new ConditionalWeakTable<ParameterSyntax, StrongBox<bool>>();

        /// <summary>
        /// <paramref name="name"/>, a parameter of <paramref name="function"/>, and the locals of the function given it (<c>var x =
        /// q;</c>, <c>P t; t = q;</c>), through one another: names of the caller's object while nothing else is given them.
        /// </summary>
        private static HashSet<string> ParameterAliases(SyntaxNode function, string name)
        {
            var names = new HashSet<string> { name };
            HashSet<string>? locals = null;
            foreach (var node in function.DescendantNodes())
                if (node is VariableDeclaratorSyntax declarator) (locals ??= new HashSet<string>()).Add(declarator.Identifier.ValueText);
            if (locals is null) return names;
            for (var added = true; added;)
            {
                added = false;
                foreach (var node in function.DescendantNodes())
                {
                    // Not once the source was given another object (audit 99 T99-1: q = new P(); var x = q;).
                    var alias = node switch
                    {
                        VariableDeclaratorSyntax { Initializer.Value: IdentifierNameSyntax source } declarator when names.Contains(source.Identifier.ValueText)
                            && !IsReplacedBefore(function, source.Identifier.ValueText, node) => declarator.Identifier.ValueText,
                        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax target, Right: IdentifierNameSyntax source }
                            when names.Contains(source.Identifier.ValueText) && locals.Contains(target.Identifier.ValueText)
                            && !IsReplacedBefore(function, source.Identifier.ValueText, node) => target.Identifier.ValueText,
                        _ => null,
                    };
                    if (alias is not null) added |= names.Add(alias);
                }
            }
            return names;
        }

        /// <summary>
        /// Whether <paramref name="name"/> is given another object (<c>q = new P();</c>, <c>Renew(ref q);</c>, <c>var ok =
        /// TryMake(out q);</c>, <c>if (!TryMake(out q)) return;</c>, <c>ref var r = ref q;</c>: audit 99 T99-2) before
        /// <paramref name="at"/> by code of <paramref name="function"/>'s body that runs whenever the function does: its
        /// statements and plain blocks, an <c>if</c>'s condition, the bodies of <c>using</c>, <c>lock</c>, <c>checked</c>,
        /// <c>unsafe</c> and <c>fixed</c>, a <c>try</c> block for what follows in it, and for what follows it when it has no
        /// <c>catch</c> (one could go on after it before the replacement ran), a <c>finally</c> block (audit 99 T99-7); not a
        /// branch, a loop or a nested function, and not <c>q ??= ...</c>, which keeps the caller's object.
        /// </summary>
        private static bool IsReplacedBefore(SyntaxNode function, string name, SyntaxNode at)
        {
            var body = function switch
            {
                LocalFunctionStatementSyntax local => local.Body,
                AnonymousFunctionExpressionSyntax lambda => lambda.Body as BlockSyntax,
                _ => null,
            };
            return body is not null && IsReplacedIn(body.Statements, name, at.SpanStart);
        }

        private static bool IsReplacedIn(SyntaxList<StatementSyntax> statements, string name, int before)
        {
            foreach (var statement in statements)
            {
                if (statement.SpanStart >= before) return false;
                var alwaysRun = statement switch
                {
                    BlockSyntax => null,
                    IfStatementSyntax test => test.Condition,
                    ExpressionStatementSyntax or LocalDeclarationStatementSyntax => statement,
                    _ => (SyntaxNode?)null,
                };
                if (statement is BlockSyntax inner && IsReplacedIn(inner.Statements, name, before)) return true;
                if (statement is TryStatementSyntax attempt)
                {
                    if ((attempt.Block.FullSpan.Contains(before) || (attempt.Catches.Count == 0 && before >= attempt.Span.End)) && IsReplacedIn(attempt.Block.Statements, name, before))
                        return true;
                    if (attempt.Finally is { } last && IsReplacedIn(last.Block.Statements, name, before)) return true;
                    continue;
                }
                if (BodyRunOnce(statement) is { } body && IsReplacedIn(SyntaxFactory.SingletonList(body), name, before)) return true;
                if (alwaysRun is null) continue;
                foreach (var node in alwaysRun.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax))
                {
                    if (node.SpanStart >= before) break;
                    var replaced = node switch
                    {
                        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax assigned } => assigned,
                        ArgumentSyntax { Expression: IdentifierNameSyntax passed } argument
                            when argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) => passed,
                        RefExpressionSyntax { Expression: IdentifierNameSyntax referred } => referred,
                        _ => null,
                    };
                    if (replaced?.Identifier.ValueText == name) return true;
                }
            }
            return false;
        }

        /// <summary>The statement a <c>using</c>, <c>lock</c>, <c>checked</c>, <c>unsafe</c> or <c>fixed</c> statement runs once, whenever it runs.</summary>
        private static StatementSyntax? BodyRunOnce(StatementSyntax statement) => statement switch
        {
            UsingStatementSyntax own => own.Statement,
            LockStatementSyntax locked => locked.Statement,
            CheckedStatementSyntax checkedBlock => checkedBlock.Block,
            UnsafeStatementSyntax unsafeBlock => unsafeBlock.Block,
            FixedStatementSyntax fixedStatement => fixedStatement.Statement,
            _ => null,
        };

        /// <summary>A parameter a call passes a reference to the caller's object by: no modifier, or <c>in</c>.</summary>
        private static bool IsByValue(ParameterSyntax parameter) =>
            parameter.Modifiers.Count == 0 || (parameter.Modifiers.Count == 1 && parameter.Modifiers[0].IsKind(SyntaxKind.InKeyword));

        /// <summary>The name <paramref name="call"/> calls by: <c>Set</c> of <c>Set(p)</c> and <c>Set&lt;T&gt;(p)</c>, <c>c</c> of <c>c.Invoke(p)</c> and <c>c?.Invoke(p)</c>.</summary>
        private static string? CalleeName(InvocationExpressionSyntax call) => Unwrapped(call.Expression) switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke" } invoke when Unwrapped(invoke.Expression) is IdentifierNameSyntax target => target.Identifier.ValueText,
            MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Invoke" } when call.Parent is ConditionalAccessExpressionSyntax { Expression: IdentifierNameSyntax target } conditional
                && conditional.WhenNotNull == call => target.Identifier.ValueText,
            _ => null,
        };

        /// <summary>
        /// The local function <paramref name="call"/> calls (<c>Set(p)</c>, <c>Set&lt;T&gt;(p)</c>) and, with <paramref name="lambdas"/>,
        /// the lambda a local it calls is declared with and never given another value (<see cref="LambdaInScope"/>:
        /// <c>configure(p)</c>, <c>configure.Invoke(p)</c>, <c>configure?.Invoke(p)</c>, audit 96 P96-3), with its parameters; null for
        /// a call of anything else.
        /// </summary>
        private static (SyntaxNode Function, SeparatedSyntaxList<ParameterSyntax> Parameters)? CalledFunction(InvocationExpressionSyntax call, bool lambdas)
        {
            if (CalleeName(call) is not { } name) return null;
            var callee = Unwrapped(call.Expression);
            // An Invoke with other arguments than the lambda's parameters is some other method (an extension's).
            if (lambdas && callee is not GenericNameSyntax && LambdaInScope(call, name) is { } lambda
                && (callee is SimpleNameSyntax || ParametersOf(lambda).Count == call.ArgumentList.Arguments.Count))
                return (lambda, ParametersOf(lambda));
            return callee is SimpleNameSyntax && MethodScope.DeclarationInScope(call, name) is LocalFunctionStatementSyntax localFunction
                ? (localFunction, localFunction.ParameterList.Parameters)
                : null;
        }

        /// <summary><paramref name="expression"/> without parentheses, <c>!</c> and casts around it (<c>configure!</c>, <c>(p)</c>, <c>((Action&lt;P&gt;)c)</c>).</summary>
        private static ExpressionSyntax Unwrapped(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized: expression = parenthesized.Expression; break;
                    case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang: expression = bang.Operand; break;
                    case CastExpressionSyntax cast: expression = cast.Expression; break;
                    default: return expression;
                }
            }
        }

        /// <summary>
        /// The lambda a local named <paramref name="name"/>, in scope at <paramref name="node"/>, is declared with
        /// (<c>Action&lt;P&gt; configure = q =&gt; ...;</c>, in a block, a switch section or the top-level statements, audit 96
        /// P96-1) and never given another value (assigned, deconstructed into, passed by <c>ref</c> or <c>out</c>, taken by
        /// <c>ref</c>: P96-4); null for anything else, also a parameter of that name of a lambda or local function in between.
        /// </summary>
        private static AnonymousFunctionExpressionSyntax? LambdaInScope(SyntaxNode node, string name) => LambdaLocalInScope(node, name)?.Only;

        /// <summary>The local named <paramref name="name"/> in scope at <paramref name="node"/>, when it is declared in a block (<see cref="LambdaInScope"/>).</summary>
        private static LambdaLocal? LambdaLocalInScope(SyntaxNode node, string name)
        {
            for (var scope = node.Parent; scope is not null; scope = scope.Parent)
            {
                if (scope is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax && Declares(scope, name)) return null;
                if (scope is BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax or ForStatementSyntax
                    && LambdaLocals.GetValue(scope, LambdaLocalsOf).TryGetValue(name, out var local))
                    return local;
                if (scope is MemberDeclarationSyntax and not GlobalStatementSyntax) return null;
            }
            return null;
        }

        /// <summary>A local of a block: the lambda it is declared with when it is given no other value, and every lambda it is given.</summary>
        private sealed class LambdaLocal
        {
            public AnonymousFunctionExpressionSyntax? Only;
            public readonly List<AnonymousFunctionExpressionSyntax> All = new List<AnonymousFunctionExpressionSyntax>();
        }

        private static readonly ConditionalWeakTable<SyntaxNode, Dictionary<string, LambdaLocal>> LambdaLocals =
            new ConditionalWeakTable<SyntaxNode, Dictionary<string, LambdaLocal>>();

        /// <summary>
        /// The locals a block (a switch section, the top-level statements) declares (<see cref="LambdaLocal"/>). Worked out once
        /// per block: asked of every call by a plain name (audit 96 P96-10: 2,400 lambda locals in one method).
        /// </summary>
        private static Dictionary<string, LambdaLocal> LambdaLocalsOf(SyntaxNode scope)
        {
            var locals = new Dictionary<string, LambdaLocal>();
            var statements = scope switch
            {
                BlockSyntax block => (IEnumerable<StatementSyntax>)block.Statements,
                SwitchSectionSyntax section => section.Statements,
                CompilationUnitSyntax unit => unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement),
                _ => Enumerable.Empty<StatementSyntax>(),
            };
            // for (Action<P> c = q => ...; ...): the for statement's own declaration (audit 97 R97-5).
            var declarations = scope is ForStatementSyntax { Declaration: { } forDeclaration }
                ? new[] { forDeclaration }
                : statements.OfType<LocalDeclarationStatementSyntax>().Select(d => d.Declaration);
            foreach (var declaration in declarations)
                foreach (var declarator in declaration.Variables)
                {
                    var local = locals[declarator.Identifier.ValueText] = new LambdaLocal();
                    if (declarator.Initializer?.Value is AnonymousFunctionExpressionSyntax lambda) local.All.Add(local.Only = lambda);
                }
            if (locals.Count == 0) return locals;
            foreach (var other in MethodScope.CodeOf(scope))
            {
                switch (other)
                {
                    case AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned } assignment:
                        Written(assigned, assignment.Right);
                        break;
                    // (c, x) = (...): each variable of the tuple, nested ones too.
                    case AssignmentExpressionSyntax { Left: TupleExpressionSyntax tuple }:
                        foreach (var element in tuple.DescendantNodes())
                            if (element is IdentifierNameSyntax { Parent: ArgumentSyntax } deconstructed) Written(deconstructed, null);
                        break;
                    case ArgumentSyntax { Expression: IdentifierNameSyntax passed } byRef when !byRef.RefKindKeyword.IsKind(SyntaxKind.None):
                        Written(passed, null);
                        break;
                    // ref var r = ref c; r = ...;
                    case RefExpressionSyntax { Expression: IdentifierNameSyntax referred }:
                        Written(referred, null);
                        break;
                    // (c, x) = (c + (q => ...), 1): the lambdas of the element the variable is given.
                    case ArgumentSyntax { Parent: TupleExpressionSyntax } element when ElementTarget(element.Expression) is IdentifierNameSyntax target:
                        Written(target, element.Expression);
                        break;
                }
            }
            return locals;

            void Written(IdentifierNameSyntax variable, ExpressionSyntax? value)
            {
                // A nested function's own variable of that name is another variable (audit 97 R97-3).
                if (!locals.TryGetValue(variable.Identifier.ValueText, out var local) || IsShadowed(variable, scope)) return;
                local.Only = null;
                // c = q => ..., c += q => ..., c = c + (q => ...): the lambdas it may run from then on.
                if (value is not null)
                    foreach (var node in value.DescendantNodesAndSelf(n => n == value || n is not AnonymousFunctionExpressionSyntax))
                        if (node is AnonymousFunctionExpressionSyntax lambda) local.All.Add(lambda);
            }
        }

        /// <summary>The parameters of a lambda or anonymous method.</summary>
        private static SeparatedSyntaxList<ParameterSyntax> ParametersOf(AnonymousFunctionExpressionSyntax lambda) => lambda switch
        {
            SimpleLambdaExpressionSyntax simple => SyntaxFactory.SingletonSeparatedList(simple.Parameter),
            ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters,
            AnonymousMethodExpressionSyntax { ParameterList: { } list } => list.Parameters,
            _ => default,
        };

        /// <summary>The parameter of <paramref name="function"/> an argument at <paramref name="position"/> is passed to, by its name if it has one.</summary>
        private static ParameterSyntax? ParameterOf(ArgumentSyntax argument, int position, LocalFunctionStatementSyntax function) =>
            ParameterOf(argument, position, function.ParameterList.Parameters);

        private static ParameterSyntax? ParameterOf(ArgumentSyntax argument, int position, SeparatedSyntaxList<ParameterSyntax> parameters)
        {
            if (argument.NameColon is not { } named) return position < parameters.Count ? parameters[position] : null;
            // A lambda is called through its delegate, whose parameters are named obj (Action<T>) or arg1, arg2, ... (audit 99
            // T99-3: c(obj: p), c.Invoke(obj: p)).
            if (parameters.Count > 0 && (parameters[0].Parent is SimpleLambdaExpressionSyntax || parameters[0].Parent?.Parent is AnonymousFunctionExpressionSyntax))
            {
                var delegateName = named.Name.Identifier.ValueText;
                if (delegateName == "obj" && parameters.Count == 1) return parameters[0];
                if (delegateName.StartsWith("arg", StringComparison.Ordinal) && int.TryParse(delegateName.Substring(3), out var index) && index >= 1 && index <= parameters.Count)
                    return parameters[index - 1];
            }
            foreach (var candidate in parameters)
                if (candidate.Identifier.ValueText == named.Name.Identifier.ValueText) return candidate;
            return null;
        }

        /// <summary>
        /// Whether what follows a <c>?.</c> (<paramref name="whenNotNull"/>, after <paramref name="members"/> member accesses) is
        /// a change of one of the object's collections or of the collection itself, as <see cref="IsUse"/> has them.
        /// </summary>
        private static bool IsChangeOfMember(ExpressionSyntax whenNotNull, int members, int depth)
        {
            if (depth > MaxDepth) return false;
            if (whenNotNull is ConditionalAccessExpressionSyntax inner)
                return Members(inner.Expression) is { } count && IsChangeOfMember(inner.WhenNotNull, members + count, depth + 1);
            if (whenNotNull is not InvocationExpressionSyntax call || Members(call.Expression) is not { } total) return false;
            var method = call.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                _ => "",
            };
            return members + total >= 2 || CollectionMethods.Contains(method);
        }

        /// <summary>How many member accesses a chain after a <c>?.</c> is (<c>.CapAdd.Add</c>: 2); null for anything else.</summary>
        private static int? Members(ExpressionSyntax chain)
        {
            var count = 0;
            while (chain is MemberAccessExpressionSyntax access)
            {
                count++;
                chain = access.Expression;
            }
            return chain is MemberBindingExpressionSyntax ? count + 1 : null;
        }

        /// <summary>The variable the object a write goes to is reached through (<c>p</c> of <c>p.HostConfig.Privileged = false</c>, or of <c>var p = new CreateContainerParameters { User = "root" }</c>).</summary>
        private static string? HolderName(SyntaxNode write)
        {
            if (TargetOfElement(write) is { } element) return Root(element)?.Identifier.ValueText;
            // A value written in parentheses or with ! (hc.Privileged = (false);, false!) is the value (audit 152 M152-3: such a
            // write had no holder, and was taken to replace the value an earlier use saw).
            var target = OperationSyntax.WithSameValueAround(write);
            // An element given to a call (caps.Add("SYS_ADMIN")) is written by the call. A call that changes a list is the write
            // itself, also when its result is an argument (Debug.Assert(hc.CapAdd.Remove("SYS_ADMIN")): the holder was taken to be
            // Debug, the class, whose name before the removal was a use: audit 151 D151-1).
            // So is one whose result is given to something (_ = caps.Remove("SYS_ADMIN"): the holder was taken to be _, audit 152
            // M152-4).
            var isCall = write is InvocationExpressionSyntax or ConditionalAccessExpressionSyntax;
            if (!isCall)
            {
                while (target.Parent is ArgumentSyntax or ArgumentListSyntax) target = target.Parent;
                if (target.Parent is InvocationExpressionSyntax call && call.ArgumentList == target) target = call;
            }
            while (target.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == target) target = access;
            if (!isCall && target.Parent is AssignmentExpressionSyntax parent && parent.Right == target) target = parent;
            for (var depth = 0; depth < MaxDepth && target is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } }; depth++)
            {
                SyntaxNode holder = creation;
                while (holder.Parent is ParenthesizedExpressionSyntax) holder = holder.Parent;
                switch (holder.Parent)
                {
                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                        return declarator.Identifier.ValueText;
                    case AssignmentExpressionSyntax assignment when assignment.Right == holder:
                        target = assignment;
                        continue;
                    default:
                        return null;
                }
            }
            if (target is AssignmentExpressionSyntax written) target = written.Left;
            return Root(target)?.Identifier.ValueText;
        }

        /// <summary>
        /// What the questions above ask of a whole function, read once per function: the variables given a value (<c>var hc =
        /// p.HostConfig;</c>, <c>p.HostConfig = hc</c>) and the names reached from a set of names through them
        /// (<see cref="Closure"/>), and where the object so named is used (<see cref="Uses"/>), once per set. Asked for every
        /// write of a setting, a walk of the whole function each time made the analysis of a method quadratic in its length
        /// (audit 31: 1,000 tuple deconstructions took 4.9 s, 2,000 branches writing a setting 9.6 s).
        /// </summary>
        private sealed class FunctionIndex
        {
            private static readonly ConditionalWeakTable<SyntaxNode, FunctionIndex> ByFunction = new ConditionalWeakTable<SyntaxNode, FunctionIndex>();

            /// <summary>Every name in the function by its text, in order: the uses of a set of names are looked up, not found by a
            /// look at every name of the function for each set (a method writing n HostConfig locals took time in n²).</summary>
            private readonly Dictionary<string, List<SimpleNameSyntax>> _identifiers = new Dictionary<string, List<SimpleNameSyntax>>();

            private readonly ConditionalWeakTable<HashSet<string>, SimpleNameSyntax[]> _uses = new ConditionalWeakTable<HashSet<string>, SimpleNameSyntax[]>();

            /// <summary>Each variable given a value, in the function's order: the names its value names, and for a declarator
            /// given a plain access chain, the variable the chain starts at.</summary>
            private readonly List<(string Name, string[] Named, string? Source)> _given = new List<(string, string[], string?)>();

            private readonly Dictionary<string, HashSet<string>> _closures = new Dictionary<string, HashSet<string>>();

            private readonly SyntaxNode _function;

            private FunctionIndex(SyntaxNode function)
            {
                _function = function;
                var outGiven = new OutParameters();
                HashSet<string>? functionNames = null;
                List<InvocationExpressionSyntax>? byName = null;
                foreach (var node in MethodScope.CodeOf(function))
                {
                    // Generic names too: a call of a generic local function with its type arguments (audit 70 W70-2: Create<T>()).
                    if (node is SimpleNameSyntax simpleName)
                    {
                        if (!_identifiers.TryGetValue(simpleName.Identifier.ValueText, out var sameText))
                            _identifiers[simpleName.Identifier.ValueText] = sameText = new List<SimpleNameSyntax>();
                        sameText.Add(simpleName);
                    }
                    var (name, value) = Given(node);
                    // What a lambda or local function gives a variable of its own is not given to the function's variable of that
                    // name (audit 94 N94-5: p => p.HostConfig = hc beside a p of the method); what it hands on to the function's
                    // own variables is followed from where it is handed on (Follow), and what it writes through a parameter, to
                    // the variable a call passes it (WrittenThroughArguments).
                    if (node is InvocationExpressionSyntax call)
                    {
                        foreach (var (target, given) in OutArguments(call, function, outGiven))
                            if (!IsShadowed(call, target, function)) _given.Add((target, given.ToArray(), null));
                        if (call.ArgumentList.Arguments.Count > 0 && CalleeName(call) is not null) (byName ??= new List<InvocationExpressionSyntax>()).Add(call);
                    }
                    if (node is LocalFunctionStatementSyntax localFunction)
                    {
                        // A local function that uses the object (void Show() => Log(hc);, async Task Create() => await
                        // client.Containers.CreateContainerAsync(new() { HostConfig = hc })) uses it wherever it is called or
                        // handed on: its name is another name for it, as a lambda's local is (audit 64 V1, the HostConfig form).
                        _given.Add((localFunction.Identifier.ValueText, NamedBy(localFunction, function, outGiven), null));
                        (functionNames ??= new HashSet<string>()).Add(localFunction.Identifier.ValueText);
                        continue;
                    }
                    if (node is VariableDeclaratorSyntax { Initializer.Value: AnonymousFunctionExpressionSyntax } && name is not null)
                        (functionNames ??= new HashSet<string>()).Add(name);
                    if (name is null || value is null || IsShadowed(node, name, function)) continue;
                    // A lambda names what its code uses, as a local function does (audit 82 E82-6: () => { var (n, h) = (hc,
                    // new HostConfig()); Create(h); } does not use hc; audit 82 E82-1: () => { Copy(out var h); Create(h); } does).
                    if (value is AnonymousFunctionExpressionSyntax lambda)
                    {
                        _given.Add((name, NamedBy(lambda, function, outGiven), null));
                        continue;
                    }
                    var named = new HashSet<string>();
                    foreach (var descendant in value.DescendantNodesAndSelf())
                    {
                        if (descendant is not IdentifierNameSyntax identifier || MethodScope.IsNameofArgument(identifier)) continue;
                        if (!IsShadowed(identifier, function)) named.Add(identifier.Identifier.ValueText);
                        // A variable of a lambda or local function written in it (audit 73 Z73-3: Func<int, int> next = hc => hc +
                        // 1;) names what that function gives it, when it is handed to a variable of the function's own (audit 91
                        // K91-1: () => { var h = hc; p.HostConfig = h; } gives hc to p; audit 93 M93-3: not to the lambda's o).
                        else if (IsOuterTarget(node, function) && MethodScope.Function(identifier) is { } nested && nested != function
                                 && !ReferenceEquals(nested, value))
                            Follow(nested, function, new[] { identifier.Identifier.ValueText }, named, outGiven);
                    }
                    // var hc = p.HostConfig ??= new HostConfig(); (or = ...): hc holds what the chain it assigns holds (audit 159 P159-1).
                    var chain = value is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression or (int)SyntaxKind.CoalesceAssignmentExpression } assigned
                        ? assigned.Left
                        : value;
                    var source = node is VariableDeclaratorSyntax && chain is MemberAccessExpressionSyntax or IdentifierNameSyntax && Root(chain) is { } root
                        ? root.Identifier.ValueText
                        : null;
                    _given.Add((name, named.ToArray(), source));
                }
                // Calls by a plain name are many (Keep(hc), Log(p)); only those named like a local function or a local declared with
                // a lambda are looked at, once all are known.
                if (byName is null || functionNames is null) return;
                foreach (var call in byName)
                {
                    if (!functionNames.Contains(CalleeName(call)!)) continue;
                    foreach (var (target, given) in WrittenThroughArguments(call, function, outGiven))
                        if (!IsShadowed(call, target, function)) _given.Add((target, given, null));
                }
            }

            /// <summary>Whether <paramref name="node"/>, an assignment or a deconstructed element, writes to or through a variable of <paramref name="function"/> itself, not one a lambda or local function declares.</summary>
            private static bool IsOuterTarget(SyntaxNode node, SyntaxNode function) => node switch
            {
                AssignmentExpressionSyntax assignment => Root(assignment.Left) is { } root && !IsShadowed(root, function),
                ArgumentSyntax element => ElementTarget(element.Expression) is ExpressionSyntax target && Root(target) is { } root && !IsShadowed(root, function),
                _ => false,
            };

            /// <summary>
            /// The names a local function (or a lambda) uses as the variables of <paramref name="function"/> (<see cref="IsUse"/>). Its own
            /// variables may hide those (audit 70 W70-1: <c>void Show(HostConfig hc) => Keep(hc);</c>): for a use of one of
            /// them, the names in what the local function gives it instead (audit 71 X71-1: <c>var p = new
            /// CreateContainerParameters { HostConfig = hc }; Create(p);</c>).
            /// </summary>
            private static string[] NamedBy(SyntaxNode localFunction, SyntaxNode function, OutParameters outGiven)
            {
                // Asked again of each lambda by the functions around it: worked out once (audit 97 R97-8: lambda locals nested 22
                // deep took 28 s, each level asking the one inside twice).
                if (outGiven.NamedBy.TryGetValue(localFunction, out var known)) return known;
                outGiven.NamedBy[localFunction] = Array.Empty<string>();
                var named = NamedByOnce(localFunction, function, outGiven);
                outGiven.NamedBy[localFunction] = named;
                return named;
            }

            private static string[] NamedByOnce(SyntaxNode localFunction, SyntaxNode function, OutParameters outGiven)
            {
                var uses = new HashSet<string>();
                HashSet<string>? own = null;
                HashSet<string>? nested = null;
                foreach (var node in localFunction.DescendantNodes())
                    if (node is LocalFunctionStatementSyntax inner) (nested ??= new HashSet<string>()).Add(inner.Identifier.ValueText);
                foreach (var node in localFunction.DescendantNodes())
                    if (node is SimpleNameSyntax used && IsUse(used))
                    {
                        // A call of a local function declared inside it counts as that function's uses (audit 76 T76-1).
                        if (IsShadowed(used, function) && nested?.Contains(used.Identifier.ValueText) != true)
                            (own ??= new HashSet<string>()).Add(used.Identifier.ValueText);
                        else uses.Add(used.Identifier.ValueText);
                    }
                // What the function gives its own variables, and through them (var h = hc; var p = new CreateContainerParameters {
                // HostConfig = h };, audit 75 R75-1) the variables those are given from.
                if (own is not null) Follow(localFunction, function, own, uses, outGiven);
                return uses.ToArray();
            }

            /// <summary>
            /// Adds to <paramref name="into"/> the variables of <paramref name="function"/> that <paramref name="localFunction"/>
            /// gives its own variables <paramref name="names"/>, following its variables through one another, whatever a lambda in
            /// there calls its own (audit 74 Q74-1: <c>var n = Hs.Count(hc => hc.Privileged == true);</c>), and through the
            /// <c>out</c> and <c>ref</c> arguments of the local functions it calls (<see cref="OutArguments"/>).
            /// </summary>
            private static void Follow(SyntaxNode localFunction, SyntaxNode function, IEnumerable<string> names, HashSet<string> into,
                OutParameters outGiven, HashSet<string>? expanded = null)
            {
                var pending = new Stack<string>(names);
                expanded ??= new HashSet<string>();
                while (pending.Count > 0)
                {
                    var name = pending.Pop();
                    if (!expanded.Add(name)) continue;
                    foreach (var node in localFunction.DescendantNodes())
                    {
                        if (node is InvocationExpressionSyntax call)
                        {
                            foreach (var (target, given) in OutArguments(call, function, outGiven))
                                if (target == name) into.UnionWith(given);
                            continue;
                        }
                        // p.HostConfig = hc: what is written through p is p's (audit 73 Z73-1).
                        var (written, value) = Given(node);
                        if (written != name || value is null) continue;
                        // A lambda names what its code uses (as at the function's own level), not every name in it (audit 96 P96-2:
                        // Action<P> set = q => q.HostConfig = hc; in a local function used hc wherever that function was called).
                        if (value is AnonymousFunctionExpressionSyntax lambda)
                        {
                            foreach (var used in NamedBy(lambda, localFunction, outGiven))
                                if (IsShadowed(lambda, used, function)) pending.Push(used);
                                else into.Add(used);
                            continue;
                        }
                        AddNamesOf(value, localFunction, function, into, pending);
                    }
                }
            }

            /// <summary>
            /// The variables <paramref name="value"/>, given a variable in <paramref name="localFunction"/>, names: one of the local
            /// function's own (a parameter has no value here) goes to <paramref name="own"/>, to be followed; any other variable of
            /// <paramref name="function"/> to <paramref name="into"/>; a nested lambda's own and <c>nameof</c> arguments to neither.
            /// </summary>
            private static void AddNamesOf(SyntaxNode value, SyntaxNode localFunction, SyntaxNode function, HashSet<string> into, Stack<string> own)
            {
                foreach (var named in value.DescendantNodesAndSelf())
                {
                    if (named is not IdentifierNameSyntax identifier || IsShadowed(identifier, localFunction) || MethodScope.IsNameofArgument(identifier)) continue;
                    if (IsShadowed(identifier, function)) own.Push(identifier.Identifier.ValueText);
                    else into.Add(identifier.Identifier.ValueText);
                }
            }

            /// <summary>
            /// For a call of a local function of <paramref name="function"/> with <c>out</c> or <c>ref</c> arguments, each variable
            /// so passed and the variables of <paramref name="function"/> the local function gives that parameter (audit 78
            /// A78-4, audit 80 C80-1: <c>Copy(out var h); ... void Copy(out HostConfig x) { x = hc; }</c> gives <c>hc</c> to
            /// <c>h</c>; the call itself uses nothing). What each parameter is given is worked out once (<paramref name="outGiven"/>);
            /// a local function that passes its parameter on to itself finds it empty while it is being worked out.
            /// </summary>
            private static IEnumerable<(string Target, HashSet<string> Given)> OutArguments(InvocationExpressionSyntax call, SyntaxNode function,
                OutParameters outGiven)
            {
                // Asked of every call the index walks: most have no out or ref argument, and get no iterator.
                if (call.Expression is not IdentifierNameSyntax callee) return Array.Empty<(string, HashSet<string>)>();
                foreach (var argument in call.ArgumentList.Arguments)
                    if (argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword))
                        return OutArgumentsOfLocalFunction(call, callee, function, outGiven);
                return Array.Empty<(string, HashSet<string>)>();
            }

            private static IEnumerable<(string Target, HashSet<string> Given)> OutArgumentsOfLocalFunction(InvocationExpressionSyntax call,
                IdentifierNameSyntax callee, SyntaxNode function, OutParameters outGiven)
            {
                var arguments = call.ArgumentList.Arguments;
                if (MethodScope.DeclarationInScope(call, callee.Identifier.ValueText) is not LocalFunctionStatementSyntax called) yield break;
                for (var i = 0; i < arguments.Count; i++)
                {
                    var argument = arguments[i];
                    if (!argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) && !argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword)) continue;
                    var target = argument.Expression switch
                    {
                        DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax single } => single.Identifier.ValueText,
                        IdentifierNameSyntax { Identifier.ValueText: not "_" } identifier => identifier.Identifier.ValueText,
                        _ => null,
                    };
                    if (target is null || ParameterOf(argument, i, called) is not { } parameter) continue;
                    if (!outGiven.Given.TryGetValue(parameter, out var given))
                    {
                        outGiven.Given[parameter] = new HashSet<string>();
                        given = new HashSet<string>();
                        var reached = new HashSet<string>();
                        Follow(called, function, new[] { parameter.Identifier.ValueText }, given, outGiven, reached);
                        outGiven.Given[parameter] = given;
                        outGiven.FromParameters[parameter] = ByValueParameters(called, reached);
                    }
                    // What it is given from its own parameters (void CopyFrom(HostConfig src, out HostConfig x) { x = src; }) is
                    // what this call passes them (audit 82 E82-9: CopyFrom(hc, out var h) gives hc to h).
                    if (outGiven.FromParameters.TryGetValue(parameter, out var fromParameters) && fromParameters.Length > 0)
                    {
                        given = new HashSet<string>(given);
                        foreach (var source in fromParameters)
                            if (ArgumentFor(call, called, source) is { } passed)
                                foreach (var node in passed.Expression.DescendantNodesAndSelf())
                                    if (node is IdentifierNameSyntax identifier && !IsShadowed(identifier, function) && !MethodScope.IsNameofArgument(identifier))
                                        given.Add(identifier.Identifier.ValueText);
                    }
                    if (given.Count > 0) yield return (target, given);
                }
            }

            /// <summary>
            /// For a call of a local function, or of a lambda a local is declared with (<see cref="CalledFunction"/>), each variable
            /// passed by value whose object the called function writes through its parameter, and the variables of
            /// <paramref name="function"/> it writes there (audit 91 K91-2, audit 94 N94-5: <c>Set(p); ... void Set(P q) {
            /// q.HostConfig = hc; }</c> gives <c>hc</c> to <c>p</c>, as <c>configure(p)</c> with <c>configure = q =&gt; q.HostConfig =
            /// hc</c> does). Worked out once per parameter (<paramref name="outGiven"/>).
            /// </summary>
            private static IEnumerable<(string Target, string[] Given)> WrittenThroughArguments(InvocationExpressionSyntax call, SyntaxNode function,
                OutParameters outGiven)
            {
                // A local given several lambdas may run any of them (audit 96 P96-4: (c, x) = (c + (q => ...), 1) runs the first too).
                if (Unwrapped(call.Expression) is not GenericNameSyntax && CalleeName(call) is { } name && LambdaLocalInScope(call, name) is { } local)
                {
                    foreach (var lambda in local.All)
                        foreach (var written in WrittenThroughArguments(call, lambda, ParametersOf(lambda), function, outGiven))
                            yield return written;
                    yield break;
                }
                if (CalledFunction(call, lambdas: false) is var (called, parameters))
                    foreach (var written in WrittenThroughArguments(call, called, parameters, function, outGiven))
                        yield return written;
            }

            private static IEnumerable<(string Target, string[] Given)> WrittenThroughArguments(InvocationExpressionSyntax call, SyntaxNode called,
                SeparatedSyntaxList<ParameterSyntax> parameters, SyntaxNode function, OutParameters outGiven)
            {
                var arguments = call.ArgumentList.Arguments;
                for (var i = 0; i < arguments.Count; i++)
                {
                    var argument = arguments[i];
                    if ((argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword))
                        && Root(Unwrapped(argument.Expression)) is { } target && !MethodScope.IsNameofArgument(target)
                        && ParameterOf(argument, i, parameters) is { } parameter && IsByValue(parameter)
                        && WrittenThrough(called, parameter, function, outGiven) is { Length: > 0 } given)
                        yield return (target.Identifier.ValueText, given);
                }
            }

            /// <summary>
            /// The variables of <paramref name="function"/> that <paramref name="called"/> writes through its parameter (<c>q.HostConfig =
            /// hc</c>, <c>q.HostConfig = h</c> with <c>var h = hc</c>); not a value given to the parameter itself (<c>q = hc</c>), which the
            /// caller's variable does not see.
            /// </summary>
            private static string[] WrittenThrough(SyntaxNode called, ParameterSyntax parameter, SyntaxNode function, OutParameters outGiven)
            {
                if (outGiven.WrittenThrough.TryGetValue(parameter, out var known)) return known;
                outGiven.WrittenThrough[parameter] = Array.Empty<string>();
                var name = parameter.Identifier.ValueText;
                // The parameter and the locals given it (var x = q; x.HostConfig = hc;, audit 96 P96-7).
                var names = ParameterAliases(called, name);
                var into = new HashSet<string>();
                var own = new Stack<string>();
                foreach (var node in called.DescendantNodes())
                {
                    // Set(q) handing it on to a function that writes through it (P96-7).
                    if (node is InvocationExpressionSyntax inner && inner.ArgumentList.Arguments.Count > 0 && CalleeName(inner) is not null)
                    {
                        foreach (var (target, passedOn) in WrittenThroughArguments(inner, function, outGiven))
                            if (names.Contains(target) && !IsReplacedBefore(called, target, inner)) into.UnionWith(passedOn);
                        continue;
                    }
                    var (written, value) = Given(node);
                    if (written is null || !names.Contains(written) || value is null || IsShadowed(node, written, called)) continue;
                    // q = other, var x = q: no write through it.
                    if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax } or VariableDeclaratorSyntax
                        || (node is ArgumentSyntax && ElementTarget(value) is IdentifierNameSyntax))
                        continue;
                    // q = new P(); q.HostConfig = hc;: after the parameter is given another object, what is written through it
                    // goes there, not to the caller's (audit 96 P96-8; audit 97 R97-2: only after, and only where that runs
                    // whenever the function does).
                    if (IsReplacedBefore(called, written, node)) continue;
                    AddNamesOf(value, called, function, into, own);
                }
                if (own.Count > 0) Follow(called, function, own, into, outGiven);
                into.ExceptWith(names);
                var given = into.ToArray();
                outGiven.WrittenThrough[parameter] = given;
                return given;
            }

            /// <summary>The parameters of <paramref name="called"/> passed by value among <paramref name="names"/>.</summary>
            private static string[] ByValueParameters(LocalFunctionStatementSyntax called, HashSet<string> names)
            {
                List<string>? parameters = null;
                foreach (var parameter in called.ParameterList.Parameters)
                    if (parameter.Modifiers.Count == 0 && names.Contains(parameter.Identifier.ValueText))
                        (parameters ??= new List<string>()).Add(parameter.Identifier.ValueText);
                return parameters?.ToArray() ?? Array.Empty<string>();
            }

            /// <summary>The argument of <paramref name="call"/> that <paramref name="called"/>'s parameter <paramref name="name"/> gets, by its name or position.</summary>
            private static ArgumentSyntax? ArgumentFor(InvocationExpressionSyntax call, LocalFunctionStatementSyntax called, string name)
            {
                var arguments = call.ArgumentList.Arguments;
                for (var i = 0; i < arguments.Count; i++)
                    if (ParameterOf(arguments[i], i, called) is { } parameter && parameter.Identifier.ValueText == name) return arguments[i];
                return null;
            }

            /// <summary>What each out or ref parameter of the function's local functions is given, worked out once per parameter.</summary>
            private sealed class OutParameters
            {
                /// <summary>The variables of the function the parameter is given.</summary>
                public readonly Dictionary<ParameterSyntax, HashSet<string>> Given = new Dictionary<ParameterSyntax, HashSet<string>>();

                /// <summary>The local function's parameters passed by value the parameter is given: a call gives it what it passes them.</summary>
                public readonly Dictionary<ParameterSyntax, string[]> FromParameters = new Dictionary<ParameterSyntax, string[]>();

                /// <summary>The variables of the function a local function or lambda writes through its parameter passed by value.</summary>
                public readonly Dictionary<ParameterSyntax, string[]> WrittenThrough = new Dictionary<ParameterSyntax, string[]>();

                /// <summary>What each local function or lambda names (<see cref="NamedBy"/>).</summary>
                public readonly Dictionary<SyntaxNode, string[]> NamedBy = new Dictionary<SyntaxNode, string[]>();
            }

            /// <summary>
            /// The variable <paramref name="node"/> gives a value, and the value: a declarator's initializer, or an assignment to the
            /// variable or through it (<c>p.HostConfig = hc</c> gives <c>p</c>); not a member of an initializer (<c>new
            /// CreateContainerParameters { HostConfig = hc }</c>), which is no variable (audit 70 W70-1).
            /// </summary>
            private static (string? Name, SyntaxNode? Value) Given(SyntaxNode node) => node switch
            {
                VariableDeclaratorSyntax { Initializer: { } initializer } declarator => (declarator.Identifier.ValueText, initializer.Value),
                ArgumentSyntax { Parent: TupleExpressionSyntax } element when DeconstructedInto(element.Expression) is { } name => (name, element.Expression),
                AssignmentExpressionSyntax { Left: var left, Right: var right, Parent: not InitializerExpressionSyntax } when Root(left) is { } root
                    => (root.Identifier.ValueText, right),
                _ => (null, null),
            };

            public static FunctionIndex Of(SyntaxNode function) => ByFunction.GetValue(function, f => new FunctionIndex(f));

            /// <summary>The names in the function that use the object reached through <paramref name="names"/> (<see cref="IsUse"/>), in order.</summary>
            public SimpleNameSyntax[] Uses(HashSet<string> names) =>
                _uses.GetValue(names, n =>
                {
                    var uses = new List<SimpleNameSyntax>();
                    foreach (var name in n)
                        if (_identifiers.TryGetValue(name, out var named))
                            foreach (var i in named)
                                if (IsUse(i) && !IsShadowed(i, _function) && !InLocalFunction(i)) uses.Add(i);
                    uses.Sort((x, y) => x.SpanStart.CompareTo(y.SpanStart));
                    return uses.ToArray();
                });

            /// <summary>
            /// Whether <paramref name="name"/> is in the body of a local function of the function: that code runs where the local
            /// function is called, which is a use of its own (its name is another name for the object, <see cref="NamedBy"/>), not
            /// where it is written (audit 71 X71-7).
            /// </summary>
            private bool InLocalFunction(SyntaxNode name)
            {
                for (var node = name.Parent; node is not null && node != _function; node = node.Parent)
                    if (node is LocalFunctionStatementSyntax) return true;
                return false;
            }

            /// <summary>The index of the first of <paramref name="uses"/> that starts at or after <paramref name="position"/>.</summary>
            public static int FirstAtOrAfter(SimpleNameSyntax[] uses, int position)
            {
                int low = 0, high = uses.Length;
                while (low < high)
                {
                    var middle = (low + high) / 2;
                    if (uses[middle].SpanStart < position) low = middle + 1;
                    else high = middle;
                }
                return low;
            }

            /// <summary>
            /// <paramref name="names"/> and every variable given a value that names one of them (<c>var p = new
            /// CreateContainerParameters { HostConfig = hc };</c>), and with <paramref name="andSources"/> the variable a name
            /// is given from when that is a plain access chain (<c>p</c> of <c>var hc = p.HostConfig;</c>). Shared: not to be changed.
            /// </summary>
            public HashSet<string> Closure(HashSet<string> names, bool andSources)
            {
                var key = (andSources ? "+" : "-") + string.Join("\n", names.OrderBy(n => n, System.StringComparer.Ordinal));
                lock (_closures)
                {
                    if (_closures.TryGetValue(key, out var known)) return known;
                }
                var closure = new HashSet<string>(names);
                // A pass adds what the names found so far reach: as many passes as a chain of variables or local functions is long
                // (audit 70 W70-3: a ninth local function calling the one that uses the object), up to a bound for long methods.
                for (var pass = 0; pass < MaxClosurePasses; pass++)
                {
                    var added = false;
                    foreach (var (name, named, source) in _given)
                    {
                        if (!closure.Contains(name) && NamesAny(named, closure)) added |= closure.Add(name);
                        else if (andSources && source is not null && closure.Contains(name)) added |= closure.Add(source);
                    }
                    if (!added) break;
                }
                lock (_closures) _closures[key] = closure;
                return closure;
            }

            private static bool NamesAny(string[] named, HashSet<string> names)
            {
                foreach (var n in named)
                    if (names.Contains(n)) return true;
                return false;
            }
        }

        /// <summary>Whether <paramref name="node"/> is an element of the tuple (or of a tuple nested in it) that a deconstruction assigns to.</summary>
        private static bool IsDeconstructedInto(SyntaxNode node)
        {
            for (var depth = 0; depth < MaxDepth && node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax tuple }; depth++)
            {
                if (tuple.Parent is AssignmentExpressionSyntax assignment && assignment.Left == tuple) return true;
                node = tuple;
            }
            return false;
        }

        /// <summary>
        /// The element a deconstruction assigns <paramref name="value"/>, an element of the tuple literal on its right, to
        /// (<c>hc.Privileged</c> for <c>true</c> of <c>(hc.Privileged, x) = (true, 1)</c>, also in nested tuples); null for any other
        /// node, and for a variable a <c>var (...)</c> declares (no expression).
        /// </summary>
        internal static ExpressionSyntax? TargetOfElement(SyntaxNode value) => ElementTarget(value) as ExpressionSyntax;

        /// <summary>
        /// The variable a deconstruction gives <paramref name="value"/>, an element of the tuple literal on its right, to, or
        /// writes it through: <c>h</c> for <c>hc</c> of <c>var (n, h) = (1, hc)</c>, <c>(n, h) = (1, hc)</c> or <c>(var n, var h) =
        /// (1, hc)</c>, also in nested tuples; <c>p</c> of <c>(p.HostConfig, n) = (hc, 1)</c>; empty for a discard. Null for any
        /// other node (audit 78 A78-5: the other elements were taken for uses, or given the object).
        /// </summary>
        private static string? DeconstructedInto(SyntaxNode value) => ElementTarget(value) switch
        {
            DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax single } => single.Identifier.ValueText,
            SingleVariableDesignationSyntax single => single.Identifier.ValueText,
            IdentifierNameSyntax { Identifier.ValueText: not "_" } identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => Root(member)?.Identifier.ValueText,
            ElementAccessExpressionSyntax element => Root(element)?.Identifier.ValueText,
            // A discard keeps nothing: no variable's name (audit 82 E82-5: var (_, h) = (hc, x)).
            DiscardDesignationSyntax or IdentifierNameSyntax or DeclarationExpressionSyntax { Designation: DiscardDesignationSyntax } => "",
            _ => null,
        };

        /// <summary>
        /// What a deconstruction assigns <paramref name="value"/>, an element of the tuple literal on its right, to: an element of
        /// the tuple on its left (an expression), or a variable of a <c>var (...)</c> declaration (a designation); null for any
        /// other node.
        /// </summary>
        private static SyntaxNode? ElementTarget(SyntaxNode value)
        {
            // Asked of every write's value and every name: nothing is allocated for one that is no tuple element.
            List<int>? indices = null;
            var node = OperationSyntax.WithSameValueAround(value);
            for (var depth = 0; depth < MaxDepth && node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument; depth++)
            {
                (indices ??= new List<int>()).Add(tuple.Arguments.IndexOf(argument));
                if (tuple.Parent is AssignmentExpressionSyntax assignment && assignment.Right == tuple)
                {
                    SyntaxNode? target = assignment.Left;
                    for (var i = indices.Count - 1; i >= 0 && target is not null; i--)
                    {
                        var index = indices[i];
                        target = target switch
                        {
                            TupleExpressionSyntax targets when index >= 0 && index < targets.Arguments.Count => targets.Arguments[index].Expression,
                            DeclarationExpressionSyntax { Designation: ParenthesizedVariableDesignationSyntax designations } when index >= 0 && index < designations.Variables.Count
                                => designations.Variables[index],
                            ParenthesizedVariableDesignationSyntax designations when index >= 0 && index < designations.Variables.Count => designations.Variables[index],
                            _ => null,
                        };
                    }
                    return target;
                }
                node = OperationSyntax.WithSameValueAround(tuple);
            }
            return null;
        }

        /// <summary>The variable an access chain starts from (<c>hc</c> of <c>hc.Binds[0]</c>, <c>builder</c> of <c>builder.WithPrivileged(false)</c>).</summary>
        private static IdentifierNameSyntax? Root(SyntaxNode node)
        {
            while (true)
            {
                switch (node)
                {
                    case MemberAccessExpressionSyntax access: node = access.Expression; break;
                    case ElementAccessExpressionSyntax element: node = element.Expression; break;
                    case InvocationExpressionSyntax invocation: node = invocation.Expression; break;
                    case ConditionalAccessExpressionSyntax conditional: node = conditional.Expression; break;
                    // (hc).Privileged, hc!.Privileged, p.HostConfig!.Privileged, ((HostConfig)o).Privileged: the same object (audit 152
                    // M152-2: a write so spelled after the object's use had no holder, and was taken to replace the used value).
                    case ParenthesizedExpressionSyntax parenthesized: node = parenthesized.Expression; break;
                    case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed: node = suppressed.Operand; break;
                    case CastExpressionSyntax cast: node = cast.Expression; break;
                    case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression } converted: node = converted.Left; break;
                    case IdentifierNameSyntax identifier: return identifier;
                    default: return null;
                }
            }
        }

        private static bool Names(SyntaxNode node, HashSet<string> names)
        {
            foreach (var descendant in node.DescendantNodesAndSelf())
                if (descendant is IdentifierNameSyntax identifier && names.Contains(identifier.Identifier.ValueText) && !MethodScope.IsNameofArgument(identifier)) return true;
            return false;
        }

        /// <summary>
        /// The later writes, sorted by where they start: which of them a statement holds is found by a binary search, not by
        /// a walk over every write (a method with hundreds of writes of one setting asks that of each statement after each).
        /// </summary>
        private sealed class Writes
        {
            private readonly SyntaxNode[] _sorted;
            private readonly int[] _starts;

            public Writes(List<SyntaxNode> nodes)
            {
                Nodes = nodes;
                _sorted = nodes.ToArray();
                _starts = new int[_sorted.Length];
                for (var i = 0; i < _sorted.Length; i++) _starts[i] = _sorted[i].SpanStart;
                System.Array.Sort(_starts, _sorted);
            }

            public List<SyntaxNode> Nodes { get; }

            /// <summary>The writes in the order written.</summary>
            public SyntaxNode[] InOrder => _sorted;

            public bool AnyIn(SyntaxNode node)
            {
                var span = node.FullSpan;
                for (var i = First(span.Start); i < _sorted.Length && _starts[i] < span.End; i++)
                    if (span.Contains(_sorted[i].Span)) return true;
                return false;
            }

            /// <summary>The writes <paramref name="node"/> holds.</summary>
            public IEnumerable<SyntaxNode> In(SyntaxNode node)
            {
                var span = node.Span;
                for (var i = First(span.Start); i < _sorted.Length && _starts[i] < span.End; i++)
                    if (span.Contains(_sorted[i].Span)) yield return _sorted[i];
            }

            private int First(int start)
            {
                int low = 0, high = _starts.Length;
                while (low < high)
                {
                    var middle = (low + high) / 2;
                    if (_starts[middle] < start) low = middle + 1;
                    else high = middle;
                }
                return low;
            }
        }

        private static bool HasDefault(SwitchStatementSyntax switchStatement)
        {
            foreach (var section in switchStatement.Sections)
                foreach (var label in section.Labels)
                    if (label is DefaultSwitchLabelSyntax) return true;
            return false;
        }
    }
}
