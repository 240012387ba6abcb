#!/usr/bin/env bash
# Times `catalog query` (issue 18) for three worked questions of docs/query.md on a generated province.
#
#   bench/query.sh [DIR] [QUESTIONS...]
#
# DIR        the province (default /tmp/p; generated with 10^5 implementation records when missing)
# QUESTIONS  worked-question numbers from docs/query.md (default: 1 2 4 — a materials join, an
#            aggregate by department, and the report figures, which compute the compliance report)
#
# Each question's SQL is read from docs/query.md, so the bench runs exactly what the docs show.
# For each it prints wall, CPU and peak RSS (/usr/bin/time) and the phases (CATALOG_TIMINGS=1:
# load, one line per table appended, query).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-/tmp/p}"
shift || true
questions=("$@")
[[ ${#questions[@]} -eq 0 ]] && questions=(1 2 4)
if [[ ! -d "$dir/implementations" ]]; then
  "$here/catalog.sh" generate -o "$dir" --implementations 100000
fi
"$here/catalog.sh" rules > /dev/null   # build first, so the build is not timed
files=$(find "$dir" -name '*.yaml' | wc -l)
echo "province: $dir ($files YAML files), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for q in "${questions[@]}"; do
  sql=$(awk -v q="### Q$q." 'index($0, q) == 1 { on = 1; next } on && /^```sql/ { inside = 1; next } inside && /^```/ { exit } inside { print }' "$here/docs/query.md")
  if [[ -z "$sql" ]]; then echo "no question Q$q in docs/query.md" >&2; exit 2; fi
  echo "== Q$q"
  CATALOG_TIMINGS=1 /usr/bin/time -f "Q$q: wall %e s, user %U s, sys %S s, max RSS %M KB, exit %x" \
    "$here/catalog.sh" query "$sql" --catalog "$dir" > "/tmp/query-bench-Q$q.out" 2> "/tmp/query-bench-Q$q.err" || true
  grep -E '^timing:|^Q[0-9]+:' "/tmp/query-bench-Q$q.err" | sed -E 's/  +/ /g'
  tail -1 "/tmp/query-bench-Q$q.out"
done
