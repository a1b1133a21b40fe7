using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// The names written in a function's text (its lambdas and local functions included), by their text, in the order
    /// written, and the <c>ref</c> expressions that may make aliases: what <see cref="BuilderLocal"/> looks its local's names up
    /// in, within the local's scope. Found in one walk per function in a method's analysis
    /// (<see cref="MethodScope.Memo{T}(object, System.Func{T})"/>), not one per builder local: a method declaring n builders
    /// took time in n² (audit 112 G112-5: 4,000 of them, 99 s; audit 113 H113-3: n blocks each declaring its own b, 47 s for
    /// 2,000).
    /// </summary>
    internal sealed class FunctionNames
    {
        private readonly Dictionary<string, List<IdentifierNameSyntax>> _byText = new Dictionary<string, List<IdentifierNameSyntax>>();
        private readonly Dictionary<string, List<IdentifierNameSyntax>> _functionReferences = new Dictionary<string, List<IdentifierNameSyntax>>();

        /// <summary>The names of <paramref name="function"/>, found on the first ask in the method's analysis.</summary>
        public static FunctionNames Of(SyntaxNode function, MethodScope scope) => scope.Memo(function, () => new FunctionNames(function));

        private FunctionNames(SyntaxNode function)
        {
            foreach (var node in function.DescendantNodes())
            {
                if (node is IdentifierNameSyntax name)
                {
                    var text = name.Identifier.ValueText;
                    if (!_byText.TryGetValue(text, out var names)) _byText[text] = names = new List<IdentifierNameSyntax>();
                    names.Add(name);
                }
                else if (node is RefExpressionSyntax reference && reference.Parent is EqualsValueClauseSyntax or AssignmentExpressionSyntax)
                    RefExpressions.Add(reference);
            }
        }

        /// <summary>The names written <paramref name="text"/> that start in <paramref name="span"/>, in the order written.</summary>
        public IEnumerable<IdentifierNameSyntax> Named(string text, TextSpan span) =>
            _byText.TryGetValue(text, out var names) ? SortedNodes.StartingIn(names, span) : System.Array.Empty<IdentifierNameSyntax>();

        /// <summary>
        /// The names written <paramref name="text"/> that may stand for a local function of the function, in the order written:
        /// not a member's name (<c>x.Step</c>) nor the argument of <c>nameof</c>. Filtered on the first ask for the text: each
        /// builder local's reading of the local functions that name it asked for every name of the method, which took time in
        /// n² for n builder locals each with its own local function (1,000 of them: 17 s).
        /// </summary>
        public IReadOnlyList<IdentifierNameSyntax> FunctionReferences(string text)
        {
            if (_functionReferences.TryGetValue(text, out var found)) return found;
            found = new List<IdentifierNameSyntax>();
            if (_byText.TryGetValue(text, out var names))
                foreach (var name in names)
                    if (!(name.Parent is MemberAccessExpressionSyntax { Name: var member } && member == name) && !MethodScope.IsNameofArgument(name))
                        found.Add(name);
            _functionReferences[text] = found;
            return found;
        }

        /// <summary>The <c>ref</c> expressions given to a variable (<c>ref var r = ref b;</c>, <c>r = ref b;</c>).</summary>
        public List<RefExpressionSyntax> RefExpressions { get; } = new List<RefExpressionSyntax>();
    }
}
