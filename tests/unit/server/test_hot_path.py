"""The endpoint's per-message fast paths give exactly what the general ones give: the response
encoder's constant head, the decoder's bare-value path, and the WebSocket reader's cap on calls
in flight without a semaphore."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping
from types import MappingProxyType
from typing import Any

import pytest
from aiohttp import WSMsgType

from cmgui.cmapi import codec
from cmgui.cmapi.codec import CodecError, Request, decode_request, encode_response
from cmgui.cmapi.errors import ErrorCode
from cmgui.server import websocket
from cmgui.server.endpoint import Answer


def _general(msg_id: str, result: Mapping[str, Any]) -> bytes:
    obj = {"jsonrpc": "2.0", "cmapiversion": "1.1", "id": msg_id, "result": dict(result)}
    return codec._dump(obj)


@pytest.mark.parametrize("msg_id", ["1", 'a"b\\c', "é ü 漢字", "\ud800lone", "\n\t\x00"])
@pytest.mark.parametrize("result", [{}, {"IMEI": "490154203237518"},
                                    MappingProxyType({"text": "\udfffx", "n": [1, 2.5, None]})])
def test_response_head_gives_the_general_encoders_bytes(
        msg_id: str, result: Mapping[str, Any]) -> None:
    body = encode_response(msg_id, result)
    assert body == _general(msg_id, result)
    assert json.loads(body)["id"] == msg_id


def test_an_unencodable_result_is_still_an_internal_error() -> None:
    with pytest.raises(CodecError) as info:
        encode_response("1", {"x": object()})
    assert info.value.code == ErrorCode.INTERNAL_ERROR
    with pytest.raises(CodecError):
        encode_response("1", {"x": float("nan")})


@pytest.mark.parametrize("text", [
    '{"a":1}', ' {"a":1}', '{"a":1} ', '\n{"a": [1, {"b": null}]}\r\n', '"s"', "3"])
def test_bare_value_decoding_matches_json(text: str) -> None:
    assert codec._decode(text) == json.loads(text)


@pytest.mark.parametrize("text", ['{"a":1}x', '{"a":1} {"b":2}', '{"a":', '', ' ', 'NaN',
                                  '{"a": Infinity}'])
def test_bare_value_decoding_fails_as_json_does(text: str) -> None:
    with pytest.raises(ValueError) as fast:
        codec._decode(text)
    with pytest.raises(ValueError) as general:
        codec._DECODER.decode(text)
    assert str(fast.value) == str(general.value)


def test_a_request_with_trailing_data_is_a_parse_error() -> None:
    with pytest.raises(CodecError) as info:
        decode_request('{"jsonrpc":"2.0","cmapiversion":"1.1","id":"1","method":"m",'
                       '"params":{}} []')
    assert info.value.code == ErrorCode.PARSE_ERROR
    assert "Extra data" in info.value.data["reason"]


# --- the WebSocket reader's cap on calls in flight -------------------------------------------

class _Message:
    type = WSMsgType.TEXT

    def __init__(self, data: str) -> None:
        self.data = data


class _Socket:
    """What the reader uses of an aiohttp WebSocketResponse."""

    def __init__(self, count: int) -> None:
        self.closed = False
        self.read = 0
        self.count = count
        self.sent: list[bytes] = []

    async def _messages(self) -> AsyncIterator[_Message]:
        for i in range(self.count):
            self.read += 1
            yield _Message(str(i))
            await asyncio.sleep(0)

    def __aiter__(self) -> AsyncIterator[_Message]:
        return self._messages()

    async def send_frame(self, body: bytes, _opcode: object) -> None:
        self.sent.append(body)


class _Session:
    def __init__(self) -> None:
        self.attached: object | None = None

    async def next_message(self, _timeout: float | None) -> bytes | None:
        await asyncio.Event().wait()
        return None

    def push(self, body: bytes) -> None:  # pragma: no cover - the socket stays open
        raise AssertionError("nothing should be queued")


class _Endpoint:
    def __init__(self, gate: asyncio.Event) -> None:
        self.gate = gate
        self.running = 0
        self.most = 0

    def decode(self, data: str) -> Request | Answer:
        return Request(data, "CMAPI_DevSrv_GetIMEI", {})

    def throttled(self, _session: object, _request_id: str | None) -> Answer | None:
        return None

    async def execute(self, _session: object, request: Request) -> Answer:
        self.running += 1
        self.most = max(self.most, self.running)
        await self.gate.wait()
        self.running -= 1
        return Answer(request.id.encode())


async def test_reading_pauses_while_max_in_flight_calls_wait(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(websocket, "MAX_IN_FLIGHT", 4)
    gate = asyncio.Event()
    endpoint, session, ws = _Endpoint(gate), _Session(), _Socket(count=10)
    session.attached = ws
    connection = websocket._Connection(endpoint, session, ws)  # type: ignore[arg-type]
    reader = asyncio.create_task(connection.run())
    for _ in range(50):
        await asyncio.sleep(0)
    assert endpoint.most == 4 and ws.read == 4  # the fifth message is not read yet
    gate.set()
    await asyncio.wait_for(reader, 5)
    assert endpoint.most == 4
    assert sorted(ws.sent, key=int) == [str(i).encode() for i in range(10)]
