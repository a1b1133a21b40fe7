#!/usr/bin/env python3
"""CPU share of ContainerLint in one compilation, from a Linux perf profile of the build (see run.sh CPU=1).

  perf script -F pid,ip,sym,dso -i BUILD.perf | cpu_share.py

-p:ReportAnalyzer=true adds up the wall-clock time of each analyzer action. On a machine with fewer cores than the
compiler has threads, that time includes waiting for a core while the compiler binds, emits and runs other analyzers,
so it says more about the machine's load than about the analyzer. Its authors say it is for comparing analyzers with
one another, and that what analyzers add to a build is measured "by running the build with analyzers under a
profiler" (dotnet/roslyn#2818). Sampling CPU time answers "how much of the CPU this compilation used was spent in the
analyzer": a sample is the analyzer's when one of its methods is on the stack, which also counts the JIT compilation
of its methods and the Roslyn code it calls (lazily built operation trees, semantic queries). Garbage collection is
not counted: the compiler runs with server GC, whose own threads collect (ContainerLint allocates about 5 MB per pass
over the realistic project, see InProcess/). The compiler process is the one whose samples show Roslyn most; every sample of
that process is part of the compilation (csc, or the compiler server profiled for the duration of one build).

Prints one line: "pid samples ours empty walk", the last three as percentages of the process's samples (empty and
walk: the calibration analyzers of Baseline/, 0 when not loaded), in the order run.sh's other figures use.
"""
import collections
import sys


def samples(lines):
    """(pid, frames) per sample: a header line with the pid, then one tab-indented line per frame."""
    pid, frames = None, []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("\t"):
            frames.append(line.strip())
            continue
        if pid is not None:
            yield pid, frames
        pid, frames = line.split()[0], []
    if pid is not None:
        yield pid, frames


def main():
    total = collections.Counter()
    roslyn = collections.Counter()
    ours = collections.Counter()
    walk = collections.Counter()
    empty = collections.Counter()
    for pid, frames in samples(sys.stdin):
        total[pid] += 1
        stack = "\n".join(frames)
        if "[Microsoft.CodeAnalysis" in stack:
            roslyn[pid] += 1
        # JIT-compiled frames read "... [Assembly] Namespace.Type::Method(...)" in the perf map; precompiled (ReadyToRun)
        # code, which the perf map leaves out, runs from the mapped image: "[unknown] (.../ContainerLint.Analyzers.dll)".
        if "[ContainerLint." in stack or "/ContainerLint." in stack:
            ours[pid] += 1
        if "AnalyzerCost.Baseline.OperationWalkAnalyzer" in stack:
            walk[pid] += 1
        if "AnalyzerCost.Baseline.EmptyOperationBlockAnalyzer" in stack:
            empty[pid] += 1
    if not roslyn:
        sys.exit("no compiler samples: was the build profiled with DOTNET_PerfMapEnabled=1?")
    pid = max(roslyn, key=roslyn.get)
    n = total[pid]
    print("%s %d %.3f %.3f %.3f" % (pid, n, 100.0 * ours[pid] / n, 100.0 * empty[pid] / n, 100.0 * walk[pid] / n))


if __name__ == "__main__":
    main()
