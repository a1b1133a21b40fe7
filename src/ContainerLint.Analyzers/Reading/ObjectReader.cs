using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// An object a method builds: the initializers that set it up (<c>new HostConfig { ... }</c>, or a nested
    /// <c>BindOptions = { ... }</c>) and the paths it can be written through afterwards (<c>hc</c>,
    /// <c>parameters.HostConfig</c>).
    /// </summary>
    internal sealed class ModelObject
    {
        public ModelObject(SyntaxNode node)
        {
            Node = node;
        }

        public SyntaxNode Node { get; }
        public List<IObjectOrCollectionInitializerOperation> Initializers { get; } = new List<IObjectOrCollectionInitializerOperation>();

        /// <summary>The paths the object is reached through: its own (<see cref="IsOwnPath"/>), and the locals that hold it.</summary>
        public HashSet<AccessPath> Paths { get; } = new HashSet<AccessPath>();

        // The paths the object was put at (not a local's other name for it), each with where it was put there: the declaration
        // or assignment that stores it or the object holding it; null where that is not known (a path the method is handed).
        private Dictionary<AccessPath, SyntaxNode?>? _placements;

        /// <summary>Records that the object was put at <paramref name="path"/> by <paramref name="at"/> (null: not known where).</summary>
        public void Place(AccessPath path, SyntaxNode? at)
        {
            _placements ??= new Dictionary<AccessPath, SyntaxNode?>();
            // Put there twice (a child that is both created and reached through the path): not one place.
            _placements[path] = _placements.TryGetValue(path, out var known) && known != at ? null : at;
        }

        /// <summary>Whether the object was put at <paramref name="path"/> rather than taken from it by a local (<c>var hc = p.HostConfig;</c>).</summary>
        public bool IsOwnPath(AccessPath path) => _placements is not null && _placements.ContainsKey(path);

        /// <summary>Where the object was put at its own path <paramref name="path"/>; null when not known, or not one of its own.</summary>
        public SyntaxNode? PlacedAt(AccessPath path) => _placements is not null && _placements.TryGetValue(path, out var at) ? at : null;

        /// <summary>
        /// A local that holds this object or another creation (<c>HostConfig hc; if (x) hc = new HostConfig { ... }; else hc =
        /// new HostConfig();</c>), given it at <see cref="SharedFrom"/>: what is written through it afterwards, until it is
        /// given another value, replaces what the initializers set. Those writes are read, and reported, as the local's.
        /// </summary>
        public ILocalSymbol? SharedLocal { get; set; }

        /// <summary>
        /// The <c>Resources</c> that <c>new HostConfig(resources)</c> copies into this object (its initializer is then one of
        /// <see cref="Initializers"/>, before the HostConfig's own); null when none does.
        /// </summary>
        public List<ResourcesCopy>? Copies { get; set; }

        /// <summary>The assignment or declarator that gives <see cref="SharedLocal"/> this object.</summary>
        public SyntaxNode? SharedFrom { get; set; }

        /// <summary>
        /// Where the object is written through <see cref="SharedLocal"/>: the local itself, or its <c>HostConfig</c>
        /// (<c>p.HostConfig</c>) for a HostConfig created in the initializer of parameters the local holds.
        /// </summary>
        public AccessPath? SharedPath => SharedLocal is null ? null : SharedMember is { } member ? AccessPath.Of(SharedLocal).Append(member) : AccessPath.Of(SharedLocal);

        /// <summary>The member of <see cref="SharedLocal"/> that holds the object (<c>HostConfig</c>); null when the local holds it.</summary>
        public string? SharedMember { get; set; }

        /// <summary>Where the writes through <see cref="SharedLocal"/> stop reaching the object, once worked out (<c>ObjectReader.SharedReachEnd</c>).</summary>
        public int? SharedReachEnd { get; set; }

        /// <summary>
        /// The locals that take the object from <see cref="SharedPath"/> while it holds it (<c>var hc = p.HostConfig;</c>),
        /// each with where it is given it, once worked out (<c>ObjectReader.SharedAliases</c>).
        /// </summary>
        public List<(AccessPath Path, SyntaxNode Given)>? SharedAliases { get; set; }

        // The members the initializers set, gathered once for the many properties a reader asks about (and again if an
        // initializer is added after that).
        private HashSet<string>? _initializedMembers;
        private int _initializersGathered;

        /// <summary>Whether one of the initializers sets <paramref name="property"/> (<c>Privileged = true</c>, <c>Binds = { ... }</c>).</summary>
        public bool Initializes(string property)
        {
            if (Initializers.Count == 0) return false;
            if (_initializedMembers is null || _initializersGathered != Initializers.Count)
            {
                _initializedMembers = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var initializer in Initializers)
                    foreach (var member in initializer.Initializers)
                    {
                        var target = member switch
                        {
                            ISimpleAssignmentOperation assignment => assignment.Target,
                            IMemberInitializerOperation nested => nested.InitializedMember,
                            _ => null,
                        };
                        if (ObjectReader.ImplicitMemberName(target) is { } name) _initializedMembers.Add(name);
                    }
                _initializersGathered = Initializers.Count;
            }
            return _initializedMembers.Contains(property);
        }
    }

    /// <summary>A <c>Resources</c> the method creates and <c>new HostConfig(resources)</c> copies, member by member.</summary>
    internal sealed class ResourcesCopy
    {
        public ResourcesCopy(ModelObject resources, IObjectCreationOperation copy, SyntaxNode? branch)
        {
            Resources = resources;
            Copy = copy;
            Branch = branch;
        }

        /// <summary>The Resources: its initializer, and the paths it is written through.</summary>
        public ModelObject Resources { get; }

        /// <summary>The <c>new HostConfig(resources)</c>: what its own initializer sets replaces what the copy brought.</summary>
        public IObjectCreationOperation Copy { get; }

        /// <summary>The branch of a <c>?:</c> that gives the copy this Resources (<c>debug ? r : new Resources()</c>); null when it always does.</summary>
        public SyntaxNode? Branch { get; }

        /// <summary>Whether the HostConfig's own initializer sets <paramref name="property"/>: the copied value never reaches anything then.</summary>
        public bool IsReplaced(string property)
        {
            if (Copy.Initializer is null) return false;
            foreach (var member in Copy.Initializer.Initializers)
            {
                var target = member switch
                {
                    ISimpleAssignmentOperation assignment => assignment.Target,
                    IMemberInitializerOperation nested => nested.InitializedMember,
                    _ => null,
                };
                if (ObjectReader.ImplicitMemberName(target) == property) return true;
            }
            return false;
        }
    }

    /// <summary>One entry of a collection: a list element (Key null) or a dictionary entry.</summary>
    internal sealed class Element
    {
        public Element(IOperation? key, IOperation value, SyntaxNode entry, string? borrowedText = null, string? borrowedKey = null)
        {
            Key = key;
            Value = value;
            Entry = entry;
            BorrowedText = borrowedText;
            BorrowedKey = borrowedKey;
            AddedBy = entry;
        }

        public IOperation? Key { get; }
        public IOperation Value { get; }

        /// <summary>
        /// The element's text when it comes from a <c>static readonly</c> collection (<see cref="Value"/> is then the
        /// reference to the field, where it is reported).
        /// </summary>
        public string? BorrowedText { get; }

        /// <summary>
        /// The elements of an inner list of a <c>static readonly</c> collection of collections (<see cref="Value"/> is then the
        /// reference to the field), each null when not a constant; null for any other element.
        /// </summary>
        public List<string?>? BorrowedParts { get; set; }

        /// <summary>The key of an entry of a <c>static readonly</c> dictionary (<see cref="Key"/> is then the reference to the field).</summary>
        public string? BorrowedKey { get; }

        /// <summary>The whole entry: the element, <c>["k"] = v</c>, <c>{ "k", v }</c>, or the <c>Add(...)</c> call.</summary>
        public SyntaxNode Entry { get; }

        /// <summary>
        /// Where the element went into the collection being read: its entry, or the later <c>AddRange</c>, copy or
        /// assignment that brought the collection holding it (a removal before that does not touch it).
        /// </summary>
        public SyntaxNode AddedBy { get; set; }

        /// <summary>
        /// A later change made on some paths only may take the element away (<c>if (x) caps.Remove("SYS_ADMIN")</c>,
        /// <c>caps.RemoveAt(i)</c>) or replace its value (a dictionary entry written again under an <c>if</c>): "may".
        /// </summary>
        public bool MayBeUndone { get; set; }

        /// <summary>
        /// A list the element is in is reached by index after the element's entry (<c>caps.RemoveAt(1)</c>, <c>caps[1]</c>,
        /// <c>caps.Insert(1, x)</c>): removing the entry would change what that index reaches, or put it out of range.
        /// </summary>
        public bool IsIndexedLater { get; set; }
    }

    /// <summary>What a collection property holds, as far as the method shows it.</summary>
    internal sealed class CollectionContents
    {
        public List<Element> Elements { get; } = new List<Element>();

        /// <summary>The property is assigned, initialised or added to somewhere in the method.</summary>
        public bool IsSet { get; set; }

        /// <summary>Every element is visible (no collection from a parameter, a call, a spread).</summary>
        public bool IsComplete { get; set; } = true;

        /// <summary>The expression that sets the collection (the last assignment's value).</summary>
        public SyntaxNode? Node { get; set; }

        /// <summary>A removal (<c>Remove</c>, <c>Clear</c>, ...) was read: how many elements are left is not known for sure.</summary>
        public bool HasRemovals { get; set; }

        /// <summary>Where a list the elements were read through is last reached by index (<see cref="MethodScope.LastIndexed"/>); -1 when none is.</summary>
        public int LastIndexed { get; set; } = -1;

        /// <summary>The last removal that took an element for sure (<c>hc.MaskedPaths.Clear()</c>): where a list it empties is reported.</summary>
        public SyntaxNode? LastSureRemoval { get; set; }

        /// <summary>
        /// A <c>null</c> value of the property is read as no list (Docker's default) rather than an unknown one
        /// (<see cref="HasNullValue"/>): set for <c>MaskedPaths</c>/<c>ReadonlyPaths</c>, whose emptiness is what is read.
        /// </summary>
        public bool NullIsDefault { get; set; }

        /// <summary>A value the property is given is <c>null</c> (read only when <see cref="NullIsDefault"/>).</summary>
        public bool HasNullValue { get; set; }

        /// <summary>
        /// An empty collection the property is given on some paths only, which nothing the method adds on every path after
        /// it fills (<c>if (unmask) hc.MaskedPaths = new List&lt;string&gt;();</c> after an earlier list, <c>unmask ? new
        /// List&lt;string&gt;() : null</c>): the list may be empty there. Read only when <see cref="NullIsDefault"/>.
        /// </summary>
        public SyntaxNode? MayBeEmptyAt { get; set; }

        /// <summary>
        /// The latest place elements the analyzer cannot see went into the list (an assignment of a parameter, an
        /// <c>AddRange(paths)</c>, a copy <c>new List&lt;string&gt;(paths)</c>); <see cref="UnknownUnplaced"/> when one cannot be
        /// placed (the list handed to a method). A sure <c>Clear()</c> after it leaves the list empty all the same.
        /// </summary>
        public SyntaxNode? UnknownAt { get; private set; }

        public bool UnknownUnplaced { get; private set; }

        /// <summary>The last <c>Clear()</c> call applied to the list (<see cref="UnknownAt"/>).</summary>
        public SyntaxNode? LastClear { get; set; }

        /// <summary>Records that what went into the list at <paramref name="at"/> (null: somewhere) is not all known.</summary>
        public void MarkUnknown(SyntaxNode? at)
        {
            IsComplete = false;
            if (at is null) UnknownUnplaced = true;
            else if (UnknownAt is null || at.SpanStart > UnknownAt.SpanStart) UnknownAt = at;
        }

        // The paths whose writes have been read into these contents: a list reached both as the value of a property and
        // through that property (hc.CapAdd = new List<string>(); hc.CapAdd.Add(...)) is read once, so that a removal
        // meets each element once. Most collections are read through one path: a set only for the others.
        private AccessPath? _firstReadPath;
        private HashSet<AccessPath>? _readPaths;

        /// <summary>Records that the writes through <paramref name="path"/> are read; false when they were already.</summary>
        public bool MarkRead(AccessPath path)
        {
            if (_firstReadPath is null)
            {
                _firstReadPath = path;
                return true;
            }
            return !_firstReadPath.Equals(path) && (_readPaths ??= new HashSet<AccessPath>()).Add(path);
        }
    }

    /// <summary>Reads properties of the objects a method builds, following the writes <see cref="MethodScope"/> indexed.</summary>
    internal sealed class ObjectReader
    {
        private const int MaxDepth = 8;
        private const int MaxAliases = 8;
        private readonly Values _values;

        public ObjectReader(Values values)
        {
            _values = values;
        }

        private MethodScope Scope => _values.Scope;

        // Creations read as part of another object (a Mount in HostConfig.Mounts): not read again on their own.
        private HashSet<IObjectCreationOperation>? _readAsParts;

        public bool IsReadAsPart(IObjectCreationOperation creation) => _readAsParts is not null && _readAsParts.Contains(creation);

        public ModelObject ForCreation(IObjectCreationOperation creation)
        {
            var model = new ModelObject(creation.Syntax);
            AddCreation(model, creation);
            return model;
        }

        /// <summary>Whether the object is handed to a method of this project, which may complete it out of sight.</summary>
        public bool IsHandedOff(ModelObject model)
        {
            foreach (var path in model.Paths)
                if (Scope.IsHandedOff(path)) return true;
            return false;
        }

        /// <summary>An object the method did not create but writes through a path (a lambda's parameter).</summary>
        public ModelObject ForPath(AccessPath path, SyntaxNode node)
        {
            var model = new ModelObject(node);
            AddPath(model, path);
            return model;
        }

        /// <summary>The object an expression evaluates to, when the method creates it (directly or through a local).</summary>
        public ModelObject? FromValue(IOperation? value)
        {
            var created = _values.Dereference(value);
            if (created is not IObjectCreationOperation creation) return null;
            (_readAsParts ??= new HashSet<IObjectCreationOperation>()).Add(creation);
            var model = new ModelObject(Values.SkipConversions(value)!.Syntax);
            AddCreation(model, creation);
            return model;
        }

        /// <summary>
        /// Adds a path the object is reachable through, put there by <paramref name="placedAt"/> when known, with the locals that
        /// are other names for it (those that hold this object: <see cref="MethodScope.Aliases"/>).
        /// </summary>
        private void AddPath(ModelObject model, AccessPath path, SyntaxNode? placedAt = null)
        {
            model.Paths.Add(path);
            model.Place(path, placedAt);
            if (AliasesOf(path, placedAt, path.Members.Length) is { } aliases) model.Paths.UnionWith(aliases);
        }

        /// <summary>
        /// Writes to a collection through its path and through the locals that are other names for it; the removals among
        /// them are gathered into <paramref name="removals"/>, for the caller to apply once it has every element.
        /// </summary>
        private void AddWritesThroughNames(AccessPath collection, CollectionContents contents, int cutoff, ref List<IInvocationOperation>? removals,
            SyntaxNode? placedAt = null, int objectLength = int.MaxValue)
        {
            AddWrites(collection, contents, cutoff, ref removals);
            if (AliasesOf(collection, placedAt, objectLength) is { } aliases)
                foreach (var alias in aliases) AddWrites(alias, contents, cutoff, ref removals);
        }

        /// <summary>
        /// The other names of a path through locals, following a few locals of locals (<c>var b = a;</c>); null when
        /// there are none (most paths). With <paramref name="placedAt"/>, only the locals that hold the object put there then
        /// (<see cref="MethodScope.Aliases"/>).
        /// </summary>
        public List<AccessPath>? AliasesOf(AccessPath path, SyntaxNode? placedAt = null, int objectLength = int.MaxValue)
        {
            var names = Scope.Aliases(path, placedAt, objectLength);
            if (names is null) return null;
            for (var i = 0; i < names.Count && names.Count < MaxAliases; i++)
                if (Scope.Aliases(names[i]) is { } more)
                    foreach (var alias in more)
                        if (!alias.Equals(path) && !names.Contains(alias)) names.Add(alias);
            return names;
        }

        private void AddCreation(ModelObject model, IObjectCreationOperation creation)
        {
            // new HostConfig(resources) copies every member of the Resources into it (the lists by reference) before its own
            // initializer runs: what the Resources' initializer sets, and what is written through it before, is read as set there, first.
            if (creation.Arguments.Length == 1 && IsResourcesCopy(creation)) AddCopies(model, creation, creation.Arguments[0].Value, null, 0);
            if (creation.Initializer is not null) model.Initializers.Add(creation.Initializer);
            foreach (var (path, placedAt) in PathsOf(creation, 0)) AddPath(model, path, placedAt);
        }

        /// <summary>
        /// Whether <paramref name="initializer"/> is that of a copied <c>Resources</c> whose HostConfig's own initializer sets
        /// <paramref name="property"/> (<c>new HostConfig(r) { Devices = [] }</c>): its value replaces the copied one.
        /// </summary>
        private static bool IsReplacedCopy(ModelObject model, IObjectOrCollectionInitializerOperation initializer, string property)
        {
            if (model.Copies is null) return false;
            foreach (var copy in model.Copies)
                if (copy.Resources.Initializers.Count > 0 && copy.Resources.Initializers[0] == initializer) return copy.IsReplaced(property);
            return false;
        }

        /// <summary>Whether <paramref name="creation"/> is <c>new HostConfig(resources)</c> of Docker.DotNet.</summary>
        private static bool IsResourcesCopy(IObjectCreationOperation creation) =>
            creation.Constructor?.ContainingType is { Name: DockerApi.HostConfigName } owner
            && creation.Arguments[0].Parameter?.Type is { Name: DockerApi.ResourcesName } parameter
            && DockerApi.IsDockerModel(owner) && DockerApi.IsDockerModel(parameter);

        /// <summary>
        /// The <c>Resources</c> the method creates and gives to <c>new HostConfig(resources)</c> (directly, through a local given
        /// it once, or as a branch of a <c>?:</c>, a <c>switch</c> expression or <c>??</c>, <paramref name="branch"/>, whose
        /// values are then "may"): each counts as read with the HostConfig.
        /// </summary>
        private void AddCopies(ModelObject model, IObjectCreationOperation creation, IOperation value, SyntaxNode? branch, int depth)
        {
            var dereferenced = _values.Dereference(value);
            if (depth < MaxDepth && dereferenced is not null && Values.Branches(dereferenced) is { } branches)
            {
                foreach (var taken in branches) AddCopies(model, creation, taken, taken.Syntax, depth + 1);
                return;
            }
            switch (dereferenced)
            {
                case IObjectCreationOperation resources:
                    (_readAsParts ??= new HashSet<IObjectCreationOperation>()).Add(resources);
                    var copied = new ModelObject(resources.Syntax);
                    AddCreation(copied, resources);
                    (model.Copies ??= new List<ResourcesCopy>()).Add(new ResourcesCopy(copied, creation, branch));
                    if (branch is not null) AddChangesOnBranch(copied, branch, creation);
                    if (resources.Initializer is null) return;
                    model.Initializers.Add(resources.Initializer);
                    if (branch is not null) _values.AddCopiedOnBranch(resources.Syntax, branch, creation.Syntax);
                    return;
            }
        }

        /// <summary>
        /// The lists a copy takes by reference from a <c>Resources</c> it gets on one branch: what is added to them through the
        /// Resources, before or after the copy, reaches the HostConfig on that branch only ("may"; audit 41 F8).
        /// </summary>
        private void AddChangesOnBranch(ModelObject resources, SyntaxNode branch, IObjectCreationOperation copy)
        {
            foreach (var path in resources.Paths)
                foreach (var list in CopiedLists)
                {
                    var held = path.Append(list);
                    foreach (var add in Scope.AddCalls(held)) _values.AddCopiedOnBranch(add.Syntax, branch, copy.Syntax);
                    foreach (var change in Scope.OtherChanges(held)) _values.AddCopiedOnBranch(change.Syntax, branch, copy.Syntax);
                    foreach (var write in Scope.IndexerWrites(held)) _values.AddCopiedOnBranch(write.Syntax, branch, copy.Syntax);
                }
        }

        // The lists of a Resources the rules read (CTL3001): a HostConfig copy shares them.
        private static readonly string[] CopiedLists = { "Devices", "DeviceCgroupRules" };

        /// <summary>
        /// Whether the method writes <paramref name="property"/> of the object at all (initializer, assignment, or a
        /// write through it): a HostConfig names a few of the properties the rules read, and the others are skipped
        /// here, before anything is allocated for them.
        /// </summary>
        public bool IsWritten(ModelObject model, string property)
        {
            if (model.Initializes(property)) return true;
            foreach (var path in model.Paths)
            {
                if (Scope.WritesMember(path, property)) return true;
                // Written through a local that holds the member or something below it (var hc = parameters.HostConfig;).
                if (Scope.HasAliases && Scope.WritesThroughAliasOf(path.Append(property))) return true;
            }
            if (model.Copies is not null)
                foreach (var copy in model.Copies)
                    foreach (var path in copy.Resources.Paths)
                        if (Scope.WritesMember(path, property)) return true;
            return false;
        }

        /// <summary>
        /// Values assigned to a property, in the order they are written (initializer first); with
        /// <paramref name="withSharedLocal"/>, also the writes through <see cref="ModelObject.SharedLocal"/> that replace an
        /// initializer's value (<see cref="IsSharedLocalWrite"/> tells them).
        /// </summary>
        public List<IOperation> Assignments(ModelObject model, string property, bool withSharedLocal = false)
        {
            var result = new List<IOperation>();
            if (!IsWritten(model, property)) return result;
            foreach (var initializer in model.Initializers)
            {
                if (IsReplacedCopy(model, initializer, property)) continue;
                foreach (var member in initializer.Initializers)
                    if (member is ISimpleAssignmentOperation assignment && IsImplicitMember(assignment.Target, property))
                        result.Add(assignment.Value);
            }
            var writes = new List<IAssignmentOperation>();
            foreach (var path in model.Paths) writes.AddRange(Scope.PropertyWrites(path, property));
            if (model.Copies is not null) AddCopiedWrites(model, property, writes);
            if (withSharedLocal) AddSharedLocalWrites(model, property, writes);
            writes.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            if (ElementWrites(model, property) is { } elements)
            {
                // (hc.Privileged, x) = (true, 1) between the assignments: in source order with them.
                var placed = new List<(int At, IOperation Value)>(writes.Count + elements.Count);
                foreach (var write in writes) placed.Add((write.Syntax.SpanStart, MethodScope.WrittenValue(write)));
                foreach (var element in elements) placed.Add((element.Syntax.SpanStart, element));
                placed.Sort((a, b) => a.At.CompareTo(b.At));
                foreach (var (_, value) in placed) result.Add(value);
                return result;
            }
            foreach (var write in writes) result.Add(MethodScope.WrittenValue(write));
            return result;
        }

        /// <summary>The tuple elements deconstructions give the property through the object's paths (<see cref="MethodScope.ElementWrites"/>); null when none.</summary>
        private List<IOperation>? ElementWrites(ModelObject model, string property)
        {
            if (!Scope.HasElementWrites) return null;
            List<IOperation>? result = null;
            foreach (var path in model.Paths)
                foreach (var element in Scope.ElementWrites(path, property)) (result ??= new List<IOperation>()).Add(element);
            return result;
        }

        /// <summary>
        /// The value the property ends up with: the last write in the method (as <see cref="Assignments"/>, without the list).
        /// </summary>
        public IOperation? LastAssignment(ModelObject model, string property, bool withSharedLocal = false)
        {
            if (!IsWritten(model, property)) return null;
            IAssignmentOperation? lastWrite = null;
            List<IAssignmentOperation>? other = null;
            if (withSharedLocal) AddSharedLocalWrites(model, property, other = new List<IAssignmentOperation>());
            if (model.Copies is not null) AddCopiedWrites(model, property, other ??= new List<IAssignmentOperation>());
            foreach (var writes in PropertyWritesOf(model, property, other))
            {
                for (var i = 0; i < writes.Count; i++)
                    if (lastWrite is null || writes[i].Syntax.SpanStart > lastWrite.Syntax.SpanStart) lastWrite = writes[i];
            }
            if (ElementWrites(model, property) is { } elements)
            {
                var at = lastWrite?.Syntax.SpanStart ?? -1;
                IOperation? lastElement = null;
                foreach (var element in elements)
                    if (element.Syntax.SpanStart > at) (at, lastElement) = (element.Syntax.SpanStart, element);
                if (lastElement is not null) return lastElement;
            }
            if (lastWrite is not null) return MethodScope.WrittenValue(lastWrite);
            IOperation? last = null;
            foreach (var initializer in model.Initializers)
            {
                if (IsReplacedCopy(model, initializer, property)) continue;
                foreach (var member in initializer.Initializers)
                    if (member is ISimpleAssignmentOperation assignment && IsImplicitMember(assignment.Target, property))
                        last = assignment.Value;
            }
            return last;
        }

        private IEnumerable<IReadOnlyList<IAssignmentOperation>> PropertyWritesOf(ModelObject model, string property, List<IAssignmentOperation>? other)
        {
            foreach (var path in model.Paths) yield return Scope.PropertyWrites(path, property);
            if (other is not null) yield return other;
        }

        /// <summary>
        /// The assignments of <paramref name="property"/> through the <c>Resources</c> the object copies (<see cref="ModelObject.Copies"/>)
        /// made before the copy, in its function: the copy takes the values they give (one made after it changes the Resources
        /// alone). None for a property the HostConfig's own initializer sets.
        /// </summary>
        private void AddCopiedWrites(ModelObject model, string property, List<IAssignmentOperation> into)
        {
            foreach (var copy in model.Copies!)
            {
                if (copy.IsReplaced(property)) continue;
                var at = copy.Copy.Syntax;
                SyntaxNode? function = null;
                foreach (var path in copy.Resources.Paths)
                    foreach (var write in Scope.PropertyWrites(path, property))
                    {
                        var written = write.Syntax;
                        if (written.SyntaxTree != at.SyntaxTree || written.Span.End > at.SpanStart) continue;
                        function ??= MethodScope.Function(at);
                        if (MethodScope.Function(written) != function) continue;
                        into.Add(write);
                        if (copy.Branch is not null) _values.AddCopiedOnBranch(written, copy.Branch, at);
                    }
            }
        }

        /// <summary>
        /// The writes of <paramref name="property"/> through the object's <see cref="ModelObject.SharedLocal"/> that surely
        /// reach it, for a property its initializers set: made after the local is given the object, and with no other value
        /// given to the local between (other than on a branch that excludes this one's: the <c>else</c> of its <c>if</c>).
        /// </summary>
        private void AddSharedLocalWrites(ModelObject model, string property, List<IAssignmentOperation> into)
        {
            if (model.SharedLocal is null || model.SharedFrom is not { } from || !model.Initializes(property)) return;
            var writes = Scope.PropertyWrites(model.SharedPath!, property);
            if (writes.Count > 0)
            {
                var reachEnd = SharedReachEnd(model);
                foreach (var write in writes)
                {
                    var start = write.Syntax.SpanStart;
                    // A write on a branch that excludes the one that gives the local this object (if (x) { hc = new HostConfig { ... }; }
                    // else { hc = new HostConfig(); hc.Privileged = false; }) never reaches it: it neither replaces nor may undo.
                    if (start >= from.Span.End && start < reachEnd && write.Syntax.SyntaxTree == from.SyntaxTree && !PathCoverage.AreExclusive(from, write.Syntax))
                        into.Add(write);
                }
            }
            // var hc = p.HostConfig; hc.Privileged = false;: the local holds the object from then on, whatever p is given later.
            foreach (var (alias, given) in SharedAliases(model))
                foreach (var write in Scope.PropertyWrites(alias, property))
                    if (write.Syntax.SpanStart >= given.Span.End && write.Syntax.SyntaxTree == from.SyntaxTree && !PathCoverage.AreExclusive(from, write.Syntax))
                        into.Add(write);
        }

        /// <summary>
        /// The locals that are given the object through <see cref="ModelObject.SharedPath"/> while that reaches it: one value
        /// only, given after the object and before the path's next value (<see cref="SharedReachEnd"/>), not on a branch that
        /// excludes the object's; and the locals that take it from one of those in turn (<c>var hc = p.HostConfig; var a =
        /// hc;</c>), as <see cref="AliasesOf"/> follows them: such a local holds what the first one was given.
        /// </summary>
        private List<(AccessPath Path, SyntaxNode Given)> SharedAliases(ModelObject model)
        {
            if (model.SharedAliases is { } known) return known;
            var result = new List<(AccessPath Path, SyntaxNode Given)>();
            if (Scope.HasAliases && model.SharedPath is { } shared && model.SharedFrom is { } from && Scope.Aliases(shared) is { } aliases)
            {
                var reachEnd = SharedReachEnd(model);
                foreach (var alias in aliases)
                {
                    if (alias.Root is not ILocalSymbol local || Scope.SingleValue(local) is not { } value) continue;
                    var given = value.Syntax;
                    if (given.SyntaxTree == from.SyntaxTree && given.SpanStart >= from.Span.End && given.SpanStart < reachEnd && !PathCoverage.AreExclusive(from, given))
                        result.Add((alias, given));
                }
                // The locals of those locals: given after the one they take the object from, whatever the path is given then.
                for (var i = 0; i < result.Count && result.Count < MaxAliases; i++)
                {
                    if (Scope.Aliases(result[i].Path) is not { } more) continue;
                    foreach (var alias in more)
                    {
                        if (alias.Root is not ILocalSymbol local || Scope.SingleValue(local) is not { } value || Contains(result, alias)) continue;
                        var given = value.Syntax;
                        if (given.SyntaxTree == from.SyntaxTree && given.SpanStart >= result[i].Given.Span.End && !PathCoverage.AreExclusive(from, given))
                            result.Add((alias, given));
                    }
                }
            }
            model.SharedAliases = result;
            return result;
        }

        private static bool Contains(List<(AccessPath Path, SyntaxNode Given)> aliases, AccessPath path)
        {
            foreach (var (alias, _) in aliases)
                if (alias.Equals(path)) return true;
            return false;
        }

        /// <summary>
        /// Where the writes through the object's <see cref="ModelObject.SharedLocal"/> stop reaching it: the first value given
        /// to the local after <see cref="ModelObject.SharedFrom"/> that is not on a branch excluding it and does not drop it
        /// unused (or, through <c>p.HostConfig</c>, the first value given to that member); -1 when the local is given a value
        /// the walk cannot place (<c>ref</c>, <c>out</c>, <c>+=</c>). The same for every property: worked out once per object.
        /// </summary>
        private int SharedReachEnd(ModelObject model)
        {
            if (model.SharedReachEnd is { } known) return known;
            var local = model.SharedLocal!;
            var from = model.SharedFrom!;
            var end = int.MaxValue;
            foreach (var value in Scope.LocalValues(local))
            {
                // A write the walk gives no value (ref, out, +=) cannot be placed.
                if (value is null)
                {
                    end = -1;
                    break;
                }
                var given = value.Syntax;
                if (from.Span.Contains(given.Span) || given.SpanStart < from.Span.End || given.SpanStart >= end) continue;
                if (!PathCoverage.AreExclusive(from, given) && !DropsUnused(local, from, given)) end = given.SpanStart;
            }
            // p.HostConfig = other; gives the member holding the object another value, as a value given to the local does.
            if (end >= 0 && model.SharedMember is { } member)
                foreach (var other in Scope.PropertyWrites(AccessPath.Of(local), member))
                {
                    var at = other.Syntax.SpanStart;
                    if (at >= from.Span.End && at < end && !PathCoverage.AreExclusive(from, other.Syntax)) end = at;
                }
            model.SharedReachEnd = end;
            return end;
        }

        /// <summary>
        /// Whether the local's next value <paramref name="given"/> (on some paths: <c>if (custom) hc = new HostConfig();</c>)
        /// drops the object it was given at <paramref name="from"/> unused: nothing between names the local (a read, a
        /// capture, <c>ref</c>), and no local function or <c>goto</c> is in the way. Then a write through the local after it
        /// reaches the object on every path on which the object is still there, and replaces its value.
        /// </summary>
        private bool DropsUnused(ILocalSymbol local, SyntaxNode from, SyntaxNode given)
        {
            if (given.Parent is not AssignmentExpressionSyntax { Left: var target } assignment || assignment.Right != given) return false;
            if (MethodScope.Function(from) is not { } function) return false;
            // In a loop, what runs after the new value may run before it on the next pass, with the object still there.
            for (var parent = given.Parent; parent is not null && parent != function; parent = parent.Parent)
                if (MethodScope.IsLoop(parent) && !parent.Span.Contains(from.Span))
                    return false;
            var names = NamesIn(function);
            if (names is null) return false;
            if (!names.TryGetValue(local.Name, out var spans)) return true;
            // The first use of the name after the object is given (spans are in source order).
            int low = 0, high = spans.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (spans[middle].Start <= from.Span.End) low = middle + 1;
                else high = middle;
            }
            for (var i = low; i < spans.Count && spans[i].Start < given.SpanStart; i++)
                if (!target.Span.Contains(spans[i])) return false;
            return true;
        }

        // By function: where each name is used in it, in source order; null for a function with a local function or a goto
        // (DropsUnused then keeps the object). Gathered once, as it is asked for each value given to each shared local.
        private Dictionary<SyntaxNode, Dictionary<string, List<Microsoft.CodeAnalysis.Text.TextSpan>>?>? _namesByFunction;

        private Dictionary<string, List<Microsoft.CodeAnalysis.Text.TextSpan>>? NamesIn(SyntaxNode function)
        {
            _namesByFunction ??= new Dictionary<SyntaxNode, Dictionary<string, List<Microsoft.CodeAnalysis.Text.TextSpan>>?>();
            if (_namesByFunction.TryGetValue(function, out var known)) return known;
            var names = new Dictionary<string, List<Microsoft.CodeAnalysis.Text.TextSpan>>(System.StringComparer.Ordinal);
            foreach (var node in MethodScope.CodeOf(function))
            {
                if (node is LocalFunctionStatementSyntax or GotoStatementSyntax)
                {
                    names = null;
                    break;
                }
                if (node is IdentifierNameSyntax identifier)
                {
                    var name = identifier.Identifier.ValueText;
                    if (!names.TryGetValue(name, out var spans)) names[name] = spans = new List<Microsoft.CodeAnalysis.Text.TextSpan>();
                    spans.Add(identifier.Span);
                }
            }
            _namesByFunction[function] = names;
            return names;
        }

        /// <summary>
        /// Whether a value <see cref="Assignments"/> gave is written through the object's <see cref="ModelObject.SharedLocal"/>
        /// (or a local that takes the object from it: <see cref="SharedAliases"/>).
        /// </summary>
        public bool IsSharedLocalWrite(ModelObject model, IOperation value)
        {
            if (model.SharedPath is not { } path
                || (value as IAssignmentOperation ?? value.Parent as IAssignmentOperation) is not { Target: IPropertyReferenceOperation { Instance: var instance } }
                || AccessPath.TryGet(instance) is not { } written)
                return false;
            if (written.Equals(path)) return true;
            foreach (var (alias, _) in SharedAliases(model))
                if (written.Equals(alias)) return true;
            return false;
        }

        /// <summary>
        /// What a property of the object holds when the method gives it several values (<c>p.HostConfig = new HostConfig { ... };
        /// if (x) p.HostConfig = Other(); p.HostConfig.PidMode = "host";</c>, <c>p.HostConfig = Copy(p.HostConfig);</c>): no
        /// creation is placed there (<see cref="PathsOf"/>), so what is written through the property (and the locals that take
        /// it) is read as one more object, which gets it whichever value the property holds then (audit 138 A138-2, A138-6).
        /// Its creations are read where they are created. Null when no path of the object has such a property, or an
        /// initializer gives it (that creation is placed there).
        /// </summary>
        public ModelObject? HeldAfterSeveralValues(ModelObject model, string property)
        {
            if (model.Initializes(property)) return null;
            ModelObject? held = null;
            foreach (var path in model.Paths)
            {
                var member = path.Append(property);
                if (Scope.MemberWriteCount(member) > 1) AddPath(held ??= new ModelObject(model.Node), member);
            }
            return held;
        }

        /// <summary>A nested object (<c>Mount.BindOptions</c>, <c>HostConfig</c> of the parameters).</summary>
        public ModelObject Child(ModelObject model, string property)
        {
            var child = new ModelObject(model.Node);
            if (!IsWritten(model, property)) return child;
            foreach (var initializer in model.Initializers)
                foreach (var member in initializer.Initializers)
                    if (member is IMemberInitializerOperation nested && IsImplicitMember(nested.InitializedMember, property))
                        child.Initializers.Add(nested.Initializer);
            foreach (var value in Assignments(model, property))
                if (_values.Dereference(value) is IObjectCreationOperation creation)
                    AddCreation(child, creation);
            foreach (var path in model.Paths) AddPath(child, path.Append(property));
            return child;
        }

        public CollectionContents Collection(ModelObject model, string property, bool nullIsDefault = false)
        {
            var contents = new CollectionContents { NullIsDefault = nullIsDefault };
            if (!IsWritten(model, property)) return contents;
            // The assignments of the property after its initializer (hc.CapAdd = new List<string>()): each replaces the list
            // the property held (ApplyReplacements). None in most methods: nothing more is gathered then.
            var replacing = ReplacingWrites(model, property);
            // Where each value given to the property starts, and whether its elements are all known: a value that is
            // replaced no longer makes the list unknown.
            List<(SyntaxNode At, bool Complete)>? values = replacing is null ? null : new List<(SyntaxNode, bool)>();
            foreach (var initializer in model.Initializers)
            {
                if (IsReplacedCopy(model, initializer, property)) continue;
                foreach (var member in initializer.Initializers)
                {
                    if (member is IMemberInitializerOperation nested && IsImplicitMember(nested.InitializedMember, property))
                    {
                        contents.IsSet = true;
                        contents.Node = nested.Syntax;
                        var wasComplete = contents.IsComplete;
                        contents.IsComplete = true;
                        AddInitializerElements(nested.Initializer, contents);
                        if (!contents.IsComplete) contents.MarkUnknown(nested.Syntax);
                        values?.Add((nested.Syntax, contents.IsComplete));
                        contents.IsComplete &= wasComplete;
                    }
                }
            }
            foreach (var value in Assignments(model, property))
            {
                contents.IsSet = true;
                contents.Node = value.Syntax;
                var start = contents.Elements.Count;
                var wasComplete = contents.IsComplete;
                contents.IsComplete = true;
                var placed = contents.UnknownAt;
                AddElements(value, contents, 0, int.MaxValue);
                // The list itself (hc.MaskedPaths = paths): the unknown elements are there from here on, unless they were
                // placed in the list it names (masked.AddRange(extra), which a masked.Clear() after it takes). On either
                // branch of a ?: they cannot be placed: a Clear() of one list does not empty the other.
                if (!contents.IsComplete)
                {
                    if (Values.SkipConversions(value) is IConditionalOperation or ICoalesceOperation or ISwitchExpressionOperation) contents.MarkUnknown(null);
                    else if (ReferenceEquals(placed, contents.UnknownAt)) contents.MarkUnknown(value.Syntax);
                }
                values?.Add((value.Syntax, contents.IsComplete));
                contents.IsComplete &= wasComplete;
                // The property holds that collection from here on: a removal through it before does not touch its elements.
                StampAddedBy(contents, start, value.Syntax);
            }
            List<IInvocationOperation>? removals = null;
            var valuesComplete = contents.IsComplete;
            contents.IsComplete = true;
            foreach (var path in model.Paths)
                AddWritesThroughNames(path.Append(property), contents, int.MaxValue, ref removals, model.PlacedAt(path), path.Members.Length);
            // What is unknown about the changes made through the property (a helper handed the list) is not placed: it stays.
            var changesComplete = contents.IsComplete;
            contents.IsComplete = valuesComplete && changesComplete;
            if (replacing is not null) ApplyReplacements(model, property, contents, replacing, values!, changesComplete);
            if (removals is not null) ApplyRemovals(contents, 0, removals);
            if (contents.Elements.Count > 1) DropOverwrittenEntries(contents);
            if (contents.Elements.Count > 1) DropReplacedListElements(contents);
            if (contents.LastIndexed >= 0)
                foreach (var element in contents.Elements)
                    if (element.Entry.SpanStart < contents.LastIndexed) element.IsIndexedLater = true;
            if (nullIsDefault && contents.IsSet && contents.IsComplete && removals is null && (contents.Elements.Count > 0 || contents.HasNullValue))
                contents.MayBeEmptyAt = EmptyOnSomePaths(model, property, contents, replacing);
            return contents;
        }

        /// <summary>
        /// The last empty collection given to the property (on either branch of a <c>?:</c>, <c>??</c> or <c>switch</c>
        /// expression) that later assignments do not replace on every path and after which every element is added on some
        /// paths only or may be undone: on the paths that take it the list is empty.
        /// </summary>
        private SyntaxNode? EmptyOnSomePaths(ModelObject model, string property, CollectionContents contents, List<IAssignmentOperation>? replacing)
        {
            var leaves = new List<SyntaxNode>();
            foreach (var value in Assignments(model, property)) AddEmptyLeaves(value, leaves, 0);
            if (leaves.Count == 0) return null;
            var carried = replacing is null ? -1 : LastCarryingWrite(model, property, replacing);
            for (var i = leaves.Count - 1; i >= 0; i--)
            {
                var leaf = leaves[i];
                if (replacing is not null && ReplacementOf(leaf, replacing, carried) == Replacement.Replaced) continue;
                var filled = false;
                foreach (var element in contents.Elements)
                    if (!element.MayBeUndone && !Values.IsConditionalAfter(element.Entry, leaf) && !PathCoverage.AreExclusive(element.Entry, leaf)) { filled = true; break; }
                if (!filled) return leaf;
            }
            return null;
        }

        private static void AddEmptyLeaves(IOperation? value, List<SyntaxNode> leaves, int depth)
        {
            var op = Values.SkipConversions(value);
            if (op is null || depth > MaxDepth) return;
            switch (op)
            {
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    AddEmptyLeaves(conditional.WhenTrue, leaves, depth + 1);
                    AddEmptyLeaves(whenFalse, leaves, depth + 1);
                    return;
                case ICoalesceOperation coalesce:
                    AddEmptyLeaves(coalesce.WhenNull, leaves, depth + 1);
                    return;
                case ISwitchExpressionOperation choice:
                    foreach (var arm in choice.Arms) AddEmptyLeaves(arm.Value, leaves, depth + 1);
                    return;
                case IObjectCreationOperation creation when creation.Initializer is null || creation.Initializer.Initializers.Length == 0:
                    foreach (var argument in creation.Arguments)
                        if (argument.Value.Type?.SpecialType != SpecialType.System_Int32) return;
                    leaves.Add(op.Syntax);
                    return;
                case IArrayCreationOperation { Initializer: null, DimensionSizes: { Length: 1 } sizes } when sizes[0].ConstantValue.Value is 0:
                case IArrayCreationOperation { Initializer.ElementValues.Length: 0 }:
                    leaves.Add(op.Syntax);
                    return;
            }
        }

        /// <summary>
        /// The assignments of <paramref name="property"/> made after the object is created (through its paths, and through
        /// the local it shares with other creations when they reach it: <see cref="AddSharedLocalWrites"/>), or after the
        /// initializer of a <c>Resources</c> it copies and before the copy (<see cref="AddCopiedWrites"/>), in source order;
        /// null when there are none. <c>??=</c> writes only when the list is null, and replaces nothing.
        /// </summary>
        private List<IAssignmentOperation>? ReplacingWrites(ModelObject model, string property)
        {
            List<IAssignmentOperation>? writes = null;
            foreach (var path in model.Paths)
                foreach (var write in Scope.PropertyWrites(path, property))
                    (writes ??= new List<IAssignmentOperation>()).Add(write);
            if (model.SharedLocal is not null)
            {
                var shared = new List<IAssignmentOperation>();
                AddSharedLocalWrites(model, property, shared);
                if (shared.Count > 0) (writes ??= new List<IAssignmentOperation>()).AddRange(shared);
            }
            if (model.Copies is not null)
            {
                var copied = new List<IAssignmentOperation>();
                AddCopiedWrites(model, property, copied);
                if (copied.Count > 0) (writes ??= new List<IAssignmentOperation>()).AddRange(copied);
            }
            if (writes is null) return null;
            writes.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            return writes;
        }

        /// <summary>
        /// A collection property assigned again holds the new value: the elements the earlier list held (and what made it
        /// unknown) are gone when later assignments run on every path after they were added (<see cref="PathCoverage"/>, as for
        /// a setting of one value), and "may be undone" when one runs on some paths only, in a loop, a lambda or after a
        /// <c>return</c>. Not when a later assignment may give the old list back (<see cref="LastCarryingWrite"/>): those
        /// elements are kept as they are.
        /// </summary>
        private void ApplyReplacements(ModelObject model, string property, CollectionContents contents, List<IAssignmentOperation> writes,
            List<(SyntaxNode At, bool Complete)> values, bool changesComplete)
        {
            var carriedBefore = LastCarryingWrite(model, property, writes);
            var elements = contents.Elements;
            List<Element>? replaced = null;
            foreach (var element in elements)
            {
                switch (ReplacementOf(element.AddedBy, writes, carriedBefore))
                {
                    // The object may be used with the list first (CreateContainerAsync(p); p.HostConfig.CapAdd = new ...()):
                    // the container created then has the element, which stays reported.
                    case Replacement.Replaced when !PathCoverage.IsUsedBeforeReplaced(element.AddedBy, writes):
                        (replaced ??= new List<Element>()).Add(element);
                        break;
                    case Replacement.MayBeUndone when !PathCoverage.IsUsedBeforeFirst(element.AddedBy, writes, Scope):
                        element.MayBeUndone = true;
                        break;
                }
            }
            if (replaced is not null)
                foreach (var element in replaced) Drop(elements, element);
            ApplyFilter(model, property, elements, writes);
            var complete = changesComplete;
            foreach (var (at, valueComplete) in values)
                if (!valueComplete && ReplacementOf(at, writes, carriedBefore) != Replacement.Replaced) complete = false;
            contents.IsComplete = complete;
        }

        // LINQ operators and List<T> methods whose result holds some of their source's elements and nothing else.
        private static readonly HashSet<string> FilterMethods = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "Where", "Except", "Intersect", "Skip", "SkipLast", "SkipWhile", "Take", "TakeLast", "TakeWhile", "FindAll", "OfType",
        };

        /// <summary>
        /// A property given a filter of the list it held (<c>hc.CapAdd = hc.CapAdd.Except(new[] { "SYS_ADMIN" }).ToList()</c>,
        /// <c>hc.Binds = hc.Binds.Where(b => ...).ToList()</c>) keeps some of the elements added before: those an
        /// <c>Except</c> of constants names surely go, as <c>Remove</c> takes them, and any other may (audit 129 D129-7:
        /// they stayed definite, as for an assignment that gives the old list back). The last such assignment counts.
        /// </summary>
        private void ApplyFilter(ModelObject model, string property, List<Element> elements, List<IAssignmentOperation> writes)
        {
            for (var w = writes.Count - 1; w >= 0; w--)
            {
                var write = writes[w];
                if (write is ICoalesceAssignmentOperation || FilteredSource(write.Value, out var excepted, out var positional) is not { } source) continue;
                var filtersProperty = false;
                foreach (var path in model.Paths)
                    if (path.Append(property).Equals(source)) filtersProperty = true;
                if (!filtersProperty) continue;
                List<Element>? removed = null;
                foreach (var element in elements)
                {
                    if (element.AddedBy.SpanStart >= write.Syntax.SpanStart || element.AddedBy.SyntaxTree != write.Syntax.SyntaxTree
                        || IsUsedBefore(write.Syntax, element))
                        continue;
                    if (excepted is not null && Match(element, excepted, ignoreCase: false) == Matching.Definite && excepted.Count > 0
                        && !_values.MayNotRun(write.Syntax, element.AddedBy))
                        (removed ??= new List<Element>()).Add(element);
                    else
                    {
                        element.MayBeUndone = true;
                        // Take(2), Skip(1): which elements pass depends on where each is, so removing one would let
                        // another in (audit 131 G131-4): no fix removes it, as for an element reached by index.
                        if (positional) element.IsIndexedLater = true;
                    }
                }
                if (removed is not null)
                    foreach (var element in removed) Drop(elements, element);
                return;
            }
        }

        /// <summary>
        /// The path of the list <paramref name="value"/> filters (<see cref="FilterMethods"/>, with copies such as <c>ToList()</c>
        /// around them), or null when it is not such a filter; <paramref name="excepted"/> the texts an <c>Except</c> of an
        /// array of constants takes (null for any other filter, or one whose texts are not all known); <paramref name="positional"/>
        /// whether what passes depends on where an element is (<c>Take</c>, <c>Skip</c>, <c>Where((c, i) => ...)</c>).
        /// </summary>
        private AccessPath? FilteredSource(IOperation value, out List<StringValue>? excepted, out bool positional)
        {
            excepted = null;
            positional = false;
            var filters = 0;
            var op = Values.SkipConversions(value);
            for (var depth = 0; depth < MaxDepth && op is IInvocationOperation call; depth++)
            {
                var name = call.TargetMethod.Name;
                var receiver = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                if (receiver is null) return null;
                if (FilterMethods.Contains(name))
                {
                    filters++;
                    // A filter given anything but a lambda of one parameter (a method group, a delegate) may use the index too (audit 132 H132-7).
                    positional |= name.StartsWith("Skip", System.StringComparison.Ordinal) || name.StartsWith("Take", System.StringComparison.Ordinal)
                        || name is "Where" or "FindAll" && !(call.Arguments.Length > 0
                            && call.Arguments[call.Arguments.Length - 1].Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters.Length: 1 } });
                    excepted = name == "Except" && call.Arguments.Length == 2 && filters == 1 ? ExceptedTexts(call.Arguments[1].Value) : null;
                    if (filters > 1) excepted = null;
                }
                else if (name is not ("ToList" or "ToArray" or "AsEnumerable" or "Distinct" or "ToHashSet")) return null;
                op = Values.SkipConversions(receiver);
            }
            return filters > 0 && op is not null ? AccessPath.TryGet(op) : null;
        }

        private List<StringValue>? ExceptedTexts(IOperation collection)
        {
            if (Values.SkipConversions(collection) is not IArrayCreationOperation { Initializer: { } initializer }) return null;
            var texts = new List<StringValue>();
            foreach (var element in initializer.ElementValues)
                foreach (var text in _values.ReadString(element))
                {
                    if (!text.IsComplete || text.IsConditional) return null;
                    texts.Add(text);
                }
            return texts;
        }

        /// <summary>Whether the assignments after <paramref name="at"/> (where an element went into the list) replace it.</summary>
        private Replacement ReplacementOf(SyntaxNode at, List<IAssignmentOperation> writes, int carriedBefore)
        {
            if (at.SpanStart < carriedBefore) return Replacement.None;
            List<SyntaxNode>? later = null;
            IAssignmentOperation? last = null;
            foreach (var write in writes)
            {
                // A write inside the entry runs before the element goes in: the receiver of (hc.CapAdd = new()).Add(v).
                if (write is ICoalesceAssignmentOperation || write.Syntax.SpanStart <= at.SpanStart || write.Syntax.SyntaxTree != at.SyntaxTree
                    || at.Span.Contains(write.Syntax.Span) || PathCoverage.AreExclusive(at, write.Syntax) || _values.AreCopiedOnOtherBranches(at, write.Syntax))
                    continue;
                (later ??= new List<SyntaxNode>()).Add(write.Value.Syntax);
                last = write;
            }
            if (later is null) return Replacement.None;
            var after = at.SpanStart;
            if (_values.Origin is { } origin && origin.SyntaxTree == at.SyntaxTree && origin.SpanStart > after) after = origin.SpanStart;
            // The object may be returned before the later writes (if (x) return hc;): not replaced then.
            return PathCoverage.IsReplacedOnEveryPath(at, later) && !Scope.ReturnsBetween(after, last!.Syntax)
                ? Replacement.Replaced
                : Replacement.MayBeUndone;
        }

        /// <summary>
        /// Where the last assignment that may give the property a list it held before starts (-1 when none): one whose value
        /// reads the property or the object (<c>var caps = hc.CapAdd; hc.CapAdd = new List&lt;string&gt;(); hc.CapAdd = caps;</c>,
        /// <c>new List&lt;string&gt;(hc.CapAdd)</c>), names what an earlier value of the property named (the same local,
        /// parameter or field, a copy of it), or a member the method assigns (it may have been given the old list), or that is
        /// too deep to tell. What was added before it is not taken as replaced.
        /// </summary>
        private int LastCarryingWrite(ModelObject model, string property, List<IAssignmentOperation> writes)
        {
            var held = new List<AccessPath>();
            foreach (var path in model.Paths) held.Add(path.Append(property));
            if (model.Copies is not null)
                foreach (var copy in model.Copies)
                    foreach (var path in copy.Resources.Paths) held.Add(path.Append(property));
            if (model.SharedPath is { } shared)
            {
                held.Add(shared.Append(property));
                foreach (var (alias, _) in SharedAliases(model)) held.Add(alias.Append(property));
            }
            foreach (var initializer in model.Initializers)
                foreach (var member in initializer.Initializers)
                    if (member is ISimpleAssignmentOperation assignment && IsImplicitMember(assignment.Target, property))
                    {
                        var budget = MaxSourceOperations;
                        AddSources(assignment.Value, held, 0, ref budget);
                    }
            var carried = -1;
            var sources = new List<AccessPath>();
            foreach (var write in writes)
            {
                sources.Clear();
                var budget = MaxSourceOperations;
                if (!AddSources(write.Value, sources, 0, ref budget) || Overlaps(sources, held)) carried = write.Syntax.SpanStart;
                held.AddRange(sources);
            }
            return carried;
        }

        private const int MaxSourceOperations = 256;

        private bool Overlaps(List<AccessPath> sources, List<AccessPath> held)
        {
            foreach (var source in sources)
            {
                if ((source.Members.Length > 0 || source.Root is IFieldSymbol or IPropertySymbol) && Scope.MemberWriteCount(source) > 0) return true;
                foreach (var other in held)
                    if (source.StartsWith(other) || other.StartsWith(source)) return true;
            }
            return false;
        }

        /// <summary>
        /// The locals, parameters and member paths a value is made from (following what the method gives the locals); false
        /// when it is too large or deep to tell.
        /// </summary>
        private bool AddSources(IOperation? value, List<AccessPath> into, int depth, ref int budget)
        {
            var op = Values.SkipConversions(value);
            if (op is null || op.ConstantValue.HasValue) return true;
            if (depth > MaxDepth || --budget < 0) return false;
            switch (op)
            {
                case ILocalReferenceOperation local:
                    into.Add(AccessPath.Of(local.Local));
                    foreach (var given in Scope.LocalValues(local.Local))
                        if (given is not null && !AddSources(given, into, depth + 1, ref budget)) return false;
                    return true;
                case IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
                    when AccessPath.TryGet(op) is { } path:
                    into.Add(path);
                    return true;
                default:
                    foreach (var child in op.ChildOperations)
                        if (!AddSources(child, into, depth + 1, ref budget)) return false;
                    return true;
            }
        }

        /// <summary>The elements from <paramref name="start"/> on went into the collection being read at <paramref name="node"/>, if not later.</summary>
        private static void StampAddedBy(CollectionContents contents, int start, SyntaxNode node)
        {
            var elements = contents.Elements;
            for (var i = start; i < elements.Count; i++)
                if (elements[i].AddedBy.SpanStart < node.SpanStart) elements[i].AddedBy = node;
        }

        /// <summary>
        /// Applies the removals made through one collection's names to its elements (from <paramref name="start"/> on), as
        /// .NET runs them: each touches the elements added before it. <c>Remove(constant)</c> takes the first element
        /// equal to it (ordinal, as <c>List&lt;string&gt;.Remove</c> compares) or the dictionary entry of that key;
        /// <c>Clear()</c> takes everything. A removal that may not run (on some paths only relative to where the element was
        /// added, in a loop, a lambda or a local function, after a return: <see cref="Values.MayNotRun"/>), one whose argument
        /// is not a constant, and <c>RemoveAt</c>, <c>RemoveAll</c>, <c>RemoveRange</c> leave the elements
        /// they may take as "may"; an element the object was used with before the removal (<see cref="IsUsedBeforeRemoval"/>)
        /// stays definite, whether the removal runs or not, as it does for an indexer write that replaces it.
        /// </summary>
        private void ApplyRemovals(CollectionContents contents, int start, List<IInvocationOperation> removals)
        {
            contents.HasRemovals = true;
            if (removals.Count > 1) removals.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            var elements = contents.Elements;
            foreach (var removal in removals)
            {
                if (removal.TargetMethod.Name == "Clear" && removal.Arguments.Length == 0
                    && (contents.LastClear is null || removal.Syntax.SpanStart > contents.LastClear.SpanStart))
                    contents.LastClear = removal.Syntax;
                var before = elements.Count;
                ApplyRemoval(elements, start, removal, contents.IsComplete);
                if (elements.Count < before) contents.LastSureRemoval = WholeCall(removal.Syntax);
            }
        }

        /// <summary>The call with the <c>?.</c> it is made through (<c>hc.MaskedPaths?.Clear()</c>, whose call is <c>.Clear()</c>).</summary>
        internal static SyntaxNode WholeCall(SyntaxNode call)
        {
            while (call.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == call) call = access;
            return call;
        }

        private void ApplyRemoval(List<Element> elements, int start, IInvocationOperation removal, bool complete)
        {
            var position = removal.Syntax.SpanStart;
            var arguments = removal.Arguments;
            var name = removal.TargetMethod.Name;
            List<StringValue>? removed = null;
            // Remove(item) of a list, Remove(key) and Remove(key, out value) of a dictionary.
            if (name == "Remove" && arguments.Length is 1 or 2)
            {
                removed = _values.ReadString(arguments[0].Value);
                foreach (var candidate in removed)
                {
                    if (candidate.IsComplete) continue;
                    removed = null;
                    break;
                }
            }
            if (name == "Remove" && removed is { Count: > 0 })
            {
                RemoveEqual(elements, start, removal, removed);
                return;
            }
            if (name == "RemoveAt" && arguments.Length == 1 && complete && ElementAt(elements, start, removal) is { } taken)
            {
                if (!IsUsedBefore(removal, taken)) Drop(elements, taken);
                return;
            }
            for (var i = elements.Count - 1; i >= start; i--)
            {
                var element = elements[i];
                if (element.AddedBy.SpanStart >= position) continue;
                if (name == "Clear" && arguments.Length == 0 && !_values.MayNotRun(removal.Syntax, element.AddedBy))
                {
                    if (!IsUsedBefore(removal, element)) Drop(elements, element);
                }
                else if (!IsUsedBeforeRemoval(removal, element)) element.MayBeUndone = true;
            }
        }

        /// <summary>
        /// Whether the object the collection belongs to may be used (handed to <c>CreateContainerAsync</c>, returned, ...)
        /// after <paramref name="element"/> went into it and before <paramref name="removal"/> takes it: the container
        /// created then has the element (<see cref="PathCoverage.IsUsedBetween"/>), which stays reported.
        /// </summary>
        private static bool IsUsedBefore(IInvocationOperation removal, Element element) => IsUsedBefore(WholeCall(removal.Syntax), element);

        /// <summary>
        /// For a removal that may not run or whose element is not known: whether the object was used with the element before it
        /// (<see cref="IsUsedBefore(IInvocationOperation, Element)"/>), so that the container created then has it whatever the
        /// removal does, as for an indexer write that replaces it. Not across a <c>return</c> (<c>if (x) return hc;
        /// caps.Remove("SYS_ADMIN");</c>): that use may be the return, on a path the removal is not on.
        /// </summary>
        private bool IsUsedBeforeRemoval(IInvocationOperation removal, Element element) =>
            IsUsedBefore(removal, element) && !Scope.ReturnsBetween(element.AddedBy.SpanStart, removal.Syntax);

        /// <summary>As above, for a change written as <paramref name="change"/> (a removal's call, an indexer write that replaces the element).</summary>
        private static bool IsUsedBefore(SyntaxNode change, Element element) =>
            element.AddedBy.SyntaxTree == change.SyntaxTree && change.SpanStart > element.AddedBy.Span.End && MethodScope.Function(change) is { } function
            && MethodScope.Function(element.AddedBy) == function && PathCoverage.NamesOf(change) is { } names
            && PathCoverage.IsUsedBetween(names, function, element.AddedBy.Span.End, change.SpanStart);

        /// <summary><c>Remove(text)</c>: the dictionary entries of that key, or the first list element equal to it.</summary>
        private void RemoveEqual(List<Element> elements, int start, IInvocationOperation removal, List<StringValue> removed)
        {
            var position = removal.Syntax.SpanStart;
            // Remove(debug ? "A" : "B"): either may go.
            var oneText = removed.Count == 1;
            // List order: the order elements were added in (Insert aside).
            List<Element>? earlier = null;
            for (var i = start; i < elements.Count; i++)
                if (elements[i].AddedBy.SpanStart < position) (earlier ??= new List<Element>()).Add(elements[i]);
            if (earlier is null) return;
            if (earlier.Count > 1) earlier.Sort(ByAddition);
            // Whether a match found now is surely the first one the list holds (no earlier one may have been taken instead).
            var first = true;
            foreach (var element in earlier)
            {
                var isEntry = element.Key is not null;
                var match = Match(element, removed, ignoreCase: isEntry);
                if (match == Matching.None) continue;
                // The element may be missing when the removal runs: added on a branch the removal is not on, or taken already.
                var mayBeMissing = element.MayBeUndone || Values.IsConditionalAfter(element.AddedBy, removal.Syntax);
                var unconditional = !_values.MayNotRun(removal.Syntax, element.AddedBy);
                var surely = match == Matching.Definite && oneText;
                if (surely && unconditional && (first || isEntry))
                {
                    if (!IsUsedBefore(removal, element)) Drop(elements, element);
                }
                else if (!IsUsedBeforeRemoval(removal, element)) element.MayBeUndone = true;
                // A dictionary has one entry per key. List.Remove takes one element: the first equal one, surely there.
                if (isEntry) continue;
                if (surely && !mayBeMissing) break;
                first = false;
            }
        }

        /// <summary>
        /// The element <c>RemoveAt(constant)</c> surely takes: the list holds only the elements the reader sees
        /// (<paramref name="elements"/> complete), in the order they were added (no <c>Insert</c> in the method), and each up
        /// to the index is surely there when the removal surely runs. Null when that is not known.
        /// </summary>
        private Element? ElementAt(List<Element> elements, int start, IInvocationOperation removal)
        {
            if (removal.Arguments[0].Value.ConstantValue.Value is not int index || index < 0 || Scope.HasInserts) return null;
            List<Element>? earlier = null;
            for (var i = start; i < elements.Count; i++)
                if (elements[i].AddedBy.SpanStart < removal.Syntax.SpanStart) (earlier ??= new List<Element>()).Add(elements[i]);
            if (earlier is null || index >= earlier.Count) return null;
            if (earlier.Count > 1) earlier.Sort(ByAddition);
            for (var i = 0; i <= index; i++)
            {
                var element = earlier[i];
                // Added on a branch the removal is not on, one branch of a ?: (CapAdd = x ? [..] : [..]), or taken already.
                if (element.MayBeUndone || Values.IsConditionalAfter(element.AddedBy, removal.Syntax) || Values.IsConditionalAfter(element.Entry, removal.Syntax)
                    || Values.IsConditionalAfter(element.Value.Syntax, removal.Syntax) || _values.MayNotRun(removal.Syntax, element.AddedBy))
                    return null;
            }
            return earlier[index];
        }

        /// <summary>
        /// Takes a removed element out. A <c>Mount</c> or <c>DeviceMapping</c> it creates counts as read, so that it is not
        /// reported on its own as one built for someone else (<c>HostConfigAnalyzer.ReadParts</c>).
        /// </summary>
        private void Drop(List<Element> elements, Element element)
        {
            elements.Remove(element);
            if (_values.Dereference(element.Value) is IObjectCreationOperation creation)
                (_readAsParts ??= new HashSet<IObjectCreationOperation>()).Add(creation);
        }

        private static int ByAddition(Element a, Element b)
        {
            var order = a.AddedBy.SpanStart.CompareTo(b.AddedBy.SpanStart);
            return order != 0 ? order : a.Entry.SpanStart.CompareTo(b.Entry.SpanStart);
        }

        private enum Matching { None, Possible, Definite }

        /// <summary>
        /// Whether an element (its value, or an entry's key) is one of the removed texts: for sure (its one value is), or
        /// possibly (one of its branches is; for a key, one that differs only in case, as a dictionary made with
        /// <c>StringComparer.OrdinalIgnoreCase</c> compares). An element whose value is not known is not counted: were it
        /// the removed text, it would be taken instead of the known one, and the collection would hold that text all the same.
        /// </summary>
        private Matching Match(Element element, List<StringValue> removed, bool ignoreCase)
        {
            List<StringValue> candidates;
            if (ignoreCase && element.BorrowedKey is { } key) candidates = new List<StringValue>(1) { new StringValue(key, true, false, element.Value.Syntax) };
            else if (ignoreCase) candidates = _values.ReadString(element.Key);
            else if (element.BorrowedText is { } borrowed) candidates = new List<StringValue>(1) { new StringValue(borrowed, true, false, element.Value.Syntax) };
            else candidates = _values.ReadString(element.Value);
            var certain = candidates.Count == 1;
            var result = Matching.None;
            foreach (var candidate in candidates)
            {
                if (!candidate.IsComplete) continue;
                foreach (var text in removed)
                {
                    if (string.Equals(candidate.Text, text.Text, System.StringComparison.Ordinal))
                    {
                        if (certain) return Matching.Definite;
                        result = Matching.Possible;
                    }
                    else if (ignoreCase && string.Equals(candidate.Text, text.Text, System.StringComparison.OrdinalIgnoreCase))
                    {
                        result = Matching.Possible;
                    }
                }
            }
            return result;
        }

        /// <summary>
        /// <c>{ ["/t"] = "suid", ["/t"] = "nosuid" }</c>: an indexer write replaces the entry of its key written before it
        /// (a later write made only on some paths leaves the earlier one possible: "may").
        /// </summary>
        private void DropOverwrittenEntries(CollectionContents contents)
        {
            var elements = contents.Elements;
            // Lists (Binds, CapAdd) have no keys: nothing to read for them.
            if (!elements.Exists(e => e.Key is not null && e.Entry is AssignmentExpressionSyntax)) return;
            var keys = new string?[elements.Count];
            for (var i = 0; i < keys.Length; i++) keys[i] = elements[i].BorrowedKey ?? (elements[i].Key is { } key ? SingleKnownText(key) : null);
            List<Element>? overwritten = null;
            for (var later = 0; later < elements.Count; later++)
            {
                if (keys[later] is null || elements[later].Entry is not AssignmentExpressionSyntax) continue;
                for (var earlier = 0; earlier < elements.Count; earlier++)
                {
                    if (keys[earlier] != keys[later] || elements[earlier].Entry.SpanStart >= elements[later].Entry.SpanStart) continue;
                    // The container created between has the earlier entry.
                    if (IsUsedBefore(elements[later].Entry, elements[earlier])) continue;
                    if (Values.IsConditionalAfter(elements[later].Entry, elements[earlier].Entry)) elements[earlier].MayBeUndone = true;
                    else (overwritten ??= new List<Element>()).Add(elements[earlier]);
                }
            }
            if (overwritten is not null) elements.RemoveAll(overwritten.Contains);
        }

        /// <summary>
        /// <c>binds[0] = "/srv/config:/config"</c>: a list element written through the indexer with a constant index replaces
        /// the element there, when the analyzer knows which one that is (every element of the list, in the order they were
        /// added, no <c>Insert</c>, each up to the index surely there); written on some paths only, it may replace it ("may").
        /// </summary>
        private void DropReplacedListElements(CollectionContents contents)
        {
            var elements = contents.Elements;
            if (!contents.IsComplete || Scope.HasInserts) return;
            // The order of the entries is the order of addition only for the elements of one initializer and Add calls (not
            // for elements copied from another list: AddRange, a spread, a copy).
            SyntaxNode? initializer = null;
            foreach (var element in elements)
            {
                if (element.Key is not null || element.Entry is InvocationExpressionSyntax) continue;
                if (element.Entry.Parent is not (InitializerExpressionSyntax or CollectionExpressionSyntax or ExpressionElementSyntax)) return;
                var holder = element.Entry.Parent is ExpressionElementSyntax { Parent: { } collection } ? collection : element.Entry.Parent;
                if (initializer is not null && initializer != holder) return;
                initializer = holder;
            }
            List<Element>? replaced = null;
            foreach (var write in elements)
            {
                if (write.Entry is not AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax } || write.Key?.ConstantValue.Value is not int index || index < 0)
                    continue;
                // By where each went into the list (its entry: a local's list is stamped where the property is given it).
                var earlier = elements.FindAll(e => e.Key is null && e.Entry.SyntaxTree == write.Entry.SyntaxTree && e.Entry.SpanStart < write.Entry.SpanStart);
                if (index >= earlier.Count) continue;
                earlier.Sort((a, b) => a.Entry.SpanStart.CompareTo(b.Entry.SpanStart));
                var sure = true;
                for (var i = 0; i <= index && sure; i++)
                {
                    var element = earlier[i];
                    sure = !element.MayBeUndone && !Values.IsConditionalAfter(element.AddedBy, write.Entry) && !Values.IsConditionalAfter(element.Entry, write.Entry)
                        && !Values.IsConditionalAfter(element.Value.Syntax, write.Entry);
                }
                if (!sure || IsUsedBefore(write.Entry, earlier[index])) continue;
                if (_values.MayNotRun(write.Entry, earlier[index].Entry)) earlier[index].MayBeUndone = true;
                else (replaced ??= new List<Element>()).Add(earlier[index]);
            }
            if (replaced is not null)
                foreach (var element in replaced) Drop(elements, element);
        }

        private string? SingleKnownText(IOperation value)
        {
            var candidates = _values.ReadCompleteString(value);
            return candidates.Count == 1 && !candidates[0].IsConditional ? candidates[0].Text : null;
        }

        /// <summary>One item added to a collection by <paramref name="entry"/> (an <c>Add</c> or <c>Insert</c> call).</summary>
        private void AddItem(IOperation item, SyntaxNode entry, CollectionContents contents)
        {
            // foreach (var cap in caps) hc.CapAdd.Add(cap): every element the loop walks is added, there.
            if (IterationSource(item) is { } walked) AddCopy(walked, entry, contents, 1, entry.SpanStart);
            else contents.Elements.Add(new Element(null, item, entry));
        }

        /// <summary>
        /// The elements another collection holds when <paramref name="copiedAt"/> copies them (<c>AddRange(other)</c>,
        /// <c>new List&lt;string&gt;(other)</c>): what is removed from it later does not leave this one.
        /// </summary>
        private void AddCopy(IOperation value, SyntaxNode copiedAt, CollectionContents contents, int depth, int cutoff)
        {
            var start = contents.Elements.Count;
            var wasComplete = contents.IsComplete;
            contents.IsComplete = true;
            AddElements(value, contents, depth, System.Math.Min(cutoff, copiedAt.SpanStart));
            if (!contents.IsComplete) contents.MarkUnknown(copiedAt);
            contents.IsComplete &= wasComplete;
            StampAddedBy(contents, start, copiedAt);
        }

        private static bool IsEnumerableMethod(IInvocationOperation call) => call.TargetMethod.ContainingType?.ToDisplayString() == "System.Linq.Enumerable";

        internal static bool IsArrayOrCollectionExpression(IOperation value) =>
            Values.SkipConversions(value) is { } op && (op is IArrayCreationOperation || op.Syntax is CollectionExpressionSyntax);

        /// <summary>The collection a <c>foreach</c> walks, when <paramref name="value"/> is that loop's iteration variable.</summary>
        private static IOperation? IterationSource(IOperation value)
        {
            if (Values.SkipConversions(value) is not ILocalReferenceOperation reference) return null;
            for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is not IForEachLoopOperation loop) continue;
                foreach (var local in loop.Locals)
                    if (SymbolEqualityComparer.Default.Equals(local, reference.Local)) return loop.Collection;
            }
            return null;
        }

        /// <summary>The elements of a collection-valued expression (<c>new List&lt;string&gt; { ... }</c>, an array, <c>[...]</c>, a local).</summary>
        public void AddElements(IOperation value, CollectionContents contents, int depth) => AddElements(value, contents, depth, int.MaxValue);

        /// <summary>As above; removals at or after <paramref name="cutoff"/> are made once the elements are copied elsewhere.</summary>
        private void AddElements(IOperation value, CollectionContents contents, int depth, int cutoff)
        {
            var op = Values.SkipConversions(value);
            if (op is null || depth > MaxDepth)
            {
                contents.IsComplete = false;
                return;
            }
            if (contents.NullIsDefault && op.ConstantValue is { HasValue: true, Value: null })
            {
                contents.HasNullValue = true;
                return;
            }
            if (op.Syntax is CollectionExpressionSyntax collectionExpression)
            {
                AddCollectionExpression(op, collectionExpression, contents, depth, cutoff);
                return;
            }
            switch (op)
            {
                // An array or a collection expression in a local: its elements, when nothing changes them through the local or
                // another name for it (an element written, Clear, Remove, Add, a method it is handed to); a List creation's
                // changes are read with it (PathsOf), these are not followed (audit 25).
                case ILocalReferenceOperation local when Scope.SingleValue(local.Local) is { } localValue && IsArrayOrCollectionExpression(localValue)
                                                         && !Scope.IsOnlyGiven(local.Local):
                    contents.MarkUnknown(op.Syntax);
                    return;
                case ILocalReferenceOperation local when Scope.SingleValue(local.Local) is { } localValue:
                    var fromLocal = contents.Elements.Count;
                    AddElements(localValue, contents, depth + 1, cutoff);
                    // var binds = settings.Binds.ToList(); binds.Add("/var/run/docker.sock:..."): what is added through the local
                    // goes into the list it holds, whatever else that holds (audit 129 D129-8); a creation's are read with it.
                    // So does var binds = p.HostConfig.Binds ?? new List<string>(); (audit 134 E134-5), or a ?: of lists: the local holds
                    // one list or another, and a creation there has no path of its own to read them through.
                    if (Values.SkipConversions(localValue) is IInvocationOperation or IParameterReferenceOperation or IMemberReferenceOperation or IAwaitOperation
                        or ICoalesceOperation or IConditionalOperation or ISwitchExpressionOperation)
                        AddChangesThroughName(AccessPath.Of(local.Local), contents, fromLocal, cutoff);
                    return;
                // HandedList(List<string> binds) { ... Binds = binds ...; binds.Add("/etc:/etc"); }: as for a local.
                case IParameterReferenceOperation parameter when Scope.ParameterWriteCount(parameter.Parameter) == 0:
                    contents.IsComplete = false;
                    AddChangesThroughName(AccessPath.Of(parameter.Parameter), contents, contents.Elements.Count, cutoff);
                    return;
                // A list local given another list later (binds = new List<string> { ... }; after a first container): the one
                // it holds here, when nothing is added to, removed from or written through the local (the creation is not read
                // through it then).
                case ILocalReferenceOperation local when Scope.IsOnlyGiven(local.Local) && Scope.ValueAt(local) is { } reaching:
                    AddElements(reaching, contents, depth + 1, cutoff);
                    return;
                case IConditionalOperation when Values.LiveBranch(op) is { } live:
                    AddElements(live, contents, depth + 1, cutoff);
                    return;
                // A collection on either branch (CapAdd = debug ? new List<string> { "SYS_ADMIN" } : new List<string>()):
                // the elements of each, which the value readers see as conditional (Values.IsConditionallyWritten).
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    AddElements(conditional.WhenTrue, contents, depth + 1, cutoff);
                    AddElements(whenFalse, contents, depth + 1, cutoff);
                    return;
                case ICoalesceOperation coalesce:
                    AddElements(coalesce.Value, contents, depth + 1, cutoff);
                    AddElements(coalesce.WhenNull, contents, depth + 1, cutoff);
                    return;
                case ISwitchExpressionOperation choice:
                    foreach (var arm in choice.Arms) AddElements(arm.Value, contents, depth + 1, cutoff);
                    return;
                case ICoalesceAssignmentOperation coalesceAssignment:
                    // hc.CapAdd ??= new List<string> { ... }: these elements when the list was null, else an earlier list's.
                    contents.IsComplete = false;
                    AddElements(coalesceAssignment.Value, contents, depth + 1, cutoff);
                    return;
                case IObjectCreationOperation creation:
                    // new List<string>(capacity) starts empty; new List<string>(other) starts with other's elements.
                    var start = contents.Elements.Count;
                    foreach (var argument in creation.Arguments)
                        if (argument.Value.Type?.SpecialType != SpecialType.System_Int32) AddCopy(argument.Value, creation.Syntax, contents, depth + 1, cutoff);
                    if (creation.Initializer is not null) AddInitializerElements(creation.Initializer, contents);
                    List<IInvocationOperation>? removals = null;
                    // A local that took the list from the object holding it before that object was put there holds another list
                    // (var caps = p.HostConfig.CapAdd; p.HostConfig = new HostConfig { CapAdd = ... };); what the property itself
                    // is given again is read as replacing (ApplyReplacements).
                    foreach (var (path, placedAt) in PathsOf(creation, 0))
                        AddWritesThroughNames(path, contents, cutoff, ref removals, placedAt, path.Members.Length - 1);
                    // What is removed through the collection's names, from its own elements (not another's that a ?: may give).
                    if (removals is not null) ApplyRemovals(contents, start, removals);
                    return;
                case IArrayCreationOperation array:
                    if (array.Initializer is not null)
                    {
                        foreach (var element in array.Initializer.ElementValues)
                            contents.Elements.Add(new Element(null, element, element.Syntax));
                    }
                    else if (array.DimensionSizes.Length != 1 || !(array.DimensionSizes[0].ConstantValue.Value is 0))
                    {
                        contents.IsComplete = false;
                    }
                    return;
                case IFieldReferenceOperation field when SyntaxConstants.StaticReadonlyElements(field.Field) is { } texts && !texts.Contains(null):
                    foreach (var text in texts) contents.Elements.Add(new Element(null, op, op.Syntax, text));
                    return;
                case IFieldReferenceOperation field when SyntaxConstants.StaticReadonlyEntries(field.Field) is { } entries:
                    foreach (var (key, text) in entries)
                    {
                        if (key is null || text is null) contents.IsComplete = false;
                        else contents.Elements.Add(new Element(op, op, op.Syntax, text, key));
                    }
                    return;
                case IFieldReferenceOperation field when SyntaxConstants.StaticReadonlyNestedElements(field.Field) is { } lists:
                    foreach (var words in lists) contents.Elements.Add(new Element(null, op, op.Syntax) { BorrowedParts = words });
                    return;
                case IFieldReferenceOperation field when SyntaxConstants.StaticReadonlyElements(field.Field) is { } texts:
                    foreach (var text in texts)
                    {
                        if (text is null) contents.IsComplete = false;
                        else contents.Elements.Add(new Element(null, op, op.Syntax, text));
                    }
                    return;
                case IInvocationOperation { Arguments.Length: 1, TargetMethod.Name: "ToList" or "ToArray" or "Distinct" } copy when IsEnumerableMethod(copy):
                    AddCopy(copy.Arguments[0].Value, copy.Syntax, contents, depth + 1, cutoff);
                    return;
                // caps.ToArray() of a List<string> (its own method, not Enumerable's): a copy too (audit 129 D129-8).
                case IInvocationOperation { Instance: { } source, Arguments.Length: 0, TargetMethod: { Name: "ToArray", ContainingType.OriginalDefinition.SpecialType: SpecialType.None } method } copy
                    when method.ContainingType.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>":
                    AddCopy(source, copy.Syntax, contents, depth + 1, cutoff);
                    return;
                // binds.Append("/var/run/docker.sock:/var/run/docker.sock"), caps.Prepend("SYS_ADMIN"): the source's elements and
                // the one added (audit 56 S3: (p.HostConfig.Binds ?? []).Append(...).ToList() in a modifier).
                case IInvocationOperation { Arguments.Length: 2, TargetMethod.Name: "Append" or "Prepend" } added when IsEnumerableMethod(added):
                    AddCopy(added.Arguments[0].Value, added.Syntax, contents, depth + 1, cutoff);
                    contents.Elements.Add(new Element(null, added.Arguments[1].Value, added.Arguments[1].Value.Syntax));
                    return;
                // caps.Concat(["SYS_ADMIN"]), caps.Union(more): the elements of both.
                case IInvocationOperation { Arguments.Length: 2, TargetMethod.Name: "Concat" or "Union" } joined when IsEnumerableMethod(joined):
                    AddCopy(joined.Arguments[0].Value, joined.Syntax, contents, depth + 1, cutoff);
                    AddCopy(joined.Arguments[1].Value, joined.Syntax, contents, depth + 1, cutoff);
                    return;
                case IInvocationOperation { Arguments.Length: 0, TargetMethod.Name: "Empty" } empty
                    when empty.TargetMethod.ContainingType?.ToDisplayString() is "System.Array" or "System.Linq.Enumerable":
                    return;
                default:
                    contents.IsComplete = false;
                    return;
            }
        }

        /// <summary>What is added to and removed from a list through one name of it (a local, a parameter), from <paramref name="start"/> on.</summary>
        private void AddChangesThroughName(AccessPath name, CollectionContents contents, int start, int cutoff)
        {
            var wasComplete = contents.IsComplete;
            List<IInvocationOperation>? removals = null;
            AddWritesThroughNames(name, contents, cutoff, ref removals);
            if (removals is not null) ApplyRemovals(contents, start, removals);
            contents.IsComplete &= wasComplete;
        }

        private void AddCollectionExpression(IOperation op, CollectionExpressionSyntax syntax, CollectionContents contents, int depth, int cutoff)
        {
            // Roslyn 4.8 has no ICollectionExpressionOperation: read the elements from syntax.
            foreach (var element in syntax.Elements)
            {
                if (element is ExpressionElementSyntax expressionElement
                    && OperationSyntax.Of(expressionElement.Expression, op.SemanticModel) is { } elementOperation)
                    contents.Elements.Add(new Element(null, elementOperation, expressionElement.Expression));
                // [.. DebugCaps, "NET_ADMIN"]: the spread collection's elements, as a copy of it (new List<string>(DebugCaps)).
                else if (element is SpreadElementSyntax spread && OperationSyntax.Of(spread.Expression, op.SemanticModel) is { } spreadOperation)
                    AddCopy(spreadOperation, spread, contents, depth + 1, cutoff);
                else
                    contents.IsComplete = false;
            }
        }

        private static void AddInitializerElements(IObjectOrCollectionInitializerOperation initializer, CollectionContents contents)
        {
            foreach (var member in initializer.Initializers)
            {
                switch (member)
                {
                    case IInvocationOperation { Arguments.Length: 1 } add:
                        contents.Elements.Add(new Element(null, add.Arguments[0].Value, add.Syntax));
                        break;
                    case IInvocationOperation { Arguments.Length: 2 } add:
                        contents.Elements.Add(new Element(add.Arguments[0].Value, add.Arguments[1].Value, add.Syntax));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                        contents.Elements.Add(new Element(indexer.Arguments[0].Value, assignment.Value, assignment.Syntax));
                        break;
                    default:
                        contents.IsComplete = false;
                        break;
                }
            }
        }

        private void AddWrites(AccessPath collection, CollectionContents contents, int cutoff, ref List<IInvocationOperation>? removals)
        {
            // Read once, whichever name (the list's own, or the property holding it) comes first.
            if (!contents.MarkRead(collection)) return;
            var indexed = Scope.LastIndexed(collection);
            if (indexed > contents.LastIndexed) contents.LastIndexed = indexed;
            foreach (var change in Scope.OtherChanges(collection))
            {
                if (change.Syntax.SpanStart >= cutoff && IsAddition(change)) continue;
                contents.IsSet = true;
                var wasComplete = contents.IsComplete;
                contents.IsComplete = true;
                AddChange(change, contents, cutoff, ref removals);
                if (!contents.IsComplete) contents.MarkUnknown(change.Syntax);
                contents.IsComplete &= wasComplete;
            }
            if (Scope.IsHandedOff(collection))
            {
                contents.IsSet = true;
                contents.MarkUnknown(null);
            }
            foreach (var add in Scope.AddCalls(collection))
            {
                // Made after the list was copied elsewhere (Binds = binds.ToArray(); binds.Add(...)): not in the copy (audit 130 R130-4).
                if (add.Syntax.SpanStart >= cutoff) continue;
                contents.IsSet = true;
                var wasComplete = contents.IsComplete;
                contents.IsComplete = true;
                if (add.Arguments.Length == 1) AddItem(add.Arguments[0].Value, add.Syntax, contents);
                else if (add.Arguments.Length == 2) contents.Elements.Add(new Element(MethodScope.Argument(add, 0), MethodScope.Argument(add, 1), add.Syntax));
                if (!contents.IsComplete) contents.MarkUnknown(add.Syntax);
                contents.IsComplete &= wasComplete;
            }
            foreach (var write in Scope.IndexerWrites(collection))
            {
                if (write.Syntax.SpanStart >= cutoff) continue;
                contents.IsSet = true;
                if (write.Target is IPropertyReferenceOperation { Arguments.Length: 1 } indexer)
                    contents.Elements.Add(new Element(indexer.Arguments[0].Value, MethodScope.WrittenValue(write), write.Syntax));
            }
        }

        private static bool IsAddition(IInvocationOperation change) => change.TargetMethod.Name is "AddRange" or "InsertRange" or "Insert" or "TryAdd";

        private void AddChange(IInvocationOperation change, CollectionContents contents, int cutoff, ref List<IInvocationOperation>? removals)
        {
            {
                var arguments = change.Arguments;
                switch (change.TargetMethod.Name)
                {
                    case "AddRange" when arguments.Length == 1:
                        AddCopy(MethodScope.Argument(change, 0), change.Syntax, contents, 1, cutoff);
                        break;
                    case "InsertRange" when arguments.Length == 2:
                        AddCopy(MethodScope.Argument(change, 1), change.Syntax, contents, 1, cutoff);
                        break;
                    // Applied once the collection's elements are all read (ApplyRemovals); those made after it was copied
                    // elsewhere do not change the copy.
                    case "Remove" or "RemoveAt" or "RemoveAll" or "RemoveRange" or "Clear":
                        if (change.Syntax.SpanStart < cutoff) (removals ??= new List<IInvocationOperation>()).Add(change);
                        break;
                    // Insert(index, item) adds an item as Add does; TryAdd(key, value) adds an entry unless the key is there.
                    case "Insert" when arguments.Length == 2:
                        AddItem(MethodScope.Argument(change, 1), change.Syntax, contents);
                        break;
                    case "TryAdd" when arguments.Length == 2:
                        contents.Elements.Add(new Element(MethodScope.Argument(change, 0), MethodScope.Argument(change, 1), change.Syntax));
                        break;
                    case "TryAdd" when MethodScope.IsDictionaryTryAdd(change):
                        contents.Elements.Add(new Element(MethodScope.Argument(change, 1), MethodScope.Argument(change, 2), change.Syntax));
                        break;
                    default:
                        contents.IsComplete = false;
                        break;
                }
            }
        }

        /// <summary>
        /// The paths that reach a created object: the local it is stored in (when that local is written only once), or
        /// the property it is assigned to on an object that is itself reachable (<c>p.HostConfig = new HostConfig()</c>,
        /// <c>new CreateContainerParameters { HostConfig = new HostConfig() }</c> stored in <c>p</c>), each with the
        /// declaration or assignment that puts it there (or the object holding it).
        /// </summary>
        private List<(AccessPath Path, SyntaxNode PlacedAt)> PathsOf(IOperation created, int depth)
        {
            var result = new List<(AccessPath, SyntaxNode)>();
            if (depth > MaxDepth) return result;
            var current = created;
            var parent = current.Parent;
            while (parent is IConversionOperation)
            {
                current = parent;
                parent = parent.Parent;
            }
            // p.HostConfig = p.HostConfig ?? new HostConfig(), the older spelling of p.HostConfig ??= new HostConfig(), read as it
            // is (audit 138 A138-8), also spelt with a null test (p.HostConfig != null ? p.HostConfig : new HostConfig(), audit 140
            // R140-3); so is a fallback for another object's (p.HostConfig = q.HostConfig ?? new HostConfig()), not for an inspect
            // response's, whose writes are not reported (p.HostConfig = r.HostConfig ?? new HostConfig()).
            if (Fallbacks.ChoiceOf(created) is { } fallback && fallback.Parent is ISimpleAssignmentOperation given && given.Value == fallback
                && !Fallbacks.IsFromInspectResponse(Fallbacks.HeldOf(fallback)))
            {
                current = fallback;
                parent = given;
            }
            switch (parent)
            {
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    if (Scope.WriteCount(declarator.Symbol) == 1) result.Add((AccessPath.Of(declarator.Symbol), declarator.Syntax));
                    break;
                case IAssignmentOperation assignment when assignment.Value == current && assignment.Kind is OperationKind.SimpleAssignment or OperationKind.CoalesceAssignment:
                    switch (assignment.Target)
                    {
                        case ILocalReferenceOperation local when Scope.WriteCount(local.Local) == 1:
                            result.Add((AccessPath.Of(local.Local), assignment.Syntax));
                            break;
                        case IParameterReferenceOperation parameter when Scope.ParameterWriteCount(parameter.Parameter) == 1:
                            result.Add((AccessPath.Of(parameter.Parameter), assignment.Syntax));
                            break;
                        case IPropertyReferenceOperation { Property.IsIndexer: false, Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } property:
                            if (assignment.Parent is IObjectOrCollectionInitializerOperation initializer)
                                foreach (var (owner, placedAt) in InitializerOwnerPaths(initializer, depth + 1))
                                    result.Add((owner.Append(property.Property.Name), placedAt));
                            break;
                        // A field or property of this object or of another one (_hostConfig = new HostConfig { ... }), when
                        // the method assigns it only this once (as for locals).
                        case IMemberReferenceOperation member when AccessPath.TryGet(member) is { } path && Scope.MemberWriteCount(path) == 1:
                            result.Add((path, assignment.Syntax));
                            break;
                    }
                    break;
            }
            return result;
        }

        private List<(AccessPath Path, SyntaxNode PlacedAt)> InitializerOwnerPaths(IObjectOrCollectionInitializerOperation initializer, int depth)
        {
            switch (initializer.Parent)
            {
                case IObjectCreationOperation creation:
                    return PathsOf(creation, depth);
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member, Parent: IObjectOrCollectionInitializerOperation outer }:
                    var result = new List<(AccessPath, SyntaxNode)>();
                    foreach (var (owner, placedAt) in InitializerOwnerPaths(outer, depth + 1)) result.Add((owner.Append(member.Property.Name), placedAt));
                    return result;
                default:
                    return new List<(AccessPath, SyntaxNode)>();
            }
        }

        private static bool IsImplicitMember(IOperation target, string property) => ImplicitMemberName(target) == property;

        /// <summary>The property an initializer entry sets (<c>Privileged</c> of <c>Privileged = true</c>); null for anything else.</summary>
        internal static string? ImplicitMemberName(IOperation? target) =>
            target is IPropertyReferenceOperation { Property.IsIndexer: false } reference
            && reference.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                ? reference.Property.Name
                : null;
    }
}
