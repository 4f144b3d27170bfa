"""SIM access: +CPIN, +CPINR, +CLCK, +CPWD, +CRSM (TS 27.007 8.3, 8.4, 8.5, 8.18, 8.65).

PIN-bearing commands are marked `secret` so drivers never log their text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import first_payload, payloads, split_fields, to_int

#: +CPIN? codes (TS 27.007 8.3).
PIN_CODES = frozenset(
    {
        "READY",
        "SIM PIN",
        "SIM PUK",
        "PH-SIM PIN",
        "PH-FSIM PIN",
        "PH-FSIM PUK",
        "SIM PIN2",
        "SIM PUK2",
        "PH-NET PIN",
        "PH-NET PUK",
        "PH-NETSUB PIN",
        "PH-NETSUB PUK",
        "PH-SP PIN",
        "PH-SP PUK",
        "PH-CORP PIN",
        "PH-CORP PUK",
    }
)

_DIGITS = re.compile(r"\d{4,16}")


def _check_code(code: str, what: str) -> str:
    if not _DIGITS.fullmatch(code):
        raise ValueError(f"{what} must be 4 to 16 digits")
    return code


def cpin_query() -> AtCommand:
    return AtCommand("AT+CPIN?", response_prefixes=("+CPIN:",))


def cpin_enter(pin: str, new_pin: str | None = None) -> AtCommand:
    """``AT+CPIN="pin"``, or ``AT+CPIN="puk","newpin"`` to unblock with a PUK."""
    text = f'AT+CPIN="{_check_code(pin, "PIN")}"'
    if new_pin is not None:
        text += f',"{_check_code(new_pin, "new PIN")}"'
    return AtCommand(text, timeout=20.0, secret=True)


def parse_cpin(result: AtResult | str) -> str:
    """The pending code: ``READY``, ``SIM PIN``, ``SIM PUK`` ... (upper case)."""
    payload = result if isinstance(result, str) else first_payload(result, "+CPIN:")
    code = payload.strip().strip('"').upper()
    if code not in PIN_CODES and code not in ("NOT READY", "NOT INSERTED"):
        raise AtParseError(f"unknown +CPIN code {payload[:40]!r}")
    return code


def cpinr(selector: str = "SIM*") -> AtCommand:
    return AtCommand(f'AT+CPINR="{selector}"', response_prefixes=("+CPINR:",))


@dataclass(frozen=True)
class PinRetries:
    """Attempts left for each code; None where the modem did not say."""

    pin1: int | None = None
    puk1: int | None = None
    pin2: int | None = None
    puk2: int | None = None


def parse_cpinr(result: AtResult) -> PinRetries:
    """``+CPINR: <code>,<retries>[,<default_retries>]`` lines."""
    values: dict[str, int] = {}
    for payload in payloads(result, "+CPINR:"):
        fields = split_fields(payload)
        if len(fields) < 2:
            raise AtParseError(f"+CPINR: too few fields in {payload!r}")
        values[fields[0].text.upper()] = to_int(fields[1], "retries")
    if not values:
        raise AtParseError("no +CPINR line in the response")
    return PinRetries(
        values.get("SIM PIN"), values.get("SIM PUK"), values.get("SIM PIN2"), values.get("SIM PUK2")
    )


def clck_query(facility: str = "SC") -> AtCommand:
    return AtCommand(f'AT+CLCK="{facility}",2', response_prefixes=("+CLCK:",))


def clck_set(enable: bool, pin: str, facility: str = "SC") -> AtCommand:
    """Enable or disable the PIN lock (``+CLCK="SC",1|0,"pin"``)."""
    mode = 1 if enable else 0
    code = _check_code(pin, "PIN")
    return AtCommand(f'AT+CLCK="{facility}",{mode},"{code}"', timeout=20.0, secret=True)


def parse_clck(result: AtResult) -> bool:
    """True if the lock is active (``+CLCK: 1``; with classes, any class active)."""
    found = payloads(result, "+CLCK:")
    if not found:
        raise AtParseError("no +CLCK line in the response")
    return any(to_int(split_fields(p)[0], "status") == 1 for p in found)


def cpwd(old: str, new: str, facility: str = "SC") -> AtCommand:
    """Change a password (``+CPWD="SC","old","new"``; ``"P2"`` for PIN2)."""
    a, b = _check_code(old, "old PIN"), _check_code(new, "new PIN")
    return AtCommand(f'AT+CPWD="{facility}","{a}","{b}"', timeout=20.0, secret=True)


# ---------------------------------------------------------------------- +CRSM

EF_ICCID = 0x2FE2
READ_BINARY = 176
READ_RECORD = 178


def crsm_read_binary(file_id: int, length: int, offset: int = 0) -> AtCommand:
    """``AT+CRSM=176,<fileid>,<P1>,<P2>,<P3>`` (READ BINARY)."""
    p1, p2 = offset >> 8, offset & 0xFF
    text = f"AT+CRSM={READ_BINARY},{file_id},{p1},{p2},{length}"
    return AtCommand(text, response_prefixes=("+CRSM:",))


def crsm_read_iccid() -> AtCommand:
    return crsm_read_binary(EF_ICCID, 10)


def crsm_read_record(file_id: int, record: int, length: int, path: str = "") -> AtCommand:
    """``AT+CRSM=178,<fileid>,<record>,4,<length>[,,"<pathid>"]`` (READ RECORD, absolute mode).

    Without `path` the modem finds the file itself; `path` is the DF path from the MF in hex
    (``"7F10"``), as TS 27.007 8.18 has it since Rel-6.
    """
    text = f"AT+CRSM={READ_RECORD},{file_id},{record},4,{length}"
    if path:
        text += f',,"{path}"'
    return AtCommand(text, response_prefixes=("+CRSM:",))


@dataclass(frozen=True)
class SimResponse:
    sw1: int
    sw2: int
    data: bytes

    @property
    def ok(self) -> bool:
        return self.sw1 in (0x90, 0x91, 0x92)


def parse_crsm(result: AtResult) -> SimResponse:
    """``+CRSM: <sw1>,<sw2>[,<response>]`` with the response as hex."""
    fields = split_fields(first_payload(result, "+CRSM:"))
    if len(fields) < 2:
        raise AtParseError("+CRSM: too few fields")
    hex_text = fields[2].text if len(fields) > 2 else ""
    try:
        data = bytes.fromhex(hex_text)
    except ValueError:
        raise AtParseError(f"+CRSM: response is not hex: {hex_text[:40]!r}") from None
    return SimResponse(to_int(fields[0], "sw1"), to_int(fields[1], "sw2"), data)


def swap_nibbles(data: bytes) -> str:
    """BCD digits with the nibbles of each byte swapped (EF_ICCID), 'F' fillers dropped."""
    digits = "".join(f"{b & 0x0F:X}{b >> 4:X}" for b in data)
    return digits.rstrip("F")


def parse_crsm_iccid(result: AtResult) -> str:
    response = parse_crsm(result)
    if not response.ok:
        status = f"{response.sw1:02X}{response.sw2:02X}"
        raise AtParseError(f"SIM refused to read EF_ICCID (SW {status})")
    iccid = swap_nibbles(response.data)
    if not re.fullmatch(r"\d{18,20}", iccid):
        raise AtParseError(f"EF_ICCID holds no valid ICCID: {iccid!r}")
    return iccid
