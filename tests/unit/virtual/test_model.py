"""The virtual device model, driven by its explicit clock."""

from __future__ import annotations

import pytest

from cmgui.drivers.virtual import smspdu
from cmgui.drivers.virtual.errors import ModemError
from cmgui.drivers.virtual.events import (
    DataChanged,
    FlowReport,
    RegistrationChanged,
    SmsDirect,
    SmsStored,
    StorageFull,
    UssdReceived,
)
from cmgui.drivers.virtual.identity import Identity, identity_for, luhn_valid
from cmgui.drivers.virtual.model import ModemConfig, VirtualModem
from cmgui.drivers.virtual.radio import AcT, ModePref, RegStat
from cmgui.drivers.virtual.sim import SimState
from cmgui.drivers.virtual.wlan import WlanError


def ready_modem(**options: object) -> VirtualModem:
    m = VirtualModem(ModemConfig(pin_enabled=False, **options))  # type: ignore[arg-type]
    m.advance(2.0)
    assert m.registered
    m.drain_events()
    return m


@pytest.mark.parametrize("dialect", ["generic", "huawei", "quectel", "sierra"])
def test_identity_numbers_are_valid(dialect: str) -> None:
    ident = identity_for(dialect)
    assert luhn_valid(ident.imei) and len(ident.imei) == 15
    assert luhn_valid(ident.iccid) and 19 <= len(ident.iccid) <= 20
    assert ident.imsi.isdigit() and len(ident.imsi) == 15
    assert not luhn_valid(Identity().imei[:-1] + str((int(Identity().imei[-1]) + 1) % 10))


def test_wrong_pins_lead_to_puk_then_unblock() -> None:
    m = VirtualModem()
    assert m.sim.state is SimState.PIN_REQUIRED
    for left in (2, 1, 0):
        with pytest.raises(ModemError) as err:
            m.enter_pin("0000")
        assert err.value.code == 16
        assert m.sim.pin_tries == left
    assert m.sim.state is SimState.PUK_REQUIRED
    with pytest.raises(ModemError) as err:
        m.enter_pin("1234")
    assert err.value.code == 12
    with pytest.raises(ModemError):
        m.enter_puk("00000000", "4321")
    assert m.sim.puk_tries == 9
    m.enter_puk("12345678", "4321")
    assert m.sim.state is SimState.READY and m.sim.pin_tries == 3 and m.sim.puk_tries == 10
    m.reset()
    with pytest.raises(ModemError):
        m.enter_pin("1234")
    m.enter_pin("4321")
    assert m.sim.ready


def test_puk_exhausted_blocks_the_sim_for_good() -> None:
    m = VirtualModem()
    for _ in range(3):
        with pytest.raises(ModemError):
            m.enter_pin("9999")
    for _ in range(10):
        with pytest.raises(ModemError):
            m.enter_puk("99999999", "1111")
    assert m.sim.state is SimState.BLOCKED
    with pytest.raises(ModemError) as err:
        m.enter_puk("12345678", "1111")
    assert err.value.code == 262


def test_lock_and_change_pin() -> None:
    m = ready_modem()
    with pytest.raises(ModemError):
        m.sim.change_pin("1234", "5678")  # lock disabled
    m.sim.set_lock(True, "1234")
    m.sim.change_pin("1234", "5678")
    with pytest.raises(ModemError):
        m.sim.set_lock(False, "1234")
    assert m.sim.pin_tries == 2
    m.sim.set_lock(False, "5678")
    assert not m.sim.pin_enabled and m.sim.pin_tries == 3


def test_absent_sim() -> None:
    m = VirtualModem(ModemConfig(sim_present=False))
    assert m.sim.state is SimState.ABSENT
    with pytest.raises(ModemError) as err:
        m.enter_pin("1234")
    assert err.value.code == 10
    m.advance(5)
    assert not m.registered


def test_registration_follows_radio_sim_and_mode() -> None:
    m = VirtualModem()
    m.advance(5)
    assert m.registration.stat is RegStat.NOT_REGISTERED
    m.enter_pin("1234")
    assert m.registration.stat is RegStat.SEARCHING
    m.advance(0.5)
    assert not m.registered
    m.advance(0.6)
    assert m.registration.stat is RegStat.HOME and m.registration.act is AcT.LTE
    assert any(isinstance(e, RegistrationChanged) for e in m.drain_events())
    m.set_mode(ModePref.NR5G)
    assert m.registration.act is AcT.NR5G
    m.set_mode(ModePref.GSM)
    assert m.registration.act is AcT.GSM
    m.set_cfun(4)
    assert not m.registered
    m.set_cfun(1)
    m.advance(1.0)
    assert m.registered


