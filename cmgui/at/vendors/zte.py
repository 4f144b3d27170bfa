"""ZTE: +ZGETICCID and +ZPINPUK (PIN/PUK attempts left)."""

from __future__ import annotations

from cmgui.at.commands.sim import PinRetries
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import first_payload, split_fields, to_int
from cmgui.at.vendors.base import Vendor, unswap_iccid


def zgeticcid() -> AtCommand:
    return AtCommand("AT+ZGETICCID", response_prefixes=("+ZGETICCID:",))


def zpinpuk() -> AtCommand:
    return AtCommand("AT+ZPINPUK=?", response_prefixes=("+ZPINPUK:",))


def parse_zpinpuk(result: AtResult) -> PinRetries:
    """``+ZPINPUK: <pin>,<puk>``."""
    fields = split_fields(first_payload(result, "+ZPINPUK:"))
    if len(fields) < 2:
        raise AtParseError("+ZPINPUK: expected <pin>,<puk>")
    return PinRetries(to_int(fields[0], "pin"), to_int(fields[1], "puk"))


class Zte(Vendor):
    name = "zte"
    manufacturer_keys = ("zte",)
    model_prefixes = ("MF8", "MF6", "ME3630", "MF190", "MF2")

    def iccid_query(self) -> AtCommand:
        return zgeticcid()

    def parse_iccid(self, result: AtResult) -> str:
        return unswap_iccid(first_payload(result, "+ZGETICCID:"))

    def pin_retries_query(self) -> AtCommand | None:
        return zpinpuk()

    def parse_pin_retries(self, result: AtResult) -> PinRetries:
        return parse_zpinpuk(result)
