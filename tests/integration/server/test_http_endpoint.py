"""POST /cmapi and POST /cmapi/callbacks against a running endpoint, byte for byte."""

from __future__ import annotations

import asyncio
import json

import httpx

from cmgui.cmapi.errors import ErrorCode, PinErrorKind, pin_error_code
from cmgui.server.limits import Limits
from cmgui.service.events import RadioStateChanged
from tests.integration.at.waiting import until
from tests.integration.server.conftest import READ_TOKEN, Served, make_server
from tests.integration.server.fake_device import FakeDevice
from tests.integration.server.support import JSON, request


async def test_call_answers_per_5_2_2_2(served: Served, http: httpx.AsyncClient) -> None:
    r = await http.post(served.url, content=request("CMAPI_DevSrv_GetIMEI", msg_id="abc"),
                        headers=JSON)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.json() == {"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "abc",
                        "result": {"IMEI": "490154203237518"}}


async def test_device_error_keeps_its_code(served: Served, http: httpx.AsyncClient) -> None:
    r = await http.post(served.url, content=request("CMAPI_DevSrv_VerifyPIN", {"PIN": "0000"}),
                        headers=JSON)
    assert r.status_code == 200
    error = r.json()["error"]
    assert error["code"] == pin_error_code(PinErrorKind.WRONG_PIN, 0x63C2)
    assert error["message"] == "Wrong PIN."
    assert "result" not in r.json()


async def test_missing_and_wrong_tokens_get_401(served: Served) -> None:
    async with httpx.AsyncClient() as anon:
        r = await anon.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"), headers=JSON)
        assert r.status_code == 401
        assert r.headers["www-authenticate"].startswith("Bearer")
        body = r.json()
        assert body["id"] is None and body["error"]["code"] == ErrorCode.SECURITY_REQUEST_MALFORMED
        r = await anon.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"),
                            headers={**JSON, "Authorization": "Bearer nope-nope-nope"})
        assert r.status_code == 401
        assert r.json()["error"]["code"] == ErrorCode.AUTHENTICATION_FAILED
        r = await anon.post(served.url + "/callbacks", headers={"Authorization": "Basic x"})
        assert r.status_code == 401
    assert served.device.calls == []


async def test_read_only_token_cannot_change_anything(served: Served) -> None:
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {READ_TOKEN}"}) as ro:
        r = await ro.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"), headers=JSON)
        assert r.status_code == 200 and r.json()["result"]["IMEI"]
        r = await ro.post(served.url, content=request("CMAPI_DevSrv_VerifyPIN", {"PIN": "1234"}),
                          headers=JSON)
        assert r.status_code == 403
        assert r.json()["error"]["code"] == ErrorCode.SECURITY_NOT_PRIVILEGED
        r = await ro.post(served.url, content=request("CMAPI_API_Open", {"accessLevel": "full"}),
                          headers=JSON)
        assert r.status_code == 403
        assert r.json()["error"]["code"] == ErrorCode.AUTHENTICATION_DENIED
        assert "CMAPI-Session" not in r.headers
    assert not served.device.unlocked


async def test_sessions_open_close_and_belong_to_their_token(
        served: Served, http: httpx.AsyncClient) -> None:
    r = await http.post(served.url, content=request("CMAPI_API_Open"), headers=JSON)
    assert r.status_code == 200 and r.json()["result"]["accessLevel"] == "full"
    sid = r.headers["CMAPI-Session"]
    headers = {**JSON, "CMAPI-Session": sid}
    r = await http.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"), headers=headers)
    assert r.status_code == 200 and r.headers["CMAPI-Session"] == sid
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {READ_TOKEN}"}) as other:
        r = await other.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"),
                             headers=headers)
        assert r.status_code == 403
        assert r.json()["error"]["code"] == ErrorCode.AUTHENTICATION_DENIED
    r = await http.post(served.url, content=request("CMAPI_API_Close"), headers=headers)
    assert r.status_code == 200 and r.json()["result"] == {}
    r = await http.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"), headers=headers)
    assert r.status_code == 404
    assert r.json()["error"]["code"] == ErrorCode.INVALID_OPERATION


async def test_malformed_messages_get_json_rpc_errors(
        served: Served, http: httpx.AsyncClient) -> None:
    cases: list[tuple[bytes, int, str | None]] = [
        (b"{not json", ErrorCode.PARSE_ERROR, None),
        (b"\xff\xfe", ErrorCode.PARSE_ERROR, None),
        (b"[]", ErrorCode.INVALID_REQUEST, None),
        (b'{"jsonrpc":"2.0","cmapiversion":"1.1","id":"x","method":"CMAPI_DevSrv_GetIMEI"}',
         ErrorCode.INVALID_PARAMS, "x"),
        (b'{"jsonrpc":"2.0","cmapiversion":"1.0","id":"y","method":"m","params":{}}',
         ErrorCode.INVALID_REQUEST, "y"),
        (b"", ErrorCode.PARSE_ERROR, None),
    ]
    for body, code, msg_id in cases:
        r = await http.post(served.url, content=body, headers=JSON)
        assert r.status_code == 400, body
        assert r.json()["error"]["code"] == code, body
        assert r.json()["id"] == msg_id
    r = await http.post(served.url, content=request("CMAPI_No_Such"), headers=JSON)
    assert r.status_code == 200 and r.json()["error"]["code"] == ErrorCode.METHOD_NOT_FOUND
    r = await http.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"),
                        headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


