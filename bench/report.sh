#!/usr/bin/env bash
# Benchmark for issue 7: the compliance report on a generated province of N implementation
# records (default 100000), in every format. Usage: bench/report.sh [N]
# Prints the wall time and peak memory of each run (GNU time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
work="${BENCH_DIR:-/tmp/catalog-bench-report-$n}"
if [[ ! -f "$work/catalog/policy.yaml" ]]; then
  rm -rf "$work"
  mkdir -p "$work"
  cp -r "$here/schemas" "$work/schemas"
  echo "generating $n implementations into $work/catalog ..." >&2
  "$here/catalog.sh" generate -o "$work/catalog" --implementations "$n" >&2
fi
"$here/catalog.sh" --help >/dev/null   # build once, outside the timings
mkdir -p "$work/out"
for format in json md html xlsx; do
  /usr/bin/time -f "report --format $format: %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" \
    "$here/catalog.sh" report --catalog "$work/catalog" --format "$format" -o "$work/out/report.$format" --timings
  ls -l "$work/out/report.$format" | awk '{print "  size: " $5 " bytes"}'
done

# Second pass: a strict policy (every share target 100 %, visits 0), so every figure misses and the
# drill-down lists the items behind it — the worst case for the renderers.
policy="$work/catalog/policy.yaml"
cp "$policy" "$work/policy.yaml.orig"
trap 'cp "$work/policy.yaml.orig" "$policy"' EXIT
cat > "$policy" <<'YAML'
thresholds:
  compressionNaturalPerson: 1.0
  compressionLegalPerson: 1.0
  immediateShare: 1.0
  averageVisits: 0
  depthLevel3Share: 1.0
  depthLevel4Share: 1.0
  onlineShare: 1.0
  fullyOnlineShare: 1.0
  mostOneVisitShare: 1.0
  exemptShare: 1.0
  cancelledProofsRequired: 0
  sameStandardShare: 1.0
YAML
for format in json md html xlsx; do
  /usr/bin/time -f "strict policy, report --format $format: %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" \
    "$here/catalog.sh" report --catalog "$work/catalog" --format "$format" -o "$work/out/strict.$format" --timings
  ls -l "$work/out/strict.$format" | awk '{print "  size: " $5 " bytes"}'
done
