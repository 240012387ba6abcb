#!/usr/bin/env bash
# Benchmark for issue 16: `catalog pull` of one channel (mobile) of a generated 10^5-record catalog
# over loopback from `catalog serve`, through the trust metadata (timestamp → snapshot → targets →
# manifest → files): first the full download into an empty channel folder, then, after 10 changed
# implementations are published with --since, the delta. Prints wall time, peak memory (GNU time),
# the bytes received as `pull` counts them (response bodies as sent) and the files fetched/reused.
# Usage: bench/pull.sh [N] [CHANNEL]   (default 100000 mobile; needs /usr/bin/time, package "time")
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
channel="${2:-mobile}"
work="$(mktemp -d /tmp/bench-pull.XXXXXX)"
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
"$here/catalog.sh" --help >/dev/null   # build once (Release) before timing
"$here/catalog.sh" generate -o "$work/province/catalog" --implementations "$n" >/dev/null
cp -r "$here/schemas" "$work/province/schemas"
"$here/catalog.sh" keygen -o "$work/keys" >/dev/null
key="$work/keys/catalog-signing.key.pem"
timed() {
  echo "  load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "  wall %e s, user %U s, sys %S s, peak RSS %M KB" "$@"
}
publish() { "$here/catalog.sh" publish --catalog "$work/province/catalog" --key "$key" --channel "$channel" -o "$work/out" "$@" 2>&1 | grep -v '^注意' | tail -2; }
pull() { timed "$here/catalog.sh" pull "http://$address/" --root "$work/out/metadata/1.root.json" --channel "$channel" -o "$work/channel" 2>&1 | tail -3; }

echo "publish $channel, $n implementations:"
publish
echo "  $(find "$work/out/$channel" -type f | wc -l) files, $(du -sb "$work/out/$channel" | cut -f1) bytes in the channel; manifest $(stat -c %s "$work/out/$channel/manifest.json") bytes"

# catalog serve on a free port of 127.0.0.1; its first line names the address.
"$here/catalog.sh" serve "$work/out" --port 0 > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q 'http://' "$work/serve.log" && break; sleep 1; done
address="$(grep -o '127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1)"

echo "full download: pull into an empty channel folder over loopback:"
pull
echo "  channel folder: $(du -sb "$work/channel" | cut -f1) bytes"

mapfile -t files < <(find "$work/province/catalog/implementations" -name '*.yaml' | sort | awk 'NR % 9973 == 1' | head -10)
for f in "${files[@]}"; do sed -i "s/^hours: .*/hours: 工作日 9:00-17:00（基准测试修改）/" "$f"; done
echo "(changed ${#files[@]} implementation files; publish --since)"
publish --since "$work/out"

echo "delta: pull of the 10 changed items:"
pull
