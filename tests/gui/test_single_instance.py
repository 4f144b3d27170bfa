"""A second cmgui hands its --device to the first one and ends."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from cmgui.controllers.instance import InstanceServer, hand_over, server_name
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]


def second_launch(config: Path, *devices: str) -> subprocess.Popen[str]:
    code = ("import sys\nfrom PySide6.QtCore import QCoreApplication\n"
            "from cmgui.controllers.instance import hand_over\n"
            "app = QCoreApplication([])\n"
            f"sys.exit(0 if hand_over({str(config)!r}, {list(devices)!r}) else 3)")
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_the_second_launch_hands_its_device_over(qtbot: QtBot, tmp_path: Path) -> None:
    server = InstanceServer(tmp_path)
    assert server.listen()
    got: list[list[str]] = []
    server.activated.connect(got.append)
    with second_launch(tmp_path, "virtual:quectel") as proc:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
        _out, err = proc.communicate(timeout=5)
    assert proc.returncode == 0, err
    qtbot.waitUntil(lambda: got == [["virtual:quectel"]], timeout=5_000)
    server.server.close()
    server.deleteLater()


def test_without_a_first_instance_the_launch_goes_on(tmp_path: Path) -> None:
    assert not hand_over(tmp_path / "nobody", ["virtual"], timeout_ms=200)


def test_a_stale_socket_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    first = InstanceServer(tmp_path)
    assert first.listen()
    second = InstanceServer(tmp_path)  # a crashed first instance would leave its socket
    assert second.listen()
    first.deleteLater()
    second.deleteLater()


def test_configurations_do_not_meet(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


def test_a_busy_first_instance_still_takes_the_device(qtbot: QtBot, tmp_path: Path) -> None:
    """The first instance's event loop is stuck for 3 s (a loaded machine, a page being built)
    when the second launch arrives: the second waits for its answer instead of opening a second
    window (it used to give up after 1 s)."""
    server = InstanceServer(tmp_path)
    assert server.listen()
    got: list[list[str]] = []
    server.activated.connect(got.append)
    with second_launch(tmp_path, "virtual") as proc:
        stuck_until = time.monotonic() + 3.0
        while time.monotonic() < stuck_until:  # the GUI thread runs no events meanwhile
            pass
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
        _out, err = proc.communicate(timeout=5)
    assert proc.returncode == 0, err
    qtbot.waitUntil(lambda: got == [["virtual"]], timeout=5_000)
    server.server.close()
    server.deleteLater()
