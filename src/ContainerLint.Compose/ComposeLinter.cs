using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ContainerLint.Catalog;
using ContainerLint.Compose.Interpolation;
using ContainerLint.Compose.Merging;
using ContainerLint.Compose.Syntax;
using ContainerLint.Compose.Yaml;
using ContainerLint.Engine;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;
using ContainerLint.Text;

namespace ContainerLint.Compose
{
    /// <summary>
    /// Lints Compose files: reads each project (a base file with its override, or with an overlay such as
    /// <c>compose.prod.yaml</c>, merged the way Compose merges them, <c>extends</c> followed, values interpolated from the
    /// <c>.env</c> beside it) into one <see cref="ContainerSpec"/> per service and runs the shared rules. Findings are
    /// reported where the effective value is written; one that several projects report (a base file's, with an overlay)
    /// is reported once.
    /// </summary>
    public static class ComposeLinter
    {
        public static ComposeLintResult Lint(IReadOnlyList<string> composeFiles, LintOptions options, IFileSystem fileSystem) =>
            Lint(composeFiles, options, fileSystem, companions: null);

        /// <summary>
        /// As above; <paramref name="companions"/> are files of <paramref name="composeFiles"/> given only because Compose reads
        /// them with a base beside them (the <c>compose.override.yaml</c> of a listed <c>compose.yaml</c>): merged with that
        /// base when Compose reads them, never linted on their own (a <c>COMPOSE_FILE</c> that leaves them out, audit 133 T133-3).
        /// </summary>
        public static ComposeLintResult Lint(IReadOnlyList<string> composeFiles, LintOptions options, IFileSystem fileSystem, ICollection<string>? companions)
        {
            if (composeFiles is null) throw new ArgumentNullException(nameof(composeFiles));
            fileSystem ??= PhysicalFileSystem.Instance;
            return LintProjects(Projects(composeFiles, fileSystem, () => new ComposeProject(fileSystem), companions), options);
        }

        /// <summary>
        /// The project <c>docker compose</c> reads when run in <paramref name="directory"/> (the .NET project's folder) whose
        /// <c>.env</c> sets <c>COMPOSE_FILE</c> and which holds no base file: the files it lists, interpolated with that
        /// <c>.env</c> first (a folder with a base file is read by <see cref="Lint(IReadOnlyList{string}, LintOptions, IFileSystem)"/>
        /// with its Compose files). An empty result when there is no such project.
        /// </summary>
        /// <param name="optionsFor">The options for the project's first file (its .editorconfig sections).</param>
        public static ComposeLintResult LintWorkingDirectory(string directory, Func<string, LintOptions> optionsFor, IFileSystem fileSystem)
        {
            fileSystem ??= PhysicalFileSystem.Instance;
            var namedAt = new Dictionary<string, NamedFile>(ComposeFiles.PathComparer);
            if (ComposeFiles.DefaultFileNames.Any(name => fileSystem.FileExists(Path.Combine(directory, name)))
                || ComposeFileSetting(directory, fileSystem, namedAt) is not { Count: > 0 } listed)
                return new ComposeLintResult(new List<Finding>(), new List<DockerfileRequest>());
            var project = new ComposeProject(fileSystem) { NamedInComposeFile = namedAt, ComposeFileDirectory = directory };
            return LintProjects(new[] { (listed, project) }, optionsFor(listed[0]));
        }

        private static ComposeLintResult LintProjects(IEnumerable<(List<string> Files, ComposeProject Project)> projects, LintOptions options)
        {
            options ??= LintOptions.Default;
            var builds = new List<DockerfileRequest>();
            // One request per way a Dockerfile is built, naming every service that builds it that way (in any project).
            var buildsByKey = new Dictionary<string, DockerfileRequest>(StringComparer.Ordinal);
            // Across projects too, the same rule at the same span is one finding naming every container it applies to: a
            // file linted on its own can also be included or extended by another project.
            var reported = new FindingSink();
            var embeddedErrors = new HashSet<Text.SourceSpan>();
            foreach (var (files, project) in projects)
            {
                var sink = new FindingSink();
                project.Lint(files, options, sink, request =>
                {
                    if (buildsByKey.TryGetValue(request.Key, out var known)) known.AddContainers(request.Containers);
                    else
                    {
                        buildsByKey.Add(request.Key, request);
                        builds.Add(request);
                    }
                });
                foreach (var finding in sink.ToList()) reported.Merge(finding);
                embeddedErrors.UnionWith(project.EmbeddedParseErrors);
            }
            var findings = OnlyParseErrorsWhereAFileHasOne(new List<Finding>(reported.InReportOrder), embeddedErrors);
            findings.Sort(CompareFindings);
            return new ComposeLintResult(findings, builds);
        }

        /// <summary>The services of the projects as the rules see them (tests and tools); problems go to <paramref name="sink"/>.</summary>
        internal static List<ContainerSpec> ReadContainers(IReadOnlyList<string> composeFiles, IFileSystem fileSystem, FindingSink sink)
        {
            var containers = new List<ContainerSpec>();
            foreach (var (files, project) in Projects(composeFiles, fileSystem, () => new ComposeProject(fileSystem) { OnContainer = containers.Add, RunRules = false }))
                project.Lint(files, LintOptions.Default, sink, _ => { });
            return containers;
        }

        /// <summary>
        /// The projects of the files, each to be linted by the caller before the next is asked for. An overlay that its
        /// base project includes or extends from (<c>include: [compose.db.yaml]</c>) is part of that application, not a
        /// file anyone gives to <c>-f</c>: it is linted alone, as an included file is read.
        /// </summary>
        private static IEnumerable<(List<string> Files, ComposeProject Project)> Projects(IReadOnlyList<string> composeFiles, IFileSystem fileSystem,
            Func<ComposeProject> create, ICollection<string>? companions = null)
        {
            var readByBase = new Dictionary<string, ComposeProject>(ComposeFiles.PathComparer);
            var namedAt = new Dictionary<string, NamedFile>(ComposeFiles.PathComparer);
            foreach (var group in ComposeFiles.Group(composeFiles, directory => ComposeFileSetting(directory, fileSystem, namedAt), companions))
            {
                var files = group.Files;
                if (group.IsOverlay && readByBase.TryGetValue(files[0], out var baseProject) && baseProject.HasRead(files[1]))
                    files = new List<string> { files[1] };
                var project = create();
                project.NamedInComposeFile = namedAt;
                project.ComposeFileDirectory = group.ComposeFileDirectory;
                yield return (files, project);
                if (!group.IsOverlay) readByBase[files[0]] = project;
            }
        }

        /// <summary>
        /// The files <c>COMPOSE_FILE</c> names in the <c>.env</c> of a folder (Compose reads it from the project's
        /// <c>.env</c> as from the environment: compose-go cli.WithConfigFileEnv), split at <c>COMPOSE_PATH_SEPARATOR</c>
        /// (default: the platform's path list separator, <c>:</c> on Linux and macOS, <c>;</c> on Windows), relative to
        /// the folder; null when it does not set it. Then <c>docker compose</c> reads those files, in order, and no override.
        /// Where each file is named in the <c>.env</c> goes to <paramref name="namedAt"/>: a missing one is reported there.
        /// </summary>
        private static List<string>? ComposeFileSetting(string directory, IFileSystem fileSystem, Dictionary<string, NamedFile> namedAt)
        {
            var envPath = Path.Combine(directory, ".env");
            string text;
            Dictionary<string, string> env;
            var valueStarts = new Dictionary<string, int>(StringComparer.Ordinal);
            try
            {
                if (!fileSystem.FileExists(envPath)) return null;
                text = fileSystem.ReadAllText(envPath);
                env = DotEnv.Parse(text, valueStarts);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return null;
            }
            if (!env.TryGetValue("COMPOSE_FILE", out var value) || value.Trim().Length == 0) return null;
            var separator = env.TryGetValue("COMPOSE_PATH_SEPARATOR", out var s) && s.Length > 0 ? s : Path.PathSeparator.ToString();
            var files = new List<string>();
            var written = new ValueText(text, valueStarts["COMPOSE_FILE"]);
            // Not trimmed: compose-go splits with strings.Split and opens each part as it is, so " prod.yaml" is a file
            // name with a blank that Compose does not find.
            foreach (var part in value.Split(new[] { separator }, StringSplitOptions.None))
            {
                if (part.Length == 0) continue;
                var full = ComposeFiles.Normalize(Path.Combine(directory, part));
                if (files.Contains(full, ComposeFiles.PathComparer)) continue;
                files.Add(full);
                if (!namedAt.ContainsKey(full)) namedAt[full] = new NamedFile(part, written.SpanOf(envPath, part));
            }
            return files;
        }

        /// <summary>
        /// A value as written in a <c>.env</c> (to the end of its line, or of its quotes), to locate the names in it: each
        /// name where it is written, or the whole value when it is not written as read (an escape or a variable).
        /// </summary>
        private sealed class ValueText
        {
            private readonly string _text;
            private readonly Text.LineMap _lines;
            private readonly int _start;
            private readonly int _end;
            private int _cursor;

            public ValueText(string text, int start)
            {
                _text = text;
                _lines = new Text.LineMap(text);
                _start = _cursor = start;
                _end = start;
                if (start < text.Length && (text[start] == '"' || text[start] == '\''))
                {
                    // A quoted value may span lines; a double-quoted one ends at a quote no backslash escapes (DotEnv).
                    var quote = text[start];
                    _end = start + 1;
                    while (_end < text.Length && text[_end] != quote) _end += quote == '"' && text[_end] == '\\' ? 2 : 1;
                    _end = Math.Min(text.Length, _end + 1);
                }
                else
                    while (_end < text.Length && text[_end] != '\n' && text[_end] != '\r') _end++;
            }

            public Text.SourceSpan SpanOf(string path, string name)
            {
                var at = _text.IndexOf(name, _cursor, _end - _cursor, StringComparison.Ordinal);
                if (at < 0) return _lines.Span(path, _start, _end);
                _cursor = at + name.Length;
                // A name that starts with the line break of a quoted value that goes on on the next line is shown there.
                var from = at;
                while (from < _cursor - 1 && (_text[from] == '\n' || _text[from] == '\r')) from++;
                return _lines.Span(path, from, _cursor);
            }
        }

        /// <summary>Lints one Compose text (no override, no <c>.env</c> unless the file system has one).</summary>
        public static ComposeLintResult Lint(string path, LintOptions options, IFileSystem fileSystem) =>
            Lint(new[] { path }, options, fileSystem);

        /// <summary>
        /// rules.md CTL9001: "nothing else is reported for that file" — Compose itself rejects a file with a syntax
        /// or type error, so findings in it would describe a configuration that never runs.
        /// </summary>
        private static List<Finding> OnlyParseErrorsWhereAFileHasOne(List<Finding> findings, HashSet<Text.SourceSpan> embedded)
        {
            HashSet<string>? broken = null;
            foreach (var f in findings)
                if (f.Rule.Id == RuleIds.ParseError && !embedded.Contains(f.Span))
                    (broken ??= new HashSet<string>(StringComparer.Ordinal)).Add(f.Span.Path);
            if (broken is null) return findings;
            return findings.FindAll(f => f.Rule.Id == RuleIds.ParseError || !broken.Contains(f.Span.Path));
        }

