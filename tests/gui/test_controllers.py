"""Controllers against a FakeDevice on the qasync loop: state, signals, operations, models."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, pin_error
from cmgui.controllers.app import AppController
from cmgui.controllers.connection_models import Profile
from cmgui.controllers.device import DeviceController
from cmgui.controllers.errors import user_message
from cmgui.service import events as ev
from cmgui.service.saved_devices import Endpoint, SavedEndpoints
from cmgui.store.secrets import SecretStore
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now, run, until
from tests.gui.fakes import FakeDevice, FakeState

pytestmark = pytest.mark.gui


def _open(loop: asyncio.AbstractEventLoop, app: AppController, address: str = "fake"
          ) -> DeviceController:
    dc = run(loop, app.open_device(address))
    assert dc is not None
    return dc


def test_open_reads_status(loop: Any, app_ctrl: AppController) -> None:
    dc = _open(loop, app_ctrl)
    assert dc.state == "ready"
    s = dc.status
    assert (s.operator, s.technology, s.bars, s.imei) == ("Demo Telecom", "E_UTRAN", 4,
                                                           "490154203237518")
    assert s.imsi == "001010123456789" and s.pin_enabled is True
    assert app_ctrl.settings.get("devices.last_device") == "fake"


@pytest.mark.parametrize("fake_state", [FakeState(locked=True)])
def test_locked_sim_asks_once_and_never_retries(
    loop: Any, app_ctrl: AppController, devices: dict[str, FakeDevice], qtbot: QtBot
) -> None:
    asks: list[tuple[str, int]] = []
    app_ctrl.devices.currentChanged.connect(
        lambda dc: dc and dc.pinRequired.connect(lambda s, n: asks.append((s, n))))
    dc = _open(loop, app_ctrl)
    assert dc.state == "locked"
    assert asks == [("PINRequired", 3)]
    assert dc.status.imsi == ""  # nothing behind the PIN was read
    assert devices["fake"].calls == []  # no PIN was sent by itself
    # One wrong PIN: one call, the error in the user's terms, and still locked.
    op = app_ctrl.sim.verify_pin("0000")
    with qtbot.waitSignal(op.finished, timeout=2000):
        pass
    assert op.error == "Wrong PIN — 2 attempts left"
    assert devices["fake"].calls == ["verify:0000"]
    assert dc.state == "locked" and dc.status.pin_attempts == 2
    op = app_ctrl.sim.verify_pin("1234")
    run(loop, until(lambda: dc.state == "ready"))
    assert devices["fake"].calls == ["verify:0000", "verify:1234"]
    assert dc.status.imsi == "001010123456789"


@pytest.mark.parametrize("fake_state", [FakeState(locked=True, pin_attempts=0, puk_attempts=10)])
def test_blocked_sim_unblocks_with_puk(loop: Any, app_ctrl: AppController) -> None:
    dc = _open(loop, app_ctrl)
    assert dc.status.pin_state == "PUKRequired"
    op = app_ctrl.sim.unblock("11111111", "4321")
    run(loop, until(lambda: not op.running))
    assert op.error == "Wrong PUK — 9 attempts left"
    op = app_ctrl.sim.unblock("12345678", "4321")
    run(loop, until(lambda: dc.state == "ready"))
    assert dc.status.pin_attempts == 3


def test_events_become_signals(loop: Any, app_ctrl: AppController, qtbot: QtBot,
                               devices: dict[str, FakeDevice]) -> None:
    dc = _open(loop, app_ctrl)
    dev = devices["fake"]
    with qtbot.waitSignal(dc.signalChanged, timeout=2000) as sig:
        dev.events.publish(ev.SignalStrengthChanged(-70, 90, 25, 5, "NR_5GCN"))
        run(loop, until(lambda: sig.signal_triggered))  # the event pump runs on the loop
    assert sig.args == [5, 90] and dc.status.technology == "NR_5GCN"
    dev.events.publish(ev.RFInformationChanged("registeredRoaming", "UTRAN", "26201", "Far Net"))
    dev.events.publish(ev.RoamingChanged(True))
    run(loop, until(lambda: dc.status.roaming))
    assert dc.status.operator == "Far Net" and dc.status.plmn == "26201"
    dev.events.publish(ev.PINPUKStatus("PINRequired", 3, 10))
    run(loop, until(lambda: dc.state == "locked"))


def test_sms_signals_say_what_happened(loop: Any, app_ctrl: AppController,
                                       devices: dict[str, FakeDevice]) -> None:
    """SMSMessage (a whole message) is ``smsMessage``; SMSReceived (a message stored under an
    id, to be read) is ``smsStored``."""
    dc = _open(loop, app_ctrl)
    whole: list[tuple[str, str, str]] = []
    stored: list[str] = []
    dc.smsMessage.connect(lambda *args: whole.append(args))
    dc.smsStored.connect(stored.append)
    dev = devices["fake"]
    dev.events.publish(ev.SMSMessage("+4930555", "A whole message", msg_id="SM:9"))
    run(loop, until(lambda: whole))
    assert whole == [("+4930555", "A whole message", "SM:9")] and stored == []
    msg_id = dev.deliver("+4930555", "Stored first")
    run(loop, until(lambda: stored))
    assert stored == [msg_id] and len(whole) == 1


def test_unplugged_device_reports_error(loop: Any, app_ctrl: AppController, qtbot: QtBot,
                                        devices: dict[str, FakeDevice]) -> None:
    dc = _open(loop, app_ctrl)
    errors: list[str] = []
    dc.errorOccurred.connect(errors.append)
    run(loop, dc.device.close())  # the device goes away underneath the controller
    run(loop, until(lambda: dc.state == "error"))
    assert errors == ["The device was disconnected."]


def test_open_failure_is_reported(loop: Any, tmp_path: Path, secrets: SecretStore) -> None:
    class Broken(FakeDevice):
        async def open(self) -> None:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE)

    app = AppController(tmp_path, factory=lambda a: Broken(a), secrets=secrets)
    errors: list[str] = []
    app.devices.currentChanged.connect(lambda dc: dc and dc.errorOccurred.connect(errors.append))
    dc = run(loop, app.open_device("/dev/ttyUSB9"))
    assert dc is not None and dc.state == "error"
    assert errors == ["The device cannot be reached. Check that it is plugged in and turned on."]
    assert app.settings.get("devices.last_device") == ""
    run(loop, app.shutdown())
    delete_now(app)


def test_scan_fills_model_and_can_be_cancelled(
    loop: Any, app_ctrl: AppController, fake_state: FakeState, qtbot: QtBot, qtmodeltester: Any,
    devices: dict[str, FakeDevice],
) -> None:
    _open(loop, app_ctrl)
    found: list[int] = []
    app_ctrl.network.scanFinished.connect(found.append)
    op = app_ctrl.network.scan()
    run(loop, until(lambda: not op.running))
    assert found == [3]
    model = app_ctrl.network.networks
    assert [model.record(i).plmn for i in range(model.rowCount())] == ["00101", "00102", "00103"]
    assert model.index(2, 3).data() == "Forbidden"
    qtmodeltester.check(model)
    fake_state.scan_seconds = 30
    op = app_ctrl.network.scan()
    run(loop, until(lambda: devices["fake"].calls.count("scan") == 2))  # the device is scanning
    app_ctrl.network.cancel_scan()
    run(loop, until(lambda: not op.running))
    assert found == [3, -1] and op.task().cancelled()


def test_select_operator_and_mode(loop: Any, app_ctrl: AppController,
                                  devices: dict[str, FakeDevice]) -> None:
    dc = _open(loop, app_ctrl)
    op = app_ctrl.network.select_operator("00102", "UTRAN")
    run(loop, until(lambda: not op.running))
    assert "select:manual:00102" in devices["fake"].calls
    assert dc.status.selection_mode == "manual"
    op = app_ctrl.network.set_mode(["4G"])
    run(loop, until(lambda: not op.running))
    assert dc.status.permitted_bearers == ("4G",)
    op = app_ctrl.network.set_radio(False)
    run(loop, until(lambda: not op.running))
    assert dc.status.radio_on is False and dc.status.operator == ""


def test_messages_load_search_send_receive_delete(
    loop: Any, app_ctrl: AppController, devices: dict[str, FakeDevice], qtmodeltester: Any
) -> None:
    _open(loop, app_ctrl)
    m = app_ctrl.messages
    run(loop, until(lambda: m.conversations.rowCount() == 2))
    first = m.conversations.record(0)
    assert first.address == "+491701234567" and first.count == 2 and first.unread == 1
    m.select_conversation("+491701234567")
    assert [x.text for x in m.messages.records()] == ["Second message",
                                                       "Hello from the fake modem"]
    qtmodeltester.check(m.conversations)
    qtmodeltester.check(m.messages)
    m.set_search("balance")
    assert [c.address for c in m.conversations.records()] == ["+4930555"]
    m.set_search("")
    arrived: list[tuple[str, str]] = []
    m.messageArrived.connect(lambda a, t: arrived.append((a, t)))
    devices["fake"].deliver("+4930555", "Top-up done")
    run(loop, until(lambda: arrived))
    assert arrived == [("+4930555", "Top-up done")]
    op = m.send("+4930555", "Thanks")
    run(loop, until(lambda: not op.running))
    m.select_conversation("+4930555")
    sent = m.messages.records()[0]
    assert (sent.text, sent.delivery, sent.incoming) == ("Thanks", "sent", False)
    balance = next(x for x in m.messages.records() if x.text == "Your balance is 5 EUR")
    op = m.delete([balance.key])
    run(loop, until(lambda: not op.running))
    assert "sms_delete:SM:3" in devices["fake"].calls
    assert "Your balance is 5 EUR" not in [x.text for x in m.messages.records()]
    m.mark_read("+491701234567")
    run(loop, until(lambda: devices["fake"].s.sms["SM:1"]["status"] == "read"))


def test_ussd_session(loop: Any, app_ctrl: AppController, qtmodeltester: Any) -> None:
    _open(loop, app_ctrl)
    u = app_ctrl.ussd
    op = u.send("*123#")
    run(loop, until(lambda: not op.running))
    assert u.active
    op = u.send("2")
    run(loop, until(lambda: not op.running))
    assert not u.active
    texts = [e.text for e in u.history.records()]
    assert texts == ["*123#", "1 Balance\n2 Data", "2", "You chose 2"]
    qtmodeltester.check(u.history)
    op = u.send("*999#")
    run(loop, until(lambda: not op.running))
    assert op.error == "The network did not accept this code. Check the code."


def test_connection_with_stored_profile_records_and_failure_reason(
    loop: Any, app_ctrl: AppController, fake_state: FakeState, qtmodeltester: Any,
    devices: dict[str, FakeDevice],
) -> None:
    dc = _open(loop, app_ctrl)
    c = app_ctrl.connection
    assert c.profiles_supported
    op = c.save_profile(Profile("Work", "work.apn", "me"), "secret")
    run(loop, until(lambda: not op.running))
    assert op.error == "" and c.profiles.record(0).has_password
    op = c.connect_profile(c.profiles.record(0))
    run(loop, until(lambda: c.state == "connected"))
    assert "connect:work.apn" in devices["fake"].calls  # the store resolved the profile
    assert dc.status.apn == "work.apn"
    run(loop, until(lambda: dc.status.bytes_received == 50_000))
    op = c.disconnect_session()
    run(loop, until(lambda: c.state == "disconnected" and not op.running))
    run(loop, until(lambda: c.records.rowCount() == 1 and c.records.record(0).ended is not None))
    assert c.records.record(0).bytes_received == 50_000
    qtmodeltester.check(c.records)
    qtmodeltester.check(c.profiles)
    fake_state.fail_connect = True
    op = c.connect_profile(None)
    run(loop, until(lambda: not op.running))
    assert c.reason == "The access point name (APN) is not valid. Check the APN in this profile."


def _connects(fake: FakeDevice) -> int:
    return sum(1 for call in fake.calls if call.startswith("connect:"))


def test_reconnects_when_the_network_drops_the_connection(
    loop: Any, app_ctrl: AppController, devices: dict[str, FakeDevice],
) -> None:
    """With "reconnect when the network drops the connection" on (the default), a connection
    the user made is made again after an unexpected drop, with the same profile; not after the
    user's own disconnect, a disconnect at the plan's limit, or with the setting off."""
    _open(loop, app_ctrl)
    c = app_ctrl.connection
    c.reconnect_delay = 0
    fake = devices["fake"]
    assert app_ctrl.settings.get("connection.auto_reconnect") is True

    def drop() -> None:
        fake.s.connection = "disconnected"
        fake.events.publish(ev.SessionStateChanged("disconnected", reason="network lost"))

    op = c.connect_profile(None)
    run(loop, until(lambda: c.state == "connected" and not op.running))
    assert _connects(fake) == 1
    drop()
    run(loop, until(lambda: _connects(fake) == 2 and c.state == "connected" and not c.busy))

    op = c.disconnect_session()  # the user's own: it stays down
    run(loop, until(lambda: c.state == "disconnected" and not op.running))
    assert not c.busy and _connects(fake) == 2

    op = c.connect_profile(None)
    run(loop, until(lambda: c.state == "connected" and not op.running))
    fake.events.publish(ev.UsageThresholdCrossed("001010123456789", False, 100, 10, 10, True))
    drop()  # the plan's limit ended it
    run(loop, until(lambda: c.state == "disconnected"))
    assert not c.busy and _connects(fake) == 3

    app_ctrl.settings.set("connection.auto_reconnect", False)
    op = c.connect_profile(None)
    run(loop, until(lambda: c.state == "connected" and not op.running))
    drop()
    run(loop, until(lambda: c.state == "disconnected"))
    assert not c.busy and _connects(fake) == 4


def test_reconnecting_gives_up_when_the_connection_keeps_dropping(
    loop: Any, app_ctrl: AppController, devices: dict[str, FakeDevice],
) -> None:
    from cmgui.controllers.connection import RECONNECT_LIMIT

    _open(loop, app_ctrl)
    c = app_ctrl.connection
    c.reconnect_delay = 0
    fake = devices["fake"]
    op = c.connect_profile(None)
    run(loop, until(lambda: c.state == "connected" and not op.running))

    def drop() -> None:
        fake.s.connection = "disconnected"
        fake.events.publish(ev.SessionStateChanged("disconnected"))

    def connected(times: int) -> Callable[[], bool]:
        return lambda: _connects(fake) == times and c.state == "connected" and not c.busy

    for n in range(RECONNECT_LIMIT):
        drop()
        run(loop, until(connected(n + 2)))
    drop()  # once more within the window: left to the user
    run(loop, until(lambda: c.state == "disconnected"))
    assert not c.busy and _connects(fake) == 1 + RECONNECT_LIMIT


def test_profiles_keep_passwords_in_the_keyring_only(
    loop: Any, app_ctrl: AppController, stores: Any, tmp_path: Path
) -> None:
    _open(loop, app_ctrl)
    c = app_ctrl.connection
    op = c.save_profile(Profile("Work", "work.apn", "me", "CHAP"), "s3cret")
    run(loop, until(lambda: not op.running))
    files = [f for f in (tmp_path / "data").iterdir() if f.is_file()]
    assert files and all(b"s3cret" not in f.read_bytes() for f in files)
    assert c.profiles.record(0).has_password  # kept, in the keyring
    op = c.save_profile(Profile("Work", "other.apn", "me", "CHAP"), None, new=False)
    run(loop, until(lambda: not op.running))
    assert c.profiles.records() == [Profile("Work", "other.apn", "me", "CHAP", "IPv4", True,
                                            True, False)]
    op = c.set_default("Work")
    run(loop, until(lambda: not op.running))
    assert c.profiles.record(0).is_default
    op = c.delete_profile("Work")
    run(loop, until(lambda: not op.running))
    assert c.profiles.rowCount() == 0


def test_wlan(loop: Any, app_ctrl: AppController, devices: dict[str, FakeDevice],
              qtmodeltester: Any) -> None:
    dc = _open(loop, app_ctrl)
    w = app_ctrl.wlan
    assert w.supported
    run(loop, until(lambda: w.networks.rowCount() == 2))
    assert w.networks.record(0).ssid == "HomeNet"
    op = w.connect_network("HomeNet", "WPA2-PSK", "pw12345678")
    run(loop, until(lambda: not op.running))
    assert dc.status.wlan_ssid == "HomeNet"
    assert w.networks.record(0).connected and w.networks.record(0).known
    assert w.known.rowCount() == 1
    qtmodeltester.check(w.networks)
    qtmodeltester.check(w.known)
    op = w.disconnect_network()
    run(loop, until(lambda: not op.running))
    op = w.forget(0)
    run(loop, until(lambda: not op.running))
    assert w.known.rowCount() == 0 and not dc.status.wlan_connected


def test_statistics_samples(loop: Any, app_ctrl: AppController) -> None:
    dc = _open(loop, app_ctrl)
    dc.status.rate_dl, dc.status.signal_percent = 1234, 55
    app_ctrl.statistics.sample()
    assert list(app_ctrl.statistics.rate_dl)[-1] == 1234.0
    assert list(app_ctrl.statistics.signal)[-1] == 55.0
    assert app_ctrl.statistics.peak_dl == 1234


def test_device_list_has_demo_and_endpoints(loop: Any, app_ctrl: AppController,
                                            qtmodeltester: Any) -> None:
    app_ctrl.devices.add_remote(Endpoint("https://10.0.0.1:8765/cmapi", "Router"), "tok")
    run(loop, app_ctrl.devices.discover())
    labels = [e.label for e in app_ctrl.devices.model.records()]
    assert labels == ["Router", "Fake modem", "Demo modem (virtual)"]
    qtmodeltester.check(app_ctrl.devices.model)


def test_endpoint_token_goes_to_keyring(tmp_path: Path, secrets: SecretStore) -> None:
    store = SavedEndpoints(tmp_path, secrets)
    store.add(Endpoint("wss://host:8765/", "Host", "ab" * 32), "t0ken")
    assert "t0ken" not in (tmp_path / "endpoints.json").read_text()
    assert store.token("wss://host:8765/") == "t0ken"
    assert store.load() == [Endpoint("wss://host:8765/", "Host", "ab" * 32)]
    store.remove("wss://host:8765/")
    assert store.load() == [] and store.token("wss://host:8765/") == ""
    (tmp_path / "endpoints.json").write_text("{not json")
    assert store.load() == []


@pytest.mark.parametrize(("exc", "text"), [
    (pin_error(PinErrorKind.WRONG_PIN, 0x63C1), "Wrong PIN — 1 attempt left"),
    (pin_error(PinErrorKind.PIN_BLOCKED), "The PIN is blocked. Enter the PUK."),
    (CmapiError(ErrorCode.NOT_SUPPORTED), "This device does not support that function."),
    (TimeoutError(), "The device did not answer in time."),
    (ConnectionResetError(104, "Connection reset by peer"),
     "The device stopped answering (Connection reset by peer)."),
    (KeyError("x"), "Something went wrong inside cmgui (KeyError). The details are in the log."),
])
def test_errors_in_user_terms(exc: BaseException, text: str) -> None:
    assert user_message(exc) == text
