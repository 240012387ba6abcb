#!/usr/bin/env bash
# The `publish --since` figure of bench/run-all.sh, one run by hand (issue 19 point 5):
#   bench/publish-since.sh REPO SITE DLL LABEL [LOGS]
# REPO is a git repository holding catalog/ (a copy of a run-all province, e.g.
# `cp -a /work/bench-all-100000/repo /tmp/x/repo`; never a shared one), SITE a folder that a full
# `publish --channel web` of that repository with the same DLL wrote, DLL the catalog.dll to time.
# Commits 10 edited implementation files (as run-all.sh's edit_ten_items: every 10,000th file at
# 10^5), waits past the stat index's racy window, then times
# `publish --channel web --since SITE` with CATALOG_TIMINGS=1: LOGS/LABEL.{time,out,err}
# (time: wall s, user s, sys s, peak RSS KB). Alternate two DLLs (each with its own REPO and SITE:
# the parse cache and the publish state belong to one build) for before/after medians.
set -euo pipefail
repo="$1" site="$2" dll="$3" label="$4" logs="${5:-$(pwd)/publish-since-logs}"
key="${KEY:-$(dirname "$repo")/keys/catalog-signing.key.pem}"
mkdir -p "$logs"
cd "$repo"
stamp="$(date +%s%N)"
step=$(( $(git ls-files 'catalog/implementations/*' | wc -l) / 10 ))
git ls-files 'catalog/implementations/*' | awk -v step="$step" 'NR % step == 5' | head -10 |
  while read -r f; do sed -i "s/^hours: .*/hours: 工作日（发布 $stamp）/" "$f"; done
git -c user.name=bench -c user.email=bench@example.invalid commit -qam "10 items $stamp"
sleep 4
load="$(cut -d' ' -f1 /proc/loadavg)"
CATALOG_TIMINGS=1 /usr/bin/time -f "%e %U %S %M" -o "$logs/$label.time" dotnet "$dll" publish --channel web --catalog catalog --key "$key" -o "$site" --since "$site" >"$logs/$label.out" 2>"$logs/$label.err"
echo "$label (load $load): wall, user, sys, peak KB: $(cat "$logs/$label.time")"
