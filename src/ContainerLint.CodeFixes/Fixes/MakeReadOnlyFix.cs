using System.Linq;
using System;
using ContainerLint.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerLint.CodeFixes.Fixes
{
    /// <summary>
    /// Makes a mount read-only: a <c>Binds</c> string gets <c>:ro</c>, a <c>Mount</c> gets <c>ReadOnly = true</c>,
    /// <c>WithBindMount(source, target)</c> gets <c>AccessMode.ReadOnly</c>.
    /// </summary>
    internal sealed class MakeReadOnlyFix : IntentFix
    {
        public override bool Handles(FixKind kind) => kind == FixKind.MakeReadOnly;

        public override Edit? CreateEdit(SyntaxNode node, FixKind kind, Diagnostic diagnostic, SemanticModel model)
        {
            if (FixSyntax.Expression(node) is not { } expression) return null;
            // Testcontainers' WithBindMount(source, destination[, accessMode]) takes the host path alone (a ":ro" in it names
            // another path, and the container fails to start): a finding anywhere in the source, whatever it is made of (a
            // branch of ?:, an arm of a switch, a side of ??, a part of a concatenation or interpolation, a name), is fixed in the
            // access mode, or not at all; never in the string.
            if (InBindMountCall(expression, model, out var source))
                return source is not null && AccessModeRewrite(source, model) is not null
                    ? new Edit("Mount read-only", (root, found, model) =>
                        FixSyntax.Expression(found) is { } e && InBindMountCall(e, model, out var call) && call is not null && AccessModeRewrite(call, model) is { } rewrite
                            ? rewrite(root)
                            : null)
                    : null;
            if (Rewrite(expression, null) is not null || (expression is IdentifierNameSyntax && Usage.OnlyCreationOfLocal(expression, model) is { } created && Rewrite(created, null) is not null))
                return new Edit("Mount read-only", (root, found, model) =>
                    FixSyntax.Expression(found) is { } e && Rewrite(e, model) is { } rewrite ? rewrite(root) : null);
            // The plan is made with the model the diagnostic was reported with (constants are read there); applying it
            // needs only the syntax, which is the same at the diagnostic in the tree being fixed.
            if (BindParts.ReadOnlyEdit(expression, model) is { } plan)
                return new Edit("Mount read-only", (root, found, _) =>
                    FixSyntax.Expression(found) is { } e && plan.Apply(e) is { } rewritten ? root.ReplaceNode(e, rewritten) : null);
            // Binds = [ProcBind]: a constant's name alone gets the mode after it (ProcBind + ":ro"), the constant stays; so does
            // a local's name (var bind = "/proc:/p"; ... Binds = [bind]), with the value the analyzer read there.
            if ((BindParts.ReadOnlySuffixOfName(expression, model) ?? BindParts.ReadOnlySuffixOfLocal(expression, diagnostic, model)) is { } suffix)
                return new Edit("Mount read-only", (root, found, _) =>
                    FixSyntax.Expression(found) is { } e && BindParts.IsName(e) ? root.ReplaceNode(e, BindParts.Appended(e, suffix)) : null);
            return null;
        }

        /// <summary>
        /// Whether <paramref name="expression"/> lies in an argument of a <c>WithBindMount</c> call (<c>b.WithBindMount(...)</c>,
        /// <c>b?.WithBindMount(...)</c>, <c>WithBindMount(...)</c> in a builder of the project), through any expression that holds it
        /// but not through a lambda, a local function or a collection or object initializer (a <c>Binds</c> string there is
        /// Docker's); <paramref name="source"/> is that call when the argument is its source (its first parameter), else null.
        /// </summary>
        private static bool InBindMountCall(ExpressionSyntax expression, SemanticModel? model, out InvocationExpressionSyntax? source)
        {
            source = null;
            for (SyntaxNode node = expression; node.Parent is { } parent; node = parent)
            {
                switch (parent)
                {
                    case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } argument when IsWithBindMount(call):
                        if (ParameterOrdinal(argument, call.ArgumentList, model) == 0) source = call;
                        return true;
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or StatementSyntax or MemberDeclarationSyntax
                        or InitializerExpressionSyntax or CollectionExpressionSyntax:
                        return false;
                }
            }
            return false;
        }

        private static bool IsWithBindMount(InvocationExpressionSyntax call) => call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == "WithBindMount",
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText == "WithBindMount",
            IdentifierNameSyntax name => name.Identifier.ValueText == "WithBindMount",
            _ => false,
        };

        /// <summary>
        /// The ordinal of the parameter <paramref name="argument"/> gives: the model's, else by its name (Testcontainers' <c>source</c>,
        /// <c>destination</c>, <c>accessMode</c>) or its place; -1 when neither tells.
        /// </summary>
        private static int ParameterOrdinal(ArgumentSyntax argument, ArgumentListSyntax arguments, SemanticModel? model)
        {
            if (model?.GetOperation(argument) is Microsoft.CodeAnalysis.Operations.IArgumentOperation { Parameter: { } parameter }) return parameter.Ordinal;
            if (argument.NameColon is { } name)
                return name.Name.Identifier.ValueText switch { "source" => 0, "destination" => 1, "accessMode" => 2, _ => -1 };
            return arguments.Arguments.IndexOf(argument);
        }

        /// <summary>
        /// <c>WithBindMount(source, destination)</c> gets <c>AccessMode.ReadOnly</c> (named after named arguments); the access mode
        /// a call gives (<c>AccessMode.ReadWrite</c>, <c>ci ? AccessMode.ReadOnly : AccessMode.ReadWrite</c>), wherever it stands,
        /// becomes <c>AccessMode.ReadOnly</c>. Null for any other call.
        /// </summary>
        private static Func<SyntaxNode, SyntaxNode>? AccessModeRewrite(InvocationExpressionSyntax call, SemanticModel? model)
        {
            var arguments = call.ArgumentList;
            // Written as the CTL3003 page shows it: AccessMode.ReadOnly, with the using added to those of the file when
            // nothing named AccessMode is in scope (and adding one makes no name of the file ambiguous).
            var addsUsing = false;
            var accessMode = model is null ? "AccessMode" : AccessModeName(model, call.SpanStart, call, out addsUsing);
            var access = FixSyntax.ParseExpression(accessMode + ".ReadOnly", model);
            foreach (var argument in arguments.Arguments)
                if (ParameterOrdinal(argument, arguments, model) == 2)
                    return root => WithUsing(root.ReplaceNode(argument.Expression, access.WithTriviaFrom(argument.Expression)), addsUsing);
            if (arguments.Arguments.Count != 2) return null;
            // A conditional directive among the arguments or before the ')' would put the access mode in one branch only (audit
            // 90 H90-1): no fix, as for an initializer whose end is in an #if branch.
            if (arguments.Arguments.Any(a => a.ContainsDirectives) || arguments.CloseParenToken.LeadingTrivia.Any(IsConditionalDirective)) return null;
            // After named arguments (destination: ..., source: ...), possibly out of their order, a positional one would
            // be CS8323: the access mode is named too.
            var added = SyntaxFactory.Argument(access.WithLeadingTrivia(SyntaxFactory.Space));
            if (arguments.Arguments.Any(a => a.NameColon is not null))
            {
                var name = model?.GetSymbolInfo(call).Symbol is IMethodSymbol { Parameters.Length: > 2 } method ? method.Parameters[2].Name : "accessMode";
                added = SyntaxFactory.Argument(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(name)).WithLeadingTrivia(SyntaxFactory.Space), default, access.WithLeadingTrivia(SyntaxFactory.Space));
            }
            // The access mode goes right after the last argument, before what ends its line (a comment, the line break), so that
            // a directive or comment line before the ')' stays where it is (audit 90 H90-1, H90-4).
            var last = arguments.Arguments[1];
            added = added.WithTrailingTrivia(last.GetTrailingTrivia());
            return root => WithUsing(root.ReplaceNode(arguments, arguments.WithArguments(SyntaxFactory.SeparatedList(
                new[] { arguments.Arguments[0], last.WithoutTrailingTrivia(), added },
                new[] { arguments.Arguments.GetSeparator(0), FixSyntax.Token(SyntaxKind.CommaToken) }))), addsUsing);
        }

        private static bool IsConditionalDirective(SyntaxTrivia trivia) =>
            trivia.IsKind(SyntaxKind.IfDirectiveTrivia) || trivia.IsKind(SyntaxKind.ElifDirectiveTrivia)
            || trivia.IsKind(SyntaxKind.ElseDirectiveTrivia) || trivia.IsKind(SyntaxKind.EndIfDirectiveTrivia);

        private static Func<SyntaxNode, SyntaxNode>? Rewrite(ExpressionSyntax expression, SemanticModel? model)
        {
            if (expression is LiteralExpressionSyntax literal && FixSyntax.IsStringLiteral(literal))
                return root => root.ReplaceNode(literal, LiteralForm.WithValue(literal, ReadOnlyBind(literal.Token.ValueText)).WithTriviaFrom(literal));
            // var logs = new Mount { ... }; ... Mounts = new List<Mount> { logs }: the local's creation, when the method names
            // the local nowhere else.
            if (expression is IdentifierNameSyntax && model is not null && Usage.OnlyCreationOfLocal(expression, model) is { } created)
                return Rewrite(created, model);
            if (expression is BaseObjectCreationExpressionSyntax creation)
            {
                // BindOptions = new BindOptions { ReadOnlyNonRecursive = true } leaves the submounts writable: false makes the
                // whole bind read-only.
                var nonRecursive = FixSyntax.FindAssignment(creation, "BindOptions")?.Right is BaseObjectCreationExpressionSyntax options
                    && FixSyntax.FindAssignment(options, "ReadOnlyNonRecursive") is { Right: var flag } && !flag.IsKind(SyntaxKind.FalseLiteralExpression)
                    ? flag
                    : null;
                var existing = FixSyntax.FindAssignment(creation, "ReadOnly");
                if (existing is not null && nonRecursive is null)
                    // Already `true` here: what makes it writable is written elsewhere, and rewriting it would change nothing.
                    return existing.Right.IsKind(SyntaxKind.TrueLiteralExpression) ? null
                        : root => root.ReplaceNode(existing.Right, FixSyntax.BoolLiteral(true).WithTriviaFrom(existing.Right));
                if (existing is not null)
                    return root => root.ReplaceNodes(new[] { existing.Right, nonRecursive! },
                        (original, _) => FixSyntax.BoolLiteral(original != nonRecursive).WithTriviaFrom(original));
                if (FixSyntax.EndsInConditionalCode(creation.Initializer) || FixSyntax.NamedInDisabledText(creation.Initializer, "ReadOnly")) return null;
                return root => root.ReplaceNode(creation, FixSyntax.WithAssignment(
                    nonRecursive is null ? creation : creation.ReplaceNode(nonRecursive, FixSyntax.BoolLiteral(false).WithTriviaFrom(nonRecursive)), "ReadOnly", FixSyntax.BoolLiteral(true)));
            }
            if (expression.IsKind(SyntaxKind.FalseLiteralExpression))
                return root => root.ReplaceNode(expression, FixSyntax.BoolLiteral(true).WithTriviaFrom(expression));
            return null;
        }

        private const string ConfigurationsNamespace = "DotNet.Testcontainers.Configurations";

        /// <summary>
        /// How to name Testcontainers' <c>AccessMode</c> at <paramref name="position"/>: <c>AccessMode</c> where that name
        /// binds to it, else a using alias of it that binds there (<see cref="AliasOf"/>), else <c>AccessMode</c> where it would
        /// once the using is added (<paramref name="addsUsing"/>); else qualified, as where the file's usings are conditional
        /// (<see cref="FixSyntax.UsingsAreConditional"/>). A type of an
        /// enclosing namespace, a member or a type another using brings in comes before (or beside: CS0104) what the file's
        /// usings import, so nothing may be named <c>AccessMode</c> there for the using to help. The qualified name starts
        /// with <c>global::</c> where <c>DotNet</c> would bind to something else.
        /// </summary>
        private static string AccessModeName(SemanticModel model, int position, SyntaxNode call, out bool addsUsing)
        {
            addsUsing = false;
            var type = model.Compilation.GetTypeByMetadataName(ConfigurationsNamespace + ".AccessMode");
            if (!FixSyntax.UsingsAreConditional(model))
            {
                var named = model.LookupSymbols(position, name: "AccessMode");
                if (named.Length == 1 && type is not null && SymbolEqualityComparer.Default.Equals(named[0], type)) return "AccessMode";
                if (type is not null && AliasOf(model, position, type) is { } alias) return alias;
                if (named.Length == 0 && CanAddUsing(call, model))
                {
                    addsUsing = true;
                    return "AccessMode";
                }
            }
            var root = model.LookupSymbols(position, name: "DotNet");
            var qualified = ConfigurationsNamespace + ".AccessMode";
            return root.Length == 1 && root[0] is INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true } ? qualified : "global::" + qualified;
        }

        /// <summary>
        /// The name of a using alias of <paramref name="type"/> in scope at <paramref name="position"/> (<c>using AM =
        /// DotNet.Testcontainers.Configurations.AccessMode;</c>, also a global one of another file) through which
        /// <c>ReadOnly</c> binds to its member there (speculatively bound: a member of that name hides it); of several, the one
        /// of the innermost namespace. Null when there is none.
        /// </summary>
        private static string? AliasOf(SemanticModel model, int position, INamedTypeSymbol type)
        {
            string? best = null;
            var bestDepth = int.MinValue;
            foreach (var symbol in model.LookupSymbols(position))
            {
                if (symbol is not IAliasSymbol alias || !SymbolEqualityComparer.Default.Equals(alias.Target, type)) continue;
                var bound = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseExpression(alias.Name + ".ReadOnly"), SpeculativeBindingOption.BindAsExpression).Symbol;
                if (bound is not (IFieldSymbol or IPropertySymbol) || !SymbolEqualityComparer.Default.Equals(bound.ContainingType, type)) continue;
                var depth = NamespaceDepth(alias, model.SyntaxTree);
                if (depth > bestDepth || (depth == bestDepth && string.CompareOrdinal(alias.Name, best) < 0))
                    (best, bestDepth) = (alias.Name, depth);
            }
            return best;
        }

        /// <summary>How deep in namespace declarations of <paramref name="tree"/> the alias is declared; -1 for one of another file (a global using).</summary>
        private static int NamespaceDepth(IAliasSymbol alias, SyntaxTree tree)
        {
            if (alias.DeclaringSyntaxReferences.Length != 1 || alias.DeclaringSyntaxReferences[0].SyntaxTree != tree) return -1;
            return alias.DeclaringSyntaxReferences[0].GetSyntax().Ancestors().Count(a => a is BaseNamespaceDeclarationSyntax);
        }

        /// <summary>
        /// Whether <c>using DotNet.Testcontainers.Configurations;</c> can join the usings of the file: it has some (at its top),
        /// and no name of the file is one of that namespace's types or extension methods, which the using could make ambiguous
        /// (CS0104, CS0121).
        /// </summary>
        private static bool CanAddUsing(SyntaxNode call, SemanticModel model)
        {
            if (call.SyntaxTree.GetRoot() is not CompilationUnitSyntax { Usings.Count: > 0 } unit) return false;
            if (model.Compilation.GetTypeByMetadataName(ConfigurationsNamespace + ".AccessMode")?.ContainingNamespace is not { } configurations) return false;
            var names = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            foreach (var type in configurations.GetTypeMembers())
            {
                names.Add(type.Name);
                if (type.MightContainExtensionMethods)
                    foreach (var member in type.GetMembers())
                        if (member is IMethodSymbol { IsExtensionMethod: true }) names.Add(member.Name);
            }
            foreach (var token in unit.DescendantTokens())
                if (token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText)) return false;
            return true;
        }

        /// <summary>
        /// The root with <c>using DotNet.Testcontainers.Configurations;</c> among its usings (in order), unless it has it. A file
        /// whose <c>System</c> usings come first (the IDE's default, <c>dotnet_sort_system_directives_first</c>) keeps them
        /// first: the using goes among the others (audit 128 F128-8).
        /// </summary>
        private static SyntaxNode WithUsing(SyntaxNode root, bool addsUsing)
        {
            if (!addsUsing || root is not CompilationUnitSyntax { Usings.Count: > 0 } unit) return root;
            var usings = unit.Usings;
            var plain = usings.Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && !u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)).ToList();
            var lastSystem = plain.FindLastIndex(u => IsSystem(u.Name?.ToString()));
            var systemFirst = lastSystem >= 0 && plain.Take(lastSystem).All(u => IsSystem(u.Name?.ToString()));
            var at = usings.Count;
            for (var i = 0; i < usings.Count; i++)
            {
                var name = usings[i].Name?.ToString();
                if (name == ConfigurationsNamespace && usings[i].Alias is null && usings[i].StaticKeyword.IsKind(SyntaxKind.None)) return root;
                if (at == usings.Count && plain.Contains(usings[i]) && !(systemFirst && IsSystem(name)) && string.CompareOrdinal(name, ConfigurationsNamespace) > 0)
                    at = i;
            }
            // Written with its own spaces (see FixSyntax.Token); the line ends with the line break of the using it follows or
            // precedes, and nothing else of its (audit 33 F2: its comment was copied, and a directive after it).
            var neighbour = usings[at == usings.Count ? at - 1 : at];
            var lineBreak = neighbour.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ConfigurationsNamespace).WithLeadingTrivia(SyntaxFactory.Space))
                .WithTrailingTrivia(lineBreak.IsKind(SyntaxKind.EndOfLineTrivia) ? lineBreak : SyntaxFactory.EndOfLine("\n"));
            // Before the first using: that one's leading trivia (a file header) stays at the top.
            if (at == 0)
            {
                directive = directive.WithLeadingTrivia(neighbour.GetLeadingTrivia());
                usings = usings.Replace(neighbour, neighbour.WithLeadingTrivia());
            }
            return unit.WithUsings(usings.Insert(at, directive));
        }

        private static bool IsSystem(string? name) => name is not null && (name == "System" || name.StartsWith("System.", StringComparison.Ordinal));

        /// <summary><c>SOURCE:TARGET[:MODE]</c> with <c>ro</c> in its mode (replacing <c>rw</c>).</summary>
        internal static string ReadOnlyBind(string bind)
        {
            var start = bind.Length >= 2 && bind[1] == ':' && char.IsLetter(bind[0]) && bind.IndexOf(':', 2) >= 0 ? 2 : 0;
            var first = bind.IndexOf(':', start);
            var second = first < 0 ? -1 : bind.IndexOf(':', first + 1);
            if (second < 0) return bind + ":ro";
            var mode = bind.Substring(second + 1).Split(',');
            var replaced = false;
            for (var i = 0; i < mode.Length; i++)
            {
                if (mode[i].Trim().Equals("rw", StringComparison.OrdinalIgnoreCase))
                {
                    mode[i] = "ro";
                    replaced = true;
                }
            }
            var newMode = string.Join(",", mode);
            if (!replaced) newMode = newMode.Length == 0 ? "ro" : newMode + ",ro";
            return bind.Substring(0, second + 1) + newMode;
        }
    }
}
