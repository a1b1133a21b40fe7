#!/usr/bin/env python3
"""Writes the C# files of the analyzer cost benchmark project (see run.sh).

  generate.py SHAPE DIR FILES

SHAPE=dense: every file is nothing but one Docker.DotNet method with about five findings. The worst case: all the
code the analyzer sees is Docker code it has to read and report on.

SHAPE=realistic: every file is a class of ordinary application code (~200 lines: records, string handling, LINQ,
loops, async methods, a switch, exceptions) of which one or two methods build Docker.DotNet parameters, some safe,
some with one or two dangerous settings, with values from constants and from parameters.

SHAPE=sparse: the realistic classes, all of which call the Docker client, but only one file in 30 builds the
parameters itself; the others take them from a shared template (Templates.cs). What most projects that reference
Docker.DotNet look like: a few methods the analyzer reads among many it only has to pass over.
"""
import sys

DENSE = """using System.Collections.Generic;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CostProbe
{{
    public class Service{i}
    {{
        private const string Socket = "/var/run/docker.sock";

        public CreateContainerParameters Create(string image, string dataDir)
        {{
            var hostConfig = new HostConfig
            {{
                Privileged = {privileged},
                Binds = new List<string> {{ Socket + ":/var/run/docker.sock", dataDir + ":/data", "/etc:/host-etc:ro" }},
                CapAdd = new List<string> {{ "NET_ADMIN" }},
                NetworkMode = "bridge",
            }};
            hostConfig.SecurityOpt = new List<string> {{ "no-new-privileges:true" }};
            return new CreateContainerParameters {{ Image = image, User = "app", HostConfig = hostConfig }};
        }}

        public async Task<string> RunAsync(DockerClient client, string image)
        {{
            var response = await client.Containers.CreateContainerAsync(Create(image, "/srv/{i}"));
            var total = 0;
            for (var n = 0; n < 10; n++) total += n * {i};
            return response.ID + total;
        }}
    }}
}}
"""

