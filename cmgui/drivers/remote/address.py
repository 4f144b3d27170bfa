"""Remote endpoint addresses: ``http(s)://HOST:PORT/cmapi`` or ``ws(s)://HOST:PORT/cmapi/ws``.

An optional fragment picks one device of a multi-device endpoint and options of the connection:
``http://host:8485/cmapi#device=2&pin=/path/cert.pem`` (``pin``: trust exactly this certificate,
for a self-signed endpoint).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.saved_devices import address_key

Transport = Literal["http", "ws"]
SCHEMES: dict[str, Transport] = {"http": "http", "https": "http", "ws": "ws", "wss": "ws"}


@dataclass(frozen=True)
class RemoteAddress:
    url: str  # without the fragment: the endpoint's address_key
    transport: Transport
    device_id: str | None = None
    pin: Path | None = None

    @property
    def secure(self) -> bool:
        return self.url.startswith(("https:", "wss:"))


def parse_address(address: str) -> RemoteAddress:
    """Split an endpoint address; CMAPI error 0x100 for anything that is not one."""
    try:
        parts = urlsplit(address.strip())
        transport = SCHEMES.get(parts.scheme.lower())
        if transport is None or not parts.hostname:
            raise ValueError("not an http(s):// or ws(s):// URL with a host")
        _ = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        raise CmapiError(ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER,
                         data={"address": address, "reason": str(exc)}) from None
    options = dict(parse_qsl(parts.fragment))
    pin = options.get("pin")
    return RemoteAddress(address_key(address), transport, options.get("device") or None,
                         Path(pin) if pin else None)
