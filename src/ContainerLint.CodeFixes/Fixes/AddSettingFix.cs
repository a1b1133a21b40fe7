using System.Linq;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// Adds a missing hardening setting to a <c>new HostConfig</c>: <c>CapDrop = new List&lt;string&gt; { "ALL" }</c>,
    /// a <c>no-new-privileges:true</c> security option (appended to an existing list written in place), or
    /// <c>ReadonlyRootfs = true</c>.
    /// </summary>
    internal sealed class AddSettingFix : IntentFix
    {
        public override bool Handles(FixKind kind) => kind == FixKind.AddSetting;

        public override Edit? CreateEdit(SyntaxNode node, FixKind kind, Diagnostic diagnostic, SemanticModel model)
        {
            var key = Property(diagnostic, FixProperties.Key);
            var value = Property(diagnostic, FixProperties.Value);
            if (key is null || value is null || node is not BaseObjectCreationExpressionSyntax) return null;
            var property = key switch
            {
                FixKeys.CapDrop => "CapDrop",
                FixKeys.SecurityOpt => "SecurityOpt",
                FixKeys.ReadOnlyRootfs => "ReadonlyRootfs",
                _ => null,
            };
            if (property is null) return null;
            // hc.CapDrop = new List<string>(); after the creation: what the initializer gets is replaced there, so the
            // setting added to it would not be the container's.
            if (IsAssignedLater((BaseObjectCreationExpressionSyntax)node, property, model)) return null;
            var isList = property != "ReadonlyRootfs";
            return new Edit(isList ? "Add '" + value + "' to " + property : "Set " + property + " to " + value, (root, found, model) =>
            {
                if (found is not BaseObjectCreationExpressionSyntax creation || FixSyntax.EndsInConditionalCode(creation.Initializer)) return null;
                // Code being typed (new HostConfig { Privileged = true ; with no brace yet, new List<st>, { NetworkMode }, which
                // the parser reads as a collection initializer): a setting added there would not compile (audit 145 Z145-2..4).
                if (creation.ContainsDiagnostics || creation.Initializer is { } typed && !typed.IsKind(SyntaxKind.ObjectInitializerExpression)) return null;
                // Set in a branch not compiled here (hardening in Release builds only): a second one would not compile there.
                if (FixSyntax.FindAssignment(creation, property) is null && FixSyntax.NamedInDisabledText(creation.Initializer, property)) return null;
                if (!isList)
                {
                    var existing = FixSyntax.FindAssignment(creation, property);
                    return existing is null
                        ? root.ReplaceNode(creation, FixSyntax.WithAssignment(creation, property, FixSyntax.BoolLiteral(value == "true")))
                        : root.ReplaceNode(existing.Right, FixSyntax.BoolLiteral(value == "true").WithTriviaFrom(existing.Right));
                }
                var element = FixSyntax.StringLiteral(value);
                var assignment = FixSyntax.FindAssignment(creation, property);
                if (assignment is null)
                    return root.ReplaceNode(creation, FixSyntax.WithAssignment(creation, property,
                        FixSyntax.ParseExpression("new " + FixSyntax.TypeName(model, creation.SpanStart, "List", "System.Collections.Generic.List", "System.Collections.Generic.List`1")
                            + "<string> { " + SymbolDisplay.FormatLiteral(value, true) + " }", model)));
                if (FixSyntax.EndsInConditionalCode((assignment.Right as BaseObjectCreationExpressionSyntax)?.Initializer
                        ?? (assignment.Right as ArrayCreationExpressionSyntax)?.Initializer
                        ?? (assignment.Right as ImplicitArrayCreationExpressionSyntax)?.Initializer
                        ?? assignment.Right))
                    return null;
                switch (assignment.Right)
                {
                    case BaseObjectCreationExpressionSyntax list:
                        return root.ReplaceNode(list, FixSyntax.WithElement(list, element));
                    case ArrayCreationExpressionSyntax { Initializer: { } array } arrayCreation:
                        return root.ReplaceNode(arrayCreation, FixSyntax.WithoutWrittenSize(arrayCreation.WithInitializer(FixSyntax.Appended(array, element))));
                    case ImplicitArrayCreationExpressionSyntax implicitArray:
                        return root.ReplaceNode(implicitArray.Initializer, FixSyntax.Appended(implicitArray.Initializer, element));
                    case CollectionExpressionSyntax collection:
                        return root.ReplaceNode(collection, FixSyntax.Appended(collection, SyntaxFactory.ExpressionElement(element)));
                    // SecurityOpt = { } or { "seccomp=unconfined" }: Docker.DotNet's list is null until given one (CTL9005), so the
                    // element comes with the list created, whichever of the two fixes runs first (audit 90 H90-10: dotnet format
                    // applies the rules' fixes in no fixed order, and after CTL4003 emptied it this fix had none).
                    case InitializerExpressionSyntax initializer:
                        var listType = SyntaxFactory.ParseTypeName(FixSyntax.TypeName(model, creation.SpanStart, "List", "System.Collections.Generic.List", "System.Collections.Generic.List`1") + "<string>");
                        return root.ReplaceNode(initializer, FixSyntax.WithElement(NullCollectionInitializerFix.Creating(initializer, listType), element));
                    default:
                        return null;
                }
            }, adds: true);
        }

        /// <summary>
        /// Whether the function that creates the object assigns <paramref name="property"/> of a HostConfig after the
        /// creation, outside its initializer (any object's: the fix does not follow locals).
        /// </summary>
        private static bool IsAssignedLater(BaseObjectCreationExpressionSyntax creation, string property, SemanticModel model)
        {
            if (model.GetTypeInfo(creation).Type is not ITypeSymbol type) return false;
            var symbol = type.GetMembers(property).OfType<IPropertySymbol>().FirstOrDefault();
            if (symbol is null) return false;
            var function = creation.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax
                or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax);
            if (function is null) return false;
            foreach (var assignment in function.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.SpanStart < creation.Span.End) continue;
                var name = assignment.Left switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                    _ => null,
                };
                if (name == property && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left).Symbol, symbol)) return true;
            }
            return false;
        }
    }
}
