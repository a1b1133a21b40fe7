#!/usr/bin/env bash
# Up-to-date build cost (design.md budget: an up-to-date incremental build adds under 50 ms).
# Packs ContainerLint, references it from a fresh project holding samples/InsecureApp and the real-world corpus'
# docker+awesome-compose folder (Dockerfiles and Compose files with findings), builds it once, then builds it again
# RUNS times with nothing changed, then RUNS times with the lint off (-p:ContainerLintEnabled=false), and reports from
# MSBuild's performance summary the time spent in ContainerLint's targets and the whole build's wall-clock time.
#   usage: benchmarks/UpToDate/run.sh [work folder]     RUNS=n (default 10; n builds with the lint, n without)
# The builds run the way a developer's do: MSBuild nodes and the compiler server stay up between them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${1:-$(mktemp -d)}"
runs="${RUNS:-10}"
corpus="$repo/../shared/corpus/realworld/docker+awesome-compose"
version="0.0.0-uptodate.$(date -u +%Y%m%d%H%M%S)"
mkdir -p "$work"
export NUGET_PACKAGES="$work/packages"

dotnet pack "$repo/src/ContainerLint.Package" -c Release -o "$work/feed" --artifacts-path "$work/build" \
  -p:Version="$version" -nologo -v:q > "$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }

app="$work/app"
rm -rf "$app"
mkdir -p "$app"
cp "$repo/samples/InsecureApp/"{Dockerfile,compose.yaml,compose.override.yaml,Program.cs} "$app/"
[ -d "$corpus" ] && cp -r "$corpus" "$app/corpus"
cat > "$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <ImplicitUsings>enable</ImplicitUsings>
    <TargetFramework>net$(dotnet --version | cut -d. -f1).0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ContainerLint" Version="$version" PrivateAssets="all" />
    <PackageReference Include="Docker.DotNet" Version="3.125.15" />
  </ItemGroup>
</Project>
XML
# Every finding a warning, so that the builds succeed and run every step.
printf 'is_global = true\ndotnet_analyzer_diagnostic.severity = warning\n' > "$app/.globalconfig"
cat > "$app/nuget.config" <<XML
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML

cd "$app"
dotnet build -nologo -v:q > "$work/first.log" 2>&1 || { grep -E "error" "$work/first.log" >&2; exit 1; }
files=$(find . -path ./obj -prune -o -path ./bin -prune -o -type f \( -iname '*dockerfile*' -o -iname '*compose*.y*ml' \) -print | wc -l)
findings=$(grep -oE "warning CTL[0-9]{4}" "$work/first.log" | wc -l)
echo "project: $files container files, $findings ContainerLint warnings in the first build"

measure() { # $1 = log name, rest = extra build arguments; prints "<ContainerLint targets ms> <build ms>"
  local log="$work/$1.log"; shift
  local start end
  start=$(date +%s%N)
  dotnet build --no-restore -nologo -v:q -clp:PerformanceSummary "$@" > "$log" 2>&1
  end=$(date +%s%N)
  grep -qE "warning CTL[0-9]{4}" "$log" || [ "$*" = "-p:ContainerLintEnabled=false" ] || { echo "no findings replayed in $log" >&2; exit 1; }
  local targets
  targets=$(awk '/Target Performance Summary/ {t=1; next} /Task Performance Summary/ {t=0} t && $3 ~ /ContainerLint/ {s+=$1} END {print s+0}' "$log")
  echo "$targets $(( (end - start) / 1000000 ))"
}

# The lint's builds first, then the others: a build with the lint off leaves its files out of FileWrites, so the
# SDK's IncrementalClean deletes them and the next build with the lint on is not up to date.
on_targets=(); on_build=(); off_build=()
for i in $(seq "$runs"); do
  read -r t b < <(measure "on-$i")
  on_targets+=("$t"); on_build+=("$b")
done
for i in $(seq "$runs"); do
  read -r _ b < <(measure "off-$i" -p:ContainerLintEnabled=false)
  off_build+=("$b")
done
# For scale, not budgeted: the build after one Dockerfile is edited lints every file again.
touched_targets=()
for i in $(seq "$runs"); do
  echo "# edited $i" >> Dockerfile
  read -r t _ < <(measure "touched-$i")
  touched_targets+=("$t")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
range() { printf '%s\n' "$@" | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "-" hi}'; }
echo "up-to-date builds, $runs with the lint, then $runs without:"
echo "  ContainerLint's targets: median $(median "${on_targets[@]}") ms ($(range "${on_targets[@]}")), budget 50 ms"
echo "  whole build with the lint: median $(median "${on_build[@]}") ms ($(range "${on_build[@]}"))"
echo "  whole build without it:    median $(median "${off_build[@]}") ms ($(range "${off_build[@]}"))"
echo "  after one Dockerfile is edited, ContainerLint's targets (all files linted again): median $(median "${touched_targets[@]}") ms ($(range "${touched_targets[@]}"))"
