"""The HTTP transport: ``POST /cmapi`` per call (httpx), callbacks by long polling."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Mapping
from typing import Any

import httpx

from cmgui.cmapi.codec import Callback, CodecError, Request, decode_message, encode_request, new_id
from cmgui.cmapi.errors import CmapiError
from cmgui.drivers.remote.transport import (
    CALL_VALIDITY,
    CONNECT_TIMEOUT,
    SESSION_HEADER,
    CallbackSink,
    Transport,
    backoff,
    connect_failure,
    outcome,
    response_of,
)

log = logging.getLogger(__name__)

POLL_READ_TIMEOUT = 120.0  # longer than any server's poll timeout


class HttpTransport(Transport):
    def __init__(self, url: str, token: str | None, sink: CallbackSink,
                 verify: ssl.SSLContext | bool = True) -> None:
        super().__init__(url, token, sink)
        self.poll_url = url.rstrip("/") + "/callbacks"
        self.session_id: str | None = None
        timeout = httpx.Timeout(CONNECT_TIMEOUT, read=CALL_VALIDITY)
        self._client = httpx.AsyncClient(verify=verify, timeout=timeout,
                                         headers=self.auth_headers(),
                                         limits=httpx.Limits(max_connections=32))
        self._poller: asyncio.Task[None] | None = None
        self._reopen = asyncio.Lock()

    async def connect(self) -> None:
        await self._open_session()

    async def _open_session(self) -> None:
        response = await self._post(Request(new_id(), "CMAPI_API_Open", {}), session=False)
        outcome(response_of(response.content))
        self.session_id = response.headers.get(SESSION_HEADER)

    async def _post(self, request: Request, *, session: bool = True) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if session and self.session_id:
            headers[SESSION_HEADER] = self.session_id
        try:
            return await self._client.post(self.url, content=encode_request(request),
                                           headers=headers)
        except httpx.HTTPError as exc:
            raise connect_failure(self.url, exc) from None

    async def call(self, method: str, params: Mapping[str, Any]) -> dict[str, Any]:
        request = Request(new_id(), method, dict(params))
        response = await self._post(request)
        if response.status_code == 404 and self.session_id:
            await self._session_lost(self.session_id)  # refused unrun: safe to send again
            response = await self._post(request)
        return outcome(response_of(response.content))

    async def _session_lost(self, old: str) -> None:
        async with self._reopen:
            if self.session_id != old:
                return  # someone else reopened it meanwhile
            log.info("endpoint %s forgot our session; opening a new one", self.url)
            await self._open_session()
            await self.reregister()

    async def register(self, callback_ids: set[str]) -> None:
        await super().register(callback_ids)
        if self._poller is None and self.callback_ids:
            self._poller = asyncio.create_task(self._poll_loop())

    async def _poll_loop(self) -> None:
        failures = 0
        while True:
            headers = {SESSION_HEADER: self.session_id} if self.session_id else {}
            try:
                response = await self._client.post(
                    self.poll_url, headers=headers,
                    timeout=httpx.Timeout(CONNECT_TIMEOUT, read=POLL_READ_TIMEOUT))
                if response.status_code == 404 and self.session_id:
                    await self._session_lost(self.session_id)
                    continue
                response.raise_for_status()
            except (httpx.HTTPError, CmapiError) as exc:
                failures += 1
                delay = backoff(failures)
                log.info("long poll to %s failed (%s); again in %.1f s", self.poll_url, exc,
                         delay)
                await asyncio.sleep(delay)
                continue
            failures = 0
            if response.status_code == 204:
                continue
            self._receive(response.content)

    def _receive(self, body: bytes) -> None:
        try:
            message = decode_message(body)
        except CodecError as err:
            log.warning("ignored an invalid callback message: %s", err.data)
            return
        if isinstance(message, Callback):
            self.deliver(message)

    async def close(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None
        if self.session_id:
            with contextlib.suppress(CmapiError, TimeoutError):
                await asyncio.wait_for(self.call("CMAPI_API_Close", {}), 2.0)
            self.session_id = None
        await self._client.aclose()
