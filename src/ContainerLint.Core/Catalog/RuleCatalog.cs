using System;
using System.Collections.Generic;
using System.Linq;
using static ContainerLint.Catalog.RuleSources;
using static ContainerLint.Catalog.RuleSeverity;

namespace ContainerLint.Catalog
{
    /// <summary>The descriptors of every rule in rules.md, in one place.</summary>
    public static class RuleCatalog
    {
        private const string User = "User";
        private const string Capabilities = "Capabilities";
        private const string HostMounts = "HostMounts";
        private const string Confinement = "Confinement";
        private const string Namespaces = "Namespaces";
        private const string Immutability = "Immutability";
        private const string Linter = RuleDescriptor.LinterCategory;

        public static readonly RuleDescriptor CTL1001 = new(RuleIds.RunsAsRoot, "ContainerRunsAsRoot", "Container runs as root", User, Warning,
            Dockerfile | Compose | DockerDotNet,
            "A process that breaks out of the container is root on the host, and root inside can change anything in the image",
            "The container's effective user is root (user name root, or a numeric user id of 0; on Windows, ContainerAdministrator). Run as a non-root user.",
            "CIS Docker Benchmark v1.6.0 4.1", 7.0);

        public static readonly RuleDescriptor CTL1002 = new(RuleIds.NoNonRootUser, "ImageNeverSwitchesToNonRootUser", "Image never switches to a non-root user", User, Warning,
            Dockerfile,
            "Without USER the container runs as the user its base image leaves it with, root for scratch and most bases, unless every caller remembers to override it",
            "The final stage of the Dockerfile has no USER instruction (also not inherited from a stage it is built FROM) and its base image is not a known non-root image.",
            "CIS Docker Benchmark v1.6.0 4.1", 6.0);

        public static readonly RuleDescriptor CTL1003 = new(RuleIds.Privileged, "PrivilegedContainer", "Privileged container", User, Error,
            Dockerfile | Compose | DockerDotNet | Testcontainers,
            "A privileged container gets every capability and every host device and runs without seccomp and AppArmor, so it can take over the host",
            "The container (or its build, also RUN --security=insecure) runs in privileged mode.",
            "CIS Docker Benchmark v1.6.0 5.5", 9.0);

        public static readonly RuleDescriptor CTL1004 = new(RuleIds.SudoInBuild, "SudoInBuildStep", "sudo in a build step", User, Warning,
            Dockerfile,
            "Build steps already run as the current USER; sudo needs a setuid binary and sudoers rules in the image and behaves unpredictably without a TTY",
            "A RUN instruction invokes sudo as a command.",
            null, 4.0);

        public static readonly RuleDescriptor CTL1005 = new(RuleIds.SetuidBit, "SetuidSetgidBitSetInTheImage", "Setuid/setgid bit set in the image", User, Warning,
            Dockerfile,
            "A setuid or setgid binary lets any user in the container gain that file owner's privileges, often root",
            "A RUN instruction sets the setuid or setgid bit with chmod.",
            "CIS Docker Benchmark v1.6.0 4.8", 6.0);

        public static readonly RuleDescriptor CTL1006 = new(RuleIds.SshServer, "SshServerInContainer", "SSH server in a container", User, Suggestion,
            Dockerfile,
            "An SSH daemon adds a network-facing login service and keys to manage; use docker exec for access instead",
            "The image exposes port 22 or installs openssh-server.",
            "CIS Docker Benchmark v1.6.0 5.7", 4.0);

        public static readonly RuleDescriptor CTL2001 = new(RuleIds.DangerousCapability, "CapabilityGrantsNearRootPower", "Capability grants near-root power", Capabilities, Error,
            Compose | DockerDotNet,
            "This capability lets the container act as root on the host kernel (mount file systems, load modules, trace processes or bypass access checks)",
            "cap_add / HostConfig.CapAdd adds ALL or a capability that is equivalent to root: SYS_ADMIN, SYS_MODULE, SYS_RAWIO, SYS_PTRACE, SYS_BOOT, DAC_READ_SEARCH, BPF, MAC_ADMIN, MAC_OVERRIDE.",
            "CIS Docker Benchmark v1.6.0 5.4", 8.5);

