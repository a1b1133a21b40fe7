#!/usr/bin/env bash
# Analyzer cost benchmark (design.md budget: under 1% of the compilation).
# Generates a project that uses Docker.DotNet throughout (every file creates a HostConfig and a
# CreateContainerParameters with findings), builds it with the ContainerLint analyzers loaded from a Release build,
# and reports the analyzers' time from -p:ReportAnalyzer=true, per file and as a share of the Csc task's time.
# The "not referenced" bail-out is pinned by the analyzer tests; this measures the referenced case, the expensive one.
#   FILES=n   number of generated files (default 300)
#   WARM=1    also build through the compiler server a second time: the analyzer is then loaded and JIT-compiled
#             already, as in every build of a `dotnet build` session but the first. The default measurement is cold:
#             a fresh compiler process, whose first analysis pays JIT compilation of the analyzer and the rules.
# Analyzer times are wall-clock sums over the compiler's threads: on a busy machine, repeat and compare.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-$(mktemp -d)}"
files="${FILES:-300}"
art="$work/artifacts"
mkdir -p "$work"

if ! dotnet build "$repo/src/ContainerLint.CodeFixes" -c Release --artifacts-path "$art" -v:q -nologo > "$work/analyzer-build.log" 2>&1; then
  grep -E "error" "$work/analyzer-build.log" >&2 || cat "$work/analyzer-build.log" >&2
  exit 1
fi
an="$(find "$art/bin" -name ContainerLint.Analyzers.dll -path '*release*' | head -n1)"
dir="$(dirname "$an")"

proj="$work/CostProbe"
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
    <Analyzer Include="$dir/ContainerLint.Core.dll;$dir/ContainerLint.Analyzers.dll" />
  </ItemGroup>
</Project>
XML
echo '<Project />' > "$proj/Directory.Build.props"
echo '<Project />' > "$proj/Directory.Packages.props"
for i in $(seq 1 "$files"); do
cat > "$proj/File$i.cs" <<CS
using System.Collections.Generic;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CostProbe
{
    public class Service$i
    {
        private const string Socket = "/var/run/docker.sock";

        public CreateContainerParameters Create(string image, string dataDir)
        {
            var hostConfig = new HostConfig
            {
                Privileged = $(( i % 3 == 0 )) == 1,
                Binds = new List<string> { Socket + ":/var/run/docker.sock", dataDir + ":/data", "/etc:/host-etc:ro" },
                CapAdd = new List<string> { "NET_ADMIN" },
                NetworkMode = "bridge",
            };
            hostConfig.SecurityOpt = new List<string> { "no-new-privileges:true" };
            return new CreateContainerParameters { Image = image, User = "app", HostConfig = hostConfig };
        }

        public async Task<string> RunAsync(DockerClient client, string image)
        {
            var response = await client.Containers.CreateContainerAsync(Create(image, "/srv/$i"));
            var total = 0;
            for (var n = 0; n < 10; n++) total += n * $i;
            return response.ID + total;
        }
    }
}
CS
done

cd "$proj"
dotnet restore -v:q -nologo >/dev/null

report() {
  local log="$1" label="$2" total ours csc
  total=$(grep -m1 -E "Total analyzer execution time:" "$log" | sed -E 's/.*: *([0-9.]+).*/\1/')
  ours=$(grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+ContainerLint\.Analyzers" "$log" | head -n1 | awk '{print $1}')
  csc=$(grep -E "^\s+[0-9]+ ms\s+Csc\s" "$log" | tail -n1 | awk '{print $1}')
  echo "== $label"
  echo "files: $files"
  echo "Csc task: ${csc} ms"
  echo "all analyzers: ${total} s"
  echo "ContainerLint.Analyzers: ${ours} s"
  grep -A12 -E "Total analyzer execution time" "$log" | sed -n '1,14p'
  python3 - "$ours" "$csc" "$files" <<'PY'
import sys
ours = float(sys.argv[1].replace('<', '') or '0') * 1000.0
csc = float(sys.argv[2])
files = int(sys.argv[3])
print("ContainerLint: %.0f ms, %.3f ms per file" % (ours, ours / files))
print("ContainerLint share of compilation: %.3f%% (1%% budget: %.0f ms)" % (100.0 * ours / csc, csc / 100.0))
PY
}

log="$work/build.log"
dotnet build --no-restore -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -p:UseSharedCompilation=false > "$log"
report "$log" "cold: fresh compiler process (UseSharedCompilation=false)"

if [ "${WARM:-0}" = "1" ]; then
  # The first server build loads the analyzer (cold); the second is what each later build costs.
  dotnet build --no-restore --no-incremental -nologo -p:UseSharedCompilation=true > /dev/null
  warm="$work/build-warm.log"
  dotnet build --no-restore --no-incremental -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -p:UseSharedCompilation=true > "$warm"
  report "$warm" "warm: compiler server, analyzer already loaded (UseSharedCompilation=true)"
fi
