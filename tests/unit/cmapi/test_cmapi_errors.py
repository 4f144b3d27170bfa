"""Error codes of section 5.3: table texts, composed codes, status words, CMEE causes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.cmapi import cmee, errors
from cmgui.cmapi.cmee import CauseFamily, Retry
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind
from cmgui.cmapi.uicc_status import describe_status_word, lookup_status_word, tries_left

SEED = Path(__file__).resolve().parents[3].parent / "shared/seeds/opencmapi-web-binding-1.1.txt"


def test_existing_api_kept() -> None:
    err = CmapiError(ErrorCode.NOT_SUPPORTED)
    assert err.code == 7
    assert err.message == "This optional function is not supported by this implementation"
    assert err.to_json() == {"code": 7, "message": err.message}
    ns = CmapiError.not_supported("CMAPI_SMS_Send")
    assert ns.data == {"function": "CMAPI_SMS_Send"}
    assert CmapiError(1, "custom", data=[1]).to_json() == {"code": 1, "message": "custom",
                                                            "data": [1]}


@pytest.mark.parametrize(("code", "text"), [
    (0x00000001, "A fatal error has occurred."),
    (0x00000006, "The requested operation cannot currently be completed because another "
                 "application is currently performing the same operation."),
    (0x00000132, "Radio off"),
    (0x00002003, "The Cellular profile name is already existing, only happen when creating a "
                 "profile with a existing name"),
    (0x00005005, "SMS message NOT found"),
    (0x00011009, "Device (i.e.: WLAN only device that does not support NAA on UICC for "
                 "authentication) does not support the requested function."),
    (0x11000002, "The PIN Type is invalid"),
    (0xF0000006, "The WLAN Encryption Type used is not allowed.  Please use proper Encryption "
                 "type"),
    (-32700, "Parse error"),
    (-32601, "Method not found"),
])
def test_table_texts(code: int, text: str) -> None:
    assert errors.ERROR_TEXTS[code] == text
    assert errors.text_for(code) == text
    assert CmapiError(code).message == text


def test_every_named_code_has_a_text_and_groups_are_complete() -> None:
    for member in ErrorCode:
        assert member.value in errors.ERROR_TEXTS, member
    assert set(errors.ERROR_GROUPS.values()) == {
        "general", "device", "UICC", "profile", "network connection", "CDMA2000", "SMS", "USSD",
        "contact", "information status", "GNSS", "P2P", "router", "WLAN", "PIN/PUK", "security",
    }
    assert len(errors.ERROR_GROUPS) == 227
    named_groups = {"general", "device", "profile", "network connection", "SMS", "WLAN",
                    "information status", "security"}
    named = {m.value for m in ErrorCode}
    for code, group in errors.ERROR_GROUPS.items():
        if group in named_groups:
            assert code in named, hex(code)


@pytest.mark.skipif(not SEED.exists(), reason="specification text not beside the repository")
def test_table_matches_the_specification_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    table = text[text.rindex("5.3.1 Error Codes"):text.rindex("Table 4: Return Values")]
    codes = {int(h, 16) for d, h in re.findall(r"^\s*(\d+) 0X([0-9A-F]{8}) ", table, re.M)}
    assert codes == set(errors.ERROR_GROUPS)
    flat = " ".join(table.split())
    for code in codes:
        assert " ".join(errors.ERROR_TEXTS[code].split()) in flat, hex(code)


def test_pin_error_compose_and_decode() -> None:
    err = errors.pin_error(PinErrorKind.WRONG_PIN, sw1sw2=0x63C2)
    assert err.code == 0x100163C2
    assert err.message == "Wrong PIN."
    assert errors.decode_pin_error(err.code) == (PinErrorKind.WRONG_PIN, 0x63C2, 2)
    blocked = errors.pin_error(PinErrorKind.PUK_BLOCKED)
    assert blocked.code == 0x10060000
    assert blocked.message == "PUK (UNBLOCK PIN) blocked."
    assert errors.decode_pin_error(blocked.code) == (PinErrorKind.PUK_BLOCKED, 0, None)
    assert errors.text_for(0x10056983) == "Wrong PUK."
    assert errors.decode_pin_error(0x11000001) is None  # a plain PIN/PUK-group code
    assert errors.decode_pin_error(0x10080000) is None  # K = 8 does not exist
    with pytest.raises(ValueError):
        errors.pin_error_code(PinErrorKind.WRONG_PIN, 0x10000)


@given(st.sampled_from(list(PinErrorKind)), st.integers(0, 0xFFFF))
@settings(max_examples=200, deadline=None)
def test_pin_round_trip(kind: PinErrorKind, sw: int) -> None:
    code = errors.pin_error_code(kind, sw)
    decoded = errors.decode_pin_error(code)
    assert decoded is not None
    assert decoded[:2] == (kind, sw)
    assert decoded[2] == (sw & 0xF if sw & 0xFFF0 == 0x63C0 else None)
    assert errors.is_known(code)
    assert errors.kind_of(code) is errors.CodeKind.PIN


def test_back_off() -> None:
    assert errors.back_off_code(360) == 0x40010360
    assert errors.decode_back_off(0x40010360) == 360
    assert errors.back_off_error(9999).code == 0x40019999
    assert errors.text_for(0x40010005).startswith("Operation cannot be done – Back off timer")
    assert errors.decode_back_off(0x4001000A) is None  # not decimal digits
    assert not errors.is_known(0x4001000A)
    for bad in (-1, 10000):
        with pytest.raises(ValueError):
            errors.back_off_code(bad)


@given(st.integers(0, 9999))
@settings(max_examples=200, deadline=None)
def test_back_off_round_trip(seconds: int) -> None:
    assert errors.decode_back_off(errors.back_off_code(seconds)) == seconds


def test_cause_families() -> None:
    code = errors.cause_error_code(CauseFamily.MM, 17, 615)
    assert code == 0x40117615
    assert errors.decode_cause_error(code) == (CauseFamily.MM, 17, 615)
    sm = errors.cause_error(CauseFamily.SM, 27, 134)
    assert sm.code == 0x40327134
    assert sm.message.startswith("Error codes related to Session Management")
    assert errors.cause_error_code(CauseFamily.OTHER, None, 42) == 0x40400042
    assert errors.cause_error_code(CauseFamily.GMM, cause=None, code=148) == 0x40200148
    assert errors.decode_cause_error(0x4010D615) is None
    assert errors.decode_cause_error(0x40517615) is None
    with pytest.raises(ValueError):
        errors.cause_error_code(CauseFamily.MM, 111, 0)


@given(st.sampled_from(list(CauseFamily)), st.integers(0, 99), st.integers(0, 999))
@settings(max_examples=200, deadline=None)
def test_cause_round_trip(family: CauseFamily, cause: int, code: int) -> None:
    packed = errors.cause_error_code(family, cause, code)
    assert errors.decode_cause_error(packed) == (family, cause, code)
    assert errors.text_for(packed) == errors.CAUSE_TEXTS[family]


@given(st.integers(-(2**40), 2**40))
@settings(max_examples=300, deadline=None)
def test_text_for_any_integer(code: int) -> None:
    text = errors.text_for(code)
    assert isinstance(text, str) and text
    assert errors.is_known(code) == (text != "Error")


def test_status_words() -> None:
    assert describe_status_word(0x9000) == "Normal ending of the command"
    assert describe_status_word(0x6983) == "Authentication/PIN method blocked"
    assert describe_status_word(0x9112).startswith("Normal ending of the command, with extra")
    assert describe_status_word(0x63C1).startswith("Command successful but after")
    assert describe_status_word(0x6700).endswith("(Wrong length)")
    assert describe_status_word(0x6F42).endswith("(Technical problem, no precise diagnosis)")
    assert describe_status_word(0x6D00) == "Unknown status word 6D00"
    row = lookup_status_word(0x6581)
    assert row is not None and row.description == "Memory problem"
    assert lookup_status_word(0x6501) is None
    assert lookup_status_word(-1) is None
    assert tries_left(0x63C3) == 3
    assert tries_left(0x63CF) == 15
    assert tries_left(0x6983) is None
    assert tries_left(0x6300) is None


def test_cmee_tables() -> None:
    rows = cmee.CMEE_CAUSES
    assert {r.family for r in rows} == set(CauseFamily)
    assert sum(r.family is CauseFamily.MM for r in rows) == 14
    assert sum(r.family is CauseFamily.GMM for r in rows) == 7
    assert sum(r.family is CauseFamily.SM for r in rows) == 16
    assert sum(r.family is CauseFamily.OTHER for r in rows) == 17
    apn = cmee.by_cause(CauseFamily.SM, 27)
    assert apn is not None and apn.code == 134
    assert apn.name == "Unknown or missing access point name"
    assert apn.retry is Retry.NOT_SAME_APN_UNTIL_POWER_CYCLE
    assert apn.action == "Additionally, do not retry with same APN unless device is power cycled."
    congestion = cmee.by_cause(CauseFamily.MM, 22)
    assert congestion is not None and congestion.code == 42 and congestion.retry_after_s == 60
    assert {(r.family, r.cause) for r in cmee.by_cme(134)} == {
        (CauseFamily.MM, 34), (CauseFamily.SM, 27), (CauseFamily.SM, 34)}
    assert [r.cause for r in cmee.by_cme(615, CauseFamily.SM)] == [38]
    barred = cmee.by_cms(10)
    assert barred is not None and barred.name == "Call barred"
    assert barred.retry is Retry.SMS_BACK_OFF
    assert cmee.by_cms(999) is None
    assert cmee.by_cause(CauseFamily.MM, 99) is None
    assert cmee.by_cme(148)[0].family is CauseFamily.GMM
    for r in rows:  # every row fits the packed error code
        errors.cause_error_code(r.family, r.cause, r.code)
