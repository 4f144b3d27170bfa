"""GUI test fixtures: a qasync loop on the pytest-qt application, and helpers to drive it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from cmgui.controllers.app import AppController
from cmgui.service.stored import StoredDevice
from cmgui.service.stores import Stores
from cmgui.store.secrets import SecretStore
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QApplication

from tests.gui.fakes import FakeDevice, FakeState


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        event_loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    event_loop.close()
    asyncio.set_event_loop(None)


def run(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any],
        timeout: float = 10.0) -> Any:
    """Run ``coro`` on the Qt-driven loop (the GUI keeps processing events meanwhile)."""
    return loop.run_until_complete(asyncio.wait_for(coro, timeout))


async def until(condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Let the loop turn until ``condition()`` is true."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)


@pytest.fixture
def secrets(tmp_path: Path) -> SecretStore:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    return SecretStore(backend)


@pytest.fixture
def fake_state() -> FakeState:
    return FakeState(locked=False)


@pytest.fixture
def devices(fake_state: FakeState) -> dict[str, FakeDevice]:
    """Every FakeDevice the app created, by address."""
    return {}


@pytest.fixture
def stores(tmp_path: Path, secrets: SecretStore) -> Iterator[Stores]:
    """The host's real stores (SQLite under tmp_path, the file keyring)."""
    opened = Stores.open(tmp_path / "data", secrets=secrets)
    yield opened
    opened.close()


@pytest.fixture
def app_ctrl(loop: asyncio.AbstractEventLoop, tmp_path: Path, secrets: SecretStore,
             stores: Stores, fake_state: FakeState,
             devices: dict[str, FakeDevice]) -> Iterator[AppController]:
    """The app's controllers on FakeDevices served with the real stores, as the app does."""

    def factory(address: str) -> StoredDevice:
        dev = FakeDevice(address, fake_state)
        devices[address] = dev
        return StoredDevice(dev, stores)

    async def discover() -> list[tuple[str, str, str]]:
        return [("fake", "Fake modem", "fake")]

    ctrl = AppController(tmp_path / "config", factory=factory, secrets=secrets)
    ctrl.devices._discover = discover
    yield ctrl
    run(loop, ctrl.shutdown())
    ctrl.deleteLater()


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Compile translations/*.ts once into a temporary folder the app loads from."""
    import os

    from cmgui.i18n_build import compile_all

    out = tmp_path_factory.mktemp("qm")
    compile_all(Path(__file__).resolve().parents[2] / "translations", out)
    old = os.environ.get("CMGUI_TRANSLATIONS_DIR")
    os.environ["CMGUI_TRANSLATIONS_DIR"] = str(out)
    yield out
    if old is None:
        os.environ.pop("CMGUI_TRANSLATIONS_DIR", None)
    else:
        os.environ["CMGUI_TRANSLATIONS_DIR"] = old


@pytest.fixture(autouse=True)
def _english(qapp: QApplication, _compiled_translations: Path) -> Iterator[None]:
    """Tests read English texts with proper plural forms (the app's default catalogue)."""
    from cmgui.i18n import install_translators

    installed = install_translators(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture(scope="session", autouse=True)
def _refcount_guard(qapp: QApplication) -> Iterator[None]:
    """The app's guard against PySide6's lost references (a long session would abort)."""
    from cmgui.controllers import refcount_guard

    guard = refcount_guard.install(qapp)
    yield
    if guard is not None:
        guard.check()  # leave enough for the interpreter's exit
