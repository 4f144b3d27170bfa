"""Splitting and converting the comma-separated fields of AT information responses.

Every helper raises only `AtParseError`, so a parser built from them does too.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmgui.at.engine import AtResult
from cmgui.at.errors import AtParseError


@dataclass(frozen=True)
class Field:
    """One field: its text without surrounding quotes, and whether it was quoted."""

    text: str
    quoted: bool = False

    def __bool__(self) -> bool:
        return bool(self.text) or self.quoted


def split_fields(payload: str) -> list[Field]:
    """Split at top-level commas (not inside quotes or parentheses); unquote each field."""
    fields: list[Field] = []
    depth = 0
    in_quote = False
    start = 0
    for i, char in enumerate(payload):
        if char == '"':
            in_quote = not in_quote
        elif in_quote:
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            fields.append(_field(payload[start:i]))
            start = i + 1
    fields.append(_field(payload[start:]))
    return fields


def _field(raw: str) -> Field:
    text = raw.strip()
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return Field(text[1:-1], True)
    if text.startswith('"'):  # unterminated quote: keep what is there
        return Field(text[1:], True)
    return Field(text)


def to_int(value: Field | str, what: str = "value") -> int:
    text = value.text if isinstance(value, Field) else value.strip()
    try:
        return int(text, 10)
    except ValueError:
        raise AtParseError(f"{what}: expected a number, got {text!r}") from None


def opt_int(value: Field | str | None, what: str = "value") -> int | None:
    """A number, or None for an absent or empty field."""
    if value is None:
        return None
    text = value.text if isinstance(value, Field) else value.strip()
    return None if text == "" else to_int(text, what)


def hex_int(value: Field | str | None, what: str = "value") -> int | None:
    """A hexadecimal number (``"1A2B"``, ``0x1A2B``), or None for an absent or empty field."""
    if value is None:
        return None
    text = value.text if isinstance(value, Field) else value.strip()
    if text == "":
        return None
    try:
        return int(text, 16)
    except ValueError:
        raise AtParseError(f"{what}: expected a hex number, got {text!r}") from None


def field_at(fields: list[Field], index: int) -> Field | None:
    return fields[index] if index < len(fields) else None


def strip_prefix(line: str, prefix: str) -> str:
    """The payload of `line` after `prefix` (``"+CSQ:"``); raises if the prefix is missing."""
    if not line.startswith(prefix):
        raise AtParseError(f"expected {prefix!r}, got {line[:40]!r}")
    return line[len(prefix) :].strip()


def payloads(result: AtResult | list[str], prefix: str) -> list[str]:
    """Payloads of every line starting with `prefix`."""
    lines = result.lines if isinstance(result, AtResult) else result
    return [line[len(prefix) :].strip() for line in lines if line.startswith(prefix)]


def first_payload(result: AtResult | list[str], prefix: str) -> str:
    """The payload of the first line with `prefix`; raises `AtParseError` if there is none."""
    found = payloads(result, prefix)
    if not found:
        raise AtParseError(f"no {prefix} line in the response")
    return found[0]


def bare_value(result: AtResult | list[str], prefix: str = "") -> str:
    """A single-value answer that some modems prefix (``+CGSN: "35..."``) and some do not."""
    lines = result.lines if isinstance(result, AtResult) else result
    for line in lines:
        text = line
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        text = text.strip().strip('"').strip()
        if text:
            return text
    raise AtParseError("empty response")
