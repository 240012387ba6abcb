#!/usr/bin/env bash
# Every figure of issue 19's table in one run, each beside its peer or floor: the pairs run
# alternately (CatalogTools, then the peer, RUNS times), and the medians and their ratios are
# written as the summary table of docs/performance.md with the machine, the load and the commit.
#
#   bench/run-all.sh [SIZE] [WORKDIR]     (default 100000 implementation records, /tmp/catalog-bench-all-SIZE)
#
# - The province (generated with --seed 1, committed in a git repository, then a second commit that
#   edits 20 implementation files) is kept in WORKDIR and reused by the next run of the same SIZE
#   while the schemas are unchanged.
# - Peers, installed when missing, never vendored: ajv + js-yaml (npm, bench/peers/package.json) and
#   Debian's python3 with openpyxl (pip when the machine reaches PyPI, else apt-get python3-openpyxl).
# - RUNS=3 rounds per pair (medians); DOC=FILE rewrites that file's table instead (DOC= prints only);
#   CATALOG_DLL=PATH/catalog.dll times that build instead of the one ./catalog.sh builds.
# - Every CatalogTools run has CATALOG_TIMINGS=1: its phases are in WORKDIR/logs/*.err.
# 10^6 needs about 4 GB of disk for the province and several GB of memory: check `df -h` and `free -g`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/measure.sh
source "$here/bench/lib/measure.sh"
n="${1:-100000}"
work="${2:-/tmp/catalog-bench-all-$n}"
runs="${RUNS:-3}"
doc="${DOC-$here/docs/performance.md}"
peers="$here/bench/peers"
repo="$work/repo"
logs="$work/logs"
started_load="$(cut -d' ' -f1-3 /proc/loadavg)"
started_at="$(date -u '+%Y-%m-%d %H:%M UTC')"

say() { echo "run-all: $*" >&2; }

# --- the tool: built once through the launcher, then run directly so that no build is timed.
# CATALOG_DLL=PATH/catalog.dll times another build instead (a baseline, say); the table names it.
if [[ -n "${CATALOG_DLL:-}" ]]; then
  cli="dotnet $CATALOG_DLL"
else
  "$here/catalog.sh" --help >/dev/null
  cli="dotnet $(CATALOG_PRINT_DLL=1 "$here/catalog.sh")"
fi

# --- peers
if [[ ! -f "$peers/node_modules/ajv/package.json" || ! -f "$peers/node_modules/js-yaml/package.json" ]]; then
  say "installing ajv and js-yaml (npm)"
  (cd "$peers" && npm install --no-audit --no-fund --silent >/dev/null)
fi
python=/usr/bin/python3
if ! "$python" -c 'import openpyxl' 2>/dev/null; then
  say "installing openpyxl"
  if ! "$python" -m pip install --user --quiet openpyxl 2>/dev/null; then
    sudo=(); [[ "$(id -u)" -eq 0 ]] || sudo=(sudo -n)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq python3-openpyxl >/dev/null
  fi
fi

# --- the province: reused when it has this size and the schemas it was made with
git_() { git -C "$repo" -c user.name=bench -c user.email=bench@example.invalid "$@"; }
if [[ -d "$repo/.git" && "$(cat "$work/size" 2>/dev/null)" == "$n" ]] && diff -rq "$here/schemas" "$repo/schemas" >/dev/null 2>&1; then
  say "reusing the province in $repo"
  git_ reset -q --hard
  git_ clean -qfd
else
  say "generating $n implementation records in $repo"
  rm -rf "$work"
  mkdir -p "$repo"
  $cli generate -o "$repo/catalog" --implementations "$n" --seed 1 >/dev/null
  cp -r "$here/schemas" "$repo/schemas"
  printf '.catalog-cache/\n' >"$repo/.gitignore"
  git_ init -q
  git_ add -A
  git_ commit -qm "generated province"
  # A pull request's worth of edits: 20 implementation files, spread over the catalog.
  mapfile -t edits < <(git_ ls-files 'catalog/implementations/*' | awk -v step=$((n / 20)) 'NR % step == 7' | head -20)
  for f in "${edits[@]}"; do sed -i '0,/^hours: /s//hours: （调整）/' "$repo/$f"; done
  git_ commit -qam "20 edits"
  echo "$n" >"$work/size"
