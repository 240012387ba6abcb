#!/usr/bin/env bash
# Benchmark of issue 6: changed-only check and the parse cache on a generated git repository.
#   bench/git.sh [IMPLEMENTATIONS]   (default 100000)
# Generates a synthetic province, commits it in a temporary repository (catalog/ + schemas/ at
# its root, .catalog-cache/ ignored), then times: a cold full check (fills the cache), a warm
# full check with nothing changed, `check --changed-since HEAD` with 20 edited files (first run
# parses those 20, second run is all cache), and `check --changed-since HEAD` with nothing changed.
# Figures go to docs/performance.md, "## Changed-only check and cache (issue 6)".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
work="$(mktemp -d /tmp/catalog-git-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cat="$here/catalog.sh"
"$cat" --help >/dev/null # build once, outside the timings

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>"$work/stderr" || true; e=$(date +%s.%N); echo "$e - $s" | bc; }

echo "generating $n implementations in $work ..." >&2
"$cat" generate -o "$work/catalog" --implementations "$n" >/dev/null
cp -r "$here/schemas" "$work/schemas"
cd "$work"
printf '.catalog-cache/\n' > .gitignore
git init -q
git -c user.name=bench -c user.email=bench@example.invalid add -A
git -c user.name=bench -c user.email=bench@example.invalid commit -qm "generated province"
files=$(git ls-files catalog | wc -l)
echo "repository: $files files under catalog/" >&2

t_lock=$(seconds "$cat" lock --catalog catalog)
t_cold=$(seconds "$cat" check --catalog catalog)
sleep 4 # let every file leave the cache's racy window (files written in the last 3 s are read again)
t_warm_parse=$(seconds "$cat" check --catalog catalog)
t_warm=$(seconds "$cat" check --catalog catalog)
t_warm2=$(seconds "$cat" check --catalog catalog)
t_nocache=$(seconds "$cat" check --no-cache --catalog catalog)
t_lock_warm=$(seconds "$cat" lock --catalog catalog)
t_lockcheck_warm=$(seconds "$cat" lock --check --catalog catalog)
t_lockcheck_nocache=$(seconds "$cat" lock --check --no-cache --catalog catalog)
t_fmt_first=$(seconds "$cat" fmt --check --catalog catalog)
t_fmt_warm=$(seconds "$cat" fmt --check --catalog catalog)
t_fmt_nocache=$(seconds "$cat" fmt --check --no-cache --catalog catalog)

# One edited file: the stored result no longer applies, so every item is decoded from the parse cache and checked.
one=$(git ls-files 'catalog/implementations/*' | awk 'NR == 1')
sed -i '0,/^hours: /s//hours: （单个修改）/' "$one"
sleep 4
t_one_edit=$(seconds "$cat" check --catalog catalog)
git checkout -q -- "$one"
sleep 4

# 20 edited implementation files (a promised limit shortened by one day where there is one, else the hours).
mapfile -t edit < <(git ls-files 'catalog/implementations/*' | awk 'NR % 4000 == 7' | head -20)
for f in "${edit[@]}"; do
  sed -i '0,/^hours: /s//hours: （调整）/' "$f"
done
t_changed_first=$(seconds "$cat" check --changed-since HEAD --catalog catalog)
scope_line=$(cat "$work/stderr" | head -1)
t_changed_warm=$(seconds "$cat" check --changed-since HEAD --catalog catalog)
t_changed_warm2=$(seconds "$cat" check --changed-since HEAD --catalog catalog)
t_diff=$(seconds "$cat" diff HEAD --format md --catalog catalog)
t_lockcheck=$(seconds "$cat" lock --check --catalog catalog)

git -c user.name=bench -c user.email=bench@example.invalid commit -qam "20 edits"
t_nothing=$(seconds "$cat" check --changed-since HEAD --catalog catalog)
t_full_after=$(seconds "$cat" check --catalog catalog)

cat <<REPORT
machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $n implementations, $files files
lock (write, whole catalog, cold cache)              ${t_lock} s
lock (write again, warm cache)                       ${t_lock_warm} s
lock --check, warm cache / --no-cache                ${t_lockcheck_warm} s / ${t_lockcheck_nocache} s
fmt --check, first / warm / --no-cache               ${t_fmt_first} s / ${t_fmt_warm} s / ${t_fmt_nocache} s
check, cold cache (fills it)                         ${t_cold} s
check, warm, first run after the cold one        ${t_warm_parse} s
check, warm cache, nothing changed                   ${t_warm} s / ${t_warm2} s
check, warm cache, one file edited                   ${t_one_edit} s
check --no-cache                                     ${t_nocache} s
check --changed-since HEAD, 20 files, first run      ${t_changed_first} s   ($scope_line)
check --changed-since HEAD, 20 files, warm           ${t_changed_warm} s / ${t_changed_warm2} s
diff HEAD --format md (20 files)                     ${t_diff} s
lock --check (whole catalog)                         ${t_lockcheck} s
check --changed-since HEAD, nothing changed          ${t_nothing} s
check after commit, warm                             ${t_full_after} s
REPORT
