"""The gateway page on the virtual gateway: the port grid follows the ports live, the load
shows, bulk SMS from a CSV previews and reports each recipient, inbound SMS with their port."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.controllers import gateway as gateway_controller
from cmgui.controllers.app import AppController
from cmgui.controllers.gateway import AddressRole, PortTableModel
from cmgui.drivers.gateway.gateway import DinstarGateway
from cmgui.drivers.virtual_gateway import ALL_READY
from cmgui.service.gateway import PortState
from cmgui.service.saved_devices import GATEWAY, SavedDevices, SavedEntry
from cmgui.views.gateway_page import GatewayPage
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import gateway_page_of, run, until
from tests.gui.test_views import unnamed_controls
from tests.integration.gateway.support import ThreadedGateway, make_certificate

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def page(app_ctrl: AppController, qtbot: QtBot, loop: Any) -> GatewayPage:
    widget: GatewayPage = gateway_page_of(app_ctrl, qtbot)
    return widget


def test_models_are_sound(qtmodeltester: Any, app_ctrl: AppController) -> None:
    ctrl = app_ctrl.gateway
    ctrl.ports.set_ports([PortState(0, "dinstar+http://gw/ports/0", "LTE", "REGISTER_OK",
                                    registration_state="registeredHome", signal_percentage=80,
                                    bars=4, imsi="001010000000000", last_activity=None),
                          PortState(1, "dinstar+http://gw/ports/1", "GSM", "NO_SIM")])
    qtmodeltester.check(ctrl.ports)
    qtmodeltester.check(ctrl.recipients)
    qtmodeltester.check(ctrl.inbound)
    assert ctrl.ports.index(0, 0).data(AddressRole) == "dinstar+http://gw/ports/0"
    assert [ctrl.ports.index(1, c).data() for c in (2, 3)] == ["No SIM", "—"]


def test_port_activity_reads_as_time_ago() -> None:
    model = PortTableModel()
    model.now = lambda: 1000.0
    try:
        assert [model.ago(s) for s in (None, 990.0, 700.0)] == ["—", "10 s ago", "5 min ago"]
    finally:
        model.deleteLater()


def test_page_follows_the_gateway(page: GatewayPage, app_ctrl: AppController, loop: Any,
                                  gateway: ThreadedGateway, tmp_path: Path) -> None:
    # One run of the loop for the whole scenario: the gateway is polled all along, and
    # qasync handles timers without a running loop between two run_until_complete calls.
    run(loop, _follow_scenario(page, app_ctrl, gateway, tmp_path), timeout=60)


async def _follow_scenario(page: GatewayPage, app_ctrl: AppController,
                           gateway: ThreadedGateway, tmp_path: Path) -> None:
    ctrl = app_ctrl.gateway
    page.reload_gateways()
    assert page.address.currentText() == gateway.address and page.hint.isHidden()
    page.connect_button.click()
    await until(lambda: ctrl.ports.rowCount() == 4 and ctrl.status is not None)
    assert ctrl.ports.index(0, 2).data() == "Registered"
    assert page.cpu.value() > 0 and page.memory_text.text().endswith("MiB")
    assert unnamed_controls(page) == []

    model = gateway.server.model
    gateway.call(lambda: model.ports[2].power(False))
    await until(lambda: ctrl.ports.index(2, 2).data() == "Radio off")

    csv = tmp_path / "people.csv"
    csv.write_text("number,param\n+4917000001,Anna\n+4917000002,Ben\n+99999,Carl\n")
    assert ctrl.load_recipients(csv)
    page.template.setText("Hello #param#!")
    assert [ctrl.recipients.index(r, 1).data() for r in range(3)] == [
        "Hello Anna!", "Hello Ben!", "Hello Carl!"]
    assert ctrl.recipients.index(0, 3).data() == "Waiting"
    finished: list[bool] = []
    ctrl.bulkFinished.connect(finished.append)
    page.send_button.click()
    assert not page.send_button.isEnabled()
    await until(lambda: not ctrl.busy, timeout=10)
    assert finished == [False]  # +99999 is refused by the network
    assert [ctrl.recipients.index(r, 3).data() for r in range(3)] == ["Sent", "Sent", "Failed"]
    assert page.progress.value() == page.progress.maximum() == 3
    assert "2 sent, 1 failed" in page.progress_text.text()
    assert page.send_button.isEnabled()

    gateway.call(lambda: model.inject_sms(3, "+4916099", "to port three"))
    page.fetch_button.click()
    await until(lambda: ctrl.inbound.rowCount() == 1)
    assert [ctrl.inbound.index(0, c).data() for c in (1, 2, 3)] == [
        "3", "+4916099", "to port three"]

    opened: list[str] = []
    ctrl.openPortRequested.connect(opened.append)
    page.port_table.setCurrentIndex(ctrl.ports.index(1, 0))
    page.open_port_button.click()
    assert opened == [f"{gateway.address}/ports/1"]
    await ctrl.close()
    assert ctrl.ports.rowCount() == 0 and not page.send_button.isEnabled()


def test_an_unreachable_gateway_is_an_error_on_the_page(page: GatewayPage, loop: Any,
                                                        app_ctrl: AppController,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    class Unreachable(DinstarGateway):
        async def open(self) -> None:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                "reason": f"{self.address} cannot be reached (connection refused)"})

    monkeypatch.setattr(gateway_controller, "open_gateway", Unreachable)
    page.address.setCurrentText("dinstar+http://127.0.0.1:1")
    page.connect_button.click()
    run(loop, until(lambda: page.error.isVisibleTo(page)))
    assert "cannot be reached" in page.error.text()
    assert app_ctrl.gateway.address == "" and page.port_table.isEnabled() is False
    page.template.setText("x")
    page.port_filter.setText("0,40")
    page._send()
    assert "0 to 31" in page.error.text()
    assert page.ctrl.recipients.headerData(0, Qt.Orientation.Horizontal) == "Number"


def test_the_page_asks_before_trusting_a_self_signed_gateway(
        page: GatewayPage, app_ctrl: AppController, loop: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cmgui.cli.serve_cmds import server_tls

    cert, key, fingerprint = make_certificate(tmp_path, "gui")
    monkeypatch.setenv("CMGUI_GATEWAY_PASSWORD", "admin")
    monkeypatch.setenv("CMGUI_GATEWAY_POLL", "ports=0.05,incoming=0.05")
    with ThreadedGateway(ports=2, layout=ALL_READY, ssl_context=server_tls(cert, key)) as gw:
        SavedDevices().put(SavedEntry.new(GATEWAY, gw.address, user="admin", ports=2))
        run(loop, _trust_scenario(page, app_ctrl, gw.address, fingerprint), timeout=60)


async def _trust_scenario(page: GatewayPage, app_ctrl: AppController, address: str,
                          fingerprint: str) -> None:
    ctrl = app_ctrl.gateway
    page.reload_gateways()
    page.connect_button.click()
    await until(lambda: page.certificate.isVisibleTo(page))
    shown = ":".join(fingerprint.upper()[i:i + 2] for i in range(0, 64, 2))
    assert shown in page.certificate_text.text() and "self-signed" in page.certificate_text.text()
    assert "not trusted" in page.error.text() and ctrl.ports.rowCount() == 0
    page.trust_button.click()
    await until(lambda: ctrl.ports.rowCount() == 2)
    assert not page.certificate.isVisibleTo(page) and not page.error.isVisibleTo(page)
    entry = SavedDevices().find(GATEWAY, address)
    assert entry is not None and entry.text("cert_sha256") == fingerprint
    assert entry.text("user") == "admin"  # the rest of the login is kept
    await ctrl.close()
