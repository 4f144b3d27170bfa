"""Errors in the user's terms: every failure a controller reports goes through here.

Known errors (CMAPI errors, I/O, time-outs) become a sentence a user can act on; anything else is
a bug and says so (the traceback goes to the log, never to the screen).
"""

from __future__ import annotations

from cmgui.cmapi.errors import (
    CmapiError,
    ErrorCode,
    PinErrorKind,
    decode_back_off,
    decode_cause_error,
    decode_pin_error,
)
from cmgui.i18n import translate


def _plain(code: int) -> str | None:
    texts: dict[int, str] = {
        ErrorCode.NOT_SUPPORTED: translate("Errors", "This device does not support that function."),
        ErrorCode.NO_SUCH_DEVICE: translate("Errors", "The device cannot be reached."),
        ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER: translate(
            "Errors", "No device is known at this address."),
        ErrorCode.DEVICE_ALREADY_OPEN: translate(
            "Errors", "The device is in use by another program."),
        ErrorCode.NO_SMART_CARD: translate("Errors", "There is no SIM card in the device."),
        ErrorCode.SMART_CARD_NOT_ACCESSIBLE: translate("Errors", "The SIM card cannot be read."),
        ErrorCode.RADIO_OFF: translate("Errors", "The radio is off. Turn it on first."),
        ErrorCode.NO_SERVICE: translate("Errors", "There is no network service."),
        ErrorCode.BUSY: translate("Errors", "The device is busy. Try again in a moment."),
        ErrorCode.NOT_CONNECTED: translate("Errors", "There is no data connection."),
        ErrorCode.NO_CONNECTION_TO_DISCONNECT: translate(
            "Errors", "There is no connection to end."),
        ErrorCode.DISCONNECT_FIRST: translate("Errors", "Disconnect first."),
        ErrorCode.INVALID_APN: translate("Errors", "The access point name (APN) is not valid."),
        ErrorCode.INFO_AUTHENTICATION_FAILURE: translate(
            "Errors", "The network rejected the user name or password."),
        ErrorCode.AUTHENTICATION_FAILED: translate(
            "Errors", "The endpoint rejected the access token."),
        ErrorCode.AUTHENTICATION_DENIED: translate("Errors", "The endpoint denied access."),
        ErrorCode.SMS_INVALID_SMSC: translate(
            "Errors", "The message centre number (SMSC) is not valid."),
        ErrorCode.SMS_TIMEOUT: translate("Errors", "The message could not be sent in time."),
        ErrorCode.USSD_DATA_INVALID: translate("Errors", "The network did not accept this code."),
        ErrorCode.WLAN_AUTHENTICATION_FAILURE: translate(
            "Errors", "The Wi-Fi password was not accepted."),
        ErrorCode.WLAN_UNKNOWN_SSID: translate("Errors", "That Wi-Fi network is out of range."),
    }
    return texts.get(code)


def pin_message(kind: PinErrorKind, tries_left: int | None) -> str:
    """A PIN/PUK failure as a sentence, with the attempts left when the card said."""
    base = {
        PinErrorKind.WRONG_PIN: translate("Errors", "Wrong PIN"),
        PinErrorKind.WRONG_OLD_PIN: translate("Errors", "Wrong current PIN"),
        PinErrorKind.WRONG_PUK: translate("Errors", "Wrong PUK"),
        PinErrorKind.PIN_BLOCKED: translate("Errors", "The PIN is blocked. Enter the PUK."),
        PinErrorKind.OLD_PIN_BLOCKED: translate("Errors", "The PIN is blocked. Enter the PUK."),
        PinErrorKind.PUK_BLOCKED: translate(
            "Errors", "The PUK is blocked. Only your operator can unlock this SIM now."),
        PinErrorKind.INVALID_PARAMETERS: translate("Errors", "The code has the wrong format."),
    }[kind]
    if tries_left is None or kind not in (
        PinErrorKind.WRONG_PIN, PinErrorKind.WRONG_OLD_PIN, PinErrorKind.WRONG_PUK
    ):
        return base
    return translate("Errors", "%1 — %n attempt(s) left", tries_left).replace("%1", base)


def user_message(exc: BaseException) -> str:
    """``exc`` as one sentence for the user."""
    if isinstance(exc, CmapiError):
        pin = decode_pin_error(exc.code)
        if pin is not None:
            return pin_message(pin[0], pin[2])
        seconds = decode_back_off(exc.code)
        if seconds is not None:
            return translate("Errors", "The network asks to wait %n second(s) before trying again.",
                             seconds)
        cause = decode_cause_error(exc.code)
        if cause is not None:
            return translate("Errors", "The network refused: %1").replace("%1", exc.message)
        return _plain(exc.code) or exc.message
    if isinstance(exc, TimeoutError):
        return translate("Errors", "The device did not answer in time.")
    if isinstance(exc, ConnectionError | OSError):
        detail = exc.strerror or str(exc) or type(exc).__name__
        return translate("Errors", "The device stopped answering (%1).").replace("%1", detail)
    return translate(
        "Errors", "Something went wrong inside cmgui (%1). The details are in the log."
    ).replace("%1", type(exc).__name__)
