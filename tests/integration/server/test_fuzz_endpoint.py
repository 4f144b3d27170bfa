"""Fuzzing the running endpoint: garbage and near-miss messages over HTTP and WebSocket.

Whatever arrives, the server answers with a well-formed JSON-RPC message (or closes an oversized
WebSocket message with 1009), never a 500, a crash or a hang, and it keeps serving afterwards.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import aiohttp
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmgui.cmapi import catalogue
from cmgui.server.app import CmapiServer
from cmgui.server.limits import Limits
from tests.integration.server.conftest import TOKEN, make_server
from tests.integration.server.fake_device import FakeDevice
from tests.integration.server.support import JSON, request

T = TypeVar("T")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Background:
    """An endpoint on its own event loop in a thread, so sync Hypothesis tests can hit it."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.server: CmapiServer = self.run(self._start())
        self.ws: aiohttp.ClientWebSocketResponse = self.run(self._connect())
        self.client = httpx.Client(headers=AUTH, timeout=10)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(20)

    async def _start(self) -> CmapiServer:
        server = make_server(FakeDevice(), Limits(rate=0, max_message_size=64 << 10))
        await server.start()
        return server

    async def _connect(self) -> aiohttp.ClientWebSocketResponse:
        self.http = aiohttp.ClientSession()
        return await self.http.ws_connect(self.server.ws_url, headers=AUTH)

    async def exchange(self, data: bytes) -> list[dict[str, Any]]:
        """Send one message; every message answered until its (final) response."""
        await self.ws.send_bytes(data)
        got = []
        while True:
            msg = await asyncio.wait_for(self.ws.receive(), 10)
            assert msg.type == aiohttp.WSMsgType.TEXT, msg
            body = json.loads(msg.data)
            got.append(body)
            if "callbackId" not in body and body.get("result") != {"status": "received"}:
                return got

    async def _stop(self) -> None:
        await self.ws.close()
        await self.http.close()
        await self.server.stop()

    def close(self) -> None:
        self.client.close()
        self.run(self._stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@pytest.fixture(scope="module")
def bg() -> Iterator[Background]:
    background = Background()
    yield background
    background.close()


def check_envelope(body: dict[str, Any]) -> None:
    assert body["jsonrpc"] == "2.0" and body["cmapiversion"] == "1.1"
    assert ("result" in body) != ("error" in body)
    if "error" in body:
        assert isinstance(body["error"]["code"], int)
        assert isinstance(body["error"]["message"], str)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20)
methods = st.sampled_from(sorted(catalogue.ALL)) | st.text(max_size=30)
near_miss = st.fixed_dictionaries(
    {}, optional={"jsonrpc": st.sampled_from(["2.0", "1.0", 2]) | json_values,
                  "cmapiversion": st.sampled_from(["1.1", "1.0"]) | json_values,
                  "id": st.text(max_size=10) | json_values,
                  "method": methods,
                  "params": st.dictionaries(st.sampled_from(
                      ["PIN", "APN", "radioState", "callbackIds", "deviceId", "x"]),
                      json_values, max_size=3) | json_values})
payloads = st.binary(max_size=200) | near_miss.map(lambda d: json.dumps(d).encode())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads)
def test_http_answers_every_payload_with_json_rpc(bg: Background, payload: bytes) -> None:
    r = bg.client.post(bg.server.url, content=payload, headers=JSON)
    assert r.status_code in (200, 400, 403), r.status_code
    check_envelope(r.json())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads)
def test_websocket_answers_every_payload_with_json_rpc(bg: Background, payload: bytes) -> None:
    for body in bg.run(bg.exchange(payload)):
        if "callbackId" not in body:
            check_envelope(body)


def test_still_serving_after_the_fuzzing(bg: Background) -> None:
    r = bg.client.post(bg.server.url, content=request("CMAPI_DevSrv_GetIMEI"), headers=JSON)
    assert r.json()["result"]["IMEI"] == "490154203237518"
    answers = bg.run(bg.exchange(request("CMAPI_DevSrv_GetIMEI", msg_id="last")))
    assert answers[-1]["id"] == "last"
