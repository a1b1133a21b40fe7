using ContainerLint.Model;

namespace ContainerLint.Findings
{
    /// <summary>
    /// How a finding's evidence says it "may" apply (<see cref="ValueCertainty"/>), and the way back: one place can be seen
    /// twice for one container, once for certain and once with a "may" (a write through <c>p.HostConfig</c> after an
    /// <c>if</c> that replaces it goes into the HostConfig of either path), and the message then says it once, for certain.
    /// </summary>
    public static class Qualification
    {
        private const string Conditional = " on one branch of a conditional, so it may apply";
        private const string OnSomePaths = " on some paths only, so it may apply";
        private const string MayBeUndone = ", but a later change on some paths may undo it";

        /// <summary>The evidence with what makes it a "may".</summary>
        public static string Qualify(ValueCertainty certainty, string evidence) => certainty switch
        {
            ValueCertainty.Conditional => evidence + Conditional,
            ValueCertainty.OnSomePaths => evidence + OnSomePaths,
            ValueCertainty.MayBeUndone => evidence + MayBeUndone,
            _ => evidence,
        };

        /// <summary>The evidence without its "may" (<see cref="Qualify"/> undone), and which one it was.</summary>
        public static string Unqualified(string evidence, out ValueCertainty certainty)
        {
            certainty = evidence.EndsWith(Conditional, System.StringComparison.Ordinal) ? ValueCertainty.Conditional
                : evidence.EndsWith(OnSomePaths, System.StringComparison.Ordinal) ? ValueCertainty.OnSomePaths
                : evidence.EndsWith(MayBeUndone, System.StringComparison.Ordinal) ? ValueCertainty.MayBeUndone
                : ValueCertainty.Certain;
            return certainty switch
            {
                ValueCertainty.Conditional => evidence.Substring(0, evidence.Length - Conditional.Length),
                ValueCertainty.OnSomePaths => evidence.Substring(0, evidence.Length - OnSomePaths.Length),
                ValueCertainty.MayBeUndone => evidence.Substring(0, evidence.Length - MayBeUndone.Length),
                _ => evidence,
            };
        }
    }
}
