#!/usr/bin/env bash
# Benchmark for issue 5: full publish of a generated 10^5-record catalog to all channels, then
# re-publish with --since after 10 changed items. Prints wall time and peak memory (GNU time).
# Usage: bench/publish.sh [N]   (default 100000; needs /usr/bin/time, package "time")
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
timed() { /usr/bin/time -f "  wall %e s, peak RSS %M KB" "$@"; }

echo "full publish, all channels, $n implementations:"
timed "$here/catalog.sh" publish --catalog "$work/province/catalog" -o "$work/out" --key "$key" 2>&1 | grep -v '^注意'
du -sh "$work/out" | sed 's/^/  output /'

# Change 10 items: a different office hours line in 10 implementation files.
mapfile -t files < <(find "$work/province/catalog/implementations" -name '*.yaml' | sort | awk 'NR % 9973 == 1' | head -10)
for f in "${files[@]}"; do sed -i 's/^hours: .*/hours: 工作日 9:00-17:00（基准测试修改）/' "$f"; done
echo "re-publish with --since after ${#files[@]} changed items:"
timed "$here/catalog.sh" publish --catalog "$work/province/catalog" -o "$work/out" --key "$key" --since "$work/out" 2>&1 | grep -v '^注意'
"$here/catalog.sh" verify-bundle "$work/out" --key "$work/keys/catalog-signing.pub.pem" >/dev/null && echo "  verify-bundle: ok"
