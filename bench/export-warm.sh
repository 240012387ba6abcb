#!/usr/bin/env bash
# bench/export-warm.sh REPO VALUES.pickle [BASE_DLL] — a user's first and second export beside openpyxl.
#
# In REPO (a generated province in git, as bench/run-all.sh makes: never its own copy, this writes
# .catalog-cache/ and workbooks into a scratch folder) it runs, RUNS times interleaved (default 3):
#   base   BASE_DLL export (when given: the build before, which has no rows table)
#   first  export after `check` (the parse cache and stat index warm, .catalog-cache/export-rows.bin removed)
#   second export again (the rows table filled by the run before: what bench/run-all.sh times, since it
#          exports once before its timed rounds to make the peer's values)
#   peer   openpyxl write-only of the same sheets and values (bench/peers/openpyxl_write.py VALUES.pickle)
# each under /usr/bin/time, with CATALOG_TIMINGS=1 phases kept in $OUT/LABEL-ROUND.err, and prints
# the medians of wall, CPU (user + system) and peak RSS. On a shared machine compare CPU, not wall.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$1" && pwd)"; values="$2"; base="${3:-}"
runs="${RUNS:-3}"
out="${OUT:-$(mktemp -d /tmp/export-warm.XXXXXX)}"
mkdir -p "$out"
# shellcheck source=bench/lib/measure.sh
source "$here/bench/lib/measure.sh"
# CATALOG_DLL=PATH/catalog.dll times another build; else the shipped (ReadyToRun) build, built first if stale.
if [[ -n "${CATALOG_DLL:-}" ]]; then dll="$CATALOG_DLL"; else "$here/catalog.sh" --help >/dev/null; dll="$(CATALOG_PRINT_DLL=1 "$here/catalog.sh")"; fi
python=/usr/bin/python3

(cd "$repo" && dotnet "$dll" check --catalog catalog >/dev/null 2>&1 || true)
declare -A walls cpus rsss
measure() { # LABEL ROUND COMMAND...
  local label="$1" round="$2"; shift 2
  local w c r code
  read -r w c r code < <(cd "$repo" && CATALOG_TIMINGS=1 bench_time "$out/$label-$round" "$@")
  walls[$label]+="$w "; cpus[$label]+="$c "; rsss[$label]+="$r "
  echo "export-warm: round $round $label: wall $w s, CPU $c s, $r MB, exit $code (load $(cut -d' ' -f1 /proc/loadavg))" >&2
}
for ((round = 1; round <= runs; round++)); do
  if [[ -n "$base" ]]; then measure base "$round" dotnet "$base" export "$out/base.xlsx" --catalog catalog; fi
  rm -f "$repo/.catalog-cache/export-rows.bin"
  measure first "$round" dotnet "$dll" export "$out/first.xlsx" --catalog catalog
  measure second "$round" dotnet "$dll" export "$out/second.xlsx" --catalog catalog
  measure peer "$round" "$python" "$here/bench/peers/openpyxl_write.py" "$values" "$out/peer.xlsx"
done
for label in base first second peer; do
  [[ -n "${cpus[$label]:-}" ]] || continue
  # shellcheck disable=SC2086
  echo "$label: wall $(bench_median ${walls[$label]}) s, CPU $(bench_median ${cpus[$label]}) s, $(bench_median ${rsss[$label]}) MB   (runs: CPU ${cpus[$label]}; wall ${walls[$label]})"
done
echo "logs: $out"
