"""NetworkManager's D-Bus vocabulary and its translation into CMAPI WLAN terms (pure, no I/O).

Values are NetworkManager's (nm-dbus-interface.h, "D-Bus API types" of its documentation).
"""

from __future__ import annotations

import enum
import re
import uuid
from typing import Any

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

BUS_NAME = "org.freedesktop.NetworkManager"
MANAGER_PATH = "/org/freedesktop/NetworkManager"
SETTINGS_PATH = "/org/freedesktop/NetworkManager/Settings"
MANAGER = BUS_NAME
SETTINGS = f"{BUS_NAME}.Settings"
CONNECTION = f"{BUS_NAME}.Settings.Connection"
DEVICE = f"{BUS_NAME}.Device"
WIRELESS = f"{BUS_NAME}.Device.Wireless"
DEVICE_MODEM = f"{BUS_NAME}.Device.Modem"
ACCESS_POINT = f"{BUS_NAME}.AccessPoint"
ACTIVE = f"{BUS_NAME}.Connection.Active"
IP4CONFIG = f"{BUS_NAME}.IP4Config"

DEVICE_TYPE_WIFI = 2
DEVICE_TYPE_MODEM = 8
DEVICE_STATE_ACTIVATED = 100
ACTIVE_ACTIVATING, ACTIVE_ACTIVATED, ACTIVE_DEACTIVATING, ACTIVE_DEACTIVATED = 1, 2, 3, 4
WIFI_TYPE = "802-11-wireless"
SECURITY_SETTING = "802-11-wireless-security"

# NM80211ApFlags / NM80211ApSecurityFlags
AP_PRIVACY = 0x1
KEY_MGMT_PSK = 0x100
KEY_MGMT_802_1X = 0x200
KEY_MGMT_SAE = 0x400
KEY_MGMT_OWE = 0x800
EAP_SUITE_B_192 = 0x2000

_KEY_MGMT: dict[str, t.WLANSecurity] = {
    "none": "WEP", "ieee8021x": "WEP", "wpa-psk": "WPA2-PSK", "sae": "WPA3-SAE",
    "wpa-eap": "WPA2-EAP", "wpa-eap-suite-b-192": "WPA3-EAP", "owe": "open",
}
_HEX64 = re.compile(r"^[0-9A-Fa-f]{64}$")


def ap_security(flags: int, wpa_flags: int, rsn_flags: int) -> t.WLANSecurity:
    """What an access point asks for, from its Flags, WpaFlags and RsnFlags."""
    if rsn_flags & EAP_SUITE_B_192:
        return "WPA3-EAP"
    if rsn_flags & KEY_MGMT_SAE:
        return "WPA3-SAE"
    if rsn_flags & KEY_MGMT_802_1X or wpa_flags & KEY_MGMT_802_1X:
        return "WPA2-EAP"
    if rsn_flags & KEY_MGMT_PSK:
        return "WPA2-PSK"
    if wpa_flags & KEY_MGMT_PSK:
        return "WPA-PSK"
    if flags & AP_PRIVACY and not (wpa_flags or rsn_flags):
        return "WEP"
    return "open"


def percent_to_dbm(percent: int) -> int:
    """NetworkManager maps -90..-20 dBm linearly onto 0..100 %; this is the inverse."""
    return round(-90 + max(0, min(100, percent)) * 0.7)


def band_of(mhz: int) -> str:
    if 2400 <= mhz < 2500:
        return "2.4GHz"
    if 4900 <= mhz < 5925:
        return "5GHz"
    if 5925 <= mhz < 7125:
        return "6GHz"
    return "unknown"