        private static int CompareFindings(Finding a, Finding b)
        {
            var c = string.CompareOrdinal(a.Span.Path, b.Span.Path);
            if (c != 0) return c;
            c = a.Span.StartLine.CompareTo(b.Span.StartLine);
            if (c != 0) return c;
            c = a.Span.StartColumn.CompareTo(b.Span.StartColumn);
            return c != 0 ? c : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
        }
    }

    /// <summary>A file <c>COMPOSE_FILE</c> names: the name as written, and where.</summary>
    internal sealed class NamedFile
    {
        public NamedFile(string written, Text.SourceSpan span)
        {
            Written = written;
            Span = span;
        }

        public string Written { get; }
        public Text.SourceSpan Span { get; }
    }

    /// <summary>The files of one project as read, and what reading them found wrong.</summary>
    internal sealed class ComposeProject
    {
        // How deep extends chains and include chains are followed: each link is a few stack frames, and a chain past this
        // is reported (CTL9001) rather than followed; Compose has no such limit, but no real file comes near it (audit 102
        // F102-3: at 32 a chain of 33 links was reported as a cycle).
        internal const int MaxDepth = 128;

        private readonly IFileSystem _fileSystem;
        private readonly Dictionary<string, YamlReadResult?> _files = new Dictionary<string, YamlReadResult?>(ComposeFiles.PathComparer);
        private FindingSink _sink = new FindingSink();
        // The services the application defines so far (its own, then those of each include), with the file that defines each.
        private readonly Dictionary<string, string> _servicesDefinedIn = new Dictionary<string, string>(StringComparer.Ordinal);
        // The applications included so far: their files, variables and project folder (see LintIncluded).
        private readonly HashSet<string> _includedApplications = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The services included applications define, for an <c>extends</c> that names one (see <see cref="ResolveExtends"/>).</summary>
        private readonly Dictionary<string, (ComposeValue Services, List<YamlReadResult> Layers)> _includedServices =
            new Dictionary<string, (ComposeValue, List<YamlReadResult>)>(StringComparer.Ordinal);

        /// <summary>
        /// The project directory of each file of the project and of the applications it includes, which their relative
        /// paths (a build context) resolve from: the first file's folder for the project's own files, an include's
        /// <c>project_directory</c> (by default its first file's folder) for its files. A file not here (one a service
        /// <c>extends</c>) resolves from its own folder.
        /// </summary>
        private readonly Dictionary<string, string> _projectDirectories = new Dictionary<string, string>(StringComparer.Ordinal);

        // How each service is defined: the layers (files and documents) its definition is read from with its name there,
        // then the same for each service it extends. Turned into text only when a finding in an anchor may be suppressed
        // for some of its services (WrittenDefinitions).
        // Whether a service of the project extends another: most projects have none, and then no finding needs the per-service
        // look at extends (SuppressExtendedFindingsPerService).
        private bool _anyExtends;

        private readonly Dictionary<string, List<(List<YamlReadResult> Layers, string Name)>> _definedBy =
            new Dictionary<string, List<(List<YamlReadResult>, string)>>(StringComparer.Ordinal);

        public ComposeProject(IFileSystem fileSystem) => _fileSystem = fileSystem;

        public Action<ContainerSpec>? OnContainer { get; set; }

        /// <summary>Where <c>COMPOSE_FILE</c> in a <c>.env</c> names a file: a missing one is reported there, not in a file that is not.</summary>
        public IReadOnlyDictionary<string, NamedFile>? NamedInComposeFile { get; set; }

        /// <summary>The folder whose <c>.env</c> sets <c>COMPOSE_FILE</c> for this project (see <see cref="ProjectEnvironment"/>); null when none does.</summary>
        public string? ComposeFileDirectory { get; set; }
        public bool RunRules { get; set; } = true;

        /// <summary>Whether linting the project read the file (one of its own, or one it includes or extends from).</summary>
        public bool HasRead(string path) => _files.Keys.Any(read => ComposeFiles.PathComparer.Equals(ComposeFiles.Normalize(read), path));

        public void Lint(IReadOnlyList<string> group, LintOptions options, FindingSink sink, Action<DockerfileRequest> addBuild)
        {
            _sink = sink;
            var documents = new List<YamlReadResult>();
            for (var i = 0; i < group.Count; i++)
            {
                var file = Load(group[i], reportMissing: true);
                if (file?.Root is null) continue;
                AddLayers(file, isOverride: i > 0, documents);
            }

            if (documents.Count > 0)
            {
                var projectDirectory = documents[0].Source.Directory;
                foreach (var document in documents)
                    if (!_projectDirectories.ContainsKey(document.Source.Path)) _projectDirectories[document.Source.Path] = projectDirectory;
                var environment = ProjectEnvironment(group[0]);
                var top = Merge(documents);
                var services = top.Services;
                // Each file's includes first (compose-go applies a file's include before merging the next file over it):
                // a service an include brings in and a later file customises is linted there, with the later files merged.
                var including = new List<string>(group);
                var customised = new HashSet<string>(StringComparer.Ordinal);
                var imported = new TopLevel();
                var names = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < documents.Count; i++)
                {
                    AddServiceNames(names, documents[i]);
                    LintIncludes(documents[i], environment, options, addBuild, including, names, After(documents, i), customised, imported, top);
                }
                top.ImportUnder(imported);
                if (services is not null) LintServices(services, documents, top, environment, skip: customised);
                AddDefinedServices(services);
                CheckServices(options, addBuild);
            }

            MarkFindingsInAliasedAnchors(sink);
            KeepRemovalsFromUncoveringOtherValues(sink);

            // Suppression comments of every file of the project (extended files included: findings can sit there).
            var indexes = new Dictionary<string, Suppression.SuppressionIndex>(StringComparer.Ordinal);
            foreach (var file in _files.Values)
            {
                if (file?.Root is null) continue;
                var index = YamlComments.Index(file);
                if (index is null) continue;
                indexes[file.Source.Path] = index;
                index.ReportUnknownRules(sink);
                index.Apply(sink.ToList().Where(f => string.Equals(f.Span.Path, file.Source.Path, StringComparison.Ordinal)));
                SuppressAnchoredFindingsPerService(sink, file, index);
            }
            SuppressInheritedFindingsPerService(sink, indexes);
            SuppressExtendedFindingsPerService(sink, indexes);
            KeepSharedAdditionsToServicesThatReportThem(sink);
        }

        /// <summary>
        /// A finding written in a service that others <c>extends</c> (<c>(in b, c)</c>), which no comment over it suppresses, is
        /// suppressed for each service whose own comments cover its <c>extends</c> (over it, at the end of its line or over the
        /// service: docs/rules/README.md, "for a service that extends another, that service's comments"), as for an anchor's
        /// aliases: for every service, it is suppressed; for some, it names only the others, without a fix, which would change
        /// the setting for the suppressing services too (audit 136 X136-1).
        /// </summary>
        private void SuppressExtendedFindingsPerService(FindingSink sink, Dictionary<string, Suppression.SuppressionIndex> indexes)
        {
            if (!_anyExtends || indexes.Count == 0) return;
            foreach (var finding in sink.InReportOrder)
            {
                if (finding.IsSuppressed || finding.Containers.Count == 0 || !finding.Span.HasOffsets || finding.Rule.Id == RuleIds.ParseError) continue;
                SuppressionInfo? first = null;
                HashSet<string>? covered = null;
                foreach (var service in finding.Containers)
                {
                    if (CoveringExtends(service, finding, indexes) is not { } by) continue;
                    first ??= by;
                    (covered ??= new HashSet<string>(StringComparer.Ordinal)).Add(service);
                }
                if (covered is not null) SuppressFor(finding, covered, first!);
            }
        }

        /// <summary>
        /// Suppresses the finding for the services a comment covers it for: for all of them, it is suppressed (by
        /// <paramref name="first"/>); for some, it names only the others, without a fix, which would change the setting for
        /// the covered ones too.
        /// </summary>
        private static void SuppressFor(Finding finding, HashSet<string> covered, SuppressionInfo first)
        {
            var named = finding.Containers.Where(service => !covered.Contains(service)).ToList();
            if (named.Count == 0)
            {
                finding.SuppressAll(first);
                return;
            }
            finding.AddSuppressedPart(finding.Containers.Where(covered.Contains), first);
            finding.Containers.Clear();
            finding.Containers.AddRange(named);
            // Named even when one service is left: the finding is not that service's alone.
            finding.InSharedText = true;
            finding.RemoveFix();
        }

        /// <summary>
        /// The comment that covers the <c>extends</c> of the service's own definition for the finding's rule, when the finding
        /// is not written in that definition itself (a comment there would have suppressed it already); null otherwise.
        /// </summary>
        private SuppressionInfo? CoveringExtends(string service, Finding finding, Dictionary<string, Suppression.SuppressionIndex> indexes)
        {
            if (!_definedBy.TryGetValue(service, out var definedBy)) return null;
            SuppressionInfo? by = null;
            // Its own definitions come first (each layer's), then those of the services it extends.
            foreach (var (layers, name) in definedBy)
            {
                if (!string.Equals(name, service, StringComparison.Ordinal)) break;
                foreach (var layer in layers)
                {
                    if (layer.Root is not YamlMapping root || ServicesOf(root) is not { } services || !services.TryGetOwn(name, out var entry)) continue;
                    if (string.Equals(layer.Source.Path, finding.Span.Path, StringComparison.Ordinal)
                        && finding.Span.StartOffset >= entry.Key.StartOffset && finding.Span.EndOffset <= Math.Max(entry.Key.EndOffset, entry.Value.EndOffset))
                        return null;
                    if (entry.Value is not YamlMapping definition || !indexes.TryGetValue(layer.Source.Path, out var index)) continue;
                    foreach (var key in definition.Entries)
                    {
                        if (key.KeyText != "extends") continue;
                        // Over extends: or at the end of its line, and in its block form over its entries (audit 137 Q137-2).
                        if (index.Find(finding.Rule.Id, key.Key.Span) is { } found) by ??= found;
                        if (key.Value is YamlMapping block)
                            foreach (var inner in block.Entries)
                                if (index.Find(finding.Rule.Id, inner.Key.Span) is { } innerFound) by ??= innerFound;
                    }
                }
            }
            return by;
        }