fi
mkdir -p "$logs"
rm -f "$logs"/*
files=$(git_ ls-files catalog | wc -l)
named="$(git_ ls-files 'catalog/implementations/*' | awk -v middle=$((n / 2)) 'NR == middle')"
$cli keygen -o "$work/keys" >/dev/null 2>&1 || true
key="$work/keys/catalog-signing.key.pem"

# --- measuring. figure KEY BEFORE COMMAND... : RUNS rounds; each round runs BEFORE (untimed, may be
# empty), then every COMMAND in turn (CatalogTools first), in the repository. Medians go to
# result[KEY.INDEX] as "wall cpu rss exit".
declare -A result
figure() {
  local key="$1" before="$2"; shift 2
  local commands=("$@") round i
  declare -A walls cpus rsss codes
  for ((round = 1; round <= runs; round++)); do
    for i in "${!commands[@]}"; do
      if [[ -n "$before" && $i -eq 0 ]]; then (cd "$repo" && bash -c "$before") >/dev/null 2>&1; fi
      local w c r code
      read -r w c r code < <(cd "$repo" && CATALOG_TIMINGS=1 bench_time "$logs/$key-$i-$round" bash -c "${commands[$i]}")
      walls[$i]+="$w "; cpus[$i]+="$c "; rsss[$i]+="$r "
      [[ "$code" == 0 || ( $i -eq 0 && "$code" == 1 ) ]] || codes[$i]="exit $code"
    done
  done
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    result[$key.$i]="$(bench_median ${walls[$i]}) $(bench_median ${cpus[$i]}) $(bench_median ${rsss[$i]}) ${codes[$i]:-ok}"
    say "$key[$i]: ${result[$key.$i]}   (${commands[$i]})"
  done
}

# Warm: the parse cache, the stat index and the stored result filled, every file out of the racy window.
warm() { (cd "$repo" && $cli check --catalog catalog >/dev/null 2>&1; $cli check --catalog catalog >/dev/null 2>&1; sleep 4); }

ajv="node $peers/ajv-check.mjs catalog schemas"
say "check --no-cache"
figure nocache "" "$cli check --no-cache --catalog catalog" "$ajv" "$ajv --workers 2"
warm
say "check FILE (warm)"
figure named "" "$cli check --catalog catalog $named" "$ajv ${named#catalog/}"
say "check --changed-since HEAD~1 (warm)"
(cd "$repo" && $cli check --changed-since HEAD~1 --catalog catalog >/dev/null 2>&1)
figure changed "" "$cli check --changed-since HEAD~1 --catalog catalog" "git diff --name-only HEAD~1 | xargs cat >/dev/null"
say "warm check after one edit"
edited="$(git_ ls-files 'catalog/implementations/*' | awk 'NR == 3')"
figure oneedit "sed -i \"s/^hours: .*/hours: 工作日（单个修改 \$RANDOM）/\" '$edited'" "$cli check --catalog catalog" "$ajv --workers 2"
git_ checkout -q -- .
say "export"
(cd "$repo" && $cli export "$work/forms.xlsx" --catalog catalog >/dev/null 2>&1 && "$python" "$peers/openpyxl_read.py" "$work/forms.xlsx" "$work/values.pickle" >/dev/null)
figure export "" "$cli export '$work/forms.xlsx' --catalog catalog" "$python '$peers/openpyxl_write.py' '$work/values.pickle' '$work/peer.xlsx'"
say "import"
figure import "" "$cli import '$work/forms.xlsx' --catalog catalog" "$python '$peers/openpyxl_read.py' '$work/forms.xlsx'"
git_ checkout -q -- .
say "publish --channel web"
figure publish "rm -rf '$work/site' '$work/site-copy'" "$cli publish --channel web --catalog catalog --key '$key' -o '$work/site'" "cp -r '$work/site' '$work/site-copy'"
rm -rf "$work/site" "$work/site-copy" "$work/peer.xlsx"

