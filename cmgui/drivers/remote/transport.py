"""What the remote device needs from a transport, and the parts both transports share."""

from __future__ import annotations

import abc
import logging
import random
from collections.abc import Callable, Mapping
from typing import Any

from cmgui.cmapi.codec import Callback, CodecError, Response, decode_message
from cmgui.cmapi.errors import CmapiError, ErrorCode

log = logging.getLogger(__name__)

CallbackSink = Callable[[Callback], None]
SESSION_HEADER = "CMAPI-Session"
#: How long an outstanding call may wait for its response (a network scan takes minutes).
CALL_VALIDITY = 30 * 60.0
CONNECT_TIMEOUT = 10.0


def unreachable(url: str, reason: object) -> CmapiError:
    """The error a call gets when the endpoint cannot be reached."""
    return CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
        "reason": f"the CMAPI endpoint {url} cannot be reached: {reason}"})


def connect_failure(url: str, exc: BaseException) -> CmapiError:
    """``unreachable``, or a security error when the endpoint's TLS certificate failed checks."""
    text = f"{exc} {exc.__cause__ or ''}"
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
        return CmapiError(ErrorCode.AUTHENTICATION_FAILED, data={
            "reason": f"the TLS certificate of {url} could not be verified; pin it with "
                      "#pin=/path/to/cert.pem if it is self-signed"})
    return unreachable(url, exc)


def backoff(attempt: int, base: float = 0.2, cap: float = 30.0) -> float:
    """Exponential back-off with full jitter, for reconnecting after a drop."""
    return random.uniform(0, min(cap, base * (2 ** min(attempt, 16))))


def response_of(body: bytes) -> Response:
    """Decode the server's answer to a call; CmapiError when it is not a response."""
    try:
        message = decode_message(body)
    except CodecError as err:
        raise CmapiError(ErrorCode.INTERNAL_ERROR, data={
            "reason": f"the endpoint sent an invalid message: {err.data}"}) from None
    if not isinstance(message, Response):
        raise CmapiError(ErrorCode.INTERNAL_ERROR, data={
            "reason": "the endpoint sent something other than a response"})
    return message


def outcome(response: Response) -> dict[str, Any]:
    """The result of a response, or its error raised as CmapiError with the same code."""
    if response.error is not None:
        raise response.error.to_error()
    return dict(response.result or {})


class Transport(abc.ABC):
    """One connection to an endpoint, carrying calls and delivering callbacks to ``sink``."""

    def __init__(self, url: str, token: str | None, sink: CallbackSink) -> None:
        self.url = url
        self.token = token
        self.sink = sink
        #: The callbacks registered; registered again whenever a new session starts.
        self.callback_ids: set[str] = set()

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    @abc.abstractmethod
    async def connect(self) -> None:
        """Reach the endpoint and start a session; CmapiError when it cannot."""

    @abc.abstractmethod
    async def call(self, method: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """One CMAPI-1 call; its result, or CmapiError with the endpoint's code."""

    @abc.abstractmethod
    async def close(self) -> None:
        """End the session and the connection. Idempotent."""

    async def register(self, callback_ids: set[str]) -> None:
        self.callback_ids |= callback_ids
        if callback_ids:
            await self.call("CMAPI_Callback_Register", {"callbackIds": sorted(callback_ids)})

    async def reregister(self) -> None:
        if self.callback_ids:
            await self.call("CMAPI_Callback_Register",
                            {"callbackIds": sorted(self.callback_ids)})

    def deliver(self, callback: Callback) -> None:
        """Hand a callback to the sink when registered (5.4.1.3 step 4), else note it (5.4.1.4)."""
        if callback.callback_id in self.callback_ids:
            self.sink(callback)
        else:
            log.debug("ignored callback %s: not registered", callback.callback_id)
