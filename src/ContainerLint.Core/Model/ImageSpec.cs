using System;
using System.Collections.Generic;
using ContainerLint.Text;

namespace ContainerLint.Model
{
    /// <summary>An image as a Dockerfile builds it: its stages, and the one that is the result.</summary>
    public sealed class ImageSpec
    {
        public ImageSpec(string path, IReadOnlyList<StageSpec> stages, StageSpec finalStage)
        {
            Path = path;
            Stages = stages;
            FinalStage = finalStage;
        }

        public string Path { get; }
        public IReadOnlyList<StageSpec> Stages { get; }

        /// <summary>The build args named without a value, whose values docker build takes from its environment (CTL9002).</summary>
        public IReadOnlyCollection<string> BuildArgsFromEnvironment { get; set; } = System.Array.Empty<string>();

        /// <summary>
        /// Of the unresolved variables of a stage's setting, the ARGs of the global scope that the stage does not declare
        /// again (a stage sees a global ARG only after <c>ARG NAME</c>): they have a value there only if the base image sets
        /// it. By setting (its instance); a setting with none is not listed.
        /// </summary>
        public IReadOnlyDictionary<ISetting, IReadOnlyList<string>> OutOfScopeGlobalArgs { get; set; } =
            new Dictionary<ISetting, IReadOnlyList<string>>();

        /// <summary>
        /// Of the unresolved variables of a stage's setting, those an <c>ONBUILD ENV</c> or <c>ONBUILD ARG</c> of the stage it
        /// is built FROM sets (the trigger runs first in it), with that stage's name. By setting (its instance).
        /// </summary>
        public IReadOnlyDictionary<ISetting, IReadOnlyList<(string Variable, string Stage)>> SetByOnBuildTriggers { get; set; } =
            new Dictionary<ISetting, IReadOnlyList<(string Variable, string Stage)>>();

        /// <summary>
        /// Of the unresolved variables of a stage's setting, the <c>ARG</c>s it inherits from a stage built on an image the
        /// linter does not know (whose ENV of the name would win over the inherited value), with that stage's name and the
        /// image. By setting (its instance).
        /// </summary>
        public IReadOnlyDictionary<ISetting, IReadOnlyList<(string Variable, string Stage, string BaseImage)>> InheritedOverUnknownBase { get; set; } =
            new Dictionary<ISetting, IReadOnlyList<(string Variable, string Stage, string BaseImage)>>();

        /// <summary>
        /// Of the unresolved variables of a stage's setting, and of those they were worked out from, the ones an <c>ENV</c>
        /// or <c>ARG</c> set from variables without a known value (<c>ENV Y=$X</c>), with the instruction and those
        /// variables. By setting (its instance).
        /// </summary>
        public IReadOnlyDictionary<ISetting, IReadOnlyList<(string Variable, string Instruction, IReadOnlyList<string> From)>> SetFromUnknown { get; set; } =
            new Dictionary<ISetting, IReadOnlyList<(string Variable, string Instruction, IReadOnlyList<string> From)>>();

        /// <summary>
        /// Of the unresolved variables of a stage's setting, and of those they were worked out from, the ones that have a
        /// value, unknown only because a pattern operator applied to them is one the linter does not evaluate
        /// (<c>${X/"a"/b}</c>). By setting (its instance).
        /// </summary>
        public IReadOnlyDictionary<ISetting, IReadOnlyList<string>> UnevaluatedPatterns { get; set; } =
            new Dictionary<ISetting, IReadOnlyList<string>>();

        /// <summary>The stage that is built: the chosen target, else the last stage.</summary>
        public StageSpec FinalStage { get; }

        /// <summary>
        /// Whether another stage is built FROM <paramref name="stage"/>, directly or through other stages (a target
        /// that later stages build on): a USER set in <paramref name="stage"/> is theirs too.
        /// </summary>
        public bool IsBuiltOn(StageSpec stage)
        {
            foreach (var s in Stages)
                for (var parent = s.Parent; parent is not null; parent = parent.Parent)
                    if (ReferenceEquals(parent, stage)) return true;
            return false;
        }

        /// <summary>The final stage and the stages it is built FROM, nearest first: what ends up in the image.</summary>
        public IEnumerable<StageSpec> FinalStageChain()
        {
            for (var s = FinalStage; s is not null; s = s.Parent)
                yield return s;
        }
    }

    public sealed class StageSpec
    {
        public StageSpec(int index, SourceSpan from, Setting<string> baseImage)
        {
            Index = index;
            From = from;
            BaseImage = baseImage;
            BaseImageReference = baseImage.IsKnown ? baseImage.Value : null;
        }

        public int Index { get; }

        /// <summary>The <c>AS name</c> of the stage, if any.</summary>
        public string? Name { get; set; }

        /// <summary>Whether the stage is <c>AS <paramref name="name"/></c>, whatever the case (BuildKit lowercases stage names).</summary>
        public bool IsNamed(string name) => Name is not null && string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

