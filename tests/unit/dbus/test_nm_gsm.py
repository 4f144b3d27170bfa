"""NetworkManager mobile broadband vocabulary (nm_gsm): profiles and failure reasons."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.errors import CmapiError, ErrorCode, decode_cause_error
from cmgui.drivers.dbus import nm_gsm as g


def _plain(settings_v: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {k: {kk: vv.value for kk, vv in v.items()} for k, v in settings_v.items()}


def test_profile_with_password_is_system_owned_in_memory_and_manual() -> None:
    s = _plain(g.gsm_settings("internet", "web", "pw", "IPv4", "none", uuid_text="u-1"))
    assert s["connection"] == {"id": "cmgui internet", "type": "gsm", "uuid": "u-1",
                               "autoconnect": False}
    assert s["gsm"] == {"apn": "internet", "username": "web", "password": "pw",
                        "password-flags": g.SECRET_SYSTEM_OWNED}
    assert (s["ipv4"]["method"], s["ipv6"]["method"]) == ("auto", "ignore")
    assert "ppp" not in s


@pytest.mark.parametrize(("ip", "v4", "v6"), [("IPv4", "auto", "ignore"),
                                              ("IPv6", "disabled", "auto"),
                                              ("IPv4v6", "auto", "auto")])
def test_ip_type_maps_to_methods(ip: Any, v4: str, v6: str) -> None:
    s = _plain(g.gsm_settings("a", ip_addr_type=ip))
    assert (s["ipv4"]["method"], s["ipv6"]["method"]) == (v4, v6)
    assert s["gsm"]["password-flags"] == g.SECRET_NOT_REQUIRED and "password" not in s["gsm"]


@pytest.mark.parametrize(("auth", "allowed"), [("PAP", {"refuse-pap"}),
                                               ("CHAP", {"refuse-chap"}),
                                               ("PAPOrCHAP", {"refuse-pap", "refuse-chap"})])
def test_auth_refuses_the_other_methods(auth: Any, allowed: set[str]) -> None:
    ppp = _plain(g.gsm_settings("a", auth_type=auth))["ppp"]
    assert all(ppp.values())
    assert set(ppp) == {"refuse-eap", "refuse-pap", "refuse-chap", "refuse-mschap",
                        "refuse-mschapv2"} - allowed


def test_refers_to_modem_by_udi_or_interface() -> None:
    path = "/org/freedesktop/ModemManager1/Modem/0"
    assert g.refers_to_modem({"Udi": path}, path)
    assert g.refers_to_modem({"Udi": "/sys/x", "Interface": path}, path)
    assert not g.refers_to_modem({"Udi": path + "1"}, path)


def test_activation_errors_in_cmapi_terms() -> None:
    apn = g.activation_error(29, 3)
    assert decode_cause_error(apn.code) == (CauseFamily.SM, 27, 0)
    assert g.activation_error(7, 3).code == ErrorCode.INVALID_PASSWORD
    assert g.activation_error(None, 9).code == ErrorCode.INVALID_PASSWORD
    assert g.activation_error(45, 3).code == ErrorCode.NO_SMART_CARD
    assert g.activation_error(46, 3).code == ErrorCode.SMART_CARD_NOT_ACCESSIBLE
    assert g.activation_error(31, 3).code == ErrorCode.BEARER_NOT_POSSIBLE
    assert g.activation_error(None, None).data["reason"] == "NetworkManager could not connect"


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.integers(-2**40, 2**40)),
       st.one_of(st.none(), st.integers(-2**40, 2**40)))
def test_any_reason_gives_an_error_with_a_plain_reason(dev: int | None, ac: int | None) -> None:
    err = g.activation_error(dev, ac)
    assert isinstance(err, CmapiError) and err.data["reason"]


def test_dbus_errors_translate() -> None:
    assert g.translate("org.freedesktop.NetworkManager.PermissionDenied", "").code == (
        ErrorCode.SECURITY_NOT_PRIVILEGED)
    assert g.translate("org.freedesktop.NetworkManager.UnknownConnection", "x").code == (
        ErrorCode.PROFILE_NOT_FOUND)
    assert g.translate("org.freedesktop.NetworkManager.ConnectionNotActive", "").code == (
        ErrorCode.NO_CONNECTION_TO_DISCONNECT)
    assert g.translate("x.Weird", "boom").code == ErrorCode.FATAL


def test_connection_state_and_addresses() -> None:
    assert [g.connection_state(s) for s in (30, 40, 70, 100, 110, 120)] == [
        "disconnected", "connecting", "connecting", "connected", "disconnecting",
        "disconnected"]
    config = {"AddressData": [{"address": "10.0.0.2", "prefix": 30}],
              "NameserverData": [{"address": "1.1.1.1"}, {"bogus": 1}]}
    assert g.first_address(config) == "10.0.0.2" and g.first_address({}) == ""
    assert g.name_servers(config) == ["1.1.1.1"] and g.name_servers({"x": 1}) == []
    assert g.reusable({"connection": {"type": "gsm"}, "gsm": {"apn": "a", "username": "u"}},
                      "a", "u")
    assert not g.reusable({"connection": {"type": "gsm"}, "gsm": {"apn": "a"}}, "a", "u")