        /// <summary>
        /// A finding on a mount services take through <c>volumes_from</c> that no comment over the mount suppresses is
        /// suppressed for each service whose comments cover the entries it comes through (over the entry, at the end of its
        /// line, over <c>volumes_from:</c> or over the service), as for an anchor's aliases: for every service, it is
        /// suppressed; for some, it names only the others, without a fix (the fix would change the mount for those too).
        /// </summary>
        private void SuppressInheritedFindingsPerService(FindingSink sink, Dictionary<string, Suppression.SuppressionIndex> indexes)
        {
            if (_inheritedMounts.IsEmpty || indexes.Count == 0) return;
            var covering = new Dictionary<(VolumesFrom.Route, string), SuppressionInfo?>();
            foreach (var finding in sink.InReportOrder)
            {
                if (finding.IsSuppressed || finding.Containers.Count == 0 || finding.Rule.Id == RuleIds.ParseError) continue;
                // At a read-only entry: covered where every mount it comes from is written; where some are, without their values.
                if (_inheritedMounts.WrittenAt(finding.Span, finding.Rule.Id) is { } written)
                {
                    SuppressionInfo? atMounts = null;
                    List<string>? coveredValues = null;
                    foreach (var (place, evidence) in written)
                        if ((indexes.TryGetValue(place.Path, out var index) ? index.Find(finding.Rule.Id, place) : null) is { } by)
                        {
                            atMounts ??= by;
                            (coveredValues ??= new List<string>()).Add(evidence);
                        }
                    if (coveredValues is not null && coveredValues.Count == written.Count)
                    {
                        finding.Suppression = atMounts;
                        continue;
                    }
                    if (coveredValues is not null)
                        foreach (var evidence in coveredValues) finding.RemoveValue(evidence);
                }
                SuppressionInfo? first = null;
                HashSet<string>? covered = null;
                foreach (var service in finding.Containers)
                {
                    if (_inheritedMounts.RoutesTo(service, finding.Span) is not { } routes
                        || CoveringComment(routes, finding.Rule.Id, indexes, covering) is not { } by)
                        continue;
                    first ??= by;
                    (covered ??= new HashSet<string>(StringComparer.Ordinal)).Add(service);
                }
                if (covered is not null) SuppressFor(finding, covered, first!);
            }
        }

        /// <summary>The comment that covers a rule on every way (each a chain of entries) a mount reaches a service; null if one way has none.</summary>
        private static SuppressionInfo? CoveringComment(List<VolumesFrom.Route> routes, string rule, Dictionary<string, Suppression.SuppressionIndex> indexes,
            Dictionary<(VolumesFrom.Route, string), SuppressionInfo?> covering)
        {
            SuppressionInfo? first = null;
            foreach (var route in routes)
            {
                if (FirstCovering(route, rule, indexes, covering) is not { } by) return null;
                first ??= by;
            }
            return first;
        }

        /// <summary>
        /// The first comment over an entry of the route that covers the rule. The services of a chain share the rest of their
        /// routes, so each entry's answer is kept: walked for every service, a chain took time quadratic in its length.
        /// </summary>
        private static SuppressionInfo? FirstCovering(VolumesFrom.Route route, string rule, Dictionary<string, Suppression.SuppressionIndex> indexes,
            Dictionary<(VolumesFrom.Route, string), SuppressionInfo?> covering)
        {
            var walked = new List<VolumesFrom.Route>();
            SuppressionInfo? found = null;
            for (var node = route; node is not null; node = node.Rest)
            {
                if (covering.TryGetValue((node, rule), out found)) break;
                walked.Add(node);
                found = indexes.TryGetValue(node.Entry.Path, out var index) ? index.Find(rule, node.Entry) : null;
                if (found is not null) break;
            }
            foreach (var node in walked) covering[(node, rule)] = found;
            return found;
        }

        /// <summary>
        /// A fix that adds a setting to a service writes into a node other services can share: the list an alias or a merge
        /// key brings in (<c>security_opt: *sec</c>, <c>&lt;&lt;: *hardening</c>), or the mapping of a service another one is
        /// an alias of (<c>web-canary: *web</c>). It is kept only when every service sharing that node reports the same
        /// finding, not suppressed: otherwise it would change a service whose comment opted out of the rule (audit 20, M2),
        /// as a fix inside an anchor is not made then either (<see cref="AnchorSuppressions"/>).
        /// </summary>
        private void KeepSharedAdditionsToServicesThatReportThem(FindingSink sink)
        {
            List<Finding>? additions = null;
            foreach (var finding in sink.InReportOrder)
                if (finding.Fix is { Kind: FixKind.AddSetting, Key: not null } && !finding.IsSuppressed && finding.Span.HasOffsets)
                    (additions ??= new List<Finding>()).Add(finding);
            if (additions is null) return;
            var reported = new HashSet<(string Path, int At, string Rule)>();
            foreach (var finding in additions) reported.Add((finding.Span.Path, (finding.Fix!.Target ?? finding.Span).StartOffset, finding.Rule.Id));
            // Per file and key, the services each node an addition may write into reaches: worked out once, not per finding
            // (a file of thousands of services has thousands of these findings per rule).
            var reach = new Dictionary<(YamlReadResult File, string Key), (Dictionary<int, YamlMapping> Services, Dictionary<YamlNode, List<YamlScalar>> Users)>();
            var allReport = new Dictionary<(YamlNode Target, string Rule), bool>();
            foreach (var finding in additions)
            {
                if (!_files.TryGetValue(finding.Span.Path, out var file) || file is null) continue;
                var key = SettingKeys.ComposeKeyOf(finding.Fix!.Key!);
                if (!reach.TryGetValue((file, key), out var known)) reach[(file, key)] = known = Reach(file, key);
                var at = (finding.Fix.Target ?? finding.Span).StartOffset;
                if (!known.Services.TryGetValue(at, out var service)) continue;
                var target = YamlEditor.AdditionTarget(service, key);
                if (!known.Users.TryGetValue(target, out var users)) continue;
                // Whether every service the node reaches reports the rule: the same answer for each of them.
                if (!allReport.TryGetValue((target, finding.Rule.Id), out var all))
                    allReport[(target, finding.Rule.Id)] = all = users.TrueForAll(user => reported.Contains((finding.Span.Path, user.StartOffset, finding.Rule.Id)));
                if (!all) finding.RemoveFix();
            }
        }

        /// <summary>
        /// The services written in the file (each document's <c>services</c>, or a legacy file's top level) by where their key
        /// starts, and for each node a setting <paramref name="key"/> may be added to, the services it reaches: the one its
        /// addition goes to (<see cref="YamlEditor.AdditionTarget"/>), and a mapping it merges that would give it the key.
        /// </summary>
        private static (Dictionary<int, YamlMapping> Services, Dictionary<YamlNode, List<YamlScalar>> Users) Reach(YamlReadResult file, string key)
        {
            var services = new Dictionary<int, YamlMapping>();
            var users = new Dictionary<YamlNode, List<YamlScalar>>();
            void Add(YamlNode target, YamlScalar service)
            {
                if (!users.TryGetValue(target, out var list)) users[target] = list = new List<YamlScalar>();
                list.Add(service);
            }
            void AddMerged(YamlMapping mapping, YamlScalar service, int depth)
            {
                if (depth >= YamlReader.MaxDepth) return;
                foreach (var source in mapping.MergeSources)
                {
                    Add(source, service);
                    AddMerged(source, service, depth + 1);
                }
            }
            foreach (var document in file.Documents)
                if (document is YamlMapping root && ServicesOf(root) is { } written)
                {
                    foreach (var entry in written.Entries)
                    {
                        if (entry.Key is not YamlScalar name || entry.Value is not YamlMapping mapping) continue;
                        services[name.StartOffset] = mapping;
                        Add(YamlEditor.AdditionTarget(mapping, key), name);
                        if (mapping.Get(key) is null) AddMerged(mapping, name, 0);
                    }
                    // A service that extends another of the file without the key of its own gets what is added there (audit
                    // 136 X136-2), and what is added to the one that one extends in turn (audit 137 Q137-1): it shares their
                    // mappings as an alias would.
                    foreach (var entry in written.Entries)
                    {
                        if (entry.Key is not YamlScalar name || entry.Value is not YamlMapping mapping || mapping.Get(key) is not null) continue;
                        var seen = new HashSet<string>(StringComparer.Ordinal) { name.Value };
                        for (var current = mapping; seen.Count <= MaxDepth && ExtendedInTheSameFile(current) is { } extended && seen.Add(extended)
                                 && written.Get(extended) is YamlMapping extendedMapping;
                             current = extendedMapping)
                        {
                            Add(YamlEditor.AdditionTarget(extendedMapping, key), name);
                            if (extendedMapping.Get(key) is not null) break;
                        }
                    }
                }
            return (services, users);
        }

        /// <summary>The service a definition <c>extends</c> in its own file (<c>extends: b</c>, <c>extends: { service: b }</c>); null for another file's, or none.</summary>
        private static string? ExtendedInTheSameFile(YamlMapping definition) => definition.Get("extends") switch
        {
            YamlScalar { Value: { } service } => service,
            YamlMapping extends when extends.Get("file") is null && extends.Get("service") is YamlScalar { Value: { } service } => service,
            _ => null,
        };

        /// <summary>
        /// A fix that removes a service's key (<c>privileged: true</c>, <c>pid: host</c>) when the service has another value
        /// for it (in the file an override overrides, a service it <c>extends</c>, a merge key) would let that value through:
        /// the container would stay as it was, and a suppression written for the other value could hide it. CTL1003 then
        /// sets <c>false</c> (its other fix in rules.md, which holds whatever is inherited); the others are not fixed. The same
        /// for a value in an anchor, where a service that merges it gets the key from elsewhere too.
        /// </summary>
        private void KeepRemovalsFromUncoveringOtherValues(FindingSink sink)
        {
            Dictionary<YamlReadResult, Dictionary<int, YamlScalar>>? scalarsByFile = null;
            foreach (var finding in sink.InReportOrder)
            {
                if (finding.Fix is not { Kind: FixKind.RemoveEntry, Target: null } || finding.Containers.Count == 0 || !finding.Span.HasOffsets
                    || !_files.TryGetValue(finding.Span.Path, out var file) || file is null)
                    continue;
                scalarsByFile ??= new Dictionary<YamlReadResult, Dictionary<int, YamlScalar>>();
                if (!scalarsByFile.TryGetValue(file, out var scalars))
                {
                    scalarsByFile[file] = scalars = new Dictionary<int, YamlScalar>();
                    foreach (var s in file.Scalars)
                        if (!scalars.ContainsKey(s.StartOffset)) scalars[s.StartOffset] = s;
                }
                if (!scalars.TryGetValue(finding.Span.StartOffset, out var scalar)) continue;
                // A value in an anchor the services merge (x-p: &p { privileged: true }, <<: *p) is their key of that name.
                var keys = KeysFromService(scalar)
                    ?? (finding.InSharedText && scalar.Parent is YamlMapping && scalar.EntryKey is { } key ? new List<string> { key } : null);
                if (keys is null)
                {
                    // A list item (cap_add, devices, security_opt, volumes) another definition of the service writes too.
                    if (ListItemOfService(scalar) is { } listed && finding.Containers.Any(service => HasSameItem(service, listed.Keys, listed.Item)))
                        finding.RemoveFix();
                    continue;
                }
                var uncovers = false;
                foreach (var service in finding.Containers)
                    if (HasOtherValue(service, keys, scalar)) uncovers = true;
                if (!uncovers) continue;
                if (finding.Rule.Id == RuleIds.Privileged) finding.ReplaceFix(FixIntent.SetValue("false"));
                else finding.RemoveFix();
            }
        }

        /// <summary>The keys from a service's mapping down to a mapping value (<c>[privileged]</c>, <c>[build, privileged]</c>); null for a list item or deeper.</summary>
        private static List<string>? KeysFromService(YamlNode value)
        {
            var keys = new List<string>();
            for (YamlNode node = value; keys.Count < 3; )
            {
                if (node.Parent is not YamlMapping owner || node.EntryKey is not { } key) return null;
                keys.Insert(0, key);
                if (owner.Parent is YamlMapping services && owner.EntryKey is not null && (IsServicesMapping(services) || IsLegacyFormat(services)))
                    return keys;
                node = owner;
            }
            return null;
        }

