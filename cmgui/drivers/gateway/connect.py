"""Opening a gateway: its login (saved or given), its TLS pin, the local archive, one shared
session per gateway and event loop."""

from __future__ import annotations

import logging
import os

import httpx

from cmgui.drivers.gateway.address import GatewayAddress
from cmgui.drivers.gateway.client import GatewayClient
from cmgui.drivers.gateway.credentials import Credentials, find_credentials, saved_login
from cmgui.drivers.gateway.session import GatewaySession, PollIntervals, acquire, release
from cmgui.store.errors import StoreError
from cmgui.store.gateway import GatewayArchive

log = logging.getLogger(__name__)

ENV_ALLOW_BASIC = "CMGUI_GATEWAY_ALLOW_BASIC_OVER_HTTP"


def open_archive() -> GatewayArchive | None:
    """The local archive, or None (logged) when the database cannot be opened."""
    try:
        return GatewayArchive.open()
    except StoreError as err:
        log.warning("the local database cannot be opened; gateway SMS are not archived: %s", err)
        return None


async def open_session(
    address: GatewayAddress, *, credentials: Credentials | None = None, fingerprint: str = "",
    intervals: PollIntervals | None = None, archive: bool = True,
    allow_basic_over_http: bool | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> GatewaySession:
    """The shared session of ``address``'s gateway, started if it is not running. Give it back
    with :func:`close_session`."""
    login = saved_login(address)
    creds = credentials or await find_credentials(address, login)
    pin = fingerprint or address.fingerprint or (login.cert_sha256 if login else "")
    allow = allow_basic_over_http
    if allow is None:
        allow = bool(login and login.allow_basic_over_http) or \
            os.environ.get(ENV_ALLOW_BASIC, "") == "1"

    def create() -> GatewaySession:
        client = GatewayClient(address, creds, fingerprint=pin, allow_basic_over_http=allow,
                               transport=transport)
        return GatewaySession(client, intervals=intervals,
                              archive=open_archive() if archive else None)

    return await acquire(address.gateway, create)


async def close_session(session: GatewaySession) -> None:
    await release(session.gateway, session)
