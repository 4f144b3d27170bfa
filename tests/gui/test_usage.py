"""Data usage on the Statistics page and the plan editor in Settings, with the real store:
a session's byte counts cross the plan's thresholds, the bar turns amber then red, and the tray
notifies once per threshold."""

from __future__ import annotations

from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.controllers.usage import parse_thresholds, usage_level
from cmgui.service import events as ev
from cmgui.service.stores import Stores
from cmgui.store.stats import UsagePlan
from cmgui.views.main_window import MainWindow
from cmgui.views.tray import Tray
from pytestqt.qtbot import QtBot

from tests.gui.conftest import run, until
from tests.gui.fakes import FakeDevice

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]
SIM = "001010123456789"


def test_levels_and_thresholds() -> None:
    assert usage_level(0, None, (80, 100)) == "normal"
    assert usage_level(79, 100, (80, 100)) == "normal"
    assert usage_level(80, 100, (80, 100)) == "warning"
    assert usage_level(100, 100, (80, 100)) == "critical"
    assert parse_thresholds("100; 50, 80") == (50, 80, 100)
    for bad in ("abc", "0", "2000"):
        with pytest.raises(ValueError):
            parse_thresholds(bad)


def test_plan_editor_usage_bar_and_notifications(
    app_ctrl: AppController, loop: Any, qtbot: QtBot, stores: Stores,
    devices: dict[str, FakeDevice],
) -> None:
    window = MainWindow(app_ctrl)
    qtbot.addWidget(window)
    tray = Tray(app_ctrl, window)
    notices: list[tuple[str, str]] = []
    app_ctrl.usage.thresholdCrossed.connect(lambda *_a: notices.append(tray.last_notice))
    window.show()
    settings: Any = window.pages["settings"]
    stats: Any = window.pages["statistics"]
    assert not settings.plan.save_button.isEnabled()  # no SIM yet
    dc = run(loop, app_ctrl.open_device("fake"))
    assert dc is not None
    run(loop, until(lambda: app_ctrl.usage.available))
    editor = settings.plan
    assert editor.save_button.isEnabled()
    editor.thresholds.setText("abc")
    editor.save_button.click()
    assert "percentages" in editor.note.text()
    editor.billing_day.setValue(5)
    editor.home_limit.setValue(1)  # 1 MB
    editor.thresholds.setText("50, 100")
    editor.save_button.click()
    run(loop, until(lambda: stores.connections.plan(SIM).home_limit == 1_000_000))
    assert stores.connections.plan(SIM) == UsagePlan(5, 1_000_000, None, (50, 100), False)
    assert stats.bars[False].property("level") == "normal"

    fake = devices["fake"]
    fake.events.publish(ev.SessionStateChanged("connected", apn="internet"))
    fake.events.publish(ev.ByteCount(100_000, 500_000))  # 600 kB: past 50 %
    run(loop, until(lambda: len(notices) == 1))
    assert notices[0][0] == "Data: 50 % of the limit used"
    assert stats.bars[False].property("level") == "warning"
    fake.events.publish(ev.ByteCount(200_000, 900_000))  # 1.1 MB: past the limit
    run(loop, until(lambda: len(notices) == 2))
    assert notices[1][0] == "Data: 100 % of the limit used"
    assert stats.bars[False].property("level") == "critical"
    assert stats.bars[False].value() == 1000
    assert "1.1 MB of 1.0 MB" in stats.amounts[False].text()
    fake.events.publish(ev.SessionStateChanged("disconnected"))
    # The record of the session is listed and can be deleted once it ended.
    run(loop, until(lambda: any(r.ended for r in app_ctrl.connection.records.records())))
    stats.records.setCurrentIndex(app_ctrl.connection.records.index(0, 0))
    assert stats.delete_record_button.isEnabled()
    stats.delete_record_button.click()
    run(loop, until(lambda: app_ctrl.connection.records.rowCount() == 0))
    assert stores.connections.records() == []


def test_locked_sim_and_full_store_notify(app_ctrl: AppController, loop: Any, qtbot: QtBot,
                                          devices: dict[str, FakeDevice]) -> None:
    window = MainWindow(app_ctrl)
    qtbot.addWidget(window)
    tray = Tray(app_ctrl, window)
    run(loop, app_ctrl.open_device("fake"))
    fake = devices["fake"]
    fake.events.publish(ev.SMSStorageFull("SM", 30, 30, "The SIM's message memory is full."))
    run(loop, until(lambda: tray.last_notice[0] == "Message memory full"))
    fake.events.publish(ev.USSDReceived("Your balance is 5 EUR", "noFurtherAction"))
    run(loop, until(lambda: tray.last_notice == ("Network message", "Your balance is 5 EUR")))
    fake.events.publish(ev.PINPUKStatus("PINRequired", 3, 10))
    run(loop, until(lambda: tray.last_notice[0] == "SIM locked"))
