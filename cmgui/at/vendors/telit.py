"""Telit: #CCID, #PCT (attempts left for the code the SIM currently asks for) and #PDPAUTH
(a context's user name and password)."""

from __future__ import annotations

from cmgui.at.commands.sim import PinRetries
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.fields import first_payload, to_int
from cmgui.at.vendors.base import Vendor, iccid_from_prefixed


def ccid() -> AtCommand:
    return AtCommand("AT#CCID", response_prefixes=("#CCID:",))


def pct() -> AtCommand:
    return AtCommand("AT#PCT", response_prefixes=("#PCT:",))


#: Telit #PDPAUTH <auth_type>: 0 none, 1 PAP, 2 CHAP (CHAP for "either").
AUTH = {"none": 0, "PAP": 1, "CHAP": 2, "PAPOrCHAP": 2}


def pdpauth(cid: int, auth: str, user: str, password: str) -> AtCommand:
    """``AT#PDPAUTH=<cid>,<auth_type>,"<user>","<password>"`` (``AT#PDPAUTH=<cid>,0`` without
    credentials)."""
    if not (user or password):
        return AtCommand(f"AT#PDPAUTH={cid},0")
    return AtCommand(f'AT#PDPAUTH={cid},{AUTH.get(auth, 2)},"{user}","{password}"', secret=True)


def parse_pct(result: AtResult) -> int:
    """``#PCT: <n>``: attempts left for the pending code (PIN, or PUK once blocked)."""
    return to_int(first_payload(result, "#PCT:"), "attempts")


class Telit(Vendor):
    name = "telit"
    manufacturer_keys = ("telit",)
    model_prefixes = ("LE910", "LN920", "LM960", "ME910", "ME310", "FN980", "HE910")

    def iccid_query(self) -> AtCommand:
        return ccid()

    def parse_iccid(self, result: AtResult) -> str:
        return iccid_from_prefixed(result, "#CCID:")

    def pin_retries_query(self) -> AtCommand | None:
        return pct()

    def parse_pin_retries(self, result: AtResult) -> PinRetries:
        """#PCT only counts the pending code; report it as the PIN1 count."""
        return PinRetries(pin1=parse_pct(result))
