"""The first hour of a new user, on the real demo modem (AT bytes underneath): radio details,
an honest radio state, the demo modem's reset, USSD silence and saved codes, one Wi-Fi network
at a time and a wrong password asked again, connecting automatically, asking before a device
switch during a live session, and one notification per whole message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.controllers.device import DeviceController
from cmgui.store.secrets import SecretStore
from cmgui.views.main_window import MainWindow
from cmgui.views.tray import NOTICE_MS, Tray, preview
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now, run, until

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def real_app(loop: Any, tmp_path: Path, secrets: SecretStore) -> Any:
    app = AppController(tmp_path, secrets=secrets)
    yield app
    run(loop, app.shutdown())
    delete_now(app)


@pytest.fixture
def window(real_app: AppController, qtbot: QtBot) -> MainWindow:
    w = MainWindow(real_app)
    qtbot.addWidget(w)
    w.show()
    return w


def unlocked(loop: Any, app: AppController, address: str = "virtual") -> DeviceController:
    dc = run(loop, app.open_device(address))
    assert dc is not None
    if dc.state == "locked":
        app.sim.verify_pin("1234")
    run(loop, until(lambda: dc.state == "ready" and dc.status.operator != "", timeout=10))
    return dc


def test_radio_details_and_an_honest_radio_state(window: MainWindow, real_app: AppController,
                                                 loop: Any) -> None:
    dc = unlocked(loop, real_app, "virtual:quectel")  # Quectel reports band and channel too
    page: Any = window.pages["devices"]
    window.show_page("devices")
    run(loop, until(lambda: dc.status.radio_details is not None
                    and dc.status.radio_details.band != "", timeout=10))
    grid = page.radio_grid
    assert grid.value("rsrp").endswith("dBm") and grid.value("cell") != "—"
    assert grid.value("band") != "—" and grid.value("channel") != "—"
    assert grid._labels["channel"].text() == "EARFCN"
    assert grid._labels["area"].text() == "TAC"
    assert page.radio.text() == "Turn radio &off"  # an action, not a state
    page.radio.click()
    run(loop, until(lambda: not dc.status.radio_on, timeout=10))
    assert page.status_grid.value("state") == "Ready, radio off"
    assert page.radio.text() == "Turn radio &on"
    page.radio.click()
    run(loop, until(lambda: dc.status.radio_on, timeout=10))


def test_the_demo_modem_resets_to_factory_state(window: MainWindow, real_app: AppController,
                                                loop: Any) -> None:
    unlocked(loop, real_app)
    page: Any = window.pages["devices"]
    assert not page.reset_button.isHidden()
    box = page.confirm_reset()
    reset = next(b for b in box.buttons()
                 if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    reset.click()
    run(loop, until(lambda: real_app.devices.current is not None
                    and real_app.devices.current.state == "locked", timeout=15))
    assert window.pin_dialog is not None  # its SIM asks for the PIN again


def test_ussd_silence_is_told_and_codes_are_saved_per_sim(window: MainWindow,
                                                          real_app: AppController,
                                                          loop: Any) -> None:
    dc = unlocked(loop, real_app)
    dc.device.inner.ussd_timeout = 0.5  # type: ignore[attr-defined]
    op = real_app.ussd.send("*999#")  # the demo network never answers this one
    run(loop, until(lambda: not op.running, timeout=10))
    last = real_app.ussd.history.records()[-1]
    assert last.text == "The network did not answer in time. Try again in a minute."
    dialog = window.pages["messages"].open_ussd()  # type: ignore[attr-defined]
    assert not dialog.saved.isEnabled()
    dialog.save("Balance", "*100#")
    assert real_app.ussd.saved_codes() == [("Balance", "*100#")]
    assert dialog.saved.itemText(0) == "Balance (*100#)"
    stored = real_app.settings.get("ussd.saved_codes")
    assert stored == {dc.status.iccid: [["Balance", "*100#"]]}  # per SIM, by ICCID
    dialog.saved.setCurrentIndex(0)
    dialog._forget()
    assert real_app.ussd.saved_codes() == []
    dialog.close()


def test_one_wifi_network_connected_and_a_wrong_password_asks_again(
        window: MainWindow, real_app: AppController, loop: Any) -> None:
    unlocked(loop, real_app)
    wlan = real_app.wlan
    run(loop, until(lambda: wlan.networks.rowCount() >= 5, timeout=10))
    page: Any = window.pages["wlan"]
    row = next(n for n, r in enumerate(wlan.networks.records()) if r.ssid == "VirtualHome")
    page.networks.setCurrentIndex(wlan.networks.index(row, 0))
    dialog = page.connect_selected()
    assert dialog is not None
    dialog.key.setText("wrong")
    dialog.accept()
    run(loop, until(lambda: page.password_dialog is not dialog, timeout=10))
    again = page.password_dialog
    assert again is not None and again.isVisible()
    assert again.error.text().startswith("The Wi-Fi password was not accepted.")
    assert wlan.known.rowCount() == 0  # a wrong password is never saved
    again.key.setText("virtual-home-pass")
    again.accept()
    run(loop, until(lambda: any(r.connected for r in wlan.networks.records()), timeout=10))
    connected = [r for r in wlan.networks.records() if r.connected]
    assert len(connected) == 1 and connected[0].bssid == "02:00:5e:10:00:01"
    same_ssid = [r for r in wlan.networks.records() if r.ssid == "VirtualHome"]
    assert len(same_ssid) == 2  # two access points, one of them connected
    assert {r.channel for r in same_ssid} == {36, 6}


def test_connect_automatically_but_not_while_roaming(loop: Any, tmp_path: Path,
                                                     secrets: SecretStore) -> None:
    app = AppController(tmp_path, secrets=secrets)
    try:
        app.settings.set("connection.auto_connect", True)
        dc = unlocked(loop, app)
        run(loop, until(lambda: dc.status.connection_state == "connected", timeout=9))
    finally:
        run(loop, app.shutdown())
        delete_now(app)
    roaming = AppController(tmp_path / "roaming", secrets=secrets)
    try:
        roaming.settings.set("connection.auto_connect", True)
        dc = run(loop, roaming.open_device("virtual"))
        assert dc is not None
        dc.status.roaming = True  # as a SIM abroad reports it
        dc.status.registration = "registeredRoaming"
        dc.auto_connect_tried = False
        roaming._auto_connect(dc)
        assert dc.auto_connect_tried and not roaming.connection.busy
    finally:
        run(loop, roaming.shutdown())
        delete_now(roaming)


def test_switching_device_during_a_live_session_asks_first(window: MainWindow,
                                                           real_app: AppController,
                                                           loop: Any) -> None:
    dc = unlocked(loop, real_app)
    op = real_app.connection.connect_profile(None)
    run(loop, until(lambda: not op.running, timeout=15))
    assert dc.status.connection_state == "connected"
    answers: list[str] = []

    def answer(cancel: bool) -> None:
        box = window.last_question
        assert isinstance(box, QMessageBox)
        answers.append(box.text())
        if cancel:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons()
                 if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()

    QTimer.singleShot(0, lambda: answer(cancel=True))
    assert not window.confirm_switch("virtual:huawei")
    assert "has a data connection up" in answers[0]
    QTimer.singleShot(0, lambda: answer(cancel=False))
    assert window.confirm_switch("virtual:huawei")
    assert window.confirm_switch("virtual")  # the same device: nothing to ask


def test_one_notification_per_whole_message(window: MainWindow, real_app: AppController,
                                            loop: Any, qtbot: QtBot) -> None:
    dc = unlocked(loop, real_app)
    tray = Tray(real_app, window)
    notices: list[tuple[str, str]] = []
    real_app.messages.messageArrived.connect(lambda s, t: notices.append((s, t)))
    long_text = "Part one of a long message. " * 12  # three parts in GSM 7-bit
    model = dc.device.inner.server.model  # type: ignore[attr-defined]
    model.inject_sms("+15550177", long_text)
    run(loop, until(lambda: notices, timeout=15))
    qtbot.wait(300)  # any further (wrong) notices for the other parts would have come by now
    assert notices == [("+15550177", long_text)]
    title, text = tray.last_notice
    assert title == "New message from +15550177"
    assert text == preview(long_text) and text.endswith("…") and len(text) <= 81
    tray._expiry.setInterval(1)
    tray._expiry.start()
    qtbot.waitUntil(lambda: tray.last_notice == ("", ""), timeout=1000)
    assert NOTICE_MS > 0
    tray.deleteLater()
