#!/usr/bin/env bash
# Analyzer cost benchmark (design.md budget: under 1% of the compilation).
# Generates a project that uses Docker.DotNet in every file, builds it with the ContainerLint analyzers loaded from a
# Release build, and reports the analyzers' time from -p:ReportAnalyzer=true, per file and as a share of the Csc
# task's time. The "not referenced" bail-out is pinned by the analyzer tests; this measures the referenced case.
#   SHAPE=realistic (default) every file is a ~200-line class of ordinary application code (records, LINQ, loops,
#                   async, a switch, exceptions) of which one or two methods build Docker.DotNet parameters, some
#                   safe, some with one or two dangerous settings (see generate.py)
#   SHAPE=dense     every file is nothing but one Docker.DotNet method with ~5 findings: the worst case
#   SHAPE=sparse    the realistic classes, all calling the Docker client, but only one file in 30 builds parameters
#   SHAPE=both      realistic and dense; SHAPE=all: realistic, dense and sparse
#   FILES=n         number of generated files (default 300)
#   RUNS=n          repeat each measurement n times and print the median too (default 1)
#   WARM=1          also build through the compiler server: the analyzer is then loaded and JIT-compiled already,
#                   as in every build of a `dotnet build` session but the first. The default measurement is cold: a
#                   fresh compiler process, whose first analysis pays JIT compilation of the analyzer and the rules.
#   BASELINE=1      also load Baseline/ into the same builds: an analyzer whose per-method action returns at once and one
#                   that only visits every operation of every method; their figures are the floor on this machine
#   INPROCESS=1     also run InProcess/ on the generated files: the analyzers' own CPU time on one thread (no compiler
#                   beside it, so no JIT contention, GC pauses or preemption counted), per pass and per file
#   SERIAL=1        also re-run each cold build's compiler command line (from the build log) with /parallel-: the
#                   same /reportanalyzer figures from a compilation that runs its analyzers one after the other, so
#                   that an action's wall-clock time is not inflated by waiting for a core (Roslyn's advice when
#                   timings look wrong, dotnet/roslyn#24564); the share is taken of that compiler process's run time
#   READYTORUN=0    load the analyzer as IL (what IDEs and .NET Framework MSBuild load). By default the builds load what
#                   `dotnet build` loads from the package: the images precompiled for this host (r2r/net<N>/<rid>/ of a
#                   package packed from this repository), or the IL where the package has none for it
#   CPU=1           also profile each measured build with Linux perf (needs `perf`, and root or
#                   kernel.perf_event_paranoid <= 1) and report ContainerLint's share of the CPU time the compiler
#                   process spent on the compilation (cpu_share.py says what is counted). With WARM=1 the compiler
#                   server is shut down first, so that the one the builds start writes the perf map. perf resolves
#                   JIT-compiled frames only with W^X off (DOTNET_EnableWriteXorExecute=0, for analyzer and compiler
#                   alike), so these builds JIT-compile a little faster than the others.
# Analyzer times are wall-clock sums over the compiler's threads: on a busy machine, repeat and compare.
set -euo pipefail
if [ "${CPU:-0}" = "1" ] && ! command -v perf > /dev/null; then
  echo "CPU=1 needs Linux perf (Debian: apt-get install linux-perf)" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${1:-$(mktemp -d)}"
files="${FILES:-300}"
runs="${RUNS:-1}"
shape="${SHAPE:-realistic}"
art="$work/artifacts"
mkdir -p "$work"

case "$shape" in
  realistic | dense | sparse) shapes="$shape" ;;
  both) shapes="realistic dense" ;;
  all) shapes="realistic dense sparse" ;;
  *) echo "SHAPE must be realistic, dense, sparse, both or all" >&2; exit 2 ;;
esac

if ! dotnet build "$repo/src/ContainerLint.CodeFixes" -c Release --artifacts-path "$art" -v:q -nologo > "$work/analyzer-build.log" 2>&1; then
  grep -E "error" "$work/analyzer-build.log" >&2 || cat "$work/analyzer-build.log" >&2
  exit 1
