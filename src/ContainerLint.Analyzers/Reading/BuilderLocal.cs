using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// A builder local of a method, with the semantic model of its tree, to tell which names in the method's text are the
    /// local: the local's name where it binds to the local (not a member's name, a named argument, a label, or a lambda's
    /// or nested block's own local of that name, audit 55 R1, audit 57 T1), and the name of a <c>ref</c> local made an
    /// alias of it (<c>ref var r = ref b;</c>, audit 54 Q3). Not <c>nameof(b)</c>, which reads nothing.
    /// </summary>
    internal sealed class BuilderLocal
    {
        private readonly SemanticModel _model;
        private List<ILocalSymbol>? _aliases;
        // Every name of the local in the function that declares it, in the order written, once asked (null: not yet, or the
        // function is not known); a name of it can stand nowhere else.
        private List<IdentifierNameSyntax>? _names;
        private readonly SyntaxNode? _function;
        // The names of the declaring function's text, shared by the builder locals of a method's analysis.
        private readonly FunctionNames? _functionNames;
        // Where the local's names may stand: the block (or switch statement: a section's locals are the whole switch's) that
        // declares it, a superset of its scope.
        private readonly TextSpan _scope;

        /// <summary>
        /// Whether, in a <c>try</c> statement, every lambda and local function that names the local and may exist there is kept
        /// by the local's own builder alone (handed to it, as <c>b = b.WithCreateParameterModifier(p => ...)</c>, not called in
        /// the statement otherwise, no copy of the builder made since): they then run only when a builder made from the local's
        /// is built, not from other code (a <c>catch</c> that logs). Null until the analysis that knows it says.
        /// </summary>
        public Func<TryStatementSyntax, bool>? OnlyKeptAt { get; set; }

        /// <summary>The semantic model of the local's tree.</summary>
        public SemanticModel Model => _model;

        public BuilderLocal(ILocalSymbol symbol, SemanticModel model, MethodScope scope)
        {
            Symbol = symbol;
            _model = model;
            if (symbol.DeclaringSyntaxReferences.Length == 1 && symbol.DeclaringSyntaxReferences[0].GetSyntax() is { } declaration
                && MethodScope.Function(declaration) is { } function)
            {
                _function = function;
                _functionNames = FunctionNames.Of(function, scope);
                _scope = function.Span;
                for (var node = declaration.Parent; node is not null && node != function; node = node.Parent)
                    if (node is BlockSyntax or SwitchStatementSyntax)
                    {
                        _scope = node.Span;
                        break;
                    }
            }
        }

        public ILocalSymbol Symbol { get; }

        public string Name => Symbol.Name;

        /// <summary>Whether <paramref name="token"/> is a name of the local (its own or an alias's), and the name it is part of.</summary>
        public bool IsNamedBy(SyntaxToken token, out IdentifierNameSyntax name)
        {
            name = null!;
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not IdentifierNameSyntax identifier) return false;
            var text = token.ValueText;
            if (text != Name && !HasAliasNamed(text)) return false;
            name = identifier;
            if (MethodScope.IsNameofArgument(identifier)) return false;
            // Where the name binds to nothing (code being typed), it is taken for the local.
            if (_model.GetSymbolInfo(identifier).Symbol is not { } symbol) return true;
            if (SymbolEqualityComparer.Default.Equals(symbol, Symbol)) return true;
            if (_aliases is not null)
                foreach (var alias in _aliases)
                    if (SymbolEqualityComparer.Default.Equals(symbol, alias)) return true;
            return false;
        }

        /// <summary>
        /// The names of the local in <paramref name="node"/>, in the order written (those <see cref="IsNamedBy"/> takes): looked
        /// up in the list of the declaring function's names, made on the first ask, not by a look at every token of the node and
        /// the binding of each name, which each statement a search goes past asked again (audit 111 E111-6).
        /// </summary>
        public IEnumerable<IdentifierNameSyntax> NamesIn(SyntaxNode node) => NamesWithin(node, node.Span);

        /// <summary>Whether <paramref name="node"/> names the local.</summary>
        public bool IsNamedIn(SyntaxNode node)
        {
            foreach (var _ in NamesIn(node)) return true;
            return false;
        }

        /// <summary>The names of the local in <paramref name="within"/> (a node of the function or the function itself) that start in <paramref name="span"/>.</summary>
        public IEnumerable<IdentifierNameSyntax> NamesWithin(SyntaxNode within, TextSpan span)
        {
            if (_names is null && _functionNames is not null)
            {
                _aliases ??= FindAliases();
                var candidates = new List<IdentifierNameSyntax>(_functionNames.Named(Name, _scope));
                foreach (var alias in _aliases)
                    if (alias.Name != Name) candidates.AddRange(_functionNames.Named(alias.Name, _scope));
                if (_aliases.Count > 0) candidates.Sort((x, y) => x.SpanStart.CompareTo(y.SpanStart));
                _names = new List<IdentifierNameSyntax>();
                foreach (var candidate in candidates)
                    if (IsNamedBy(candidate.Identifier, out var name)) _names.Add(name);
            }
            return _names is not null && _function!.SyntaxTree == within.SyntaxTree && _function.Span.Contains(within.Span)
                ? SortedNodes.StartingIn(_names, span)
                : Walked(within, span);
        }

        private IEnumerable<IdentifierNameSyntax> Walked(SyntaxNode within, TextSpan span)
        {
            foreach (var token in within.DescendantTokens(span))
                if (span.Contains(token.SpanStart) && IsNamedBy(token, out var name)) yield return name;
        }

        private bool HasAliasNamed(string text)
        {
            _aliases ??= FindAliases();
            foreach (var alias in _aliases)
                if (alias.Name == text) return true;
            return false;
        }

        /// <summary>
        /// The <c>ref</c> locals the method makes aliases of the local: <c>ref var r = ref b;</c>, <c>r = ref b;</c>, also through
        /// another alias (<c>ref var s = ref r;</c>) or a choice (<c>ref (x ? ref b : ref o)</c>, audit 58 V3).
        /// </summary>
        private List<ILocalSymbol> FindAliases()
        {
            var aliases = new List<ILocalSymbol>();
            if (_functionNames is null) return aliases;
            var references = _functionNames.RefExpressions;
            // Each pass may find an alias of one found by the one before.
            for (var found = true; found && references.Count > 0;)
            {
                found = false;
                foreach (var reference in references)
                {
                    var alias = reference.Parent switch
                    {
                        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => _model.GetDeclaredSymbol(declarator),
                        AssignmentExpressionSyntax assignment when assignment.Right == reference => _model.GetSymbolInfo(assignment.Left).Symbol,
                        _ => null,
                    };
                    if (alias is ILocalSymbol { IsRef: true } local && !aliases.Contains(local) && ReferencesTheLocal(reference.Expression, aliases))
                    {
                        aliases.Add(local);
                        found = true;
                    }
                }
            }
            return aliases;
        }

        /// <summary>Whether the expression a <c>ref</c> is taken of names the local or one of <paramref name="aliases"/>.</summary>
        private bool ReferencesTheLocal(ExpressionSyntax expression, List<ILocalSymbol> aliases)
        {
            foreach (var node in expression.DescendantNodesAndSelf())
            {
                if (node is not IdentifierNameSyntax identifier) continue;
                var text = identifier.Identifier.ValueText;
                if (text != Name && !aliases.Exists(a => a.Name == text)) continue;
                var symbol = _model.GetSymbolInfo(identifier).Symbol;
                if (SymbolEqualityComparer.Default.Equals(symbol, Symbol) || aliases.Exists(a => SymbolEqualityComparer.Default.Equals(a, symbol))) return true;
            }
            return false;
        }

    }
}