def test_scan_and_manual_selection() -> None:
    m = ready_modem()
    entries = m.scan()
    ops = {e.operator.numeric for e in entries}
    assert ops == {"00101", "00102", "00103", "00104"}
    assert [e.stat for e in entries if e.operator.numeric == "00104"] == [3, 3, 3]
    assert sum(e.stat == 2 for e in entries) == 1
    with pytest.raises(ModemError) as err:
        m.select_manual("00104")
    assert err.value.code == 32
    assert m.registration.stat is RegStat.HOME
    m.select_manual("Roam Partner Two")
    assert m.registration.stat is RegStat.ROAMING
    assert m.registration.operator is not None and m.registration.operator.numeric == "00103"
    with pytest.raises(ModemError):
        m.select_manual("00103", AcT.UMTS)  # RoamTwo has no UMTS
    m.select_automatic()
    assert m.registration.stat is RegStat.HOME


def test_signal_walk_is_seeded_and_moves() -> None:
    a, b, c = (VirtualModem(ModemConfig(seed=s)) for s in (7, 7, 8))
    trace = []
    for m in (a, b, c):
        values = []
        for _ in range(10):
            m.advance(2.0)
            values.append((m.signal.rsrp, m.signal.sinr))
        trace.append(values)
    assert trace[0] == trace[1]
    assert trace[0] != trace[2]
    assert len(set(trace[0])) > 5
    assert all(-118 <= r <= -68 for r, _ in trace[0])


def test_incoming_sms_is_stored_and_full_store_rejects() -> None:
    m = ready_modem(sm_capacity=3)
    assert m.inject_sms("+15551234", "one") == [0]
    assert m.drain_events() == [SmsStored("SM", 0)]
    long_text = "x" * 200
    assert m.inject_sms("+15551234", long_text) == [1, 2]
    msgs = [smspdu.decode_tpdu(m.storages["SM"].get(i).tpdu) for i in (1, 2)]  # type: ignore[union-attr]
    assert "".join(x.text for x in msgs) == long_text
    assert [x.concat[1:] for x in msgs if x.concat] == [(2, 1), (2, 2)]
    m.drain_events()
    assert m.inject_sms("+15551234", "no room") == []
    assert m.drain_events() == [StorageFull("SM")]


def test_direct_delivery_per_cnmi() -> None:
    m = ready_modem()
    m.sms.mt = 2
    assert m.inject_sms("Bank", "code 1234") == []
    (event,) = m.drain_events()
    assert isinstance(event, SmsDirect)
    tpdu = smspdu.decode_tpdu(event.tpdu)
    assert (tpdu.kind, tpdu.address, tpdu.text) == ("deliver", "Bank", "code 1234")


def test_sms_while_unregistered_waits_for_registration() -> None:
    m = VirtualModem(ModemConfig(pin_enabled=False))
    assert m.inject_sms("+1555", "early") == []
    m.advance(2)
    assert m.storages["SM"].used == 1


def test_send_echo_reply_status_report_and_reject() -> None:
    m = ready_modem()
    m.sms.ds = 1
    mr = m.send_sms(smspdu.encode_submit("+15550100", "ping", srr=True)[0])
    assert mr == 1
    m.advance(1.0)
    (report,) = m.drain_events()
    assert isinstance(report, SmsDirect) and report.report
    decoded = smspdu.decode_tpdu(report.tpdu)
    assert (decoded.kind, decoded.mr, decoded.status) == ("status-report", 1, 0)
    m.advance(1.0)
    (stored,) = m.drain_events()
    assert isinstance(stored, SmsStored)
    reply = smspdu.decode_tpdu(m.storages["SM"].get(stored.index).tpdu)  # type: ignore[union-attr]
    assert (reply.address, reply.text) == ("+15550100", "echo: ping")
    with pytest.raises(ModemError) as err:
        m.send_sms(smspdu.encode_submit("+99999", "x")[0])
    assert err.value.cms and err.value.code == 21
    with pytest.raises(ModemError) as err:
        m.send_sms(b"\x01\x02")
    assert err.value.code == 304


