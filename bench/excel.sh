#!/usr/bin/env bash
# Benchmark for issues 4 and 19: export a generated 10^5-record province to Excel and import it back,
# recording wall time, CPU time and peak memory with /usr/bin/time -v, and the phases from CATALOG_TIMINGS=1.
# First beside openpyxl (issue 19 point 4): `export` against openpyxl write-only writing the same
# sheets and values, `import --dry-run` against openpyxl read-only reading every cell, interleaved,
# RUNS times each (default 3), medians. Then import with no edit and one edit (cold parse cache,
# warm, --no-cache). PEERS_ONLY=1 stops after the comparison.
# Usage: bench/excel.sh [IMPLEMENTATIONS] [WORKDIR]   (defaults: 100000, /tmp/catalog-bench-excel)
# REUSE=1 keeps a province already generated in WORKDIR (reset to its commit) instead of generating again.
# openpyxl (and lxml, which its docs recommend for speed) come from PyPI into WORKDIR/venv; when PyPI
# cannot be reached, from Debian (python3-openpyxl, python3-lxml). Never vendored.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
work="${2:-/tmp/catalog-bench-excel}"
"$here/catalog.sh" --help >/dev/null  # build once, outside the measurements
# The measurements run the built program itself, so a source edit during a run cannot add a build.
cli=(dotnet "$(CATALOG_PRINT_DLL=1 "$here/catalog.sh")")
catalog_dir="$work/province"
if [[ "${REUSE:-0}" == 1 && -d "$catalog_dir/.git" ]]; then
  (cd "$catalog_dir" && git checkout -q -- . && git clean -qfd)
else
  rm -rf "$work" && mkdir -p "$work"
  "${cli[@]}" generate -o "$catalog_dir" --implementations "$n" >/dev/null
  (cd "$catalog_dir" && git init -q && git add -A && git -c user.email=bench@example -c user.name=bench commit -qm generated)
fi

measure() {
  local name="$1"; shift
  /usr/bin/time -v "$@" >"$work/$name.out" 2>"$work/$name.time" || { cat "$work/$name.out" "$work/$name.time"; exit 1; }
  local wall rss user sys
  wall=$(grep 'Elapsed (wall clock)' "$work/$name.time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$work/$name.time" | awk '{print $NF}')
  user=$(grep 'User time' "$work/$name.time" | awk '{print $NF}')
  sys=$(grep 'System time' "$work/$name.time" | awk '{print $NF}')
  printf '%-16s wall %-9s cpu user %-8s sys %-7s peak RSS %6d MB   load %s\n' "$name" "$wall" "$user" "$sys" "$((rss / 1024))" "$(cut -d' ' -f1-3 /proc/loadavg)"
  grep '^timing:' "$work/$name.time" | sed 's/^/    /' || true
}

export CATALOG_TIMINGS=1
files=$(find "$catalog_dir" -name '*.yaml' | wc -l)
echo "catalog: $files YAML files ($n implementations requested)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); commit $(git -C "$here" rev-parse --short HEAD)"

# --- beside openpyxl -------------------------------------------------------------------------
py="$work/venv/bin/python"
if ! "$py" -c 'import openpyxl, lxml' >/dev/null 2>&1; then
  { python3 -m venv "$work/venv" && "$work/venv/bin/pip" install -q 'openpyxl==3.1.5' 'lxml==6.1.3'; } >/dev/null 2>&1 || true
fi
if ! "$py" -c 'import openpyxl, lxml' >/dev/null 2>&1; then
  echo "PyPI not reachable: openpyxl from Debian" >&2
  py=/usr/bin/python3
  "$py" -c 'import openpyxl, lxml' >/dev/null 2>&1 || apt-get install -y -qq --no-install-recommends python3-openpyxl python3-lxml >/dev/null
fi
echo "peer: openpyxl $("$py" -c 'import openpyxl; print(openpyxl.__version__)'), lxml $("$py" -c 'import lxml; print(lxml.__version__)')"
peer="$here/bench/peers/openpyxl_excel.py"
# The peers get the same sheets and values as export writes, read once from the exported workbook (not timed).
"${cli[@]}" export "$work/forms.xlsx" --catalog "$catalog_dir" >/dev/null 2>&1
"$py" "$peer" dump "$work/forms.xlsx" "$work/values.marshal"

