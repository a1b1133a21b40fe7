using System.Collections.Generic;
using ContainerLint.Text;

namespace ContainerLint.Model
{
    public enum ValueCertainty
    {
        /// <summary>The value is known.</summary>
        Certain,

        /// <summary>The value is one branch of a conditional (C# <c>?:</c>): findings say "may".</summary>
        Conditional,

        /// <summary>
        /// The value is set, but a later change made on some paths only may replace or remove it (C#: <c>hc.Privileged =
        /// true; if (safe) hc.Privileged = false;</c>, a <c>Remove</c> under an <c>if</c>): findings say "may" too.
        /// </summary>
        MayBeUndone,

        /// <summary>The value uses a variable with no value and no default: neither safe nor dangerous.</summary>
        Unresolved,

        /// <summary>
        /// The value is written on some paths only, where an exception decides rather than a condition (C#: a write in a
        /// <c>catch</c> block, or in a <c>try</c> block after something that may throw): findings say "may", without
        /// calling it a conditional.
        /// </summary>
        OnSomePaths,
    }

    /// <summary>Non-generic view of a <see cref="Setting{T}"/>, for rules that look at every value (CTL9002).</summary>
    public interface ISetting
    {
        SourceSpan Span { get; }
        string Text { get; }
        ValueCertainty Certainty { get; }
        IReadOnlyList<string> UnresolvedVariables { get; }

        /// <summary>
        /// Of <see cref="UnresolvedVariables"/>, those whose value is the build's platform (a Dockerfile's automatic
        /// platform ARGs, or a variable made with one): set, but not known here.
        /// </summary>
        IReadOnlyList<string> PlatformVariables { get; }
    }

    /// <summary>
    /// One configured value and where it was written. <see cref="Text"/> is the source text as the user wrote it
    /// (before variable substitution), <see cref="Value"/> the value Docker would see.
    /// </summary>
    public sealed class Setting<T> : ISetting
    {
        private static readonly string[] NoVariables = new string[0];

        public Setting(T value, SourceSpan span, string? text = null,
            ValueCertainty certainty = ValueCertainty.Certain, IReadOnlyList<string>? unresolvedVariables = null, string? partial = null,
            IReadOnlyList<string>? platformVariables = null)
        {
            Value = value;
            Span = span;
            Text = text ?? value?.ToString() ?? string.Empty;
            UnresolvedVariables = unresolvedVariables ?? NoVariables;
            Certainty = UnresolvedVariables.Count > 0 ? ValueCertainty.Unresolved : certainty;
            Partial = Certainty == ValueCertainty.Unresolved ? partial : null;
            PlatformVariables = Certainty == ValueCertainty.Unresolved ? platformVariables ?? NoVariables : NoVariables;
        }

        public T Value { get; }
        public SourceSpan Span { get; }
        public string Text { get; }
        public ValueCertainty Certainty { get; }
        public IReadOnlyList<string> UnresolvedVariables { get; }
        public IReadOnlyList<string> PlatformVariables { get; }

        /// <summary>
        /// For an unresolved value whose reader knows the rest of it (Compose interpolation): the value with each
        /// unresolved variable marked (<see cref="PartialValue"/>); otherwise null.
        /// </summary>
        public string? Partial { get; }

        public bool IsKnown => Certainty != ValueCertainty.Unresolved;

        public static Setting<T> Unresolved(SourceSpan span, string text, IReadOnlyList<string> variables, string? partial = null,
            IReadOnlyList<string>? platformVariables = null) =>
            new Setting<T>(default!, span, text, ValueCertainty.Unresolved, variables, partial, platformVariables);

        public override string ToString() => Certainty == ValueCertainty.Unresolved ? Text + " (unresolved)" : Text;
    }
}
