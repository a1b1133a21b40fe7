using ContainerLint.Text;

namespace ContainerLint.Findings
{
    /// <summary>
    /// What a fix does, in model terms. Rules say what should change; each front end turns the intent into an edit
    /// of its own syntax (YAML text, Dockerfile text, C# syntax), so a rule never knows which one fed it.
    /// </summary>
    public enum FixKind
    {
        /// <summary>
        /// Remove the entry at the finding's span (a list item, a key, an assignment). With <see cref="FixIntent.Key"/>, the
        /// value is a setting of that name, removed alone: not the list item that holds it (a Compose hook's <c>privileged</c>
        /// goes, the hook stays), as a value that names the item does (a long-syntax device's <c>source</c>).
        /// </summary>
        RemoveEntry,

        /// <summary>Replace the value at the finding's span with <see cref="FixIntent.Value"/>.</summary>
        SetValue,

        /// <summary>In the option list at the finding's span, replace option <see cref="FixIntent.OldValue"/> with <see cref="FixIntent.Value"/>.</summary>
        ReplaceOption,

        /// <summary>Remove option <see cref="FixIntent.OldValue"/> from the option list at the finding's span (a propagation mode).</summary>
        RemoveOption,

        /// <summary>Append option <see cref="FixIntent.Value"/> to the option list at the finding's span.</summary>
        AppendOption,

        /// <summary>Mark the mount at the finding's span read-only.</summary>
        MakeReadOnly,

        /// <summary>
        /// Add a setting the container lacks: <see cref="FixIntent.Key"/> names it in model terms
        /// (<see cref="FixKeys"/>), <see cref="FixIntent.Value"/> is the value to add.
        /// </summary>
        AddSetting,

        /// <summary>Dockerfile: insert a <c>USER <see cref="FixIntent.Value"/></c> line at <see cref="FixIntent.Offset"/>.</summary>
        InsertUser,

        /// <summary>Remove the text <see cref="FixIntent.OldValue"/> at <see cref="FixIntent.Offset"/> (the <c>sudo </c> prefix).</summary>
        RemoveText,

        /// <summary>
        /// Compose: the fix of <see cref="FixIntent.Embedded"/>, a finding of the Dockerfile given inline in the scalar at
        /// <see cref="FixIntent.Target"/> (<c>build.dockerfile_inline</c>), whose text as linted is <see cref="FixIntent.Value"/>.
        /// </summary>
        EmbeddedDockerfile,
    }

    /// <summary>Model names of the settings an <see cref="FixKind.AddSetting"/> fix adds, or a <see cref="FixKind.RemoveEntry"/> removes alone.</summary>
    public static class FixKeys
    {
        public const string CapDrop = "CapDrop";
        public const string SecurityOpt = "SecurityOpt";
        public const string ReadOnlyRootfs = "ReadOnlyRootfs";
        public const string User = "User";
        public const string Privileged = "Privileged";
    }

    public sealed class FixIntent
    {
        private FixIntent(FixKind kind, string? key, string? value, string? oldValue, int offset, SourceSpan? target = null,
            string? restoreUser = null, SourceSpan? restoredFrom = null, int rootFrom = -1, int rootUntil = -1)
        {
            RestoreUser = restoreUser;
            RestoredFrom = restoredFrom;
            RootFrom = rootFrom;
            RootUntil = rootUntil;
            Target = target;
            Kind = kind;
            Key = key;
            Value = value;
            OldValue = oldValue;
            Offset = offset;
        }

        public FixKind Kind { get; }
        public string? Key { get; }
        public string? Value { get; }
        public string? OldValue { get; }
        public int Offset { get; }

        /// <summary>What the fix edits when that is not the finding's span (the value of a Dockerfile USER).</summary>
        public SourceSpan? Target { get; }

        /// <summary>
        /// Dockerfile: the fixed step must run as root while the current USER is not: with this fix, <c>USER root</c> goes
        /// in at <see cref="RootFrom"/> and <c>USER <see cref="RestoreUser"/></c> (the previous USER, as written) at
        /// <see cref="RootUntil"/>. Null for every other fix.
        /// </summary>
        public string? RestoreUser { get; }

