using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Text;

namespace ContainerLint.Engine
{
    /// <summary>A Dockerfile to lint and how it is built: the stage treated as final, and the build args given.</summary>
    public sealed class DockerfileRequest
    {
        public DockerfileRequest(string path, string? target = null, IReadOnlyDictionary<string, string>? buildArgs = null,
            SourceSpan? targetSpan = null, IEnumerable<string>? buildArgsFromEnvironment = null)
        {
            Path = path;
            Target = string.IsNullOrWhiteSpace(target) ? null : target;
            TargetSpan = Target is null ? null : targetSpan;
            BuildArgs = buildArgs ?? new Dictionary<string, string>();
            var fromEnvironment = new SortedSet<string>(StringComparer.Ordinal);
            if (buildArgsFromEnvironment is not null)
                foreach (var name in buildArgsFromEnvironment)
                    if (!BuildArgs.ContainsKey(name)) fromEnvironment.Add(name);
            BuildArgsFromEnvironment = fromEnvironment;
        }

        public string Path { get; }
        public string? Target { get; }

        /// <summary>
        /// The <c>target:</c> value of the Compose build that gives <see cref="Target"/>, where a target that names no stage
        /// is reported; null when the place is not known (a <c>ContainerLintFile</c> item's <c>BuildTarget</c>): it is then
        /// reported at the Dockerfile's first line. Not part of <see cref="Key"/>: services that build the same way report
        /// at the first one's.
        /// </summary>
        public SourceSpan? TargetSpan { get; }

        public IReadOnlyDictionary<string, string> BuildArgs { get; }

        /// <summary>
        /// Build args named without a value (<c>BuildArgs="RUN_AS"</c>, as <c>docker build --build-arg RUN_AS</c>): docker
        /// build takes the value from its environment, and passes none when that is unset, so the ARG's default may apply.
        /// The linter does not read the environment: such an ARG's value is not known (CTL9002 says why).
        /// </summary>
        public IReadOnlyCollection<string> BuildArgsFromEnvironment { get; }

        /// <summary>
        /// Variables the text refers to whose values are not known, where no ARG or ENV gives them one: those another
        /// reader left in it (Compose variables of an inline Dockerfile, which Compose replaces before the build). They are
        /// never taken for unset, even over a base image known not to set them.
        /// </summary>
        public IReadOnlyCollection<string> UnknownVariables { get; set; } = Array.Empty<string>();

        /// <summary>
        /// The containers (Compose services) that build the Dockerfile this way, in the order they are read; empty for a
        /// Dockerfile linted on its own (a <c>ContainerLintFile</c> item). Not part of <see cref="Key"/>: two services that
        /// build it the same way ask for one lint, whose findings name both.
        /// </summary>
        public List<string> Containers { get; } = new List<string>();

        /// <summary>Adds the containers not named yet, in order.</summary>
        public void AddContainers(IEnumerable<string> containers)
        {
            foreach (var container in containers)
                if (!Containers.Contains(container, StringComparer.Ordinal)) Containers.Add(container);
        }

        /// <summary>
        /// Identifies the lint this request asks for (path, target, build args in name order): two services that build
        /// the same Dockerfile the same way ask for one lint.
        /// </summary>
        public string Key =>
            Path + "\n" + Target + "\n" + string.Join("\n", BuildArgs.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value))
            + (BuildArgsFromEnvironment.Count == 0 ? string.Empty : "\n" + string.Join("\n", BuildArgsFromEnvironment));
    }
}
