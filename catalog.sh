#!/usr/bin/env bash
# Runs the `catalog` CLI, building it first when the build is missing or older than the sources.
# (It cannot be called ./catalog: that name is the catalog/ data folder.)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dll="$here/tools/CatalogTools.Cli/bin/Release/net10.0/catalog.dll"
stamp="$here/tools/CatalogTools.Cli/bin/Release/.built"
if [[ ! -f "$dll" || ! -f "$stamp" ]] || [[ -n "$(find "$here/tools" "$here/schemas" "$here/templates" "$here/Directory.Build.props" "$here/Directory.Packages.props" \
      -newer "$stamp" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)" ]]; then
  echo "catalog: building the tools (dotnet build -c Release)..." >&2
  dotnet build "$here/tools/CatalogTools.Cli/CatalogTools.Cli.csproj" -c Release --nologo -v q -tl:off "-clp:ErrorsOnly;NoSummary" >&2
  touch "$stamp"
fi
# So that `catalog lock` registers this launcher as the catalog.lock merge driver (see docs/git-workflow.md).
export CATALOG_LAUNCHER="$here/catalog.sh"
exec dotnet "$dll" "$@"
