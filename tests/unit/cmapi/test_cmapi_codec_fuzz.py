"""Property and fuzz tests of the codec: round trips, and nothing but CodecError escapes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmgui.cmapi import codec
from cmgui.cmapi.codec import Callback, CodecError, ErrorObject, Request, Response
from cmgui.cmapi.errors import CmapiError

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
ROUND_TRIP = settings(SETTINGS, max_examples=100)

json_scalars = (st.none() | st.booleans() | st.integers(-(2**63), 2**63)
                | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=8,
)
json_objects = st.dictionaries(st.text(max_size=8), json_values, max_size=5)
ids = st.text(min_size=1, max_size=40)
errors = st.builds(ErrorObject, st.integers(-(2**40), 2**40), st.text(max_size=30),
                   json_values.filter(lambda v: v is not None) | st.none())


def _decode_only_codec_errors(data: Any, decoder: Any) -> None:
    try:
        decoder(data)
    except CodecError as exc:
        assert exc.code in (-32700, -32600, -32602), exc.data  # never an internal error
        assert exc.request_id is None or isinstance(exc.request_id, str)
        json.loads(codec.encode_codec_error(exc))


@ROUND_TRIP
@given(ids, st.text(max_size=40), json_objects)
def test_request_round_trip(msg_id: str, method: str, params: dict[str, Any]) -> None:
    req = Request(msg_id, method, params)
    assert codec.decode_request(codec.encode_request(req)) == req
    assert codec.decode_message(codec.encode_request(req)) == req


@ROUND_TRIP
@given(ids, json_objects)
def test_response_round_trip(msg_id: str, result: dict[str, Any]) -> None:
    assert codec.decode_message(codec.encode_response(msg_id, result)) == Response(msg_id, result)


@ROUND_TRIP
@given(st.none() | ids, errors)
def test_error_round_trip(msg_id: str | None, err: ErrorObject) -> None:
    data = codec.encode_error(msg_id, CmapiError(err.code, err.message, err.data))
    assert codec.decode_message(data) == Response(msg_id, None, err)


@ROUND_TRIP
@given(ids, st.text(max_size=40), json_objects | st.none(), st.none() | errors)
def test_callback_round_trip(msg_id: str, cb_id: str, result: dict[str, Any] | None,
                             err: ErrorObject | None) -> None:
    cb = Callback(msg_id, cb_id, None if err else (result or {}), err)
    assert codec.decode_message(codec.encode_callback(cb)) == cb


@SETTINGS
@given(st.binary(max_size=300))
def test_fuzz_bytes(data: bytes) -> None:
    _decode_only_codec_errors(data, codec.decode_request)
    _decode_only_codec_errors(data, codec.decode_message)


@SETTINGS
@given(json_values)
def test_fuzz_json_values(value: Any) -> None:
    data = json.dumps(value)
    _decode_only_codec_errors(data, codec.decode_request)
    _decode_only_codec_errors(data, codec.decode_message)


envelope_members = st.fixed_dictionaries(
    {},
    optional={
        "jsonrpc": st.sampled_from(["2.0", "2", 2.0]) | json_values,
        "cmapiversion": st.sampled_from(["1.1", "1.0"]) | json_values,
        "id": ids | json_values,
        "method": st.text(max_size=10) | json_values,
        "params": json_objects | json_values,
        "result": json_objects | json_values,
        "error": errors.map(lambda e: e.to_json()) | json_values,
        "callbackId": st.text(max_size=10) | json_values,
    },
)


@SETTINGS
@given(envelope_members)
def test_fuzz_near_valid_envelopes(obj: dict[str, Any]) -> None:
    data = json.dumps(obj).encode()
    _decode_only_codec_errors(data, codec.decode_request)
    _decode_only_codec_errors(data, codec.decode_message)


@SETTINGS
@given(envelope_members, st.integers(0, 200), st.data())
def test_fuzz_mutated_bytes(obj: dict[str, Any], cut: int, data: st.DataObject) -> None:
    raw = bytearray(json.dumps(obj).encode())
    if raw:
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] = data.draw(st.integers(0, 255))
    _decode_only_codec_errors(bytes(raw[: len(raw) - cut]), codec.decode_message)
