"""The settings page's store field: a store URL is saved for the next start, anything else is
refused (the field shows the saved value again)."""

from __future__ import annotations

import json
from pathlib import Path

from cmgui.controllers.settings import SettingsController
from cmgui.store.settings import Settings
from cmgui.views.settings_page import SettingsPage
from pytestqt.qtbot import QtBot


def test_store_url_is_saved_and_a_wrong_one_refused(qtbot: QtBot, tmp_path: Path) -> None:
    page = SettingsPage(SettingsController(Settings(tmp_path)))
    qtbot.addWidget(page)
    saved = tmp_path / "settings.json"
    assert page.store_url.text() == ""
    page.store_url.setText("  postgresql://ann@db.example/team ")
    page.store_url.editingFinished.emit()
    assert json.loads(saved.read_text())["values"]["store_url"] == (
        "postgresql://ann@db.example/team")
    page.store_url.setText("mysql://db.example/team")
    page.store_url.editingFinished.emit()
    assert page.store_url.text() == "postgresql://ann@db.example/team"
    assert json.loads(saved.read_text())["values"]["store_url"] == (
        "postgresql://ann@db.example/team")
