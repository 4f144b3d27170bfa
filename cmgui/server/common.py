"""What the HTTP, long-poll and WebSocket handlers share: headers, status codes, session lookup."""

from __future__ import annotations

import asyncio

from aiohttp import web

from cmgui.cmapi.codec import encode_error
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.server import oneapi_errors
from cmgui.server.auth import Credential
from cmgui.server.endpoint import Endpoint
from cmgui.server.sessions import ClientSession, TooManyClients

SESSION_HEADER = "CMAPI-Session"
ONEAPI_PREFIX = "/oneapi/"
JSON = "application/json"
ENDPOINT_KEY: web.AppKey[Endpoint] = web.AppKey("cmapi_endpoint", Endpoint)
CREDENTIAL: web.RequestKey[Credential] = web.RequestKey("cmapi_credential", Credential)

#: Security errors raised while running a call, answered with HTTP 403.
FORBIDDEN_CODES = frozenset({
    ErrorCode.SECURITY_NOT_PRIVILEGED, ErrorCode.AUTHENTICATION_DENIED,
    ErrorCode.ACCESS_LEVEL_NOT_SUPPORTED, ErrorCode.ENCRYPTION_TYPE_NOT_ALLOWED,
})


class Refusal(Exception):
    """A request refused before it reaches the dispatcher: HTTP status plus a CMAPI error."""

    def __init__(self, status: int, error: CmapiError, headers: dict[str, str] | None = None):
        super().__init__(error.message)
        self.status = status
        self.error = error
        self.headers = headers or {}

    def response(self, request_id: str | None = None) -> web.Response:
        return web.Response(status=self.status, body=encode_error(request_id, self.error),
                            content_type=JSON, headers=self.headers)

    def respond(self, request: web.BaseRequest, request_id: str | None = None) -> web.Response:
        """:meth:`response`, or the OneAPI error body on the OneAPI routes."""
        if not is_oneapi(request):
            return self.response(request_id)
        reason = self.error.data.get("reason") if isinstance(self.error.data, dict) else None
        body = oneapi_errors.encode(oneapi_errors.FOR_STATUS.get(self.status, "SVC0001"),
                                    str(reason or self.error.message))
        return web.Response(status=self.status, body=body, content_type=JSON,
                            headers=self.headers)


def is_oneapi(request: web.BaseRequest) -> bool:
    return request.path.startswith(ONEAPI_PREFIX)


def credential_of(request: web.Request) -> Credential:
    return request[CREDENTIAL]


def named_session(endpoint: Endpoint, request: web.Request) -> ClientSession | None:
    """The session named by the ``CMAPI-Session`` header (None without one); may refuse."""
    session_id = request.headers.get(SESSION_HEADER)
    if session_id is None:
        return None
    session = endpoint.sessions.get(session_id)
    if session is None:
        raise Refusal(404, CmapiError(ErrorCode.INVALID_OPERATION, data={
            "reason": "unknown or expired session; call CMAPI_API_Open"}))
    if session.credential.token_id != credential_of(request).token_id:
        raise Refusal(403, CmapiError(ErrorCode.AUTHENTICATION_DENIED, data={
            "reason": "the session belongs to another token"}))
    return session


def too_many_clients() -> Refusal:
    return Refusal(503, CmapiError(ErrorCode.BUSY, data={"reason": "too many clients"}),
                   {"Retry-After": "5"})


def default_session(endpoint: Endpoint, request: web.Request) -> ClientSession:
    try:
        return endpoint.sessions.default_for(credential_of(request))
    except TooManyClients:
        raise too_many_clients() from None


def new_session(endpoint: Endpoint, request: web.Request) -> ClientSession:
    try:
        return endpoint.sessions.create(credential_of(request))
    except TooManyClients:
        raise too_many_clients() from None


async def read_body(request: web.Request, max_size: int, timeout: float) -> bytes:
    """The whole request body, refusing (413) anything over ``max_size`` without reading it
    all, whether announced by ``Content-Length`` or sent chunked, and (408) a body that takes
    longer than ``timeout`` seconds to arrive."""
    if request.content_length is not None and request.content_length > max_size:
        raise _too_large(max_size)
    content = request.content
    first = content.read_nowait(max_size + 1)  # usually the whole body came with the headers
    if content.is_eof():
        if len(first) > max_size:
            raise _too_large(max_size)
        return first
    chunks: list[bytes] = [first] if first else []
    size = len(first)
    if size > max_size:
        raise _too_large(max_size)
    try:
        async with asyncio.timeout(timeout):
            while True:
                chunk = await request.content.read(max_size + 1 - size)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_size:
                    raise _too_large(max_size)
                chunks.append(chunk)
    except TimeoutError:
        raise Refusal(408, CmapiError(ErrorCode.INVALID_REQUEST, data={
            "reason": f"the body did not arrive within {timeout:g} s"}),
            {"Connection": "close"}) from None
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _too_large(max_size: int) -> Refusal:
    return Refusal(413, CmapiError(ErrorCode.INVALID_REQUEST, data={
        "reason": f"message larger than {max_size} bytes"}), {"Connection": "close"})


def check_content_type(request: web.Request) -> None:
    """Only ``application/json`` (5.4.2.2); this also keeps cross-site form posts out."""
    if request.content_type != JSON:
        raise Refusal(415, CmapiError(ErrorCode.INVALID_REQUEST, data={
            "reason": f"Content-Type must be {JSON}"}))
