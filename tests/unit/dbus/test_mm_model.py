"""ModemManager -> CMAPI translation (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.errors import (
    CmapiError,
    ErrorCode,
    PinErrorKind,
    decode_cause_error,
    decode_pin_error,
    is_known,
)
from cmgui.drivers.dbus import mm_model as m
from cmgui.drivers.dbus.mm import parse_address, ports_of

ME = "org.freedesktop.ModemManager1.Error.MobileEquipment."
CORE = "org.freedesktop.ModemManager1.Error.Core."


def test_wrong_pin_carries_tries_left_in_the_status_word() -> None:
    err = m.translate(ME + "IncorrectPassword", "Incorrect password",
                      pin_kind=PinErrorKind.WRONG_PIN, tries_left=2)
    assert decode_pin_error(err.code) == (PinErrorKind.WRONG_PIN, 0x63C2, 2)


def test_last_wrong_pin_blocks() -> None:
    err = m.translate(ME + "SimPuk", "", pin_kind=PinErrorKind.WRONG_PIN, tries_left=0)
    decoded = decode_pin_error(err.code)
    assert decoded is not None and decoded[0] == PinErrorKind.PIN_BLOCKED


def test_wrong_puk_and_exhausted_puk() -> None:
    wrong = m.translate(ME + "IncorrectPassword", "", pin_kind=PinErrorKind.WRONG_PUK,
                        tries_left=9)
    assert decode_pin_error(wrong.code) == (PinErrorKind.WRONG_PUK, 0x63C9, 9)
    dead = m.translate(ME + "SimWrong", "", pin_kind=PinErrorKind.WRONG_PUK)
    assert decode_pin_error(dead.code)[0] == PinErrorKind.PUK_BLOCKED  # type: ignore[index]


def test_network_causes() -> None:
    assert decode_cause_error(m.translate(ME + "MissingOrUnknownApn", "").code) == (
        CauseFamily.SM, 27, 0)
    assert decode_cause_error(m.translate(ME + "GprsMissingOrUnknownApn", "").code) == (
        CauseFamily.SM, 27, 0)
    assert decode_cause_error(m.translate(ME + "NetworkNotAllowed", "").code) == (
        CauseFamily.MM, 11, 0)


@pytest.mark.parametrize(("name", "code"), [
    (CORE + "Unsupported", ErrorCode.NOT_SUPPORTED),
    (CORE + "WrongState", ErrorCode.INVALID_OPERATION),
    (CORE + "Unauthorized", ErrorCode.SECURITY_NOT_PRIVILEGED),
    (ME + "SimPin", ErrorCode.SMART_CARD_NOT_ACCESSIBLE),
    (ME + "SimNotInserted", ErrorCode.NO_SMART_CARD),
    ("org.freedesktop.DBus.Error.ServiceUnknown", ErrorCode.NO_SUCH_DEVICE),
    ("org.freedesktop.DBus.Error.UnknownMethod", ErrorCode.NOT_SUPPORTED),
    ("org.freedesktop.DBus.Error.InvalidArgs", ErrorCode.FATAL),
    ("org.freedesktop.ModemManager1.Error.Sms.Unknown", ErrorCode.SMS_DEVICE_ERROR),
    ("com.example.Whatever", ErrorCode.FATAL),
])
def test_plain_errors(name: str, code: int) -> None:
    err = m.translate(name, "detail")
    assert err.code == code
    assert err.data["dbus"] == name and err.data["reason"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80),
       st.sampled_from([None, *PinErrorKind]), st.one_of(st.none(), st.integers(-5, 40)))
def test_translate_never_raises_and_gives_known_codes(name: str, text: str,
                                                      kind: PinErrorKind | None,
                                                      tries: int | None) -> None:
    err = m.translate(name, text, pin_kind=kind, tries_left=tries)
    assert isinstance(err, CmapiError) and is_known(err.code)


def test_interface_not_exported_yet_is_unsupported() -> None:
    err = m.translate("org.freedesktop.DBus.Error.InvalidArgs",
                      "No such interface 'org.freedesktop.ModemManager1.Modem.Messaging'")
    assert err.code == ErrorCode.NOT_SUPPORTED


def test_registration_and_rat() -> None:
    assert m.registration(5) == "registeredRoaming"
    assert m.registration(11) == "emergencyOnly"
    assert m.registration(99) == "unknown" and m.registration("x") == "unknown"
    assert m.rat_type(1 << 14) == "E_UTRAN"
    assert m.rat_type((1 << 14) | (1 << 15)) == "NG_RAN"
    assert m.rat_type(1 << 9) == "UTRAN_HSPA"
    assert m.rat_type(1 << 4) == "GSM_EGPRS"
    assert m.rat_type(0) == "UNKNOWN" and m.rat_type(None) == "UNKNOWN"


def test_pin_state() -> None:
    assert m.pin_state(1, 10) == "ready"
    assert m.pin_state(2, 10) == "PINRequired"
    assert m.pin_state(4, 10) == "PUKRequired"
    assert m.pin_state(4, 0) == "blocked"
    assert m.pin_state(10, None) == "phoneToSIMPINRequired"
    assert m.pin_state(0, None) == "unknown"
    assert m.retries({2: 3, 4: 10}, m.ModemLock.SIM_PUK) == 10
    assert m.retries("garbage", m.ModemLock.SIM_PIN) is None


@settings(max_examples=200, deadline=None)
@given(st.integers(-50, 150), st.dictionaries(
    st.sampled_from(["rssi", "rsrp", "rsrq", "snr"]),
    st.floats(-200, 50, allow_nan=False)))
def test_signal_values_stay_in_cmapi_ranges(percent: int, lte: dict[str, float]) -> None:
    values = m.signal_values(percent, lte, {}, {}, {})
    assert 0 <= values["signalPercentage"] <= 100
    assert 0 <= values["bars"] <= 5
    assert -140 <= values["signalStrength"] <= -20
    assert values["signalQuality"] in (*range(8), 99)


def test_lac_ci_parsing() -> None:
    assert m.parse_lac_ci("001,01,1A2B,0012D687,1A2B") == {
        "LAC": 0x1A2B, "cellId": 0x12D687, "TAC": 0x1A2B}
    assert m.parse_lac_ci("262,01,00A1,0000BEEF") == {"LAC": 0xA1, "cellId": 0xBEEF}
    assert m.parse_lac_ci("262,01,zz,1") is None
    assert m.parse_lac_ci(None) is None and m.parse_lac_ci("1,2") is None


def test_addresses_and_ports() -> None:
    assert parse_address("mm:3") == 3 and parse_address("MM:12") == 12
    for bad in ("mm:", "mm:x", "mm:-1", "virtual"):
        with pytest.raises(CmapiError):
            parse_address(bad)
    props = {"Ports": [["ttyUSB2", 3], ["wwan0", 2], ["ttyUSB9", 9], ["cdc-wdm0", 6],
                       "junk", [None, "x"]]}
    assert ports_of(props) == {"/dev/ttyUSB2", "/dev/cdc-wdm0"}
    assert ports_of({}) == set()
