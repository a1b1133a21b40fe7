using System.Threading.Tasks;
using ContainerLint.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ContainerLint.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs an analyzer (and a fixer) over test code written with markup: <c>{|CTL1003:true|}</c> marks where a
    /// diagnostic is expected. The "missing setting" rules (CTL2003, CTL4001, CTL6001) fire on every
    /// <c>new HostConfig</c>, so they are off unless a test turns them on.
    /// </summary>
    internal static class Verify
    {
        public static readonly string[] OmissionRules = { "CTL2003", "CTL4001", "CTL6001" };

        public static async Task Analyzer<TAnalyzer>(string source, DockerLibrary library = DockerLibrary.DockerDotNet,
            string? globalConfig = null, bool reportOmissions = false, bool topLevel = false, string[]? preprocessorSymbols = null)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
            Configure(test, library, globalConfig, reportOmissions, preprocessorSymbols);
            if (topLevel) test.TestState.OutputKind = OutputKind.ConsoleApplication;
            SwallowedExceptions.StartRecording();
            await test.RunAsync();
            NothingSwallowed(source);
        }

        /// <summary>As <see cref="Analyzer{TAnalyzer}"/>, with the diagnostics (and their messages) given: mark their places <c>{|#0:...|}</c>.</summary>
        public static Task AnalyzerMessages<TAnalyzer>(string source, DockerLibrary library, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new() =>
            AnalyzerMessages<TAnalyzer>(source, library, topLevel: false, expected);

        /// <summary>As above; with <paramref name="topLevel"/> the code is a program's top-level statements (an executable).</summary>
        public static async Task AnalyzerMessages<TAnalyzer>(string source, DockerLibrary library, bool topLevel, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
            Configure(test, library, globalConfig: null, reportOmissions: false);
            if (topLevel) test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.ExpectedDiagnostics.AddRange(expected);
            SwallowedExceptions.StartRecording();
            await test.RunAsync();
            NothingSwallowed(source);
        }

        public static async Task CodeFix<TAnalyzer, TCodeFix>(string source, string fixedSource, DockerLibrary library = DockerLibrary.DockerDotNet,
            string? globalConfig = null, bool reportOmissions = false, string? equivalenceKey = null, bool fixAll = false,
            int? iterations = null, int? fixAllIterations = null, string[]? otherFiles = null, bool topLevel = false,
            string[]? preprocessorSymbols = null)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = equivalenceKey,
            };
            // Files of the project the fix leaves as they are (types of other namespaces).
            for (var i = 0; i < (otherFiles?.Length ?? 0); i++)
            {
                test.TestState.Sources.Add(("/0/Other" + i + ".cs", otherFiles![i]));
                test.FixedState.Sources.Add(("/0/Other" + i + ".cs", otherFiles[i]));
            }
            // Fixes applied one at a time: one iteration per diagnostic unless said otherwise. Fix All: one pass.
            if (iterations is { } n) test.NumberOfIncrementalIterations = n;
            if ((fixAllIterations ?? iterations) is { } m) test.NumberOfFixAllIterations = m;
            // Diagnostics marked in the fixed code are expected there (a read-only /etc is still reported, without a fix).
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            if (!fixAll) test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
            Configure(test, library, globalConfig, reportOmissions, preprocessorSymbols);
            if (topLevel) test.TestState.OutputKind = OutputKind.ConsoleApplication;
            SwallowedExceptions.StartRecording();
            await test.RunAsync();
            NothingSwallowed(source);
            NothingSwallowed(fixedSource);
        }

        /// <summary>
        /// The analyzers catch what their reader throws, so that a build never fails on it (AD0001), and the method's
        /// findings are lost without a word: no such exception may have been caught on the test's code.
        /// </summary>
        private static void NothingSwallowed(string markedSource)
        {
            var source = Markup.Replace(markedSource, string.Empty).Replace("|}", string.Empty);
            var caught = SwallowedExceptions.In(tree => tree.ToString() == source);
            Assert.True(caught.Count == 0, "an analyzer caught " + string.Join("\n", caught));
        }

        /// <summary>The start of a diagnostic's markup, <c>{|CTL1003:</c> or <c>{|#0:</c>; its end is <c>|}</c>.</summary>
        private static readonly System.Text.RegularExpressions.Regex Markup = new System.Text.RegularExpressions.Regex(@"\{\|#?[A-Za-z0-9]+:");

        /// <param name="preprocessorSymbols">The symbols defined (<c>DEBUG</c>, to fix code under <c>#if DEBUG</c>); none by default.</param>
        private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, DockerLibrary library, string? globalConfig, bool reportOmissions,
            string[]? preprocessorSymbols = null)
            where TVerifier : IVerifier, new()
        {
            test.ReferenceAssemblies = TestReferences.Net80;
            test.TestState.AdditionalReferences.AddRange(TestReferences.For(library));
            if (!reportOmissions) test.DisabledDiagnostics.AddRange(OmissionRules);
            if (globalConfig is not null)
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var project = solution.GetProject(projectId)!;
                var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12)
                    .WithPreprocessorSymbols(preprocessorSymbols ?? System.Array.Empty<string>());
                return solution.WithProjectParseOptions(projectId, parseOptions);
            });
        }
    }
}
