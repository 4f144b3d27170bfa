"""``cmgui --self-test`` as packagers and support run it: its own process, on the offscreen
platform and on an X server (Xvfb, xcb), with the demo modem and throw-away settings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_app_e2e import display  # noqa: F401  (the Xvfb fixture)

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ["Qt platform plugin", "translations", "main window painted", "backends",
          "demo device ready"]


def self_test(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cmgui", "--self-test", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=90)


def base_env(home: Path) -> dict[str, str]:
    """No config or data folder given, so the self-test makes its own; HOME and the XDG folders
    in ``home`` show whether it wrote anywhere a user's settings live."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("CMGUI_CONFIG_DIR", "CMGUI_DATA_DIR", "CMGUI_DEVICE",
                        "CMGUI_TRANSLATIONS_DIR", "PYTHON_KEYRING_BACKEND")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), LANG="C.UTF-8", LANGUAGE="en")
    return env


def test_offscreen_passes_and_touches_no_user_folder(tmp_path: Path) -> None:
    env = base_env(tmp_path) | {"QT_QPA_PLATFORM": "offscreen"}
    done = self_test(env)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0].split(None, 1)[1] for line in lines[:-1]] == CHECKS
    assert all(line.startswith("ok  ") for line in lines[:-1]), lines
    assert lines[-1] == "self-test passed"
    assert "ok    Qt platform plugin: offscreen" in lines
    assert "cmgui.backends: at, gateway, mm, nm-wlan, remote, virtual" in done.stdout
    assert not (tmp_path / "config" / "cmgui").exists()
    assert not (tmp_path / "data" / "cmgui").exists()


def test_json_names_what_failed_and_exits_1(tmp_path: Path) -> None:
    env = base_env(tmp_path) | {"QT_QPA_PLATFORM": "offscreen",
                                "CMGUI_TRANSLATIONS_DIR": str(tmp_path / "none")}
    done = self_test(env, "--json")
    assert done.returncode == 1, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is False
    assert {c["name"]: c["ok"] for c in report["checks"]} == {
        name: name != "translations" for name in CHECKS}


@pytest.mark.skipif(shutil.which("Xvfb") is None,
                    reason="Xvfb is not installed (Debian package xvfb)")
def test_on_an_x_server(display: str, tmp_path: Path) -> None:  # noqa: F811
    env = base_env(tmp_path) | {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    done = self_test(env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok    Qt platform plugin: xcb" in done.stdout.splitlines()
