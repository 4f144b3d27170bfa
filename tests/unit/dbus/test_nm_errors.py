"""NetworkManager's D-Bus errors: one classification, each domain's own CMAPI codes."""

from __future__ import annotations

import pytest

from cmgui.cmapi.errors import ErrorCode
from cmgui.drivers.dbus.nm_gsm import translate as gsm_translate
from cmgui.drivers.dbus.nm_model import NMErrorKind, error_kind, nm_error
from cmgui.drivers.dbus.nm_wlan import WLAN_ERRORS

NM = "org.freedesktop.NetworkManager."


@pytest.mark.parametrize(("short", "kind"), [
    ("PermissionDenied", NMErrorKind.DENIED), ("Settings.PermissionDenied", NMErrorKind.DENIED),
    ("UnknownConnection", NMErrorKind.NO_SUCH_PROFILE),
    ("ConnectionNotActive", NMErrorKind.NOT_ACTIVE),
    ("InvalidSetting", NMErrorKind.BAD_SETTINGS),
    ("UnmanagedDevice", NMErrorKind.UNUSABLE_DEVICE),
    ("ServiceUnknown", NMErrorKind.NOT_RUNNING), ("Frobnicated", NMErrorKind.OTHER),
])
def test_error_names_are_classified_once(short: str, kind: NMErrorKind) -> None:
    assert error_kind(NM + short) is kind


def test_each_domain_answers_in_its_own_codes() -> None:
    denied, missing, inactive = (NM + "PermissionDenied", NM + "UnknownConnection",
                                 NM + "NotActive")
    assert nm_error(denied, "", WLAN_ERRORS).code == ErrorCode.WLAN_PROHIBITED_BY_POLICY
    assert gsm_translate(denied, "").code == ErrorCode.SECURITY_NOT_PRIVILEGED
    assert nm_error(missing, "", WLAN_ERRORS).code == ErrorCode.WLAN_NO_NETWORK_AT_INDEX
    assert gsm_translate(missing, "").code == ErrorCode.PROFILE_NOT_FOUND
    assert nm_error(inactive, "", WLAN_ERRORS).code == ErrorCode.WLAN_NO_CONNECTION
    assert gsm_translate(inactive, "").code == ErrorCode.NO_CONNECTION_TO_DISCONNECT


def test_shared_meanings_and_the_unknown() -> None:
    gone = nm_error("org.freedesktop.DBus.Error.ServiceUnknown", "", WLAN_ERRORS)
    assert gone.code == ErrorCode.NO_SUCH_DEVICE
    assert gone.data["reason"] == "NetworkManager is not running"
    odd = gsm_translate("x.Weird", "boom")
    assert odd.code == ErrorCode.FATAL
    assert odd.data == {"dbus": "x.Weird", "detail": "boom", "reason": "boom"}
    assert "reason" not in nm_error(NM + "NotActive", "", WLAN_ERRORS).data
