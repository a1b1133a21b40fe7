using System;
using System.Collections.Generic;
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
    public sealed class HostConfigAnalyzer : MethodReadingAnalyzer<IObjectCreationOperation>
    {
        private protected override bool ReadsTestcontainers => false;

        private protected override OperationKind ReadKind => OperationKind.ObjectCreation;

        private protected override SyntaxPrefilter CreatePrefilter(Lazy<DockerApi?> api) => SyntaxPrefilter.ForModelCreations(api);

        private protected override bool IsRead(IObjectCreationOperation creation, DockerApi api) =>
            api.IsHostConfig(creation.Type) || api.IsUserSetting(creation.Type);

        private protected override void Analyze(OperationBlockAnalysisContext context, List<IObjectCreationOperation> creations, MethodScope scope, DockerApi api, LintOptionsReader options)
        {
            try
            {
                var reader = new ContainerReader(new Values(scope));
                var containers = new List<ContainerSpec>();
                foreach (var creation in creations)
                {
                    var model = reader.Objects.ForCreation(creation);
                    if (api.IsHostConfig(creation.Type))
                    {
                        // A HostConfig handed to a helper of the project may be hardened there: what it lacks here is not reported.
                        var spec = new ContainerSpec("HostConfig", SourceSpans.Of(creation.Syntax)) { ReportsOmissions = !reader.Objects.IsHandedOff(model) };
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
