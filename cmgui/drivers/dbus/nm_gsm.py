"""Mobile broadband through NetworkManager: ``gsm`` profiles and failure reasons (pure, no I/O).

Values are NetworkManager's (nm-dbus-interface.h: NMDeviceState, NMDeviceStateReason,
NMActiveConnectionStateReason, NMSettingSecretFlags). How the settings map onto ModemManager's
connect properties is NetworkManager's own (nm-modem-broadband.c): the IP family comes from the
``ipv4``/``ipv6`` methods and the allowed authentication from the ``ppp`` ``refuse-*`` keys.
"""

from __future__ import annotations

import uuid
from typing import Any

from dbus_fast import Variant

from cmgui.cmapi import types as t
from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.errors import CmapiError, ErrorCode, cause_error
from cmgui.drivers.dbus.nm_model import ErrorTable, NMErrorKind, nm_error

GSM_TYPE = "gsm"
PROFILE_PREFIX = "cmgui "

# NMDeviceState
DEVICE_DISCONNECTED, DEVICE_ACTIVATED, DEVICE_FAILED = 30, 100, 120
DEVICE_ACTIVATING = range(40, 100)  # PREPARE .. SECONDARIES
DEVICE_DEACTIVATING = 110

# NMSettingSecretFlags
SECRET_SYSTEM_OWNED, SECRET_AGENT_OWNED, SECRET_NOT_SAVED, SECRET_NOT_REQUIRED = 0, 1, 2, 4

# NMDeviceStateReason values that have a CMAPI meaning.
R_NO_SECRETS = 7
R_PPP_FAILED = range(12, 15)
R_MODEM = range(23, 29)  # busy, no dial tone, no carrier, dial timeout/failed, init failed
R_GSM_APN_FAILED = 29
R_GSM_REGISTRATION = range(30, 34)  # not searching, denied, timeout, failed
R_GSM_PIN_CHECK_FAILED = 34
R_REMOVED = 36
R_USER_REQUESTED = 39
R_MODEM_NOT_FOUND = 43
R_GSM_SIM_NOT_INSERTED, R_GSM_SIM_PIN_REQUIRED, R_GSM_SIM_PUK_REQUIRED, R_GSM_SIM_WRONG = (
    45, 46, 47, 48)
R_MODEM_MANAGER_UNAVAILABLE = 52
R_MODEM_FAILED = 57
R_SIM_PIN_INCORRECT = 59
R_NEW_ACTIVATION = 60

# NMActiveConnectionStateReason
AC_R_USER_DISCONNECTED = 2
AC_R_CONNECT_TIMEOUT = 6
AC_R_NO_SECRETS, AC_R_LOGIN_FAILED = 9, 10
AC_R_CONNECTION_REMOVED = 11

_REFUSE = ("refuse-eap", "refuse-pap", "refuse-chap", "refuse-mschap", "refuse-mschapv2")
_ALLOWED: dict[str, tuple[str, ...]] = {
    "PAP": ("refuse-pap",), "CHAP": ("refuse-chap",), "PAPOrCHAP": ("refuse-pap", "refuse-chap"),
}


def profile_id(apn: str) -> str:
    """The name of cmgui's own profile for an APN (as ``nmcli connection show`` lists it)."""
    return f"{PROFILE_PREFIX}{apn}" if apn else f"{PROFILE_PREFIX}(default APN)"


def refers_to_modem(device: dict[str, Any], modem_path: str) -> bool:
    """Whether NetworkManager device properties name ModemManager's modem ``modem_path``.

    NetworkManager puts the modem's object path in ``Udi``; ``Interface``/``IpInterface`` hold
    it on versions that name the device after the modem object."""
    return modem_path in (str(device.get("Udi", "")), str(device.get("Interface", "")),
                          str(device.get("IpInterface", "")))


def gsm_settings(apn: str, user_name: str = "", password: str = "",
                 ip_addr_type: t.IPAddrType = "IPv4", auth_type: t.AuthType = "none",
                 uuid_text: str | None = None) -> dict[str, dict[str, Variant]]:
    """A ``gsm`` profile (``a{sa{sv}}``) for cmgui: never autoconnects, and its password is a
    system-owned secret of an in-memory profile (see docs/dbus.md), or not required."""
    connection = {
        "id": Variant("s", profile_id(apn)),
        "type": Variant("s", GSM_TYPE),
        "uuid": Variant("s", uuid_text or str(uuid.uuid4())),
        "autoconnect": Variant("b", False),
    }
    gsm: dict[str, Variant] = {"apn": Variant("s", apn)}
    if user_name:
        gsm["username"] = Variant("s", user_name)
    if password:
        gsm["password"] = Variant("s", password)
        gsm["password-flags"] = Variant("u", SECRET_SYSTEM_OWNED)
    else:
        gsm["password-flags"] = Variant("u", SECRET_NOT_REQUIRED)
    ipv4 = "disabled" if ip_addr_type == "IPv6" else "auto"
    ipv6 = "ignore" if ip_addr_type == "IPv4" else "auto"
    settings: dict[str, dict[str, Variant]] = {
        "connection": connection, GSM_TYPE: gsm,
        "ipv4": {"method": Variant("s", ipv4)}, "ipv6": {"method": Variant("s", ipv6)},
    }
    allowed = _ALLOWED.get(auth_type)
    if allowed is not None:
        settings["ppp"] = {key: Variant("b", True) for key in _REFUSE if key not in allowed}
    return settings


def profile_apn(settings: dict[str, Any]) -> str:
    gsm = settings.get(GSM_TYPE)
    return str(gsm.get("apn", "")) if isinstance(gsm, dict) else ""


