using System;
using System.Collections.Generic;
using ContainerLint.Analyzers.Reading;
using static ContainerLint.Analyzers.Reading.LaterPrivilegedCalls;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Model;
using Microsoft.CodeAnalysis;
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
                var privileged = Find(calls, scope, api, call => GraphOf(context, call));
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
        /// new builder, <c>ContainerBuilder.Merge</c>), so that builder configures no container. A module builder's own <c>With...</c>
        /// calls (<c>PostgreSqlBuilder.WithDatabase</c>, <see cref="IsBuilderCallOn"/>) are of the chain too. A chain that goes on into anything else
        /// (<c>.Build()</c>, a method of the project that may keep the builder) is used.
        /// </summary>
        private static bool IsDiscarded(IInvocationOperation call, DockerApi api)
        {
            IOperation top = call;
            for (var depth = 0; depth < MaxChainLength; depth++)
            {
                var parent = top.Parent;
                while (parent is IConversionOperation) parent = parent.Parent;
                switch (parent)
                {
                    case IInvocationOperation outer when IsBuilderCallOn(outer, top, api):
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
            var lambdas = new List<IAnonymousFunctionOperation>();
            ModifierLambdas(Argument(call, 0), lambdas, 0);
            for (var i = 0; i < lambdas.Count; i++)
            {
                var lambda = lambdas[i];
                if (lambda.Symbol.Parameters.Length != 1) continue;
                var parameters = AccessPath.Of(lambda.Symbol.Parameters[0]);
                var root = reader.Objects.ForPath(parameters, lambda.Syntax);
                var variants = new List<ContainerSpec>();
                // One container per lambda: a choice of two configures the container with one or the other.
                var own = i == 0 ? spec : new ContainerSpec(spec.Name, spec.Declaration) { ReportsOmissions = false };
                reader.ReadHandedParameters(root, isExec: false, own, variants);
                if (i > 0) containers.Add(own);
                containers.AddRange(variants);
            }
        }

        /// <summary>
        /// The lambdas a modifier argument may be: the lambda itself, or those on the branches of a <c>?:</c>, either side of
        /// <c>??</c> or the arms of a <c>switch</c> expression (<c>debug ? p => ... : _ => { }</c>, audit 134 E134-1), whose
        /// writes the values then read as "may", as they read a call made on one branch.
        /// </summary>
        private static void ModifierLambdas(IOperation? argument, List<IAnonymousFunctionOperation> lambdas, int depth)
        {
            var value = Values.SkipConversions(argument);
            if (depth > 8 || value is null) return;
            if (value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }) lambdas.Add(lambda);
            else if (Values.Branches(value) is { } branches)
                foreach (var branch in branches) ModifierLambdas(branch, lambdas, depth + 1);
        }

        /// <summary>
        /// Where the builder a call configures comes from: the <c>new ContainerBuilder()</c> its chain starts with, or the
        /// declaration of the local or parameter it is called on (also through <c>?.</c>); else the call itself.
        /// </summary>
        internal static SyntaxNode BuilderOrigin(IInvocationOperation call)
        {
            var receiver = call.Instance;
            for (var depth = 0; depth < MaxChainLength; depth++)
            {
                switch (Values.SkipConversions(receiver))
                {
                    case IInvocationOperation { Instance: { } inner }:
                        receiver = inner;
                        continue;
                    case IInvocationOperation { Instance: null } extension when ExtensionReceiver(extension) is { } first:
                        receiver = first;
                        continue;
                    // b?.WithPrivileged(true): the builder the conditional access is made on.
                    case IConditionalAccessInstanceOperation instance when AccessOf(instance) is { } access:
                        receiver = access.Operation;
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
    }
}
