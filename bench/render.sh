#!/usr/bin/env bash
# CPU of loading, preparing and rendering item pages, without writing files (issue 5, render speed).
#   bench/render.sh [N] [ROUNDS]   (default 100000 implementations, 2 rounds)
# Generates a province of N implementation records, then runs bench/RenderBench: loading every file
# with no parse cache, Publisher.Prepare, and rendering every web and kiosk item page into memory
# (SHA-256 of each page as the publisher computes it). Prints wall and CPU seconds, allocation and GC
# pause per phase, and a digest of all pages (equal digests: byte-identical pages). Round 1 includes
# JIT warm-up; compare round 2. Writing the 400k files is measured by bench/publish.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
rounds="${2:-2}"
work="$(mktemp -d /tmp/bench-render.XXXXXX)"
trap 'rm -rf "$work"' EXIT
dotnet build "$here/bench/RenderBench/RenderBench.csproj" -c Release --nologo -v q -tl:off "-clp:ErrorsOnly;NoSummary" >&2
"$here/catalog.sh" generate -o "$work/province/catalog" --implementations "$n" >/dev/null
cp -r "$here/schemas" "$work/province/schemas"
echo "province: $n implementations; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$here/bench/RenderBench/bin/Release/net10.0/RenderBench.dll" "$work/province/catalog" "$here/templates" "$rounds"
