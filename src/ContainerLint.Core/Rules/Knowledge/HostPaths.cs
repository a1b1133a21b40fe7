using System;
using System.Collections.Generic;

namespace ContainerLint.Rules.Knowledge
{
    /// <summary>Host path normalisation and the path lists of rules.md (CTL3002-CTL3004).</summary>
    public static class HostPaths
    {
        private static readonly string[] Sensitive =
        {
            "/etc", "/boot", "/dev", "/lib", "/lib64", "/usr", "/bin", "/sbin", "/root", "/home",
            "/var/lib/docker", "/var/lib/containerd", "/var/lib/kubelet", "/var/log",
            "~/.ssh", "~/.aws", "~/.kube", "~/.docker", "~/.gnupg",
        };

        // Harmless paths inside sensitive directories; /dev/shm is a tmpfs, so what lies under it is harmless too.
        private static readonly string[] NotSensitive =
        {
            "/etc/localtime", "/etc/timezone", "/dev/null", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/shm",
        };

        private static readonly string[] SocketNames = { "docker.sock", "containerd.sock", "crio.sock", "podman.sock" };

        // rules.md's directories, and the homes of the other sockets it names (audit 133 T133-4): Podman's /run/podman
        // (podman.sock), CRI-O's /run/crio (crio.sock), the containerd that dockerd runs (/var/run/docker/containerd).
        private static readonly HashSet<string> SocketDirectories = new HashSet<string>(StringComparer.Ordinal)
        {
            "/run", "/var/run", "/run/containerd", "/var/run/docker", "/run/podman", "/run/crio", "/var/run/docker/containerd",
        };

