using System;
using System.IO;
using System.Text;

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

        /// <summary>
        /// The most a file may hold to be read: Dockerfiles and Compose files are kilobytes; a file of gigabytes (or one the
        /// text of which would not fit in memory) is refused with a reason, not read (audit 26).
        /// </summary>
        public const long MaxFileLength = 16 * 1024 * 1024;

        public bool FileExists(string path) => File.Exists(path);

        /// <summary>
        /// The file's text, as <see cref="File.ReadAllText(string)"/> decodes it. A file that reports no length is read as
        /// empty without opening it: an empty file is, and so are what a path may also name, a named pipe (opening one
        /// waits for a writer: the build would hang) or a device (<c>/dev/zero</c> never ends). An
        /// <see cref="IOException"/> for one longer than <see cref="MaxFileLength"/>.
        /// </summary>
        public string ReadAllText(string path)
        {
            var length = new FileInfo(path).Length;
            if (length == 0) return string.Empty;
            if (length > MaxFileLength) throw TooLarge(length);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            // No more than the limit, should the file have grown since its length was taken.
            var text = new StringBuilder((int)length);
            var buffer = new char[(int)Math.Min(length + 1, 64 * 1024)];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, n);
                if (text.Length > MaxFileLength) throw TooLarge(Math.Max(stream.Length, text.Length));
            }
            return text.ToString();
        }

        private static IOException TooLarge(long length) =>
            new IOException(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "it holds {0:N0} bytes, more than the {1:N0} (16 MB) ContainerLint reads", length, MaxFileLength));
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
