"""The app honouring a provisioning file: branding, fixed and hidden settings shown as such,
locked profiles, automatic network selection only, the vendor's default device."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.controllers.provisioning import ProvisioningController
from cmgui.service.provisioning import ENV, in_effect
from cmgui.service.stored import StoredDevice
from cmgui.service.stores import Stores
from cmgui.store.secrets import SecretStore
from cmgui.views.main_window import MainWindow
from cmgui.views.style import apply_style
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now, run, until
from tests.gui.fakes import FakeDevice, FakeState

ROOT = Path(__file__).resolve().parents[2]
BRANDED = ROOT / "packaging" / "examples" / "branded-usb-modem.toml"
FIELD = ROOT / "packaging" / "examples" / "field-service-laptop.toml"

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]


def provisioned_app(path: Path, loop: Any, tmp_path: Path, secrets: SecretStore,
                    stores: Stores, fake_state: FakeState, devices: dict[str, FakeDevice],
                    monkeypatch: pytest.MonkeyPatch) -> AppController:
    """The app's controllers as ``path`` provisions them, on FakeDevices with real stores (the
    seam checks profile locks against the file in effect, as cmcli's do)."""
    monkeypatch.setenv(ENV, str(path))

    def factory(address: str) -> StoredDevice:
        dev = FakeDevice(address, fake_state)
        devices[address] = dev
        return StoredDevice(dev, stores)

    async def discover() -> list[tuple[str, str, str]]:
        return [("fake", "Fake modem", "fake")]

    ctrl = AppController(tmp_path / "config", factory=factory, secrets=secrets,
                         provisioning=in_effect())
    ctrl.devices._discover = discover
    return ctrl


