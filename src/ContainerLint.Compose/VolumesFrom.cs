using System;
using System.Collections.Generic;
using ContainerLint.Model;
using ContainerLint.Text;

namespace ContainerLint.Compose
{
    /// <summary>
    /// <c>volumes_from</c> (compose-spec services.md): a service mounts every volume and bind mount of the services it
    /// names, in their mode unless the entry says <c>:ro</c> or <c>:rw</c> (Docker's <c>--volumes-from</c>, which takes
    /// the source container's mount points, its own <c>--volumes-from</c> ones included; tmpfs mounts are not mount
    /// points). So a service that names a socket proxy gets the socket. Entries naming a container
    /// (<c>container:name</c>) or a service this application does not define are not followed.
    /// </summary>
    internal static class VolumesFrom
    {
        /// <summary>
        /// Adds to each service the mounts it takes as they are written (<c>volumes_from: [proxy]</c>): at their own place,
        /// so that a finding there names both services and its fix, made where the path is written, is one for both. The
        /// mounts an entry gives another mode (<c>proxy:ro</c>) are not the text written there: they go into a view of the
        /// service of their own, placed at the entry, returned by service name, whose findings have no fix (the entry is not
        /// a mount to edit).
        /// </summary>
        public static Dictionary<string, ContainerSpec> Inherit(List<ContainerSpec> services)
        {
            var views = new Dictionary<string, ContainerSpec>(StringComparer.Ordinal);
            if (!services.Exists(s => s.VolumesFrom.Count > 0)) return views;
            var byName = new Dictionary<string, ContainerSpec>(StringComparer.Ordinal);
            var own = new Dictionary<string, List<MountSpec>>(StringComparer.Ordinal);
            foreach (var service in services)
            {
                byName[service.Name] = service;
                own[service.Name] = new List<MountSpec>(service.Mounts);
            }
            var effective = new Dictionary<string, List<(MountSpec, bool)>>(StringComparer.Ordinal);
            foreach (var service in services)
            {
                if (service.VolumesFrom.Count == 0) continue;
                foreach (var mount in Inherited(service, byName, own, effective, new HashSet<string>(StringComparer.Ordinal)))
                {
                    if (mount.Placed) service.Mounts.Add(mount.Mount);
                    else
                    {
                        if (!views.TryGetValue(service.Name, out var view))
                            views[service.Name] = view = new ContainerSpec(service.Name, service.Declaration);
                        view.Mounts.Add(mount.Mount);
                    }
                }
            }
            return views;
        }

        /// <summary>
        /// The mounts a service gets through its <c>volumes_from</c>, those of the services named there included; Placed is
        /// false for one whose mode the entry changes (moved to the entry).
        /// </summary>
        private static List<(MountSpec Mount, bool Placed)> Inherited(ContainerSpec service, Dictionary<string, ContainerSpec> byName,
            Dictionary<string, List<MountSpec>> own, Dictionary<string, List<(MountSpec, bool)>> effective, HashSet<string> visiting)
        {
            var result = new List<(MountSpec, bool)>();
            // A cycle (a: volumes_from [b], b: volumes_from [a]) is refused by Compose; here it just ends.
            if (!visiting.Add(service.Name)) return result;
            foreach (var entry in service.VolumesFrom)
            {
                if (!entry.IsKnown || !TryParse(entry.Value, out var source, out var readOnly) || !byName.TryGetValue(source, out var from)) continue;
                foreach (var (mount, placed) in Effective(from, byName, own, effective, visiting))
                    result.Add(readOnly is { } mode ? (AtEntry(mount, mode, entry), false) : (mount, placed));
            }
            visiting.Remove(service.Name);
            return result;
        }

        private static List<(MountSpec, bool)> Effective(ContainerSpec service, Dictionary<string, ContainerSpec> byName,
            Dictionary<string, List<MountSpec>> own, Dictionary<string, List<(MountSpec, bool)>> effective, HashSet<string> visiting)
        {
            if (effective.TryGetValue(service.Name, out var known)) return known;
            var mounts = new List<(MountSpec, bool)>();
            foreach (var mount in own[service.Name])
                if (mount.Kind != MountKind.Tmpfs) mounts.Add((mount, true));
            mounts.AddRange(Inherited(service, byName, own, effective, visiting));
            effective[service.Name] = mounts;
            return mounts;
        }

        /// <summary><c>service</c>, <c>service:ro</c>, <c>service:rw</c>; false for <c>container:name[:mode]</c>.</summary>
        private static bool TryParse(string entry, out string service, out bool? readOnly)
        {
            var parts = entry.Trim().Split(':');
            service = parts[0];
            readOnly = null;
            if (parts[0] == "container" || parts.Length > 2 || service.Length == 0) return false;
            if (parts.Length == 2)
            {
                if (string.Equals(parts[1], "ro", StringComparison.OrdinalIgnoreCase)) readOnly = true;
                else if (string.Equals(parts[1], "rw", StringComparison.OrdinalIgnoreCase)) readOnly = false;
                else return false;
            }
            return true;
        }

        /// <summary>The mount in the mode an entry gives it, every value placed at the entry.</summary>
        private static MountSpec AtEntry(MountSpec mount, bool readOnly, Setting<string> entry) =>
            new MountSpec(mount.Kind, entry.Span)
            {
                Source = At(mount.Source, entry.Span),
                Target = At(mount.Target, entry.Span),
                ReadOnly = new Setting<bool>(readOnly, entry.Span, entry.Text),
                Propagation = At(mount.Propagation, entry.Span),
                Options = At(mount.Options, entry.Span),
                OptionsAreVerbatim = mount.OptionsAreVerbatim,
                VolumeDriverType = At(mount.VolumeDriverType, entry.Span),
                VolumeName = mount.VolumeName,
            };

        private static Setting<string>? At(Setting<string>? setting, SourceSpan span) =>
            setting is null ? null
            : setting.IsKnown ? new Setting<string>(setting.Value, span, setting.Text, setting.Certainty)
            : Setting<string>.Unresolved(span, setting.Text, setting.UnresolvedVariables, setting.Partial, setting.PlatformVariables);
    }
}
