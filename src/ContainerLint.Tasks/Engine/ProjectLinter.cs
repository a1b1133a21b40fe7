using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Compose;
using ContainerLint.Configuration;
using ContainerLint.Dockerfiles;
using ContainerLint.Engine;
using ContainerLint.Findings;
using ContainerLint.Rules;
using ContainerLint.Text;

namespace ContainerLint.Tasks.Engine
{
    /// <summary>A finding with what the task needs to report it: the kind of file it sits in and its configured severity.</summary>
    public sealed class ProjectFinding
    {
        public ProjectFinding(Finding finding, ContainerFileKind kind, RuleSeverity? configuredSeverity, bool configuredSeverityFromBulk = false)
        {
            Finding = finding;
            Kind = kind;
            ConfiguredSeverity = configuredSeverity;
            ConfiguredSeverityFromBulk = configuredSeverity is not null && configuredSeverityFromBulk;
        }

        public Finding Finding { get; }
        public ContainerFileKind Kind { get; }

        /// <summary>From .editorconfig / .globalconfig; null when nothing is configured for the rule.</summary>
        public RuleSeverity? ConfiguredSeverity { get; }

        /// <summary>
        /// Whether <see cref="ConfiguredSeverity"/> comes from a bulk entry (<c>dotnet_analyzer_diagnostic.severity</c> or its
        /// category form), which the compiler ignores for an ID the command line names (see <see cref="SeverityPolicy"/>).
        /// </summary>
        public bool ConfiguredSeverityFromBulk { get; }
    }

    public sealed class ProjectLintResult
    {
        public ProjectLintResult(IReadOnlyList<ProjectFinding> findings, IReadOnlyList<string> filesRead, IReadOnlyList<string> filesMissing,
            IReadOnlyList<string>? composeNonRootUserProblems = null, IReadOnlyList<ConfigurationProblem>? configurationProblems = null)
        {
            ConfigurationProblems = configurationProblems ?? Array.Empty<ConfigurationProblem>();
            ComposeNonRootUserProblems = composeNonRootUserProblems ?? Array.Empty<string>();
            Findings = findings;
            FilesRead = filesRead;
            FilesMissing = filesMissing;
        }

        /// <summary>
        /// Why a <c>containerlint.non_root_user</c> that applies to a linted Compose file, and is usable in a Dockerfile, is
        /// not written into the Compose file (it holds a variable, which Compose takes from the host environment; one entry
        /// per value): the Compose fixes that would set it are not made.
        /// </summary>
        public IReadOnlyList<string> ComposeNonRootUserProblems { get; }

        /// <summary>
        /// What is wrong in the config entries that apply to a linted file (<see cref="ConfigurationChecks"/>), each line's
        /// problem once however many files it applies to.
        /// </summary>
        public IReadOnlyList<ConfigurationProblem> ConfigurationProblems { get; }

        /// <summary>Every finding, suppressed ones included, in file/line/column order.</summary>
        public IReadOnlyList<ProjectFinding> Findings { get; }

        /// <summary>Every file the lint read (linted files, Compose overrides, .env, linked Dockerfiles, config files).</summary>
        public IReadOnlyList<string> FilesRead { get; }

        /// <summary>Files the lint looked for and did not find (.editorconfig in each folder above, .env, override files).</summary>
        public IReadOnlyList<string> FilesMissing { get; }
    }

