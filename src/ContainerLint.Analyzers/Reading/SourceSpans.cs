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
        public static SourceSpan Of(SyntaxNode node, bool borrowed = false)
        {
            var lines = node.SyntaxTree.GetLineSpan(node.Span);
            return new SourceSpan(lines.Path ?? string.Empty,
                lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1,
                lines.EndLinePosition.Line + 1, lines.EndLinePosition.Character + 1,
                node.SpanStart, node.Span.End, borrowed ? new BorrowedValue(node) : node);
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
