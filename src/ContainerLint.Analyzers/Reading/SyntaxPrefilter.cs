using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// Decides from a method's text whether it can hold what an analyzer reads, before any of its operations is
    /// walked: most methods of a project that uses Docker.DotNet have nothing to do with it, and walking their
    /// operations (and, on a cold compiler, JIT-compiling the walk) was most of the analyzer's cost on them.
    /// <para>
    /// Sound because the analyzers read only what is named where it happens. HostConfigAnalyzer reads a method that
    /// creates one of <see cref="DockerApi.ReadTypeNames"/> (a creation spells its type's name, an alias of it —
    /// <c>using HC = Docker.DotNet.Models.HostConfig;</c>, also global: the aliases in scope are asked of the compiler —
    /// or nothing at all: target-typed <c>new()</c>, which is let through), a method whose signature names a request
    /// type (<see cref="MayReadSignature"/>), and a method that writes into request parameters it obtains
    /// (<c>var p = Defaults();</c>): such a write goes through <c>.HostConfig</c> (a read name) or is one of
    /// <see cref="DockerApi.DirectRequestMemberNames"/> (<c>p.User = "root"</c>, also <c>(p.User, x) = ("root", 1)</c>), which
    /// are looked for as member writes.
    /// Other member names (<c>Binds</c>, <c>CapAdd</c>, ...) need not be: they sit under a HostConfig. A class of the
    /// project that derives from a read type (<c>class DindHostConfig : HostConfig</c>, also through another such class or
    /// an alias) names it in a base list: those names are found once per compilation (<see cref="DerivedTypeNames"/>) and
    /// looked for as the read names are, and a constructor of such a class is let through by its name
    /// (<see cref="MayReadSignature"/>).
    /// TestcontainersBuilderAnalyzer reads calls of the methods named <see cref="DockerApi.ReadBuilderMethodNames"/>,
    /// and a method's name cannot be aliased. Identifiers the text does not show as written (a <c>\u</c> escape, a
    /// formatting character the compiler drops) let the method through; so do names in comments and strings, which
    /// cost a needless read at worst.
    /// </para>
    /// Each file is searched once (vectorised <see cref="string.IndexOf(string, int, StringComparison)"/>) for the
    /// places a name occurs as a whole word; a method is then read when one of them lies inside it. One instance per
    /// compilation.
    /// </summary>
    internal sealed class SyntaxPrefilter
    {
        // Each key is searched for once and stands for the names that end with it (Config: Config, HostConfig, ContainerConfig).
        private readonly KeyValuePair<string, string[]>[] _names;
        private readonly string[] _writtenMembers;
        private readonly bool _letsImplicitCreationsThrough;
        private readonly Func<ITypeSymbol, bool>? _isReadType;
        private readonly ConcurrentDictionary<SyntaxTree, int[]> _anchors = new ConcurrentDictionary<SyntaxTree, int[]>();
        private volatile int _globalAliases;
        private volatile string[]? _derivedTypeNames;

        private SyntaxPrefilter(string[] names, string[] writtenMembers, bool letsImplicitCreationsThrough, Func<ITypeSymbol, bool>? isReadType)
        {
            _names = SearchKeys(names);
            _writtenMembers = writtenMembers;
            _letsImplicitCreationsThrough = letsImplicitCreationsThrough;
            _isReadType = isReadType;
        }

        /// <summary>For methods that may create a HostConfig / CreateContainerParameters / Config / exec parameters / Mount / DeviceMapping.</summary>
        public static SyntaxPrefilter ForModelCreations(Lazy<DockerApi?> api) =>
            new SyntaxPrefilter(DockerApi.ReadTypeNames, DockerApi.DirectRequestMemberNames, letsImplicitCreationsThrough: true,
                type => api.Value is { } resolved && DockerApi.ModelOf(type) is var model
                    && (resolved.IsHostConfig(model) || resolved.IsUserSetting(model) || resolved.IsHostConfigPart(model)));

        /// <summary>For methods that may call the Testcontainers builder methods the analyzer reads.</summary>
        public static SyntaxPrefilter ForBuilderCalls() =>
            new SyntaxPrefilter(DockerApi.ReadBuilderMethodNames, Array.Empty<string>(), letsImplicitCreationsThrough: false, isReadType: null);

        public bool MayRead(ImmutableArray<IOperation> blocks)
        {
            SyntaxTree? tree = null;
            int[]? anchors = null;
            foreach (var block in blocks)
            {
                if (block is null) continue;
                var syntax = block.Syntax;
                if (!ReferenceEquals(syntax.SyntaxTree, tree))
                {
                    tree = syntax.SyntaxTree;
                    anchors = AnchorsOf(tree, block);
                }
                // The full span (the trivia around the body too): a superset of the body's text, and cheaper to get.
                if (HasAnchorWithin(anchors!, syntax.FullSpan)) return true;
            }
            return false;
        }

        /// <summary>The file's anchors; the block's model is asked for only when they are not found yet (asking costs).</summary>
        private int[] AnchorsOf(SyntaxTree tree, IOperation block) =>
            _anchors.TryGetValue(tree, out var anchors) ? anchors : _anchors.GetOrAdd(tree, FindAnchors(tree, block.SemanticModel));

        /// <summary>
        /// Whether the parameter list of the method whose body the blocks are names something the analyzer reads, or the
        /// method is a constructor of a class that may derive from a read type (<see cref="DerivedTypeNames"/>).
        /// </summary>
        public bool MayReadSignature(ImmutableArray<IOperation> blocks)
        {
            foreach (var block in blocks)
            {
                // A constructor's block may be its whole declaration (the body with the base(...) call).
                var parent = block?.Syntax is BaseMethodDeclarationSyntax own ? own : block?.Syntax.Parent;
                if (parent is ArrowExpressionClauseSyntax arrow) parent = arrow.Parent;
                if (parent is BaseMethodDeclarationSyntax method)
                    return HasAnchorWithin(AnchorsOf(method.SyntaxTree, block!), method.ParameterList.FullSpan)
                        || (method is ConstructorDeclarationSyntax constructor && _isReadType is not null && block!.SemanticModel is { } model
                            && Array.IndexOf(DerivedTypeNames(model.Compilation), constructor.Identifier.ValueText) >= 0);
            }
            return false;
        }

        /// <summary>
        /// False when <paramref name="syntax"/> (null: nothing) names nothing the analyzer reads. A file's names are found
        /// by the first call for it, which needs the <paramref name="model"/> to look aliases up.
        /// </summary>
        public bool MayRead(SyntaxNode? syntax, SemanticModel? model)
        {
            if (syntax is null) return false;
            var tree = syntax.SyntaxTree;
            if (!_anchors.TryGetValue(tree, out var anchors))
                anchors = _anchors.GetOrAdd(tree, FindAnchors(tree, model));
            return HasAnchorWithin(anchors, syntax.Span);
        }

        /// <summary>Whether one of the sorted <paramref name="anchors"/> lies in <paramref name="span"/> (a binary search).</summary>
        private static bool HasAnchorWithin(int[] anchors, TextSpan span)
        {
            // The first anchor at or after the span's start (written out: the generic Array.BinarySearch costs more per call).
            int low = 0, high = anchors.Length;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (anchors[middle] < span.Start) low = middle + 1;
                else high = middle;
            }
            return low < anchors.Length && anchors[low] < span.End;
        }

        /// <summary>Sorted offsets in the file where something the analyzer reads may be named.</summary>
        private int[] FindAnchors(SyntaxTree tree, SemanticModel? model)
        {
            var text = tree.GetText().ToString();
            var anchors = new List<int>();
            foreach (var key in _names) AddWords(text, key.Key, key.Value, anchors);
            foreach (var member in _writtenMembers) AddMemberWrites(text, member, anchors);
            if (_isReadType is not null && model is not null)
            {
                foreach (var alias in ReadTypeAliases(tree, model)) AddWords(text, alias, new[] { alias }, anchors);
                foreach (var derived in DerivedTypeNames(model.Compilation)) AddWords(text, derived, new[] { derived }, anchors);
            }
            if (_letsImplicitCreationsThrough) AddImplicitCreations(text, anchors);
            AddUnicodeEscapes(text, anchors);
            if (Encoding.UTF8.GetByteCount(text) != text.Length) AddFormattingCharacters(text, anchors);
            var result = anchors.ToArray();
            Array.Sort(result);
            return result;
        }

        /// <summary>
        /// The names of the classes of the compilation that may derive from a read type: a base list names the type, an
        /// alias of it, or another such class (by the last identifier of each name, so a superset). From the declarations
        /// only, once per compilation.
        /// </summary>
        private string[] DerivedTypeNames(Compilation compilation)
        {
            if (_derivedTypeNames is { } known) return known;
            var bases = new List<(string Name, string Base, bool IsClass)>();
            foreach (var tree in compilation.SyntaxTrees)
                if (tree.GetRoot() is CompilationUnitSyntax unit) AddBaseNames(unit.Usings, unit.Members, bases);
            var names = new HashSet<string>(DockerApi.ReadTypeNames, StringComparer.Ordinal);
            var derived = new List<string>();
            for (var changed = bases.Count > 0; changed;)
            {
                changed = false;
                foreach (var (name, baseName, isClass) in bases)
                {
                    if (!names.Contains(baseName) || !names.Add(name)) continue;
                    if (isClass) derived.Add(name);
                    changed = true;
                }
            }
            return _derivedTypeNames = derived.ToArray();
        }

        private static void AddBaseNames(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, List<(string, string, bool)> bases)
        {
            foreach (var directive in usings)
                if (directive.Alias is { } alias && LastIdentifier(directive.NamespaceOrType) is { } target)
                    AddBaseName(bases, alias.Name.Identifier.ValueText, target, isClass: false);
            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns) AddBaseNames(ns.Usings, ns.Members, bases);
                else if (member is TypeDeclarationSyntax type)
                {
                    if (type is ClassDeclarationSyntax { BaseList: { } list })
                        foreach (var baseType in list.Types)
                            if (LastIdentifier(baseType.Type) is { } name) AddBaseName(bases, type.Identifier.ValueText, name, isClass: true);
                    AddBaseNames(default, type.Members, bases);
                }
            }
        }

        /// <summary>Leaves out the names the parser found missing (empty): nothing can be created or derived through them.</summary>
        private static void AddBaseName(List<(string, string, bool)> bases, string name, string baseName, bool isClass)
        {
            if (name.Length > 0 && baseName.Length > 0) bases.Add((name, baseName, isClass));
        }

        private static string? LastIdentifier(TypeSyntax? type) => type switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax qualified => qualified.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The names grouped by the shortest of them each ends with.</summary>
        private static KeyValuePair<string, string[]>[] SearchKeys(string[] names)
        {
            var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var key = name;
                foreach (var other in names)
                    if (other.Length < key.Length && name.EndsWith(other, StringComparison.Ordinal)) key = other;
                if (!groups.TryGetValue(key, out var group)) groups[key] = group = new List<string>();
                group.Add(name);
            }
            var result = new List<KeyValuePair<string, string[]>>();
            foreach (var group in groups) result.Add(new KeyValuePair<string, string[]>(group.Key, group.Value.ToArray()));
            return result.ToArray();
        }

        /// <summary>The places where one of <paramref name="words"/> (all ending with <paramref name="key"/>) occurs as a whole word.</summary>
        private static void AddWords(string text, string key, string[] words, List<int> anchors)
        {
            // A name the parser found missing (code being typed: `class  : HostConfig`, `using = HostConfig;`) is empty, and
            // an empty key would be found at the same place forever.
            if (key.Length == 0) return;
            for (var at = text.IndexOf(key, 0, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + key.Length, StringComparison.Ordinal))
            {
                var end = at + key.Length;
                if (end < text.Length && IsIdentifierPart(text[end])) continue;
                var start = at;
                while (start > 0 && IsIdentifierPart(text[start - 1])) start--;
                foreach (var word in words)
                    if (word.Length == end - start && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
                    {
                        anchors.Add(start);
                        break;
                    }
            }
        }

        /// <summary>
        /// <c>.member =</c> (not <c>==</c> or <c>=&gt;</c>) or <c>.member ??=</c>: a write to a request-parameter member
        /// through parameters whose type the method may not spell (<c>var p = Defaults(); p.User = "root";</c>); also
        /// <c>.member</c> as an element of a tuple a deconstruction writes (<c>(p.User, x) = ("root", 1);</c>,
        /// <see cref="IsDeconstructedElement"/>).
        /// </summary>
        private static void AddMemberWrites(string text, string member, List<int> anchors)
        {
            for (var at = text.IndexOf(member, 0, StringComparison.Ordinal); at >= 0; at = text.IndexOf(member, at + member.Length, StringComparison.Ordinal))
            {
                if (!IsWordAt(text, at, member.Length)) continue;
                var before = at - 1;
                while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
                if (before < 0 || text[before] != '.') continue;
                var after = SkipWhiteSpace(text, at + member.Length);
                if (string.CompareOrdinal(text, after, "??=", 0, 3) == 0) anchors.Add(at);
                else if (IsAssignmentAt(text, after)) anchors.Add(at);
                else if (after < text.Length && text[after] is ',' or ')' && IsDeconstructedElement(text, after)) anchors.Add(at);
            }
        }

        // How far past a member followed by ',' or ')' the end of its tuple is looked for; a longer tuple is let through.
        private const int MaxTupleScan = 1024;

        /// <summary>
        /// Whether the member before <paramref name="at"/> (a <c>,</c> or <c>)</c> after it) is an element of a tuple that a
        /// deconstruction writes: the <c>)</c> that ends the tuple, or that of a tuple it is nested in (<c>((p.User, a), b) =
        /// ...</c>), is followed by <c>=</c> (not <c>==</c> or <c>=&gt;</c>). An argument (<c>Log(p.User, x);</c>) is not: its
        /// <c>)</c> is followed by something else, and a <c>;</c>, <c>{</c> or <c>}</c> on the way ends the search. Parentheses
        /// of the other elements are matched; strings are not read as such (a <c>)</c> in one costs a needless read at
        /// worst, or a miss in a target written with one after the member). No allocation: the file's text is read in place.
        /// </summary>
        private static bool IsDeconstructedElement(string text, int at)
        {
            var depth = 0;
            var end = Math.Min(text.Length, at + MaxTupleScan);
            for (var i = at; i < end; i++)
            {
                switch (text[i])
                {
                    case '(':
                        depth++;
                        break;
                    case ')' when depth > 0:
                        depth--;
                        break;
                    case ')':
                        // The end of the tuple the member is in: a deconstruction, or an element of an enclosing tuple.
                        var next = SkipWhiteSpace(text, i + 1);
                        if (IsAssignmentAt(text, next)) return true;
                        if (next >= text.Length || text[next] is not (',' or ')')) return false;
                        i = text[next] == ',' ? next : next - 1;
                        break;
                    case ';':
                    case '{':
                    case '}':
                        return false;
                }
            }
            return end < text.Length;
        }

        /// <summary><c>=</c> at <paramref name="at"/>, not <c>==</c> or <c>=&gt;</c>.</summary>
        private static bool IsAssignmentAt(string text, int at) =>
            at < text.Length && text[at] == '=' && (at + 1 == text.Length || text[at + 1] is not ('=' or '>'));

        private static int SkipWhiteSpace(string text, int at)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            return at;
        }

        /// <summary><c>new</c> followed by <c>(</c>: a target-typed creation, whose type is nowhere in the text.</summary>
        private static void AddImplicitCreations(string text, List<int> anchors)
        {
            for (var at = text.IndexOf("new", 0, StringComparison.Ordinal); at >= 0; at = text.IndexOf("new", at + 3, StringComparison.Ordinal))
            {
                if (!IsWordAt(text, at, 3)) continue;
                var next = at + 3;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                // A comment or a directive between the two (new /* settings */ ()) lets the method through as well.
                if (next < text.Length && text[next] is '(' or '/' or '#') anchors.Add(at);
            }
        }

        /// <summary>A <c>\u</c> escape may spell a name (<c>Host\u0043onfig</c>): let it through rather than decode it.</summary>
        private static void AddUnicodeEscapes(string text, List<int> anchors)
        {
            for (var at = text.IndexOf('\\'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('\\', at + 1))
                if (text[at + 1] is 'u' or 'U') anchors.Add(at);
        }

        /// <summary>The compiler drops formatting characters from identifiers (<c>Host&#x200B;Config</c> is HostConfig).</summary>
        private static void AddFormattingCharacters(string text, List<int> anchors)
        {
            for (var at = 0; at < text.Length; at++)
                if (text[at] >= 128 && CharUnicodeInfo.GetUnicodeCategory(text[at]) == UnicodeCategory.Format) anchors.Add(at);
        }

        /// <summary>Whether the <paramref name="length"/> characters at <paramref name="at"/> are a whole word: no identifier character touches them.</summary>
        internal static bool IsWordAt(string text, int at, int length) =>
            (at == 0 || !IsIdentifierPart(text[at - 1])) && (at + length >= text.Length || !IsIdentifierPart(text[at + length]));

        /// <summary>The identifier characters of the C# specification (letters, digits, connecting, combining and formatting).</summary>
        private static bool IsIdentifierPart(char c)
        {
            if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.Format:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The names of the aliases usable in this file (its own, its namespaces', global ones from any file) that stand
        /// for a read type.
        /// </summary>
        private List<string> ReadTypeAliases(SyntaxTree tree, SemanticModel model)
        {
            var aliases = new List<string>();
            var root = tree.GetRoot();
            // Asking for the import scopes binds the file's usings: only done when an alias can be in scope at all. Asked at
            // the end of the file, after its usings: within them (position 0 when the file starts with one) the compiler
            // leaves out the file's own aliases and the global ones, as a using directive cannot see the others.
            if (HasAliasDirective(root) || HasGlobalAliases(model.Compilation))
                foreach (var scope in model.GetImportScopes(root.FullSpan.End))
                    foreach (var alias in scope.Aliases)
                        if (alias.Target is ITypeSymbol type && _isReadType!(type)) aliases.Add(alias.Name);
            AddNamespaceAliases(root, model, aliases);
            return aliases;
        }

        private static bool HasAliasDirective(SyntaxNode root)
        {
            if (root is CompilationUnitSyntax unit)
                foreach (var directive in unit.Usings)
                    if (directive.Alias is not null) return true;
            return false;
        }

        /// <summary>Whether a file of the compilation declares a global alias (<c>global using Hc = ...;</c>), in scope in every file.</summary>
        private bool HasGlobalAliases(Compilation compilation)
        {
            // 0: not known yet; computed once (racing threads compute the same answer).
            if (_globalAliases == 0)
            {
                var found = false;
                foreach (var tree in compilation.SyntaxTrees)
                {
                    if (tree.GetRoot() is not CompilationUnitSyntax unit) continue;
                    foreach (var directive in unit.Usings)
                        if (directive.Alias is not null && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)) found = true;
                }
                _globalAliases = found ? 2 : 1;
            }
            return _globalAliases == 2;
        }

        private void AddNamespaceAliases(SyntaxNode node, SemanticModel model, List<string> aliases)
        {
            var members = node switch
            {
                CompilationUnitSyntax unit => unit.Members,
                BaseNamespaceDeclarationSyntax ns => ns.Members,
                _ => default,
            };
            foreach (var member in members)
            {
                if (member is not BaseNamespaceDeclarationSyntax ns) continue;
                foreach (var directive in ns.Usings)
                    if (directive.Alias is not null && model.GetDeclaredSymbol(directive) is IAliasSymbol { Target: ITypeSymbol type } alias && _isReadType!(type))
                        aliases.Add(alias.Name);
                AddNamespaceAliases(ns, model, aliases);
            }
        }
    }
}
