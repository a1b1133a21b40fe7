using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ContainerLint.Analyzers.Reading;
using ContainerLint.Analyzers.Reporting;
using ContainerLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerLint.Analyzers
{
    /// <summary>
    /// Reads every <c>new HostConfig</c> of Docker.DotNet (its initializer and what the method writes into it
    /// afterwards) and every <c>CreateContainerParameters</c> / <c>Config</c> / <c>ContainerExecCreateParameters</c>
    /// into a <see cref="ContainerSpec"/>, and lets the rules decide.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HostConfigAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.ContainerRules;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is not analyzed. Every diagnostic lies in the code being analyzed, so none can be in generated
            // code: leaving out the filter spares the compiler a search of each reported file for [GeneratedCode].
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var api = DockerApi.ForCompilation(start.Compilation, testcontainers: false);
                if (api is null) return;
                var options = new LintOptionsReader(start.Options);
                FindingReporter.Prepare();
                var prefilter = SyntaxPrefilter.ForModelCreations(api);
                start.RegisterOperationBlockAction(block => AnalyzeBlock(block, api, options, prefilter));
            });
        }

        /// <summary>
        /// Most methods create no Docker.DotNet model: for them a look at their text is all the cost (see
        /// <see cref="SyntaxPrefilter"/>); the others are walked for the creations to read. The diagnostics are
        /// reported from the block action so that they are local to the method (IDE, code fixes).
        /// </summary>
        private static void AnalyzeBlock(OperationBlockAnalysisContext context, Lazy<DockerApi?> lazyApi, LintOptionsReader options, SyntaxPrefilter prefilter)
        {
            if (!prefilter.MayRead(context.OperationBlocks) || lazyApi.Value is not { } api) return;
            List<IObjectCreationOperation>? creations = null;
            foreach (var block in context.OperationBlocks)
                foreach (var operation in block.DescendantsAndSelf())
                    if (operation is IObjectCreationOperation creation && IsRead(creation, api))
                        (creations ??= new List<IObjectCreationOperation>()).Add(creation);
            if (creations is not null) Analyze(context, creations, api, options);
        }

        private static bool IsRead(IObjectCreationOperation creation, DockerApi api) =>
            api.IsHostConfig(creation.Type) || api.IsUserSetting(creation.Type);

        private static void Analyze(OperationBlockAnalysisContext context, List<IObjectCreationOperation> creations, DockerApi api, LintOptionsReader options)
        {
            try
            {
                var reader = new ContainerReader(new Values(new MethodScope(context.OperationBlocks)));
                var containers = new List<ContainerSpec>();
                foreach (var creation in creations)
                {
                    var model = reader.Objects.ForCreation(creation);
                    if (api.IsHostConfig(creation.Type))
                    {
                        var spec = new ContainerSpec("HostConfig", SourceSpans.Of(creation.Syntax)) { ReportsOmissions = true };
                        containers.Add(spec);
                        reader.ReadHostConfig(model, spec, containers);
                    }
                    else
                    {
                        var spec = new ContainerSpec(creation.Type?.Name ?? "Config", SourceSpans.Of(creation.Syntax)) { ReportsOmissions = false };
                        containers.Add(spec);
                        reader.ReadProcessSettings(model, spec, containers, readPrivileged: DockerApi.Is(creation.Type, api.ExecCreateParameters));
                    }
                }
                FindingReporter.Report(containers, options.For(context.OperationBlocks[0].Syntax.SyntaxTree), context.ReportDiagnostic);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Code being typed is often incomplete; a reader that trips over it must not fail the build (AD0001).
            }
        }
    }
}
