using System.Collections.Generic;
using ContainerLint.Text;
using Microsoft.CodeAnalysis;

namespace ContainerLint.Analyzers.Reading
{
    internal static class SourceSpans
    {
        /// <summary>
        /// The span of a syntax node, keeping the node as <see cref="SourceSpan.Origin"/> to report at; a value
        /// <paramref name="borrowed"/> from a <c>static readonly</c> field keeps a <see cref="BorrowedValue"/> instead.
        /// </summary>
        /// <param name="indexedLater">
        /// An element of a list the method reaches by index later (<see cref="Element.IsIndexedLater"/>): kept as an
        /// <see cref="IndexedElement"/>, so that the finding offers no fix that removes it.
        /// </param>
        public static SourceSpan Of(SyntaxNode node, bool borrowed = false, bool indexedLater = false) =>
            Of(node, borrowed ? new BorrowedValue(node) : indexedLater ? new IndexedElement(node) : node);

        /// <summary>The span of a bind string read as the value of the local named at <paramref name="node"/> (<see cref="ValueOfLocal"/>).</summary>
        public static SourceSpan OfLocal(SyntaxNode node, string text, bool indexedLater) => Of(node, new ValueOfLocal(node, text, indexedLater));

        /// <summary>The span of an option list whose findings are reported at the option they are about (<see cref="OptionNodes"/>).</summary>
        public static SourceSpan Of(SyntaxNode whole, List<(string Option, SyntaxNode Node, bool Borrowed)> options) => Of(whole, new OptionNodes(whole, options));

        /// <summary>The span of a value reported for the <paramref name="repeats"/> too (<see cref="RepeatedValue"/>).</summary>
        public static SourceSpan Of(SyntaxNode node, IReadOnlyList<SyntaxNode> repeats) => Of(node, new RepeatedValue(node, repeats));

        private static SourceSpan Of(SyntaxNode node, object origin)
        {
            var lines = node.SyntaxTree.GetLineSpan(node.Span);
            return new SourceSpan(lines.Path ?? string.Empty,
                lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1,
                lines.EndLinePosition.Line + 1, lines.EndLinePosition.Character + 1,
                node.SpanStart, node.Span.End, origin);
        }
    }

    /// <summary>
    /// A value that a finding stands for together with others that repeat it (<c>.WithPrivileged(true).WithPrivileged(true)</c>):
    /// reported at <see cref="Node"/>, with the repeats as additional locations, which its fix changes too.
    /// </summary>
    internal sealed class RepeatedValue
    {
        public RepeatedValue(SyntaxNode node, IReadOnlyList<SyntaxNode> repeats)
        {
            Node = node;
            Repeats = repeats;
        }

        public SyntaxNode Node { get; }
        public IReadOnlyList<SyntaxNode> Repeats { get; }
    }

    /// <summary>
    /// An element of a list that the method reaches by index after it (<c>caps.RemoveAt(1)</c>, <c>caps[1]</c>): reported at
    /// <see cref="Node"/>, without a fix that removes it (the index would then reach another element, or none); other
    /// fixes (making a bind read-only) leave the list as it is and are offered.
    /// </summary>
    internal sealed class IndexedElement
    {
        public IndexedElement(SyntaxNode node)
        {
            Node = node;
        }

        public SyntaxNode Node { get; }
    }

    /// <summary>
    /// A bind string that is the value of a local that is not a constant (<c>var bind = "/proc:/p"; ... Binds = [bind]</c>),
    /// reported at <see cref="Node"/>, the local's name where the list takes it. <see cref="Text"/>, the value the analyzer
    /// read there, goes with a read-only fix (<see cref="Reporting.FixProperties.LocalValue"/>): the fix adds the mode after the
    /// name (<c>bind + ":ro"</c>), which needs the mode the bind has, and the fixer cannot tell which value a local holds at a use.
    /// </summary>
    internal sealed class ValueOfLocal
    {
        public ValueOfLocal(SyntaxNode node, string text, bool isIndexedLater)
        {
            Node = node;
            Text = text;
            IsIndexedLater = isIndexedLater;
        }

        public SyntaxNode Node { get; }
        public string Text { get; }

        /// <summary>As <see cref="IndexedElement"/>: no fix removes it.</summary>
        public bool IsIndexedLater { get; }
    }

    /// <summary>
    /// Docker.DotNet.Enhanced's <c>TmpfsOptions.Options</c>, read as one option list: a finding about an option is reported at
    /// the node that writes its last occurrence (the literal, or its inner list), where its fix edits it, rather than at the
    /// whole collection; one read from a <c>static readonly</c> field at the field's use, without a fix (<see cref="BorrowedValue"/>).
    /// </summary>
    internal sealed class OptionNodes
    {
        private readonly List<(string Option, SyntaxNode Node, bool Borrowed)> _options;

        public OptionNodes(SyntaxNode whole, List<(string Option, SyntaxNode Node, bool Borrowed)> options)
        {
            Whole = whole;
            _options = options;
        }

        /// <summary>The collection, where a finding about no one option is reported.</summary>
        public SyntaxNode Whole { get; }

        public (SyntaxNode Node, bool Borrowed) For(string? option)
        {
            for (var i = _options.Count - 1; i >= 0 && option is not null; i--)
                if (string.Equals(_options[i].Option.Trim(), option, System.StringComparison.OrdinalIgnoreCase)) return (_options[i].Node, _options[i].Borrowed);
            return (Whole, false);
        }
    }

    /// <summary>
    /// A value read from a <c>static readonly</c> field's initializer, reported at <see cref="Reference"/> (the use of the
    /// field in the method): a fix would have to change the field, which other code may share, so none is offered.
    /// </summary>
    internal sealed class BorrowedValue
    {
        public BorrowedValue(SyntaxNode reference)
        {
            Reference = reference;
        }

        public SyntaxNode Reference { get; }
    }
}
