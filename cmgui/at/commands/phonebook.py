"""Phonebook commands of TS 27.007 8.11-8.14: +CPBS, +CPBR, +CPBW, +CPBF, and the +CSCS text
encoding they depend on.

Names travel in the TE character set: ``"IRA"`` carries plain ASCII, ``"UCS2"`` carries each
UTF-16 code unit as four hex digits (``"0041"`` for ``A``). Under UCS2 some firmware encodes the
number the same way; :func:`decode_number` accepts both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.at.fields import first_payload, opt_int, payloads, split_fields, to_int

Charset = Literal["IRA", "GSM", "UCS2"]

#: Characters a name may use and still be sent as IRA text: they are in the GSM 7-bit default
#: alphabet too, so the SIM stores them one byte each. Everything else goes as UCS2.
IRA_SAFE = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 !#%&'()*+,-./:;<=>?@_$"
)
#: Characters of a dial string (TS 27.007 6.2 plus pause and wait).
DIAL_CHARS = frozenset("0123456789+*#pwPW,")
#: Phonebook read timeout: a full SIM (250 entries) is read in one command.
READ_TIMEOUT = 30.0


@dataclass(frozen=True)
class PhonebookStorage:
    """``+CPBS?``: the selected storage and, where reported, its use."""

    storage: str
    used: int | None = None
    total: int | None = None


@dataclass(frozen=True)
class PhonebookLimits:
    """``+CPBR=?``: the index range, the longest number and the longest name."""

    first: int
    last: int
    number_max: int | None = None
    text_max: int | None = None


@dataclass(frozen=True)
class PhonebookEntry:
    index: int
    number: str
    type: int
    text: str


# ---------------------------------------------------------------------- text encoding


def needs_ucs2(text: str) -> bool:
    """True when ``text`` has a character IRA text cannot carry."""
    return any(ch not in IRA_SAFE for ch in text)


def encode_text(text: str, charset: Charset) -> str:
    """``text`` as the modem expects it between quotes in ``charset``."""
    if charset == "UCS2":
        return text.encode("utf-16-be").hex().upper()
    if needs_ucs2(text):
        raise ValueError(f"{text!r} cannot be sent as {charset} text")
    return text


def decode_text(raw: str, charset: Charset) -> str:
    """A name as read; UCS2 hex that does not decode raises :class:`AtParseError`."""
    if charset != "UCS2":
        return raw
    if len(raw) % 4:
        raise AtParseError(f"UCS2 text of odd length: {raw[:40]!r}")
    try:
        return bytes.fromhex(raw).decode("utf-16-be")
    except ValueError:
        raise AtParseError(f"not UCS2 hex: {raw[:40]!r}") from None


def decode_number(raw: str, charset: Charset) -> str:
    """A number as read: plain digits, or (some firmware under UCS2) hex-encoded digits."""
    if charset == "UCS2" and raw and len(raw) % 4 == 0 and not set(raw) <= DIAL_CHARS:
        try:
            text = bytes.fromhex(raw).decode("utf-16-be")
        except ValueError:
            return raw
        if set(text) <= DIAL_CHARS:
            return text
    return raw


def number_type(number: str) -> int:
    """<type>: 145 international (leading ``+``), 129 otherwise."""
    return 145 if number.startswith("+") else 129


# ---------------------------------------------------------------------- builders


def cscs(charset: Charset) -> AtCommand:
    return AtCommand(f'AT+CSCS="{charset}"')


def cpbs_select(storage: str) -> AtCommand:
    if storage not in ("SM", "ME", "FD", "ON", "EN", "LD", "MC", "RC", "DC", "SN", "AP"):
        raise ValueError(f"unknown phonebook storage {storage!r}")
    return AtCommand(f'AT+CPBS="{storage}"')


def cpbs_query() -> AtCommand:
    return AtCommand("AT+CPBS?", response_prefixes=("+CPBS:",))


def cpbr_test() -> AtCommand:
    return AtCommand("AT+CPBR=?", response_prefixes=("+CPBR:",))


def cpbr(first: int, last: int | None = None) -> AtCommand:
    if first < 0 or (last is not None and last < first):
        raise ValueError("bad phonebook index range")
    text = f"AT+CPBR={first}" if last is None else f"AT+CPBR={first},{last}"
    return AtCommand(text, timeout=READ_TIMEOUT, response_prefixes=("+CPBR:",))


def cpbw(index: int | None, number: str, text: str, charset: Charset) -> AtCommand:
    """Write an entry at ``index`` (None: the first free one)."""
    if not number or not set(number) <= DIAL_CHARS:
        raise ValueError(f"not a phone number: {number!r}")
    slot = "" if index is None else str(index)
    return AtCommand(
        f'AT+CPBW={slot},"{number}",{number_type(number)},"{encode_text(text, charset)}"',
        response_prefixes=("+CPBW:",))


def cpbw_delete(index: int) -> AtCommand:
    return AtCommand(f"AT+CPBW={index}")


def cpbf(text: str, charset: Charset) -> AtCommand:
    return AtCommand(f'AT+CPBF="{encode_text(text, charset)}"', timeout=READ_TIMEOUT,
                     response_prefixes=("+CPBF:",))


# ---------------------------------------------------------------------- parsers


def parse_cpbs(result: AtResult | str) -> PhonebookStorage:
    """``+CPBS: "SM",4,250`` (used and total are optional)."""
    payload = result if isinstance(result, str) else first_payload(result, "+CPBS:")
    fields = split_fields(payload)
    if not fields[0].text:
        raise AtParseError("+CPBS: no storage")
    used = opt_int(fields[1], "used") if len(fields) > 1 else None
    total = opt_int(fields[2], "total") if len(fields) > 2 else None
    return PhonebookStorage(fields[0].text, used, total)


def _index_range(text: str) -> tuple[int, int]:
    body = text.strip().strip("()")
    low, sep, high = body.partition("-")
    first = to_int(low, "first index")
    last = to_int(high, "last index") if sep else first
    if last < first:
        raise AtParseError(f"+CPBR: empty index range {text!r}")
    return first, last


def parse_cpbr_test(result: AtResult | str) -> PhonebookLimits:
    """``+CPBR: (1-250),40,14``."""
    payload = result if isinstance(result, str) else first_payload(result, "+CPBR:")
    fields = split_fields(payload)
    first, last = _index_range(fields[0].text)
    number_max = opt_int(fields[1], "number length") if len(fields) > 1 else None
    text_max = opt_int(fields[2], "text length") if len(fields) > 2 else None
    return PhonebookLimits(first, last, number_max, text_max)


def parse_entry(payload: str, charset: Charset) -> PhonebookEntry:
    """``1,"+15550101",145,"Voicemail"`` (the payload of a +CPBR:/+CPBF: line)."""
    fields = split_fields(payload)
    if len(fields) < 4:
        raise AtParseError(f"phonebook entry: expected 4 fields, got {payload[:60]!r}")
    return PhonebookEntry(
        index=to_int(fields[0], "index"),
        number=decode_number(fields[1].text, charset),
        type=to_int(fields[2], "type"),
        text=decode_text(fields[3].text, charset),
    )


def parse_entries(result: AtResult | list[str], prefix: str,
                  charset: Charset) -> list[PhonebookEntry]:
    """Every entry of a +CPBR (``prefix="+CPBR:"``) or +CPBF (``"+CPBF:"``) answer."""
    return [parse_entry(p, charset) for p in payloads(result, prefix)]
