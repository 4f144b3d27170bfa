"""One version everywhere: pyproject.toml, ``cmgui.__version__``, the AppStream releases, and
what ``cmgui --version`` and ``cmcli --version`` print."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import cmgui
from cmgui.common import version as version_module

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]


def test_the_constant_agrees_with_pyproject() -> None:
    assert cmgui.__version__ == VERSION


def test_the_newest_appstream_release_is_this_version() -> None:
    metainfo = ROOT / "packaging" / "linux" / "io.github.cmgui.cmgui.metainfo.xml"
    releases = ET.parse(metainfo).getroot().findall("releases/release")
    assert releases[0].get("version") == VERSION


def test_without_distribution_metadata_the_constant_is_used(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata
    from importlib.metadata import PackageNotFoundError

    def missing(name: str) -> str:
        raise PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)  # looked up when asked
    assert version_module.version() == cmgui.__version__


@pytest.mark.parametrize("program", ["cmgui", "cmcli"])
def test_version_option(program: str) -> None:
    module = {"cmgui": "cmgui.app", "cmcli": "cmgui.cli"}[program]
    code = f"import sys; from {module} import main; sys.exit(main(['--version']))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert (done.returncode, done.stdout) == (0, f"cmgui {VERSION}\n"), done.stderr