# The container each realistic file builds, one of six. Safe ones still carry what a careful team writes (non-root
# user, dropped capabilities, read-only root file system); risky ones add one or two dangerous settings.
BUILDERS = [
    # 0: safe, everything from constants and parameters
    """        private CreateContainerParameters BuildParameters(JobRequest{i} request, string dataDirectory)
        {{
            return new CreateContainerParameters
            {{
                Image = string.IsNullOrEmpty(request.Image) ? WorkerImage : request.Image,
                Name = NormalizeName(request.Name),
                User = RunAsUser,
                Cmd = request.Arguments.ToList(),
                Labels = new Dictionary<string, string>(_options.Labels) {{ ["job"] = request.Name }},
                HostConfig = new HostConfig
                {{
                    CapDrop = new List<string> {{ "ALL" }},
                    ReadonlyRootfs = true,
                    SecurityOpt = new List<string> {{ "no-new-privileges:true" }},
                    Binds = new List<string> {{ dataDirectory + ":/data:ro" }},
                    NetworkMode = _options.Network,
                    Memory = 512L * 1024 * 1024,
                }},
            }};
        }}
""",
    # 1: one dangerous setting (privileged)
    """        private CreateContainerParameters BuildParameters(JobRequest{i} request, string dataDirectory)
        {{
            var hostConfig = new HostConfig
            {{
                Privileged = true,
                CapDrop = new List<string> {{ "ALL" }},
                SecurityOpt = new List<string> {{ "no-new-privileges:true" }},
                Binds = new List<string> {{ dataDirectory + ":/data" }},
            }};
            hostConfig.NetworkMode = _options.Network;
            return new CreateContainerParameters
            {{
                Image = WorkerImage,
                User = RunAsUser,
                Env = request.Arguments.Select((a, n) => "ARG" + n.ToString(CultureInfo.InvariantCulture) + "=" + a).ToList(),
                HostConfig = hostConfig,
            }};
        }}
""",
    # 2: two dangerous settings (runtime socket, extra capability)
    """        private CreateContainerParameters BuildParameters(JobRequest{i} request, string dataDirectory)
        {{
            var parameters = new CreateContainerParameters
            {{
                Image = request.Image ?? WorkerImage,
                User = RunAsUser,
                HostConfig = new HostConfig
                {{
                    Binds = new List<string> {{ SocketPath + ":/var/run/docker.sock", dataDirectory + ":/work" }},
                    CapAdd = new List<string> {{ "NET_ADMIN" }},
                    CapDrop = new List<string> {{ "ALL" }},
                    ReadonlyRootfs = true,
                }},
            }};
            parameters.HostConfig.SecurityOpt = new List<string> {{ "no-new-privileges:true" }};
            return parameters;
        }}
""",
    # 3: safe, built step by step, user from a parameter
    """        private CreateContainerParameters BuildParameters(JobRequest{i} request, string dataDirectory)
        {{
            var hostConfig = new HostConfig();
            hostConfig.CapDrop = new List<string> {{ "ALL" }};
            hostConfig.ReadonlyRootfs = true;
            hostConfig.SecurityOpt = new List<string> {{ "no-new-privileges:true" }};
            hostConfig.Tmpfs = new Dictionary<string, string> {{ ["/tmp"] = "rw,noexec,nosuid,size=64m" }};
            if (request.Priority > 5) hostConfig.CPUShares = 2048;
            var parameters = new CreateContainerParameters {{ Image = WorkerImage, HostConfig = hostConfig }};
            parameters.User = _options.Labels.TryGetValue("user", out var user) ? user : RunAsUser;
            parameters.WorkingDir = "/work";
            return parameters;
        }}
""",
    # 4: two dangerous settings (host PID namespace, writable bind of /etc)
    """        private CreateContainerParameters BuildParameters(JobRequest{i} request, string dataDirectory)
        {{
            var mounts = new List<Mount>
            {{
                new Mount {{ Type = "bind", Source = "/etc", Target = "/host-etc", ReadOnly = false }},
                new Mount {{ Type = "volume", Source = "cache-{i}", Target = "/cache" }},
            }};
            return new CreateContainerParameters
            {{
                Image = WorkerImage,
                User = RunAsUser,
                Cmd = new List<string> {{ "collect", "--output", "/cache/" + NormalizeName(request.Name) }},
                HostConfig = new HostConfig
                {{
                    PidMode = "host",
                    Mounts = mounts,
                    CapDrop = new List<string> {{ "ALL" }},
                    SecurityOpt = new List<string> {{ "no-new-privileges:true" }},
                    ReadonlyRootfs = true,
                }},
            }};
        }}
""",
    # 5: one dangerous setting depending on configuration (may run privileged), user from a constant
    """        private CreateContainerParameters BuildParameters(JobRequest{i} request, string dataDirectory)
        {{
            var debug = request.Priority < 0;
            var hostConfig = new HostConfig
            {{
                Privileged = debug ? true : false,
                CapDrop = new List<string> {{ "ALL" }},
                SecurityOpt = new List<string> {{ "no-new-privileges:true" }},
                ReadonlyRootfs = true,
                NetworkMode = _options.Network,
            }};
            hostConfig.Binds = new List<string> {{ $"{{dataDirectory}}:/data:ro" }};
            return new CreateContainerParameters {{ Image = WorkerImage, User = RunAsUser, HostConfig = hostConfig }};
        }}
""",
]

# Half the files also open a shell in the running container (exec parameters).
EXEC = """
        public async Task<string> ExecAsync(string containerId, string command, bool asRoot, CancellationToken cancellationToken)
        {{
            var exec = new ContainerExecCreateParameters
            {{
                Cmd = ParseArguments(command).ToList(),
                User = asRoot ? "root" : RunAsUser,
                AttachStdout = true,
                AttachStderr = true,
            }};
            var created = await _client.Exec.ExecCreateContainerAsync(containerId, exec, cancellationToken).ConfigureAwait(false);
            return created.ID;
        }}
"""

