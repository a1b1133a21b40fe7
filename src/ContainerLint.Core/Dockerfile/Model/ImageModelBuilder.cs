using System;
using System.Collections.Generic;
using ContainerLint.Dockerfiles.Syntax;
using ContainerLint.Engine;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;
using ContainerLint.Text;

namespace ContainerLint.Dockerfiles.Model
{
    /// <summary>
    /// Reads a parsed Dockerfile into an <see cref="ImageSpec"/>: stages (with the stage they are built FROM), the
    /// effective USER (inherited from that stage), RUN scripts, EXPOSE, VOLUME, values after ARG/ENV substitution.
    /// </summary>
    public static class ImageModelBuilder
    {
        public static ImageSpec Build(DockerfileDocument document, DockerfileRequest request)
        {
            if (document.HasErrors) throw new InvalidOperationException("The document has syntax errors: " + document.Errors[0]);
            return new Builder(document, request).Run();
        }

        private sealed class Builder
        {
            private readonly DockerfileDocument _document;
            private readonly DockerfileRequest _request;
            private readonly char _escape;
            private readonly VariableScope _global = new VariableScope();
            private readonly Dictionary<ISetting, List<string>> _outOfScopeGlobalArgs = new Dictionary<ISetting, List<string>>();
            private readonly Dictionary<StageSpec, List<string>> _onBuildVariables = new Dictionary<StageSpec, List<string>>();
            private readonly Dictionary<ISetting, List<(string, string)>> _setByOnBuildTriggers = new Dictionary<ISetting, List<(string, string)>>();
            private readonly Dictionary<ISetting, List<(string, string, string)>> _inheritedOverUnknownBase = new Dictionary<ISetting, List<(string, string, string)>>();
            private readonly Dictionary<ISetting, List<(string, string, IReadOnlyList<string>)>> _setFromUnknown =
                new Dictionary<ISetting, List<(string, string, IReadOnlyList<string>)>>();
            private readonly Dictionary<ISetting, List<string>> _unevaluated = new Dictionary<ISetting, List<string>>();
            // The names the ONBUILD triggers of the stage the current one is built FROM set, and that stage.
            private (List<string> Names, StageSpec Stage)? _triggerVariables;
            private readonly ExpansionBudget _budget = new ExpansionBudget();
            private readonly List<StageSpec> _stages = new List<StageSpec>();
            private readonly List<VariableScope> _stageScopes = new List<VariableScope>();
            // How many stages each stage takes its variables through (0 for one over an image), and the last stage of each
            // name (stage names match whatever their case).
            private readonly List<int> _stageDepths = new List<int>();
            // The SHELL in effect at the end of each stage so far: a stage built FROM another starts with its shell.
            private readonly List<Instruction?> _stageShells = new List<Instruction?>();
            private Instruction? _shell;
            // The last ONBUILD SHELL of each stage so far: a stage built FROM it runs with that shell.
            private readonly List<Instruction?> _stageOnBuildShells = new List<Instruction?>();
            private readonly Dictionary<string, int> _stageByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

            /// <summary>
            /// How many stages, each built FROM the one before, a stage takes the variables of: past that it takes none, as if
            /// built over an image the linter does not know (its variables unknown, not unset; its user still the chain's).
            /// Each stage keeps a copy of the variables it was given, so a chain of thousands each adding an ENV took memory
            /// in the square of its length (audit 108 B108-5: 16,000 stages, 3.7 GB; audit 110 D110-2: also through FROM
            /// ${P}). Not a CTL9001: the stages off the chain, and what does not depend on its variables, are linted as usual
            /// (audit 110 D110-1).
            /// </summary>
            internal const int MaxVariableChain = 128;

            private StageSpec? _stage;
            private VariableScope? _scope;
            private Instruction? _lastInStage;
            private Instruction? _userInsertionBefore;
            private VariableScope? _scopeAtUserInsertion;
            // The stage's ONBUILD RUN triggers, each with the ONBUILD USER in effect before it (null: none yet).
            private readonly List<(RunStep Trigger, Setting<string>? OnBuildUser, Instruction? OnBuildShell)> _triggers =
                new List<(RunStep, Setting<string>?, Instruction?)>();
            private Setting<string>? _onBuildUser;
            // The last ONBUILD SHELL so far: the triggers after it run with it in a build FROM the image (audit 148 H148-2).
            private Instruction? _onBuildShell;
            private SourceSpan? _onBuildUserInstruction;

