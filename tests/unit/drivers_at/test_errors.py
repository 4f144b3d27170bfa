"""AT failures become CMAPI errors in the user's terms."""

from __future__ import annotations

import pytest

from cmgui.at.engine import AtResult, parse_final
from cmgui.cmapi.errors import ErrorCode, PinErrorKind, decode_cause_error, decode_pin_error
from cmgui.drivers.at.errors import at_failure, pin_failure, timeout_error


def failed(final: str) -> AtResult:
    parsed = parse_final(final)
    assert parsed is not None and not parsed[0]
    return AtResult(False, [], final, parsed[1])


@pytest.mark.parametrize(("final", "context", "code"), [
    ("+CME ERROR: 10", "general", ErrorCode.NO_SMART_CARD),
    ("+CME ERROR: 11", "general", ErrorCode.SMART_CARD_NOT_ACCESSIBLE),
    ("+CME ERROR: 30", "network", ErrorCode.NO_SERVICE),
    ("+CME ERROR: 4", "general", ErrorCode.NOT_SUPPORTED),
    ("+CME ERROR: SIM not inserted", "general", ErrorCode.NO_SMART_CARD),
    ("+CMS ERROR: 321", "sms", ErrorCode.SMS_NOT_FOUND),
    ("+CMS ERROR: 330", "sms", ErrorCode.SMS_INVALID_SMSC),
    ("COMMAND NOT SUPPORT", "general", ErrorCode.NOT_SUPPORTED),
    ("ERROR", "sms", ErrorCode.SMS_DEVICE_ERROR),
    ("ERROR", "general", ErrorCode.FATAL),
])
def test_plain_codes(final: str, context: str, code: int) -> None:
    error = at_failure(failed(final), context)  # type: ignore[arg-type]
    assert error.code == code
    assert error.data["modem"] == final and error.data["reason"]


def test_full_storage_is_said_plainly() -> None:
    error = at_failure(failed("+CMS ERROR: 322"), "sms")
    assert error.code == ErrorCode.SMS_DEVICE_ERROR
    assert "full" in error.data["reason"]


def test_rp_cause_becomes_the_other_family() -> None:
    error = at_failure(failed("+CMS ERROR: 21"), "sms")
    assert decode_cause_error(error.code) is not None
    assert f"{error.code:08x}" == "40400021"


def test_data_failure_uses_the_session_management_family() -> None:
    error = at_failure(failed("+CME ERROR: 134"), "data")
    decoded = decode_cause_error(error.code)
    assert decoded is not None and decoded[0].name == "SM" and decoded[2] == 134


@pytest.mark.parametrize(("left", "code"), [(2, 0x100163C2), (1, 0x100163C1),
                                            (0, 0x100263C0)])
def test_wrong_pin_carries_the_attempts_left(left: int, code: int) -> None:
    error = pin_failure(PinErrorKind.WRONG_PIN, left, "+CME ERROR: 16")
    assert error.code == code
    decoded = decode_pin_error(error.code)
    assert decoded is not None and decoded[2] == left


def test_wrong_puk_and_unknown_attempts() -> None:
    assert pin_failure(PinErrorKind.WRONG_PUK, 9, "").code == 0x100563C9
    assert pin_failure(PinErrorKind.WRONG_PUK, 0, "").code == 0x100663C0
    assert pin_failure(PinErrorKind.WRONG_OLD_PIN, None, "").code == 0x10030000


def test_timeouts() -> None:
    assert timeout_error("AT+CMGS", 60, "sms").code == ErrorCode.SMS_TIMEOUT
    assert "60 s" in timeout_error("AT+COPS=?", 60).data["reason"]
