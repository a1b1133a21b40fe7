using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>What the host path rules (CTL3002, CTL3003) need to know about a bind mount.</summary>
    internal readonly struct HostMount
    {
        private HostMount(string path, bool? readOnly, ValueCertainty certainty)
        {
            Path = path;
            ReadOnly = readOnly;
            Certainty = certainty;
        }

        /// <summary>The normalised host path.</summary>
        public string Path { get; }

        /// <summary>True read-only, false writable, null when the read-only flag is unresolved.</summary>
        public bool? ReadOnly { get; }

        /// <summary>
        /// Whether the path or the writable flag is one branch of a conditional (<see cref="ValueCertainty.Conditional"/>),
        /// or the mount may be undone later on some paths (<see cref="ValueCertainty.MayBeUndone"/>).
        /// </summary>
        public ValueCertainty Certainty { get; }

        public bool IsWritable => ReadOnly == false;

        /// <summary>The host path of a bind mount whose source is known.</summary>
        public static bool TryRead(MountSpec mount, out HostMount hostMount)
        {
            hostMount = default;
            if (mount.Kind != MountKind.Bind || mount.Source is not { IsKnown: true } source || source.Value is null) return false;
            var certainty = source.Certainty;
            bool? readOnly = false;
            if (mount.ReadOnly is { } flag)
            {
                if (!flag.IsKnown) readOnly = null;
                else
                {
                    readOnly = flag.Value;
                    // A conditional read-only=true may be false on the other branch; only its false branch is a "may".
                    if (!flag.Value) certainty = RuleContext.Combine(certainty, flag.Certainty);
                }
            }
            hostMount = new HostMount(HostPaths.Normalize(source.Value), readOnly, certainty);
            return true;
        }

        public string Qualify(string evidence) => RuleContext.Qualify(Certainty, evidence);

        public string Describe() =>
            "host path '" + Path + "' is mounted" + (ReadOnly switch { true => " read-only", false => " writable", _ => string.Empty });
    }
}
