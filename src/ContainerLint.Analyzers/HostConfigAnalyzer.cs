using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ContainerLint.Analyzers.Reading;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.Analyzers
{
    /// <summary>
    /// Reads every <c>new HostConfig</c> of Docker.DotNet (its initializer and what the method writes into it
    /// afterwards) and every <c>CreateContainerParameters</c> / <c>Config</c> / <c>ContainerExecCreateParameters</c>
    /// into a <see cref="ContainerSpec"/>, and lets the rules decide. <c>CreateContainerParameters</c> or
    /// <c>ContainerExecCreateParameters</c> that a method, local function or lambda is handed (a helper, a
    /// Testcontainers modifier passed as a method group) or obtains (<c>var p = Defaults();</c>, a field or property) are read for what it
    /// writes into them, as is a HostConfig or Config local it obtains and puts into request parameters, and a <c>Mount</c>
    /// or <c>DeviceMapping</c> built outside a HostConfig of the method (a helper that returns one) is read on its own.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HostConfigAnalyzer : MethodReadingAnalyzer<IOperation>
    {
        private protected override bool ReadsTestcontainers => false;

        private protected override bool IsReadKind(OperationKind kind) =>
            kind is OperationKind.ObjectCreation or OperationKind.LocalFunction or OperationKind.AnonymousFunction or OperationKind.VariableDeclarator or OperationKind.DeclarationExpression
                or OperationKind.FieldReference or OperationKind.PropertyReference;

        private protected override SyntaxPrefilter CreatePrefilter(Lazy<DockerApi?> api) => SyntaxPrefilter.ForModelCreations(api);

        private protected override bool ReadsOwner(ISymbol owner, DockerApi api) =>
            owner is IMethodSymbol method && (DockerApi.HasRequestParameters(method) || IsModelConstructor(method, api));

        /// <summary>
        /// A constructor of a class that derives from HostConfig or a user setting (<c>class DindHostConfig : HostConfig {
        /// public DindHostConfig() { Privileged = true; } }</c>): what it writes into this object is read.
        /// </summary>
        private static bool IsModelConstructor(IMethodSymbol method, DockerApi api) =>
            method is { MethodKind: MethodKind.Constructor, IsStatic: false } && DockerApi.DerivesFromModel(method.ContainingType)
            && DockerApi.ModelOf(method.ContainingType) is var model && (api.IsHostConfig(model) || api.IsUserSetting(model));

        private protected override bool IsRead(IOperation operation, DockerApi api) => operation switch
        {
            IObjectCreationOperation creation => DockerApi.ModelOf(creation.Type) is var model && (api.IsHostConfig(model) || api.IsUserSetting(model)
                || (api.IsHostConfigPart(model) && !IsInModifierLambda(creation, api)) || api.IsResources(model)),
            ILocalFunctionOperation function => DockerApi.HasRequestParameters(function.Symbol),
            // A lambda given straight to Testcontainers' WithCreateParameterModifier is TestcontainersBuilderAnalyzer's.
            IAnonymousFunctionOperation lambda => DockerApi.HasRequestParameters(lambda.Symbol) && !IsModifierArgument(lambda, api),
            // A local holding request parameters the method did not create (var p = Defaults();), read for what is written into it;
            // a HostConfig, parameters or Config local that holds one of several creations (HostConfig hc; if (x) hc = new ...;
            // else hc = new ...;).
            IVariableDeclaratorOperation declarator => DockerApi.ModelOf(declarator.Symbol.Type) is var model
                && (DockerApi.IsRequestType(model) || api.IsHostConfig(model) || api.IsUserSetting(model)),
            // A HostConfig local declared in an out argument (Make(out var hc);), read as one given its object by a method.
            IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared, Parent: IArgumentOperation } =>
                api.IsHostConfig(DockerApi.ModelOf(declared.Local.Type)),
            // A field or property holding request parameters, of this object (_parameters.HostConfig.Privileged = true) or
            // of another one the method can name (options.Parameters.User = "root"): written like an obtained local.
            IFieldReferenceOperation field => DockerApi.IsRequestType(field.Field.Type) && AccessPath.TryGet(field) is not null,
            IPropertyReferenceOperation property => DockerApi.IsRequestType(property.Property.Type) && AccessPath.TryGet(property) is not null,
            _ => false,
        };

        private protected override void Analyze(OperationBlockAnalysisContext context, List<IOperation> operations, bool readsOwner, MethodScope scope, DockerApi api, LintOptionsReader options)
        {
            try
            {
                var reader = new ContainerReader(new Values(scope));
                var containers = new List<ContainerSpec>();
                if (readsOwner)
                {
                    var owner = (IMethodSymbol)context.OwningSymbol;
                    if (IsModelConstructor(owner, api) && owner.DeclaringSyntaxReferences.Length == 1)
                        ReadConstructedObject(owner, owner.DeclaringSyntaxReferences[0].GetSyntax(), reader, api, containers);
                    ReadHandedParameters(owner.Parameters, reader, scope, api, containers);
                }
                List<IObjectCreationOperation>? parts = null;
                List<IObjectCreationOperation>? resources = null;
                HashSet<AccessPath>? members = null;
                foreach (var operation in operations)
                {
                    switch (operation)
                    {
                        case IObjectCreationOperation creation when api.IsHostConfigPart(DockerApi.ModelOf(creation.Type)):
                            (parts ??= new List<IObjectCreationOperation>()).Add(creation);
                            break;
                        case IObjectCreationOperation creation when api.IsResources(DockerApi.ModelOf(creation.Type)):
                            (resources ??= new List<IObjectCreationOperation>()).Add(creation);
                            break;
                        case IObjectCreationOperation creation:
                            var read = containers.Count;
                            ReadCreation(creation, reader, api, containers);
                            if (containers.Count > read && KeptIn(creation) is { } kept) MarkWhatConstructorsWrite(kept, creation, containers, read);
                            break;
                        case ILocalFunctionOperation function:
                            ReadHandedParameters(function.Symbol.Parameters, reader, scope, api, containers);
                            break;
                        case IAnonymousFunctionOperation lambda:
                            ReadHandedParameters(lambda.Symbol.Parameters, reader, scope, api, containers);
                            break;
                        case IVariableDeclaratorOperation declarator:
                            if (ReadLocalOfSeveralCreations(declarator, declarator.Symbol, declaredByOut: false, reader, scope, api, containers)) break;
                            if (DockerApi.IsRequestType(DockerApi.ModelOf(declarator.Symbol.Type))) ReadObtainedParameters(declarator, reader, scope, api, containers);
                            else ReadObtainedModelOfRequestParameters(declarator, reader, scope, api, containers);
                            break;
                        case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } declaration:
                            ReadLocalOfSeveralCreations(declaration, declared.Local, declaredByOut: true, reader, scope, api, containers);
                            break;
                        case IMemberReferenceOperation member when AccessPath.TryGet(member) is { } path && (members ??= new HashSet<AccessPath>()).Add(path):
                            ReadRoot(path, member.Type!, member.Syntax, reader, api, containers);
                            break;
                    }
                }
                if (resources is not null) SkipDevicesOfResources(resources, reader);
                if (parts is not null) ReadParts(parts, reader, api, containers);
                FindingReporter.Report(containers, options.For(context.OperationBlocks[0].Syntax.SyntaxTree), context.ReportDiagnostic);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Code being typed is often incomplete; a reader that trips over it must not fail the build (AD0001).
                SwallowedExceptions.Record(context, ex);
            }
        }

        private static void ReadCreation(IObjectCreationOperation creation, ContainerReader reader, DockerApi api, List<ContainerSpec> containers)
        {
            if (DescribesAContainer(creation)) return;
            var type = DockerApi.ModelOf(creation.Type);
            var model = reader.Objects.ForCreation(creation);
            // What a creation on one branch of a choice sets reaches the container on some paths only: "may" (audit 138 A138-4);
            // read from where the choice is made (a branch is conditional only from outside the construct that has it).
            reader.Values.Origin = ConditionalModifierOrigin(creation, api) ?? ChoiceAround(creation)?.Parent ?? creation.Syntax;
            if (ReplacedBeforeUse.IsDropped(creation, reader.Values.Scope))
            {
                // Read all the same, so that the mounts and devices it holds are not reported as built for someone else.
                if (api.IsHostConfig(type)) reader.ReadHostConfig(model, new ContainerSpec("HostConfig", SourceSpans.Of(creation.Syntax)), new List<ContainerSpec>());
                return;
            }
            var replacement = api.IsHostConfig(type) ? HostConfigReplacement(creation, model, reader.Objects, reader.Values.Scope) : Replacement.None;
            if (replacement == Replacement.Replaced)
            {
                // p.HostConfig = template; on every path after it: the container gets the other HostConfig.
                reader.ReadHostConfig(model, new ContainerSpec("HostConfig", SourceSpans.Of(creation.Syntax)), new List<ContainerSpec>());
                return;
            }
            if (api.IsHostConfig(type))
            {
                var first = containers.Count;
                // A HostConfig handed to a helper of the project may be hardened there, one created only when there is none
                // may not be the container's, and one kept in a field or property (or a dynamic local) may be completed by
                // other code, as may one of a class of the project (its constructor): what it lacks here is not reported.
                model.SharedLocal = SharedLocalWrittenThrough(creation, reader.Values.Scope, out var sharedFrom);
                if (model.SharedLocal is null && SharedLocalOfParameters(creation, reader.Values.Scope, api, out sharedFrom) is { } parameters)
                {
                    model.SharedLocal = parameters;
                    model.SharedMember = "HostConfig";
                }
                model.SharedFrom = sharedFrom;
                var spec = new ContainerSpec("HostConfig", SourceSpans.Of(creation.Syntax))
                {
                    ReportsOmissions = !reader.Objects.IsHandedOff(model) && !IsFallback(creation) && !IsKeptBeyondTheMethod(creation)
                        && model.SharedLocal is null && ReferenceEquals(type, creation.Type),
                };
                containers.Add(spec);
                reader.ReadHostConfig(model, spec, containers);
                if (replacement == Replacement.MayBeUndone)
                    for (var i = first; i < containers.Count; i++) SettingFates.MarkMayBeUndone(containers[i]);
            }
            else
            {
                // var p = new CreateContainerParameters { User = "root" }; if (x) p = new ...; p.User = "app";: as for a HostConfig.
                model.SharedLocal = SharedLocalWrittenThrough(creation, reader.Values.Scope, out var sharedFrom);
                model.SharedFrom = sharedFrom;
                var spec = new ContainerSpec(type?.Name ?? "Config", SourceSpans.Of(creation.Syntax)) { ReportsOmissions = false };
                containers.Add(spec);
                reader.ReadProcessSettings(model, spec, containers, readPrivileged: DockerApi.Is(type, api.ExecCreateParameters));
                if (WritesIntoConstructedHostConfig(creation, type, model, reader.Objects, api) || GetsObtainedHostConfig(type, model, reader, api))
                    reader.ReadHostConfig(reader.Objects.Child(model, "HostConfig"), spec, containers);
                else if (DockerApi.Is(type, api.CreateContainerParameters))
                    reader.ReadHostConfigOfSeveralValues(model, containers);
            }
        }

        /// <summary>
        /// Whether the creation of a parameters class of the project may write into the HostConfig its constructor makes:
        /// through a nested initializer (<c>new MyParams { HostConfig = { Privileged = true, Binds = { "/proc:/p" } } }</c>) or
        /// through the parameters afterwards (<c>p.HostConfig.PidMode = "host";</c>); read with the parameters, reported where
        /// written. On <c>CreateContainerParameters</c> itself both throw (its HostConfig is null), and a HostConfig the method
        /// gives the parameters replaces that one (read where it is created): neither is read here.
        /// </summary>
        private static bool WritesIntoConstructedHostConfig(IObjectCreationOperation creation, ITypeSymbol? type, ModelObject model, ObjectReader objects, DockerApi api) =>
            DockerApi.Is(type, api.CreateContainerParameters) && DockerApi.DerivesFromModel(creation.Type) && objects.Assignments(model, "HostConfig").Count == 0;

        /// <summary>
        /// Whether the function names the local somewhere else than at <paramref name="reference"/>: given to other parameters
        /// too (<c>p = new ... { HostConfig = hc }; q = new ... { HostConfig = hc };</c>), what is written through one of them
        /// reaches the other, which is not read with it (audit 132, t1 line 26).
        /// </summary>
        private static bool NamedElsewhere(ILocalReferenceOperation reference)
        {
            if (MethodScope.Function(reference.Syntax) is not { } function) return true;
            var name = reference.Local.Name;
            foreach (var node in MethodScope.CodeOf(function))
                if (node is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name && node != reference.Syntax)
                    return true;
            return false;
        }

        /// <summary>
        /// Whether the <c>CreateContainerParameters</c> created get one HostConfig, which the method obtains (<see cref="IsObtainedHostConfig"/>:
        /// <c>new CreateContainerParameters { HostConfig = Hosts.Base() }</c>, <c>p.HostConfig = Hosts.Base();</c>): what is written
        /// through their <c>HostConfig</c> is read with them.
        /// </summary>
        private static bool GetsObtainedHostConfig(ITypeSymbol? type, ModelObject model, ContainerReader reader, DockerApi api)
        {
            if (!DockerApi.Is(type, api.CreateContainerParameters)) return false;
            // One only: what is written through the parameters before another is given goes into the first (audit 130 R130-7).
            var given = reader.Objects.Assignments(model, "HostConfig");
            return given.Count == 1 && IsObtainedHostConfig(given[0], reader.Values.Scope);
        }

        /// <summary>
        /// Whether later writes of the property that holds this HostConfig (<c>p.HostConfig = template;</c> after <c>new
        /// CreateContainerParameters { HostConfig = new HostConfig { ... } }</c>) replace it, as a later write replaces a
        /// single-valued setting: on every path after it (<see cref="PathCoverage"/>, no return or jump between) the object is
        /// dropped; on some paths only, in a loop or a lambda, what it sets may be undone. Only for a HostConfig reached
        /// through that property (no local holds it) and when no later value names what held it (<c>p.HostConfig =
        /// Harden(p.HostConfig)</c>). A local that takes it from the property (<c>var hc = p.HostConfig;</c>) keeps it unless
        /// it is only written through (<c>hc.PidMode = "host";</c>, <see cref="OnlyWrittenThrough"/>): what is written into a
        /// dropped HostConfig configures no container.
        /// </summary>
        private static Replacement HostConfigReplacement(IObjectCreationOperation creation, ModelObject model, ObjectReader objects, MethodScope scope)
        {
            var paths = new List<AccessPath>();
            var aliases = new List<AccessPath>();
            foreach (var path in model.Paths) (model.IsOwnPath(path) ? paths : aliases).Add(path);
            // p.HostConfig = new HostConfig { ... }; written again later: the property has no one value, so it is no path of
            // the object, but it is what held it.
            if (paths.Count == 0 && SkipConversionsUp(creation) is { Parent: ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment } value
                && assignment.Value == value && AccessPath.TryGet(target) is { } assigned)
            {
                paths.Add(assigned);
                if (objects.AliasesOf(assigned, assignment.Syntax, assigned.Members.Length) is { } names) aliases.AddRange(names);
            }
            if (paths.Count == 0) return Replacement.None;
            List<SyntaxNode>? later = null;
            List<IAssignmentOperation>? writes = null;
            SyntaxNode? last = null;
            var node = creation.Syntax;
            foreach (var path in paths)
            {
                var length = path.Members.Length;
                if (length == 0 || path.Members[length - 1] != "HostConfig") return Replacement.None;
                foreach (var write in scope.PropertyWrites(path.Prefix(length - 1), "HostConfig"))
                {
                    if (write is ICoalesceAssignmentOperation || write.Syntax.SyntaxTree != node.SyntaxTree || write.Syntax.SpanStart <= node.SpanStart
                        || write.Syntax.Span.Contains(node.Span) || PathCoverage.AreExclusive(node, write.Syntax))
                        continue;
                    if (AccessPath.AnyRootNamedIn(write.Value.Syntax, paths) || AccessPath.AnyRootNamedIn(write.Value.Syntax, aliases)) return Replacement.None;
                    (later ??= new List<SyntaxNode>()).Add(write.Value.Syntax);
                    (writes ??= new List<IAssignmentOperation>()).Add(write);
                    if (last is null || write.Syntax.SpanStart > last.SpanStart) last = write.Syntax;
                }
            }
            if (later is null) return Replacement.None;
            foreach (var alias in aliases)
                if (alias.Root is not ILocalSymbol local || creation.SemanticModel is not { } semantics || !OnlyWrittenThrough(local, semantics, scope, 0))
                    return Replacement.None;
            // Replaced on some paths only, but the parameters may be used with it first: the container created then has it.
            if (!PathCoverage.IsReplacedOnEveryPath(node, later) || scope.ReturnsBetween(node.SpanStart, last!))
                return PathCoverage.IsUsedBeforeFirst(node, writes!, scope) ? Replacement.None : Replacement.MayBeUndone;
            // The parameters may be used with it first (CreateContainerAsync(p); p.HostConfig = new HostConfig();): the
            // container created then has it.
            writes!.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            return PathCoverage.IsUsedBeforeReplaced(node, writes) ? Replacement.None : Replacement.Replaced;
        }

        /// <summary>
        /// Whether the method names <paramref name="local"/> only to write through it: to assign a member of what it holds, or
        /// further down (<c>hc.Privileged = true</c>, <c>hc.Tmpfs["/run"] = ""</c>), to add to or remove from a list of it
        /// (<c>hc.CapAdd.Add("SYS_ADMIN")</c>), or to give it to another local that is only written through (<c>var a =
        /// hc;</c>). Anything else (handing it over, returning it, reading a member) may let the object be used.
        /// </summary>
        private static bool OnlyWrittenThrough(ILocalSymbol local, SemanticModel semantics, MethodScope scope, int depth)
        {
            if (depth > 8 || local.DeclaringSyntaxReferences.Length != 1) return false;
            if (MethodScope.Function(local.DeclaringSyntaxReferences[0].GetSyntax()) is not { } function) return false;
            foreach (var node in MethodScope.CodeOf(function))
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != local.Name
                    || (identifier.Parent is MemberAccessExpressionSyntax { Name: var name } && name == identifier))
                    continue;
                if (!IsWriteThrough(identifier, semantics, scope, depth)) return false;
            }
            return true;
        }

        private static bool IsWriteThrough(IdentifierNameSyntax identifier, SemanticModel semantics, MethodScope scope, int depth)
        {
            SyntaxNode node = identifier;
            var members = 0;
            while (node.Parent is MemberAccessExpressionSyntax access && access.Expression == node)
            {
                node = access;
                members++;
            }
            switch (node.Parent)
            {
                case AssignmentExpressionSyntax assignment when members > 0:
                    return assignment.Left == node;
                case ElementAccessExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } element
                    when members > 0:
                    return element.Expression == node && assignment.Left == element;
                case InvocationExpressionSyntax call when members > 1:
                    return call.Expression == node && node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method }
                        && MethodScope.ChangesCollection(method);
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when members == 0:
                    return semantics.GetDeclaredSymbol(declarator) is ILocalSymbol next && scope.WriteCount(next) == 1 && OnlyWrittenThrough(next, semantics, scope, depth + 1);
                default:
                    return false;
            }
        }

        /// <summary>
        /// A HostConfig or Config that goes into a Docker.DotNet object other than request parameters
        /// (<c>new ContainerInspectResponse { HostConfig = new HostConfig { Privileged = true } }</c>, a test's fake
        /// inspect result) describes a container; it creates none (rules.md: inspect responses are not reported).
        /// </summary>
        private static bool DescribesAContainer(IOperation creation)
        {
            var operation = SkipConversionsUp(creation);
            return operation.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.ContainingType: var owner } } assignment
                && assignment.Value == operation && DockerApi.IsDockerModel(owner) && !DockerApi.IsRequestType(owner);
        }

        /// <summary>The field or property whose initializer <paramref name="creation"/> is (<c>HostConfig _hc = new() { ... };</c>), or null.</summary>
        private static ISymbol? KeptIn(IOperation creation) => SkipConversionsUp(creation).Parent switch
        {
            IFieldInitializerOperation { InitializedFields.Length: 1 } field => field.InitializedFields[0],
            IPropertyInitializerOperation { InitializedProperties.Length: 1 } property => property.InitializedProperties[0],
            _ => null,
        };

        /// <summary>
        /// What an instance constructor of the class writes through the field or property <paramref name="kept"/> that
        /// <paramref name="creation"/> initializes (<c>_hc.Privileged = options.Privileged;</c>) may replace what the initializer
        /// set there before anything uses the object: "may be undone" (audit 161 F161-10, a default the options override);
        /// each member the constructor writes covers the whole value the initializer gives it. Read from the constructors'
        /// syntax (no other tree's semantic model); a constructor that gives the field another object covers every member.
        /// </summary>
        private static void MarkWhatConstructorsWrite(ISymbol kept, IObjectCreationOperation creation, List<ContainerSpec> containers, int first)
        {
            HashSet<string>? written = null;
            var everything = false;
            foreach (var reference in kept.ContainingType.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax type) continue;
                foreach (var member in type.Members)
                {
                    if (member is not ConstructorDeclarationSyntax constructor || constructor.Modifiers.Any(SyntaxKind.StaticKeyword)) continue;
                    foreach (var node in constructor.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                    {
                        if (node is not AssignmentExpressionSyntax assignment) continue;
                        var (named, through) = NamesOf(assignment.Left, kept.Name);
                        if (!named) continue;
                        if (through is null) everything = true;
                        else (written ??= new HashSet<string>(StringComparer.Ordinal)).Add(through);
                    }
                }
            }
            if (!everything && written is null) return;
            List<TextSpan>? covered = null;
            if (!everything && creation.Initializer is { } initializer)
                foreach (var entry in initializer.Initializers)
                    if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } set && written!.Contains(property.Property.Name))
                        (covered ??= new List<TextSpan>()).Add(set.Value.Syntax.Span);
            if (!everything && covered is null) return;
            var tree = creation.Syntax.SyntaxTree;
            for (var i = first; i < containers.Count; i++)
                SettingFates.Rewrite(containers[i], span => span.Origin is SyntaxNode at && at.SyntaxTree == tree
                    && (everything ? creation.Syntax.Span.Contains(at.Span) : covered!.Exists(value => value.Contains(at.Span)))
                    ? Fate.MayBeUndone
                    : Fate.Kept);
        }

        /// <summary>
        /// Whether <paramref name="left"/> is <c>name</c>, <c>this.name</c> (Through null) or a member chain of it (<c>name.X.Y</c>,
        /// Through the first member, X).
        /// </summary>
        private static (bool Named, string? Through) NamesOf(ExpressionSyntax left, string name)
        {
            string? through = null;
            var current = left;
            while (current is MemberAccessExpressionSyntax access)
            {
                if (access.Expression is ThisExpressionSyntax) return (access.Name.Identifier.ValueText == name, through);
                through = access.Name.Identifier.ValueText;
                current = access.Expression;
            }
            return (current is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name, through);
        }

        /// <summary>
        /// Kept in a field or property (<c>HostConfig Hc { get; } = new HostConfig();</c>, <c>_hc = new HostConfig()</c>)
        /// or in a <c>dynamic</c> local, whose writes are not read: the constructor or another member may harden it.
        /// </summary>
        private static bool IsKeptBeyondTheMethod(IOperation creation)
        {
            var operation = SkipConversionsUp(creation);
            switch (operation.Parent)
            {
                case IFieldInitializerOperation or IPropertyInitializerOperation:
                    return true;
                case ISimpleAssignmentOperation assignment when assignment.Value == operation:
                    return assignment.Target is IFieldReferenceOperation
                        || (assignment.Target is IPropertyReferenceOperation { Property.ContainingType: var owner } && !DockerApi.IsDockerModel(owner))
                        || assignment.Target.Type?.TypeKind == TypeKind.Dynamic;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return declarator.Symbol.Type.TypeKind == TypeKind.Dynamic;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The local, holding one of several creations (<c>HostConfig hc; if (x) hc = new HostConfig { ... }; else hc = new
        /// HostConfig();</c>, <c>var hc = x ? new HostConfig() : new HostConfig { ... };</c>), that stores this one and is
        /// written through, with the assignment or declarator that stores it (<paramref name="from"/>): what is written through
        /// the local is read apart (<see cref="ReadLocalOfSeveralCreations"/>), so what it sets there may be what this one lacks,
        /// and a write there may replace what this one's initializer sets (<see cref="ModelObject.SharedLocal"/>).
        /// </summary>
        private static ILocalSymbol? SharedLocalWrittenThrough(IOperation creation, MethodScope scope, out SyntaxNode? from)
        {
            from = null;
            var operation = SkipConversionsUp(creation);
            var direct = true;
            // The branch of a ?: or a switch expression arm, or the fallback of ?? (existing ?? new HostConfig { ... }): the
            // local holds it or another value.
            for (var depth = 0; depth < 8 && operation.Parent is IConditionalOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation
                     or ICoalesceOperation; depth++)
            {
                if (operation.Parent is IConditionalOperation conditional && conditional.Condition == operation) return null;
                if (operation.Parent is ICoalesceOperation coalesce && coalesce.WhenNull != operation) return null;
                direct = false;
                operation = SkipConversionsUp(operation.Parent);
            }
            var (local, storedBy) = operation.Parent switch
            {
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == operation => (target.Local, assignment.Syntax),
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => (declarator.Symbol, declarator.Syntax),
                _ => ((ILocalSymbol?)null, (SyntaxNode?)null),
            };
            if (local is null || !(scope.WriteCount(local) > 1 || !direct)) return null;
            // Written through the local, or through a local that takes something from it (var hc = p.HostConfig;).
            var path = AccessPath.Of(local);
            if (!scope.WritesThrough(path) && !(scope.HasAliases && scope.WritesThroughAliasOf(path))) return null;
            from = storedBy;
            return local;
        }

        /// <summary>
        /// The local of several parameter creations (<c>var p = x ? new CreateContainerParameters { HostConfig = new HostConfig {
        /// ... } } : ...;</c>) whose <c>HostConfig</c> is written through (<c>p.HostConfig.Privileged = false;</c>), when this
        /// HostConfig is created in the initializer of one of them: as <see cref="SharedLocalWrittenThrough"/>, through <c>p.HostConfig</c>.
        /// </summary>
        private static ILocalSymbol? SharedLocalOfParameters(IOperation creation, MethodScope scope, DockerApi api, out SyntaxNode? from)
        {
            from = null;
            var operation = SkipConversionsUp(creation);
            if (operation.Parent is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "HostConfig" } target } assignment
                || assignment.Value != operation || ObjectReader.ImplicitMemberName(target) is null
                || assignment.Parent is not IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation owner } || !api.IsUserSetting(DockerApi.ModelOf(owner.Type)))
                return null;
            var local = SharedLocalWrittenThrough(owner, scope, out from);
            if (local is null || AccessPath.Of(local).Append("HostConfig") is var held && !scope.WritesThrough(held) && !(scope.HasAliases && scope.WritesThroughAliasOf(held)))
            {
                from = null;
                return null;
            }
            return local;
        }

        private static IOperation SkipConversionsUp(IOperation operation)
        {
            while (operation.Parent is IConversionOperation conversion) operation = conversion;
            return operation;
        }

        /// <summary>
        /// <c>p.HostConfig ??= new HostConfig()</c>, <c>existing ?? new HostConfig()</c>: created only when there is no
        /// HostConfig yet (Testcontainers has one before its modifiers run), so the container may well get another.
        /// </summary>
        private static bool IsFallback(IOperation creation)
        {
            var operation = SkipConversionsUp(creation);
            // existing != null ? existing : new HostConfig() is the same choice spelt out (audit 138 A138-10): Fallbacks.
            return (operation.Parent is ICoalesceAssignmentOperation assignment && assignment.Value == operation) || Fallbacks.ChoiceOf(creation) is not null;
        }

        /// <summary>
        /// Where what a <c>WithCreateParameterModifier</c> lambda holding <paramref name="operation"/> sets is read from when the
        /// lambda configures the container on some paths only, as TestcontainersBuilderAnalyzer reads it: the call, when a
        /// <c>?:</c>, <c>??</c> or <c>switch</c> expression chooses the lambda (<c>debug ? p => p.HostConfig = new HostConfig {
        /// ... } : _ => { }</c>, audit 138 A138-9); the builder's origin, when the call is made on some paths only (<c>if (debug)
        /// builder = builder.WithCreateParameterModifier(p => { p.HostConfig ??= new HostConfig(); ... })</c>, audit 158 C158-3).
        /// Null when the innermost lambda around it is no modifier, or one that configures the container on every path.
        /// </summary>
        private static SyntaxNode? ConditionalModifierOrigin(IOperation operation, DockerApi api)
        {
            var lambda = operation.Parent;
            while (lambda is not null and not IAnonymousFunctionOperation) lambda = lambda.Parent;
            if (lambda is not IAnonymousFunctionOperation function || ModifierCallOf(function, api, out var chosen) is not { } call) return null;
            if (chosen) return call.Syntax;
            var builder = TestcontainersBuilderAnalyzer.BuilderOrigin(call);
            return Values.IsConditionalAfter(call.Syntax, builder) ? builder : null;
        }

        /// <summary>
        /// The outermost choice a creation is one branch of (<c>x ? new HostConfig { ... } : other</c>, <c>given ?? new
        /// HostConfig { ... }</c>, <c>p.HostConfig ??= new HostConfig { ... }</c>, an arm of a <c>switch</c> expression): what it
        /// sets reaches the container on some paths only; null when it is on none.
        /// </summary>
        private static SyntaxNode? ChoiceAround(IOperation creation)
        {
            SyntaxNode? choice = null;
            var operation = SkipConversionsUp(creation);
            for (var depth = 0; depth < 8; depth++)
            {
                var parent = operation.Parent;
                switch (parent)
                {
                    case IConditionalOperation conditional when conditional.Condition != operation:
                    case ICoalesceOperation coalesce when coalesce.WhenNull == operation:
                    case ICoalesceAssignmentOperation assignment when assignment.Value == operation:
                        break;
                    case ISwitchExpressionArmOperation arm when arm.Value == operation && arm.Parent is { } expression:
                        parent = expression;
                        break;
                    // A HostConfig in the initializer of parameters created on a branch (x ? new CreateContainerParameters {
                    // HostConfig = new HostConfig { ... } } : given): the parameters' place decides (audit 140 R140-6).
                    case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation owner } } member
                        when member.Value == operation:
                        operation = SkipConversionsUp(owner);
                        continue;
                    default:
                        return choice;
                }
                choice = parent.Syntax;
                operation = SkipConversionsUp(parent);
            }
            return choice;
        }

        /// <summary>
        /// The device mappings of a <c>Resources</c>, <c>UpdateConfig</c> or <c>ContainerUpdateParameters</c> that no <c>new
        /// HostConfig(resources)</c> of the method copies: an update applies no devices, and a <c>Resources</c> built for someone
        /// else may never go into a HostConfig, so they are not reported as built on their own. Nor are those of a copied one
        /// that the copy did not take (the HostConfig's initializer replaces them); those it took were read with it.
        /// </summary>
        private static void SkipDevicesOfResources(List<IObjectCreationOperation> resources, ContainerReader reader)
        {
            foreach (var creation in resources)
            {
                reader.Values.Origin = creation.Syntax;
                foreach (var element in reader.Objects.Collection(reader.Objects.ForCreation(creation), "Devices").Elements)
                    reader.Objects.FromValue(element.Value);
            }
        }

        /// <summary>
        /// Mounts and device mappings the method builds outside a HostConfig it builds (a helper that returns one, a list
        /// handed elsewhere): each is reported on its own, once; one that a HostConfig read above holds was read there.
        /// </summary>
        private static void ReadParts(List<IObjectCreationOperation> parts, ContainerReader reader, DockerApi api, List<ContainerSpec> containers)
        {
            foreach (var creation in parts)
            {
                if (reader.Objects.IsReadAsPart(creation)) continue;
                var span = SourceSpans.Of(creation.Syntax);
                var spec = new ContainerSpec(creation.Type!.Name, span) { ReportsOmissions = false };
                var model = reader.Objects.ForCreation(creation);
                reader.Values.Origin = creation.Syntax;
                if (DockerApi.Is(DockerApi.ModelOf(creation.Type), api.Mount)) reader.ReadMount(model, span, spec);
                else reader.ReadDevice(model, span, spec);
                containers.Add(spec);
            }
        }

        /// <summary>
        /// The request parameters a function is handed: only part of the container is visible, so omissions are not
        /// reported. A parameter the function assigns is read from the value it assigns (a creation, read on its own).
        /// </summary>
        private static void ReadHandedParameters(ImmutableArray<IParameterSymbol> parameters, ContainerReader reader, MethodScope scope, DockerApi api, List<ContainerSpec> containers)
        {
            foreach (var parameter in parameters)
            {
                if (!DockerApi.IsRequestType(parameter.Type) || parameter.RefKind == RefKind.Out || scope.ParameterWriteCount(parameter) > 0) continue;
                // A setter's value parameter is declared by nothing but its accessor (set => value.HostConfig.PidMode = "host",
                // audit 60 X6).
                var syntax = parameter.DeclaringSyntaxReferences.Length > 0 ? parameter.DeclaringSyntaxReferences[0].GetSyntax()
                    : parameter is { IsImplicitlyDeclared: true, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.PropertySet, DeclaringSyntaxReferences.Length: 1 } accessor }
                        ? accessor.DeclaringSyntaxReferences[0].GetSyntax()
                        : null;
                if (syntax is not null) ReadRoot(AccessPath.Of(parameter), parameter.Type, syntax, reader, api, containers);
            }
        }

        /// <summary>
        /// What the constructor of a class that derives from a model writes into the object it constructs (<c>Privileged =
        /// true</c>, <c>this.User = "root"</c>), reported at the writes; the creations of the class may set the rest, so
        /// nothing missing is.
        /// </summary>
        private static void ReadConstructedObject(IMethodSymbol constructor, SyntaxNode declaration, ContainerReader reader, DockerApi api, List<ContainerSpec> containers)
        {
            var model = DockerApi.ModelOf(constructor.ContainingType)!;
            var path = AccessPath.Of(constructor.ContainingType);
            if (!api.IsHostConfig(model))
            {
                ReadRoot(path, model, declaration, reader, api, containers);
                return;
            }
            var spec = new ContainerSpec("HostConfig", SourceSpans.Of(declaration)) { ReportsOmissions = false };
            containers.Add(spec);
            reader.Values.Origin = declaration;
            reader.ReadHostConfig(reader.Objects.ForPath(path, declaration), spec, containers);
        }

        /// <summary>Request parameters reachable through <paramref name="path"/>: only part of the container is visible there.</summary>
        private static void ReadRoot(AccessPath path, ITypeSymbol type, SyntaxNode declaration, ContainerReader reader, DockerApi api, List<ContainerSpec> containers)
        {
            var model = DockerApi.ModelOf(type)!;
            var spec = new ContainerSpec(model.Name, SourceSpans.Of(declaration)) { ReportsOmissions = false };
            containers.Add(spec);
            reader.Values.Origin = declaration;
            var scope = reader.Values.Scope;
            reader.ReadHandedParameters(reader.Objects.ForPath(path, declaration), isExec: DockerApi.Is(model, api.ExecCreateParameters), spec, containers,
                value => IsObtainedHostConfig(value, scope));
        }

        /// <summary>
        /// Whether a HostConfig given to request parameters (<c>HostConfig = Hosts.Base()</c>, <c>p.HostConfig ??= Defaults()</c>,
        /// <c>p.HostConfig = handed</c>) is one the method obtains rather than creates, and no inspect response's
        /// (<see cref="IsObtained"/>): what is written through the parameters' <c>HostConfig</c> then goes into it, and is read
        /// with the parameters (audit 129 D129-1), as what is written through a local holding it is
        /// (<see cref="ReadObtainedModelOfRequestParameters"/>). A creation is read where it is created, a local with its value.
        /// </summary>
        private static bool IsObtainedHostConfig(IOperation value, MethodScope scope)
        {
            // p.HostConfig ??= Defaults(): the one handed, or that one.
            if (value is ICoalesceAssignmentOperation fallback) value = fallback.Value;
            // var hc = Hosts.Base(); ... HostConfig = hc: the local's one value (audit 130 R130-8), when nothing is written through
            // the local: what is would be read twice, through the local and through the parameters, and a write through one
            // name would not undo one through the other (audit 132 H132-1, H132-3).
            if (Values.SkipConversions(value) is ILocalReferenceOperation local)
            {
                var path = AccessPath.Of(local.Local);
                if (scope.WritesThrough(path) || (scope.HasAliases && scope.WritesThroughAliasOf(path)) || scope.SingleValue(local.Local) is not { } given
                    || NamedElsewhere(local))
                    return false;
                value = given;
            }
            var obtained = 0;
            return Values.SkipConversions(value) is IInvocationOperation or IAwaitOperation or IParameterReferenceOperation or IMemberReferenceOperation
                && IsObtained(value, scope, ref obtained, 0) && obtained > 0;
        }

        private static bool IsInModifierLambda(IOperation operation, DockerApi api)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
                if (parent is IAnonymousFunctionOperation lambda && IsModifierArgument(lambda, api)) return true;
            return false;
        }

        /// <summary>
        /// A local of a request type whose value the method obtains rather than creates (a helper's result, a field, a
        /// foreach variable): what the method writes into it is reported, without omissions. A local the method creates,
        /// or assigns more than once, is read from its creations.
        /// </summary>
        private static void ReadObtainedParameters(IVariableDeclaratorOperation declarator, ContainerReader reader, MethodScope scope, DockerApi api, List<ContainerSpec> containers)
        {
            var local = declarator.Symbol;
            var writes = scope.WriteCount(local);
            if (writes > 1 || (writes == 1 && reader.Values.Dereference(scope.SingleValue(local)) is null or IObjectCreationOperation)) return;
            ReadRoot(AccessPath.Of(local), local.Type, declarator.Syntax, reader, api, containers);
        }

        /// <summary>
        /// A HostConfig or Config local whose one value the method obtains rather than creates (<c>var container =
        /// template.Clone();</c>, <c>var hc = Configured() ?? new HostConfig();</c>, <c>var hc = inspect.HostConfig;</c>) and
        /// that goes into request parameters in the method (<c>new CreateContainerParameters(container)</c>, <c>HostConfig =
        /// hc</c>, <c>p.HostConfig = hc</c>): whatever it held, the container created from it gets what the method writes into
        /// it, reported at the writes; nothing it lacks is (the helper may set it). One that no request parameters take may be
        /// an inspect response, which describes a container: it is not read.
        /// </summary>
        private static void ReadObtainedModelOfRequestParameters(IVariableDeclaratorOperation declarator, ContainerReader reader, MethodScope scope, DockerApi api,
            List<ContainerSpec> containers)
        {
            var local = declarator.Symbol;
            var type = DockerApi.ModelOf(local.Type);
            var isHostConfig = api.IsHostConfig(type);
            if (!isHostConfig && !api.IsUserSetting(type)) return;
            var path = AccessPath.Of(local);
            if (scope.WriteCount(local) != 1 || (!scope.WritesThrough(path) && !(scope.HasAliases && scope.WritesThroughAliasOf(path)))) return;
            var obtained = 0;
            if (!IsObtained(scope.SingleValue(local), scope, ref obtained, 0) || obtained == 0 || !GoesIntoRequestParameters(declarator, local, scope)) return;
            if (!isHostConfig)
            {
                ReadRoot(path, local.Type, declarator.Syntax, reader, api, containers);
                return;
            }
            var spec = new ContainerSpec("HostConfig", SourceSpans.Of(declarator.Syntax)) { ReportsOmissions = false };
            containers.Add(spec);
            reader.Values.Origin = ConditionalModifierOrigin(declarator, api) ?? declarator.Syntax;
            reader.ReadHostConfig(reader.Objects.ForPath(path, declarator.Syntax), spec, containers);
        }

        /// <summary>
        /// Whether every value <paramref name="value"/> may be is one the method obtains (a call's result, a parameter, a member
        /// of an object no request parameters hold and that the method does not assign), a creation or null, with
        /// <paramref name="obtained"/> counting the obtained ones. Not a local (it may be another name for an object read where
        /// it is created), nor a member on the way through request parameters (<c>p.HostConfig</c>: read with them).
        /// </summary>
        private static bool IsObtained(IOperation? value, MethodScope scope, ref int obtained, int depth)
        {
            value = Values.SkipConversions(value);
            if (depth > 8) return false;
            switch (value)
            {
                // A helper that hands back an inspect response's part (Current.Of(inspect), await Current.Inspect(client, id)) may
                // well be one: not obtained (audit 130 R130-1).
                case IInvocationOperation call when MayReturnInspectedObject(call):
                    return false;
                case IInvocationOperation:
                    obtained++;
                    return true;
                case IAwaitOperation awaited:
                    return IsObtained(awaited.Operation, scope, ref obtained, depth + 1);
                case IParameterReferenceOperation parameter when !DockerApi.IsRequestType(parameter.Type) && scope.ParameterWriteCount(parameter.Parameter) == 0:
                    obtained++;
                    return true;
                case IMemberReferenceOperation member when IsUnassignedMemberOutsideRequests(member, scope):
                    obtained++;
                    return true;
                case IObjectCreationOperation:
                case { ConstantValue: { HasValue: true, Value: null } }:
                case IDefaultValueOperation:
                case IThrowOperation:
                    return true;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return IsObtained(conditional.WhenTrue, scope, ref obtained, depth + 1) && IsObtained(whenFalse, scope, ref obtained, depth + 1);
                // var hc = p.HostConfig ?? new HostConfig(); ... p.HostConfig = hc;: the parameters' own HostConfig or a new one,
                // which the local then gives them (audit 134 E134-5): obtained, as a helper's would be.
                case ICoalesceOperation { Value: IMemberReferenceOperation held } coalesce when IsMemberOfRequestParameters(held):
                    obtained++;
                    return IsObtained(coalesce.WhenNull, scope, ref obtained, depth + 1);
                case ICoalesceOperation coalesce:
                    return IsObtained(coalesce.Value, scope, ref obtained, depth + 1) && IsObtained(coalesce.WhenNull, scope, ref obtained, depth + 1);
                case ISwitchExpressionOperation choice:
                    foreach (var arm in choice.Arms)
                        if (!IsObtained(arm.Value, scope, ref obtained, depth + 1)) return false;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A chain of fields and properties (<c>inspect.HostConfig</c>, <c>_options.Template</c>) that starts at a parameter or
        /// this object's member, passes through no request parameters, and whose members the method does not assign (a
        /// creation assigned there is read with what is written through the names of that path).
        /// </summary>
        private static bool IsUnassignedMemberOutsideRequests(IMemberReferenceOperation member, MethodScope scope)
        {
            if (AccessPath.TryGet(member) is not { } path || path.Root is ILocalSymbol) return false;
            // Nor through an inspect response (rules.md: writes to objects obtained from inspect responses are not reported).
            for (IOperation? current = member; current is not null; current = (current as IMemberReferenceOperation)?.Instance)
                if (DockerApi.IsRequestType(current.Type) || IsInspectResponse(current.Type)) return false;
            if (path.Root is IParameterSymbol parameter && scope.ParameterWriteCount(parameter) > 0) return false;
            for (var length = 0; length <= path.Members.Length; length++)
                if (scope.MemberWriteCount(path.Prefix(length)) > 0) return false;
            return true;
        }

        /// <summary>A member read through request parameters (<c>p.HostConfig</c>), not through an inspect response.</summary>
        private static bool IsMemberOfRequestParameters(IMemberReferenceOperation member)
        {
            if (AccessPath.TryGet(member) is null) return false;
            var throughRequest = false;
            for (var current = member.Instance; current is not null; current = (current as IMemberReferenceOperation)?.Instance)
            {
                if (IsInspectResponse(current.Type)) return false;
                throughRequest |= DockerApi.IsRequestType(current.Type);
            }
            return throughRequest;
        }

        /// <summary>
        /// Whether a call may return (a part of) an inspect response: it is named for inspecting (<c>Inspect</c>,
        /// <c>InspectContainerAsync</c>, <c>GetInspected</c>), is handed one or a part of one (<c>Current.Of(inspect)</c>,
        /// <c>Wrap(inspect.HostConfig)</c>), or is a method of the project whose body inspects a container
        /// (<see cref="InspectingMethods.InspectsInItsBody"/>).
        /// </summary>
        private static bool MayReturnInspectedObject(IInvocationOperation call)
        {
            if (call.TargetMethod.Name.IndexOf("Inspect", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            foreach (var argument in call.Arguments)
                for (IOperation? part = Values.SkipConversions(argument.Value); part is not null; part = (part as IMemberReferenceOperation)?.Instance)
                    if (IsInspectResponse(part.Type)) return true;
            return !call.TargetMethod.DeclaringSyntaxReferences.IsEmpty && InspectingMethods.InspectsInItsBody(call.TargetMethod.OriginalDefinition, call.SemanticModel);
        }

        /// <summary>A Docker.DotNet response describing an existing object (<c>ContainerInspectResponse</c>, <c>ImageInspectResponse</c>).</summary>
        internal static bool IsInspectResponse(ITypeSymbol? type) =>
            type is { Name: var name } && name.EndsWith("InspectResponse", StringComparison.Ordinal)
            && type.ContainingNamespace?.ToDisplayString() == "Docker.DotNet.Models";

        /// <summary>
        /// Whether the method puts <paramref name="local"/> into request parameters: as the <c>Config</c> of <c>new
        /// CreateContainerParameters(config)</c>, or as their <c>HostConfig</c> (<c>new CreateContainerParameters { HostConfig = hc
        /// }</c>, <c>p.HostConfig = hc</c>, also in a lambda, such as a Testcontainers modifier).
        /// </summary>
        private static bool GoesIntoRequestParameters(IOperation declaration, ILocalSymbol local, MethodScope scope)
        {
            if (declaration.SemanticModel is not { } semantics || MethodScope.Function(declaration.Syntax) is not { } function) return false;
            var goes = false;
            var references = new List<int>();
            var copies = new List<IObjectCreationOperation>();
            foreach (var node in MethodScope.CodeOf(function))
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != local.Name
                    || semantics.GetOperation(identifier) is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
                    continue;
                references.Add(identifier.SpanStart);
                var operation = SkipConversionsUp(reference);
                switch (operation.Parent)
                {
                    case IArgumentOperation { Parent: IObjectCreationOperation creation } when DockerApi.IsRequestType(DockerApi.ModelOf(creation.Type)):
                        copies.Add(creation);
                        goes = true;
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "HostConfig", ContainingType: var owner } } } assignment
                        when assignment.Value == operation && DockerApi.IsRequestType(owner):
                        goes = true;
                        break;
                }
            }
            // new CreateContainerParameters(config) copies the Config's values: a write through the local after the copy, or
            // one the copy's initializer writes again (new CreateContainerParameters(config) { User = "1000" }), is not the
            // container's. Rather than tell those writes apart, such a local is not read then (audit 25, M2).
            var path = AccessPath.Of(local);
            foreach (var copy in copies)
            {
                if (references.Exists(at => at > copy.Syntax.Span.End)) return false;
                foreach (var member in copy.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                    if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation written } && scope.PropertyWrites(path, written.Property.Name).Count > 0)
                        return false;
            }
            return goes;
        }

        /// <summary>
        /// A HostConfig, <c>CreateContainerParameters</c>, <c>Config</c> or exec parameters local that holds one of several
        /// creations (<c>HostConfig hc; if (x) hc = new HostConfig { ... }; else hc = new HostConfig { ... };</c>, <c>var hc = x ?
        /// new HostConfig() : new HostConfig { ... };</c>, a local given a new creation again later): a creation is read with the
        /// writes through a local only when it is the local's one value (<see cref="ObjectReader"/>), so the writes through this
        /// one are read here, once, as one more object that reports what they set (whichever creation the local holds then, it
        /// gets it) but nothing it lacks. "May" is relative to the declaration: a write made on every path from there is
        /// definite. A request local also given anything else (a parameter, an inspect response, a helper's result) is not
        /// read here: it may hold an inspect response (request parameters are read as obtained then: <see cref="ReadObtainedParameters"/>).
        /// A HostConfig local also given a parameter is (<c>HostConfig hc = handed; if (fresh) hc = new HostConfig();</c>, <c>var hc =
        /// fresh ? new HostConfig() : handed;</c>, <c>handed ?? new HostConfig()</c>): what is written through it goes into the
        /// HostConfig it creates or into the one it is handed, whose writes are reported too.
        /// False when the local is not one of several creations.
        /// </summary>
        private static bool ReadLocalOfSeveralCreations(IOperation declaration, ILocalSymbol local, bool declaredByOut, ContainerReader reader, MethodScope scope,
            DockerApi api, List<ContainerSpec> containers)
        {
            var path = AccessPath.Of(local);
            if (!scope.WritesThrough(path) && !(scope.HasAliases && scope.WritesThroughAliasOf(path))) return false;
            var values = scope.LocalValues(local);
            var unknown = 0;
            if (declaredByOut)
            {
                // Make(out var hc);: the method gives the local its object. Read here only when that is its one value: the
                // method's index counts no value for an out that declares a local (a plain value given after it, priv = true
                // after bool.TryParse(s, out var priv), is read as the local's one value: audit 153 R153-1, R153-2).
                if (values.Count > 0) return false;
                unknown = 1;
            }
            // One creation assigned once is read with these writes where it is created.
            else if (values.Count == 0 || (values.Count == 1 && Values.SkipConversions(values[0]) is IObjectCreationOperation)) return false;
            var creations = 0;
            var isHostConfig = api.IsHostConfig(DockerApi.ModelOf(local.Type));
            var obtained = false;
            foreach (var value in values)
            {
                if (AreCreations(value, isHostConfig, ref creations, 0)) continue;
                // A HostConfig local also given what a helper makes of it, or passed by reference to one (hc = Copy(hc);
                // Keep(ref hc);) holds the creation until then, and whatever it holds after goes into the request parameters:
                // read as one given a parameter, when it goes into them (audit 138 A138-1, A138-2); one that does not may hold
                // an inspect response.
                if (!isHostConfig) return false;
                if (value is null) unknown++;
                else if (Values.SkipConversions(value) is IInvocationOperation call && !MayReturnInspectedObject(call)) obtained = true;
                else return false;
            }
            // One given its objects by a method only (HostConfig hc; Make(out hc);, audit 149 I149-1) is read as well: what it
            // holds goes into the request parameters.
            if (creations == 0 && unknown == 0) return false;
            if (unknown > 0 && (declaration.SemanticModel is not { } semantics || PassedByReferenceToMethods(local, semantics) != unknown)) return false;
            if ((obtained || unknown > 0) && !GoesIntoRequestParameters(declaration, local, scope)) return false;
            if (!isHostConfig)
            {
                // What is written into the parameters (or the Config), and through their HostConfig.
                ReadRoot(path, local.Type, declaration.Syntax, reader, api, containers);
                return true;
            }
            var spec = new ContainerSpec("HostConfig", SourceSpans.Of(declaration.Syntax)) { ReportsOmissions = false };
            containers.Add(spec);
            reader.Values.Origin = ConditionalModifierOrigin(declaration, api) ?? declaration.Syntax;
            reader.ReadHostConfig(reader.Objects.ForPath(path, declaration.Syntax), spec, containers);
            return true;
        }

        /// <summary>
        /// How often the local is passed by <c>ref</c> or <c>out</c> to a method (not a local function or lambda, whose code is
        /// read as other names for it), each an unknown value given to it; -1 when it is also so passed to one of those. An
        /// <c>out</c> replaces the object whatever the method does: what was written into a HostConfig created just before
        /// is dropped (DroppedObjectWrites; audit 147 G147-1), what is written after is read (audit 148 H148-1).
        /// </summary>
        private static int PassedByReferenceToMethods(ILocalSymbol local, SemanticModel semantics)
        {
            if (local.DeclaringSyntaxReferences.Length != 1 || MethodScope.Function(local.DeclaringSyntaxReferences[0].GetSyntax()) is not { } function) return -1;
            var count = 0;
            foreach (var node in MethodScope.CodeOf(function))
            {
                if (node is not ArgumentSyntax argument || argument.RefKindKeyword.IsKind(SyntaxKind.None)
                    || argument.Expression switch
                    {
                        IdentifierNameSyntax name => name.Identifier.ValueText,
                        DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax declared } => declared.Identifier.ValueText,
                        _ => null,
                    } != local.Name)
                    continue;
                if (semantics.GetOperation(argument) is not IArgumentOperation { Parent: IInvocationOperation { TargetMethod.MethodKind: not (MethodKind.LocalFunction or MethodKind.AnonymousFunction or MethodKind.DelegateInvoke) } })
                    return -1;
                count++;
            }
            return count;
        }

        /// <summary>
        /// Whether every value <paramref name="value"/> may be is a creation or null (each branch of <c>?:</c> or a <c>switch</c>
        /// expression, either side of <c>??</c>), or, with <paramref name="parameters"/> (a HostConfig local), a parameter:
        /// <c>x ? handed : new HostConfig()</c> and <c>handed ?? new HostConfig()</c> are read as <c>if (x) hc = handed; else hc =
        /// new HostConfig();</c> is.
        /// </summary>
        private static bool AreCreations(IOperation? value, bool parameters, ref int creations, int depth)
        {
            value = Values.SkipConversions(value);
            switch (value)
            {
                case IObjectCreationOperation:
                    creations++;
                    return true;
                case IParameterReferenceOperation:
                    return parameters;
                // HostConfig hc = null; assigned on each branch afterwards: a write through null would throw.
                case { ConstantValue: { HasValue: true, Value: null } }:
                case IDefaultValueOperation:
                case IThrowOperation:
                    return true;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional when depth < 8:
                    return AreCreations(conditional.WhenTrue, parameters, ref creations, depth + 1) && AreCreations(whenFalse, parameters, ref creations, depth + 1);
                case ICoalesceOperation coalesce when depth < 8:
                    return AreCreations(coalesce.Value, parameters, ref creations, depth + 1) && AreCreations(coalesce.WhenNull, parameters, ref creations, depth + 1);
                case ISwitchExpressionOperation choice when depth < 8:
                    foreach (var arm in choice.Arms)
                        if (!AreCreations(arm.Value, parameters, ref creations, depth + 1)) return false;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// <c>builder.WithCreateParameterModifier(p => ...)</c>: the lambda is the argument of Testcontainers' method, also as a
        /// branch of <c>?:</c>, a side of <c>??</c> or an arm of a <c>switch</c> expression (audit 134 E134-1), which
        /// TestcontainersBuilderAnalyzer reads. Not a method of the project that is so named (E134-4): its lambda is read here.
        /// </summary>
        private static bool IsModifierArgument(IAnonymousFunctionOperation lambda, DockerApi api) => ModifierCallOf(lambda, api, out _) is not null;

        /// <summary>
        /// Testcontainers' <c>WithCreateParameterModifier</c> call whose argument <paramref name="lambda"/> is, straight or
        /// through the choices Values.Branches reads, which TestcontainersBuilderAnalyzer.ModifierLambdas follows (a delegate is
        /// never the condition of a <c>?:</c>); <paramref name="chosen"/> says whether through one of them. Null for any other
        /// lambda. (<c>m ??= p => ...</c> counts as no choice here: ModifierLambdas does not follow it.)
        /// </summary>
        private static IInvocationOperation? ModifierCallOf(IAnonymousFunctionOperation lambda, DockerApi api, out bool chosen)
        {
            chosen = false;
            var parent = lambda.Parent;
            while (parent is IDelegateCreationOperation or IConversionOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation
                   or ICoalesceOperation or ICoalesceAssignmentOperation or IConditionalOperation)
            {
                chosen |= parent is ISwitchExpressionArmOperation or ISwitchExpressionOperation or ICoalesceOperation or IConditionalOperation;
                parent = parent.Parent;
            }
            return parent is IArgumentOperation { Parent: IInvocationOperation call } && call.TargetMethod.Name == DockerApi.WithCreateParameterModifier
                && api.IsBuilderMethod(call.TargetMethod)
                ? call
                : null;
        }
    }
}
