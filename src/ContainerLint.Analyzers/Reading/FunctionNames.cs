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
        // By name, the names that stand for a local function, by the block that declares the one they stand for.
        private readonly Dictionary<string, Dictionary<SyntaxNode, List<IdentifierNameSyntax>>> _references = new Dictionary<string, Dictionary<SyntaxNode, List<IdentifierNameSyntax>>>();
        // The blocks (switch statements, top-level code) that declare a local function of each name: where a name is looked up.
        private readonly HashSet<(SyntaxNode Container, string Name)> _declared = new HashSet<(SyntaxNode, string)>();

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
                else if (node is LocalFunctionStatementSyntax localFunction)
                    _declared.Add((Container(localFunction), localFunction.Identifier.ValueText));
                else if (node is RefExpressionSyntax reference && reference.Parent is EqualsValueClauseSyntax or AssignmentExpressionSyntax)
                    RefExpressions.Add(reference);
            }
        }

        /// <summary>The names written <paramref name="text"/> that start in <paramref name="span"/>, in the order written.</summary>
        public IEnumerable<IdentifierNameSyntax> Named(string text, TextSpan span) =>
            _byText.TryGetValue(text, out var names) ? SortedNodes.StartingIn(names, span) : System.Array.Empty<IdentifierNameSyntax>();

        /// <summary>
        /// The names that stand for <paramref name="localFunction"/>, in the order written: names written as its name that may
        /// stand for a local function (not a member's name, <c>x.Step</c>, nor the argument of <c>nameof</c>) in the block that
        /// declares it (a local function is in scope in all of its block, before its declaration too), that no local function of
        /// the same name declared in a block between them hides (C# spec, local function declarations). Names are not enough:
        /// sibling functions that each declare their own <c>Step</c> took every <c>Step</c> of the method for theirs, which was
        /// wrong and took time in n² for n of them (audit 123 T123-6, T123-12: 300 took 25 s). All the names of a text are
        /// matched with their declarations on the first ask for one of them.
        /// </summary>
        public IReadOnlyList<IdentifierNameSyntax> References(LocalFunctionStatementSyntax localFunction)
        {
            var text = localFunction.Identifier.ValueText;
            if (!_references.TryGetValue(text, out var byContainer))
            {
                _references[text] = byContainer = new Dictionary<SyntaxNode, List<IdentifierNameSyntax>>();
                if (_byText.TryGetValue(text, out var names))
                    foreach (var name in names)
                        if (!(name.Parent is MemberAccessExpressionSyntax { Name: var member } && member == name) && !MethodScope.IsNameofArgument(name)
                            && DeclaringContainer(name, text) is { } container)
                        {
                            if (!byContainer.TryGetValue(container, out var found)) byContainer[container] = found = new List<IdentifierNameSyntax>();
                            found.Add(name);
                        }
            }
            return byContainer.TryGetValue(Container(localFunction), out var references) ? references : (IReadOnlyList<IdentifierNameSyntax>)System.Array.Empty<IdentifierNameSyntax>();
        }

        /// <summary>The innermost block around <paramref name="name"/> that declares a local function named <paramref name="text"/>.</summary>
        private SyntaxNode? DeclaringContainer(SyntaxNode name, string text)
        {
            for (var node = name.Parent; node is not null; node = node.Parent)
                if (node is BlockSyntax or SwitchStatementSyntax or CompilationUnitSyntax && _declared.Contains((node, text))) return node;
            return null;
        }

        /// <summary>
        /// The block, switch statement or compilation unit (top-level statements) a local function is declared in: the
        /// sections of a switch share one declaration space, its block (audit 126 R126-2: a call in one section of a local
        /// function declared in another).
        /// </summary>
        private static SyntaxNode Container(LocalFunctionStatementSyntax localFunction)
        {
            // Past a label (L: void F() { }), a switch section or a top-level statement's wrapper.
            var node = localFunction.Parent!;
            while (node is not (BlockSyntax or SwitchStatementSyntax or CompilationUnitSyntax) && node.Parent is not null) node = node.Parent;
            return node;
        }

        /// <summary>The <c>ref</c> expressions given to a variable (<c>ref var r = ref b;</c>, <c>r = ref b;</c>).</summary>
        public List<RefExpressionSyntax> RefExpressions { get; } = new List<RefExpressionSyntax>();
    }
}