# --- the table
wall() { echo "${result[$1]}" | awk '{print $1}'; }
cpu() { echo "${result[$1]}" | awk '{print $2}'; }
rss() { echo "${result[$1]}" | awk '{print $3}'; }
status() { echo "${result[$1]}" | awk '{ $1 = $2 = $3 = ""; sub(/^ +/, ""); print ($0 == "ok" ? "" : " (" $0 ")") }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "—" }'; }
ours() { printf '%s s, %s MB (CPU %s s)%s' "$(wall "$1")" "$(rss "$1")" "$(cpu "$1")" "$(status "$1")"; }
peer() { printf '%s s, %s MB%s' "$(wall "$1")" "$(rss "$1")" "$(status "$1")"; }
commit="$(git -C "$here" rev-parse --short HEAD)$([[ -z "$(git -C "$here" status --porcelain -- tools schemas)" ]] || echo ' + uncommitted changes')"
[[ -z "${CATALOG_DLL:-}" ]] || commit="$commit (but the tool timed is $CATALOG_DLL)"
table="$(cat <<TABLE
<!-- run-all $n begin: written by bench/run-all.sh; edit the script, not this table -->
### $(printf "%'d" "$n") implementation records ($files files): bench/run-all.sh $n

$started_at, commit $commit; $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB, .NET $(dotnet --version);
load average $started_load at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end. Medians of $runs interleaved rounds (wall, peak RSS; CPU = user + system).
Ratios are CatalogTools ÷ peer (wall; memory where it says so): below 1 CatalogTools is faster.

| work | CatalogTools | peer or floor | ratio |
|---|---|---|---|
| \`check --no-cache\` (YAML + schema + every rule) | $(ours nocache.0) | ajv + js-yaml, schema only, same files: $(peer nocache.1) (1 thread), $(peer nocache.2) (2 workers) | $(ratio "$(wall nocache.0)" "$(wall nocache.1)"), $(ratio "$(wall nocache.0)" "$(wall nocache.2)"); memory $(ratio "$(rss nocache.0)" "$(rss nocache.2)") |
| \`check FILE\`, one file, warm (an editor's on-save check) | $(ours named.0) | ajv + js-yaml on that file: $(peer named.1) | $(ratio "$(wall named.0)" "$(wall named.1)") |
| \`check --changed-since HEAD~1\`, 20 files, warm | $(ours changed.0) | \`git diff --name-only HEAD~1 \| xargs cat\`: $(peer changed.1) | $(ratio "$(wall changed.0)" "$(wall changed.1)") |
| warm \`check\` after one edit | $(ours oneedit.0) | ajv, 2 workers: $(peer oneedit.1) | $(ratio "$(wall oneedit.0)" "$(wall oneedit.1)") |
| \`export\` | $(ours export.0) | openpyxl write-only, same sheets and values: $(peer export.1) | $(ratio "$(wall export.0)" "$(wall export.1)") |
| \`import\` (the exported workbook, no edit) | $(ours import.0) | openpyxl read-only, every cell: $(peer import.1) | $(ratio "$(wall import.0)" "$(wall import.1)"); memory $(ratio "$(rss import.0)" "$(rss import.1)") |
| \`publish --channel web\` | $(ours publish.0) | \`cp -r\` of the output (the floor): $(peer publish.1) | $(ratio "$(wall publish.0)" "$(wall publish.1)") the floor |

Not in this run: Spectral and Hugo (the issue's other peers) are not installed by the script. Logs and each run's phases (CATALOG_TIMINGS=1): \`$logs\`.
<!-- run-all $n end -->
TABLE
)"
echo "$table"
if [[ -n "$doc" ]]; then
  RUN_ALL_TABLE="$table" RUN_ALL_SIZE="$n" "$python" - "$doc" <<'PY'
import os, re, sys
path, table, size = sys.argv[1], os.environ["RUN_ALL_TABLE"], os.environ["RUN_ALL_SIZE"]
text = open(path, encoding="utf-8").read()
block = re.compile(r"<!-- run-all %s begin.*?<!-- run-all %s end -->" % (size, size), re.S)
if block.search(text):
    text = block.sub(lambda _: table, text)
else:
    heading = "## Summary: every figure beside its peer (bench/run-all.sh)\n\n"
    if heading not in text:
        first = text.index("\n## ") + 1
        text = text[:first] + heading + text[first:]
    at = text.index(heading) + len(heading)
    text = text[:at] + table + "\n\n" + text[at:]
tmp = path + ".tmp"
with open(tmp, "w", encoding="utf-8") as out:
    out.write(text)
os.replace(tmp, path)
PY
  say "table written to $doc"
fi
