using System;
using System.Collections.Generic;
using System.IO;
using ContainerLint.Compose.Interpolation;
using ContainerLint.Compose.Merging;
using ContainerLint.Compose.Syntax;
using ContainerLint.Compose.Yaml;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;
using ContainerLint.Text;

namespace ContainerLint.Compose
{
    /// <summary>
    /// Reads one (merged, extended) Compose service into a <see cref="ContainerSpec"/>: what Docker would run, every
    /// value with the span of the scalar it was written in (rules.md location convention, C column). Values are
    /// interpolated; a value with an unknown variable is unresolved. A value of the wrong type is reported
    /// (Compose refuses the file) and left out of the model.
    /// </summary>
    internal sealed class ServiceReader
    {
        private readonly IReadOnlyDictionary<string, string> _environment;
        private readonly ComposeValue? _topLevelVolumes;
        private readonly Action<YamlNode, string> _error;

        public ServiceReader(IReadOnlyDictionary<string, string> environment, ComposeValue? topLevelVolumes, Action<YamlNode, string> error)
        {
            _environment = environment;
            _topLevelVolumes = topLevelVolumes;
            _error = error;
        }

        /// <summary>What the interpolation of the application's values may copy in all (its inline Dockerfiles' too).</summary>
        public ExpansionBudget Budget { get; } = new ExpansionBudget();

        /// <summary>The top-level <c>networks:</c> (merged), to tell which network a service's <c>networks:</c> names.</summary>
        public ComposeValue? TopLevelNetworks { get; set; }

        /// <summary>
        /// The directory relative paths written in a file resolve from (compose-spec: "relative to the project directory",
        /// the first file's folder, for every file of the project, an override in another folder included; an included
        /// application's own project directory; an extended file's own folder). Null: the file's folder.
        /// </summary>
        public Func<YamlSource, string?>? ProjectDirectoryOf { get; set; }

        /// <summary>The top-level <c>secrets:</c> (merged): one with <c>file:</c> is a host file bind-mounted into the services using it.</summary>
        public ComposeValue? TopLevelSecrets { get; set; }

        /// <summary>The top-level <c>configs:</c> (merged), read as <see cref="TopLevelSecrets"/>.</summary>
        public ComposeValue? TopLevelConfigs { get; set; }

        /// <summary>The keys of a service, or of a mount or build in it, whose values <see cref="Read"/> takes as settings.</summary>
        private static readonly HashSet<string> SettingKeyNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "user", "privileged", "cap_add", "cap_drop", "devices", "device_cgroup_rules", "volumes", "tmpfs", "security_opt", "pid",
            "ipc", "network_mode", "networks", "net", "userns_mode", "uts", "cgroup", "cgroup_parent", "read_only", "secrets", "configs",
            "use_api_socket", "volumes_from", "source", "target", "type", "bind", "propagation", "device", "o", "network",
        };

        public static bool IsSettingKey(string key) => SettingKeyNames.Contains(key);

        public ContainerSpec Read(string name, YamlNode declaration, ComposeValue service)
        {
            var spec = new ContainerSpec(name, declaration.Span) { ReportsOmissions = true };
            foreach (var entry in service.Entries())
            {
                var v = entry.Value;
                // A `!reset` value that no earlier file gave (the service is new in this file, or the file is alone) is
                // dropped all the same: compose-go's ResetProcessor removes every `!reset` key when it loads a file.
                if (v.Node?.Tag == "!reset") continue;
                switch (entry.Name)
                {
                    case "image": spec.Image = String(v, "image"); break;
                    case "user": spec.User = String(v, "user"); break;
                    case "privileged": spec.Privileged = Bool(v, "privileged"); break;
                    case "cap_add": Strings(v, "cap_add", spec.CapAdd); break;
                    case "cap_drop": Strings(v, "cap_drop", spec.CapDrop); break;
                    case "devices": Devices(v, spec.Devices); break;
                    case "device_cgroup_rules": Strings(v, "device_cgroup_rules", spec.DeviceCgroupRules); break;
                    case "volumes": Volumes(v, spec.Mounts); break;
                    case "tmpfs": Tmpfs(v, spec.Mounts); break;
                    case "security_opt": Strings(v, "security_opt", spec.SecurityOpt); break;
                    case "pid": spec.PidMode = String(v, "pid"); break;
                    case "ipc": spec.IpcMode = String(v, "ipc"); break;
                    case "network_mode": spec.NetworkMode = String(v, "network_mode"); break;
                    case "networks" when service.Get("network_mode") is null && service.Get("net") is null: spec.NetworkMode = HostNetwork(v); break;
                    case "net" when service.Get("network_mode") is null: spec.NetworkMode = String(v, "net"); break; // file format v1
                    case "userns_mode": spec.UsernsMode = String(v, "userns_mode"); break;
                    case "uts": spec.UtsMode = String(v, "uts"); break;
                    case "cgroup": spec.CgroupnsMode = String(v, "cgroup"); break;
                    case "cgroup_parent": spec.CgroupParent = String(v, "cgroup_parent"); break;
                    case "read_only": spec.ReadOnlyRootfs = Bool(v, "read_only"); break;
                    case "use_api_socket": spec.UsesApiSocket = Bool(v, "use_api_socket"); break;
                    case "volumes_from": Strings(v, "volumes_from", spec.VolumesFrom); break;
                    case "post_start": case "pre_stop": Hooks(v, entry.Name, spec); break;
                    case "develop": WatchHooks(v, spec); break;
                    case "build": spec.Build = Build(entry, v); break;
                    case "secrets": FileMounts(v, "secrets", TopLevelSecrets, spec.Mounts); break;
                    case "configs": FileMounts(v, "configs", TopLevelConfigs, spec.Mounts); break;
                }
                if (v.Node?.Tag == "!override") DeclaredAt(spec, entry.Name, entry.Key);
            }
            if (service is ComposeMap merged)
                foreach (var reset in merged.Resets) DeclaredAt(spec, reset.Key, reset.Value);
            return spec;
        }

