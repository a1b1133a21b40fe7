using System;
using System.Collections.Generic;
using ContainerLint.Analyzers.Reading;
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
                foreach (var call in calls)
                {
                    var spec = new ContainerSpec(call.TargetMethod.Name, SourceSpans.Of(call.Syntax)) { ReportsOmissions = false };
                    containers.Add(spec);
                    // A call made on some paths only (if (debug) b = b.WithPrivileged(true);) configures the builder it
                    // comes from only then: "may".
                    values.Origin = BuilderOrigin(call);
                    switch (call.TargetMethod.Name)
                    {
                        case WithPrivileged:
                            ReadPrivileged(call, values, spec, containers);
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

        private static void ReadPrivileged(IInvocationOperation call, Values values, ContainerSpec spec, List<ContainerSpec> containers)
        {
            var argument = Argument(call, 0);
            if (argument is null) return;
            var first = true;
            foreach (var value in values.ReadBool(argument))
            {
                var setting = new Setting<bool>(value.Value, SourceSpans.Of(value.Node), value.Value ? "true" : "false",
                    value.IsConditional ? ValueCertainty.Conditional : ValueCertainty.Certain);
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
                var certainty = path.IsConditional ? ValueCertainty.Conditional : ValueCertainty.Certain;
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
