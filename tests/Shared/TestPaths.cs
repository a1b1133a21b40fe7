using System;
using System.IO;
using System.Reflection;

namespace ContainerLint.Testing
{
    /// <summary>
    /// Paths of the repository and of ../shared (spec and corpus) as seen from the test binaries, wherever they are
    /// built (tests/Directory.Build.props bakes the repository root into the assembly; CI clones the repository with
    /// shared/ beside it).
    /// </summary>
    internal static class TestPaths
    {
        public static string RepoRoot { get; } = FindRepoRoot();

        public static string Repo(params string[] parts) => Path.Combine(RepoRoot, Path.Combine(parts));

        public static string Shared(params string[] parts) =>
            Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", Path.Combine(parts)));

        public static string Spec(string file) => Shared("spec", file);

        public static string Corpus(params string[] parts) => Shared(Path.Combine("corpus", Path.Combine(parts)));

        private static string FindRepoRoot()
        {
            foreach (var attribute in typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
                if (attribute is { Key: "RepoRoot", Value: { Length: > 0 } root } && Directory.Exists(root))
                    return Path.GetFullPath(root);
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContainerLint.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ContainerLint.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
