using System;
using System.Collections;
using System.Collections.Generic;

namespace ContainerLint.Findings
{
    /// <summary>
    /// The containers (services) a finding applies to, each once, in the order they were named. A finding in an anchor
    /// thousands of services use is named by each of them in turn: past a few names the check for one already named is
    /// a hash lookup rather than a walk over the list.
    /// </summary>
    public sealed class ContainerNames : IReadOnlyList<string>
    {
        private const int IndexFrom = 8;
        private readonly List<string> _names = new List<string>();
        private HashSet<string>? _index;

        public int Count => _names.Count;

        public string this[int index] => _names[index];

        public bool Contains(string name)
        {
            if (_index is not null) return _index.Contains(name);
            foreach (var known in _names)
                if (string.Equals(known, name, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>Names the container, unless it is named already; false then.</summary>
        public bool Add(string name)
        {
            if (Contains(name)) return false;
            _names.Add(name);
            if (_index is not null) _index.Add(name);
            else if (_names.Count >= IndexFrom) _index = new HashSet<string>(_names, StringComparer.Ordinal);
            return true;
        }

        public void AddRange(IEnumerable<string> names)
        {
            foreach (var name in names) Add(name);
        }

        public void Clear()
        {
            _names.Clear();
            _index = null;
        }

        public IEnumerator<string> GetEnumerator() => _names.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