    /// <summary>
    /// Lints the <c>ContainerLintFile</c> items of a project: Compose files through <see cref="ComposeLinter"/> (which
    /// merges base and override files of one folder, and the base with each overlay item beside it, such as
    /// <c>compose.prod.yaml</c>), the Dockerfiles their services build with that build's target and args, and the remaining
    /// Dockerfile items with their own <c>BuildTarget</c>/<c>BuildArgs</c>. A Dockerfile that is both an item and a build target
    /// is linted with the build's settings; the same rule at the same place is reported once.
    /// </summary>
    public sealed class ProjectLinter
    {
        private readonly ConfigurationLoader _configuration;
        private readonly RecordingFileSystem _fileSystem = new RecordingFileSystem();
        private readonly List<string> _composeOptionProblems = new List<string>();
        private readonly HashSet<string> _configurationChecked = new HashSet<string>(LintItem.PathComparer);
        private readonly List<(ConfigurationProblem Problem, AnalyzerConfigEntry Entry)> _configurationProblems =
            new List<(ConfigurationProblem, AnalyzerConfigEntry)>();
        private readonly HashSet<(string Path, int Line, string Message)> _configurationProblemsSaid = new HashSet<(string, int, string)>();

        /// <param name="discoversEditorConfigs">Whether .editorconfig files are found above each file (the project's
        /// <c>DiscoverEditorConfigFiles</c>), or only those in <paramref name="globalConfigFiles"/> count.</param>
        public ProjectLinter(IEnumerable<string>? globalConfigFiles = null, bool discoversEditorConfigs = true)
        {
            _configuration = new ConfigurationLoader(_fileSystem, globalConfigFiles, discoversEditorConfigs);
        }

