"""The About dialog: version, licence, Qt/PySide6 and Python versions, the project's link, and
the vendor's product and support link when provisioned."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

import pytest
from cmgui.common.version import version
from cmgui.controllers.app import AppController
from cmgui.controllers.provisioning import ProvisioningController
from cmgui.service.provisioning import ENV, in_effect
from cmgui.views.about import AboutDialog
from cmgui.views.main_window import MainWindow
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now

ROOT = Path(__file__).resolve().parents[2]
BRANDED = ROOT / "packaging" / "examples" / "branded-usb-modem.toml"

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]


def test_about_cmgui(qtbot: QtBot) -> None:
    ctrl = ProvisioningController()
    dialog = AboutDialog(ctrl)
    qtbot.addWidget(dialog)
    try:
        rows = {k: v.text() for k, v in dialog.rows.items()}
        assert dialog.windowTitle() == "About cmgui"
        assert dialog.subtitle.text() == f"Version {version()}"
        assert rows["version"] == version()
        assert rows["licence"].startswith("GPL-3.0-or-later")
        assert rows["qt"] == f"{qVersion()} (PySide6 {pyside_version})"
        assert rows["python"] == platform.python_version()
        assert 'href="https://github.com/cmgui/cmgui"' in rows["project"]
        assert "vendor" not in rows and "support" not in rows
    finally:
        delete_now(ctrl)


def test_about_names_the_vendor_and_its_support_link(qtbot: QtBot) -> None:
    ctrl = ProvisioningController(in_effect({ENV: str(BRANDED)}))
    dialog = AboutDialog(ctrl)
    qtbot.addWidget(dialog)
    try:
        assert dialog.windowTitle() == "About Acme Connect"
        assert dialog.title.text() == "Acme Connect"
        assert dialog.subtitle.text() == f"Based on cmgui {version()}"
        assert dialog.rows["vendor"].text() == "Acme Modems"
        support = dialog.rows["support"]
        assert 'href="https://support.acme-modems.example/connect"' in support.text()
        assert support.openExternalLinks()
        assert support.textFormat() == Qt.TextFormat.RichText
    finally:
        delete_now(ctrl)


def test_about_opens_from_the_settings_page_and_with_f1(app_ctrl: AppController, qtbot: QtBot,
                                                       loop: Any) -> None:
    window = MainWindow(app_ctrl)
    qtbot.addWidget(window)
    window.show()
    page: Any = window.pages["settings"]
    page.about_button.click()
    assert page.about_dialog is not None and page.about_dialog.isVisible()
    page.about_dialog.reject()
    (f1,) = [s for s in window.findChildren(QShortcut) if s.key() == QKeySequence("F1")]
    f1.activated.emit()  # key presses reach shortcuts only in an active window (not offscreen)
    assert window.about_dialog is not None and window.about_dialog.isVisible()
    window.about_dialog.reject()
