"""CMAPI method name + params -> seam call -> result or CmapiError.

Used by ``cmcli call`` and by the CMAPI endpoint. API management (``CMAPI_API_*``), device
discovery (``CMAPI_Discovery_*``) and callback registration are answered here for every backend;
every other function is routed by ``deviceId`` to a :class:`~cmgui.service.device.Device`.

A :class:`Session` is one client's context (one ``CMAPI_API_Open`` … ``CMAPI_API_Close``): its
access level, the devices it opened and the callbacks it registered. The callbacks that answer a
session's own call (the completion of an ``_Async`` function, ``DetectDevicesComplete``) go to
that session only, through :attr:`Session.deliver`; device events go to every session that
registered them (the endpoint's job).
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from cmgui.cmapi import catalogue, schema
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.cmapi.naming import json_name
from cmgui.service.callbacks import ASYNC_CALLBACKS, BACKEND_COMPLETIONS
from cmgui.service.derived_events import AFTER_CALL_FUNCTIONS, after_call
from cmgui.service.device import SEAM_METHODS, Device
from cmgui.service.events import AsyncComplete, DetectDevicesComplete, Event, callback_name

__all__ = ["ASYNC_CALLBACKS", "CMAPI_VERSION", "AccessLevel", "Dispatcher", "Session",
           "is_read_only"]

CMAPI_VERSION = "1.1"
AccessLevel = Literal["read", "full"]

#: Functions that change nothing although their verb is not Get/Is: a read-only session may
#: call them. Everything else that is not ``Get…``/``Is…`` needs full access.
_READ_ONLY_FUNCTIONS = frozenset({
    "CMAPI_API_Open", "CMAPI_API_Close", "CMAPI_Discovery_DetectDevices",
    "CMAPI_Discovery_OpenDevice", "CMAPI_Discovery_CloseDevice", "CMAPI_WLAN_ConnectionState",
    "CMAPI_WLAN_AuthenticationSupported", "CMAPI_DevSrv_DevAttributes", "CMAPI_Contact_Search",
    "CMAPI_Callback_Register", "CMAPI_Callback_Unregister",
})
#: Longest ``deviceId`` echoed back in an error's data.
_ECHO_LIMIT = 64


def is_read_only(function: str) -> bool:
    """Whether a CMAPI function changes nothing (allowed for read-only tokens)."""
    info = catalogue.lookup(function)
    name = info.name if info is not None else function
    if name in _READ_ONLY_FUNCTIONS or (info is not None and info.kind == "callback"):
        return True
    verb = name.split("_", 2)[-1]
    return verb.startswith(("Get", "Is"))


@dataclass
class Session:
    """One client of the dispatcher."""

    access_level: AccessLevel = "full"
    opened: bool = True
    open_devices: set[str] = field(default_factory=set)
    callback_ids: set[str] = field(default_factory=set)
    #: Require CMAPI_Discovery_OpenDevice before a device is used (error 257 otherwise).
    require_open_device: bool = False
    #: The transport's name for this session (the endpoint's ``CMAPI-Session``), reported in
    #: ``CMAPI_API_Open``'s result so that a Web page, which cannot read that header on a
    #: WebSocket handshake, knows it too.
    session_id: str | None = None
    #: Where the callbacks that answer this session's own calls go (None: nowhere).
    deliver: Callable[[Event], None] | None = None

    def wants(self, event: Event) -> bool:
        """Whether this session registered for the callback ``event`` stands for."""
        return callback_name(event) in self.callback_ids

    def notify(self, event: Event) -> None:
        """Hand ``event`` to this session alone, when it registered for it."""
        if self.deliver is not None and self.wants(event):
            self.deliver(event)


@dataclass
class _Route:
    info: catalogue.FunctionInfo
    method_name: str
    validator: Callable[[Any], list[str]]
    params: Mapping[str, inspect.Parameter]
    #: (Python name, JSON member name) of each parameter.
    members: tuple[tuple[str, str], ...] = ()
    #: Whether any parameter is required.
    required: bool = True


@dataclass
class _Connect:
    """A running ``Connect_Async`` (or secondary context connect) that may be cancelled."""

    task: asyncio.Future[Any]
    cancelled: bool = False


class Dispatcher:
    """Routes CMAPI calls to the devices it serves. ``devices`` maps deviceId -> Device."""

    def __init__(self, devices: Mapping[str, Device] | None = None) -> None:
        self.devices: dict[str, Device] = dict(devices or {})
        self._ids = itertools.count(len(self.devices) + 1)
        self._routes: dict[str, _Route] = {}
        self._connects: dict[tuple[str, str], _Connect] = {}
        self._local = self._local_handlers()
        #: method name as sent -> its catalogue entry and whether it changes nothing.
        self._admissions: dict[str, tuple[catalogue.FunctionInfo, bool]] = {}

    # --- devices ---------------------------------------------------------------------------

    def add_device(self, device: Device, device_id: str | None = None) -> str:
        device_id = device_id or str(next(self._ids))
        self.devices[device_id] = device
        return device_id

    def device(self, session: Session, params: Mapping[str, Any]) -> tuple[str, Device]:
        raw = params.get("deviceId")
        if raw is None:
            if len(self.devices) == 1:
                return next(iter(self.devices.items()))
            raise CmapiError(ErrorCode.INVALID_PARAMETER,
                             data={"problems": ["params.deviceId: required"]})
        device_id = _device_id(raw)
        device = self.devices.get(device_id)
        if device is None or (session.require_open_device
                              and device_id not in session.open_devices):
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE,
                             data={"deviceId": device_id[:_ECHO_LIMIT]})
        return device_id, device

    def emitted_callbacks(self) -> frozenset[str]:
        """The callbacks at least one served device can send."""
        names: set[str] = set()
        for device in self.devices.values():
            names |= device.emitted_callbacks()
        return frozenset(names)

    # --- calls -----------------------------------------------------------------------------

    async def call(self, session: Session, method: str, params: Mapping[str, Any]) -> Any:
        """Run one CMAPI-1 function for ``session``; raises CmapiError on any failure."""
        info = self._admit(session, method)
        local = self._local.get(info.name)
        if local is not None:
            return await local(session, dict(params))
        return await self._device_call(session, info, dict(params))

    def precheck(self, session: Session, method: str, params: Mapping[str, Any]) -> None:
        """Raise the CmapiError :meth:`call` would raise before running anything (unknown
        function, session not open, access level, device, support, parameters), so that a
        transport acknowledges ("received") only a call that will run."""
        info = self._admit(session, method)
        if info.name in self._local:
            return
        _, device = self.device(session, params)
        route = self._supported_route(info, device)
        problems = route.validator(params)
        if problems:
            raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"problems": problems})

    def _admit(self, session: Session, method: str) -> catalogue.FunctionInfo:
        known = self._admissions.get(method)
        if known is None:
            info = catalogue.lookup(method)
            if info is None or info.kind == "callback":
                raise CmapiError(ErrorCode.METHOD_NOT_FOUND,
                                 data={"method": method[:_ECHO_LIMIT]})
            known = self._admissions[method] = (info, is_read_only(info.name))
        info, read_only = known
        if not session.opened and info.name != "CMAPI_API_Open":
            raise CmapiError(ErrorCode.INVALID_OPERATION,
                             data={"reason": "call CMAPI_API_Open first"})
        if session.access_level == "read" and not read_only:
            raise CmapiError(ErrorCode.SECURITY_NOT_PRIVILEGED, data={"function": info.name})
        return info

    def _local_handlers(
        self,
    ) -> dict[str, Callable[[Session, dict[str, Any]], Any]]:
        return {
            "CMAPI_API_Open": self._api_open,
            "CMAPI_API_Close": self._api_close,
            "CMAPI_API_GetOpenCMAPIVersion": self._api_version,
            "CMAPI_API_GetFunctionsSupported": self._api_functions,
            "CMAPI_Discovery_DetectDevices": self._detect_devices,
            "CMAPI_Discovery_GetDevice": self._get_device,
            "CMAPI_Discovery_OpenDevice": self._open_device,
            "CMAPI_Discovery_CloseDevice": self._close_device,
            "CMAPI_Callback_Register": self._register,
            "CMAPI_Callback_Unregister": self._unregister,
            "CMAPI_NetConnectSrv_CancelConnect_Async": self._cancel_connect,
            "CMAPI_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async":
                self._cancel_secondary_connect,
        }

    def _supported_route(self, info: catalogue.FunctionInfo, device: Device) -> _Route:
        route = self._route(info)
        if route is None or route.method_name not in device.supported_functions():
            raise CmapiError.not_supported(info.name)
        return route

    async def _device_call(
        self, session: Session, info: catalogue.FunctionInfo, params: dict[str, Any]
    ) -> Any:
        device_id, device = self.device(session, params)
        route = self._supported_route(info, device)
        if params or route.required:  # no parameters where none is required is always valid
            problems = route.validator(params)
            if problems:
                raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"problems": problems})
        kwargs = {py: params[member] for py, member in route.members if member in params}
        method = getattr(device, route.method_name)
        cancellable = _CANCELLED_BY.get(info.name)
        if cancellable is None:
            if info.name in ASYNC_CALLBACKS:
                result = await self._complete(session, info.name, method(**kwargs))
            else:  # one coroutine less on the hot path
                result = await method(**kwargs)
            if info.name in AFTER_CALL_FUNCTIONS:
                event = await after_call(device, info.name, params, result)
                if event is not None:
                    device.events.publish(event)
            return result
        key = (device_id, info.name)
        running = _Connect(asyncio.ensure_future(method(**kwargs)))
        self._connects[key] = running
        try:
            return await self._complete(session, info.name, running.task, running)
        finally:
            if self._connects.get(key) is running:
                del self._connects[key]

    async def _complete(self, session: Session, name: str, awaitable: Any,
                        running: _Connect | None = None) -> Any:
        """Await a call; for functions that complete by callback, tell the caller's session."""
        callback = ASYNC_CALLBACKS.get(name)
        if callback is None:
            return await awaitable
        try:
            result = await awaitable
        except asyncio.CancelledError:
            err = CmapiError(ErrorCode.NO_CONNECTING_SESSION, "Cancelled")
            session.notify(AsyncComplete(name=callback, error=err.to_json()))
            if running is not None and running.cancelled:
                raise err from None  # cancelled by CancelConnect: an answer, not a cancellation
            raise
        except CmapiError as err:
            session.notify(AsyncComplete(name=callback, error=err.to_json()))
            raise
        if name not in BACKEND_COMPLETIONS:
            session.notify(AsyncComplete(name=callback, outcome=dict(result)))
        return result

    def _route(self, info: catalogue.FunctionInfo) -> _Route | None:
        route = self._routes.get(info.name)
        if route is None:
            if info.method_name not in SEAM_METHODS:
                return None
            func = getattr(Device, info.method_name)
            sig = inspect.signature(func)
            params = {n: p for n, p in sig.parameters.items() if n != "self"}
            validator = schema.compile_validator(schema.params_schema(func))
            route = _Route(info, info.method_name, validator, params,
                           tuple((py, json_name(py)) for py in params),
                           any(p.default is inspect.Parameter.empty for p in params.values()))
            self._routes[info.name] = route
        return route

    # --- API management (7.2) ---------------------------------------------------------------

    async def _api_open(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        requested = params.get("accessLevel", session.access_level)
        if requested not in ("read", "full"):
            raise CmapiError(ErrorCode.ACCESS_LEVEL_NOT_SUPPORTED,
                             data={"accessLevel": str(requested)[:_ECHO_LIMIT]})
        if requested == "full" and session.access_level == "read":
            raise CmapiError(ErrorCode.AUTHENTICATION_DENIED, data={"accessLevel": requested})
        session.access_level = requested
        session.opened = True
        result: dict[str, Any] = {"accessLevel": session.access_level, "version": CMAPI_VERSION}
        if session.session_id is not None:
            result["sessionId"] = session.session_id
        return result

    async def _api_close(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        session.opened = False
        session.open_devices.clear()
        session.callback_ids.clear()
        return {}

    async def _api_version(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        return {"version": CMAPI_VERSION}

    async def _api_functions(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        names = set(self._local)
        if "deviceId" in params or len(self.devices) == 1:
            _, device = self.device(session, params)
            devices = [device]
        else:
            devices = list(self.devices.values())
        for device in devices:
            supported = device.supported_functions()
            for info in catalogue.FUNCTIONS.values():
                if info.method_name in supported:
                    names.add(info.name)
        for cancel, target in _CANCELS.items():
            method = catalogue.FUNCTIONS[target].method_name
            if not any(method in d.supported_functions() for d in devices):
                names.discard(cancel)
        functions = sorted(names)
        groups = sorted({catalogue.FUNCTIONS[n].group.value for n in functions
                         if n in catalogue.FUNCTIONS})
        return {"groups": groups, "functions": functions, "functionsElements": len(functions)}

    # --- device discovery (7.3) ---------------------------------------------------------------

    async def _describe(self, device_id: str, device: Device) -> dict[str, Any]:
        info = dict(await device.describe())
        info["deviceId"] = device_id
        return info

    async def _detect_devices(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        devices = [await self._describe(i, d) for i, d in self.devices.items()]
        session.notify(DetectDevicesComplete(device_list_elements=len(devices)))
        return {"deviceListElements": len(devices), "deviceList": devices}

    async def _get_device(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        device_id, device = self.device(Session(), params)
        return await self._describe(device_id, device)

    async def _open_device(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        device_id, device = self.device(Session(), params)
        if device_id in session.open_devices:
            raise CmapiError(ErrorCode.DEVICE_ALREADY_OPEN, data={"deviceId": device_id})
        session.open_devices.add(device_id)
        return await self._describe(device_id, device)

    async def _close_device(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        device_id, _ = self.device(Session(), params)
        if device_id not in session.open_devices and session.require_open_device:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={"deviceId": device_id})
        session.open_devices.discard(device_id)
        return {}

    # --- callbacks (8) ------------------------------------------------------------------------

    @staticmethod
    def _callback_ids(params: dict[str, Any]) -> list[str]:
        ids = params.get("callbackIds")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise CmapiError(ErrorCode.INVALID_PARAMETER,
                             data={"problems": ["params.callbackIds: expected array of strings"]})
        canonical: list[str] = []
        for name in ids:
            info = catalogue.lookup(name)
            if info is None or info.kind != "callback":
                problem = f"params.callbackIds: unknown callback {name[:_ECHO_LIMIT]}"
                raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"problems": [problem]})
            canonical.append(info.name)
        return canonical

    async def _register(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        ids = self._callback_ids(params)
        if not ids:
            raise CmapiError(ErrorCode.INVALID_PARAMETER,
                             data={"problems": ["params.callbackIds: empty"]})
        never = sorted(set(ids) - self.emitted_callbacks())
        if never:
            raise CmapiError(ErrorCode.CAPABILITY_NOT_OFFERED, data={
                "callbackIds": never,
                "reason": "no device served here can ever send these callbacks; "
                          "nothing was registered"})
        session.callback_ids.update(ids)
        return {"callbackIds": sorted(session.callback_ids)}

    async def _unregister(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        ids = self._callback_ids(params)
        if ids:
            session.callback_ids.difference_update(ids)
        else:
            session.callback_ids.clear()
        return {"callbackIds": sorted(session.callback_ids)}

    async def _cancel_connect(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        return await self._cancel(session, params, "CMAPI_NetConnectSrv_CancelConnect_Async")

    async def _cancel_secondary_connect(self, session: Session,
                                        params: dict[str, Any]) -> dict[str, Any]:
        return await self._cancel(
            session, params, "CMAPI_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async")

    async def _cancel(self, session: Session, params: dict[str, Any],
                      function: str) -> dict[str, Any]:
        """Cancel the running call that ``function`` cancels on the device ``params`` name."""
        device_id, _ = self.device(session, params)
        callback = ASYNC_CALLBACKS[function]
        running = self._connects.get((device_id, _CANCELS[function]))
        if running is None or running.task.done():
            err = CmapiError(ErrorCode.NO_CONNECTING_SESSION)
            session.notify(AsyncComplete(name=callback, error=err.to_json()))
            raise err
        running.cancelled = True
        running.task.cancel()
        session.notify(AsyncComplete(name=callback, outcome={}))
        return {}


#: Cancelling function -> the function whose running call it cancels.
_CANCELS: dict[str, str] = {
    "CMAPI_NetConnectSrv_CancelConnect_Async": "CMAPI_NetConnectSrv_Connect_Async",
    "CMAPI_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async":
        "CMAPI_NetConnectSrv_SecondaryPDPContext_Connect_Async",
}
_CANCELLED_BY: dict[str, str] = {target: cancel for cancel, target in _CANCELS.items()}


def _device_id(raw: Any) -> str:
    """``deviceId`` as a string: a string, or an integer as the binding's examples write it."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    raise CmapiError(ErrorCode.INVALID_PARAMETER,
                     data={"problems": ["params.deviceId: expected a string or an integer"]})

