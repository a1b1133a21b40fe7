using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles.Model;
using ContainerLint.Dockerfiles.Syntax;
using ContainerLint.Engine;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules;
using ContainerLint.Text;

namespace ContainerLint.Dockerfiles
{
    /// <summary>
    /// Lints one Dockerfile: parse, build the image model, run every rule, add CTL9003 for unknown rule IDs in
    /// suppression comments, and mark suppressed findings (they stay in the list, for SARIF).
    /// A syntax error gives one CTL9001 and nothing else; so does a <see cref="DockerfileRequest.Target"/> that names no
    /// stage, which <c>docker build</c> stops on ("target stage ... could not be found"): no stage is linted in its place.
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
                if (UnknownTarget(image, request) is { } unknownTarget) return new[] { unknownTarget };
                if ((SubstitutionErrorOfTheBuild(document, image) ?? TriggerErrorOfTheBuild(document, image) ?? ExposeErrorOfTheBuild(image)) is { } refused)
                    return new[] { new Finding(RuleCatalog.CTL9001, refused.Span, refused.Message) };
                var sink = new FindingSink();
                RuleEngine.Check(image, options, sink);
                var suppressions = DockerfileSuppressions.Build(document, image);
                suppressions.ReportUnknownRules(sink);
                var findings = sink.ToList();
                suppressions.Apply(findings);
                return findings;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Bad input must never break a build; a bug in a rule is reported as a finding on the file.
                return new[] { new Finding(RuleCatalog.CTL9001, FirstLine(request.Path), "the linter failed on this file (" + e.GetType().Name + ": " + e.Message + ")") };
            }
        }

        /// <summary>
        /// Whether the stage <paramref name="request"/> builds (its target, else the last one, with its build args) is built
        /// FROM each of <paramref name="targets"/>, or is one of them: an image made on the targets' image, as a <c>debug</c>
        /// stage after <c>final</c> is. False for a file that does not parse (its CTL9001 is reported by the lint itself).
        /// </summary>
        public static bool LastStageBuildsOn(string text, DockerfileRequest request, IEnumerable<string> targets)
        {
            if (request is null) throw new ArgumentNullException(nameof(request));
            try
            {
                var document = DockerfileParser.Parse(text ?? string.Empty, request.Path);
                if (document.HasErrors) return false;
                var chain = ImageModelBuilder.Build(document, request).FinalStageChain().ToList();
                return targets.All(target => chain.Any(stage => stage.IsNamed(target)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false;
            }
        }

        /// <summary>
        /// The CTL9001 of a target that names no stage (BuildKit matches names whatever their case), at the target as
        /// written when the request knows where (a Compose build's <c>target:</c>), else at the Dockerfile's first line.
        /// </summary>
        private static Finding? UnknownTarget(ImageSpec image, DockerfileRequest request)
        {
            if (request.Target is not { } target || image.Stages.Any(s => s.IsNamed(target))) return null;
            var names = image.Stages.Where(s => s.Name is not null).Select(s => s.Name!).ToList();
            var stages = names.Count == 0 ? "it has no named stages" : "its stages: " + string.Join(", ", names);
            return new Finding(RuleCatalog.CTL9001, request.TargetSpan ?? FirstLine(request.Path),
                "the build target '" + target + "' names no stage of this Dockerfile (" + stages + "); docker build stops on it");
        }

        /// <summary>
        /// The first <c>${...}</c> BuildKit refuses (<see cref="DockerfileDocument.SubstitutionErrors"/>) where the build
        /// expands it: before the first <c>FROM</c> (the global ARGs), in any stage's <c>FROM</c> (every base name is expanded
        /// to find the stages the target needs, audit 65 U2), or in a stage of the final stage's <c>FROM</c> chain. A stage the
        /// build does not reach is not expanded, and one it only copies from is not linted (audit 63 W2).
        /// </summary>
        private static ParseError? SubstitutionErrorOfTheBuild(DockerfileDocument document, ImageSpec image)
        {
            foreach (var error in document.SubstitutionErrors)
            {
                if (!error.Span.HasOffsets) return error;
                var holder = StageOf(image, error.Span);
                if (holder is null || holder.From.Contains(error.Span)) return error;
                foreach (var built in image.FinalStageChain())
                    if (ReferenceEquals(built, holder)) return error;
            }
            return null;
        }

        /// <summary>
        /// The first error in an <c>ONBUILD</c> trigger (<see cref="DockerfileDocument.TriggerErrors"/>) of a stage that a stage
        /// of the final stage's chain is built FROM: BuildKit parses and expands the triggers there (dispatchOnBuildTriggers),
        /// and stops on it. A stage's own triggers are not run by its own build, nor by a stage that only copies from it.
        /// </summary>
        private static ParseError? TriggerErrorOfTheBuild(DockerfileDocument document, ImageSpec image)
        {
            foreach (var error in document.TriggerErrors)
            {
                if (!error.Span.HasOffsets) continue;
                if (StageOf(image, error.Span) is not { } holder) continue;
                foreach (var built in image.FinalStageChain())
                    if (ReferenceEquals(built.Parent, holder))
                        return new ParseError(error.Message + " (an ONBUILD trigger of stage '" + (holder.Name ?? "#" + holder.Index)
                            + "', which the build FROM it runs)", error.Span);
            }
            return null;
        }

        /// <summary>
        /// The first <c>EXPOSE</c> word of a stage of the final stage's chain that BuildKit refuses (dockerfile2llb's
        /// dispatchExpose, audit 139 F139-4): a port that is not a number (or a range of numbers) up to 65535, or a protocol
        /// other than tcp, udp and sctp: <c>EXPOSE ssh</c>, and <c>EXPOSE 22 # ssh</c>, whose <c>#</c> and <c>ssh</c> are two more
        /// words (a <c>#</c> after an instruction is no comment). A value with a variable that has no value is left alone, and
        /// only what every BuildKit version refuses is reported.
        /// </summary>
        private static ParseError? ExposeErrorOfTheBuild(ImageSpec image)
        {
            foreach (var stage in image.FinalStageChain())
                foreach (var port in stage.ExposedPorts)
                {
                    if (!port.IsKnown || port.Certainty != ValueCertainty.Certain) continue;
                    // Split as BuildKit's ProcessWords splits a value, on any Unicode space (audit 141 Q141-1: U+00A0).
                    foreach (var word in Words(port.Value))
                        if (RefusedPort(word) is { } why)
                            return new ParseError("EXPOSE '" + word + "': " + why + "; docker build refuses it"
                                + (word.IndexOf('#') < 0 ? ""
                                    : HoldsSuppressionComment(stage, port.Span) ? " (a '#' after an instruction is one of its words, not a comment: a containerlint comment goes on its own line above the instruction)"
                                    : " (a '#' after an instruction is one of its words, not a comment)"), port.Span);
                }
            return null;
        }

        /// <summary>
        /// <c>EXPOSE 22 # containerlint ignore=CTL1006 sftp</c>: a suppression comment written at the end of the line, which rules.md
        /// allows there but BuildKit reads as more ports (audit 151 D151-3): the message says where the comment goes.
        /// </summary>
        private static bool HoldsSuppressionComment(StageSpec stage, SourceSpan instruction)
        {
            var words = new List<string>();
            foreach (var port in stage.ExposedPorts)
                if (port.Span.Equals(instruction) && port.IsKnown) words.Add(port.Value);
            var value = string.Join(" ", words);
            for (var at = value.IndexOf('#'); at >= 0; at = value.IndexOf('#', at + 1))
                if (value.Substring(at + 1).TrimStart().StartsWith("containerlint", StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>
        /// Why BuildKit refuses an EXPOSE word (<c>[ip:][hostPort:]port[-port][/proto]</c>), or null: only what go-connections'
        /// nat.ParsePortSpec and dockerfile2llb's parsePort both refuse.
        /// </summary>
        private static string? RefusedPort(string word)
        {
            var spec = PortSpec.Parse(word);
            if (spec.Ports.Length == 0) return "no port";
            if (RefusedRange(spec.Ports) is { } why) return why;
            if (spec.HostPort is { Length: > 0 } hostPort && RefusedRange(hostPort) is { } host) return "host " + host;
            var ip = spec.Address;
            if (ip.Length > 1 && ip[0] == '[' && ip[ip.Length - 1] == ']') ip = ip.Substring(1, ip.Length - 2);
            if (ip.Length > 0 && !System.Net.IPAddress.TryParse(ip, out _)) return "'" + ip + "' is no IP address";
            if (spec.Protocol is { Length: > 0 } protocol && !protocol.Equals("tcp", StringComparison.OrdinalIgnoreCase)
                && !protocol.Equals("udp", StringComparison.OrdinalIgnoreCase) && !protocol.Equals("sctp", StringComparison.OrdinalIgnoreCase))
                return "'" + protocol + "' is no protocol (tcp, udp or sctp)";
            return null;
        }

        /// <summary>Why BuildKit refuses a port or range of ports (<c>80</c>, <c>8000-8010</c>), or null.</summary>
        private static string? RefusedRange(string ports)
        {
            var dash = ports.IndexOf('-');
            var numbers = dash < 0 ? new[] { ports } : new[] { ports.Substring(0, dash), ports.Substring(dash + 1) };
            foreach (var number in numbers)
            {
                if (number.Length == 0) return "'" + ports + "' is no port range";
                foreach (var c in number)
                    if (!(c >= '0' && c <= '9') && c != '+' && c != '-') return "'" + ports + "' is no port number";
                var digits = number.TrimStart('0');
                if (IsDigits(digits) && (digits.Length > 5 || (digits.Length == 5 && string.CompareOrdinal(digits, "65535") > 0)))
                    return "port " + number + " is out of range (0-65535)";
            }
            if (numbers.Length == 2 && IsDigits(numbers[0]) && IsDigits(numbers[1])
                && int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture) < int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture))
                return "'" + ports + "' ends before it starts";
            return null;
        }

        private static IEnumerable<string> Words(string text)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var blank = i == text.Length || char.IsWhiteSpace(text[i]);
                if (!blank && start < 0) start = i;
                else if (blank && start >= 0)
                {
                    yield return text.Substring(start, i - start);
                    start = -1;
                }
            }
        }

        private static bool IsDigits(string text) => text.All(c => c >= '0' && c <= '9');

        /// <summary>The stage whose FROM is the last before <paramref name="span"/> (null: before the first FROM).</summary>
        private static StageSpec? StageOf(ImageSpec image, SourceSpan span)
        {
            StageSpec? holder = null;
            foreach (var stage in image.Stages)
                if (stage.From.HasOffsets && stage.From.StartOffset <= span.StartOffset) holder = stage;
            return holder;
        }

        private static SourceSpan FirstLine(string path) => new SourceSpan(path, 1, 1, 1, 1, 0, 0);
    }
}
