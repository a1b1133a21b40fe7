using System.IO;

namespace ContainerLint.Engine
{
    /// <summary>File access of the engines (Compose overrides, <c>.env</c>, <c>extends: file:</c>, linked Dockerfiles), replaceable in tests.</summary>
    public interface IFileSystem
    {
        bool FileExists(string path);
        string ReadAllText(string path);
    }

    /// <summary>The real file system. Not used by the analyzer, which never touches files.</summary>
    public sealed class PhysicalFileSystem : IFileSystem
    {
        public static PhysicalFileSystem Instance { get; } = new PhysicalFileSystem();

        public bool FileExists(string path) => File.Exists(path);

        public string ReadAllText(string path) => File.ReadAllText(path);
    }
}
