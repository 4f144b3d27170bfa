"""u-blox: +CCID, +UPINCNT (attempts left), +CESQ for signal, +UAUTHREQ (a context's user name
and password)."""

from __future__ import annotations

from cmgui.at.commands import network
from cmgui.at.commands.network import SignalQuality
from cmgui.at.commands.sim import PinRetries
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import first_payload, split_fields, to_int
from cmgui.at.vendors.base import Vendor, iccid_from_prefixed


def ccid() -> AtCommand:
    return AtCommand("AT+CCID", response_prefixes=("+CCID:",))


def upincnt() -> AtCommand:
    return AtCommand("AT+UPINCNT", response_prefixes=("+UPINCNT:",))


#: u-blox +UAUTHREQ <auth_type>: 0 none, 1 PAP, 2 CHAP, 3 automatic (the modem picks).
AUTH = {"none": 0, "PAP": 1, "CHAP": 2, "PAPOrCHAP": 3}


def uauthreq(cid: int, auth: str, user: str, password: str) -> AtCommand:
    """``AT+UAUTHREQ=<cid>,<auth_type>,"<user>","<password>"`` (``AT+UAUTHREQ=<cid>,0`` without
    credentials)."""
    if not (user or password):
        return AtCommand(f"AT+UAUTHREQ={cid},0")
    return AtCommand(f'AT+UAUTHREQ={cid},{AUTH.get(auth, 3)},"{user}","{password}"', secret=True)


def parse_upincnt(result: AtResult) -> PinRetries:
    """``+UPINCNT: <PIN1>,<PIN2>,<PUK1>,<PUK2>`` attempts left."""
    fields = split_fields(first_payload(result, "+UPINCNT:"))
    if len(fields) < 4:
        raise AtParseError("+UPINCNT: expected 4 fields")
    pin1, pin2, puk1, puk2 = (to_int(f, "attempts") for f in fields[:4])
    return PinRetries(pin1, puk1, pin2, puk2)


class Ublox(Vendor):
    name = "u-blox"
    manufacturer_keys = ("u-blox", "ublox")
    model_prefixes = ("SARA", "LARA", "TOBY", "LISA", "LENA")

    def iccid_query(self) -> AtCommand:
        return ccid()

    def parse_iccid(self, result: AtResult) -> str:
        return iccid_from_prefixed(result, "+CCID:")

    def pin_retries_query(self) -> AtCommand | None:
        return upincnt()

    def parse_pin_retries(self, result: AtResult) -> PinRetries:
        return parse_upincnt(result)

    def signal_query(self) -> AtCommand:
        return network.cesq()

    def parse_signal(self, result: AtResult) -> SignalQuality:
        return network.parse_cesq(result)