        public static readonly RuleDescriptor CTL2002 = new(RuleIds.ExtraCapability, "CapabilityAddedBeyondDockerDefaults", "Capability added beyond Docker's defaults", Capabilities, Warning,
            Compose | DockerDotNet,
            "Every capability beyond Docker's default set widens what a compromised process can do to the host kernel",
            "cap_add / HostConfig.CapAdd adds a capability that is not in Docker's default set.",
            "CIS Docker Benchmark v1.6.0 5.4", 5.0);

        public static readonly RuleDescriptor CTL2003 = new(RuleIds.CapabilitiesNotDropped, "CapabilitiesNotDropped", "Capabilities not dropped", Capabilities, Suggestion,
            Compose | DockerDotNet,
            "Docker's default set still includes capabilities such as NET_RAW, CHOWN and SETUID that most services never need",
            "The container does not drop ALL capabilities (cap_drop: [ALL] / HostConfig.CapDrop containing ALL).",
            "CIS Docker Benchmark v1.6.0 5.4", 3.0);

        public static readonly RuleDescriptor CTL3001 = new(RuleIds.HostDevice, "HostDeviceExposed", "Host device exposed", HostMounts, Warning,
            Compose | DockerDotNet,
            "A host device node gives the container direct access to hardware or kernel interfaces outside its isolation",
            "devices / device_cgroup_rules (HostConfig.Devices, HostConfig.DeviceCgroupRules) expose a host device to the container.",
            "CIS Docker Benchmark v1.6.0 5.18", 6.0);

        public static readonly RuleDescriptor CTL3002 = new(RuleIds.WritableProcOrSys, "WritableProcOrSys", "Writable /proc or /sys", HostMounts, Error,
            Compose | DockerDotNet | Testcontainers,
            "Writing to the host's /proc or /sys changes kernel settings for the whole host and is a known container escape",
            "A host path at or under /proc or /sys is mounted writable, or the masked and read-only system paths are turned off (systempaths=unconfined, empty MaskedPaths/ReadonlyPaths).",
            "CIS Docker Benchmark v1.6.0 5.6", 9.0);

        public static readonly RuleDescriptor CTL3003 = new(RuleIds.SensitiveHostPath, "SensitiveHostPathMounted", "Sensitive host path mounted", HostMounts, Warning,
            Compose | DockerDotNet | Testcontainers,
            "The container can read (and unless read-only, change) host system files, credentials or other containers' data",
            "A sensitive host directory (/, /etc, /boot, /dev, /usr, /root, /home, /var/lib/docker, ~/.ssh, ...) is bind-mounted into the container.",
            "CIS Docker Benchmark v1.6.0 5.6", 7.0);

        public static readonly RuleDescriptor CTL3004 = new(RuleIds.RuntimeSocket, "ContainerRuntimeSocketMounted", "Container runtime socket mounted", HostMounts, Error,
            Dockerfile | Compose | DockerDotNet | Testcontainers,
            "Access to the container runtime's socket is root on the host, and mounting it read-only does not help: the API still accepts every request",
            "A container runtime socket (docker.sock, containerd.sock, crio.sock, podman.sock) or its directory is mounted into the container, or Compose is asked to mount Docker's (use_api_socket).",
            "CIS Docker Benchmark v1.6.0 5.32", 9.0);

        public static readonly RuleDescriptor CTL3005 = new(RuleIds.MountAllowsSuid, "MountAllowsSetuidBinariesMissingNosuid", "Mount allows setuid binaries (missing nosuid)", HostMounts, Warning,
            Compose | DockerDotNet,
            "A setuid binary placed on this mount runs with its owner's privileges, a path to root inside the container",
            "A tmpfs mount has the suid option, or a local volume's mount options (driver_opts o) mount a tmpfs or bind without nosuid.",
            null, 5.0);

        public static readonly RuleDescriptor CTL3006 = new(RuleIds.MountAllowsDev, "MountAllowsDeviceFilesMissingNodev", "Mount allows device files (missing nodev)", HostMounts, Warning,
            Compose | DockerDotNet,
            "Device files on this mount give direct access to host devices, bypassing the container's device cgroup where it applies",
            "A tmpfs mount has the dev option, or a local volume's mount options (driver_opts o) mount a tmpfs or bind without nodev.",
            null, 5.0);

