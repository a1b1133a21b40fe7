using System;
using System.Collections.Generic;
using ContainerLint.Compose.Merging;
using ContainerLint.Compose.Yaml;

namespace ContainerLint.Compose.Syntax
{
    /// <summary>Short-syntax volume strings, <c>SOURCE:TARGET[:MODE]</c> (compose-spec services.volumes).</summary>
    internal static class VolumeSyntax
    {
        private static readonly HashSet<string> PropagationModes = new HashSet<string>(StringComparer.Ordinal)
        {
            "shared", "rshared", "slave", "rslave", "private", "rprivate",
        };

        public static bool IsPropagation(string option) => PropagationModes.Contains(option);

        /// <summary>
        /// Splits at the colons, keeping a Windows drive letter (<c>C:\data</c>, <c>c:/data</c>) with its path.
        /// </summary>
        public static List<string> Split(string value)
        {
            var parts = new List<string>(3);
            var start = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] != ':') continue;
                var isDriveLetter = i - start == 1 && char.IsLetter(value[start]) && i + 1 < value.Length
                    && (value[i + 1] == '\\' || value[i + 1] == '/');
                if (isDriveLetter) continue;
                parts.Add(value.Substring(start, i - start));
                start = i + 1;
            }
            parts.Add(value.Substring(start));
            return parts;
        }

        /// <summary>
        /// A source Compose reads as a host path: it starts with <c>/</c>, <c>~</c>, <c>.</c>, a drive letter or
        /// <c>\\</c> (rules.md "host path"); anything else names a volume.
        /// </summary>
        public static bool IsHostPath(string source)
        {
            if (source.Length == 0) return false;
            var c = source[0];
            if (c == '/' || c == '~' || c == '.' || c == '\\') return true;
            if (source.Length >= 2 && source[1] == ':' && char.IsLetter(c)) return true;
            if (c == Interpolation.Interpolator.PlaceholderStart)
            {
                // `${DATA_DIR}/x`: a volume name cannot hold a slash, so this is a path once the variable is known.
                return source.IndexOf('/') >= 0 || source.IndexOf('\\') >= 0;
            }
            return false;
        }

        /// <summary>The container path of a volume entry (short or long syntax), for merging by target.</summary>
        public static string? TargetOf(ComposeValue item)
        {
            if (item.Scalar is { } s)
            {
                var parts = Split(s.Value);
                return parts.Count == 1 ? parts[0] : parts[1];
            }
            return item.Get("target")?.Scalar?.Value;
        }
    }
}
