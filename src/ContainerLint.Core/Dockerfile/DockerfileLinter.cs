using System;
using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles.Model;
using ContainerLint.Engine;
using ContainerLint.Findings;
using ContainerLint.Rules;

namespace ContainerLint.Dockerfiles
{
    /// <summary>
    /// Lints one Dockerfile: parse, build the image model, run every rule, add CTL9003 for unknown rule IDs in
    /// suppression comments, and mark suppressed findings (they stay in the list, for SARIF).
    /// A syntax error gives one CTL9001 and nothing else. A <see cref="DockerfileRequest.Target"/> that names no stage
    /// is ignored: the last stage is linted, as if no target were given (the build itself would fail on it).
    /// </summary>
    public static class DockerfileLinter
    {
        public static IReadOnlyList<Finding> Lint(string text, DockerfileRequest request, LintOptions options)
        {
            if (request is null) throw new ArgumentNullException(nameof(request));
            options ??= LintOptions.Default;
            try
            {
                var document = DockerfileParser.Parse(text ?? string.Empty, request.Path);
                if (document.HasErrors)
                {
                    var error = document.Errors[0];
                    return new[] { new Finding(RuleCatalog.CTL9001, error.Span, error.Message) };
                }

                var image = ImageModelBuilder.Build(document, request);
                var sink = new FindingSink();
                RuleEngine.Check(image, options, sink);
                var suppressions = DockerfileSuppressions.Build(document);
                suppressions.ReportUnknownRules(sink);
                var findings = sink.ToList();
                suppressions.Apply(findings);
                return findings;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Bad input must never break a build; a bug in a rule is reported as a finding on the file.
                var span = new Text.SourceSpan(request.Path, 1, 1, 1, 1, 0, 0);
                return new[] { new Finding(RuleCatalog.CTL9001, span, "the linter failed on this file (" + e.GetType().Name + ": " + e.Message + ")") };
            }
        }
    }
}
