using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// Every write in one method body (including its lambdas and local functions), indexed for the readers:
    /// values assigned to locals, property assignments, indexer assignments and <c>Add</c> calls by the path they
    /// write through. Built once per method and only when the method creates a Docker.DotNet model or configures
    /// a Testcontainers builder.
    /// </summary>
    internal sealed class MethodScope
    {
        private readonly Dictionary<ILocalSymbol, List<IOperation?>> _localValues =
            new Dictionary<ILocalSymbol, List<IOperation?>>(SymbolEqualityComparer.Default);
        // By the path of the object written to, then the property name: looking a property up allocates nothing.
        private readonly Dictionary<AccessPath, Dictionary<string, List<ISimpleAssignmentOperation>>> _propertyWrites =
            new Dictionary<AccessPath, Dictionary<string, List<ISimpleAssignmentOperation>>>();
        private readonly Dictionary<AccessPath, List<ISimpleAssignmentOperation>> _indexerWrites = new Dictionary<AccessPath, List<ISimpleAssignmentOperation>>();
        private readonly Dictionary<AccessPath, List<IInvocationOperation>> _addCalls = new Dictionary<AccessPath, List<IInvocationOperation>>();

        public MethodScope(ImmutableArray<IOperation> blocks)
        {
            foreach (var block in blocks)
            {
                if (block is null) continue;
                foreach (var operation in block.DescendantsAndSelf()) Index(operation);
            }
        }

        private void Index(IOperation operation)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                    if (initializer is not null) AddLocalValue(declarator.Symbol, initializer.Value);
                    break;
                case ISimpleAssignmentOperation assignment:
                    IndexAssignment(assignment);
                    break;
                case ICompoundAssignmentOperation compound when compound.Target is ILocalReferenceOperation local:
                    AddLocalValue(local.Local, null);
                    break;
                case IIncrementOrDecrementOperation increment when increment.Target is ILocalReferenceOperation local:
                    AddLocalValue(local.Local, null);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var target in deconstruction.Target.Descendants())
                        if (target is ILocalReferenceOperation local) AddLocalValue(local.Local, null);
                    break;
                case IArgumentOperation argument when argument.Parameter is { RefKind: not RefKind.None } && argument.Value is ILocalReferenceOperation local:
                    AddLocalValue(local.Local, null);
                    break;
                case IInvocationOperation invocation when invocation.Instance is not null && invocation.TargetMethod.Name == "Add":
                    var path = AccessPath.TryGet(invocation.Instance);
                    if (path is not null) Add(_addCalls, path, invocation);
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
                    if (property.Property.IsIndexer) Add(_indexerWrites, instance, assignment);
                    else AddPropertyWrite(instance, property.Property.Name, assignment);
                    break;
            }
        }

        private void AddLocalValue(ILocalSymbol local, IOperation? value)
        {
            if (!_localValues.TryGetValue(local, out var values))
                _localValues[local] = values = new List<IOperation?>(1);
            values.Add(value);
        }

        private void AddPropertyWrite(AccessPath instance, string property, ISimpleAssignmentOperation assignment)
        {
            if (!_propertyWrites.TryGetValue(instance, out var byName))
                _propertyWrites[instance] = byName = new Dictionary<string, List<ISimpleAssignmentOperation>>(System.StringComparer.Ordinal);
            if (!byName.TryGetValue(property, out var list)) byName[property] = list = new List<ISimpleAssignmentOperation>(1);
            list.Add(assignment);
        }

        private static void Add<T>(Dictionary<AccessPath, List<T>> index, AccessPath path, T item)
        {
            if (!index.TryGetValue(path, out var list)) index[path] = list = new List<T>();
            list.Add(item);
        }

        /// <summary>The value of a local that is written exactly once in the method (its initializer or one assignment).</summary>
        public IOperation? SingleValue(ILocalSymbol local) =>
            _localValues.TryGetValue(local, out var values) && values.Count == 1 ? values[0] : null;

        public int WriteCount(ILocalSymbol local) => _localValues.TryGetValue(local, out var values) ? values.Count : 0;

        /// <summary>Assignments to <paramref name="property"/> of the object at <paramref name="instance"/> (<c>hc.Privileged = true</c> for hc, Privileged).</summary>
        public IReadOnlyList<ISimpleAssignmentOperation> PropertyWrites(AccessPath instance, string property) =>
            _propertyWrites.TryGetValue(instance, out var byName) && byName.TryGetValue(property, out var list)
                ? list
                : (IReadOnlyList<ISimpleAssignmentOperation>)System.Array.Empty<ISimpleAssignmentOperation>();

        /// <summary>Indexer assignments on the collection at <paramref name="path"/> (<c>hc.Tmpfs["/run"] = "suid"</c>).</summary>
        public IReadOnlyList<ISimpleAssignmentOperation> IndexerWrites(AccessPath path) => Get(_indexerWrites, path);

        /// <summary><c>Add</c> calls on the collection at <paramref name="path"/> (<c>hc.CapAdd.Add("NET_ADMIN")</c>).</summary>
        public IReadOnlyList<IInvocationOperation> AddCalls(AccessPath path) => Get(_addCalls, path);

        private static IReadOnlyList<T> Get<T>(Dictionary<AccessPath, List<T>> index, AccessPath path) =>
            index.TryGetValue(path, out var list) ? list : (IReadOnlyList<T>)System.Array.Empty<T>();
    }
}
