using System;
using System.Collections.Generic;
using ContainerLint.Compose.Yaml;

namespace ContainerLint.Compose.Merging
{
    /// <summary>
    /// A Compose value after merging files and <c>extends</c>: either a YAML node taken as written from one file, or
    /// a mapping/list assembled from several. Every leaf is still a YAML node of some file, so it keeps its span.
    /// </summary>
    internal abstract class ComposeValue
    {
        public static ComposeValue Of(YamlNode node) => new ComposeNode(node);

        /// <summary>The YAML node when the value is taken as written (not assembled).</summary>
        public virtual YamlNode? Node => null;

        public YamlScalar? Scalar => Node as YamlScalar;

        public bool IsMapping => this is ComposeMap || Node is YamlMapping;
        public bool IsList => this is ComposeList || Node is YamlSequence;

        /// <summary>Where to report a problem with the value as a whole.</summary>
        public abstract YamlNode Anchor { get; }

        /// <summary>The entries of a mapping value (merge keys applied); empty for anything else.</summary>
        public IEnumerable<ComposeEntry> Entries()
        {
            if (this is ComposeMap map)
            {
                foreach (var e in map.Members) yield return e;
            }
            else if (Node is YamlMapping m)
            {
                foreach (var e in m.EffectiveEntries())
                    if (e.Key is YamlScalar k) yield return new ComposeEntry(k.Value, k, Of(e.Value));
            }
        }

        /// <summary>The value of a key of a mapping value, or null.</summary>
        public ComposeValue? Get(string key)
        {
            if (this is ComposeMap map) return map.Find(key)?.Value;
            if (Node is YamlMapping m && m.TryGet(key, out var e)) return Of(e.Value);
            return null;
        }

        public ComposeEntry? GetEntry(string key)
        {
            if (this is ComposeMap map) return map.Find(key);
            if (Node is YamlMapping m && m.TryGet(key, out var e) && e.Key is YamlScalar k) return new ComposeEntry(k.Value, k, Of(e.Value));
            return null;
        }

        /// <summary>The items of a list value; empty for anything else.</summary>
        public IEnumerable<ComposeValue> Items()
        {
            if (this is ComposeList list)
            {
                foreach (var i in list.Values) yield return i;
            }
            else if (Node is YamlSequence s)
            {
                foreach (var i in s.Items) yield return Of(i);
            }
        }
    }

    internal sealed class ComposeNode : ComposeValue
    {
        private readonly YamlNode _node;

        public ComposeNode(YamlNode node) => _node = node;

        public override YamlNode? Node => _node;
        public override YamlNode Anchor => _node;
    }

    internal sealed class ComposeEntry
    {
        public ComposeEntry(string name, YamlScalar? key, ComposeValue value)
        {
            Name = name;
            Key = key;
            Value = value;
        }

        public string Name { get; }

        /// <summary>The key as written (null for a key Compose implies, like <c>context</c> of <c>build: ./dir</c>).</summary>
        public YamlScalar? Key { get; }

        public ComposeValue Value { get; }
    }

    internal sealed class ComposeMap : ComposeValue
    {
        private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, YamlScalar> _resets = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);

        private YamlNode _anchor;

        public ComposeMap(YamlNode anchor) => _anchor = anchor;

        public override YamlNode Anchor => _anchor;

        /// <summary>Where the map now stands (<see cref="ComposeMerger.MergeMaps"/> into a map of its own: the last layer merged into it).</summary>
        public void MoveTo(YamlNode anchor) => _anchor = anchor;

        public List<ComposeEntry> Members { get; } = new List<ComposeEntry>();

        /// <summary>The keys a later file's <c>!reset</c> removed (and no later file set again), with the key that says so.</summary>
        public IReadOnlyDictionary<string, YamlScalar> Resets => _resets;

        public ComposeEntry? Find(string key) => _index.TryGetValue(key, out var i) ? Members[i] : null;

        public void Set(ComposeEntry entry)
        {
            _resets.Remove(entry.Name);
            if (_index.TryGetValue(entry.Name, out var i)) Members[i] = entry;
            else
            {
                _index[entry.Name] = Members.Count;
                Members.Add(entry);
            }
        }

        public void Remove(string key)
        {
            if (!_index.TryGetValue(key, out var i)) return;
            Members.RemoveAt(i);
            _index.Clear();
            for (var j = 0; j < Members.Count; j++) _index[Members[j].Name] = j;
        }

        public void Reset(string key, YamlScalar? writtenAt)
        {
            Remove(key);
            if (writtenAt is not null) _resets[key] = writtenAt;
        }

        public static ComposeMap From(ComposeValue value)
        {
            if (value is ComposeMap m) return m;
            var map = new ComposeMap(value.Anchor);
            foreach (var e in value.Entries()) map.Set(e);
            return map;
        }
    }

    internal sealed class ComposeList : ComposeValue
    {
        private YamlNode _anchor;

        public ComposeList(YamlNode anchor) => _anchor = anchor;

        public override YamlNode Anchor => _anchor;

        /// <summary>Where the list now stands (<see cref="ComposeMerger"/> appending to a list of its own: the last layer).</summary>
        public void MoveTo(YamlNode anchor) => _anchor = anchor;

        public List<ComposeValue> Values { get; } = new List<ComposeValue>();

        /// <summary>For a list <see cref="ComposeMerger"/> made: the position of each unique value (or volume target) in it.</summary>
        public Dictionary<string, int>? MergeIndex { get; set; }
    }
}
