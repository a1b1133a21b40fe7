using System.Collections.Generic;
using System.IO;
using ContainerLint.Engine;

namespace ContainerLint.Compose.Tests
{
    internal sealed class InMemoryFileSystem : IFileSystem
    {
        private readonly Dictionary<string, string> _files = new Dictionary<string, string>();

        public InMemoryFileSystem Add(string path, string text)
        {
            _files[Path.GetFullPath(path)] = text;
            return this;
        }

        public bool FileExists(string path) => _files.ContainsKey(Path.GetFullPath(path));

        public string ReadAllText(string path) =>
            _files.TryGetValue(Path.GetFullPath(path), out var text) ? text : throw new FileNotFoundException(path);
    }
}
