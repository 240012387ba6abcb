#!/usr/bin/env bash
# Every figure of issue 19 in one run, each beside its peer or floor: the pairs run alternately
# (CatalogTools, then the peer, RUNS times), and the medians and their ratios are written as the
# summary table of docs/performance.md with the machine, the load and the commit.
#
#   bench/run-all.sh [SIZE] [WORKDIR]     (default 100000 implementation records, /tmp/catalog-bench-all-SIZE)
#
# The rows and what each is measured against (RUNS interleaved rounds, medians):
#   check --no-cache            ajv + js-yaml, schema only, same files (1 thread and 2 workers)
#   check FILE (warm)           ajv + js-yaml on that one file
#   check --changed-since HEAD~1 (20 files, warm)   `git diff --name-only HEAD~1 | xargs cat` (the git floor)
#   warm check after one edit   ajv, 2 workers
#   export                      openpyxl write-only, same sheets and values
#   import                      openpyxl read-only, every cell of the same workbook
#   publish --channel web       `cp -r` of its output (the floor: writing the same files)
# Point 5, the editor's path (targets for 10^6: a verdict only at SIZE 1000000):
#   lock --check, warm (≤ 5 s)  `git status --untracked-files=no` + `sha256sum catalog.lock`: git's own
#                               stat-index answer to "is the work tree as recorded", plus reading the
#                               lock; a warm lock --check does the same (stat index) and compares states.
#   import of a one-region workbook (≤ 10 s)   openpyxl read-only on that workbook. The region is the
#                               first city (市级) of the registry, or REGION=CODE; `export --region` makes it.
#   publish --channel web --since, 10 changed items (≤ 10 s)   each round commits 10 edited
#                               implementation files on top of the last published bundle; the floor is
#                               `git diff --name-only HEAD~1 | xargs cat` (finding and reading what changed).
#   diff HEAD~1, 20 files (≤ 3 s)   `git diff HEAD~1` (git's own textual diff of the same commit).
# Slow peers, once per run (not RUNS rounds), beside the median of CatalogTools' row above;
# SLOW_PEERS=0 skips them (the table says so):
#   check --no-cache            Spectral 6 (npm, bench/peers/spectral), trivial ruleset, same files
#   publish --channel web       Hugo (Debian's `hugo`) on the same pages (bench/peers/hugo_site.py)
#
# - The province (generated with --seed 1, committed in a git repository, then a second commit that
#   edits 20 implementation files) is kept in WORKDIR and reused by the next run of the same SIZE
#   while the schemas are unchanged.
# - Peers, installed when missing, never vendored: ajv + js-yaml (npm, bench/peers/package.json),
#   Spectral (npm, bench/peers/spectral/package.json), Hugo (apt-get install hugo) and Debian's python3
#   with openpyxl (pip when the machine reaches PyPI, else apt-get python3-openpyxl). A peer that
#   cannot be installed is reported as "not installed", never given a number.
# - RUNS=3 rounds per pair (medians); DOC=FILE rewrites that file's table instead (DOC= prints only);
#   CATALOG_DLL=PATH/catalog.dll times that build instead of the one ./catalog.sh builds.
# - Every CatalogTools run has CATALOG_TIMINGS=1: its phases are in WORKDIR/logs/*.err.
# 10^6 needs about 4 GB of disk for the province plus the web bundle three times over (publish, its
# copy, Hugo's input and output), and several GB of memory: check `df -h` and `free -g`.
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
# The commit at the start: the build the launcher makes below is of this state.
commit="$(git -C "$here" rev-parse --short HEAD)$([[ -z "$(git -C "$here" status --porcelain -- tools schemas)" ]] || echo ' + uncommitted changes')"
[[ -z "${CATALOG_DLL:-}" ]] || commit="$commit (but the tool timed is $CATALOG_DLL)"

say() { echo "run-all: $*" >&2; }

# --- the tool: built once through the launcher, then run directly so that no build is timed.
# CATALOG_DLL=PATH/catalog.dll times another build instead (a baseline, say); the table names it.
if [[ -n "${CATALOG_DLL:-}" ]]; then
  cli="dotnet $CATALOG_DLL"
else
  "$here/catalog.sh" --help >/dev/null
  cli="dotnet $(CATALOG_PRINT_DLL=1 "$here/catalog.sh")"
