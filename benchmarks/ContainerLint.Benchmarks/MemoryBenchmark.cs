using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ContainerLint.Tasks.Engine;

namespace ContainerLint.Benchmarks
{
    /// <summary>
    /// design.md: "Memory grows with the largest file, not with the number of files." Each measurement lints one folder
    /// of files from disk in a fresh process, through the MSBuild task's engine (<see cref="ProjectLinter"/>, which reads
    /// each file, lints it and keeps only its findings), and reports the process's peak resident memory (VmHWM) and the
    /// managed heap still live afterwards, while the result is held (the findings the task logs).
    /// <list type="bullet">
    /// <item>Number of files: the real-world corpus copied 1, 4 and 16 times: 16 times the files should not need more
    /// memory beyond the findings kept for the log.</item>
    /// <item>Largest file: one generated Compose file and one Dockerfile of growing size: memory grows with it.</item>
    /// </list>
    /// Peak resident memory includes the runtime itself; the differences between rows are what the figures show.
    /// </summary>
    internal static class MemoryBenchmark
    {
        private const string ChildSwitch = "--memory-child";
        private static readonly int[] CorpusCopies = { 1, 4, 16 };
        private static readonly int[] GeneratedSizes = { 1000, 4000, 16000 };

        public static int Run(string corpus)
        {
            var work = Path.Combine(Path.GetTempPath(), "containerlint-memory-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            try
            {
                var realWorld = Path.Combine(corpus, "realworld");
                if (!Directory.Exists(realWorld))
                {
                    Console.WriteLine("memory: no corpus under " + realWorld);
                    return 1;
                }
                Console.WriteLine("Number of files (the real-world corpus copied n times, one project):");
                var byCopies = new List<Measurement>();
                foreach (var copies in CorpusCopies)
                {
                    var folder = Path.Combine(work, "corpus-x" + copies.ToString(CultureInfo.InvariantCulture));
                    for (var copy = 0; copy < copies; copy++) CopyTree(realWorld, Path.Combine(folder, copy.ToString(CultureInfo.InvariantCulture)));
                    var m = Measure(folder);
                    byCopies.Add(m);
                    Print("x" + copies.ToString(CultureInfo.InvariantCulture), m);
                    Directory.Delete(folder, recursive: true);
                }

                Console.WriteLine("Largest file (one generated file of n services / n stages):");
                var bySize = new List<Measurement>();
                foreach (var size in GeneratedSizes)
                {
                    var folder = Path.Combine(work, "generated-" + size.ToString(CultureInfo.InvariantCulture));
                    Directory.CreateDirectory(Path.Combine(folder, "compose"));
                    Directory.CreateDirectory(Path.Combine(folder, "docker"));
                    File.WriteAllText(Path.Combine(folder, "compose", "compose.yaml"), GenerateCompose(size));
                    File.WriteAllText(Path.Combine(folder, "docker", "Dockerfile"), GenerateDockerfile(size));
                    var m = Measure(folder);
                    bySize.Add(m);
                    Print(size.ToString(CultureInfo.InvariantCulture), m);
                    Directory.Delete(folder, recursive: true);
                }

                // The verdict: each file added to the project may add its findings and its name to the peak, but less than
                // its own text; keeping every file's parse (a YAML tree is several times its text) would add much more.
                var first = byCopies[0];
                var last = byCopies[byCopies.Count - 1];
                var addedFiles = last.Files - first.Files;
                var perAddedFile = (double)(last.PeakBytes - first.PeakBytes) / addedFiles;
                var resultPerAddedFile = (double)Math.Max(0, last.LiveBytes - first.LiveBytes) / addedFiles;
                var averageFile = (double)last.InputBytes / last.Files;
                var ok = perAddedFile < averageFile;
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "memory: {0:N0} -> {1:N0} files add {2:0.0} KB per file to the peak ({3:0.0} KB of it the findings and file lists the " +
                    "task keeps), less than the average file's own {4:0.0} KB of text; the largest file ({5:0.0} MB) peaks at {6:0.0} MB " +
                    "({7})",
                    first.Files, last.Files, perAddedFile / 1e3, resultPerAddedFile / 1e3, averageFile / 1e3,
                    bySize[bySize.Count - 1].InputBytes / 1e6, bySize[bySize.Count - 1].PeakBytes / 1e6,
                    ok ? "ok: grows with the largest file, not with the number of files" : "GROWS WITH THE NUMBER OF FILES"));
                return ok ? 0 : 1;
            }
            finally
            {
                if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            }
        }

