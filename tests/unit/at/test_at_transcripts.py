"""Transcripts of real modem dialects replayed through the engine, then parsed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.at.commands import identity, network, pdp, sim, sms, ussd
from cmgui.at.commands.ussd import UssdEncoding
from cmgui.at.errors import AtError
from cmgui.at.vendors import huawei, quectel, select, sierra
from tests.unit.at.at_replay import bytewise, cut_at, load, replay, segments

NAMES = ["generic_27007.at", "huawei.at", "quectel.at", "sierra.at"]


@pytest.mark.parametrize("name", NAMES)
def test_every_command_completes_and_nothing_is_stray(name: str) -> None:
    steps = load(name)
    run = replay(steps)
    sent = [s.text for s in steps if s.kind == ">"]
    assert [text for text, _ in run.results()] == sent
    expected_strays = ["NO CARRIER"] if name == "generic_27007.at" else []
    assert run.strays() == expected_strays


@pytest.mark.parametrize("name", NAMES)
def test_split_at_every_boundary_and_bytewise_give_the_same_events(name: str) -> None:
    steps = load(name)
    expected = replay(steps).normalised()
    assert replay(steps, bytewise).normalised() == expected
    for index, data in enumerate(segments(steps)):
        for position in range(1, len(data)):
            assert replay(steps, cut_at(index, position)).normalised() == expected, (
                index,
                position,
            )


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(NAMES), st.data())
def test_random_chunking(name: str, data: st.DataObject) -> None:
    steps = load(name)
    expected = replay(steps).normalised()
    sizes = data.draw(st.lists(st.integers(1, 40), min_size=1, max_size=20))

    def chunker(_index: int, payload: bytes) -> Iterator[bytes]:
        start, turn = 0, 0
        while start < len(payload):
            size = sizes[turn % len(sizes)]
            yield payload[start : start + size]
            start += size
            turn += 1

    assert replay(steps, chunker).normalised() == expected


def test_generic_27007_dialogue() -> None:
    run = replay(load("generic_27007.at"))
    r = run.result
    assert identity.parse_manufacturer(r("AT+CGMI")) == "Generic Wireless"
    assert identity.parse_imei(r("AT+CGSN")) == "356938035643809"
    assert sim.parse_cpin(r("AT+CPIN?")) == "SIM PIN"
    assert sim.parse_cpinr(r('AT+CPINR="SIM*"')) == sim.PinRetries(3, 10, 3, 10)
    assert r('AT+CPIN="0000"').error == AtError("cme", 16, "incorrect password")
    assert sim.parse_crsm_iccid(r("AT+CRSM=176,12258,0,0,10")) == "89490200000123456789"
    assert identity.parse_imsi(r("AT+CIMI")) == "262011234567890"
    assert network.parse_registration_result(r("AT+CREG?")).ci == 0x01C3D4E5
    assert network.parse_registration_result(r("AT+CEREG?"), "+CEREG:").registered
    assert network.parse_csq(r("AT+CSQ")).rssi_dbm == -77.0
    assert network.parse_cesq(r("AT+CESQ")).rsrp_dbm == -103.0
    assert network.parse_cops(r("AT+COPS?")).name == "Telekom.de"
    assert len(network.parse_cops_scan(r("AT+COPS=?"))) == 3
    assert sms.parse_cpms(r("AT+CPMS?"))[0] == sms.StorageUse("SM", 2, 30)
    assert [m.index for m in sms.parse_cmgl(r("AT+CMGL=4"))] == [0, 1]
    assert sms.parse_cmgs(r("AT+CMGS=23")) == 42
    assert pdp.parse_cgdcont(r("AT+CGDCONT?"))[0].apn == "internet.telekom"
    assert pdp.parse_cgpaddr(r("AT+CGPADDR=1")) == {1: ["10.74.12.3", "2001:db8::1"]}
    assert pdp.parse_cgcontrdp(r("AT+CGCONTRDP=1"))[0].dns == ("10.74.210.210", "10.74.210.211")
    assert r("ATD*99#").final == "CONNECT 150000000"

    urcs = run.urcs()
    assert [u.name for u in urcs] == ["+CPIN", "+CREG", "+CREG", "+CMTI", "+CUSD"]
    assert network.parse_registration(urcs[1].payload).stat == 2
    assert network.parse_registration(urcs[2].payload).lac == 0x1A2B
    assert sms.parse_cmti(urcs[3].payload) == sms.NewMessage("SM", 2)
    answer = ussd.parse_cusd(urcs[4].payload, urcs[4].data)
    assert answer.needs_reply
    assert answer.text() == "Balance: 5.00 EUR\n1. Top up\n2. Exit"


def test_huawei_dialogue() -> None:
    run = replay(load("huawei.at"))
    r = run.result
    info = identity.parse_ati(r("ATI"))
    vendor = select(info.manufacturer or "", info.model or "")
    assert isinstance(vendor, huawei.Huawei)
    assert vendor.parse_iccid(r("AT^ICCID?")) == "89490200000123456789"
    assert huawei.parse_hcpin(r("AT^CPIN?")) == ("SIM PIN", sim.PinRetries(3, 10, 3, 10))
    status = huawei.parse_sysinfoex(r("AT^SYSINFOEX"))
    assert status.in_service and status.sysmode_name == "LTE" and not status.roaming
    signal = vendor.parse_signal(r("AT^HCSQ?"))
    assert (signal.rssi_dbm, signal.rsrp_dbm, signal.rsrq_db) == (-69.0, -94.0, -6.5)
    assert signal.sinr_db == pytest.approx(9.6)
    assert huawei.parse_syscfgex(r("AT^SYSCFGEX?")) == ["LTE", "WCDMA", "GSM"]
    assert r("AT^NOSUCH").error == AtError("not_supported", None, "COMMAND NOT SUPPORT")
    assert r("AT+CSQ=1,2,3,4").error is not None
    assert r("AT+CMGR=9").error == AtError("cms", 321, "invalid memory index")

    urcs = {u.name: u for u in run.urcs()}
    assert list(urcs) == ["^BOOT", "^SIMST", "^RSSI", "^HCSQ", "^MODE", "+CUSD", "^NDISSTAT",
                          "^DSFLOWRPT"]
    assert huawei.parse_rssi_urc(urcs["^RSSI"].payload).rssi_dbm == -73.0
    assert huawei.parse_hcsq(urcs["^HCSQ"].payload).radio == "WCDMA"
    answer = ussd.parse_cusd(urcs["+CUSD"].payload)
    assert answer.text(vendor.ussd_encoding) == (
        "Your balance is 12.50 EUR. Valid until 31.12.2026"
    )
    assert huawei.parse_ndisstat(urcs["^NDISSTAT"].payload) == {"IPV4": True}
    flow = huawei.parse_dsflowrpt(urcs["^DSFLOWRPT"].payload)
    assert (flow.duration_s, flow.tx_bytes, flow.rx_bytes) == (60, 8000, 50000)


def test_quectel_dialogue() -> None:
    run = replay(load("quectel.at"))
    r = run.result
    info = identity.parse_ati(r("ATI"))
    assert info == identity.Identification("Quectel", "EC25", "EC25EFAR06A06M4G")
    vendor = select(info.manufacturer or "", info.model or "")
    assert isinstance(vendor, quectel.Quectel)
    assert vendor.parse_iccid(r("AT+QCCID")) == "89860117851014783481"
    assert vendor.parse_pin_retries(r('AT+QPINC="SC"')) == sim.PinRetries(3, 10)
    signal = vendor.parse_signal(r("AT+QCSQ"))
    assert (signal.rsrp_dbm, signal.sinr_db, signal.rsrq_db) == (-81.0, 19.0, -10.0)
    assert quectel.parse_qnwinfo(r("AT+QNWINFO")) == quectel.NetworkInfo(
        "FDD LTE", "46011", "LTE BAND 3", 1650
    )
    assert quectel.parse_nwscanmode(r('AT+QCFG="nwscanmode"')) == 0
    cell = quectel.parse_qeng_servingcell(r('AT+QENG="servingcell"'))
    assert (cell.mcc, cell.mnc, cell.cell_id, cell.rsrp_dbm, cell.sinr) == (
        460, 11, 0x5F1EA15, -87, 14
    )
    assert quectel.parse_qiact(r("AT+QIACT?")) == [quectel.QiContext(1, True, 1, ("10.7.157.1",))]
    assert sms.parse_cmgs(r('AT+CMGS="+8613800000000"')) == 247
    message = sms.parse_cmgr(r("AT+CMGR=0"), index=0, text_mode=True)
    assert (message.body, message.address, message.stat) == ("See you at 8", "+8613912345678", 0)
    assert network.parse_registration_result(r("AT+CEREG?"), "+CEREG:").lac == 0xDE10
    names = [u.name for u in run.urcs()]
    assert names == ["RDY", "+CFUN", "+CPIN", "+QUSIM", "+QIND", "+QIND", "+CMTI", "+QIURC"]


def test_sierra_dialogue() -> None:
    run = replay(load("sierra.at"))
    r = run.result
    vendor = select("Sierra Wireless, Incorporated", "MC7455")
    assert isinstance(vendor, sierra.Sierra)
    status = sierra.parse_gstatus(r("AT!GSTATUS?"))
    assert status["System mode"] == "LTE"
    assert status["RSRP (dBm)"] == "-95" and status["RSRP (dBm) #2"] == "-100"
    assert status["LTE bw"] == "20 MHz"
    signal = vendor.parse_signal(r("AT!GSTATUS?"))
    assert (signal.rsrp_dbm, signal.rsrq_db, signal.sinr_db, signal.rssi_dbm) == (
        -95.0, -10.8, 6.4, -65.0
    )
    assert vendor.parse_iccid(r("AT!ICCID?")) == "89014103211118510720"
    assert r('AT+CPIN="1111"').error == AtError("cme", 16, "incorrect password")
    assert sierra.parse_scact(r("AT!SCACT?")) == {1: True, 2: False}
    params = pdp.parse_cgcontrdp(r("AT+CGCONTRDP=1"))[0]
    assert (params.address, params.netmask, params.gateway) == (
        "100.64.1.2", "255.255.255.248", "100.64.1.1"
    )
    assert run.urcs() == []


def test_replay_writes_exactly_the_command_lines() -> None:
    steps = load("quectel.at")
    written = replay(steps).written
    assert written.startswith(b"ATI\rAT+QCCID\r")
    assert b"Hello from cmgui\x1a" in written


def test_ussd_decoding_of_transcript_is_text_for_text_vendors() -> None:
    assert ussd.decode_ussd("Hello", 15, UssdEncoding.GSM7_PACKED_HEX) == "Hello"
