"""Start-up builds the page shown and no other; each other page is built on its first visit (or
when asked for), once, and a language change builds the pages again the same way."""

from __future__ import annotations

from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.views.main_window import PAGE_NAMES, LazyPages, MainWindow
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]


def test_pages_are_built_on_their_first_visit(app_ctrl: AppController, qtbot: QtBot,
                                              loop: Any) -> None:
    window = MainWindow(app_ctrl)
    qtbot.addWidget(window)
    window.show()
    pages = window.pages
    assert isinstance(pages, LazyPages)
    assert pages.built() == ["devices"]
    assert "statistics" in pages and pages.built() == ["devices"]  # asking is not building
    window.nav.setCurrentRow(PAGE_NAMES.index("statistics"))
    assert pages.built() == ["devices", "statistics"]
    frame = window.stack.currentWidget()
    assert isinstance(frame, QScrollArea) and frame.widget() is pages["statistics"]
    first = pages["statistics"]
    window.show_page("devices")
    window.show_page("statistics")
    assert pages["statistics"] is first  # built once
    assert isinstance(window.page_frame("fleet"), QScrollArea)  # built when its frame is asked
    assert set(pages.built()) == {"devices", "statistics", "fleet"}
    window.retranslate()  # a language change: the pages again, the one shown at once
    assert window.pages is not pages and window.pages.built() == ["statistics"]  # type: ignore[attr-defined]
    assert window.stack.currentIndex() == PAGE_NAMES.index("statistics")
