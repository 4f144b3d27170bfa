"""/cmapi/ws against a running endpoint with a plain aiohttp WebSocket client."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from cmgui.cmapi.errors import ErrorCode
from cmgui.server.limits import Limits
from tests.integration.at.waiting import until
from tests.integration.server.conftest import TOKEN, Served, make_server
from tests.integration.server.fake_device import FakeDevice
from tests.integration.server.support import request

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
async def client() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def recv(ws: aiohttp.ClientWebSocketResponse) -> dict[str, Any]:
    msg = await asyncio.wait_for(ws.receive(), 5)
    assert msg.type == aiohttp.WSMsgType.TEXT, msg
    return json.loads(msg.data)  # type: ignore[no-any-return]


async def test_handshake_requires_a_token(served: Served,
                                          client: aiohttp.ClientSession) -> None:
    with pytest.raises(aiohttp.WSServerHandshakeError) as info:
        await client.ws_connect(served.ws_url)
    assert info.value.status == 401
    with pytest.raises(aiohttp.WSServerHandshakeError) as info:
        await client.ws_connect(served.ws_url, headers={"Authorization": "Bearer wrong-token"})
    assert info.value.status == 401


async def test_requests_and_responses_on_one_connection(
        served: Served, client: aiohttp.ClientSession) -> None:
    async with client.ws_connect(served.ws_url, headers=AUTH) as ws:
        await ws.send_bytes(request("CMAPI_DevSrv_GetIMEI", msg_id="a"))
        await ws.send_bytes(request("CMAPI_DevSrv_VerifyPIN", {"PIN": "1234"}, msg_id="b"))
        answers = {m["id"]: m for m in [await recv(ws), await recv(ws)]}
        assert answers["a"]["result"] == {"IMEI": "490154203237518"}
        assert answers["b"]["result"] == {}
        assert answers["a"]["jsonrpc"] == "2.0" and answers["a"]["cmapiversion"] == "1.1"


async def test_async_function_answers_received_then_outcome(
        served: Served, client: aiohttp.ClientSession) -> None:
    async with client.ws_connect(served.ws_url, headers=AUTH) as ws:
        await ws.send_str(request("CMAPI_NetConnectSrv_Connect_Async", {"APN": "internet"},
                                  msg_id="c").decode())
        interim, final = await recv(ws), await recv(ws)
        assert interim == {"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "c",
                           "result": {"status": "received"}}
        assert final["id"] == "c" and final["result"]["connectionState"] == "connected"
        await ws.send_str(request("CMAPI_NetConnectSrv_Connect_Async", {"APN": "bad"},
                                  msg_id="d").decode())
        interim, final = await recv(ws), await recv(ws)
        assert interim["result"] == {"status": "received"}
        assert final["error"]["code"] == ErrorCode.INVALID_APN


async def test_callbacks_only_when_registered_and_each_with_its_own_id(
        served: Served, client: aiohttp.ClientSession) -> None:
    async with client.ws_connect(served.ws_url, headers=AUTH) as ws:
        served.device.signal(10)  # nobody registered yet
        await ws.send_bytes(request("CMAPI_Callback_Register",
                                    {"callbackIds": ["CMAPI_Callback_SignalStrength"]}))
        assert (await recv(ws))["result"]["callbackIds"] == ["CMAPI_Callback_SignalStrength"]
        served.device.signal(20)
        served.device.signal(30)
        first, second = await recv(ws), await recv(ws)
        assert [first["result"]["signalPercentage"], second["result"]["signalPercentage"]] == [
            20, 30]
        assert first["id"] != second["id"]
        await ws.send_bytes(request("CMAPI_Callback_Unregister", {"callbackIds": []}))
        assert (await recv(ws))["result"]["callbackIds"] == []
        served.device.signal(40)
        await ws.send_bytes(request("CMAPI_DevSrv_GetIMEI", msg_id="after"))
        assert (await recv(ws))["id"] == "after"


async def test_malformed_messages_get_errors_and_the_connection_stays(
        served: Served, client: aiohttp.ClientSession) -> None:
    async with client.ws_connect(served.ws_url, headers=AUTH) as ws:
        for junk in (b"\x00\x01", b"{", b"[1,2]", b'{"id":"z"}', "null"):
            if isinstance(junk, bytes):
                await ws.send_bytes(junk)
            else:
                await ws.send_str(junk)
            answer = await recv(ws)
            assert answer["error"]["code"] in (ErrorCode.PARSE_ERROR, ErrorCode.INVALID_REQUEST)
        await ws.send_bytes(request("CMAPI_DevSrv_GetIMEI", msg_id="ok"))
        assert (await recv(ws))["id"] == "ok"


async def test_oversized_message_closes_with_1009(client: aiohttp.ClientSession) -> None:
    async with make_server(FakeDevice(), Limits(max_message_size=500)) as server, \
            client.ws_connect(server.ws_url, headers=AUTH) as ws:
        await ws.send_bytes(request("CMAPI_DevSrv_GetIMEI", {"x": "y" * 1000}))
        msg = await asyncio.wait_for(ws.receive(), 5)
        assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        assert ws.close_code == 1009


async def test_rate_limited_requests_get_busy(client: aiohttp.ClientSession) -> None:
    async with make_server(FakeDevice(), Limits(rate=0.5, burst=2)) as server, \
            client.ws_connect(server.ws_url, headers=AUTH) as ws:
        for i in range(4):
            await ws.send_bytes(request("CMAPI_DevSrv_GetIMEI", msg_id=str(i)))
        answers = {m["id"]: m for m in [await recv(ws) for _ in range(4)]}
        errors = [i for i, m in answers.items() if "error" in m]
        assert len(errors) == 2
        assert all(answers[i]["error"]["code"] == ErrorCode.BUSY for i in errors)


async def test_session_resumes_with_queued_callbacks_and_late_responses(
        served: Served, client: aiohttp.ClientSession) -> None:
    served.device.connect_delay = 0.3
    ws = await client.ws_connect(served.ws_url, headers=AUTH)
    sid = ws._response.headers["CMAPI-Session"]
    await ws.send_bytes(request("CMAPI_Callback_Register",
                                {"callbackIds": ["CMAPI_Callback_SignalStrength"]}))
    await recv(ws)
    await ws.send_bytes(request("CMAPI_NetConnectSrv_Connect_Async", {"APN": "internet"},
                                msg_id="slow"))
    assert (await recv(ws))["result"] == {"status": "received"}
    await ws.close()
    served.device.signal(55)
    session = served.server.endpoint.sessions.get(sid)
    assert session is not None
    # the connect finishes while nobody is connected: its answer waits with the callback
    await until(lambda: len(session.outbox) == 2, 5, "the late answer queued")
    async with client.ws_connect(served.ws_url,
                                 headers={**AUTH, "CMAPI-Session": sid}) as again:
        assert again._response.headers["CMAPI-Session"] == sid
        got = [await recv(again), await recv(again)]
        by_kind = {("cb" if "callbackId" in m else "resp"): m for m in got}
        assert by_kind["cb"]["result"]["signalPercentage"] == 55
        assert by_kind["resp"]["id"] == "slow"
        assert by_kind["resp"]["result"]["connectionState"] == "connected"


async def test_closed_session_is_forgotten_when_the_socket_goes(
        served: Served, client: aiohttp.ClientSession) -> None:
    async with client.ws_connect(served.ws_url, headers=AUTH) as ws:
        await ws.send_bytes(request("CMAPI_API_Close"))
        assert (await recv(ws))["result"] == {}
        assert len(served.server.endpoint.sessions) == 1
    await until(lambda: len(served.server.endpoint.sessions) == 0, 5, "the session forgotten")
    assert len(served.server.endpoint.sessions) == 0
