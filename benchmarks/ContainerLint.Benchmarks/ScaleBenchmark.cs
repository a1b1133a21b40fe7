using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using ContainerLint.Compose;
using ContainerLint.Engine;
using ContainerLint.Rules;

namespace ContainerLint.Benchmarks
{
    /// <summary>
    /// How the Compose linter's time grows with the number of services in one file (<c>--scale</c>): generated files of
    /// 500 to 8,000 services in the shapes that make services share YAML (every service its own settings, all merging one
    /// anchor, all using one anchored list, all aliases of one service), each linted until a second has passed. The time
    /// per service should stay flat: a pass that compares every service with every other shows up as a cost per service
    /// that grows with the file (an addition fix once checked each sharing service against all the others: 3.8 s for
    /// 4,000 services merging one anchor, 0.43 s before and after). The last three shapes are files of as many documents
    /// (<c>---</c>), each a layer merged over the ones before (audit 26: 30 s for 40,000 empty documents; audit 29: 1.9 s
    /// for 5,000 documents adding to one service, 17.8 s for 20,000, when each layer copied the service merged so far). The
    /// last two are services that extend one another in one chain or one cycle.
    /// </summary>
    internal static class ScaleBenchmark
    {
        private static readonly int[] Sizes = { 500, 1000, 2000, 4000, 8000 };

        private static readonly (string Name, Func<int, string> Generate)[] Shapes =
        {
            ("own settings", n => Services(n, i => new[] { "    image: alpine", "    user: root", "    cap_add: [SYS_ADMIN]", "    privileged: true" })),
            ("merging one anchor", n => "x-base: &base\n  image: alpine\n  user: root\n  security_opt: [label=type:x]\n  cap_add: [SYS_ADMIN]\n"
                + Services(n, i => new[] { "    <<: *base" })),
            ("one anchored list", n => "x-caps: &caps [SYS_ADMIN, NET_ADMIN]\n" + Services(n, i => new[] { "    image: alpine", "    cap_add: *caps" })),
            ("aliases of one service", n => "services:\n  web: &web\n    image: alpine\n    user: root\n    pid: host\n"
                + Aliases(n)),
            // One document per unit (`---` before each), as compose-go reads them: each is a layer merged into the ones before.
            ("documents, no service", n => Repeat("---\nservices: {}\n", n)),
            ("documents, one service each", n => Documents(n)),
            ("documents, one growing service", n => GrowingService(n)),
            // Each service extends the next (audit 106: a service past the 128 links the linter follows walked the rest of the
            // chain again, quadratic in the file); the last is privileged, or extends the first (a cycle).
            ("one extends chain", n => Services(n, i => i < n - 1 ? new[] { "    extends: s" + (i + 1).ToString(CultureInfo.InvariantCulture) } : new[] { "    image: alpine", "    privileged: true" })),
            ("one extends cycle", n => Services(n, i => new[] { "    extends: s" + ((i + 1) % n).ToString(CultureInfo.InvariantCulture) })),
            // A suppression comment in each service, and as many stacked above one key (audit 108 B108-3: each finding was
            // checked against every comment, and each comment of a stack looked at every comment line below it).
            ("a suppression comment each", n => Services(n, i => new[] { "    image: alpine # containerlint ignore=CTL1003 the daemon", "    privileged: true" })),
            // Each service takes the mounts of the one before (audit 108 B108-4: each copied the route of entries the mount came
            // through, memory quadratic in the chain).
            ("one volumes_from chain", n => Services(n, i => i == 0 ? new[] { "    image: alpine", "    volumes: [\"/etc:/etc\"]" }
                : new[] { "    image: alpine", "    volumes_from: [s" + (i - 1).ToString(CultureInfo.InvariantCulture) + "]" })),
            // A comment over each service's alias of an anchor that holds a finding (audit 109 C109-4: each service was looked
            // for among all the services of the file).
            ("a suppression comment over each alias", n => "x-base: &base\n  image: alpine\n  privileged: true\n"
                + Services(n, i => new[] { "    # containerlint ignore=CTL1003 the daemon", "    <<: *base" })),
            ("stacked suppression comments", n => "services:\n  web:\n    image: alpine\n"
                + Repeat("    # containerlint ignore=CTL1003 the daemon\n", n) + "    privileged: true\n"),
            // The n of a Dockerfile shape is its count of repeated lines, not of services.
            ("dockerfile_inline of ENV and USER lines", n => InlineDockerfile(n, i => "ENV V" + i + "=x\n        USER u" + i)),
            ("dockerfile_inline of ENV, CMD and RUN lines", n => InlineDockerfile(n, i => "ENV V" + i + "=x\n        CMD [\"a\"]\n        RUN true")),
        };

