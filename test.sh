#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing, then runs every test.
#   ./test.sh                      every test of CatalogTools.sln
#   ./test.sh --filter Name~Lock   extra arguments go to `dotnet test`
# Needs: the .NET 10 SDK; for the missing Debian packages apt-get as root (or sudo).
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Chromium for page and report screenshots; LibreOffice for the "saved by LibreOffice" workbook tests
# and the printed forms and report; poppler-utils (pdfinfo, pdftotext) for the printed report's pages;
# Debian's python3 with openpyxl for workbooks edited the way another program saves them; a CJK font
# so screenshots of Chinese pages are not tofu; zbar-tools to decode a printed QR code. No test is skipped for a missing program: a machine
# without them installs them here, or the tests that need them fail.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# The spreadsheet component itself: `libreoffice` alone may be there without Calc.
has_calc() {
  command -v libreoffice >/dev/null 2>&1 || return 1
  command -v dpkg-query >/dev/null 2>&1 || return 0
  dpkg-query -W -f='${Status}' libreoffice-calc 2>/dev/null | grep -q 'ok installed'
}
has_calc || need+=(libreoffice-calc)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk' || need+=(fonts-wqy-zenhei)
command -v npm >/dev/null 2>&1 || need+=(npm)   # installs axe-core below
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)   # reads the 一次性告知单's QR code back
command -v git >/dev/null 2>&1 || need+=(git)   # tests build real repositories with the git program
if ((${#need[@]})); then
  echo "test.sh: installing ${need[*]}" >&2
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "test.sh: ${need[*]} missing and not root (no sudo): install them with apt-get" >&2; exit 1; }
    sudo=(sudo -n)
  fi
  export DEBIAN_FRONTEND=noninteractive
  installed=no
  for attempt in 1 2 3 4 5 6 7 8 9 10; do   # another apt may hold the lock for a while
    if "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=120 update -qq >/dev/null \
       && "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends "${need[@]}" >/dev/null; then
      installed=yes; break
    fi
    echo "test.sh: apt-get attempt $attempt failed; retrying" >&2
    sleep 15
  done
  [ "$installed" = yes ] || { echo "test.sh: apt-get install ${need[*]} failed" >&2; exit 1; }
fi

# moto's S3 server (Python) for the `publish --to s3://` tests (S3PublishTests start it on 127.0.0.1).
# Installed for the python3 on PATH with pip --user when it cannot import it; no root needed.
if ! python3 -c 'import moto.server, flask' >/dev/null 2>&1; then
  echo "test.sh: installing moto[server] (pip --user)" >&2
  python3 -m pip install --user -q 'moto[server]' || { echo "test.sh: pip install moto[server] failed" >&2; exit 1; }
fi

# axe-core, which the accessibility tests inject into every kind of page (version pinned in
# tests/browser/package-lock.json); installed only when that exact version is not there yet.
axe_version=$(sed -n 's/.*"axe-core": *"\([0-9.]*\)".*/\1/p' tests/browser/package.json)
if [ "$(node -p 'require("./tests/browser/node_modules/axe-core/package.json").version' 2>/dev/null)" != "$axe_version" ]; then
  command -v npm >/dev/null 2>&1 || { echo "test.sh: npm missing: install Node.js (apt-get install nodejs npm) for axe-core" >&2; exit 1; }
  echo "test.sh: installing axe-core $axe_version" >&2
  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error >/dev/null || { echo "test.sh: npm ci in tests/browser failed" >&2; exit 1; }
fi

exec dotnet test CatalogTools.sln "$@"
