"""Modem failures (+CME/+CMS ERROR, timeouts, a vanished port) as CMAPI errors.

This is the boundary where AT-level errors become the user's terms: every translated error keeps
the modem's own words in ``data["modem"]`` and says what it means in ``data["reason"]``.
PIN and PUK failures are translated by the SIM code (they need the attempts left, read from the
SIM after the failure); see :func:`pin_failure`.
"""

from __future__ import annotations

from typing import Literal

from cmgui.at.engine import AtResult
from cmgui.at.errors import AtError
from cmgui.cmapi.cmee import CauseFamily, by_cme, by_cms
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, cause_error, pin_error
from cmgui.service.sms_sync import NOT_ANSWERING  # "the device is not answering", not "no"

Context = Literal["general", "sms", "data", "network", "ussd"]

#: +CME ERROR codes -> (CMAPI code, reason in plain words).
_CME: dict[int, tuple[int, str]] = {
    3: (ErrorCode.INVALID_OPERATION, "the modem does not allow this now"),
    4: (ErrorCode.NOT_SUPPORTED, "the modem does not support this"),
    10: (ErrorCode.NO_SMART_CARD, "no SIM card is inserted"),
    11: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "the SIM is locked: enter the PIN first"),
    12: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "the SIM is blocked: enter the PUK first"),
    13: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "the SIM card failed"),
    14: (ErrorCode.BUSY, "the SIM is busy; try again in a moment"),
    15: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "the SIM card is not usable in this modem"),
    17: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "PIN2 is required"),
    18: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "PUK2 is required"),
    20: (ErrorCode.FATAL, "the modem's memory is full"),
    21: (ErrorCode.INVALID_PARAMETER, "no such entry"),
    22: (ErrorCode.DATA_NOT_PRESENT, "not found"),
    24: (ErrorCode.INVALID_PARAMETER, "the text is too long"),
    25: (ErrorCode.INVALID_PARAMETER, "the text has characters the modem cannot send"),
    30: (ErrorCode.NO_SERVICE, "no network service"),
    31: (ErrorCode.NO_SERVICE, "the network did not answer in time"),
    32: (ErrorCode.NO_SERVICE, "this network allows emergency calls only"),
    50: (ErrorCode.INVALID_PARAMETER, "the modem rejected the parameters"),
    262: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "the SIM is permanently blocked"),
}

#: +CMS ERROR codes (300 and up) -> (CMAPI code, reason).
_CMS: dict[int, tuple[int, str]] = {
    302: (ErrorCode.SMS_OPERATION_NOT_SUPPORTED, "the modem does not allow this now"),
    303: (ErrorCode.SMS_OPERATION_NOT_SUPPORTED, "the modem does not support this"),
    304: (ErrorCode.SMS_INVALID_RECORD, "the modem rejected the message"),
    305: (ErrorCode.SMS_INVALID_RECORD, "the modem rejected the message"),
    310: (ErrorCode.NO_SMART_CARD, "no SIM card is inserted"),
    311: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "the SIM is locked: enter the PIN first"),
    313: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "the SIM card failed"),
    314: (ErrorCode.BUSY, "the SIM is busy; try again in a moment"),
    316: (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "the SIM is blocked: enter the PUK first"),
    320: (ErrorCode.SMS_DEVICE_ERROR, "the message storage failed"),
    321: (ErrorCode.SMS_NOT_FOUND, "there is no message at this place"),
    322: (ErrorCode.SMS_DEVICE_ERROR,
          "the message storage is full: delete messages to receive new ones"),
    330: (ErrorCode.SMS_INVALID_SMSC, "the service centre number is not set"),
    331: (ErrorCode.NO_SERVICE, "no network service"),
    332: (ErrorCode.SMS_TIMEOUT, "the network did not answer in time"),
}

STORAGE_FULL_REASON = _CMS[322][1]


def _details(error: AtError | None, final: str, reason: str) -> dict[str, object]:
    data: dict[str, object] = {"modem": final, "reason": reason}
    if error is not None and error.code is not None:
        data[error.kind] = error.code
    return data