@pytest.fixture
def field_app(loop: Any, tmp_path: Path, secrets: SecretStore, stores: Stores,
              fake_state: FakeState, devices: dict[str, FakeDevice],
              monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    ctrl = provisioned_app(FIELD, loop, tmp_path, secrets, stores, fake_state, devices,
                           monkeypatch)
    yield ctrl
    run(loop, ctrl.shutdown())
    delete_now(ctrl)


@pytest.fixture
def branded_app(loop: Any, tmp_path: Path, secrets: SecretStore, stores: Stores,
                fake_state: FakeState, devices: dict[str, FakeDevice],
                monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    ctrl = provisioned_app(BRANDED, loop, tmp_path, secrets, stores, fake_state, devices,
                           monkeypatch)
    yield ctrl
    run(loop, ctrl.shutdown())
    delete_now(ctrl)


def show(app: AppController, qtbot: QtBot) -> MainWindow:
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    return window


def test_settings_page_shows_what_the_vendor_fixed_and_hides_what_it_hid(
        field_app: AppController, qtbot: QtBot) -> None:
    window = show(field_app, qtbot)
    page: Any = window.pages["settings"]
    window.show_page("settings")
    qtbot.waitUntil(page.isVisible)
    for name, value in (("secrets.remember_pin", False), ("sms.request_delivery_reports", True)):
        box = page.checks[name]
        assert not box.isEnabled() and box.isChecked() is value
        assert page.notes[name].text() == "Set by Northwind IT"
        assert page.notes[name].isVisible()
    assert page.checks["ui.start_minimized"].isHidden()  # hidden by the vendor
    assert page.checks["ui.close_to_tray"].isEnabled()  # the user's
    assert "ui.close_to_tray" not in page.notes
    card = page.vendor_text.text()
    assert "mailto:helpdesk@northwind.example" in card
    assert "Settings fixed by Northwind IT:" in card
    assert "• Connect automatically while roaming: off" in card
    assert "• Ask for delivery reports: on" in card
    # the control cannot be used, and the controller refuses a change all the same
    field_app.settings.set("secrets.remember_pin", True)
    assert field_app.settings.get("secrets.remember_pin") is False
    # the connection page's roaming switch is the vendor's too
    conn: Any = window.pages["connection"]
    conn.auto_connect.setChecked(True)
    assert not conn.auto_roaming.isEnabled() and not conn.auto_roaming.isChecked()
    assert window.windowTitle() == "FieldLink" and window.app_title.text() == "FieldLink"


def test_accent_colour_becomes_the_highlight(qapp: QApplication) -> None:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    try:
        apply_style(qapp, "#2e7d32")
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == "#2e7d32"
        assert "background: #2e7d32" in qapp.styleSheet()
        apply_style(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == "#3584e4"
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_locked_profile_cannot_be_edited_or_deleted_in_the_app(
        branded_app: AppController, qtbot: QtBot, loop: Any, stores: Stores) -> None:
    window = show(branded_app, qtbot)
    assert window.windowTitle() == "Acme Connect" and not window.windowIcon().isNull()
    run(loop, branded_app.apply_provisioning(stores))
    run(loop, branded_app.devices.discover())
    dc = run(loop, branded_app.open_device("fake"))
    assert dc is not None
    page: Any = window.pages["connection"]
    window.show_page("connection")
    run(loop, until(lambda: page.profiles.model().rowCount() == 1))
    page.profiles.setCurrentIndex(page.profiles.model().index(0, 0))
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.default_button.isEnabled()
    reason = "This profile is set by Acme Modems and cannot be edited or deleted."
    assert page.lock_note.isVisible() and page.lock_note.text() == reason
    assert page.edit_button.toolTip() == reason
    assert page.edit_profile() is None
    # behind the view's back, the seam refuses too (the view never offers it)
    errors: list[str] = []
    branded_app.connection.errorOccurred.connect(errors.append)
    op = branded_app.connection.delete_profile("Acme LTE")
    run(loop, until(lambda: not op.running))
    assert errors == ["The device does not allow this now."]
    assert stores.profiles.by_name("Acme LTE") is not None
    # automatic network selection only
    devices_page: Any = window.pages["devices"]
    assert devices_page.manual.isHidden() and devices_page.scan_button.isHidden()
    assert devices_page.auto_only.text() == ("Networks are selected automatically: Acme Modems "
                                             "allows no manual selection.")


def test_vendor_default_device_is_opened_unless_the_user_chose_one() -> None:
    ctrl = ProvisioningController(in_effect({ENV: str(BRANDED)}))
    try:
        assert ctrl.start_device("") == "/dev/ttyUSB2"
        assert ctrl.start_device("virtual") == "virtual"  # the user's choice wins
        assert ProvisioningController().start_device("") == ""
    finally:
        delete_now(ctrl)


def test_broken_file_is_reported_in_the_window(tmp_path: Path) -> None:
    path = tmp_path / "provisioning.toml"
    path.write_text("[product]\nname = ''\n", encoding="utf-8")
    ctrl = ProvisioningController(in_effect({ENV: str(path)}))
    try:
        assert not ctrl.active and ctrl.product_name == "cmgui"
        assert ctrl.problem().startswith(f"The provisioning file {path} has mistakes")
        assert "cmcli provisioning check" in ctrl.problem()
    finally:
        delete_now(ctrl)


def test_preset_endpoints_are_listed_and_profiles_seeded(
        field_app: AppController, loop: Any, stores: Stores, tmp_path: Path) -> None:
    run(loop, field_app.apply_provisioning(stores))
    run(loop, field_app.devices.discover())
    labels = {e.address: e.label for e in field_app.devices.model.records()}
    assert labels["https://vanbox-01.northwind.example:8765/cmapi"] == "Service van router"
    assert labels["wss://depot.northwind.example/cmapi/ws"] == "Depot hub"
    profile = stores.profiles.by_name("Northwind private APN")
    assert profile is not None and profile.username == "fieldtech"
    run(loop, field_app.apply_provisioning(stores))  # a second start adds nothing
    saved = json.loads((tmp_path / "config" / "endpoints.json").read_text(encoding="utf-8"))
    assert len(saved["entries"]) == 4
