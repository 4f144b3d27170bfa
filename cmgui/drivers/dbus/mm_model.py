"""ModemManager's D-Bus vocabulary and its translation into CMAPI terms (pure, no I/O).

Enum values are ModemManager's (ModemManager-enums.h, "Flags and Enumerations" of its API
documentation); error names are ``org.freedesktop.ModemManager1.Error.<Domain>.<Nick>``.
"""

from __future__ import annotations

from enum import IntEnum, IntFlag
from typing import Any

from cmgui.cmapi import types as t
from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.errors import (
    CmapiError,
    ErrorCode,
    PinErrorKind,
    cause_error,
    pin_error,
)

ADDRESS_PREFIX = "mm:"  # cmgui's address of ModemManager's modem N is mm:N
BUS_NAME = "org.freedesktop.ModemManager1"
ROOT = "/org/freedesktop/ModemManager1"
MODEM = f"{BUS_NAME}.Modem"
M3GPP = f"{BUS_NAME}.Modem.Modem3gpp"
USSD = f"{BUS_NAME}.Modem.Modem3gpp.Ussd"
SIGNAL = f"{BUS_NAME}.Modem.Signal"
MESSAGING = f"{BUS_NAME}.Modem.Messaging"
SIMPLE = f"{BUS_NAME}.Modem.Simple"
LOCATION = f"{BUS_NAME}.Modem.Location"
SIM = f"{BUS_NAME}.Sim"
SMS = f"{BUS_NAME}.Sms"
BEARER = f"{BUS_NAME}.Bearer"
ERROR_PREFIX = f"{BUS_NAME}.Error."


class ModemState(IntEnum):
    FAILED = -1
    UNKNOWN = 0
    INITIALIZING = 1
    LOCKED = 2
    DISABLED = 3
    DISABLING = 4
    ENABLING = 5
    ENABLED = 6
    SEARCHING = 7
    REGISTERED = 8
    DISCONNECTING = 9
    CONNECTING = 10
    CONNECTED = 11


class PowerState(IntEnum):
    UNKNOWN = 0
    OFF = 1
    LOW = 2
    ON = 3


class ModemLock(IntEnum):
    UNKNOWN = 0
    NONE = 1
    SIM_PIN = 2
    SIM_PIN2 = 3
    SIM_PUK = 4
    SIM_PUK2 = 5
    PH_SP_PIN = 6
    PH_SP_PUK = 7
    PH_NET_PIN = 8
    PH_NET_PUK = 9
    PH_SIM_PIN = 10


class RegState(IntEnum):
    """MMModem3gppRegistrationState."""

    IDLE = 0
    HOME = 1
    SEARCHING = 2
    DENIED = 3
    UNKNOWN = 4
    ROAMING = 5
    HOME_SMS_ONLY = 6
    ROAMING_SMS_ONLY = 7
    EMERGENCY_ONLY = 8
    HOME_CSFB_NOT_PREFERRED = 9
    ROAMING_CSFB_NOT_PREFERRED = 10
    ATTACHED_RLOS = 11


class NetworkAvailability(IntEnum):
    UNKNOWN = 0
    AVAILABLE = 1
    CURRENT = 2
    FORBIDDEN = 3


class AccessTech(IntFlag):
    UNKNOWN = 0
    POTS = 1 << 0
    GSM = 1 << 1
    GSM_COMPACT = 1 << 2
    GPRS = 1 << 3
    EDGE = 1 << 4
    UMTS = 1 << 5
    HSDPA = 1 << 6
    HSUPA = 1 << 7
    HSPA = 1 << 8
    HSPA_PLUS = 1 << 9
    LTE = 1 << 14
    NR5G = 1 << 15
    LTE_CAT_M = 1 << 16
    LTE_NB_IOT = 1 << 17


class SmsState(IntEnum):
    UNKNOWN = 0
    STORED = 1
    RECEIVING = 2
    RECEIVED = 3
    SENDING = 4
    SENT = 5


class SmsPduType(IntEnum):
    UNKNOWN = 0
    DELIVER = 1
    SUBMIT = 2
    STATUS_REPORT = 3


class SmsStorage(IntEnum):
    UNKNOWN = 0
    SM = 1
    ME = 2
    MT = 3
    SR = 4
    BM = 5
    TA = 6


class UssdState(IntEnum):
    UNKNOWN = 0
    IDLE = 1
    ACTIVE = 2
    USER_RESPONSE = 3


class PortType(IntEnum):
    UNKNOWN = 1
    NET = 2
    AT = 3
    QCDM = 4
    GPS = 5
    QMI = 6
    MBIM = 7
    AUDIO = 8
    IGNORED = 9
    XMMRPC = 10


class IpFamily(IntFlag):
    NONE = 0
    IPV4 = 1
    IPV6 = 2
    IPV4V6 = 4