# One run: wall seconds, CPU seconds (user + sys), peak RSS MB, appended to $work/runs.tsv.
run() {
  local name="$1"; shift
  /usr/bin/time -v "$@" >"$work/$name.out" 2>"$work/$name.time" || { cat "$work/$name.out" "$work/$name.time"; exit 1; }
  awk -v name="$name" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]) }
    /User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%s\t%.1f\t%.1f\t%.0f\t%s\n", name, wall, user + sys, rss, load }' "$work/$name.time" | tee -a "$work/runs.tsv"
}
: >"$work/runs.tsv"
for i in $(seq "${RUNS:-3}"); do
  run export "${cli[@]}" export "$work/forms.xlsx" --catalog "$catalog_dir"
  run openpyxl-write "$py" "$peer" write "$work/values.marshal" "$work/peer.xlsx"
  run import "${cli[@]}" import "$work/forms.xlsx" --catalog "$catalog_dir" --dry-run
  run openpyxl-read "$py" "$peer" read "$work/forms.xlsx"
done
echo "medians of ${RUNS:-3} interleaved runs (wall s, CPU s, peak RSS MB):"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for name in export openpyxl-write import openpyxl-read; do
  printf '  %-15s wall %6s  cpu %6s  rss %5s\n' "$name" \
    "$(awk -v n="$name" '$1 == n { print $2 }' "$work/runs.tsv" | median)" \
    "$(awk -v n="$name" '$1 == n { print $3 }' "$work/runs.tsv" | median)" \
    "$(awk -v n="$name" '$1 == n { print $4 }' "$work/runs.tsv" | median)"
done
echo "load at the end: $(uptime)"
[[ "${PEERS_ONLY:-0}" == 1 ]] && exit 0

# --- import with and without an edit ------------------------------------------------------------
measure export "${cli[@]}" export "$work/forms.xlsx" --catalog "$catalog_dir"
ls -l "$work/forms.xlsx" | awk '{printf "workbook: %.1f MB\n", $5/1048576}'
measure import-dry-run "${cli[@]}" import "$work/forms.xlsx" --catalog "$catalog_dir" --dry-run
measure import "${cli[@]}" import "$work/forms.xlsx" --catalog "$catalog_dir"
changed=$(cd "$catalog_dir" && git status --porcelain | wc -l)
echo "files changed by export + import without edit: $changed"
tail -2 "$work/import.out"
# One edit through the whole path: the first promised limit of 2 days or more (a 承诺件; an 即办件
# must promise 0 days, CAT0046) is shortened by one day.
python3 - "$work/forms.xlsx" "$work/edited.xlsx" <<'PY'
import sys, zipfile, re
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'xl/worksheets/sheet1.xml':
            text = data.decode('utf-8')
            # the first row whose promised-limit cell (column N) holds 2 days or more
            text = re.sub(r'(<x:c r="N(?:[2-9]|\d{2,})"[^>]*><x:v>)([2-9]|\d{2,})(</x:v>)', lambda m: m.group(1) + str(int(m.group(2)) - 1) + m.group(3), text, count=1)
            data = text.encode('utf-8')
        zout.writestr(item, data)
PY
# The check before writing reads the unchanged files through the parse cache in $work/.catalog-cache
# (as check does): first cold (the run fills it), then warm, then without it.
rm -rf "$work/.catalog-cache"
measure import-edit-cold "${cli[@]}" import "$work/edited.xlsx" --catalog "$catalog_dir"
tail -3 "$work/import-edit-cold.out"
(cd "$catalog_dir" && git status --porcelain | head -3 && git checkout -q -- .)
measure import-edit-warm "${cli[@]}" import "$work/edited.xlsx" --catalog "$catalog_dir"
(cd "$catalog_dir" && git status --porcelain | head -3 && git checkout -q -- .)
measure import-edit-nocache "${cli[@]}" import "$work/edited.xlsx" --catalog "$catalog_dir" --no-cache
(cd "$catalog_dir" && git status --porcelain | head -3)
