"""Splitting and converting the comma-separated fields of AT information responses.

Every helper raises only `AtParseError`, so a parser built from them does too.
"""

from __future__ import annotations

from collections.abc import Iterator
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


def scan(text: str, marks: str = ",()") -> Iterator[tuple[int, str, int]]:
    """The one quote-aware scanner: ``(index, char, depth)`` for each character of `marks`
    outside double quotes.

    Parentheses nest only when ``"("`` is one of `marks`. `depth` is the nesting outside the
    character: a top-level group is ``"("`` at depth 0 ... ``")"`` at depth 0. A ``")"``
    without its ``"("`` is skipped.
    """
    nest = "(" in marks
    depth = 0
    in_quote = False
    for i, char in enumerate(text):
        if char == '"':
            in_quote = not in_quote
        elif in_quote:
            continue
        elif nest and char == "(":
            yield i, char, depth
            depth += 1
        elif nest and char == ")":
            if depth:
                depth -= 1
                yield i, char, depth
        elif char in marks:
            yield i, char, depth


def top_level(text: str, separator: str = ",", *, nest: bool = True) -> list[str]:
    """`text` cut at each `separator` outside quotes (and parentheses, with `nest`)."""
    pieces: list[str] = []
    start = 0
    for i, char, depth in scan(text, separator + ("()" if nest else "")):
        if char == separator and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return pieces


def split_fields(payload: str) -> list[Field]:
    """Split at top-level commas (not inside quotes or parentheses); unquote each field."""
    return [_field(piece) for piece in top_level(payload)]


def groups(text: str) -> list[str]:
    """The contents of the top-level ``(...)`` groups, honouring quotes."""
    found: list[str] = []
    start = 0
    for i, char, depth in scan(text, "()"):
        if depth == 0:
            if char == "(":
                start = i + 1
            else:
                found.append(text[start:i])
    return found


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
