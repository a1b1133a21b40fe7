using System;
using System.Collections.Generic;
using ContainerLint.Engine;

namespace ContainerLint.Tasks.Engine
{
    /// <summary>
    /// The real file system, remembering every existing file the engines looked at (inputs of the incremental build)
    /// and every file they looked for and did not find (a .editorconfig, .env or override file that appears later
    /// must make the next build lint again).
    /// </summary>
    internal sealed class RecordingFileSystem : IFileSystem
    {
        private readonly HashSet<string> _seen = new HashSet<string>(LintItem.PathComparer);
        private readonly List<string> _files = new List<string>();
        private readonly HashSet<string> _missingSeen = new HashSet<string>(LintItem.PathComparer);
        private readonly List<string> _missing = new List<string>();

        public IReadOnlyList<string> Files => _files;

        public IReadOnlyList<string> MissingFiles => _missing;

        public bool FileExists(string path)
        {
            var exists = PhysicalFileSystem.Instance.FileExists(path);
            if (exists) Record(path);
            else if (TryGetFullPath(path, out var full) && _missingSeen.Add(full)) _missing.Add(full);
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
            if (TryGetFullPath(path, out var full) && _seen.Add(full)) _files.Add(full);
        }

        private static bool TryGetFullPath(string path, out string full)
        {
            try
            {
                full = System.IO.Path.GetFullPath(path);
                return true;
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is System.IO.PathTooLongException)
            {
                full = string.Empty;
                return false;
            }
        }
    }
}
