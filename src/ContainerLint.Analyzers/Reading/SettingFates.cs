using System;
using ContainerLint.Model;
using ContainerLint.Text;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>What a later change of the object makes of a setting read from it.</summary>
    internal enum Fate { Kept, MayBeUndone, Dropped }

    /// <summary>Applies <see cref="Fate"/>s to the settings of a <see cref="ContainerSpec"/> after it is read.</summary>
    internal static class SettingFates
    {
        /// <summary>What the spec holds as set on every path is "may be undone" (a later change on some paths may replace the object).</summary>
        public static void MarkMayBeUndone(ContainerSpec spec) => Rewrite(spec, _ => Fate.MayBeUndone);

        /// <summary>Gives each setting of the spec the fate <paramref name="fateAt"/> says for where it is written: a dropped one goes (a mount with its source).</summary>
        public static void Rewrite(ContainerSpec spec, Func<SourceSpan, Fate> fateAt)
        {
            spec.Image = Rewrite(spec.Image, fateAt);
            spec.User = Rewrite(spec.User, fateAt);
            spec.Privileged = Rewrite(spec.Privileged, fateAt);
            spec.MaskedPathCount = Rewrite(spec.MaskedPathCount, fateAt);
            spec.ReadonlyPathCount = Rewrite(spec.ReadonlyPathCount, fateAt);
            spec.PidMode = Rewrite(spec.PidMode, fateAt);
            spec.IpcMode = Rewrite(spec.IpcMode, fateAt);
            spec.NetworkMode = Rewrite(spec.NetworkMode, fateAt);
            spec.UsernsMode = Rewrite(spec.UsernsMode, fateAt);
            spec.UtsMode = Rewrite(spec.UtsMode, fateAt);
            spec.CgroupnsMode = Rewrite(spec.CgroupnsMode, fateAt);
            spec.CgroupParent = Rewrite(spec.CgroupParent, fateAt);
            spec.ReadOnlyRootfs = Rewrite(spec.ReadOnlyRootfs, fateAt);
            foreach (var list in new[] { spec.CapAdd, spec.CapDrop, spec.Devices, spec.DeviceCgroupRules, spec.SecurityOpt })
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    if (Rewrite(list[i], fateAt) is { } kept) list[i] = kept;
                    else list.RemoveAt(i);
                }
            for (var i = spec.Mounts.Count - 1; i >= 0; i--)
            {
                var mount = spec.Mounts[i];
                if (mount.Source is { } source && fateAt(source.Span) == Fate.Dropped)
                {
                    spec.Mounts.RemoveAt(i);
                    continue;
                }
                mount.Source = Rewrite(mount.Source, fateAt);
                mount.ReadOnly = Rewrite(mount.ReadOnly, fateAt);
                mount.Propagation = Rewrite(mount.Propagation, fateAt);
                mount.Options = Rewrite(mount.Options, fateAt);
            }
        }

        private static Setting<T>? Rewrite<T>(Setting<T>? setting, Func<SourceSpan, Fate> fateAt)
        {
            if (setting is null) return null;
            return fateAt(setting.Span) switch
            {
                Fate.Dropped => null,
                Fate.MayBeUndone when setting.Certainty == ValueCertainty.Certain => new Setting<T>(setting.Value, setting.Span, setting.Text, ValueCertainty.MayBeUndone),
                _ => setting,
            };
        }
    }
}
