using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.CodeFixes
{
    /// <summary>
    /// Where else a value a fix would change is used. A fix changes the setting it is about, and nothing else: a value
    /// that something else reads as well is reported without a fix (as a <c>static readonly</c> list is).
    /// </summary>
    internal static class Usage
    {
        /// <summary>
        /// True when <paramref name="value"/> is (an element of) the collection or value a local is declared with, or is
        /// added to such a local list, and the local is read more than once: by two HostConfigs, a call, a return....
        /// Adding to or removing from the list itself is not a read.
        /// </summary>
        public static bool IsInSharedLocal(ExpressionSyntax value, SemanticModel model)
        {
            if (AddedTo(value) is { } receiver)
                return model.GetSymbolInfo(receiver).Symbol is ILocalSymbol list && IsCreated(list) && Reads(list, model) > 1;
            SyntaxNode current = value;
            while (current.Parent is { } parent)
            {
                switch (parent)
                {
                    case ExpressionElementSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax
                        or BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax:
                    case ConditionalExpressionSyntax conditional when conditional.Condition != current:
                    case InitializerExpressionSyntax initializer when !initializer.IsKind(SyntaxKind.ObjectInitializerExpression)
                        || current is AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax }:
                    case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax } element when element.Right == current:
                        current = parent;
                        continue;
                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                        return model.GetDeclaredSymbol(declarator) is ILocalSymbol local && Reads(local, model) > 1;
                    default:
                        return false;
                }
            }
            return false;
        }

        /// <summary>
        /// True when the assignment <paramref name="value"/> is the right side of (through <c>?:</c>, <c>switch</c> arms,
        /// parentheses) is itself a value: <c>Flag = hc.Privileged = true</c>, <c>Log(p.User = "root")</c>.
        /// </summary>
        public static bool IsAssignedValueUsed(ExpressionSyntax value, SemanticModel model)
        {
            SyntaxNode current = value;
            while (current.Parent is ParenthesizedExpressionSyntax or SwitchExpressionArmSyntax or SwitchExpressionSyntax
                || current.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != current)
                current = current.Parent;
            if (current.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != current) return false;
            // p.HostConfig?.Privileged = true (C# 14): the assignment is the access's; the access's value is the one that may be used.
            SyntaxNode written = assignment;
            while (written.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == written) written = access;
            return model.GetOperation(written)?.Parent is not (IExpressionStatementOperation or IObjectOrCollectionInitializerOperation);
        }

        /// <summary>
        /// The local declaration that only <paramref name="value"/> reads, when it declares just that local with a literal
        /// (<c>var cap = "SYS_ADMIN"; hc.CapAdd.Add(cap);</c>): it has no use left once the statement reading it goes.
        /// </summary>
        public static LocalDeclarationStatementSyntax? OnlyUseOfLocal(ExpressionSyntax value, SemanticModel model)
        {
            if (value is not IdentifierNameSyntax || model.GetSymbolInfo(value).Symbol is not ILocalSymbol local) return null;
            if (Declarator(local) is not { Initializer.Value: LiteralExpressionSyntax, Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration } })
                return null;
            return References(local, model).Count() == 1 && !IsNamedInDisabledText(local) ? declaration : null;
        }

        /// <summary>
        /// The local declarations that only <paramref name="values"/> read, each declaring just that local with a literal (as
        /// <see cref="OnlyUseOfLocal"/>, for a value written several times: <c>const string admin = "root"; p.User = admin; if (x)
        /// p.User = admin;</c>): they have no use left once all those values change.
        /// </summary>
        public static List<LocalDeclarationStatementSyntax> OnlyUsesOfLocals(IReadOnlyCollection<ExpressionSyntax> values, SemanticModel model)
        {
            var result = new List<LocalDeclarationStatementSyntax>();
            foreach (var value in values)
            {
                if (value is not IdentifierNameSyntax || model.GetSymbolInfo(value).Symbol is not ILocalSymbol local) continue;
                if (Declarator(local) is not { Initializer.Value: LiteralExpressionSyntax, Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration } }
                    || result.Contains(declaration))
                    continue;
                if (References(local, model).All(reference => values.Contains(reference)) && !IsNamedInDisabledText(local)) result.Add(declaration);
            }
            return result;
        }

        /// <summary>
        /// The object a local is created with (<c>var logs = new Mount { ... };</c>) when <paramref name="value"/> is the only
        /// place the method names the local: a change to that creation changes only what <paramref name="value"/> reads.
        /// </summary>
        public static BaseObjectCreationExpressionSyntax? OnlyCreationOfLocal(ExpressionSyntax value, SemanticModel model)
        {
            if (value is not IdentifierNameSyntax || model.GetSymbolInfo(value).Symbol is not ILocalSymbol { IsRef: false } local) return null;
            if (Declarator(local) is not { Initializer.Value: BaseObjectCreationExpressionSyntax creation }) return null;
            return References(local, model).Count() == 1 && !IsNamedInDisabledText(local) ? creation : null;
        }

        /// <summary>The receiver of <c>caps.Add(value)</c> / <c>caps.Insert(i, value)</c> (or of the call itself) when it is a name.</summary>
        private static IdentifierNameSyntax? AddedTo(ExpressionSyntax value)
        {
            var call = value as InvocationExpressionSyntax
                ?? (value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } ? invocation : null);
            return call?.Expression switch
            {
                MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name.Identifier.ValueText: "Add" or "Insert" } => receiver,
                // caps?.Add(value)
                MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Add" or "Insert" } when call.Parent is ConditionalAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } access
                    && access.WhenNotNull == call => receiver,
                _ => null,
            };
        }

        /// <summary>A local that holds a collection of its own (not one it reads from a HostConfig: that is the setting itself).</summary>
        private static bool IsCreated(ILocalSymbol local) =>
            Declarator(local)?.Initializer?.Value is BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax
                or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax or InitializerExpressionSyntax;

        /// <summary>
        /// The reads of <paramref name="local"/>, but for list edits and the tests of <c>if (!caps.Contains(v)) caps.Add(v);</c>
        /// (<see cref="IsTestOfAddUnlessHeld"/>): such a test reads the list only to add <c>v</c> to it.
        /// </summary>
        private static int Reads(ILocalSymbol local, SemanticModel model) =>
            References(local, model).Count(reference => !IsListEdit(reference) && !IsTestOfAddUnlessHeld(reference)) + (IsNamedInDisabledText(local) ? 1 : 0);

        /// <summary>
        /// Whether <paramref name="reference"/> is the list in the test of <c>if (!caps.Contains(v)) caps.Add(v);</c>: the
        /// <c>Add</c> a fix removes takes its own <c>if</c> with it (see <see cref="Removal"/>), and another such <c>if</c>
        /// still adds its value when a different one goes (audit 47 F7).
        /// </summary>
        private static bool IsTestOfAddUnlessHeld(IdentifierNameSyntax reference)
        {
            if (reference.Parent is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Contains" } contains || contains.Expression != reference)
                return false;
            for (SyntaxNode? node = contains; node is not null and not StatementSyntax; node = node.Parent)
                if (node.Parent is IfStatementSyntax test && test.Condition == node)
                    return ContainerLint.Analyzers.Reading.Values.AddsUnlessHeld(test);
            return false;
        }

        /// <summary><c>caps.Add(...)</c> and the like, as a statement: it changes the list, it does not read it.</summary>
        private static bool IsListEdit(IdentifierNameSyntax reference) =>
            reference.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "AddRange" or "Insert" or "Remove" or "Clear" } access
            && access.Expression == reference
            && access.Parent is InvocationExpressionSyntax { Parent: ExpressionStatementSyntax };

        private static System.Collections.Generic.IEnumerable<IdentifierNameSyntax> References(ILocalSymbol local, SemanticModel model)
        {
            var scope = Scope(local);
            if (scope is null) return Enumerable.Empty<IdentifierNameSyntax>();
            return scope.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Where(name => name.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local));
        }

        /// <summary>
        /// Whether code not compiled in this configuration may use the local (see <see cref="FixSyntax.NamedInDisabledText"/>):
        /// a use there counts as one the fix cannot see, so the local is neither removed nor taken for read once.
        /// </summary>
        private static bool IsNamedInDisabledText(ILocalSymbol local) => FixSyntax.NamedInDisabledText(Scope(local), local.Name);

        private static SyntaxNode? Scope(ILocalSymbol local) =>
            Declarator(local)?.Ancestors().FirstOrDefault(a => a is BlockSyntax or SwitchStatementSyntax or CompilationUnitSyntax);

        private static VariableDeclaratorSyntax? Declarator(ILocalSymbol local) =>
            local.DeclaringSyntaxReferences.Length == 1 ? local.DeclaringSyntaxReferences[0].GetSyntax() as VariableDeclaratorSyntax : null;
    }
}