        /// <summary>The USER instruction <see cref="RestoreUser"/> is copied from: its keyword is written as there, and a
        /// Dockerfile written inside another file knows which of its lines the restore copies.</summary>
        public SourceSpan? RestoredFrom { get; }
        public int RootFrom { get; }
        public int RootUntil { get; }

        /// <summary>A <see cref="FixKind.EmbeddedDockerfile"/> fix: the Dockerfile finding whose own fix it is, in that Dockerfile's text.</summary>
        public Finding? Embedded { get; private set; }

        public FixIntent WithTarget(SourceSpan target) =>
            new FixIntent(Kind, Key, Value, OldValue, Offset, target, RestoreUser, RestoredFrom, RootFrom, RootUntil);

        /// <summary>
        /// This fix, with the step it edits (from <paramref name="from"/> to <paramref name="until"/>) run as root and
        /// <paramref name="restoreUser"/>, the arguments of the USER instruction at <paramref name="restoredFrom"/>, set again after it.
        /// </summary>
        public FixIntent AsRoot(string restoreUser, SourceSpan restoredFrom, int from, int until) =>
            new FixIntent(Kind, Key, Value, OldValue, Offset, Target, restoreUser, restoredFrom, from, until);

        public static FixIntent RemoveEntry() => new FixIntent(FixKind.RemoveEntry, null, null, null, -1);
        public static FixIntent RemoveSetting(string key) => new FixIntent(FixKind.RemoveEntry, key, null, null, -1);
        public static FixIntent SetValue(string value) => new FixIntent(FixKind.SetValue, null, value, null, -1);
        public static FixIntent ReplaceOption(string oldOption, string newOption) => new FixIntent(FixKind.ReplaceOption, null, newOption, oldOption, -1);
        public static FixIntent RemoveOption(string option) => new FixIntent(FixKind.RemoveOption, null, null, option, -1);
        public static FixIntent AppendOption(string option) => new FixIntent(FixKind.AppendOption, null, option, null, -1);
        public static FixIntent MakeReadOnly() => new FixIntent(FixKind.MakeReadOnly, null, null, null, -1);
        public static FixIntent AddSetting(string key, string value) => new FixIntent(FixKind.AddSetting, key, value, null, -1);
        public static FixIntent InsertUser(string user, int offset) => new FixIntent(FixKind.InsertUser, FixKeys.User, user, null, offset);
        public static FixIntent RemoveText(string text, int offset) => new FixIntent(FixKind.RemoveText, null, null, text, offset);

        /// <summary>The fix of a finding in a Dockerfile written inside another file (<paramref name="dockerfile"/> is its text, <paramref name="writtenIn"/> the value holding it).</summary>
        public static FixIntent InEmbeddedDockerfile(Finding finding, string dockerfile, SourceSpan writtenIn) =>
            new FixIntent(FixKind.EmbeddedDockerfile, null, dockerfile, null, -1, writtenIn) { Embedded = finding };

        /// <summary>
        /// Whether two fixes make the same edit (by value; two nulls are the same): a finding several views of one file
        /// report (services building one Dockerfile with other args) keeps its fix only when every view's fix is this one.
        /// </summary>
        public static bool Same(FixIntent? a, FixIntent? b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is null || b is null) return false;
            return a.Kind == b.Kind && a.Key == b.Key && a.Value == b.Value && a.OldValue == b.OldValue && a.Offset == b.Offset
                && SameOffsets(a.Target, b.Target) && a.RestoreUser == b.RestoreUser && SameOffsets(a.RestoredFrom, b.RestoredFrom) && a.RootFrom == b.RootFrom && a.RootUntil == b.RootUntil
                && SameEmbedded(a.Embedded, b.Embedded);
        }

        private static bool SameOffsets(SourceSpan? a, SourceSpan? b) =>
            a is null || b is null ? a is null && b is null : a.Equals(b) && a.StartOffset == b.StartOffset && a.EndOffset == b.EndOffset;

        private static bool SameEmbedded(Finding? a, Finding? b)
        {
            if (a is null || b is null) return a is null && b is null;
            return a.Rule.Id == b.Rule.Id && SameOffsets(a.Span, b.Span) && Same(a.Fix, b.Fix);
        }

        public override string ToString() => $"{Kind} {Key} {OldValue} {Value} {Offset}".Trim();
    }
}
