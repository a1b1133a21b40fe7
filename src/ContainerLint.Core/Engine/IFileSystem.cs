using System;
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

    /// <summary>What a CTL9001 says about a file the engines cannot read.</summary>
    public static class FileReadFailure
    {
        /// <summary>
        /// A link to a missing file exists to the folder listing (and <see cref="IFileSystem.FileExists"/>), not to the
        /// reader: it is reported as missing, like a file that is not there; any other failure with its reason.
        /// </summary>
        public static string Describe(Exception e) =>
            e is FileNotFoundException || e is DirectoryNotFoundException ? "the file does not exist" : "the file could not be read: " + e.Message;
    }
}
