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
    return parser.parse_args(list(argv) if argv is not None else None)


def _setup_logging() -> None:
    from cmgui.paths import data_dir
    from cmgui.store.secrets import install_redactor

    root = logging.getLogger()
    if not root.handlers:
        handler = logging.FileHandler(data_dir() / "cmgui.log", encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
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

    from cmgui.i18n import install_translators
    from cmgui.views.main_window import MainWindow
    from cmgui.views.style import apply_style

    translators = install_translators(app, _language(args))
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
    sys.excepthook = _crash_hook
    import asyncio

    import qasync

    from cmgui.controllers.app import AppController
    from cmgui.paths import config_dir
    from cmgui.views.tray import Tray

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    controller = AppController(config_dir())
    window.attach(controller)
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
    app.lastWindowClosed.connect(request_quit)

    from cmgui.controllers.devices import with_this_computers_wifi

    controller.devices.open_hook = with_this_computers_wifi

    async def start_devices() -> None:
        wanted = initial_devices(args)
        await controller.devices.discover()
        if not wanted:
            last = controller.settings.get("devices.last_device")
            found = [e.address for e in controller.devices.model.records() if not e.demo]
            wanted = [last] if last else found[:1] or ["virtual"]
        for address in wanted[1:]:
            controller.devices.add_entry(address)
        await controller.open_device(wanted[0])
        controller.spawn(controller.devices.follow_hotplug())

    controller.spawn(start_devices())
    with loop:
        loop.run_until_complete(done.wait())
    if event_log is not None:
        event_log.write("quit")
        event_log.close()
    del translators
    return 0
