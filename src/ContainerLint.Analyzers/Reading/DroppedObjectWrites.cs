using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// A write into an object that configures no container: the object was created in the same statement list, the
    /// statements after the write give what holds it another value before anything else names the local, and nothing
    /// else can reach it (<c>var p = new CreateContainerParameters { HostConfig = new HostConfig() }; p.HostConfig.Privileged =
    /// true; p.HostConfig = new HostConfig();</c>: the privileged HostConfig is dropped; audit 129 D129-6). Read from the
    /// statements alone, straight-line, as <see cref="ReplacedBeforeUse"/> reads a creation: the local is an ordinary one that
    /// no lambda or local function names, the statements around the write only write through it (<c>p.HostConfig.CapAdd =
    /// ...;</c>, <c>p.HostConfig.Binds.Add(...);</c>) or do not name it, none is labelled or jumps, and the write is in no
    /// <c>try</c> (a handler could use the object). A write the method makes anywhere else is read as ever.
    /// </summary>
    internal static class DroppedObjectWrites
    {
        // How far from the write the statements are looked through: such a write is next to its replacement, and a method of
        // thousands of writes through one local stays linear.
        private const int MaxStatements = 32;

        /// <summary>
        /// Whether <paramref name="write"/> (an assignment, or a call that adds to or changes a collection) writes into the
        /// object at <paramref name="written"/> (<c>p.HostConfig</c> of <c>p.HostConfig.Privileged = true</c>, <c>p.HostConfig.CapAdd</c>
        /// of <c>p.HostConfig.CapAdd.Add(x)</c>) when that object is so dropped.
        /// </summary>
        public static bool IsInto(AccessPath written, SyntaxNode write, SemanticModel? model, MethodScope scope)
        {
            if (model is null) return false;
            // A parameter's too (p.HostConfig = new HostConfig(); p.HostConfig.Privileged = true; p.HostConfig = new ...;): the
            // caller's object holds the first HostConfig only while nothing can look.
            if (written.Root is not (ILocalSymbol { RefKind: RefKind.None, IsConst: false } or IParameterSymbol { RefKind: RefKind.None })) return false;
            if (write.Parent is not ExpressionStatementSyntax statement || MethodScope.StatementList(statement) is not { } list) return false;
            var name = written.Root.Name;
            var members = written.Members;
            // Most writes have no later statement that gives the local, or what holds the object, another value: found from the
            // list's assignments of the local, gathered once (every write of a method is asked about as it is indexed).
            var holders = scope.Memo(list, written.Root, () => new HolderAssignments(list, name));
            var statements = new Sequence(list);
            var at = statements.IndexOf(statement);
            if (at < 0 || !holders.AnyAfter(at, at + MaxStatements, members)) return false;
            if (!IsWriteThrough(statement, name, out var chain, out var own) || chain.Length <= members.Length || !StartsWith(chain, members)) return false;
            var calls = own is null ? null : new List<InvocationExpressionSyntax> { own };
            if (!IsReplacedAfter(statements, at, name, members, ref calls) || !IsCreatedBefore(statements, at, name, members, ref calls)) return false;
            if (MethodScope.Function(statement) is not { } function || IsInTry(statement, function) || IsNamedApart(function, name)) return false;
            // A call between that changes a collection is a library's (List<T>.Add): a method of the project so named may hand
            // the object on (p.HostConfig.Add(all), an extension method; audit 135 R135-2). Asked last, of the compiler.
            if (calls is not null)
                foreach (var call in calls)
                    if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol target || SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, model.Compilation.Assembly))
                        return false;
            return true;
        }

        /// <summary>
        /// Whether the statement only writes through the local (<c>hc.PidMode = "host";</c>, <c>hc.CapAdd.Add("X");</c>, a library's
        /// collection method): what <see cref="ReplacedBeforeUse"/> lets stand between a creation and its replacement.
        /// </summary>
        internal static bool OnlyWritesInto(StatementSyntax statement, string name, SemanticModel model) =>
            IsWriteThrough(statement, name, out _, out var call)
            && (call is null || (model.GetSymbolInfo(call).Symbol is IMethodSymbol target
                && !SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, model.Compilation.Assembly)));

        /// <summary>Whether a statement after <paramref name="at"/> gives what holds the object another value before anything else names the local.</summary>
        private static bool IsReplacedAfter(Sequence statements, int at, string name, System.Collections.Immutable.ImmutableArray<string> members,
            ref List<InvocationExpressionSyntax>? calls)
        {
            for (var i = at + 1; i < statements.Count && i <= at + MaxStatements; i++)
            {
                if (statements[i] is not { } next) continue;
                if (next is LabeledStatementSyntax || Leaves(next)) return false;
                if (ReplacedHolder(next, name, out var value) is { } holder && holder.Length <= members.Length && StartsWith(members, holder))
                    return value is null || !Names(value, name);
                if (!OnlyWritesThrough(next, name, ref calls)) return false;
            }
            return false;
        }

        /// <summary>
        /// Whether a statement before <paramref name="at"/> creates the object (<c>var p = new ... { HostConfig = new HostConfig() }</c>,
        /// <c>p.HostConfig = new HostConfig();</c>) and the ones between only write through the local or do not name it.
        /// </summary>
        private static bool IsCreatedBefore(Sequence statements, int at, string name, System.Collections.Immutable.ImmutableArray<string> members,
            ref List<InvocationExpressionSyntax>? calls)
        {
            for (var i = at - 1; i >= 0 && i >= at - MaxStatements; i--)
            {
                if (statements[i] is not { } earlier) continue;
                if (earlier is LabeledStatementSyntax) return false;
                if (earlier is LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } && variables[0].Identifier.ValueText == name)
                    return variables[0].Initializer is { Value: var value } && IsFresh(value, members, 0);
                if (ReplacedHolder(earlier, name, out var given, inDeclarations: false) is { } holder && holder.Length <= members.Length && StartsWith(members, holder))
                    return given is not null && IsFresh(given, members, holder.Length);
                if (!OnlyWritesThrough(earlier, name, ref calls)) return false;
            }
            return false;
        }

        /// <summary>Whether the statement does not name the local, or only writes through it (its calls gathered into <paramref name="calls"/>).</summary>
        private static bool OnlyWritesThrough(StatementSyntax statement, string name, ref List<InvocationExpressionSyntax>? calls)
        {
            if (IsWriteThrough(statement, name, out _, out var call))
            {
                if (call is not null) (calls ??= new List<InvocationExpressionSyntax>()).Add(call);
                return true;
            }
            return !Names(statement, name);
        }

        /// <summary>
        /// The statements of a list that assign the local or a member chain of it (<c>p = ...;</c>, <c>p.HostConfig = ...;</c>):
        /// where what holds an object may be given another value.
        /// </summary>
        private sealed class HolderAssignments
        {
            private readonly List<(int Index, string[] Chain)> _assignments = new List<(int, string[])>();

            public HolderAssignments(SyntaxNode list, string name)
            {
                var statements = new Sequence(list);
                for (var i = 0; i < statements.Count; i++)
                    if (statements[i] is { } statement && ReplacedHolder(statement, name, out _) is { } chain)
                        _assignments.Add((i, chain));
            }

            /// <summary>Whether one after <paramref name="from"/>, up to <paramref name="to"/>, assigns a holder of the object at <paramref name="members"/>.</summary>
            public bool AnyAfter(int from, int to, System.Collections.Immutable.ImmutableArray<string> members)
            {
                foreach (var (index, chain) in _assignments)
                    if (index > from && index <= to && chain.Length <= members.Length && StartsWith(members, chain)) return true;
                return false;
            }
        }

        /// <summary>
        /// Whether <paramref name="value"/> is a creation, and so is what its initializers put at the rest of the members from
        /// <paramref name="from"/> on (<c>new CreateContainerParameters { HostConfig = new HostConfig() }</c> for <c>p.HostConfig</c>).
        /// </summary>
        private static bool IsFresh(ExpressionSyntax value, System.Collections.Immutable.ImmutableArray<string> members, int from)
        {
            for (var i = from; ; i++)
            {
                while (value is ParenthesizedExpressionSyntax parenthesized) value = parenthesized.Expression;
                if (value is not BaseObjectCreationExpressionSyntax creation) return false;
                if (i == members.Length) return true;
                ExpressionSyntax? next = null;
                if (creation.Initializer is { } initializer && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
                    foreach (var entry in initializer.Expressions)
                        if (entry is AssignmentExpressionSyntax { Left: IdentifierNameSyntax member } assignment && member.Identifier.ValueText == members[i])
                            next = assignment.Right;
                if (next is null) return false;
                value = next;
            }
        }

        /// <summary>
        /// Whether the statement only writes through the local (<c>p.HostConfig.Privileged = true;</c>, <c>hc.CapAdd.Add("X");</c>):
        /// an assignment of a member chain of it, or a call of a collection-changing method on one, that names it nowhere else.
        /// <paramref name="chain"/> is the chain written (<c>HostConfig, Privileged</c>; for a call, the collection's, and the call
        /// is <paramref name="collectionCall"/>, whose method <see cref="IsInto"/> checks).
        /// </summary>
        private static bool IsWriteThrough(StatementSyntax statement, string name, out string[] chain, out InvocationExpressionSyntax? collectionCall)
        {
            chain = System.Array.Empty<string>();
            collectionCall = null;
            if (statement is not ExpressionStatementSyntax { Expression: var expression }) return false;
            switch (expression)
            {
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    var left = assignment.Left is ElementAccessExpressionSyntax element && !Names(element.ArgumentList, name) ? element.Expression : assignment.Left;
                    if (Chain(left, name) is not { Length: > 0 } written || Names(assignment.Right, name)) return false;
                    // An element written (hc.Tmpfs["/run"] = "") is written into the collection, as a call on it is.
                    chain = left == assignment.Left ? written : Append(written, "[]");
                    return true;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: IdentifierNameSyntax method } access } call
                    when MethodScope.ChangesCollection(method.Identifier.ValueText) && !Names(call.ArgumentList, name):
                    if (Chain(access.Expression, name) is not { Length: > 0 } receiver) return false;
                    chain = Append(receiver, method.Identifier.ValueText);
                    collectionCall = call;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The members of the local a statement gives another value (<c>HostConfig</c> of <c>p.HostConfig = ...;</c>, none of
        /// <c>p = ...;</c>, and none of <c>Make(out p);</c>, whose method must give it one: audit 148 H148-1), with the value
        /// assigned (null for an <c>out</c>); null for anything else.
        /// </summary>
        private static string[]? ReplacedHolder(StatementSyntax statement, string name, out ExpressionSyntax? value, bool inDeclarations = true)
        {
            value = null;
            // var h = p.HostConfig = new HostConfig();: h gets the new object (audit 159 P159-3). Not where the object is
            // created: h would be another name for it.
            if (inDeclarations && statement is LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }
                && variables[0].Initializer?.Value is AssignmentExpressionSyntax declared && declared.IsKind(SyntaxKind.SimpleAssignmentExpression)
                && variables[0].Identifier.ValueText != name)
            {
                value = declared.Right;
                return Chain(declared.Left, name);
            }
            if (statement is not ExpressionStatementSyntax { Expression: var expression }) return null;
            if (expression is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
            {
                value = assignment.Right;
                return Chain(assignment.Left, name);
            }
            // Make(out hc);, the local named in no other argument (where the method could read what it held).
            // Every call statement of the list is asked: its arguments are looked into only when one is `out name`.
            if (expression is not InvocationExpressionSyntax { ArgumentList.Arguments: var arguments } call) return null;
            ArgumentSyntax? replacing = null;
            foreach (var argument in arguments)
                if (argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) && argument.Expression is IdentifierNameSyntax local && local.Identifier.ValueText == name)
                {
                    if (replacing is not null) return null;
                    replacing = argument;
                }
            if (replacing is null || Names(call.Expression, name)) return null;
            foreach (var argument in arguments)
                if (argument != replacing && Names(argument, name)) return null;
            return System.Array.Empty<string>();
        }

        /// <summary>
        /// The member names of <c>name.A.B</c> (none for <c>name</c> itself), also through parentheses and <c>!</c>
        /// (<c>hc!.Privileged</c>, <c>(hc).Privileged</c>: audit 159 P159-6); null when the expression is not such a chain.
        /// </summary>
        private static string[]? Chain(ExpressionSyntax expression, string name)
        {
            var length = 0;
            var current = OperationSyntax.Unwrapped(expression);
            while (current is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } access && access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
            {
                length++;
                current = OperationSyntax.Unwrapped(access.Expression);
            }
            if (current is not IdentifierNameSyntax root || root.Identifier.ValueText != name) return null;
            var result = new string[length];
            current = OperationSyntax.Unwrapped(expression);
            for (var i = length - 1; i >= 0; i--)
            {
                var access = (MemberAccessExpressionSyntax)current;
                result[i] = access.Name.Identifier.ValueText;
                current = OperationSyntax.Unwrapped(access.Expression);
            }
            return result;
        }

        private static string[] Append(string[] chain, string member)
        {
            var result = new string[chain.Length + 1];
            chain.CopyTo(result, 0);
            result[chain.Length] = member;
            return result;
        }

        private static bool StartsWith(string[] chain, System.Collections.Immutable.ImmutableArray<string> prefix)
        {
            for (var i = 0; i < prefix.Length; i++)
                if (chain[i] != prefix[i]) return false;
            return true;
        }

        private static bool StartsWith(System.Collections.Immutable.ImmutableArray<string> members, string[] prefix)
        {
            for (var i = 0; i < prefix.Length; i++)
                if (members[i] != prefix[i]) return false;
            return true;
        }

        private static bool Names(SyntaxNode node, string name)
        {
            foreach (var token in node.DescendantTokens())
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name) return true;
            return false;
        }

        /// <summary>Whether running the statement may leave the straight line before the next one (a jump, a return, a throw).</summary>
        private static bool Leaves(StatementSyntax statement)
        {
            foreach (var node in statement.DescendantNodesAndSelf(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                if (node is ReturnStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax or GotoStatementSyntax or ThrowStatementSyntax
                    or ThrowExpressionSyntax or YieldStatementSyntax)
                    return true;
            return false;
        }

        private static bool IsInTry(SyntaxNode node, SyntaxNode function)
        {
            for (var parent = node.Parent; parent is not null && parent != function; parent = parent.Parent)
                if (parent is TryStatementSyntax or CatchClauseSyntax or FinallyClauseSyntax) return true;
            return false;
        }

        /// <summary>
        /// Whether the function names the local where the statements around the write cannot see a use: in a lambda or local
        /// function (which may run at any call), or by reference (<c>ref var r = ref hc;</c>, <c>Use(ref hc)</c>: another name
        /// for the variable, audit 135 R135-1).
        /// </summary>
        private static bool IsNamedApart(SyntaxNode function, string name)
        {
            foreach (var node in MethodScope.CodeOf(function))
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name) continue;
                if (MethodScope.Function(identifier) != function) return true;
                SyntaxNode use = identifier;
                while (use.Parent is ParenthesizedExpressionSyntax) use = use.Parent;
                // An out argument gives the local another object; it can name none it held.
                if (use.Parent is RefExpressionSyntax
                    || (use.Parent is ArgumentSyntax argument && !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)))
                    return true;
            }
            return false;
        }

        /// <summary>The statements of a <see cref="MethodScope.StatementList"/> by index; for top-level statements, the file's members (null for a type).</summary>
        private readonly struct Sequence
        {
            private readonly SyntaxList<StatementSyntax> _statements;
            private readonly SyntaxList<MemberDeclarationSyntax> _members;
            private readonly bool _topLevel;

            public Sequence(SyntaxNode list)
            {
                _statements = list switch
                {
                    BlockSyntax block => block.Statements,
                    SwitchSectionSyntax section => section.Statements,
                    _ => default,
                };
                _topLevel = list is CompilationUnitSyntax;
                _members = list is CompilationUnitSyntax unit ? unit.Members : default;
            }

            public int Count => _topLevel ? _members.Count : _statements.Count;

            public StatementSyntax? this[int index] => _topLevel ? (_members[index] as GlobalStatementSyntax)?.Statement : _statements[index];

            /// <summary>The index of <paramref name="statement"/>, found by its position (the list is in source order).</summary>
            public int IndexOf(StatementSyntax statement)
            {
                int low = 0, high = Count - 1;
                while (low <= high)
                {
                    var middle = (low + high) / 2;
                    var start = _topLevel ? _members[middle].SpanStart : _statements[middle].SpanStart;
                    if (start == statement.SpanStart) return middle;
                    if (start < statement.SpanStart) low = middle + 1;
                    else high = middle - 1;
                }
                return -1;
            }
        }
    }
}
