"""Telit: #CCID and #PCT (attempts left for the code the SIM currently asks for)."""

from __future__ import annotations

from cmgui.at.commands.sim import PinRetries
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.fields import first_payload, to_int
from cmgui.at.vendors.base import Vendor, iccid_from_prefixed


def ccid() -> AtCommand:
    return AtCommand("AT#CCID", response_prefixes=("#CCID:",))


def pct() -> AtCommand:
    return AtCommand("AT#PCT", response_prefixes=("#PCT:",))


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
