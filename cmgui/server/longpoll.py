"""``POST /cmapi/callbacks``: HTTP long polling for CMAPI-2 callbacks (5.4.2.5, 5.4.2.6).

Each poll returns the next callback message queued for the client's session (the one named by
``CMAPI-Session``, else the token's default session), or 204 No Content when none arrives within
the poll timeout (``?timeout=S`` may shorten the server's). One poll per named session: a newer
poll ends the older one with 204. The token's default session is shared by every client that names
none, so its polls wait side by side and each message goes to one of them. A waiting poll holds
no more than a suspended coroutine.
"""

from __future__ import annotations

from aiohttp import web

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.server.common import (
    ENDPOINT_KEY,
    JSON,
    SESSION_HEADER,
    Refusal,
    default_session,
    named_session,
    read_body,
)

POLLS_KEY: web.AppKey[list[int]] = web.AppKey("cmapi_pending_polls", list)


async def handle_poll(request: web.Request) -> web.StreamResponse:
    endpoint = request.app[ENDPOINT_KEY]
    pending = request.app[POLLS_KEY]
    try:
        await read_body(request, endpoint.limits.max_message_size, endpoint.limits.body_timeout)
        session = named_session(endpoint, request) or default_session(endpoint, request)
        if session.attached is not None:
            raise Refusal(409, CmapiError(ErrorCode.INVALID_OPERATION, data={
                "reason": "this session receives its callbacks over WebSocket"}))
        if session.bucket.take() > 0:
            raise Refusal(429, CmapiError(ErrorCode.BUSY, data={"reason": "rate limit"}),
                          {"Retry-After": "1"})
        if pending[0] >= endpoint.limits.max_pending_polls:
            raise Refusal(503, CmapiError(ErrorCode.BUSY, data={"reason": "too many polls"}),
                          {"Retry-After": "5"})
        timeout = _timeout(request, endpoint.limits.poll_timeout)
    except Refusal as refusal:
        return refusal.response()
    headers = {SESSION_HEADER: session.id} if request.headers.get(SESSION_HEADER) else {}
    pending[0] += 1
    session.polls += 1
    try:
        message = await session.next_message(timeout)
    finally:
        pending[0] -= 1
        session.polls -= 1
        session.touch()
    if message is None:
        return web.Response(status=204, headers=headers)
    transport = request.transport
    if transport is None or transport.is_closing():
        session.outbox.appendleft(message)  # the poller left: keep it for the next poll
        return web.Response(status=204)
    return web.Response(body=message, content_type=JSON, headers=headers)


def _timeout(request: web.Request, limit: float) -> float:
    raw = request.query.get("timeout")
    if raw is None:
        return limit
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise Refusal(400, CmapiError(ErrorCode.INVALID_PARAMETER, data={
            "reason": "timeout must be a number of seconds"}))
    return min(value, limit)
