using System.Collections.Concurrent;
using ContainerLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerLint.Analyzers.Reporting
{
    /// <summary>
    /// The <c>containerlint.*</c> options from .editorconfig / .globalconfig (design.md, "Configuration"), read for
    /// one compilation. Files with the same option values share one <see cref="LintOptions"/> (most set none).
    /// </summary>
    internal sealed class LintOptionsReader
    {
        public const string NonRootUser = "containerlint.non_root_user";
        public const string AllowedCapabilities = "containerlint.allowed_capabilities";

        private readonly AnalyzerConfigOptionsProvider _provider;
        private readonly ConcurrentDictionary<(string?, string?), LintOptions> _byValues =
            new ConcurrentDictionary<(string?, string?), LintOptions>();

        public LintOptionsReader(AnalyzerOptions options)
        {
            _provider = options.AnalyzerConfigOptionsProvider;
        }

        public LintOptions For(SyntaxTree tree)
        {
            var treeOptions = _provider.GetOptions(tree);
            var nonRootUser = Get(treeOptions, _provider.GlobalOptions, NonRootUser);
            var allowedCapabilities = Get(treeOptions, _provider.GlobalOptions, AllowedCapabilities);
            if (nonRootUser is null && allowedCapabilities is null) return LintOptions.Default;
            return _byValues.GetOrAdd((nonRootUser, allowedCapabilities), values =>
                new LintOptions(nonRootUser: values.Item1, allowedCapabilities: LintOptions.SplitList(values.Item2)));
        }

        private static string? Get(AnalyzerConfigOptions tree, AnalyzerConfigOptions global, string key) =>
            tree.TryGetValue(key, out var value) || global.TryGetValue(key, out value) ? value : null;
    }
}