def test_concatenated_submission_is_echoed_once_complete() -> None:
    m = ready_modem()
    text = "0123456789" * 20
    first, second = smspdu.encode_submit("+15550100", text, ref=9)
    m.send_sms(first)
    m.advance(3)
    assert m.storages["SM"].used == 0
    m.send_sms(second)
    m.advance(3)
    parts = [smspdu.decode_tpdu(msg.tpdu).text for _, msg in m.storages["SM"].items()]
    assert "".join(parts) == "echo: " + text


def test_ussd_menu_and_silent_code() -> None:
    m = ready_modem()
    m.ussd_request("*100#")
    assert m.drain_events() == []
    m.advance(0.5)
    (balance,) = m.drain_events()
    assert balance == UssdReceived(0, "Your balance is 12.34 EUR.")
    m.ussd_request("*123#")
    m.advance(0.5)
    menu = m.drain_events()[0]
    assert isinstance(menu, UssdReceived) and menu.m == 1 and "2. Data offers" in menu.text
    m.ussd_request("2")
    m.advance(0.5)
    assert m.drain_events()[0].m == 1  # type: ignore[union-attr]
    m.ussd_request("1")
    m.advance(0.5)
    assert m.drain_events() == [UssdReceived(0, "1 GB activated. Your balance is 7.34 EUR.")]
    m.ussd_request("*999#")
    m.advance(60)
    assert not [e for e in m.drain_events() if isinstance(e, UssdReceived)]
    m.ussd_request("*123#")
    m.ussd_cancel()
    assert not m.ussd.in_session


def test_data_session_counters_and_bad_apn() -> None:
    m = ready_modem()
    ctx = m.activate(1)
    assert ctx.address.startswith("100.64.")
    assert m.drain_events() == [DataChanged(1, True)]
    m.advance(4.0)
    reports = [e for e in m.drain_events() if isinstance(e, FlowReport)]
    assert len(reports) == 2
    assert reports[1].rx_bytes > reports[0].rx_bytes > 0
    assert ctx.tx_bytes > 0
    m.data.define(2, "IP", "invalid.apn")
    with pytest.raises(ModemError) as err:
        m.activate(2)
    assert err.value.code == 134 and m.data.last_error_cause == 27
    m.set_cfun(4)
    assert not ctx.active
    assert DataChanged(1, False, 0, by_network=True) in m.drain_events()
    with pytest.raises(ModemError) as err:
        m.activate(1)
    assert err.value.code == 30


def test_wlan_side_api() -> None:
    w = ready_modem().wlan
    scan = w.scan()
    assert scan[0].signal_dbm >= scan[-1].signal_dbm
    assert {n.band for n in scan} == {"2.4GHz", "5GHz", "6GHz"}
    with pytest.raises(WlanError):
        w.connect("VirtualHome", "wrong")
    w.add_known("CoffeeShop Free", priority=1)
    w.add_known("VirtualHome", "virtual-home-pass", priority=5)
    assert [k.ssid for k in w.known()] == ["VirtualHome", "CoffeeShop Free"]
    joined = w.auto_connect()
    assert joined is not None and joined.bssid == "02:00:5e:10:00:01"
    assert w.state == "connected"
    w.disconnect()
    assert w.state == "disconnected"
    with pytest.raises(WlanError):
        w.connect("Nowhere")


def test_demo_traffic_timer() -> None:
    m = ready_modem(demo_sms_interval=10.0)
    m.advance(25)
    texts = [smspdu.decode_tpdu(msg.tpdu).text for _, msg in m.storages["SM"].items()]
    assert texts == ["Virtual Telecom: demo message #1.", "Virtual Telecom: demo message #2."]


def test_pdus_agree_with_the_project_codec() -> None:
    from cmgui.sms import decode_pdu

    m = ready_modem()
    text = "Grüße aus dem Netz – " * 5
    indexes = m.inject_sms("Operator", text)
    parts = []
    for index in indexes:
        msg = m.storages["SM"].get(index)
        assert msg is not None
        decoded = decode_pdu(smspdu.encode_smsc(msg.sca) + msg.tpdu)
        mine = smspdu.decode_tpdu(msg.tpdu)
        assert decoded.text == mine.text
        assert decoded.sender.number == "Operator" == mine.address  # type: ignore[union-attr]
        parts.append(mine.text)
    assert "".join(parts) == text
    report = smspdu.encode_status_report(7, "+15550100", m.wall_time(), m.wall_time(), 0)
    decoded_report = decode_pdu(b"\x00" + report)
    assert decoded_report.reference == 7 and decoded_report.status == 0  # type: ignore[union-attr]