        public static int Run(string? only = null)
        {
            // Every shape once first, so that the first sizes are not measured while the JIT still compiles the linter.
            foreach (var (_, generate) in Shapes) MicrosecondsPerService(generate(Sizes[0]), Sizes[0], out _);
            var flat = true;
            foreach (var (name, generate) in Shapes)
            {
                if (only is not null && !name.StartsWith(only, StringComparison.Ordinal)) continue;
                double? first = null;
                var line = new StringBuilder(name + ":");
                foreach (var n in Sizes)
                {
                    var perService = MicrosecondsPerService(generate(n), n, out var findings);
                    first ??= perService;
                    line.Append(string.Format(CultureInfo.InvariantCulture, "  {0} services {1:0.0} µs each ({2} findings)", n, perService, findings));
                    if (n == Sizes[Sizes.Length - 1] && perService > 3 * first.Value) flat = false;
                }
                Console.WriteLine(line);
            }
            Console.WriteLine(flat ? "time per service: flat (within 3x from 500 to 8,000 services)" : "time per service GROWS with the file");
            return flat ? 0 : 1;
        }

        private static double MicrosecondsPerService(string text, int services, out int findings)
        {
            var path = Path.GetFullPath("compose.yaml");
            var files = new OneFile(path, text);
            findings = ComposeLinter.Lint(new[] { path }, LintOptions.Default, files).Findings.Count; // warm-up and count
            var passes = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < 1 || passes < 2)
            {
                ComposeLinter.Lint(new[] { path }, LintOptions.Default, files);
                passes++;
            }
            return watch.Elapsed.TotalMilliseconds * 1000 / passes / services;
        }

        private static string Services(int n, Func<int, string[]> body)
        {
            var text = new StringBuilder("services:\n");
            for (var i = 0; i < n; i++)
            {
                text.Append("  s").Append(i.ToString(CultureInfo.InvariantCulture)).Append(":\n");
                foreach (var line in body(i)) text.Append(line).Append('\n');
            }
            return text.ToString();
        }

        private static string InlineDockerfile(int n, Func<int, string> lines)
        {
            var text = new StringBuilder("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM alpine:3.20\n");
            for (var i = 0; i < n; i++) text.Append("        ").Append(lines(i)).Append('\n');
            return text.Append("        USER root\n").ToString();
        }

        private static string Repeat(string text, int n)
        {
            var all = new StringBuilder(text.Length * n);
            for (var i = 0; i < n; i++) all.Append(text);
            return all.ToString();
        }

        private static string Documents(int n)
        {
            var text = new StringBuilder();
            for (var i = 0; i < n; i++)
                text.Append("---\nservices:\n  s").Append(i.ToString(CultureInfo.InvariantCulture)).Append(":\n    image: alpine\n    user: root\n");
            return text.ToString();
        }

        /// <summary>Every document adds to the same service: one more variable, capability and mount (audit 29: quadratic).</summary>
        private static string GrowingService(int n)
        {
            var text = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                var id = i.ToString(CultureInfo.InvariantCulture);
                text.Append("---\nservices:\n  s:\n    image: alpine\n    environment:\n      V").Append(id).Append(": \"1\"\n")
                    .Append("    cap_add: [CAP_").Append(id).Append("]\n    volumes: [\"/srv/").Append(id).Append(":/data/").Append(id).Append("\"]\n");
            }
            return text.ToString();
        }

        private static string Aliases(int n)
        {
            var text = new StringBuilder();
            for (var i = 1; i < n; i++) text.Append("  web").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": *web\n");
            return text.ToString();
        }

        private sealed class OneFile : IFileSystem
        {
            private readonly string _path;
            private readonly string _text;

            public OneFile(string path, string text)
            {
                _path = path;
                _text = text;
            }

            public bool FileExists(string path) => path == _path;

            public string ReadAllText(string path) => path == _path ? _text : throw new FileNotFoundException(path);
        }
    }
}
