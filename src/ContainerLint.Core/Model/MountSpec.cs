using ContainerLint.Text;

namespace ContainerLint.Model
{
    public enum MountKind
    {
        /// <summary>A host path mounted into the container.</summary>
        Bind,

        /// <summary>A named or anonymous volume (never a host path unless its driver options bind one).</summary>
        Volume,

        /// <summary>A tmpfs mount created by Docker.</summary>
        Tmpfs,
    }

    /// <summary>One mount of a container, as Docker would perform it.</summary>
    public sealed class MountSpec
    {
        public MountSpec(MountKind kind, SourceSpan span)
        {
            Kind = kind;
            Span = span;
        }

        public MountKind Kind { get; }

        /// <summary>The whole entry (a list item, a Binds string, a Mount initializer).</summary>
        public SourceSpan Span { get; }

        /// <summary>Bind: the host path (rules normalise it). Volume: the volume name (null for an anonymous one).</summary>
        public Setting<string>? Source { get; set; }

        public Setting<string>? Target { get; set; }

        public Setting<bool>? ReadOnly { get; set; }

        /// <summary>Bind propagation (<c>shared</c>, <c>rslave</c>, ...).</summary>
        public Setting<string>? Propagation { get; set; }

        /// <summary>
        /// The mount(2) options as written: tmpfs options, or a local volume's <c>driver_opts.o</c>.
        /// Docker adds <c>noexec,nosuid,nodev</c> to tmpfs mounts it creates unless the options say otherwise,
        /// while a local volume's <c>o</c> goes to mount(2) as it is (moby volume/local, daemon/oci_linux.go).
        /// </summary>
        public Setting<string>? Options { get; set; }

        /// <summary>True when <see cref="Options"/> are passed to mount(2) verbatim (local volume driver options).</summary>
        public bool OptionsAreVerbatim { get; set; }

        /// <summary>The local volume driver's <c>type</c> (tmpfs, none, nfs, ...), when the mount comes from one.</summary>
        public Setting<string>? VolumeDriverType { get; set; }

        /// <summary>The name of the top-level volume this mount uses, when it uses one.</summary>
        public string? VolumeName { get; set; }
    }
}
