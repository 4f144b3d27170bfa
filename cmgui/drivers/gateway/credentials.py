"""A gateway's login: the user and TLS pin in the saved list, the password in the keyring.

``cmcli login dinstar+https://HOST --user U --password-file F`` writes a ``gateway`` entry to the
saved list (``cmgui.service.saved_devices``: address, ``user``, ``cert_sha256``, ``ports``) and
the password to the keyring. A device opened later finds them here; ``$CMGUI_GATEWAY_USER`` and
``$CMGUI_GATEWAY_PASSWORD`` override them (scripts, containers), and ``USER@`` in the address
names the user.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cmgui.drivers.gateway.address import GatewayAddress
from cmgui.service.saved_devices import GATEWAY, SavedDevices, SavedEntry
from cmgui.store.secrets import register_secret

log = logging.getLogger(__name__)

ENV_USER = "CMGUI_GATEWAY_USER"
ENV_PASSWORD = "CMGUI_GATEWAY_PASSWORD"


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)

    def __post_init__(self) -> None:
        register_secret(self.password)  # never in a log line


@dataclass(frozen=True)
class GatewayLogin:
    """A saved gateway (the fields of its entry)."""

    address: str
    user: str = ""
    cert_sha256: str = ""
    ports: int | None = None
    label: str = ""
    allow_basic_over_http: bool = False

    @classmethod
    def from_entry(cls, entry: SavedEntry) -> GatewayLogin:
        ports = entry.fields.get("ports")
        return cls(entry.address, entry.text("user"), entry.text("cert_sha256"),
                   ports if isinstance(ports, int) and not isinstance(ports, bool) else None,
                   entry.label, entry.fields.get("allow_basic_over_http") is True)

    def entry(self) -> SavedEntry:
        fields: dict[str, Any] = {"user": self.user, "cert_sha256": self.cert_sha256,
                                  "label": self.label}
        if self.ports is not None:
            fields["ports"] = self.ports
        if self.allow_basic_over_http:
            fields["allow_basic_over_http"] = True
        return SavedEntry.new(GATEWAY, self.address, **fields)


def saved_gateways(directory: Path | None = None) -> list[GatewayLogin]:
    return [GatewayLogin.from_entry(e) for e in SavedDevices(directory).entries(GATEWAY)]


def saved_login(address: GatewayAddress, saved: SavedDevices | None = None) -> GatewayLogin | None:
    entry = (saved or SavedDevices()).find(GATEWAY, address.gateway)
    return GatewayLogin.from_entry(entry) if entry is not None else None


async def find_credentials(address: GatewayAddress, login: GatewayLogin | None,
                           saved: SavedDevices | None = None) -> Credentials | None:
    """Who to log in as: the environment, else the address's user and the saved login."""
    user = os.environ.get(ENV_USER) or address.user or (login.user if login else "")
    password = os.environ.get(ENV_PASSWORD)
    if password is None and login is not None:
        store = saved or SavedDevices()
        try:
            password = await asyncio.to_thread(store.secret, GATEWAY, address.gateway)
        except Exception as exc:  # no usable keyring: go on, the gateway will say 401
            log.info("no password from the keyring for %s: %s", address.gateway, exc)
            password = None
    if not password:
        return None
    return Credentials(user or "admin", password)