fi

slow_peers="${SLOW_PEERS:-1}"
declare -A not_installed   # peer → why it could not be installed; its row says so instead of a number

# --- peers
# npm_peers FOLDER PACKAGE...: `npm install` in FOLDER (its package.json pins them) when one is missing.
npm_peers() {
  local folder="$1" p; shift
  for p in "$@"; do
    [[ -f "$folder/node_modules/$p/package.json" ]] && continue
    say "installing $* (npm, ${folder#"$here/"}/package.json)"
    (cd "$folder" && npm install --no-audit --no-fund --silent >/dev/null)
    return
  done
}
as_root() { if [[ "$(id -u)" -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }
apt_install() { DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null 2>&1; }

npm_peers "$peers" ajv js-yaml
python=/usr/bin/python3
if ! "$python" -c 'import openpyxl' 2>/dev/null; then
  say "installing openpyxl"
  "$python" -m pip install --user --quiet openpyxl 2>/dev/null || apt_install python3-openpyxl
fi
spectral="$peers/spectral/node_modules/.bin/spectral"
if [[ "$slow_peers" != 0 ]]; then
  npm_peers "$peers/spectral" @stoplight/spectral-cli || not_installed[spectral]="npm install @stoplight/spectral-cli failed"
  [[ -n "${not_installed[spectral]:-}" ]] || spectral_version="$("$spectral" --version 2>/dev/null)" || not_installed[spectral]="spectral --version failed"
  if ! command -v hugo >/dev/null; then
    say "installing hugo (apt-get)"
    apt_install hugo || not_installed[hugo]="apt-get install hugo failed"
  fi
  [[ -n "${not_installed[hugo]:-}" ]] || hugo_version="$(hugo version 2>/dev/null | awk '{print $2}')" || not_installed[hugo]="hugo version failed"
  for peer in "${!not_installed[@]}"; do say "$peer: not installed (${not_installed[$peer]}); its row says so"; done
fi

# --- the province: reused when it has this size and the schemas it was made with
git_() { git -C "$repo" -c user.name=bench -c user.email=bench@example.invalid "$@"; }
# The commit of the 20 edits: the state every figure starts from (publish --since commits on top of it).
base_commit() { git_ rev-list -1 --grep='^20 edits$' HEAD; }
if [[ -d "$repo/.git" && "$(cat "$work/size" 2>/dev/null)" == "$n" ]] && diff -rq "$here/schemas" "$repo/schemas" >/dev/null 2>&1; then
  say "reusing the province in $repo"
  git_ reset -q --hard "$(base_commit)"
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
# result[KEY.INDEX] as "wall cpu rss exit". CatalogTools may exit 1 (findings) but for import and export; a peer must exit 0.
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
      # Exit 1 is findings for check, lock, diff and publish; import and export exit 1 only when they refused
      # or left something out (nothing imported, a workbook import would not read): that is no figure.
      local findings=1
      [[ "${commands[$i]}" != "$cli import "* && "${commands[$i]}" != "$cli export "* ]] || findings=0
      [[ "$code" == 0 || ( "${commands[$i]}" == "$cli "* && "$code" == 1 && "$findings" == 1 ) ]] || codes[$i]="exit $code"
    done
  done
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    result[$key.$i]="$(bench_median ${walls[$i]}) $(bench_median ${cpus[$i]}) $(bench_median ${rsss[$i]}) ${codes[$i]:-ok}"
    say "$key[$i]: ${result[$key.$i]}   (${commands[$i]})"
  done
}
# once KEY BEFORE COMMAND...: one round only (the slow peers).
once() { local all="$runs"; runs=1; figure "$@"; runs="$all"; }

# Warm: the parse cache, the stat index, the stored result and the reverse index (built by the first
# check FILE) filled, every file out of the racy window. Without the last, RUNS=1 timed the build of the
# reverse index as "check FILE, warm".
warm() { (cd "$repo" && $cli check --catalog catalog >/dev/null 2>&1; $cli check --catalog catalog >/dev/null 2>&1; $cli check --catalog catalog "$named" >/dev/null 2>&1; sleep 4); }

# Spectral once, on the files check --no-cache reads, beside that row's median.
spectral_figure() {
  [[ "$slow_peers" != 0 && -z "${not_installed[spectral]:-}" ]] || return 0
  say "Spectral (once)"
  once spectral "" "$spectral lint 'catalog/**/*.yaml' --ruleset '$peers/spectral/trivial-ruleset.yaml' --quiet"
}

# lock --check, warm: the lock written (untracked, removed afterwards) and checked once untimed.
lock_check_figure() {
  say "lock --check (warm)"
  (cd "$repo" && $cli lock --catalog catalog >/dev/null 2>&1; $cli lock --check --catalog catalog >/dev/null 2>&1; sleep 4) || true
  figure lockcheck "" "$cli lock --check --catalog catalog" "git status --porcelain --untracked-files=no >/dev/null && sha256sum catalog.lock >/dev/null"
  rm -f "$repo/catalog.lock"
}

# The import of one region's workbook: the first city of the registry (or REGION), exported untimed.
region_import_figure() {
  region="${REGION:-$(awk '/^ *- code: /{gsub(/"/, "", $3); code = $3} /^ *level: 市级/{print code; exit}' "$repo/catalog/registries/regions.yaml")}"
  region_records="$(git_ ls-files "catalog/implementations/${region:0:4}*" | wc -l)"
  say "import of one region's workbook ($region, $region_records implementation records)"
  (cd "$repo" && $cli export "$work/region.xlsx" --region "$region" --catalog catalog >/dev/null 2>&1 && "$python" "$peers/openpyxl_read.py" "$work/region.xlsx" >/dev/null)
  figure regionimport "" "$cli import '$work/region.xlsx' --catalog catalog" "$python '$peers/openpyxl_read.py' '$work/region.xlsx'"
  git_ checkout -q -- .
}

