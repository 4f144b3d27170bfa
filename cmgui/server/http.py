"""``POST /cmapi``: one CMAPI-1 request per HTTP request (5.4.2.4), answered per 5.2.2.2.

Sessions: ``CMAPI_API_Open`` sent without a ``CMAPI-Session`` header creates a session and
returns its id in that header and as ``sessionId`` in its result; later requests name it.
Requests without the header use the token's default session, shared by every client that names
none: ``CMAPI_API_Close`` on it ends it, and the next request gets a fresh one, so one client's
close never stops another. ``CMAPI_API_Close`` on a named session ends that session. Refusals
carry the request's id whenever it could be read.
"""

from __future__ import annotations

from aiohttp import web

from cmgui.server.common import (
    ENDPOINT_KEY,
    FORBIDDEN_CODES,
    JSON,
    SESSION_HEADER,
    Refusal,
    check_content_type,
    default_session,
    named_session,
    new_session,
    read_body,
)
from cmgui.server.endpoint import Answer


async def handle_cmapi(request: web.Request) -> web.Response:
    endpoint = request.app[ENDPOINT_KEY]
    limits = endpoint.limits
    request_id: str | None = None
    try:
        check_content_type(request)
        body = await read_body(request, limits.max_message_size, limits.body_timeout)
        decoded = endpoint.decode(body)
        if isinstance(decoded, Answer):
            return _reply(decoded, 400)
        request_id = decoded.id
        named = request.headers.get(SESSION_HEADER) is not None
        session = named_session(endpoint, request)
        created = False
        if session is None:
            if decoded.method == "CMAPI_API_Open":
                session, created = new_session(endpoint, request), True
            else:
                session = default_session(endpoint, request)
        busy = endpoint.throttled(session, decoded.id)
        if busy is not None:
            wait = max(1, round(session.bucket.burst / max(session.bucket.rate, 1)))
            return _reply(busy, 429, {"Retry-After": str(wait)})
        answer = await endpoint.execute(session, decoded)
    except Refusal as refusal:
        return refusal.response(request_id)
    headers = {SESSION_HEADER: session.id} if created or named else {}
    if created and answer.error_code is not None:
        endpoint.sessions.remove(session)
        headers = {}
    elif decoded.method == "CMAPI_API_Close" and answer.error_code is None:
        endpoint.sessions.remove(session)  # a named session, or the shared default one
    status = 403 if answer.error_code in FORBIDDEN_CODES else 200
    return _reply(answer, status, headers)


def _reply(answer: Answer, status: int, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(status=status, body=answer.body, content_type=JSON, headers=headers)
