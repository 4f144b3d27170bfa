"""Requests and responses as values (sans-IO): what the platform modules build and parse.

The I/O (httpx, pacing, retries, authorisation) is :mod:`cmgui.drivers.fleet.client`; the
request builders and parsers never touch a socket, so they are tested against the seeds'
examples byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from cmgui.service.fleet import PlatformError

JSON = "application/json"
JSON_PATCH = "application/json-patch+json"
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Request:
    """One HTTP request. ``json`` is the body before encoding (signers need it); ``pace`` names
    the rate limit it counts against ("" none)."""

    method: str
    url: str
    query: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    json: Any = None
    pace: str = ""

    @classmethod
    def json_body(cls, method: str, url: str, value: Any, *, content_type: str = JSON,
                  pace: str = "") -> Request:
        return cls(method, url, headers=(("Content-Type", content_type),),
                   body=encode_json(value), json=value, pace=pace)

    def with_json(self, value: Any) -> Request:
        return replace(self, body=encode_json(value), json=value)

    def header(self, name: str) -> str:
        lower = name.lower()
        return next((v for k, v in self.headers if k.lower() == lower), "")


@dataclass(frozen=True)
class Response:
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    def json(self) -> Any:
        """The body as JSON; PlatformError when it is not JSON."""
        try:
            return json.loads(self.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            snippet = self.body[:80].decode("utf-8", "replace").strip()
            raise PlatformError(f"the platform answered HTTP {self.status} with something that is "
                                f"not JSON: {snippet!r}", status=self.status) from None


def encode_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def text(value: Any) -> str:
    """A JSON scalar as text ("" for null); numbers sent where the docs say string are fine."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()
