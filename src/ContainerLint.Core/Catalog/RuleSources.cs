using System;

namespace ContainerLint.Catalog
{
    /// <summary>Where a rule can fire (the D / C / N / T columns of rules.md).</summary>
    [Flags]
    public enum RuleSources
    {
        None = 0,
        Dockerfile = 1,
        Compose = 2,
        DockerDotNet = 4,
        Testcontainers = 8,
        CSharp = DockerDotNet | Testcontainers,
    }
}