class AllowedAuth(IntFlag):
    UNKNOWN = 0
    NONE = 1
    PAP = 2
    CHAP = 4


FACILITY_SIM = 1  # MMModem3gppFacility: the SIM PIN lock
LOCATION_3GPP_LAC_CI = 1  # MMModemLocationSource

REGISTRATION: dict[int, t.RegistrationState] = {
    RegState.IDLE: "notRegistered", RegState.HOME: "registeredHome",
    RegState.SEARCHING: "searching", RegState.DENIED: "denied", RegState.UNKNOWN: "unknown",
    RegState.ROAMING: "registeredRoaming", RegState.HOME_SMS_ONLY: "smsOnlyHome",
    RegState.ROAMING_SMS_ONLY: "smsOnlyRoaming", RegState.EMERGENCY_ONLY: "emergencyOnly",
    RegState.HOME_CSFB_NOT_PREFERRED: "csfbNotPreferredHome",
    RegState.ROAMING_CSFB_NOT_PREFERRED: "csfbNotPreferredRoaming",
    RegState.ATTACHED_RLOS: "emergencyOnly",
}
ROAMING_STATES = {RegState.ROAMING, RegState.ROAMING_SMS_ONLY,
                  RegState.ROAMING_CSFB_NOT_PREFERRED}
AVAILABILITY: dict[int, t.NetworkStatus] = {
    NetworkAvailability.UNKNOWN: "unknown", NetworkAvailability.AVAILABLE: "available",
    NetworkAvailability.CURRENT: "current", NetworkAvailability.FORBIDDEN: "forbidden",
}
STORAGE: dict[int, t.SMSStorage] = {
    SmsStorage.SM: "SM", SmsStorage.ME: "ME", SmsStorage.MT: "MT", SmsStorage.SR: "SR",
    SmsStorage.BM: "BM",
}
IP_TYPES: dict[str, IpFamily] = {
    "IPv4": IpFamily.IPV4, "IPv6": IpFamily.IPV6, "IPv4v6": IpFamily.IPV4V6,
}
AUTH: dict[str, AllowedAuth] = {
    "none": AllowedAuth.NONE, "PAP": AllowedAuth.PAP, "CHAP": AllowedAuth.CHAP,
    "PAPOrCHAP": AllowedAuth.PAP | AllowedAuth.CHAP,
}


def registration(value: Any) -> t.RegistrationState:
    return REGISTRATION.get(value, "unknown") if isinstance(value, int) else "unknown"


def rat_type(access_technologies: Any) -> t.RATType:
    """The best access technology in an MMModemAccessTechnology mask, in TS 27.007 words."""
    mask = AccessTech(_int(access_technologies) & 0x3FFFF)
    ordered: tuple[tuple[AccessTech, t.RATType], ...] = (
        (AccessTech.NR5G, "NG_RAN"), (AccessTech.LTE_NB_IOT, "E_UTRAN_NB_S1"),
        (AccessTech.LTE | AccessTech.LTE_CAT_M, "E_UTRAN"),
        (AccessTech.HSPA | AccessTech.HSPA_PLUS, "UTRAN_HSPA"),
        (AccessTech.HSUPA, "UTRAN_HSUPA"), (AccessTech.HSDPA, "UTRAN_HSDPA"),
        (AccessTech.UMTS, "UTRAN"), (AccessTech.EDGE, "GSM_EGPRS"),
        (AccessTech.GSM_COMPACT, "GSM_COMPACT"), (AccessTech.GSM | AccessTech.GPRS, "GSM"),
    )
    for bits, name in ordered:
        if mask & bits:
            return name
    return "UNKNOWN"


def pin_state(lock: Any, puk_retries: int | None) -> t.PINState:
    """CMAPI PIN state of the PIN1 entry from ``UnlockRequired``."""
    value = _int(lock)
    if value == ModemLock.NONE or value in (ModemLock.SIM_PIN2, ModemLock.SIM_PUK2):
        return "ready"
    if value == ModemLock.SIM_PIN:
        return "PINRequired"
    if value == ModemLock.SIM_PUK:
        return "blocked" if puk_retries == 0 else "PUKRequired"
    if value in (ModemLock.PH_SIM_PIN,):
        return "phoneToSIMPINRequired"
    if value in (ModemLock.PH_NET_PIN, ModemLock.PH_NET_PUK):
        return "networkPINRequired"
    return "unknown"


def retries(unlock_retries: Any, lock: ModemLock) -> int | None:
    if isinstance(unlock_retries, dict):
        value = unlock_retries.get(int(lock))
        return int(value) if isinstance(value, int) else None
    return None


