using Docker.DotNet;
using Docker.DotNet.Models;

// Starts a helper container with only what it needs.
using var client = new DockerClientConfiguration().CreateClient();

await client.Containers.CreateContainerAsync(new CreateContainerParameters
{
    Image = "alpine:3.20",
    User = "10001",
    HostConfig = new HostConfig
    {
        ReadonlyRootfs = true,
        CapDrop = new List<string> { "ALL" },
        SecurityOpt = new List<string> { "no-new-privileges:true" },
    },
});