        /// <summary>
        /// The item of a service's list that holds <paramref name="value"/> (the item itself, or the long-syntax mapping it
        /// is a value of), with the keys from the service down to the list; null elsewhere.
        /// </summary>
        private static (YamlNode Item, List<string> Keys)? ListItemOfService(YamlNode value)
        {
            var item = value.Parent is YamlMapping { Parent: YamlSequence } longSyntax ? longSyntax : value;
            if (item.Parent is not YamlSequence list || KeysFromService(list) is not { } keys) return null;
            return (item, keys);
        }

        /// <summary>
        /// Whether a definition of the service in another list (another layer, a service it extends) has an item Compose
        /// merges with <paramref name="item"/>: the same value, or for <c>volumes</c> the same target
        /// (https://docs.docker.com/reference/compose-file/merge/). Removing one would leave the other in the container.
        /// </summary>
        private bool HasSameItem(string service, List<string> keys, YamlNode item)
        {
            if (!_definedBy.TryGetValue(service, out var definedBy)) return false;
            var key = keys[keys.Count - 1];
            foreach (var (layers, name) in definedBy)
                foreach (var layer in layers)
                {
                    if (layer.Root is not YamlMapping root) continue;
                    var owner = ServicesOf(root)?.Get(name) as YamlMapping;
                    for (var i = 0; i < keys.Count - 1 && owner is not null; i++) owner = owner.Get(keys[i]) as YamlMapping;
                    if (owner?.Get(key) is not YamlSequence list || ReferenceEquals(list, item.Parent)) continue;
                    // The item itself through an alias (`- *s`) is not another: the fix removes every alias of it.
                    foreach (var other in list.Items)
                        if (!ReferenceEquals(other, item) && IsSameItem(key, other, item)) return true;
                }
            return false;
        }

        private static bool IsSameItem(string key, YamlNode a, YamlNode b)
        {
            if (key == "volumes")
                return VolumeSyntax.TargetOf(ComposeValue.Of(a)) is { } target && target == VolumeSyntax.TargetOf(ComposeValue.Of(b));
            return a is YamlScalar x && b is YamlScalar y && x.Value == y.Value;
        }

        /// <summary>The <c>services</c> mapping of a document.</summary>
        internal static bool IsServicesMapping(YamlMapping mapping) =>
            mapping.Parent is YamlMapping { Parent: null } && mapping.EntryKey == "services";

        /// <summary>Whether a definition of the service (any layer, any service it extends) gives the key a value other than <paramref name="value"/>.</summary>
        private bool HasOtherValue(string service, List<string> keys, YamlNode value)
        {
            if (!_definedBy.TryGetValue(service, out var definedBy)) return false;
            foreach (var (layers, name) in definedBy)
                foreach (var layer in layers)
                {
                    if (layer.Root is not YamlMapping root) continue;
                    var services = ServicesOf(root);
                    if (services?.Get(name) is not YamlMapping definition) continue;
                    var owner = definition;
                    for (var i = 0; i < keys.Count - 1 && owner is not null; i++) owner = owner.Get(keys[i]) as YamlMapping;
                    if (owner is not null && DefinesOtherwise(owner, keys[keys.Count - 1], value, 0)) return true;
                }
            return false;
        }

        /// <summary>Whether the mapping, or one it merges (<c>&lt;&lt;</c>), sets the key to a node other than <paramref name="value"/>.</summary>
        private static bool DefinesOtherwise(YamlMapping mapping, string key, YamlNode value, int depth)
        {
            foreach (var entry in mapping.Entries)
                if (entry.KeyText == key && !ReferenceEquals(entry.Value, value)) return true;
            if (depth < YamlReader.MaxDepth)
                foreach (var source in mapping.MergeSources)
                    if (DefinesOtherwise(source, key, value, depth + 1)) return true;
            return false;
        }

        /// <summary>
        /// A finding in an anchor that no comment over it suppresses is suppressed for each service whose own comments
        /// cover the way the anchor reaches it (<see cref="AnchorSuppressions"/>): for every service, it is suppressed;
        /// for some, it names only the others.
        /// </summary>
        private void SuppressAnchoredFindingsPerService(FindingSink sink, YamlReadResult file, Suppression.SuppressionIndex index)
        {
            if (file.Aliases.Count == 0) return;
            foreach (var finding in sink.InReportOrder)
            {
                if (!finding.InSharedText || finding.IsSuppressed || finding.Containers.Count == 0 || !finding.Span.HasOffsets
                    || finding.Rule.Id == RuleIds.ParseError || !string.Equals(finding.Span.Path, file.Source.Path, StringComparison.Ordinal))
                    continue;
                AnchorSuppressions.Apply(finding, file, index, service => WrittenDefinitions(service, file));
            }
        }

        /// <summary>
        /// Where a service is written in <paramref name="file"/>: each entry of a <c>services</c> mapping (or of the top
        /// level of a legacy file) that defines it or a service it extends, from its key to the end of its value (or of
        /// the alias that is its value: <c>b: *a</c>).
        /// </summary>
        private IEnumerable<(int Start, int End)> WrittenDefinitions(string service, YamlReadResult file)
        {
            if (!_definedBy.TryGetValue(service, out var definedBy)) yield break;
            foreach (var (layers, name) in definedBy)
                foreach (var layer in layers)
                {
                    if (!string.Equals(layer.Source.Path, file.Source.Path, StringComparison.Ordinal) || layer.Root is not YamlMapping root) continue;
                    var services = ServicesOf(root);
                    // Looked up by name, and the alias that is its value found after its key: a walk over every service, and
                    // every alias, for each service a finding names took time in the square of the services (audit 109 C109-4).
                    if (services is null || !services.TryGetOwn(name, out var entry) || entry.Key is not YamlScalar key) continue;
                    var end = key.EndOffset;
                    var value = entry.Value;
                    if (ReferenceEquals(value.Parent, services) && value.StartOffset > key.StartOffset) end = Math.Max(end, value.EndOffset);
                    else
                        for (var i = FirstAliasFrom(file.Aliases, key.EndOffset); i < file.Aliases.Count; i++)
                        {
                            var alias = file.Aliases[i];
                            if (!ReferenceEquals(alias.Parent, services)) continue;
                            if (ReferenceEquals(alias.Key, key)) end = Math.Max(end, alias.At.EndOffset);
                            break;
                        }
                    yield return (key.StartOffset, end);
                }
        }

