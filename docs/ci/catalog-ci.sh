#!/usr/bin/env bash
# The commands every CI recipe in docs/ci/ runs (GitHub Actions, GitLab CI, Jenkins), in order:
# fmt --check, lock --check, check of the changed files, diff. Every step runs even when an earlier
# one fails, so a pull request sees all its findings at once; the script exits with the worst
# status at the end (0 clean, 1 findings, 2 could not run).
#
#   bash docs/ci/catalog-ci.sh BASE_REV [CONSOLE_FORMAT]
#
# BASE_REV        the pull request's base, e.g. origin/main (needs full history: fetch-depth 0)
# CONSOLE_FORMAT  what the log shows: github (annotations on the diff) or text (default)
# $CATALOG        the catalog command (default: catalog, the installed tool)
# $CATALOG_CI_OUT where reports go (default: catalog-reports/):
#   STEP.sarif             SARIF 2.1.0 per step (GitHub code scanning; upload the folder)
#   STEP.junit.xml         JUnit per step (Jenkins junit, GitLab reports:junit)
#   codequality.json       GitLab Code Quality of all steps in one file (GitLab takes one per job)
#   diff.md                the change in Markdown, for a pull-request comment
# Paths in every report are relative to the repository root.
set -u
base=${1:?usage: catalog-ci.sh BASE_REV [github|text]}
console=${2:-text}
out=${CATALOG_CI_OUT:-catalog-reports}
read -r -a catalog <<<"${CATALOG:-catalog}"
mkdir -p "$out"
worst=0

run() { # run STEP ARGS...: one catalog command, its status remembered
  local step=$1 rc
  shift
  echo "== catalog $step ==" >&2
  "${catalog[@]}" "$@"
  rc=$?
  echo "== catalog $step: exit $rc ==" >&2
  if [ "$rc" -gt "$worst" ]; then worst=$rc; fi
}

reports() { # the report formats of one step
  formats=(--format "$console"
    --format sarif --output "$out/$1.sarif"
    --format gitlab --output "$out/$1.codequality.json"
    --format junit --output "$out/$1.junit.xml")
}

reports fmt
run fmt fmt --check "${formats[@]}"
reports lock
run lock lock --check --base "$base" "${formats[@]}"
reports check
run check check --changed-since "$base" "${formats[@]}"
run diff diff "$base" --format md --output "$out/diff.md"

# GitLab reads one Code Quality file per job: join the steps' arrays into codequality.json.
{
  echo "["
  first=yes
  for step in fmt lock check; do
    file="$out/$step.codequality.json"
    [ -s "$file" ] || continue
    body=$(sed -e '1s/^[[:space:]]*\[//' -e '$s/\][[:space:]]*$//' "$file")
    [ -n "${body//[[:space:]]/}" ] || continue
    if [ "$first" = no ]; then echo ","; fi
    printf '%s\n' "$body"
    first=no
  done
  echo "]"
} >"$out/codequality.json"

exit "$worst"
