"""Identification: +CGMI/+CGMM/+CGMR/+CGSN/+CIMI/+CCID/+ICCID/+CNUM and ATI (TS 27.007 5)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import bare_value, payloads, split_fields, to_int


def cgmi() -> AtCommand:
    return AtCommand("AT+CGMI", response_prefixes=("+CGMI:",))


def cgmm() -> AtCommand:
    return AtCommand("AT+CGMM", response_prefixes=("+CGMM:",))


def cgmr() -> AtCommand:
    return AtCommand("AT+CGMR", response_prefixes=("+CGMR:",))


def cgsn() -> AtCommand:
    return AtCommand("AT+CGSN", response_prefixes=("+CGSN:",))


def cimi() -> AtCommand:
    return AtCommand("AT+CIMI", response_prefixes=("+CIMI:",))


def ccid() -> AtCommand:
    return AtCommand("AT+CCID", response_prefixes=("+CCID:", "+ICCID:"))


def iccid() -> AtCommand:
    return AtCommand("AT+ICCID", response_prefixes=("+ICCID:", "+CCID:"))


def cnum() -> AtCommand:
    return AtCommand("AT+CNUM", response_prefixes=("+CNUM:",))


def ati() -> AtCommand:
    return AtCommand("ATI")


def parse_manufacturer(result: AtResult) -> str:
    return bare_value(result, "+CGMI:")


def parse_model(result: AtResult) -> str:
    return bare_value(result, "+CGMM:")


def parse_revision(result: AtResult) -> str:
    value = bare_value(result, "+CGMR:")
    return value.removeprefix("Revision:").strip()


def parse_imei(result: AtResult) -> str:
    """The IMEI (14-16 digits; some modems add ``+CGSN:`` or quotes)."""
    value = bare_value(result, "+CGSN:")
    if not re.fullmatch(r"\d{14,17}", value):
        raise AtParseError(f"not an IMEI: {value!r}")
    return value


def parse_imsi(result: AtResult) -> str:
    value = bare_value(result, "+CIMI:")
    if not re.fullmatch(r"\d{6,15}", value):
        raise AtParseError(f"not an IMSI: {value!r}")
    return value


_ICCID = re.compile(r"(\d{18,20})F?", re.IGNORECASE)


def normalise_iccid(value: str) -> str:
    """An ICCID of 18-20 digits, without quotes or the filler 'F'."""
    text = value.strip().strip('"').strip()
    match = _ICCID.fullmatch(text)
    if match is None:
        raise AtParseError(f"not an ICCID: {value[:40]!r}")
    return match.group(1)


def parse_iccid(result: AtResult, prefixes: tuple[str, ...] = ("+CCID:", "+ICCID:")) -> str:
    for line in result.lines:
        for prefix in prefixes:
            if line.startswith(prefix):
                return normalise_iccid(line[len(prefix) :])
    return normalise_iccid(bare_value(result))


@dataclass(frozen=True)
class SubscriberNumber:
    alpha: str
    number: str
    type: int | None


def parse_cnum(result: AtResult) -> list[SubscriberNumber]:
    """``+CNUM: [<alpha>],<number>,<type>`` lines (none when the SIM stores no number)."""
    numbers = []
    for payload in payloads(result, "+CNUM:"):
        fields = split_fields(payload)
        if len(fields) < 2:
            raise AtParseError(f"+CNUM: too few fields in {payload!r}")
        kind = to_int(fields[2], "type") if len(fields) > 2 and fields[2].text else None
        numbers.append(SubscriberNumber(fields[0].text, fields[1].text, kind))
    return numbers


@dataclass(frozen=True)
class Identification:
    manufacturer: str | None = None
    model: str | None = None
    revision: str | None = None
    imei: str | None = None


_ATI_KEYS = {
    "manufacturer": "manufacturer",
    "model": "model",
    "revision": "revision",
    "imei": "imei",
    "imei sv": "",
    "fw version": "revision",
}


def parse_ati(result: AtResult) -> Identification:
    """ATI answers come as ``Key: value`` lines (Huawei, Sierra, u-blox) or as bare lines
    manufacturer / model / ``Revision: ...`` (Quectel, SIMCom)."""
    found: dict[str, str] = {}
    bare: list[str] = []
    for line in result.lines:
        key, sep, value = line.partition(":")
        name = _ATI_KEYS.get(key.strip().lower()) if sep else None
        if name:
            found.setdefault(name, value.strip())
        elif name is None:
            bare.append(line.strip())
    if bare and "manufacturer" not in found:
        found["manufacturer"] = bare[0]
    if len(bare) > 1 and "model" not in found:
        found["model"] = bare[1]
    if not found:
        raise AtParseError("empty ATI response")
    return Identification(
        found.get("manufacturer"), found.get("model"), found.get("revision"), found.get("imei")
    )
