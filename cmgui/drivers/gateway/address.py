"""Gateway addresses: ``dinstar+http(s)://HOST[:PORT]`` names a gateway, ``…/ports/N`` its port N
as a device. ``#fingerprint=SHA256`` pins the TLS certificate for this address only (a saved
gateway keeps its pin in the saved list); ``USER@`` names the user (the password comes from the
keyring or ``$CMGUI_GATEWAY_PASSWORD``, never from the address)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.gateway.protocol.requests import MAX_PORT

SCHEMES = {"dinstar+http": "http", "dinstar+https": "https"}
_PORT_PATH = re.compile(r"^/ports/(\d{1,2})/?$")


@dataclass(frozen=True)
class GatewayAddress:
    scheme: str  # "http" or "https"
    host: str  # as in a URL: IPv6 in brackets
    tcp_port: int | None = None
    port: int | None = None  # the gateway port this address names, if any
    fingerprint: str = ""
    user: str = ""

    @property
    def secure(self) -> bool:
        return self.scheme == "https"

    @property
    def netloc(self) -> str:
        return self.host if self.tcp_port is None else f"{self.host}:{self.tcp_port}"

    @property
    def base_url(self) -> str:
        """What HTTP requests go to: ``http(s)://HOST[:PORT]``."""
        return f"{self.scheme}://{self.netloc}"

    @property
    def gateway(self) -> str:
        """The gateway's own address, ``dinstar+http(s)://HOST[:PORT]`` (the saved list's and the
        keyring's key)."""
        return f"dinstar+{self.scheme}://{self.netloc}"

    def port_address(self, port: int) -> str:
        return f"{self.gateway}/ports/{port}"

    @property
    def hostname(self) -> str:
        return self.host.strip("[]")

    @property
    def effective_port(self) -> int:
        return self.tcp_port if self.tcp_port is not None else (443 if self.secure else 80)


def is_gateway_address(address: str) -> bool:
    return address.strip().lower().split("://", 1)[0] in SCHEMES


def _bad(address: str, reason: str) -> CmapiError:
    return CmapiError(ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER,
                      data={"address": address, "reason": reason})


def parse_gateway_address(address: str) -> GatewayAddress:
    """Split a gateway or port address; CMAPI error 0x100 (in words) for anything else."""
    text = address.strip()
    try:
        parts = urlsplit(text)
        tcp_port = parts.port
    except ValueError as exc:
        raise _bad(address, f"not a gateway address: {exc}") from None
    scheme = SCHEMES.get(parts.scheme.lower())
    if scheme is None:
        raise _bad(address, "a gateway address starts with dinstar+http:// or dinstar+https://")
    if not parts.hostname:
        raise _bad(address, "the address names no host")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    port: int | None = None
    if parts.path not in ("", "/"):
        match = _PORT_PATH.match(parts.path)
        if match is None:
            raise _bad(address, "after the host only /ports/N may follow")
        port = int(match.group(1))
        if port > MAX_PORT:
            raise _bad(address, f"gateway ports run from 0 to {MAX_PORT}")
    options = dict(parse_qsl(parts.fragment))
    return GatewayAddress(scheme, host, tcp_port, port, options.get("fingerprint", ""),
                          parts.username or "")
