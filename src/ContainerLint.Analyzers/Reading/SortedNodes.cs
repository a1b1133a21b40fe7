using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>Lookups in lists of nodes kept in the order written (by <see cref="SyntaxNode.SpanStart"/>), by a binary search.</summary>
    internal static class SortedNodes
    {
        /// <summary>The nodes of <paramref name="sorted"/> that start in <paramref name="span"/>, in order.</summary>
        public static IEnumerable<T> StartingIn<T>(IReadOnlyList<T> sorted, TextSpan span) where T : SyntaxNode
        {
            int low = 0, high = sorted.Count;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (sorted[middle].SpanStart < span.Start) low = middle + 1;
                else high = middle;
            }
            for (var i = low; i < sorted.Count && sorted[i].SpanStart < span.End; i++) yield return sorted[i];
        }
    }
}
