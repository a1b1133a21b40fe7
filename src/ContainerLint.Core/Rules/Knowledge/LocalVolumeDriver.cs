using System;
using ContainerLint.Model;

namespace ContainerLint.Rules.Knowledge
{
    /// <summary>
    /// Docker's <c>local</c> volume driver passes its options to mount(2) as written (moby volume/local): with <c>o</c>
    /// naming <c>bind</c> (or <c>rbind</c>) it bind-mounts the host path <c>device</c>. <c>type: none</c> is the
    /// documented spelling; a missing type works the same, because mount(2) ignores the type of a bind.
    /// </summary>
    public static class LocalVolumeDriver
    {
        /// <summary>Whether a driver name (null when none is given) is the local driver.</summary>
        public static bool IsLocal(Setting<string>? driver) =>
            driver is null || (driver.IsKnown && string.Equals(driver.Value.Trim(), "local", StringComparison.OrdinalIgnoreCase));

        /// <summary>Whether the local driver's <c>type</c>, <c>o</c> and <c>device</c> options bind-mount <c>device</c>.</summary>
        public static bool BindsDevice(Setting<string>? type, Setting<string>? options, Setting<string>? device)
        {
            if (device is null || type is { IsKnown: false }) return false;
            var typeName = type?.Value.Trim().ToLowerInvariant();
            if (typeName is not null && typeName != "none") return false;
            // An `o` that cannot be read may be a bind: with `type: none` nothing else makes sense, so it is taken as one.
            return options is { IsKnown: true } ? HasBindOption(options.Value) : options is not null || typeName == "none";
        }

        // mount(2) flags are matched as written (moby pkg/mount): "BIND" would be passed on as data, not bind.
        private static bool HasBindOption(string options)
        {
            foreach (var option in MountOptionList.Split(options))
                if (option is "bind" or "rbind") return true;
            return false;
        }
    }
}
