#!/usr/bin/env bash
# Check a built cmgui .deb the way Debian checks packages, then install it into a clean Debian
# root and run it there:
#   1. lintian: no errors (what is inherent to a bundle is overridden, with reasons, in
#      lintian-overrides); desktop-file-validate; appstreamcli validate --no-net;
#   2. a minimal Debian (debootstrap --variant=minbase, cached as a tarball under
#      $CMGUI_PACKAGE_CACHE, default ~/.cache/cmgui-package), apt-get install of the .deb's
#      Depends from the archive, dpkg -i, then `cmcli --version`, `cmcli backends --json` and
#      `cmgui --self-test` (offscreen, and on the host's Xvfb through the xcb plugin when Xvfb
#      is installed).
# Needs root (chroot, mounts) and network for the archive.
#   packaging/debian/check-deb.sh DEB [--lint-only | --chroot-only]
set -euo pipefail
deb=$(realpath "${1:?usage: check-deb.sh DEB [--lint-only | --chroot-only]}")
mode=${2:-all}
suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${CMGUI_PACKAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cmgui-package}
work=$(mktemp -d /var/tmp/cmgui-check-deb.XXXXXX)
mounts=()
xvfb_pid=""
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

lint() {
  echo "== lintian"
  lintian --fail-on error --tag-display-limit 0 "$deb"
  dpkg-deb -x "$deb" "$work/files"
  echo "== desktop-file-validate"
  desktop-file-validate "$work"/files/usr/share/applications/*.desktop
  echo "== appstreamcli validate --no-net"
  appstreamcli validate --no-net "$work"/files/usr/share/metainfo/*.metainfo.xml
}

bind() {  # bind SOURCE TARGET_IN_ROOT
  mkdir -p "$work/root$2"
  mount --bind "$1" "$work/root$2"
  mounts+=("$work/root$2")
}

in_root() { chroot "$work/root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 XDG_RUNTIME_DIR=/run/user/0 DEBIAN_FRONTEND=noninteractive "$@"; }

install_and_run() {
  local tarball="$cache/$suite-minbase.tar.gz"
  mkdir -p "$cache/apt-archives/partial"
  if [[ ! -f $tarball ]]; then
    echo "== debootstrap $suite (once; cached in $tarball)"
    debootstrap --variant=minbase "$suite" "$work/bootstrap" "$mirror"
    tar -C "$work/bootstrap" --numeric-owner -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf --one-file-system "$work/bootstrap"
  fi
  echo "== a clean $suite root from $tarball"
  mkdir "$work/root"
  tar -C "$work/root" --numeric-owner -xzf "$tarball"
  cp /etc/resolv.conf "$work/root/etc/resolv.conf"
  mount -t proc proc "$work/root/proc"; mounts+=("$work/root/proc")
  bind /dev /dev
  bind /dev/pts /dev/pts
  bind "$cache/apt-archives" /var/cache/apt/archives
  mkdir -p -m 0700 "$work/root/run/user/0"
  local depends
  depends=$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/,/ /g')
  echo "== apt-get install the Depends: $depends"
  in_root apt-get update -qq
  # shellcheck disable=SC2086  # one word per package
  in_root apt-get install -y -qq --no-install-recommends $depends >/dev/null
  echo "== dpkg -i $(basename "$deb")"
  cp "$deb" "$work/root/tmp/cmgui.deb"
  in_root dpkg -i /tmp/cmgui.deb
  echo "== in the chroot: cmcli --version; cmcli backends --json; cmgui --self-test"
  in_root cmcli --version
  in_root cmcli backends --json
  in_root /usr/bin/env QT_QPA_PLATFORM=offscreen cmgui --self-test
  if command -v Xvfb >/dev/null; then
    local number
    bind /tmp/.X11-unix /tmp/.X11-unix
    Xvfb -displayfd 1 -screen 0 1280x860x24 -nolisten tcp > "$work/display" 2>/dev/null &
    xvfb_pid=$!
    for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
    number=$(head -n1 "$work/display")
    [[ -n $number ]] || { echo "Xvfb did not start" >&2; exit 1; }
    echo "== in the chroot, on the host's Xvfb :$number (xcb): cmgui --self-test"
    in_root /usr/bin/env QT_QPA_PLATFORM=xcb DISPLAY=":$number" cmgui --self-test
  fi
}

case $mode in
  --lint-only) lint ;;
  --chroot-only) install_and_run ;;
  all) lint; install_and_run ;;
  *) echo "unknown option $mode" >&2; exit 2 ;;
esac
echo "== $(basename "$deb"): all checks passed"
