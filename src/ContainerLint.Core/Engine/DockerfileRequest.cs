using System;
using System.Collections.Generic;
using System.Linq;

namespace ContainerLint.Engine
{
    /// <summary>A Dockerfile to lint and how it is built: the stage treated as final, and the build args given.</summary>
    public sealed class DockerfileRequest
    {
        public DockerfileRequest(string path, string? target = null, IReadOnlyDictionary<string, string>? buildArgs = null)
        {
            Path = path;
            Target = string.IsNullOrWhiteSpace(target) ? null : target;
            BuildArgs = buildArgs ?? new Dictionary<string, string>();
        }

        public string Path { get; }
        public string? Target { get; }
        public IReadOnlyDictionary<string, string> BuildArgs { get; }

        /// <summary>
        /// Identifies the lint this request asks for (path, target, build args in name order): two services that build
        /// the same Dockerfile the same way ask for one lint.
        /// </summary>
        public string Key =>
            Path + "\n" + Target + "\n" + string.Join("\n", BuildArgs.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value));
    }
}
