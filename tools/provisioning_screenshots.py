"""Render the provisioned settings page and the About dialog into docs/screenshots/ (not a test).

Run under a real X server so fonts and styles are those of a desktop::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tools/provisioning_screenshots.py

Writes ``settings-provisioned.png`` (packaging/examples/field-service-laptop.toml),
``about.png`` (cmgui unprovisioned) and ``about-provisioned.png`` (the branded USB-modem
example). Look at every picture before committing.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from shot_setup import ROOT, memory_secrets, qt_app, shot_home

EXAMPLES = ROOT / "packaging" / "examples"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    home = shot_home()
    import qasync
    from PySide6.QtWidgets import QWidget

    from cmgui.controllers.app import AppController
    from cmgui.controllers.provisioning import ProvisioningController
    from cmgui.paths import config_dir
    from cmgui.service.provisioning import ENV, in_effect
    from cmgui.views.about import AboutDialog
    from cmgui.views.main_window import MainWindow
    from cmgui.views.style import apply_style

    app, translators = qt_app(home)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    args.out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"wrote {path}")

    async def scenario() -> None:
        field = in_effect({ENV: str(EXAMPLES / "field-service-laptop.toml")})
        apply_style(app, field.provisioning.product.accent)
        ctrl = AppController(config_dir(), secrets=memory_secrets(), provisioning=field)
        window = MainWindow(ctrl)
        width, height = (int(n) for n in args.size.lower().split("x"))
        window.resize(width, height)
        window.show()
        window.show_page("settings")
        await asyncio.sleep(0.5)
        save(window, "settings-provisioned")
        window.close()
        await ctrl.shutdown()

        apply_style(app)
        plain = ProvisioningController()
        about = AboutDialog(plain)
        about.show()
        await asyncio.sleep(0.3)
        save(about, "about")
        about.close()

        branded = in_effect({ENV: str(EXAMPLES / "branded-usb-modem.toml")})
        apply_style(app, branded.provisioning.product.accent)
        vendor = ProvisioningController(branded)
        about = AboutDialog(vendor)
        about.show()
        await asyncio.sleep(0.3)
        save(about, "about-provisioned")
        about.close()

    with loop:
        loop.run_until_complete(scenario())
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