        /// <summary>The first of the aliases (in text order) written at or after <paramref name="offset"/>.</summary>
        private static int FirstAliasFrom(List<YamlAlias> aliases, int offset)
        {
            int low = 0, high = aliases.Count;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (aliases[middle].At.StartOffset < offset) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        /// <summary>The top-level elements of a project the services refer to, each merged over its files in order.</summary>
        private sealed class TopLevel
        {
            public ComposeValue? Services;
            public ComposeValue? Volumes;
            public ComposeValue? Networks;
            public ComposeValue? Secrets;
            public ComposeValue? Configs;

            /// <summary>Adds an included application's resources (a later include's win over an earlier one's).</summary>
            public void ImportOver(TopLevel included)
            {
                Volumes = Combine(Volumes, included.Volumes);
                Networks = Combine(Networks, included.Networks);
                Secrets = Combine(Secrets, included.Secrets);
                Configs = Combine(Configs, included.Configs);
            }

            /// <summary>
            /// Brings in what the included applications define (compose-go ApplyInclude, importResources: an included
            /// volume, network, secret or config joins the including model), with the project's own of the same name merged
            /// over it: compose-go applies a file's includes before the next file (an override) is merged over the model,
            /// so an override's `volumes: { libproc: { driver_opts: { o: bind } } }` changes the included volume. (The same
            /// name in the including file itself is a conflict Compose refuses.)
            /// </summary>
            public void ImportUnder(TopLevel imported)
            {
                Volumes = MergeOver(imported.Volumes, Volumes, "volumes");
                Networks = MergeOver(imported.Networks, Networks, "networks");
                Secrets = MergeOver(imported.Secrets, Secrets, "secrets");
                Configs = MergeOver(imported.Configs, Configs, "configs");
            }

            private static ComposeValue? MergeOver(ComposeValue? under, ComposeValue? over, string key) =>
                over is null || !over.IsMapping ? under : under is null || !under.IsMapping ? over : ComposeMerger.MergeMaps(under, over, key);

            /// <summary>Both sets of resources; one of the same name in <paramref name="then"/> replaces the first's (not merged into it).</summary>
            private static ComposeValue? Combine(ComposeValue? first, ComposeValue? then)
            {
                if (then is null || !then.IsMapping) return first;
                if (first is null || !first.IsMapping) return then;
                var combined = new ComposeMap(then.Anchor);
                foreach (var entry in first.Entries()) combined.Set(entry);
                foreach (var entry in then.Entries()) combined.Set(entry);
                return combined;
            }
        }

        /// <summary>The services and top-level volumes, networks, secrets and configs of a base file and its overrides, merged in order.</summary>
        /// <remarks>
        /// A map or list merged here, at any depth, is made once and then merged into in place: a new one for each document
        /// would copy every service merged so far, or every variable of the one service each document adds to, quadratic
        /// in the number of documents (a file of thousands of <c>---</c> documents). What these merges make is held by the
        /// result alone; the <c>extends</c> and <c>include</c> merges after it copy.
        /// </remarks>
        private static TopLevel Merge(List<YamlReadResult> documents)
        {
            var top = new TopLevel();
            var made = new HashSet<ComposeValue>();
            foreach (var doc in documents)
            {
                var root = ComposeValue.Of(doc.Root!);
                if (IsLegacyFormat((YamlMapping)doc.Root!))
                    top.Services = MergeOver(top.Services, root, "services", made);
                else if (root.Get("services") is { } s && s.IsMapping)
                    top.Services = MergeOver(top.Services, s, "services", made);
                top.Volumes = MergeTopLevel(top.Volumes, root, "volumes", made);
                top.Networks = MergeTopLevel(top.Networks, root, "networks", made);
                top.Secrets = MergeTopLevel(top.Secrets, root, "secrets", made);
                top.Configs = MergeTopLevel(top.Configs, root, "configs", made);
            }
            return top;
        }

        private static ComposeValue? MergeTopLevel(ComposeValue? merged, ComposeValue root, string key, HashSet<ComposeValue> made) =>
            root.Get(key) is { } v && v.IsMapping ? MergeOver(merged, v, key, made) : merged;

        /// <summary><paramref name="over"/> merged over <paramref name="merged"/>: into it when <see cref="Merge"/> made it, else into a new map.</summary>
        private static ComposeValue MergeOver(ComposeValue? merged, ComposeValue over, string key, HashSet<ComposeValue> made) =>
            merged is null ? over : ComposeMerger.MergeMaps(merged, over, key, made);

        /// <summary>
        /// Adds the services a document defines to <paramref name="names"/>, each with the file defining it (a later one
        /// replaces an earlier one): added document by document, the names are those of the documents so far, without
        /// reading every earlier document again for each (a file of 40,000 documents took 30 s that way).
        /// </summary>
        private static void AddServiceNames(Dictionary<string, string> names, YamlReadResult document)
        {
            if (document.Root is YamlMapping root && ServicesOf(root) is { } services)
                foreach (var entry in services.Entries)
                    if (entry.KeyText is { } name && name != "<<") names[name] = document.Source.Path;
        }

        /// <summary>The documents after the one at <paramref name="index"/>, read when used (most documents include nothing).</summary>
        private static IEnumerable<YamlReadResult> After(List<YamlReadResult> documents, int index)
        {
            for (var i = index + 1; i < documents.Count; i++) yield return documents[i];
        }

        private sealed class ReadService
        {
            public ReadService(string name, ComposeValue resolved, ContainerSpec spec, IReadOnlyDictionary<string, string> environment, ExpansionBudget budget)
            {
                Name = name;
                Resolved = resolved;
                Spec = spec;
                Environment = environment;
                Budget = budget;
            }

            public string Name { get; }
            public ComposeValue Resolved { get; }
            public ContainerSpec Spec { get; }
            public IReadOnlyDictionary<string, string> Environment { get; }
            public ExpansionBudget Budget { get; }
        }

        /// <summary>The services <see cref="LintServices"/> has read and <see cref="CheckServices"/> has not yet checked.</summary>
        private readonly List<ReadService> _read = new List<ReadService>();

        /// <summary>The mounts services take through <c>volumes_from</c>, for their suppression comments (<see cref="SuppressInheritedFindingsPerService"/>).</summary>
        private readonly VolumesFrom.Inheritance _inheritedMounts = new VolumesFrom.Inheritance();

        /// <summary>Reads the services (checked with the others by <see cref="CheckServices"/>).</summary>
        private void LintServices(ComposeValue services, List<YamlReadResult> layers, TopLevel top, IReadOnlyDictionary<string, string> environment,
            ISet<string>? skip = null)
        {
            var reader = new ServiceReader(environment, top.Volumes, Error)
            {
                ProjectDirectoryOf = source => _projectDirectories.TryGetValue(source.Path, out var directory) ? directory : null,
                TopLevelNetworks = top.Networks,
                TopLevelSecrets = top.Secrets,
                TopLevelConfigs = top.Configs,
            };
            _extendsEnvironment = environment;
            var extending = ExtendingDefinitions(layers);
            foreach (var entry in services.Entries())
            {
                if (skip is not null && skip.Contains(entry.Name)) continue;
                var definition = entry.Value;
                if (definition.Scalar is { IsNull: true }) definition = new ComposeMap(definition.Anchor);
                if (!definition.IsMapping)
                {
                    Error(definition.Anchor, "service '" + entry.Name + "' must be a mapping, not " + (definition.IsList ? "a list" : "a scalar"));
                    continue;
                }
                var definedBy = new List<(List<YamlReadResult>, string)>();
                var resolved = extending is not null && extending.TryGetValue(entry.Name, out var perLayer)
                    ? ResolveExtendsPerLayer(entry.Name, perLayer, layers, definedBy)
                    : ResolveExtends(entry.Name, definition, services, layers, definedBy, new HashSet<string>(StringComparer.Ordinal), 0);
                if (_definedBy.TryGetValue(entry.Name, out var known)) known.AddRange(definedBy);
                else _definedBy[entry.Name] = definedBy;
                if (resolved is null) continue;
                var declaration = (YamlNode?)entry.Key ?? definition.Anchor;
                _read.Add(new ReadService(entry.Name, resolved, reader.Read(entry.Name, declaration, resolved), environment, reader.Budget));
            }
        }

        /// <summary>
        /// Checks the services read (<see cref="LintServices"/>): those of the application and of every application it
        /// includes together, as one service's <c>volumes_from</c> may name a service of another (<see cref="VolumesFrom"/>).
        /// </summary>
        private void CheckServices(LintOptions options, Action<DockerfileRequest> addBuild)
        {
            var read = _read.ToArray();
            _read.Clear();
            var remoded = VolumesFrom.Inherit(Array.ConvertAll(read, r => r.Spec), _inheritedMounts);
            foreach (var service in read)
            {
                var (name, resolved, spec, environment, budget) = (service.Name, service.Resolved, service.Spec, service.Environment, service.Budget);
                OnContainer?.Invoke(spec);
                if (RunRules)
                {
                    RuleEngine.Check(spec, options, _sink);
                    foreach (var process in spec.Processes) RuleEngine.Check(process, options, _sink);
                    if (remoded.TryGetValue(name, out var view)) CheckReadOnlyView(view, options);
                }
                if (RunRules && resolved.Get("build") is { IsMapping: true } build && build.Get("dockerfile_inline") is { } inline
                    && InlineDockerfile.IsGiven(inline, environment, budget))
                    LintInlineDockerfile(name, inline, spec.Build, environment, budget, options);
                if (spec.Build?.DockerfilePath is { } dockerfile)
                {
                    var request = new DockerfileRequest(dockerfile, spec.Build.Target?.Value, KnownArgs(spec.Build), spec.Build.Target?.Span,
                        UnknownArgs(spec.Build));
                    request.Containers.Add(name);
                    addBuild(request);
                }
            }
        }

        /// <summary>
        /// The mounts a <c>volumes_from</c> entry makes read-only (<see cref="VolumesFrom"/>): what their mode decides is
        /// reported at the entry, without a fix, which would edit the entry as if it were a mount; what it does not (their
        /// propagation, their options) where it is written, naming the service, with its fix. The view holds nothing but
        /// mounts: what it lacks otherwise (<c>read_only</c>, <c>cap_drop</c>) is the service's to report.
        /// </summary>
        private void CheckReadOnlyView(ContainerSpec view, LintOptions options)
        {
            // Mount by mount first, to learn the written mounts each finding at the entry comes from (their suppression
            // comments cover it there too); then all together, so that one finding names every value found at the entry.
            foreach (var mount in view.Mounts)
            {
                var one = new ContainerSpec(view.Name, view.Declaration);
                one.Mounts.Add(mount);
                var ofOne = new FindingSink();
                RuleEngine.Check(one, options, ofOne);
                foreach (var finding in ofOne.InReportOrder)
                    if (mount.Span.Equals(finding.Span)) _inheritedMounts.ReportedAtEntry(finding.Span, finding.Rule.Id, mount, finding.Evidence);
            }
            var found = new FindingSink();
            RuleEngine.Check(view, options, found);
            foreach (var finding in found.ToList())
            {
                var atEntry = false;
                var ofMount = false;
                foreach (var mount in view.Mounts)
                {
                    atEntry |= mount.Span.Equals(finding.Span);
                    ofMount |= VolumesFrom.Inheritance.Holds(mount, finding.Span);
                }
                if (!ofMount) continue;
                if (atEntry) finding.RemoveFix();
                _sink.Merge(finding);
            }
        }

        /// <summary>
        /// <c>build.dockerfile_inline</c> (compose-spec build.md: the Dockerfile content given inline, in place of
        /// <c>dockerfile</c>): linted as the service's Dockerfile, with the build's target and args, its findings placed in
        /// the Compose file (<see cref="InlineDockerfile"/>: line for line in a literal block, else at the scalar).
        /// </summary>
        private void LintInlineDockerfile(string service, ComposeValue inline, BuildSpec? build, IReadOnlyDictionary<string, string> environment,
            ExpansionBudget budget, LintOptions options)
        {
            if (inline.Scalar is not { } scalar)
            {
                Error(inline.Anchor, "'build.dockerfile_inline' must be a string, not " + (inline.IsMapping ? "a mapping" : "a list"));
                return;
            }
            var dockerfile = InlineDockerfile.Read(scalar, environment, budget);
            if (dockerfile.Error is not null)
            {
                Error(scalar, "invalid interpolation: " + dockerfile.Error);
                return;
            }
            var request = new DockerfileRequest(scalar.Source.Path, build?.Target?.Value, KnownArgs(build), build?.Target?.Span, UnknownArgs(build))
            {
                UnknownVariables = dockerfile.UnknownVariables,
            };
            foreach (var finding in Dockerfiles.DockerfileLinter.Lint(dockerfile.Text, request, options))
            {
                // A target that names no stage is reported at the target: value, already a place in the Compose file.
                var placed = _sink.Add(ReferenceEquals(finding.Span, request.TargetSpan) ? finding : dockerfile.Map(finding), service);
                // A Dockerfile that does not parse is that Dockerfile's CTL9001, not the Compose file's: the rest of the
                // file is still read by Compose and still reported.
                if (placed.Rule.Id == RuleIds.ParseError) EmbeddedParseErrors.Add(placed.Span);
            }
        }

        /// <summary>The build args with a value the linter knows.</summary>
        private static Dictionary<string, string> KnownArgs(BuildSpec? build)
        {
            var args = new Dictionary<string, string>(StringComparer.Ordinal);
            if (build is not null)
                foreach (var a in build.Args)
                    if (a.Value is not null) args[a.Key] = a.Value;
            return args;
        }

        /// <summary>
        /// The build args whose value the linter does not know: <c>args: [BASE]</c>, which Compose takes from its environment
        /// (the shell's, when the .env file does not set it), or a value with such a variable. Passed as docker build
        /// passes <c>--build-arg BASE</c> (audit 50 F5): the ARG's value is not known, not its default.
        /// </summary>
        private static List<string> UnknownArgs(BuildSpec? build)
        {
            var names = new List<string>();
            if (build is not null)
                foreach (var a in build.Args)
                    if (a.Value is null) names.Add(a.Key);
            return names;
        }

        /// <summary>Where the CTL9001 of an inline Dockerfile that does not parse are reported.</summary>
        public HashSet<Text.SourceSpan> EmbeddedParseErrors { get; } = new HashSet<Text.SourceSpan>();

        /// <summary>
        /// Top-level <c>include</c> (compose-spec include.md): each entry is a Compose application of its own, read from
        /// its <c>path</c> (several paths merge as overrides), interpolated from its own <c>.env</c> (in
        /// <c>project_directory</c>, by default the first path's directory) or its <c>env_file</c>s, and its services run
        /// alongside this file's. Included files may include others; <paramref name="including"/> is the chain so far.
        /// Relative paths inside an included file resolve from its project directory (<see cref="_projectDirectories"/>).
        /// </summary>
        /// <param name="ownServices">The services the including application defines in this file and the files before it:
        /// an included one of the same name makes Compose refuse the include.</param>
        /// <param name="laterLayers">The including application's files after this one, merged over what it includes.</param>
        /// <param name="customised">Collects the services those later files customise, linted here rather than there.</param>
        /// <param name="imported">Collects the top-level volumes, networks, secrets and configs the included applications define.</param>
        /// <param name="includingTop">The including application's own: its services see them too, as the included ones (compose-go
        /// loads an include without checking that its services' volumes exist, and merges the resources into one model).</param>
        private void LintIncludes(YamlReadResult doc, IReadOnlyDictionary<string, string> environment, LintOptions options,
            Action<DockerfileRequest> addBuild, List<string> including, IReadOnlyDictionary<string, string> ownServices, IEnumerable<YamlReadResult> laterLayers,
            ISet<string> customised, TopLevel imported, TopLevel includingTop)
        {
            var include = ComposeValue.Of(doc.Root!).Get("include");
            if (include is null || include.Scalar is { IsNull: true }) return;
            if (!include.IsList)
            {
                Error(include.Anchor, "'include' must be a list of paths or of mappings with 'path'");
                return;
            }
            foreach (var entry in include.Items())
            {
                var paths = new List<YamlScalar>();
                var envFiles = new List<YamlScalar>();
                YamlScalar? projectDirectory = null;
                if (entry.Scalar is { IsNull: false } shortForm)
                {
                    paths.Add(shortForm);
                }
                else if (entry.IsMapping)
                {
                    if (!Scalars(entry.Get("path"), paths, "'include' path") || !Scalars(entry.Get("env_file"), envFiles, "'include' env_file")) continue;
                    projectDirectory = entry.Get("project_directory")?.Scalar;
                }
                else
                {
                    Error(entry.Anchor, "an 'include' entry must be a path or a mapping with 'path'");
                    continue;
                }
                if (paths.Count == 0)
                {
                    Error(entry.Anchor, "an 'include' entry needs 'path'");
                    continue;
                }
                LintIncluded(paths, envFiles, projectDirectory, environment, options, addBuild, including, ownServices, laterLayers, customised, imported, includingTop);
            }
        }

        /// <summary>
        /// A path (of an include, of <c>extends.file</c>) Compose loads through a remote loader (docker/compose pkg/remote):
        /// <c>oci://</c>, and the Git references of buildkit's gitutil.ParseGitRef (<c>https://</c>, <c>http://</c>,
        /// <c>git://</c>, <c>ssh://</c>, <c>git@host:path</c>, and the deprecated <c>github.com/...</c>).
        /// </summary>
        internal static bool IsRemote(string path)
        {
            var p = path.Trim();
            if (p.IndexOf("://", StringComparison.Ordinal) > 0 || p.StartsWith("github.com/", StringComparison.Ordinal)) return true;
            var at = p.IndexOf('@');
            var colon = p.IndexOf(':');
            return at > 0 && colon > at + 1 && p.IndexOf('/') is var slash && (slash < 0 || slash > colon);
        }

        private void LintIncluded(List<YamlScalar> paths, List<YamlScalar> envFiles, YamlScalar? projectDirectory,
            IReadOnlyDictionary<string, string> environment, LintOptions options, Action<DockerfileRequest> addBuild, List<string> including,
            IReadOnlyDictionary<string, string> ownServices, IEnumerable<YamlReadResult> laterLayers, ISet<string> customised, TopLevel imported, TopLevel includingTop)
        {
            var documents = new List<YamlReadResult>();
            var loaded = new List<string>();
            for (var i = 0; i < paths.Count; i++)
            {
                // A remote application (an OCI artifact, a Git repository; compose-go interpolates the entry first) is not
                // fetched: the build must not depend on the network. What it brings in is not checked; the including file's
                // own services, and the local files of the entry, still are.
                if (IsRemote(Interpolator.Interpolate(paths[i].Value, environment).Value)) continue;
                // The entry itself is interpolated from the including application's variables; a path that depends on
                // one it does not know names no file the linter can read.
                if (IncludedPath(paths[i], environment) is not { } path) return;
                if (including.Contains(path, ComposeFiles.PathComparer))
                {
                    Error(paths[i], "include: '" + paths[i].Value + "' includes itself (a cycle)");
                    return;
                }
                if (including.Count > MaxDepth)
                {
                    Error(paths[i], "include: '" + paths[i].Value + "' is more than " + MaxDepth + " includes deep (a cycle, or a chain the linter does not follow)");
                    return;
                }
                var file = Load(path, reportMissing: false);
                if (file is null)
                {
                    Error(paths[i], "include: file '" + paths[i].Value + "' not found");
                    return;
                }
                if (file.Root is null) return; // its own CTL9001 is reported
                if (!AddLayers(file, isOverride: loaded.Count > 0, documents)) return;
                loaded.Add(path);
            }
            if (loaded.Count == 0) return;

            var included = LoadIncludedEnvironment(envFiles, projectDirectory, loaded[0], environment);
            var includedDirectory = IncludedProjectDirectory(projectDirectory, loaded[0], environment);
            // The same application included again, by another path (two files that each include a third), with the same
            // variables and folder, is the same services, which compose-go accepts: it is read once. Read again for each
            // path, files that each include the next two took time and memory doubling with every level (audit 108 B108-1:
            // 41 files of 4.4 KB, 32 s and 2.6 GB).
            if (!_includedApplications.Add(ApplicationKey(loaded, included, includedDirectory))) return;
            foreach (var document in documents)
                if (!_projectDirectories.ContainsKey(document.Source.Path)) _projectDirectories[document.Source.Path] = includedDirectory;
            var top = Merge(documents);
            imported.ImportOver(top);
            top.ImportUnder(includingTop);
            var services = top.Services;
            if (services is not null)
            {
                // compose-spec include.md: a service the application already defines makes Compose refuse the include
                // (the same file included twice defines the same service, which compose-go accepts).
                // The including file's later files are merged over what it includes (compose-go loadYamlFile: ApplyInclude on
                // each file's model, then override.Merge; compose-go#559 "Restore ability to override an included resource in
                // compose.override.yaml"), so only the file itself, the files before it and the other includes conflict.
                var overrides = new ComposeMap(services.Anchor);
                var layers = documents;
                foreach (var entry in services.Entries())
                {
                    if (ownServices.TryGetValue(entry.Name, out var definedHere))
                        Error((YamlNode?)entry.Key ?? entry.Value.Anchor, "service '" + entry.Name + "' is also defined by " + Path.GetFileName(definedHere) + "; Compose refuses the include");
                    else if (_servicesDefinedIn.TryGetValue(entry.Name, out var definedIn)
                        && !ComposeFiles.PathComparer.Equals(definedIn, entry.Value.Anchor.Source.Path))
                        Error((YamlNode?)entry.Key ?? entry.Value.Anchor, "service '" + entry.Name + "' is also defined by " + Path.GetFileName(definedIn) + "; Compose refuses the include");
                    else
                        foreach (var later in laterLayers)
                            if (later.Root is YamlMapping root && ServicesOf(root)?.Get(entry.Name) is { } definition)
                            {
                                var customisation = new ComposeMap(services.Anchor);
                                customisation.Set(new ComposeEntry(entry.Name, definition.TryGetEntry(out _, out var written) ? written.Key as YamlScalar : null, ComposeValue.Of(definition)));
                                overrides = ComposeMerger.MergeMaps(overrides, customisation, "services");
                                customised.Add(entry.Name);
                                if (ReferenceEquals(layers, documents)) layers = new List<YamlReadResult>(documents);
                                if (!layers.Contains(later)) layers.Add(later);
                            }
                }
                if (overrides.Members.Count > 0) services = ComposeMerger.MergeMaps(services, overrides, "services");
                LintServices(services, layers, top, included);
                foreach (var entry in services.Entries())
                    if (!_includedServices.ContainsKey(entry.Name)) _includedServices[entry.Name] = (services, layers);
                AddDefinedServices(services);
            }
            including.AddRange(loaded);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < documents.Count; i++)
            {
                AddServiceNames(names, documents[i]);
                LintIncludes(documents[i], included, options, addBuild, including, names, Array.Empty<YamlReadResult>(), customised, imported, top);
            }
            including.RemoveRange(including.Count - loaded.Count, loaded.Count);
        }

