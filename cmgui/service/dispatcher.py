"""CMAPI method name + params -> seam call -> result or CmapiError.

Used by ``cmcli call`` and by the CMAPI endpoint. API management (``CMAPI_API_*``), device
discovery (``CMAPI_Discovery_*``) and callback registration are answered here for every backend;
every other function is routed by ``deviceId`` to a :class:`~cmgui.service.device.Device`.

A :class:`Session` is one client's context (one ``CMAPI_API_Open`` … ``CMAPI_API_Close``): its
access level, the devices it opened and the callbacks it registered.
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
from cmgui.service.device import SEAM_METHODS, Device
from cmgui.service.events import AsyncComplete, DetectDevicesComplete, Event, callback_name

CMAPI_VERSION = "1.1"
AccessLevel = Literal["read", "full"]

#: The callback that reports the outcome of each ``_Async`` function.
ASYNC_CALLBACKS: dict[str, str] = {
    "CMAPI_NetConnectSrv_GetNetworkList_Async": "CMAPI_Callback_GetNetworkList_Async_Complete",
    "CMAPI_NetConnectSrv_Connect_Async": "CMAPI_Callback_Connect_Async_Complete",
    "CMAPI_NetConnectSrv_Disconnect_Async": "CMAPI_Callback_Disconnect_Async_Complete",
    "CMAPI_NetConnectSrv_CancelConnect_Async": "CMAPI_Callback_CancelConnect_Async_Complete",
    "CMAPI_DevSrv_SetRadioState_Async": "CMAPI_Callback_SetRadioState_Async_Complete",
    "CMAPI_WLAN_Scan_Async": "CMAPI_Callback_ScanWLANComplete",
}

#: Functions that only read state; a read-only session may call these.
_READ_PREFIXES = ("Get", "Is", "ConnectionState", "Detect", "Open", "Close")


def is_read_only(function: str) -> bool:
    """Whether a CMAPI function changes nothing (allowed for read-only tokens)."""
    if function.startswith("CMAPI_Callback_"):
        return True
    verb = function.split("_", 2)[-1]
    return verb.startswith(_READ_PREFIXES)


@dataclass
class Session:
    """One client of the dispatcher."""

    access_level: AccessLevel = "full"
    opened: bool = True
    open_devices: set[str] = field(default_factory=set)
    callback_ids: set[str] = field(default_factory=set)
    #: Require CMAPI_Discovery_OpenDevice before a device is used (error 257 otherwise).
    require_open_device: bool = False

    def wants(self, event: Event) -> bool:
        """Whether this session registered for the callback ``event`` stands for."""
        return callback_name(event) in self.callback_ids


@dataclass
class _Route:
    info: catalogue.FunctionInfo
    method_name: str
    validator: Callable[[Any], list[str]]
    params: Mapping[str, inspect.Parameter]


class Dispatcher:
    """Routes CMAPI calls to the devices it serves. ``devices`` maps deviceId -> Device."""

    def __init__(self, devices: Mapping[str, Device] | None = None) -> None:
        self.devices: dict[str, Device] = dict(devices or {})
        self._ids = itertools.count(len(self.devices) + 1)
        self._routes: dict[str, _Route] = {}
        self._connects: dict[str, asyncio.Task[Any]] = {}

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
        device_id = str(raw)
        device = self.devices.get(device_id)
        if device is None or (session.require_open_device
                              and device_id not in session.open_devices):
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={"deviceId": device_id})
        return device_id, device

    # --- calls -----------------------------------------------------------------------------

    async def call(self, session: Session, method: str, params: Mapping[str, Any]) -> Any:
        """Run one CMAPI-1 function for ``session``; raises CmapiError on any failure."""
        info = catalogue.lookup(method)
        if info is None or info.kind == "callback":
            raise CmapiError(ErrorCode.METHOD_NOT_FOUND, data={"method": method})
        name = info.name
        if not session.opened and name not in ("CMAPI_API_Open",):
            raise CmapiError(ErrorCode.INVALID_OPERATION,
                             data={"reason": "call CMAPI_API_Open first"})
        if session.access_level == "read" and not is_read_only(name):
            raise CmapiError(ErrorCode.SECURITY_NOT_PRIVILEGED, data={"function": name})
        local = self._local_handlers().get(name)
        if local is not None:
            return await local(session, dict(params))
        return await self._device_call(session, info, dict(params))

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
        }

    async def _device_call(
        self, session: Session, info: catalogue.FunctionInfo, params: dict[str, Any]
    ) -> Any:
        device_id, device = self.device(session, params)
        route = self._route(info)
        if route is None or route.method_name not in device.supported_functions():
            raise CmapiError.not_supported(info.name)
        problems = route.validator(params)
        if problems:
            raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"problems": problems})
        kwargs = {
            py: params[json_name(py)] for py in route.params if json_name(py) in params
        }
        method = getattr(device, route.method_name)
        if info.name == "CMAPI_NetConnectSrv_Connect_Async":
            task = asyncio.ensure_future(method(**kwargs))
            self._connects[device_id] = task
            try:
                result = await self._complete(device, info.name, task)
            finally:
                self._connects.pop(device_id, None)
            return result
        return await self._complete(device, info.name, method(**kwargs))

    async def _complete(self, device: Device, name: str, awaitable: Any) -> Any:
        """Await a call; for ``_Async`` functions also publish the completion callback."""
        callback = ASYNC_CALLBACKS.get(name)
        if callback is None:
            return await awaitable
        try:
            result = await awaitable
        except asyncio.CancelledError:
            err = CmapiError(ErrorCode.NO_CONNECTING_SESSION, "Cancelled")
            device.events.publish(AsyncComplete(name=callback, error=err.to_json()))
            raise
        except CmapiError as err:
            device.events.publish(AsyncComplete(name=callback, error=err.to_json()))
            raise
        device.events.publish(AsyncComplete(name=callback, outcome=dict(result)))
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
            route = _Route(info, info.method_name, validator, params)
            self._routes[info.name] = route
        return route

    # --- API management (7.2) ---------------------------------------------------------------

    async def _api_open(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        requested = params.get("accessLevel", session.access_level)
        if requested not in ("read", "full"):
            raise CmapiError(ErrorCode.ACCESS_LEVEL_NOT_SUPPORTED,
                             data={"accessLevel": requested})
        if requested == "full" and session.access_level == "read":
            raise CmapiError(ErrorCode.AUTHENTICATION_DENIED, data={"accessLevel": requested})
        session.access_level = requested
        session.opened = True
        return {"accessLevel": session.access_level, "version": CMAPI_VERSION}

    async def _api_close(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        session.opened = False
        session.open_devices.clear()
        session.callback_ids.clear()
        return {}

    async def _api_version(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        return {"version": CMAPI_VERSION}

    async def _api_functions(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        names = set(self._local_handlers())
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
        if not any(self._connects_supported(d) for d in devices):
            names.discard("CMAPI_NetConnectSrv_CancelConnect_Async")
        functions = sorted(names)
        groups = sorted({catalogue.FUNCTIONS[n].group.value for n in functions
                         if n in catalogue.FUNCTIONS})
        return {"groups": groups, "functions": functions, "functionsElements": len(functions)}

    @staticmethod
    def _connects_supported(device: Device) -> bool:
        return "net_connect_srv_connect_async" in device.supported_functions()

    # --- device discovery (7.3) ---------------------------------------------------------------

    async def _describe(self, device_id: str, device: Device) -> dict[str, Any]:
        info = dict(await device.describe())
        info["deviceId"] = device_id
        return info

    async def _detect_devices(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        devices = [await self._describe(i, d) for i, d in self.devices.items()]
        for device in self.devices.values():
            device.events.publish(DetectDevicesComplete(device_list_elements=len(devices)))
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
                problem = f"params.callbackIds: unknown callback {name}"
                raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"problems": [problem]})
            canonical.append(info.name)
        return canonical

    async def _register(self, session: Session, params: dict[str, Any]) -> dict[str, Any]:
        ids = self._callback_ids(params)
        if not ids:
            raise CmapiError(ErrorCode.INVALID_PARAMETER,
                             data={"problems": ["params.callbackIds: empty"]})
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
        device_id, device = self.device(session, params)
        task = self._connects.get(device_id)
        if task is None or task.done():
            err = CmapiError(ErrorCode.NO_CONNECTING_SESSION)
            device.events.publish(AsyncComplete(
                name=ASYNC_CALLBACKS["CMAPI_NetConnectSrv_CancelConnect_Async"],
                error=err.to_json()))
            raise err
        task.cancel()
        device.events.publish(AsyncComplete(
            name=ASYNC_CALLBACKS["CMAPI_NetConnectSrv_CancelConnect_Async"], outcome={}))
        return {}
