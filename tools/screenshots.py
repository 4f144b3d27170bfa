"""Render the main window's pages on the virtual modem into docs/screenshots/ (not a test).

Run under a real X server so fonts and styles are those of a desktop::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tools/screenshots.py \
        [--lang de|ar|…] [--scale 2] [--rtl] [--size 1024x600]

The window is given ``--size`` (default 1366x768, a common laptop screen); any other size is
added to the file names (``1-devices-1024x600.png``). Look at every picture before committing.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

from shot_setup import ROOT, memory_secrets, qt_app, shot_home


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--rtl", action="store_true")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    home = shot_home(QT_SCALE_FACTOR=args.scale)
    import qasync
    from PySide6.QtWidgets import QWidget

    from cmgui.controllers.app import AppController
    from cmgui.controllers.connection_models import Profile
    from cmgui.paths import config_dir
    from cmgui.store.stats import UsagePlan
    from cmgui.views.main_window import PAGE_NAMES, MainWindow
    from cmgui.views.pin_dialogs import PinDialog
    from cmgui.views.style import apply_style

    app, translators = qt_app(home, args.lang, rtl=args.rtl)
    apply_style(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    ctrl = AppController(config_dir(), secrets=memory_secrets())
    window = MainWindow(ctrl)
    width, height = (int(n) for n in args.size.lower().split("x"))
    window.resize(width, height)
    window.show()
    suffix = "".join([f"-{args.lang}" if args.lang != "en" else "",
                      f"-x{args.scale}" if args.scale != "1" else "",
                      "-rtl" if args.rtl else "",
                      f"-{args.size}" if args.size != "1366x768" else ""])
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(f"wrote {path}")

    async def until(cond: object, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while not cond():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise TimeoutError("screenshot scenario stalled")
            await asyncio.sleep(0.05)

    async def scenario() -> None:
        await ctrl.devices.discover()
        dc = await ctrl.open_device("virtual")
        assert dc is not None
        await until(lambda: window.pin_dialog is not None)
        await asyncio.sleep(0.3)
        assert window.pin_dialog is not None
        save(window.pin_dialog, "pin-dialog")
        window.pin_dialog.pin.setText("1234")
        window.pin_dialog.ok.click()
        await until(lambda: dc.state == "ready" and dc.status.operator != "")
        ctrl.connection.save_profile(Profile("Virtual Internet", "internet"), "")
        op = ctrl.network.scan()
        await until(lambda: not op.running)
        await asyncio.sleep(2.0)  # let the modem register for data
        window.pages["connection"].profile.setCurrentIndex(1)  # type: ignore[attr-defined]
        op = ctrl.connection.connect_profile(ctrl.connection.profiles.record(0))
        await until(lambda: not op.running)
        op = ctrl.usage.save_plan(UsagePlan(1, 8_000_000, 50_000_000, (50, 80, 100)))
        await until(lambda: not op.running)
        op = ctrl.messages.send("+15550100", "Hello from cmgui! Is the echo service awake?")
        await until(lambda: not op.running)
        await until(lambda: ctrl.messages.conversations.rowCount() >= 1)
        await asyncio.sleep(3.0)
        ctrl.messages.select_conversation("+15550100")
        op = ctrl.ussd.send("*100#")
        await until(lambda: not op.running)
        await asyncio.sleep(15.0)  # statistics samples
        for name in PAGE_NAMES:
            window.show_page(name)
            if name == "messages":
                page = window.pages["messages"]
                conv = page.conversations  # type: ignore[attr-defined]
                row = ctrl.messages.conversations.row_of("+15550100")
                conv.setCurrentIndex(conv.model().index(max(row, 0), 0))
                page.text.setPlainText("Grüße aus Berlin – Καλημέρα!")  # type: ignore[attr-defined]
            await asyncio.sleep(0.4)
            save(window, f"{PAGE_NAMES.index(name) + 1}-{name}")
        dialog = window.pages["messages"].open_ussd()  # type: ignore[attr-defined]
        await asyncio.sleep(0.4)
        save(dialog, "ussd-dialog")
        dialog.close()
        change = PinDialog(ctrl.sim, "change", window)
        change.show()
        await asyncio.sleep(0.3)
        save(change, "change-pin-dialog")
        change.close()
        await ctrl.shutdown()

    with loop:
        loop.run_until_complete(scenario())
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
