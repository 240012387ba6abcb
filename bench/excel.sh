#!/usr/bin/env bash
# Benchmark for issue 4: export a generated 10^5-record province to Excel and import it back
# (no edit, then one edit: with a cold parse cache, a warm one and --no-cache), recording wall
# time, CPU time and peak memory with /usr/bin/time -v, and the phases from CATALOG_TIMINGS=1.
# Usage: bench/excel.sh [IMPLEMENTATIONS] [WORKDIR]   (defaults: 100000, /tmp/catalog-bench-excel)
# REUSE=1 keeps a province already generated in WORKDIR (reset to its commit) instead of generating again.
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
