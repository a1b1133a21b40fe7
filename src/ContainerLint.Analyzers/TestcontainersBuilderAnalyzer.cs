using System;
using System.Collections.Generic;
using ContainerLint.Analyzers.Reading;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers
{
    /// <summary>
    /// Reads Testcontainers builder calls: <c>WithPrivileged(true)</c>, <c>WithBindMount(source, target[, AccessMode])</c>
    /// and what <c>WithCreateParameterModifier</c> lambdas write into the parameters (only part of the container is
    /// visible there, so omissions are not reported).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TestcontainersBuilderAnalyzer : MethodReadingAnalyzer<IInvocationOperation>
    {
        private const string WithPrivileged = DockerApi.WithPrivileged;
        private const string WithBindMount = DockerApi.WithBindMount;
        private const string WithCreateParameterModifier = DockerApi.WithCreateParameterModifier;

        private protected override bool ReadsTestcontainers => true;

        private protected override bool IsReadKind(OperationKind kind) => kind == OperationKind.Invocation;

        private protected override SyntaxPrefilter CreatePrefilter(Lazy<DockerApi?> api) => SyntaxPrefilter.ForBuilderCalls();

        private protected override bool IsRead(IInvocationOperation invocation, DockerApi api) =>
            invocation.TargetMethod.Name is WithPrivileged or WithBindMount or WithCreateParameterModifier
            && api.IsBuilderMethod(invocation.TargetMethod);

        private protected override void Analyze(OperationBlockAnalysisContext context, List<IInvocationOperation> calls, bool readsOwner, MethodScope scope, DockerApi api, LintOptionsReader options)
        {
            try
            {
                var values = new Values(scope);
                var reader = new ContainerReader(values);
                var containers = new List<ContainerSpec>();
                calls.RemoveAll(call => IsDiscarded(call, api));
                var privileged = LaterPrivilegedCalls(calls, scope, api);
                foreach (var call in calls)
                {
                    var spec = new ContainerSpec(call.TargetMethod.Name, SourceSpans.Of(call.Syntax)) { ReportsOmissions = false };
                    containers.Add(spec);
                    // A call made on some paths only (if (debug) b = b.WithPrivileged(true);) configures the builder it
                    // comes from only then: "may".
                    values.Origin = BuilderOrigin(call);
                    switch (call.TargetMethod.Name)
                    {
                        case WithPrivileged when privileged.TryGetValue(call, out var later):
                            if (later.RepeatOf is null) ReadPrivileged(call, values, spec, containers, later.Replacement, later.Repeats, later.EveryBranch);
                            break;
                        case WithBindMount:
                            ReadBindMount(call, values, api, spec);
                            break;
                        case WithCreateParameterModifier:
                            ReadModifier(call, reader, spec, containers);
                            break;
                    }
                }
                FindingReporter.Report(containers, options.For(context.OperationBlocks[0].Syntax.SyntaxTree), context.ReportDiagnostic);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Incomplete code must never fail the build (AD0001).
                SwallowedExceptions.Record(context, ex);
            }
        }

        /// <summary>
        /// Whether the builder <paramref name="call"/> returns is dropped: its chain of <c>With...</c> calls ends in a statement
        /// (<c>b.WithPrivileged(true);</c>, <c>=> b.WithPrivileged(true)</c> in a method or lambda that returns nothing) or a
        /// discard (<c>_ = ...</c>). Testcontainers' builders are immutable (each <c>With...</c> merges its configuration into a
        /// new builder, <c>ContainerBuilder.Merge</c>), so that builder configures no container. A chain that goes on into
        /// anything else (<c>.Build()</c>, a method of the project that may keep the builder) is used.
        /// </summary>
        private static bool IsDiscarded(IInvocationOperation call, DockerApi api)
        {
            IOperation top = call;
            for (var depth = 0; depth < 64; depth++)
            {
                var parent = top.Parent;
                while (parent is IConversionOperation) parent = parent.Parent;
                switch (parent)
                {
                    case IInvocationOperation outer when outer.Instance is not null && ReferenceEquals(Values.SkipConversions(outer.Instance), top)
                        && outer.TargetMethod.Name.StartsWith("With", StringComparison.Ordinal) && api.IsBuilderMethod(outer.TargetMethod):
                        top = outer;
                        continue;
                    // b?.WithPrivileged(true): the chain after the ?. is its value.
                    case IConditionalAccessOperation access when ReferenceEquals(access.WhenNotNull, top):
                        top = access;
                        continue;
                    case IExpressionStatementOperation:
                        return true;
                    case ISimpleAssignmentOperation { Target: IDiscardOperation, Parent: IExpressionStatementOperation } discard:
                        return ReferenceEquals(Values.SkipConversions(discard.Value), top);
                    default:
                        return false;
                }
            }
            return false;
        }

        private static void ReadPrivileged(IInvocationOperation call, Values values, ContainerSpec spec, List<ContainerSpec> containers, Replacement later,
            List<SyntaxNode>? repeats, SyntaxNode? everyBranch)
        {
            var argument = Argument(call, 0);
            if (argument is null || later == Replacement.Replaced) return;
            var first = true;
            foreach (var value in values.ReadBool(argument))
            {
                var span = repeats is null ? SourceSpans.Of(value.Node) : SourceSpans.Of(value.Node, repeats);
                // Set on every branch of a choice: conditional only as the choice is.
                var conditional = value.IsConditional && (everyBranch is null || values.Origin is not { } origin || Values.IsConditionalAfter(everyBranch, origin));
                var setting = new Setting<bool>(value.Value, span, value.Value ? "true" : "false",
                    conditional ? values.ConditionalCertainty(everyBranch ?? value.Node) : later == Replacement.MayBeUndone ? ValueCertainty.MayBeUndone : ValueCertainty.Certain);
                if (first) spec.Privileged = setting;
                else containers.Add(new ContainerSpec(spec.Name, spec.Declaration) { Privileged = setting });
                first = false;
            }
        }

        /// <summary>What a later <c>WithPrivileged</c> makes of one (<see cref="LaterPrivilegedCalls"/>).</summary>
        private sealed class LaterCall
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
        /// definite. The calls a finding stands for go with its fix (the diagnostic's additional locations), so that no
        /// <c>WithPrivileged(true)</c> is left behind.
        /// </summary>
        private static Dictionary<IInvocationOperation, LaterCall> LaterPrivilegedCalls(List<IInvocationOperation> calls, MethodScope scope, DockerApi api)
        {
            var result = new Dictionary<IInvocationOperation, LaterCall>();
            var later = new Dictionary<IInvocationOperation, (IInvocationOperation? Call, List<IInvocationOperation>? Repeats)>();
            foreach (var call in calls)
            {
                if (call.TargetMethod.Name != WithPrivileged) continue;
                result[call] = new LaterCall { Replacement = LaterPrivileged(call, scope, api, out var next, out var repeats) };
                later[call] = (next, repeats);
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
            // Each repeat goes to the call reported for it, following repeats of repeats.
            foreach (var pair in result)
            {
                if (pair.Value.RepeatOf is null) continue;
                var reported = pair.Value.RepeatOf;
                for (var depth = 0; depth < 16 && result[reported].RepeatOf is { } further; depth++) reported = further;
                if (result[reported].RepeatOf is not null || Argument(pair.Key, 0) is not { } argument) continue;
                (result[reported].Repeats ??= new List<SyntaxNode>()).Add(argument.Syntax);
            }
            return result;
        }

        private static bool IsTrue(IInvocationOperation call) => Argument(call, 0)?.ConstantValue is { HasValue: true, Value: true };

        /// <summary>The <c>?:</c> or <c>switch</c> expression one of whose branches is the chain that ends in <paramref name="call"/>, or null.</summary>
        private static IOperation? ChoiceOf(IInvocationOperation call)
        {
            IOperation top = call;
            for (var depth = 0; depth < 64; depth++)
            {
                var parent = top.Parent;
                while (parent is IConversionOperation) parent = parent.Parent;
                if (parent is IInvocationOperation outer && outer.Instance is not null && ReferenceEquals(Values.SkipConversions(outer.Instance), top))
                {
                    top = outer;
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
                for (var (value, step) = (Values.SkipConversions(branch), 0); step < 64 && value is IInvocationOperation { Instance: { } inner } link; value = Values.SkipConversions(inner), step++)
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
            for (var depth = 0; depth < 64; depth++)
            {
                var parent = top.Parent;
                while (parent is IConversionOperation) parent = parent.Parent;
                if (parent is IInvocationOperation outer && outer.Instance is not null && ReferenceEquals(Values.SkipConversions(outer.Instance), top))
                {
                    if (IsWithPrivileged(outer, api))
                    {
                        laterCall = outer;
                        return Replacement.Replaced;
                    }
                    top = outer;
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
            for (var step = 0; step < 16; step++)
            {
                var parent = top.Parent;
                while (parent is IConversionOperation) parent = parent.Parent;
                ILocalSymbol? local = parent switch
                {
                    IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Parent: IExpressionStatementOperation } => target.Local,
                    _ => null,
                };
                if (local is null || parent is null) return Replacement.None;
                var written = scope.LocalValues(local);
                IOperation? next = null;
                var found = false;
                for (var i = 0; i < written.Count; i++)
                {
                    // A value given on a branch that excludes this one (the else of its if) never follows it.
                    if (found && (written[i] is null || !PathCoverage.AreExclusive(written[i]!.Syntax, top.Syntax))) { next = written[i]; break; }
                    found |= ReferenceEquals(Values.SkipConversions(written[i]), top);
                }
                if (next is null || next.Syntax.SpanStart <= top.Syntax.Span.End) return Replacement.None;
                if (next.Parent is not ISimpleAssignmentOperation { Target: ILocalReferenceOperation, Parent: IExpressionStatementOperation } assignment)
                    return Replacement.None;
                var own = top.Syntax.FirstAncestorOrSelf<StatementSyntax>();
                var statement = after ?? OuterStatement(own, assignment.Syntax);
                if (statement is null || MethodScope.StatementList(statement) is not { } block || !ReferenceEquals(next.Syntax.SyntaxTree, statement.SyntaxTree))
                    return Replacement.None;
                // Nested in a statement (an if, a loop): that statement names the local only there (a loop's next pass runs what precedes it).
                if (after is null && own is not null && statement != own && NamesLocalOutside(statement, own, local)) return Replacement.None;
                if (MethodScope.StatementOf(block, assignment.Syntax) is not { } later) return Replacement.None;
                if (NamedBetween(local, block, statement.Span.End, assignment.Syntax.SpanStart)) return Replacement.None;
                var onSomePaths = !ReferenceEquals(later, assignment.Syntax.Parent);
                // What the new value is built from: the local itself (b = b.WithImage(...), also on each branch of b = ci ?
                // b.WithName("a") : b) or something else.
                var privileged = false;
                var branched = false;
                var fromLocal = IsChainOn(next, local, api, ref privileged, ref laterCall, ref branched, 0);
                // A WithPrivileged on a branch of the value sets the flag on some paths only.
                onSomePaths |= branched && privileged;
                // A value that is not a chain on the local but names it (b = b?.WithName("a"), b = Defaults.Apply(b)) may be the
                // same builder, flag and all: it replaces nothing, and what comes after it is not followed.
                if (!fromLocal && NamesLocal(next.Syntax, local)) return Replacement.None;
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
                    return onSomePaths ? Replacement.MayBeUndone : Replacement.Replaced;
                }
                if (onSomePaths) return Replacement.None;
                top = next;
                after = null;
            }
            return Replacement.None;
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
        /// elsewhere. Null when there is none such in the function.
        /// </summary>
        private static StatementSyntax? OuterStatement(StatementSyntax? statement, SyntaxNode later)
        {
            var nested = false;
            for (var depth = 0; statement is not null && depth < 16; depth++)
            {
                if (MethodScope.StatementList(statement) is { } list && MethodScope.StatementOf(list, later) is not null)
                    return nested && Jumps(statement) ? null : statement;
                SyntaxNode? parent = statement.Parent;
                if (parent is ElseClauseSyntax or SwitchSectionSyntax or CatchClauseSyntax or FinallyClauseSyntax) parent = parent.Parent;
                if (parent is not StatementSyntax outer || outer is LocalFunctionStatementSyntax) return null;
                statement = outer;
                nested = true;
            }
            return null;
        }

        /// <summary>Whether a jump in <paramref name="statement"/> may leave it elsewhere than at its end (return, break, continue, goto, yield).</summary>
        private static bool Jumps(StatementSyntax statement)
        {
            foreach (var node in statement.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                if (node is ReturnStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax or GotoStatementSyntax or YieldStatementSyntax)
                    return true;
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
            for (var step = 0; step < 64 && depth < 8 && value is not null; step++)
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
                    case IInvocationOperation { Instance: null, TargetMethod.IsExtensionMethod: true } extension when ExtensionReceiver(extension) is { } first:
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

        private static IOperation? ExtensionReceiver(IInvocationOperation extension)
        {
            foreach (var argument in extension.Arguments)
                if (argument.Parameter?.Ordinal == 0) return argument.Value;
            return null;
        }

        /// <summary>
        /// Whether <paramref name="node"/> names the local after <paramref name="inner"/> (by name, as <see cref="NamedBetween"/>
        /// does), other than on a branch that excludes it; anywhere but in it when a loop in <paramref name="node"/> holds it.
        /// </summary>
        private static bool NamesLocalOutside(SyntaxNode node, SyntaxNode inner, ILocalSymbol local)
        {
            var inLoop = false;
            for (var parent = inner.Parent; parent is not null && !inLoop; parent = parent == node ? null : parent.Parent)
                inLoop = parent is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax;
            foreach (var token in node.DescendantTokens())
                if (!inner.Span.Contains(token.Span) && (inLoop || token.SpanStart >= inner.Span.End) && token.IsKind(SyntaxKind.IdentifierToken)
                    && token.ValueText == local.Name && token.Parent is IdentifierNameSyntax name && !PathCoverage.AreExclusive(name, inner))
                    return true;
            return false;
        }

        /// <summary>Whether <paramref name="node"/> names the local (by name, as <see cref="NamedBetween"/> does).</summary>
        private static bool NamesLocal(SyntaxNode node, ILocalSymbol local)
        {
            foreach (var token in node.DescendantTokens())
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == local.Name && token.Parent is IdentifierNameSyntax) return true;
            return false;
        }

        private static bool IsWithPrivileged(IInvocationOperation invocation, DockerApi api) =>
            invocation.TargetMethod.Name == WithPrivileged && api.IsBuilderMethod(invocation.TargetMethod);

        /// <summary>Whether the local's name is written in <paramref name="block"/> between the two positions.</summary>
        private static bool NamedBetween(ILocalSymbol local, SyntaxNode block, int from, int to)
        {
            foreach (var statement in MethodScope.Statements(block))
            {
                if (statement.Span.End <= from) continue;
                if (statement.SpanStart >= to) break;
                foreach (var token in statement.DescendantTokens())
                    if (token.SpanStart >= from && token.SpanStart < to && token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == local.Name
                        && token.Parent is IdentifierNameSyntax)
                        return true;
            }
            return false;
        }

        private static void ReadBindMount(IInvocationOperation call, Values values, DockerApi api, ContainerSpec spec)
        {
            var source = Argument(call, 0);
            if (source is null) return;
            var target = Argument(call, 1);
            var targets = target is null ? new List<StringValue>() : values.ReadCompleteString(target);
            var accessMode = Argument(call, 2);
            foreach (var path in values.ReadCompleteString(source))
            {
                var span = SourceSpans.Of(path.Node);
                var certainty = path.IsConditional ? values.ConditionalCertainty(path.Node) : ValueCertainty.Certain;
                var mount = new MountSpec(MountKind.Bind, span) { Source = new Setting<string>(path.Text, span, path.Text, certainty) };
                if (targets.Count > 0) mount.Target = new Setting<string>(targets[0].Text, SourceSpans.Of(targets[0].Node));
                if (accessMode is not null) mount.ReadOnly = ReadAccessMode(accessMode, values, api);
                spec.Mounts.Add(mount);
            }
        }

        /// <summary><c>AccessMode.ReadOnly</c> / <c>AccessMode.ReadWrite</c> (static members of a Testcontainers struct).</summary>
        private static Setting<bool> ReadAccessMode(IOperation accessMode, Values values, DockerApi api)
        {
            var value = values.Dereference(accessMode);
            var span = SourceSpans.Of(accessMode.Syntax);
            // ci ? AccessMode.ReadOnly : AccessMode.ReadWrite (or a switch expression): writable on one branch, "may"; read-only
            // when every branch is.
            IOperation[]? branches = value switch
            {
                IConditionalOperation { WhenFalse: { } whenFalse } conditional => new[] { conditional.WhenTrue, whenFalse },
                ISwitchExpressionOperation choice => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(choice.Arms, arm => arm.Value)),
                _ => null,
            };
            if (branches is not null)
            {
                var allReadOnly = true;
                foreach (var branch in branches)
                {
                    var read = ReadAccessMode(branch, values, api);
                    if (read.IsKnown && !read.Value)
                        return new Setting<bool>(false, SourceSpans.Of(branch.Syntax), branch.Syntax.ToString(), values.ConditionalCertainty(branch.Syntax));
                    allReadOnly &= read.IsKnown && read.Value;
                }
                if (allReadOnly) return new Setting<bool>(true, span);
            }
            ISymbol? member = value switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };
            if (member is not null && DockerApi.Is(member.ContainingType, api.AccessMode))
            {
                if (member.Name == "ReadOnly") return new Setting<bool>(true, span);
                if (member.Name == "ReadWrite") return new Setting<bool>(false, span);
            }
            return Setting<bool>.Unresolved(span, accessMode.Syntax.ToString(), new[] { "a non-constant access mode" });
        }

        private static void ReadModifier(IInvocationOperation call, ContainerReader reader, ContainerSpec spec, List<ContainerSpec> containers)
        {
            var argument = Values.SkipConversions(Argument(call, 0));
            if (argument is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
                || lambda.Symbol.Parameters.Length != 1)
                return;
            var parameters = AccessPath.Of(lambda.Symbol.Parameters[0]);
            var root = reader.Objects.ForPath(parameters, lambda.Syntax);
            var variants = new List<ContainerSpec>();
            reader.ReadHandedParameters(root, isExec: false, spec, variants);
            containers.AddRange(variants);
        }

        /// <summary>
        /// Where the builder a call configures comes from: the <c>new ContainerBuilder()</c> its chain starts with, or the
        /// declaration of the local or parameter it is called on; else the call itself.
        /// </summary>
        private static SyntaxNode BuilderOrigin(IInvocationOperation call)
        {
            var receiver = call.Instance;
            for (var depth = 0; depth < 64; depth++)
            {
                switch (Values.SkipConversions(receiver))
                {
                    case IInvocationOperation { Instance: { } inner }:
                        receiver = inner;
                        continue;
                    case IObjectCreationOperation creation:
                        return creation.Syntax;
                    case ILocalReferenceOperation { Local.DeclaringSyntaxReferences: { Length: 1 } local }:
                        return local[0].GetSyntax();
                    case IParameterReferenceOperation { Parameter.DeclaringSyntaxReferences: { Length: 1 } parameter }:
                        return parameter[0].GetSyntax();
                }
                break;
            }
            return call.Syntax;
        }

        private static IOperation? Argument(IInvocationOperation call, int ordinal)
        {
            foreach (var argument in call.Arguments)
                if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue) return argument.Value;
            return null;
        }
    }
}