        public static bool IsChild(string[] args) => args.Length == 2 && args[0] == ChildSwitch;

        /// <summary>In the child process: lints every Dockerfile and Compose file under the folder and prints the figures.</summary>
        public static int Child(string folder)
        {
            var items = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(ToItem)
                .Where(i => i is not null)
                .Select(i => i!)
                .ToList();
            var inputBytes = items.Sum(i => new FileInfo(i.Path).Length);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            var result = new ProjectLinter().Lint(items);
            watch.Stop();
            var live = GC.GetTotalMemory(forceFullCollection: true) - before;
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} {3} {4} {5}",
                items.Count, inputBytes, result.Findings.Count, self.PeakWorkingSet64, live, watch.ElapsedMilliseconds));
            GC.KeepAlive(result);
            return 0;
        }

        private static LintItem? ToItem(string path)
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                return new LintItem(path, ContainerFileKind.Compose);
            if (name.IndexOf("dockerfile", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("containerfile", StringComparison.OrdinalIgnoreCase) >= 0)
                return new LintItem(path, ContainerFileKind.Dockerfile);
            return null;
        }

        private sealed class Measurement
        {
            public int Files { get; set; }
            public long InputBytes { get; set; }
            public int Findings { get; set; }
            public long PeakBytes { get; set; }
            public long LiveBytes { get; set; }
            public long Milliseconds { get; set; }
        }

        private static Measurement Measure(string folder)
        {
            var self = Environment.ProcessPath ?? "dotnet";
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            // Run through the dotnet host: pass the entry assembly first.
            if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
                start.ArgumentList.Add(typeof(MemoryBenchmark).Assembly.Location);
            start.ArgumentList.Add(ChildSwitch);
            start.ArgumentList.Add(folder);
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            var error = child.StandardError.ReadToEnd();
            child.WaitForExit();
            var fields = output.Trim().Split(' ');
            if (child.ExitCode != 0 || fields.Length != 6) throw new InvalidOperationException("memory child failed: " + output + error);
            long F(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
            return new Measurement
            {
                Files = (int)F(0), InputBytes = F(1), Findings = (int)F(2), PeakBytes = F(3), LiveBytes = F(4), Milliseconds = F(5),
            };
        }

        private static void Print(string label, Measurement m) =>
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "  {0,6}: {1,6:N0} files, {2,7:0.0} MB read, {3,7:N0} findings in {4,6:N0} ms; peak resident {5,6:0.0} MB, kept after (findings, files read) {6,6:0.0} MB",
                label, m.Files, m.InputBytes / 1e6, m.Findings, m.Milliseconds, m.PeakBytes / 1e6, m.LiveBytes / 1e6));

        private static void CopyTree(string from, string to)
        {
            foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
                Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
            Directory.CreateDirectory(to);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
                File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }

        /// <summary>A Compose file of <paramref name="services"/> services, each with a few settings the rules report.</summary>
        private static string GenerateCompose(int services)
        {
            var text = new StringBuilder("services:\n");
            for (var i = 0; i < services; i++)
                text.Append("  svc").Append(i).Append(":\n")
                    .Append("    image: registry.example.com/team/app").Append(i % 17).Append(":1.").Append(i % 9).Append('\n')
                    .Append("    user: root\n")
                    .Append("    cap_add: [NET_ADMIN]\n")
                    .Append("    volumes:\n")
                    .Append("      - ./data/").Append(i).Append(":/data\n")
                    .Append("      - /etc:/host/etc\n")
                    .Append("    environment:\n")
                    .Append("      LEVEL: \"${LEVEL_").Append(i % 50).Append(":-info}\"\n");
            return text.ToString();
        }

        /// <summary>A Dockerfile of <paramref name="stages"/> stages, each from the one before, ending as root.</summary>
        private static string GenerateDockerfile(int stages)
        {
            var text = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=alpine:3.20\nFROM ${BASE} AS s0\n");
            for (var i = 1; i < stages; i++)
                text.Append("FROM s").Append(i - 1).Append(" AS s").Append(i).Append('\n')
                    .Append("RUN apk add --no-cache curl \\\n    && echo stage ").Append(i).Append(" > /stage\n")
                    .Append("COPY app").Append(i).Append(" /app/").Append(i).Append('\n');
            text.Append("USER root\nCMD [\"/app/run\"]\n");
            return text.ToString();
        }
    }
}
