#!/usr/bin/env bash
# Benchmark for issue 5: full publish of a generated 10^5-record catalog to all channels (cold parse
# cache, then warm into a fresh folder: CI runs `check` first, so warm is the usual case), then
# re-publish with --since after 10 changed items: incremental (the publish state recorded by the
# previous publish is in the cache), twice; without the cache (whole update); in a git repository after
# a commit (the bundle version changes); then a full publish over the existing bundle.
# Prints wall, user and sys CPU time and peak memory (GNU time) and the load average before each run.
# Usage: bench/publish.sh [N]   (default 100000; needs /usr/bin/time, package "time")
# CATALOG_TIMINGS=1 bench/publish.sh also prints the phases of each publish.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
work="$(mktemp -d /tmp/bench-publish.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$here/catalog.sh" --help >/dev/null   # build once (Release) before timing
"$here/catalog.sh" generate -o "$work/province/catalog" --implementations "$n" >/dev/null
cp -r "$here/schemas" "$work/province/schemas"
"$here/catalog.sh" keygen -o "$work/keys" >/dev/null
key="$work/keys/catalog-signing.key.pem"
cache="$work/province/.catalog-cache"
timed() {
  echo "  load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "  wall %e s, user %U s, sys %S s, peak RSS %M KB" "$@"
}
publish() { timed "$here/catalog.sh" publish --catalog "$work/province/catalog" --key "$key" "$@" 2>&1 | grep -v '^注意'; }
change() {  # a different office hours line in 10 implementation files
  mapfile -t files < <(find "$work/province/catalog/implementations" -name '*.yaml' | sort | awk 'NR % 9973 == 1' | head -10)
  for f in "${files[@]}"; do sed -i "s/^hours: .*/hours: 工作日 9:00-17:00（基准测试修改 $1）/" "$f"; done
  echo "(changed ${#files[@]} implementation files)"
}

echo "full publish, all channels, $n implementations, cold parse cache (none yet; this run writes it):"
publish -o "$work/first"
du -sh "$work/first" | sed 's/^/  output /'

echo "full publish, all channels, warm parse cache, into a fresh folder:"
publish -o "$work/out"

change 1
echo "re-publish with --since after 10 changed items (incremental: publish state and parse cache warm):"
publish -o "$work/out" --since "$work/out"

change 2
echo "the same again (steady state):"
publish -o "$work/out" --since "$work/out"
"$here/catalog.sh" verify-bundle "$work/out" --key "$work/keys/catalog-signing.pub.pem" >/dev/null && echo "  verify-bundle: ok"

change 3
rm -rf "$cache"
echo "re-publish with --since after 10 changed items, cache deleted (no state: whole update, every item loaded and compared):"
publish -o "$work/out" --since "$work/out"
"$here/catalog.sh" verify-bundle "$work/out" --key "$work/keys/catalog-signing.pub.pem" >/dev/null && echo "  verify-bundle: ok"

echo "(making the province a git repository: git init, add, commit; not timed)"
git -C "$work/province" init -q -b main
git -C "$work/province" add -A
git -C "$work/province" -c user.name=bench -c user.email=bench@example.invalid commit -q -m province
change 4
git -C "$work/province" -c user.name=bench -c user.email=bench@example.invalid commit -q -am "10 items"
echo "re-publish with --since after a commit of 10 changed items (new bundle version; incremental):"
publish -o "$work/out" --since "$work/out"
"$here/catalog.sh" verify-bundle "$work/out" --key "$work/keys/catalog-signing.pub.pem" >/dev/null && echo "  verify-bundle: ok"

echo "full publish again over the existing bundle (warm parse cache; the old bundle is swapped out and deleted):"
publish -o "$work/out"
"$here/catalog.sh" verify-bundle "$work/out" --key "$work/keys/catalog-signing.pub.pem" >/dev/null && echo "  verify-bundle: ok"
