"""The desktop entry and the AppStream metainfo pass the validators distributions run (Debian
packages desktop-file-utils and appstream; offline: screenshots are not fetched)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
APP_ID = "io.github.cmgui.cmgui"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (desktop-file-utils)")
def test_desktop_entry_is_valid() -> None:
    done = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                          capture_output=True, text=True, timeout=30)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli is not installed (appstream)")
def test_metainfo_is_valid() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic",
                           str(LINUX / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stdout + done.stderr


def test_they_name_each_other_and_the_icon() -> None:
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in desktop
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    assert f"<id>{APP_ID}</id>" in metainfo
    assert (LINUX.parents[1] / "cmgui" / "resources" / f"{APP_ID}.svg").is_file()


def test_the_app_finds_its_icons_in_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from cmgui import qt

    monkeypatch.delenv("CMGUI_RESOURCES_DIR", raising=False)
    folder = qt.resources_dir()
    assert folder == Path(qt.__file__).resolve().parent / "resources"
    assert (folder / "icons" / "cmgui.svg").is_file()
    assert (folder / "icons" / "nav-devices.svg").is_file()
