"""The app's controllers and main window against the real virtual modem (REGISTRY "virtual"):
real AT bytes underneath, PIN 1234."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.drivers.at.virtual_backend import factory_reset
from cmgui.store.secrets import SecretStore
from cmgui.views.main_window import MainWindow
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now, run, until

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def real_app(loop: Any, tmp_path: Path, secrets: SecretStore) -> Any:
    app = AppController(tmp_path, secrets=secrets)
    yield app
    run(loop, app.shutdown())
    delete_now(app)


def test_virtual_modem_unlock_and_use(real_app: AppController, loop: Any, qtbot: QtBot) -> None:
    window = MainWindow(real_app)
    qtbot.addWidget(window)
    window.show()
    run(loop, real_app.devices.discover())
    assert "Demo modem (virtual)" in [e.label for e in real_app.devices.model.records()]
    dc = run(loop, real_app.open_device("virtual"))
    assert dc is not None and dc.state == "locked"
    dialog = window.pin_dialog
    assert dialog is not None and dialog.mode == "verify"
    assert dialog.attempts.text() == "3 PIN attempts left"
    dialog.pin.setText("1234")
    dialog.ok.click()
    run(loop, until(lambda: dc.state == "ready", timeout=10))
    run(loop, until(lambda: dc.status.operator != "", timeout=10))
    assert window.status_operator.text() == dc.status.operator
    assert dc.status.imei and dc.status.iccid
    # USSD through the real AT path.
    op = real_app.ussd.send("*100#")
    run(loop, until(lambda: not op.running, timeout=10))
    assert op.error == ""
    assert real_app.ussd.history.rowCount() == 2


@pytest.mark.slow
def test_virtual_scan_keeps_the_loop_turning(real_app: AppController, loop: Any,
                                             record_property: Any) -> None:
    import itertools
    import time

    from PySide6.QtCore import QTimer

    dc = run(loop, real_app.open_device("virtual"))
    assert dc is not None
    op = real_app.sim.verify_pin("1234")
    run(loop, until(lambda: dc.state == "ready", timeout=10))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    op = real_app.network.scan()
    run(loop, until(lambda: not op.running, timeout=20))
    timer.stop()
    assert op.error == "" and real_app.network.networks.rowCount() > 0
    longest = max(b - a for a, b in itertools.pairwise(ticks))
    record_property("virtual_scan_longest_stall_ms", round(longest * 1000, 1))
    print(f"virtual scan: {op.elapsed:.1f} s, longest loop stall {longest * 1000:.1f} ms")
    assert longest < 0.5


@pytest.mark.slow
@pytest.mark.parametrize("env", [{"QT_SCALE_FACTOR": "2"}, {"LANGUAGE": "de", "LANG": "de_DE"}])
def test_app_starts_and_paints(env: dict[str, str], tmp_path: Path) -> None:
    """``python -m cmgui`` paints its window at 200 % scale and in German."""
    full = {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "cmgui", "--exit-after-paint"], cwd=ROOT,
                            env=full, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint ")


def test_remembered_pin_unlocks_next_time_and_a_wrong_one_is_forgotten(
        loop: Any, tmp_path: Path, secrets: SecretStore, qtbot: QtBot) -> None:
    """Opt-in 'remember PIN': kept after the user's own successful unlock, sent once on the next
    start; a rejected one costs one attempt, is forgotten, and the user is asked."""
    first = AppController(tmp_path, secrets=secrets)
    first.settings.set("secrets.remember_pin", True)
    window = MainWindow(first)
    qtbot.addWidget(window)
    window.show()
    dc = run(loop, first.open_device("virtual"))
    assert dc is not None and dc.state == "locked"
    dialog = window.pin_dialog
    assert dialog is not None and not dialog.remember.isHidden()
    dialog.pin.setText("1234")
    dialog.remember.setChecked(True)
    dialog.ok.click()
    run(loop, until(lambda: dc.state == "ready", timeout=10))
    iccid = dc.status.iccid
    run(loop, until(lambda: secrets.get_pin(iccid) == "1234", timeout=5))
    run(loop, first.shutdown())
    delete_now(first)

    assert factory_reset("virtual")  # the modem was off: its SIM asks for the PIN again
    second = AppController(tmp_path, secrets=secrets)
    window2 = MainWindow(second)
    qtbot.addWidget(window2)
    window2.show()
    dc2 = run(loop, second.open_device("virtual"))
    assert dc2 is not None
    run(loop, until(lambda: dc2.state == "ready", timeout=10))
    assert window2.pin_dialog is None  # unlocked without asking
    run(loop, second.shutdown())
    delete_now(second)

    secrets.set_pin(iccid, "0000", remember=True)
    assert factory_reset("virtual")
    third = AppController(tmp_path, secrets=secrets)
    window3 = MainWindow(third)
    qtbot.addWidget(window3)
    window3.show()
    dc3 = run(loop, third.open_device("virtual"))
    assert dc3 is not None and dc3.state == "locked"
    assert window3.pin_dialog is not None
    assert window3.pin_dialog.attempts.text() == "2 PIN attempts left"
    assert secrets.get_pin(iccid) is None
    run(loop, third.shutdown())
    delete_now(third)


def test_pin_is_not_offered_to_be_remembered_unless_the_user_turned_it_on(
        real_app: AppController, loop: Any, qtbot: QtBot, secrets: SecretStore) -> None:
    window = MainWindow(real_app)
    qtbot.addWidget(window)
    window.show()
    dc = run(loop, real_app.open_device("virtual"))
    assert dc is not None and window.pin_dialog is not None
    assert window.pin_dialog.remember.isHidden()
    window.pin_dialog.pin.setText("1234")
    window.pin_dialog.ok.click()
    run(loop, until(lambda: dc.state == "ready", timeout=10))
    assert secrets.get_pin(dc.status.iccid) is None


def test_a_modem_plugged_in_while_on_the_demo_opens_and_asks_for_its_pin(
        real_app: AppController, loop: Any, qtbot: QtBot) -> None:
    """Hotplug: the registry reports a change, discovery finds a new modem (here a second
    virtual modem on its own pseudo-terminal, reached by the real AT driver), the app switches
    to it and its locked SIM opens the PIN dialog; once unplugged and rediscovered, a modem that
    is not in use leaves the list."""
    import asyncio

    from cmgui.drivers.virtual.serve import open_pty

    window = MainWindow(real_app)
    qtbot.addWidget(window)
    window.show()
    found: list[tuple[str, str, str]] = []

    async def discover() -> list[tuple[str, str, str]]:
        return list(found)

    changes: asyncio.Queue[None] = asyncio.Queue()

    async def follow() -> Any:
        while True:
            yield await changes.get()

    real_app.devices._discover = discover
    dc = run(loop, real_app.open_device("virtual"))
    assert dc is not None and dc.kind == "virtual"
    if window.pin_dialog is not None:
        window.pin_dialog.reject()
    task = real_app.spawn(real_app.devices.follow_hotplug(follow()))
    server, path = run(loop, open_pty("quectel"))
    try:
        found.append((path, "Quectel modem on " + path, "modem"))
        changes.put_nowait(None)
        run(loop, until(lambda: real_app.devices.current is not None
                        and real_app.devices.current.address == path
                        and real_app.devices.current.state == "locked", timeout=10))
        run(loop, until(lambda: window.pin_dialog is not None
                        and window.pin_dialog.isVisible(), timeout=5))
        assert path in [e.address for e in real_app.devices.model.records()]
        run(loop, real_app.open_device("virtual"))
        found.clear()
        changes.put_nowait(None)
        run(loop, until(lambda: path not in [e.address
                                             for e in real_app.devices.model.records()]))
    finally:
        task.cancel()
        run(loop, server.close())
