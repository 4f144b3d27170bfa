"""Sans-IO JSON-RPC 2.0 codec for the OpenCMAPI Web binding (section 5.2).

Bytes in, frozen messages out, and back. No sockets, no asyncio. The rules it holds to:

* ``"jsonrpc"`` is exactly ``"2.0"`` and ``"cmapiversion"`` exactly ``"1.1"`` in every message.
* Ids are strings, never null or absent (the binding uses no notifications); the only null id is
  that of an error response to a request whose id could not be read (5.2.2.2).
* ``params`` of a request is an object and is required (Table 1): anything else is -32602.
* One message per body: a JSON array (a JSON-RPC batch) is -32600.
* Members the binding does not define are tolerated and ignored, as JSON-RPC 2.0 does not forbid
  them; a request is recognised by ``method``, a callback by ``callbackId`` and a response by
  ``result``/``error``. A response carries exactly one of ``result`` and ``error``.
* Several responses may share an id (5.2.2.2): the codec keeps no state and does not object.
* Invalid UTF-8, invalid JSON (including NaN/Infinity) and nesting deeper than ``max_depth`` are
  -32700, described in our words; input larger than ``max_size`` is -32600. A leading UTF-8 byte
  order mark is ignored (RFC 8259 8.1); an integer literal too long for any parameter is read as
  infinity, for the parameter checks to refuse. Nothing but :class:`CodecError` leaves the
  ``decode_*`` functions.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cmgui.cmapi.errors import CmapiError, ErrorCode

JSONRPC_VERSION = "2.0"
CMAPI_VERSION = "1.1"
DEFAULT_MAX_SIZE = 1 << 20  # bytes of one message
DEFAULT_MAX_DEPTH = 64  # nesting of arrays/objects


class CodecError(CmapiError):
    """A message could not be decoded (or encoded).

    ``code``/``message``/``data`` are the JSON-RPC error to send back; ``request_id`` is the id
    of the offending message when it could be read, else None (the error response then carries a
    null id).
    """

    def __init__(
        self, code: int, message: str | None = None, data: Any = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(code, message, data)
        self.request_id = request_id


def _fail(code: int, reason: str, request_id: str | None = None) -> CodecError:
    return CodecError(code, data={"reason": reason}, request_id=request_id)


@dataclass(frozen=True, slots=True)
class ErrorObject:
    """The ``error`` member of a response or callback."""

    code: int
    message: str
    data: Any = None

    @classmethod
    def from_error(cls, err: CmapiError) -> ErrorObject:
        return cls(err.code, err.message, err.data)

    def to_error(self) -> CmapiError:
        return CmapiError(self.code, self.message, self.data)

    def to_json(self) -> dict[str, Any]:
        obj: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.data is not None:
            obj["data"] = self.data
        return obj


@dataclass(frozen=True, slots=True)
class Request:
    """A CMAPI-1 request (Table 1)."""

    id: str
    method: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Response:
    """A CMAPI-1 response (Table 2): ``result`` on success, else ``error``."""

    id: str | None
    result: Mapping[str, Any] | None = None
    error: ErrorObject | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class Callback:
    """A CMAPI-2 callback message (Table 3)."""

    id: str
    callback_id: str
    result: Mapping[str, Any] | None = None
    error: ErrorObject | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


Message = Request | Response | Callback


def new_id() -> str:
    """A globally unique message id (UUID 4, as the binding suggests)."""
    return str(uuid.uuid4())


# --- decoding ----------------------------------------------------------------------------------

class _NotJSON(ValueError):
    """NaN, Infinity or -Infinity, which Python's json module would accept."""


def _reject_constant(name: str) -> Any:
    raise _NotJSON(f"{name} is not JSON")


#: Longest integer literal read as an int. Longer ones are valid JSON that no CMAPI parameter
#: can hold (Python would refuse them beyond 4300 digits): they become the float they round
#: to (infinity), which every parameter check then refuses in its own words.
_MAX_INT_DIGITS = 64


def _parse_int(literal: str) -> int | float:
    if len(literal) > _MAX_INT_DIGITS:
        return float("-inf") if literal.startswith("-") else float("inf")
    return int(literal)


# One decoder and one encoder for every message: json.loads/dumps with options build new ones
# on every call, which is a measurable share of the endpoint's per-message cost.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_BIG_INT_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_int=_parse_int)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
_ASCII_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False)


def _decode(text: str) -> Any:
    """``_DECODER.decode`` without its two whitespace scans when the text is one bare value
    (as every client sends); anything else goes the long way, errors in json's own words."""
    try:
        obj, end = _DECODER.raw_decode(text)
    except ValueError:
        return _DECODER.decode(text)
    return obj if end == len(text) else _DECODER.decode(text)


def _too_deep(obj: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, dict | list))
    return False