def ssid_text(raw: Any) -> str:
    if isinstance(raw, bytes | bytearray):
        return bytes(raw).decode("utf-8", "replace")
    if isinstance(raw, list):
        return bytes(int(b) & 0xFF for b in raw).decode("utf-8", "replace")
    return str(raw or "")


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def access_point(props: dict[str, Any]) -> t.WLANNetwork:
    freq = _int(props.get("Frequency"))
    return {
        "SSID": ssid_text(props.get("Ssid", b"")),
        "BSSID": str(props.get("HwAddress", "")),
        "security": ap_security(_int(props.get("Flags")), _int(props.get("WpaFlags")),
                                _int(props.get("RsnFlags"))),
        "signalStrength": percent_to_dbm(_int(props.get("Strength"))),
        "frequency": freq,
        "band": band_of(freq),
    }


def connection_security(settings: dict[str, Any]) -> t.WLANSecurity:
    security = settings.get(SECURITY_SETTING)
    if not isinstance(security, dict):
        return "open"
    return _KEY_MGMT.get(str(security.get("key-mgmt", "")), "open")


def is_wifi(settings: dict[str, Any]) -> bool:
    connection = settings.get("connection", {})
    return isinstance(connection, dict) and connection.get("type") == WIFI_TYPE


def known_network(index: int, settings: dict[str, Any]) -> t.KnownNetwork:
    wireless = settings.get(WIFI_TYPE)
    connection = settings.get("connection")
    wireless = wireless if isinstance(wireless, dict) else {}
    connection = connection if isinstance(connection, dict) else {}
    return {
        "index": index,
        "SSID": ssid_text(wireless.get("ssid", b"")) or str(connection.get("id", "")),
        "security": connection_security(settings),
        "hidden": bool(wireless.get("hidden", False)),
        "priority": _int(connection.get("autoconnect-priority")),
    }


def check_ssid(ssid: str) -> bytes:
    raw = ssid.encode("utf-8")
    if not 1 <= len(raw) <= 32:
        raise CmapiError(ErrorCode.WLAN_INVALID_SSID, data={
            "reason": "an SSID has 1 to 32 bytes"})
    return raw


def check_key(security: t.WLANSecurity, key: str) -> None:
    if security in ("WPA-PSK", "WPA2-PSK"):
        if not (8 <= len(key) <= 63 or _HEX64.match(key)):
            raise CmapiError(ErrorCode.WLAN_INVALID_KEY, data={
                "reason": "a WPA passphrase has 8 to 63 characters (or 64 hex digits)"})
    elif security == "WPA3-SAE":
        if not key:
            raise CmapiError(ErrorCode.WLAN_INVALID_KEY, data={"reason": "a password is needed"})
    elif security == "WEP":
        if len(key) not in (5, 13) and not re.fullmatch(r"[0-9A-Fa-f]{10}|[0-9A-Fa-f]{26}", key):
            raise CmapiError(ErrorCode.WLAN_INVALID_KEY, data={
                "reason": "a WEP key has 5 or 13 characters, or 10 or 26 hex digits"})
    elif security in ("WPA2-EAP", "WPA3-EAP"):
        raise CmapiError(ErrorCode.WLAN_INVALID_EAP_CONFIG, data={
            "reason": "enterprise (EAP) networks are set up in the system's network settings"})


def security_settings(security: t.WLANSecurity, key: str) -> dict[str, Any] | None:
    """The ``802-11-wireless-security`` setting for a CMAPI security and key (None: open)."""
    if security == "open":
        return None
    check_key(security, key)
    if security == "WEP":
        return {"key-mgmt": "none", "wep-key0": key, "wep-key-type": 1}
    return {"key-mgmt": "sae" if security == "WPA3-SAE" else "wpa-psk", "psk": key}


