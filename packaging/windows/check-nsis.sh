#!/usr/bin/env bash
# Compile packaging/windows/cmgui.nsi with Debian's makensis against a dummy payload (what
# PyInstaller builds on Windows: cmgui.exe, cmcli.exe, _internal\), warnings as errors, so a
# mistake in the script shows here and not on a Windows build machine. The output in OUT is a
# real installer of dummy files: never ship it.
#   packaging/windows/check-nsis.sh [OUT]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(realpath -m "${1:-$root/build/nsis}")
command -v makensis >/dev/null || { echo "makensis is missing (Debian package nsis)" >&2; exit 1; }
version=$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
  "$root/pyproject.toml")
payload="$out/payload"
rm -rf "$payload"
mkdir -p "$payload/_internal"
for f in cmgui.exe cmcli.exe _internal/python311.dll; do
  echo "dummy $f for the NSIS syntax check" > "$payload/$f"
done
installer="$out/cmgui-$version-setup-DUMMY.exe"
(cd "$here" && makensis -V2 -WX -DVERSION="$version" -DPAYLOAD="$payload" -DOUTFILE="$installer" \
  cmgui.nsi)
echo "$installer"
