"""Gateway port states in CMAPI terms: ``reg``, ``type`` and ``signal`` as the seam reports them.

``reg`` (POWER_OFF, NO_SIM, PIN_REQUIRE, PUK_REQUIRE, UNREGISTER, SEARCHING_NETWORK,
REGISTER_OK, UNKNOWN) gives the SIM state, the registration and the radio at once. The API does
not tell home from roaming: REGISTER_OK is reported as ``registeredHome``. ``signal`` is the
27.007 ``<rssi>`` scale 0-31. USSD replies carry no state either: a reply that offers numbered
choices is taken to want an answer (:func:`ussd_state`), which is how a person reads it too.
"""

from __future__ import annotations

import re

from cmgui.at.commands.network import SignalQuality, rssi_to_dbm
from cmgui.cmapi import types as t

REG_STATES = ("POWER_OFF", "NO_SIM", "PIN_REQUIRE", "PUK_REQUIRE", "UNREGISTER",
              "SEARCHING_NETWORK", "REGISTER_OK", "UNKNOWN")

PIN_STATE: dict[str, t.PINState] = {
    "NO_SIM": "SIMAbsent", "PIN_REQUIRE": "PINRequired", "PUK_REQUIRE": "PUKRequired",
    "UNREGISTER": "ready", "SEARCHING_NETWORK": "ready", "REGISTER_OK": "ready",
}
REGISTRATION: dict[str, t.RegistrationState] = {
    "REGISTER_OK": "registeredHome", "SEARCHING_NETWORK": "searching",
    "UNREGISTER": "notRegistered", "POWER_OFF": "notRegistered", "NO_SIM": "notRegistered",
    "PIN_REQUIRE": "notRegistered", "PUK_REQUIRE": "notRegistered",
}
RAT: dict[str, t.RATType] = {"GSM": "GSM", "WCDMA": "UTRAN", "LTE": "E_UTRAN"}
RADIO_FLAGS: dict[str, int] = {
    "GSM": int(t.RadioFlag.GSM),
    "WCDMA": int(t.RadioFlag.GSM | t.RadioFlag.UMTS),
    "LTE": int(t.RadioFlag.GSM | t.RadioFlag.UMTS | t.RadioFlag.LTE),
    "CDMA": int(t.RadioFlag.CDMA),
}


def pin_state(reg: str) -> t.PINState:
    return PIN_STATE.get(reg, "unknown")


def registration(reg: str) -> t.RegistrationState:
    return REGISTRATION.get(reg, "unknown")


def registered(reg: str) -> bool:
    return reg == "REGISTER_OK"


def radio_on(reg: str) -> bool:
    return reg not in ("POWER_OFF", "")


def device_state(reg: str) -> t.DeviceState:
    if reg in ("PIN_REQUIRE", "PUK_REQUIRE"):
        return t.DeviceState.LOCKED
    if reg in ("REGISTER_OK", "UNREGISTER", "SEARCHING_NETWORK"):
        return t.DeviceState.READY
    return t.DeviceState.PRESENT


def rat_type(port_type: str) -> t.RATType:
    return RAT.get(port_type, "UNKNOWN")


def radio_flags(port_type: str) -> int:
    return RADIO_FLAGS.get(port_type, 0)


def signal_strength(signal: int | None, port_type: str) -> t.SignalStrength:
    """CMAPI signal figures from the port's 0-31 ``signal`` (99 or None: no signal)."""
    dbm = rssi_to_dbm(signal) if signal is not None and 0 <= signal <= 31 else None
    quality = SignalQuality(rssi_dbm=dbm)
    value = dbm if dbm is not None else -113.0
    percentage = max(0, min(100, round(100 * (value + 113) / 62))) if dbm is not None else 0
    result: t.SignalStrength = {
        "signalStrength": round(value), "signalPercentage": percentage,
        "signalQuality": percentage, "bars": quality.bars, "RATType": rat_type(port_type),
    }
    if dbm is not None:
        result["RSSI"] = round(dbm)
    return result


#: MCCs whose networks use three-digit MNCs (North America, India's 405, parts of Latin America).
THREE_DIGIT_MNC = frozenset({
    "302", "310", "311", "312", "313", "314", "315", "316", "334", "338", "342", "344", "346",
    "348", "354", "356", "358", "360", "365", "366", "376", "405", "708", "722", "732",
})


def plmn_of(imsi: str) -> tuple[str, str]:
    """(MCC, MNC) of an IMSI; ("", "") when it is not one."""
    digits = re.sub(r"\D", "", imsi)
    if len(digits) < 6:
        return "", ""
    mcc = digits[:3]
    return mcc, digits[3:6] if mcc in THREE_DIGIT_MNC else digits[3:5]


_CHOICE = re.compile(r"^\s*\d{1,2}\s*[.):\-]", re.MULTILINE)


def ussd_state(text: str) -> t.USSDState:
    """"actionRequired" for a reply offering numbered choices (a menu), else "finished"."""
    return "actionRequired" if len(_CHOICE.findall(text)) >= 2 else "finished"
