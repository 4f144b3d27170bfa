"""Tolerant JSON for gateway bodies: what the firmware sends is read, what it breaks is mended.

Seen in the vendor's documentation and on real firmware (protocol-notes, "seed defects"): stray
braces after the value (``{…}}``, ``{…}]}{``), two objects in one body separated by a comma (the
register push example), trailing commas (``[{…},]``), raw control characters inside strings (JSON
built by string concatenation), the key ``"error code"`` with a space, numbers sent as strings
(``"input_type": "2"``, ``"error_code": "200"``), strings sent as numbers (``"number": 10086``
in pushes) and keys broken across lines (``"ref_i  \nd"``, as the manual prints them).
:func:`decode_values` reads every top-level value of a body; :func:`decode_object` the first
one, which must be an object. Anything unreadable is a :class:`GatewayProtocolError`
with words a user can act on, never another exception.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

_DECODER = json.JSONDecoder(strict=False)  # raw newlines/tabs inside strings are accepted
_SKIP = re.compile(r"[\s,;\x00]*")
#: How much of a broken body an error message quotes.
QUOTE = 80

#: Response keys the firmware spells differently from the request names (and from each other).
KEY_ALIASES: dict[str, str] = {
    "error code": "error_code",
    "errorcode": "error_code",
    "remain_daily_call_time": "remain_daily_calltime",
    "remain_hourly_call_time": "remain_hourly_calltime",
    "remain_daily_connected": "remain_daily_connect",
}


class GatewayProtocolError(ValueError):
    """The gateway sent something that is not what the API describes (one plain sentence)."""


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE else text[: QUOTE - 1] + "…"


def _strip_trailing_commas(text: str) -> str:
    """Drop commas directly before ``]`` or ``}`` outside strings (``[{…},]``)."""
    if "," not in text:
        return text
    out: list[str] = []
    in_string = escaped = False
    pending_comma = -1
    for ch in text:
        if in_string:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
            pending_comma = -1
        elif ch in "]}" and pending_comma >= 0:
            del out[pending_comma]
            pending_comma = -1
        elif ch == ",":
            pending_comma = len(out)
        elif not ch.isspace():
            pending_comma = -1
        out.append(ch)
    return "".join(out)


def as_text(body: bytes | str) -> str:
    if isinstance(body, str):
        return body
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("latin-1")  # never fails; the odd character is better than nothing


def decode_values(body: bytes | str) -> list[Any]:
    """Every JSON value at the top level of ``body``, in order; stray ``}``/``]`` between or
    after them and an unfinished value at the end are ignored. At least one value must parse."""
    text = _strip_trailing_commas(as_text(body))
    values: list[Any] = []
    pos = 0
    end = len(text)
    while True:
        pos = _SKIP.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= end:
            break
        ch = text[pos]
        if ch in "}]":  # a stray closing brace left by the firmware (or the manual)
            pos += 1
            continue
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            if values:
                break  # an unfinished value after complete ones (``…]}{``): nothing to read
            raise GatewayProtocolError(
                f"the gateway's answer is not JSON ({exc.msg} at character {exc.pos}): "
                f"{_quote(text)!r}") from None
        values.append(normalise_keys(value))
    if not values:
        raise GatewayProtocolError("the gateway's answer is empty")
    return values


def decode_object(body: bytes | str) -> dict[str, Any]:
    """The first value of ``body``, which must be a JSON object."""
    first = decode_values(body)[0]
    if not isinstance(first, dict):
        raise GatewayProtocolError(
            f"the gateway's answer is not a JSON object: {_quote(as_text(body))!r}")
    return first


def normalise_keys(value: Any) -> Any:
    """``value`` with object keys mended at every level (:data:`KEY_ALIASES`)."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = str(key).strip()
            if "\n" in name:  # a key broken across lines ("ref_i  \nd")
                name = re.sub(r"\s+", "", name)
            name = KEY_ALIASES.get(name.lower(), name)
            out.setdefault(name, normalise_keys(item))
        return out
    if isinstance(value, list):
        return [normalise_keys(item) for item in value]
    return value


# --- field access that forgives the firmware's types -------------------------------------------

def to_int(value: Any, default: int | None = None) -> int | None:
    """An integer from an int, an integral float or a decimal string (``"2"``, ``" 200 "``)."""
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        if re.fullmatch(r"[+-]?\d+\.0*", text):
            return int(float(text))
    return default


def to_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().rstrip("%"))
        except ValueError:
            return None
    return None


#: What the firmware writes for "no value" (``"<NULL>"`` in register pushes of a SIM that left).
_NULLS = re.compile(r"^\W*<NULL>\W*$", re.IGNORECASE)


def to_text(value: Any) -> str:
    """A string from a string or a number; "" for null, ``"<NULL>"`` and anything else."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, str):
        return "" if _NULLS.match(value) else value
    return ""


def field(obj: Mapping[str, Any], *names: str) -> Any:
    """The first of ``names`` present in ``obj`` (case-insensitively as a fallback)."""
    for name in names:
        if name in obj:
            return obj[name]
    lowered = {str(k).lower(): v for k, v in obj.items()}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return None


def objects(value: Any) -> list[dict[str, Any]]:
    """The objects of an array (or a lone object standing where an array belongs)."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return []
