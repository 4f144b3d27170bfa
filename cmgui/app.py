"""The desktop app's entry point: ``cmgui [--device ADDR ...]`` and ``python -m cmgui``.

Start-up is ordered for a fast first paint: parse arguments, build the window, show it, and only
then (on the first turn of the event loop) look for devices and open one. Heavy imports (drivers,
the registry's entry points) happen after the paint.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from types import TracebackType

log = logging.getLogger("cmgui")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cmgui", description="Connection manager for "
                                     "cellular modems and OpenCMAPI endpoints.")
    parser.add_argument("--device", action="append", default=[], metavar="ADDR",
                        help="open this device (serial port, socket://host:port, URL, or "
                             "'virtual' for the demo modem); may be given more than once")
    parser.add_argument("--language", default=None, metavar="LANG",
                        help="interface language (e.g. de); default: the system's")
    parser.add_argument("--log-json", default=os.environ.get("CMGUI_LOG_JSON") or None,
                        metavar="FILE", help="append what happens (window shown, device ready, "
                        "messages sent and received) to FILE as JSON lines, for tests")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    # Prints "mark PHASE MONOTONIC" lines as start-up goes and quits once the device is ready
    # for the user (the PIN dialog or the device's status shown): bench/bench_startup.py.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--new-instance", action="store_true",
                        help="start even if cmgui runs already (by default the running one "
                             "comes to the front and opens the --device given)")
    return parser.parse_args(list(argv) if argv is not None else None)


def _setup_logging() -> None:
    """The log file in the data directory, at the level the ``log.level`` setting names."""
    from cmgui.paths import config_dir, data_dir
    from cmgui.store.secrets import install_redactor
    from cmgui.store.settings import Settings

    root = logging.getLogger()
    if not root.handlers:
        handler = logging.FileHandler(data_dir() / "cmgui.log", encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(str(Settings(config_dir()).get("log.level")))
    install_redactor()


def _crash_hook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """A bug: log it and say so in a dialog instead of freezing silently."""
    log.critical("unhandled error", exc_info=(kind, exc, tb))
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cmgui.i18n import translate
    from cmgui.paths import data_dir

    if QApplication.instance() is not None:
        QMessageBox.critical(
            None, translate("App", "cmgui hit a bug"),
            translate("App", "Something went wrong inside cmgui: %1\n\nThe details are in %2.")
            .replace("%1", "".join(traceback.format_exception_only(kind, exc)).strip())
            .replace("%2", str(data_dir() / "cmgui.log")))


def initial_devices(args: argparse.Namespace) -> list[str]:
    """Devices named on the command line or in ``CMGUI_DEVICE`` (comma-separated)."""
    named = list(args.device)
    env = os.environ.get("CMGUI_DEVICE", "")
    named += [a.strip() for a in env.split(",") if a.strip()]
    return named


def _language(args: argparse.Namespace) -> str:
    if args.language is not None:
        return str(args.language)
    from cmgui.paths import config_dir
    from cmgui.store.settings import Settings

    return str(Settings(config_dir()).get("ui.language"))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("cmgui")
    app.setApplicationDisplayName("cmgui")
    app.setDesktopFileName("io.github.cmgui.cmgui")
    app.setQuitOnLastWindowClosed(False)

    def mark(phase: str) -> None:
        if args.exit_when_ready:
            print(f"mark {phase} {time.monotonic():.6f}", flush=True)

    mark("qapplication")
    instance = None
    if not args.exit_after_paint and not args.new_instance and not args.exit_when_ready:
        from cmgui.controllers.instance import InstanceServer, hand_over
        from cmgui.paths import config_dir as _config_dir

        if hand_over(_config_dir(), list(args.device)):
            return 0  # the running cmgui came to the front and opens the device
        instance = InstanceServer(_config_dir())
        instance.listen()

    from cmgui.i18n import adopt, install_translators
    from cmgui.views.main_window import MainWindow
    from cmgui.views.style import apply_style

    translators = install_translators(app, _language(args))
    adopt(translators)
    apply_style(app)

    # 1. Paint the window frame first: nothing below has been imported yet.
    window = MainWindow()
    first_paint = QEventLoop()

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, self.painted)  # after the whole frame is drawn
            return False

        def painted(self) -> None:
            if args.exit_after_paint:
                print(f"first-paint {time.monotonic():.6f}", flush=True)
            mark("first-paint")
            first_paint.quit()

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    start_hidden = False
    if not args.exit_after_paint:
        from cmgui.paths import config_dir
        from cmgui.store.settings import Settings

        start_hidden = bool(Settings(config_dir()).get("ui.start_minimized"))
    if start_hidden:
        QTimer.singleShot(0, first_paint.quit)
    else:
        window.show()
        QTimer.singleShot(5000, first_paint.quit)  # a platform that never paints
    first_paint.exec()
    app.removeEventFilter(watcher)
    if args.exit_after_paint:
        return 0

    # 2. Then the controllers, the asyncio loop and the devices.
    _setup_logging()
    from cmgui.controllers import refcount_guard

    guard = refcount_guard.install(app)
    if guard is not None:
        log.warning("PySide6 %s loses a reference per signal emit; working around it",
                    refcount_guard.pyside_version())
    from cmgui.controllers.gui_collector import GuiThreadCollector

    collector = GuiThreadCollector(app)  # Qt objects are freed on the GUI thread only
    sys.excepthook = _crash_hook
    import asyncio

    import qasync

    from cmgui.controllers.app import AppController
    from cmgui.paths import config_dir
    from cmgui.views.tray import Tray

    mark("imports")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    controller = AppController(config_dir())
    mark("controllers")
    window.attach(controller)
    mark("pages")
    tray = Tray(controller, window)
    window.tray = tray
    if start_hidden and not tray.available:
        window.show()
    done = asyncio.Event()

    async def shutdown() -> None:
        window.quitting = True
        try:
            await asyncio.wait_for(controller.shutdown(), 5)
        except Exception:
            log.exception("shutdown did not finish cleanly")
        done.set()

    def request_quit() -> None:
        controller.spawn(shutdown())

    def show_window() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    event_log = None
    if args.log_json:
        from pathlib import Path

        from cmgui.views.event_log import EventLog

        shots = os.environ.get("CMGUI_SCREENSHOTS")
        event_log = EventLog(Path(args.log_json), controller, window,
                             Path(shots) if shots else None)
        event_log.write("window-shown", visible=window.isVisible())
    tray.showRequested.connect(show_window)
    tray.quitRequested.connect(request_quit)

    def activated(devices: list[str]) -> None:
        """Another launch: this window to the front, and its device opened (asking first
        when a data connection is up on the current one)."""
        show_window()
        if event_log is not None:
            event_log.write("activated", devices=devices)
        if devices and window.confirm_switch(devices[0]):
            controller.request_open(devices[0])

    if instance is not None:
        instance.activated.connect(activated)
    app.lastWindowClosed.connect(request_quit)

    from cmgui.controllers.devices import LOCAL_KINDS, with_this_computers_wifi

    controller.devices.open_hook = with_this_computers_wifi

    if args.exit_when_ready:
        def on_device(dc: object) -> None:
            from cmgui.controllers.device import DeviceController

            if not isinstance(dc, DeviceController):
                return

            def on_state(state: str) -> None:
                mark(f"device-{state}")
                if state in ("ready", "locked"):
                    # The dialog or the status is painted on the next turn of the loop.
                    def shown() -> None:
                        mark("device-shown")
                        request_quit()

                    QTimer.singleShot(0, shown)

            dc.stateChanged.connect(on_state)

        controller.devices.currentChanged.connect(on_device)

    async def start_devices() -> None:
        """Open the device the user named, or used last, first and look for the others after
        (only its own driver is loaded for it); a first start (nothing named, nothing used yet)
        discovers first, to prefer a modem plugged into this computer to the demo modem."""
        wanted = initial_devices(args) or [
            last for last in [str(controller.settings.get("devices.last_device"))] if last]
        if not wanted:
            mark("discover")
            await controller.devices.discover()
            mark("discovered")
            found = [e.address for e in controller.devices.model.records()
                     if not e.demo and e.kind in LOCAL_KINDS]
            wanted = found[:1] or ["virtual"]
        for address in wanted[1:]:
            controller.devices.add_entry(address)
        await controller.open_device(wanted[0])
        await controller.devices.discover()
        controller.spawn(controller.devices.follow_hotplug())

    controller.spawn(start_devices())
    with loop:
        loop.run_until_complete(done.wait())
    if event_log is not None:
        event_log.write("quit")
        event_log.close()
    collector.stop()
    del translators
    return 0
