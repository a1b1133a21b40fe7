using System;
using System.Collections.Generic;
using System.IO;

namespace ContainerLint.Tasks.Engine
{
    public enum ContainerFileKind
    {
        Dockerfile,
        Compose,
    }

    /// <summary>One <c>ContainerLintFile</c> item: a file and how to read it.</summary>
    public sealed class LintItem
    {
        public LintItem(string path, ContainerFileKind kind, string? target = null, IReadOnlyDictionary<string, string>? buildArgs = null,
            IReadOnlyList<string>? buildArgsFromEnvironment = null)
        {
            Path = System.IO.Path.GetFullPath(path);
            Kind = kind;
            Target = string.IsNullOrWhiteSpace(target) ? null : target!.Trim();
            BuildArgs = buildArgs ?? new Dictionary<string, string>();
            BuildArgsFromEnvironment = buildArgsFromEnvironment ?? Array.Empty<string>();
        }

        public string Path { get; }
        public ContainerFileKind Kind { get; }
        public string? Target { get; }
        public IReadOnlyDictionary<string, string> BuildArgs { get; }

        /// <summary>The names <c>BuildArgs</c> gives without a value (<c>--build-arg NAME</c>: the value comes from the environment).</summary>
        public IReadOnlyList<string> BuildArgsFromEnvironment { get; }

        /// <summary>This item, with the kind of a later item for the same file and the build settings that item gives.</summary>
        public LintItem With(LintItem later) =>
            later.BuildArgs.Count > 0 || later.BuildArgsFromEnvironment.Count > 0
                ? new LintItem(Path, later.Kind, later.Target ?? Target, later.BuildArgs, later.BuildArgsFromEnvironment)
                : new LintItem(Path, later.Kind, later.Target ?? Target, BuildArgs, BuildArgsFromEnvironment);

        /// <summary>
        /// <c>Kind</c> metadata when given, else from the name: YAML files are Compose files (compose.yaml,
        /// docker-compose.override.yml, …), everything else a Dockerfile (Dockerfile, app.Dockerfile, Containerfile.dev).
        /// </summary>
        public static ContainerFileKind? ParseKind(string? kind, string path)
        {
            if (!string.IsNullOrWhiteSpace(kind))
            {
                var k = kind!.Trim();
                if (k.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase) || k.Equals("Containerfile", StringComparison.OrdinalIgnoreCase))
                    return ContainerFileKind.Dockerfile;
                if (k.Equals("Compose", StringComparison.OrdinalIgnoreCase))
                    return ContainerFileKind.Compose;
                return null;
            }
            var ext = System.IO.Path.GetExtension(path);
            return ext.Equals(".yml", StringComparison.OrdinalIgnoreCase) || ext.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
                ? ContainerFileKind.Compose
                : ContainerFileKind.Dockerfile;
        }

        /// <summary>
        /// <c>A=1;B=2</c> (also one per line). A name without <c>=</c> is <c>docker build --build-arg NAME</c>, whose value
        /// comes from docker build's environment (none when it is unset): not an empty value, but one the linter cannot
        /// know (it does not read the environment); it is left out here and given in <paramref name="fromEnvironment"/>.
        /// </summary>
        public static IReadOnlyDictionary<string, string> ParseBuildArgs(string? text, out IReadOnlyList<string> fromEnvironment)
        {
            var args = new Dictionary<string, string>(StringComparer.Ordinal);
            var names = new List<string>();
            fromEnvironment = names;
            if (string.IsNullOrWhiteSpace(text)) return args;
            foreach (var part in text!.Split(new[] { ';', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var entry = part.Trim();
                if (entry.Length == 0) continue;
                var eq = entry.IndexOf('=');
                if (eq < 0)
                {
                    args.Remove(entry);
                    if (!names.Contains(entry)) names.Add(entry);
                }
                else if (eq > 0)
                {
                    var name = entry.Substring(0, eq).Trim();
                    names.Remove(name);
                    args[name] = entry.Substring(eq + 1).Trim();
                }
            }
            return args;
        }

        /// <summary><see cref="ParseBuildArgs(string?, out IReadOnlyList{string})"/> without the names given without a value.</summary>
        public static IReadOnlyDictionary<string, string> ParseBuildArgs(string? text) => ParseBuildArgs(text, out _);

        internal static StringComparer PathComparer { get; } =
            System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        internal static string NormalizeFullPath(string path) => System.IO.Path.GetFullPath(path);

        internal static bool Exists(string path) => File.Exists(path);
    }
}
