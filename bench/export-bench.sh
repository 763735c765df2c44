#!/usr/bin/env bash
# Whole-process timing of `takt export` on generated documents, as a facilitator would run it:
# wall time and peak memory (/usr/bin/time -v), median of several runs.
#   bench/export-bench.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?usage: export-bench.sh BUILD_DIR [RUNS]}
runs=${2:-7}
takt="$build/app/takt"
make="$build/bench/bench-make-document"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data"

"$make" "$work/one-map-2000.takt" 1 2000
"$make" "$work/twenty-maps-200.takt" 20 200

for doc in one-map-2000 twenty-maps-200; do
  walls=(); peaks=()
  for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -v "$takt" export "$work/$doc.takt" -o "$work/$doc.pdf" >/dev/null; } 2>&1 )
    walls+=("$(echo "$out" | awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); print t[1] * 60 + t[2]}')")
    peaks+=("$(echo "$out" | awk -F': ' '/Maximum resident set size/ {print $2}')")
  done
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  peak=$(printf '%s\n' "${peaks[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  pages=$(pdfinfo "$work/$doc.pdf" | awk '/Pages/ {print $2}')
  printf '%-18s median wall %5.2f s, median peak %4d MB, %s pages (%s runs)\n' \
    "$doc" "$wall" "$((peak / 1024))" "$pages" "$runs"
done
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs "$runs" \
    "$takt export $work/one-map-2000.takt -o $work/h1.pdf" \
    "$takt export $work/twenty-maps-200.takt -o $work/h2.pdf"
fi
