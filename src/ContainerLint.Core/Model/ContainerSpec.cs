using System;
using System.Collections.Generic;
using ContainerLint.Text;

namespace ContainerLint.Model
{
    /// <summary>
    /// The container as Docker would run it: a Compose service after merging and interpolation, or the
    /// CreateContainerParameters / HostConfig a C# program builds. Every value keeps where it was written.
    /// </summary>
    public sealed class ContainerSpec
    {
        public ContainerSpec(string name, SourceSpan declaration)
        {
            Name = name;
            Declaration = declaration;
        }

        /// <summary>Service name (Compose) or a short description of the C# construct.</summary>
        public string Name { get; }

        /// <summary>Where the container is declared: a service key, a <c>new HostConfig</c> expression.</summary>
        public SourceSpan Declaration { get; }

        /// <summary>
        /// Whether settings left out count as findings (CTL2003, CTL4001, CTL6001): true for a Compose service and a
        /// <c>new HostConfig</c>, false where the front end sees only part of the configuration.
        /// </summary>
        public bool ReportsOmissions { get; set; }

        /// <summary>
        /// Where a setting is declared when that is not <see cref="Declaration"/>, by <c>FixKeys</c> name: a later
        /// Compose file's <c>cap_drop: !reset []</c> or <c>!override</c> decides the setting whatever the earlier files
        /// say, so what it lacks is reported, and fixed, there.
        /// </summary>
        public IDictionary<string, SourceSpan> SettingDeclarations { get; } = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);

        /// <summary>Where to report a setting that is missing or lacks what it needs (rules.md: the declaration).</summary>
        public SourceSpan DeclarationOf(string fixKey) => SettingDeclarations.TryGetValue(fixKey, out var span) ? span : Declaration;

        /// <summary>The image the container runs, when the front end knows it (used for messages only).</summary>
        public Setting<string>? Image { get; set; }

        public Setting<string>? User { get; set; }
        public Setting<bool>? Privileged { get; set; }
        public List<Setting<string>> CapAdd { get; } = new List<Setting<string>>();
        public List<Setting<string>> CapDrop { get; } = new List<Setting<string>>();

        /// <summary>Device mappings as written (<c>/dev/sda:/dev/xvda:rwm</c>, or a long-form entry's source).</summary>
        public List<Setting<string>> Devices { get; } = new List<Setting<string>>();
        public List<Setting<string>> DeviceCgroupRules { get; } = new List<Setting<string>>();

        public List<MountSpec> Mounts { get; } = new List<MountSpec>();

        /// <summary>
        /// Compose <c>volumes_from</c> entries as written (<c>service[:ro|rw]</c>, <c>container:name[:ro|rw]</c>): the
        /// container gets the mounts of those services too.
        /// </summary>
        public List<Setting<string>> VolumesFrom { get; } = new List<Setting<string>>();

        /// <summary><c>security_opt</c> entries as written (<c>seccomp:unconfined</c>, <c>no-new-privileges</c>, ...).</summary>
        public List<Setting<string>> SecurityOpt { get; } = new List<Setting<string>>();

        /// <summary>Number of entries of an explicitly set <c>MaskedPaths</c> (0 turns masking off).</summary>
        public Setting<int>? MaskedPathCount { get; set; }

        /// <summary>Number of entries of an explicitly set <c>ReadonlyPaths</c> (0 makes /proc paths writable).</summary>
        public Setting<int>? ReadonlyPathCount { get; set; }

        public Setting<string>? PidMode { get; set; }
        public Setting<string>? IpcMode { get; set; }
        public Setting<string>? NetworkMode { get; set; }
        public Setting<string>? UsernsMode { get; set; }
        public Setting<string>? UtsMode { get; set; }
        public Setting<string>? CgroupnsMode { get; set; }
        public Setting<string>? CgroupParent { get; set; }

        public Setting<bool>? ReadOnlyRootfs { get; set; }

        /// <summary>
        /// Compose <c>use_api_socket</c>: Compose bind-mounts the Docker API socket into the container, with the
        /// registry credentials it needs (compose-spec schema: "Bind mount Docker API socket and required auth"; the
        /// same as <c>docker run --use-api-socket</c>).
        /// </summary>
        public Setting<bool>? UsesApiSocket { get; set; }

        /// <summary>Settings of the container that builds the image (Compose <c>build:</c>).</summary>
        public BuildSpec? Build { get; set; }

        /// <summary>
        /// When this is not the container but a process started in it (a Compose lifecycle hook, as <c>docker exec</c>
        /// would), what it is, for messages: "the post_start hook". Null for the container itself.
        /// </summary>
        public string? Process { get; set; }

        /// <summary>
        /// Processes Compose starts in the container with settings of their own (<c>post_start</c>/<c>pre_stop</c> hooks,
        /// <c>develop.watch</c> exec hooks): each is linted as a container of its own, with only its user and privileged flag.
        /// </summary>
        public List<ContainerSpec> Processes { get; } = new List<ContainerSpec>();
    }

    /// <summary>The build of a Compose service: its privileges and where its Dockerfile is.</summary>
    public sealed class BuildSpec
    {
        public BuildSpec(SourceSpan span)
        {
            Span = span;
        }

        public SourceSpan Span { get; }
        public Setting<bool>? Privileged { get; set; }
        public Setting<string>? Network { get; set; }

        /// <summary>
        /// The privileged entitlements the build is allowed (Compose <c>build.entitlements</c>: <c>security.insecure</c>,
        /// <c>network.host</c>), each as written.
        /// </summary>
        public List<Setting<string>> Entitlements { get; } = new List<Setting<string>>();

        /// <summary>Whether an entry of <see cref="Entitlements"/> names <paramref name="name"/> (case-insensitively, blanks around it ignored).</summary>
        public static bool Names(Setting<string> entitlement, string name) =>
            entitlement.IsKnown && string.Equals(entitlement.Value.Trim(), name, System.StringComparison.OrdinalIgnoreCase);

        /// <summary>Absolute path of the Dockerfile the build uses.</summary>
        public string? DockerfilePath { get; set; }

        /// <summary>The stage built (<c>target</c>), where its value is known.</summary>
        public Setting<string>? Target { get; set; }

        public IDictionary<string, string?> Args { get; } = new Dictionary<string, string?>();
    }
}
