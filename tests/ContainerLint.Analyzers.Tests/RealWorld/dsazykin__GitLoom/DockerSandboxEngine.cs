using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;
using GitLoom.Core.Security;

namespace GitLoom.Core.Agents.Sandbox;

/// <summary>Daemon-side config for <see cref="DockerSandboxEngine"/> (network + proxy + userns).</summary>
public sealed record SandboxEngineOptions(string NetworkName, string ProxyUrl, string UsernsMode = "");

/// <summary>
/// The Docker implementation of <see cref="ISandboxEngine"/> (P2-07). Builds the hardened create
/// request with <see cref="ContainerSpecBuilder"/> and drives the persistent-jail lifecycle through
/// Docker.DotNet. Docker is the sole source of truth for liveness (no PID/lock files), and there is
/// <b>no runtime image-build</b> path — toolchains sideload via <c>devbox add</c>
/// (<see cref="ExecAsync"/>) into the static base image (G-16).
///
/// <para>Secrets are written <b>after</b> start via an stdin exec (never <c>Env</c>/argv/disk): the
/// P2-01 credential env-file to the agent-owned 0400 tmpfs, and the OOB key <c>K</c> to the
/// supervisor-owned 0400 tmpfs (G2 control 1).</para>
/// </summary>
public sealed class DockerSandboxEngine : ISandboxEngine
{
    private readonly IDockerClient _docker;
    private readonly SandboxEngineOptions _options;

    public DockerSandboxEngine(IDockerClient docker, SandboxEngineOptions options)
    {
        _docker = docker ?? throw new ArgumentNullException(nameof(docker));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public async Task<SandboxHandle> SpawnAsync(SandboxSpawnRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = ContainerSpecBuilder.ContainerName(request.RepoHash, request.AgentId);

        var existing = await FindByNameAsync(name, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            // Base-image upgrade → recreate; otherwise reuse the persistent jail (start if stopped).
            if (!string.Equals(existing.Image, request.ImageRef, StringComparison.Ordinal))
            {
                await _docker.Containers.RemoveContainerAsync(existing.ID,
                    new ContainerRemoveParameters { Force = true }, ct).ConfigureAwait(false);
            }
            else
            {
                if (!string.Equals(existing.State, "running", StringComparison.OrdinalIgnoreCase))
                    await _docker.Containers.StartContainerAsync(existing.ID, new ContainerStartParameters(), ct).ConfigureAwait(false);
                return new SandboxHandle(existing.ID, Reused: true);
            }
        }

        var credentials = CredTmpfsSpec.Create(request.AgentUid, request.SupervisorUid);
        var spec = new ContainerSpecRequest(
            request.RepoHash, request.AgentId, request.WorktreePath, request.ImageRef,
            request.Limits, _options.NetworkName, credentials, _options.ProxyUrl, _options.UsernsMode,
            request.AdaptersRootPath, request.IpcDirPath);

        var create = ContainerSpecBuilder.Build(spec);
        var created = await _docker.Containers.CreateContainerAsync(create, ct).ConfigureAwait(false);
        await _docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), ct).ConfigureAwait(false);

        // Deliver secrets to their per-owner 0400 tmpfs files (content only via stdin — never argv/env).
        var envContent = CredentialInjector.BuildEnvFileContent(request.Secrets.AgentEnv);
        await WriteSecretFileAsync(created.ID, credentials.CredentialPath,
            Encoding.UTF8.GetBytes(envContent), credentials.AgentUid, ct).ConfigureAwait(false);
        await WriteSecretFileAsync(created.ID, credentials.OobKeyPath,
            request.Secrets.OobKey, credentials.SupervisorUid, ct).ConfigureAwait(false);

        return new SandboxHandle(created.ID, Reused: false);
    }

    public async Task<SandboxExecResult> ExecAsync(string containerId, IReadOnlyList<string> command, CancellationToken ct = default)
    {
        var exec = await _docker.Exec.ExecCreateContainerAsync(containerId, new ContainerExecCreateParameters
        {
            AttachStdout = true,
            AttachStderr = true,
            Cmd = command.ToList(),
        }, ct).ConfigureAwait(false);

        using var stream = await _docker.Exec.StartAndAttachContainerExecAsync(exec.ID, tty: false, ct).ConfigureAwait(false);
        var (stdout, stderr) = await stream.ReadOutputToEndAsync(ct).ConfigureAwait(false);
        var inspect = await _docker.Exec.InspectContainerExecAsync(exec.ID, ct).ConfigureAwait(false);
        return new SandboxExecResult((int)inspect.ExitCode, stdout, stderr);
    }

    public Task PauseAsync(string containerId, CancellationToken ct = default) =>
        _docker.Containers.PauseContainerAsync(containerId, ct);

    public Task UnpauseAsync(string containerId, CancellationToken ct = default) =>
        _docker.Containers.UnpauseContainerAsync(containerId, ct);

    public Task StopAsync(string containerId, CancellationToken ct = default) =>
        _docker.Containers.StopContainerAsync(containerId, new ContainerStopParameters(), ct);

    public Task RemoveAsync(string containerId, CancellationToken ct = default) =>
        _docker.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true }, ct);

    private async Task<ContainerListResponse?> FindByNameAsync(string name, CancellationToken ct)
    {
        var list = await _docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>>
            {
                ["name"] = new Dictionary<string, bool> { ["/" + name] = true },
            },
        }, ct).ConfigureAwait(false);

        // The name filter is a substring match; require an exact "/name" entry.
        return list.FirstOrDefault(c => c.Names.Any(n => n == "/" + name));
    }

    /// <summary>
    /// Writes secret bytes to <paramref name="path"/> inside the container as a mode-0400 file owned by
    /// <paramref name="ownerUid"/>. Content flows over the exec's stdin (never argv/env), the shell
    /// tightens the umask first, and the exec runs as root so it can chown to the supervisor uid.
    /// </summary>
    private async Task WriteSecretFileAsync(string containerId, string path, byte[] content, int ownerUid, CancellationToken ct)
    {
        var uid = ownerUid.ToString(CultureInfo.InvariantCulture);
        var exec = await _docker.Exec.ExecCreateContainerAsync(containerId, new ContainerExecCreateParameters
        {
            User = "0", // root, so chown to the supervisor uid is permitted; the file ends 0400/uid.
            AttachStdin = true,
            AttachStdout = true,
            AttachStderr = true,
            // path is not secret (argv-safe); the secret content is piped via stdin only.
            Cmd = new List<string> { "sh", "-c", "umask 0377; cat > \"$1\"; chown \"$2\" \"$1\"; chmod 0400 \"$1\"", "sh", path, uid },
        }, ct).ConfigureAwait(false);

        using var stream = await _docker.Exec.StartAndAttachContainerExecAsync(exec.ID, tty: false, ct).ConfigureAwait(false);
        await stream.WriteAsync(content, 0, content.Length, ct).ConfigureAwait(false);
        stream.CloseWrite();
        await stream.ReadOutputToEndAsync(ct).ConfigureAwait(false);
    }
}
