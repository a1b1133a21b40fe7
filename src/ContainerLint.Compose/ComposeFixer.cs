using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Compose.Interpolation;
using ContainerLint.Compose.Syntax;
using ContainerLint.Compose.Yaml;
using ContainerLint.Dockerfiles;
using ContainerLint.Engine;
using ContainerLint.Findings;
using ContainerLint.Rules;
using ContainerLint.Rules.Knowledge;
using ContainerLint.Text;

namespace ContainerLint.Compose
{
    /// <summary>
    /// Turns the fix intents of Compose findings into minimal text edits: comments, order, quoting, indentation and
    /// line endings stay as they are. Running it again on the fixed file changes nothing.
    /// </summary>
    public static class ComposeFixer
    {
        public static string Apply(string text, string path, IEnumerable<Finding> findings, out IReadOnlyList<Finding> applied) =>
            Apply(text, path, findings, out applied, out _);

        /// <summary>
        /// Applies the fixes of the findings in <paramref name="path"/>. When the fixed text would read worse than the
        /// original (a parse error, an alias left without its anchor), nothing is applied and <paramref name="refused"/>
        /// says why.
        /// </summary>
        public static string Apply(string text, string path, IEnumerable<Finding> findings, out IReadOnlyList<Finding> applied, out string? refused) =>
            Apply(text, path, findings, out applied, out refused, out _);

        /// <summary>As above; <paramref name="declined"/> names the fixes of inline Dockerfiles that could not be made and why.</summary>
        public static string Apply(string text, string path, IEnumerable<Finding> findings, out IReadOnlyList<Finding> applied, out string? refused,
            out IReadOnlyList<(Finding Finding, string Why)> declined)
        {
            var done = new List<Finding>();
            var notMade = new List<(Finding, string)>();
            applied = done;
            declined = notMade;
            refused = null;
            if (text is null) throw new ArgumentNullException(nameof(text));
            var candidates = new List<Finding>();
            foreach (var f in findings)
                if (!f.IsSuppressed && f.Fix is not null && f.Span.HasOffsets && SamePath(f.Span.Path, path)) candidates.Add(f);
            if (candidates.Count == 0) return text;

            var file = YamlReader.Read(path, text);
            if (file.Error is not null || file.Root is null) return text;
            var editor = new YamlEditor(file, DotEnvBeside(path));

            var planned = new List<(Finding Finding, List<TextEdit> Edits)>();
            // Additions last: a list whose every entry is removed gets its key removed, and an addition to it is then
            // written as a new key instead of an item under a key that goes away. Keys added to one service go in rule
            // order, whatever order the findings come in.
            var additions = candidates.Where(c => c.Fix!.Kind == FixKind.AddSetting).OrderBy(c => c.Rule.Id, StringComparer.Ordinal);
            // The fixes of an inline Dockerfile are applied to its text together, as in a Dockerfile, and written back once.
            foreach (var inline in candidates.Where(c => c.Fix!.Kind == FixKind.EmbeddedDockerfile && c.Fix.Target is { HasOffsets: true })
                         .GroupBy(c => c.Fix!.Target!.StartOffset))
                editor.PlanInlineDockerfile(inline.ToList(), planned, notMade);
            editor.ExpectAdditions(additions);
            foreach (var f in candidates.Where(c => c.Fix!.Kind != FixKind.AddSetting && c.Fix.Kind != FixKind.EmbeddedDockerfile).Concat(additions))
            {
                var edits = new List<TextEdit>();
                if (editor.Plan(f, edits) && edits.Count > 0) planned.Add((f, edits));
            }

            var all = new List<TextEdit>();
            foreach (var p in planned) all.AddRange(p.Edits);
            editor.KeepEmptiedMappings(all);
            var joined = editor.JoinDeletions(all, out var joinedInto);
            editor.EndWithoutLineBreak(joined);
            var taken = Take(joined, out var coveredBy);
            foreach (var (member, union) in joinedInto) coveredBy[member] = coveredBy.TryGetValue(union, out var outer) ? outer : union;
            foreach (var p in planned)
                if (p.Edits.TrueForAll(e => taken.Contains(coveredBy.TryGetValue(e, out var outer) ? outer : e))) done.Add(p.Finding);
            var result = TextEdit.Apply(text, InWritingOrder(joined, taken, editor));

            refused = WhyNotWritten(path, text, result);
            if (refused is null) return result;
            applied = Array.Empty<Finding>();
            return text;
        }

        /// <summary>
        /// Takes edits the way <see cref="TextEdit.Apply"/> does (ordered, identical ones once, overlapping ones skipped),
        /// except that a removal or rewrite inside a deletion is left to it: the item of a list whose key another fix
        /// removes goes with the key, so its fix is done too (<paramref name="coveredBy"/> maps it to the deletion).
        /// </summary>
        private static HashSet<TextEdit> Take(List<TextEdit> edits, out Dictionary<TextEdit, TextEdit> coveredBy)
        {
            var distinct = edits.Distinct().ToList();
            var covered = coveredBy = new Dictionary<TextEdit, TextEdit>();
            // Only removals and rewrites: an insertion inside a deletion would add nothing, so its fix is not done.
            foreach (var e in distinct.Where(e => e.End > e.Start))
            {
                TextEdit? outer = null;
                foreach (var d in distinct)
                {
                    if (d.Equals(e) || d.NewText.Length != 0 || d.Start > e.Start || e.End > d.End) continue;
                    if (outer is null || d.Start < outer.Value.Start || d.End > outer.Value.End) outer = d;
                }
                if (outer is not null) covered[e] = outer.Value;
            }
            var taken = new HashSet<TextEdit>();
            var pos = 0;
            foreach (var e in distinct.Where(e => !covered.ContainsKey(e)).OrderBy(e => e.Start).ThenBy(e => e.End))
            {
                if (e.Start < pos) continue;
                taken.Add(e);
                pos = e.End;
            }
            return taken;
        }

        /// <summary>
        /// The edits taken, in the order fixes were planned, except that a key added after a service's last line goes
        /// after an item appended to a block list that ends on that line (the item would otherwise land under the new key).
        /// </summary>
        private static IEnumerable<TextEdit> InWritingOrder(List<TextEdit> all, HashSet<TextEdit> taken, YamlEditor editor) =>
            all.Where(taken.Contains).OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => editor.IsAddedKey(e) ? 1 : 0);

        /// <summary>Why the fixed text must not be written: it has a parse error (CTL9001) the original does not have.</summary>
        internal static string? WhyNotWritten(string path, string original, string fixedText)
        {
            if (string.Equals(original, fixedText, StringComparison.Ordinal)) return null;
            var before = ParseErrors(path, original);
            var after = ParseErrors(path, fixedText);
            if (after.Count <= before.Count) return null;
            var error = after.FirstOrDefault(a => !before.Exists(b => b.Message == a.Message)) ?? after[0];
            return "the fixed file would not be read any more (" + error.Message + ", line " + error.Span.StartLine + ")";
        }

        /// <summary>
        /// The variables of the <c>.env</c> beside the file, as the linter read them: a value written with a variable is
        /// split where Compose splits it once interpolated.
        /// </summary>
        private static IReadOnlyDictionary<string, string> DotEnvBeside(string path)
        {
            try
            {
                var env = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? string.Empty, ".env");
                if (PhysicalFileSystem.Instance.FileExists(env)) return DotEnv.Parse(PhysicalFileSystem.Instance.ReadAllText(env));
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                // No variables: a part holding one is taken to hold no separator.
            }
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        private static List<Finding> ParseErrors(string path, string text) =>
            ComposeLinter.Lint(path, LintOptions.Default, new OneFileChanged(path, text)).Findings
                .Where(f => f.Rule.Id == RuleIds.ParseError && SamePath(f.Span.Path, path)).ToList();

        /// <summary>The file system with one file's text replaced: the fixed file read with its <c>.env</c>, <c>extends</c> and includes.</summary>
        private sealed class OneFileChanged : IFileSystem
        {
            private readonly string _path;
            private readonly string _text;

            public OneFileChanged(string path, string text)
            {
                _path = path;
                _text = text;
            }

            public bool FileExists(string path) => SamePath(path, _path) || PhysicalFileSystem.Instance.FileExists(path);

            public string ReadAllText(string path) => SamePath(path, _path) ? _text : PhysicalFileSystem.Instance.ReadAllText(path);
        }