def signal_values(percent: int, lte: dict[str, Any], umts: dict[str, Any],
                  gsm: dict[str, Any], nr: dict[str, Any]) -> dict[str, int]:
    """CMAPI signal numbers from ``SignalQuality`` (percent) and the Signal interface (dBm)."""
    percent = max(0, min(100, percent))
    rssi: float | None = None
    extra: dict[str, int] = {}
    for table in (nr, lte, umts, gsm):
        if isinstance(table.get("rssi"), int | float):
            rssi = float(table["rssi"])
            break
    for key, name in (("rsrp", "RSRP"), ("rsrq", "RSRQ"), ("snr", "SINR")):
        for table in (nr, lte):
            if isinstance(table.get(key), int | float):
                extra[name] = round(float(table[key]))
                break
    if rssi is None:  # no Signal data: estimate from the percentage (-113..-51 dBm)
        rssi = -113 + percent * 62 / 100
    strength = max(-140, min(-20, round(rssi)))
    bars = 0 if percent == 0 else min(5, 1 + percent // 20)
    quality = 99 if percent == 0 else min(7, (100 - percent) * 8 // 100)
    return {"signalStrength": strength, "signalPercentage": percent, "signalQuality": quality,
            "bars": bars, "RSSI": strength, **extra}


def parse_lac_ci(value: Any) -> dict[str, int] | None:
    """LAC, cell id and TAC of a 3GPP-LAC-CI location string ``MCC,MNC,LAC,CI,TAC`` (hex)."""
    if not isinstance(value, str):
        return None
    parts = value.split(",")
    if len(parts) < 4:
        return None
    out: dict[str, int] = {}
    for key, index in (("LAC", 2), ("cellId", 3), ("TAC", 4)):
        try:
            number = int(parts[index], 16) if index < len(parts) and parts[index] else 0
        except ValueError:
            return None
        if number:
            out[key] = number
    return out


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) else 0


# --- errors --------------------------------------------------------------------------------

_SIM_ERRORS = {
    "MobileEquipment.SimNotInserted": (ErrorCode.NO_SMART_CARD, "no SIM card is inserted"),
    "MobileEquipment.SimPin": (ErrorCode.SMART_CARD_NOT_ACCESSIBLE,
                               "the SIM is locked: enter the PIN first"),
    "MobileEquipment.SimPuk": (ErrorCode.SMART_CARD_NOT_ACCESSIBLE,
                               "the SIM is blocked: enter the PUK first"),
    "MobileEquipment.SimFailure": (ErrorCode.SMART_CARD_NOT_ACCESSIBLE, "the SIM card failed"),
    "MobileEquipment.SimBusy": (ErrorCode.BUSY, "the SIM is busy"),
    "MobileEquipment.SimWrong": (ErrorCode.SMART_CARD_NOT_ACCESSIBLE,
                                 "the SIM card is not usable"),
}
_GENERAL = {
    "Core.Unsupported": (ErrorCode.NOT_SUPPORTED, "ModemManager does not support this here"),
    "Core.Unauthorized": (ErrorCode.SECURITY_NOT_PRIVILEGED,
                          "ModemManager refused: not authorized (polkit)"),
    "Core.InvalidArgs": (ErrorCode.INVALID_PARAMETER, "invalid parameter"),
    "Core.NotFound": (ErrorCode.INVALID_PARAMETER, "no such object"),
    "Core.WrongState": (ErrorCode.INVALID_OPERATION, "the modem is not ready for this"),
    "Core.InProgress": (ErrorCode.BUSY, "another operation is in progress"),
    "Core.Retry": (ErrorCode.BUSY, "the modem is busy; try again"),
    "Core.Connected": (ErrorCode.CANNOT_ACTIVATE_WHILE_CONNECTED,
                       "not possible while connected"),
    "Core.Cancelled": (ErrorCode.INVALID_OPERATION, "cancelled"),
    "Core.Aborted": (ErrorCode.INVALID_OPERATION, "aborted"),
    "Core.Timeout": (ErrorCode.BUSY, "the modem did not answer in time"),
    "MobileEquipment.NotAllowed": (ErrorCode.INVALID_OPERATION, "operation not allowed"),
    "MobileEquipment.NotSupported": (ErrorCode.NOT_SUPPORTED, "the modem does not support this"),
    "MobileEquipment.NoNetwork": (ErrorCode.NO_SERVICE, "no network service"),
    "MobileEquipment.NetworkTimeout": (ErrorCode.NO_SERVICE, "the network did not answer"),
    "MobileEquipment.IncorrectParameters": (ErrorCode.INVALID_PARAMETER, "incorrect parameters"),
}
# Session-management causes (TS 24.008 10.5.6.6) behind ModemManager's activation errors.
_SM_CAUSES = {
    "MissingOrUnknownApn": 27, "GprsMissingOrUnknownApn": 27,
    "UnknownPdpAddressOrType": 28, "GprsUnknownPdpAddressOrType": 28,
    "UserAuthenticationFailed": 29, "GprsUserAuthenticationFailed": 29,
    "ActivationRejectedByGgsnOrGw": 30, "ActivationRejectedUnspecified": 31,
    "ServiceOptionNotSupported": 32, "GprsServiceOptionNotSupported": 32,
    "ServiceOptionNotSubscribed": 33, "GprsServiceOptionNotSubscribed": 33,
    "ServiceOptionOutOfOrder": 34, "GprsServiceOptionOutOfOrder": 34,
}
# Mobility-management causes (TS 24.008 10.5.3.6) behind registration errors.
_MM_CAUSES = {
    "NetworkNotAllowed": 11, "GprsPlmnNotAllowed": 11, "PlmnNotAllowed": 11,
    "GprsLocationNotAllowed": 12, "LocationNotAllowed": 12,
    "GprsRoamingNotAllowed": 13, "RoamingNotAllowedInLocationArea": 13,
}
_SW_BLOCKED = 0x6983  # authentication method blocked


def translate(name: str, text: str, *, pin_kind: PinErrorKind | None = None,
              tries_left: int | None = None) -> CmapiError:
    """A ModemManager D-Bus error as a CMAPI error.

    For a PIN/PUK operation ``pin_kind`` says what a wrong code means (wrong PIN, wrong old PIN,
    wrong PUK) and ``tries_left`` is the count after the failure (from ``UnlockRetries``).
    """
    short = name.removeprefix(ERROR_PREFIX)
    data: dict[str, Any] = {"dbus": name}
    if text:
        data["detail"] = text
    if pin_kind is not None and short == "MobileEquipment.IncorrectPassword":
        sw = 0x63C0 | tries_left if tries_left is not None and 0 <= tries_left <= 15 else None
        data["reason"] = "wrong code"
        return pin_error(pin_kind, sw, data=data)
    if pin_kind is not None and short == "MobileEquipment.SimPuk":
        blocked = (PinErrorKind.OLD_PIN_BLOCKED if pin_kind is PinErrorKind.WRONG_OLD_PIN
                   else PinErrorKind.PUK_BLOCKED if pin_kind is PinErrorKind.WRONG_PUK
                   else PinErrorKind.PIN_BLOCKED)
        data["reason"] = "the PIN is blocked: enter the PUK"
        return pin_error(blocked, _SW_BLOCKED, data=data)
    if pin_kind is PinErrorKind.WRONG_PUK and short == "MobileEquipment.SimWrong":
        data["reason"] = "the PUK is blocked: the SIM is unusable"
        return pin_error(PinErrorKind.PUK_BLOCKED, _SW_BLOCKED, data=data)
    domain, _, nick = short.partition(".")
    if domain == "MobileEquipment" and nick in _SM_CAUSES:
        data["reason"] = "the network refused the data connection"
        return cause_error(CauseFamily.SM, _SM_CAUSES[nick], data=data)
    if domain == "MobileEquipment" and nick in _MM_CAUSES:
        data["reason"] = "the network does not allow this"
        return cause_error(CauseFamily.MM, _MM_CAUSES[nick], data=data)
    known = _SIM_ERRORS.get(short) or _GENERAL.get(short)
    if known is not None:
        data["reason"] = known[1]
        return CmapiError(known[0], data=data)
    if short.startswith("Sms."):
        data["reason"] = "the message could not be handled"
        return CmapiError(ErrorCode.SMS_DEVICE_ERROR, data=data)
    if short.startswith("MessageError."):
        data["reason"] = "the network refused the message"
        return CmapiError(ErrorCode.SMS_COMMUNICATION_FAILURE, data=data)
    if name == "org.freedesktop.DBus.Error.InvalidArgs" and "interface" in text.lower():
        data["reason"] = "ModemManager does not offer this for this modem (yet)"
        return CmapiError(ErrorCode.NOT_SUPPORTED, data=data)
    if name in ("org.freedesktop.DBus.Error.UnknownMethod",
                "org.freedesktop.DBus.Error.UnknownInterface",
                "org.freedesktop.DBus.Error.UnknownObject"):
        data["reason"] = "ModemManager does not offer this for this modem"
        return CmapiError(ErrorCode.NOT_SUPPORTED, data=data)
    if name in ("org.freedesktop.DBus.Error.ServiceUnknown",
                "org.freedesktop.DBus.Error.NameHasNoOwner"):
        data["reason"] = "ModemManager is not running"
        return CmapiError(ErrorCode.NO_SUCH_DEVICE, data=data)
    data["reason"] = text or "ModemManager reported an error"
    return CmapiError(ErrorCode.FATAL, data=data)
