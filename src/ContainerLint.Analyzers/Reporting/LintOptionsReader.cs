using ContainerLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerLint.Analyzers.Reporting
{
    /// <summary>The <c>containerlint.*</c> options from .editorconfig / .globalconfig (design.md, "Configuration").</summary>
    internal static class LintOptionsReader
    {
        public const string NonRootUser = "containerlint.non_root_user";
        public const string AllowedCapabilities = "containerlint.allowed_capabilities";

        public static LintOptions Read(AnalyzerOptions options, SyntaxTree tree)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            var treeOptions = provider.GetOptions(tree);
            return new LintOptions(
                nonRootUser: Get(treeOptions, provider.GlobalOptions, NonRootUser),
                allowedCapabilities: LintOptions.SplitList(Get(treeOptions, provider.GlobalOptions, AllowedCapabilities)));
        }

        private static string? Get(AnalyzerConfigOptions tree, AnalyzerConfigOptions global, string key) =>
            tree.TryGetValue(key, out var value) || global.TryGetValue(key, out value) ? value : null;
    }
}
