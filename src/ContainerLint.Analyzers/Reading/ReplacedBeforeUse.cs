using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// An object created into a local that the statements right after its declaration give another value before they
    /// read it (<c>var hc = new HostConfig { Privileged = true }; hc = new HostConfig();</c>): it is dropped unused and
    /// configures no container. Read from the statements alone, straight-line: the overwriting assignment is a statement
    /// of the declaration's block, and no statement before it names the local, calls or names a local function (which may
    /// read it) or jumps (<c>goto</c>); statements that only write into the object may (<c>hc.PidMode = "host";</c>: the
    /// write is dropped with it). Asked only for a local the method writes more than once.
    /// </summary>
    internal static class ReplacedBeforeUse
    {
        private const int MaxDepth = 8;

        /// <summary>
        /// Whether <paramref name="creation"/>, or the object whose initializer holds it (<c>new CreateContainerParameters {
        /// HostConfig = new HostConfig { ... } }</c>), is so dropped.
        /// </summary>
        public static bool IsDropped(IObjectCreationOperation creation, MethodScope scope)
        {
            IOperation operation = creation;
            for (var depth = 0; depth < MaxDepth; depth++)
            {
                operation = SkipConversionsUp(operation);
                if (operation.Parent is ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation owner } } member
                    && member.Value == operation)
                    operation = owner;
                else
                    break;
            }
            ILocalSymbol local;
            StatementSyntax start;
            if (operation.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                local = declarator.Symbol;
                if (declarator.Syntax is not VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax declaration } })
                    return false;
                start = declaration;
            }
            // HostConfig hc; hc = new HostConfig { ... }; (audit 152 M152-11): as the declaration with it, when the local is
            // declared in the same statement list (so that nothing outside it, a catch or the code after a loop, sees it).
            else if (operation.Parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Parent: IExpressionStatementOperation { Syntax: ExpressionStatementSyntax assigned } } given
                     && given.Value == operation && !given.IsRef
                     && target.Local.DeclaringSyntaxReferences.Length == 1
                     && target.Local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax declaredIn } }
                     && MethodScope.StatementList(declaredIn) is { } declaredList && declaredList == MethodScope.StatementList(assigned))
            {
                local = target.Local;
                start = assigned;
            }
            else return false;
            if (local.RefKind != RefKind.None || scope.WriteCount(local) < 2 || creation.SemanticModel is not { } model) return false;
            if (MethodScope.StatementList(start) is not { } block) return false;
            var name = local.Name;
            // Another declarator of the statement (HostConfig a = new ..., b = a;) may read it.
            if (start is LocalDeclarationStatementSyntax && MayReadOrLeave(start, local, model)) return false;
            var after = false;
            foreach (var statement in MethodScope.Statements(block))
            {
                if (!after)
                {
                    after = statement == start;
                    continue;
                }
                if (AssignmentOf(statement, name) is { } assignment) return !MayReadOrLeave(assignment.Right, local, model);
                // A write into the object (hc.PidMode = "host";) reads nothing of it: dropped with it (DroppedObjectWrites, audit 138 A138-3).
                if (DroppedObjectWrites.OnlyWritesInto(statement, name, model) ? MayReadOrLeave(statement, null, model) : MayReadOrLeave(statement, local, model))
                    return false;
            }
            return false;
        }

        /// <summary>
        /// Whether running <paramref name="node"/> may read the local or leave the straight line: it names the local (a
        /// read, a capture, <c>ref</c>), names a local function (which may read it) or jumps (<c>goto</c>). A name is the
        /// local's where it binds to it: not a named argument (<c>Log(hc: 1)</c>), a member (<c>k.hc</c>, <c>new { hc = 1 }</c>),
        /// a type the local is named after, nor in <c>nameof(hc)</c> (audit 152 M152-1: each kept a dropped creation, and a
        /// false CTL1003 error). One the compiler cannot bind (code being typed) may be it.
        /// </summary>
        private static bool MayReadOrLeave(SyntaxNode node, ILocalSymbol? local, SemanticModel model)
        {
            foreach (var descendant in node.DescendantNodesAndSelf())
            {
                switch (descendant)
                {
                    case GotoStatementSyntax:
                        return true;
                    case IdentifierNameSyntax identifier when local is not null && identifier.Identifier.ValueText == local.Name:
                        if (MethodScope.IsNameofArgument(identifier)) break;
                        if (model.GetSymbolInfo(identifier).Symbol is not { } bound || SymbolEqualityComparer.Default.Equals(bound, local)) return true;
                        break;
                    // The name of a member (x.Name) is no local function.
                    case IdentifierNameSyntax identifier when !(identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier)
                        && model.GetSymbolInfo(identifier).Symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction }:
                        return true;
                }
            }
            return false;
        }

        /// <summary>
        /// <c>hc = value;</c>, also inside another local's declaration (<c>var h = hc = value;</c>, audit 159 P159-3: the
        /// declared local gets the new object), null for any other statement.
        /// </summary>
        private static AssignmentExpressionSyntax? AssignmentOf(StatementSyntax statement, string name)
        {
            var expression = statement switch
            {
                ExpressionStatementSyntax expressionStatement => expressionStatement.Expression,
                LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } => variables[0].Initializer?.Value,
                _ => null,
            };
            return expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment
                && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && target.Identifier.ValueText == name
                ? assignment
                : null;
        }

        private static IOperation SkipConversionsUp(IOperation operation)
        {
            while (operation.Parent is IConversionOperation conversion) operation = conversion;
            return operation;
        }
    }
}
