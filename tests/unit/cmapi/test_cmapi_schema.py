"""JSON Schemas from type hints, and the validator."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from enum import IntEnum, IntFlag
from typing import Annotated, Any, Literal, NotRequired, Required, TypedDict

import pytest

from cmgui.cmapi import codec, schema
from cmgui.cmapi.schema import Doc, compile_validator, schema_for_type, validate

PINType = Literal["PIN1", "PIN2", "PUK1", "PUK2"]


class Radio(IntEnum):
    GSM = 1
    LTE = 8


class Bearer(IntFlag):
    GSM = 1
    LTE = 2


class PinStatus(TypedDict):
    """Status of one PIN."""

    PINType: PINType
    attemptsLeft: int
    blocked: NotRequired[bool]


class PinStatusList(TypedDict, total=False):
    PINStatusList: Required[list[PinStatus]]
    note: Annotated[str, Doc("free text")]


class Node(TypedDict):
    name: str
    children: list[Node]


class Sample:
    async def dev_srv_verify_pin(
        self, *, device_id: str, pin_type: PINType,
        pin: Annotated[str, Doc("The PIN code")], retries: int | None = None,
    ) -> PinStatusList:
        raise AssertionError("never called")

    async def information_get_pin_status(self, *, device_id: str) -> PinStatusList:
        raise AssertionError("never called")

    async def api_close(self) -> None:
        raise AssertionError("never called")

    def plain(self, radio: Radio, bearers: Bearer, names: Sequence[str],
              extra: Mapping[str, float], pair: tuple[int, ...], anything: Any = None) -> int:
        return 0


def test_scalars() -> None:
    assert schema_for_type(str) == {"type": "string"}
    assert schema_for_type(int) == {"type": "integer"}
    assert schema_for_type(float) == {"type": "number"}
    assert schema_for_type(bool) == {"type": "boolean"}
    assert schema_for_type(None) == {"type": "null"}
    assert schema_for_type(Any) == {}
    assert schema_for_type(PINType) == {"enum": ["PIN1", "PIN2", "PUK1", "PUK2"], "type": "string"}
    assert schema_for_type(Literal[1, "a"]) == {"enum": [1, "a"]}
    assert schema_for_type(Radio) == {"enum": [1, 8], "type": "integer"}
    assert schema_for_type(Bearer) == {"type": "integer"}
    assert schema_for_type(list[int]) == {"type": "array", "items": {"type": "integer"}}
    assert schema_for_type(dict[str, bool]) == {"type": "object",
                                                "additionalProperties": {"type": "boolean"}}
    assert schema_for_type(str | None) == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert schema_for_type(Annotated[int, Doc("n")]) == {"type": "integer", "description": "n"}
    for bad in (dict[int, str], tuple[int, str], set, complex):
        with pytest.raises(TypeError):
            schema_for_type(bad)


def test_typeddict() -> None:
    s = schema_for_type(PinStatus)
    assert s["type"] == "object" and s["additionalProperties"] is False
    assert s["required"] == ["PINType", "attemptsLeft"]
    assert s["description"] == "Status of one PIN."
    outer = schema_for_type(PinStatusList)
    assert outer["required"] == ["PINStatusList"]
    assert outer["properties"]["note"] == {"type": "string", "description": "free text"}
    assert outer["properties"]["PINStatusList"]["items"] == s
    node = schema_for_type(Node)
    assert node["properties"]["children"]["items"] == {}  # recursion cut at the second visit


def test_params_and_result_schema() -> None:
    p = schema.params_schema(Sample.dev_srv_verify_pin)
    assert list(p["properties"]) == ["deviceId", "PINType", "PIN", "retries"]
    assert p["required"] == ["deviceId", "PINType", "PIN"]
    assert p["properties"]["PIN"] == {"type": "string", "description": "The PIN code"}
    assert p["additionalProperties"] is False
    bound = schema.params_schema(Sample().api_close)
    assert bound["properties"] == {"deviceId": schema._DEVICE_ID_SCHEMA}
    assert "required" not in bound
    assert schema.result_schema(Sample.api_close) == {
        "type": "object", "properties": {}, "additionalProperties": False}
    assert schema.result_schema(Sample.information_get_pin_status) == schema_for_type(
        PinStatusList)
    plain = schema.params_schema(Sample.plain)
    assert plain["required"] == ["radio", "bearers", "names", "extra", "pair"]
    assert plain["properties"]["pair"] == {"type": "array", "items": {"type": "integer"}}
    assert schema.result_schema(Sample.plain) == {"type": "integer"}


def test_envelopes() -> None:
    p = schema.params_schema(Sample.dev_srv_verify_pin)
    req = schema.request_schema("CMAPI_DevSrv_VerifyPIN", p)
    assert req["title"] == "CMAPI_DevSrv_VerifyPIN_Request_Schema"
    assert req["required"] == ["jsonrpc", "cmapiversion", "method", "id", "params"]
    assert req["properties"]["method"] == {"enum": ["CMAPI_DevSrv_VerifyPIN"], "type": "string"}
    resp = schema.response_schema("CMAPI_DevSrv_VerifyPIN", schema.result_schema(
        Sample.dev_srv_verify_pin))
    assert resp["title"] == "CMAPI_DevSrv_VerifyPIN_Response_Schema"
    assert resp["required"] == ["jsonrpc", "cmapiversion", "id"]
    cb = schema.callback_schema("CMAPI_Callback_PINPUKStatus", schema_for_type(PinStatusList))
    assert cb["title"] == "CMAPI_Callback_PINPUKStatus_Response_Schema"
    assert cb["required"] == ["jsonrpc", "cmapiversion", "id", "callbackId"]

    good = codec.Request("1", "CMAPI_DevSrv_VerifyPIN",
                         {"deviceId": "1", "PINType": "PIN1", "PIN": "1234"})
    assert validate(json.loads(codec.encode_request(good)), req) == []
    bad = json.loads(codec.encode_request(codec.Request(
        "1", "CMAPI_X", {"PINType": "PIN9", "PIN": 1234, "retries": "3", "colour": 1})))
    assert validate(bad, req) == [
        "method: must be one of 'CMAPI_DevSrv_VerifyPIN'",
        "params.deviceId: required",
        "params.PINType: must be one of 'PIN1', 'PIN2', 'PUK1', 'PUK2'",
        "params.PIN: expected string",
        "params.retries: expected integer or null",
        "params.colour: unexpected member",
    ]
    ok = json.loads(codec.encode_response("1", {"PINStatusList": [
        {"PINType": "PIN1", "attemptsLeft": 3}]}))
    assert validate(ok, resp) == []
    wrong = json.loads(codec.encode_response("1", {"PINStatusList": [
        {"PINType": "PIN1", "attemptsLeft": True, "blocked": 1}, "x"]}))
    assert validate(wrong, resp) == [
        "result.PINStatusList[0].attemptsLeft: expected integer",
        "result.PINStatusList[0].blocked: expected boolean",
        "result.PINStatusList[1]: expected object",
    ]


def test_validator_keywords() -> None:
    assert validate("x", {"type": "integer"}) == ["$: expected integer"]
    assert validate(3.0, {"type": "integer"}) == []
    assert validate(True, {"type": "number"}) == ["$: expected number"]
    assert validate(True, {"enum": [1]}) == ["$: must be one of 1"]
    assert validate(1, {"const": 1}) == []
    assert validate(5, {"minimum": 6, "maximum": 4}) == ["$: must be at least 6",
                                                         "$: must be at most 4"]
    assert validate("ab", {"minLength": 3}) == ["$: must have at least 3 characters"]
    assert validate([1, 2], {"maxItems": 1}) == ["$: must have at most 1 items"]
    assert validate({"a": 1}, {"additionalProperties": {"type": "string"}}) == [
        "a: expected string"]
    assert validate(None, {"type": ["string", "null"]}) == []
    assert validate([], {"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 0}]}) == [
        "$: expected string or integer"]
    assert validate(-1, {"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 0}]}) == [
        "$: must be at least 0"]
    assert validate({"x": {}}, {}) == []


def test_compiled_validator_is_fast() -> None:
    req = schema.request_schema("CMAPI_DevSrv_VerifyPIN",
                                schema.params_schema(Sample.dev_srv_verify_pin))
    check = compile_validator(req)
    msg = {"jsonrpc": "2.0", "cmapiversion": "1.1", "method": "CMAPI_DevSrv_VerifyPIN",
           "id": "1", "params": {"deviceId": "1", "PINType": "PIN1", "PIN": "1234"}}
    start = time.perf_counter()
    for _ in range(5000):
        assert not check(msg)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, f"{5000 / elapsed:.0f} validations/s"
