"""SIMCom: +CICCID (answers ``+ICCID:``), +SPIC (PIN/PUK attempts left) and its +CGAUTH, whose
user name and password come in the reverse order of 27.007's."""

from __future__ import annotations

from cmgui.at.commands.sim import PinRetries
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import first_payload, split_fields, to_int
from cmgui.at.vendors.base import Vendor, iccid_from_prefixed


def ciccid() -> AtCommand:
    return AtCommand("AT+CICCID", response_prefixes=("+ICCID:",))


def spic() -> AtCommand:
    return AtCommand("AT+SPIC", response_prefixes=("+SPIC:",))


#: SIMCom +CGAUTH <auth_type>: 0 none, 1 PAP, 2 CHAP (CHAP for "either", as for $QCPDPP).
AUTH = {"none": 0, "PAP": 1, "CHAP": 2, "PAPOrCHAP": 2}


def cgauth(cid: int, auth: str, user: str, password: str) -> AtCommand:
    """``AT+CGAUTH=<cid>,<auth_type>,"<passwd>","<user>"``: SIMCom's manuals (SIM7500/SIM7600,
    A76xx) put the password *before* the user name, the reverse of 27.007; ``AT+CGAUTH=<cid>,0``
    without credentials."""
    if not (user or password):
        return AtCommand(f"AT+CGAUTH={cid},0")
    return AtCommand(f'AT+CGAUTH={cid},{AUTH.get(auth, 2)},"{password}","{user}"', secret=True)


def parse_spic(result: AtResult) -> PinRetries:
    """``+SPIC: <pin1>,<puk1>,<pin2>,<puk2>``."""
    fields = split_fields(first_payload(result, "+SPIC:"))
    if len(fields) < 4:
        raise AtParseError("+SPIC: expected 4 fields")
    pin1, puk1, pin2, puk2 = (to_int(f, "attempts") for f in fields[:4])
    return PinRetries(pin1, puk1, pin2, puk2)


class Simcom(Vendor):
    name = "simcom"
    manufacturer_keys = ("simcom", "sim tech")
    model_prefixes = ("SIM7", "SIM8", "A76")

    def iccid_query(self) -> AtCommand:
        return ciccid()

    def parse_iccid(self, result: AtResult) -> str:
        return iccid_from_prefixed(result, "+ICCID:")

    def pin_retries_query(self) -> AtCommand | None:
        return spic()

    def parse_pin_retries(self, result: AtResult) -> PinRetries:
        return parse_spic(result)
