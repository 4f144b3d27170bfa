#!/usr/bin/env bash
# Build OUT/cmgui_VERSION_ARCH.deb from the frozen Linux bundle (dist/cmgui, made by
# packaging/pyinstaller/cmgui-linux.spec) with dpkg-deb under fakeroot, from a staging tree:
#   /opt/cmgui/                      the bundle (cmgui, cmcli, _internal/)
#   /usr/bin/cmgui, /usr/bin/cmcli   symlinks into it; their manual pages
#   /usr/share/applications, icons/hicolor, metainfo   desktop integration (packaging/linux)
#   /usr/lib/udev/rules.d/60-cmgui-modems.rules         modem ports for the seat's user
#   /usr/share/doc/cmgui/copyright, changelog.Debian.gz, /usr/share/lintian/overrides/cmgui
# Depends: the Debian packages of the system libraries the bundle loads (bundle-deps.sh).
#   packaging/debian/build-deb.sh [BUNDLE] [OUT]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=$(realpath "${1:-$root/dist/cmgui}")
out=$(realpath -m "${2:-$root/dist}")
[[ -x $bundle/cmgui && -x $bundle/cmcli ]] || { echo "no bundle in $bundle (make package)" >&2; exit 1; }

upstream=$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
  "$root/pyproject.toml")
version="$upstream-1"   # Debian revision 1: the packaging in this directory, first of its version
arch=$(dpkg --print-architecture)
stage="$root/build/deb/cmgui_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$out"

cp -a "$bundle" "$stage/opt/cmgui"
# Across top-level directories, Debian policy (10.5) wants absolute symlinks.
ln -s /opt/cmgui/cmgui "$stage/usr/bin/cmgui"
ln -s /opt/cmgui/cmcli "$stage/usr/bin/cmcli"

share="$stage/usr/share"
install -D -m 0644 "$root/packaging/linux/io.github.cmgui.cmgui.desktop" \
  "$share/applications/io.github.cmgui.cmgui.desktop"
install -D -m 0644 "$root/packaging/linux/io.github.cmgui.cmgui.metainfo.xml" \
  "$share/metainfo/io.github.cmgui.cmgui.metainfo.xml"
install -D -m 0644 "$root/cmgui/resources/io.github.cmgui.cmgui.svg" \
  "$share/icons/hicolor/scalable/apps/io.github.cmgui.cmgui.svg"
install -D -m 0644 "$here/60-cmgui-modems.rules" "$stage/usr/lib/udev/rules.d/60-cmgui-modems.rules"
install -D -m 0644 "$here/copyright" "$share/doc/cmgui/copyright"
install -D -m 0644 "$here/lintian-overrides" "$share/lintian/overrides/cmgui"
for page in cmgui cmcli; do
  install -d "$share/man/man1"
  gzip -9n < "$here/$page.1" > "$share/man/man1/$page.1.gz"
done
sed "s/@VERSION@/$version/" "$here/changelog" | gzip -9n > "$share/doc/cmgui/changelog.Debian.gz"
chmod 0644 "$share/doc/cmgui/changelog.Debian.gz"

# Owner-writable only; executables keep their execute bit, shared libraries do not need one.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f -exec chmod 0644 {} +
chmod 0755 "$stage/opt/cmgui/cmgui" "$stage/opt/cmgui/cmcli"

depends=$(bash "$here/bundle-deps.sh" --packages "$stage/opt/cmgui" | paste -sd, | sed 's/,/, /g')
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$depends/" \
    -e "s/@INSTALLED_SIZE@/$installed_size/" "$here/control" > "$stage/DEBIAN/control"
install -m 0755 "$here/postinst" "$stage/DEBIAN/postinst"
install -m 0755 "$here/postrm" "$stage/DEBIAN/postrm"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
  | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$stage/DEBIAN/md5sums"

deb="$out/cmgui_${version}_${arch}.deb"
fakeroot dpkg-deb -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
