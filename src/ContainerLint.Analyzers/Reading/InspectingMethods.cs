using Microsoft.CodeAnalysis;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>Methods of the project that may hand back a container's inspect response or a part of it.</summary>
    internal static class InspectingMethods
    {
        // Per method symbol, so per compilation (as SyntaxConstants' tables): a helper called from many methods is read once
        // (audit 132 H132-6). What its text names, and what the names of a body in the caller's file are.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IMethodSymbol, object> NamesInspection =
            new System.Runtime.CompilerServices.ConditionalWeakTable<IMethodSymbol, object>();
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IMethodSymbol, object> BindsInspection =
            new System.Runtime.CompilerServices.ConditionalWeakTable<IMethodSymbol, object>();
        private static readonly object Inspects = new object();
        private static readonly object DoesNotInspect = new object();

        /// <summary>
        /// Whether the body of a method of the project (<c>GetHostConfigAsync(id)</c>, a local function <c>Current() =&gt;
        /// snapshot.HostConfig</c>) inspects a container (audit 131 G131-1): it calls <c>InspectContainerAsync</c> or names
        /// <c>ContainerInspectResponse</c>, or, when it is in the caller's file (<paramref name="model"/>), something of its body
        /// is a container's inspect response (a local, a field, a call's result). Its parameters and attributes are not its
        /// body (audit 132 H132-4), nor are other names with "Inspect" in them, an image's inspect response included (H132-5).
        /// </summary>
        public static bool InspectsInItsBody(IMethodSymbol method, SemanticModel? model)
        {
            if (NamesInspection.GetValue(method, m => Scan(m, null) ? Inspects : DoesNotInspect) == Inspects) return true;
            if (model is null || method.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree) return false;
            return BindsInspection.GetValue(method, m => Scan(m, model) ? Inspects : DoesNotInspect) == Inspects;
        }

        private static bool Scan(IMethodSymbol method, SemanticModel? model)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                SyntaxNode? body = reference.GetSyntax() switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
                    Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody,
                    Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? a.ExpressionBody,
                    _ => null,
                };
                if (body is null) continue;
                foreach (var node in body.DescendantNodes())
                {
                    if (model is null)
                    {
                        if (node is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax { Identifier.ValueText: "InspectContainerAsync" or "ContainerInspectResponse" })
                            return true;
                    }
                    else if (node is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
                             && model.GetTypeInfo(node).Type is { Name: "ContainerInspectResponse" } type && HostConfigAnalyzer.IsInspectResponse(type))
                        return true;
                }
            }
            return false;
        }
    }
}