def _parse(data: bytes | bytearray | memoryview | str, max_size: int, max_depth: int) -> Any:
    if isinstance(data, str):
        if len(data) > max_size:
            raise _fail(ErrorCode.INVALID_REQUEST, f"message larger than {max_size} bytes")
        text = data
    elif isinstance(data, bytes | bytearray | memoryview):
        if len(data) > max_size:
            raise _fail(ErrorCode.INVALID_REQUEST, f"message larger than {max_size} bytes")
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _fail(ErrorCode.PARSE_ERROR, f"invalid UTF-8 at byte {exc.start}") from None
    else:
        raise _fail(ErrorCode.PARSE_ERROR, "message is not text")
    if text.startswith("\ufeff"):  # a UTF-8 byte order mark: RFC 8259 8.1 lets us ignore it
        text = text[1:]
    try:
        try:
            obj = _decode(text)
        except _NotJSON:
            raise
        except json.JSONDecodeError:
            raise
        except ValueError:  # an integer over Python's digit limit: valid JSON, read it apart
            obj = _BIG_INT_DECODER.decode(text)
    except RecursionError:
        raise _fail(ErrorCode.PARSE_ERROR, "nesting too deep") from None
    except json.JSONDecodeError as exc:
        raise _fail(ErrorCode.PARSE_ERROR,
                    f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except _NotJSON as exc:
        raise _fail(ErrorCode.PARSE_ERROR, str(exc)) from None
    if text.count("[") + text.count("{") > max_depth and _too_deep(obj, max_depth):
        raise _fail(ErrorCode.PARSE_ERROR, f"nesting deeper than {max_depth}")
    return obj


def _envelope(obj: Any) -> tuple[dict[str, Any], str | None]:
    """Check the members common to every message; returns the object and its string id."""
    if isinstance(obj, list):
        raise _fail(ErrorCode.INVALID_REQUEST, "batch requests are not supported")
    if not isinstance(obj, dict):
        raise _fail(ErrorCode.INVALID_REQUEST, "message is not a JSON object")
    raw_id = obj.get("id")
    msg_id = raw_id if isinstance(raw_id, str) else None
    if obj.get("jsonrpc") != JSONRPC_VERSION:
        raise _fail(ErrorCode.INVALID_REQUEST, '"jsonrpc" must be "2.0"', msg_id)
    if obj.get("cmapiversion") != CMAPI_VERSION:
        raise _fail(ErrorCode.INVALID_REQUEST, '"cmapiversion" must be "1.1"', msg_id)
    return obj, msg_id


def _request(obj: dict[str, Any], msg_id: str | None) -> Request:
    if msg_id is None:
        raise _fail(ErrorCode.INVALID_REQUEST, '"id" must be a string')
    method = obj.get("method")
    if not isinstance(method, str):
        raise _fail(ErrorCode.INVALID_REQUEST, '"method" must be a string', msg_id)
    params = obj.get("params")
    if not isinstance(params, dict):
        raise _fail(ErrorCode.INVALID_PARAMS, '"params" must be an object', msg_id)
    return Request(msg_id, method, params)


def _error_object(value: Any, msg_id: str | None) -> ErrorObject:
    if not isinstance(value, dict):
        raise _fail(ErrorCode.INVALID_REQUEST, '"error" must be an object', msg_id)
    code, message = value.get("code"), value.get("message")
    if not isinstance(code, int) or isinstance(code, bool):
        raise _fail(ErrorCode.INVALID_REQUEST, '"error.code" must be an integer', msg_id)
    if not isinstance(message, str):
        raise _fail(ErrorCode.INVALID_REQUEST, '"error.message" must be a string', msg_id)
    return ErrorObject(code, message, value.get("data"))


def _outcome(
    obj: dict[str, Any], msg_id: str | None
) -> tuple[dict[str, Any] | None, ErrorObject | None]:
    has_result, has_error = "result" in obj, "error" in obj
    if has_result == has_error:
        raise _fail(
            ErrorCode.INVALID_REQUEST, 'exactly one of "result" and "error" is required', msg_id
        )
    if has_error:
        return None, _error_object(obj["error"], msg_id)
    result = obj["result"]
    if not isinstance(result, dict):
        raise _fail(ErrorCode.INVALID_REQUEST, '"result" must be an object', msg_id)
    return result, None


def _response(obj: dict[str, Any], msg_id: str | None) -> Response:
    result, error = _outcome(obj, msg_id)
    if msg_id is None and not (error is not None and obj.get("id", 0) is None):
        raise _fail(ErrorCode.INVALID_REQUEST, '"id" must be a string')
    return Response(msg_id, result, error)


def _callback(obj: dict[str, Any], msg_id: str | None) -> Callback:
    if msg_id is None:
        raise _fail(ErrorCode.INVALID_REQUEST, '"id" must be a string')
    callback_id = obj.get("callbackId")
    if not isinstance(callback_id, str):
        raise _fail(ErrorCode.INVALID_REQUEST, '"callbackId" must be a string', msg_id)
    result, error = _outcome(obj, msg_id)
    return Callback(msg_id, callback_id, result, error)


def decode_request(
    data: bytes | bytearray | memoryview | str, *, max_size: int = DEFAULT_MAX_SIZE,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Request:
    """Decode a CMAPI-1 request (server side). Raises :class:`CodecError` only."""
    try:
        obj, msg_id = _envelope(_parse(data, max_size, max_depth))
        return _request(obj, msg_id)
    except CodecError:
        raise
    except Exception as exc:  # a bug here must still reach the peer as an error, not a crash
        raise _fail(ErrorCode.INTERNAL_ERROR, f"decoder failure: {type(exc).__name__}") from exc


def decode_message(
    data: bytes | bytearray | memoryview | str, *, max_size: int = DEFAULT_MAX_SIZE,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Message:
    """Decode any message: a request, a response or a callback. Raises :class:`CodecError` only."""
    try:
        obj, msg_id = _envelope(_parse(data, max_size, max_depth))
        if "method" in obj:
            return _request(obj, msg_id)
        if "callbackId" in obj:
            return _callback(obj, msg_id)
        if "result" in obj or "error" in obj:
            return _response(obj, msg_id)
        raise _fail(ErrorCode.INVALID_REQUEST, "neither a request, a response nor a callback",
                    msg_id)
    except CodecError:
        raise
    except Exception as exc:
        raise _fail(ErrorCode.INTERNAL_ERROR, f"decoder failure: {type(exc).__name__}") from exc


# --- encoding ----------------------------------------------------------------------------------

def _dump(obj: dict[str, Any]) -> bytes:
    try:
        text = _ENCODER.encode(obj)
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: escape them instead
            return _ASCII_ENCODER.encode(obj).encode("ascii")
    except (TypeError, ValueError, RecursionError) as exc:
        raise _fail(ErrorCode.INTERNAL_ERROR, f"cannot encode message: {exc}") from None


def _head(msg_id: str | None) -> dict[str, Any]:
    return {"jsonrpc": JSONRPC_VERSION, "cmapiversion": CMAPI_VERSION, "id": msg_id}


def encode_request(req: Request) -> bytes:
    return _dump({"jsonrpc": JSONRPC_VERSION, "cmapiversion": CMAPI_VERSION,
                  "method": req.method, "id": req.id, "params": dict(req.params)})


_RESPONSE_HEAD = f'{{"jsonrpc":"{JSONRPC_VERSION}","cmapiversion":"{CMAPI_VERSION}","id":'


def encode_response(msg_id: str, result: Mapping[str, Any]) -> bytes:
    """A success response; ``result`` is the function's output structure.

    The same bytes as :func:`_dump` of the whole object, but the constant head is not encoded
    again for every response (the endpoint's hottest path); any difficulty takes the long way.
    """
    body = result if type(result) is dict else dict(result)
    try:
        return (_RESPONSE_HEAD + _ENCODER.encode(msg_id) + ',"result":' + _ENCODER.encode(body)
                + "}").encode("utf-8")
    except (TypeError, ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        obj = _head(msg_id)
        obj["result"] = body
        return _dump(obj)


def encode_error(msg_id: str | None, err: CmapiError) -> bytes:
    """An error response; ``msg_id`` None when the request's id could not be read."""
    obj = _head(msg_id)
    obj["error"] = err.to_json()
    return _dump(obj)


def encode_codec_error(err: CodecError) -> bytes:
    """The error response to send back for a message that failed to decode."""
    return encode_error(err.request_id, err)


def encode_callback(cb: Callback) -> bytes:
    obj = _head(cb.id)
    obj["callbackId"] = cb.callback_id
    if cb.error is not None:
        obj["error"] = cb.error.to_json()
    else:
        obj["result"] = dict(cb.result or {})
    return _dump(obj)


def encode_message(msg: Message) -> bytes:
    """Encode any message."""
    if isinstance(msg, Request):
        return encode_request(msg)
    if isinstance(msg, Callback):
        return encode_callback(msg)
    if msg.error is not None:
        return encode_error(msg.id, msg.error.to_error())
    if msg.id is None:
        raise _fail(ErrorCode.INTERNAL_ERROR, "a success response needs an id")
    return encode_response(msg.id, msg.result or {})


# --- binary fields (5.2.4) ---------------------------------------------------------------------

def b64encode_field(data: bytes | bytearray | memoryview) -> str:
    """BASE64 text of a binary parameter or result field (5.2.4)."""
    return base64.b64encode(bytes(data)).decode("ascii")


def b64decode_field(value: Any, name: str = "value") -> bytes:
    """The bytes of a BASE64 field; -32602 when it is not canonical BASE64 text."""
    if not isinstance(value, str):
        raise CodecError(ErrorCode.INVALID_PARAMS, data={"field": name, "reason": "not a string"})
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        raise CodecError(
            ErrorCode.INVALID_PARAMS, data={"field": name, "reason": "invalid BASE64"}
        ) from None