def new_connection(ssid: str, security: t.WLANSecurity, key: str, hidden: bool,
                   priority: int) -> dict[str, dict[str, Any]]:
    """Connection settings (``a{sa{sv}}`` as plain values) for a Wi-Fi profile."""
    raw = check_ssid(ssid)
    settings: dict[str, dict[str, Any]] = {
        "connection": {"id": ssid, "type": WIFI_TYPE, "uuid": str(uuid.uuid4()),
                       "autoconnect-priority": priority},
        WIFI_TYPE: {"ssid": raw, "mode": "infrastructure", "hidden": hidden},
        "ipv4": {"method": "auto"},
        "ipv6": {"method": "auto"},
    }
    sec = security_settings(security, key)
    if sec is not None:
        settings[SECURITY_SETTING] = sec
    return settings


# --- NetworkManager's D-Bus errors ---------------------------------------------------------

class NMErrorKind(enum.Enum):
    """What a NetworkManager D-Bus error means, whatever call raised it."""

    DENIED = "denied"
    NO_SUCH_PROFILE = "no-such-profile"
    NOT_ACTIVE = "not-active"
    BAD_SETTINGS = "bad-settings"
    UNUSABLE_DEVICE = "unusable-device"
    NOT_RUNNING = "not-running"
    OTHER = "other"


_ERROR_KINDS: dict[str, NMErrorKind] = {
    **dict.fromkeys(("PermissionDenied", "NotAuthorized", "AccessDenied"), NMErrorKind.DENIED),
    **dict.fromkeys(("UnknownConnection", "InvalidConnection", "DoesNotExist"),
                    NMErrorKind.NO_SUCH_PROFILE),
    **dict.fromkeys(("NotActive", "ConnectionNotActive"), NMErrorKind.NOT_ACTIVE),
    **dict.fromkeys(("InvalidProperty", "MissingProperty", "InvalidSetting",
                     "InvalidArguments"), NMErrorKind.BAD_SETTINGS),
    **dict.fromkeys(("UnknownDevice", "UnmanagedDevice"), NMErrorKind.UNUSABLE_DEVICE),
    **dict.fromkeys(("ServiceUnknown", "NameHasNoOwner"), NMErrorKind.NOT_RUNNING),
}

#: The CMAPI code and reason of each kind, unless a caller's table says otherwise (a reason of
#: None keeps the error's own text out of ``reason``).
ErrorTable = dict[NMErrorKind, tuple[int, str | None]]
DEFAULT_ERRORS: ErrorTable = {
    NMErrorKind.DENIED: (ErrorCode.SECURITY_NOT_PRIVILEGED,
                         "NetworkManager refused: not authorized (polkit)"),
    NMErrorKind.NO_SUCH_PROFILE: (ErrorCode.INVALID_PARAMETER,
                                  "NetworkManager has no such connection profile"),
    NMErrorKind.NOT_ACTIVE: (ErrorCode.NOT_CONNECTED, None),
    NMErrorKind.BAD_SETTINGS: (ErrorCode.INVALID_PARAMETER,
                               "NetworkManager rejected the settings"),
    NMErrorKind.UNUSABLE_DEVICE: (ErrorCode.NO_SUCH_DEVICE,
                                  "NetworkManager cannot use this device"),
    NMErrorKind.NOT_RUNNING: (ErrorCode.NO_SUCH_DEVICE, "NetworkManager is not running"),
}


def error_kind(name: str) -> NMErrorKind:
    return _ERROR_KINDS.get(name.rsplit(".", 1)[-1], NMErrorKind.OTHER)


def nm_error(name: str, text: str, table: ErrorTable | None = None) -> CmapiError:
    """A NetworkManager D-Bus error in CMAPI terms; ``table`` holds a domain's own codes (WLAN
    errors for Wi-Fi calls, profile errors for mobile broadband) over :data:`DEFAULT_ERRORS`."""
    data: dict[str, Any] = {"dbus": name}
    if text:
        data["detail"] = text
    kind = error_kind(name)
    code, reason = (table or {}).get(kind) or DEFAULT_ERRORS.get(
        kind, (ErrorCode.FATAL, text or "NetworkManager error"))
    if reason is not None:
        data["reason"] = reason
    return CmapiError(code, data=data)

