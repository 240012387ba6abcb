#!/usr/bin/env bash
# Runs the `catalog` CLI, building it first when the build is missing or older than the sources.
# (It cannot be called ./catalog: that name is the catalog/ data folder.)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The shipped build is ReadyToRun (precompiled, published for this machine's runtime identifier): a run
# starts without JIT-compiling its hot paths first. Elsewhere (no linux-x64/arm64) a plain Release build.
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64) rid=linux-arm64 ;;
  *) rid="" ;;
esac
if [[ -n "$rid" ]]; then
  out="$here/tools/CatalogTools.Cli/bin/Release/ready-to-run"
  dll="$out/catalog.dll"
  build=(dotnet publish "$here/tools/CatalogTools.Cli/CatalogTools.Cli.csproj" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" --nologo -tl:off)
else
  dll="$here/tools/CatalogTools.Cli/bin/Release/net10.0/catalog.dll"
  build=(dotnet build "$here/tools/CatalogTools.Cli/CatalogTools.Cli.csproj" -c Release --nologo -tl:off)
fi
stamp="$here/tools/CatalogTools.Cli/bin/Release/.built"
if [[ ! -f "$dll" || ! -f "$stamp" ]] || [[ -n "$(find "$here/tools" "$here/schemas" "$here/templates" "$here/Directory.Build.props" "$here/Directory.Packages.props" \
      -newer "$stamp" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)" ]]; then
  if [[ -t 2 && -t 1 ]] && ! [[ " $* " =~ " "(-q|--quiet)" " ]]; then
    # On a terminal: say what is happening and for how long, on one line that is cleared when done.
    log="$(mktemp)"
    # Minimal verbosity prints one "Project -> file.dll" line per project built: that is how far it is.
    total=$(( $(grep -c '<ProjectReference' "$here/tools/CatalogTools.Cli/CatalogTools.Cli.csproj") + 1 ))
    "${build[@]}" -v m -clp:NoSummary >"$log" 2>&1 &
    pid=$!
    start=$SECONDS
    spin='|/-\'
    while kill -0 "$pid" 2>/dev/null; do
      built=$(grep -c -- ' -> ' "$log" || true)
      printf '\r\033[Kcatalog：正在构建工具 %d/%d 个项目，%ds %s / building the tools (dotnet %s -c Release)' "$built" "$total" $((SECONDS - start)) "${spin:$(( (SECONDS - start) % 4 )):1}" "${build[1]}" >&2
      sleep 1
    done
    status=0
    wait "$pid" || status=$?
    printf '\r\033[K' >&2
    if (( status != 0 )); then cat "$log" >&2; rm -f "$log"; exit "$status"; fi
    rm -f "$log"
  else
    echo "catalog：正在构建工具（dotnet ${build[1]} -c Release）… / building the tools..." >&2
    "${build[@]}" -v q "-clp:ErrorsOnly;NoSummary" >&2
  fi
  touch "$stamp"
fi
# bench/run-all.sh times the built tool itself (no launcher, no build check): CATALOG_PRINT_DLL=1 asks where it is.
if [[ "${CATALOG_PRINT_DLL:-}" == 1 ]]; then echo "$dll"; exit 0; fi
# So that `catalog lock` registers this launcher as the catalog.lock merge driver (see docs/git-workflow.md).
export CATALOG_LAUNCHER="$here/catalog.sh"
exec dotnet "$dll" "$@"
