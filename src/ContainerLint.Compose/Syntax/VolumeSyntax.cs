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
                if (value[i] != ':' || IsDriveLetter(value, start, i)) continue;
                parts.Add(value.Substring(start, i - start));
                start = i + 1;
            }
            parts.Add(value.Substring(start));
            return parts;
        }

        /// <summary>
        /// Splits text as written, before interpolation, at <paramref name="separator"/>, skipping separators inside
        /// <c>${...}</c> (nested ones too: <c>${A:-${B:-/x}}</c>) and reading <c>$$</c> as a literal dollar, as Compose sees
        /// them once it has interpolated the value. Joining the parts with the separator gives the text back. At most
        /// <paramref name="maxParts"/> parts (the last keeps the rest); a drive letter (<c>C:\data</c>) stays with its path
        /// when <paramref name="keepDriveLetters"/>. Null when a <c>${</c> is not closed: where the parts are cannot be told.
        /// </summary>
        public static List<string>? SplitWritten(string text, char separator, bool keepDriveLetters = false, int maxParts = int.MaxValue)
        {
            var parts = new List<string>(3);
            var start = 0;
            var depth = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '$' && i + 1 < text.Length && (text[i + 1] == '$' || text[i + 1] == '{'))
                {
                    if (text[i + 1] == '{') depth++;
                    i++;
                    continue;
                }
                if (depth > 0)
                {
                    if (c == '}') depth--;
                    continue;
                }
                if (c != separator || parts.Count + 1 >= maxParts) continue;
                if (keepDriveLetters && IsDriveLetter(text, start, i)) continue;
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
            if (depth > 0) return null;
            parts.Add(text.Substring(start));
            return parts;
        }

        private static bool IsDriveLetter(string value, int start, int colon) =>
            colon - start == 1 && char.IsLetter(value[start]) && colon + 1 < value.Length && (value[colon + 1] == '\\' || value[colon + 1] == '/');

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
                // As written: `${DATA:-./data}:/data` targets /data (the `:` of `:-` separates nothing).
                var parts = SplitWritten(s.Value, ':', keepDriveLetters: true) ?? Split(s.Value);
                return parts.Count == 1 ? parts[0] : parts[1];
            }
            return item.Get("target")?.Scalar?.Value;
        }
    }
}