REALISTIC = """using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CostProbe.Workers{area}
{{
    public sealed record JobRequest{i}(string Name, string Image, IReadOnlyList<string> Arguments, int Priority);

    public sealed record JobResult{i}(string Name, string ContainerId, TimeSpan Elapsed, bool Succeeded);

    public enum JobState{i}
    {{
        Pending,
        Running,
        Succeeded,
        Failed,
        Cancelled,
    }}

    public sealed class JobOptions{i}
    {{
        public string DataDirectory {{ get; set; }} = "/srv/data";
        public string Network {{ get; set; }} = "bridge";
        public int MaxParallelism {{ get; set; }} = 4;
        public TimeSpan Timeout {{ get; set; }} = TimeSpan.FromMinutes(5);
        public Dictionary<string, string> Labels {{ get; }} = new Dictionary<string, string>();
    }}

    public sealed class JobRunner{i}
    {{
        private const string WorkerImage = "registry.example.com/worker:{i}";
        private const string SocketPath = "/var/run/docker.sock";
        private const string RunAsUser = "1000:1000";
        private static readonly string[] ReservedNames = {{ "admin", "root", "system" }};

        private readonly IDockerClient _client;
        private readonly JobOptions{i} _options;
        private readonly List<JobResult{i}> _history = new List<JobResult{i}>();
        private readonly Dictionary<string, JobState{i}> _states = new Dictionary<string, JobState{i}>(StringComparer.OrdinalIgnoreCase);
        private int _started;

        public JobRunner{i}(IDockerClient client, JobOptions{i} options)
        {{
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }}

        public IReadOnlyList<JobResult{i}> History => _history;

        public int Started => Volatile.Read(ref _started);

        public static string NormalizeName(string name)
        {{
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A job needs a name.", nameof(name));
            var builder = new StringBuilder(name.Length);
            foreach (var c in name.Trim())
            {{
                if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
                else if (c == '-' || c == '_' || c == ' ') builder.Append('-');
            }}
            var normalized = builder.ToString().Trim('-');
            if (ReservedNames.Contains(normalized)) normalized += "-job";
            return normalized.Length > 63 ? normalized.Substring(0, 63) : normalized;
        }}

        public IEnumerable<JobRequest{i}> Prioritize(IEnumerable<JobRequest{i}> requests) =>
            requests.Where(r => r.Priority >= 0)
                .OrderByDescending(r => r.Priority)
                .ThenBy(r => r.Name, StringComparer.Ordinal)
                .Take(_options.MaxParallelism * {batch});

        public Dictionary<JobState{i}, int> CountByState()
        {{
            var counts = new Dictionary<JobState{i}, int>();
            foreach (var state in _states.Values)
            {{
                counts.TryGetValue(state, out var n);
                counts[state] = n + 1;
            }}
            return counts;
        }}

        public string Describe(JobState{i} state)
        {{
            switch (state)
            {{
                case JobState{i}.Pending:
                    return "waiting for a slot";
                case JobState{i}.Running:
                    return "running since " + DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
                case JobState{i}.Succeeded:
                    return "done";
                case JobState{i}.Failed:
                    return "failed, see the logs";
                case JobState{i}.Cancelled:
                    return "cancelled";
                default:
                    throw new ArgumentOutOfRangeException(nameof(state), state, null);
            }}
        }}

        public static IReadOnlyList<string> ParseArguments(string commandLine)
        {{
            var result = new List<string>();
            var current = new StringBuilder();
            var quoted = false;
            for (var index = 0; index < commandLine.Length; index++)
            {{
                var c = commandLine[index];
                if (c == '"')
                {{
                    quoted = !quoted;
                    continue;
                }}
                if (char.IsWhiteSpace(c) && !quoted)
                {{
                    if (current.Length > 0)
                    {{
                        result.Add(current.ToString());
                        current.Clear();
                    }}
                    continue;
                }}
                current.Append(c);
            }}
            if (current.Length > 0) result.Add(current.ToString());
            return result;
        }}

{builder}{exec}
        public async Task<JobResult{i}> RunAsync(JobRequest{i} request, CancellationToken cancellationToken)
        {{
            var name = NormalizeName(request.Name);
            _states[name] = JobState{i}.Pending;
            var started = DateTime.UtcNow;
            try
            {{
                Interlocked.Increment(ref _started);
                var parameters = BuildParameters(request, Path.Combine(_options.DataDirectory, name));
                var response = await _client.Containers.CreateContainerAsync(parameters, cancellationToken).ConfigureAwait(false);
                _states[name] = JobState{i}.Running;
                await _client.Containers.StartContainerAsync(response.ID, null, cancellationToken).ConfigureAwait(false);
                var result = new JobResult{i}(name, response.ID, DateTime.UtcNow - started, true);
                _history.Add(result);
                _states[name] = JobState{i}.Succeeded;
                return result;
            }}
            catch (OperationCanceledException)
            {{
                _states[name] = JobState{i}.Cancelled;
                throw;
            }}
            catch (DockerApiException ex)
            {{
                _states[name] = JobState{i}.Failed;
                _history.Add(new JobResult{i}(name, string.Empty, DateTime.UtcNow - started, false));
                throw new InvalidOperationException($"Job {{name}} failed with {{ex.StatusCode}}.", ex);
            }}
        }}

        public async Task<int> RunAllAsync(IEnumerable<JobRequest{i}> requests, CancellationToken cancellationToken)
        {{
            var succeeded = 0;
            var batches = Prioritize(requests)
                .Select((request, n) => (request, n))
                .GroupBy(x => x.n / Math.Max(1, _options.MaxParallelism));
            foreach (var batch in batches)
            {{
                var results = await Task.WhenAll(batch.Select(x => RunAsync(x.request, cancellationToken))).ConfigureAwait(false);
                succeeded += results.Count(r => r.Succeeded);
            }}
            return succeeded;
        }}

        public string Summarize()
        {{
            if (_history.Count == 0) return "no jobs yet";
            var lines = _history
                .GroupBy(r => r.Succeeded)
                .OrderBy(g => g.Key)
                .Select(g => string.Format(CultureInfo.InvariantCulture, "{{0}}: {{1}} jobs, {{2:F1}} s on average",
                    g.Key ? "succeeded" : "failed", g.Count(), g.Average(r => r.Elapsed.TotalSeconds)));
            return string.Join(Environment.NewLine, lines);
        }}

        public async Task<IReadOnlyList<string>> ReadManifestAsync(string path, CancellationToken cancellationToken)
        {{
            var entries = new List<string>();
            using (var reader = new StreamReader(path, Encoding.UTF8))
            {{
                string line;
                while ((line = await reader.ReadLineAsync().ConfigureAwait(false)) != null)
                {{
                    cancellationToken.ThrowIfCancellationRequested();
                    var trimmed = line.Trim();
                    if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal)) continue;
                    var separator = trimmed.IndexOf('=');
                    entries.Add(separator < 0 ? trimmed : trimmed.Substring(0, separator).TrimEnd());
                }}
            }}
            return entries.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }}

        private static TimeSpan Backoff(int attempt)
        {{
            var seconds = Math.Min(60, Math.Pow(2, attempt));
            return TimeSpan.FromSeconds(seconds + attempt * 0.{jitter});
        }}
    }}
}}
"""