        public static readonly RuleDescriptor CTL3007 = new(RuleIds.SharedPropagation, "MountPropagationSharedWithTheHost", "Mount propagation shared with the host", HostMounts, Warning,
            Compose | DockerDotNet,
            "With shared propagation, mounts made inside the container appear on the host and the other way round",
            "A bind mount uses shared or rshared propagation.",
            "CIS Docker Benchmark v1.6.0 5.20", 5.0);

        public static readonly RuleDescriptor CTL4001 = new(RuleIds.NoNewPrivilegesNotSet, "NoNewPrivilegesNotSet", "no-new-privileges not set", Confinement, Suggestion,
            Compose | DockerDotNet,
            "Without no-new-privileges a process can gain privileges through setuid binaries or file capabilities",
            "security_opt (HostConfig.SecurityOpt) does not contain no-new-privileges:true.",
            "CIS Docker Benchmark v1.6.0 5.26", 3.0);

        public static readonly RuleDescriptor CTL4002 = new(RuleIds.SeccompDisabled, "SeccompDisabled", "Seccomp disabled", Confinement, Error,
            Compose | DockerDotNet,
            "Without Docker's seccomp profile every system call is open to the container, including the ones behind known kernel escapes",
            "security_opt (HostConfig.SecurityOpt) contains seccomp:unconfined.",
            "CIS Docker Benchmark v1.6.0 5.22", 8.0);

        public static readonly RuleDescriptor CTL4003 = new(RuleIds.AppArmorDisabled, "AppArmorDisabled", "AppArmor disabled", Confinement, Error,
            Compose | DockerDotNet,
            "Without the AppArmor profile the container loses the mandatory access control that limits mounts and writes to /proc and /sys",
            "security_opt (HostConfig.SecurityOpt) contains apparmor:unconfined.",
            "CIS Docker Benchmark v1.6.0 5.2", 7.0);

        public static readonly RuleDescriptor CTL4004 = new(RuleIds.SelinuxDisabled, "SelinuxLabellingDisabled", "SELinux labelling disabled", Confinement, Error,
            Compose | DockerDotNet,
            "Without SELinux labels the container's processes are not confined by the host's SELinux policy",
            "security_opt (HostConfig.SecurityOpt) contains label:disable.",
            "CIS Docker Benchmark v1.6.0 5.3", 7.0);

        public static readonly RuleDescriptor CTL5001 = new(RuleIds.HostPid, "HostPidNamespaceShared", "Host PID namespace shared", Namespaces, Error,
            Compose | DockerDotNet,
            "The container sees and can signal or trace every process on the host",
            "pid: host (HostConfig.PidMode = \"host\").",
            "CIS Docker Benchmark v1.6.0 5.16", 8.0);

        public static readonly RuleDescriptor CTL5002 = new(RuleIds.HostIpc, "HostIpcNamespaceShared", "Host IPC namespace shared", Namespaces, Warning,
            Compose | DockerDotNet,
            "The container can read and write the host's shared memory and IPC objects",
            "ipc: host (HostConfig.IpcMode = \"host\").",
            "CIS Docker Benchmark v1.6.0 5.17", 6.0);

        public static readonly RuleDescriptor CTL5003 = new(RuleIds.HostNetwork, "HostNetworkNamespaceShared", "Host network namespace shared", Namespaces, Warning,
            Dockerfile | Compose | DockerDotNet,
            "The container uses the host's network stack: it can bind any host port and reach services listening on localhost",
            "network_mode: host or build.network: host (HostConfig.NetworkMode = \"host\", RUN --network=host).",
            "CIS Docker Benchmark v1.6.0 5.10", 6.0);

        public static readonly RuleDescriptor CTL5004 = new(RuleIds.HostUserns, "HostUserNamespaceShared", "Host user namespace shared", Namespaces, Warning,
            Compose | DockerDotNet,
            "User namespace remapping is turned off for this container, so root inside is root on the host",
            "userns_mode: host (HostConfig.UsernsMode = \"host\").",
            "CIS Docker Benchmark v1.6.0 5.31", 6.0);

        public static readonly RuleDescriptor CTL5005 = new(RuleIds.HostUts, "HostUtsNamespaceShared", "Host UTS namespace shared", Namespaces, Suggestion,
            Compose | DockerDotNet,
            "The container can change the host's hostname and domain name",
            "uts: host (HostConfig.UTSMode = \"host\").",
            "CIS Docker Benchmark v1.6.0 5.21", 3.0);