        /// <summary>
        /// compose-spec 13-merge.md (reset, override: https://github.com/compose-spec/compose-spec/blob/main/13-merge.md):
        /// a later file's <c>cap_drop: !reset []</c> or <c>cap_drop: !override [...]</c> decides the setting whatever the
        /// earlier files say. rules.md reports a missing setting at the service key, but there (in the base) a fix is
        /// discarded by the reset on every pass; the reset's key is where the effective "nothing" is written.
        /// </summary>
        private static void DeclaredAt(ContainerSpec spec, string key, YamlScalar? at)
        {
            if (SettingKeys.FixKeyOf(key) is { } fixKey && at is not null) spec.SettingDeclarations[fixKey] = at.Span;
        }

        // ---- scalars ---------------------------------------------------------------------------------------------

        private Setting<string>? String(ComposeValue? value, string key)
        {
            if (value is null) return null;
            var scalar = value.Scalar;
            if (scalar is null)
            {
                _error(value.Anchor, "'" + key + "' must be a string, not " + KindOf(value));
                return null;
            }
            return scalar.IsNull ? null : Interpolate(scalar);
        }

        private Setting<string>? Interpolate(YamlScalar scalar, string? text = null)
        {
            var r = Interpolator.Interpolate(text ?? scalar.Value, _environment, Budget);
            if (r.Error is not null)
            {
                _error(scalar, "invalid interpolation: " + r.Error);
                return null;
            }
            return r.Unresolved is null
                ? new Setting<string>(r.Value, scalar.Span, scalar.Value)
                : Setting<string>.Unresolved(scalar.Span, scalar.Value, r.Unresolved, partial: r.Value);
        }

        /// <summary>
        /// Compose booleans: YAML <c>true</c>/<c>false</c>, and after interpolation the strings Compose casts
        /// (compose-go <c>toBoolean</c>: <c>y yes true on</c> / <c>n no false off</c>, any case).
        /// </summary>
        private Setting<bool>? Bool(ComposeValue? value, string key)
        {
            var text = String(value, key);
            if (text is null) return null;
            if (!text.IsKnown) return Setting<bool>.Unresolved(text.Span, text.Text, text.UnresolvedVariables);
            if (TryParseBool(text.Value, out var b)) return new Setting<bool>(b, text.Span, text.Text);
            _error(value!.Anchor, "'" + key + "' must be a boolean (true or false), not '" + text.Value + "'");
            return null;
        }