        private static string ApplicationKey(List<string> files, IReadOnlyDictionary<string, string> variables, string? directory)
        {
            var key = new StringBuilder();
            foreach (var file in files) key.Append(file).Append('\0');
            key.Append('\0').Append(directory).Append('\0');
            var names = new List<string>(variables.Keys);
            names.Sort(StringComparer.Ordinal);
            foreach (var name in names) key.Append(name).Append('=').Append(variables[name]).Append('\0');
            return key.ToString();
        }

        private void AddDefinedServices(ComposeValue? services)
        {
            if (services is null) return;
            foreach (var entry in services.Entries())
                if (!_servicesDefinedIn.ContainsKey(entry.Name)) _servicesDefinedIn[entry.Name] = entry.Value.Anchor.Source.Path;
        }

        /// <summary>The full path an include entry names (relative to the file that says so), or null when a variable in it has no value.</summary>
        private static string? IncludedPath(YamlScalar scalar, IReadOnlyDictionary<string, string> environment)
        {
            var value = Interpolator.Interpolate(scalar.Value, environment);
            if (!value.IsResolved || value.Value.Length == 0) return null;
            try
            {
                return Path.GetFullPath(Path.Combine(scalar.Source.Directory, value.Value));
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return null;
            }
        }

        /// <summary>
        /// The variables of an included application: the including application's, and those of its own <c>env_file</c>s
        /// (later files win), else of the <c>.env</c> of its project directory, for the names the including application
        /// does not set (compose-go ApplyInclude: <c>environment.Clone().Merge(envFromFile)</c>, where Merge adds only
        /// names not defined yet: "local environment to override included .env").
        /// </summary>
        private IReadOnlyDictionary<string, string> LoadIncludedEnvironment(List<YamlScalar> envFiles, YamlScalar? projectDirectory,
            string firstPath, IReadOnlyDictionary<string, string> including)
        {
            var merged = new Dictionary<string, string>(StringComparer.Ordinal);
            if (envFiles.Count == 0)
            {
                var directory = IncludedProjectDirectory(projectDirectory, firstPath, including);
                foreach (var variable in LoadEnvironmentFrom(Path.Combine(directory, ".env"))) merged[variable.Key] = variable.Value;
            }
            else
                foreach (var envFile in envFiles)
                    if (IncludedPath(envFile, including) is { } path)
                        foreach (var variable in LoadEnvironmentFrom(path)) merged[variable.Key] = variable.Value;
            foreach (var variable in including) merged[variable.Key] = variable.Value;
            return merged;
        }

        /// <summary>An include's <c>project_directory</c> (relative to the file that says so), by default its first file's folder.</summary>
        private static string IncludedProjectDirectory(YamlScalar? projectDirectory, string firstPath, IReadOnlyDictionary<string, string> including) =>
            projectDirectory is { IsNull: false } && IncludedPath(projectDirectory, including) is { } dir
                ? dir
                : Path.GetDirectoryName(firstPath) ?? string.Empty;

        /// <summary>A scalar or a list of scalars (absent: nothing); false, with a CTL9001, for anything else.</summary>
        private bool Scalars(ComposeValue? value, List<YamlScalar> into, string what)
        {
            if (value is null || value.Scalar is { IsNull: true }) return true;
            if (value.Scalar is { } single)
            {
                into.Add(single);
                return true;
            }
            if (value.IsList)
            {
                foreach (var item in value.Items())
                {
                    if (item.Scalar is not { IsNull: false } scalar)
                    {
                        Error(item.Anchor, what + " must be a path");
                        return false;
                    }
                    into.Add(scalar);
                }
                return true;
            }
            Error(value.Anchor, what + " must be a path or a list of paths");
            return false;
        }

        // The variables of the application whose services are read: Compose interpolates a file before it applies extends,
        // so `extends: ${BASE}` and `file: ${F}` name what the variables say (audit 126 R126-8).
        private IReadOnlyDictionary<string, string>? _extendsEnvironment;

