"""``RemoteDevice``: the Device seam over a CMAPI endpoint (``Remote(Server(X))`` behaves as X).

Every seam method becomes a call of its CMAPI-1 function, keyword arguments turned into params by
:func:`~cmgui.cmapi.naming.json_name`; errors come back as :class:`CmapiError` with the endpoint's
code. ``supported_functions()`` is what ``CMAPI_API_GetFunctionsSupported`` lists; a method the
endpoint does not support runs the seam's own default (error 7, or the default built on other
methods, exactly as X would). Callbacks become typed events via ``event_from_callback``.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from cmgui.cmapi import catalogue
from cmgui.cmapi import types as t
from cmgui.cmapi.codec import Callback
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.cmapi.naming import json_name
from cmgui.drivers.remote.address import RemoteAddress, parse_address
from cmgui.drivers.remote.http_transport import HttpTransport
from cmgui.drivers.remote.tls import client_context
from cmgui.drivers.remote.tokens import find_token
from cmgui.drivers.remote.transport import Transport
from cmgui.drivers.remote.ws_transport import WsTransport
from cmgui.service.device import SEAM_METHODS, Device
from cmgui.service.events import EVENT_CLASSES, event_from_callback
from cmgui.store.secrets import register_secret

log = logging.getLogger(__name__)

#: The callbacks a remote device listens to: every event class of the seam.
EVENT_CALLBACKS: frozenset[str] = frozenset(EVENT_CLASSES)


class RemoteDevice(Device):
    """A device behind an OpenCMAPI Web binding endpoint (HTTP + long polling, or WebSocket)."""

    kind = "remote"

    def __init__(self, address: str, *, token: str | None = None) -> None:
        super().__init__(address)
        self.remote: RemoteAddress = parse_address(address)
        self._token = token
        if token:
            register_secret(token)
        self._transport: Transport | None = None
        self._supported: frozenset[str] = frozenset()

    @property
    def transport(self) -> Transport:
        if self._transport is None:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={"reason": "the device is not open"})
        return self._transport

    async def open(self) -> None:
        token = self._token or await find_token(self.remote.url)
        verify = client_context(self.remote.pin) if self.remote.secure else True
        transport: Transport
        if self.remote.transport == "ws":
            transport = WsTransport(self.remote.url, token, self._on_callback, verify)
        else:
            transport = HttpTransport(self.remote.url, token, self._on_callback, verify)
        try:
            await transport.connect()
            self._transport = transport
            result = await self._call("CMAPI_API_GetFunctionsSupported", {})
            self._supported = _seam_names(result.get("functions", []))
            await transport.register(set(EVENT_CALLBACKS))
        except BaseException:
            self._transport = None
            await transport.close()
            raise

    async def close(self) -> None:
        transport, self._transport = self._transport, None
        if transport is not None:
            await transport.close()
        await super().close()

    def supported_functions(self) -> frozenset[str]:
        return self._supported

    async def describe(self) -> t.DeviceInfo:
        info: Any = await self._call("CMAPI_Discovery_GetDevice", {})
        info["address"] = self.address
        return info  # type: ignore[no-any-return]

    async def _call(self, function: str, params: dict[str, Any]) -> dict[str, Any]:
        if self.remote.device_id is not None:
            params = {**params, "deviceId": self.remote.device_id}
        return await self.transport.call(function, params)

    def _on_callback(self, callback: Callback) -> None:
        if callback.error is not None or callback.result is None:
            log.debug("callback %s reported an error: %s", callback.callback_id,
                      callback.error)
            return
        result = dict(callback.result)
        wanted = self.remote.device_id
        if wanted is not None and result.pop("deviceId", wanted) != wanted:
            return  # another device of the same endpoint
        self.events.publish(event_from_callback(callback.callback_id, result))


def _seam_names(functions: list[Any]) -> frozenset[str]:
    names = set()
    for name in functions:
        info = catalogue.lookup(name) if isinstance(name, str) else None
        if info is not None and info.method_name in SEAM_METHODS:
            names.add(info.method_name)
    return frozenset(names)


def _remote_method(name: str) -> Callable[..., Awaitable[Any]]:
    info = catalogue.by_method_name(name)
    if info is None:  # pragma: no cover - the catalogue names every seam method
        raise RuntimeError(f"seam method {name} has no CMAPI function")
    base = getattr(Device, name)
    function = info.name

    async def method(self: RemoteDevice, **kwargs: Any) -> Any:
        if name not in self._supported:
            return await base(self, **kwargs)
        params = {json_name(k): v for k, v in kwargs.items() if v is not None}
        return await self._call(function, params)

    method.__name__ = name
    method.__qualname__ = f"RemoteDevice.{name}"
    method.__doc__ = f"{function} on the endpoint."
    method.__signature__ = inspect.signature(base)  # type: ignore[attr-defined]
    return method


for _name in SEAM_METHODS:
    setattr(RemoteDevice, _name, _remote_method(_name))
