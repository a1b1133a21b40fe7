using ContainerLint.Text;
using Microsoft.CodeAnalysis;

namespace ContainerLint.Analyzers.Reading
{
    internal static class SourceSpans
    {
        /// <summary>The span of a syntax node, keeping the node as <see cref="SourceSpan.Origin"/> to report at.</summary>
        public static SourceSpan Of(SyntaxNode node)
        {
            var lines = node.SyntaxTree.GetLineSpan(node.Span);
            return new SourceSpan(lines.Path ?? string.Empty,
                lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1,
                lines.EndLinePosition.Line + 1, lines.EndLinePosition.Character + 1,
                node.SpanStart, node.Span.End, node);
        }
    }
}
