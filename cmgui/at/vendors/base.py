"""What differs between modem vendors, behind one small interface.

A `Vendor` answers three questions every driver asks: how to read the ICCID (before the PIN
is entered, if possible), how many PIN/PUK attempts are left (without spending one), and how
strong the signal is. The generic vendor uses only TS 27.007 commands.
"""

from __future__ import annotations

from cmgui.at.commands import network, sim
from cmgui.at.commands.identity import normalise_iccid
from cmgui.at.commands.network import SignalQuality
from cmgui.at.commands.sim import PinRetries
from cmgui.at.commands.ussd import UssdEncoding
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.fields import first_payload
from cmgui.at.urc import UrcSpec


class Vendor:
    """The 27.007 behaviour; subclasses override what their firmware does differently."""

    name = "generic"
    #: Lower-case substrings of +CGMI that identify the vendor.
    manufacturer_keys: tuple[str, ...] = ()
    #: Upper-case prefixes of +CGMM that identify the vendor when +CGMI is unhelpful.
    model_prefixes: tuple[str, ...] = ()
    ussd_encoding = UssdEncoding.TEXT
    extra_urcs: tuple[UrcSpec, ...] = ()

    @classmethod
    def matches(cls, manufacturer: str, model: str) -> bool:
        maker = manufacturer.lower()
        if any(key in maker for key in cls.manufacturer_keys):
            return True
        upper = model.upper().strip()
        return any(upper.startswith(prefix) for prefix in cls.model_prefixes)

    # ICCID -------------------------------------------------------------------
    def iccid_query(self) -> AtCommand:
        return sim.crsm_read_iccid()

    def parse_iccid(self, result: AtResult) -> str:
        return sim.parse_crsm_iccid(result)

    # PIN retries -------------------------------------------------------------
    def pin_retries_query(self) -> AtCommand | None:
        return sim.cpinr()

    def parse_pin_retries(self, result: AtResult) -> PinRetries:
        return sim.parse_cpinr(result)

    # Signal ------------------------------------------------------------------
    def signal_query(self) -> AtCommand:
        return network.csq()

    def parse_signal(self, result: AtResult) -> SignalQuality:
        return network.parse_csq(result)

    def __repr__(self) -> str:
        return f"<Vendor {self.name}>"


def iccid_from_prefixed(result: AtResult, prefix: str) -> str:
    """An ICCID from a ``<prefix> <iccid>`` line (vendor ICCID commands)."""
    return normalise_iccid(first_payload(result, prefix))


def unswap_iccid(value: str) -> str:
    """Some firmware returns the ICCID with each digit pair swapped, as stored on the SIM
    ("98..." instead of "89..."); every ICCID starts with the telecom MII 89."""
    text = value.strip().strip('"').upper()
    if text.startswith("98") and len(text) % 2 == 0:
        text = "".join(text[i + 1] + text[i] for i in range(0, len(text), 2))
    return normalise_iccid(text)
