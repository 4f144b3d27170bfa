"""The registry of unsolicited result codes (URCs) the engine recognises.

A URC is named by its prefix (``+CMTI``, ``^RSSI``, ``RING``). Some URCs span more than one line:
``+CMT``/``+CBM`` are a header plus the PDU (or text), ``+CDS`` is two lines in PDU mode only, and
``+CUSD`` may carry a quoted string with line breaks in it. Vendors add their own specs through
`AtEngine(extra_urcs=...)`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Follow(enum.Enum):
    """What comes after the first line of a URC."""

    NONE = "none"
    ONE_LINE = "one_line"
    #: One more line only when the payload is a bare length (PDU mode +CDS).
    ONE_LINE_IF_LENGTH = "one_line_if_length"
    #: More lines while a quoted string is left open (+CUSD text with line breaks).
    UNTIL_QUOTE_CLOSED = "until_quote_closed"


@dataclass(frozen=True)
class UrcSpec:
    """One known URC: `prefix` ends with ':' for ``+X: payload`` forms, else it is a whole line."""

    prefix: str
    follow: Follow = Follow.NONE

    @property
    def name(self) -> str:
        return self.prefix.rstrip(":").strip()

    @property
    def has_payload(self) -> bool:
        return self.prefix.endswith(":")


def _specs(prefixes: str, follow: Follow = Follow.NONE) -> list[UrcSpec]:
    return [UrcSpec(p, follow) for p in prefixes.split()]


#: TS 27.007 / 27.005 URCs.
STANDARD_URCS: tuple[UrcSpec, ...] = (
    *_specs("+CMTI: +CDSI: +CBMI: +CREG: +CGREG: +CEREG: +C5GREG: +CRING: +CLIP: +CCWA: +CSSI:"),
    *_specs("+CSSU: +CIEV: +CTZV: +CTZE: +CTZR: +CGEV: +CPIN: +CUSATP: +CFUN:"),
    UrcSpec("+CMT:", Follow.ONE_LINE),
    UrcSpec("+CBM:", Follow.ONE_LINE),
    UrcSpec("+CDS:", Follow.ONE_LINE_IF_LENGTH),
    UrcSpec("+CUSD:", Follow.UNTIL_QUOTE_CLOSED),
)

#: Vendor URCs that are harmless to recognise on every modem.
VENDOR_URCS: tuple[UrcSpec, ...] = (
    # Huawei
    *_specs("^RSSI: ^HCSQ: ^MODE: ^DSFLOWRPT: ^BOOT: ^SIMST: ^SRVST: ^NDISSTAT: ^RFSWITCH:"),
    *_specs("^CEND: ^ORIG: ^CONF: ^CONN: ^STIN: ^SMMEMFULL: ^NWTIME: ^ECCLIST: ^ACTIVEBAND:"),
    # Quectel
    *_specs("+QIND: +QUSIM: +QIURC: +QSTK: +QNETDEVSTATUS:"),
    # SIMCom
    *_specs("+PACSP: *ATREADY: +CPSI: +CNSMOD:"),
    # u-blox / Telit / ZTE
    *_specs("+UUPSDA: +UUPSDD: +UUSORD: +UUSOCL: #QSS: +ZPASR: +ZUSIMR: +ZEND:"),
)

#: URCs that are a whole line of fixed text.
WORD_URCS: tuple[str, ...] = (
    "RING",
    "RDY",
    "SMS DONE",
    "PB DONE",
    "POWERED DOWN",
    "NORMAL POWER DOWN",
    "^SYSSTART",
    "+CUSATEND",
)


class UrcRegistry:
    """Looks up the spec of a line in O(1) by its ``prefix:`` key or its whole text."""

    def __init__(self, specs: Iterable[UrcSpec] = ()) -> None:
        self._by_key: dict[str, UrcSpec] = {}
        self._words: dict[str, UrcSpec] = {w: UrcSpec(w) for w in WORD_URCS}
        for spec in (*STANDARD_URCS, *VENDOR_URCS, *specs):
            if spec.has_payload:
                self._by_key[spec.prefix] = spec
            else:
                self._words[spec.prefix] = spec

    def match(self, line: str) -> UrcSpec | None:
        word = self._words.get(line)
        if word is not None:
            return word
        colon = line.find(":")
        if colon <= 0:
            return None
        return self._by_key.get(line[:colon].rstrip() + ":")

    def payload(self, spec: UrcSpec, line: str) -> str:
        if not spec.has_payload:
            return ""
        return line[line.find(":") + 1 :].strip()