            // Dockerfile reference, "Automatic platform ARGs in the global scope": BuildKit sets these before the first FROM,
            // to the platform of the build; a stage sees them after ARG NAME. The value is not known here, but it is set.
            private static readonly string[] PlatformArgs =
            {
                "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            };

            public Builder(DockerfileDocument document, DockerfileRequest request)
            {
                _document = document;
                _request = request;
                _escape = document.EscapeChar;
                foreach (var name in PlatformArgs) _global.SetArg(name, PartialValue.Mark(name));
            }

            public ImageSpec Run()
            {
                var instructions = _document.Instructions;
                // Whether a USER, or a RUN, comes later in the same stage: the variables are kept as they stand at a USER (and
                // at the CMD a USER would be inserted before) only where no later one replaces them. A copy at each of them made
                // a stage of n USER and ENV lines take time and memory in n² (16,000 of each: 3 s and 4 GB).
                var userLater = new bool[instructions.Count];
                var runLater = new bool[instructions.Count];
                for (int i = instructions.Count - 1, user = 0, run = 0; i >= 0; i--)
                {
                    userLater[i] = user > 0;
                    runLater[i] = run > 0;
                    switch (instructions[i].Keyword)
                    {
                        case "FROM": user = run = 0; break;
                        case "USER": user++; break;
                        case "RUN": run++; break;
                    }
                }
                for (var index = 0; index < instructions.Count; index++)
                {
                    var instruction = instructions[index];
                    if (instruction.Keyword == "FROM")
                    {
                        FinishStage();
                        StartStage(instruction);
                        continue;
                    }
                    if (_stage is null || _scope is null)
                    {
                        if (instruction.Keyword == "ARG") DeclareArgs(instruction, _global, isGlobal: true);
                        continue;
                    }
                    _lastInStage = instruction;
                    switch (instruction.Keyword)
                    {
                        case "ARG": DeclareArgs(instruction, _scope, isGlobal: false); break;
                        case "ENV": SetEnv(instruction, _scope); break;
                        case "USER": SetUser(instruction, _stage, _scope, keepVariables: !userLater[index]); break;
                        case "EXPOSE": AddPorts(instruction, _stage, _scope); break;
                        case "VOLUME": AddVolumes(instruction, _stage, _scope); break;
                        case "COPY":
                        case "ADD":
                            var chmod = instruction.FindFlag("chmod")?.Value;
                            _stage.Copies.Add(new CopyStep(instruction.Keyword, instruction.Span,
                                chmod is null ? null : MakeSetting(chmod, instruction.Span, _scope)));
                            break;
                        case "SHELL":
                            if (instruction.JsonArguments is { Count: > 0 })
                                _stageShells[_stageShells.Count - 1] = _shell = instruction;
                            break;
                        case "RUN":
                            var step = ReadRun(instruction, _stage, _scope);
                            if (step.ExecArguments is null) SetShell(step, _shell);
                            _stage.Runs.Add(step);
                            // A USER inserted before a CMD that RUNs follow would change what those RUNs run as.
                            _userInsertionBefore = null;
                            break;
                        case "CMD":
                        case "ENTRYPOINT":
                            if (_userInsertionBefore is null)
                            {
                                _userInsertionBefore = instruction;
                                _scopeAtUserInsertion = runLater[index] ? null : _scope.Snapshot();
                            }
                            break;
                        case "ONBUILD":
                            if (instruction.SubInstruction is { Keyword: "RUN" } trigger)
                            {
                                _stage.HasOnBuildRun = true;
                                var run = ReadRunArguments(trigger);
                                run.Security = OnBuildFlag(trigger, "security");
                                run.Network = OnBuildFlag(trigger, "network");
                                _stage.OnBuildRuns.Add(run);
                                _triggers.Add((run, _onBuildUser, _onBuildShell));
                            }
                            else if (instruction.SubInstruction is { Keyword: "USER" } onBuildUser)
                            {
                                _onBuildUser = OnBuildUser(onBuildUser);
                                _onBuildUserInstruction = instruction.Span;
                            }
                            else if (instruction.SubInstruction is { Keyword: "SHELL", JsonArguments.Count: > 0 } onBuildShell)
                                _onBuildShell = onBuildShell;
                            else if (instruction.SubInstruction is { Keyword: "ENV" or "ARG" } setter)
                                AddOnBuildVariables(setter, _stage);
                            // Its mode is expanded where it runs (StartStage): a variable leaves it unknown here.
                            else if (instruction.SubInstruction is { Keyword: "COPY" or "ADD" } copy && copy.FindFlag("chmod")?.Value is { } onBuildChmod)
                                _stage.OnBuildCopies.Add(new CopyStep(copy.Keyword, copy.Span, onBuildChmod.IndexOf('$') >= 0
                                    ? Setting<string>.Unresolved(copy.Span, onBuildChmod, new[] { onBuildChmod })
                                    : new Setting<string>(onBuildChmod, copy.Span, onBuildChmod)));
                            break;
                    }
                }
                FinishStage();

                var final = _stages[_stages.Count - 1];
                if (_request.Target is { } target)
                    foreach (var s in _stages)
                        if (s.IsNamed(target)) final = s;
                return new ImageSpec(_document.Path, _stages, final)
                {
                    BuildArgsFromEnvironment = _request.BuildArgsFromEnvironment,
                    OutOfScopeGlobalArgs = ReadOnly(_outOfScopeGlobalArgs),
                    SetByOnBuildTriggers = ReadOnly(_setByOnBuildTriggers),
                    InheritedOverUnknownBase = ReadOnly(_inheritedOverUnknownBase),
                    SetFromUnknown = ReadOnly(_setFromUnknown),
                    UnevaluatedPatterns = ReadOnly(_unevaluated),
                };
            }

            private void StartStage(Instruction from)
            {
                var words = from.Words;
                var image = words[0];
                var baseImage = MakeSetting(image.Text, image.Span, _global);
                var stage = new StageSpec(_stages.Count, from.Span, baseImage)
                {
                    Name = words.Count == 3 ? words[2].Text : null,
                };
                VariableScope? parentScope = null;
                var depth = 0;
                if (baseImage.IsKnown && _stageByName.TryGetValue(baseImage.Value, out var k))
                {
                    stage.Parent = _stages[k];
                    depth = _stageDepths[k] + 1;
                    if (depth <= MaxVariableChain) parentScope = _stageScopes[k];
                    else depth = 0;
                }
                if (stage.Parent is { } parent)
                {
                    stage.User = parent.User;
                    stage.UserInstruction = parent.UserInstruction;
                    stage.UserFromOnBuildOf = parent.UserFromOnBuildOf;
                    stage.WhyUserIsEmpty = parent.WhyUserIsEmpty;
                    stage.BaseImageReference = null;
                }
                else if (!baseImage.IsKnown) stage.BaseImageReference = PlatformReference(baseImage);
                _stage = stage;
                _scope = new VariableScope(parentScope, stage.Parent?.Name);
                // FROM a stage of the file runs that stage's ONBUILD triggers first (BuildKit's initOnBuildTriggers): the
                // variables an ONBUILD ENV or ARG sets have values here, which the linter does not work out.
                _triggerVariables = null;
                if (stage.Parent is { } built && _onBuildVariables.TryGetValue(built, out var names))
                {
                    foreach (var name in names) _scope.SetEnv(name, string.Empty, known: false);
                    _triggerVariables = (names, built);
                }
                // ... an ONBUILD COPY --chmod's mode is expanded here, where the trigger runs (audit 65 U3: ONBUILD COPY
                // --chmod=${M:-4755} sets the setuid bit in this stage) ...
                if (stage.Parent is { } copier)
                    foreach (var copy in copier.OnBuildCopies)
                        stage.TriggeredCopies.Add(copy.Chmod is { IsKnown: false } mode
                            ? new CopyStep(copy.Keyword, copy.Instruction, MakeSetting(mode.Text, mode.Span, _scope))
                            : copy);
                // ... and an ONBUILD USER there is the user of this stage from then on (audit 61 Y1), its variables expanded
                // here too.
                if (stage.Parent is { OnBuildUser: { } onBuildUser } triggered)
                {
                    stage.User = MakeSetting(onBuildUser.Text, onBuildUser.Span, _scope);
                    stage.UserInstruction = triggered.OnBuildUserInstruction;
                    stage.UserFromOnBuildOf = triggered.Name ?? "#" + triggered.Index;
                    stage.WhyUserIsEmpty = null;
                }
                if (stage.Parent is null && stage.BaseImageReference is { } reference)
                {
                    var facts = BaseImages.Of(reference);
                    foreach (var env in facts.Environment) _scope.SetBaseEnv(env.Key, env.Value);
                    _scope.SetBaseImageKnowledge(facts.EnvironmentIsComplete, facts.UnsetNames, _request.UnknownVariables);
                }
                _stages.Add(stage);
                _stageScopes.Add(_scope);
                _stageDepths.Add(depth);
                _shell = stage.Parent is null ? null : _stageShells[stage.Parent.Index];
                // ... and an ONBUILD SHELL there is the shell of this stage's shell-form RUNs (audit 149 I149-2), as an
                // ONBUILD USER is its user.
                if (stage.Parent is { } shellTriggered && _stageOnBuildShells[shellTriggered.Index] is { } onBuildShell) _shell = onBuildShell;
                _stageOnBuildShells.Add(null);
                _stageShells.Add(_shell);
                if (stage.Name is { } stageName) _stageByName[stageName] = _stages.Count - 1;
                _lastInStage = from;
                _userInsertionBefore = null;
                _triggers.Clear();
                _onBuildUser = null;
                _onBuildShell = null;
                _onBuildUserInstruction = null;
            }

            /// <summary>
            /// <c>FROM ubuntu:${TARGETARCH}</c>: the reference with its platform parts written <c>${NAME}</c>, when nothing
            /// else is unknown and no earlier stage's name fits it (<c>FROM base-${TARGETARCH}</c> after <c>AS base-amd64</c>
            /// builds on a stage, which one the platform decides); null otherwise.
            /// </summary>
            private string? PlatformReference(Setting<string> baseImage)
            {
                if (baseImage.Partial is not { } partial || baseImage.PlatformVariables.Count != baseImage.UnresolvedVariables.Count) return null;
                var pattern = new System.Text.StringBuilder(partial.Length);
                var inMark = false;
                foreach (var c in partial)
                {
                    if (c == PartialValue.MarkStart) inMark = true;
                    else if (c == PartialValue.MarkEnd)
                    {
                        inMark = false;
                        pattern.Append('*');
                    }
                    else if (!inMark) pattern.Append(c == '*' || c == '?' ? '?' : c);
                }
                foreach (var stage in _stages)
                    if (stage.Name is { } name && NonRootImages.MatchesWildcard(name, pattern.ToString())) return null;
                return PartialValue.Display(partial);
            }

            /// <summary>A SHELL (none: the default shell) as the one that runs a shell-form step.</summary>
            private static void SetShell(RunStep step, Instruction? instruction)
            {
                if (instruction?.JsonArguments is not { } shell) return;
                step.ShellProgram = new Setting<string>(shell[0].Text, shell[0].Span, shell[0].Raw);
                step.ShellInstruction = instruction.Span;
                if (shell.Count > 1) step.ShellArgument = new Setting<string>(shell[1].Text, shell[1].Span, shell[1].Raw);
            }

            private void FinishStage()
            {
                if (_stage is null || _lastInStage is null) return;
                // A build FROM the image runs the triggers in order right after its FROM (BuildKit dispatchOnBuildTriggers):
                // as the image's user, until an ONBUILD USER changes it for the triggers after it.
                foreach (var (trigger, onBuildUser, onBuildShell) in _triggers)
                {
                    trigger.User = onBuildUser ?? _stage.User;
                    // ... and with the image's shell, the last SHELL of the stage, which the image's config keeps (audit 147
                    // G147-2), until an ONBUILD SHELL changes it for the triggers after it.
                    if (trigger.ExecArguments is null) SetShell(trigger, onBuildShell ?? _shell);
                }
                _stage.OnBuildUser = _onBuildUser;
                _stage.OnBuildUserInstruction = _onBuildUserInstruction;
                _stageOnBuildShells[_stage.Index] = _onBuildShell;
                _stage.UserInsertionOffset = _userInsertionBefore?.InsertionOffset ?? _lastInStage.NextLineOffset;
                _stage.ExpandAtUserInsertion = Expander(_userInsertionBefore is null ? _scope : _scopeAtUserInsertion);
            }

            /// <summary>What a text with variables expands to with <paramref name="scope"/>'s variables; null when one has no value there.</summary>
            private Func<string, string?>? Expander(VariableScope? scope)
            {
                if (scope is null) return null;
                var escape = _escape;
                return text => VariableExpander.Expand(text, scope, escape) is { IsResolved: true } e ? e.Value : null;
            }

            /// <summary><c>ARG a=1 b</c>. In a stage, <c>ARG X</c> imports the global X; a build arg wins over defaults.</summary>
            private void DeclareArgs(Instruction instruction, VariableScope scope, bool isGlobal)
            {
                foreach (var word in instruction.Words)
                {
                    var text = word.Text;
                    var eq = text.IndexOf('=');
                    var name = eq < 0 ? text : text.Substring(0, eq);
                    if (name.Length == 0) continue;
                    if (_request.BuildArgs.TryGetValue(name, out var given))
                    {
                        scope.SetArg(name, given);
                        continue;
                    }
                    // --build-arg NAME: the value of NAME in docker build's environment, or, when it has none, the default.
                    if (System.Linq.Enumerable.Contains(_request.BuildArgsFromEnvironment, name))
                    {
                        scope.SetArg(name, null, known: false);
                        continue;
                    }
                    if (eq >= 0)
                    {
                        var expansion = VariableExpander.Expand(text.Substring(eq + 1), scope, _escape, _budget);
                        scope.SetArg(name, expansion.Value, expansion.IsResolved || expansion.IsPlatformOnly, expansion.Unresolved, unevaluated: expansion.Unevaluated);
                        continue;
                    }
                    // ARG TARGETARCH before the first FROM declares what BuildKit sets anyway: the platform's value stays.
                    if (isGlobal && scope.LookupArg(name, out _) == VariableState.Platform) continue;
                    if (!isGlobal && _global.HasArg(name))
                    {
                        var state = _global.LookupArg(name, out var value);
                        var derived = _global.SetFromUnknown(name);
                        scope.SetArg(name, state == VariableState.Unset ? null : value, state != VariableState.Unknown, derived?.From, fromGlobalScope: true, derived?.Unevaluated);
                        continue;
                    }
                    // ARG X again, or in a stage built FROM one that declared it: BuildKit's dispatchArg adds no value, so
                    // the one X has stays.
                    if (scope.HasArg(name)) continue;
                    scope.SetArg(name, null);
                }
            }

            /// <summary><c>ENV K=V K2=V2</c> or the legacy <c>ENV K V</c>; all values see the variables before the instruction.</summary>
            private void SetEnv(Instruction instruction, VariableScope scope)
            {
                var words = instruction.Words;
                if (words.Count == 0) return;
                if (words[0].Text.IndexOf('=') < 0)
                {
                    var line = instruction.Line.Text;
                    var valueStart = words[0].EndIndex;
                    while (valueStart < instruction.ArgumentsEndIndex && WordSplitter.IsBlank(line[valueStart])) valueStart++;
                    var raw = line.Substring(valueStart, instruction.ArgumentsEndIndex - valueStart);
                    var e = VariableExpander.Expand(raw, scope, _escape, _budget);
                    scope.SetEnv(words[0].Text, e.Value, e.IsResolved || e.IsPlatformOnly, e.Unresolved, e.Unevaluated);
                    return;
                }
                var assignments = new List<(string Name, Expansion Value)>(words.Count);
                foreach (var word in words)
                {
                    var eq = word.Text.IndexOf('=');
                    if (eq <= 0) continue;
                    assignments.Add((word.Text.Substring(0, eq), VariableExpander.Expand(word.Text.Substring(eq + 1), scope, _escape, _budget)));
                }
                foreach (var (name, value) in assignments) scope.SetEnv(name, value.Value, value.IsResolved || value.IsPlatformOnly, value.Unresolved, value.Unevaluated);
            }

            /// <summary>The names an <c>ONBUILD ENV</c> or <c>ONBUILD ARG</c> of <paramref name="stage"/> sets (<c>K=V</c>, or the legacy <c>ENV K V</c>).</summary>
            private void AddOnBuildVariables(Instruction setter, StageSpec stage)
            {
                if (!_onBuildVariables.TryGetValue(stage, out var names)) _onBuildVariables[stage] = names = new List<string>();
                var words = setter.Words;
                for (var i = 0; i < words.Count; i++)
                {
                    var text = words[i].Text;
                    var eq = text.IndexOf('=');
                    if (eq > 0) names.Add(text.Substring(0, eq));
                    else if (setter.Keyword == "ARG") names.Add(text);
                    else if (i == 0)
                    {
                        names.Add(text);
                        break;
                    }
                }
            }

            private void SetUser(Instruction instruction, StageSpec stage, VariableScope scope, bool keepVariables)
            {
                stage.ExpandAtUser = keepVariables ? Expander(scope.Snapshot()) : null;
                var unset = new UnsetNamesRecorder(scope);
                stage.User = MakeSetting(instruction.ArgumentsText, instruction.ArgumentsSpan, unset);
                stage.UserInstruction = instruction.Span;
                stage.UserFromOnBuildOf = null;
                stage.WhyUserIsEmpty = stage.User.IsKnown && UserNames.IsEmptyDockerfileUser(stage.User.Value) && unset.Names.Count > 0
                    ? string.Join("; ", unset.Names.ConvertAll(name => WhyUnset(name, stage)))
                    : null;
            }

            private string WhyUnset(string name, StageSpec stage) =>
                _global.HasArg(name)
                    ? name + " is an ARG of the global scope, which a stage sees only after ARG " + name
                    : name + " is set neither in the stage nor by its base image '" + stage.Root.BaseImageReference + "'";

            /// <summary>The variables a lookup found without a value for certain (<see cref="VariableScope.IsUnsetForCertain"/>).</summary>
            private sealed class UnsetNamesRecorder : IVariableScope
            {
                private readonly VariableScope _scope;

                public UnsetNamesRecorder(VariableScope scope) => _scope = scope;

                public VariableScope Scope => _scope;

                public List<string> Names { get; } = new List<string>();

                public VariableState Lookup(string name, out string value)
                {
                    if (_scope.IsUnsetForCertain(name) && !Names.Contains(name)) Names.Add(name);
                    return _scope.Lookup(name, out value);
                }
            }

            /// <summary>
            /// The user an <c>ONBUILD USER</c> sets in the builds FROM the image. Its variables are expanded there, with that
            /// build's environment, which this file does not show: a value with one is not resolved.
            /// </summary>
            private static Setting<string> OnBuildUser(Instruction user)
            {
                var text = user.ArgumentsText;
                return text.IndexOf('$') >= 0 ? Setting<string>.Unresolved(user.ArgumentsSpan, text, new[] { text })
                    : new Setting<string>(text, user.ArgumentsSpan, text);
            }

            private void AddPorts(Instruction instruction, StageSpec stage, VariableScope scope)
            {
                foreach (var word in instruction.Words)
                    stage.ExposedPorts.Add(MakeSetting(word.Text, instruction.Span, scope));
            }

            private void AddVolumes(Instruction instruction, StageSpec stage, VariableScope scope)
            {
                var items = instruction.JsonArguments ?? instruction.Words;
                foreach (var item in items)
                    if (item.Text.Length > 0)
                        stage.Volumes.Add(MakeSetting(item.Text, instruction.Span, scope));
            }

            private RunStep ReadRun(Instruction instruction, StageSpec stage, VariableScope scope)
            {
                var run = ReadRunArguments(instruction);
                run.Security = ReadFlag(instruction, "security", scope);
                run.Network = ReadFlag(instruction, "network", scope);
                run.InsertionOffset = instruction.InsertionOffset;
                run.NextLineOffset = instruction.NextLineOffset;
                if (stage.User is { } user)
                {
                    run.User = user;
                    run.UserRestoreText = MeansTheSameHere(user, scope) ? user.Text : null;
                    run.UserRestoreSource = stage.UserInstruction;
                }
                return run;
            }

            /// <summary>
            /// Whether the USER text, written again at this point of the stage, gives the same user: its variables may have
            /// changed since (a later ENV or ARG), or be out of scope (a USER inherited from another stage with its ARGs).
            /// </summary>
            private bool MeansTheSameHere(Setting<string> user, VariableScope scope)
            {
                if (user.Text.IndexOf('$') < 0) return true;
                var again = MakeSetting(user.Text, user.Span, scope);
                if (user.IsKnown) return again.IsKnown && again.Value == user.Value;
                if (again.IsKnown || again.UnresolvedVariables.Count != user.UnresolvedVariables.Count) return false;
                foreach (var v in user.UnresolvedVariables)
                    if (!System.Linq.Enumerable.Contains(again.UnresolvedVariables, v)) return false;
                return true;
            }

            private RunFlag? ReadFlag(Instruction instruction, string name, VariableScope scope)
            {
                if (instruction.FindFlag(name) is not { Value: { } value } flag) return null;
                return new RunFlag(MakeSetting(value, flag.Span, scope), flag.TextWithBlanks, flag.Span.HasOffsets ? flag.Span.StartOffset : -1);
            }

            /// <summary>A flag of an <c>ONBUILD RUN</c>: its variables are expanded in the build FROM the image (see <see cref="OnBuildUser"/>).</summary>
            private static RunFlag? OnBuildFlag(Instruction trigger, string name)
            {
                if (trigger.FindFlag(name) is not { Value: { } value } flag) return null;
                var setting = value.IndexOf('$') >= 0 ? Setting<string>.Unresolved(flag.Span, value, new[] { value })
                    : new Setting<string>(value, flag.Span, value);
                return new RunFlag(setting, flag.TextWithBlanks, flag.Span.HasOffsets ? flag.Span.StartOffset : -1);
            }

            private static RunStep ReadRunArguments(Instruction instruction)
            {
                if (instruction.JsonArguments is { } json)
                {
                    var args = new List<Setting<string>>(json.Count);
                    var values = new string[json.Count];
                    for (var k = 0; k < json.Count; k++)
                    {
                        args.Add(new Setting<string>(json[k].Text, json[k].Span, json[k].Raw));
                        values[k] = json[k].Text;
                    }
                    var joined = string.Join(" ", values);
                    return new RunStep(instruction.Span, new Setting<string>(joined, instruction.Span, instruction.ArgumentsText), args);
                }

                var script = RunScript(instruction);
                return new RunStep(instruction.Span, new Setting<string>(script.Text, instruction.Span, instruction.ArgumentsText), null)
                {
                    ScriptOffsetToFileOffset = script.ToFileOffset,
                };
            }

            /// <summary>
            /// The script the shell runs, as BuildKit builds it (dockerfile2llb dispatchRun): a command that is only a
            /// heredoc runs the heredoc's body; otherwise each heredoc is appended as "\n" + body + delimiter, for the shell.
            /// </summary>
            private static MappedText RunScript(Instruction instruction)
            {
                var builder = new MappedTextBuilder();
                var heredocs = instruction.Heredocs;
                if (heredocs.Count > 0 && instruction.Words.Count == 1 && ReferenceEquals(heredocs[0].Marker, instruction.Words[0]))
                {
                    builder.AppendFrom(heredocs[0].Body, 0, heredocs[0].Body.Length);
                    return builder.Build();
                }
                builder.AppendFrom(instruction.Line, instruction.ArgumentsStartIndex, instruction.ArgumentsEndIndex);
                foreach (var heredoc in heredocs)
                {
                    builder.AppendSynthetic('\n');
                    builder.AppendFrom(heredoc.Body, 0, heredoc.Body.Length);
                    builder.AppendSynthetic(heredoc.Delimiter);
                }
                return builder.Build();
            }

            private Setting<string> MakeSetting(string raw, SourceSpan span, IVariableScope scope)
            {
                var e = VariableExpander.Expand(raw, scope, _escape, _budget);
                if (e.IsResolved) return new Setting<string>(e.Value, span, raw);
                Setting<string> setting;
                if (e.Platform is not { Count: > 0 } platform) setting = Setting<string>.Unresolved(span, raw, e.Unresolved!, e.Partial);
                else
                {
                    var variables = new List<string>(platform);
                    if (e.Unresolved is not null)
                        foreach (var v in e.Unresolved)
                            if (!variables.Contains(v)) variables.Add(v);
                    setting = Setting<string>.Unresolved(span, raw, variables, e.Partial, platform);
                }
                if (e.Unevaluated is not null && e.Unresolved is not null)
                    foreach (var name in e.Unevaluated)
                        if (System.Linq.Enumerable.Contains(e.Unresolved, name)) AddNote(_unevaluated, setting, name);
                var stageScope = scope as VariableScope ?? (scope as UnsetNamesRecorder)?.Scope;
                if (stageScope is null || e.Unresolved is null) return setting;
                foreach (var (name, inGlobalScope) in WhyUnresolved(e.Unresolved, stageScope, setting))
                {
                    if (!ReferenceEquals(stageScope, _global) && !inGlobalScope && _global.HasArg(name) && !stageScope.HasArg(name)
                        && _global.LookupArg(name, out _) != VariableState.Platform)
                        AddNote(_outOfScopeGlobalArgs, setting, name);
                    if (ReferenceEquals(stageScope, _scope) && _triggerVariables is var (triggered, stage)
                        && triggered.Contains(name) && stageScope.IsUnknownFromTrigger(name))
                        AddNote(_setByOnBuildTriggers, setting, (name, stage.Name ?? "#" + stage.Index));
                    if (stageScope.StageOfArgInheritedOverUnknownBase(name) is { } declaredIn)
                        AddNote(_inheritedOverUnknownBase, setting, (name, declaredIn, RootImageOf(declaredIn)));
                }
                return setting;
            }

            /// <summary>
            /// The unresolved variables of a value and, for each that an ENV or ARG set from other unresolved variables
            /// (<c>ENV Y=$X</c>), those too, as far as they go back; the latter are noted for the setting
            /// (<see cref="ImageSpec.SetFromUnknown"/>) so that the message can say why Y's value is unknown. With each,
            /// whether it was read in the global scope (the stage's own scope does not matter to it then).
            /// </summary>
            private List<(string Name, bool InGlobalScope)> WhyUnresolved(IReadOnlyList<string> unresolved, VariableScope scope, ISetting setting)
            {
                var names = new List<(string Name, bool InGlobalScope)>(unresolved.Count);
                foreach (var name in unresolved) names.Add((name, false));
                for (var k = 0; k < names.Count; k++)
                {
                    var (variable, inGlobalScope) = names[k];
                    var derived = inGlobalScope ? _global.SetFromUnknown(variable) : scope.SetFromUnknown(variable);
                    if (derived is not var (instruction, from, fromGlobalScope, unevaluated)) continue;
                    AddNote(_setFromUnknown, setting, (variable, instruction, from));
                    if (unevaluated is not null)
                        foreach (var name in unevaluated)
                            if (!_unevaluated.TryGetValue(setting, out var noted) || !noted.Contains(name)) AddNote(_unevaluated, setting, name);
                    foreach (var name in from)
                        if (!names.Exists(n => n.Name == name)) names.Add((name, inGlobalScope || fromGlobalScope));
                }
                return names;
            }

            /// <summary>The image the chain of stages ending in the stage named <paramref name="stageName"/> starts FROM.</summary>
            private string RootImageOf(string stageName)
            {
                for (var k = _stages.Count - 1; k >= 0; k--)
                {
                    if (!string.Equals(_stages[k].Name, stageName, StringComparison.OrdinalIgnoreCase)) continue;
                    var root = _stages[k];
                    while (root.Parent is { } parent) root = parent;
                    return root.BaseImage.IsKnown ? root.BaseImage.Value : root.BaseImage.Text;
                }
                return stageName;
            }

            private static Dictionary<ISetting, IReadOnlyList<T>> ReadOnly<T>(Dictionary<ISetting, List<T>> notes)
            {
                var result = new Dictionary<ISetting, IReadOnlyList<T>>(notes.Count);
                foreach (var note in notes) result.Add(note.Key, note.Value);
                return result;
            }

            private static void AddNote<T>(Dictionary<ISetting, List<T>> notes, ISetting setting, T note)
            {
                if (!notes.TryGetValue(setting, out var list)) notes[setting] = list = new List<T>();
                list.Add(note);
            }
        }
    }
}
