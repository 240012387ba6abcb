#!/usr/bin/env bash
# Benchmark for issue 5 in a git repository: a generated 10^5-record province committed to git, a full
# publish, then three commits of 10 changed implementation files, each followed by an incremental
# `publish --since` (each commit gives a new bundle version). Prints the phases and GNU time figures.
# Usage: bench/publish-git.sh [N]   (default 100000; needs /usr/bin/time, package "time")
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
work="$(mktemp -d /tmp/bench-publish-git.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$here/catalog.sh" --help >/dev/null
"$here/catalog.sh" generate -o "$work/province/catalog" --implementations "$n" >/dev/null
cp -r "$here/schemas" "$work/province/schemas"
"$here/catalog.sh" keygen -o "$work/keys" >/dev/null
commit() { git -C "$work/province" -c user.name=bench -c user.email=bench@example.invalid commit -q "$@"; }
git -C "$work/province" init -q -b main
git -C "$work/province" add -A
commit -m province
key="$work/keys/catalog-signing.key.pem"
echo "full publish (not timed)"
"$here/catalog.sh" publish --catalog "$work/province/catalog" --key "$key" -o "$work/out" >/dev/null 2>&1
for i in 1 2 3; do
  mapfile -t files < <(find "$work/province/catalog/implementations" -name '*.yaml' | sort | awk 'NR % 9973 == 1' | head -10)
  for f in "${files[@]}"; do sed -i "s/^hours: .*/hours: 工作日 9:00-17:00（git $i）/" "$f"; done
  commit -am "10 items $i"
  sleep 4   # older than the stat index's racy window, as files edited before a publish usually are
  echo "commit $i: re-publish with --since (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  CATALOG_TIMINGS=1 /usr/bin/time -f "  wall %e s, user %U s, sys %S s, peak RSS %M KB" \
    "$here/catalog.sh" publish --catalog "$work/province/catalog" --key "$key" -o "$work/out" --since "$work/out" 2>&1 \
    | grep -E "wall|增量|timing: (digests|state|plan|load|prepare|channels)"
done
"$here/catalog.sh" verify-bundle "$work/out" --key "$work/keys/catalog-signing.pub.pem" >/dev/null && echo "verify-bundle: ok"
