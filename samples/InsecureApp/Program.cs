using Docker.DotNet;
using Docker.DotNet.Models;

// Starts a helper container with far more power than it needs.
using var client = new DockerClientConfiguration().CreateClient();

await client.Containers.CreateContainerAsync(new CreateContainerParameters
{
    Image = "alpine:3.20",
    User = "root",
    HostConfig = new HostConfig
    {
        Privileged = true,
        CapAdd = new List<string> { "SYS_ADMIN" },
        Binds = new List<string> { "/var/run/docker.sock:/var/run/docker.sock" },
        PidMode = "host",
    },
});
