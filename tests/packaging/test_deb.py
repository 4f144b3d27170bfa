"""The Debian package (``make package`` builds dist/cmgui_VERSION_ARCH.deb): what it installs
where, a Depends that covers every system library the bundle loads, md5sums that match, and the
checks Debian runs (lintian, desktop-file-validate, appstreamcli) and an install into a clean
Debian root where it runs (packaging/debian/check-deb.sh). Gated like test_bundle.py."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.test_bundle import PROJECT, ROOT, built, needs_package

pytestmark = [pytest.mark.packaging, needs_package]

DEBIAN = ROOT / "packaging" / "debian"
#: The libraries the issue names, which Qt's xcb platform and the app load.
QT_RUNTIME = {"libxcb-cursor0", "libxkbcommon-x11-0", "libgl1", "libegl1", "libfontconfig1",
              "libdbus-1-3"}


def arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture(scope="module")
def deb() -> Path:
    return built(ROOT / "dist" / f"cmgui_{PROJECT['version']}-1_{arch()}.deb")


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("deb")
    subprocess.run(["dpkg-deb", "-R", str(deb), str(where)], check=True, timeout=300)
    return where


def field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_it_installs_the_bundle_the_commands_and_the_desktop_integration(
        unpacked: Path) -> None:
    for path in ("opt/cmgui/cmgui", "opt/cmgui/cmcli", "opt/cmgui/_internal",
                 "usr/share/applications/io.github.cmgui.cmgui.desktop",
                 "usr/share/icons/hicolor/scalable/apps/io.github.cmgui.cmgui.svg",
                 "usr/share/metainfo/io.github.cmgui.cmgui.metainfo.xml",
                 "usr/lib/udev/rules.d/60-cmgui-modems.rules",
                 "usr/share/man/man1/cmgui.1.gz", "usr/share/man/man1/cmcli.1.gz",
                 "usr/share/doc/cmgui/copyright", "usr/share/doc/cmgui/changelog.Debian.gz",
                 "usr/share/lintian/overrides/cmgui"):
        assert (unpacked / path).exists(), path
    for name in ("cmgui", "cmcli"):
        assert os.readlink(unpacked / "usr/bin" / name) == f"/opt/cmgui/{name}"
        assert os.access(unpacked / "opt/cmgui" / name, os.X_OK)


def test_depends_names_the_package_of_every_system_library_the_bundle_loads(
        deb: Path, unpacked: Path) -> None:
    depends = {d.strip() for d in field(deb, "Depends").split(",")}
    assert depends >= QT_RUNTIME, QT_RUNTIME - depends
    needed = subprocess.run(
        ["bash", str(DEBIAN / "bundle-deps.sh"), "--packages", str(unpacked / "opt/cmgui")],
        capture_output=True, text=True, timeout=300)
    assert needed.returncode == 0, needed.stderr
    assert set(needed.stdout.split()) == depends


def test_md5sums_list_every_file_with_its_sum(unpacked: Path) -> None:
    listed = {}
    for line in (unpacked / "DEBIAN" / "md5sums").read_text().splitlines():
        digest, path = line.split(None, 1)
        listed[path] = digest
    files = {str(p.relative_to(unpacked)) for p in unpacked.rglob("*")
             if p.is_file() and not p.is_symlink() and p.parts[len(unpacked.parts)] != "DEBIAN"}
    assert set(listed) == files
    for path in ("opt/cmgui/cmgui", "usr/share/doc/cmgui/copyright"):
        assert hashlib.md5((unpacked / path).read_bytes()).hexdigest() == listed[path]


@pytest.mark.timeout(600)
def test_lintian_desktop_file_validate_and_appstreamcli_pass(deb: Path) -> None:
    done = subprocess.run(["bash", str(DEBIAN / "check-deb.sh"), str(deb), "--lint-only"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]


@pytest.mark.timeout(1800)
@pytest.mark.skipif(os.geteuid() != 0, reason="chroot and mounts need root")
@pytest.mark.skipif(shutil.which("debootstrap") is None, reason="debootstrap is not installed")
def test_it_installs_and_runs_in_a_clean_debian_root(deb: Path) -> None:
    done = subprocess.run(["bash", str(DEBIAN / "check-deb.sh"), str(deb), "--chroot-only"],
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert f"cmgui {PROJECT['version']}" in done.stdout  # what cmcli --version says
    assert done.stdout.count("self-test passed") == (2 if shutil.which("Xvfb") else 1)
