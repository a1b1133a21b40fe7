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
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var api = DockerApi.TryCreate(start.Compilation);
                if (api is not { HasDockerModels: true }) return;
                start.RegisterOperationBlockAction(block => AnalyzeBlock(block, api));
            });
        }

        private static void AnalyzeBlock(OperationBlockAnalysisContext context, DockerApi api)
        {
            List<IObjectCreationOperation>? creations = null;
            foreach (var block in context.OperationBlocks)
                foreach (var operation in block.DescendantsAndSelf())
                    if (operation is IObjectCreationOperation creation
                        && (DockerApi.Is(creation.Type, api.HostConfig) || api.IsUserSetting(creation.Type)))
                        (creations ??= new List<IObjectCreationOperation>()).Add(creation);
            if (creations is null) return;

            try
            {
                var reader = new ContainerReader(new Values(new MethodScope(context.OperationBlocks)));
                var containers = new List<ContainerSpec>();
                foreach (var creation in creations)
                {
                    var model = reader.Objects.ForCreation(creation);
                    var variants = new List<ContainerSpec>();
                    if (DockerApi.Is(creation.Type, api.HostConfig))
                    {
                        var spec = new ContainerSpec("HostConfig", SourceSpans.Of(creation.Syntax)) { ReportsOmissions = true };
                        reader.ReadHostConfig(model, spec, variants);
                        containers.Add(spec);
                    }
                    else
                    {
                        var spec = new ContainerSpec(creation.Type?.Name ?? "Config", SourceSpans.Of(creation.Syntax)) { ReportsOmissions = false };
                        reader.ReadProcessSettings(model, spec, variants, readPrivileged: DockerApi.Is(creation.Type, api.ExecCreateParameters));
                        containers.Add(spec);
                    }
                    containers.AddRange(variants);
                }
                var options = LintOptionsReader.Read(context.Options, context.OperationBlocks[0].Syntax.SyntaxTree);
                FindingReporter.Report(containers, options, DiagnosticDescriptors.ContainerRules, context.ReportDiagnostic);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Code being typed is often incomplete; a reader that trips over it must not fail the build (AD0001).
            }
        }
    }
}
