#!/usr/bin/env bash
# Chinese search at scale (issue 17 point 3): generates a province of N implementation records, publishes the web
# channel (timed; kiosk has the same index files), then runs bench/SearchBench: each query in a fresh headless Chromium context over
# `BundleServer` on 127.0.0.1, printing the bytes of search/ files it downloaded and the time to its first result.
#   bench/search.sh [N] [QUERY...]   (default 100000; the task allows one run at 10^5, 10^4 otherwise)
# The queries default to words of the generated province (SearchBench/Program.cs says which are common and rare).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
shift || true
work="$(mktemp -d /tmp/bench-search.XXXXXX)"
trap 'rm -rf "$work"' EXIT
dotnet build "$here/bench/SearchBench/SearchBench.csproj" -c Release --nologo -v q -tl:off "-clp:ErrorsOnly;NoSummary" >&2
"$here/catalog.sh" generate -o "$work/province/catalog" --implementations "$n" >/dev/null
cp -r "$here/schemas" "$work/province/schemas"
cp "$here/catalog/registries/synonyms.yaml" "$work/province/catalog/registries/synonyms.yaml"   # the sample's synonyms, so they are exercised
echo "province: $n implementations; before publish: $(uptime)"
/usr/bin/time -f "publish web: wall %e s, user %U s, sys %S s, peak RSS %M KB" \
  "$here/catalog.sh" publish --catalog "$work/province/catalog" -o "$work/out" --channel web --templates "$here/templates" --quiet 2>&1 | grep -v '^注意' || true
echo "after publish: $(uptime)"
echo "web bundle: $(find "$work/out/web" -type f | wc -l) files; region pages: $(find "$work/out/web/regions" -name '*.html' | wc -l); search files: $(find "$work/out/web/search" -type f | wc -l), $(du -sm "$work/out/web/search" | cut -f1) MB"
dotnet "$here/bench/SearchBench/bin/Release/net10.0/SearchBench.dll" "$work/out" web "$@"
echo "after queries: $(uptime)"
