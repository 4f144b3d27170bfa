"""The transport-independent core of the CMAPI endpoint.

It decodes one message, runs it through the :class:`~cmgui.service.dispatcher.Dispatcher` for a
client session and encodes the answer; and it turns each device's events into CMAPI-2 callback
messages, encoded once and queued for every session that registered that callback. The callbacks
that answer one session's call (an ``_Async`` completion) are queued for that session alone.
HTTP, long polling and WebSocket (``http.py``, ``longpoll.py``, ``websocket.py``) only move these
bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from cmgui.cmapi.codec import (
    Callback,
    CodecError,
    ErrorObject,
    Request,
    decode_request,
    encode_callback,
    encode_codec_error,
    encode_error,
    encode_response,
    new_id,
)
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.server.limits import Limits
from cmgui.server.sessions import ClientSession, SessionManager
from cmgui.service.derived_events import DerivedEvents
from cmgui.service.device import EventStream
from cmgui.service.dispatcher import Dispatcher
from cmgui.service.events import AsyncComplete, Event, callback_name

log = logging.getLogger(__name__)

#: The interim response an ``_Async`` function gets over WebSocket before its outcome.
RECEIVED: dict[str, str] = {"status": "received"}


def is_async_function(method: str) -> bool:
    """Whether a CMAPI-1 function answers twice over WebSocket ("received", then the outcome):
    the ``_Async`` ones. (``Information_GetMobilitytoLocation`` also completes by callback, but
    its name promises one answer, which is all clients expect.)"""
    return method.endswith("_Async")


class Answer:
    """One encoded response and the error code it carries (None on success)."""

    __slots__ = ("body", "error_code")

    def __init__(self, body: bytes, error_code: int | None = None) -> None:
        self.body = body
        self.error_code = error_code


class Endpoint:
    """Serves a :class:`Dispatcher` to client sessions. ``start``/``stop`` run the event pumps."""

    def __init__(self, dispatcher: Dispatcher, limits: Limits | None = None) -> None:
        self.dispatcher = dispatcher
        self.limits = limits or Limits()
        self.sessions = SessionManager(self.limits, encoder=self._encode_own)
        self._tasks: list[asyncio.Task[None]] = []
        self.callbacks_sent = 0

    async def start(self) -> None:
        for device_id, device in self.dispatcher.devices.items():
            stream = device.subscribe()
            self._tasks.append(asyncio.create_task(self._pump(device_id, stream)))
            derived = DerivedEvents(device, self.wanted,
                                    poll_interval=self.limits.event_poll_interval,
                                    quiet_after=self.limits.dormant_after,
                                    battery_interval=self.limits.battery_poll_interval)
            self._tasks.append(asyncio.create_task(derived.run()))
        self._tasks.append(asyncio.create_task(self._sweep()))

    def wanted(self, callback: str) -> bool:
        """Whether any session registered ``callback``."""
        return any(callback in s.state.callback_ids for s in self.sessions)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        self.sessions.close_all()

    # --- requests ------------------------------------------------------------------------------

    def decode(self, data: bytes | str) -> Request | Answer:
        """The request in ``data``, or the error answer to send back when it is not one."""
        try:
            return decode_request(data, max_size=self.limits.max_message_size)
        except CodecError as err:
            return Answer(encode_codec_error(err), err.code)

    def refused(self, session: ClientSession, request: Request) -> Answer | None:
        """The error answer when ``request`` would be refused before it runs (so that a
        transport never acknowledges a call it then refuses), else None."""
        try:
            self.dispatcher.precheck(session.state, request.method, request.params)
        except CmapiError as err:
            return Answer(encode_error(request.id, err), err.code)
        return None

    async def execute(self, session: ClientSession, request: Request) -> Answer:
        """Run one request for ``session``; never raises (bugs become -32603)."""
        try:
            result = await self.dispatcher.call(session.state, request.method, request.params)
            if not isinstance(result, dict):
                raise TypeError(f"{request.method} returned {type(result).__name__}")
            if request.method == "CMAPI_API_Close":
                session.outbox.clear()  # callbacks queued before the close are not for anyone
            return Answer(encode_response(request.id, result))
        except CmapiError as err:
            return Answer(encode_error(request.id, err), err.code)
        except Exception:
            log.exception("CMAPI call %s failed", request.method)
            internal = CmapiError(ErrorCode.INTERNAL_ERROR)
            return Answer(encode_error(request.id, internal), internal.code)
        finally:
            session.touch()

    def throttled(self, session: ClientSession, request_id: str | None) -> Answer | None:
        """The "busy" answer when ``session`` is over its rate, else None (and one is spent)."""
        wait = session.bucket.take()
        if wait <= 0:
            return None
        err = CmapiError(ErrorCode.BUSY, data={"reason": "rate limit", "retryAfter": wait})
        return Answer(encode_error(request_id, err), err.code)

    # --- callbacks -----------------------------------------------------------------------------

    def publish(self, device_id: str, event: Event) -> int:
        """Queue ``event`` for every session that registered its callback; returns how many."""
        name = callback_name(event)
        targets = [s for s in self.sessions if name in s.state.callback_ids]
        if not targets:
            return 0
        try:
            message = _encode_event(name, event, device_id if len(self.dispatcher.devices) > 1
                                    else None)
        except CodecError:
            log.exception("cannot encode callback %s", name)
            return 0
        for session in targets:
            session.push(message)
        self.callbacks_sent += len(targets)
        return len(targets)

    def _encode_own(self, event: Event) -> bytes | None:
        """A callback that answers one session's call (``Session.deliver``)."""
        try:
            return _encode_event(callback_name(event), event, None)
        except CodecError:
            log.exception("cannot encode callback %s", callback_name(event))
            return None

    async def _pump(self, device_id: str, stream: EventStream) -> None:
        try:
            async for event in stream:
                self.publish(device_id, event)
        finally:
            stream.close()

    async def _sweep(self) -> None:
        period = max(0.5, min(30.0, self.limits.idle_timeout / 4))
        while True:
            await asyncio.sleep(period)
            expired = self.sessions.expire()
            if expired:
                log.info("forgot %d idle client session(s)", expired)


def _encode_event(name: str, event: Event, device_id: str | None) -> bytes:
    if isinstance(event, AsyncComplete) and event.error is not None:
        error = ErrorObject(int(event.error.get("code", ErrorCode.FATAL)),
                            str(event.error.get("message", "")), event.error.get("data"))
        return encode_callback(Callback(new_id(), name, error=error))
    result = event.to_result()
    if device_id is not None:
        result = {**result, "deviceId": device_id}
    return encode_callback(Callback(new_id(), name, result=result))
