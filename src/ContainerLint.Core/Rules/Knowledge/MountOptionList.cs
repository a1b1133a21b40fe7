using System;
using System.Linq;

namespace ContainerLint.Rules.Knowledge
{
    /// <summary>A comma-separated mount(2) option list (<c>rw,nosuid,size=64m</c>).</summary>
    public static class MountOptionList
    {
        public static string[] Split(string? options) =>
            (options ?? string.Empty).Split(',').Select(o => o.Trim()).Where(o => o.Length > 0).ToArray();

        public static bool Has(string? options, string option) =>
            Split(options).Any(o => string.Equals(o, option, StringComparison.OrdinalIgnoreCase));
    }
}