# Hugo once on the pages of the last publish round, beside the publish row's median.
hugo_figure() {
  [[ "$slow_peers" != 0 && -z "${not_installed[hugo]:-}" ]] || return 0
  say "Hugo (once)"
  "$python" "$peers/hugo_site.py" "$work/site/web" "$work/hugo" >"$logs/hugo-site.out"
  once hugo "rm -rf '$work/hugo-out'" "hugo --quiet --source '$work/hugo' --destination '$work/hugo-out'"
  hugo_pages="$(awk '{print $3}' "$logs/hugo-site.out")"
  rm -rf "$work/hugo" "$work/hugo-out"
}

# publish --since over the last publish round's bundle; before each round, a commit of 10 edited
# implementation files (new text each round), then a wait past the stat index's racy window.
edit_ten_items() {
  local stamp f
  stamp="$(date +%s%N)"
  git ls-files 'catalog/implementations/*' | awk -v step=$((BENCH_SIZE / 10)) 'NR % step == 5' | head -10 |
    while read -r f; do sed -i "s/^hours: .*/hours: 工作日（发布 $stamp）/" "$f"; done
  git -c user.name=bench -c user.email=bench@example.invalid commit -qam "10 items $stamp"
  sleep 4
}
publish_since_figure() {
  say "publish --since after 10 changed items"
  export -f edit_ten_items
  export BENCH_SIZE="$n"
  figure since "edit_ten_items" "$cli publish --channel web --catalog catalog --key '$key' -o '$work/site' --since '$work/site'" "git diff --name-only HEAD~1 | xargs cat >/dev/null"
  since_files="$(git_ diff --name-only HEAD~1 | wc -l)"
  git_ reset -q --hard "$(base_commit)"
}