        /// <param name="projectDirectory">The .NET project's folder, where <c>docker compose</c> is taken to run: a
        /// <c>COMPOSE_FILE</c> in its <c>.env</c> makes a project of the files it lists (<see cref="ComposeLinter.LintWorkingDirectory"/>).</param>
        /// <param name="compileFiles">The C# files the compiler compiles in this build (<c>@(Compile)</c>): a severity it checks
        /// for one of them (<see cref="CompilerCheckedEntries"/>) is its to warn about, so that a mistake is said once. None
        /// when no compiler runs (<c>ContainerLintFix</c>).</param>
        public ProjectLintResult Lint(IEnumerable<LintItem> items, string? projectDirectory = null, IEnumerable<string>? compileFiles = null)
        {
            // One item per file. The default glob's item comes first (the package's props) and one the project adds for
            // the same file later: the later item's BuildTarget and BuildArgs apply, as the user wrote them for it.
            var unique = new List<LintItem>();
            var positions = new Dictionary<string, int>(LintItem.PathComparer);
            foreach (var item in items)
            {
                if (positions.TryGetValue(item.Path, out var position)) unique[position] = unique[position].With(item);
                else
                {
                    positions.Add(item.Path, unique.Count);
                    unique.Add(item);
                }
            }

            var sink = new FindingSink();
            var kinds = new Dictionary<Finding, ContainerFileKind>();

            var builds = new List<DockerfileRequest>();
            foreach (var group in unique.Where(i => i.Kind == ContainerFileKind.Compose)
                         .GroupBy(i => Path.GetDirectoryName(i.Path) ?? string.Empty, LintItem.PathComparer))
            {
                var files = WithOverrides(group.Select(i => i.Path), out var companions);
                foreach (var file in files) CheckConfigurationOf(file);
                try
                {
                    var result = ComposeLinter.Lint(files, OptionsFor(files[0], compose: true), _fileSystem, companions);
                    Add(sink, kinds, result.Findings, ContainerFileKind.Compose, files[0]);
                    builds.AddRange(result.DockerfileBuilds);
                }
                catch (Exception e) when (!IsFatal(e))
                {
                    Add(sink, kinds, new[] { InternalError(files[0], e) }, ContainerFileKind.Compose, files[0]);
                }
            }

            if (!string.IsNullOrEmpty(projectDirectory))
            {
                try
                {
                    var result = ComposeLinter.LintWorkingDirectory(projectDirectory!, path => OptionsFor(path, compose: true), _fileSystem);
                    Add(sink, kinds, result.Findings, ContainerFileKind.Compose, Path.Combine(projectDirectory!, ".env"));
                    builds.AddRange(result.DockerfileBuilds);
                }
                catch (Exception e) when (!IsFatal(e))
                {
                    Add(sink, kinds, new[] { InternalError(Path.Combine(projectDirectory!, ".env"), e) }, ContainerFileKind.Compose, projectDirectory!);
                }
            }

            var requests = new List<(DockerfileRequest Request, bool FromItem)>();
            var requestsByKey = new Dictionary<string, DockerfileRequest>(StringComparer.Ordinal);
            // The services that build each Dockerfile, whatever their target and args (and from whichever Compose folder).
            var builtBy = new Dictionary<string, HashSet<string>>(LintItem.PathComparer);
            foreach (var build in builds)
            {
                var path = Path.GetFullPath(build.Path);
                var request = new DockerfileRequest(path, build.Target, build.BuildArgs, build.TargetSpan, build.BuildArgsFromEnvironment);
                if (requestsByKey.TryGetValue(request.Key, out var known)) request = known;
                else
                {
                    requestsByKey.Add(request.Key, request);
                    requests.Add((request, false));
                }
                request.AddContainers(build.Containers);
                if (!builtBy.TryGetValue(path, out var services)) builtBy[path] = services = new HashSet<string>(StringComparer.Ordinal);
                services.UnionWith(build.Containers);
            }
            // A Dockerfile item that services build is linted as they build it, not also with the item's settings: the
            // image built is theirs. Its findings name those services as any built Dockerfile's do. But when every service
            // builds an earlier stage that the last one is not built on (target: dev, beside the final stage), the last stage
            // is what `docker build` and a CI pipeline make of it and no service's view reads it: the item is linted as it is
            // too (audit 124 A124-1). A last stage built FROM the services' target (debug after final) is a variant of their
            // image, left to them.
            var targets = new Dictionary<string, List<string?>>(LintItem.PathComparer);
            foreach (var (request, _) in requests)
            {
                if (!targets.TryGetValue(request.Path, out var named)) targets[request.Path] = named = new List<string?>();
                named.Add(request.Target);
            }
            foreach (var item in unique.Where(i => i.Kind == ContainerFileKind.Dockerfile))
            {
                var own = new DockerfileRequest(item.Path, item.Target, item.BuildArgs, buildArgsFromEnvironment: item.BuildArgsFromEnvironment);
                if (targets.TryGetValue(item.Path, out var named)
                    && (requestsByKey.ContainsKey(own.Key) || named.Contains(null) || LastStageBuildsOn(own, named.OfType<string>())))
                    continue;
                requests.Add((own, true));
            }

            foreach (var (request, fromItem) in requests)
            {
                if (!_fileSystem.FileExists(request.Path))
                {
                    // A build context elsewhere (a URL, a folder not checked out) is not ours to report; a missing item is.
                    if (fromItem)
                        Add(sink, kinds, new[] { new Finding(RuleCatalog.CTL9001, new SourceSpan(request.Path, 1, 1, 1, 1), "the file does not exist") },
                            ContainerFileKind.Dockerfile, request.Path);
                    continue;
                }
                string text;
                try
                {
                    text = _fileSystem.ReadAllText(request.Path);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    Add(sink, kinds, new[] { new Finding(RuleCatalog.CTL9001, new SourceSpan(request.Path, 1, 1, 1, 1), FileReadFailure.Describe(e)) }, ContainerFileKind.Dockerfile, request.Path);
                    continue;
                }
                try
                {
                    IEnumerable<Finding> findings = DockerfileLinter.Lint(text, request, OptionsFor(request.Path));
                    if (!fromItem) NameTheServices(findings, request, builtBy[request.Path].Count > 1);
                    // The item's own view of a Dockerfile services build adds what theirs do not read (its last stage); what they
                    // report stays theirs, with their values and fixes (audit 127 F127-3, F127-4: a RUN sudo of the dev stage lost
                    // its fix to the item's default args). The services' views come first.
                    else if (builtBy.ContainsKey(request.Path)) findings = findings.Where(f => !sink.Holds(f)).ToList();
                    Add(sink, kinds, findings, ContainerFileKind.Dockerfile, request.Path);
                }
                catch (Exception e) when (!IsFatal(e))
                {
                    Add(sink, kinds, new[] { InternalError(request.Path, e) }, ContainerFileKind.Dockerfile, request.Path);
                }
            }

            var ordered = sink.ToList();
            var reported = new List<ProjectFinding>(ordered.Count);
            foreach (var finding in ordered)
            {
                CheckConfigurationOf(finding.Span.Path);
                var options = _configuration.GetOptions(finding.Span.Path);
                var configured = DiagnosticConfiguration.GetConfiguredSeverity(options, finding.Rule, out var fromBulk);
                reported.Add(new ProjectFinding(finding, kinds.TryGetValue(finding, out var kind) ? kind : ContainerFileKind.Dockerfile, configured, fromBulk));
            }

            var filesRead = new List<string>(_fileSystem.Files);
            foreach (var config in _configuration.FilesRead)
                if (!filesRead.Contains(config, LintItem.PathComparer)) filesRead.Add(Path.GetFullPath(config));
            CheckOptionsOfTheCompilerConfiguration();
            // The compiler's configuration is read only for a severity it would not take, which few builds have.
            CompilerCheckedEntries? compilerChecked = null;
            var configurationProblems = _configurationProblems
                .Select(said => said.Problem.Kind == ConfigurationProblemKind.InvalidSeverity
                    && (compilerChecked ??= new CompilerCheckedEntries(_configuration.CompilerConfiguration, compileFiles ?? Array.Empty<string>())).Checks(said.Entry)
                    ? said.Problem.AsSaidByCompiler() : said.Problem)
                .OrderBy(p => p.FilePath, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
            return new ProjectLintResult(reported, filesRead, _fileSystem.MissingFiles, _composeOptionProblems, configurationProblems);
        }

        private bool LastStageBuildsOn(DockerfileRequest request, IEnumerable<string> targets)
        {
            try
            {
                return _fileSystem.FileExists(request.Path) && DockerfileLinter.LastStageBuildsOn(_fileSystem.ReadAllText(request.Path), request, targets);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>
        /// <c>docker compose</c> reads the first override of <c>compose.override.yml</c>, <c>compose.override.yaml</c>,
        /// <c>docker-compose.override.yml</c>, <c>docker-compose.override.yaml</c> beside its base file without being told,
        /// whatever the base is called (compose-go cli.DefaultOverrideFileNames), so an item naming only the base file
        /// brings that override along. <paramref name="companions"/> are the overrides so added, not items themselves: linted
        /// with their base only (not when the folder's <c>COMPOSE_FILE</c> leaves them out).
        /// </summary>
        private List<string> WithOverrides(IEnumerable<string> files, out List<string> companions)
        {
            var items = files.ToList();
            var result = new List<string>();
            companions = new List<string>();
            foreach (var file in items)
            {
                if (!result.Contains(file, LintItem.PathComparer)) result.Add(file);
                var overrides = ComposeFiles.OverrideNamesFor(Path.GetFileName(file));
                if (overrides is null) continue;
                var directory = Path.GetDirectoryName(file) ?? string.Empty;
                foreach (var candidate in overrides.Select(o => Path.Combine(directory, o)))
                {
                    if (!_fileSystem.FileExists(candidate)) continue;
                    if (!result.Contains(candidate, LintItem.PathComparer)) result.Add(candidate);
                    if (!items.Contains(candidate, LintItem.PathComparer) && !companions.Contains(candidate, LintItem.PathComparer)) companions.Add(candidate);
                    break;
                }
            }
            return result;
        }

        private LintOptions OptionsFor(string path, bool compose = false)
        {
            CheckConfigurationOf(path);
            var options = DiagnosticConfiguration.GetLintOptions(_configuration.GetOptions(path));
            // A root or malformed user is a configuration problem, said at its line (ConfigurationChecks). A variable is fine in
            // a Dockerfile, but Compose would take it from the host (audit 9, 7): said once per value.
            if (compose && options.NonRootUserProblem is null && options.ComposeNonRootUserProblem is { } composeProblem
                     && !_composeOptionProblems.Contains(composeProblem))
                _composeOptionProblems.Add(composeProblem);
            return options;
        }

        /// <summary>
        /// Checks the <c>containerlint.*</c> lines of every section of the config files the compiler is given, whatever files
        /// the sections match: the analyzer reads them for C# files (<c>[*.cs]</c>), and the compiler says nothing of a key or
        /// value it does not know (audit 105 V105-1: a root <c>non_root_user</c> there silently turned the C# user fix off).
        /// </summary>
        private void CheckOptionsOfTheCompilerConfiguration()
        {
            foreach (var config in _configuration.CompilerConfigFiles)
                foreach (var entry in config.PreambleEntries.Values.Concat(config.Sections.SelectMany(s => s.Entries.Values)))
                    if (entry.Key.StartsWith(DiagnosticConfiguration.OptionPrefix, StringComparison.Ordinal))
                        foreach (var problem in ConfigurationChecks.Check(entry))
                            if (_configurationProblemsSaid.Add((problem.FilePath, problem.Line, problem.Message)))
                                _configurationProblems.Add((problem, entry));
        }

        /// <summary>Checks the config entries that apply to a file the lint reads options for; a line's problem is kept once.</summary>
        private void CheckConfigurationOf(string path)
        {
            if (!_configurationChecked.Add(path)) return;
            foreach (var entry in _configuration.GetEntries(path))
                foreach (var problem in ConfigurationChecks.Check(entry))
                    if (_configurationProblemsSaid.Add((problem.FilePath, problem.Line, problem.Message)))
                        _configurationProblems.Add((problem, entry));
        }

        /// <summary>
        /// The findings of one service's view of a Dockerfile name the services that build it that way; the sink merges the
        /// views, so a finding names every service whose view reports it. In a Dockerfile several services build, that is
        /// said even when one service's view reports it (the others build it with other args or another target), as for a
        /// value in a YAML anchor several services use; a Dockerfile one service builds names no one, as before.
        /// </summary>
        private static void NameTheServices(IEnumerable<Finding> findings, DockerfileRequest request, bool builtBySeveral)
        {
            foreach (var finding in findings)
            {
                foreach (var service in request.Containers)
                    finding.Containers.Add(service);
                finding.InSharedText |= builtBySeveral;
            }
        }

        private static void Add(FindingSink sink, Dictionary<Finding, ContainerFileKind> kinds, IEnumerable<Finding> findings, ContainerFileKind kind, string defaultPath)
        {
            foreach (var finding in findings)
            {
                var f = finding.Span.Path.Length == 0 ? WithPath(finding, defaultPath) : finding;
                if (ReferenceEquals(sink.Merge(f), f)) kinds[f] = kind;
            }
        }

        private static Finding WithPath(Finding finding, string path)
        {
            var s = finding.Span;
            var copy = new Finding(finding.Rule, new SourceSpan(path, s.StartLine, s.StartColumn, s.EndLine, s.EndColumn, s.StartOffset, s.EndOffset, s.Origin),
                finding.Evidence, finding.Fix) { Suppression = finding.Suppression };
            copy.Containers.AddRange(finding.Containers);
            if (finding.EvidenceByContainer is { } evidence)
                foreach (var kv in evidence) copy.SetEvidence(kv.Key, kv.Value);
            copy.InSharedText = finding.InSharedText;
            foreach (var part in finding.SuppressedParts) copy.AddSuppressedPart(part.Containers, part.Suppression);
            return copy;
        }

        private static Finding InternalError(string path, Exception e) =>
            new Finding(RuleCatalog.CTL9001, new SourceSpan(path, 1, 1, 1, 1), "internal error " + e.GetType().Name + ": " + e.Message);

        private static bool IsFatal(Exception e) => e is OutOfMemoryException || e is StackOverflowException;
    }
}
