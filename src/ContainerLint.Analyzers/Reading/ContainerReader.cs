using System;
using System.Collections.Generic;
using System.Text;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;
using ContainerLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// Turns what a method writes into Docker.DotNet models into <see cref="ContainerSpec"/>s, the model the rules
    /// read. Values the analyzer cannot prove are left out (rules.md, "Values that are not constants").
    /// </summary>
    internal sealed class ContainerReader
    {
        private static readonly string[] UnknownExpression = { "a non-constant expression" };

        private readonly Values _values;
        private readonly ObjectReader _objects;

        public ContainerReader(Values values)
        {
            _values = values;
            _objects = new ObjectReader(values);
        }

        public ObjectReader Objects => _objects;

        public Values Values => _values;

        /// <summary>
        /// The settings of a HostConfig. <paramref name="variants"/> receives extra containers for the other branches
        /// of conditional scalar values (<c>Privileged = debug ? true : false</c>); they report no omissions.
        /// </summary>
        public void ReadHostConfig(ModelObject hostConfig, ContainerSpec spec, List<ContainerSpec> variants)
        {
            // Each read below returns at once for a property the method never writes (ObjectReader.IsWritten).
            Scalar(BoolSettings(hostConfig, "Privileged", preferFalse: false), spec, variants, (s, v) => s.Privileged = v);
            // The false branch of a conditional ReadonlyRootfs leaves the root file system writable: read it first.
            Scalar(BoolSettings(hostConfig, "ReadonlyRootfs", preferFalse: true), spec, variants, (s, v) => s.ReadOnlyRootfs = v);
            Scalar(StringSettings(hostConfig, "PidMode"), spec, variants, (s, v) => s.PidMode = v);
            Scalar(StringSettings(hostConfig, "IpcMode"), spec, variants, (s, v) => s.IpcMode = v);
            Scalar(StringSettings(hostConfig, "NetworkMode"), spec, variants, (s, v) => s.NetworkMode = v);
            Scalar(StringSettings(hostConfig, "UsernsMode"), spec, variants, (s, v) => s.UsernsMode = v);
            Scalar(StringSettings(hostConfig, "UTSMode"), spec, variants, (s, v) => s.UtsMode = v);
            Scalar(StringSettings(hostConfig, "CgroupnsMode"), spec, variants, (s, v) => s.CgroupnsMode = v);
            Scalar(StringSettings(hostConfig, "CgroupParent"), spec, variants, (s, v) => s.CgroupParent = v);

            spec.CapAdd.AddRange(StringElements(hostConfig, "CapAdd"));
            // What the omission rules look for (CTL2003, CTL4001): an entry the analyzer cannot read may be it.
            ReadEntriesMayBeUnknown(hostConfig, "CapDrop", spec.CapDrop);
            ReadEntriesMayBeUnknown(hostConfig, "SecurityOpt", spec.SecurityOpt);
            spec.DeviceCgroupRules.AddRange(StringElements(hostConfig, "DeviceCgroupRules"));
            ReadDevices(hostConfig, spec);
            spec.MaskedPathCount = PathCount(hostConfig, "MaskedPaths");
            spec.ReadonlyPathCount = PathCount(hostConfig, "ReadonlyPaths");
            ReadBinds(hostConfig, spec);
            ReadMounts(hostConfig, spec);
            ReadTmpfs(hostConfig, spec);
        }

        /// <summary>
        /// What a method writes into request parameters it was handed (a Testcontainers modifier, a helper): their user,
        /// the exec's privileged flag, and the settings of the HostConfig they already hold. A HostConfig the method
        /// creates for them instead is read where it is created; the one it obtains (<paramref name="isObtained"/> of the one value
        /// given: <c>p.HostConfig ??= Defaults()</c>) is read through them, and so is what is written through a HostConfig
        /// property given several values (<see cref="ReadHostConfigOfSeveralValues"/>).
        /// </summary>
        public void ReadHandedParameters(ModelObject parameters, bool isExec, ContainerSpec spec, List<ContainerSpec> variants,
            Func<IOperation, bool>? isObtained = null)
        {
            ReadProcessSettings(parameters, spec, variants, readPrivileged: isExec);
            if (isExec) return;
            var given = _objects.Assignments(parameters, "HostConfig");
            if (given.Count == 0 || isObtained is not null && given.Count == 1 && isObtained(given[0]))
                ReadHostConfig(_objects.Child(parameters, "HostConfig"), spec, variants);
            else
                ReadHostConfigOfSeveralValues(parameters, variants);
        }

        /// <summary>
        /// The HostConfig the <c>HostConfig</c> property of request parameters holds when the method gives it several values,
        /// read through the property (<see cref="ObjectReader.HeldAfterSeveralValues"/>): what is written through it is reported
        /// at the write, nothing it lacks. As for a HostConfig placed there (HostConfigAnalyzer.HostConfigReplacement), a write that
        /// a later value of the property replaces on every path, before anything uses the parameters, configures no container,
        /// and one a later value replaces on some paths only may be undone; a later value that names the parameters
        /// (<c>p.HostConfig = Copy(p.HostConfig)</c>) may keep the object, and replaces nothing.
        /// </summary>
        public void ReadHostConfigOfSeveralValues(ModelObject parameters, List<ContainerSpec> containers)
        {
            if (_objects.HeldAfterSeveralValues(parameters, "HostConfig") is not { } held) return;
            var scope = _values.Scope;
            var paths = new List<AccessPath>(held.Paths);
            List<IAssignmentOperation>? replacements = null;
            foreach (var path in paths)
                if (path.Members.Length > 0 && path.Members[path.Members.Length - 1] == "HostConfig")
                    foreach (var write in scope.PropertyWrites(path.Prefix(path.Members.Length - 1), "HostConfig"))
                        if (write is not ICoalesceAssignmentOperation && !AccessPath.AnyRootNamedIn(write.Value.Syntax, paths))
                            (replacements ??= new List<IAssignmentOperation>()).Add(write);
            var first = containers.Count;
            containers.Add(new ContainerSpec("HostConfig", SourceSpans.Of(parameters.Node)) { ReportsOmissions = false });
            ReadHostConfig(held, containers[first], containers);
            if (replacements is null) return;
            replacements.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            var root = parameters.Node.SyntaxTree.GetRoot();
            for (var i = first; i < containers.Count; i++)
                SettingFates.Rewrite(containers[i], span => FateOfWrite(span, root, replacements, scope));
        }

        /// <summary>What the later values of the property holding the object make of a setting written at <paramref name="span"/>.</summary>
        private static Fate FateOfWrite(SourceSpan span, SyntaxNode root, List<IAssignmentOperation> replacements, MethodScope scope)
        {
            // A value borrowed from a static readonly field (elsewhere, or in another file) is not where it is written: kept.
            if (span.StartOffset < 0 || span.EndOffset > root.FullSpan.End || span.Path != (root.SyntaxTree.FilePath ?? string.Empty)) return Fate.Kept;
            var at = root.FindNode(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(span.StartOffset, span.EndOffset), getInnermostNodeForTie: true);
            if (MethodScope.Function(at) is not { } function || MethodScope.Function(replacements[0].Syntax) != function) return Fate.Kept;
            List<IAssignmentOperation>? later = null;
            foreach (var write in replacements)
                if (write.Syntax.SyntaxTree == at.SyntaxTree && write.Syntax.SpanStart > at.Span.End && !PathCoverage.AreExclusive(at, write.Syntax))
                    (later ??= new List<IAssignmentOperation>()).Add(write);
            if (later is null) return Fate.Kept;
            var values = new List<SyntaxNode>(later.Count);
            foreach (var write in later) values.Add(write.Value.Syntax);
            if (PathCoverage.IsReplacedOnEveryPath(at, values) && !scope.ReturnsBetween(at.SpanStart, later[later.Count - 1].Syntax))
                return PathCoverage.IsUsedBeforeReplaced(at, later) ? Fate.Kept : Fate.Dropped;
            return PathCoverage.IsUsedBeforeFirst(at, later, scope) ? Fate.Kept : Fate.MayBeUndone;
        }

        /// <summary>The user (and, for exec, the privileged flag) of CreateContainerParameters, Config or exec parameters.</summary>
        public void ReadProcessSettings(ModelObject parameters, ContainerSpec spec, List<ContainerSpec> variants, bool readPrivileged)
        {
            // What an exec sets is its process's, not the container's: the messages say so.
            if (readPrivileged) spec.Process = "the exec process";
            Scalar(StringSettings(parameters, "User", UserParts), spec, variants, (s, v) => s.User = v);
            if (readPrivileged)
                Scalar(BoolSettings(parameters, "Privileged", preferFalse: false), spec, variants, (s, v) => s.Privileged = v);
        }

        private static void Scalar<T>(IReadOnlyList<Setting<T>> candidates, ContainerSpec spec, List<ContainerSpec> variants,
            Action<ContainerSpec, Setting<T>> set)
        {
            if (candidates.Count == 0) return;
            set(spec, candidates[0]);
            for (var i = 1; i < candidates.Count; i++)
            {
                var variant = new ContainerSpec(spec.Name, spec.Declaration) { ReportsOmissions = false, Process = spec.Process };
                set(variant, candidates[i]);
                variants.Add(variant);
            }
        }

        private IReadOnlyList<Setting<bool>> BoolSettings(ModelObject model, string property, bool preferFalse)
        {
            var writes = EffectiveWrites(model, property, out var all);
            if (writes.Count == 0) return Array.Empty<Setting<bool>>();
            var result = new List<Setting<bool>>();
            var read = new List<BoolValue>[writes.Count];
            for (var i = 0; i < writes.Count; i++)
            {
                read[i] = _values.ReadBool(writes[i]);
                // hc.Privileged &= allowed: false where allowed is false; where it is true, what the flag held.
                if (writes[i].Parent is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.And }) read[i].RemoveAll(v => v.Value);
            }
            for (var i = 0; i < writes.Count; i++)
                foreach (var candidate in read[i])
                    candidate.MayBeUndone = !IsUsedBeforeReplaced(writes[i]) && LaterWritesMayChange(writes, read, i, later => later.Count > 0 && later.TrueForAll(v => v.Value == candidate.Value), all);
            for (var i = 0; i < writes.Count; i++)
            {
                if (_objects.IsSharedLocalWrite(model, writes[i])) continue;
                var candidates = read[i];
                foreach (var candidate in candidates)
                    if (!IsSetBefore(model, writes, read, i, v => !v.IsConditional && !v.MayBeUndone && v.Value == candidate.Value))
                        result.Add(BoolSetting(candidate, candidate.IsBorrowed ? null : Repeats(model, writes, read, all, i, candidate.Node, definite: !candidate.IsConditional && !candidate.MayBeUndone,
                            v => v.Value == candidate.Value, v => v.Node, value => _values.ReadBool(value))));
                // A value the analyzer cannot read (a parameter, configuration) is set all the same: unknown, so that no
                // omission is reported for it (ReadonlyRootfs = readOnly).
                if (candidates.Count == 0) result.Add(Unknown<bool>(writes[i].Syntax));
            }
            if (preferFalse) result.Sort((a, b) => a.Value.CompareTo(b.Value));
            return result;
        }

        private IReadOnlyList<Setting<string>> StringSettings(ModelObject model, string property, Func<List<StringValue>, IOperation, List<StringValue>>? refine = null)
        {
            var writes = EffectiveWrites(model, property, out var all);
            if (writes.Count == 0) return Array.Empty<Setting<string>>();
            var result = new List<Setting<string>>();
            var read = new List<StringValue>[writes.Count];
            for (var i = 0; i < writes.Count; i++)
            {
                read[i] = _values.ReadString(writes[i]);
                if (refine is not null) read[i] = refine(read[i], writes[i]);
            }
            for (var i = 0; i < writes.Count; i++)
                foreach (var candidate in read[i])
                    if (candidate.IsComplete)
                        candidate.MayBeUndone = !IsUsedBeforeReplaced(writes[i]) && LaterWritesMayChange(writes, read, i,
                            later => later.Count > 0 && later.TrueForAll(v => v.IsComplete && string.Equals(v.Text, candidate.Text, StringComparison.Ordinal)), all);
            for (var i = 0; i < writes.Count; i++)
            {
                if (_objects.IsSharedLocalWrite(model, writes[i])) continue;
                foreach (var candidate in read[i])
                    if (candidate.IsComplete && !IsSetBefore(model, writes, read, i,
                            v => v.IsComplete && !v.IsConditional && !v.MayBeUndone && string.Equals(v.Text, candidate.Text, StringComparison.Ordinal)))
                        result.Add(StringSetting(candidate, candidate.IsBorrowed ? null : Repeats(model, writes, read, all, i, candidate.Node,
                            definite: !candidate.IsConditional && !candidate.MayBeUndone,
                            v => v.IsComplete && string.Equals(v.Text, candidate.Text, StringComparison.Ordinal), v => v.Node, value => _values.ReadString(value))));
            }
            return result;
        }

        /// <summary>
        /// A user whose group is not known is still root when its user part is (<c>$"0:{dockerGid}"</c>, <c>"root:" + group</c>:
        /// rules.md ignores the group part; audit 161 F161-2): a candidate known as far as its colon stands for its user part,
        /// with no fix (one would drop the group). When every candidate of the write has the same user part, the group's
        /// branches decide nothing: one candidate, "may" only when the write itself is made on some paths.
        /// </summary>
        private List<StringValue> UserParts(List<StringValue> candidates, IOperation write)
        {
            var partial = false;
            foreach (var candidate in candidates) partial |= !candidate.IsComplete && candidate.Text.IndexOf(':') >= 0;
            if (!partial) return candidates;
            var result = new List<StringValue>(candidates.Count);
            string? shared = null;
            var same = true;
            foreach (var candidate in candidates)
            {
                var colon = candidate.Text.IndexOf(':');
                if (candidate.IsComplete || colon < 0)
                {
                    result.Add(candidate);
                    same &= candidate.IsComplete && colon >= 0 && (shared ??= candidate.Text.Substring(0, colon)) == candidate.Text.Substring(0, colon);
                    continue;
                }
                var user = candidate.Text.Substring(0, colon);
                result.Add(new StringValue(user, true, candidate.IsConditional, candidate.Node, isBorrowed: true));
                same &= (shared ??= user) == user;
            }
            return same ? new List<StringValue>(1) { new StringValue(shared!, true, _values.IsConditionallyWritten(write.Syntax), write.Syntax, isBorrowed: true) } : result;
        }

        /// <summary>
        /// Whether one of the writes after <c>writes[i]</c> (those before it in <see cref="EffectiveWrites"/>'s list) may give
        /// the property another value: one that writes the same value again (<c>Privileged = true</c>, then <c>hc.Privileged =
        /// true</c> in a <c>catch</c>) undoes nothing, and none undoes it for a use of the object before the first write after
        /// it (<paramref name="all"/>, every write of the property).
        /// </summary>
        private bool LaterWritesMayChange<T>(List<IOperation> writes, List<T>[] read, int i, Predicate<List<T>> keepsValue, List<IOperation>? all)
        {
            for (var later = 0; later < i; later++)
                if (!keepsValue(read[later]) && !IsSeenByNoUse(writes[later]))
                    // The object may be used before any later write (CreateContainerAsync(p); if (x) p.HostConfig.Privileged =
                    // false;): the container created then has the value, whatever comes after.
                    return all is null || !PathCoverage.IsUsedBeforeFirst(writes[i].Syntax, all, _values.Scope);
            return false;
        }

        /// <summary>
        /// Whether a write before <c>writes[i]</c> (after it in <see cref="EffectiveWrites"/>'s list) gives the same value
        /// definitely (<paramref name="sameAndDefinite"/>): then <c>writes[i]</c> changes nothing and the finding is that
        /// write's, reported once, there. <c>Privileged = true</c>, then <c>hc.Privileged = true</c> in a <c>catch</c>, an
        /// <c>if</c> or a loop: only the initializer's is reported, definite (rules/README.md, "Values in C# code": "A later
        /// write of the same value undoes nothing"). A write reported as the shared local's does not count.
        /// </summary>
        private bool IsSetBefore<T>(ModelObject model, List<IOperation> writes, List<T>[] read, int i, Predicate<T> sameAndDefinite)
        {
            for (var earlier = i + 1; earlier < writes.Count; earlier++)
                if (!_objects.IsSharedLocalWrite(model, writes[earlier]) && read[earlier].Exists(sameAndDefinite)) return true;
            return false;
        }

        /// <summary>
        /// The values a finding at <c>writes[i]</c>'s value <paramref name="node"/> stands for besides its own, which its fix changes
        /// with it (<see cref="RepeatedValue"/>), so that none is left to be reported once it is fixed: with a <paramref name="definite"/>
        /// value, the same value written again later (<see cref="IsSetBefore"/> reports it here only); and the writes of the same
        /// value right before <c>writes[i]</c> that it replaces on every path (<c>hc.PidMode = "host"; hc.PidMode = "host";</c>),
        /// which the object would get again without it (a write of another value between ends them). Only values that are all
        /// their write gives (not a branch of <c>?:</c>, whose write the fix cannot take away), none written through a local the
        /// object shares with other creations. Null when there are none.
        /// </summary>
        private List<SyntaxNode>? Repeats<T>(ModelObject model, List<IOperation> writes, List<T>[] read, List<IOperation>? all, int i, SyntaxNode node,
            bool definite, Predicate<T> sameValue, Func<T, SyntaxNode> nodeOf, Func<IOperation, List<T>> readValues)
        {
            if (all is null || !IsWholeValue(writes[i], node)) return null;
            List<SyntaxNode>? repeats = null;
            if (definite)
                for (var later = 0; later < i; later++)
                {
                    if (_objects.IsSharedLocalWrite(model, writes[later])) continue;
                    foreach (var value in read[later])
                        if (sameValue(value) && IsWholeValue(writes[later], nodeOf(value))) (repeats ??= new List<SyntaxNode>()).Add(nodeOf(value));
                }
            for (var earlier = all.IndexOf(writes[i]) - 1; earlier >= 0; earlier--)
            {
                var write = all[earlier];
                if (writes.Contains(write) || _objects.IsSharedLocalWrite(model, write)) break;
                var values = readValues(write);
                if (values.Count != 1 || !sameValue(values[0]) || !IsWholeValue(write, nodeOf(values[0]))) break;
                (repeats ??= new List<SyntaxNode>()).Add(nodeOf(values[0]));
            }
            repeats?.Sort((a, b) => a.SpanStart.CompareTo(b.SpanStart));
            return repeats;
        }

        /// <summary>Whether <paramref name="node"/>, where a value is reported, is all that <paramref name="write"/> gives (<c>hc.PidMode = "host"</c>, not <c>x ? "host" : ""</c>).</summary>
        private static bool IsWholeValue(IOperation write, SyntaxNode node)
        {
            if (write is Microsoft.CodeAnalysis.Operations.ICoalesceAssignmentOperation) return false;
            var syntax = write.Syntax;
            while (syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax parenthesized) syntax = parenthesized.Expression;
            return syntax == node;
        }

        /// <summary>A write through a local in a catch that rethrows (<see cref="PathCoverage.IsSeenByNoUse"/>): it undoes nothing.</summary>
        private static bool IsSeenByNoUse(IOperation write) =>
            (write as Microsoft.CodeAnalysis.Operations.IAssignmentOperation ?? write.Parent as Microsoft.CodeAnalysis.Operations.IAssignmentOperation)
                is { Target: Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation { Instance: Microsoft.CodeAnalysis.Operations.ILocalReferenceOperation } }
            && PathCoverage.IsSeenByNoUse(write.Syntax);

        /// <summary>
        /// The writes of a scalar property whose value the object may end up with: the last one, and when that one is
        /// made only on some paths (<c>hc.Privileged = true; if (safe) hc.Privileged = false;</c>) or may not run (in a loop,
        /// a lambda, after a return: <see cref="MayNotRun(IOperation)"/>), the ones before it back to the last made on every path, or to one that the writes after it replace on every path (<c>if (x)
        /// hc.Privileged = false; else hc.Privileged = false;</c>, <see cref="PathCoverage"/>). The last write comes first;
        /// the others may be undone by it. A write through a local the object shares with other creations
        /// (<see cref="ModelObject.SharedLocal"/>) counts here, but is reported as the local's. <paramref name="all"/> is every write
        /// of the property in source order (<see cref="ObjectReader.Assignments"/>), null when there is none.
        /// </summary>
        private List<IOperation> EffectiveWrites(ModelObject model, string property, out List<IOperation>? all)
        {
            all = null;
            var last = _objects.LastAssignment(model, property, withSharedLocal: true);
            if (last is null) return new List<IOperation>(0);
            var result = new List<IOperation>(1) { last };
            var replaced = Replaces(last);
            all = _objects.Assignments(model, property, withSharedLocal: true);
            var index = all.IndexOf(last);
            if (index <= 0) return result;
            // The later writes that replace what was there (p.User ??= "x" writes only when there is nothing).
            var later = new List<SyntaxNode>();
            for (var i = index; i < all.Count; i++)
                if (all[i] is not Microsoft.CodeAnalysis.Operations.ICoalesceAssignmentOperation && !MayKeepOwnValue(all[i])) later.Add(all[i].Syntax);
            for (var i = index - 1; i >= 0; i--)
            {
                if (!replaced)
                {
                    // The object may be returned before the later writes (if (x) return hc;): not replaced then.
                    replaced = PathCoverage.IsReplacedOnEveryPath(all[i].Syntax, LaterOnItsBranch(all[i].Syntax, later)) && !_values.Scope.ReturnsBetween(all[i].Syntax.SpanStart, last.Syntax);
                    if (!replaced)
                    {
                        result.Add(all[i]);
                        replaced = Replaces(all[i]);
                        if (all[i] is not Microsoft.CodeAnalysis.Operations.ICoalesceAssignmentOperation && !MayKeepOwnValue(all[i])) later.Add(all[i].Syntax);
                        continue;
                    }
                }
                // Replaced on every path, but the object may be used with it first (CreateContainerAsync(p); p.User = "app";):
                // the container created then has it.
                if (IsUsedBeforeReplaced(all, i))
                {
                    result.Add(all[i]);
                    (_usedBeforeReplaced ??= new HashSet<IOperation>()).Add(all[i]);
                }
            }
            return result;
        }

        /// <summary>The writes of <paramref name="later"/> that may replace <paramref name="write"/>: not those the other branch of a copy's <c>?:</c> brings.</summary>
        private List<SyntaxNode> LaterOnItsBranch(SyntaxNode write, List<SyntaxNode> later)
        {
            List<SyntaxNode>? result = null;
            for (var i = 0; i < later.Count; i++)
            {
                var exclusive = _values.AreCopiedOnOtherBranches(write, later[i]);
                if (exclusive && result is null) result = later.GetRange(0, i);
                else if (!exclusive) result?.Add(later[i]);
            }
            return result ?? later;
        }

        // The writes EffectiveWrites keeps as used before a later write replaces them: what they write is definite.
        private HashSet<IOperation>? _usedBeforeReplaced;

        private bool IsUsedBeforeReplaced(IOperation write) => _usedBeforeReplaced is not null && _usedBeforeReplaced.Contains(write);

        /// <summary>
        /// Whether the object may be used between <c>all[i]</c> and the next write after it that runs on every path (or the
        /// last one): <see cref="PathCoverage.IsUsedBetween"/>.
        /// </summary>
        private bool IsUsedBeforeReplaced(List<IOperation> all, int i)
        {
            var write = all[i];
            if (write is Microsoft.CodeAnalysis.Operations.ICoalesceAssignmentOperation || MethodScope.Function(write.Syntax) is not { } function) return false;
            var end = all[all.Count - 1];
            for (var j = i + 1; j < all.Count; j++)
                if (Replaces(all[j]))
                {
                    end = all[j];
                    break;
                }
            if (end.Syntax.SyntaxTree != write.Syntax.SyntaxTree || MethodScope.Function(end.Syntax) != function) return false;
            return PathCoverage.NamesOf(end.Syntax) is { } names && PathCoverage.IsUsedBetween(names, function, write.Syntax.Span.End, end.Syntax.SpanStart);
        }

        /// <summary>
        /// Whether a write may not have run when the object is used: made on some paths (<see cref="Values.IsConditionallyWritten"/>),
        /// or in a loop, a lambda or a local function, or after a return (<see cref="Values.MayNotRun"/>). The value it writes
        /// is "may" only in the first case; in the others what it replaces may still be there.
        /// </summary>
        private bool MayNotRun(IOperation write) =>
            _values.IsConditionallyWritten(write.Syntax) || (_values.Origin is { } origin && _values.MayNotRun(write.Syntax, origin));

        /// <summary>Whether a write gives the property its value on every path on which it runs, whatever the property held.</summary>
        private bool Replaces(IOperation write) => !MayNotRun(write) && !MayKeepOwnValue(write);

        /// <summary>
        /// Whether the value a write gives may be what the property already holds: it reads the property (<c>p.User =
        /// configured ?? p.User;</c>, <c>hc.PidMode = x ? hc.PidMode : "private";</c>, <c>hc.Privileged = hc.Privileged &amp;&amp;
        /// allowed;</c>), or it is a flag's <c>&amp;=</c> (<c>hc.Privileged &amp;= allowed;</c>). What the property held before
        /// then "may be undone" rather than replaced (audit 161 F161-3, F161-4), as under <c>if (configured != null)</c>.
        /// </summary>
        private static bool MayKeepOwnValue(IOperation write)
        {
            // |= true and &= false give the flag that constant whatever it held (MethodScope indexes them as writes of it).
            if (write.Parent is ICompoundAssignmentOperation compound) return !compound.Value.ConstantValue.HasValue;
            if (write.Parent is not ISimpleAssignmentOperation assignment || assignment.Value != write || AccessPath.TryGet(assignment.Target) is not { } target)
                return false;
            foreach (var read in write.DescendantsAndSelf())
                if (read is IPropertyReferenceOperation or IFieldReferenceOperation && AccessPath.TryGet(read) is { } path && path.Equals(target)
                    && !IsDecidedWithout(read, write))
                    return true;
            return false;
        }

        /// <summary>
        /// Whether an operand of <c>&amp;&amp;</c> or <c>||</c> between <paramref name="read"/> and <paramref name="value"/> decides the
        /// value whatever the read gives (<c>hc.Privileged &amp;&amp; false</c>, <c>hc.Privileged || true</c>; audit 129 D129-7).
        /// </summary>
        private static bool IsDecidedWithout(IOperation read, IOperation value)
        {
            for (var current = read; current != value && current.Parent is { } parent; current = parent)
                if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And or BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } binary
                    && (binary.LeftOperand == current ? binary.RightOperand : binary.LeftOperand).ConstantValue.Value is bool other
                    && other == binary.OperatorKind is BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or)
                    return true;
            return false;
        }

        private List<Setting<string>> StringElements(ModelObject model, string property)
        {
            var result = new List<Setting<string>>();
            foreach (var element in _objects.Collection(model, property).Elements)
                foreach (var candidate in ElementStrings(element, completeOnly: true))
                    result.Add(StringSetting(candidate));
            return result;
        }

        /// <summary>The candidate values of a string element (every one, or only the wholly known ones).</summary>
        private List<StringValue> ElementStrings(Element element, bool completeOnly)
        {
            var values = ElementStringsOf(element, completeOnly);
            if (element.IsIndexedLater)
                foreach (var value in values) value.IsIndexedLater = true;
            return values;
        }

        private List<StringValue> ElementStringsOf(Element element, bool completeOnly)
        {
            if (element.BorrowedText is { } text)
                return new List<StringValue>(1)
                {
                    new StringValue(text, isComplete: true, _values.IsConditionallyWritten(element.Value.Syntax), element.Value.Syntax, isBorrowed: true)
                    {
                        MayBeUndone = element.MayBeUndone,
                    },
                };
            return completeOnly
                ? _values.ReadCompleteString(element.Value, overridden: element.MayBeUndone)
                : _values.ReadString(element.Value, overridden: element.MayBeUndone);
        }

        /// <summary>
        /// The entries of a list in which an omission is reported: one the analyzer cannot read, or a list given by a
        /// parameter or a helper, is an unresolved entry, so that the omission rules do not fire on it.
        /// </summary>
        private void ReadEntriesMayBeUnknown(ModelObject hostConfig, string property, List<Setting<string>> into)
        {
            var contents = _objects.Collection(hostConfig, property);
            foreach (var element in contents.Elements)
            {
                var candidates = ElementStrings(element, completeOnly: true);
                if (candidates.Count == 0)
                {
                    into.Add(Unknown<string>(element.Value.Syntax));
                    continue;
                }
                foreach (var candidate in candidates) into.Add(StringSetting(candidate));
            }
            if (contents.IsSet && !contents.IsComplete && contents.Node is { } node)
                into.Add(Unknown<string>(node));
        }

        /// <summary>A setting that is written with a value the analyzer cannot read.</summary>
        private static Setting<T> Unknown<T>(SyntaxNode value) =>
            Setting<T>.Unresolved(SourceSpans.Of(value), value.ToString(), UnknownExpression);

        private void ReadDevices(ModelObject hostConfig, ContainerSpec spec)
        {
            foreach (var element in _objects.Collection(hostConfig, "Devices").Elements)
                if (_objects.FromValue(element.Value) is { } device) ReadDevice(device, SourceSpans.Of(element.Value.Syntax, indexedLater: element.IsIndexedLater), spec, element.MayBeUndone);
        }

        /// <summary>A <c>DeviceMapping</c>: its <c>PathOnHost</c> is the host device exposed.</summary>
        /// <param name="mayBeUndone">A later change on some paths may take the mapping out of the list it is in.</param>
        public void ReadDevice(ModelObject device, SourceSpan span, ContainerSpec spec, bool mayBeUndone = false)
        {
            var path = _objects.LastAssignment(device, "PathOnHost");
            if (path is null) return;
            foreach (var candidate in _values.ReadCompleteString(path, overridden: mayBeUndone))
                spec.Devices.Add(new Setting<string>(candidate.Text, span, candidate.Text, Certainty(candidate)));
        }

        private Setting<int>? PathCount(ModelObject hostConfig, string property)
        {
            var contents = _objects.Collection(hostConfig, property, nullIsDefault: true);
            // Clear() surely run after every element the analyzer cannot see (masked.AddRange(extra); masked.Clear();,
            // hc.MaskedPaths = paths; hc.MaskedPaths.Clear();) takes them all: the list is empty, reported at the Clear().
            if (contents.IsSet && !contents.IsComplete && contents.Node is not null && !contents.HasNullValue && contents.Elements.Count == 0
                && !contents.UnknownUnplaced && contents.UnknownAt is { } unknown && contents.LastClear is { } clear
                && clear.SyntaxTree == unknown.SyntaxTree && clear.SpanStart > unknown.Span.End && !_values.MayNotRun(clear, unknown))
                return new Setting<int>(0, SourceSpans.Of(ObjectReader.WholeCall(clear)));
            if (!contents.IsSet || !contents.IsComplete || contents.Node is null) return null;
            // Set to an empty list on some paths only (if (unmask) hc.MaskedPaths = new List<string>();, unmask ? new
            // List<string>() : null, after an earlier list that assignment may replace): "may".
            if (contents.MayBeEmptyAt is { } mayBeEmpty)
                return new Setting<int>(0, SourceSpans.Of(mayBeEmpty, indexedLater: IsReadAfter(mayBeEmpty, property)), null, _values.ConditionalCertainty(mayBeEmpty));
            if (contents.HasNullValue) return null;
            if (!contents.HasRemovals)
                return new Setting<int>(contents.Elements.Count, SourceSpans.Of(contents.Node, indexedLater: contents.Elements.Count == 0 && IsReadAfter(contents.Node, property)), null,
                    contents.Elements.Count == 0 && _values.IsConditionallyWritten(contents.Node) ? _values.ConditionalCertainty(contents.Node) : ValueCertainty.Certain);
            // Emptied by a removal (hc.MaskedPaths.Clear()): reported at the removal that took the last element, whose fix
            // removes it; removing the assignment instead would leave that call on a null list. A list that removals may
            // empty, or that was empty before them, is not reported.
            return contents.Elements.Count == 0 && contents.LastSureRemoval is { } emptiedBy
                ? new Setting<int>(0, SourceSpans.Of(emptiedBy))
                : null;
        }

        /// <summary>
        /// Whether the function that holds <paramref name="node"/> (an empty list given to <c>MaskedPaths</c> or
        /// <c>ReadonlyPaths</c>) names the property after it other than to assign it (<c>if (strict)
        /// hc.MaskedPaths.Add("/proc/kcore");</c>): removing the empty list would leave that code on a null list, so the
        /// finding offers no fix that removes it (<see cref="IndexedElement"/>). Read by name, whatever object it is on.
        /// </summary>
        private static bool IsReadAfter(SyntaxNode node, string property)
        {
            if (MethodScope.Function(node) is not { } function) return false;
            foreach (var descendant in MethodScope.CodeOf(function, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(node.Span.End, function.Span.End)))
            {
                var name = descendant switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access => access.Name,
                    Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax binding => binding.Name,
                    _ => null,
                };
                if (name is null || descendant.SpanStart < node.Span.End || name.Identifier.ValueText != property) continue;
                if (descendant.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax assignment && assignment.Left == descendant
                    && assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression))
                    continue;
                return true;
            }
            return false;
        }

        private void ReadBinds(ModelObject hostConfig, ContainerSpec spec)
        {
            foreach (var element in _objects.Collection(hostConfig, "Binds").Elements)
            {
                var candidates = ElementStrings(element, completeOnly: false);
                foreach (var candidate in candidates)
                    if (ParseBind(candidate, IsOnlyValueOfLocal(element, candidates)) is { } mount) spec.Mounts.Add(mount);
            }
        }

        /// <summary>
        /// Whether the element is a local that is not a constant (<c>var bind = "/proc:/p"; ... Binds = [bind]</c>) whose value
        /// the analyzer read wholly, and as its only value there (not the branches of a <c>?:</c>): its text then goes with the
        /// finding (<see cref="ValueOfLocal"/>), for a fix made at the name.
        /// </summary>
        private static bool IsOnlyValueOfLocal(Element element, List<StringValue> candidates) =>
            candidates.Count == 1 && candidates[0] is { IsComplete: true, IsBorrowed: false } value
            && Values.SkipConversions(element.Value) is Microsoft.CodeAnalysis.Operations.ILocalReferenceOperation { Local.IsConst: false } local && value.Node == local.Syntax;

        /// <summary>
        /// A <c>Binds</c> entry, <c>SOURCE:TARGET[:MODE]</c> (Docker Engine API, HostConfig.Binds). The host part decides:
        /// it is enough that the text up to the first separator is known. <paramref name="ofLocal"/>: the value is that of the
        /// local named at its node (<see cref="IsOnlyValueOfLocal"/>).
        /// </summary>
        private MountSpec? ParseBind(StringValue value, bool ofLocal)
        {
            var text = value.Text;
            var span = ofLocal ? SourceSpans.OfLocal(value.Node, text, value.IsIndexedLater) : SourceSpans.Of(value.Node, value.IsBorrowed, value.IsIndexedLater);
            var certainty = Certainty(value);
            var start = HasDriveLetter(text) && text.IndexOf(':', 2) >= 0 ? 2 : 0;
            var separator = text.IndexOf(':', start);
            if (separator < 0)
            {
                // A bare container path is an anonymous volume; an unknown one is nothing the rules can judge.
                if (!value.IsComplete) return null;
                return new MountSpec(MountKind.Volume, span) { Target = new Setting<string>(text, span, text, certainty) };
            }

            var source = text.Substring(0, separator);
            var rest = text.Substring(separator + 1);
            var isHostPath = source.Length > 0 && (source[0] == '/' || source[0] == '~' || source[0] == '.' || source[0] == '\\' || HasDriveLetter(source));
            var mount = new MountSpec(isHostPath ? MountKind.Bind : MountKind.Volume, span)
            {
                Source = new Setting<string>(source, span, source, certainty),
                VolumeName = isHostPath ? null : source,
            };

            var modeSeparator = rest.IndexOf(':');
            var targetKnown = value.IsComplete || modeSeparator >= 0;
            if (targetKnown)
            {
                var target = modeSeparator < 0 ? rest : rest.Substring(0, modeSeparator);
                mount.Target = new Setting<string>(target, span, target, certainty);
            }
            if (!value.IsComplete)
            {
                mount.ReadOnly = Setting<bool>.Unresolved(span, text, UnknownExpression);
                return mount;
            }
            if (modeSeparator < 0) return mount;

            var mode = rest.Substring(modeSeparator + 1);
            var readOnly = false;
            string? propagation = null;
            foreach (var option in mode.Split(','))
            {
                var o = option.Trim();
                if (o.Equals("ro", StringComparison.OrdinalIgnoreCase)) readOnly = true;
                else if (o.Equals("rw", StringComparison.OrdinalIgnoreCase)) readOnly = false;
                else if (IsPropagation(o)) propagation = o;
            }
            mount.ReadOnly = new Setting<bool>(readOnly, span, mode, certainty);
            if (propagation is not null) mount.Propagation = new Setting<string>(propagation, span, propagation, certainty);
            return mount;
        }

        private void ReadMounts(ModelObject hostConfig, ContainerSpec spec)
        {
            foreach (var element in _objects.Collection(hostConfig, "Mounts").Elements)
                if (_objects.FromValue(element.Value) is { } mount)
                    ReadMount(mount, SourceSpans.Of(element.Value.Syntax, indexedLater: element.IsIndexedLater), spec, element.MayBeUndone, element.AddedBy);
        }

        /// <summary>A <c>Mount</c> of type bind, npipe, volume or tmpfs (other types, and a type the analyzer cannot read, are skipped).</summary>
        /// <param name="mayBeUndone">A later change on some paths may take the mount out of the list it is in.</param>
        /// <param name="addedBy">Where the mount went into the list of the object being read, when it did.</param>
        public void ReadMount(ModelObject mount, SourceSpan span, ContainerSpec spec, bool mayBeUndone = false, SyntaxNode? addedBy = null)
        {
            var type = FirstComplete(_objects.LastAssignment(mount, "Type"));
            if (type is null) return;
            switch (type.Text.Trim().ToLowerInvariant())
            {
                case "bind":
                // A Windows named pipe is bound from the host as a bind is (moby volume/mounts/windows_parser.go), and Compose's
                // long syntax `type: npipe` is read as one: \\.\pipe\docker_engine is the engine's API (CTL3004).
                case "npipe":
                    foreach (var read in _values.ReadCompleteString(_objects.LastAssignment(mount, "Source"), overridden: mayBeUndone))
                    {
                        // Type = useHost ? "bind" : "volume": a bind on one branch only, so what it binds "may" (audit 129 D129-10).
                        var source = type.IsConditional && !read.IsConditional
                            ? new StringValue(read.Text, read.IsComplete, true, read.Node, read.IsBorrowed) { IsIndexedLater = read.IsIndexedLater }
                            : read;
                        var bind = new MountSpec(MountKind.Bind, span) { Source = StringSetting(source) };
                        bind.Target = StringSettingOrNull(FirstComplete(_objects.LastAssignment(mount, "Target")));
                        var bindOptions = _objects.Child(mount, "BindOptions");
                        bind.ReadOnly = RecursivelyReadOnly(bind.Source, bindOptions, ReadOnlyFlag(mount, addedBy));
                        bind.Propagation = StringSettingOrNull(FirstComplete(_objects.LastAssignment(bindOptions, "Propagation")));
                        spec.Mounts.Add(bind);
                    }
                    break;
                case "volume":
                    spec.Mounts.AddRange(ReadVolume(mount, span, mayBeUndone, addedBy));
                    break;
                case "tmpfs":
                    spec.Mounts.Add(ReadTmpfsMount(mount, span, mayBeUndone));
                    break;
            }
        }

        private Setting<bool>? ReadOnlyFlag(ModelObject mount, SyntaxNode? addedBy)
        {
            var value = _objects.LastAssignment(mount, "ReadOnly");
            if (value is null) return null;
            // Written after the object the mount went into was used (m.ReadOnly = true; after CreateContainerAsync(p)): the
            // container created then has the mount as it was before, written earlier or writable.
            // The value in parentheses or with ! (m.ReadOnly = (true);) is written by the same assignment (audit 154 N154-3).
            if (addedBy is not null && OperationSyntax.WithSameValueAround(value.Syntax).Parent is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax { Parent: Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax } write)
            {
                var all = _objects.Assignments(mount, "ReadOnly");
                var index = all.IndexOf(value);
                var from = index > 0 && all[index - 1].Syntax.Span.End > addedBy.Span.End ? all[index - 1].Syntax : addedBy;
                if (index >= 0 && write.SpanStart > from.Span.End && write.SyntaxTree == from.SyntaxTree && MethodScope.Function(write) is { } function
                    && MethodScope.Function(from) == function && PathCoverage.NamesOf(write) is { } names
                    && PathCoverage.IsUsedBetween(names, function, from.Span.End, write.SpanStart))
                {
                    if (index == 0) return null;
                    value = all[index - 1];
                }
            }
            // A flag that may be unknown (ReadOnly = given ?? true) may leave the mount writable: not known to be read-only.
            var candidates = _values.ReadBool(value, out var allKnown);
            if (!allKnown && candidates.TrueForAll(c => c.Value)) return Unknown<bool>(value.Syntax);
            // Of two branches, the writable one is what a finding is about.
            candidates.Sort((a, b) => a.Value.CompareTo(b.Value));
            return BoolSetting(candidates[0]);
        }

        /// <summary>
        /// A read-only bind with <c>BindOptions.ReadOnlyNonRecursive = true</c> (Docker.DotNet.Enhanced; <c>bind-recursive=writable</c>)
        /// is read-only at its top only: its submounts stay writable. Under <c>/proc</c> and <c>/sys</c>, and from the host's
        /// root, those are the kernel interfaces (<c>/sys/fs/cgroup</c>, <c>/proc/sys/fs/binfmt_misc</c>), so such a bind is not
        /// read as read-only there (on one branch of a <c>?:</c>, it may not be); elsewhere (<c>/etc</c>) it is what it says.
        /// </summary>
        private Setting<bool>? RecursivelyReadOnly(Setting<string>? source, ModelObject bindOptions, Setting<bool>? readOnly)
        {
            if (readOnly is not { IsKnown: true, Value: true } || source is not { IsKnown: true } path) return readOnly;
            if (!HostPaths.HasKernelSubmounts(HostPaths.Normalize(path.Value))) return readOnly;
            foreach (var candidate in _values.ReadBool(_objects.LastAssignment(bindOptions, "ReadOnlyNonRecursive")))
                if (candidate.Value) return new Setting<bool>(false, SourceSpans.Of(candidate.Node), "false", Certainty(candidate));
            return readOnly;
        }

        /// <summary>
        /// A volume mount, one for each value its <c>o</c> driver option may have (<c>["o"] = debug ? "size=1m" :
        /// "size=2m,nosuid"</c>), as for the entries of <c>HostConfig.Tmpfs</c>: each branch is a mount that may be made.
        /// </summary>
        private List<MountSpec> ReadVolume(ModelObject mount, SourceSpan span, bool mayBeUndone, SyntaxNode? addedBy)
        {
            var volume = new MountSpec(MountKind.Volume, span);
            var volumes = new List<MountSpec>(1) { volume };
            var source = FirstComplete(_objects.LastAssignment(mount, "Source"));
            if (source is { } name)
            {
                volume.Source = StringSetting(name);
                volume.VolumeName = name.Text;
            }
            volume.Target = StringSettingOrNull(FirstComplete(_objects.LastAssignment(mount, "Target")));
            volume.ReadOnly = ReadOnlyFlag(mount, addedBy);

            var driver = _objects.Child(_objects.Child(mount, "VolumeOptions"), "DriverConfig");
            var options = _objects.Collection(driver, "Options");
            if (!options.IsSet) return volumes;
            var driverName = _objects.LastAssignment(driver, "Name") is { } written ? StringSettingOrUnresolved(written) : null;
            if (!LocalVolumeDriver.IsLocal(driverName)) return volumes;
            // The local driver's options go to mount(2) as written (moby volume/local).
            volume.OptionsAreVerbatim = true;
            Setting<string>? device = null;
            List<Setting<string>>? otherOptions = null;
            foreach (var entry in options.Elements)
            {
                var key = EntryKey(entry);
                if (key is null) continue;
                // Every value the entry may have, read once; the first is the entry's setting.
                var candidates = entry.BorrowedText is null
                    ? _values.ReadCompleteString(entry.Value, overridden: mayBeUndone || entry.MayBeUndone)
                    : new List<StringValue>(1) { Undone(ElementStrings(entry, completeOnly: true)[0], mayBeUndone) };
                var setting = candidates.Count == 0 ? Unknown<string>(entry.Value.Syntax) : StringSetting(candidates[0]);
                switch (key.Text.Trim().ToLowerInvariant())
                {
                    case "type": volume.VolumeDriverType = setting; break;
                    case "o":
                        volume.Options = setting;
                        otherOptions = null;
                        for (var i = 1; i < candidates.Count; i++) (otherOptions ??= new List<Setting<string>>()).Add(StringSetting(candidates[i]));
                        break;
                    case "device": device = setting; break;
                }
            }
            if (otherOptions is not null)
                foreach (var other in otherOptions)
                    volumes.Add(new MountSpec(MountKind.Volume, span)
                    {
                        Source = volume.Source,
                        VolumeName = volume.VolumeName,
                        Target = volume.Target,
                        ReadOnly = volume.ReadOnly,
                        OptionsAreVerbatim = true,
                        VolumeDriverType = volume.VolumeDriverType,
                        Options = other,
                    });
            for (var i = 0; i < volumes.Count; i++)
            {
                var each = volumes[i];
                if (!LocalVolumeDriver.BindsDevice(each.VolumeDriverType, each.Options, device) || !device!.IsKnown) continue;
                // A bind of the host path `device`, reported at the Mount (its fix, ReadOnly = true, applies to the volume).
                volumes[i] = new MountSpec(MountKind.Bind, span)
                {
                    Source = device,
                    Target = each.Target,
                    ReadOnly = each.ReadOnly,
                    Options = each.Options,
                    OptionsAreVerbatim = true,
                    VolumeDriverType = each.VolumeDriverType,
                    VolumeName = each.VolumeName,
                };
            }
            return volumes;
        }

        private MountSpec ReadTmpfsMount(ModelObject mount, SourceSpan span, bool mayBeUndone)
        {
            var tmpfs = new MountSpec(MountKind.Tmpfs, span)
            {
                Target = StringSettingOrNull(FirstComplete(_objects.LastAssignment(mount, "Target"))),
            };
            // Docker.DotNet.Enhanced: TmpfsOptions.Options is a list of [name] or [name, value] lists.
            var options = _objects.Collection(_objects.Child(mount, "TmpfsOptions"), "Options");
            if (!options.IsSet || !options.IsComplete || options.Node is null) return tmpfs;
            var text = new StringBuilder();
            SyntaxNode? conditional = null;
            var nodes = new List<(string Option, SyntaxNode Node, bool Borrowed)>(options.Elements.Count);
            foreach (var option in options.Elements)
            {
                var words = new List<string>();
                // Where a finding about the option is reported: its one word, else its inner list.
                SyntaxNode? node = null;
                var isBorrowed = false;
                if (option.BorrowedParts is { } borrowed)
                {
                    if (_values.IsConditionallyWritten(option.Value.Syntax)) conditional ??= option.Value.Syntax;
                    foreach (var part in borrowed)
                    {
                        if (part is null) return tmpfs;
                        words.Add(part);
                    }
                    isBorrowed = true;
                }
                else
                {
                    var parts = new CollectionContents();
                    _objects.AddElements(option.Value, parts, 0);
                    if (!parts.IsComplete) return tmpfs;
                    foreach (var part in parts.Elements)
                    {
                        var candidates = ElementStrings(part, completeOnly: true);
                        if (candidates.Count == 0) return tmpfs;
                        var word = candidates[0];
                        if (word.IsConditional) conditional ??= word.Node;
                        words.Add(word.Text);
                        if (parts.Elements.Count == 1) (node, isBorrowed) = (word.Node, word.IsBorrowed);
                    }
                }
                var written = string.Join("=", words);
                if (text.Length > 0) text.Append(',');
                text.Append(written);
                nodes.Add((written, node ?? option.Value.Syntax, isBorrowed));
            }
            var value = text.ToString();
            tmpfs.Options = new Setting<string>(value, SourceSpans.Of(options.Node, nodes), value,
                conditional is not null ? _values.ConditionalCertainty(conditional) : mayBeUndone ? ValueCertainty.MayBeUndone : ValueCertainty.Certain);
            return tmpfs;
        }

        private void ReadTmpfs(ModelObject hostConfig, ContainerSpec spec)
        {
            foreach (var entry in _objects.Collection(hostConfig, "Tmpfs").Elements)
            {
                var target = EntryKey(entry);
                var mount = new MountSpec(MountKind.Tmpfs, SourceSpans.Of(entry.Entry, entry.BorrowedKey is not null, entry.IsIndexedLater)) { Target = StringSettingOrNull(target) };
                var options = ElementStrings(entry, completeOnly: true);
                if (options.Count == 0)
                {
                    spec.Mounts.Add(mount);
                    continue;
                }
                foreach (var option in options)
                {
                    var withOptions = new MountSpec(MountKind.Tmpfs, mount.Span) { Target = mount.Target, Options = StringSetting(option) };
                    spec.Mounts.Add(withOptions);
                }
            }
        }

        /// <summary>The key of a dictionary entry, when it is wholly known.</summary>
        private StringValue? EntryKey(Element entry) =>
            entry.BorrowedKey is { } key
                ? new StringValue(key, isComplete: true, _values.IsConditionallyWritten(entry.Value.Syntax), entry.Value.Syntax, isBorrowed: true)
                : FirstComplete(entry.Key);

        private static StringValue Undone(StringValue value, bool mayBeUndone)
        {
            value.MayBeUndone |= mayBeUndone;
            return value;
        }

        private StringValue? FirstComplete(IOperation? value)
        {
            if (value is null) return null;
            var candidates = _values.ReadCompleteString(value);
            return candidates.Count == 0 ? null : candidates[0];
        }

        private Setting<string> StringSettingOrUnresolved(IOperation value, bool mayBeUndone = false)
        {
            var known = FirstComplete(value);
            if (known is null) return Unknown<string>(value.Syntax);
            known.MayBeUndone |= mayBeUndone;
            return StringSetting(known);
        }

        private Setting<string>? StringSettingOrNull(StringValue? value) => value is { } v ? StringSetting(v) : null;

        private Setting<string> StringSetting(StringValue value, List<SyntaxNode>? repeats = null) =>
            new Setting<string>(value.Text, repeats is null ? SourceSpans.Of(value.Node, value.IsBorrowed, value.IsIndexedLater) : SourceSpans.Of(value.Node, repeats),
                value.Text, Certainty(value));

        private Setting<bool> BoolSetting(BoolValue value, List<SyntaxNode>? repeats = null) =>
            new Setting<bool>(value.Value, repeats is null ? SourceSpans.Of(value.Node, value.IsBorrowed) : SourceSpans.Of(value.Node, repeats), value.Value ? "true" : "false", Certainty(value));

        /// <summary>
        /// A value's own branch comes first in the message (a conditional, or some paths only for a write in a <c>try</c> or
        /// <c>catch</c>: <see cref="Values.ConditionalCertainty"/>); else a later change that may undo it.
        /// </summary>
        private ValueCertainty Certainty(StringValue value) =>
            value.IsConditional ? _values.ConditionalCertainty(value.Node) : value.MayBeUndone ? ValueCertainty.MayBeUndone : ValueCertainty.Certain;

        private ValueCertainty Certainty(BoolValue value) =>
            value.IsConditional ? _values.ConditionalCertainty(value.Node) : value.MayBeUndone ? ValueCertainty.MayBeUndone : ValueCertainty.Certain;

        private static bool HasDriveLetter(string text) =>
            text.Length >= 2 && text[1] == ':' && char.IsLetter(text[0]) && (text.Length == 2 || text[2] == '\\' || text[2] == '/');

        private static bool IsPropagation(string option) =>
            option.Equals("shared", StringComparison.OrdinalIgnoreCase) || option.Equals("rshared", StringComparison.OrdinalIgnoreCase)
            || option.Equals("slave", StringComparison.OrdinalIgnoreCase) || option.Equals("rslave", StringComparison.OrdinalIgnoreCase)
            || option.Equals("private", StringComparison.OrdinalIgnoreCase) || option.Equals("rprivate", StringComparison.OrdinalIgnoreCase);
    }
}
