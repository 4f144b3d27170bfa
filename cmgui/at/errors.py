"""Error types of the AT layer and the TS 27.007 / TS 27.005 error tables.

`AtError` describes a failed command as the modem reported it; `AtParseError` is the only
exception a response parser raises; `AtEngineError` is raised when the *caller* misuses the
engine (h11's LocalProtocolError): bytes from the modem never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

ErrorKind = Literal[
    "cme",
    "cms",
    "error",
    "not_supported",
    "too_many_parameters",
    "timeout",
    "no_carrier",
    "no_dialtone",
    "busy",
    "no_answer",
]


class AtParseError(ValueError):
    """A response line or result could not be parsed."""


class AtEngineError(RuntimeError):
    """The engine was driven in a way its state machine does not allow (a caller bug)."""


#: TS 27.007 clause 9.2 (+CME ERROR) codes and their verbose texts.
CME_ERRORS: dict[int, str] = {
    0: "phone failure",
    1: "no connection to phone",
    2: "phone-adaptor link reserved",
    3: "operation not allowed",
    4: "operation not supported",
    5: "PH-SIM PIN required",
    6: "PH-FSIM PIN required",
    7: "PH-FSIM PUK required",
    10: "SIM not inserted",
    11: "SIM PIN required",
    12: "SIM PUK required",
    13: "SIM failure",
    14: "SIM busy",
    15: "SIM wrong",
    16: "incorrect password",
    17: "SIM PIN2 required",
    18: "SIM PUK2 required",
    20: "memory full",
    21: "invalid index",
    22: "not found",
    23: "memory failure",
    24: "text string too long",
    25: "invalid characters in text string",
    26: "dial string too long",
    27: "invalid characters in dial string",
    30: "no network service",
    31: "network timeout",
    32: "network not allowed - emergency calls only",
    40: "network personalization PIN required",
    41: "network personalization PUK required",
    42: "network subset personalization PIN required",
    43: "network subset personalization PUK required",
    44: "service provider personalization PIN required",
    45: "service provider personalization PUK required",
    46: "corporate personalization PIN required",
    47: "corporate personalization PUK required",
    48: "hidden key required",
    49: "EAP method not supported",
    50: "incorrect parameters",
    51: "command implemented but currently disabled",
    52: "command aborted by user",
    53: "not attached to network due to MT functionality restrictions",
    54: "modem not allowed - MT restricted to emergency calls only",
    55: "operation not allowed because of MT functionality restrictions",
    56: "fixed dial number only allowed - called number is not a fixed dial number",
    57: "temporarily out of service due to other MT usage",
    58: "language/alphabet not supported",
    59: "unexpected data value",
    60: "system failure",
    61: "data missing",
    62: "call barred",
    63: "message waiting indication subscription failure",
    100: "unknown",
    103: "illegal MS",
    106: "illegal ME",
    107: "GPRS services not allowed",
    108: "GPRS services and non-GPRS services not allowed",
    111: "PLMN not allowed",
    112: "location area not allowed",
    113: "roaming not allowed in this location area",
    114: "GPRS services not allowed in this PLMN",
    115: "no suitable cells in tracking area",
    122: "congestion",
    125: "not authorized for this CSG",
    126: "insufficient resources",
    127: "missing or unknown APN",
    128: "unknown PDP address or PDP type",
    129: "user authentication failed",
    130: "activation rejected by GGSN, serving GW or PDN GW",
    131: "activation rejected, unspecified",
    132: "service option not supported",
    133: "requested service option not subscribed",
    134: "service option temporarily out of order",
    140: "feature not supported",
    141: "semantic error in the TFT operation",
    142: "syntactical error in the TFT operation",
    143: "unknown PDP context",
    144: "semantic errors in packet filter(s)",
    145: "syntactical errors in packet filter(s)",
    146: "PDP context without TFT already activated",
    148: "unspecified GPRS error",
    149: "PDP authentication failure",
    150: "invalid mobile class",
    171: "last PDN disconnection not allowed",
    172: "semantically incorrect message",
    173: "mandatory information element error",
    174: "information element non-existent or not implemented",
    175: "conditional IE error",
    176: "protocol error, unspecified",
    177: "operator determined barring",
    178: "maximum number of PDP contexts reached",
    179: "requested APN not supported in current RAT and PLMN combination",
    180: "request rejected, bearer control mode violation",
    181: "unsupported QCI value",
    257: "network rejected request",
    258: "retry operation",
    259: "invalid deflected to number",
    260: "deflected to own number",
    261: "unknown subscriber",
    262: "SIM blocked",
    263: "invalid block",
    264: "SIM powered down",
    265: "SIM not supported",
}

#: TS 27.005 clause 3.2.5 (+CMS ERROR) codes 300.. and their texts.
CMS_ERRORS: dict[int, str] = {
    300: "ME failure",
    301: "SMS service of ME reserved",
    302: "operation not allowed",
    303: "operation not supported",
    304: "invalid PDU mode parameter",
    305: "invalid text mode parameter",
    310: "SIM not inserted",
    311: "SIM PIN required",
    312: "PH-SIM PIN required",
    313: "SIM failure",
    314: "SIM busy",
    315: "SIM wrong",
    316: "SIM PUK required",
    317: "SIM PIN2 required",
    318: "SIM PUK2 required",
    320: "memory failure",
    321: "invalid memory index",
    322: "memory full",
    330: "SMSC address unknown",
    331: "no network service",
    332: "network timeout",
    340: "no +CNMA acknowledgement expected",
    500: "unknown error",
}

#: RP / CP causes (TS 24.011 8.2.5.4, TS 23.040 9.2.3.22) reported as +CMS ERROR 1..255.
RP_CAUSES: dict[int, str] = {
    1: "unassigned (unallocated) number",
    8: "operator determined barring",
    10: "call barred",
    17: "network failure",
    21: "short message transfer rejected",
    22: "memory capacity exceeded",
    27: "destination out of service",
    28: "unidentified subscriber",
    29: "facility rejected",
    30: "unknown subscriber",
    38: "network out of order",
    41: "temporary failure",
    42: "congestion",
    47: "resources unavailable, unspecified",
    50: "requested facility not subscribed",
    69: "requested facility not implemented",
    81: "invalid short message transfer reference value",
    95: "invalid message, unspecified",
    96: "invalid mandatory information",
    97: "message type non-existent or not implemented",
    98: "message not compatible with short message protocol state",
    99: "information element non-existent or not implemented",
    111: "protocol error, unspecified",
    127: "interworking, unspecified",
    128: "telematic interworking not supported",
    129: "short message type 0 not supported",
    130: "cannot replace short message",
    143: "unspecified TP-PID error",
    144: "data coding scheme (alphabet) not supported",
    145: "message class not supported",
    159: "unspecified TP-DCS error",
    160: "command cannot be actioned",
    161: "command unsupported",
    175: "unspecified TP-command error",
    176: "TPDU not supported",
    192: "SC busy",
    193: "no SC subscription",
    194: "SC system failure",
    195: "invalid SME address",
    196: "destination SME barred",
    197: "SM rejected-duplicate SM",
    198: "TP-VPF not supported",
    199: "TP-VP not supported",
    208: "SIM SMS storage full",
    209: "no SMS storage capability in SIM",
    210: "error in MS",
    211: "memory capacity exceeded",
    212: "SIM application toolkit busy",
    213: "SIM data download error",
    255: "unspecified error cause",
}


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _reverse(table: dict[int, str]) -> dict[str, int]:
    return {_normalise(text): code for code, text in table.items()}


_CME_BY_TEXT = _reverse(CME_ERRORS)
# Texts some firmwares use instead of the 27.007 wording.
_CME_BY_TEXT.update(
    {
        _normalise("invalid input value"): 50,
        _normalise("incorrect parameters"): 50,
        _normalise("unknown error"): 100,
        _normalise("SIM PIN2 required"): 17,
        _normalise("wrong password"): 16,
        _normalise("not supported"): 4,
        _normalise("SIM not present"): 10,
    }
)
_CMS_BY_TEXT = _reverse(CMS_ERRORS)
for _code, _text in RP_CAUSES.items():
    _CMS_BY_TEXT.setdefault(_normalise(_text), _code)
_CMS_BY_TEXT.update({_normalise("unknown"): 500})


def cme_code_for_text(text: str) -> int | None:
    """Map a verbose +CME ERROR text (any case/punctuation) to its TS 27.007 number."""
    return _CME_BY_TEXT.get(_normalise(text))


def cms_code_for_text(text: str) -> int | None:
    """Map a verbose +CMS ERROR text to its TS 27.005 number."""
    return _CMS_BY_TEXT.get(_normalise(text))


def cme_text(code: int) -> str:
    return CME_ERRORS.get(code, f"CME error {code}")


def cms_text(code: int) -> str:
    if code in CMS_ERRORS:
        return CMS_ERRORS[code]
    if code in RP_CAUSES:
        return RP_CAUSES[code]
    return f"CMS error {code}"


@dataclass(frozen=True)
class AtError:
    """Why a command failed: `kind` says which final result, `code` the numeric cause if any."""

    kind: ErrorKind
    code: int | None = None
    text: str = ""

    @classmethod
    def cme(cls, value: str) -> AtError:
        """From the text after ``+CME ERROR:`` (a number or a verbose text)."""
        value = value.strip()
        if value.isdigit():
            code = int(value)
            return cls("cme", code, cme_text(code))
        return cls("cme", cme_code_for_text(value), value)

    @classmethod
    def cms(cls, value: str) -> AtError:
        """From the text after ``+CMS ERROR:``."""
        value = value.strip()
        if value.isdigit():
            code = int(value)
            return cls("cms", code, cms_text(code))
        return cls("cms", cms_code_for_text(value), value)

    def __str__(self) -> str:
        if self.kind in ("cme", "cms"):
            prefix = "+CME ERROR" if self.kind == "cme" else "+CMS ERROR"
            code = "" if self.code is None else f" {self.code}"
            return f"{prefix}{code}: {self.text}"
        return self.text or self.kind
