using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// Every write in one method body (including its lambdas and local functions), indexed for the readers:
    /// values assigned to locals, property assignments, indexer assignments and <c>Add</c> calls by the path they
    /// write through. Built in the one walk over a method that also finds what the analyzer reads, and only for the
    /// methods <see cref="SyntaxPrefilter"/> lets through.
    /// </summary>
    internal sealed class MethodScope
    {
        // What a reader works out once per method and asks again for each call it reads (the local a builder is kept in,
        // the functions that name it), by what it is about; for the analysis of this method only, so that nothing of one
        // compilation outlives it.
        private Dictionary<(object, ISymbol?, Type), object>? _memo;

        /// <summary>
        /// The value of type <typeparamref name="T"/> <paramref name="create"/> gives for <paramref name="key"/> (a node, a control
        /// flow graph) and the symbol, made on the first ask in this method.
        /// </summary>
        public T Memo<T>(object key, ISymbol symbol, Func<T> create) where T : class => Memo((key, symbol), create);

        /// <summary>The value of type <typeparamref name="T"/> <paramref name="create"/> gives for <paramref name="key"/>, made on the first ask in this method.</summary>
        public T Memo<T>(object key, Func<T> create) where T : class => Memo((key, null), create);

        private T Memo<T>((object Key, ISymbol? Symbol) key, Func<T> create) where T : class
        {
            _memo ??= new Dictionary<(object, ISymbol?, Type), object>();
            if (_memo.TryGetValue((key.Key, key.Symbol, typeof(T)), out var known)) return (T)known;
            var value = create();
            _memo[(key.Key, key.Symbol, typeof(T))] = value;
            return value;
        }

        // Allocated on first use: most methods the analyzers read write only a few of these.
        private Dictionary<ILocalSymbol, List<IOperation?>>? _localValues;
        // By the path of the object written to, then the property name: looking a property up allocates nothing.
        // Simple assignments and ??= (a write when the member is null; its value is then read as "may").
        private Dictionary<AccessPath, Dictionary<string, List<IAssignmentOperation>>>? _propertyWrites;
        private Dictionary<AccessPath, List<IAssignmentOperation>>? _indexerWrites;
        // The constant elements a deconstruction gives properties ((hc.Privileged, hc.PidMode) = (true, "host")), by the same keys.
        private Dictionary<AccessPath, Dictionary<string, List<IOperation>>>? _elementWrites;
        private Dictionary<AccessPath, List<IInvocationOperation>>? _addCalls;
        // Other calls that change a collection (AddRange, Insert, Remove, Clear, ...), by the path of the collection.
        private Dictionary<AccessPath, List<IInvocationOperation>>? _otherChanges;
        // Objects handed to a method or constructor of this project, which may change them out of sight.
        private HashSet<AccessPath>? _handedOff;
        // The members written through each path, directly or further down (hc.Binds.Add(...) writes Binds of hc): lets
        // the readers skip the properties a method never touches.
        private Dictionary<AccessPath, HashSet<string>>? _writtenMembers;
        // Every path something is written through: the objects written to and those above them.
        private HashSet<AccessPath>? _writtenThrough;
        // Parameters the method assigns (p = new ...): what it then writes through them is read from that value.
        private Dictionary<IParameterSymbol, int>? _parameterWrites;
        // Fields and properties the method assigns (_hostConfig = new ...): as for locals, a creation stands for one only
        // when it is assigned once.
        private Dictionary<AccessPath, int>? _memberWrites;
        // The return statements the method writes (return, yield return, yield break; not a lambda's implicit one), in the
        // order of the walk: a change after one may not run before the object is used.
        private List<SyntaxNode>? _returns;
        // Where the method last takes or puts an element of a list by its index (caps.RemoveAt(1), caps[1], caps.Insert(1, x)),
        // by the path of the list: removing an element added before that would shift what the index reaches.
        private Dictionary<AccessPath, int>? _lastIndexed;
        // Calls of a method marked [Conditional] (Debug.Assert(...)) that this compilation leaves out, its symbol not being
        // defined (DEBUG in Release): what their arguments change does not happen in this build, and may in another.
        private List<SyntaxNode>? _conditionalCalls;
        // Locals an out argument declares (bool.TryParse(s, out var privileged)): the call gives them a value the method cannot
        // read, which a plain value given after it on some paths only does not replace (ValueAt, ReachingValues; audit 154 N154-1).
        private Dictionary<ILocalSymbol, IArgumentOperation>? _declaredByOut;
        // Those of them declared apart (bool p; ... out p): a second out gives them a value not known.
        private HashSet<ILocalSymbol>? _splitOuts;
        // Locals given a path (var hc = parameters.HostConfig): written once, they are another name for that path.
        private List<(ILocalSymbol Local, AccessPath Path)>? _aliasCandidates;

        /// <summary>Records what <paramref name="operation"/> writes (called for every operation of the method).</summary>
        public void Index(IOperation operation)
        {
            // By kind first: most operations are none of these, and a kind is cheaper to test than an interface.
            switch (operation.Kind)
            {
                case OperationKind.VariableDeclarator:
                    var declarator = (IVariableDeclaratorOperation)operation;
                    var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                    if (initializer is not null) AddLocalValue(declarator.Symbol, initializer.Value);
                    break;
                case OperationKind.SimpleAssignment:
                    IndexAssignment((ISimpleAssignmentOperation)operation);
                    break;
                case OperationKind.CompoundAssignment:
                    var compound = (ICompoundAssignmentOperation)operation;
                    if (compound.Target is ILocalReferenceOperation compoundTarget) AddLocalValue(compoundTarget.Local, null);
                    // hc.Privileged |= true, hc.Privileged &= false: the flag is that constant whatever it was, a write of it.
                    else if (compound.Value.ConstantValue.Value is bool constant
                             && ((constant && compound.OperatorKind == BinaryOperatorKind.Or) || (!constant && compound.OperatorKind == BinaryOperatorKind.And)))
                        IndexAssignment(compound);
                    // hc.Privileged &= allowed: a write that may clear the flag (ContainerReader reads it as one that may keep
                    // what the flag held; audit 161 F161-4). |= with a value not known cannot clear it, and sets nothing known.
                    else if (compound.OperatorKind == BinaryOperatorKind.And && !compound.Value.ConstantValue.HasValue
                             && compound.Target.Type is { SpecialType: SpecialType.System_Boolean } or INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
                        IndexAssignment(compound);
                    break;
                case OperationKind.CoalesceAssignment:
                    // p.HostConfig ??= new HostConfig(): a write of the member, as p.HostConfig = ... is; a local so written
                    // has no one value.
                    var coalesce = (IAssignmentOperation)operation;
                    if (coalesce.Target is ILocalReferenceOperation coalesceTarget) AddLocalValue(coalesceTarget.Local, null);
                    else IndexAssignment(coalesce);
                    break;
                case OperationKind.Increment or OperationKind.Decrement:
                    if (((IIncrementOrDecrementOperation)operation).Target is ILocalReferenceOperation counter) AddLocalValue(counter.Local, null);
                    break;
                case OperationKind.DeconstructionAssignment:
                    var deconstruction = (IDeconstructionAssignmentOperation)operation;
                    IndexDeconstructedLocals(deconstruction.Target, 0);
                    IndexElementWrites(deconstruction.Target, deconstruction.Value, 0);
                    break;
                case OperationKind.IsPattern:
                    // if (p.HostConfig is { } hc) hc.IpcMode = "host": the pattern's local holds the tested value.
                    var test = (IIsPatternOperation)operation;
                    var declared = test.Pattern switch
                    {
                        IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
                        IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
                        _ => null,
                    };
                    if (declared is ILocalSymbol patternLocal) AddLocalValue(patternLocal, test.Value);
                    break;
                case OperationKind.Argument:
                    IndexArgument((IArgumentOperation)operation);
                    break;
                // A call that does not bind: a method of the project missing while the code is typed or compiled alone (a library's
                // binds). As a helper of the project (IndexArgument) it may complete what it is given, also the object it is
                // called on (hostConfig.AttachMount(mount), an extension method: audit 158 C158-1). Not a library method whose
                // arguments do not bind (CreateContainerAsync(p, ct) with ct of a missing type): it names its candidates.
                case OperationKind.Invalid when operation.Syntax is InvocationExpressionSyntax unbound && !NamesLibraryMethods(unbound, operation.SemanticModel):
                    foreach (var child in operation.ChildOperations) HandOffToUnboundCall(child, 0);
                    break;
                case OperationKind.Return or OperationKind.YieldReturn or OperationKind.YieldBreak:
                    if (!operation.IsImplicit) (_returns ??= new List<SyntaxNode>()).Add(operation.Syntax);
                    break;
                case OperationKind.Branch:
                    // continue, break and goto written in the code (a switch section's implicit end is not one).
                    if (!operation.IsImplicit && operation.Syntax is StatementSyntax jump) (_returns ??= new List<SyntaxNode>()).Add(jump);
                    break;
                case OperationKind.PropertyReference:
                    // caps[1], read or written (a dictionary's key is not an index).
                    var element = (IPropertyReferenceOperation)operation;
                    if (element.Property.IsIndexer && element.Property.Parameters.Length == 1
                        && element.Property.Parameters[0].Type.SpecialType == SpecialType.System_Int32
                        && AccessPath.TryGet(element.Instance) is { } indexed)
                        AddIndexed(indexed, element.Syntax.SpanStart);
                    break;
                case OperationKind.Invocation:
                    var invocation = (IInvocationOperation)operation;
                    if (IsLeftOut(invocation)) (_conditionalCalls ??= new List<SyntaxNode>()).Add(invocation.Syntax);
                    var name = invocation.TargetMethod.Name;
                    // Most calls without an instance are static helpers; of them, only the extension TryAdd changes a collection.
                    if (invocation.Instance is null && name != "TryAdd") break;
                    var isAdd = name == "Add";
                    if (!isAdd && !IsCollectionChange(name)) break;
                    // hc.Tmpfs.TryAdd(k, v) on the IDictionary property is CollectionExtensions.TryAdd(hc.Tmpfs, k, v).
                    var receiver = invocation.Instance ?? (IsDictionaryTryAdd(invocation) ? Argument(invocation, 0) : null);
                    var path = receiver is null ? null : AccessPath.TryGet(receiver);
                    if (path is null || DroppedObjectWrites.IsInto(path, invocation.Syntax, invocation.SemanticModel, this)) break;
                    if (isAdd) Add(ref _addCalls, path, invocation);
                    else Add(ref _otherChanges, path, invocation);
                    if (name is "Insert" or "InsertRange") HasInserts = true;
                    if (name is "RemoveAt" or "RemoveRange" or "Insert" or "InsertRange") AddIndexed(path, invocation.Syntax.SpanStart);
                    AddWrittenPath(path);
                    break;
            }
        }

        /// <summary>
        /// A call of a method marked <c>[Conditional("DEBUG")]</c> (<c>Debug.Assert</c>, <c>Trace.Assert</c>), or of an
        /// override of one, that this compilation leaves out, arguments and all: none of its symbols is defined where it is
        /// (C# spec, conditional methods: the command line's symbols and the file's <c>#define</c>/<c>#undef</c> before it).
        /// </summary>
        private static bool IsLeftOut(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!method.ReturnsVoid) return false;
            for (var depth = 0; method.OverriddenMethod is { } overridden && depth < 8; depth++) method = overridden;
            var conditional = false;
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is not { Name: "ConditionalAttribute", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } })
                    continue;
                conditional = true;
                if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string symbol
                    && IsDefined(symbol, invocation.Syntax))
                    return false;
            }
            return conditional;
        }

        private static bool IsDefined(string symbol, SyntaxNode at)
        {
            var defined = false;
            foreach (var name in at.SyntaxTree.Options.PreprocessorSymbolNames)
                if (name == symbol) defined = true;
            // #define and #undef come before the file's first token: the last one for the symbol wins.
            for (var directive = (at.SyntaxTree.GetRoot() as CSharpSyntaxNode)?.GetFirstDirective(); directive is not null && directive.SpanStart < at.SpanStart;
                 directive = directive.GetNextDirective())
            {
                if (directive is DefineDirectiveTriviaSyntax define && define.Name.ValueText == symbol) defined = true;
                else if (directive is UndefDirectiveTriviaSyntax undefine && undefine.Name.ValueText == symbol) defined = false;
            }
            return defined;
        }

        /// <summary>
        /// Whether <paramref name="change"/> lies in the arguments of a call of a <c>[Conditional]</c> method
        /// (<c>Debug.Assert(hc.MaskedPaths.Remove("/proc/kcore"))</c>) that this compilation leaves out and that does not also
        /// hold <paramref name="since"/>: it does not run in this build, and may in another (Debug).
        /// </summary>
        public bool IsInConditionalCall(SyntaxNode change, SyntaxNode since)
        {
            if (_conditionalCalls is null) return false;
            foreach (var call in _conditionalCalls)
                if (call.SyntaxTree == change.SyntaxTree && call.Span.Contains(change.Span) && !call.Span.Contains(since.Span)) return true;
            return false;
        }

        /// <summary>
        /// The argument given for a parameter: <see cref="IInvocationOperation.Arguments"/> are in the order they are evaluated,
        /// which named arguments can change (<c>TryAdd(hc.Tmpfs, value: "suid", key: "/t")</c>).
        /// </summary>
        internal static IOperation Argument(IInvocationOperation invocation, int ordinal)
        {
            foreach (var argument in invocation.Arguments)
                if (argument.Parameter?.Ordinal == ordinal) return argument.Value;
            return invocation.Arguments[ordinal].Value;
        }

        /// <summary><c>CollectionExtensions.TryAdd(dictionary, key, value)</c>, written as an extension call (<c>hc.Tmpfs.TryAdd(k, v)</c>).</summary>
        internal static bool IsDictionaryTryAdd(IInvocationOperation invocation) =>
            invocation is { Instance: null, Arguments.Length: 3, TargetMethod: { Name: "TryAdd", IsExtensionMethod: true, ContainingType: { Name: "CollectionExtensions" } extensions } }
            && extensions.ContainingNamespace is { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

        /// <summary>Whether a method of that name changes a collection Docker.DotNet models use (<c>Add</c> and <see cref="IsCollectionChange"/>).</summary>
        internal static bool ChangesCollection(string method) => method == "Add" || IsCollectionChange(method);

        /// <summary>The methods of the collection types Docker.DotNet models use (List, Dictionary) that change their contents.</summary>
        private static bool IsCollectionChange(string method) => method is "AddRange" or "Insert" or "InsertRange" or "Remove"
            or "RemoveAt" or "RemoveAll" or "RemoveRange" or "Clear" or "TryAdd";

        /// <summary>
        /// Whether the callee may give the variable passed as <paramref name="argument"/> another object: an <c>out</c> or
        /// <c>ref</c> parameter, unless it is one of a local function that never assigns it, passes it on by reference or
        /// deconstructs into it (audit 82 E82-3: <c>Make(ref hc)</c> with <c>void Make(ref HostConfig x)</c> only reading
        /// <c>x</c> lost what <c>hc</c> holds). An <c>in</c> or <c>ref readonly</c> parameter cannot be assigned.
        /// </summary>
        private static bool MayGiveAnotherObject(IArgumentOperation argument)
        {
            if (argument.Parameter is not { RefKind: RefKind.Ref or RefKind.Out } parameter) return false;
            if (parameter.RefKind == RefKind.Out
                || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.LocalFunction, DeclaringSyntaxReferences: { Length: > 0 } declarations }
                || declarations[0].GetSyntax() is not LocalFunctionStatementSyntax function)
                return true;
            foreach (var node in function.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax name || name.Identifier.ValueText != parameter.Name) continue;
                SyntaxNode use = name;
                while (use.Parent is ParenthesizedExpressionSyntax) use = use.Parent;
                if (use.Parent is AssignmentExpressionSyntax assignment && assignment.Left == use
                    || use.Parent is ArgumentSyntax argumentSyntax && (!argumentSyntax.RefKindKeyword.IsKind(SyntaxKind.None) || argumentSyntax.Parent is TupleExpressionSyntax)
                    || use.Parent is RefExpressionSyntax)
                    return true;
            }
            return false;
        }

        private static bool NamesLibraryMethods(InvocationExpressionSyntax invocation, SemanticModel? model)
        {
            if (model is null) return false;
            foreach (var candidate in model.GetSymbolInfo(invocation).CandidateSymbols)
                if (!SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, model.Compilation.Assembly)) return true;
            return false;
        }

        /// <summary>An object given to an unbound call, as its receiver (under the unbound member's own invalid operation) or an argument.</summary>
        private void HandOffToUnboundCall(IOperation given, int depth)
        {
            if (AccessPath.TryGet(given) is { } path)
            {
                (_handedOff ??= new HashSet<AccessPath>()).Add(path);
                AddWrittenPath(path);
            }
            else if (given.Kind == OperationKind.Invalid && depth < 2)
                foreach (var child in given.ChildOperations) HandOffToUnboundCall(child, depth + 1);
        }

        private void IndexArgument(IArgumentOperation argument)
        {
            if (MayGiveAnotherObject(argument) && argument.Value is ILocalReferenceOperation byRef)
            {
                // bool p; bool.TryParse(s, out p);: a flag, mode or text a local declared without a value gets from one out is
                // read as one an out declares (audit 154 N154-2). Objects, and a second out, stay values not known.
                if (argument.Parameter?.RefKind == RefKind.Out && byRef.Local.Type is { IsReferenceType: false } or { SpecialType: SpecialType.System_String }
                    && byRef.Local.DeclaringSyntaxReferences.Length == 1 && byRef.Local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer: null }
                    && !(_declaredByOut is not null && _declaredByOut.ContainsKey(byRef.Local)) && !(_splitOuts is not null && _splitOuts.Contains(byRef.Local)))
                {
                    (_declaredByOut ??= new Dictionary<ILocalSymbol, IArgumentOperation>(SymbolEqualityComparer.Default))[byRef.Local] = argument;
                    (_splitOuts ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(byRef.Local);
                }
                else
                {
                    if (_declaredByOut is not null && _declaredByOut.Remove(byRef.Local)) AddLocalValue(byRef.Local, null);
                    AddLocalValue(byRef.Local, null);
                }
            }
            else if (argument.Value is IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } && argument.Parameter?.RefKind == RefKind.Out)
                (_declaredByOut ??= new Dictionary<ILocalSymbol, IArgumentOperation>(SymbolEqualityComparer.Default))[declared.Local] = argument;
            // A helper of the project (Harden(hostConfig), new Defaults(capDrop)) or a delegate the caller supplies
            // (configure(hostConfig)) may fill in what this method leaves out; library methods (the Docker client,
            // string.Join, List.AddRange) do not change their arguments' contents.
            var callee = argument.Parent switch
            {
                IInvocationOperation call => call.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            if (callee is null || argument.SemanticModel is not { } model) return;
            if (callee.MethodKind != MethodKind.DelegateInvoke
                && !SymbolEqualityComparer.Default.Equals(callee.ContainingAssembly, model.Compilation.Assembly))
                return;
            if (AccessPath.TryGet(argument.Value) is { } path)
            {
                (_handedOff ??= new HashSet<AccessPath>()).Add(path);
                AddWrittenPath(path);
            }
        }

        private void IndexAssignment(IAssignmentOperation assignment)
        {
            if (assignment.Target is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
                && AccessPath.TryGet(assignment.Target) is { } member)
                (_memberWrites ??= new Dictionary<AccessPath, int>())[member] = MemberWriteCount(member) + 1;
            switch (assignment.Target)
            {
                case ILocalReferenceOperation local:
                    AddLocalValue(local.Local, assignment is ISimpleAssignmentOperation { IsRef: false } ? assignment.Value : null);
                    break;
                case IParameterReferenceOperation parameter:
                    _parameterWrites ??= new Dictionary<IParameterSymbol, int>(SymbolEqualityComparer.Default);
                    _parameterWrites[parameter.Parameter] = ParameterWriteCount(parameter.Parameter) + 1;
                    break;
                // dirs[0] = "/srv": the array is written through (its elements are not the ones it was given).
                case IArrayElementReferenceOperation element when AccessPath.TryGet(element.ArrayReference) is { } array:
                    (_writtenThrough ??= new HashSet<AccessPath>()).Add(array);
                    break;
                case IPropertyReferenceOperation property when property.Instance is not null:
                    var instance = AccessPath.TryGet(property.Instance);
                    // Written into an object dropped right after, unused: configures no container.
                    if (instance is null || DroppedObjectWrites.IsInto(instance, assignment.Syntax, assignment.SemanticModel, this)) break;
                    AddWrittenPath(instance);
                    if (property.Property.IsIndexer)
                    {
                        Add(ref _indexerWrites, instance, assignment);
                    }
                    else
                    {
                        AddPropertyWrite(instance, property.Property.Name, assignment);
                        AddWrittenMember(instance, property.Property.Name);
                    }
                    break;
            }
        }

        /// <summary>
        /// The locals a deconstruction gives a value (<c>x</c> of <c>(p.User, x) = ...</c>, also in nested tuples and declared
        /// there, <c>var (a, b) = ...</c>), which have no one value then; not those it writes through (<c>hc</c> of <c>hc.Privileged</c>).
        /// </summary>
        private void IndexDeconstructedLocals(IOperation target, int depth)
        {
            switch (target)
            {
                case ILocalReferenceOperation local:
                    AddLocalValue(local.Local, null);
                    break;
                case ITupleOperation tuple when depth <= 8:
                    foreach (var element in tuple.Elements) IndexDeconstructedLocals(element, depth + 1);
                    break;
                case IDeclarationExpressionOperation declaration:
                    IndexDeconstructedLocals(declaration.Expression, depth + 1);
                    break;
            }
        }

        /// <summary>
        /// <c>(hc.Privileged, hc.PidMode) = (true, "host")</c>, <c>(p.User, x) = ("root", 1)</c>: each property the deconstruction
        /// assigns the constant element of a tuple literal to (also nested, <c>((a, b), c) = ((1, 2), 3)</c>), as
        /// <c>hc.Privileged = true</c> writes it. An element of another value (<c>(p.User, x) = (user, 1)</c>, a tuple the
        /// right side does not spell) is not read: what it replaces stays as it was.
        /// </summary>
        private void IndexElementWrites(IOperation target, IOperation value, int depth)
        {
            if (depth > 8 || target is not ITupleOperation targets || Values.SkipConversions(value) is not ITupleOperation values
                || targets.Elements.Length != values.Elements.Length)
                return;
            for (var i = 0; i < targets.Elements.Length; i++)
            {
                var element = values.Elements[i];
                if (targets.Elements[i] is ITupleOperation nested) IndexElementWrites(nested, element, depth + 1);
                else if (targets.Elements[i] is IPropertyReferenceOperation { Property.IsIndexer: false, Instance: { } instance } property
                         && Values.SkipConversions(element)?.ConstantValue is { HasValue: true, Value: not null } && AccessPath.TryGet(instance) is { } path)
                {
                    if (AccessPath.TryGet(property) is { } member) (_memberWrites ??= new Dictionary<AccessPath, int>())[member] = MemberWriteCount(member) + 1;
                    AddWrittenPath(path);
                    AddWrittenMember(path, property.Property.Name);
                    _elementWrites ??= new Dictionary<AccessPath, Dictionary<string, List<IOperation>>>();
                    if (!_elementWrites.TryGetValue(path, out var byName))
                        _elementWrites[path] = byName = new Dictionary<string, List<IOperation>>(System.StringComparer.Ordinal);
                    if (!byName.TryGetValue(property.Property.Name, out var list)) byName[property.Property.Name] = list = new List<IOperation>(1);
                    list.Add(element);
                }
            }
        }

        /// <summary>A write through <c>a.B.C</c> writes C of a.B and B of a.</summary>
        private void AddWrittenPath(AccessPath path)
        {
            (_writtenThrough ??= new HashSet<AccessPath>()).Add(path);
            for (var length = 0; length < path.Members.Length; length++)
                AddWrittenMember(path.Prefix(length), path.Members[length]);
        }

        private void AddWrittenMember(AccessPath path, string member)
        {
            _writtenMembers ??= new Dictionary<AccessPath, HashSet<string>>();
            if (!_writtenMembers.TryGetValue(path, out var members)) _writtenMembers[path] = members = new HashSet<string>(System.StringComparer.Ordinal);
            members.Add(member);
            (_writtenThrough ??= new HashSet<AccessPath>()).Add(path);
        }

        private void AddLocalValue(ILocalSymbol local, IOperation? value)
        {
            // Only a reference to a mutable object can be another name for it (a struct or string local is a copy).
            if (value is not null && local.RefKind == RefKind.None && local.Type is { IsReferenceType: true, SpecialType: not SpecialType.System_String }
                && AccessPath.TryGet(value) is { } path && !SymbolEqualityComparer.Default.Equals(path.Root, local))
                (_aliasCandidates ??= new List<(ILocalSymbol, AccessPath)>()).Add((local, path));
            _localValues ??= new Dictionary<ILocalSymbol, List<IOperation?>>(SymbolEqualityComparer.Default);
            if (!_localValues.TryGetValue(local, out var values))
                _localValues[local] = values = new List<IOperation?>(1);
            values.Add(value);
        }

        private void AddPropertyWrite(AccessPath instance, string property, IAssignmentOperation assignment)
        {
            _propertyWrites ??= new Dictionary<AccessPath, Dictionary<string, List<IAssignmentOperation>>>();
            if (!_propertyWrites.TryGetValue(instance, out var byName))
                _propertyWrites[instance] = byName = new Dictionary<string, List<IAssignmentOperation>>(System.StringComparer.Ordinal);
            if (!byName.TryGetValue(property, out var list)) byName[property] = list = new List<IAssignmentOperation>(1);
            list.Add(assignment);
        }

        private static void Add<T>(ref Dictionary<AccessPath, List<T>>? index, AccessPath path, T item)
        {
            index ??= new Dictionary<AccessPath, List<T>>();
            if (!index.TryGetValue(path, out var list)) index[path] = list = new List<T>();
            list.Add(item);
        }

        private void AddIndexed(AccessPath path, int position)
        {
            _lastIndexed ??= new Dictionary<AccessPath, int>();
            if (!_lastIndexed.TryGetValue(path, out var last) || last < position) _lastIndexed[path] = position;
        }

        /// <summary>Where the method last reaches an element of the list at <paramref name="path"/> by its index; -1 when it does not.</summary>
        public int LastIndexed(AccessPath path) => _lastIndexed is not null && _lastIndexed.TryGetValue(path, out var position) ? position : -1;

        /// <summary>The value of a local that is written exactly once in the method (its initializer or one assignment).</summary>
        public IOperation? SingleValue(ILocalSymbol local) =>
            _localValues is not null && _localValues.TryGetValue(local, out var values) && values.Count == 1 ? values[0] : null;

        /// <summary>
        /// The value <paramref name="reference"/> reads: the local's only value (<see cref="SingleValue"/>), or, for a local
        /// given several, the one given last before the reference when that one surely reaches it: given by a statement
        /// (declaration or assignment) of a block that holds the reference, so that no other value is given between on any
        /// path (<c>var user = "root"; Use(user); user = "app";</c> reads <c>"root"</c> at the first use). Null when the local
        /// is given a value in a lambda or local function, or through <c>ref</c>, <c>out</c> or a compound assignment, when the
        /// reference is in one, or when a later value is given in a loop that holds the reference (the next iteration reads it).
        /// </summary>
        public IOperation? ValueAt(ILocalReferenceOperation reference)
        {
            var declaredByOut = DeclaringOut(reference.Local);
            if (SingleValue(reference.Local) is { } single) return declaredByOut is null || IsGivenAfterEveryOut(single, declaredByOut) ? single : null;
            var values = ValuesWithDeclaringOut(reference.Local, declaredByOut);
            if (values.Count < 2) return null;
            var use = reference.Syntax;
            var function = Function(use);
            IOperation? reaching = null;
            foreach (var value in values)
            {
                if (value is null || value.Syntax.SyntaxTree != use.SyntaxTree || Function(value.Syntax) != function) return null;
                // user = configured ?? user: the value being given reads the one before it (audit 161 F161-3).
                if (value.Syntax.Span.Contains(use.Span))
                {
                    if (IsFallbackIn(reference, value)) continue;
                    return null;
                }
                if (value.Syntax.SpanStart < use.SpanStart)
                {
                    if (reaching is null || value.Syntax.SpanStart > reaching.Syntax.SpanStart) reaching = value;
                    continue;
                }
                if (IsGivenInALoopAround(value, use, function)) return null;
            }
            // What the out gives is not known.
            if (reaching is null || reaching == declaredByOut) return null;
            return SurelyReaches(reaching, use) ? reaching : null;
        }

        /// <summary>
        /// The value of a local written once (<see cref="SingleValue"/>) that it holds wherever it is read: for one an <c>out</c>
        /// declares, only when that value is given whenever the call is made (<c>Enum.TryParse(s, out var mode); mode =
        /// AccessMode.ReadWrite;</c>, not <c>if (!Enum.TryParse(s, out var mode)) mode = ...;</c>: audit 154 N154-1, 160 A160-3).
        /// </summary>
        public IOperation? SureValue(ILocalSymbol local) =>
            SingleValue(local) is { } single && (DeclaringOut(local) is not { } declaredByOut || IsGivenAfterEveryOut(single, declaredByOut)) ? single : null;

        /// <summary>
        /// Whether <paramref name="value"/> is given after the statement holding the <c>out</c> that declares the local, on every
        /// path through it: in a later statement of its list, or inside blocks, <c>using</c>, <c>lock</c>, <c>checked</c>,
        /// <c>fixed</c> or a <c>try</c> block without a <c>catch</c> there (<c>bool.TryParse(s, out var p); { p = true; }</c>).
        /// Not in the statement itself (<c>if (!bool.TryParse(s, out var p)) p = true;</c>), a branch, a loop or a function.
        /// </summary>
        private static bool IsGivenAfterEveryOut(IOperation value, IArgumentOperation declaredByOut)
        {
            if (value.Parent is not ISimpleAssignmentOperation { Parent: IExpressionStatementOperation { Syntax: StatementSyntax statement } }
                || declaredByOut.Syntax.FirstAncestorOrSelf<StatementSyntax>() is not { } outStatement
                || StatementList(outStatement) is not { } list)
                return false;
            for (SyntaxNode node = statement; ; node = node.Parent!)
            {
                if (node.Parent == list || (node.Parent is GlobalStatementSyntax global && global.Parent == list)) return node.SpanStart > outStatement.Span.End;
                switch (node.Parent)
                {
                    case BlockSyntax or UsingStatementSyntax or LockStatementSyntax or CheckedStatementSyntax or FixedStatementSyntax:
                    case TryStatementSyntax { Catches.Count: 0 } tryStatement when tryStatement.Block == node:
                        continue;
                    default:
                        return false;
                }
            }
        }

        /// <summary>
        /// Whether <paramref name="reference"/>, inside the value given to its own local, is that value as it stands: a side of
        /// <c>??</c> (<c>user = configured ?? user</c>) or a branch of a <c>?:</c> whose condition does not name the local
        /// (<c>user = string.IsNullOrEmpty(configured) ? user : configured</c>). Not one the value tests or changes
        /// (<c>u = u == "root" ? "app" : u</c>, <c>u = Normalize(u)</c>): what it holds then is not read.
        /// </summary>
        private static bool IsFallbackIn(ILocalReferenceOperation reference, IOperation value)
        {
            IOperation current = reference;
            for (var depth = 0; depth < 8 && current != value; depth++)
            {
                var parent = current.Parent;
                switch (parent)
                {
                    case IConversionOperation or IParenthesizedOperation or ICoalesceOperation:
                        break;
                    case IConditionalOperation conditional when conditional.Condition != current:
                        foreach (var named in conditional.Condition.DescendantsAndSelf())
                            if (named is ILocalReferenceOperation other && SymbolEqualityComparer.Default.Equals(other.Local, reference.Local)) return false;
                        break;
                    default:
                        return false;
                }
                current = parent;
            }
            return current == value;
        }

        private IArgumentOperation? DeclaringOut(ILocalSymbol local) =>
            _declaredByOut is not null && _declaredByOut.TryGetValue(local, out var argument) ? argument : null;

        /// <summary>
        /// The local's values (<see cref="LocalValues"/>) with, first, the <c>out</c> argument that declares it, if one does:
        /// <c>if (!bool.TryParse(s, out var privileged)) privileged = true;</c> holds what the call gives, or true (audit 154 N154-1).
        /// </summary>
        private IReadOnlyList<IOperation?> ValuesWithDeclaringOut(ILocalSymbol local, IArgumentOperation? declaredByOut)
        {
            var values = LocalValues(local);
            if (declaredByOut is null) return values;
            var all = new List<IOperation?>(values.Count + 1) { declaredByOut };
            all.AddRange(values);
            return all;
        }

        /// <summary>Whether <paramref name="value"/>, given after <paramref name="use"/>, is given in a loop that holds the use: the next iteration reads it.</summary>
        private static bool IsGivenInALoopAround(IOperation value, SyntaxNode use, SyntaxNode? function)
        {
            for (var parent = value.Syntax.Parent; parent is not null && parent != function; parent = parent.Parent)
                if (parent is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax && parent.Span.Contains(use.Span))
                    return true;
            return false;
        }

        /// <summary>Whether <paramref name="value"/> is given by a statement (declaration or assignment) of a block that holds <paramref name="use"/>.</summary>
        private static bool SurelyReaches(IOperation value, SyntaxNode use)
        {
            SyntaxNode? statement = value.Parent switch
            {
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Syntax.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>(),
                ISimpleAssignmentOperation { Parent: IExpressionStatementOperation expression } => expression.Syntax,
                // The out that declares the local: its statement (the local is in scope in that statement's list only; a
                // call in a condition the compiler lets the local be read after has run whenever it is read).
                _ when value is IArgumentOperation => value.Syntax.FirstAncestorOrSelf<StatementSyntax>(),
                _ => null,
            };
            return statement is StatementSyntax given && StatementList(given) is { } list && list.Span.Contains(use.Span);
        }

        /// <summary>
        /// The values that may reach <paramref name="reference"/> when no one value surely does (<see cref="ValueAt"/>): the
        /// last one a statement of a block holding it gives, if any, and those given after that one on some paths only, by
        /// assignment statements inside an <c>if</c>, <c>else</c> or <c>switch</c> section (<c>var privileged = false; if
        /// (o.Dind) privileged = true;</c>: false or true, each "may"; audit 129 D129-12). Null when another value may reach
        /// it (given in a lambda or a local function, through <c>ref</c>, <c>out</c> or a compound assignment, in a loop or
        /// in an expression) or when a later value is given in a loop that holds the reference.
        /// </summary>
        public List<IOperation>? ReachingValues(ILocalReferenceOperation reference)
        {
            var declaredByOut = DeclaringOut(reference.Local);
            // if (!bool.TryParse(s, out var p)) p = true;, also read in a lambda or given in a loop (audit 160 A160-1, A160-2):
            // what the call gives, or that value.
            if (declaredByOut is not null && SingleValue(reference.Local) is { } single)
                return IsGivenAfterEveryOut(single, declaredByOut) ? null : new List<IOperation>(2) { declaredByOut, single };
            var values = ValuesWithDeclaringOut(reference.Local, declaredByOut);
            if (values.Count < 2 || values.Count > 16) return null;
            var use = reference.Syntax;
            var function = Function(use);
            IOperation? surely = null;
            List<IOperation>? maybe = null;
            foreach (var value in values)
            {
                if (value is null || value.Syntax.SyntaxTree != use.SyntaxTree || Function(value.Syntax) != function) return null;
                if (value.Syntax.Span.Contains(use.Span))
                {
                    if (IsFallbackIn(reference, value)) continue;
                    return null;
                }
                if (value.Syntax.SpanStart < use.SpanStart)
                {
                    if (SurelyReaches(value, use))
                    {
                        if (surely is null || value.Syntax.SpanStart > surely.Syntax.SpanStart) surely = value;
                    }
                    else if (value.Parent is ISimpleAssignmentOperation { Parent: IExpressionStatementOperation statement } && IsInBranchOutsideLoops(statement.Syntax, function))
                    {
                        // if (x) user = "root"; else Use(user);: not on the use's path; nor if (x) { user = "root"; return; }.
                        if (!PathCoverage.AreExclusive(statement.Syntax, use) && !LeavesAfter(statement.Syntax, use)) (maybe ??= new List<IOperation>()).Add(value);
                    }
                    else
                        return null;
                    continue;
                }
                if (IsGivenInALoopAround(value, use, function)) return null;
            }
            if (maybe is null) return null;
            if (surely is not null) maybe.RemoveAll(value => value.Syntax.SpanStart < surely.Syntax.SpanStart);
            if (maybe.Count == 0) return null;
            if (surely is not null) maybe.Insert(0, surely);
            return maybe;
        }

        /// <summary>
        /// Whether the branch <paramref name="statement"/> is in may leave before <paramref name="use"/>: a <c>return</c>,
        /// <c>throw</c>, <c>goto</c> or <c>continue</c> after it in a branch that does not hold the use (audit 130 R130-3).
        /// </summary>
        private static bool LeavesAfter(SyntaxNode statement, SyntaxNode use)
        {
            for (var branch = statement.Parent; branch is not null && !branch.Span.Contains(use.Span); branch = branch.Parent)
            {
                if (branch is not (IfStatementSyntax or ElseClauseSyntax or SwitchSectionSyntax)) continue;
                foreach (var node in branch.DescendantNodes())
                    if (node.SpanStart > statement.Span.End && node is ReturnStatementSyntax or ThrowStatementSyntax or GotoStatementSyntax
                        or ContinueStatementSyntax or YieldStatementSyntax { RawKind: (int)SyntaxKind.YieldBreakStatement } or ThrowExpressionSyntax)
                        return true;
            }
            return false;
        }

        /// <summary>Whether <paramref name="statement"/> runs in a branch (<c>if</c>, <c>else</c>, a <c>switch</c> section) and in no loop, lambda or local function of <paramref name="function"/>.</summary>
        private static bool IsInBranchOutsideLoops(SyntaxNode statement, SyntaxNode? function)
        {
            var branch = false;
            for (var parent = statement.Parent; parent is not null && parent != function; parent = parent.Parent)
            {
                switch (parent)
                {
                    case IfStatementSyntax or ElseClauseSyntax or SwitchSectionSyntax:
                        branch = true;
                        break;
                    case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax
                        or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or TryStatementSyntax or CatchClauseSyntax:
                        return false;
                }
            }
            return branch;
        }

        /// <summary>Every value the method gives the local, in the order the walk met them (null for a write whose value is not one: <c>+=</c>, <c>ref</c>, <c>out</c>).</summary>
        public IReadOnlyList<IOperation?> LocalValues(ILocalSymbol local) =>
            _localValues is not null && _localValues.TryGetValue(local, out var values) ? values : (IReadOnlyList<IOperation?>)System.Array.Empty<IOperation?>();

        public int WriteCount(ILocalSymbol local) => _localValues is not null && _localValues.TryGetValue(local, out var values) ? values.Count : 0;

        /// <summary>
        /// The other names of <paramref name="path"/> through locals that hold it or an object above it
        /// (<c>hc.Binds</c> for <c>parameters.HostConfig.Binds</c> after <c>var hc = parameters.HostConfig;</c>).
        /// With <paramref name="placedAt"/>, where the object read through the path was put there (the declaration or
        /// assignment that stores it, or the object holding it), only the locals that hold that object (<see
        /// cref="HoldsWhatWasPlaced"/>); <paramref name="objectLength"/> is how many members of the path lead to the object
        /// (the rest, a list of it, is not its place).
        /// </summary>
        public List<AccessPath>? Aliases(AccessPath path, SyntaxNode? placedAt = null, int objectLength = int.MaxValue)
        {
            if (_aliasCandidates is null) return null;
            List<AccessPath>? result = null;
            foreach (var (local, target) in _aliasCandidates)
                if (WriteCount(local) == 1 && path.StartsWith(target) && (placedAt is null || HoldsWhatWasPlaced(local, target, placedAt, objectLength)))
                    (result ??= new List<AccessPath>()).Add(path.Rebase(target, AccessPath.Of(local)));
            return result;
        }

        /// <summary>
        /// Whether <paramref name="local"/>, given <paramref name="target"/> once, holds the object placed at
        /// <paramref name="placedAt"/>: a local holds what the path held when it was given it. Not when it is given it before
        /// the assignment that places the object there (<c>var hc = p.HostConfig; p.HostConfig = new HostConfig { ... };</c>:
        /// hc holds the earlier HostConfig), nor after a member on the way is given another value on every path since
        /// (<c>p.HostConfig = other; var hc = p.HostConfig;</c> after <c>new CreateContainerParameters { HostConfig = new
        /// HostConfig { ... } }</c>). Given one on some paths only (<c>if (x) p.HostConfig = other;</c>), the local holds the
        /// object on each path on which the path still does.
        /// </summary>
        private bool HoldsWhatWasPlaced(ILocalSymbol local, AccessPath target, SyntaxNode placedAt, int objectLength)
        {
            if (target.Members.Length == 0 || _propertyWrites is null || SingleValue(local) is not { } value) return true;
            var given = value.Syntax;
            if (given.SyntaxTree != placedAt.SyntaxTree) return true;
            List<SyntaxNode>? between = null;
            var members = System.Math.Min(target.Members.Length, objectLength);
            for (var length = 1; length <= members; length++)
                foreach (var write in PropertyWrites(target.Prefix(length - 1), target.Members[length - 1]))
                {
                    var at = write.Syntax;
                    if (at == placedAt)
                    {
                        // Given the assignment's own value (var hc = p.HostConfig ??= new HostConfig();, audit 158 C158-2): what it places.
                        if (given.SpanStart < placedAt.Span.End && !given.Span.Contains(placedAt.Span)) return false;
                        continue;
                    }
                    if (at.SyntaxTree == given.SyntaxTree && at.SpanStart >= placedAt.Span.End && at.SpanStart < given.SpanStart && !PathCoverage.AreExclusive(at, given))
                        (between ??= new List<SyntaxNode>()).Add(write.Value.Syntax);
                }
            return between is null || !PathCoverage.IsReplacedOnEveryPath(placedAt, between);
        }

        /// <summary>Whether the method calls <c>Insert</c> or <c>InsertRange</c> on a collection: the order of its elements is then not the order they are added in.</summary>
        public bool HasInserts { get; private set; }

        /// <summary>Whether the method has locals that may be other names for a path (<see cref="Aliases"/>).</summary>
        public bool HasAliases => _aliasCandidates is not null;

        /// <summary>
        /// Whether something is written through a local that holds <paramref name="path"/> or an object below it, or through a
        /// local that takes it from such a local (<c>var hc = p.HostConfig; var a = hc; a.PidMode = "host";</c>).
        /// </summary>
        public bool WritesThroughAliasOf(AccessPath path) => WritesThroughAliasOf(path, 0);

        private bool WritesThroughAliasOf(AccessPath path, int depth)
        {
            if (_aliasCandidates is null || _writtenThrough is null || depth > MaxAliasDepth) return false;
            foreach (var (local, target) in _aliasCandidates)
            {
                if (!target.StartsWith(path) || WriteCount(local) != 1) continue;
                var name = AccessPath.Of(local);
                if (WritesThrough(name) || WritesThroughAliasOf(name, depth + 1)) return true;
            }
            return false;
        }

        // How many locals of locals WritesThroughAliasOf follows.
        private const int MaxAliasDepth = 8;

        /// <summary>
        /// Whether a return statement of the function that holds <paramref name="change"/> (not one of a lambda or local
        /// function inside it) starts after <paramref name="after"/> and before the change: the object may be returned (or
        /// yielded) before the change runs. So does a jump that may skip the change: a <c>goto</c>, or a <c>continue</c> or
        /// <c>break</c> of a loop (or switch) that holds the change (<c>if (trusted) { Create(hc); continue; }
        /// hc.Privileged = false;</c>: the container is created before the write, which then does not run).
        /// </summary>
        public bool ReturnsBetween(int after, SyntaxNode change)
        {
            if (_returns is null) return false;
            SyntaxNode? function = null;
            foreach (var statement in _returns)
            {
                if (statement.SpanStart <= after || statement.SpanStart >= change.SpanStart || statement.SyntaxTree != change.SyntaxTree) continue;
                function ??= Function(change);
                if (Function(statement) == function && MaySkip(statement, change)) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether a jump may skip <paramref name="change"/>: a return always may (the object may be returned with what it
        /// holds); a <c>goto</c>, <c>continue</c> or <c>break</c> on a branch the change is not on (<c>case "a": ...; break;
        /// default: hc.Privileged = false;</c>) does not, and a <c>continue</c> or <c>break</c> only of a loop (or switch) that
        /// holds the change.
        /// </summary>
        private static bool MaySkip(SyntaxNode statement, SyntaxNode change)
        {
            if (statement is not (BreakStatementSyntax or ContinueStatementSyntax or GotoStatementSyntax)) return true;
            if (PathCoverage.AreExclusive(statement, change)) return false;
            var leavesSwitch = statement is BreakStatementSyntax;
            if (!leavesSwitch && statement is not ContinueStatementSyntax) return true;
            for (var parent = statement.Parent; parent is not null; parent = parent.Parent)
            {
                if (IsLoop(parent) || (leavesSwitch && parent is SwitchStatementSyntax))
                    return parent.Span.Contains(change.Span);
                if (parent is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax) break;
            }
            return true;
        }

        /// <summary>
        /// Whether <paramref name="name"/> is in the argument of the <c>nameof</c> operator (<c>nameof(hc)</c>, also
        /// <c>nameof(hc.Privileged)</c>, <c>nameof(b.Build)</c>, audit 78 A78-1): its text, nothing run or read. Not where a
        /// method named <c>nameof</c> is in scope, which C# calls instead (A78-3).
        /// </summary>
        internal static bool IsNameofArgument(SyntaxNode name)
        {
            var node = name;
            while (node.Parent is MemberAccessExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax) node = node.Parent;
            return node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } operatorOrCall } } && IsNameofOperator(operatorOrCall);
        }

        /// <summary>Whether <paramref name="node"/> is a loop statement (<c>while</c>, <c>do</c>, <c>for</c>, <c>foreach</c>).</summary>
        internal static bool IsLoop(SyntaxNode node) => node is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax;

        /// <summary>Whether <paramref name="node"/> is the <c>nameof</c> operator (<c>nameof(b)</c>), not a call of a method named so.</summary>
        internal static bool IsNameofOperator(SyntaxNode node) =>
            node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments.Count: 1 }
            && DeclarationInScope(node, "nameof") is null;

        /// <summary>
        /// The local function or method named <paramref name="name"/> that a call at <paramref name="node"/> binds to, as C#
        /// looks it up: the innermost block (or switch section, or the top-level statements) that declares a local function of
        /// that name, else a method of an enclosing type. Null when none is declared in the file.
        /// </summary>
        internal static SyntaxNode? DeclarationInScope(SyntaxNode node, string name)
        {
            for (var scope = node.Parent; scope is not null; scope = scope.Parent)
                if (scope is BlockSyntax or SwitchSectionSyntax or TypeDeclarationSyntax or CompilationUnitSyntax
                    && FunctionsDeclared.GetValue(scope, FunctionsDeclaredIn).TryGetValue(name, out var declaration))
                    return declaration;
            return null;
        }

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, Dictionary<string, SyntaxNode>> FunctionsDeclared =
            new System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, Dictionary<string, SyntaxNode>>();

        /// <summary>
        /// The local functions (or methods) a block, switch section, type or the top-level statements declare, by name, the first
        /// of a name: read once per scope, since each call by a plain name asks (audit 96 P96-10: 2,400 calls in one method).
        /// </summary>
        private static Dictionary<string, SyntaxNode> FunctionsDeclaredIn(SyntaxNode scope)
        {
            var declared = new Dictionary<string, SyntaxNode>();
            var members = scope switch
            {
                BlockSyntax block => (IEnumerable<SyntaxNode>)block.Statements,
                SwitchSectionSyntax section => section.Statements,
                TypeDeclarationSyntax type => type.Members,
                CompilationUnitSyntax unit => unit.Members,
                _ => System.Linq.Enumerable.Empty<SyntaxNode>(),
            };
            foreach (var member in members)
            {
                var (name, declaration) = member switch
                {
                    LocalFunctionStatementSyntax function => (function.Identifier, (SyntaxNode)function),
                    GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax function } => (function.Identifier, function),
                    MethodDeclarationSyntax method => (method.Identifier, method),
                    _ => (default, null),
                };
                if (declaration is not null && !declared.ContainsKey(name.ValueText)) declared[name.ValueText] = declaration;
            }
            return declared;
        }

        /// <summary>
        /// The function whose code <paramref name="node"/> is: a lambda, a local function, or the member (method, accessor);
        /// for a top-level statement, the file that holds them (they are one method's body, run in order).
        /// </summary>
        internal static SyntaxNode? Function(SyntaxNode node)
        {
            for (var parent = node.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }) return unit;
                if (parent is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax or AccessorDeclarationSyntax)
                    return parent;
            }
            return null;
        }

        /// <summary>The nodes of a <see cref="Function"/>'s code: for top-level statements, theirs, not those of the types declared after them.</summary>
        internal static IEnumerable<SyntaxNode> CodeOf(SyntaxNode function) =>
            function is CompilationUnitSyntax unit ? TopLevelCode(unit, null) : function.DescendantNodes();

        /// <summary>As <see cref="CodeOf(SyntaxNode)"/>, the nodes that lie in <paramref name="span"/> or around it.</summary>
        internal static IEnumerable<SyntaxNode> CodeOf(SyntaxNode function, Microsoft.CodeAnalysis.Text.TextSpan span) =>
            function is CompilationUnitSyntax unit ? TopLevelCode(unit, span) : function.DescendantNodes(span);

        private static IEnumerable<SyntaxNode> TopLevelCode(CompilationUnitSyntax unit, Microsoft.CodeAnalysis.Text.TextSpan? span)
        {
            foreach (var member in unit.Members)
            {
                if (member is not GlobalStatementSyntax global) continue;
                if (span is { } within)
                {
                    if (global.FullSpan.End < within.Start) continue;
                    if (global.FullSpan.Start > within.End) yield break;
                }
                foreach (var node in span is { } inner ? global.DescendantNodes(inner) : global.DescendantNodes()) yield return node;
            }
        }

        /// <summary>
        /// What holds the statements <paramref name="statement"/> is one of, run one after the other: its block, its switch
        /// section (audit 62 Z2: <c>case 1: b = b.WithPrivileged(true); b = b.WithPrivileged(false); break;</c>), or for a
        /// top-level statement the file (<see cref="Statements"/>). Null for an embedded statement.
        /// </summary>
        internal static SyntaxNode? StatementList(StatementSyntax statement) => statement.Parent switch
        {
            BlockSyntax block => block,
            SwitchSectionSyntax section => section,
            GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } => unit,
            _ => null,
        };

        /// <summary>The statements of a <see cref="StatementList"/>, in order.</summary>
        internal static IEnumerable<StatementSyntax> Statements(SyntaxNode list)
        {
            if (list is BlockSyntax block)
            {
                foreach (var statement in block.Statements) yield return statement;
            }
            else if (list is SwitchSectionSyntax section)
            {
                foreach (var statement in section.Statements) yield return statement;
            }
            else if (list is CompilationUnitSyntax unit)
            {
                foreach (var member in unit.Members)
                    if (member is GlobalStatementSyntax global) yield return global.Statement;
            }
        }

        /// <summary>The statement of <paramref name="list"/> (<see cref="StatementList"/>) that holds <paramref name="node"/>, or null.</summary>
        internal static StatementSyntax? StatementOf(SyntaxNode list, SyntaxNode node)
        {
            for (SyntaxNode? current = node; current is not null && current != list; current = current.Parent)
                if (current is StatementSyntax statement && StatementList(statement) == list) return statement;
            return null;
        }

        /// <summary>How often the method assigns the field or property at <paramref name="path"/> itself (<c>_hostConfig = ...</c>).</summary>
        public int MemberWriteCount(AccessPath path) =>
            _memberWrites is not null && _memberWrites.TryGetValue(path, out var count) ? count : 0;

        /// <summary>How often the method assigns the parameter itself (not one of its properties).</summary>
        public int ParameterWriteCount(IParameterSymbol parameter) =>
            _parameterWrites is not null && _parameterWrites.TryGetValue(parameter, out var count) ? count : 0;

        /// <summary>Calls other than <c>Add</c> that change the collection at <paramref name="path"/> (<c>caps.AddRange(...)</c>, <c>Clear()</c>).</summary>
        public IReadOnlyList<IInvocationOperation> OtherChanges(AccessPath path) => Get(_otherChanges, path);

        /// <summary>
        /// Whether the collection a local holds is only given to it: nothing is added to it, removed from it, written through
        /// it or by index, it is not reached by index, handed to a method, or given to another name.
        /// </summary>
        public bool IsOnlyGiven(ILocalSymbol local)
        {
            var path = AccessPath.Of(local);
            return AddCalls(path).Count == 0 && OtherChanges(path).Count == 0 && !WritesThrough(path) && !IsHandedOff(path)
                && IndexerWrites(path).Count == 0 && LastIndexed(path) < 0 && Aliases(path) is null;
        }

        /// <summary>Whether the object at <paramref name="path"/>, or one it belongs to, is handed to a method of this project or a delegate.</summary>
        public bool IsHandedOff(AccessPath path)
        {
            if (_handedOff is null) return false;
            for (var length = 0; length <= path.Members.Length; length++)
                if (_handedOff.Contains(path.Prefix(length))) return true;
            return false;
        }

        /// <summary>Whether the method writes <paramref name="member"/> of the object at <paramref name="path"/>, or anything below it.</summary>
        public bool WritesMember(AccessPath path, string member) =>
            _writtenMembers is not null && _writtenMembers.TryGetValue(path, out var members) && members.Contains(member);

        /// <summary>Whether the method writes any member of the object at <paramref name="path"/>, or anything below one.</summary>
        public bool WritesThrough(AccessPath path) => _writtenThrough is not null && _writtenThrough.Contains(path);

        /// <summary>Assignments to <paramref name="property"/> of the object at <paramref name="instance"/> (<c>hc.Privileged = true</c> for hc, Privileged).</summary>
        public IReadOnlyList<IAssignmentOperation> PropertyWrites(AccessPath instance, string property) =>
            _propertyWrites is not null && _propertyWrites.TryGetValue(instance, out var byName) && byName.TryGetValue(property, out var list)
                ? list
                : (IReadOnlyList<IAssignmentOperation>)System.Array.Empty<IAssignmentOperation>();

        /// <summary>
        /// The elements of tuple literals a deconstruction gives <paramref name="property"/> of the object at <paramref name="instance"/>
        /// (<c>true</c> of <c>(hc.Privileged, hc.PidMode) = (true, "host")</c>), in the order of the walk: read as the values of writes.
        /// </summary>
        public IReadOnlyList<IOperation> ElementWrites(AccessPath instance, string property) =>
            _elementWrites is not null && _elementWrites.TryGetValue(instance, out var byName) && byName.TryGetValue(property, out var list)
                ? list
                : (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();

        /// <summary>Whether a deconstruction gives a property a tuple element anywhere in the method (<see cref="ElementWrites"/>).</summary>
        public bool HasElementWrites => _elementWrites is not null;

        /// <summary>Indexer assignments on the collection at <paramref name="path"/> (<c>hc.Tmpfs["/run"] = "suid"</c>).</summary>
        public IReadOnlyList<IAssignmentOperation> IndexerWrites(AccessPath path) => Get(_indexerWrites, path);

        /// <summary>
        /// What a write gives its target, for the value readers: the value of <c>=</c>; for <c>??=</c> the operation itself,
        /// which they read as a conditional (the value is written only when the target is null).
        /// </summary>
        public static IOperation WrittenValue(IAssignmentOperation assignment) =>
            assignment is ICoalesceAssignmentOperation ? assignment : assignment.Value;

        /// <summary><c>Add</c> calls on the collection at <paramref name="path"/> (<c>hc.CapAdd.Add("NET_ADMIN")</c>).</summary>
        public IReadOnlyList<IInvocationOperation> AddCalls(AccessPath path) => Get(_addCalls, path);

        private static IReadOnlyList<T> Get<T>(Dictionary<AccessPath, List<T>>? index, AccessPath path) =>
            index is not null && index.TryGetValue(path, out var list) ? list : (IReadOnlyList<T>)System.Array.Empty<T>();
    }
}
