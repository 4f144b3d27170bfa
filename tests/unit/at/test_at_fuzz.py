"""Fuzzing: the engine never raises on modem bytes; parsers raise only AtParseError."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.at.commands import identity, network, pdp, sim, sms, ussd
from cmgui.at.engine import (
    AtCommand,
    AtEngine,
    AtResult,
    CommandCompleted,
    CommandTimedOut,
    PromptReady,
    State,
)
from cmgui.at.errors import AtEngineError, AtParseError
from cmgui.at.vendors import huawei, quectel, sierra, simcom, telit, ublox, zte

FUZZ = settings(max_examples=200, deadline=None)

# Bytes that look like modem output: fragments of real lines plus arbitrary bytes.
FRAGMENTS = [
    b"\r\n", b"\r", b"\n", b"OK", b"ERROR", b"+CME ERROR: ", b"+CMS ERROR: 3", b"> ", b">",
    b"+CMT: ,24", b"+CDS: 25", b'+CUSD: 1,"', b'"', b"+CREG: 1", b"RING", b"AT+CSQ", b"+CSQ: 1,2",
    b"NO CARRIER", b"CONNECT", b"\x00", b"\xff\xfe", b"\x1a", b"\x1b", b"^RSSI: 9", b"0011AA",
]
modem_bytes = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=30)), max_size=40
).map(b"".join)


@FUZZ
@given(modem_bytes, st.lists(st.integers(1, 64), min_size=1, max_size=8), st.booleans())
def test_engine_never_raises_on_modem_bytes(data: bytes, sizes: list[int], echo: bool) -> None:
    engine = AtEngine(echo_possible=echo, max_line=256)
    command = AtCommand("AT+CMGS=5", expect_prompt=True, response_prefixes=("+CMGS:",))
    engine.send(command, 0.0)
    engine.send(AtCommand("AT+CSQ", response_prefixes=("+CSQ:",)), 0.0)
    start, turn = 0, 0
    while start < len(data):
        size = sizes[turn % len(sizes)]
        engine.receive_data(data[start : start + size])
        start += size
        turn += 1
        while (event := engine.next_event()) is not None:
            if isinstance(event, PromptReady):
                engine.send_payload("00AA", 1.0)
            elif isinstance(event, (CommandCompleted, CommandTimedOut)):
                engine.next_to_write(1.0)
    engine.tick(1e9)
    assert engine.state in (State.IDLE, State.RUNNING)


@FUZZ
@given(st.lists(st.sampled_from(["send", "prompt_cmd", "data", "payload", "abort", "tick",
                                 "reset", "next"]), max_size=40), modem_bytes)
def test_api_sequences_raise_only_engine_errors(actions: list[str], data: bytes) -> None:
    """Any call order is either accepted or refused with AtEngineError, never corrupts."""
    engine = AtEngine()
    now = 0.0
    for action in actions:
        now += 1.0
        try:
            if action == "send":
                engine.send(AtCommand("AT"), now)
            elif action == "prompt_cmd":
                engine.send(AtCommand("AT+CMGS=1", expect_prompt=True), now)
            elif action == "data":
                engine.receive_data(data)
            elif action == "payload":
                engine.send_payload("00", now)
            elif action == "abort":
                engine.abort_payload(now)
            elif action == "tick":
                engine.tick(now + 10.0)
            elif action == "reset":
                engine.reset()
            else:
                engine.next_to_write(now)
        except AtEngineError:
            assert action in ("payload", "abort")
        while engine.next_event() is not None:
            pass
        assert (engine.current is None) == (engine.state is State.IDLE)
        assert (engine.next_deadline() is None) == (engine.current is None)


lines = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(["+CSQ: ", "+CMGL: 1,0,,2", "+COPS: (", "+CPMS: ", "^HCSQ: ", "+QCSQ: "])
        .flatmap(lambda p: st.text(max_size=40).map(lambda t: p + t)),
    ),
    max_size=6,
)

RESULT_PARSERS: list[Callable[[AtResult], object]] = [
    identity.parse_manufacturer, identity.parse_imei, identity.parse_imsi, identity.parse_iccid,
    identity.parse_cnum, identity.parse_ati, identity.parse_revision,
    sim.parse_cpin, sim.parse_cpinr, sim.parse_clck, sim.parse_crsm_iccid,
    network.parse_csq, network.parse_cesq, network.parse_registration_result, network.parse_cops,
    network.parse_cops_scan, network.parse_cfun, network.parse_cgatt, network.parse_ws46,
    sms.parse_cpms, sms.parse_cmgl, sms.parse_cmgr, sms.parse_cmgs, sms.parse_csca,
    pdp.parse_cgdcont, pdp.parse_cgact, pdp.parse_cgpaddr, pdp.parse_cgcontrdp,
    huawei.parse_sysinfoex, huawei.parse_hcsq, huawei.parse_hcpin, huawei.parse_iccid,
    huawei.parse_syscfgex, huawei.parse_dsflowqry, quectel.parse_qcsq, quectel.parse_qpinc,
    quectel.parse_qnwinfo,
    quectel.parse_qccid, quectel.parse_qiact, quectel.parse_nwscanmode,
    quectel.parse_qeng_servingcell, sierra.parse_gstatus, sierra.parse_scact, simcom.parse_spic,
    ublox.parse_upincnt, telit.parse_pct, zte.parse_zpinpuk,
    lambda r: sms.parse_cmgl(r, text_mode=True), lambda r: sms.parse_cmgr(r, text_mode=True),
]
PAYLOAD_PARSERS: list[Callable[[str], object]] = [
    network.parse_registration, lambda p: network.parse_registration(p, urc=True),
    lambda p: network.parse_registration(p, urc=False), sms.parse_cmti, ussd.parse_cusd,
    huawei.parse_rssi_urc, huawei.parse_dsflowrpt, huawei.parse_ndisstat, ussd.gsm7_unpack_hex,
    lambda p: ussd.decode_ussd(p, 72),
    lambda p: ussd.decode_ussd(p, 15, ussd.UssdEncoding.GSM7_PACKED_HEX),
    lambda p: ussd.decode_ussd(p, 0x44, ussd.UssdEncoding.UCS2_HEX),
]


@FUZZ
@given(lines)
def test_result_parsers_raise_only_parse_errors(found: list[str]) -> None:
    result = AtResult(True, found, "OK")
    for parser in RESULT_PARSERS:
        with contextlib.suppress(AtParseError):
            parser(result)


@FUZZ
@given(st.one_of(st.text(max_size=80), st.from_regex(r"[0-9A-F,\"]{0,40}", fullmatch=True)))
def test_payload_parsers_raise_only_parse_errors(payload: str) -> None:
    for parser in PAYLOAD_PARSERS:
        with contextlib.suppress(AtParseError):
            parser(payload)
