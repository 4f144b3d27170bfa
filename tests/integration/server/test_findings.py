"""Regression tests for what an independent client found (issue 13, item 2), each against a
running endpoint."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import httpx
import pytest

from cmgui.cmapi.errors import ErrorCode
from cmgui.server.app import CmapiServer, ServerConfig
from cmgui.server.auth import TokenStore
from cmgui.service.dispatcher import Dispatcher
from cmgui.service.registry import REGISTRY
from tests.integration.at.waiting import until
from tests.integration.server.conftest import READ_TOKEN, TOKEN, Served
from tests.integration.server.support import JSON, request

AUTH = {"Authorization": f"Bearer {TOKEN}"}


async def _raw_post(url: str, head: bytes, parts: list[bytes]) -> dict[str, Any]:
    """POST by hand: ``head`` (request line and headers), then the body ``parts`` one by one,
    each written and drained before the next (the server sees them arrive apart)."""
    where = urlsplit(url)
    reader, writer = await asyncio.open_connection(where.hostname, where.port)
    try:
        writer.write(head)
        for part in parts:
            writer.write(part)
            await writer.drain()
            await asyncio.sleep(0)
        status_line = await reader.readline()
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        body = await reader.readexactly(length)
        return {"status": int(status_line.split()[1]), "json": json.loads(body)}
    finally:
        writer.close()


async def test_a_long_id_is_read_whole_however_the_body_arrives(served: Served) -> None:
    long_id = "i" * 400_000
    body = request("CMAPI_DevSrv_GetIMEI", msg_id=long_id)
    path = urlsplit(served.url).path
    head = (f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n").encode()
    for _ in range(3):
        answer = await _raw_post(served.url, head, [body[i:i + 7000]
                                                    for i in range(0, len(body), 7000)])
        assert answer["status"] == 200
        assert answer["json"]["id"] == long_id
        assert answer["json"]["result"]["IMEI"] == "490154203237518"

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(body), 5000):
            yield body[i:i + 5000]

    async with httpx.AsyncClient(headers=AUTH) as http:
        r = await http.post(served.url, content=chunks(), headers=JSON)
    assert r.status_code == 200 and r.json()["id"] == long_id


async def test_a_chunked_body_over_the_limit_is_413(served: Served) -> None:
    async def big() -> AsyncIterator[bytes]:
        yield b'{"jsonrpc":"2.0","cmapiversion":"1.1","id":"x","method":"m","params":{"p":"'
        for _ in range(2 * 1024):
            yield b"x" * 1024
        yield b'"}}'

    async with httpx.AsyncClient(headers=AUTH) as http:
        r = await http.post(served.url, content=big(), headers=JSON)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == ErrorCode.INVALID_REQUEST


async def test_one_clients_close_of_the_default_session_does_not_stop_another(
        served: Served) -> None:
    async with httpx.AsyncClient(headers=AUTH) as a, httpx.AsyncClient(headers=AUTH) as b:
        r = await b.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"), headers=JSON)
        assert r.status_code == 200
        r = await a.post(served.url, content=request("CMAPI_API_Close"), headers=JSON)
        assert r.json()["result"] == {}
        for method in ("CMAPI_DevSrv_GetIMEI", "CMAPI_API_GetOpenCMAPIVersion"):
            r = await b.post(served.url, content=request(method), headers=JSON)
            assert r.status_code == 200 and "result" in r.json(), r.json()
        r = await b.post(served.url, content=request("CMAPI_API_Open"), headers=JSON)
        assert r.json()["result"]["accessLevel"] == "full"


async def _register(http: httpx.AsyncClient, url: str, *names: str,
                    headers: dict[str, str] | None = None) -> None:
    r = await http.post(url, content=request("CMAPI_Callback_Register",
                                             {"callbackIds": list(names)}),
                        headers={**JSON, **(headers or {})})
    assert "result" in r.json(), r.json()


async def test_two_header_less_pollers_share_the_default_session(served: Served) -> None:
    endpoint = served.server.endpoint
    async with httpx.AsyncClient(headers=AUTH, timeout=10) as a, \
            httpx.AsyncClient(headers=AUTH, timeout=10) as b:
        await _register(a, served.url, "CMAPI_Callback_SignalStrength")
        first = asyncio.create_task(a.post(served.url + "/callbacks"))
        await until(lambda: sum(s.polls for s in endpoint.sessions) == 1, 5, "one poll")
        second = asyncio.create_task(b.post(served.url + "/callbacks"))
        await until(lambda: sum(s.polls for s in endpoint.sessions) == 2, 5, "both polls")
        assert not first.done()  # the second poll did not end the first
        served.device.signal(10)
        served.device.signal(20)
        answers = [await first, await second]
    assert [r.status_code for r in answers] == [200, 200]
    assert sorted(r.json()["result"]["signalPercentage"] for r in answers) == [10, 20]


async def test_one_wlan_scan_gives_one_completion_callback() -> None:
    device = REGISTRY.create("virtual:generic")
    await device.open()
    try:
        config = ServerConfig(port=0, tokens=TokenStore({TOKEN: "full"}))
        async with CmapiServer(Dispatcher({"1": device}), config) as server, \
                httpx.AsyncClient(headers=AUTH, timeout=10) as http:
            await _register(http, server.url, "CMAPI_Callback_ScanWLANComplete")
            r = await http.post(server.url, content=request("CMAPI_WLAN_Scan_Async"),
                                headers=JSON)
            assert r.json()["result"]["scanResultsElements"] > 0
            callbacks = []
            while (poll := await http.post(server.url + "/callbacks?timeout=0.5")) \
                    .status_code == 200:
                callbacks.append(poll.json()["callbackId"])
            assert callbacks == ["CMAPI_Callback_ScanWLANComplete"]
    finally:
        await device.close()


async def test_completion_callbacks_reach_only_the_caller(served: Served) -> None:
    name = "CMAPI_Callback_Connect_Async_Complete"
    async with httpx.AsyncClient(headers=AUTH) as owner, \
            httpx.AsyncClient(headers={"Authorization": f"Bearer {READ_TOKEN}"}) as watcher:
        await _register(watcher, served.url, name)
        await _register(owner, served.url, name)
        r = await owner.post(served.url, content=request(
            "CMAPI_NetConnectSrv_Connect_Async", {"APN": "internet"}), headers=JSON)
        assert r.json()["result"]["IPAddress"] == "10.0.0.7"
        mine = await owner.post(served.url + "/callbacks?timeout=1")
        assert mine.json()["callbackId"] == name
        theirs = await watcher.post(served.url + "/callbacks?timeout=0.3")
        assert theirs.status_code == 204


async def test_refusals_carry_the_readable_id(served: Served) -> None:
    async with httpx.AsyncClient(headers=AUTH) as http:
        r = await http.post(served.url, content=request("CMAPI_DevSrv_GetIMEI", msg_id="k1"),
                            headers={**JSON, "CMAPI-Session": "no-such-session"})
        assert r.status_code == 404 and r.json()["id"] == "k1"
        r = await http.post(served.url, content=request("CMAPI_API_Open"), headers=JSON)
        sid = r.headers["CMAPI-Session"]
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {READ_TOKEN}"}) as other:
        r = await other.post(served.url, content=request("CMAPI_DevSrv_GetIMEI", msg_id="k2"),
                             headers={**JSON, "CMAPI-Session": sid})
        assert r.status_code == 403 and r.json()["id"] == "k2"


async def test_read_only_gets_no_received_for_a_call_it_may_not_make(served: Served) -> None:
    async with aiohttp.ClientSession() as client, client.ws_connect(
            served.ws_url, headers={"Authorization": f"Bearer {READ_TOKEN}"}) as ws:
        await ws.send_str(request("CMAPI_NetConnectSrv_Connect_Async", {"APN": "internet"},
                                  msg_id="c").decode())
        await ws.send_str(request("CMAPI_DevSrv_GetIMEI", msg_id="after").decode())
        first = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
        second = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
    by_id = {first["id"]: first, second["id"]: second}
    assert by_id["c"]["error"]["code"] == ErrorCode.SECURITY_NOT_PRIVILEGED
    assert "result" not in by_id["c"]
    assert by_id["after"]["result"]["IMEI"]  # and nothing else came for "c"


async def test_read_only_may_not_close_a_p2p_connection(served: Served) -> None:
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {READ_TOKEN}"}) as ro:
        r = await ro.post(served.url, content=request("CMAPI_P2P_CloseConnection",
                                                      {"connectionId": "1"}), headers=JSON)
    assert r.status_code == 403
    assert r.json()["error"]["code"] == ErrorCode.SECURITY_NOT_PRIVILEGED


@pytest.mark.parametrize("raw", ["[1]", "true", "1e400", "9" * 5000, "-" + "9" * 5000,
                                 '{"a":1}', "1.5"])
async def test_a_device_id_of_a_wrong_type_is_invalid_parameter(
        served: Served, raw: str) -> None:
    body = ('{"jsonrpc":"2.0","cmapiversion":"1.1","id":"d","method":"CMAPI_DevSrv_GetIMEI",'
            f'"params":{{"deviceId":{raw}}}}}').encode()
    async with httpx.AsyncClient(headers=AUTH) as http:
        r = await http.post(served.url, content=body, headers=JSON)
    answer = r.json()
    assert answer["id"] == "d"
    assert answer["error"]["code"] == ErrorCode.INVALID_PARAMETER
    assert answer["error"]["data"] == {
        "problems": ["params.deviceId: expected a string or an integer"]}


async def test_a_utf8_byte_order_mark_is_ignored(served: Served) -> None:
    async with httpx.AsyncClient(headers=AUTH) as http:
        r = await http.post(served.url, content=b"\xef\xbb\xbf" + request(
            "CMAPI_DevSrv_GetIMEI", msg_id="bom"), headers=JSON)
    assert r.status_code == 200 and r.json()["id"] == "bom"


async def test_no_callback_queued_before_close_is_delivered_after_it(served: Served) -> None:
    async with httpx.AsyncClient(headers=AUTH) as http:
        await _register(http, served.url, "CMAPI_Callback_SignalStrength")
        served.device.signal(55)
        await until(lambda: any(s.outbox for s in served.server.endpoint.sessions), 5,
                    "the callback queued")
        r = await http.post(served.url, content=request("CMAPI_API_Close"), headers=JSON)
        assert r.json()["result"] == {}
        r = await http.post(served.url + "/callbacks?timeout=0.2")
        assert r.status_code == 204
        # a named session too, over its own poll
        r = await http.post(served.url, content=request("CMAPI_API_Open"), headers=JSON)
        named = {"CMAPI-Session": r.headers["CMAPI-Session"]}
        await _register(http, served.url, "CMAPI_Callback_SignalStrength", headers=named)
        served.device.signal(56)
        await until(lambda: any(s.outbox for s in served.server.endpoint.sessions), 5,
                    "the callback queued")
        await http.post(served.url, content=request("CMAPI_API_Close"),
                        headers={**JSON, **named})
        r = await http.post(served.url + "/callbacks?timeout=0.2", headers=named)
        assert r.status_code == 404


async def test_close_over_websocket_drops_what_was_queued(served: Served) -> None:
    async with aiohttp.ClientSession() as client, client.ws_connect(
            served.ws_url, headers=AUTH) as ws:
        await ws.send_str(request("CMAPI_Callback_Register", {
            "callbackIds": ["CMAPI_Callback_SignalStrength"]}, msg_id="r").decode())
        assert json.loads((await asyncio.wait_for(ws.receive(), 5)).data)["id"] == "r"
        (session,) = [s for s in served.server.endpoint.sessions if s.attached is not None]
        session.outbox.extend([b"queued-1", b"queued-2"])  # as if the writer lagged behind
        await ws.send_str(request("CMAPI_API_Close", msg_id="x").decode())
        answer = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
        assert answer["id"] == "x" and not session.outbox