        public static readonly RuleDescriptor CTL5006 = new(RuleIds.HostCgroupns, "HostCgroupNamespaceShared", "Host cgroup namespace shared", Namespaces, Warning,
            Compose | DockerDotNet,
            "The container sees the host's cgroup hierarchy, which helps escapes that abuse cgroup interfaces",
            "cgroup: host (HostConfig.CgroupnsMode = \"host\").",
            null, 5.0);

        public static readonly RuleDescriptor CTL5007 = new(RuleIds.CgroupParent, "CustomCgroupParent", "Custom cgroup parent", Namespaces, Suggestion,
            Compose | DockerDotNet,
            "A custom cgroup parent moves the container out of Docker's resource controls and may share limits with host services",
            "cgroup_parent (HostConfig.CgroupParent) is set.",
            "CIS Docker Benchmark v1.6.0 5.25", 3.0);

        public static readonly RuleDescriptor CTL6001 = new(RuleIds.WritableRootfs, "RootFilesystemIsWritable", "Root filesystem is writable", Immutability, Suggestion,
            Compose | DockerDotNet,
            "A writable root filesystem lets an attacker change binaries and configuration inside the running container",
            "The container does not set read_only: true (HostConfig.ReadonlyRootfs = true).",
            "CIS Docker Benchmark v1.6.0 5.13", 3.0);

        public static readonly RuleDescriptor CTL9001 = new(RuleIds.ParseError, "FileCouldNotBeParsed", "File could not be parsed", Linter, Warning,
            Dockerfile | Compose,
            "Until it is fixed, what depends on it (the file, the build or the service) is not checked",
            "The Dockerfile or Compose file has a syntax error at this position.",
            null, 0.0);

        public static readonly RuleDescriptor CTL9002 = new(RuleIds.UnresolvedValue, "ValueCouldNotBeResolved", "Value could not be resolved", Linter, Suggestion,
            Dockerfile | Compose,
            "The linter treats the value as unknown, neither safe nor dangerous; write it so that the file, or the build args given to the linter, state it (a value or a default) to have it checked",
            "A security-relevant value uses a variable that has no value and no default.",
            null, 0.0);

        public static readonly RuleDescriptor CTL9003 = new(RuleIds.UnknownRuleInSuppression, "UnknownRuleInSuppressionComment", "Unknown rule in suppression comment", Linter, Warning,
            Dockerfile | Compose,
            "The comment suppresses nothing; a typo here hides no finding but misleads readers",
            "A containerlint ignore= comment names a rule ID that does not exist.",
            null, 0.0);

        public static readonly RuleDescriptor CTL9004 = new(RuleIds.UnknownCapability, "UnknownCapability", "Unknown capability", Linter, Warning,
            Compose | DockerDotNet,
            "Docker rejects capability names it does not know when it creates the container",
            "A cap_add / cap_drop (CapAdd / CapDrop) entry names a capability Docker does not know.",
            null, 0.0);

        public static readonly RuleDescriptor CTL9005 = new(RuleIds.NullCollectionInitializer, "CollectionInitializerOnNullDockerDotNetCollection", "Collection initializer on a null Docker.DotNet collection", Linter, Warning,
            DockerDotNet,
            "Docker.DotNet model collections are null until assigned, so the collection initializer throws NullReferenceException at run time",
            "A collection initializer adds to a Docker.DotNet model collection property that is null by default.",
            null, 0.0);

        /// <summary>Every rule, ordered by ID.</summary>
        public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
        {
            CTL1001, CTL1002, CTL1003, CTL1004, CTL1005, CTL1006,
            CTL2001, CTL2002, CTL2003,
            CTL3001, CTL3002, CTL3003, CTL3004, CTL3005, CTL3006, CTL3007,
            CTL4001, CTL4002, CTL4003, CTL4004,
            CTL5001, CTL5002, CTL5003, CTL5004, CTL5005, CTL5006, CTL5007,
            CTL6001,
            CTL9001, CTL9002, CTL9003, CTL9004, CTL9005,
        };

        private static readonly Dictionary<string, RuleDescriptor> ById =
            All.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

        public static bool TryGet(string id, out RuleDescriptor descriptor) => ById.TryGetValue(id.Trim(), out descriptor!);

        public static RuleDescriptor Get(string id) =>
            TryGet(id, out var d) ? d : throw new ArgumentException("Unknown rule " + id, nameof(id));
    }
}
