"""A real endpoint on 127.0.0.1 (ephemeral port) serving a FakeDevice, and clients for it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

from cmgui.server.app import CmapiServer, ServerConfig
from cmgui.server.auth import TokenStore
from cmgui.server.limits import Limits
from cmgui.service.dispatcher import Dispatcher
from tests.integration.server.fake_device import FakeDevice

TOKEN = "full-token-0123456789abcdef"
READ_TOKEN = "read-token-0123456789abcdef"


@dataclass
class Served:
    server: CmapiServer
    device: FakeDevice

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def ws_url(self) -> str:
        return self.server.ws_url


def make_server(device: FakeDevice, limits: Limits | None = None,
                origins: tuple[str, ...] = ()) -> CmapiServer:
    tokens = TokenStore({TOKEN: "full", READ_TOKEN: "read"})
    config = ServerConfig(port=0, tokens=tokens, limits=limits or Limits(poll_timeout=2.0),
                          allow_origins=origins)
    return CmapiServer(Dispatcher({"1": device}), config)


@pytest.fixture
async def served() -> AsyncIterator[Served]:
    device = FakeDevice()
    async with make_server(device) as server:
        yield Served(server, device)


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"},
                                 timeout=10) as client:
        yield client
