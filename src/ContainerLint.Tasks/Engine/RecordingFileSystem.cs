using System;
using System.Collections.Generic;
using ContainerLint.Engine;

namespace ContainerLint.Tasks.Engine
{
    /// <summary>The real file system, remembering every existing file the engines looked at (inputs of the incremental build).</summary>
    internal sealed class RecordingFileSystem : IFileSystem
    {
        private readonly HashSet<string> _seen = new HashSet<string>(LintItem.PathComparer);
        private readonly List<string> _files = new List<string>();

        public IReadOnlyList<string> Files => _files;

        public bool FileExists(string path)
        {
            var exists = PhysicalFileSystem.Instance.FileExists(path);
            if (exists) Record(path);
            return exists;
        }

        public string ReadAllText(string path)
        {
            var text = PhysicalFileSystem.Instance.ReadAllText(path);
            Record(path);
            return text;
        }

        public void Record(string path)
        {
            string full;
            try
            {
                full = System.IO.Path.GetFullPath(path);
            }
            catch (ArgumentException)
            {
                return;
            }
            if (_seen.Add(full)) _files.Add(full);
        }
    }
}
