"""The platform modules' I/O on a mock transport: the binding endpoints' two spellings, a token
endpoint that wants HTTP Basic, a 429 without Retry-After."""

from __future__ import annotations

import json

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from cmgui.drivers.fleet.client import PlatformClient
from cmgui.drivers.fleet.cmo_fleet import CmoFleet
from cmgui.drivers.fleet.cmp_fleet import CmpFleet
from cmgui.drivers.fleet.http import Request
from cmgui.drivers.fleet.pacing import Pacing
from cmgui.service.fleet import PlatformError
from cmgui.service.fleet_accounts import CLIENT_SECRET, PRIVATE_KEY, FleetAccount
from tests.unit.fleet.clock import FakeClock

OK = {"code": "0000", "data": "操作成功", "message": "成功", "success": True}


def _key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


async def test_binding_falls_back_to_the_seeds_spelling_and_remembers_it() -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        assert request.headers["Authorization"].startswith("LF key-1/")
        if request.url.path.endswith("/device/bind"):
            return httpx.Response(404)
        return httpx.Response(200, json=OK)

    client = PlatformClient(transport=httpx.MockTransport(handler))
    fleet = CmpFleet(FleetAccount("t", "cmp+https://cmp.example", key_id="key-1",
                                  secret_name=PRIVATE_KEY), _key(), client=client)
    try:
        await fleet.bind_imei("8949", "860996043052016")
        await fleet.bind_imei("8949", "860996043052016", bind=False)
    finally:
        await fleet.close()
    assert paths == ["/cmp-api/device/bind", "/cmp-api/device/bound", "/cmp-api/device/bound"]


async def test_a_token_endpoint_that_wants_basic_auth() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            seen.append(request.headers.get("Authorization", "form"))
            if "Authorization" not in request.headers:
                return httpx.Response(401, json={"error": "invalid_client"})
            return httpx.Response(200, json={"access_token": "T", "expires_in": 300})
        assert request.headers["Authorization"] == "Bearer T"
        return httpx.Response(200, json={"entities": [], "links": []})

    client = PlatformClient(transport=httpx.MockTransport(handler))
    fleet = CmoFleet(FleetAccount("t", "cmo+https://cmo.example/acme", "id", "https://kc/token",
                                  secret_name=CLIENT_SECRET), "s", client=client)
    try:
        assert [s async for s in fleet.sims()] == []
    finally:
        await fleet.close()
    assert seen[0] == "form" and seen[1].startswith("Basic ")


async def test_a_429_without_retry_after_backs_off_and_retries() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(429) if calls < 3 else httpx.Response(200, json={})

    clock = FakeClock()
    client = PlatformClient(pacing=Pacing(clock=clock, sleep=clock.sleep),
                            transport=httpx.MockTransport(handler))
    try:
        response = await client.send(Request("GET", "https://h/x"))
    finally:
        await client.aclose()
    assert response.status == 200 and json.loads(response.body) == {}
    assert clock.sleeps == [1.0, 2.0] and client.counters.rate_limited == 2


async def test_an_unreachable_platform_is_one_sentence() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    client = PlatformClient(transport=httpx.MockTransport(handler))
    try:
        with pytest.raises(PlatformError) as err:
            await client.send(Request("GET", "https://cmp.example:8443/x"))
    finally:
        await client.aclose()
    assert str(err.value) == "cannot reach cmp.example:8443: connection refused"
