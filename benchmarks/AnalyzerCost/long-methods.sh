#!/usr/bin/env bash
# How the analyzers' time grows with the length of one method (audit 31: quadratic, 19 s for 2,000 tuple
# deconstructions). For each shape of long_methods.py and each length, InProcess/ analyzes the one file on freshly parsed
# and bound trees (--fresh: nothing kept from an earlier pass), and this prints the median of the passes after the first
# (the analyzers' code compiled by then, as in an IDE session): milliseconds per analysis of the method. Doubling the
# length should not much more than double the time.
#   SHAPES="writes tuples ..."  (default: all seven)   SIZES="250 500 ..."  (default: 250 500 1000 2000)   PASSES=n (default 6)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
art="$work/artifacts"
dotnet build "$here/InProcess" -c Release --artifacts-path "$art" -v:q -nologo > "$work/inprocess-build.log" 2>&1 \
  || { cat "$work/inprocess-build.log" >&2; exit 1; }
for shape in ${SHAPES:-writes tuples locals branches uses gotos elseif}; do
  line="$shape:"
  for n in ${SIZES:-250 500 1000 2000}; do
    dir="$work/$shape-$n"
    python3 "$here/long_methods.py" "$shape" "$n" "$dir"
    out=$(dotnet "$art/bin/AnalyzerCost.InProcess/release/AnalyzerCost.InProcess.dll" "$dir" "${PASSES:-6}" --fresh)
    ms=$(echo "$out" | grep -E '^pass' | tail -n +2 | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    line="$line  $n: $ms ms"
  done
  echo "$line"
done
