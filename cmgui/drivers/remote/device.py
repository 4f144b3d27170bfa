"""``RemoteDevice``: the Device seam over a CMAPI endpoint (``Remote(Server(X))`` behaves as X).

Every seam method becomes a call of its CMAPI-1 function, keyword arguments turned into params by
:func:`~cmgui.cmapi.naming.json_name`; errors come back as :class:`CmapiError` with the endpoint's
code. ``supported_functions()`` is what ``CMAPI_API_GetFunctionsSupported`` lists; a method the
endpoint does not support runs the seam's own default (error 7, or the default built on other
methods, exactly as X would). Callbacks become typed events via ``event_from_callback``.
"""

from __future__ import annotations

import logging
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
from cmgui.service.delegating import DelegatingDevice
from cmgui.service.device import SEAM_METHODS, Device
from cmgui.service.events import EVENT_CLASSES, event_from_callback
from cmgui.store.secrets import register_secret

log = logging.getLogger(__name__)

#: The callbacks a remote device listens to: every event class of the seam.
EVENT_CALLBACKS: frozenset[str] = frozenset(EVENT_CLASSES)

#: Seam method name -> its CMAPI-1 function (the catalogue names every seam method).
_FUNCTIONS: dict[str, str] = {
    name: info.name for name in SEAM_METHODS
    if (info := catalogue.by_method_name(name)) is not None}


class RemoteDevice(DelegatingDevice):
    """A device behind an OpenCMAPI Web binding endpoint (HTTP + long polling, or WebSocket).

    Every seam method it does not define is passed on (:meth:`delegate`) as its CMAPI-1 call.
    """

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
        token = self._token or await find_token(self.address)
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
            await _register_emitted(transport, set(EVENT_CALLBACKS))
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

    async def delegate(self, name: str, kwargs: dict[str, Any]) -> Any:
        """The endpoint's answer to the function of seam method ``name``; the seam's own
        default (error 7, or one built on other methods) when the endpoint lacks it."""
        if name not in self._supported:
            return await getattr(Device, name)(self, **kwargs)
        params = {json_name(k): v for k, v in kwargs.items() if v is not None}
        return await self._call(_FUNCTIONS[name], params)

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


async def _register_emitted(transport: Transport, wanted: set[str]) -> None:
    """Register ``wanted`` but the callbacks the endpoint says it can never send (error 289
    lists them; nothing is registered then, so try once more without them)."""
    try:
        await transport.register(wanted)
    except CmapiError as err:
        refused = err.data.get("callbackIds") if isinstance(err.data, dict) else None
        if err.code != ErrorCode.CAPABILITY_NOT_OFFERED or not isinstance(refused, list):
            raise
        transport.callback_ids -= set(refused)
        await transport.register(wanted - set(refused))


def _seam_names(functions: list[Any]) -> frozenset[str]:
    names = set()
    for name in functions:
        info = catalogue.lookup(name) if isinstance(name, str) else None
        if info is not None and info.method_name in SEAM_METHODS:
            names.add(info.method_name)
    return frozenset(names)