def is_gsm(settings: dict[str, Any]) -> bool:
    connection = settings.get("connection")
    return isinstance(connection, dict) and connection.get("type") == GSM_TYPE


def profile_name(settings: dict[str, Any]) -> str:
    connection = settings.get("connection")
    return str(connection.get("id", "")) if isinstance(connection, dict) else ""


def reusable(settings: dict[str, Any], apn: str, user_name: str) -> bool:
    """An existing ``gsm`` profile (the user's own) that fits a connect without a password:
    same APN and user name, so its stored secrets are the ones meant."""
    gsm = settings.get(GSM_TYPE)
    if not is_gsm(settings) or not isinstance(gsm, dict):
        return False
    return str(gsm.get("apn", "")) == apn and str(gsm.get("username", "")) == user_name


def first_address(ip_config: dict[str, Any]) -> str:
    """The first address of an ``IP4Config``/``IP6Config`` (``AddressData``)."""
    data = ip_config.get("AddressData")
    if isinstance(data, list):
        for entry in data:
            if isinstance(entry, dict) and entry.get("address"):
                return str(entry["address"])
    return ""


def name_servers(ip_config: dict[str, Any]) -> list[str]:
    data = ip_config.get("NameserverData")
    if isinstance(data, list):
        return [str(e["address"]) for e in data if isinstance(e, dict) and e.get("address")]
    return []


def connection_state(device_state: int) -> t.ConnectionState:
    if device_state == DEVICE_ACTIVATED:
        return "connected"
    if device_state in DEVICE_ACTIVATING:
        return "connecting"
    if device_state == DEVICE_DEACTIVATING:
        return "disconnecting"
    return "disconnected"


def activation_error(device_reason: int | None, active_reason: int | None) -> CmapiError:
    """Why NetworkManager did not bring the connection up, in CMAPI terms.

    ``device_reason`` is the NMDeviceStateReason of the device's fall to FAILED (the specific
    cause), ``active_reason`` the NMActiveConnectionStateReason of the DEACTIVATED state."""
    data: dict[str, Any] = {"networkManager": {"deviceReason": device_reason,
                                               "activeConnectionReason": active_reason}}
    dev = device_reason if device_reason is not None else -1
    if dev == R_GSM_APN_FAILED:
        return cause_error(CauseFamily.SM, 27, data={
            **data, "reason": "the network refused the APN (missing or unknown APN)"})
    if dev == R_NO_SECRETS or active_reason == AC_R_NO_SECRETS:
        return CmapiError(ErrorCode.INVALID_PASSWORD, data={
            **data, "reason": "NetworkManager has no password for this connection"})
    if dev in R_PPP_FAILED or active_reason == AC_R_LOGIN_FAILED:
        return CmapiError(ErrorCode.INVALID_PASSWORD, data={
            **data, "reason": "the network refused the user name or password"})
    if dev in R_GSM_REGISTRATION:
        return CmapiError(ErrorCode.BEARER_NOT_POSSIBLE, data={
            **data, "reason": "the modem is not registered with a network"})
    if dev == R_GSM_SIM_NOT_INSERTED:
        return CmapiError(ErrorCode.NO_SMART_CARD, data={
            **data, "reason": "no SIM card is inserted"})
    if dev in (R_GSM_PIN_CHECK_FAILED, R_GSM_SIM_PIN_REQUIRED, R_SIM_PIN_INCORRECT):
        return CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE, data={
            **data, "reason": "the SIM is locked: enter the PIN first"})
    if dev in (R_GSM_SIM_PUK_REQUIRED, R_GSM_SIM_WRONG):
        return CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE, data={
            **data, "reason": "the SIM is blocked or unusable"})
    if dev in (R_REMOVED, R_MODEM_NOT_FOUND, R_MODEM_MANAGER_UNAVAILABLE):
        return CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
            **data, "reason": "the modem went away"})
    if dev in (R_USER_REQUESTED, R_NEW_ACTIVATION) or active_reason in (
            AC_R_USER_DISCONNECTED, AC_R_CONNECTION_REMOVED):
        return CmapiError(ErrorCode.BEARER_NOT_POSSIBLE, data={
            **data, "reason": "the connection was cancelled before it came up"})
    if active_reason == AC_R_CONNECT_TIMEOUT:
        return CmapiError(ErrorCode.BUSY, data={
            **data, "reason": "the network did not answer in time"})
    if dev in R_MODEM or dev == R_MODEM_FAILED:
        return CmapiError(ErrorCode.BEARER_NOT_POSSIBLE, data={
            **data, "reason": "the modem could not set up the data connection"})
    return CmapiError(ErrorCode.BEARER_NOT_POSSIBLE, data={
        **data, "reason": "NetworkManager could not connect"})


#: NetworkManager errors of mobile broadband calls in CMAPI profile/connection terms.
GSM_ERRORS: ErrorTable = {
    NMErrorKind.NO_SUCH_PROFILE: (ErrorCode.PROFILE_NOT_FOUND,
                                  "NetworkManager has no such connection profile"),
    NMErrorKind.NOT_ACTIVE: (ErrorCode.NO_CONNECTION_TO_DISCONNECT, None),
    NMErrorKind.BAD_SETTINGS: (ErrorCode.INVALID_PARAMETER,
                               "NetworkManager rejected the connection settings"),
    NMErrorKind.UNUSABLE_DEVICE: (ErrorCode.NO_SUCH_DEVICE,
                                  "NetworkManager cannot use this modem"),
}


def translate(name: str, text: str) -> CmapiError:
    """A NetworkManager D-Bus error (from a mobile broadband call) in CMAPI terms."""
    return nm_error(name, text, GSM_ERRORS)
