"""Fibocom: +CCID for the ICCID; PIN retries by the standard +CPINR; signal by +CESQ."""

from __future__ import annotations

from cmgui.at.commands import network
from cmgui.at.commands.network import SignalQuality
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.vendors.base import Vendor, iccid_from_prefixed


def ccid() -> AtCommand:
    return AtCommand("AT+CCID", response_prefixes=("+CCID:",))


class Fibocom(Vendor):
    name = "fibocom"
    manufacturer_keys = ("fibocom",)
    model_prefixes = ("L850", "L860", "FM150", "FM350", "NL668", "FG150", "MA510")

    def iccid_query(self) -> AtCommand:
        return ccid()

    def parse_iccid(self, result: AtResult) -> str:
        return iccid_from_prefixed(result, "+CCID:")

    def signal_query(self) -> AtCommand:
        return network.cesq()

    def parse_signal(self, result: AtResult) -> SignalQuality:
        return network.parse_cesq(result)
