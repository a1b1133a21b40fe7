using System.Collections.Generic;

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
    }
}
