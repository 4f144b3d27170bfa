"""The sans-IO JSON-RPC codec of section 5.2."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from cmgui.cmapi import codec
from cmgui.cmapi.codec import Callback, CodecError, ErrorObject, Request, Response
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, pin_error


def _req(**over: Any) -> dict[str, Any]:
    obj: dict[str, Any] = {"jsonrpc": "2.0", "cmapiversion": "1.1",
                           "method": "CMAPI_Network_GetRFInfo", "id": "111",
                           "params": {"deviceId": "1"}}
    obj.update(over)
    return {k: v for k, v in obj.items() if v is not _DROP}


_DROP = object()


def _raw(obj: Any) -> bytes:
    return json.dumps(obj).encode()


def _fails(data: bytes | str, code: int, request_id: str | None = None,
           decoder: Any = codec.decode_request) -> CodecError:
    with pytest.raises(CodecError) as info:
        decoder(data)
    assert info.value.code == code, info.value.data
    assert info.value.request_id == request_id
    assert isinstance(info.value, CmapiError)
    return info.value


def test_spec_example_request() -> None:
    text = ('{ "jsonrpc": "2.0", "cmapiversion": "1.1", "method": "CMAPI_Network_GetRFInfo", '
            '"id": "111", "params": { "deviceId": "1" } }')
    expected = Request("111", "CMAPI_Network_GetRFInfo", {"deviceId": "1"})
    assert codec.decode_request(text) == expected
    assert codec.decode_request(text.encode()) == codec.decode_message(text)


def test_request_round_trip_and_member_order() -> None:
    req = Request(codec.new_id(), "CMAPI_DevSrv_VerifyPIN", {"PINType": "PIN1", "PIN": "1234"})
    data = codec.encode_request(req)
    assert list(json.loads(data)) == ["jsonrpc", "cmapiversion", "method", "id", "params"]
    assert codec.decode_request(data) == req
    assert codec.decode_message(data) == req
    assert codec.encode_message(req) == data


def test_response_and_error_round_trip() -> None:
    ok = codec.encode_response("111", {"RFInfoListElements": 1, "text": "héllo ✓"})
    assert "héllo ✓".encode() in ok  # UTF-8, not \\u escapes
    msg = codec.decode_message(ok)
    assert msg == Response("111", {"RFInfoListElements": 1, "text": "héllo ✓"})
    assert isinstance(msg, Response) and msg.ok
    err = codec.encode_error("111", pin_error(PinErrorKind.WRONG_PIN, 0x63C2))
    decoded = codec.decode_message(err)
    assert decoded == Response("111", None, ErrorObject(0x100163C2, "Wrong PIN."))
    assert isinstance(decoded, Response) and not decoded.ok
    assert decoded.error is not None and decoded.error.to_error().code == 0x100163C2
    assert codec.encode_message(decoded) == err
    assert codec.encode_message(msg) == ok


def test_error_with_null_id_and_data() -> None:
    data = codec.encode_error(None, CmapiError(ErrorCode.PARSE_ERROR, data={"reason": "x"}))
    obj = json.loads(data)
    assert obj["id"] is None
    assert obj["error"] == {"code": -32700, "message": "Parse error", "data": {"reason": "x"}}
    msg = codec.decode_message(data)
    assert msg == Response(None, None, ErrorObject(-32700, "Parse error", {"reason": "x"}))


def test_callback_round_trip() -> None:
    cb = Callback("511", "CMAPI_Callback_DeviceChanged", {"deviceId": 1, "deviceState": 3})
    data = codec.encode_callback(cb)
    assert json.loads(data)["callbackId"] == "CMAPI_Callback_DeviceChanged"
    assert codec.decode_message(data) == cb
    failed = Callback("512", "CMAPI_Callback_SMS", None,
                      ErrorObject(1, "A fatal error has occurred."))
    assert codec.decode_message(codec.encode_callback(failed)) == failed
    assert codec.encode_message(failed) == codec.encode_callback(failed)


def test_several_responses_per_id_are_fine() -> None:
    first = codec.decode_message(codec.encode_response("7", {"progress": 1}))
    second = codec.decode_message(codec.encode_response("7", {"progress": 2}))
    assert isinstance(first, Response) and isinstance(second, Response)
    assert first.id == second.id == "7"


def test_new_id_is_uuid4() -> None:
    ids = {codec.new_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(uuid.UUID(i).version == 4 for i in ids)


def test_unknown_members_are_tolerated() -> None:
    req = codec.decode_request(_raw({**_req(), "extra": [1, 2]}))
    assert req.params == {"deviceId": "1"}


@pytest.mark.parametrize(("obj", "code", "rid"), [
    (_req(jsonrpc="1.0"), -32600, "111"),
    (_req(jsonrpc=_DROP), -32600, "111"),
    (_req(jsonrpc=2.0), -32600, "111"),
    (_req(cmapiversion="1.0"), -32600, "111"),
    (_req(cmapiversion=1.1), -32600, "111"),
    (_req(cmapiversion=_DROP), -32600, "111"),
    (_req(id=_DROP), -32600, None),
    (_req(id=None), -32600, None),
    (_req(id=111), -32600, None),
    (_req(id=["1"]), -32600, None),
    (_req(method=_DROP), -32600, "111"),
    (_req(method=5), -32600, "111"),
    (_req(method=None), -32600, "111"),
    (_req(params=_DROP), -32602, "111"),
    (_req(params=[1, 2]), -32602, "111"),
    (_req(params="x"), -32602, "111"),
    (_req(params=None), -32602, "111"),
    ([_req()], -32600, None),
    ([], -32600, None),
    ("just a string", -32600, None),
    (42, -32600, None),
    (None, -32600, None),
])
def test_malformed_requests(obj: Any, code: int, rid: str | None) -> None:
    err = _fails(_raw(obj), code, rid)
    assert err.message == {-32600: "Invalid Request", -32602: "Invalid params"}[code]
    reply = json.loads(codec.encode_codec_error(err))
    assert reply["id"] == rid
    assert reply["error"]["code"] == code
    assert reply["jsonrpc"] == "2.0" and reply["cmapiversion"] == "1.1"


@pytest.mark.parametrize("data", [
    b"", b"{", b"{'a': 1}", b'{"a": NaN}', b'{"a": Infinity}', b"\xff\xfe{}", b'{"a": "\xc3"}',
    b"\xef\xbb\xbf\xef\xbb\xbf{}", b"nul", b'{"a": 1} x', "{\"jsonrpc\": \"2.0\",", b"[1,]",
])
def test_parse_errors(data: bytes | str) -> None:
    err = _fails(data, -32700)
    assert err.message == "Parse error"


def test_wrong_input_type_is_a_parse_error() -> None:
    _fails(12345, -32700)  # type: ignore[arg-type]


def test_size_guard() -> None:
    big = _raw(_req(params={"x": "a" * 2000}))
    with pytest.raises(CodecError) as info:
        codec.decode_request(big, max_size=1000)
    assert info.value.code == -32600
    assert codec.decode_request(big, max_size=len(big)).params["x"] == "a" * 2000
    with pytest.raises(CodecError):
        codec.decode_message(big.decode(), max_size=1000)


_ENVELOPE = '{"jsonrpc":"2.0","cmapiversion":"1.1","method":"m","id":"1","params":{"a":NESTED}}'


@pytest.mark.parametrize("depth", [65, 1000, 100_000])
def test_depth_guard(depth: int) -> None:
    nested = "[" * depth + "]" * depth
    data = _ENVELOPE.replace("NESTED", nested)
    err = _fails(data, -32700, None)
    assert "deep" in err.data["reason"]


def test_depth_limit_is_inclusive() -> None:
    nested = "[" * 62 + "]" * 62  # 1 (envelope) + 1 (params) + 62 = 64 levels
    data = _ENVELOPE.replace("NESTED", nested)
    assert codec.decode_request(data).method == "m"


@pytest.mark.parametrize(("obj", "rid"), [
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "1"}, "1"),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "1", "result": {}, "error":
      {"code": 1, "message": "x"}}, "1"),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "1", "result": [1]}, "1"),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": None, "result": {}}, None),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "result": {}}, None),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "error": {"code": 1, "message": "x"}}, None),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "1", "error": {"code": "1",
                                                                     "message": "x"}}, "1"),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "1", "error": {"code": True,
                                                                     "message": "x"}}, "1"),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "1", "error": {"code": 1}}, "1"),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "1", "error": "boom"}, "1"),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "1", "callbackId": 3, "result": {}}, "1"),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "callbackId": "CMAPI_Callback_SMS",
      "result": {}}, None),
    ({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "1", "callbackId": "CMAPI_Callback_SMS"},
     "1"),
    ({"jsonrpc": "2.0", "cmapiversion": "1.0", "id": "1", "result": {}}, "1"),
])
def test_malformed_messages(obj: Any, rid: str | None) -> None:
    _fails(_raw(obj), -32600, rid, decoder=codec.decode_message)


def test_encode_failures_are_codec_errors() -> None:
    with pytest.raises(CodecError) as info:
        codec.encode_response("1", {"x": float("nan")})
    assert info.value.code == ErrorCode.INTERNAL_ERROR
    with pytest.raises(CodecError):
        codec.encode_request(Request("1", "m", {"x": object()}))
    with pytest.raises(CodecError):
        codec.encode_message(Response(None, {}))


def test_lone_surrogates_are_escaped() -> None:
    req = codec.decode_request(_raw(_req(params={"t": "\ud800"})))
    data = codec.encode_request(req)
    data.decode("utf-8")
    assert codec.decode_request(data) == req


def test_base64_fields() -> None:
    assert codec.b64encode_field(b"\x00\xffabc") == "AP9hYmM="
    assert codec.b64decode_field("AP9hYmM=") == b"\x00\xffabc"
    assert codec.b64decode_field("") == b""
    for bad in ("AP9hYmM", "AP9h YmM=", "###", "é", 5, None):
        with pytest.raises(CodecError) as info:
            codec.b64decode_field(bad, "data")
        assert info.value.code == -32602
        assert info.value.data["field"] == "data"


def test_a_leading_byte_order_mark_is_ignored() -> None:
    body = b"\xef\xbb\xbf" + json.dumps({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": "b",
                                          "method": "CMAPI_DevSrv_GetIMEI",
                                          "params": {}}).encode()
    assert codec.decode_request(body).id == "b"


def test_an_integer_too_long_for_python_is_valid_json() -> None:
    body = ('{"jsonrpc":"2.0","cmapiversion":"1.1","id":"n","method":"m",'
            f'"params":{{"deviceId":{"7" * 5000},"x":-{"7" * 80},"y":12}}}}')
    params = codec.decode_request(body).params
    assert params["deviceId"] == float("inf") and params["x"] == float("-inf")
    assert params["y"] == 12


def test_parse_errors_are_described_in_our_words() -> None:
    with pytest.raises(codec.CodecError) as info:
        codec.decode_request(b'{"jsonrpc": "2.0", "id": ')
    assert info.value.data["reason"].startswith("invalid JSON at line 1 column ")
