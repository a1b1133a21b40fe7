#!/usr/bin/env bash
# One-command demo: packs ContainerLint into artifacts/packages and builds a sample that references it.
#   eng/demo.sh                 build samples/InsecureApp (shows the findings; the build fails on the errors)
#   eng/demo.sh HardenedApp     build samples/HardenedApp (clean)
#   eng/demo.sh InsecureApp -p:ContainerLintSarifFile=findings.sarif   (extra arguments go to dotnet build)
set -euo pipefail
cd "$(dirname "$0")/.."

sample="${1:-InsecureApp}"
[[ $# -gt 0 ]] && shift
# A fresh version each time, so the global packages folder never serves an older build of the package.
version="0.1.0-demo.$(date -u +%Y%m%d%H%M%S)"

echo "Packing ContainerLint $version into artifacts/packages ..."
dotnet pack src/ContainerLint.Package -c Release -o artifacts/packages --artifacts-path artifacts/demo-build \
  -p:Version="$version" -nologo -v:q

echo "Building samples/$sample ..."
set +e
dotnet build "samples/$sample" -p:ContainerLintVersion="$version" -nologo -v:m "$@"
status=$?
set -e
if [[ "$sample" == "InsecureApp" ]]; then
  echo "InsecureApp is insecure on purpose: the warnings and errors above are ContainerLint's findings."
  exit 0
fi
exit $status
