using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// Objects created only when a value is null: <c>given ?? new HostConfig()</c>, and the same choice spelt out with a null
    /// test of that value, <c>given != null ? given : new HostConfig()</c>, <c>given is null ? new HostConfig() : given</c>
    /// (audit 138 A138-10, audit 140 R140-2/R140-3).
    /// </summary>
    internal static class Fallbacks
    {
        /// <summary>The <c>??</c> or <c>?:</c> that creates <paramref name="created"/> only when a value is null; null for any other place.</summary>
        public static IOperation? ChoiceOf(IOperation created)
        {
            var operation = created;
            while (operation.Parent is IConversionOperation conversion) operation = conversion;
            switch (operation.Parent)
            {
                case ICoalesceOperation coalesce when coalesce.WhenNull == operation:
                    return coalesce;
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional when NullTest(conditional.Condition, out var tested, out var declared) is { } whenNull
                    && (whenNull ? conditional.WhenTrue : whenFalse) == operation && IsSame(tested, declared, whenNull ? whenFalse : conditional.WhenTrue):
                    return conditional;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The value a fallback choice (<see cref="ChoiceOf"/>) gives when it is not null: <c>given</c> of <c>given ?? new
        /// HostConfig()</c> and of <c>given != null ? given : new HostConfig()</c>.
        /// </summary>
        public static IOperation? HeldOf(IOperation choice) => choice switch
        {
            ICoalesceOperation coalesce => coalesce.Value,
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => NullTest(conditional.Condition, out _, out _) is { } whenNull
                ? (whenNull ? whenFalse : conditional.WhenTrue)
                : null,
            _ => null,
        };

        /// <summary>Whether a value is read from an inspect response (<c>r.HostConfig</c> of a <c>ContainerInspectResponse r</c>).</summary>
        public static bool IsFromInspectResponse(IOperation? value)
        {
            for (var part = Values.SkipConversions(value); part is not null; )
            {
                if (HostConfigAnalyzer.IsInspectResponse(part.Type)) return true;
                // r?.HostConfig (audit 141 Q141-4): the receiver, then what is read from it.
                if (part is IConditionalAccessOperation access)
                {
                    if (IsFromInspectResponse(access.Operation)) return true;
                    part = Values.SkipConversions(access.WhenNotNull);
                    continue;
                }
                part = Values.SkipConversions((part as IMemberReferenceOperation)?.Instance);
            }
            return false;
        }

        /// <summary>
        /// Whether a condition tests a value (<paramref name="tested"/>) against null, and for which outcome: true for
        /// <c>x == null</c> and <c>x is null</c>, false for <c>x != null</c>, <c>x is not null</c> and <c>x is { }</c>; null for any
        /// other condition. <paramref name="declared"/> is the local a pattern gives the value (<c>x is { } g</c>, <c>x is HostConfig
        /// g</c>), which the other branch may name instead (audit 141 Q141-7).
        /// </summary>
        private static bool? NullTest(IOperation condition, out IOperation? tested, out ISymbol? declared)
        {
            tested = null;
            declared = null;
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                    if (IsNull(binary.RightOperand)) tested = binary.LeftOperand;
                    else if (IsNull(binary.LeftOperand)) tested = binary.RightOperand;
                    else return null;
                    return binary.OperatorKind == BinaryOperatorKind.Equals;
                case IIsPatternOperation { Pattern: var pattern, Value: var value }:
                    tested = value;
                    return pattern switch
                    {
                        IConstantPatternOperation constant when IsNull(constant.Value) => true,
                        INegatedPatternOperation { Pattern: IConstantPatternOperation constant } when IsNull(constant.Value) => false,
                        IRecursivePatternOperation recursive when (recursive.MatchedType is null || SymbolEqualityComparer.Default.Equals(recursive.MatchedType, value.Type))
                            && recursive.PropertySubpatterns.Length == 0
                            && recursive.DeconstructionSubpatterns.Length == 0 && (declared = recursive.DeclaredSymbol) is var _ => false,
                        IDeclarationPatternOperation { DeclaredSymbol: { } symbol } declaration when SymbolEqualityComparer.Default.Equals(declaration.MatchedType, value.Type)
                            && (declared = symbol) is var _ => false,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        private static bool IsNull(IOperation operand) => Values.SkipConversions(operand) is { ConstantValue: { HasValue: true, Value: null } };

        /// <summary>Whether the null test and the other branch name the same local, parameter or member chain.</summary>
        private static bool IsSame(IOperation? tested, ISymbol? declared, IOperation other) =>
            (declared is not null && Values.SkipConversions(other) is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, declared))
            || (tested is not null && AccessPath.TryGet(Values.SkipConversions(tested)!) is { } a && AccessPath.TryGet(Values.SkipConversions(other)!) is { } b && a.Equals(b));
    }
}