ajv="node $peers/ajv-check.mjs catalog schemas"
say "check --no-cache"
figure nocache "" "$cli check --no-cache --catalog catalog" "$ajv" "$ajv --workers 2"
spectral_figure
warm
say "check FILE (warm)"
figure named "" "$cli check --catalog catalog $named" "$ajv ${named#catalog/}"
say "check --changed-since HEAD~1 (warm)"
(cd "$repo" && $cli check --changed-since HEAD~1 --catalog catalog >/dev/null 2>&1)
figure changed "" "$cli check --changed-since HEAD~1 --catalog catalog" "git diff --name-only HEAD~1 | xargs cat >/dev/null"
say "diff HEAD~1 (20 files)"
figure diff "" "$cli diff HEAD~1 --catalog catalog" "git diff HEAD~1 >/dev/null"
lock_check_figure
say "warm check after one edit"
edited="$(git_ ls-files 'catalog/implementations/*' | awk 'NR == 3')"
figure oneedit "sed -i \"s/^hours: .*/hours: 工作日（单个修改 \$RANDOM）/\" '$edited'" "$cli check --catalog catalog" "$ajv --workers 2"
git_ checkout -q -- .
say "export"
# At 10^6 the export splits by region (forms-360100.xlsx, ...) instead of writing forms.xlsx: import takes the
# parts one after another, and openpyxl reads the same parts.
rm -f "$work"/forms.xlsx "$work"/forms-*.xlsx
(cd "$repo" && $cli export "$work/forms.xlsx" --catalog catalog >/dev/null 2>&1)
forms="$(if [[ -f "$work/forms.xlsx" ]]; then echo "'$work/forms.xlsx'"; else for f in "$work"/forms-*.xlsx; do printf "'%s' " "$f"; done; fi)"
forms_count=$(eval "printf '%s\n' $forms" | wc -l)
(cd "$repo" && eval "'$python' '$peers/openpyxl_read.py' $forms '$work/values.pickle'" >/dev/null)
figure export "" "$cli export '$work/forms.xlsx' --catalog catalog" "$python '$peers/openpyxl_write.py' '$work/values.pickle' '$work/peer.xlsx'"
say "import ($forms_count workbooks)"
figure import "" "for f in $forms; do $cli import \"\$f\" --catalog catalog || exit \$?; done" "$python '$peers/openpyxl_read.py' $forms"
git_ checkout -q -- .
region_import_figure
say "publish --channel web"
figure publish "rm -rf '$work/site' '$work/site-copy'" "$cli publish --channel web --catalog catalog --key '$key' -o '$work/site'" "cp -r '$work/site' '$work/site-copy'"
rm -rf "$work/site-copy"
hugo_figure
publish_since_figure
rm -rf "$work/site" "$work/peer.xlsx"

# --- the table
wall() { echo "${result[$1]}" | awk '{print $1}'; }
cpu() { echo "${result[$1]}" | awk '{print $2}'; }
rss() { echo "${result[$1]}" | awk '{print $3}'; }
status() { echo "${result[$1]}" | awk '{ $1 = $2 = $3 = ""; sub(/^ +/, ""); print ($0 == "ok" ? "" : " (" $0 ")") }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "—" }'; }
ours() { printf '%s s, %s MB (CPU %s s)%s' "$(wall "$1")" "$(rss "$1")" "$(cpu "$1")" "$(status "$1")"; }
peer() { printf '%s s, %s MB%s' "$(wall "$1")" "$(rss "$1")" "$(status "$1")"; }
# slow KEY → a slow peer's figure (one run), or why there is none; slow_ratio KEY OURS → the ratio or —.
slow_ran() { [[ "$slow_peers" != 0 && -z "${not_installed[$1]:-}" ]]; }
slow() {
  if [[ "$slow_peers" == 0 ]]; then echo "skipped (SLOW_PEERS=0)"
  elif [[ -n "${not_installed[$1]:-}" ]]; then echo "not installed (${not_installed[$1]})"
  else echo "$(peer "$1.0") (once)"; fi
}
slow_ratio() { if slow_ran "$1"; then ratio "$(wall "$2")" "$(wall "$1.0")"; else echo "—"; fi; }
# verdict KEY SECONDS → whether a point-5 target is met; the targets are for 10^6, so no verdict at other sizes.
verdict() {
  if [[ "$n" != 1000000 ]]; then echo "— (the target is for 10^6)"
  elif [[ -n "$(status "$1")" ]]; then echo "**no** (failed)"
  else awk -v w="$(wall "$1")" -v t="$2" 'BEGIN { print (w <= t ? "yes" : "**no**") }'; fi
}
slow_note="Spectral ${spectral_version:-} and Hugo ${hugo_version:-} ran once each (minutes at 10^5), beside the median of CatalogTools' row; SLOW_PEERS=0 skips them."
[[ "$slow_peers" != 0 ]] || slow_note="Spectral and Hugo were skipped (SLOW_PEERS=0)."
table="$(cat <<TABLE
<!-- run-all $n begin: written by bench/run-all.sh; edit the script, not this table -->
### $(printf "%'d" "$n") implementation records ($files files): bench/run-all.sh $n

