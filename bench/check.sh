#!/usr/bin/env bash
# Benchmark of `catalog check` on synthetic provinces (issue 2).
#
#   bench/check.sh [DIR] [SIZES...]
#
# DIR    where the provinces are generated (default /tmp/catalog-bench); each size gets DIR/N
#        and is deleted after it was measured (10^6 records is about a million files, ~4 GB).
# SIZES  numbers of implementation records (default: 10000 100000 1000000).
#
# For each size it prints one Markdown table row:
#   | records | files | generate wall (s) | generate CPU (s) | check wall (s) | check CPU (s) | check peak RSS (MB) | exit | load |
# measured with /usr/bin/time -v (CPU = user + system seconds; load = 1-minute load average when
# check started: on a shared machine wall time grows with the load, CPU time does not). The check
# runs with CATALOG_TIMINGS=1, so the log also holds its phases (schemas, load, rules, report).
# Set CATALOG_BENCH_KEEP=1 to keep the generated provinces.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-/tmp/catalog-bench}"
shift || true
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(10000 100000 1000000)

# Build once through the launcher, then run the built CLI directly so no build is timed.
"$here/catalog.sh" --help >/dev/null
dll="$(CATALOG_PRINT_DLL=1 "$here/catalog.sh")"
mkdir -p "$dir"
log="$dir/bench-$(date -u +%Y%m%dT%H%M%SZ).log"

measure() { # label, command... → prints "wall_seconds cpu_seconds peak_rss_kb exit_code"
  local label="$1"; shift
  local out="$dir/time-$label.txt"
  set +e
  /usr/bin/time -v "$@" >"$dir/stdout-$label.txt" 2>"$out"
  local code=$?
  set -e
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$out")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out")
  { echo "== $label: $*"; cat "$out"; tail -n 3 "$dir/stdout-$label.txt"; } >>"$log"
  echo "$wall $cpu $rss $code"
}

echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| records | files | generate wall (s) | generate CPU (s) | check wall (s) | check CPU (s) | check peak RSS (MB) | exit | load |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  target="$dir/$n"
  rm -rf "$target"
  read -r gwall gcpu _ gcode < <(measure "generate-$n" dotnet "$dll" generate -o "$target" --implementations "$n" --seed 1)
  if [[ "$gcode" != 0 ]]; then echo "| $n | - | generate failed (exit $gcode, see $log) | | | | | | |"; continue; fi
  files=$(find "$target" -name '*.yaml' | wc -l)
  sync
  load=$(cut -d' ' -f1 /proc/loadavg)
  read -r cwall ccpu crss ccode < <(measure "check-$n" env CATALOG_TIMINGS=1 dotnet "$dll" check --catalog "$target" --format json --output "$dir/check-$n.json")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$files" "$gwall" "$gcpu" "$cwall" "$ccpu" "$((crss / 1024))" "$ccode" "$load"
  [[ "${CATALOG_BENCH_KEEP:-0}" == 1 ]] || rm -rf "$target"
done
echo "# details: $log"