        /// <summary>A name or path of <c>extends</c>, interpolated; as written where a variable has no value.</summary>
        private string InterpolatedOrWritten(string text)
        {
            if (text.IndexOf('$') < 0 || _extendsEnvironment is null) return text;
            var value = Interpolator.Interpolate(text, _extendsEnvironment);
            return value.IsResolved ? value.Value : text;
        }

        /// <summary>
        /// The definitions, layer by layer (each document of each file, in order), of the services that some layer defines
        /// with <c>extends</c>; null when none does. Compose resolves <c>extends</c> in each file as it loads it, before it
        /// merges the file over the ones before (compose-go's loader applies extends to the file's own model, then merges
        /// it; docker/compose#3843: "docker-compose.override.yml is always applied after all extends instructions have been
        /// resolved"), so such a service is resolved layer by layer (<see cref="ResolveExtendsPerLayer"/>).
        /// </summary>
        private static Dictionary<string, List<(ComposeValue Services, ComposeValue Definition)>>? ExtendingDefinitions(List<YamlReadResult> layers)
        {
            HashSet<string>? names = null;
            var servicesOfLayer = new List<ComposeValue?>(layers.Count);
            foreach (var layer in layers)
            {
                var services = LayerServices(layer);
                servicesOfLayer.Add(services);
                if (services is null) continue;
                foreach (var entry in services.Entries())
                    if (entry.Value.IsMapping && entry.Value.GetEntry("extends") is not null) (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(entry.Name);
            }
            if (names is null) return null;
            var definitions = new Dictionary<string, List<(ComposeValue, ComposeValue)>>(StringComparer.Ordinal);
            foreach (var services in servicesOfLayer)
            {
                if (services is null) continue;
                foreach (var entry in services.Entries())
                {
                    if (!names.Contains(entry.Name)) continue;
                    if (!definitions.TryGetValue(entry.Name, out var list)) definitions[entry.Name] = list = new List<(ComposeValue, ComposeValue)>();
                    list.Add((services, entry.Value));
                }
            }
            return definitions;
        }

        /// <summary>The <c>services</c> of one layer (the top level of a legacy file), as <see cref="Merge"/> reads them.</summary>
        private static ComposeValue? LayerServices(YamlReadResult layer)
        {
            if (layer.Root is not YamlMapping mapping) return null;
            var root = ComposeValue.Of(mapping);
            if (IsLegacyFormat(mapping)) return root;
            return root.Get("services") is { IsMapping: true } services ? services : null;
        }

        /// <summary>
        /// A service some layer defines with <c>extends</c>: each layer's definition with its <c>extends</c> applied from the
        /// services of that layer (a base a later file changes keeps what its own file says for the service that extends it:
        /// audit 125 C125-8; a base only another file defines is not found, as Compose does not find it), then merged in
        /// order, as the layers are.
        /// </summary>
        private ComposeValue? ResolveExtendsPerLayer(string name, List<(ComposeValue Services, ComposeValue Definition)> perLayer, List<YamlReadResult> layers,
            List<(List<YamlReadResult>, string)> definedBy)
        {
            ComposeValue? resolved = null;
            var owned = new HashSet<ComposeValue>();
            foreach (var (services, written) in perLayer)
            {
                var definition = written.Scalar is { IsNull: true } ? new ComposeMap(written.Anchor) : written;
                if (!definition.IsMapping) continue;
                var own = ResolveExtends(name, definition, services, layers, definedBy, new HashSet<string>(StringComparer.Ordinal), 0);
                if (own is null) continue;
                resolved = resolved is null ? own : ComposeMerger.Merge(resolved, own, string.Empty, owned);
            }
            // Each layer's resolution names the service's own layers again.
            var seen = new HashSet<(List<YamlReadResult>, string)>();
            definedBy.RemoveAll(definer => !seen.Add(definer));
            return resolved;
        }

        /// <summary>
        /// Applies <c>extends</c> (same file, or <c>file:</c> relative to the file that says so), recursively: the
        /// extended service is the base, this one merges over it (compose-spec services.extends). The layers
        /// <paramref name="services"/> is read from and the service's name go to <paramref name="definedBy"/>, then those of
        /// the services it extends.
        /// </summary>
        private ComposeValue? ResolveExtends(string name, ComposeValue service, ComposeValue services, List<YamlReadResult> layers,
            List<(List<YamlReadResult>, string)> definedBy, HashSet<string> visiting, int depth)
        {
            definedBy.Add((layers, name));
            var extendsEntry = service.GetEntry("extends");
            if (extendsEntry is null) return service;
            _anyExtends = true;
            var extends = extendsEntry.Value;
            var local = ComposeMap.From(service);
            local.Remove("extends");

            string? baseName;
            ComposeValue? baseServices = services;
            var baseLayers = layers;
            YamlNode at = extends.Anchor;
            string? baseFile = null;
            if (extends.Scalar is { } shortForm) baseName = shortForm.IsNull ? null : InterpolatedOrWritten(shortForm.Value);
            else if (extends.IsMapping)
            {
                baseName = extends.Get("service")?.Scalar is { } serviceName ? InterpolatedOrWritten(serviceName.Value) : null;
                if (extends.Get("file") is { } fileValue)
                {
                    var fileScalar = fileValue.Scalar;
                    if (fileScalar is null || fileScalar.IsNull)
                    {
                        Error(fileValue.Anchor, "'extends.file' must be a path");
                        return local;
                    }
                    var fileName = InterpolatedOrWritten(fileScalar.Value);
                    // A remote base (compose-go resolves extends.file with the include loaders) is not fetched: the service is
                    // read with what it writes itself.
                    if (IsRemote(fileName)) return local;
                    // Normalised as include paths are: `./x.yaml` and `x.yaml` are one file, with one path in findings.
                    var path = ComposeFiles.Normalize(Path.Combine(fileScalar.Source.Directory, fileName));
                    var other = Load(path, reportMissing: false);
                    if (other is null)
                    {
                        Error(fileScalar, "extends: file '" + fileName + "' not found");
                        return local;
                    }
                    if (other.Root is null) return local; // its own CTL9001 is reported
                    // Every document of the file, merged in order, as the main file's are (compose-go loads an extended
                    // file as it loads any Compose file: each document of the stream a layer).
                    baseLayers = new List<YamlReadResult>();
                    if (!AddLayers(other, isOverride: false, baseLayers)) return local;
                    baseServices = Merge(baseLayers).Services;
                    baseFile = fileName;
                }
            }
            else
            {
                Error(at, "'extends' must be a service name or a mapping");
                return local;
            }

            if (string.IsNullOrEmpty(baseName))
            {
                Error(at, "'extends' needs 'service'");
                return local;
            }
            var baseDefinition = baseServices?.Get(baseName!);
            // A service an include brings in: Compose applies includes before extends (docker/compose#13623, "Process
            // includes first so that extended services have all merged attributes").
            if (baseDefinition is null && ReferenceEquals(baseServices, services) && _includedServices.TryGetValue(baseName!, out var included))
            {
                baseServices = included.Services;
                baseLayers = included.Layers;
                baseDefinition = baseServices.Get(baseName!);
            }
            if (baseDefinition is null || !baseDefinition.IsMapping)
            {
                Error(at, "extends: service '" + baseName + "' not found");
                return local;
            }
            var key = ServiceKey(baseDefinition, baseName!);
            if (!visiting.Add(key))
            {
                Error(at, CycleMessage(name, baseName!, baseFile, longerThanTheLimit: false));
                return local;
            }
            if (depth >= MaxDepth)
            {
                var cycle = CycleAhead(baseName!, baseServices!);
                if (cycle is null)
                    Error(at, "extends: the chain of extends that reaches service '" + name + "' here is longer than " + MaxDepth + " links, which the linter does not follow");
                // A cycle too long to be followed round, through this service: said here, as at each of its links.
                else if (cycle.IsLong && cycle.Members.Contains(ServiceKey(service, name)))
                    Error(at, CycleMessage(name, baseName!, baseFile, longerThanTheLimit: true));
                // The chain runs into a cycle it is not part of (or one short enough to be followed round from its own
                // services): the cycle is said where it closes, as it is when followed from there (audit 107 A107-3: the
                // services of the chain were said to extend themselves).
                else
                    Error(cycle.ClosingLink, cycle.ClosingMessage);
                return local;
            }
            var resolvedBase = ResolveExtends(baseName!, baseDefinition, baseServices!, baseLayers, definedBy, visiting, depth + 1);
            if (resolvedBase is null) return local;
            return ComposeMerger.MergeMaps(resolvedBase, local, string.Empty);
        }

        /// <summary>A service's key in a chain of <c>extends</c>: the file that defines it and its name.</summary>
        private static string ServiceKey(ComposeValue definition, string name) => definition.Anchor.Source.Path + "\n" + name;

        private static string CycleMessage(string name, string baseName, string? baseFile, bool longerThanTheLimit) =>
            "extends: service '" + name + "' extends itself through '" + baseName + "'" + (baseFile is null ? string.Empty : " in '" + baseFile + "'")
            + (longerThanTheLimit ? " (a cycle longer than " + MaxDepth + " links)" : " (a cycle)");

        /// <summary>A cycle of <c>extends</c> a chain runs into: its services (<see cref="ServiceKey"/>), and the link that closes it.</summary>
        private sealed class ExtendsCycle
        {
            public ExtendsCycle(HashSet<string> members, YamlNode closingLink, string closingMessage)
            {
                Members = members;
                ClosingLink = closingLink;
                ClosingMessage = closingMessage;
            }

            public HashSet<string> Members { get; }
            public YamlNode ClosingLink { get; }
            public string ClosingMessage { get; }
            public bool IsLong => Members.Count > MaxDepth;
        }

        /// <summary>
        /// The cycle that the chain of <c>extends</c> from service <paramref name="name"/> of <paramref name="services"/> runs
        /// into, followed by name (nothing merged) through its files; null when the chain ends (a service without
        /// <c>extends</c>, or one whose base is missing or not followed: a remote file). For a chain too long to be followed to
        /// its end (audit 105 V105-3, audit 107 A107-3, A107-8: a chain through files was said to be "a cycle, or" not). Each
        /// service's answer is kept, so that the services of one long chain or cycle are walked once in all (audit 106 W106-3:
        /// walked once per service, a file of 6,000 took seconds).
        /// </summary>
        private ExtendsCycle? CycleAhead(string name, ComposeValue services)
        {
            var walked = new List<string>();
            var links = new List<(string Name, YamlNode Link, string Base, string? File)>();
            var onWalk = new Dictionary<string, int>(StringComparer.Ordinal);
            ExtendsCycle? answer = null;
            var current = (Name: name, Services: services);
            while (current.Services.Get(current.Name) is { } definition)
            {
                var key = ServiceKey(definition, current.Name);
                if (_cycleAhead.TryGetValue(key, out answer)) break;
                if (onWalk.TryGetValue(key, out var start))
                {
                    var members = new HashSet<string>(StringComparer.Ordinal);
                    for (var i = start; i < walked.Count; i++) members.Add(walked[i]);
                    var closing = links[links.Count - 1];
                    answer = new ExtendsCycle(members, closing.Link,
                        CycleMessage(closing.Name, closing.Base, closing.File, longerThanTheLimit: members.Count > MaxDepth));
                    break;
                }
                onWalk[key] = walked.Count;
                walked.Add(key);
                if (BaseOf(definition, current.Services) is not { } next) break;
                links.Add((current.Name, next.Link, next.Name, next.File));
                current = (next.Name, next.Services);
            }
            foreach (var key in walked) _cycleAhead[key] = answer;
            return answer;
        }

        private readonly Dictionary<string, ExtendsCycle?> _cycleAhead = new Dictionary<string, ExtendsCycle?>(StringComparer.Ordinal);

        /// <summary>
        /// The service a service's <c>extends</c> names, found as <see cref="ResolveExtends"/> finds it but reporting nothing:
        /// null where that reports a problem or does not follow the chain (a remote file).
        /// </summary>
        private (string Name, ComposeValue Services, YamlNode Link, string? File)? BaseOf(ComposeValue service, ComposeValue services)
        {
            if (!service.IsMapping || service.GetEntry("extends")?.Value is not { } extends) return null;
            string? baseName;
            string? file = null;
            var baseServices = services;
            if (extends.Scalar is { } shortForm) baseName = shortForm.IsNull ? null : InterpolatedOrWritten(shortForm.Value);
            else if (extends.IsMapping)
            {
                baseName = extends.Get("service")?.Scalar is { } serviceName ? InterpolatedOrWritten(serviceName.Value) : null;
                if (extends.Get("file") is { } fileValue)
                {
                    if (fileValue.Scalar is not { IsNull: false } fileScalar || InterpolatedOrWritten(fileScalar.Value) is var fileName && IsRemote(fileName)) return null;
                    var path = ComposeFiles.Normalize(Path.Combine(fileScalar.Source.Directory, fileName));
                    if (Load(path, reportMissing: false) is not { Root: not null } other) return null;
                    var layers = new List<YamlReadResult>();
                    if (!AddLayers(other, isOverride: false, layers) || Merge(layers).Services is not { } inFile) return null;
                    baseServices = inFile;
                    file = fileName;
                }
            }
            else return null;
            if (string.IsNullOrEmpty(baseName)) return null;
            var definition = baseServices.Get(baseName!);
            if (definition is null && file is null && _includedServices.TryGetValue(baseName!, out var included))
            {
                baseServices = included.Services;
                definition = baseServices.Get(baseName!);
            }
            return definition is { IsMapping: true } ? (baseName!, baseServices, extends.Anchor, file) : null;
        }

        /// <summary>
        /// Adds the documents of a file as layers, in order: compose-go loads each document of a multi-document file
        /// (<c>---</c>) as it loads each <c>-f</c> file and merges them in that order, skipping an empty one (compose-go
        /// loader, TestLoadMultiDocumentYaml). A document after the first may hold fragments, as an override may. False
        /// when the first document is not a Compose file (reported).
        /// </summary>
        private bool AddLayers(YamlReadResult file, bool isOverride, List<YamlReadResult> layers)
        {
            for (var d = 0; d < file.Documents.Count; d++)
            {
                var root = file.Documents[d];
                if (d > 0 && root is YamlScalar { IsNull: true }) continue;
                var layer = file.ForDocument(root);
                if (!IsComposeDocument(layer, isOverride: isOverride || d > 0))
                {
                    if (d == 0) return false;
                    continue;
                }
                layers.Add(layer);
            }
            return true;
        }

        private bool IsComposeDocument(YamlReadResult file, bool isOverride)
        {
            if (file.Root is not YamlMapping root)
            {
                NotCompose(file, "the top level is " + file.Root!.Kind + ", not a mapping with 'services'");
                return false;
            }
            if (root.TryGet("services", out var services))
            {
                if (services.Value is YamlMapping || services.Value is YamlScalar { IsNull: true }) return true;
                Error(services.Value, "'services' must be a mapping, not " + services.Value.Kind);
                return false;
            }
            if (IsLegacyFormat(root)) return true;
            // A file that only includes others, or only defines volumes, networks, secrets or configs (an included file
            // that the including application's services use): compose-spec makes every top-level element optional.
            if (root.TryGet("include", out _) || root.TryGet("volumes", out _) || root.TryGet("networks", out _)
                || root.TryGet("secrets", out _) || root.TryGet("configs", out _))
                return true;
            // An override may hold only fragments (compose-spec merge: "override files need not be valid Compose files").
            if (isOverride) return true;
            NotCompose(file, "it has no 'services' mapping");
            return false;
        }

        /// <summary>
        /// Compose file format 1 (docker-compose 1.x): no <c>services:</c>, no <c>version:</c>, every top-level key is a
        /// service with an <c>image</c> or a <c>build</c>. Still common in older repositories, so it is read as such.
        /// </summary>
        /// <summary>The mapping of a document's services: its <c>services</c>, or the root itself in a legacy (v1) file.</summary>
        private static YamlMapping? ServicesOf(YamlMapping root) => IsLegacyFormat(root) ? root : root.Get("services") as YamlMapping;

        private static bool IsLegacyFormat(YamlMapping root)
        {
            if (root.TryGet("services", out _) || root.TryGet("version", out _) || root.Entries.Count == 0) return false;
            foreach (var e in root.Entries)
                if (e.Value is not YamlMapping service || (service.Get("image") is null && service.Get("build") is null))
                    return false;
            return true;
        }

        private void NotCompose(YamlReadResult file, string why)
        {
            // A later document is reported where it starts.
            var at = file.IsLaterDocument ? file.Root!.Span : new Text.SourceSpan(file.Source.Path, 1, 1, 1, 1, 0, 0);
            _sink.Add(RuleCatalog.CTL9001, at, "not a Compose file: " + why);
        }

        /// <summary>
        /// A finding inside an anchored node that an alias refers to sits in text other services can use too (design.md:
        /// reported once at the anchor's text, naming every service that uses it): it names its services even when only one
        /// of them ends up with the value (the others override it).
        /// </summary>
        private void MarkFindingsInAliasedAnchors(FindingSink sink)
        {
            // Per file, the anchored ranges aliases use, each once (thousands of aliases use a few anchors), sorted by start
            // with the furthest end reached so far: a span lies in one of them when the furthest-reaching range that starts
            // at or before it ends at or after it. One binary search per finding, not a walk over every alias.
            var byPath = new Dictionary<string, (int[] Starts, int[] FurthestEnds)>(StringComparer.Ordinal);
            foreach (var file in _files.Values)
            {
                if (file is null || file.Aliases.Count == 0) continue;
                var ranges = new HashSet<(int Start, int End)>();
                foreach (var alias in file.Aliases) ranges.Add((alias.Target.StartOffset, alias.Target.EndOffset));
                var sorted = new List<(int Start, int End)>(ranges);
                sorted.Sort((a, b) => a.Start.CompareTo(b.Start));
                var starts = new int[sorted.Count];
                var furthest = new int[sorted.Count];
                for (var i = 0; i < sorted.Count; i++)
                {
                    starts[i] = sorted[i].Start;
                    furthest[i] = i == 0 ? sorted[i].End : Math.Max(furthest[i - 1], sorted[i].End);
                }
                byPath[file.Source.Path] = (starts, furthest);
            }
            if (byPath.Count == 0) return;
            foreach (var finding in sink.InReportOrder)
            {
                var span = finding.Span;
                if (!span.HasOffsets || finding.InSharedText || !byPath.TryGetValue(span.Path, out var anchored)) continue;
                var i = Array.BinarySearch(anchored.Starts, span.StartOffset);
                if (i < 0) i = ~i - 1; // the last range starting before the span
                else while (i + 1 < anchored.Starts.Length && anchored.Starts[i + 1] == span.StartOffset) i++;
                if (i >= 0 && anchored.FurthestEnds[i] >= span.EndOffset) finding.InSharedText = true;
            }
        }

        private YamlReadResult? Load(string path, bool reportMissing)
        {
            if (_files.TryGetValue(path, out var known)) return known;
            string text;
            try
            {
                if (!_fileSystem.FileExists(path))
                {
                    _files[path] = null;
                    if (!reportMissing) return null;
                    if (NamedInComposeFile is not null && NamedInComposeFile.TryGetValue(ComposeFiles.Normalize(path), out var named))
                        _sink.Add(RuleCatalog.CTL9001, named.Span, $"COMPOSE_FILE names '{named.Written}', which does not exist ({path}): docker compose stops on it");
                    else
                        _sink.Add(RuleCatalog.CTL9001, new Text.SourceSpan(path, 1, 1, 1, 1, 0, 0), "the file does not exist");
                    return null;
                }
                text = _fileSystem.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                _files[path] = null;
                _sink.Add(RuleCatalog.CTL9001, new Text.SourceSpan(path, 1, 1, 1, 1, 0, 0), FileReadFailure.Describe(ex));
                return null;
            }
            var file = YamlReader.Read(path, text);
            _files[path] = file;
            if (file.Error is { } error)
                _sink.Add(RuleCatalog.CTL9001, new Text.SourceSpan(path, error.Line, error.Column, error.Line, error.Column, error.Offset, error.Offset), error.Message);
            else if (file.Root is null)
                NotCompose(file, "it is empty");
            // A limit of the linter's, not a file Compose refuses: the rest of the file is still reported.
            foreach (var limit in file.NotFollowed)
                EmbeddedParseErrors.Add(_sink.Add(RuleCatalog.CTL9001,
                    new Text.SourceSpan(path, limit.Line, limit.Column, limit.Line, limit.Column, limit.Offset, limit.Offset), limit.Message).Span);
            return file;
        }

        /// <summary>
        /// The variables a project is interpolated with: its project directory's <c>.env</c>. When <c>COMPOSE_FILE</c> in the
        /// <c>.env</c> of the folder Compose runs in lists files of another folder, that <c>.env</c> comes first and the
        /// project directory's adds only the names it does not set (docker/compose cmd/compose toProjectOptions: the
        /// working directory's <c>.env</c>, then "a project directory != PWD maybe has been set so let's load .env file").
        /// </summary>
        private IReadOnlyDictionary<string, string> ProjectEnvironment(string firstFile)
        {
            var own = LoadEnvironment(firstFile);
            if (ComposeFileDirectory is null
                || ComposeFiles.PathComparer.Equals(ComposeFiles.Normalize(ComposeFileDirectory), ComposeFiles.Normalize(Path.GetDirectoryName(firstFile) ?? string.Empty)))
                return own;
            var merged = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var variable in LoadEnvironmentFrom(Path.Combine(ComposeFileDirectory, ".env"))) merged[variable.Key] = variable.Value;
            foreach (var variable in own)
                if (!merged.ContainsKey(variable.Key)) merged[variable.Key] = variable.Value;
            return merged;
        }

        private IReadOnlyDictionary<string, string> LoadEnvironment(string composeFile) =>
            LoadEnvironmentFrom(Path.Combine(Path.GetDirectoryName(composeFile) ?? string.Empty, ".env"));

        private IReadOnlyDictionary<string, string> LoadEnvironmentFrom(string path)
        {
            try
            {
                if (_fileSystem.FileExists(path)) return DotEnv.Parse(_fileSystem.ReadAllText(path));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // An unreadable .env leaves every variable unresolved.
            }
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        private void Error(YamlNode node, string message) => _sink.Add(RuleCatalog.CTL9001, node.Span, message);
    }
}
