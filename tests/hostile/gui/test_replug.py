"""The app and a modem that goes and comes back (issue 11, finding 6), and a database it cannot
use (finding 7): stale state is cleared the moment the device goes, the device is opened again
when it comes back at the same address (or on Retry), and a damaged store is a banner."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cmgui.controllers.app import AppController
from cmgui.paths import data_dir
from cmgui.store.db import DATABASE_FILE
from cmgui.store.secrets import SecretStore
from cmgui.views.main_window import MainWindow
from tests.gui.conftest import delete_now, run, until
from tests.hostile.modem import HostileModem

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not os.path.isdir("/dev/shm"), reason="needs /dev/shm for the address"),
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def port_dir() -> Iterator[Path]:
    """A folder under /dev, so that a link in it is a serial port address to the registry."""
    path = Path(tempfile.mkdtemp(prefix="cmgui-replug-", dir="/dev/shm"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


class Plug:
    """A modem on a fixed address (a link to its pty), unplugged and plugged in again."""

    def __init__(self, modem: HostileModem, address: Path) -> None:
        self.modem = modem
        self.address = address

    def plug_in(self) -> None:
        self.address.unlink(missing_ok=True)
        self.address.symlink_to(self.modem.open())


@pytest.fixture
def real_app(loop: Any, tmp_path: Path, secrets: SecretStore) -> Iterator[AppController]:
    app = AppController(tmp_path, secrets=secrets)
    yield app
    run(loop, app.shutdown())
    delete_now(app)


async def _plugged(address: Path) -> Plug:
    modem = HostileModem()
    plug = Plug(modem, address)
    plug.plug_in()
    await until(lambda: modem.model.registered, 10)
    return plug


def _quiet(loop: Any, app: AppController, plug: Plug) -> None:
    """Close everything on the loop before the test ends: pytest-qt processes Qt events after
    the test, and a modem still talking would run loop callbacks outside the loop then."""
    run(loop, app.shutdown())
    run(loop, plug.modem.close())


async def _soon(action: Any) -> None:
    """Do ``action`` on the running loop (what the driver does in reply runs there too)."""
    action()


def _idle(app: AppController) -> bool:
    """No page is reading from the device: an unplug now is not a write into a vanished port
    (real, but not what these tests are about; test_port_teardown.py is: such a write once left
    qasync's socket notifier alive through a logged traceback and failed the leak check)."""
    return not any(page.busy for page in app.pages)


async def _changes(queue: asyncio.Queue[None]) -> AsyncIterator[None]:
    while True:
        yield await queue.get()


def test_a_modem_that_comes_back_is_opened_again_and_stale_state_goes(
        real_app: AppController, loop: Any, qtbot: QtBot, port_dir: Path) -> None:
    window = MainWindow(real_app)
    qtbot.addWidget(window)
    window.show()
    address = str(port_dir / "ttyUSB0")
    plug = run(loop, _plugged(Path(address)))
    found = [(address, "Modem on " + address, "modem")]

    async def discover() -> list[tuple[str, str, str]]:
        return list(found)

    real_app.devices._discover = discover
    changes: asyncio.Queue[None] = asyncio.Queue()
    follower = real_app.spawn(real_app.devices.follow_hotplug(_changes(changes)))
    try:
        dc = run(loop, real_app.open_device(address))
        assert dc is not None
        run(loop, until(lambda: dc.state == "ready" and dc.status.operator != "", 15))
        connect = window.pages["connection"].connect_button  # type: ignore[attr-defined]
        run(loop, until(lambda: connect.isEnabled()))

        run(loop, until(lambda: _idle(real_app), 15))
        operator = dc.status.operator
        assert operator in window.status_operator.text()
        run(loop, _soon(plug.modem.unplug))  # the modem goes
        run(loop, until(lambda: dc.state == "error"))
        assert (dc.status.operator, dc.status.bars, dc.status.connection_state) == (
            "", 0, "disconnected")
        assert not connect.isEnabled()
        assert operator not in window.status_operator.text()  # the status bar forgot it too
        assert window.retry_button.isVisibleTo(window)

        found.clear()  # hotplug: gone from the ports; the current device stays listed
        changes.put_nowait(None)
        run(loop, until(lambda: changes.empty()))
        run(loop, _soon(plug.plug_in))  # back at the same address
        found.append((address, "Modem on " + address, "modem"))
        changes.put_nowait(None)
        run(loop, until(lambda: real_app.devices.current is not None
                        and real_app.devices.current is not dc
                        and real_app.devices.current.state == "ready", 15))
        assert real_app.devices.current.address == address
        run(loop, until(lambda: not window.retry_button.isVisibleTo(window)))
    finally:
        follower.cancel()
        _quiet(loop, real_app, plug)


def test_retry_opens_the_same_address_again(
        real_app: AppController, loop: Any, qtbot: QtBot, port_dir: Path) -> None:
    window = MainWindow(real_app)
    qtbot.addWidget(window)
    window.show()
    address = str(port_dir / "ttyUSB1")
    plug = run(loop, _plugged(Path(address)))
    try:
        dc = run(loop, real_app.open_device(address))
        assert dc is not None
        run(loop, until(lambda: dc.state == "ready" and _idle(real_app), 15))
        run(loop, _soon(plug.modem.unplug))
        run(loop, until(lambda: dc.state == "error" and window.retry_button.isVisibleTo(window)))
        run(loop, _soon(plug.plug_in))
        run(loop, _soon(window.retry_button.click))
        run(loop, until(lambda: real_app.devices.current is not dc
                        and real_app.devices.current is not None
                        and real_app.devices.current.state == "ready", 15))
    finally:
        _quiet(loop, real_app, plug)


def test_a_damaged_database_is_a_banner_that_says_what_to_do(
        loop: Any, qtbot: QtBot, tmp_path: Path, secrets: SecretStore) -> None:
    (data_dir() / DATABASE_FILE).write_bytes(b"")  # cut short: zero bytes
    app = AppController(tmp_path / "config", secrets=secrets)
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    try:
        dc = run(loop, app.open_device("virtual"))
        assert dc is not None
        run(loop, until(lambda: window.store_banner.isVisibleTo(window)))
        text = window.store_banner_text.text()
        assert "empty (0 bytes)" in text and "Move it away" in text
        assert "none are deleted from the device" in text
    finally:
        run(loop, app.shutdown())
        delete_now(app)