def at_failure(result: AtResult, context: Context = "general") -> CmapiError:
    """The CMAPI error for a command that ended in an error result."""
    error = result.error
    final = result.final
    if error is None:
        return CmapiError(ErrorCode.FATAL, data=_details(None, final, "unexpected answer"))
    if error.kind == "cme" and error.code is not None:
        code = error.code
        if context == "data":
            rows = by_cme(code, CauseFamily.SM) or by_cme(code, CauseFamily.GMM)
            if rows:
                row = rows[0]
                return cause_error(row.family, row.cause, code,
                                   data=_details(error, final, row.name))
        if code in _CME:
            cmapi, reason = _CME[code]
            if context == "sms" and code == 21:
                cmapi = ErrorCode.SMS_NOT_FOUND
            return CmapiError(cmapi, data=_details(error, final, reason))
        rows = by_cme(code)
        if rows:
            row = rows[0]
            return cause_error(row.family, row.cause, code, data=_details(error, final, row.name))
        return CmapiError(ErrorCode.FATAL, data=_details(error, final, error.text))
    if error.kind == "cms" and error.code is not None:
        code = error.code
        if code in _CMS:
            cmapi, reason = _CMS[code]
            return CmapiError(cmapi, data=_details(error, final, reason))
        other = by_cms(code)
        if other is not None or code < 300:
            name = other.name if other is not None else error.text
            return cause_error(CauseFamily.OTHER, None, code, data=_details(error, final, name))
        return CmapiError(ErrorCode.SMS_DEVICE_ERROR, data=_details(error, final, error.text))
    if error.kind in ("not_supported", "too_many_parameters"):
        return CmapiError(ErrorCode.NOT_SUPPORTED, data=_details(error, final, "not supported"))
    plain = ErrorCode.SMS_DEVICE_ERROR if context == "sms" else ErrorCode.FATAL
    return CmapiError(plain, data=_details(error, final, "the modem refused the command"))




def timeout_error(what: str, seconds: float, context: Context = "general") -> CmapiError:
    code = ErrorCode.SMS_TIMEOUT if context == "sms" else ErrorCode.FATAL
    return CmapiError(code, data={"reason": f"the modem did not answer {what} in {seconds:g} s",
                                  NOT_ANSWERING: True})


def too_long_error(what: str, lines: int, chars: int) -> CmapiError:
    """A modem whose answer went past the cap on lines/characters (it never stopped)."""
    return CmapiError(ErrorCode.FATAL, data={
        "modem": what, "reason": f"the modem's answer to {what} did not end (cut off after "
                                 f"{lines} lines, {chars} characters)"})


def gone_error(address: str) -> CmapiError:
    return CmapiError(ErrorCode.NO_SUCH_DEVICE,
                      data={"address": address, "reason": "the device went away"})


def pin_failure(kind: PinErrorKind, attempts_left: int | None, final: str) -> CmapiError:
    """A PIN/PUK failure with the attempts left as ``63CX``; the last wrong try turns into the
    "blocked" kind, still with ``63C0`` so the count reads 0."""
    blocked = {PinErrorKind.WRONG_PIN: PinErrorKind.PIN_BLOCKED,
               PinErrorKind.WRONG_OLD_PIN: PinErrorKind.OLD_PIN_BLOCKED,
               PinErrorKind.WRONG_PUK: PinErrorKind.PUK_BLOCKED}
    if attempts_left is None:
        return pin_error(kind, None, data={"modem": final, "reason": "wrong code"})
    if attempts_left <= 0 and kind in blocked:
        return pin_error(blocked[kind], 0x63C0, data={
            "modem": final, "reason": "no attempts left", "attemptsLeft": 0})
    sw = 0x63C0 | min(attempts_left, 0xF)
    plural = "s" if attempts_left != 1 else ""
    return pin_error(kind, sw, data={
        "modem": final, "reason": f"wrong code, {attempts_left} attempt{plural} left",
        "attemptsLeft": attempts_left})