fi
an="$(find "$art/bin" -name ContainerLint.Analyzers.dll -path '*release*' | head -n1)"
dir="$(dirname "$an")"
if [ "${READYTORUN:-1}" = "1" ]; then
  # The host's images, as build/ContainerLint.targets picks them, from the package built from the same code.
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;; Darwin-x86_64) rid=osx-x64 ;; Darwin-arm64) rid=osx-arm64 ;; *) rid="" ;;
  esac
  if ! dotnet pack "$repo/src/ContainerLint.Package/ContainerLint.Package.csproj" -c Release --artifacts-path "$art" -o "$work/feed" \
      -p:Version=0.0.0-cost -v:q -nologo > "$work/pack.log" 2>&1; then
    grep -E "error" "$work/pack.log" >&2 || cat "$work/pack.log" >&2
    exit 1
  fi
  rm -rf "$work/package" && mkdir -p "$work/package" && (cd "$work/package" && unzip -q "$work/feed/ContainerLint.0.0.0-cost.nupkg")
  images="$(ls -d "$work"/package/r2r/net*/"$rid" 2> /dev/null | head -n1 || true)"
  if [ -n "$rid" ] && [ -n "$images" ]; then dir="$images"; else echo "no ReadyToRun image for this host: measuring the IL" >&2; fi
fi
echo "analyzer loaded from $dir"
baseline=""
if [ "${BASELINE:-0}" = "1" ]; then
  dotnet build "$here/Baseline" -c Release --artifacts-path "$art" -v:q -nologo > "$work/baseline-build.log" 2>&1 \
    || { cat "$work/baseline-build.log" >&2; exit 1; }
  baseline=";$art/bin/AnalyzerCost.Baseline/release/AnalyzerCost.Baseline.dll"
fi

generate() {
  local name="$1" proj="$work/$1"
  rm -rf "$proj"
  mkdir -p "$proj"
  cat > "$proj/CostProbe.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>disable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <NoWarn>\$(NoWarn);CTL1001;CTL1003;CTL2001;CTL2002;CTL2003;CTL3003;CTL3004;CTL4001;CTL6001;CTL5003</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Docker.DotNet" Version="3.125.15" />
    <Analyzer Include="$dir/ContainerLint.Core.dll;$dir/ContainerLint.Analyzers.dll$baseline" />
    <GlobalAnalyzerConfigFiles Include="ContainerLint.globalconfig" />
  </ItemGroup>
</Project>
XML
  # Error-severity rules (read from the release tracking file) become warnings, so that the build completes.
  {
    echo "is_global = true"
    grep -hE "^CTL[0-9]+ \| [A-Za-z]+ \| Error" "$repo"/src/ContainerLint.Analyzers/AnalyzerReleases.*.md \
      | awk '{print "dotnet_diagnostic." $1 ".severity = warning"}'
  } > "$proj/ContainerLint.globalconfig"
  echo '<Project />' > "$proj/Directory.Build.props"
  echo '<Project />' > "$proj/Directory.Packages.props"
  python3 "$here/generate.py" "$name" "$proj" "$files"
  (cd "$proj" && dotnet restore -v:q -nologo > /dev/null)
}

