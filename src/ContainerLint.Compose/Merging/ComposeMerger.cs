using System;
using System.Collections.Generic;
using ContainerLint.Compose.Syntax;
using ContainerLint.Compose.Yaml;

namespace ContainerLint.Compose.Merging
{
    /// <summary>
    /// Merges an override (a later Compose file, or the service that <c>extends</c> another) into a base, following
    /// the Compose specification's merge rules (https://docs.docker.com/reference/compose-file/merge/):
    /// - a mapping is merged by adding missing entries and merging the conflicting ones, recursively;
    /// - a scalar is overridden by the later file;
    /// - a sequence is merged by appending the later file's values (Compose keeps them unique: an entry already
    ///   there, like the same <c>cap_add</c> name, is not added twice: the later writing of it is kept);
    /// - exceptions: <c>command</c>, <c>entrypoint</c> and <c>healthcheck.test</c> are overridden, not appended;
    ///   <c>volumes</c> are unique by target (a later entry for the same target replaces the earlier one);
    /// - the <c>!reset</c> tag removes a value, <c>!override</c> replaces it without merging.
    /// </summary>
    internal static class ComposeMerger
    {
        /// <summary>Merges a service definition (or any value at <paramref name="path"/> inside one); null means removed.</summary>
        /// <param name="owned">
        /// The maps and lists this merge made and nothing else holds (null: none): merged into in place rather than copied,
        /// so that merging many layers in turn (a file of thousands of <c>---</c> documents adding to one service) does
        /// not copy everything merged so far for each layer.
        /// </param>
        public static ComposeValue? Merge(ComposeValue? baseValue, ComposeValue over, string path, ISet<ComposeValue>? owned = null)
        {
            var tag = over.Node?.Tag;
            if (tag == "!reset") return null;
            if (baseValue is null || tag == "!override") return over;

            if (path == "build")
            {
                // `build: ./dir` is short for `build: { context: ./dir }`.
                if (baseValue.Scalar is { IsNull: false } && over.IsMapping) baseValue = ContextMap(baseValue);
                else if (over.Scalar is { IsNull: false } && baseValue.IsMapping) over = ContextMap(over);
            }

            if (over.Scalar is { IsNull: true }) return baseValue;

            if (baseValue.IsMapping && over.IsMapping) return MergeMaps(baseValue, over, path, owned);

            var overIsListLike = over.IsList || (path == "tmpfs" && over.Scalar is not null);
            var baseIsListLike = baseValue.IsList || (path == "tmpfs" && baseValue.Scalar is not null);
            if (overIsListLike && baseIsListLike) return MergeLists(baseValue, over, path, owned);

            // A mapping on one side and a list on the other (`args`, `environment`, `labels`, `networks` written both
            // ways; compose-go merges them as one sequence): the list's items and the mapping as one item, later last;
            // readers take a mapping item as its entries.
            if ((baseValue.IsMapping && over.IsList) || (baseValue.IsList && over.IsMapping))
            {
                var both = new ComposeList(over.Anchor);
                foreach (var side in new[] { baseValue, over })
                    if (side.IsList) both.Values.AddRange(side.Items());
                    else both.Values.Add(side);
                return both;
            }
            return over;
        }

        /// <summary>The two maps merged: into <paramref name="baseValue"/> itself when <paramref name="owned"/> holds it, else into a new map.</summary>
        public static ComposeMap MergeMaps(ComposeValue baseValue, ComposeValue over, string path, ISet<ComposeValue>? owned = null)
        {
            if (baseValue is ComposeMap mine && owned is not null && owned.Contains(mine))
            {
                MergeInto(mine, over, path, owned);
                return mine;
            }
            var result = new ComposeMap(over.Anchor);
            foreach (var e in baseValue.Entries()) result.Set(e);
            if (baseValue is ComposeMap earlier)
                foreach (var reset in earlier.Resets) result.Reset(reset.Key, reset.Value);
            owned?.Add(result);
            MergeInto(result, over, path, owned);
            return result;
        }

        /// <summary>Merges <paramref name="over"/> into <paramref name="result"/> itself, which then stands where <paramref name="over"/> is written.</summary>
        private static void MergeInto(ComposeMap result, ComposeValue over, string path, ISet<ComposeValue>? owned)
        {
            result.MoveTo(over.Anchor);
            foreach (var e in over.Entries())
            {
                var existing = result.Find(e.Name);
                // Under "services" each entry is a service, whose own keys are the paths the rules above name.
                var childPath = path == "services" ? string.Empty : path.Length == 0 ? e.Name : path + "." + e.Name;
                var merged = Merge(existing?.Value, e.Value, childPath, owned);
                if (merged is null) result.Reset(e.Name, e.Key);
                // The key is reported where the later file writes it only when its value came from there.
                else result.Set(new ComposeEntry(e.Name, ReferenceEquals(merged, e.Value) || existing is null ? e.Key : existing.Key ?? e.Key, merged));
            }
        }

        private static ComposeValue MergeLists(ComposeValue baseValue, ComposeValue over, string path, ISet<ComposeValue>? owned)
        {
            if (path == "command" || path == "entrypoint" || path == "healthcheck.test") return over;
            ComposeList result;
            if (baseValue is ComposeList mine && mine.MergeIndex is not null && owned is not null && owned.Contains(mine))
            {
                result = mine;
                result.MoveTo(over.Anchor);
            }
            else
            {
                result = new ComposeList(over.Anchor) { MergeIndex = new Dictionary<string, int>(StringComparer.Ordinal) };
                foreach (var item in ListItems(baseValue)) AddItem(result, item, path);
                owned?.Add(result);
            }
            foreach (var item in ListItems(over)) AddItem(result, item, path);
            return result;
        }

        private static void AddItem(ComposeList result, ComposeValue item, string path)
        {
            if (path == "volumes") AddVolume(result, item);
            else AddUnique(result, item);
        }

        private static IEnumerable<ComposeValue> ListItems(ComposeValue value)
        {
            if (value.Scalar is { IsNull: false } s) return new[] { ComposeValue.Of(s) };
            return value.Items();
        }

        /// <summary>
        /// Adds an item not in the list yet. The same value again (both files add <c>SYS_ADMIN</c>) changes nothing in
        /// the container, but the later writing is the one kept: the later file is where the service asks for it, and a
        /// suppression comment on the earlier one (written for another service that extends it) does not cover it.
        /// </summary>
        private static void AddUnique(ComposeList result, ComposeValue item)
        {
            if (item.Scalar is { } s)
            {
                if (result.MergeIndex!.TryGetValue(s.Value, out var i))
                {
                    result.Values[i] = item;
                    return;
                }
                result.MergeIndex[s.Value] = result.Values.Count;
            }
            result.Values.Add(item);
        }

        private static void AddVolume(ComposeList result, ComposeValue item)
        {
            var target = VolumeSyntax.TargetOf(item);
            if (target is null)
            {
                result.Values.Add(item);
                return;
            }
            if (result.MergeIndex!.TryGetValue(target, out var i)) result.Values[i] = item;
            else
            {
                result.MergeIndex[target] = result.Values.Count;
                result.Values.Add(item);
            }
        }

        private static ComposeMap ContextMap(ComposeValue context)
        {
            var map = new ComposeMap(context.Anchor);
            map.Set(new ComposeEntry("context", null, context));
            return map;
        }
    }
}