        /// <summary>The whole FROM instruction ("missing" findings are reported here).</summary>
        public SourceSpan From { get; }

        /// <summary>The base image reference after ARG substitution.</summary>
        public Setting<string> BaseImage { get; }

        /// <summary>
        /// The base image as far as the rules can match it: <see cref="BaseImage"/>'s value, or, when only the build's
        /// platform is not known (<c>FROM ubuntu:${TARGETARCH}</c>), the reference with each platform part written
        /// <c>${NAME}</c>: its repository and the rest of its tag are known. Null when not known, or when it may name a stage.
        /// </summary>
        public string? BaseImageReference { get; set; }

        /// <summary>The stage this one is built FROM, when it names an earlier stage.</summary>
        public StageSpec? Parent { get; set; }

        /// <summary>The first stage of this one's FROM chain: its <see cref="BaseImage"/> is the image the chain starts from.</summary>
        public StageSpec Root
        {
            get
            {
                var s = this;
                while (s.Parent is not null) s = s.Parent;
                return s;
            }
        }

        /// <summary>The last USER of this stage, or inherited from <see cref="Parent"/>; null when none.</summary>
        public Setting<string>? User { get; set; }

        /// <summary>The USER instruction that set <see cref="User"/> (its whole span).</summary>
        public SourceSpan? UserInstruction { get; set; }

        /// <summary>
        /// When <see cref="User"/> is set by an <c>ONBUILD USER</c> of the stage this one (or one it inherits the user from) is
        /// built FROM, the name of that stage; <see cref="UserInstruction"/> is then that <c>ONBUILD</c> instruction.
        /// </summary>
        public string? UserFromOnBuildOf { get; set; }

        /// <summary>
        /// Why <see cref="User"/> expands to an empty user where its variables have no value for certain (a global ARG the
        /// stage does not declare, a name the base image is known not to set); null otherwise.
        /// </summary>
        public string? WhyUserIsEmpty { get; set; }

        public List<RunStep> Runs { get; } = new List<RunStep>();
        public List<Setting<string>> ExposedPorts { get; } = new List<Setting<string>>();
        public List<Setting<string>> Volumes { get; } = new List<Setting<string>>();

        /// <summary>The COPY and ADD instructions of the stage.</summary>
        public List<CopyStep> Copies { get; } = new List<CopyStep>();

        /// <summary>
        /// The stage has an <c>ONBUILD RUN</c>: a build FROM the image runs that step as the image's USER, so a fix that sets
        /// the user of this stage (wherever it writes it) changes what those builds run as.
        /// </summary>
        public bool HasOnBuildRun { get; set; }

        /// <summary>
        /// The RUN triggers of the stage's <c>ONBUILD</c> instructions. They are no step of this build: each build FROM the
        /// image runs them in order right after its FROM, as the image's USER (the stage's last USER) until an <c>ONBUILD
        /// USER</c> before a trigger changes it (<see cref="RunStep.User"/> is the user the trigger runs as).
        /// </summary>
        public List<RunStep> OnBuildRuns { get; } = new List<RunStep>();

        /// <summary>
        /// The build steps the rules about RUN look at, each with how a message names it: the stage's RUNs, then its
        /// <see cref="OnBuildRuns"/> (a step of every build FROM the image).
        /// </summary>
        public IEnumerable<(RunStep Run, string Step)> RunSteps()
        {
            foreach (var run in Runs) yield return (run, "RUN");
            foreach (var trigger in OnBuildRuns) yield return (trigger, "ONBUILD RUN");
        }

        /// <summary>
        /// The COPY and ADD triggers of the stage's <c>ONBUILD</c> instructions that give a <c>--chmod</c>, as written: a mode
        /// with variables is unresolved here (see <see cref="TriggeredCopies"/>).
        /// </summary>
        public List<CopyStep> OnBuildCopies { get; } = new List<CopyStep>();

        /// <summary>
        /// The <see cref="OnBuildCopies"/> of the <see cref="Parent"/> stage as this stage runs them, right after its FROM:
        /// their modes expanded with the variables this stage has there (the parent's ENV; an ONBUILD ENV or ARG before them
        /// leaves its names unknown).
        /// </summary>
        public List<CopyStep> TriggeredCopies { get; } = new List<CopyStep>();

        /// <summary>
        /// The user the stage's last <c>ONBUILD USER</c> sets, as written (its variables are expanded where the trigger runs),
        /// and that instruction: a build FROM the image, also a stage of the file built FROM this one, runs as that user.
        /// Null when the stage has none.
        /// </summary>
        public Setting<string>? OnBuildUser { get; set; }

        /// <summary>The <c>ONBUILD USER</c> instruction of <see cref="OnBuildUser"/> (its whole span).</summary>
        public SourceSpan? OnBuildUserInstruction { get; set; }

        /// <summary>Offset where a fix inserts a USER line: before the first CMD/ENTRYPOINT of the stage, else at its end.</summary>
        public int UserInsertionOffset { get; set; } = -1;