def dense(i):
    return DENSE.format(i=i, privileged="1 == 1" if i % 3 == 0 else "0 == 1")


def realistic_class(i, builder, exec_method):
    return REALISTIC.format(i=i, area=i % 10, batch=2 + i % 3, jitter=1 + i % 9, builder=builder, exec=exec_method)


def realistic(i):
    return realistic_class(i, BUILDERS[i % len(BUILDERS)].format(i=i), EXEC.format(i=i) if i % 2 == 0 else "")


SPARSE_BUILDER = """        private CreateContainerParameters BuildParameters(JobRequest{i} request, string dataDirectory) =>
            Templates.Job(string.IsNullOrEmpty(request.Image) ? WorkerImage : request.Image, NormalizeName(request.Name), dataDirectory);
"""

TEMPLATES = """using System.Collections.Generic;
using Docker.DotNet.Models;

namespace CostProbe
{
    public static class Templates
    {
        public static CreateContainerParameters Job(string image, string name, string dataDirectory) => new CreateContainerParameters
        {
            Image = image,
            Name = name,
            User = "10001",
            HostConfig = new HostConfig
            {
                CapDrop = new List<string> { "ALL" },
                ReadonlyRootfs = true,
                SecurityOpt = new List<string> { "no-new-privileges:true" },
                Binds = new List<string> { dataDirectory + ":/data:ro" },
            },
        };
    }
}
"""


def sparse(i):
    if i % 30 == 1:
        return realistic(i)
    return realistic_class(i, SPARSE_BUILDER.format(i=i), "")


def main():
    shape, directory, files = sys.argv[1], sys.argv[2], int(sys.argv[3])
    write = {"dense": dense, "realistic": realistic, "sparse": sparse}[shape]
    for i in range(1, files + 1):
        with open("%s/File%d.cs" % (directory, i), "w") as f:
            f.write(write(i))
    if shape == "sparse":
        with open("%s/Templates.cs" % directory, "w") as f:
            f.write(TEMPLATES)


if __name__ == "__main__":
    main()
