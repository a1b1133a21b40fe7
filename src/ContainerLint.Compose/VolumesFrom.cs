using System;
using System.Collections.Generic;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;
using ContainerLint.Text;

namespace ContainerLint.Compose
{
    /// <summary>
    /// <c>volumes_from</c> (compose-spec services.md): a service mounts every volume and bind mount of the services it
    /// names (Docker's <c>--volumes-from</c>, which takes the source container's mount points, its own
    /// <c>--volumes-from</c> ones included; tmpfs mounts are not mount points). So a service that names a socket proxy
    /// gets the socket. The daemon copies each mount point with <c>RW = m.RW &amp;&amp; ReadWrite(mode)</c> (moby
    /// daemon/volumes.go, registerMountPoints): <c>:ro</c> makes every mount read-only, <c>:rw</c> (the default) keeps
    /// each one's mode. It reads the entries in order, then the container's own binds and mounts, each replacing the
    /// mount point at its destination. Entries naming a container (<c>container:name</c>) or a service this application
    /// does not define are not followed.
    /// </summary>
    internal static class VolumesFrom
    {
        /// <summary>
        /// Adds to each service the mounts it takes as they are written (<c>volumes_from: [proxy]</c>): at their own place,
        /// so that a finding there names both services and its fix, made where the path is written, is one for both. The
        /// mounts an entry makes read-only (<c>proxy:ro</c>) are not the text written there: they go into a view of the
        /// service of their own, returned by service name, whose source, destination and mode are placed at the entry (the
        /// findings that depend on them are reported there, without a fix: the entry is not a mount to edit), while their
        /// propagation and options stay where they are written. <paramref name="inherited"/> collects, per service, the mounts
        /// it takes with the entries they come through (<see cref="Inheritance"/>).
        /// </summary>
        public static Dictionary<string, ContainerSpec> Inherit(IReadOnlyList<ContainerSpec> services, Inheritance inherited)
        {
            var views = new Dictionary<string, ContainerSpec>(StringComparer.Ordinal);
            var any = false;
            foreach (var service in services) any |= service.VolumesFrom.Count > 0;
            if (!any) return views;
            var byName = new Dictionary<string, ContainerSpec>(StringComparer.Ordinal);
            var own = new Dictionary<string, List<MountSpec>>(StringComparer.Ordinal);
            foreach (var service in services)
            {
                byName[service.Name] = service;
                own[service.Name] = new List<MountSpec>(service.Mounts);
            }
            var effective = new Dictionary<string, List<Taken>>(StringComparer.Ordinal);
            foreach (var service in services)
            {
                if (service.VolumesFrom.Count == 0) continue;
                foreach (var mount in Inherited(service, byName, own, effective))
                {
                    inherited.Add(service.Name, mount.Mount, mount.Route, own[service.Name], mount.Origin);
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
        /// A mount a service takes, whether it is the one written (placed) or its read-only view, the entries it comes
        /// through, the service's own first, and the mount as written (<see cref="Origin"/>).
        /// </summary>
        private sealed class Taken
        {
            public Taken(MountSpec mount, bool placed, Route? route, MountSpec origin, string? destination)
            {
                Mount = mount;
                Placed = placed;
                Route = route;
                Origin = origin;
                Destination = destination;
            }

            /// <summary>Where it is mounted, normalised (<see cref="VolumesFrom.Destination"/>); null when not known.</summary>
            public string? Destination { get; }

            public MountSpec Mount { get; }
            public bool Placed { get; }
            public Route? Route { get; }
            public MountSpec Origin { get; }
        }

        /// <summary>
        /// The entries a mount comes through, the service's own first: each service's route shares the rest with the one
        /// it takes the mount from (an array copied per service made a chain of n services take memory in n², audit 108
        /// B108-4: 16,000 services, 2.4 GB).
        /// </summary>
        internal sealed class Route : IEnumerable<SourceSpan>
        {
            public Route(SourceSpan entry, Route? rest)
            {
                Entry = entry;
                Rest = rest;
            }

            public SourceSpan Entry { get; }
            public Route? Rest { get; }

            public IEnumerator<SourceSpan> GetEnumerator()
            {
                for (var route = this; route is not null; route = route.Rest) yield return route.Entry;
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        /// <summary>
        /// The mounts a service gets through its <c>volumes_from</c>, those of the services named there included, in the
        /// order the daemon takes them, less those replaced: by a later one at the same destination, or by one of the
        /// service's own. A destination that is not known replaces nothing and is never replaced. Worked out from the last
        /// entry back, so that a mount replaced is never copied: a service that takes from hundreds of services that take
        /// from one another copied every mount of each, and kept one per destination only afterwards (audit 146 F146-5).
        /// </summary>
        private static List<Taken> Inherited(ContainerSpec service, Dictionary<string, ContainerSpec> byName,
            Dictionary<string, List<MountSpec>> own, Dictionary<string, List<Taken>> effective, HashSet<string>? inProgress = null)
        {
            var destinations = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mount in own[service.Name])
                if (Destination(mount) is { } destination) destinations.Add(destination);
            var kept = new List<Taken>();
            for (var e = service.VolumesFrom.Count - 1; e >= 0; e--)
            {
                var entry = service.VolumesFrom[e];
                if (!entry.IsKnown || !TryParse(entry.Value, out var source, out var readOnly) || !byName.TryGetValue(source, out var from)) continue;
                // A cycle (a: volumes_from [b], b: volumes_from [a]) is refused by Compose; here it ends, at the service's own mounts.
                var mounts = source == service.Name || inProgress?.Contains(source) == true
                    ? OwnPoints(from, own)
                    : Effective(from, byName, own, effective);
                for (var m = mounts.Count - 1; m >= 0; m--)
                {
                    var taken = mounts[m];
                    if (taken.Destination is not null && !destinations.Add(taken.Destination)) continue;
                    var route = new Route(entry.Span, taken.Route);
                    // :ro changes nothing for a mount read-only already: it stays the one written.
                    kept.Add(readOnly && taken.Mount.ReadOnly is not { IsKnown: true, Value: true }
                        ? new Taken(ReadOnlyAt(taken.Mount, entry), false, route, taken.Origin, taken.Destination)
                        : new Taken(taken.Mount, taken.Placed, route, taken.Origin, taken.Destination));
                }
            }
            kept.Reverse();
            return kept;
        }

        /// <summary>A service's own mount points (tmpfs mounts are none).</summary>
        private static List<Taken> OwnPoints(ContainerSpec service, Dictionary<string, List<MountSpec>> own)
        {
            var points = new List<Taken>();
            foreach (var mount in own[service.Name])
                if (mount.Kind != MountKind.Tmpfs) points.Add(new Taken(mount, true, null, mount, Destination(mount)));
            return points;
        }

        /// <summary>
        /// A service's mount points: those it takes, less those replaced, then its own. Worked out for the services it takes
        /// from first, without recursion (a chain of thousands of services would overflow the stack), each once.
        /// </summary>
        private static List<Taken> Effective(ContainerSpec service, Dictionary<string, ContainerSpec> byName,
            Dictionary<string, List<MountSpec>> own, Dictionary<string, List<Taken>> effective)
        {
            if (effective.TryGetValue(service.Name, out var known)) return known;
            var inProgress = new HashSet<string>(StringComparer.Ordinal) { service.Name };
            var pending = new Stack<(ContainerSpec Service, int Entry)>();
            pending.Push((service, 0));
            while (pending.Count > 0)
            {
                var (current, next) = pending.Pop();
                var deeper = false;
                for (var i = next; i < current.VolumesFrom.Count && !deeper; i++)
                {
                    var entry = current.VolumesFrom[i];
                    if (!entry.IsKnown || !TryParse(entry.Value, out var source, out _) || !byName.TryGetValue(source, out var from)
                        || effective.ContainsKey(source) || inProgress.Contains(source))
                        continue;
                    pending.Push((current, i + 1));
                    pending.Push((from, 0));
                    inProgress.Add(source);
                    deeper = true;
                }
                if (deeper) continue;
                var mounts = Inherited(current, byName, own, effective, inProgress);
                mounts.AddRange(OwnPoints(current, own));
                effective[current.Name] = mounts;
                inProgress.Remove(current.Name);
            }
            return effective[service.Name];
        }

        private static string? Destination(MountSpec mount) =>
            mount.Target is { IsKnown: true } target ? HostPaths.Normalize(target.Value) : null;

        /// <summary><c>service</c>, <c>service:ro</c>, <c>service:rw</c>; false for <c>container:name[:mode]</c>.</summary>
        private static bool TryParse(string entry, out string service, out bool readOnly)
        {
            var parts = entry.Trim().Split(':');
            service = parts[0];
            readOnly = false;
            if (parts[0] == "container" || parts.Length > 2 || service.Length == 0) return false;
            if (parts.Length == 2)
            {
                if (string.Equals(parts[1], "ro", StringComparison.OrdinalIgnoreCase)) readOnly = true;
                else if (!string.Equals(parts[1], "rw", StringComparison.OrdinalIgnoreCase)) return false;
            }
            return true;
        }

        /// <summary>
        /// The mount made read-only by an entry: what the mode decides (its source and destination, its mode) placed at the
        /// entry; its propagation and options, which <c>:ro</c> does not change, where they are written.
        /// </summary>
        private static MountSpec ReadOnlyAt(MountSpec mount, Setting<string> entry) =>
            new MountSpec(mount.Kind, entry.Span)
            {
                Source = At(mount.Source, entry.Span),
                Target = At(mount.Target, entry.Span),
                ReadOnly = new Setting<bool>(true, entry.Span, entry.Text),
                Propagation = mount.Propagation,
                Options = mount.Options,
                OptionsAreVerbatim = mount.OptionsAreVerbatim,
                VolumeDriverType = mount.VolumeDriverType,
                VolumeName = mount.VolumeName,
            };

        private static Setting<string>? At(Setting<string>? setting, SourceSpan span) =>
            setting is null ? null
            : setting.IsKnown ? new Setting<string>(setting.Value, span, setting.Text, setting.Certainty)
            : Setting<string>.Unresolved(span, setting.Text, setting.UnresolvedVariables, setting.Partial, setting.PlatformVariables);

        /// <summary>
        /// Per service, the mounts it takes through <c>volumes_from</c>, each with the entries it comes through: a suppression
        /// comment over one of them covers the service's findings on that mount, as one over an alias covers the anchored
        /// text for the service that writes the alias (<see cref="AnchorSuppressions"/>).
        /// </summary>
        internal sealed class Inheritance
        {
            private readonly Dictionary<string, List<(MountSpec Mount, Route? Route)>> _taken =
                new Dictionary<string, List<(MountSpec, Route?)>>(StringComparer.Ordinal);
            private readonly Dictionary<string, List<MountSpec>> _own = new Dictionary<string, List<MountSpec>>(StringComparer.Ordinal);
            private readonly Dictionary<MountSpec, MountSpec> _origins = new Dictionary<MountSpec, MountSpec>();
            private readonly Dictionary<(SourceSpan At, string Rule), List<(SourceSpan, string)>> _reportedFor = new Dictionary<(SourceSpan, string), List<(SourceSpan, string)>>();

            public bool IsEmpty => _taken.Count == 0;

            internal void Add(string service, MountSpec mount, Route? route, List<MountSpec> own, MountSpec origin)
            {
                if (!ReferenceEquals(mount, origin)) _origins[mount] = origin;
                if (!_taken.TryGetValue(service, out var list))
                {
                    _taken[service] = list = new List<(MountSpec, Route?)>();
                    _own[service] = own;
                }
                list.Add((mount, route));
            }

            /// <summary>
            /// Records that a finding at an entry (<paramref name="at"/>) comes from a read-only view of a mount, written at
            /// the place <see cref="WrittenAt"/> returns: a comment there that suppresses the rule covers it at the entry too.
            /// </summary>
            public void ReportedAtEntry(SourceSpan at, string rule, MountSpec view, string evidence)
            {
                if (!_origins.TryGetValue(view, out var origin)) return;
                if (!_reportedFor.TryGetValue((at, rule), out var written)) _reportedFor[(at, rule)] = written = new List<(SourceSpan, string)>();
                if (!written.Contains((origin.Span, evidence))) written.Add((origin.Span, evidence));
            }

            /// <summary>
            /// Where the mounts are written whose read-only views gave the finding of <paramref name="rule"/> at an entry, with
            /// what each one found; null if none did.
            /// </summary>
            public List<(SourceSpan Written, string Evidence)>? WrittenAt(SourceSpan at, string rule) => _reportedFor.TryGetValue((at, rule), out var written) ? written : null;

            /// <summary>
            /// The ways a finding at <paramref name="span"/> reaches <paramref name="service"/> through <c>volumes_from</c>
            /// (the entries of each); null when the service has it from a mount of its own, or not through any entry.
            /// </summary>
            public List<Route>? RoutesTo(string service, SourceSpan span)
            {
                if (!_taken.TryGetValue(service, out var taken)) return null;
                foreach (var mount in _own[service])
                    if (Holds(mount, span)) return null;
                List<Route>? routes = null;
                foreach (var (mount, route) in taken)
                    if (route is not null && Holds(mount, span)) (routes ??= new List<Route>()).Add(route);
                return routes;
            }

            /// <summary>Whether a finding at <paramref name="span"/> is about the mount (at it or at one of its values).</summary>
            public static bool Holds(MountSpec mount, SourceSpan span) =>
                mount.Span.Equals(span) || Is(mount.Source, span) || Is(mount.Target, span) || Is(mount.ReadOnly, span)
                || Is(mount.Propagation, span) || Is(mount.Options, span) || Is(mount.VolumeDriverType, span);

            private static bool Is<T>(Setting<T>? setting, SourceSpan span) => setting is not null && setting.Span.Equals(span);
        }
    }
}
