#!/usr/bin/env bash
# CPU time (user + sys seconds, /usr/bin/time) of the three check paths on a generated province
# in a git repository (issue 14: "benchmarks no slower"). CPU rather than wall time because the
# machine it ran on was shared: wall time grows with the load, CPU time much less.
#
#   bench/check-cpu.sh [N] [DLL]
#
# N    implementation records to generate (default 10000)
# DLL  the catalog.dll to measure (default: this tree's Debug build); pass another build's to compare
# RUNS=5 repeats each measurement (default 3) and prints the minimum and the median.
#
# Paths measured: warm `check` (second and later run on an unchanged tree: fingerprint by stat and
# the stored result), `check --no-cache` (every file read and parsed), and `check --changed-since
# HEAD~1` (20 implementation files changed by the last commit, partial load through the cache).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
dll="${2:-$here/tools/CatalogTools.Cli/bin/Debug/net10.0/catalog.dll}"
runs="${RUNS:-3}"
work="$(mktemp -d /tmp/catalog-cpu.XXXXXX)"
trap 'rm -rf "$work"' EXIT
git_() { git -c user.name=bench -c user.email=bench@example.invalid "$@"; }

dotnet "$dll" generate -o "$work/catalog" --implementations "$n" --seed 1 >/dev/null 2>&1
cp -r "$here/schemas" "$work/schemas"
cd "$work"
printf '.catalog-cache/\n' > .gitignore
git init -q
git_ add -A
git_ commit -qm "generated province"
mapfile -t edit < <(git ls-files 'catalog/implementations/*' | awk 'NR % 400 == 7' | head -20)
for f in "${edit[@]}"; do sed -i '0,/^hours: /s//hours: （调整）/' "$f"; done
git_ commit -qam "20 edits"

cpu() { # command... → user+sys seconds
  /usr/bin/time -f "%U %S" -o "$work/time" dotnet "$dll" "$@" >/dev/null 2>&1 || true
  awk '{printf "%.2f\n", $1 + $2}' "$work/time"
}
stats() { sort -n | awk '{v[NR] = $1} END {printf "min %.2f  median %.2f", v[1], v[int((NR + 1) / 2)]}'; }

dotnet "$dll" check --catalog catalog >/dev/null 2>&1 || true # cold: fills the cache
sleep 4 # every file leaves the stat index's racy window
dotnet "$dll" check --catalog catalog >/dev/null 2>&1 || true # records the stamps
dotnet "$dll" check --changed-since HEAD~1 --catalog catalog >/dev/null 2>&1 || true
warm=(); nocache=(); changed=()
for _ in $(seq "$runs"); do
  warm+=("$(cpu check --catalog catalog)")
  nocache+=("$(cpu check --no-cache --catalog catalog)")
  changed+=("$(cpu check --changed-since HEAD~1 --catalog catalog)")
done
echo "# $(date -u +%FT%TZ) $n implementations, $(git ls-files catalog | wc -l) files, $runs runs, load $(cut -d' ' -f1-3 /proc/loadavg); $dll"
echo "check (warm)                     CPU s: $(printf '%s\n' "${warm[@]}" | stats)   [${warm[*]}]"
echo "check --no-cache                 CPU s: $(printf '%s\n' "${nocache[@]}" | stats)   [${nocache[*]}]"
echo "check --changed-since HEAD~1     CPU s: $(printf '%s\n' "${changed[@]}" | stats)   [${changed[*]}]"
