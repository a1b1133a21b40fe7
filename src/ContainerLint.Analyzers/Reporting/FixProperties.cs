using System.Collections.Immutable;
using ContainerLint.Findings;

namespace ContainerLint.Analyzers.Reporting
{
    /// <summary>How a <see cref="FixIntent"/> travels from the analyzer to the code fixes: <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>.</summary>
    public static class FixProperties
    {
        public const string Kind = "ContainerLint.FixKind";
        public const string Key = "ContainerLint.FixKey";
        public const string Value = "ContainerLint.FixValue";
        public const string OldValue = "ContainerLint.FixOldValue";

        /// <summary>
        /// The value the analyzer read for a local that is not a constant where the finding names it (a bind: <c>var bind =
        /// "/proc:/p"; ... Binds = [bind]</c>), which the fixer cannot work out; set for a read-only fix only.
        /// </summary>
        public const string LocalValue = "ContainerLint.LocalValue";

        public static ImmutableDictionary<string, string?> From(FixIntent? fix, string? localValue = null)
        {
            if (fix is null) return ImmutableDictionary<string, string?>.Empty;
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder[Kind] = fix.Kind.ToString();
            if (fix.Key is not null) builder[Key] = fix.Key;
            if (fix.Value is not null) builder[Value] = fix.Value;
            if (fix.OldValue is not null) builder[OldValue] = fix.OldValue;
            if (localValue is not null) builder[LocalValue] = localValue;
            return builder.ToImmutable();
        }

        public static bool TryRead(ImmutableDictionary<string, string?> properties, out FixKind kind)
        {
            kind = default;
            return properties.TryGetValue(Kind, out var text) && System.Enum.TryParse(text, out kind);
        }
    }
}
