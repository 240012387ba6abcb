#!/usr/bin/env bash
# Two builds of the tools side by side on the same generated province (issue 14: "the benchmark
# scripts give the same figures within noise"): check --no-cache, warm check, check --changed-since,
# publish --channel web, export and import, and the compliance report under a strict policy (json, html), each timed for the old and the new build in turn (the
# order swaps every round), RUNS rounds, medians of wall, CPU (user + system) and peak RSS.
#
#   bench/before-after.sh OLD_DLL NEW_DLL [N] [WORKDIR]
#
# OLD_DLL, NEW_DLL  catalog.dll of each build (build each in Release in its own worktree:
#                   git worktree add /tmp/old COMMIT && dotnet build /tmp/old/tools/CatalogTools.Cli -c Release)
# N                 implementation records to generate (default 10000)
# WORKDIR           default /tmp/catalog-before-after-N; the province is generated anew each run
#
# Each build gets its own copy of the repository: the parse cache is keyed by the build, so one
# shared .catalog-cache/ would make every "warm" run of the other build cold. CPU time is the figure
# to compare on a shared machine: wall time grows with the load average (printed at start and end).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/measure.sh
source "$here/bench/lib/measure.sh"
old_dll="$1"
new_dll="$2"
n="${3:-10000}"
work="${4:-/tmp/catalog-before-after-$n}"
runs="${RUNS:-3}"
say() { echo "before-after: $*" >&2; }
started_load="$(cut -d' ' -f1-3 /proc/loadavg)"
started_at="$(date -u '+%Y-%m-%d %H:%M UTC')"

rm -rf "$work"
mkdir -p "$work/logs"
say "generating $n implementation records"
dotnet "$new_dll" generate -o "$work/repo/catalog" --implementations "$n" --seed 1 >/dev/null
cp -r "$here/schemas" "$work/repo/schemas"
git_() { git -C "$work/repo" -c user.name=bench -c user.email=bench@example.invalid "$@"; }
printf '.catalog-cache/\n' >"$work/repo/.gitignore"
git_ init -q
git_ config gc.auto 0
git_ add -A
git_ commit -qm "generated province"
# A pull request's worth of edits: 20 implementation files spread over the catalog.
mapfile -t edits < <(git_ ls-files 'catalog/implementations/*' | awk -v step=$((n / 20)) 'NR % step == 7' | head -20)
for f in "${edits[@]}"; do sed -i '0,/^hours: /s//hours: （调整）/' "$work/repo/$f"; done
git_ commit -qam "20 edits"
files=$(git_ ls-files catalog | wc -l)
git clone -q "$work/repo" "$work/repo-old"
git clone -q "$work/repo" "$work/repo-new"
dotnet "$new_dll" keygen -o "$work/keys" >/dev/null 2>&1
key="$work/keys/catalog-signing.key.pem"

dll_of() { [[ "$1" == old ]] && echo "$old_dll" || echo "$new_dll"; }
# Warm: parse cache, stat index and stored result filled; every file out of the racy window.
for build in old new; do
  (cd "$work/repo-$build" && dotnet "$(dll_of $build)" check --catalog catalog >/dev/null 2>&1; dotnet "$(dll_of $build)" check --catalog catalog >/dev/null 2>&1
   dotnet "$(dll_of $build)" check --changed-since HEAD~1 --catalog catalog >/dev/null 2>&1) || true
done
sleep 4

# timed KEY BUILD ROUND ARGS... : one run in that build's repository.
timed() {
  local key="$1" build="$2" round="$3"; shift 3
  local w c r code
  read -r w c r code < <(cd "$work/repo-$build" && bench_time "$work/logs/$key-$build-$round" dotnet "$(dll_of "$build")" "$@")
  [[ "$code" == 0 || "$code" == 1 ]] || say "$key $build round $round: exit $code (see $work/logs/$key-$build-$round.err)"
}
for ((round = 1; round <= runs; round++)); do
  order=(old new); (( round % 2 == 0 )) && order=(new old)
  say "round $round of $runs (${order[*]}), load $(bench_load)"
  for build in "${order[@]}"; do timed nocache "$build" "$round" check --no-cache --catalog catalog; done
  for build in "${order[@]}"; do timed warm "$build" "$round" check --catalog catalog; done
  for build in "${order[@]}"; do timed changed "$build" "$round" check --changed-since HEAD~1 --catalog catalog; done
  for build in "${order[@]}"; do
    rm -rf "$work/site-$build"
    timed publish "$build" "$round" publish --channel web --catalog catalog --key "$key" -o "$work/site-$build"
  done
  for build in "${order[@]}"; do timed export "$build" "$round" export "$work/forms-$build.xlsx" --catalog catalog; done
  for build in "${order[@]}"; do timed import "$build" "$round" import "$work/forms-$build.xlsx" --catalog catalog; done
done
rm -rf "$work/site-old" "$work/site-new"

# The compliance report's worst case, after the rounds above (a new policy would make their warm checks cold):
# bench/report.sh's strict policy, every figure missed and every item in the drill-down.
for build in old new; do
  sed -n '/^cat > "\$policy" <<.YAML.$/,/^YAML$/p' "$here/bench/report.sh" | sed '1d;$d' >"$work/repo-$build/catalog/policy.yaml"
done
for ((round = 1; round <= runs; round++)); do
  order=(old new); (( round % 2 == 0 )) && order=(new old)
  for build in "${order[@]}"; do timed reportjson "$build" "$round" report --catalog catalog --format json -o "$work/report-$build.json"; done
  for build in "${order[@]}"; do timed reporthtml "$build" "$round" report --catalog catalog --format html -o "$work/report-$build.html"; done
done

cat <<HEAD
$(printf "%'d" "$n") implementation records ($files files); $started_at; $(nproc) cores; load average $started_load at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end.
Medians of $runs rounds, old and new alternating (order swapped every round); CPU = user + system.
old = $old_dll
new = $new_dll

HEAD
python3 "$here/bench/before-after-table.py" "$work/logs"
