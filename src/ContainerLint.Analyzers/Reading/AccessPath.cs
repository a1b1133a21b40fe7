using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// A place an object is reachable through within one method: a local, a parameter or a member of this object (or
    /// a static one), followed by field and property names (<c>parameters.HostConfig.Mounts</c>,
    /// <c>_options.Parameters</c>). Writes through equal paths are writes to the same object.
    /// </summary>
    internal sealed class AccessPath : IEquatable<AccessPath>
    {
        private const int MaxLength = 6;

        private AccessPath(ISymbol root, ImmutableArray<string> members)
        {
            Root = root;
            Members = members;
        }

        public ISymbol Root { get; }
        public ImmutableArray<string> Members { get; }

        public static AccessPath Of(ISymbol root) => new AccessPath(root, ImmutableArray<string>.Empty);

        /// <summary>Whether <paramref name="value"/> names the root of one of <paramref name="paths"/> (<c>Copy(p.HostConfig)</c> for <c>p.HostConfig</c>).</summary>
        public static bool AnyRootNamedIn(SyntaxNode value, System.Collections.Generic.List<AccessPath> paths)
        {
            foreach (var descendant in value.DescendantNodesAndSelf())
                if (descendant is IdentifierNameSyntax identifier)
                    foreach (var path in paths)
                        if (identifier.Identifier.ValueText == path.Root.Name) return true;
            return false;
        }

        public AccessPath Append(string member) => new AccessPath(Root, Members.Add(member));

        /// <summary>The path through the first <paramref name="length"/> members (<c>a.B</c> of <c>a.B.C</c> for 1).</summary>
        public AccessPath Prefix(int length) =>
            length == Members.Length ? this : new AccessPath(Root, ImmutableArray.Create(Members, 0, length));

        /// <summary>The path an expression reads (a local, a parameter, a member of this object, a chain of field and property reads on one).</summary>
        public static AccessPath? TryGet(IOperation? operation)
        {
            operation = Values.SkipConversions(operation);
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return Of(local.Local);
                case IParameterReferenceOperation parameter:
                    return Of(parameter.Parameter);
                // A field or property of this object (or a static one): what it holds outlives the method, and what the
                // method writes through it is written to that object. Members of an object being initialized are not
                // paths (see IsOwnMember).
                case IFieldReferenceOperation field when IsOwnMember(field):
                    return Of(field.Field);
                case IPropertyReferenceOperation property when IsOwnMember(property) && !property.Property.IsIndexer && !IsInheritedModelMember(property):
                    return Of(property.Property);
                // This object, of a class that derives from a Docker.DotNet model: its model properties (Privileged = true in
                // the constructor of class DindHostConfig : HostConfig) are written through one path, rooted at the class.
                // base.Privileged = true: the same object, whose type is the class, not the base the expression has.
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, Syntax: BaseExpressionSyntax syntax } instance:
                    return instance.SemanticModel?.GetEnclosingSymbol(syntax.SpanStart)?.ContainingType is { } own && DockerApi.DerivesFromModel(own) ? Of(own) : null;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, Type: { } type } when DockerApi.DerivesFromModel(type):
                    return Of(type);
                case IFieldReferenceOperation field when field.Instance is not null:
                    return Member(field.Instance, field.Field.Name);
                case IPropertyReferenceOperation property when !property.Property.IsIndexer && property.Instance is not null:
                    return Member(property.Instance, property.Property.Name);
                // The value of an assignment is what its target holds afterwards: (p.HostConfig.CapAdd ??= new List<string>()).Add(...)
                // and var caps = hc.CapAdd ??= new List<string>(); write to the list at the target's path.
                case ICoalesceAssignmentOperation coalesceAssignment:
                    return TryGet(coalesceAssignment.Target);
                case ISimpleAssignmentOperation assignment:
                    return TryGet(assignment.Target);
                // The receiver after ?. (hc?.Binds?.Add(...)) is what the enclosing conditional access tested.
                case IConditionalAccessInstanceOperation instance when TestedBy(instance) is { } tested:
                    return TryGet(tested);
                default:
                    return null;
            }
        }

        /// <summary>The operand of the conditional access whose <c>WhenNotNull</c> part holds <paramref name="instance"/>.</summary>
        private static IOperation? TestedBy(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
                if (parent is IConditionalAccessOperation access && access.WhenNotNull == child) return access.Operation;
            return null;
        }

        private static AccessPath? Member(IOperation instance, string name) =>
            TryGet(instance) is { } path && path.Members.Length < MaxLength ? path.Append(name) : null;

        /// <summary>A model property this object inherits (<c>this.Privileged</c> in a class that derives from HostConfig).</summary>
        private static bool IsInheritedModelMember(IPropertyReferenceOperation property) =>
            property.Instance is not null && DockerApi.IsDockerModel(property.Property.ContainingType);

        /// <summary>Whether this path begins with <paramref name="prefix"/> (its root and first members).</summary>
        public bool StartsWith(AccessPath prefix)
        {
            if (prefix.Members.Length > Members.Length || !SymbolEqualityComparer.Default.Equals(Root, prefix.Root)) return false;
            for (var i = 0; i < prefix.Members.Length; i++)
                if (!string.Equals(Members[i], prefix.Members[i], StringComparison.Ordinal)) return false;
            return true;
        }

        /// <summary>This path with <paramref name="prefix"/> (which it starts with) replaced by <paramref name="replacement"/>.</summary>
        public AccessPath Rebase(AccessPath prefix, AccessPath replacement)
        {
            var path = replacement;
            for (var i = prefix.Members.Length; i < Members.Length && path.Members.Length < MaxLength; i++) path = path.Append(Members[i]);
            return path;
        }

        /// <summary>A member of this object (<c>_p</c>, <c>this.P</c>) or a static one, not one of an object being initialized.</summary>
        public static bool IsOwnMember(IMemberReferenceOperation member) =>
            member.Instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        public bool Equals(AccessPath? other)
        {
            if (other is null || !SymbolEqualityComparer.Default.Equals(Root, other.Root) || Members.Length != other.Members.Length)
                return false;
            for (var i = 0; i < Members.Length; i++)
                if (!string.Equals(Members[i], other.Members[i], StringComparison.Ordinal)) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is AccessPath other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = SymbolEqualityComparer.Default.GetHashCode(Root);
                foreach (var member in Members) hash = (hash * 31) ^ StringComparer.Ordinal.GetHashCode(member);
                return hash;
            }
        }

        public override string ToString() => Root.Name + (Members.Length == 0 ? string.Empty : "." + string.Join(".", Members));
    }
}
