"""The desktop app's entry point: ``cmgui [--device ADDR ...]`` and ``python -m cmgui``.

Start-up is ordered for a fast first paint: parse arguments, build the window, show it, and only
then (on the first turn of the event loop) open the device named or used last (a first start
looks for a modem on this computer first). The tray, the secrets notice and the discovery of the
other devices follow once that device is shown. Heavy imports (drivers, the registry's entry
points, page controllers, keyring) happen after the paint, each when first needed.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tempfile

    from cmgui.controllers.connection_models import Profile
    from cmgui.controllers.secrets_choice import SecretsChoiceController
    from cmgui.service.registry import DiscoveredDevice

log = logging.getLogger("cmgui")


class _VersionAction(argparse.Action):
    """``--version``, looked up only when asked: reading the package metadata (importlib.metadata)
    costs a start-up about a fifth of a second before the first paint."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from cmgui.common.version import version

        print(f"cmgui {version()}", flush=True)
        parser.exit()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cmgui", description="Connection manager for "
                                     "cellular modems and OpenCMAPI endpoints.")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--self-test", action="store_true",
                        help="check this install: start on the demo modem with throw-away "
                             "settings, print one line per check and exit 0 if all passed")
    parser.add_argument("--json", action="store_true",
                        help="with --self-test: print the result as one JSON object")
    parser.add_argument("--device", action="append", default=[], metavar="ADDR",
                        help="open this device (serial port, socket://host:port, URL, or "
                             "'virtual' for the demo modem); may be given more than once")
    parser.add_argument("--language", default=None, metavar="LANG",
                        help="interface language (e.g. de); default: the system's")
    parser.add_argument("--log-json", default=os.environ.get("CMGUI_LOG_JSON") or None,
                        metavar="FILE", help="append what happens (window shown, device ready, "
                        "messages sent and received) to FILE as JSON lines, for tests")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    # Prints "mark PHASE MONOTONIC CPU" lines as start-up goes and quits once the device is ready
    # for the user (the PIN dialog or the device's status shown): bench/bench_startup.py.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--new-instance", action="store_true",
                        help="start even if cmgui runs already (by default the running one "
                             "comes to the front and opens the --device given)")
    return parser.parse_args(list(argv) if argv is not None else None)


