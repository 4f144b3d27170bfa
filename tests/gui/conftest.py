"""GUI test fixtures: a qasync loop on the pytest-qt application, and helpers to drive it.

Qt objects must die on the GUI thread. CPython's cycle collector runs on whichever thread happens
to allocate when a threshold is crossed (the store's writer thread, an executor thread), and a
QObject it frees there is destroyed on the wrong thread: "QObject::~QObject: Timers cannot be
stopped from another thread", timers left registered for freed objects, and now and then a crash.
So every test here runs with the automatic collector off; :func:`_qt_objects_die_on_the_gui_thread`
collects on the GUI thread after the test and fails it if a live QObject without a parent was
left to the collector (one in a reference cycle instead of owned by a parent or deleted).
"""

from __future__ import annotations

import asyncio
import gc
import time
import weakref
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import qasync
import shiboken6
from cmgui.controllers.app import AppController
from cmgui.service.stored import StoredDevice
from cmgui.service.stores import Stores
from cmgui.store.secrets import SecretStore
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from tests.gui.fakes import FakeDevice, FakeState
from tests.memory_keyring import MemoryKeyring


def delete_now(*objects: QObject) -> None:
    """Delete ``objects`` (and their children) here, on the GUI thread, and run every pending
    ``deleteLater`` too."""
    for obj in objects:
        if shiboken6.isValid(obj):
            obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _parentless_qobjects() -> list[QObject]:
    return [o for o in gc.get_objects()
            if isinstance(o, QObject) and shiboken6.isValid(o) and o.parent() is None]


def _live_qobjects_in_garbage() -> list[QObject]:
    """Collect garbage here (the GUI thread) and return the live parentless QObjects that were
    in it (they would have been destroyed on whichever thread the collector ran)."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = [o for o in gc.garbage
                 if isinstance(o, QObject) and shiboken6.isValid(o) and o.parent() is None]
        gc.garbage.clear()
    finally:
        gc.set_debug(0)
    return found


@pytest.fixture(autouse=True)
def _qt_objects_die_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """No collection off the GUI thread during the test. Afterwards, with every other fixture
    torn down, pending deletions run and garbage is collected here; the test fails if it left
    a live QObject without a parent behind, in the garbage (a reference cycle instead of an
    owner) or still alive (nobody deleted it)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    before = weakref.WeakSet(_parentless_qobjects())
    gc.disable()
    try:
        yield
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        in_garbage = _live_qobjects_in_garbage()
        leaked = [o for o in _parentless_qobjects() if o not in before and o not in in_garbage]
    finally:
        gc.enable()
    report = {"left to the garbage collector": sorted(type(o).__name__ for o in in_garbage),
              "never deleted": sorted(type(o).__name__ for o in leaked)}
    delete_now(*in_garbage, *leaked)  # here, so that the next test starts clean
    in_garbage.clear()
    leaked.clear()
    gc.collect()
    assert not any(report.values()), f"QObjects without an owner: {report}"


@pytest.fixture
def qtmodeltester(qtmodeltester: Any) -> Iterator[Any]:
    """pytest-qt's, with the QAbstractItemModelTester it keeps deleted after the test."""
    yield qtmodeltester
    delete_now(*[value for value in vars(qtmodeltester).values() if isinstance(value, QObject)])


class _InLoopTimer(qasync._SimpleTimer):  # type: ignore[misc]
    """qasync's callback timer, running every callback inside its loop.

    qasync delivers asyncio callbacks as Qt timer events. Tests, and pytest-qt between a test's
    phases, also process Qt events outside ``run_until_complete``: a task stepped there would
    find no running loop, and whatever is bound to the loop (an ``asyncio.Lock`` with waiters)
    fails as "bound to a different event loop". In the app the loop runs whenever Qt does.
    """

    loop: asyncio.AbstractEventLoop | None = None

    def timerEvent(self, event: Any) -> None:
        if self.loop is None or asyncio.events._get_running_loop() is not None:
            super().timerEvent(event)
            return
        asyncio.events._set_running_loop(self.loop)
        try:
            super().timerEvent(event)
        finally:
            asyncio.events._set_running_loop(None)


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    plain_timer, event_loop._timer = event_loop._timer, _InLoopTimer()
    event_loop._timer.loop = event_loop
    delete_now(plain_timer)
    # Plain threads for run_in_executor (qasync's own executor is made of QThreads).
    event_loop.set_default_executor(ThreadPoolExecutor(thread_name_prefix="gui-test-executor"))
    asyncio.set_event_loop(event_loop)
    yield event_loop
    pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        event_loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    event_loop.run_until_complete(event_loop.shutdown_asyncgens())
    event_loop.close()
    asyncio.set_event_loop(None)
    # qasync keeps QObjects of its own (the timer behind call_later, the signaller behind
    # call_soon_threadsafe) in a reference cycle with the loop: delete them now, here.
    delete_now(*[value for value in vars(event_loop).values() if isinstance(value, QObject)])


def run(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any],
        timeout: float = 60.0) -> Any:
    """Run ``coro`` on the Qt-driven loop (the GUI keeps processing events meanwhile)."""
    return loop.run_until_complete(asyncio.wait_for(coro, timeout))


async def until(condition: Callable[[], object], timeout: float = 30.0) -> None:
    """Let the loop turn until ``condition()`` is true."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)


@pytest.fixture
def secrets(tmp_path: Path) -> SecretStore:
    backend = MemoryKeyring()
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
    delete_now(ctrl)


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


@pytest.fixture
def gateway(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A virtual SMS gateway of 4 ready ports on its own thread, saved as logged in to."""
    from cmgui.drivers.virtual_gateway import ALL_READY
    from cmgui.service.saved_devices import GATEWAY, SavedDevices, SavedEntry

    from tests.integration.gateway.support import ThreadedGateway

    monkeypatch.setenv("CMGUI_GATEWAY_PASSWORD", "admin")
    monkeypatch.setenv("CMGUI_GATEWAY_POLL", "ports=0.05,incoming=0.05,results=0.02,reports=0.05")
    with ThreadedGateway(ports=4, layout=ALL_READY) as running:
        SavedDevices().put(SavedEntry.new(GATEWAY, running.address, user="admin", ports=4))
        yield running


def gateway_page_of(app_ctrl: AppController, qtbot: Any) -> Any:
    """The main window shown on its gateway page; the page."""
    from cmgui.views.gateway_page import GatewayPage
    from cmgui.views.main_window import MainWindow

    window = MainWindow(app_ctrl)
    qtbot.addWidget(window)
    window.show()
    window.show_page("gateways")
    widget = window.pages["gateways"]
    assert isinstance(widget, GatewayPage)
    return widget
