using System.Collections.Generic;
using System.Linq;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;
using ContainerLint.Text;

namespace ContainerLint.Core.Tests.Rules
{
    /// <summary>
    /// Builds a <see cref="ContainerSpec"/> by hand, as a front end would. Every value gets its own line, so a test can
    /// assert that a finding sits exactly on the value it is about.
    /// </summary>
    internal sealed class ContainerBuilder
    {
        public const string File = "compose.yaml";
        private int _line = 1;

        public ContainerBuilder(string name = "web", bool reportsOmissions = false)
        {
            Container = new ContainerSpec(name, new SourceSpan(File, 1, 3, 1, 3 + name.Length)) { ReportsOmissions = reportsOmissions };
        }

        /// <summary>A service that sets every setting whose omission is reported, so only what a test adds is found.</summary>
        public static ContainerBuilder Hardened(string name = "web")
        {
            var b = new ContainerBuilder(name, reportsOmissions: true);
            b.CapDrop("ALL");
            b.SecurityOpt("no-new-privileges:true");
            b.Container.ReadOnlyRootfs = b.Value(true);
            return b;
        }

        public ContainerSpec Container { get; }

        public SourceSpan Declaration => Container.Declaration;

        public SourceSpan NextSpan(int length = 12)
        {
            _line++;
            return new SourceSpan(File, _line, 7, _line, 7 + length);
        }

        public Setting<T> Value<T>(T value, ValueCertainty certainty = ValueCertainty.Certain) =>
            new Setting<T>(value, NextSpan(), null, certainty);

        public Setting<T> Unresolved<T>(string text = "${UNSET}", string variable = "UNSET") =>
            Setting<T>.Unresolved(NextSpan(), text, new[] { variable });

        public Setting<string> CapAdd(string name, ValueCertainty certainty = ValueCertainty.Certain) => Add(Container.CapAdd, Value(name, certainty));
        public Setting<string> CapDrop(string name, ValueCertainty certainty = ValueCertainty.Certain) => Add(Container.CapDrop, Value(name, certainty));
        public Setting<string> SecurityOpt(string entry, ValueCertainty certainty = ValueCertainty.Certain) => Add(Container.SecurityOpt, Value(entry, certainty));
        public Setting<string> Device(string mapping, ValueCertainty certainty = ValueCertainty.Certain) => Add(Container.Devices, Value(mapping, certainty));
        public Setting<string> DeviceCgroupRule(string rule) => Add(Container.DeviceCgroupRules, Value(rule));

        public static Setting<string> Add(List<Setting<string>> list, Setting<string> setting)
        {
            list.Add(setting);
            return setting;
        }

        /// <summary>A bind mount of <paramref name="source"/>; <paramref name="readOnly"/> null leaves the flag unset (writable).</summary>
        public MountSpec Bind(string source, bool? readOnly = null, string? propagation = null,
            ValueCertainty sourceCertainty = ValueCertainty.Certain, string target = "/data")
        {
            var mount = new MountSpec(MountKind.Bind, NextSpan(source.Length + target.Length + 1))
            {
                Source = Value(source, sourceCertainty),
                Target = Value(target),
            };
            if (readOnly is { } ro) mount.ReadOnly = Value(ro);
            if (propagation is not null) mount.Propagation = Value(propagation);
            Container.Mounts.Add(mount);
            return mount;
        }

        public MountSpec Add(MountSpec mount)
        {
            Container.Mounts.Add(mount);
            return mount;
        }

        /// <summary>A tmpfs Docker creates (its options are not verbatim: Docker adds noexec,nosuid,nodev).</summary>
        public MountSpec Tmpfs(string target, string? options = null, ValueCertainty certainty = ValueCertainty.Certain)
        {
            var mount = new MountSpec(MountKind.Tmpfs, NextSpan()) { Target = Value(target) };
            if (options is not null) mount.Options = Value(options, certainty);
            Container.Mounts.Add(mount);
            return mount;
        }

        /// <summary>A mount of a local volume with <c>driver_opts</c> <c>type</c> and <c>o</c> (passed to mount(2) verbatim).</summary>
        public MountSpec LocalVolume(string name, string? type, string? options, string? device = null, MountKind kind = MountKind.Volume)
        {
            var mount = new MountSpec(kind, NextSpan())
            {
                VolumeName = name,
                OptionsAreVerbatim = true,
                Target = Value("/data"),
                Source = Value(device ?? name),
            };
            if (type is not null) mount.VolumeDriverType = Value(type);
            if (options is not null) mount.Options = Value(options);
            Container.Mounts.Add(mount);
            return mount;
        }

        public IReadOnlyList<Finding> Lint(LintOptions? options = null) => Linting.Run(Container, options);

        public IReadOnlyList<Finding> Lint(string ruleId, LintOptions? options = null) => Linting.Of(Lint(options), ruleId);
    }

    internal static class Linting
    {
        /// <summary>Runs every rule over the container, as the front ends do.</summary>
        public static IReadOnlyList<Finding> Run(ContainerSpec container, LintOptions? options = null)
        {
            var sink = new FindingSink();
            RuleEngine.Check(container, options ?? LintOptions.Default, sink);
            return sink.ToList();
        }

        public static IReadOnlyList<Finding> Of(IReadOnlyList<Finding> findings, string ruleId) =>
            findings.Where(f => f.Rule.Id == ruleId).ToList();

        public static string[] Ids(IReadOnlyList<Finding> findings) => findings.Select(f => f.Rule.Id).ToArray();
    }
}