        /// <summary>
        /// What a text with variables (<c>$APP_UID</c>) expands to where a fix inserts a USER line (<see
        /// cref="UserInsertionOffset"/>): the stage's ENV and ARGs up to there, and the ENV its base image is known to set; null
        /// when a variable has no value there the linter knows.
        /// </summary>
        public Func<string, string?>? ExpandAtUserInsertion { get; set; }

        /// <summary>The same at the stage's last USER instruction (where a fix that rewrites its value writes).</summary>
        public Func<string, string?>? ExpandAtUser { get; set; }
    }

    /// <summary>One COPY or ADD instruction of a stage.</summary>
    public sealed class CopyStep
    {
        public CopyStep(string keyword, SourceSpan instruction, Setting<string>? chmod)
        {
            Keyword = keyword;
            Instruction = instruction;
            Chmod = chmod;
        }

        /// <summary><c>COPY</c> or <c>ADD</c>.</summary>
        public string Keyword { get; }

        /// <summary>The whole instruction (findings are reported here).</summary>
        public SourceSpan Instruction { get; }

        /// <summary>The <c>--chmod=</c> value after ARG/ENV substitution; null without the flag.</summary>
        public Setting<string>? Chmod { get; }
    }

    /// <summary>A <c>--name=value</c> flag of a RUN (<c>--security</c>, <c>--network</c>): its value and how a fix removes it.</summary>
    public sealed class RunFlag
    {
        public RunFlag(Setting<string> value, string removalText, int removalOffset)
        {
            Value = value;
            RemovalText = removalText;
            RemovalOffset = removalOffset;
        }

        /// <summary>The value after ARG/ENV substitution, located at the flag.</summary>
        public Setting<string> Value { get; }

        /// <summary>The flag as written with the blanks after it, and where that text starts in the file (-1: unknown).</summary>
        public string RemovalText { get; }
        public int RemovalOffset { get; }
    }

    /// <summary>One RUN instruction of a stage.</summary>
    public sealed class RunStep
    {
        public RunStep(SourceSpan instruction, Setting<string> script, IReadOnlyList<Setting<string>>? execArguments)
        {
            Instruction = instruction;
            Script = script;
            ExecArguments = execArguments;
        }

        /// <summary>The whole instruction (findings are reported here).</summary>
        public SourceSpan Instruction { get; }

        /// <summary>Shell form: the command text with continuations joined and heredoc bodies appended.</summary>
        public Setting<string> Script { get; }

        /// <summary>Exec (JSON) form: the argument vector; null for shell form.</summary>
        public IReadOnlyList<Setting<string>>? ExecArguments { get; }

        /// <summary><c>RUN --security=insecure|sandbox</c> (BuildKit; insecure needs the security.insecure entitlement); null without the flag.</summary>
        public RunFlag? Security { get; set; }

        /// <summary><c>RUN --network=default|none|host</c> (BuildKit); null without the flag.</summary>
        public RunFlag? Network { get; set; }

        /// <summary>The USER in effect when the step runs (set in the stage or inherited); null when none is set.</summary>
        public Setting<string>? User { get; set; }

        /// <summary>
        /// Shell form: the program of the <c>SHELL</c> that runs the step (<c>"sudo"</c> of <c>SHELL ["sudo", "sh", "-c"]</c>), as
        /// written there, the stage's own or one it inherits through <c>FROM &lt;stage&gt;</c>; null for the default shell and exec form.
        /// </summary>
        public Setting<string>? ShellProgram { get; set; }

        /// <summary>The <c>SHELL</c> instruction <see cref="ShellProgram"/> is from (its whole span).</summary>
        public SourceSpan? ShellInstruction { get; set; }

        /// <summary>The argument after <see cref="ShellProgram"/> in that <c>SHELL</c>; null when there is none.</summary>
        public Setting<string>? ShellArgument { get; set; }

        /// <summary>
        /// The USER text, as written, that gives back <see cref="User"/> when written after this step (<c>USER $APP_UID</c>
        /// stays <c>$APP_UID</c>); null when there is no USER or when its variables mean something else here.
        /// </summary>
        public string? UserRestoreText { get; set; }

        /// <summary>The USER instruction <see cref="UserRestoreText"/> is copied from (its whole span).</summary>
        public SourceSpan? UserRestoreSource { get; set; }

        /// <summary>Where text inserted "before this step" goes: above the comment lines directly over it, else its line start.</summary>
        public int InsertionOffset { get; set; } = -1;

        /// <summary>Offset just after the step's last line (heredoc terminators included), its line break included.</summary>
        public int NextLineOffset { get; set; } = -1;

        /// <summary>
        /// Maps an index into <see cref="Script"/>'s value to the file offset of that character, or -1 when the
        /// character was not written in the file as such (joined continuations, escapes); null when unknown.
        /// Lets a rule point a fix at one word of the script (the <c>sudo </c> prefix).
        /// </summary>
        public System.Func<int, int>? ScriptOffsetToFileOffset { get; set; }
    }
}