def _setup_logging() -> None:
    """The log file in the data directory, at the level the ``log.level`` setting names."""
    from cmgui.paths import config_dir, data_dir
    from cmgui.service.provisioned_settings import open_settings
    from cmgui.store.secrets import install_redactor

    root = logging.getLogger()
    if not root.handlers:
        handler = logging.FileHandler(data_dir() / "cmgui.log", encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(str(open_settings(config_dir()).get("log.level")))
    install_redactor()


def _crash_hook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """A bug: log it and say so in a dialog instead of freezing silently."""
    log.critical("unhandled error", exc_info=(kind, exc, tb))
    import traceback

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
    from cmgui.service.provisioned_settings import open_settings

    return str(open_settings(config_dir()).get("ui.language"))


async def _local_modem() -> DiscoveredDevice | None:
    """The first modem on this computer (an AT port, or one ModemManager holds). Only
    those drivers are loaded for it: remote endpoints, gateways and the network browse are
    looked for after a device is open."""
    from cmgui.controllers.devices import LOCAL_KINDS
    from cmgui.service.registry import REGISTRY

    try:
        found = await REGISTRY.discover(only=("at", "mm"))
    except Exception:
        log.exception("looking for a modem on this computer failed")
        return None
    return next((d for d in found if d.kind in LOCAL_KINDS), None)


def _self_test_home() -> tempfile.TemporaryDirectory[str]:
    """Throw-away settings, data and keyring for ``--self-test``, so a user's are never touched
    (``CMGUI_CONFIG_DIR``/``CMGUI_DATA_DIR`` given are used as they are)."""
    import tempfile

    home = tempfile.TemporaryDirectory(prefix="cmgui-self-test-", ignore_cleanup_errors=True)
    os.environ.setdefault("CMGUI_CONFIG_DIR", os.path.join(home.name, "config"))
    os.environ.setdefault("CMGUI_DATA_DIR", os.path.join(home.name, "data"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    # What fails goes to the console, not into a log file in the throw-away folder.
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    return home


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        with _self_test_home():
            return _main(args)
    return _main(args)


def _main(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from cmgui.pyside_import_hook import speed_up

    speed_up()  # before the few hundred imports that follow
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("cmgui")
    app.setApplicationDisplayName("cmgui")
    app.setDesktopFileName("io.github.cmgui.cmgui")
    app.setQuitOnLastWindowClosed(False)

    def mark(phase: str) -> None:
        if args.exit_when_ready:
            print(f"mark {phase} {time.monotonic():.6f} {time.process_time():.6f}", flush=True)

    mark("qapplication")
    instance = None
    if not (args.exit_after_paint or args.new_instance or args.exit_when_ready
            or args.self_test):
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
    from cmgui.service.provisioning import in_effect

    provisioned = in_effect()  # the vendor's branding is in the first paint already
    product = provisioned.provisioning.product
    if product.name:
        app.setApplicationDisplayName(product.name)  # what the desktop shows beside titles
    apply_style(app, product.accent or None)

    # 1. Paint the window frame first: nothing below has been imported yet.
    window = MainWindow()
    window.brand(product.name, str(product.icon or ""))
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
                print(f"first-paint {time.monotonic():.6f} {time.process_time():.6f}",
                      flush=True)
            mark("first-paint")
            first_paint.quit()

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    start_hidden = False
    if not args.exit_after_paint and not args.self_test:
        from cmgui.paths import config_dir
        from cmgui.service.provisioned_settings import open_settings

        start_hidden = bool(open_settings(config_dir()).get("ui.start_minimized"))
    if start_hidden:
        QTimer.singleShot(0, first_paint.quit)
    else:
        window.show()
        QTimer.singleShot(5000, first_paint.quit)  # a platform that never paints
    first_paint.exec()
    app.removeEventFilter(watcher)
    if args.exit_after_paint:
        return 0

    # 2. Then the controllers, the asyncio loop and the device: the one named or used last opens
    #    first; the tray, the secrets notice and the other devices follow once it is shown.
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

    mark("imports")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    controller = AppController(config_dir(), provisioning=provisioned, follow_team=False)
    mark("controllers")
    window.attach(controller)
    choosing: list[SecretsChoiceController] = []

    def secrets_choice() -> SecretsChoiceController:
        """Where secrets go (docs/security.md), built on first need: it loads keyring."""
        from cmgui.controllers.secrets_choice import SecretsChoiceController

        if not choosing:
            choosing.append(SecretsChoiceController(controller.settings, controller))
        return choosing[0]

    async def password_prompt(profile: Profile) -> str | None:
        from cmgui.views.secrets_dialogs import profile_password_prompt

        return await profile_password_prompt(secrets_choice(), window)(profile)

    controller.password_prompt = password_prompt
    mark("pages")
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

    from cmgui.controllers.devices import with_this_computers_wifi

    controller.devices.open_hook = with_this_computers_wifi
    tray_built = False

    def build_tray() -> None:
        """The tray icon (it follows the messages and the usage, whose controllers it
        builds): after the first device is shown, or sooner if opening it takes long."""
        nonlocal tray_built
        if tray_built:
            return
        tray_built = True
        from cmgui.views.tray import Tray

        tray = Tray(controller, window)
        window.tray = tray
        if start_hidden and not tray.available:
            window.show()
        tray.showRequested.connect(show_window)
        tray.quitRequested.connect(request_quit)

    QTimer.singleShot(2000, build_tray)
    self_test = None
    if args.self_test:
        from cmgui.controllers.selftest import SelfTest

        self_test = SelfTest(lambda line: print(line, flush=True), as_json=args.json)
        self_test.finished.connect(lambda _ok: request_quit())
        self_test.check_platform()
        self_test.check_translations()
        self_test.window_painted(watcher.seen)
        self_test.check_backends()
        self_test.watch_device(controller.devices)

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

    async def next_turn() -> None:
        """Once what is queued now (the device's dialog or status painted) has run."""
        turned: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def turn() -> None:
            if not turned.done():
                turned.set_result(None)

        QTimer.singleShot(0, turn)
        await turned

    async def secrets_setup() -> None:
        """No secure keyring: ask once where secrets go, and the encrypted file's passphrase
        (docs/security.md). keyring's backends load in a thread, not on the GUI thread."""
        def load_keyring() -> None:  # what notice_needed() asks, off the GUI thread
            from cmgui.service import secret_storage

            if secret_storage.configured_choice() == "keyring":
                secret_storage.secure_keyring()

        await asyncio.to_thread(load_keyring)
        from cmgui.views.secrets_dialogs import SecretsSetup

        await SecretsSetup(secrets_choice(), window).run()

    async def secrets_after_pin() -> None:
        """The secrets notice once the PIN dialog is answered (not two dialogs at once)."""
        dc = controller.devices.current
        if dc is not None and dc.state == "locked":
            answered: asyncio.Future[None] = asyncio.get_running_loop().create_future()

            def moved_on(*_args: object) -> None:
                if not answered.done():
                    answered.set_result(None)

            def on_state(state: str) -> None:
                if state != "locked":
                    moved_on()

            dc.stateChanged.connect(on_state)
            controller.devices.currentChanged.connect(moved_on)
            try:
                await answered
            finally:
                with contextlib.suppress(RuntimeError, TypeError):  # a device closed since
                    dc.stateChanged.disconnect(on_state)
                controller.devices.currentChanged.disconnect(moved_on)
        await secrets_setup()

    async def start_devices() -> None:
        """Open the device the user named, or used last, first and look for the others after
        (only its own driver is loaded for it); a first start (nothing named, nothing used yet)
        looks for a modem on this computer first, to prefer it to the demo modem. The secrets
        notice waits until the device is shown and its PIN dialog answered, unless the
        encrypted file holds the secrets (its passphrase first: a remembered PIN may be in
        it)."""
        if self_test is not None:  # the demo modem only: no real modem is probed
            await controller.open_device("virtual")
            build_tray()
            controller.follow_team()
            return
        from cmgui.store.secrets import configured_choice

        ask_secrets = not args.exit_when_ready
        if ask_secrets and configured_choice() == "file":
            ask_secrets = False
            await secrets_setup()
        await controller.apply_provisioning()
        wanted = initial_devices(args) or [
            last for last in [controller.provisioning.start_device(
                str(controller.settings.get("devices.last_device")))] if last]
        if not wanted:
            mark("discover")
            local = await _local_modem()
            mark("discovered")
            if local is not None:
                controller.devices.add_entry(local.address, local.description, local.kind)
            wanted = [local.address if local is not None else "virtual"]
        for address in wanted[1:]:
            controller.devices.add_entry(address)
        try:
            await controller.open_device(wanted[0])
            await next_turn()
        finally:
            build_tray()
            controller.follow_team()
        if ask_secrets:
            controller.spawn(secrets_after_pin())
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
    return 0 if self_test is None or self_test.ok else 1
