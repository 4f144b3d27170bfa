"""Views and dialogs on a FakeDevice: layout, keyboard and accessibility, PIN safety, RTL."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.controllers.device import DeviceController
from cmgui.views.main_window import PAGE_NAMES, MainWindow
from cmgui.views.pin_dialogs import PinDialog
from cmgui.views.tray import Tray
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import run, until
from tests.gui.fakes import FakeDevice, FakeState

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform's note when a main window shows; harmless.
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def window(app_ctrl: AppController, qtbot: QtBot, loop: Any) -> MainWindow:
    w = MainWindow(app_ctrl)
    qtbot.addWidget(w)
    w.show()
    return w


def _open(loop: Any, app: AppController) -> DeviceController:
    run(loop, app.devices.discover())
    dc = run(loop, app.open_device("fake"))
    assert dc is not None
    return dc


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets that a screen reader could not name."""
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView
                          | QPlainTextEdit):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox):
            continue
        if isinstance(w, QHeaderView) or w.objectName().startswith("qt_"):
            continue
        parent = w.parent()
        if isinstance(parent, QLineEdit):
            continue  # the clear button Qt adds
        if parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer":
            continue  # a combo box's popup list
        text = w.text() if isinstance(w, QAbstractButton) else ""
        if not (w.accessibleName() or text.replace("&", "").strip() or w.toolTip()):
            missing.append(f"{type(w).__name__} in {type(w.parent()).__name__}")
    return missing


def test_main_window_shows_device_status(window: MainWindow, app_ctrl: AppController,
                                         loop: Any) -> None:
    assert window.status_operator.text() == "No device"
    _open(loop, app_ctrl)
    assert window.status_operator.text() == "Demo Telecom"
    assert window.status_tech.text() == "4G (LTE)"
    assert window.status_bars.bars == 4
    assert window.status_connection.text() == "Disconnected"
    assert window.selector.currentText() == "Fake modem"
    labels = [window.selector.itemText(i) for i in range(window.selector.count())]
    assert labels == ["Fake modem", "Demo modem (virtual)"]
    devices = window.pages["devices"]
    assert devices.details.value("imei") == "490154203237518"  # type: ignore[attr-defined]
    assert devices.operator.text() == "Demo Telecom"  # type: ignore[attr-defined]
    assert not devices.roaming.isVisible()  # type: ignore[attr-defined]


def test_every_page_and_control_is_named_and_reachable(
    window: MainWindow, app_ctrl: AppController, loop: Any, qtbot: QtBot
) -> None:
    _open(loop, app_ctrl)
    for row, name in enumerate(PAGE_NAMES):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.page_frame(name)
        qtbot.waitUntil(window.pages[name].isVisible)
    missing = unnamed_controls(window)
    assert missing == [], missing
    # Keyboard: Ctrl+3 shows Messages.
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() in (0, 2, len(PAGE_NAMES) - 1)  # focus-dependent offscreen
    window.show_page("messages")
    assert window.stack.currentWidget() is window.page_frame("messages")


