"""Where messages live: the host's archive for a device the host's stores serve (also behind a
wrapper such as this computer's Wi-Fi), else the device's own storage; the messages page works
the same over both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.service.device import Device
from cmgui.service.message_repository import (
    ArchiveRepository,
    DeviceRepository,
    message_repository,
)
from cmgui.service.stored import StoredDevice
from cmgui.service.stores import Stores
from cmgui.service.usage_view import usage_view
from cmgui.service.wlan_overlay import WlanOverlay
from cmgui.store.secrets import SecretStore

from tests.gui.conftest import delete_now, run, until
from tests.gui.fakes import FakeDevice, FakeState

pytestmark = pytest.mark.gui


def test_the_archive_is_chosen_wherever_the_host_stores_serve_the_device(stores: Stores) -> None:
    bare = FakeDevice("fake")
    stored = StoredDevice(FakeDevice("fake"), stores)
    wrapped = WlanOverlay(stored, FakeDevice("wlan"))
    assert isinstance(message_repository(bare), DeviceRepository)
    for device in (stored, wrapped):
        repo = message_repository(device)
        assert isinstance(repo, ArchiveRepository) and repo.archive is stores.archive
    assert usage_view(bare) is None
    assert usage_view(stored) is not None and usage_view(wrapped) is not None


@pytest.fixture
def bare_app(loop: Any, tmp_path: Path, secrets: SecretStore,
             devices: dict[str, FakeDevice], fake_state: FakeState) -> Any:
    """The app's controllers on FakeDevices served without the host's stores."""

    def factory(address: str) -> Device:
        devices[address] = FakeDevice(address, fake_state)
        return devices[address]

    app = AppController(tmp_path / "config", factory=factory, secrets=secrets)
    yield app
    run(loop, app.shutdown())
    delete_now(app)


def test_messages_of_a_device_without_the_host_stores(
    loop: Any, bare_app: AppController, devices: dict[str, FakeDevice], qtmodeltester: Any,
) -> None:
    dc = run(loop, bare_app.open_device("fake"))
    assert dc is not None and dc.state == "ready"
    m = bare_app.messages
    run(loop, until(lambda: m.conversations.rowCount() == 2))
    first = m.conversations.record(0)
    assert (first.address, first.count, first.unread) == ("+491701234567", 2, 1)
    m.select_conversation("+491701234567")
    assert [x.text for x in m.messages.records()] == ["Second message",
                                                       "Hello from the fake modem"]
    qtmodeltester.check(m.messages)
    m.set_search("balance")
    assert [c.address for c in m.conversations.records()] == ["+4930555"]
    m.set_search("")

    arrived: list[tuple[str, str]] = []
    m.messageArrived.connect(lambda a, t: arrived.append((a, t)))
    fake = devices["fake"]
    fake.deliver("+4930555", "Top-up done")
    run(loop, until(lambda: arrived))
    assert arrived == [("+4930555", "Top-up done")]

    op = m.send("+4930555", "Thanks")
    run(loop, until(lambda: not op.running))
    m.select_conversation("+4930555")
    texts = [(x.text, x.delivery) for x in m.messages.records()]
    assert ("Thanks", "sent") in texts and ("Top-up done", "") in texts

    balance = next(x for x in m.messages.records() if x.text == "Your balance is 5 EUR")
    op = m.delete([balance.key])
    run(loop, until(lambda: not op.running))
    assert "sms_delete:SM:3" in fake.calls and "SM:3" not in fake.s.sms
    assert "Your balance is 5 EUR" not in [x.text for x in m.messages.records()]

    m.mark_read("+491701234567")
    run(loop, until(lambda: fake.s.sms["SM:1"]["status"] == "read"))
    run(loop, until(lambda: m.conversations.record(
        m.conversations.row_of("+491701234567")).unread == 0))
