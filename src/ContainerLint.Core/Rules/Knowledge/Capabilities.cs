using System;
using System.Collections.Generic;

namespace ContainerLint.Rules.Knowledge
{
    /// <summary>Linux capability names as Docker knows them (capabilities(7); moby oci/caps/defaults.go).</summary>
    public static class Capabilities
    {
        /// <summary>Docker's default set: adding one of these is a no-op (moby oci/caps/defaults.go).</summary>
        public static readonly ISet<string> DockerDefaults = Set(
            "CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW", "SETGID", "SETUID", "SETFCAP",
            "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE");

        /// <summary>Capabilities that amount to root on the host (rules.md CTL2001).</summary>
        public static readonly ISet<string> NearRoot = Set(
            "ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_RAWIO", "SYS_PTRACE", "SYS_BOOT", "DAC_READ_SEARCH", "BPF",
            "MAC_ADMIN", "MAC_OVERRIDE");

        /// <summary>Every capability of capabilities(7) up to Linux 6.x, plus Docker's <c>ALL</c>.</summary>
        public static readonly ISet<string> Known = Set(
            "ALL", "AUDIT_CONTROL", "AUDIT_READ", "AUDIT_WRITE", "BLOCK_SUSPEND", "BPF", "CHECKPOINT_RESTORE",
            "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "IPC_LOCK", "IPC_OWNER", "KILL",
            "LEASE", "LINUX_IMMUTABLE", "MAC_ADMIN", "MAC_OVERRIDE", "MKNOD", "NET_ADMIN", "NET_BIND_SERVICE",
            "NET_BROADCAST", "NET_RAW", "PERFMON", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_ADMIN",
            "SYS_BOOT", "SYS_CHROOT", "SYS_MODULE", "SYS_NICE", "SYS_PACCT", "SYS_PTRACE", "SYS_RAWIO",
            "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "SYSLOG", "WAKE_ALARM");

        /// <summary>
        /// Upper case, surrounding space and an optional <c>CAP_</c> prefix removed. <c>CAP_ALL</c> keeps its prefix, so it
        /// is no known name: Docker takes <c>ALL</c> only as written and prefixes every other name, so it rejects
        /// <c>CAP_ALL</c> as an unknown capability (moby oci/caps/utils.go, NormalizeLegacyCapabilities).
        /// </summary>
        public static string Normalize(string? name)
        {
            var n = (name ?? string.Empty).Trim().ToUpperInvariant();
            return n.StartsWith("CAP_", StringComparison.Ordinal) && n != "CAP_ALL" ? n.Substring(4) : n;
        }

        private static ISet<string> Set(params string[] names) => new HashSet<string>(names, StringComparer.Ordinal);
    }
}
