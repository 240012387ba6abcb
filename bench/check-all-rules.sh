#!/usr/bin/env bash
# Times `catalog check` with every rule (foundation + issue 3) on a generated 10^5-record province.
# Usage: bench/check-all-rules.sh [DIR] [RUNS]   (DIR defaults to /tmp/g5; generated when missing)
# Prints wall time, CPU time and peak memory of each run; the budget is ≤ 20 s and ≤ 2 GB.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-/tmp/g5}"
runs="${2:-3}"
if [[ ! -d "$dir/implementations" ]]; then
  "$here/catalog.sh" generate -o "$dir" --implementations 100000
fi
"$here/catalog.sh" rules > /dev/null   # build first, so the build is not timed
for i in $(seq 1 "$runs"); do
  /usr/bin/time -f "run $i: wall %e s, user %U s, sys %S s, max RSS %M KB, exit %x" \
    "$here/catalog.sh" check --catalog "$dir" > /tmp/check-all-rules.out 2>/tmp/check-all-rules.time || true
  tail -1 /tmp/check-all-rules.time
  tail -1 /tmp/check-all-rules.out
done