        internal static bool TryParseBool(string value, out bool result)
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "true": case "yes": case "y": case "on": result = true; return true;
                case "false": case "no": case "n": case "off": result = false; return true;
                default: result = false; return false;
            }
        }

        private IEnumerable<ComposeValue> List(ComposeValue value, string key)
        {
            if (value.Scalar is { IsNull: true }) yield break;
            if (!value.IsList)
            {
                _error(value.Anchor, "'" + key + "' must be a list, not " + KindOf(value));
                yield break;
            }
            foreach (var item in value.Items()) yield return item;
        }

        /// <summary>
        /// The items of a list Compose keeps unique by a key (the target of a volume or device): a later item of a key
        /// stands in the place of the earlier one, which is dropped. compose-go does it to every file's model as it loads it
        /// (override/uncity.go, EnforceUnicity), not only where it merges files: two volumes of one target in one file
        /// mount the later one. Items without a key are all kept.
        /// </summary>
        private static List<ComposeValue> LastPerKey(IEnumerable<ComposeValue> items, Func<ComposeValue, string?> keyOf)
        {
            var kept = new List<ComposeValue>();
            Dictionary<string, int>? at = null;
            foreach (var item in items)
            {
                if (keyOf(item) is { } key)
                {
                    at ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    if (at.TryGetValue(key, out var earlier))
                    {
                        kept[earlier] = item;
                        continue;
                    }
                    at[key] = kept.Count;
                }
                kept.Add(item);
            }
            return kept;
        }

        // The keys are what compose-go compares: values interpolated first (audit 126 R126-1: `- /var/run/docker.sock:${T}`
        // and `- ./data:/x` with T=/x mount one thing at /x). Only the key's part of the text is interpolated (a long source
        // would spend the application's expansion budget again); a variable the linter cannot resolve is compared as written,
        // which the same writing matches.

        /// <summary>The container path of a <c>volumes</c> entry (compose-go's volumeIndexer).</summary>
        private string? VolumeTarget(ComposeValue item)
        {
            if (item.Scalar is { IsNull: false } s)
                return VolumeSyntax.TargetOf(item) is { } written ? Interpolated(written) ?? written : null;
            return item.IsMapping ? TargetOfMapping(item) : null;
        }

        /// <summary>The container path of a <c>devices</c> entry (compose-go's deviceMappingIndexer).</summary>
        private string? DeviceTarget(ComposeValue item)
        {
            if (item.Scalar is { IsNull: false } s)
                return VolumeSyntax.SplitWritten(s.Value, ':') is { } parts && SecondPartOrOnly(parts) is var written ? Interpolated(written) ?? written : null;
            return item.IsMapping ? TargetOfMapping(item) : null;
        }

        /// <summary>The path of a <c>tmpfs</c> entry (<c>/run:size=64m</c>).</summary>
        private string? TmpfsPath(ComposeValue item) =>
            item.Scalar is { IsNull: false } s && VolumeSyntax.SplitWritten(s.Value, ':', maxParts: 2) is { } parts ? Interpolated(parts[0]) ?? parts[0] : null;

        private string? TargetOfMapping(ComposeValue item) =>
            item.Get("target")?.Scalar is { IsNull: false } target ? Interpolated(target.Value) ?? target.Value : null;

        private static string SecondPartOrOnly(List<string> parts) => parts.Count == 1 ? parts[0] : parts[1];

        /// <summary>The text interpolated, or null where a variable is unknown or the text is not valid.</summary>
        private string? Interpolated(string text)
        {
            if (text.IndexOf('$') < 0) return text;
            var r = Interpolator.Interpolate(text, _environment, Budget);
            return r.IsResolved ? r.Value : null;
        }

        private void Strings(ComposeValue value, string key, List<Setting<string>> into)
        {
            foreach (var item in List(value, key))
            {
                var s = String(item, key + " entry");
                if (s is not null) into.Add(s);
            }
        }

        private static string KindOf(ComposeValue value) =>
            value.IsMapping ? "a mapping" : value.IsList ? "a list" : value.Node?.Kind ?? "a value";

        /// <summary>A setting for one part of an interpolated value: unresolved when that part holds an unknown variable.</summary>
        private static Setting<string> Part(string part, YamlScalar written)
        {
            var names = Interpolator.UnresolvedIn(part);
            return names is null
                ? new Setting<string>(part, written.Span, written.Value)
                : Setting<string>.Unresolved(written.Span, written.Value, names, partial: part);
        }

        /// <summary>A host path source: as <see cref="String"/>, with a leading <c>$HOME</c> read as <c>~</c> (see <see cref="HomeAsTilde"/>).</summary>
        private Setting<string>? HostPath(ComposeValue? value, string key)
        {
            if (value?.Scalar is not { IsNull: false } scalar) return String(value, key);
            return Interpolate(scalar, HomeAsTilde(scalar.Value));
        }

        /// <summary>
        /// <c>$HOME/.ssh</c> and <c>${HOME}/.ssh</c>: the linter reads variables from the <c>.env</c> file only, never from
        /// the machine, but HOME is always set where Compose runs and is the home directory, which <c>~</c> names. So a
        /// host path that starts with it, when the <c>.env</c> does not set HOME, is read as one that starts with <c>~</c>
        /// (rules.md CTL3003's <c>~/.ssh</c>, <c>~/.kube</c>, ...) instead of an unresolved value.
        /// </summary>
        private string HomeAsTilde(string text)
        {
            if (_environment.ContainsKey("HOME")) return text;
            int length;
            if (text.StartsWith("${HOME}", StringComparison.Ordinal)) length = 7;
            else if (text.StartsWith("$HOME", StringComparison.Ordinal) && (text.Length == 5 || !Interpolator.IsNameChar(text[5]))) length = 5;
            // ${HOME:-x}, ${HOME-x}, ${HOME:?e}, ${HOME?e}: HOME is set, so the default or error never applies (${HOME:+x}
            // is x, not the home directory).
            else if (text.StartsWith("${HOME", StringComparison.Ordinal) && text.Length > 6
                     && (text[6] == '-' || text[6] == '?' || (text[6] == ':' && text.Length > 7 && (text[7] == '-' || text[7] == '?')))
                     && Interpolator.FindClosingBrace(text, 2, text.Length) is var close && close > 0)
                length = close + 1;
            else return text;
            // `${HOME}x` is not under the home directory (`~x` would be user x's).
            if (text.Length > length && text[length] != '/' && text[length] != '\\' && text[length] != ':') return text;
            return "~" + text.Substring(length);
        }

        // ---- networks --------------------------------------------------------------------------------------------

        /// <summary>
        /// The entry of a service's <c>networks:</c> (a list of names or a mapping keyed by name) that joins the host's
        /// network stack, as <c>network_mode: host</c> does: a top-level network that is external and named <c>host</c>
        /// (<c>name: host</c>, the file format 2 <c>external: {name: host}</c>, or the key <c>host</c> with no other name),
        /// which the Compose specification gives as the way to use the host's network ("host or none"). Null when none.
        /// </summary>
        private Setting<string>? HostNetwork(ComposeValue networks)
        {
            if (networks.IsList)
            {
                foreach (var item in networks.Items())
                {
                    // A mapping item: a `networks:` mapping merged with another file's list.
                    if (item.IsMapping && HostNetwork(item) is { } inMapping) return inMapping;
                    if (item.Scalar is { IsNull: false } s && IsHostNetwork(s.Value)) return new Setting<string>("host", s.Span, s.Value);
                }
            }
            else if (networks.IsMapping)
            {
                foreach (var entry in networks.Entries())
                    if (entry.Key is { } key && IsHostNetwork(entry.Name)) return new Setting<string>("host", key.Span, key.Value);
            }
            return null;
        }

        private bool IsHostNetwork(string name)
        {
            var definition = TopLevelNetworks?.Get(name);
            if (definition is null || !definition.IsMapping) return false;
            var external = definition.Get("external");
            string? externalName = null;
            if (external?.Scalar is { IsNull: false } flag)
            {
                if (!TryParseBool(flag.Value, out var isExternal) || !isExternal) return false;
            }
            else if (external is not null && external.IsMapping) externalName = external.Get("name")?.Scalar?.Value;
            else return false;
            var named = definition.Get("name")?.Scalar is { IsNull: false } n ? Interpolator.Interpolate(n.Value, _environment, Budget) : (Interpolated?)null;
            if (named is { } given) return given.IsResolved && given.Value.Trim() == "host";
            return (externalName ?? name) == "host";
        }

        // ---- devices ---------------------------------------------------------------------------------------------

        private void Devices(ComposeValue value, List<Setting<string>> into)
        {
            foreach (var item in LastPerKey(List(value, "devices"), DeviceTarget))
            {
                if (item.Scalar is not null)
                {
                    // Short syntax: HOST_PATH[:CONTAINER_PATH[:PERMISSIONS]]; the host device is what the rule names.
                    var s = String(item, "devices entry");
                    if (s is { IsKnown: true } && IsCdiDeviceName(s.Value)) continue;
                    if (s is { IsKnown: true } && s.Value.IndexOf(':') is var colon and > 0)
                        s = new Setting<string>(s.Value.Substring(0, colon), s.Span, s.Text, s.Certainty);
                    if (s is not null) into.Add(s);
                }
                else if (item.IsMapping)
                {
                    // Long syntax: { source: /dev/sda, target: /dev/xvda, permissions: rwm }.
                    var source = String(item.Get("source"), "source");
                    if (source is { IsKnown: true } && IsCdiDeviceName(source.Value)) continue;
                    if (source is not null) into.Add(source);
                    else _error(item.Anchor, "a long-syntax device needs 'source'");
                }
                else _error(item.Anchor, "a 'devices' entry must be a string or a mapping");
            }
        }

        /// <summary>
        /// A CDI device name, <c>vendor/class=name</c> (<c>nvidia.com/gpu=all</c>): not a host path but a request the
        /// runtime's CDI specs resolve; Docker sends it as a device request for the <c>cdi</c> driver, the form GPU requests
        /// take, which rules.md does not report (CTL3001).
        /// </summary>
        internal static bool IsCdiDeviceName(string value) => CdiDeviceName.IsMatch(value.Trim());

        // container-device-interface pkg/parser: vendor (a domain-like name), class, then the device name.
        private static readonly System.Text.RegularExpressions.Regex CdiDeviceName = new System.Text.RegularExpressions.Regex(
            @"^[A-Za-z][A-Za-z0-9._-]*/[A-Za-z][A-Za-z0-9_-]*=[A-Za-z0-9][A-Za-z0-9._:-]*$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // ---- lifecycle hooks -------------------------------------------------------------------------------------

        /// <summary>
        /// <c>post_start</c> / <c>pre_stop</c> hooks (compose-spec services.md, "post_start"): commands Compose runs in the
        /// container, as <c>docker exec</c> does, each with its own <c>user</c> and <c>privileged</c>. Each is read as a
        /// process of its own (<see cref="ContainerSpec.Processes"/>), as exec parameters are in C#.
        /// </summary>
        private void Hooks(ComposeValue value, string key, ContainerSpec spec)
        {
            foreach (var item in List(value, key))
            {
                if (item.IsMapping) Hook(item, "the " + key + " hook", spec);
                else _error(item.Anchor, "a '" + key + "' entry must be a mapping (command, user, privileged, ...)");
            }
        }

        /// <summary><c>develop.watch</c> rules with <c>action: sync+exec</c> run their <c>exec</c> hook in the container after each sync.</summary>
        private void WatchHooks(ComposeValue develop, ContainerSpec spec)
        {
            if (!develop.IsMapping || develop.Get("watch") is not { IsList: true } watch) return;
            foreach (var rule in watch.Items())
                if (rule.IsMapping && rule.Get("exec") is { IsMapping: true } exec)
                    Hook(exec, "the develop.watch exec hook", spec);
        }

        private void Hook(ComposeValue hook, string description, ContainerSpec spec)
        {
            var process = new ContainerSpec(spec.Name, hook.Anchor.Span) { Process = description };
            process.User = String(hook.Get("user"), "user");
            process.Privileged = Bool(hook.Get("privileged"), "privileged");
            if (process.User is not null || process.Privileged is not null) spec.Processes.Add(process);
        }

        // ---- volumes and tmpfs -----------------------------------------------------------------------------------

        private void Volumes(ComposeValue value, List<MountSpec> into)
        {
            foreach (var item in LastPerKey(List(value, "volumes"), VolumeTarget))
            {
                if (item.Scalar is { IsNull: false } s) ShortVolume(s, into);
                else if (item.IsMapping) LongVolume(item, into);
                else _error(item.Anchor, "a 'volumes' entry must be a string or a mapping");
            }
        }

        /// <summary><c>SOURCE:TARGET[:MODE]</c>; every part is reported at the whole list item.</summary>
        private void ShortVolume(YamlScalar item, List<MountSpec> into)
        {
            var r = Interpolator.Interpolate(HomeAsTilde(item.Value), _environment, Budget);
            if (r.Error is not null)
            {
                _error(item, "invalid interpolation: " + r.Error);
                return;
            }
            var parts = VolumeSyntax.Split(r.Value);
            if (parts.Count > 3)
            {
                _error(item, "'" + item.Value + "' is not SOURCE:TARGET[:MODE] (too many ':')");
                return;
            }
            if (parts.Count == 1)
            {
                // A bare TARGET is an anonymous volume, never a host path.
                into.Add(new MountSpec(MountKind.Volume, item.Span) { Target = Part(parts[0], item) });
                return;
            }

            var source = parts[0];
            MountSpec mount = VolumeSyntax.IsHostPath(source)
                ? new MountSpec(MountKind.Bind, item.Span) { Source = Part(source, item) }
                : NamedVolume(source, item, item.Span);
            mount.Target = Part(parts[1], item);
            if (parts.Count == 3)
            {
                var mode = parts[2];
                if (IsReadOnlyVolume(mount)) { }
                else if (Interpolator.UnresolvedIn(mode) is { } unknown)
                {
                    mount.ReadOnly = Setting<bool>.Unresolved(item.Span, item.Value, unknown);
                    mount.Propagation = Setting<string>.Unresolved(item.Span, item.Value, unknown);
                }
                else
                {
                    // As compose-go's format.ParseVolume reads the mode: each option in order, untrimmed, unknown ones ignored, so
                    // the last of ro and rw wins ("ro,rw" is writable) and " ro" is no option at all.
                    var readOnly = false;
                    foreach (var option in mode.Split(','))
                    {
                        if (option == "ro") readOnly = true;
                        else if (option == "rw") readOnly = false;
                        else if (VolumeSyntax.IsPropagation(option)) mount.Propagation = new Setting<string>(option, item.Span, item.Value);
                    }
                    mount.ReadOnly = new Setting<bool>(readOnly, item.Span, item.Value);
                }
            }
            into.Add(mount);
        }

        private void LongVolume(ComposeValue item, List<MountSpec> into)
        {
            var type = String(item.Get("type"), "type");
            var sourceNode = item.Get("source");
            var source = HostPath(sourceNode, "source");
            var target = String(item.Get("target"), "target");
            var at = sourceNode?.Scalar ?? item.Get("target")?.Scalar ?? item.Anchor;
            var span = at.Span;

            var kind = type is { IsKnown: true } ? type.Value.Trim().ToLowerInvariant()
                : source is not null && VolumeSyntax.IsHostPath(source.IsKnown ? source.Value : Interpolator.Placeholder("x") + "/") ? "bind" : "volume";
            MountSpec mount;
            switch (kind)
            {
                case "bind":
                case "npipe":
                    mount = new MountSpec(MountKind.Bind, span) { Source = source };
                    break;
                case "tmpfs":
                    mount = new MountSpec(MountKind.Tmpfs, span);
                    break;
                case "volume":
                    mount = source is { IsKnown: true } && sourceNode?.Scalar is { } written
                        ? NamedVolume(source.Value, written, span)
                        : new MountSpec(MountKind.Volume, span) { Source = source };
                    break;
                default:
                    // image, cluster: nothing of the host is mounted.
                    mount = new MountSpec(MountKind.Volume, span) { Source = source };
                    break;
            }
            mount.Target = target;
            var readOnly = Bool(item.Get("read_only"), "read_only");
            if (readOnly is not null && !IsReadOnlyVolume(mount)) mount.ReadOnly = readOnly;
            var bind = item.Get("bind");
            if (bind is not null)
            {
                if (bind.IsMapping)
                {
                    mount.Propagation = String(bind.Get("propagation"), "propagation");
                    var recursive = String(bind.Get("recursive"), "recursive");
                    if (kind is "bind" or "npipe") mount.ReadOnly = RecursivelyReadOnly(mount, recursive);
                }
                else if (bind.Scalar is not { IsNull: true }) _error(bind.Anchor, "'bind' must be a mapping, not " + KindOf(bind));
            }
            into.Add(mount);
        }

        /// <summary>
        /// A read-only bind with <c>bind.recursive: writable</c> is read-only at its top only: Compose sends it as the API's
        /// <c>BindOptions.ReadOnlyNonRecursive</c> (docker/compose pkg/compose/create.go, <c>buildMountOptions</c>), the
        /// <c>--mount ...,readonly,bind-recursive=writable</c> of Docker Engine 25+, and the submounts stay writable. Under
        /// <c>/proc</c> and <c>/sys</c>, and from the host's root, those are the kernel's interfaces, so the bind is not read as
        /// read-only there (as Docker.DotNet.Enhanced's flag is); elsewhere it is what it says. Compose compares the value as
        /// written (the compose-spec schema allows <c>enabled</c>, <c>disabled</c>, <c>writable</c>, <c>readonly</c>), so only
        /// <c>writable</c> does this, and a value the linter cannot resolve leaves the mount read-only.
        /// </summary>
        private static Setting<bool>? RecursivelyReadOnly(MountSpec mount, Setting<string>? recursive)
        {
            if (mount.ReadOnly is not { IsKnown: true, Value: true } || recursive is not { IsKnown: true, Value: "writable" }
                || mount.Source is not { IsKnown: true } source || !HostPaths.HasKernelSubmounts(HostPaths.Normalize(source.Value)))
                return mount.ReadOnly;
            return new Setting<bool>(false, recursive.Span, recursive.Text);
        }

        /// <summary>
        /// A named volume: a top-level <c>volumes:</c> entry with the local driver can still mount a host path
        /// (<c>driver_opts: { type: none, o: bind, device: /path }</c>) or a tmpfs with options passed to mount(2)
        /// verbatim (moby volume/local). Such a mount is reported where the driver options are written.
        /// </summary>
        private MountSpec NamedVolume(string name, YamlScalar written, Text.SourceSpan entrySpan)
        {
            var plain = new MountSpec(MountKind.Volume, entrySpan) { Source = Part(name, written), VolumeName = name };
            var definition = _topLevelVolumes?.Get(name);
            if (definition is null || !definition.IsMapping) return plain;
            if (definition.Get("external") is { } external && external.Scalar is { } ext && TryParseBool(ext.Value, out var isExternal) && isExternal)
                return plain;
            var driver = String(definition.Get("driver"), "driver");
            if (!LocalVolumeDriver.IsLocal(driver)) return plain;
            var opts = definition.Get("driver_opts");
            if (opts is null || !opts.IsMapping) return plain;

            var type = String(opts.Get("type"), "type");
            var options = String(opts.Get("o"), "o");
            var device = HostPath(opts.Get("device"), "device");
            var typeName = type is { IsKnown: true } ? type.Value.Trim().ToLowerInvariant() : null;
            MountSpec mount;
            if (LocalVolumeDriver.BindsDevice(type, options, device))
                mount = new MountSpec(MountKind.Bind, device!.Span) { Source = device };
            else if (typeName == "tmpfs")
                mount = new MountSpec(MountKind.Tmpfs, (options ?? type!).Span);
            else
                mount = new MountSpec(MountKind.Volume, entrySpan) { Source = plain.Source };
            mount.Options = options;
            mount.OptionsAreVerbatim = true;
            // mount(2) takes `ro` among the options (the last of ro/rw counts): the volume itself is then read-only, and
            // so is every container's view of it whatever the service's mode says.
            if (options is { IsKnown: true } && MountOptionList.LastOf(options.Value, "ro", "rw") == "ro")
                mount.ReadOnly = new Setting<bool>(true, options.Span, options.Text);
            mount.VolumeDriverType = type;
            mount.VolumeName = name;
            return mount;
        }

        /// <summary>A named volume whose own mount options make it read-only (set by <see cref="NamedVolume"/>).</summary>
        private static bool IsReadOnlyVolume(MountSpec mount) => mount.OptionsAreVerbatim && mount.ReadOnly is { IsKnown: true, Value: true };

        /// <summary>
        /// A service's <c>secrets:</c> / <c>configs:</c> (names, or mappings with <c>source</c>): one whose top-level
        /// definition has <c>file:</c> is that host file bind-mounted read-only into the container (compose-spec secrets and
        /// configs: "the secret/config is created with the contents of the file at the specified path"; docker compose, which
        /// has no swarm store, mounts the file as a read-only bind at <c>/run/secrets/&lt;name&gt;</c> or <c>/&lt;name&gt;</c>:
        /// docker/compose pkg/compose/create.go, buildContainerSecretMounts and buildContainerConfigMounts), so it is a host
        /// path (rules.md) read-only, reported where <c>file:</c> is written: once however many services use it. An external
        /// one (Compose refuses it outside swarm), one from <c>environment</c> and a config's <c>content</c> mount no host file.
        /// </summary>
        private void FileMounts(ComposeValue value, string key, ComposeValue? definitions, List<MountSpec> into)
        {
            foreach (var item in List(value, key))
            {
                string? name = null;
                if (item.Scalar is { IsNull: false } s) name = Interpolate(s)?.Value;
                else if (item.IsMapping && item.Get("source")?.Scalar is { IsNull: false } source) name = Interpolate(source)?.Value;
                if (name is null || definitions?.Get(name) is not { IsMapping: true } definition) continue;
                if (definition.Get("external") is { Scalar: { } ext } && TryParseBool(ext.Value, out var isExternal) && isExternal) continue;
                if (definition.Get("file")?.Scalar is not { IsNull: false } file) continue;
                var path = HostPath(definition.Get("file"), key + "." + name + ".file");
                if (path is null) continue;
                into.Add(new MountSpec(MountKind.Bind, file.Span)
                {
                    Source = path,
                    ReadOnly = new Setting<bool>(true, file.Span, file.Value),
                });
            }
        }

        /// <summary><c>tmpfs: /run</c> or a list of <c>path[:options]</c>; Docker adds noexec,nosuid,nodev unless told otherwise.</summary>
        private void Tmpfs(ComposeValue value, List<MountSpec> into)
        {
            IEnumerable<ComposeValue> items = value.Scalar is { IsNull: false } ? new[] { value } : List(value, "tmpfs");
            // docker compose makes HostConfig.Tmpfs a map of path to options (pkg/compose/create.go): a later entry for a
            // path replaces the earlier one, its options too.
            foreach (var item in LastPerKey(items, TmpfsPath))
            {
                var scalar = item.Scalar;
                if (scalar is null)
                {
                    _error(item.Anchor, "a 'tmpfs' entry must be a string");
                    continue;
                }
                var r = Interpolator.Interpolate(scalar.Value, _environment, Budget);
                if (r.Error is not null)
                {
                    _error(scalar, "invalid interpolation: " + r.Error);
                    continue;
                }
                var colon = r.Value.IndexOf(':');
                var mount = new MountSpec(MountKind.Tmpfs, scalar.Span)
                {
                    Target = Part(colon < 0 ? r.Value : r.Value.Substring(0, colon), scalar),
                };
                if (colon >= 0) mount.Options = Part(r.Value.Substring(colon + 1), scalar);
                into.Add(mount);
            }
        }

        // ---- build -----------------------------------------------------------------------------------------------

        private BuildSpec? Build(ComposeEntry entry, ComposeValue value)
        {
            var at = (YamlNode?)entry.Key ?? value.Anchor;
            if (value.Scalar is { IsNull: true }) return null;
            var build = new BuildSpec(at.Span);
            ComposeValue? context;
            if (value.Scalar is not null) context = value;
            else if (value.IsMapping)
            {
                context = value.Get("context");
                build.Privileged = Bool(value.Get("privileged"), "build.privileged");
                build.Network = String(value.Get("network"), "build.network");
                if (value.Get("entitlements") is { } entitlements) Strings(entitlements, "build.entitlements", build.Entitlements);
                var target = String(value.Get("target"), "build.target");
                if (target is { IsKnown: true }) build.Target = target;
                if (value.Get("args") is { } args) BuildArgs(args, build.Args);
            }
            else
            {
                _error(value.Anchor, "'build' must be a string or a mapping, not " + KindOf(value));
                return null;
            }
            build.DockerfilePath = DockerfilePath(context, value.IsMapping ? value : null, at);
            return build;
        }

        private string? DockerfilePath(ComposeValue? contextValue, ComposeValue? build, YamlNode at)
        {
            string directory;
            if (contextValue is null) directory = BaseDirectory(at.Source); // context defaults to "."
            else
            {
                var context = String(contextValue, "build.context");
                if (context is null || !context.IsKnown) return null;
                var c = context.Value.Trim();
                if (IsRemoteContext(c)) return null;
                var baseDirectory = BaseDirectory((contextValue.Node ?? at).Source);
                directory = CombinePath(baseDirectory, c);
            }
            if (InlineDockerfile.IsGiven(build?.Get("dockerfile_inline"), _environment, Budget)) return null;
            var dockerfile = "Dockerfile";
            if (build?.Get("dockerfile") is { } df)
            {
                var d = String(df, "build.dockerfile");
                if (d is null || !d.IsKnown) return null;
                dockerfile = d.Value.Trim();
            }
            return CombinePath(directory, dockerfile);
        }

        private string BaseDirectory(YamlSource source) => ProjectDirectoryOf?.Invoke(source) ?? source.Directory;

        private static bool IsRemoteContext(string context) =>
            context.IndexOf("://", StringComparison.Ordinal) >= 0 || context.StartsWith("git@", StringComparison.Ordinal)
            || context.StartsWith("github.com/", StringComparison.Ordinal);

        private static string CombinePath(string directory, string path)
        {
            try
            {
                return Path.GetFullPath(Path.Combine(directory, path));
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return Path.Combine(directory, path);
            }
        }

        /// <summary><c>args</c> as a mapping or a list of <c>NAME=value</c> / <c>NAME</c> (value from .env, else unknown).</summary>
        private void BuildArgs(ComposeValue args, IDictionary<string, string?> into)
        {
            if (args.IsMapping)
            {
                foreach (var e in args.Entries())
                {
                    var v = e.Value.Scalar is { IsNull: true } ? null : String(e.Value, "build.args." + e.Name);
                    into[e.Name] = v is { IsKnown: true } ? v.Value : v is null && _environment.TryGetValue(e.Name, out var env) ? env : null;
                }
                return;
            }
            if (!args.IsList)
            {
                _error(args.Anchor, "'build.args' must be a mapping or a list, not " + KindOf(args));
                return;
            }
            foreach (var item in args.Items())
            {
                if (item.IsMapping)
                {
                    BuildArgs(item, into);
                    continue;
                }
                var s = String(item, "build.args entry");
                if (s is null) continue;
                var eq = s.Text.IndexOf('=');
                var name = eq < 0 ? s.Text.Trim() : s.Text.Substring(0, eq).Trim();
                if (eq < 0) into[name] = _environment.TryGetValue(name, out var env) ? env : null;
                else if (!s.IsKnown) into[name] = null;
                else
                {
                    var valueEq = s.Value.IndexOf('=');
                    into[name] = valueEq < 0 ? string.Empty : s.Value.Substring(valueEq + 1);
                }
            }
        }
    }
}
