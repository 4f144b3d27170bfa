"""Browser access to a running endpoint (issue 13, item 1): CORS for the allowed origins, 403 for
any other origin on requests and WebSocket handshakes, WebSocket authentication by subprotocol,
and the session id a page can read."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
import pytest

from cmgui.cmapi.errors import ErrorCode
from cmgui.server.cors import OriginError, normalize_origin
from tests.integration.server.conftest import READ_TOKEN, TOKEN, make_server
from tests.integration.server.fake_device import FakeDevice
from tests.integration.server.support import JSON, request

PAGE = "http://localhost:8000"
OTHER = "http://evil.example:8000"


@pytest.fixture
async def server() -> AsyncIterator[Any]:
    async with make_server(FakeDevice(), origins=(PAGE, "https://app.example")) as served:
        yield served


def _cors(r: httpx.Response, origin: str = PAGE) -> None:
    assert r.headers["access-control-allow-origin"] == origin
    assert "Origin" in r.headers["vary"]
    exposed = {h.strip().lower() for h in r.headers["access-control-expose-headers"].split(",")}
    assert {"cmapi-session", "retry-after"} <= exposed


async def test_preflight_of_an_allowed_origin_needs_no_token(server: Any) -> None:
    async with httpx.AsyncClient() as browser:
        r = await browser.options(server.url, headers={
            "Origin": PAGE, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type,cmapi-session"})
    assert r.status_code == 204
    _cors(r)
    assert r.headers["access-control-allow-origin"] != "*"
    allowed = {h.strip().lower() for h in r.headers["access-control-allow-headers"].split(",")}
    assert {"authorization", "content-type", "cmapi-session"} <= allowed
    assert "POST" in r.headers["access-control-allow-methods"]


async def test_every_answer_to_an_allowed_origin_carries_cors_headers(server: Any) -> None:
    headers = {**JSON, "Origin": PAGE}
    async with httpx.AsyncClient() as browser:
        r = await browser.post(server.url, content=request("CMAPI_DevSrv_GetIMEI"),
                               headers={**headers, "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200
        _cors(r)
        r = await browser.post(server.url, content=request("CMAPI_DevSrv_GetIMEI"),
                               headers=headers)  # no token: 401, still readable by the page
        assert r.status_code == 401
        _cors(r)
        r = await browser.post(server.url, content=b"{", headers={
            **headers, "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 400
        _cors(r)
        r = await browser.post(server.url, content=request("CMAPI_DevSrv_VerifyPIN",
                                                           {"PIN": "1234"}),
                               headers={**headers, "Authorization": f"Bearer {READ_TOKEN}"})
        assert r.status_code == 403
        _cors(r)
        r = await browser.post(server.url + "/callbacks?timeout=0", headers={
            **headers, "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 204
        _cors(r)
        r = await browser.post(server.url.replace("/cmapi", "/nowhere"),
                               headers={**headers, "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 404
        _cors(r)
        r = await browser.options(server.url, headers={
            "Origin": "https://app.example:443", "Access-Control-Request-Method": "POST"})
        assert r.status_code == 204
        _cors(r, "https://app.example:443")


async def test_other_origins_are_refused_403(server: Any) -> None:
    async with httpx.AsyncClient() as browser:
        r = await browser.options(server.url, headers={
            "Origin": OTHER, "Access-Control-Request-Method": "POST"})
        assert r.status_code == 403
        assert "access-control-allow-origin" not in r.headers
        r = await browser.post(server.url, content=request("CMAPI_DevSrv_VerifyPIN",
                                                           {"PIN": "1234"}),
                               headers={**JSON, "Origin": OTHER,
                                        "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403
        assert r.json()["error"]["code"] == ErrorCode.AUTHENTICATION_DENIED
        assert "access-control-allow-origin" not in r.headers
        for origin in ("null", "http://localhost:8001", "http://localhost:8000.evil"):
            r = await browser.post(server.url, content=request("CMAPI_DevSrv_GetIMEI"),
                                   headers={**JSON, "Origin": origin,
                                            "Authorization": f"Bearer {TOKEN}"})
            assert r.status_code == 403, origin
    assert server.endpoint.dispatcher.devices["1"].unlocked is False


async def test_no_origin_is_allowed_by_default() -> None:
    async with make_server(FakeDevice()) as plain, httpx.AsyncClient() as client:
        auth = {**JSON, "Authorization": f"Bearer {TOKEN}"}
        r = await client.post(plain.url, content=request("CMAPI_DevSrv_GetIMEI"), headers=auth)
        assert r.status_code == 200 and "vary" not in r.headers  # nothing changes for curl
        r = await client.post(plain.url, content=request("CMAPI_DevSrv_GetIMEI"),
                              headers={**auth, "Origin": PAGE})
        assert r.status_code == 403


async def _ws(url: str, **kwargs: Any) -> tuple[aiohttp.ClientSession,
                                                 aiohttp.ClientWebSocketResponse]:
    client = aiohttp.ClientSession()
    try:
        return client, await client.ws_connect(url, **kwargs)
    except BaseException:
        await client.close()
        raise


async def test_websocket_handshake_from_a_refused_origin_is_403(server: Any) -> None:
    async with aiohttp.ClientSession() as client:
        with pytest.raises(aiohttp.WSServerHandshakeError) as info:
            await client.ws_connect(server.ws_url, origin=OTHER,
                                    protocols=("cmapi", f"bearer.{TOKEN}"))
        assert info.value.status == 403
        with pytest.raises(aiohttp.WSServerHandshakeError) as info:  # even with the header
            await client.ws_connect(server.ws_url, origin=OTHER,
                                    headers={"Authorization": f"Bearer {TOKEN}"})
        assert info.value.status == 403
    assert len(server.endpoint.sessions) == 0


async def test_websocket_subprotocol_authentication(
        server: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client, ws = await _ws(server.ws_url, origin=PAGE, protocols=("cmapi", f"bearer.{TOKEN}"))
    try:
        assert ws.protocol == "cmapi"  # selected; the token is never echoed
        await ws.send_str(request("CMAPI_API_Open", msg_id="o").decode())
        opened = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
        session_id = opened["result"]["sessionId"]
        assert session_id in {s.id for s in server.endpoint.sessions}
        await ws.send_str(request("CMAPI_DevSrv_GetIMEI", msg_id="i").decode())
        answer = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
        assert answer["result"]["IMEI"] == "490154203237518"
    finally:
        await ws.close()
        await client.close()
    assert TOKEN not in caplog.text
    async with aiohttp.ClientSession() as anon:
        for protocols in (("cmapi", "bearer.wrong-token-0123456789abcdef"),
                          (f"bearer.{TOKEN}",), ("cmapi",)):
            with pytest.raises(aiohttp.WSServerHandshakeError) as info:
                await anon.ws_connect(server.ws_url, origin=PAGE, protocols=protocols)
            assert info.value.status == 401, protocols


async def test_http_session_id_is_in_the_open_result_and_the_header(server: Any) -> None:
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}) as http:
        r = await http.post(server.url, content=request("CMAPI_API_Open"), headers=JSON)
    assert r.json()["result"]["sessionId"] == r.headers["CMAPI-Session"]


@pytest.mark.parametrize(("given", "normal"), [
    ("http://LocalHost:8000", "http://localhost:8000"), ("https://a.example:443", "https://a.example"),
    ("http://a.example:80/", "http://a.example"), ("http://[::1]:8080", "http://[::1]:8080"),
])
def test_origins_are_compared_as_browsers_serialise_them(given: str, normal: str) -> None:
    assert normalize_origin(given) == normal


@pytest.mark.parametrize("bad", ["*", "null", "", "ftp://x", "http://a/path", "http://u@a",
                                 "localhost:8000"])
def test_what_is_not_an_origin_is_refused(bad: str) -> None:
    with pytest.raises(OriginError):
        normalize_origin(bad)
