using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ContainerLint.Benchmarks
{
    /// <summary>
    /// Lints each workload's files repeatedly on one thread for a few seconds and prints files per second
    /// (budget: 2,000 files/s for parse + all rules, design.md). Add a workload to <see cref="Workloads"/>.
    /// </summary>
    internal static class Program
    {
        private const double BudgetFilesPerSecond = 2000;

        private static IEnumerable<Workload> Workloads(string corpus)
        {
            yield return new DockerfileWorkload(Path.Combine(corpus, "realworld"));
            yield return new ComposeWorkload(Path.Combine(corpus, "realworld"));
        }

        /// <param name="args">
        /// [seconds] to measure each workload; <c>--findings</c> to list one pass's findings by rule (for review);
        /// <c>--memory</c> for the memory budget (<see cref="MemoryBenchmark"/>); <c>--scale</c> for the time per service as one
        /// Compose file grows (<see cref="ScaleBenchmark"/>).
        /// </param>
        private static int Main(string[] args)
        {
            if (MemoryBenchmark.IsChild(args)) return MemoryBenchmark.Child(args[1]);
            var corpus = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "corpus"));
            if (args.Length > 0 && args[0] == "--memory") return MemoryBenchmark.Run(corpus);
            if (args.Length > 0 && args[0] == "--scale") return ScaleBenchmark.Run(args.Length > 1 ? args[1] : null);
            if (args.Length > 0 && args[0] == "--findings")
            {
                foreach (var workload in Workloads(corpus)) PrintFindings(workload, corpus);
                return 0;
            }
            var seconds = args.Length > 0 && double.TryParse(args[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 5;
            var ok = true;
            foreach (var workload in Workloads(corpus))
            {
                if (workload.Files.Count == 0)
                {
                    Console.WriteLine($"{workload.Name}: no files under {corpus}");
                    continue;
                }
                var rate = Measure(workload, seconds, out var files, out var findings);
                var verdict = rate >= BudgetFilesPerSecond ? "ok" : "BELOW BUDGET";
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "{0}: {1} files, {2} files linted in {3:0.0} s, {4:0} files/s (budget {5:0}: {6}); {7} findings per pass",
                    workload.Name, workload.Files.Count, files, seconds, rate, BudgetFilesPerSecond, verdict, findings));
                ok &= rate >= BudgetFilesPerSecond;
            }
            return ok ? 0 : 1;
        }

        private static double Measure(Workload workload, double seconds, out long filesLinted, out int findingsPerPass)
        {
            // Warm up (JIT, tiering) for a fraction of the time, then measure whole passes over the files.
            var warmup = Stopwatch.StartNew();
            while (warmup.Elapsed.TotalSeconds < Math.Min(1, seconds / 4)) Pass(workload);

            findingsPerPass = 0;
            filesLinted = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                findingsPerPass = Pass(workload);
                filesLinted += workload.Files.Count;
            }
            watch.Stop();
            return filesLinted / watch.Elapsed.TotalSeconds;
        }

        private static int Pass(Workload workload)
        {
            var findings = 0;
            foreach (var (path, text) in workload.Files) findings += workload.Lint(path, text).Count;
            return findings;
        }

        private static void PrintFindings(Workload workload, string corpus)
        {
            var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var (path, text) in workload.Files)
                foreach (var f in workload.Lint(path, text))
                {
                    byRule[f.Rule.Id] = byRule.TryGetValue(f.Rule.Id, out var n) ? n + 1 : 1;
                    Console.WriteLine($"{Path.GetRelativePath(corpus, f.Span.Path)}({f.Span.StartLine},{f.Span.StartColumn}): {f.Rule.Id}: {f.Message}");
                }
            Console.WriteLine(workload.Name + ": " + string.Join(", ", byRule.Select(kv => kv.Key + " " + kv.Value)));
        }

        private static string RepoRoot()
        {
            foreach (var attribute in typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
                if (attribute.Key == "RepoRoot" && !string.IsNullOrEmpty(attribute.Value) && Directory.Exists(attribute.Value))
                    return attribute.Value!;
            return Directory.GetCurrentDirectory();
        }
    }
}
