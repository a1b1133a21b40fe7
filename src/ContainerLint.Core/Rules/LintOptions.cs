using System;
using System.Collections.Generic;
using System.Linq;

namespace ContainerLint.Rules
{
    /// <summary>The <c>containerlint.*</c> options (design.md, "Configuration").</summary>
    public sealed class LintOptions
    {
        public const string DefaultNonRootUser = "10001";

        public static LintOptions Default { get; } = new LintOptions();

        public LintOptions(string? nonRootUser = null, IEnumerable<string>? nonRootBaseImages = null,
            IEnumerable<string>? allowedCapabilities = null)
        {
            NonRootUser = string.IsNullOrWhiteSpace(nonRootUser) ? DefaultNonRootUser : nonRootUser!.Trim();
            NonRootBaseImages = (nonRootBaseImages ?? Enumerable.Empty<string>())
                .Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            AllowedCapabilities = new HashSet<string>(
                (allowedCapabilities ?? Enumerable.Empty<string>()).Select(Knowledge.Capabilities.Normalize).Where(c => c.Length > 0),
                StringComparer.Ordinal);
        }

        /// <summary><c>containerlint.non_root_user</c>: the user fixes switch to.</summary>
        public string NonRootUser { get; }

        /// <summary><c>containerlint.non_root_base_images</c>: extra image patterns (<c>*</c> wildcards) CTL1002 trusts.</summary>
        public IReadOnlyList<string> NonRootBaseImages { get; }

        /// <summary><c>containerlint.allowed_capabilities</c>: normalised names never reported.</summary>
        public ISet<string> AllowedCapabilities { get; }

        /// <summary>Splits a list option value (<c>a, b;c</c>).</summary>
        public static IEnumerable<string> SplitList(string? value) =>
            (value ?? string.Empty).Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries);
    }
}