        private static bool SamePath(string a, string b)
        {
            if (string.Equals(a, b, StringComparison.Ordinal)) return true;
            try
            {
                return ComposeFiles.PathComparer.Equals(System.IO.Path.GetFullPath(a), System.IO.Path.GetFullPath(b));
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is System.IO.PathTooLongException)
            {
                return false;
            }
        }
    }

    /// <summary>Plans YAML text edits for fix intents.</summary>
    internal sealed class YamlEditor
    {
        private readonly YamlReadResult _file;
        private readonly string _text;
        private readonly LineMap _lines;
        private readonly string _newline;
        private readonly IReadOnlyDictionary<string, string> _environment;
        private readonly Dictionary<int, YamlScalar> _scalarsByStart = new Dictionary<int, YamlScalar>();
        // What is removed, by where it is written: an alias is written elsewhere than the node it stands for.
        private readonly Dictionary<YamlSequence, HashSet<int>> _removedItems = new Dictionary<YamlSequence, HashSet<int>>();
        private readonly Dictionary<YamlMapping, HashSet<int>> _removedEntries = new Dictionary<YamlMapping, HashSet<int>>();
        private readonly HashSet<YamlNode> _removedKeys = new HashSet<YamlNode>();
        private readonly Dictionary<YamlScalar, ScalarRewrite> _rewrites = new Dictionary<YamlScalar, ScalarRewrite>();
        private readonly Dictionary<YamlMapping, YamlNode> _emptiedMappings = new Dictionary<YamlMapping, YamlNode>();
        private readonly HashSet<YamlMapping> _servicesAddedTo = new HashSet<YamlMapping>();
        private readonly HashSet<TextEdit> _addedKeys = new HashSet<TextEdit>();
        private readonly HashSet<YamlSequence> _listsAddedTo = new HashSet<YamlSequence>();
        private Dictionary<int, YamlScalar>? _scalarsByEnd;

        public YamlEditor(YamlReadResult file, IReadOnlyDictionary<string, string>? environment = null)
        {
            _file = file;
            _environment = environment ?? new Dictionary<string, string>(StringComparer.Ordinal);
            _text = file.Source.Text;
            _lines = new LineMap(_text);
            _newline = LineMap.NewlineOf(_text);
            foreach (var s in file.Scalars)
                if (!_scalarsByStart.ContainsKey(s.StartOffset)) _scalarsByStart[s.StartOffset] = s;
        }

        /// <summary>
        /// Notes the lists of the services that fixes add an item to (<c>security_opt</c> for no-new-privileges): a removal
        /// that empties one leaves it in place, key, position and comment, for the item to go into (audit 34 F4: the key
        /// went, and the addition wrote it again at the end of the service, its comment lost).
        /// </summary>
        public void ExpectAdditions(IEnumerable<Finding> additions)
        {
            foreach (var finding in additions)
            {
                if (finding.Fix!.Key is not { } fixKey || !finding.Span.HasOffsets || !_scalarsByStart.TryGetValue(finding.Span.StartOffset, out var serviceKey)
                    || !serviceKey.TryGetEntry(out _, out var serviceEntry) || serviceEntry.Value is not YamlMapping service)
                    continue;
                var key = SettingKeys.ComposeKeyOf(fixKey);
                if (IsListKey(key) && service.Get(key) is YamlSequence list) _listsAddedTo.Add(list);
            }
        }

        public bool Plan(Finding finding, List<TextEdit> edits)
        {
            var fix = finding.Fix!;
            var span = fix.Target ?? finding.Span;
            if (!span.HasOffsets || !_scalarsByStart.TryGetValue(span.StartOffset, out var scalar)) return false;
            switch (fix.Kind)
            {
                // A value taken from a variable (user: ${RUN_USER}, privileged: ${PRIV:-true}) is changed where the variable
                // is set: replacing or removing it here would drop the variable, and with it what the user wrote.
                case FixKind.RemoveEntry: return !Interpolator.HasReferences(scalar.Value) && RemoveEntry(scalar, edits, settingAlone: fix.Key is not null);
                case FixKind.SetValue: return fix.Value is not null && !Interpolator.HasReferences(scalar.Value) && SetValue(scalar, fix.Value, edits);
                case FixKind.ReplaceOption: return fix.OldValue is not null && fix.Value is not null && EditOptions(scalar, fix.OldValue, fix.Value, edits);
                case FixKind.RemoveOption: return fix.OldValue is not null && EditOptions(scalar, fix.OldValue, null, edits);
                case FixKind.AppendOption: return fix.Value is not null && EditOptions(scalar, null, fix.Value, edits);
                case FixKind.MakeReadOnly: return MakeReadOnly(scalar, edits);
                case FixKind.AddSetting: return fix.Key is not null && fix.Value is not null && AddSetting(scalar, fix.Key, fix.Value, edits);
                default: return false;
            }
        }

        /// <summary>
        /// The fixes of the findings of one inline Dockerfile (<c>build.dockerfile_inline</c>, a literal block): applied to
        /// its text by the Dockerfile fixer, and the lines that change written back into the block at its indentation
        /// (<see cref="InlineDockerfile.Rewrite"/>); a fix that cannot be written so (it changes a line holding a Compose
        /// variable) is left out. Nothing when the block is not where the findings say, or its text is not
        /// the one they were found in any more.
        /// </summary>
        /// <param name="declined">Gets the fixes the Dockerfile's own rules decline, and why (a USER line that would join a RUN
        /// ending in a line continuation), as they are said for a Dockerfile (audit 107 A107-9: nothing was said).</param>
        public void PlanInlineDockerfile(List<Finding> findings, List<(Finding Finding, List<TextEdit> Edits)> planned, List<(Finding, string)> declined)
        {
            var target = findings[0].Fix!.Target!;
            if (!_scalarsByStart.TryGetValue(target.StartOffset, out var scalar) || scalar.EndOffset != target.EndOffset) return;
            var dockerfile = findings[0].Fix!.Value;
            if (dockerfile is null) return;
            // Services of projects with other variables can see other texts in one block: the first one's fixes go now.
            var same = findings.Where(f => f.Fix!.Value == dockerfile && f.Fix.Embedded is not null).ToList();
            // Each fix on its own first: one that rewrites a line holding a Compose variable is not made, and the others
            // still are (audit 5, 6).
            var writable = new List<Finding>();
            foreach (var f in same)
            {
                if (Rewrite(scalar, dockerfile, new[] { f }, out _, out var why) is { Count: > 0 }) writable.Add(f);
                else if (why.Count > 0) declined.Add((f, why[0].Why));
            }
            if (Rewrite(scalar, dockerfile, writable, out var applied, out _) is not { Count: > 0 } edits) return;
            foreach (var f in writable)
                if (applied.Contains(f.Fix!.Embedded!)) planned.Add((f, edits));
        }

        /// <summary>The YAML edits that make the fixes of <paramref name="findings"/> in an inline Dockerfile; null when they cannot be written exactly.</summary>
        private List<TextEdit>? Rewrite(YamlScalar scalar, string dockerfile, IReadOnlyList<Finding> findings, out IReadOnlyList<Finding> applied,
            out IReadOnlyList<(Finding Finding, string Why)> declined)
        {
            var edits = DockerfileFixer.Edits(dockerfile, findings.Select(f => f.Fix!.Embedded!), out applied, out var copiedFrom, out declined);
            return applied.Count == 0 ? null : InlineDockerfile.Rewrite(scalar, _lines, dockerfile, edits, copiedFrom, _newline);
        }

        // ---- structure ------------------------------------------------------------------------------------------

        /// <summary>The key under which a node sits: its own key for a value, the list's key for a list item.</summary>
        private static string? KeyAbove(YamlNode node)
        {
            if (node.Parent is YamlSequence seq) return seq.TryGetEntry(out _, out var e) ? e.KeyText : null;
            return node.TryGetEntry(out _, out var entry) ? entry.KeyText : null;
        }

        /// <summary>
        /// The list key a mount string is used under: <c>volumes</c> for an item of a service's <c>volumes</c>, <c>tmpfs</c> for
        /// one of its <c>tmpfs</c>; and for a string anchored under an extension field, alone (<c>x-etc: &amp;etc /etc:/e</c>) or
        /// in a list (<c>x-vols: &amp;vols [...]</c>), the key every alias of it sits under (<c>- *etc</c> in <c>volumes</c>,
        /// <c>volumes: *vols</c>): fixed in the anchor, as docs/rules/README.md says (audit 136 X136-6). Null otherwise.
        /// </summary>
        private string? MountListKey(YamlScalar scalar)
        {
            var own = KeyAbove(scalar);
            if ((own == "volumes" && scalar.Parent is YamlSequence) || own == "tmpfs") return own;
            if (own is null || !own.StartsWith("x-", StringComparison.Ordinal)) return null;
            YamlNode anchored = scalar.Parent is YamlSequence list ? list : scalar;
            string? used = null;
            foreach (var alias in _file.Aliases)
            {
                if (!ReferenceEquals(alias.Target, anchored)) continue;
                // A use under a key that is no setting (environment: { MOUNT: *etc }) is written out with the value it had
                // when the anchor is fixed (KeepAliasesOfOtherSettings; audit 137 Q137-3).
                if (ReferenceEquals(anchored, scalar) && !SameSetting(own, AliasSetting(alias))) continue;
                var key = alias.Parent is YamlSequence items ? (items.TryGetEntry(out _, out var entry) ? entry.KeyText : null) : (alias.Key as YamlScalar)?.Value;
                // An item alias stands for one string, a list's alias for the list: each under the key the list names.
                var fits = ReferenceEquals(anchored, scalar) ? alias.Parent is YamlSequence || key == "tmpfs" : alias.Parent is YamlMapping;
                if (!fits || key is not ("volumes" or "tmpfs") || (used is not null && used != key)) return null;
                used = key;
            }
            return used;
        }

        private static bool IsServicesMapping(YamlNode? node) => node is YamlMapping mapping && ComposeProject.IsServicesMapping(mapping);

        /// <summary>The root of one of the file's documents (a file format 1 file's services are its root).</summary>
        private bool IsDocumentRoot(YamlNode node) => _file.Documents.Exists(d => ReferenceEquals(d, node));

        // ---- removal ----------------------------------------------------------------------------------------------

        /// <param name="settingAlone">The value is a setting removed alone (<see cref="FixKind.RemoveEntry"/> with a key).</param>
        private bool RemoveEntry(YamlScalar scalar, List<TextEdit> edits, bool settingAlone = false)
        {
            if (scalar.Parent is YamlSequence seq) return RemoveAliases(scalar, edits) && RemoveItem(seq, scalar, edits);
            if (!scalar.TryGetEntry(out var mapping, out var entry)) return false;
            // A value inside a long-syntax list entry (`- source: /dev/sda`): the whole entry goes. Not a setting removed
            // alone, as a lifecycle hook's `privileged: true` (`post_start: [{ command: x, privileged: true }]`): the hook
            // stays, without the flag, which is off by default.
            if (mapping.Parent is YamlSequence owner && !settingAlone) return RemoveAliases(mapping, edits) && RemoveItem(owner, mapping, edits);
            // `privileged: &p true` that other services use as *p: switched off where it is written, it is off for them all.
            if (IsAliased(scalar) && ServiceReader.TryParseBool(scalar.Value, out var on) && on) return SetValue(scalar, "false", edits);
            return RemoveAliases(scalar, edits) && RemoveMappingEntry(mapping, entry, edits);
        }

        private bool IsAliased(YamlNode node) => _file.Aliases.Exists(a => ReferenceEquals(a.Target, node));

        /// <summary>
        /// Removes every alias of a node that is removed, so none is left without its anchor: the finding at the anchor
        /// names every service using it, and the fix takes the value out of all of them; one of a scalar under another
        /// setting is written out with its value instead. False when an alias cannot go (a merge key's).
        /// </summary>
        private bool RemoveAliases(YamlNode node, List<TextEdit> edits)
        {
            var setting = node is YamlScalar ? SettingKeyOf(node, node.Parent) : null;
            foreach (var alias in _file.Aliases)
            {
                if (!ReferenceEquals(alias.Target, node)) continue;
                // An alias under another key (CAP: *caps in environment, a label) is another setting: it keeps its value
                // (audit 137 Q137-5: it went with the capability).
                if (node is YamlScalar scalar && !SameSetting(setting, AliasSetting(alias)))
                {
                    if (!WriteOut(scalar, alias, edits)) return false;
                    continue;
                }
                if (alias.Parent is YamlSequence seq && !IsMergeValue(seq))
                {
                    if (!RemoveItem(seq, alias.At, edits)) return false;
                }
                else if (alias.Parent is YamlMapping mapping && alias.Key is YamlScalar { IsMergeKey: false } key)
                {
                    if (!RemoveMappingEntry(mapping, new YamlEntry(key, alias.At), edits)) return false;
                }
                else return false;
            }
            return true;
        }

        private static bool IsMergeValue(YamlSequence seq) => seq.TryGetEntry(out _, out var entry) && entry.Key is YamlScalar { IsMergeKey: true };

        /// <summary>Counts a removal once however many fixes ask for it; returns how many of the collection's children go.</summary>
        private static int Removed<T>(Dictionary<T, HashSet<int>> removed, T collection, YamlNode child) where T : YamlNode
        {
            if (!removed.TryGetValue(collection, out var offsets)) removed[collection] = offsets = new HashSet<int>();
            offsets.Add(child.StartOffset);
            return offsets.Count;
        }

        private bool RemoveItem(YamlSequence seq, YamlNode item, List<TextEdit> edits)
        {
            if (!KeepAliasesOfOtherSettings(seq, edits)) return false;
            var emptied = Removed(_removedItems, seq, item) >= seq.Items.Count;
            var keyed = seq.TryGetEntry(out var mapping, out var entry);
            // The list would be empty (`cap_add:` with nothing under it is null): remove its key, unless it is anchored
            // (an alias may use it) or tagged, then it stays, as `[]`: an override's `cap_add: !override [SYS_ADMIN]` keeps
            // the file it overrides from adding its own, and without the key that list would come through (compose-spec
            // 13-merge.md, "Replace value").
            // So does a list written over one its mapping merges (<<: *base): a key of the mapping's own replaces the merged
            // one whole (YAML merge key), so without it the merged list would come through (audit 20, H1).
            var keepsList = seq.Anchor is not null || seq.Tag is not null || (keyed && MergesKey(mapping, entry.KeyText)) || _listsAddedTo.Contains(seq);
            if (emptied && keyed && !keepsList) return RemoveMappingEntry(mapping, entry, edits);
            if (seq.IsFlow)
            {
                if (!emptied) return RemoveFlowElement(item, edits);
                edits.Add(new TextEdit(_text.IndexOf('[', seq.StartOffset) + 1, seq.EndOffset - 1, string.Empty));
                return true;
            }
            if (!StartsLine(item, allowDash: true)) return false;
            if (emptied && keepsList)
            {
                var at = keyed ? AfterProperties(entry.Key) : -1;
                if (at < 0) return false;
                edits.Add(TextEdit.Insert(at, " []"));
            }
            RemoveLines(edits, WithSuppressionsAbove(item.StartLine), LastLineOf(item), item.StartLine);
            return true;
        }

        /// <summary>Whether one of the mappings <paramref name="mapping"/> merges (<c>&lt;&lt;</c>) has the key.</summary>
        private static bool MergesKey(YamlMapping mapping, string? key) => key is not null && MergedValue(mapping, key) is not null;

        /// <summary>The value of the key in the mappings <paramref name="mapping"/> merges, the first that has it winning.</summary>
        private static YamlNode? MergedValue(YamlMapping mapping, string key)
        {
            foreach (var source in mapping.MergeSources)
                if (source.Get(key) is { } value) return value;
            return null;
        }

        private bool RemoveMappingEntry(YamlMapping mapping, YamlEntry entry, List<TextEdit> edits)
        {
            var ownEntries = mapping.Entries.Count + (mapping.MergeEntry is null ? 0 : 1);
            // `bind:` left empty goes too; an anchored mapping stays (see KeepEmptiedMappings).
            if (ownEntries == 1 && mapping.Anchor is null && mapping.Parent is YamlMapping && !IsServicesMapping(mapping.Parent) && mapping.TryGetEntry(out var pm, out var pe))
                return RemoveMappingEntry(pm, pe, edits);
            if (mapping.IsFlow)
            {
                _removedKeys.Add(entry.Key);
                return RemoveFlowElement(entry.Key, edits, entry.Value);
            }
            if (!StartsLine(entry.Key, allowDash: false))
                return StartsLine(entry.Key, allowDash: true) && RemoveEntryAfterDash(mapping, entry, edits);
            _removedKeys.Add(entry.Key);
            if (Removed(_removedEntries, mapping, entry.Key) == ownEntries && (mapping.Anchor is not null || IsServicesMapping(mapping.Parent)))
            {
                if (!mapping.TryGetEntry(out _, out var owner)) return false;
                _emptiedMappings[mapping] = owner.Key;
            }
            RemoveLines(edits, WithSuppressionsAbove(entry.Key.StartLine), Math.Max(entry.Key.EndLine, LastLineOf(entry.Value)), entry.Key.StartLine);
            return true;
        }

        /// <summary>
        /// The first key of a list item's mapping, written after the dash (<c>- privileged: true</c> over a hook's
        /// <c>command:</c>): it goes from the dash's line, and what the next line holds moves up after the dash
        /// (<c>- command: x</c>). Not the item's only key, which would leave the item empty.
        /// </summary>
        private bool RemoveEntryAfterDash(YamlMapping mapping, YamlEntry entry, List<TextEdit> edits)
        {
            if (mapping.Entries.Count < 2 || mapping.MergeEntry is not null || !ReferenceEquals(mapping.Entries[0].Key, entry.Key)) return false;
            var lastLine = Math.Max(entry.Key.EndLine, LastLineOf(entry.Value));
            if (lastLine >= mapping.Entries[1].Key.StartLine) return false;
            _removedKeys.Add(entry.Key);
            edits.Add(new TextEdit(entry.Key.StartOffset, SkipSpaces(LineEndIncludingBreak(lastLine)), string.Empty));
            return true;
        }

        /// <summary>
        /// A mapping whose every key a fix removed would be left as <c>web:</c> with nothing under it, which is null: Compose
        /// rejects a null service ("service must be a mapping"), and a merge key (<c>&lt;&lt;: *caps</c>) a null anchor.
        /// Such a service or anchored mapping becomes <c>web: {}</c>, unless another fix adds a setting under it. Called
        /// once every finding is planned.
        /// </summary>
        public void KeepEmptiedMappings(List<TextEdit> edits)
        {
            foreach (var emptied in _emptiedMappings)
                if (!_servicesAddedTo.Contains(emptied.Key) && AfterProperties(emptied.Value) is var at && at >= 0) edits.Add(TextEdit.Insert(at, " {}"));
        }

        /// <summary>
        /// Removes an element of a flow collection with the comma that separates it from its neighbour: the one after it,
        /// or, for the last element, the one after the element before it (where JSON written with leading commas has it,
        /// the one before the next element). An element on a line of its own (one element per line, JSON style) goes with
        /// its line, its end-of-line comment included; a comment of the neighbour whose comma goes stays.
        /// </summary>
        private bool RemoveFlowElement(YamlNode first, List<TextEdit> edits, YamlNode? last = null)
        {
            var start = first.StartOffset;
            var end = (last ?? first).EndOffset;
            var ownLines = OwnLines(start, end);
            var after = SkipSpaces(end);
            if (after < _text.Length && _text[after] == ',')
            {
                if (ownLines is { } lines && IsLineEnd(SkipSpaces(after + 1), allowComment: true)) edits.Add(new TextEdit(lines.Start, lines.End, string.Empty));
                else edits.Add(new TextEdit(start, SkipSpaces(after + 1), string.Empty));
                return true;
            }
            var comma = SeparatorBefore(first) ?? SeparatorAfter(end);
            if (ownLines is { } own)
            {
                edits.Add(new TextEdit(own.Start, own.End, string.Empty));
                // The comma left after the element before it would be a trailing comma the list did not have (and JSON does
                // not read): it goes too (audit 34 F5).
                if (comma is { } c && (c < own.Start || c >= own.End))
                {
                    edits.Add(new TextEdit(c, c + 1, string.Empty));
                    _removedCommas.Add(c);
                }
                return true;
            }
            if (comma is { } before && before < start)
            {
                // An end-of-line comment between the comma and the element: it belongs to the element before, which stays, so
                // the comma and the element go, not what lies between (audit 136 X136-3); without one, the bracket follows
                // the element that stays (audit 38).
                if (SkipSpaces(before + 1) is var gap && gap < start && _text[gap] == '#')
                {
                    edits.Add(new TextEdit(before, before + 1, string.Empty));
                    _removedCommas.Add(before);
                    edits.Add(new TextEdit(start, end, string.Empty));
                }
                else edits.Add(new TextEdit(before, end, string.Empty));
            }
            else if (comma is { } next) edits.Add(new TextEdit(start, next + 1, string.Empty));
            else edits.Add(new TextEdit(start, end, string.Empty));
            return true;
        }

        // Commas a removal takes (see RemoveFlowElement): an element added after the one before them needs one of its own.
        private readonly HashSet<int> _removedCommas = new HashSet<int>();

        /// <summary>
        /// The whole lines [start, end) take when nothing else is on them (indentation before, an end-of-line comment or a
        /// comma after), with the line break; null otherwise.
        /// </summary>
        private (int Start, int End)? OwnLines(int start, int end)
        {
            var lineStart = start;
            while (lineStart > 0 && (_text[lineStart - 1] == ' ' || _text[lineStart - 1] == '\t')) lineStart--;
            if (lineStart > 0 && _text[lineStart - 1] != '\n' && _text[lineStart - 1] != '\r') return null;
            var next = SkipSpaces(end);
            if (next < _text.Length && _text[next] == ',') next = SkipSpaces(next + 1);
            if (!IsLineEnd(next, allowComment: true)) return null;
            return (lineStart, LineEndIncludingBreak(_lines.LineOf(Math.Max(end - 1, start))));
        }

        /// <summary>Whether only the end of the line follows <paramref name="i"/> (or a comment, when <paramref name="allowComment"/>).</summary>
        private bool IsLineEnd(int i, bool allowComment) =>
            i >= _text.Length || _text[i] == '\n' || _text[i] == '\r' || (allowComment && _text[i] == '#');

        /// <summary>The comma after the element before <paramref name="element"/> in its flow collection, or null.</summary>
        private int? SeparatorBefore(YamlNode element)
        {
            YamlNode? previous = null;
            switch (element.Parent)
            {
                case YamlMapping mapping:
                    for (var i = 0; i < mapping.Entries.Count && !ReferenceEquals(mapping.Entries[i].Key, element); i++) previous = mapping.Entries[i].Value;
                    break;
                case YamlSequence sequence:
                    for (var i = 0; i < sequence.Items.Count && !ReferenceEquals(sequence.Items[i], element); i++) previous = sequence.Items[i];
                    break;
            }
            if (previous is null) return null;
            var comma = SkipBlank(previous.EndOffset);
            return comma < element.StartOffset && _text[comma] == ',' ? comma : null;
        }

        /// <summary>The comma before the next element (JSON written with leading commas: <c>"a": 1\n, "b": 2</c>), or null.</summary>
        private int? SeparatorAfter(int end)
        {
            var comma = SkipBlank(end);
            return comma < _text.Length && _text[comma] == ',' ? comma : null;
        }

        /// <summary>Skips spaces, line breaks and comments.</summary>
        private int SkipBlank(int i)
        {
            while (i < _text.Length)
            {
                var c = _text[i];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') i++;
                else if (c == '#' && (i == 0 || char.IsWhiteSpace(_text[i - 1])))
                    while (i < _text.Length && _text[i] != '\n' && _text[i] != '\r') i++;
                else break;
            }
            return i;
        }

        // ---- values -----------------------------------------------------------------------------------------------

        /// <summary>
        /// Rewrites a scalar. Several fixes of one scalar (<c>nosuid</c> and <c>nodev</c> in one option list) build on
        /// each other: every one of them carries the combined edit, so one run applies them all.
        /// </summary>
        private bool SetValue(YamlScalar scalar, string value, List<TextEdit> edits)
        {
            if (CurrentValue(scalar) == value) return false;
            if (!KeepAliasesOfOtherSettings(scalar, edits)) return false;
            var edit = new TextEdit(ContentStart(scalar), ContentEnd(scalar), Render(scalar, value));
            if (!_rewrites.TryGetValue(scalar, out var rewrite))
            {
                rewrite = new ScalarRewrite();
                _rewrites[scalar] = rewrite;
            }
            rewrite.Value = value;
            foreach (var (list, index) in rewrite.Uses) list[index] = edit;
            edits.Add(edit);
            rewrite.Uses.Add((edits, edits.Count - 1));
            return true;
        }

        /// <summary>
        /// An anchored value that an alias uses under another key (<c>user: &amp;runas root</c> and <c>RUN_AS: *runas</c>) is
        /// another setting, which the fix must not change: the alias is written out with the value it had. False when that
        /// cannot be written (a block scalar).
        /// </summary>
        private bool KeepAliasesOfOtherSettings(YamlScalar scalar, List<TextEdit> edits)
        {
            if (!IsAliased(scalar)) return true;
            var setting = SettingKeyOf(scalar, scalar.Parent);
            foreach (var alias in _file.Aliases)
            {
                if (!ReferenceEquals(alias.Target, scalar)) continue;
                if (SameSetting(setting, AliasSetting(alias))) continue;
                if (!WriteOut(scalar, alias, edits)) return false;
            }
            return true;
        }

        /// <summary>Writes the anchored scalar's value where the alias is; false when it cannot be written there (a block scalar).</summary>
        private bool WriteOut(YamlScalar scalar, YamlAlias alias, List<TextEdit> edits)
        {
            if (scalar.Style is YamlScalarStyle.Literal or YamlScalarStyle.Folded) return false;
            var written = _text.Substring(ContentStart(scalar), ContentEnd(scalar) - ContentStart(scalar));
            if (scalar.Style == YamlScalarStyle.Plain && InFlowCollection(alias.At) && EndsInFlow(written)) written = DoubleQuote(scalar.Value);
            edits.Add(new TextEdit(alias.At.StartOffset, alias.At.EndOffset, written));
            return true;
        }

        /// <summary>
        /// The list counterpart of <see cref="KeepAliasesOfOtherSettings(YamlScalar, List{TextEdit})"/>: an anchored list an alias
        /// uses under another key (<c>cap_add: &amp;caps [SYS_ADMIN]</c> and <c>command: *caps</c>) is written out there as
        /// the flow list it was. False when that cannot be written exactly (an item that is not a one-line scalar).
        /// </summary>
        private bool KeepAliasesOfOtherSettings(YamlSequence seq, List<TextEdit> edits)
        {
            if (seq.Anchor is null || !IsAliased(seq)) return true;
            var setting = seq.EntryKey;
            string? written = null;
            foreach (var alias in _file.Aliases)
            {
                if (!ReferenceEquals(alias.Target, seq)) continue;
                if (SameSetting(setting, AliasSetting(alias))) continue;
                written ??= FlowList(seq);
                if (written is null) return false;
                edits.Add(new TextEdit(alias.At.StartOffset, alias.At.EndOffset, written));
            }
            return true;
        }

        private static string? AliasSetting(YamlAlias alias) => alias.Parent is YamlMapping ? (alias.Key as YamlScalar)?.Value : alias.Parent.EntryKey;

        /// <summary>
        /// Whether an alias under <paramref name="aliasSetting"/> is the setting the anchored value under
        /// <paramref name="anchorSetting"/> is. A value anchored under an extension field (<c>x-caps: &amp;caps [...]</c>)
        /// is no setting itself: an alias under a key the linter reads (<c>cap_add: *caps</c>) is that setting, one under
        /// any other key (<c>command: *caps</c>, <c>x-doc: *caps</c>) another.
        /// </summary>
        private static bool SameSetting(string? anchorSetting, string? aliasSetting) =>
            aliasSetting == anchorSetting
            || ((anchorSetting is null || anchorSetting.StartsWith("x-", StringComparison.Ordinal)) && aliasSetting is not null && ServiceReader.IsSettingKey(aliasSetting));

        /// <summary>The list as a one-line flow sequence of its items as written; null when an item cannot be written so.</summary>
        private string? FlowList(YamlSequence seq)
        {
            if (seq.IsFlow && seq.StartLine == seq.EndLine)
            {
                var open = _text.IndexOf('[', seq.StartOffset);
                return _text.Substring(open, seq.EndOffset - open);
            }
            var items = new List<string>(seq.Items.Count);
            foreach (var item in seq.Items)
            {
                if (item is not YamlScalar scalar || scalar.Style is YamlScalarStyle.Literal or YamlScalarStyle.Folded || scalar.StartLine != scalar.EndLine)
                    return null;
                var text = _text.Substring(ContentStart(scalar), ContentEnd(scalar) - ContentStart(scalar));
                items.Add(scalar.Style == YamlScalarStyle.Plain && EndsInFlow(text) ? DoubleQuote(scalar.Value) : text);
            }
            return "[" + string.Join(", ", items) + "]";
        }

        /// <summary>The key a value is the setting of: its own key, or for a list item the list's.</summary>
        private static string? SettingKeyOf(YamlNode node, YamlNode? parent) =>
            parent is YamlSequence sequence ? sequence.EntryKey : node.EntryKey;

        private string CurrentValue(YamlScalar scalar) => _rewrites.TryGetValue(scalar, out var r) ? r.Value : scalar.Value;

        private sealed class ScalarRewrite
        {
            public string Value = string.Empty;
            public List<(List<TextEdit> Edits, int Index)> Uses { get; } = new List<(List<TextEdit>, int)>();
        }

        /// <summary>Writes a value in the style the scalar was written in, quoting a plain one only when it must.</summary>
        private static string Render(YamlScalar original, string value)
        {
            switch (original.Style)
            {
                case YamlScalarStyle.SingleQuoted:
                    return "'" + value.Replace("'", "''") + "'";
                case YamlScalarStyle.DoubleQuoted:
                    return DoubleQuote(value);
                default:
                    // A block scalar (`user: >-` then `0`) is a string whatever its text: written plain, `10001` would be
                    // a number, which Compose refuses for a string key (compose-spec schema: user is a string).
                    var wasString = original.Style is YamlScalarStyle.Literal or YamlScalarStyle.Folded || !LooksTyped(original.Value);
                    return NeedsQuotes(value) || (wasString && LooksTyped(value)) || (InFlowCollection(original) && EndsInFlow(value))
                        ? DoubleQuote(value) : value;
            }
        }

        private static bool InFlowCollection(YamlNode node)
        {
            for (var parent = node.Parent; parent is not null; parent = parent.Parent)
                if (parent is YamlMapping { IsFlow: true } or YamlSequence { IsFlow: true }) return true;
            return false;
        }

        /// <summary>Whether a plain scalar in a flow collection would end early: <c>,</c> and brackets end it there (YAML 1.2, 7.3.3).</summary>
        private static bool EndsInFlow(string value) => value.IndexOfAny(FlowIndicators) >= 0;

        private static readonly char[] FlowIndicators = { ',', '[', ']', '{', '}' };

        private static string DoubleQuote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

        /// <summary>A plain scalar YAML reads as something other than a string (number, boolean, null).</summary>
        private static bool LooksTyped(string value)
        {
            if (value.Length == 0) return true;
            if (ServiceReader.TryParseBool(value, out _)) return true;
            if (value == "~" || value.Equals("null", StringComparison.OrdinalIgnoreCase)) return true;
            // YAML 1.1's base 60 (`1000:50` is 60050 to PyYAML and other 1.1 readers; Compose reads 1.2): quoted, it is a string
            // to every reader (audit 34 Q1).
            if (Sexagesimal.IsMatch(value)) return true;
            return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
        }

        // yaml.org/type/int.html and float.html (YAML 1.1): [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+, and the float form with a fraction.
        private static readonly System.Text.RegularExpressions.Regex Sexagesimal = new System.Text.RegularExpressions.Regex(
            @"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static bool NeedsQuotes(string value)
        {
            if (value.Length == 0) return true;
            if (value.IndexOf(": ", StringComparison.Ordinal) >= 0 || value.IndexOf(" #", StringComparison.Ordinal) >= 0) return true;
            if (value.EndsWith(":", StringComparison.Ordinal) || value[0] == ' ' || value[value.Length - 1] == ' ') return true;
            return "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0 && !(value[0] == '-' && value.Length > 1 && value[1] != ' ');
        }

        /// <summary>Edits the option list held in a scalar: <c>/a:/b:rshared</c>, <c>/run:suid</c>, <c>o: bind,rw</c>.</summary>
        private bool EditOptions(YamlScalar scalar, string? oldOption, string? newOption, List<TextEdit> edits)
        {
            var key = KeyAbove(scalar);
            var listKey = MountListKey(scalar);
            if (key == "propagation")
            {
                if (Interpolator.HasReferences(scalar.Value)) return false; // propagation: ${PROP}, set where PROP is
                if (newOption is null) return RemoveEntry(scalar, edits);
                return SetValue(scalar, oldOption is null ? newOption : newOption, edits);
            }

            var value = CurrentValue(scalar);
            string prefix, options;
            if (listKey == "volumes")
            {
                var parts = WrittenParts(value, volume: true);
                if (parts is null || parts.Count < 2 || parts.Count > 3) return false;
                prefix = parts[0] + ":" + parts[1];
                options = parts.Count > 2 ? parts[2] : string.Empty;
            }
            else if (listKey == "tmpfs")
            {
                var parts = WrittenParts(value, volume: false);
                if (parts is null) return false;
                prefix = parts[0];
                options = parts.Count > 1 ? parts[1] : string.Empty;
            }
            else
            {
                prefix = null!;
                options = value;
            }

            // Options as written: a comma inside `${OPTS:-rw,suid}` separates nothing, and an option only a variable
            // holds is not there to replace.
            if (VolumeSyntax.SplitWritten(options, ',') is not { } written) return false;
            var list = new List<string>(options.Length == 0 ? Array.Empty<string>() : written.ToArray());
            if (oldOption is not null)
            {
                var i = list.FindIndex(o => string.Equals(o.Trim(), oldOption, StringComparison.OrdinalIgnoreCase));
                if (i < 0) return false;
                if (newOption is null) list.RemoveAt(i);
                else list[i] = newOption;
            }
            else
            {
                if (list.Exists(o => string.Equals(o.Trim(), newOption, StringComparison.OrdinalIgnoreCase))) return false;
                MountOptionList.AddFixedOption(list, newOption!);
            }
            var joined = string.Join(",", list);
            var result = prefix is null ? joined : joined.Length == 0 ? prefix : prefix + ":" + joined;
            return SetValue(scalar, result, edits);
        }

        private bool MakeReadOnly(YamlScalar scalar, List<TextEdit> edits)
        {
            var key = KeyAbove(scalar);
            if (MountListKey(scalar) == "volumes")
            {
                var current = CurrentValue(scalar);
                var parts = WrittenParts(current, volume: true);
                if (parts is null) return false;
                if (parts.Count == 2) return SetValue(scalar, current + ":ro", edits);
                // A mode written with a variable (`:${MODE:-rw}`) is decided where the variable is set.
                if (parts.Count != 3 || Interpolator.HasReferences(parts[2])) return false;
                // Compose takes the last of ro and rw, untrimmed (ServiceReader.ShortVolume): the last rw becomes ro, else a
                // spaced " ro" (no option to Compose) is written as one, else ro is added.
                var options = new List<string>(parts[2].Split(','));
                var rw = options.FindLastIndex(o => o == "rw");
                var spaced = options.FindIndex(o => o != "ro" && o.Trim() == "ro");
                if (rw >= 0) options[rw] = "ro";
                else if (options.Contains("ro")) return false;
                else if (spaced >= 0) options[spaced] = "ro";
                else options.Add("ro");
                return SetValue(scalar, parts[0] + ":" + parts[1] + ":" + string.Join(",", options), edits);
            }
            // A source written as an alias (`source: *src`, with `x-src: &src /etc`) is reported at the anchor: the mounts
            // are the mappings that use it, wherever the anchor itself is written.
            if (IsAliased(scalar)) return MakeAliasedReadOnly(scalar, edits);
            if (!scalar.TryGetEntry(out var mapping, out _)) return false;
            return MakeMountReadOnly(mapping, key, edits, out var changed) && changed;
        }

        /// <summary>
        /// Every mount whose source (or local volume <c>device</c>) is the anchored scalar, as written or through an alias,
        /// made read-only; an alias used anywhere else is no mount and is left alone. False (no fix) when there is no such
        /// mount or one of them cannot be made read-only exactly.
        /// </summary>
        private bool MakeAliasedReadOnly(YamlScalar scalar, List<TextEdit> edits)
        {
            var mounts = new List<(YamlMapping Mapping, string Key)>();
            if (scalar.TryGetEntry(out var own, out var ownEntry) && ReferenceEquals(ownEntry.Value, scalar) && IsMountSource(own, ownEntry.KeyText))
                mounts.Add((own, ownEntry.KeyText!));
            foreach (var alias in _file.Aliases)
                if (ReferenceEquals(alias.Target, scalar) && alias.Parent is YamlMapping m && alias.Key is YamlScalar k && IsMountSource(m, k.Value))
                    mounts.Add((m, k.Value));
            if (mounts.Count == 0) return false;
            var planned = new List<TextEdit>();
            var any = false;
            foreach (var (mapping, key) in mounts)
            {
                if (!MakeMountReadOnly(mapping, key, planned, out var changed)) return false;
                any |= changed;
            }
            edits.AddRange(planned);
            return any;
        }

        /// <summary>A long-syntax volume's <c>source</c>, or a top-level volume's <c>driver_opts.device</c>.</summary>
        private static bool IsMountSource(YamlMapping mapping, string? key) =>
            (key == "source" && mapping.Parent is YamlSequence && KeyAbove(mapping) == "volumes")
            || (key == "device" && KeyAbove(mapping) == "driver_opts");

        /// <summary>Makes the mount a mapping describes read-only; <paramref name="changed"/> is false when it already is.</summary>
        private bool MakeMountReadOnly(YamlMapping mapping, string? key, List<TextEdit> edits, out bool changed)
        {
            changed = false;
            if (key == "device")
            {
                // A local volume bound through driver_opts: read-only is a mount option.
                if (mapping.Get("o") is not YamlScalar o) return false;
                if (VolumeSyntax.SplitWritten(CurrentValue(o), ',') is { } options && options.Exists(x => x.Trim() == "ro")) return true;
                return changed = EditOptions(o, null, "ro", edits);
            }
            var existing = mapping.Get("read_only") as YamlScalar;
            var isReadOnly = existing is not null && ServiceReader.TryParseBool(CurrentValue(existing), out var on) && on;
            if (existing is not null && !isReadOnly && Interpolator.HasReferences(existing.Value)) return false; // read_only: ${RO:-false} is set where RO is
            if (!RemoveWritableSubmounts(mapping, edits, out var removed)) return false;
            if (isReadOnly)
            {
                changed = removed;
                return true;
            }
            return changed = existing is not null ? SetValue(existing, "true", edits) : InsertEntry(mapping, "read_only", "true", edits);
        }

        /// <summary>
        /// Removes a mount's <c>bind.recursive: writable</c>, which keeps a read-only bind's submounts writable (see
        /// <see cref="ServiceReader"/>: <c>/proc</c>, <c>/sys</c> and <c>/</c> stay writable below their top), with the
        /// <c>bind:</c> key when it is left empty: the bind is then recursively read-only, Compose's default, as the C# fix
        /// sets <c>ReadOnlyNonRecursive = false</c>. False (no fix) when it cannot go here: a value with a variable that
        /// resolves to <c>writable</c> (decided where the variable is set), or one merged in (<c>&lt;&lt;: *opts</c>) or
        /// written as an alias, which other mounts share.
        /// </summary>
        private bool RemoveWritableSubmounts(YamlMapping mount, List<TextEdit> edits, out bool removed)
        {
            removed = false;
            if (mount.Get("bind") is not YamlMapping bind || !bind.TryGet("recursive", out var entry) || entry.Value is not YamlScalar value) return true;
            if (Interpolator.HasReferences(value.Value))
            {
                var interpolated = Interpolator.Interpolate(value.Value, _environment);
                return !interpolated.IsResolved || interpolated.Value != "writable";
            }
            if (value.Value != "writable") return true;
            if (!ReferenceEquals(value.Parent, bind) || !bind.Entries.Exists(e => ReferenceEquals(e.Key, entry.Key))) return false;
            return removed = RemoveEntry(value, edits, settingAlone: true);
        }

        /// <summary>
        /// The <c>:</c>-separated parts of a short-syntax volume (<c>SOURCE:TARGET[:MODE]</c>) or of a tmpfs entry
        /// (<c>PATH[:OPTIONS]</c>) as written, found the way Compose finds them after interpolation: not at the <c>:</c> of
        /// <c>${HOST_ETC:-/etc}</c>. Null when that cannot be told: an unclosed <c>${</c>, or a variable whose value from
        /// the <c>.env</c> holds a <c>:</c> of its own (a mode added after it could land in the wrong part).
        /// </summary>
        private List<string>? WrittenParts(string value, bool volume)
        {
            var parts = VolumeSyntax.SplitWritten(value, ':', keepDriveLetters: volume, maxParts: volume ? int.MaxValue : 2);
            if (parts is null) return null;
            for (var i = 0; i < parts.Count - (volume ? 0 : 1); i++)
            {
                if (!Interpolator.HasReferences(parts[i])) continue;
                var interpolated = Interpolator.Interpolate(parts[i], _environment);
                if (interpolated.Error is not null) return null;
                if (volume ? VolumeSyntax.Split(interpolated.Value).Count != 1 : interpolated.Value.IndexOf(':') >= 0) return null;
            }
            return parts;
        }

        // ---- additions --------------------------------------------------------------------------------------------

        private static bool IsListKey(string key) => key == "cap_drop" || key == "security_opt" || key == "cap_add";

        private bool AddSetting(YamlScalar serviceKey, string fixKey, string value, List<TextEdit> edits)
        {
            if (!serviceKey.TryGetEntry(out var services, out var serviceEntry) || !ReferenceEquals(serviceEntry.Key, serviceKey)) return false;
            var key = SettingKeys.ComposeKeyOf(fixKey);
            var isList = IsListKey(key);
            var rendered = RenderNew(value);

            // Reported at the setting's own key: a later file's `cap_drop: !reset []` (see ServiceReader.DeclaredAt).
            if (serviceEntry.KeyText == key && serviceEntry.Value is not YamlMapping && !IsDocumentRoot(services) && !IsServicesMapping(services))
                return AddTo(serviceEntry.Value, value, isList, rendered, edits);

            if (serviceEntry.Value is YamlMapping service)
            {
                if (service.Entries.Exists(e => e.KeyText == key && !_removedKeys.Contains(e.Key)))
                    return AddTo(service.Get(key)!, value, isList, rendered, edits);
                // A list the service merges (<<: *hardening with security_opt): a key written here would replace it whole
                // (YAML merge key) and drop its other items, so the item goes into that list, as into one an alias brings
                // in; the linter keeps the fix only when every service using the list reports it (audit 20, M1).
                if (isList && AdditionTarget(service, key) is YamlSequence merged && merged.TryGetEntry(out _, out var mergedEntry)
                    && !_removedKeys.Contains(mergedEntry.Key))
                    return AddTo(merged, value, isList, rendered, edits);
                if (service.IsFlow) return InsertFlowEntry(service, key, value, isList, edits);
                if (service.Entries.Count == 0 && service.MergeEntry is null) return false;
                var line = key + ": " + (isList ? "[" + rendered + "]" : rendered);
                // After the last key, as a person adds one. A service written as an alias (worker: *svc) is the anchored
                // mapping: the key goes there, for every service that uses it, as a removal from it does.
                var keyColumn = (service.MergeEntry?.Key ?? service.Entries[0].Key).StartColumn;
                _addedKeys.Add(InsertLineAfter(AfterNestedComments(LastContentLine(service), keyColumn), new string(' ', keyColumn - 1) + line, edits));
                _servicesAddedTo.Add(service);
                return true;
            }
            if (serviceEntry.Value is YamlScalar { IsNull: true } nothing)
            {
                var indent = new string(' ', serviceKey.StartColumn - 1 + 2);
                var line = key + ": " + (isList ? "[" + rendered + "]" : rendered);
                InsertLineAfter(Math.Max(serviceKey.EndLine, nothing.EndLine), indent + line, edits);
                return true;
            }
            return false;
        }

        /// <summary>
        /// The node a fix adding <paramref name="key"/> to a service writes into: the list the service has under the key
        /// (its own, an alias's or one it merges), its own scalar value, or else the service's mapping. The linter asks too,
        /// to tell which services share the edit.
        /// </summary>
        internal static YamlNode AdditionTarget(YamlMapping service, string key)
        {
            foreach (var entry in service.Entries)
                if (entry.KeyText == key) return entry.Value;
            return IsListKey(key) && MergedValue(service, key) is YamlSequence merged ? merged : service;
        }

        private bool AddTo(YamlNode existing, string value, bool isList, string rendered, List<TextEdit> edits)
        {
            // compose-spec 13-merge.md: `!reset` drops the earlier files' value and its own; `!override` keeps its own and
            // still drops theirs, as the reset meant to.
            if (existing.Tag == "!reset")
            {
                var end = existing.EndOffset;
                if (existing is YamlScalar { Value.Length: 0 })
                    for (end = existing.StartOffset; end < _text.Length && !char.IsWhiteSpace(_text[end]); end++) { } // an empty value ends on the next line
                edits.Add(new TextEdit(existing.StartOffset, end, isList ? "!override [" + rendered + "]" : rendered));
                return true;
            }
            if (!isList) return existing is YamlScalar s && SetValue(s, value, edits);
            if (existing is YamlSequence seq) return KeepAliasesOfOtherSettings(seq, edits) && AppendItem(seq, value, rendered, edits);
            if (existing is YamlScalar { IsNull: true } empty)
            {
                var at = ContentStart(empty);
                edits.Add(new TextEdit(at, Math.Max(at, empty.EndOffset), (at > 0 && _text[at - 1] == ' ' ? "" : " ") + "[" + rendered + "]"));
                return true;
            }
            return false;
        }

        private static string RenderNew(string value) => NeedsQuotes(value) || value.IndexOf(':') >= 0 || value.IndexOf(',') >= 0 ? DoubleQuote(value) : value;

        private bool AppendItem(YamlSequence seq, string value, string rendered, List<TextEdit> edits)
        {
            // An anchored list whose every item another fix removes stays as `[]`.
            var emptied = _removedItems.TryGetValue(seq, out var removed) && removed.Count >= seq.Items.Count;
            // Already there (and staying): the finding comes from elsewhere (a file that discards this list), and adding it
            // again would never settle.
            foreach (var item in seq.Items)
                if (item is YamlScalar s && (removed is null || !removed.Contains(item.StartOffset))
                    && string.Equals(s.Value.Trim(), value, StringComparison.OrdinalIgnoreCase))
                    return false;
            if (seq.IsFlow)
            {
                // After the last item that stays: an edit after one that another fix removes would overlap it.
                YamlNode? last = null;
                for (var i = seq.Items.Count - 1; i >= 0 && last is null; i--)
                    if (removed is null || !removed.Contains(seq.Items[i].StartOffset)) last = seq.Items[i];
                InsertFlowElement(seq, last, IsJsonStyle(seq.Items) || (seq.Items.Count == 0 && InJsonFile(seq)) ? DoubleQuote(value) : rendered, edits);
                return true;
            }
            if (emptied) return false; // the next pass appends to the `[]`
            var lastItem = seq.Items[seq.Items.Count - 1];
            var first = seq.Items[0];
            var lineStart = _lines.LineStart(first.StartLine);
            var prefix = _text.Substring(lineStart, first.StartOffset - lineStart);
            if (prefix.Trim() != "-") return false;
            InsertLineAfter(lastItem.EndLine, prefix + rendered, edits);
            return true;
        }

        private bool InsertEntry(YamlMapping mapping, string key, string value, List<TextEdit> edits)
        {
            if (mapping.IsFlow) return InsertFlowEntry(mapping, key, value, isList: false, edits);
            if (mapping.Entries.Count == 0) return false;
            var line = key + ": " + RenderNew(value);
            var keyColumn = mapping.Entries[mapping.Entries.Count > 1 ? 1 : 0].Key.StartColumn;
            var indent = new string(' ', keyColumn - 1);
            // After the line the mapping's content ends on, as a key added to a service goes: not after the anchor an
            // alias value stands for (written elsewhere), nor after the blank lines a block scalar takes along.
            InsertLineAfter(AfterNestedComments(LastContentLine(mapping), keyColumn), indent + line, edits);
            return true;
        }

        /// <summary>
        /// Adds <c>key: value</c> to a flow mapping. In a file written as JSON (its keys double-quoted) the entry is written
        /// as JSON too, so that the file stays JSON: <c>"cap_drop": ["ALL"]</c>, <c>"read_only": true</c>.
        /// </summary>
        private bool InsertFlowEntry(YamlMapping mapping, string key, string value, bool isList, List<TextEdit> edits)
        {
            var keys = new List<YamlNode>(mapping.Entries.Count);
            foreach (var e in mapping.Entries) keys.Add(e.Key);
            string entry;
            if (IsJsonStyle(keys) || (keys.Count == 0 && InJsonFile(mapping)))
            {
                var json = isList ? "[" + DoubleQuote(value) + "]" : value == "true" || value == "false" ? value : DoubleQuote(value);
                entry = DoubleQuote(key) + ": " + json;
            }
            else entry = key + ": " + (isList ? "[" + RenderNew(value) + "]" : RenderNew(value));
            // After the last entry that stays (removals are planned before additions).
            YamlNode? last = null;
            for (var i = mapping.Entries.Count - 1; i >= 0 && last is null; i--)
                if (!_removedKeys.Contains(mapping.Entries[i].Key)) last = mapping.Entries[i].Value;
            if (last is null && mapping.MergeEntry is { } merge) last = merge.Value;
            InsertFlowElement(mapping, last, entry, edits);
            return true;
        }

        /// <summary>Whether the keys of the mapping an empty collection is in are double-quoted (<c>"cap_drop": []</c>): a file written as JSON.</summary>
        private static bool InJsonFile(YamlNode empty) =>
            empty.Parent is YamlMapping { IsFlow: true } parent && parent.Entries.Count > 0
            && parent.Entries.TrueForAll(e => e.Key is YamlScalar { Style: YamlScalarStyle.DoubleQuoted });

        /// <summary>Whether the keys or items of a flow collection are all double-quoted strings: a file written as JSON.</summary>
        private static bool IsJsonStyle(List<YamlNode> nodes)
        {
            if (nodes.Count == 0) return false;
            foreach (var node in nodes)
                if (node is not YamlScalar { Style: YamlScalarStyle.DoubleQuoted }) return false;
            return true;
        }

        /// <summary>
        /// Inserts an element at the end of a flow collection whose last element is <paramref name="last"/> (null: empty).
        /// Where the elements are written one per line (JSON style), the new one gets a line of its own after the last,
        /// indented as it is; otherwise it goes before the closing bracket, and after a trailing comma
        /// (<c>{image: x,}</c>) it goes after the comma and keeps one, as a second comma would not read.
        /// </summary>
        private void InsertFlowElement(YamlNode collection, YamlNode? last, string element, List<TextEdit> edits)
        {
            // The same element asked for again (two services sharing an anchored list): the same edit, made once.
            if (_flowAdditions.TryGetValue((collection, element), out var made))
            {
                edits.Add(made);
                return;
            }
            var first = edits.Count;
            InsertFlowElementOnce(collection, last, element, edits);
            if (edits.Count == first + 1) _flowAdditions[(collection, element)] = edits[first];
        }

        private void InsertFlowElementOnce(YamlNode collection, YamlNode? last, string element, List<TextEdit> edits)
        {
            var close = collection.EndOffset - 1;
            // A second element added to an empty (or emptied) collection follows the first one added.
            if (last is null && !_filledFlowCollections.Add(collection)) element = ", " + element;
            if (last is not null && last.StartLine > collection.StartLine && _lines.LineOf(close) > last.EndLine)
            {
                var after = SkipSpaces(last.EndOffset);
                // The comma after an element that stays, with elements after it that go, is a separator, not the style of a
                // collection written with trailing commas: that shows after the collection's last element.
                var trailingComma = after < _text.Length && _text[after] == ',' && !_removedCommas.Contains(after)
                    && (ReferenceEquals(last, FinalElement(collection)) || EndsWithComma(collection));
                var rest = after < _text.Length && _text[after] == ',' ? SkipSpaces(after + 1) : after;
                // Nothing else on the last element's line but an end-of-line comment: the new element goes on a line of its
                // own after that line, and the comma it needs right after the element (before the comment).
                if (IsLineEnd(rest, allowComment: true))
                {
                    var lineEnd = rest;
                    while (lineEnd < _text.Length && _text[lineEnd] != '\n' && _text[lineEnd] != '\r') lineEnd++;
                    var lineStart = _lines.LineStart(_lines.LineOf(last.StartOffset));
                    var indent = _text.Substring(lineStart, SkipSpaces(lineStart) - lineStart);
                    if (trailingComma) edits.Add(TextEdit.Insert(lineEnd, _newline + indent + element + ","));
                    else if (lineEnd == rest) edits.Add(TextEdit.Insert(last.EndOffset, "," + _newline + indent + element));
                    else
                    {
                        // After a comment: the comma goes after the element, before the comment, and each element added after
                        // the first starts with the comma the one before it needs, so that the last has none, as the
                        // collection's last element had none (audit 34 F5). Additions at one place are written in the order made.
                        edits.Add(TextEdit.Insert(last.EndOffset, ","));
                        var next = !_flowLinesAddedTo.Add(collection);
                        edits.Add(TextEdit.Insert(lineEnd, (next ? "," : "") + _newline + indent + element));
                    }
                    return;
                }
            }
            // The last element on the collection's first line with an end-of-line comment after it, the bracket on a later
            // line: the element goes after it, before the comment (audit 136 X136-4, X136-5: it went into the comment).
            if (last is not null && _lines.LineOf(close) > last.EndLine)
            {
                var after = SkipSpaces(last.EndOffset);
                var comma = after < _text.Length && _text[after] == ',' && !_removedCommas.Contains(after);
                var rest = comma ? SkipSpaces(after + 1) : after;
                if (rest < _text.Length && _text[rest] == '#')
                {
                    edits.Add(comma ? TextEdit.Insert(after + 1, " " + element + ",") : TextEdit.Insert(last.EndOffset, ", " + element));
                    return;
                }
            }
            var before = close - 1;
            while (before >= 0 && char.IsWhiteSpace(_text[before])) before--;
            // After the element that stays when the ones after it go: where those were, the removal leaves nothing to follow.
            if (last is not null && !ReferenceEquals(last, FinalElement(collection)) && !EndsWithComma(collection))
                edits.Add(TextEdit.Insert(last.EndOffset, ", " + element));
            else if (last is not null && before >= 0 && _text[before] == ',') edits.Add(TextEdit.Insert(before + 1, " " + element + ","));
            // Right after the last element, before any blank that pads the bracket ({ image: nginx }).
            else if (last is not null) edits.Add(TextEdit.Insert(before + 1, ", " + element));
            // An empty collection with blanks, line breaks or a comment inside: the element goes right after the bracket (after
            // an anchor or a tag), padded as it is (audit 81 D81-6: [ ALL ], not [ ALL]; audit 91 K91-6: [\n] and [ # c\n]
            // were left unfixed).
            else if (FinalElement(collection) is null && OpeningBracket(collection, close) is var open && open + 1 < close)
                edits.Add(TextEdit.Insert(open + 1, (element.StartsWith(", ", StringComparison.Ordinal) || _text[open + 1] is not (' ' or '\t') ? "" : " ") + element));
            else edits.Add(TextEdit.Insert(close, element));
        }

        /// <summary>The '[' or '{' of a flow collection, after its anchor or tag (their names hold no brackets); <paramref name="close"/> when not found.</summary>
        private int OpeningBracket(YamlNode collection, int close)
        {
            var open = collection.StartOffset;
            while (open < close && _text[open] is not ('[' or '{')) open++;
            return open;
        }

        private static YamlNode? FinalElement(YamlNode collection) => collection switch
        {
            YamlSequence { Items.Count: > 0 } seq => seq.Items[seq.Items.Count - 1],
            YamlMapping { Entries.Count: > 0 } mapping => mapping.Entries[mapping.Entries.Count - 1].Value,
            _ => null,
        };

        /// <summary>Whether a flow collection is written with a comma after its last element (<c>[a, b,]</c>).</summary>
        private bool EndsWithComma(YamlNode collection)
        {
            if (FinalElement(collection) is not { } final) return false;
            var after = SkipBlank(final.EndOffset);
            return after < _text.Length && _text[after] == ',';
        }

        // The flow collections an element was added to on a line of its own after a comment (see InsertFlowElementOnce).
        private readonly HashSet<YamlNode> _flowLinesAddedTo = new HashSet<YamlNode>();

        // The empty flow collections an element was added to, and the edit adding each element (see InsertFlowElement).
        private readonly HashSet<YamlNode> _filledFlowCollections = new HashSet<YamlNode>();
        private readonly Dictionary<(YamlNode, string), TextEdit> _flowAdditions = new Dictionary<(YamlNode, string), TextEdit>();

        public bool IsAddedKey(TextEdit edit) => _addedKeys.Contains(edit);

        /// <summary>
        /// The last line a block collection's content is written on: a key added after it comes after a nested block, a
        /// block scalar or a multi-line value, and before the blank lines and comments that follow, which belong to what
        /// comes next. The collection ends where its last node does, and two kinds of node end past their text: a block
        /// scalar after the blank lines that follow it (its content only when it keeps them, <c>|+</c>), and an empty
        /// value with a tag (<c>labels: !reset</c>) at the next token.
        /// </summary>
        private int LastContentLine(YamlNode collection)
        {
            var end = collection.EndOffset;
            if (ScalarEndingAt(end) is { } last)
            {
                if (last.Style is YamlScalarStyle.Literal or YamlScalarStyle.Folded && KeepsTrailingLines(last))
                    return last.EndColumn == 1 && last.EndLine > last.StartLine ? last.EndLine - 1 : last.EndLine;
                if (last.Style == YamlScalarStyle.Plain && last.Value.Length == 0) return last.StartLine;
            }
            var i = end - 1;
            while (i > collection.StartOffset && char.IsWhiteSpace(_text[i])) i--;
            return _lines.LineOf(i);
        }

        /// <summary>
        /// The last of the comment lines right after <paramref name="line"/> that are indented deeper than the keys
        /// (<paramref name="keyColumn"/>): a commented-out entry of the last value (<c>      # - B=2</c> under a list) belongs
        /// with it, so a key added after the value goes below it. A blank line, or a comment at the keys' indentation or
        /// less, ends the search (those belong to what comes next, or to no one).
        /// </summary>
        private int AfterNestedComments(int line, int keyColumn)
        {
            while (line < _lines.LineCount)
            {
                var start = _lines.LineStart(line + 1);
                var i = start;
                while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t')) i++;
                if (i >= _text.Length || _text[i] != '#' || i - start + 1 <= keyColumn) break;
                line++;
            }
            return line;
        }

        private YamlScalar? ScalarEndingAt(int end)
        {
            if (_scalarsByEnd is null)
            {
                _scalarsByEnd = new Dictionary<int, YamlScalar>();
                foreach (var s in _file.Scalars) _scalarsByEnd[s.EndOffset] = s;
            }
            return _scalarsByEnd.TryGetValue(end, out var scalar) ? scalar : null;
        }

        /// <summary>A block scalar with the keep indicator in its header (<c>|+</c>, <c>&gt;2+</c>): its trailing blank lines are content.</summary>
        private bool KeepsTrailingLines(YamlScalar block)
        {
            for (var i = ContentStart(block) + 1; i < block.EndOffset && !char.IsWhiteSpace(_text[i]); i++)
                if (_text[i] == '+') return true;
            return false;
        }

        // ---- text helpers ---------------------------------------------------------------------------------------

        /// <summary>True when only indentation (and a list dash) precedes the node on its line.</summary>
        private bool StartsLine(YamlNode node, bool allowDash)
        {
            var start = _lines.LineStart(node.StartLine);
            for (var i = start; i < node.StartOffset; i++)
            {
                var c = _text[i];
                if (c == ' ' || c == '\t' || (allowDash && c == '-')) continue;
                return false;
            }
            return true;
        }

        /// <summary>Where a node's value is written, after its anchor and tag (<c>&amp;u !!str root</c>): a rewrite keeps them.</summary>
        private int ContentStart(YamlNode node) =>
            node.Anchor is null && node.Tag is null ? node.StartOffset : SkipProperties(node.StartOffset, node.EndOffset);

        /// <summary>
        /// Where a scalar's text ends: a keep-chomping block scalar (<c>|+</c>) ends after the blank lines it keeps, on the
        /// line of the next key, and a value written in its place ends at its last character, before those line breaks.
        /// </summary>
        private int ContentEnd(YamlScalar scalar)
        {
            var end = scalar.EndOffset;
            if (scalar.Style is not (YamlScalarStyle.Literal or YamlScalarStyle.Folded)) return end;
            var start = ContentStart(scalar);
            while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
            return end;
        }

        /// <summary>
        /// Just after the colon of a key and the anchor or tag of its value (<c>x-caps: &amp;caps</c>), where an empty
        /// value goes; -1 when the colon is not on the key's line.
        /// </summary>
        private int AfterProperties(YamlNode key)
        {
            var colon = key.EndOffset;
            while (colon < _text.Length && _text[colon] != ':' && _text[colon] != '\n') colon++;
            if (colon >= _text.Length || _text[colon] != ':') return -1;
            var end = colon + 1;
            var next = SkipSpaces(end);
            while (next < _text.Length && (_text[next] == '&' || _text[next] == '!'))
            {
                end = next;
                while (end < _text.Length && !char.IsWhiteSpace(_text[end])) end++;
                next = SkipSpaces(end);
            }
            return end;
        }

        private int SkipProperties(int i, int limit)
        {
            while (i < limit && (_text[i] == '&' || _text[i] == '!'))
            {
                while (i < limit && !char.IsWhiteSpace(_text[i])) i++;
                while (i < limit && char.IsWhiteSpace(_text[i])) i++;
            }
            return i;
        }

        /// <summary>
        /// The first line of a removed node together with the <c># containerlint ignore=</c> lines directly above it: they
        /// apply to that node only (rules.md), and once it is gone they would apply to the next key and hide its findings.
        /// Other comments (a section's heading) stay.
        /// </summary>
        private int WithSuppressionsAbove(int line)
        {
            while (line > 1)
            {
                var start = _lines.LineStart(line - 1);
                var end = _lines.LineStart(line);
                var text = _text.Substring(start, end - start).Trim();
                // A line of a block scalar above (a script's `# containerlint ...` line) is its content, not a comment.
                if (!text.StartsWith("#", StringComparison.Ordinal) || YamlComments.InsideScalar(_text, _file.Scalars, SkipSpaces(start))
                    || !Suppression.SuppressionComment.TryParse(text, new SourceSpan(_file.Source.Path, line - 1, 1, line - 1, 1), out var comment) || comment.IsGlobal)
                    break;
                line--;
            }
            return line;
        }

        /// <summary>
        /// The last line a node's text is on: a keep-chomping block scalar (<c>|+</c>), and a collection that ends with one,
        /// end at the start of the line after the blank lines it keeps (YamlReader.EndBlockScalar), the next node's line.
        /// </summary>
        private int LastLineOf(YamlNode node) =>
            node.EndColumn == 1 && node.EndLine > node.StartLine && ScalarEndingAt(node.EndOffset) is { Style: YamlScalarStyle.Literal or YamlScalarStyle.Folded }
                ? node.EndLine - 1
                : node.EndLine;

        /// <summary>
        /// Removes whole 1-based lines, with their line breaks (see <see cref="EndWithoutLineBreak"/> for the file's last
        /// lines), except the comment lines after <paramref name="keepCommentsAfter"/>, the node's first line: a comment
        /// between a key and the list it empties, or inside an item, is the user's and stays where it is (audit 146 F146-4);
        /// the suppression comments right above the node go with it.
        /// </summary>
        private void RemoveLines(List<TextEdit> edits, int first, int last, int keepCommentsAfter)
        {
            var start = _lines.LineStart(first);
            // After a block scalar (command: |), what the removed lines held was what ended it: a comment left there would be
            // a line of its text (audit 147 G147-3), so the comments go with the rest, as before.
            if (AfterBlockScalar(first)) keepCommentsAfter = last;
            for (var line = Math.Max(first, keepCommentsAfter + 1); line <= last; line++)
            {
                if (!IsCommentLine(line)) continue;
                if (_lines.LineStart(line) > start) edits.Add(new TextEdit(start, _lines.LineStart(line), string.Empty));
                start = LineEndIncludingBreak(line);
            }
            if (LineEndIncludingBreak(last) > start) edits.Add(new TextEdit(start, LineEndIncludingBreak(last), string.Empty));
        }

        /// <summary>
        /// Whether the last line before <paramref name="line"/> that holds anything is one of a block scalar's, or starts one
        /// that is still empty (<c>command: |</c>, audit 148 H148-3).
        /// </summary>
        private bool AfterBlockScalar(int line)
        {
            for (var before = line - 1; before >= 1; before--)
            {
                var start = SkipSpaces(_lines.LineStart(before));
                if (start >= _text.Length || _text[start] is '\n' or '\r') continue;
                if (YamlComments.ScalarHolding(_text, _file.Scalars, start) is { Style: YamlScalarStyle.Literal or YamlScalarStyle.Folded }) return true;
                var end = _lines.LineStart(before + 1);
                return _file.Scalars.Exists(s => s.Style is YamlScalarStyle.Literal or YamlScalarStyle.Folded && s.StartOffset >= start && s.StartOffset < end);
            }
            return false;
        }

        /// <summary>Whether the line holds nothing but a comment (not a line of a block scalar that starts with '#').</summary>
        private bool IsCommentLine(int line)
        {
            var start = SkipSpaces(_lines.LineStart(line));
            return start < _text.Length && _text[start] == '#' && !YamlComments.InsideScalar(_text, _file.Scalars, start);
        }

        /// <summary>
        /// In a file that does not end with a line break, when removals take its last lines, the break before them goes too
        /// (one more edit, next to them): the file still ends without one, and a line a fix adds after them (which then
        /// starts with a break: <see cref="InsertLineAfter"/>) does not follow an empty one. Not when something is inserted
        /// where the removed lines start: it would join the line before.
        /// </summary>
        public void EndWithoutLineBreak(List<TextEdit> edits)
        {
            if (_text.Length == 0 || _text[_text.Length - 1] == '\n' || _text[_text.Length - 1] == '\r') return;
            var start = -1;
            for (var changed = true; changed; )
            {
                changed = false;
                foreach (var e in edits)
                    if (e.NewText.Length == 0 && e.End > e.Start && e.End == (start < 0 ? _text.Length : start) && (start < 0 || e.Start < start))
                    {
                        start = e.Start;
                        changed = true;
                    }
            }
            if (start <= 0 || (_text[start - 1] != '\n' && _text[start - 1] != '\r') || edits.Exists(e => e.Start == start && e.End == start)) return;
            var breakStart = start - 1;
            if (_text[breakStart] == '\n' && breakStart > 0 && _text[breakStart - 1] == '\r') breakStart--;
            edits.Add(new TextEdit(breakStart, start, string.Empty));
        }

        /// <summary>
        /// Deletions that overlap or touch become one, the edits they replace mapped to it in <paramref name="joinedInto"/>:
        /// two elements of a flow collection removed side by side each take one comma (<c>privileged: true, </c> and, the
        /// last one, <c>, security_opt: [...]</c>), and as separate edits the second would overlap the first and be left
        /// out, its fix not made (a key then written twice once an addition re-creates it). Where the joined deletion takes
        /// a flow collection's last elements, the comma before them goes too; where it leaves a line blank (<c>SYS_ADMIN,
        /// NET_ADMIN,</c> on a line of their own), the line goes.
        /// </summary>
        public List<TextEdit> JoinDeletions(List<TextEdit> edits, out List<(TextEdit Member, TextEdit Union)> joinedInto)
        {
            joinedInto = new List<(TextEdit, TextEdit)>();
            var deletions = edits.Where(e => e.NewText.Length == 0 && e.End > e.Start).Distinct().OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
            if (deletions.Count < 2) return edits;
            var result = edits.Where(e => e.NewText.Length != 0 || e.End == e.Start).ToList();
            for (var i = 0; i < deletions.Count; )
            {
                var group = new List<TextEdit> { deletions[i] };
                var end = deletions[i].End;
                var j = i + 1;
                for (; j < deletions.Count && deletions[j].Start <= end; j++)
                {
                    group.Add(deletions[j]);
                    end = Math.Max(end, deletions[j].End);
                }
                i = j;
                if (group.Count == 1 || group.Exists(d => d.Start == group[0].Start && d.End == end))
                {
                    // Alone, or one of them holds the others (a key's lines and an item under it): as before.
                    result.AddRange(group);
                    continue;
                }
                var union = Widened(group[0].Start, end);
                if (CommaLeftBeforeClosing(union) is { } comma)
                {
                    // The closing bracket right after the elements removed: it joins the element before them, as when one
                    // element is removed, unless a comment lies between (it would end up inside it); else only the comma goes.
                    var lastRemoved = LastCodeIn(union.Start, union.End) ?? union.Start;
                    if (!HasLineBreak(lastRemoved, SkipBlank(union.End)) && !HasComment(comma + 1, union.Start)) union = new TextEdit(comma, union.End, string.Empty);
                    else result.Add(new TextEdit(comma, comma + 1, string.Empty));
                }
                result.Add(union);
                foreach (var member in group) joinedInto.Add((member, union));
            }
            return result;
        }

        /// <summary>
        /// The comma a joined deletion of a flow collection's last elements would leave as a trailing comma the collection did
        /// not have (audit 35 F9, audit 38 F1: each element's removal took the comma after the one before it, the last one's
        /// the comma another removal took already): the comma after the element before them, past blanks, line breaks and
        /// comment lines. Null when there is none, when the last element removed had a comma after it (the collection is
        /// written with trailing commas), or when a line's end cannot be told.
        /// </summary>
        private int? CommaLeftBeforeClosing(TextEdit deletion)
        {
            var after = SkipBlank(deletion.End);
            if (after >= _text.Length || (_text[after] != ']' && _text[after] != '}')) return null;
            if (LastCodeIn(deletion.Start, deletion.End) is not { } last || _text[last] == ',') return null;
            return LastCodeIn(0, deletion.Start) is { } before && _text[before] == ',' ? before : null;
        }

        /// <summary>Where the last character in [start, end) that is neither blank nor in a comment is; null if none.</summary>
        private int? LastCodeIn(int start, int end)
        {
            if (end <= start) return null;
            for (var line = _lines.LineOf(end - 1); line >= 1; line--)
            {
                var lineStart = _lines.LineStart(line);
                var from = Math.Max(lineStart, start);
                var to = Math.Min(end, LineEndIncludingBreak(line));
                if (to > from && LastCodeCharacter(from, to) is { } at) return at;
                if (lineStart <= start) return null;
            }
            return null;
        }

        private bool HasLineBreak(int start, int end) => _text.IndexOf('\n', start, end - start) >= 0 || _text.IndexOf('\r', start, end - start) >= 0;

        private bool HasComment(int start, int end) => _text.IndexOf('#', start, end - start) >= 0;

        /// <summary>Where the last character of the text [start, end) of one line that is not a comment or a blank is; null for none.</summary>
        private int? LastCodeCharacter(int start, int end)
        {
            var content = _text.Substring(start, end - start).TrimEnd('\r', '\n');
            if (content.TrimStart().StartsWith("#", StringComparison.Ordinal)) return null;
            var comment = content.IndexOf(" #", StringComparison.Ordinal);
            var code = (comment >= 0 ? content.Substring(0, comment) : content).TrimEnd(' ', '\t');
            return code.Trim().Length == 0 ? null : start + code.Length - 1;
        }

        private TextEdit Widened(int start, int end)
        {
            // `{image: x, ` left before the closing bracket: the comma goes with the elements after it.
            var after = SkipSpaces(end);
            if (after < _text.Length && (_text[after] == '}' || _text[after] == ']'))
            {
                var before = start;
                while (before > 0 && (_text[before - 1] == ' ' || _text[before - 1] == '\t')) before--;
                if (before > 0 && _text[before - 1] == ',') start = before - 1;
            }
            // A line left with nothing but blanks goes, line break and all (not when whole lines are removed already: the
            // blank line after them is the user's).
            var lineStart = start;
            while (lineStart > 0 && (_text[lineStart - 1] == ' ' || _text[lineStart - 1] == '\t')) lineStart--;
            var lineEnd = end;
            while (lineEnd < _text.Length && (_text[lineEnd] == ' ' || _text[lineEnd] == '\t')) lineEnd++;
            var endsLine = _text[end - 1] == '\n' || _text[end - 1] == '\r';
            if (lineStart < start && !endsLine && (lineStart == 0 || _text[lineStart - 1] == '\n')
                && (lineEnd == _text.Length || _text[lineEnd] == '\n' || _text[lineEnd] == '\r'))
            {
                var breakEnd = lineEnd < _text.Length && _text[lineEnd] == '\r' ? lineEnd + 1 : lineEnd;
                if (breakEnd < _text.Length && _text[breakEnd] == '\n') breakEnd++;
                return new TextEdit(lineStart, breakEnd, string.Empty);
            }
            return new TextEdit(start, end, string.Empty);
        }

        /// <summary>Offset just after the line break that ends a 1-based line (the text end on the last line).</summary>
        private int LineEndIncludingBreak(int line) => line < _lines.LineCount ? _lines.LineStart(line + 1) : _text.Length;

        /// <summary>
        /// Inserts a whole line after a 1-based line, with the file's own line break. After the last line of a file that
        /// does not end with a line break, the break goes before the line, and the file still does not end with one.
        /// </summary>
        private TextEdit InsertLineAfter(int line, string content, List<TextEdit> edits)
        {
            var at = LineEndIncludingBreak(line);
            var unterminated = at == _text.Length && _text.Length > 0 && _text[_text.Length - 1] != '\n' && _text[_text.Length - 1] != '\r';
            var edit = TextEdit.Insert(at, unterminated ? _newline + content : content + _newline);
            edits.Add(edit);
            return edit;
        }

        private int SkipSpaces(int i)
        {
            while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t')) i++;
            return i;
        }
    }
}
