using System.Collections.Generic;
using Microsoft.CodeAnalysis;
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
        // Allocated on first use: most methods the analyzers read write only a few of these.
        private Dictionary<ILocalSymbol, List<IOperation?>>? _localValues;
        // By the path of the object written to, then the property name: looking a property up allocates nothing.
        private Dictionary<AccessPath, Dictionary<string, List<ISimpleAssignmentOperation>>>? _propertyWrites;
        private Dictionary<AccessPath, List<ISimpleAssignmentOperation>>? _indexerWrites;
        private Dictionary<AccessPath, List<IInvocationOperation>>? _addCalls;
        // (path, member) for every member written through the path, directly or further down (hc.Binds.Add(...) writes
        // Binds of hc): lets the readers skip the properties a method never touches.
        private HashSet<(AccessPath Path, string Member)>? _writtenMembers;

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
                case OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment:
                    if (((IAssignmentOperation)operation).Target is ILocalReferenceOperation compoundTarget) AddLocalValue(compoundTarget.Local, null);
                    break;
                case OperationKind.Increment or OperationKind.Decrement:
                    if (((IIncrementOrDecrementOperation)operation).Target is ILocalReferenceOperation counter) AddLocalValue(counter.Local, null);
                    break;
                case OperationKind.DeconstructionAssignment:
                    foreach (var target in ((IDeconstructionAssignmentOperation)operation).Target.Descendants())
                        if (target is ILocalReferenceOperation local) AddLocalValue(local.Local, null);
                    break;
                case OperationKind.Argument:
                    var argument = (IArgumentOperation)operation;
                    if (argument.Parameter is { RefKind: not RefKind.None } && argument.Value is ILocalReferenceOperation byRef) AddLocalValue(byRef.Local, null);
                    break;
                case OperationKind.Invocation:
                    var invocation = (IInvocationOperation)operation;
                    if (invocation.Instance is null || invocation.TargetMethod.Name != "Add") break;
                    var path = AccessPath.TryGet(invocation.Instance);
                    if (path is not null)
                    {
                        Add(ref _addCalls, path, invocation);
                        AddWrittenPath(path);
                    }
                    break;
            }
        }

        private void IndexAssignment(ISimpleAssignmentOperation assignment)
        {
            switch (assignment.Target)
            {
                case ILocalReferenceOperation local:
                    AddLocalValue(local.Local, assignment.IsRef ? null : assignment.Value);
                    break;
                case IPropertyReferenceOperation property when property.Instance is not null:
                    var instance = AccessPath.TryGet(property.Instance);
                    if (instance is null) break;
                    AddWrittenPath(instance);
                    if (property.Property.IsIndexer)
                    {
                        Add(ref _indexerWrites, instance, assignment);
                    }
                    else
                    {
                        AddPropertyWrite(instance, property.Property.Name, assignment);
                        (_writtenMembers ??= new HashSet<(AccessPath, string)>()).Add((instance, property.Property.Name));
                    }
                    break;
            }
        }

        /// <summary>A write through <c>a.B.C</c> writes C of a.B and B of a.</summary>
        private void AddWrittenPath(AccessPath path)
        {
            if (path.Members.Length == 0) return;
            _writtenMembers ??= new HashSet<(AccessPath, string)>();
            for (var length = 0; length < path.Members.Length; length++)
                _writtenMembers.Add((path.Prefix(length), path.Members[length]));
        }

        private void AddLocalValue(ILocalSymbol local, IOperation? value)
        {
            _localValues ??= new Dictionary<ILocalSymbol, List<IOperation?>>(SymbolEqualityComparer.Default);
            if (!_localValues.TryGetValue(local, out var values))
                _localValues[local] = values = new List<IOperation?>(1);
            values.Add(value);
        }

        private void AddPropertyWrite(AccessPath instance, string property, ISimpleAssignmentOperation assignment)
        {
            _propertyWrites ??= new Dictionary<AccessPath, Dictionary<string, List<ISimpleAssignmentOperation>>>();
            if (!_propertyWrites.TryGetValue(instance, out var byName))
                _propertyWrites[instance] = byName = new Dictionary<string, List<ISimpleAssignmentOperation>>(System.StringComparer.Ordinal);
            if (!byName.TryGetValue(property, out var list)) byName[property] = list = new List<ISimpleAssignmentOperation>(1);
            list.Add(assignment);
        }

        private static void Add<T>(ref Dictionary<AccessPath, List<T>>? index, AccessPath path, T item)
        {
            index ??= new Dictionary<AccessPath, List<T>>();
            if (!index.TryGetValue(path, out var list)) index[path] = list = new List<T>();
            list.Add(item);
        }

        /// <summary>The value of a local that is written exactly once in the method (its initializer or one assignment).</summary>
        public IOperation? SingleValue(ILocalSymbol local) =>
            _localValues is not null && _localValues.TryGetValue(local, out var values) && values.Count == 1 ? values[0] : null;

        public int WriteCount(ILocalSymbol local) => _localValues is not null && _localValues.TryGetValue(local, out var values) ? values.Count : 0;

        /// <summary>Whether the method writes <paramref name="member"/> of the object at <paramref name="path"/>, or anything below it.</summary>
        public bool WritesMember(AccessPath path, string member) => _writtenMembers is not null && _writtenMembers.Contains((path, member));

        /// <summary>Assignments to <paramref name="property"/> of the object at <paramref name="instance"/> (<c>hc.Privileged = true</c> for hc, Privileged).</summary>
        public IReadOnlyList<ISimpleAssignmentOperation> PropertyWrites(AccessPath instance, string property) =>
            _propertyWrites is not null && _propertyWrites.TryGetValue(instance, out var byName) && byName.TryGetValue(property, out var list)
                ? list
                : (IReadOnlyList<ISimpleAssignmentOperation>)System.Array.Empty<ISimpleAssignmentOperation>();

        /// <summary>Indexer assignments on the collection at <paramref name="path"/> (<c>hc.Tmpfs["/run"] = "suid"</c>).</summary>
        public IReadOnlyList<ISimpleAssignmentOperation> IndexerWrites(AccessPath path) => Get(_indexerWrites, path);

        /// <summary><c>Add</c> calls on the collection at <paramref name="path"/> (<c>hc.CapAdd.Add("NET_ADMIN")</c>).</summary>
        public IReadOnlyList<IInvocationOperation> AddCalls(AccessPath path) => Get(_addCalls, path);

        private static IReadOnlyList<T> Get<T>(Dictionary<AccessPath, List<T>>? index, AccessPath path) =>
            index is not null && index.TryGetValue(path, out var list) ? list : (IReadOnlyList<T>)System.Array.Empty<T>();
    }
}