# Seconds the analyzer (assembly or type) named $2 took in the build log $1; 0 when it is not listed.
seconds() {
  local s
  s=$(grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+$2[ ,]" "$1" | head -n1 | awk '{print $1}')
  s="${s#<}"
  echo "${s:-0}"
}

# Prints "csc_ms ours_s empty_s walk_s" from a build log with the analyzer and performance summaries (or from the
# compiler's own output $1 and its run time $2 in ms).
figures() {
  local log="$1" ours csc
  ours=$(grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+ContainerLint\.Analyzers" "$log" | head -n1 | awk '{print $1}')
  csc="${2:-$(grep -E "^\s+[0-9]+ ms\s+Csc\s" "$log" | tail -n1 | awk '{print $1}')}"
  if [ -z "$csc" ] || [ -z "$ours" ]; then
    echo "no analyzer/Csc summary in $log" >&2
    grep -E "error" "$log" | head -n5 >&2 || true
    exit 1
  fi
  echo "$csc ${ours#<} $(seconds "$log" "AnalyzerCost\.Baseline\.EmptyOperationBlockAnalyzer") $(seconds "$log" "AnalyzerCost\.Baseline\.OperationWalkAnalyzer")"
}

report() {
  local label="$1" name="$2"; shift 2
  python3 - "$label" "$name" "$files" "$@" <<'PY'
import statistics, sys
label, name, files = sys.argv[1], sys.argv[2], int(sys.argv[3])
runs = [[float(v) for v in sys.argv[k:k + 4]] for k in range(4, len(sys.argv), 4)]
pairs = [(r[0], r[1] * 1000.0) for r in runs]
baseline = any(r[2] or r[3] for r in runs)
print("== %s, %s, %d files" % (name, label, files))
for csc, ours, empty, walk in runs:
    line = "  Csc %6.0f ms   ContainerLint %5.0f ms   %5.2f%% of Csc   %.3f ms/file" % (csc, ours * 1000.0, 100.0 * ours * 1000.0 / csc, ours * 1000.0 / files)
    if baseline:
        line += "   | empty action %4.0f ms %4.2f%%, operation walk %4.0f ms %4.2f%%" % (empty * 1000.0, 100.0 * empty * 1000.0 / csc, walk * 1000.0, 100.0 * walk * 1000.0 / csc)
    print(line)
if len(pairs) > 1:
    csc = statistics.median(p[0] for p in pairs)
    ours = statistics.median(p[1] for p in pairs)
    share = statistics.median(100.0 * p[1] / p[0] for p in pairs)
    print("  median of %d: Csc %.0f ms, ContainerLint %.0f ms, share %.2f%%, %.3f ms/file" % (len(pairs), csc, ours, share, ours / files))
    if baseline:
        print("  median share of the baselines: empty action %.2f%%, operation walk %.2f%%" % (
            statistics.median(100000.0 * r[2] / r[0] for r in runs), statistics.median(100000.0 * r[3] / r[0] for r in runs)))
print("  1%% budget: %s" % ("met" if statistics.median(100.0 * p[1] / p[0] for p in pairs) < 1.0 else "NOT met"))
PY
}

# "pid samples ours empty walk" of the profiled build $1 (see cpu_share.py); the profile and perf map are removed.
cpu_share() {
  local line
  line=$(perf script -F pid,ip,sym,dso -i "$1" 2> /dev/null | python3 "$here/cpu_share.py")
  rm -f "$1" "/tmp/perf-${line%% *}.map"
  echo "$line"
}

# "csc_ms ours_s empty_s walk_s" of the compiler command line of the cold build log $3, re-run with /parallel-.
serial_figures() {
  local proj="$work/$1" out="$work/$1-serial-$2.log" rsp="$work/$1-serial.rsp" line tool start end
  # The Csc task logs the compiler's path and its arguments on one line (UseSharedCompilation=false).
  line=$(grep -m1 -E "^\s+\S+/csc(\.dll)? /noconfig" "$3")
  tool=$(echo "$line" | awk '{print $1}')
  echo "$line" | sed -E 's#^\s+\S+/csc(\.dll)? ##' > "$rsp"
  start=$(date +%s%N)
  (cd "$proj" && "$tool" @"$rsp" /parallel- > "$out")
  end=$(date +%s%N)
  figures "$out" $(((end - start) / 1000000))
}

# Runs the command with the perf map on when CPU=1 (a compiler server it starts inherits the setting).
perf_map() {
  if [ "${CPU:-0}" = "1" ]; then
    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 "$@"
  else
    "$@"
  fi
}

# The sampling both profiles use: about 1,000 stacks per second of CPU time.
profile=(perf record -q -F 997 -g)

# Runs a build of $1 with the remaining arguments, under perf when CPU=1 (profile in $work/$1.perf).
build() {
  local label="$1"; shift
  if [ "${CPU:-0}" = "1" ]; then
    perf_map "${profile[@]}" -o "$work/$label.perf" -- dotnet build "$@"
  else
    dotnet build "$@"
  fi
}

# One build of one shape: appends "csc ours empty walk" to the shape's cold (and warm) figures, and with CPU=1
# "samples ours empty walk" to its CPU shares.
declare -A cold warm serial cpu_cold cpu_warm
measure() {
  local name="$1" run="$2" proj="$work/$1" log
  log="$work/$name-cold-$run.log"
  (cd "$proj" && build "$name-cold-$run" --no-restore --no-incremental -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -p:UseSharedCompilation=false > "$log")
  cold[$name]="${cold[$name]:-} $(figures "$log")"
  if [ "${CPU:-0}" = "1" ]; then cpu_cold[$name]="${cpu_cold[$name]:-} $(cpu_share "$work/$name-cold-$run.perf" | cut -d' ' -f2-)"; fi
  if [ "${SERIAL:-0}" = "1" ]; then serial[$name]="${serial[$name]:-} $(serial_figures "$name" "$run" "$log")"; fi
  if [ "${WARM:-0}" = "1" ]; then
    # The first server build loads the analyzer (cold); the second is what each later build costs.
    if [ "${CPU:-0}" = "1" ]; then dotnet build-server shutdown > /dev/null 2>&1 || true; fi
    (cd "$proj" && perf_map dotnet build --no-restore --no-incremental -nologo -p:UseSharedCompilation=true > /dev/null)
    log="$work/$name-warm-$run.log"
    local server="" profiler=""
    if [ "${CPU:-0}" = "1" ]; then
      server=$(pgrep -f VBCSCompiler | head -n1)
      "${profile[@]}" -p "$server" -o "$work/$name-warm-$run.perf" & profiler=$!
      sleep 1
    fi
    (cd "$proj" && perf_map dotnet build --no-restore --no-incremental -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -p:UseSharedCompilation=true > "$log")
    warm[$name]="${warm[$name]:-} $(figures "$log")"
    if [ -n "$profiler" ]; then
      # The server may be gone already (another user of the machine shut its build servers down).
      kill -INT "$profiler" 2> /dev/null || true
      wait "$profiler" || true
      cpu_warm[$name]="${cpu_warm[$name]:-} $(cpu_share "$work/$name-warm-$run.perf" | cut -d' ' -f2-)"
    fi
  fi
}

# Prints the CPU shares of one shape: "samples ours empty walk" per build.
report_cpu() {
  local label="$1" name="$2"; shift 2
  python3 - "$label" "$name" "$@" <<'PY'
import statistics, sys
label, name = sys.argv[1], sys.argv[2]
runs = [[float(v) for v in sys.argv[k:k + 4]] for k in range(3, len(sys.argv), 4)]
print("== %s, %s: share of the compiler process's CPU samples" % (name, label))
for samples, ours, empty, walk in runs:
    print("  %6.0f samples   ContainerLint %5.2f%%   | empty action %4.2f%%, operation walk %4.2f%%" % (samples, ours, empty, walk))
share = statistics.median(r[1] for r in runs)
print("  median ContainerLint %.2f%% of the compilation's CPU: 1%% budget %s" % (share, "met" if share < 1.0 else "NOT met"))
PY
}

for s in $shapes; do generate "$s"; done
# Runs alternate between the shapes so that a burst of load on the machine does not favour one of them.
for run in $(seq 1 "$runs"); do
  for s in $shapes; do measure "$s" "$run"; done
done
for s in $shapes; do
  # shellcheck disable=SC2086
  report "cold: fresh compiler process (UseSharedCompilation=false)" "$s" ${cold[$s]}
  # shellcheck disable=SC2086
  if [ "${WARM:-0}" = "1" ]; then report "warm: compiler server, analyzer already loaded (UseSharedCompilation=true)" "$s" ${warm[$s]}; fi
  # shellcheck disable=SC2086
  if [ "${SERIAL:-0}" = "1" ]; then report "cold, analyzers run one after the other (csc /parallel-)" "$s" ${serial[$s]}; fi
  # shellcheck disable=SC2086
  if [ "${CPU:-0}" = "1" ]; then report_cpu "cold" "$s" ${cpu_cold[$s]}; fi
  # shellcheck disable=SC2086
  if [ "${CPU:-0}" = "1" ] && [ "${WARM:-0}" = "1" ]; then report_cpu "warm" "$s" ${cpu_warm[$s]}; fi
done
if [ "${INPROCESS:-0}" = "1" ]; then
  dotnet build "$here/InProcess" -c Release --artifacts-path "$art" -v:q -nologo > "$work/inprocess-build.log" 2>&1 \
    || { cat "$work/inprocess-build.log" >&2; exit 1; }
  for s in $shapes; do
    echo "== $s, in process: the analyzers' CPU time on one thread"
    dotnet "$art/bin/AnalyzerCost.InProcess/release/AnalyzerCost.InProcess.dll" "$work/$s" 60 | tail -n1
  done
fi
for s in $shapes; do
  echo "== $s: analyzer summary of the last cold build"
  grep -A14 -E "Total analyzer execution time" "$work/$s-cold-$runs.log" | sed -n '1,16p'
done
echo "logs and projects: $work"