        /// <summary>
        /// Collapses <c>//</c>, <c>.</c>, <c>..</c> and a trailing <c>/</c>; keeps a leading <c>~</c> or drive letter
        /// (<c>..</c> out of <c>~</c> goes to <c>/home</c>).
        /// Backslashes are read as separators (Windows host paths).
        /// </summary>
        public static string Normalize(string path)
        {
            var p = (path ?? string.Empty).Trim().Replace('\\', '/');
            if (p.Length == 0) return p;
            // A Windows named pipe (\\.\pipe\name, //./pipe/name) keeps its prefix: it is not /pipe/name.
            if (p.StartsWith(PipePrefix, StringComparison.OrdinalIgnoreCase))
                return PipePrefix + p.Substring(PipePrefix.Length).Trim('/');
            string prefix;
            if (p[0] == '/') prefix = "/";
            else if (p[0] == '~') { var slash = p.IndexOf('/'); prefix = (slash < 0 ? p : p.Substring(0, slash)) + "/"; p = slash < 0 ? string.Empty : p.Substring(slash); }
            else if (p.Length >= 2 && p[1] == ':' && char.IsLetter(p[0])) { prefix = p.Substring(0, 2) + "/"; p = p.Substring(2); }
            else prefix = string.Empty;

            var parts = new List<string>();
            foreach (var part in p.Split('/'))
            {
                if (part.Length == 0 || part == ".") continue;
                if (part == "..")
                {
                    if (parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
                    // Out of the home directory (~/.., ~alice/../..): a home is /home/<name>, as on Linux, so this is
                    // /home, and one more is the root (audit 125 C125-7: ~/../../../etc is /etc).
                    else if (prefix.Length > 0 && prefix[0] == '~')
                    {
                        prefix = "/";
                        parts.Add("home");
                    }
                    else if (prefix.Length == 0) parts.Add(part);
                    continue;
                }
                parts.Add(part);
            }
            var joined = string.Join("/", parts);
            if (prefix.Length == 0) return joined.Length == 0 ? "." : joined;
            if (joined.Length == 0) return prefix == "/" ? "/" : prefix.TrimEnd('/');
            return prefix + joined;
        }

        /// <summary><paramref name="path"/> (normalised) is <paramref name="root"/> or lies under it.</summary>
        public static bool IsAtOrUnder(string path, string root) =>
            path == root || (path.StartsWith(root, StringComparison.Ordinal) && path.Length > root.Length && path[root.Length] == '/');

        public static bool IsProcOrSys(string normalized) => IsAtOrUnder(normalized, "/proc") || IsAtOrUnder(normalized, "/sys");

        /// <summary>
        /// Whether a bind of this host path (normalised) has the kernel's interfaces among its submounts
        /// (<c>/sys/fs/cgroup</c>, <c>/proc/sys/fs/binfmt_misc</c>, <c>/sys/kernel/security</c>): at or under <c>/proc</c> or
        /// <c>/sys</c>, or the host's root, which holds them. A read-only bind made read-only at its top only
        /// (<c>bind-recursive=writable</c>, the API's <c>BindOptions.ReadOnlyNonRecursive</c>) leaves those writable.
        /// </summary>
        public static bool HasKernelSubmounts(string normalized) => normalized == "/" || IsProcOrSys(normalized);

        /// <summary>
        /// The sensitive directory a normalised host path is at or under, or null. A home directory written as
        /// <c>~name</c> or as macOS/Windows <c>/Users/name</c> counts as <c>~</c>; the home directory itself (<c>~</c>)
        /// is sensitive because it holds <c>~/.ssh</c>, <c>~/.aws</c> and the others.
        /// </summary>
        public static string? SensitiveRoot(string normalized)
        {
            foreach (var harmless in NotSensitive)
                if (IsAtOrUnder(normalized, harmless)) return null;
            if (normalized == "/") return "/";
            var path = HomeRelative(normalized);
            if (path == "~") return "~";
            foreach (var root in Sensitive)
                if (IsAtOrUnder(path, root)) return root;
            return null;
        }

        /// <summary>
        /// Rewrites a home directory prefix to <c>~</c>: <c>~alice/x</c>, <c>/Users/alice/x</c> and <c>C:/Users/alice/x</c>
        /// become <c>~/x</c> (on Linux a home is under <c>/home</c>, which is sensitive as a whole). Other paths are returned as they are.
        /// </summary>
        public static string HomeRelative(string normalized)
        {
            if (normalized.Length == 0) return normalized;
            int start;
            if (normalized[0] == '~') start = 1;
            else if (normalized.StartsWith("/Users/", StringComparison.OrdinalIgnoreCase)) start = 7;
            else if (normalized.Length > 9 && normalized[1] == ':' && string.Compare(normalized, 2, "/Users/", 0, 7, StringComparison.OrdinalIgnoreCase) == 0) start = 9;
            else return normalized;
            if (start > 1 && start >= normalized.Length) return normalized;
            var slash = normalized.IndexOf('/', start);
            return slash < 0 ? "~" : "~" + normalized.Substring(slash);
        }

        private const string PipePrefix = "//./pipe/";

        /// <summary>
        /// The Docker engine's named pipe on Windows, the twin of <c>docker.sock</c>: <c>docker_engine</c>, and Docker
        /// Desktop's <c>docker_engine_linux</c> / <c>docker_engine_windows</c> (pipe names are case-insensitive).
        /// </summary>
        public static bool IsEnginePipe(string normalized)
        {
            if (!normalized.StartsWith(PipePrefix, StringComparison.OrdinalIgnoreCase)) return false;
            var name = normalized.Substring(PipePrefix.Length);
            return name.Equals("docker_engine", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("docker_engine_", StringComparison.OrdinalIgnoreCase);
        }

        private static string RunTwin(string normalized) =>
            IsAtOrUnder(normalized, "/var/run") ? normalized.Substring("/var".Length)
            : IsAtOrUnder(normalized, "/run") ? "/var" + normalized
            : normalized;

        public static bool IsRuntimeSocket(string normalized)
        {
            if (IsEnginePipe(normalized)) return true;
            // /var/run is a link to /run (FHS 3.0, 5.13): /var/run/containerd is /run/containerd, /run/docker is /var/run/docker.
            return SocketDirectories.Contains(normalized) || SocketDirectories.Contains(RunTwin(normalized)) || EndsWithSocketName(normalized);
        }

        /// <summary>
        /// Whether no host path rule (CTL3002-CTL3004) can match a host path with unresolved variables (its
        /// <see cref="ContainerLint.Model.Setting{T}.Partial"/>), whatever they hold: <c>/DATA/AppData/${AppID}/data</c> lies
        /// under <c>/DATA/AppData</c>, where no sensitive path, kernel interface or runtime socket directory is, and ends in
        /// <c>data</c>, no socket's name. A variable after the path's first directory is read as naming something inside the
        /// directory before it (a value that climbs out with <c>..</c> is not considered: the variable would then stand for
        /// where the path points, which the file should state). A path whose fixed start is not an absolute POSIX
        /// directory (<c>${DATA}/x</c>, <c>~/${X}</c>, <c>./${X}</c>, <c>C:/${X}</c>), lies in or above one of those paths
        /// (<c>/var/${X}/y</c>: <c>/var/log</c>), ends in a variable (<c>/srv/${X}</c>: <c>docker.sock</c>), or has a <c>..</c> or a
        /// backslash written anywhere in it (<paramref name="written"/>, the value as written, too) is not decided.
        /// </summary>
        public static bool CannotMatchWhateverVariablesHold(string partial, string written)
        {
            var firstVariable = partial.IndexOf(ContainerLint.Model.PartialValue.MarkStart);
            if (firstVariable < 0) return false;
            // A `..` anywhere climbs: between two variables (/srv/${A}/../../etc/${B}) as well, and also one written in a
            // substitution the value leaves out while its variable is unknown (/srv${X:+/../..}/etc: audit 157 R157-1, R157-2).
            // A backslash makes it a Windows path (\\server\share, \\?\C:\Users), whose roots this does not know (R157-3).
            if (partial.IndexOf("..", StringComparison.Ordinal) >= 0 || written.IndexOf("..", StringComparison.Ordinal) >= 0
                || partial.IndexOf('\\') >= 0 || written.IndexOf('\\') >= 0)
                return false;
            var head = partial.Substring(0, firstVariable);
            var slash = head.LastIndexOf('/');
            if (!head.StartsWith("/", StringComparison.Ordinal) || head.StartsWith("//", StringComparison.Ordinal) || slash <= 0) return false;
            var directory = Normalize(head.Substring(0, slash));
            // Under /Users/<name> (macOS, Windows) a path is in a home directory, where ~/.ssh and the others are.
            if (directory == "/" || IsAtOrUnder(directory.ToLowerInvariant(), "/users")) return false;
            foreach (var root in Roots())
                if (IsAtOrUnder(directory, root) || IsAtOrUnder(root, directory)) return false;
            var ending = ContainerLint.Model.PartialValue.Ending(partial).TrimEnd('/');
            var last = ending.LastIndexOf('/');
            if (last < 0) return false;
            var name = ending.Substring(last + 1);
            return name.Length > 0 && name != "." && !EndsWithSocketName(name);
        }

        /// <summary>Every path a host path rule matches at or under, but the home directory's (<c>~/.ssh</c>, ...).</summary>
        private static IEnumerable<string> Roots()
        {
            yield return "/proc";
            yield return "/sys";
            foreach (var root in Sensitive)
                if (root[0] == '/') yield return root;
            foreach (var directory in SocketDirectories) yield return directory;
        }

        /// <summary>Whether a path ends in the name of a runtime socket (<c>docker.sock</c>, ...).</summary>
        public static bool EndsWithSocketName(string normalized)
        {
            foreach (var name in SocketNames)
                if (normalized.EndsWith(name, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}