def test_right_to_left_mirrors_the_layout(app_ctrl: AppController, qtbot: QtBot,
                                          loop: Any, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        w = MainWindow(app_ctrl)
        qtbot.addWidget(w)
        w.show()
        _open(loop, app_ctrl)
        qtbot.waitExposed(w)
        nav_x = w.nav.mapTo(w, w.nav.rect().topLeft()).x()
        stack_x = w.stack.mapTo(w, w.stack.rect().topLeft()).x()
        assert nav_x > stack_x
        for name in PAGE_NAMES:
            w.show_page(name)
            assert not w.grab().isNull()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("fake_state", [FakeState(locked=True)])
def test_locked_sim_opens_pin_dialog_and_waits(
    window: MainWindow, app_ctrl: AppController, loop: Any, devices: dict[str, FakeDevice]
) -> None:
    _open(loop, app_ctrl)
    dialog = window.pin_dialog
    assert dialog is not None and dialog.isVisible() and dialog.mode == "verify"
    assert dialog.attempts.text() == "3 PIN attempts left"
    assert not dialog.ok.isEnabled()
    assert devices["fake"].calls == []  # nothing was sent on the user's behalf
    dialog.pin.setText("0000")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    run(loop, until(lambda: dialog.error.text() != ""))
    assert dialog.error.text() == "Wrong PIN — 2 attempts left"
    assert dialog.isVisible() and dialog.pin.text() == ""
    assert devices["fake"].calls == ["verify:0000"]
    dialog.pin.setText("1234")
    dialog.ok.click()
    run(loop, until(lambda: not dialog.isVisible()))
    assert app_ctrl.devices.current is not None and app_ctrl.devices.current.state == "ready"
    assert devices["fake"].calls == ["verify:0000", "verify:1234"]


@pytest.mark.parametrize("fake_state", [FakeState(locked=True, pin_attempts=1)])
def test_last_attempt_needs_explicit_confirmation_then_puk_flow(
    app_ctrl: AppController, loop: Any, qtbot: QtBot, devices: dict[str, FakeDevice]
) -> None:
    _open(loop, app_ctrl)
    dialog = PinDialog(app_ctrl.sim, "verify")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible() and "Last attempt" in dialog.warning.text()
    dialog.pin.setText("9999")
    assert not dialog.ok.isEnabled()
    assert dialog.problem() == "Confirm the last attempt first."
    dialog.confirm_last.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    run(loop, until(lambda: dialog.mode == "puk"))
    assert dialog.windowTitle() == "Unblock SIM"
    assert dialog.error.text() == "The PIN is blocked. Enter the PUK."
    assert dialog.attempts.text() == "10 PUK attempts left"
    dialog.puk.setText("12345678")
    dialog.new_pin.setText("2468")
    dialog.confirm_pin.setText("2469")
    assert dialog.problem() == "The two new PINs differ."
    dialog.confirm_pin.setText("2468")
    dialog.ok.click()
    run(loop, until(lambda: dialog.confirmed))
    assert dialog.done_text.text() == "The SIM is unblocked and has the new PIN."
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.result() == PinDialog.DialogCode.Accepted
    assert devices["fake"].calls == ["verify:9999", "unblock:12345678:2468"]


def test_pin_management_dialogs(window: MainWindow, app_ctrl: AppController, loop: Any,
                                fake_state: FakeState) -> None:
    _open(loop, app_ctrl)
    page = window.pages["devices"]
    assert page.pin_off_button.isVisible() and not page.unlock_button.isVisible()  # type: ignore[attr-defined]
    dialog = page.open_pin_dialog("change")  # type: ignore[attr-defined]
    assert dialog.hint.isHidden()  # nothing typed: nothing to complain about
    dialog.pin.setText("1234")
    dialog.new_pin.setText("5678")
    dialog.confirm_pin.setText("5679")
    assert not dialog.ok.isEnabled()
    assert not dialog.hint.isHidden() and dialog.hint.text() == "The two new PINs differ."
    assert dialog.ok.toolTip() == "The two new PINs differ."
    dialog.confirm_pin.setText("5678")
    assert dialog.ok.isEnabled() and dialog.hint.isHidden()
    dialog.ok.click()
    run(loop, until(lambda: fake_state.pin == "5678"))
    run(loop, until(lambda: dialog.confirmed))  # the change is confirmed in words
    assert dialog.done_text.text() == "The PIN is changed. Use the new PIN from now on."
    assert dialog.isVisible()
    close = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert close.text() == "Close" and dialog.ok.isHidden()
    close.click()
    assert not dialog.isVisible()
    dialog = page.open_pin_dialog("disable")  # type: ignore[attr-defined]
    dialog.pin.setText("5678")
    dialog.ok.click()
    run(loop, until(lambda: not fake_state.pin_enabled))
    run(loop, until(lambda: not page.pin_on_button.isHidden()))  # type: ignore[attr-defined]


def test_network_scan_progress_and_cancel(window: MainWindow, app_ctrl: AppController,
                                          loop: Any, fake_state: FakeState,
                                          devices: dict[str, FakeDevice]) -> None:
    _open(loop, app_ctrl)
    page: Any = window.pages["devices"]
    fake_state.scan_seconds = 30
    page.scan_button.click()
    run(loop, until(lambda: "scan" in devices["fake"].calls))
    assert page.scan_bar.isVisible() and not page.scan_button.isEnabled()
    assert page.scan_bar.label.text() == "Searching for networks…"
    page.scan_bar.cancel_button.click()
    run(loop, until(lambda: not page.scan_bar.isVisible()))
    assert page.scan_button.isEnabled()
    fake_state.scan_seconds = 0.01
    page.scan_button.click()
    run(loop, until(lambda: page.networks.model().rowCount() == 3))
    page.networks.setCurrentIndex(page.networks.model().index(1, 0))
    assert page.register_button.isEnabled()
    page.register_button.click()
    run(loop, until(lambda: app_ctrl.devices.current.status.selection_mode == "manual"))


def test_event_loop_keeps_turning_during_a_scan(
    app_ctrl: AppController, window: MainWindow, loop: Any, fake_state: FakeState,
    record_property: Any,
) -> None:
    """The Qt loop must keep turning while a (minutes-long on hardware) scan runs."""
    _open(loop, app_ctrl)
    fake_state.scan_seconds = 1.0
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    op = app_ctrl.network.scan()
    run(loop, until(lambda: not op.running, timeout=10))
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    longest = max(gaps)
    record_property("longest_stall_ms", round(longest * 1000, 1))
    print(f"longest event-loop stall during scan: {longest * 1000:.1f} ms over {len(ticks)} ticks")
    assert len(ticks) > 20
    assert longest < 0.5


def test_messages_compose_counts_and_sends(window: MainWindow, app_ctrl: AppController,
                                           loop: Any, devices: dict[str, FakeDevice]) -> None:
    _open(loop, app_ctrl)
    page: Any = window.pages["messages"]
    window.show_page("messages")
    run(loop, until(lambda: page.conversations.model().rowCount() == 2))
    page.conversations.setCurrentIndex(page.conversations.model().index(0, 0))
    assert page.thread_title.text() == "+491701234567"
    assert page.to.text() == "+491701234567"
    assert not page.send_button.isEnabled()
    page.text.setPlainText("Hello")
    assert page.counter.text() == "5 characters · 1 message · GSM 7-bit · 155 left"
    page.text.setPlainText("Grüße 🙂")
    assert "UCS-2" in page.counter.text()
    page.text.setPlainText("x" * 161)
    assert page.counter.text().startswith("161 characters · 2 messages")
    page.send_button.click()
    run(loop, until(lambda: "sms_send:+491701234567" in devices["fake"].calls))
    assert page.text.toPlainText() == ""
    page.search.setText("balance")
    assert page.conversations.model().rowCount() == 1


def test_ussd_dialog(window: MainWindow, app_ctrl: AppController, loop: Any) -> None:
    _open(loop, app_ctrl)
    page: Any = window.pages["messages"]
    dialog = page.open_ussd()
    dialog.input.setText("*123#")
    dialog.send_button.click()
    run(loop, until(lambda: dialog.end_button.isEnabled()))
    assert dialog.response.text() == "1 Balance\n2 Data"
    assert dialog.send_button.text() == "&Reply"
    dialog.input.setText("1")
    dialog.send_button.click()
    run(loop, until(lambda: not dialog.end_button.isEnabled()))
    assert dialog.response.text() == "You chose 1"
    assert dialog.history.model().rowCount() == 4


def test_connection_page(window: MainWindow, app_ctrl: AppController, loop: Any,
                         fake_state: FakeState) -> None:
    dc = _open(loop, app_ctrl)
    page: Any = window.pages["connection"]
    dialog = page.new_profile_dialog()
    dialog.name.clear()
    dialog.apn.clear()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    dialog.name.setText("Work")
    dialog.apn.setText("work.apn")
    dialog.password.setText("pw")
    dialog.accept()
    run(loop, until(lambda: page.profile.count() == 2))
    page.profiles.setCurrentIndex(page.profiles.model().index(0, 0))
    page.default_button.click()
    run(loop, until(lambda: page.profile.itemText(0) == "Default (Work)"))
    page.profiles.setCurrentIndex(page.profiles.model().index(0, 0))
    edit = page.edit_profile()
    assert edit is not None and edit.name.isReadOnly()
    assert edit.password.placeholderText() == "unchanged" and edit.new_password() is None
    edit.reject()
    page.profile.setCurrentIndex(1)
    assert page.connect_button.text() == "&Connect"
    page.connect_button.click()
    run(loop, until(lambda: dc.status.connection_state == "connected"))
    run(loop, until(lambda: page.state.text() == "Connected"))
    assert page.connect_button.text() == "&Disconnect"
    assert page.info.value("apn") == "work.apn"
    page.connect_button.click()
    run(loop, until(lambda: page.state.text() == "Disconnected"))
    assert page.reason.isHidden()  # the user's own disconnect is no failure
    fake_state.fail_connect = True
    page.connect_button.click()
    run(loop, until(lambda: not page.reason.isHidden()))
    assert page.reason.text() == ("The access point name (APN) is not valid. Check the APN in "
                                  "this profile.")
    assert window.banner.isVisible()
    assert not page.fix_button.isHidden()
    fix = page.fix_profile()
    assert fix is not None and fix.name.text() == "Work"
    fix.reject()


def test_wlan_page(window: MainWindow, app_ctrl: AppController, loop: Any,
                   devices: dict[str, FakeDevice]) -> None:
    _open(loop, app_ctrl)
    page: Any = window.pages["wlan"]
    assert page.stack.currentIndex() == 1
    run(loop, until(lambda: page.networks.model().rowCount() == 2))
    page.networks.setCurrentIndex(page.networks.model().index(0, 0))
    dialog = page.connect_selected()
    assert dialog is not None
    dialog.key.setText("secret-key")
    dialog.accept()
    run(loop, until(lambda: page.status.text() == "Connected to HomeNet"))
    assert "wlan_connect:HomeNet:secret-key" in devices["fake"].calls


def test_statistics_page_draws(window: MainWindow, app_ctrl: AppController, loop: Any) -> None:
    dc = _open(loop, app_ctrl)
    page: Any = window.pages["statistics"]
    for rate in (1000, 250_000, 40_000):
        dc.status.rate_dl = rate
        app_ctrl.statistics.sample()
    assert page.throughput.top() == 500_000
    assert page.totals.value("peak") == "250.0 kB/s"
    window.show_page("statistics")
    assert not page.grab().isNull()


def test_settings_page_saves(window: MainWindow, app_ctrl: AppController, tmp_path: Path) -> None:
    page: Any = window.pages["settings"]
    page.checks["sms.request_delivery_reports"].setChecked(False)
    text = (tmp_path / "config" / "settings.json").read_text()
    assert '"sms.request_delivery_reports": false' in text


def test_remote_endpoint_dialog(window: MainWindow, app_ctrl: AppController,
                                loop: Any) -> None:
    dialog = window.add_remote()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.address.setText("ftp://x")
    assert not ok.isEnabled()
    dialog.address.setText("http://10.0.0.1:8765/cmapi")
    dialog.fingerprint.setText("AB" * 32)
    assert dialog.problem() == "Certificate pinning needs https:// or wss://."
    dialog.address.setText("https://10.0.0.1:8765/cmapi")
    dialog.label.setText("Router")
    dialog.token.setText("secret-token")
    assert ok.isEnabled()
    dialog.accept()
    assert app_ctrl.devices.model.row_of("https://10.0.0.1:8765/cmapi") >= 0
    endpoints = app_ctrl.devices.endpoints
    assert endpoints is not None
    assert endpoints.token("https://10.0.0.1:8765/cmapi") == "secret-token"
    run(loop, until(lambda: app_ctrl.devices.current is not None))


def test_tray_status_and_notifications(window: MainWindow, app_ctrl: AppController, loop: Any,
                                       devices: dict[str, FakeDevice]) -> None:
    tray = Tray(app_ctrl, window)
    assert tray.status_text() == "No device"
    assert not tray.connect_action.isEnabled()
    _open(loop, app_ctrl)
    assert tray.status_text() == "Demo Telecom · 4G (LTE) · Disconnected"
    assert tray.connect_action.text() == "&Connect"
    devices["fake"].deliver("+4930555", "Top-up done")
    run(loop, until(lambda: tray.last_notice[0] != ""))
    assert tray.last_notice == ("New message from +4930555", "Top-up done")
    tray.toggle_connection()
    run(loop, until(lambda: tray.connect_action.text() == "&Disconnect"))


def test_german_translation(app_ctrl: AppController, qapp: QApplication, qtbot: QtBot,
                            loop: Any) -> None:
    from cmgui.i18n import install_translators

    installed = install_translators(qapp, "de")
    try:
        w = MainWindow(app_ctrl)
        qtbot.addWidget(w)
        assert w.nav.item(0).text() == "Geräte"
        assert w.status_operator.text() == "Kein Gerät"
        dialog = PinDialog(app_ctrl.sim, "puk")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "SIM entsperren"
        from cmgui.cmapi.errors import PinErrorKind
        from cmgui.controllers.errors import pin_message
        assert pin_message(PinErrorKind.WRONG_PIN, 2) == "Falsche PIN – noch 2 Versuche"
        assert pin_message(PinErrorKind.WRONG_PIN, 1) == "Falsche PIN – noch 1 Versuch"
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_new_profile_is_suggested_from_the_sims_operator(window: MainWindow,
                                                          app_ctrl: AppController,
                                                          loop: Any) -> None:
    """The new-profile wizard (country -> provider -> plan) starts at the SIM's provider: a
    Telekom.de SIM (MCC 262, MNC 01) lands on Germany, Telekom, and its APN fills the profile;
    "Other" in the profile dialog leaves the fields alone."""
    dc = _open(loop, app_ctrl)
    page: Any = window.pages["connection"]
    dc.status.imsi = "262011234567890"
    dc.status.operator = "Telekom.de"
    wizard = page.add_profile()
    assert wizard.country.currentData() == "de"
    assert wizard.provider.currentItem().text() == "Telekom"
    assert "internet.telekom" in wizard.plan.currentItem().text()
    wizard.next.click()
    dialog = page.profile_dialog
    assert dialog is not None and dialog.suggestions
    assert dialog.apn.text() == "internet.telekom"
    assert dialog.name.text().startswith("Telekom")
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    dialog.suggested.setCurrentIndex(dialog.suggested.count() - 1)  # "Other"
    assert dialog.apn.text() == "internet.telekom"  # kept for the user to edit
    dialog.reject()
    dc.status.imsi = "999990123456789"  # listed nowhere
    dc.status.operator = "Nowhere Mobile"
    wizard = page.add_profile()
    assert wizard.catalogue.home is None
    wizard.manual.click()
    plain = page.profile_dialog
    assert not plain.suggestions and plain.suggested.count() == 0
    assert plain.apn.text() == ""
    plain.reject()


def test_the_wizard_knows_the_demo_modems_network(window: MainWindow, app_ctrl: AppController,
                                                  loop: Any) -> None:
    dc = _open(loop, app_ctrl)
    page: Any = window.pages["connection"]
    dc.status.imsi = "001010123456789"  # the demo modem's SIM, on the ITU test network
    wizard = page.add_profile()
    assert wizard.provider.currentItem().text() == "Virtual Telecom"
    countries = [wizard.country.itemData(n) for n in range(wizard.country.count())]
    assert countries[-1] == "zz" and "de" in countries
    wizard.country.setCurrentIndex(countries.index("fr"))
    assert wizard.provider.count() >= 1 and wizard.plan.count() >= 1
    wizard.reject()


def test_a_new_language_applies_at_once(window: MainWindow, app_ctrl: AppController,
                                        loop: Any, qapp: QApplication) -> None:
    _open(loop, app_ctrl)
    try:
        app_ctrl.settings.set("ui.language", "de")
        assert window.nav.item(0).text() == "Geräte"
        assert window.pages["devices"].header.title.text() == "Geräte"  # type: ignore[attr-defined]
        app_ctrl.settings.set("ui.language", "ar")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.nav.item(0).text() == "الأجهزة"
        app_ctrl.settings.set("ui.language", "en")
        assert window.nav.item(0).text() == "Devices"
        # The pages built before are gone, and nothing of theirs still listens.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app_ctrl.fleet.refreshed.emit(0)
        app_ctrl.fleet.cdrsReady.emit(1)
        app_ctrl.fleet.exported.emit("sims.csv", 1)
        run(loop, app_ctrl.devices.discover())
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert window.pages["devices"].isVisible() or window.stack.currentIndex() == 0
    finally:
        from cmgui.i18n import uninstall

        uninstall(qapp)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
