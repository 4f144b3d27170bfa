"""Addresses, port states in CMAPI terms, fingerprints, the bulk CSV and its template."""

from __future__ import annotations

import pytest

from cmgui.cmapi.errors import CmapiError
from cmgui.drivers.gateway import tls
from cmgui.drivers.gateway.address import is_gateway_address, parse_gateway_address
from cmgui.drivers.gateway.protocol import states
from cmgui.service.gateway import Recipient, RecipientsError, fill_template, parse_recipients


def test_gateway_and_port_addresses() -> None:
    gw = parse_gateway_address("DINSTAR+HTTPS://GW.example:8443")
    assert (gw.scheme, gw.host, gw.tcp_port, gw.port) == ("https", "gw.example", 8443, None)
    assert gw.base_url == "https://gw.example:8443"
    assert gw.gateway == "dinstar+https://gw.example:8443"
    assert gw.port_address(3) == "dinstar+https://gw.example:8443/ports/3"
    port = parse_gateway_address("dinstar+http://admin@10.0.0.5/ports/31#fingerprint=ab")
    assert (port.port, port.user, port.fingerprint, port.effective_port) == (31, "admin", "ab",
                                                                             80)
    six = parse_gateway_address("dinstar+https://[fe80::1]/ports/0")
    assert six.base_url == "https://[fe80::1]" and six.hostname == "fe80::1"
    assert is_gateway_address("dinstar+http://x") and not is_gateway_address("http://x")


@pytest.mark.parametrize("address", ["http://gw", "dinstar+https://", "dinstar+https://gw/api",
                                     "dinstar+https://gw/ports/32", "dinstar+https://gw:99999"])
def test_bad_addresses_say_why(address: str) -> None:
    with pytest.raises(CmapiError) as info:
        parse_gateway_address(address)
    assert info.value.data["reason"]


@pytest.mark.parametrize(("reg", "pin", "registration", "radio", "state"), [
    ("POWER_OFF", "unknown", "notRegistered", False, "PRESENT"),
    ("NO_SIM", "SIMAbsent", "notRegistered", True, "PRESENT"),
    ("PIN_REQUIRE", "PINRequired", "notRegistered", True, "LOCKED"),
    ("PUK_REQUIRE", "PUKRequired", "notRegistered", True, "LOCKED"),
    ("UNREGISTER", "ready", "notRegistered", True, "READY"),
    ("SEARCHING_NETWORK", "ready", "searching", True, "READY"),
    ("REGISTER_OK", "ready", "registeredHome", True, "READY"),
    ("UNKNOWN", "unknown", "unknown", True, "PRESENT"),
    ("SOMETHING_NEW", "unknown", "unknown", True, "PRESENT"),
])
def test_reg_in_cmapi_terms(reg: str, pin: str, registration: str, radio: bool,
                            state: str) -> None:
    assert states.pin_state(reg) == pin
    assert states.registration(reg) == registration
    assert states.radio_on(reg) is radio
    assert states.device_state(reg).name == state


def test_signal_and_technology() -> None:
    strong = states.signal_strength(31, "LTE")
    assert (strong["signalStrength"], strong["signalPercentage"], strong["bars"]) == (-51, 100, 5)
    assert strong["RATType"] == "E_UTRAN"
    none = states.signal_strength(None, "GSM")
    assert (none["signalPercentage"], none["bars"], none["RATType"]) == (0, 0, "GSM")
    assert "RSSI" not in none and states.signal_strength(99, "WCDMA")["bars"] == 0
    assert states.rat_type("WCDMA") == "UTRAN" and states.rat_type("CDMA") == "UNKNOWN"
    assert states.radio_flags("LTE") == 7 and states.radio_flags("UNKNOWN") == 0


def test_plmn_of_imsi() -> None:
    assert states.plmn_of("262011234567890") == ("262", "01")
    assert states.plmn_of("310260123456789") == ("310", "260")
    assert states.plmn_of("") == ("", "")


@pytest.mark.parametrize(("text", "state"), [
    ("Your balance is 12.34 EUR.", "finished"),
    ("Virtual Telecom\n1. Balance\n2. Data offers\n0. Exit", "actionRequired"),
    ("Choose:\n1) Top up\n2) Offers", "actionRequired"),
    ("1 GB activated. Your balance is 7.34 EUR.", "finished"),
])
def test_ussd_state_from_the_reply(text: str, state: str) -> None:
    assert states.ussd_state(text) == state


def test_fingerprints() -> None:
    raw = "AB" * 32
    assert tls.normalise_fingerprint(":".join(["ab"] * 32)) == raw.lower()
    assert tls.normalise_fingerprint("SHA256:" + raw) == raw.lower()
    assert tls.display_fingerprint(raw.lower()) == ":".join(["AB"] * 32)
    with pytest.raises(tls.FingerprintError, match="32 pairs"):
        tls.normalise_fingerprint("ab:cd")
    assert tls.fingerprint_of(b"") == \
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_recipients_csv() -> None:
    text = "\ufeffnumber,param1,param2,user_id\n+4915112345,Anna,3,7\n\n015200000, Ben ,4,\n"
    assert parse_recipients(text) == [Recipient("+4915112345", ("Anna", "3"), 7),
                                      Recipient("015200000", ("Ben", "4"), None)]
    assert parse_recipients("Number;Param\n12345;x\n") == [Recipient("12345", ("x",))]
    assert parse_recipients("number\n12345\n") == [Recipient("12345")]


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty"), ("phone\n123\n", "no 'number' column"), ("number\n", "no recipients"),
    ("number,x\n,1\n", "line 2: no number"), ("number\nabc\n", "line 2: 'abc'"),
    ("number,user_id\n123,x\n", "line 2: user_id"),
])
def test_bad_recipients_files_name_the_line(text: str, message: str) -> None:
    with pytest.raises(RecipientsError, match=message):
        parse_recipients(text)


def test_template_fills_in_order() -> None:
    assert fill_template("Hi #param#, you owe #param# EUR", ["Anna", "3"]) == \
        "Hi Anna, you owe 3 EUR"
    assert fill_template("#param# and #param#", ["a"]) == "a and #param#"
    assert fill_template("no placeholder", ["x"]) == "no placeholder"
