"""The window fits a 1024×600 screen and every larger one: each page scrolls, the minimum size
is at most 800×560 (in the longest-worded languages too), dialogs fit, and keyboard focus never
lands where the user cannot see it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.i18n import install_translators
from cmgui.views.connection_page import ProfileDialog
from cmgui.views.fleet_page import AddAccountDialog
from cmgui.views.main_window import PAGE_NAMES, MainWindow
from cmgui.views.pin_dialogs import MODES, PinDialog
from cmgui.views.profile_wizard import ProfileWizard
from cmgui.views.remote_dialog import RemoteEndpointDialog
from cmgui.views.ussd_dialog import UssdDialog
from cmgui.views.wlan_page import WlanPasswordDialog
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now
from tests.gui.test_views import _open

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]

#: The largest minimum size the window may have.
MIN_LIMIT = QSize(800, 560)
#: The smallest screen it must fit (a dialog is given room for its frame and a panel).
SMALL_SCREEN = QSize(1024, 600)
DIALOG_LIMIT = QSize(SMALL_SCREEN.width() - 40, SMALL_SCREEN.height() - 60)

LANGUAGES = ["en", "de", "fr", "es", "it", "pt_BR", "ar"]


@pytest.fixture
def window(app_ctrl: AppController, qtbot: QtBot, loop: Any) -> Iterator[MainWindow]:
    w = MainWindow(app_ctrl)
    qtbot.addWidget(w)
    w.show()
    _open(loop, app_ctrl)
    yield w


def fits(size: QSize, limit: QSize) -> bool:
    return size.width() <= limit.width() and size.height() <= limit.height()


@pytest.mark.parametrize("language", LANGUAGES)
def test_minimum_size_is_small_in_every_language(app_ctrl: AppController, qtbot: QtBot,
                                                 loop: Any, qapp: QApplication,
                                                 language: str) -> None:
    installed = install_translators(qapp, language)
    try:
        w = MainWindow(app_ctrl)
        qtbot.addWidget(w)
        w.show()
        _open(loop, app_ctrl)
        w.show_error("The network does not know this APN. Check the APN in this profile.")
        for name in PAGE_NAMES:
            w.show_page(name)
            hint = w.minimumSizeHint()
            assert fits(hint, MIN_LIMIT), f"{language}: {name} needs {hint.toTuple()}"
        w.resize(MIN_LIMIT)
        qtbot.waitUntil(lambda: w.size() == MIN_LIMIT)
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_page_scrolls_instead_of_growing_the_window(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    window.resize(MIN_LIMIT)
    qtbot.waitUntil(lambda: window.size() == MIN_LIMIT)
    for name in PAGE_NAMES:
        frame = window.page_frame(name)
        assert isinstance(frame, QScrollArea), f"{name} does not scroll"
    window.show_page("statistics")
    frame = window.page_frame("statistics")
    assert isinstance(frame, QScrollArea)
    qtbot.waitUntil(lambda: frame.verticalScrollBar().maximum() > 0)
    status = window.statusBar()
    assert status.isVisible()
    bottom = status.mapTo(window, status.rect().bottomLeft()).y()
    assert bottom <= window.height()  # the status bar is on screen, not pushed below it


def _visible_to_the_user(widget: QWidget, window: MainWindow) -> bool:
    """Some of ``widget`` is inside the window, not clipped away by a scroll area it is in."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()),
                                      parent.size()))
        parent = parent.parentWidget()
    return widget.isVisible() and not rect.intersected(window.rect()).isEmpty()


def test_keyboard_focus_never_goes_off_screen(window: MainWindow, qtbot: QtBot,
                                              qapp: QApplication) -> None:
    window.resize(SMALL_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALL_SCREEN)
    window.activateWindow()
    for name in ("devices", "connection", "statistics", "settings"):
        window.show_page(name)
        first = window.nav
        first.setFocus()
        seen: list[str] = []
        for _ in range(40):
            focus = qapp.focusWidget()
            if focus is None:
                break
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
            focus = qapp.focusWidget()
            assert focus is not None
            seen.append(type(focus).__name__)
            assert _visible_to_the_user(focus, window), \
                f"on {name}, Tab put the focus on a hidden {type(focus).__name__} " \
                f"({focus.accessibleName()!r}) after {seen}"


def _dialogs(window: MainWindow, app_ctrl: AppController) -> list[QDialog]:
    connection: Any = window.pages["connection"]
    from cmgui.controllers.wlan_models import WlanRecord

    out: list[QDialog] = [PinDialog(app_ctrl.sim, mode, window) for mode in MODES]
    out += [ProfileDialog(None, window, app_ctrl.connection.suggested_profiles()),
            ProfileWizard(app_ctrl.connection.provider_catalogue(), window),
            UssdDialog(app_ctrl.ussd, window), RemoteEndpointDialog(window),
            WlanPasswordDialog(WlanRecord("Home", "02:00:00:00:00:01", "WPA2-PSK", -50,
                                          "5GHz"), window, "The Wi-Fi password was not "
                                                           "accepted. Enter the password again."),
            AddAccountDialog(window)]
    del connection
    return out


@pytest.mark.parametrize("language", ["en", "de", "ar"])
def test_dialogs_fit_a_small_screen(window: MainWindow, app_ctrl: AppController,
                                    qapp: QApplication, language: str) -> None:
    installed = install_translators(qapp, language)
    try:
        dialogs = _dialogs(window, app_ctrl)
        for dialog in dialogs:
            dialog.show()
            hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
            assert fits(hint, DIALOG_LIMIT), \
                f"{language}: {type(dialog).__name__} needs {hint.toTuple()}"
            dialog.close()
        delete_now(*dialogs)
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