async def test_oversized_message_gets_413_without_reading_it(http: httpx.AsyncClient) -> None:
    async with make_server(FakeDevice(), Limits(max_message_size=1000)) as server:
        big = request("CMAPI_DevSrv_GetIMEI", {"pad": "x" * 2000})
        r = await http.post(server.url, content=big, headers=JSON)
        assert r.status_code == 413
        assert r.json()["error"]["code"] == ErrorCode.INVALID_REQUEST
        r = await http.post(server.url, content=request("CMAPI_DevSrv_GetIMEI"), headers=JSON)
        assert r.status_code == 200


async def test_rate_limit_answers_429_busy(http: httpx.AsyncClient) -> None:
    async with make_server(FakeDevice(), Limits(rate=1.0, burst=3)) as server:
        codes = []
        for _ in range(5):
            r = await http.post(server.url, content=request("CMAPI_DevSrv_GetIMEI"),
                                headers=JSON)
            codes.append(r.status_code)
        assert codes[:3] == [200, 200, 200]
        assert codes[3:] == [429, 429]
        assert r.json()["error"]["code"] == ErrorCode.BUSY and "retry-after" in r.headers


async def test_too_many_clients_get_503(http: httpx.AsyncClient) -> None:
    async with make_server(FakeDevice(), Limits(max_clients=2)) as server:
        for _ in range(2):
            r = await http.post(server.url, content=request("CMAPI_API_Open"), headers=JSON)
            assert r.status_code == 200
        r = await http.post(server.url, content=request("CMAPI_API_Open"), headers=JSON)
        assert r.status_code == 503
        assert r.json()["error"]["code"] == ErrorCode.BUSY


async def test_long_poll_times_out_with_204(served: Served, http: httpx.AsyncClient) -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    r = await http.post(served.url + "/callbacks?timeout=0.2")
    assert r.status_code == 204 and r.content == b""
    assert 0.15 < loop.time() - start < 2


async def test_long_poll_delivers_registered_callbacks_each_with_its_own_id(
        served: Served, http: httpx.AsyncClient) -> None:
    r = await http.post(served.url, content=request(
        "CMAPI_Callback_Register", {"callbackIds": ["CMAPI_Callback_SignalStrength"]}),
        headers=JSON)
    assert r.json()["result"]["callbackIds"] == ["CMAPI_Callback_SignalStrength"]
    poll = asyncio.create_task(http.post(served.url + "/callbacks"))
    await until(lambda: any(s.polls for s in served.server.endpoint.sessions), 5,
                "the poll waiting")
    # not registered: never delivered
    served.device.events.publish(RadioStateChanged(radio_state=False))
    served.device.signal(80)
    served.device.signal(40)
    first = await poll
    second = await http.post(served.url + "/callbacks")
    bodies = [first.json(), second.json()]
    assert [b["result"]["signalPercentage"] for b in bodies] == [80, 40]
    assert all(b["callbackId"] == "CMAPI_Callback_SignalStrength" for b in bodies)
    assert all(b["jsonrpc"] == "2.0" and b["cmapiversion"] == "1.1" for b in bodies)
    assert bodies[0]["id"] != bodies[1]["id"]
    r = await http.post(served.url + "/callbacks?timeout=0.1")
    assert r.status_code == 204


async def test_async_function_over_http_answers_the_outcome_and_fires_the_callback(
        served: Served, http: httpx.AsyncClient) -> None:
    await http.post(served.url, content=request(
        "CMAPI_Callback_Register", {"callbackIds": ["CMAPI_Callback_Connect_Async_Complete"]}),
        headers=JSON)
    r = await http.post(served.url, content=request(
        "CMAPI_NetConnectSrv_Connect_Async", {"APN": "internet"}), headers=JSON)
    assert r.json()["result"]["connectionState"] == "connected"
    cb = (await http.post(served.url + "/callbacks")).json()
    assert cb["callbackId"] == "CMAPI_Callback_Connect_Async_Complete"
    assert cb["result"]["IPAddress"] == "10.0.0.7"


async def test_unpolled_client_cannot_grow_the_server(http: httpx.AsyncClient) -> None:
    device = FakeDevice()
    async with make_server(device, Limits(outbox_size=8)) as server:
        await http.post(server.url, content=request(
            "CMAPI_Callback_Register", {"callbackIds": ["CMAPI_Callback_SignalStrength"]}),
            headers=JSON)
        for i in range(100):
            device.signal(i)
        await until(lambda: sum(len(s.outbox) + s.dropped for s in server.endpoint.sessions)
                    == 100, 5, "every callback queued")
        (session,) = list(server.endpoint.sessions)
        assert len(session.outbox) == 8 and session.dropped == 92
        got = [json.loads(session.outbox[i])["result"]["signalPercentage"] for i in range(8)]
        assert got == list(range(92, 100))
        session.last_seen -= 10_000
        assert server.endpoint.sessions.expire() == 1
        assert len(server.endpoint.sessions) == 0


async def test_token_guessing_is_slowed_down(served: Served) -> None:
    async with httpx.AsyncClient() as guesser:
        codes = []
        for i in range(25):
            r = await guesser.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"),
                                   headers={**JSON, "Authorization": f"Bearer guess-{i}"})
            codes.append(r.status_code)
        assert codes[:20] == [401] * 20
        assert 429 in codes[20:]
        assert r.json()["error"]["code"] == ErrorCode.AUTHENTICATION_FAILED