$started_at, commit $commit; $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB, .NET $(dotnet --version);
load average $started_load at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end. Medians of $runs interleaved rounds (wall, peak RSS; CPU = user + system).
Ratios are CatalogTools ÷ peer (wall; memory where it says so): below 1 CatalogTools is faster.

| work | CatalogTools | peer or floor | ratio |
|---|---|---|---|
| \`check --no-cache\` (YAML + schema + every rule) | $(ours nocache.0) | ajv + js-yaml, schema only, same files: $(peer nocache.1) (1 thread), $(peer nocache.2) (2 workers) | $(ratio "$(wall nocache.0)" "$(wall nocache.1)"), $(ratio "$(wall nocache.0)" "$(wall nocache.2)"); memory $(ratio "$(rss nocache.0)" "$(rss nocache.2)") |
| \`check --no-cache\` beside Spectral | the row above | Spectral, trivial ruleset, same files: $(slow spectral) | $(slow_ratio spectral nocache.0) |
| \`check FILE\`, one file, warm (an editor's on-save check) | $(ours named.0) | ajv + js-yaml on that file: $(peer named.1) | $(ratio "$(wall named.0)" "$(wall named.1)") |
| \`check --changed-since HEAD~1\`, 20 files, warm | $(ours changed.0) | \`git diff --name-only HEAD~1 \| xargs cat\`: $(peer changed.1) | $(ratio "$(wall changed.0)" "$(wall changed.1)") |
| warm \`check\` after one edit | $(ours oneedit.0) | ajv, 2 workers: $(peer oneedit.1) | $(ratio "$(wall oneedit.0)" "$(wall oneedit.1)") |
| \`export\` | $(ours export.0) | openpyxl write-only, same sheets and values: $(peer export.1) | $(ratio "$(wall export.0)" "$(wall export.1)") |
| \`import\` (the exported workbook$([[ $forms_count == 1 ]] || echo "s: $forms_count, one after another"), no edit) | $(ours import.0) | openpyxl read-only, every cell: $(peer import.1) | $(ratio "$(wall import.0)" "$(wall import.1)"); memory $(ratio "$(rss import.0)" "$(rss import.1)") |
| \`publish --channel web\` | $(ours publish.0) | \`cp -r\` of the output (the floor): $(peer publish.1) | $(ratio "$(wall publish.0)" "$(wall publish.1)") the floor |
| \`publish --channel web\` beside Hugo | the row above | Hugo on the same ${hugo_pages:+$hugo_pages }pages (bench/peers/hugo_site.py): $(slow hugo) | $(slow_ratio hugo publish.0) |

The editor's path (issue 19, point 5); the targets are for 10^6 records:

| work | CatalogTools | peer or floor | ratio | target | met |
|---|---|---|---|---|---|
| \`lock --check\`, warm | $(ours lockcheck.0) | \`git status --untracked-files=no\` + \`sha256sum catalog.lock\`: $(peer lockcheck.1) | $(ratio "$(wall lockcheck.0)" "$(wall lockcheck.1)") | ≤ 5 s | $(verdict lockcheck.0 5) |
| \`import\` of one region's workbook ($region, $region_records implementation records; \`export --region\`) | $(ours regionimport.0) | openpyxl read-only, every cell: $(peer regionimport.1) | $(ratio "$(wall regionimport.0)" "$(wall regionimport.1)") | ≤ 10 s | $(verdict regionimport.0 10) |
| \`publish --channel web --since\` after a commit of 10 changed items ($since_files files) | $(ours since.0) | \`git diff --name-only HEAD~1 \| xargs cat\`: $(peer since.1) | $(ratio "$(wall since.0)" "$(wall since.1)") | ≤ 10 s | $(verdict since.0 10) |
| \`diff HEAD~1\`, 20 files | $(ours diff.0) | \`git diff HEAD~1\`: $(peer diff.1) | $(ratio "$(wall diff.0)" "$(wall diff.1)") | ≤ 3 s | $(verdict diff.0 3) |

$slow_note Logs and each run's phases (CATALOG_TIMINGS=1): \`$logs\`.
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
