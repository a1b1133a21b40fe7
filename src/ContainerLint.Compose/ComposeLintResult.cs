using System.Collections.Generic;
using ContainerLint.Engine;
using ContainerLint.Findings;

namespace ContainerLint.Compose
{
    public sealed class ComposeLintResult
    {
        public ComposeLintResult(IReadOnlyList<Finding> findings, IReadOnlyList<DockerfileRequest> dockerfileBuilds)
        {
            Findings = findings;
            DockerfileBuilds = dockerfileBuilds;
        }

        /// <summary>Findings of every file, in source order; suppressed ones included and marked.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>
        /// The Dockerfiles the services build (<c>build:</c>), with target stage and build args, for the caller to lint: one
        /// request per way of building one, naming the services that build it that way (<see cref="DockerfileRequest.Containers"/>).
        /// </summary>
        public IReadOnlyList<DockerfileRequest> DockerfileBuilds { get; }
    }
}
