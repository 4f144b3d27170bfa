"""NetworkManager -> CMAPI WLAN translation (pure) and settings encoding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.dbus import nm_model as n
from cmgui.drivers.dbus.nm_wlan import to_variants


@pytest.mark.parametrize(("flags", "wpa", "rsn", "expected"), [
    (0, 0, 0, "open"),
    (1, 0, 0, "WEP"),
    (1, 0x100, 0, "WPA-PSK"),
    (1, 0, 0x188, "WPA2-PSK"),
    (1, 0, 0x588, "WPA3-SAE"),
    (1, 0, 0x288, "WPA2-EAP"),
    (1, 0, 0x2288, "WPA3-EAP"),
])
def test_ap_security(flags: int, wpa: int, rsn: int, expected: str) -> None:
    assert n.ap_security(flags, wpa, rsn) == expected


def test_access_point_record() -> None:
    ap = n.access_point({"Ssid": b"Caf\xc3\xa9", "HwAddress": "AA:BB:CC:DD:EE:FF",
                         "Flags": 0, "WpaFlags": 0, "RsnFlags": 0, "Strength": 100,
                         "Frequency": 2412})
    assert ap == {"SSID": "Café", "BSSID": "AA:BB:CC:DD:EE:FF", "security": "open",
                  "signalStrength": -20, "frequency": 2412, "band": "2.4GHz"}
    assert n.percent_to_dbm(0) == -90 and n.percent_to_dbm(250) == -20
    assert [n.band_of(f) for f in (2437, 5180, 5955, 60000)] == [
        "2.4GHz", "5GHz", "6GHz", "unknown"]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["Ssid", "HwAddress", "Strength", "Frequency",
                                        "Flags", "RsnFlags"]),
                       st.one_of(st.binary(max_size=40), st.integers(0, 10**6),
                                 st.text(max_size=20), st.none(), st.lists(st.integers()))))
def test_garbage_access_point_props_never_crash(props: dict[str, object]) -> None:
    ap = n.access_point(props)
    assert -90 <= ap["signalStrength"] <= -20
    assert ap["security"] in ("open", "WEP", "WPA-PSK", "WPA2-PSK", "WPA3-SAE", "WPA2-EAP",
                              "WPA3-EAP")
    assert isinstance(ap["SSID"], str) and ap["frequency"] >= 0


def test_profiles_round_trip() -> None:
    settings_ = n.new_connection("HomeNet", "WPA2-PSK", "correct horse", False, 4)
    assert settings_[n.SECURITY_SETTING] == {"key-mgmt": "wpa-psk", "psk": "correct horse"}
    known = n.known_network(7, settings_)
    assert known == {"index": 7, "SSID": "HomeNet", "security": "WPA2-PSK", "hidden": False,
                     "priority": 4}
    assert n.is_wifi(settings_) and not n.is_wifi({"connection": {"type": "gsm"}})
    sae = n.new_connection("Lab", "WPA3-SAE", "pw", True, 0)
    assert n.connection_security(sae) == "WPA3-SAE" and n.known_network(1, sae)["hidden"]
    assert n.SECURITY_SETTING not in n.new_connection("Cafe", "open", "", False, 0)
    variants = to_variants(settings_)
    assert variants["802-11-wireless"]["ssid"].signature == "ay"
    assert variants["connection"]["autoconnect-priority"].signature == "i"
    assert variants["802-11-wireless"]["hidden"].signature == "b"
    wep = to_variants({n.SECURITY_SETTING: n.security_settings("WEP", "abcde") or {}})
    assert wep[n.SECURITY_SETTING]["wep-key-type"].signature == "u"


@pytest.mark.parametrize(("security", "key", "code"), [
    ("WPA2-PSK", "short", ErrorCode.WLAN_INVALID_KEY),
    ("WPA2-PSK", "x" * 64, ErrorCode.WLAN_INVALID_KEY),
    ("WEP", "1234", ErrorCode.WLAN_INVALID_KEY),
    ("WPA3-SAE", "", ErrorCode.WLAN_INVALID_KEY),
    ("WPA2-EAP", "", ErrorCode.WLAN_INVALID_EAP_CONFIG),
])
def test_bad_keys(security: n.t.WLANSecurity, key: str, code: int) -> None:
    with pytest.raises(CmapiError) as info:
        n.new_connection("Net", security, key, False, 0)
    assert info.value.code == code


def test_ssid_limits() -> None:
    assert n.check_ssid("a" * 32) == b"a" * 32
    for bad in ("", "é" * 17):
        with pytest.raises(CmapiError) as info:
            n.check_ssid(bad)
        assert info.value.code == ErrorCode.WLAN_INVALID_SSID
    assert n.new_connection("N", "WPA2-PSK", "0" * 64, False, 0)
