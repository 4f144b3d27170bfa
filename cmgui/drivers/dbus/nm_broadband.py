"""A ModemManager modem's data connection through NetworkManager, when NetworkManager manages it.

On a desktop NetworkManager owns the modem's data session: a bearer brought up with
ModemManager's ``Simple.Connect`` behind its back is torn down or fought over. So where
NetworkManager has a MODEM device for the modem, :class:`MMDevice` connects by activating a
``gsm`` connection profile on that device and disconnects by deactivating it (see docs/dbus.md,
"Mobile broadband when NetworkManager manages the modem").
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Any

from dbus_fast import Variant

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from . import nm_gsm as g
from . import nm_model as n
from .bus import DBusCallError, SystemBus

log = logging.getLogger(__name__)

#: NetworkManager gives a modem up to about a minute to connect; allow it a little more.
ACTIVATION_TIMEOUT = 90.0
DEACTIVATION_TIMEOUT = 10.0
_POLL = 0.5
_STEP = 0.05
IP6CONFIG = f"{n.BUS_NAME}.IP6Config"


@dataclass
class _Watch:
    """What NetworkManager's signals said during one activation."""

    device: str
    device_reason: int | None = None
    active: dict[str, tuple[int, int]] = field(default_factory=dict)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def on_signal(self, path: str, interface: str, member: str, body: list[Any]) -> None:
        if member != "StateChanged":
            return
        if interface == n.DEVICE and path == self.device and len(body) >= 3:
            if int(body[0]) == g.DEVICE_FAILED:
                self.device_reason = int(body[2])
            self.changed.set()
        elif interface == n.ACTIVE and len(body) >= 2:
            self.active[path] = (int(body[0]), int(body[1]))
            self.changed.set()


class NMBroadband:
    """NetworkManager's MODEM device for one ModemManager modem, on the backend's bus."""

    def __init__(self, bus: SystemBus, device: str) -> None:
        self.bus = bus
        self.device = device

    @classmethod
    async def find(cls, bus: SystemBus, modem_path: str) -> NMBroadband | None:
        """The NetworkManager device managing ``modem_path``; None when NetworkManager does
        not run or leaves the modem alone (then ModemManager is used directly)."""
        try:
            if not await bus.name_has_owner(n.BUS_NAME):
                return None
            paths = (await bus.call(n.BUS_NAME, n.MANAGER_PATH, n.MANAGER, "GetDevices"))[0]
            for path in paths:
                props = await bus.get_all(n.BUS_NAME, str(path), n.DEVICE)
                if (int(props.get("DeviceType", 0)) == n.DEVICE_TYPE_MODEM
                        and bool(props.get("Managed", True))
                        and g.refers_to_modem(props, modem_path)):
                    return cls(bus, str(path))
        except DBusCallError as err:
            log.info("NetworkManager did not answer about its devices (%s): using "
                     "ModemManager directly", err)
        return None

    # --- plumbing -------------------------------------------------------------------------

    async def _call(self, path: str, interface: str, member: str, signature: str = "",
                    body: list[Any] | None = None) -> list[Any]:
        try:
            return await self.bus.call(n.BUS_NAME, path, interface, member, signature, body)
        except DBusCallError as err:
            raise g.translate(err.name, err.text) from err

    async def _props(self, path: str, interface: str) -> dict[str, Any]:
        try:
            return await self.bus.get_all(n.BUS_NAME, path, interface)
        except DBusCallError as err:
            raise g.translate(err.name, err.text) from err

    async def device_props(self) -> dict[str, Any]:
        return await self._props(self.device, n.DEVICE)

    async def active_connection(self) -> str | None:
        active = str((await self.device_props()).get("ActiveConnection", "/"))
        return None if active in ("", "/") else active

    async def state(self) -> t.ConnectionState:
        return g.connection_state(int((await self.device_props()).get("State", 0)))

    # --- profiles -------------------------------------------------------------------------

    async def _profiles(self) -> list[tuple[str, dict[str, Any]]]:
        paths = (await self._call(n.SETTINGS_PATH, n.SETTINGS, "ListConnections"))[0]
        found: list[tuple[str, dict[str, Any]]] = []
        for path in paths:
            try:
                settings = (await self._call(str(path), n.CONNECTION, "GetSettings"))[0]
            except CmapiError:
                continue  # removed while we listed
            if isinstance(settings, dict) and g.is_gsm(settings):
                found.append((str(path), settings))
        return found

    async def _profile(self, profile_name: str, apn: str, user_name: str, password: str,
                       ip_addr_type: t.IPAddrType,
                       auth_type: t.AuthType) -> tuple[str, dict[str, Any]]:
        """The profile to activate: the one named, else a fitting one of the user's (no
        password given: its stored secrets apply), else cmgui's own, made afresh."""
        profiles = await self._profiles()
        if profile_name:
            for path, settings in profiles:
                if g.profile_name(settings) == profile_name:
                    return path, settings
            raise CmapiError(ErrorCode.PROFILE_NOT_FOUND, data={
                "reason": f"NetworkManager has no mobile broadband profile {profile_name!r}"})
        own = g.profile_id(apn)
        if not password and auth_type == "none":
            for path, settings in profiles:
                if not g.profile_name(settings).startswith(g.PROFILE_PREFIX) and g.reusable(
                        settings, apn, user_name):
                    return path, settings
        for path, settings in profiles:
            if g.profile_name(settings) == own:
                await self._call(path, n.CONNECTION, "Delete")  # replaced whole, secrets too
        settings_v = g.gsm_settings(apn, user_name, password, ip_addr_type, auth_type)
        path = str((await self._call(n.SETTINGS_PATH, n.SETTINGS, "AddConnectionUnsaved",
                                     "a{sa{sv}}", [settings_v]))[0])
        return path, _plain(settings_v)

    # --- connect / disconnect -------------------------------------------------------------

    async def connect(self, *, profile_name: str = "", apn: str = "", user_name: str = "",
                      password: str = "", ip_addr_type: t.IPAddrType = "IPv4",
                      auth_type: t.AuthType = "none",
                      timeout: float = ACTIVATION_TIMEOUT) -> t.ConnectResult:
        path, settings = await self._profile(profile_name, apn, user_name, password,
                                             ip_addr_type, auth_type)
        watch = _Watch(self.device)
        watcher = await SystemBus.connect()
        try:
            await watcher.subscribe(n.BUS_NAME, n.MANAGER_PATH, watch.on_signal)
            active = str((await self._call(n.MANAGER_PATH, n.MANAGER, "ActivateConnection",
                                           "ooo", [path, self.device, "/"]))[0])
            await self._wait_activated(active, watch, timeout)
        finally:
            await watcher.close()
        result: t.ConnectResult = {"connectionState": "connected",
                                   "APN": g.profile_apn(settings) or apn,
                                   "IPAddrType": _ip_type(settings)}
        address = await self._address(active)
        if address:
            result["IPAddress"] = address
        return result

    async def _wait_activated(self, active: str, watch: _Watch, timeout: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            watch.changed.clear()
            state, reason = await self._active_state(active, watch)
            if state == n.ACTIVE_ACTIVATED:
                return
            if state == n.ACTIVE_DEACTIVATED or watch.device_reason is not None:
                if watch.device_reason is None:
                    watch.device_reason = await self._device_reason()
                raise g.activation_error(watch.device_reason, reason)
            left = deadline - loop.time()
            if left <= 0:
                await self._deactivate_quietly(active)
                raise CmapiError(ErrorCode.BUSY, data={
                    "reason": f"the connection did not come up in {timeout:g} s"})
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(watch.changed.wait(), min(_POLL, left))

    async def _active_state(self, active: str, watch: _Watch) -> tuple[int, int | None]:
        """(state, reason) of an active connection; one that vanished is DEACTIVATED."""
        seen = watch.active.get(active)
        try:
            state = int(await self.bus.get(n.BUS_NAME, active, n.ACTIVE, "State"))
        except DBusCallError:
            return n.ACTIVE_DEACTIVATED, seen[1] if seen else None
        if seen is not None and seen[0] == state:
            return state, seen[1]
        return state, None

    async def _device_reason(self) -> int | None:
        reason = (await self.device_props()).get("StateReason")
        if isinstance(reason, list | tuple) and len(reason) == 2 and int(reason[1]):
            return int(reason[1])
        return None

    async def _deactivate_quietly(self, active: str) -> None:
        try:
            await self._call(n.MANAGER_PATH, n.MANAGER, "DeactivateConnection", "o", [active])
        except CmapiError as err:
            log.debug("could not cancel activation %s: %s", active, err)

    async def disconnect(self) -> None:
        active = await self.active_connection()
        if active is None:
            raise CmapiError(ErrorCode.NO_CONNECTION_TO_DISCONNECT)
        await self._call(n.MANAGER_PATH, n.MANAGER, "DeactivateConnection", "o", [active])
        for _ in range(int(DEACTIVATION_TIMEOUT / _STEP)):  # so a status read next agrees
            if await self.state() not in ("connected", "disconnecting"):
                break
            await asyncio.sleep(_STEP)

    # --- status ---------------------------------------------------------------------------

    async def _address(self, active: str | None = None) -> str:
        config = await self._ip_config(active)
        return g.first_address(config[1]) if config else ""

    async def _ip_config(self, active: str | None = None) -> tuple[t.IPAddrType,
                                                                   dict[str, Any]] | None:
        """The first IP configuration NetworkManager reports for the connection."""
        owner, interface = (active, n.ACTIVE) if active else (self.device, n.DEVICE)
        props = await self._props(owner, interface)
        for key, iface, kind in (("Ip4Config", n.IP4CONFIG, "IPv4"),
                                 ("Ip6Config", IP6CONFIG, "IPv6")):
            path = str(props.get(key, "/"))
            if path in ("", "/"):
                continue
            config = await self._props(path, iface)
            if g.first_address(config):
                return kind, config  # type: ignore[return-value]
        return None

    async def apn(self) -> str:
        active = await self.active_connection()
        if active is None:
            return ""
        path = str((await self._props(active, n.ACTIVE)).get("Connection", "/"))
        if path in ("", "/"):
            return ""
        settings = (await self._call(path, n.CONNECTION, "GetSettings"))[0]
        return g.profile_apn(settings) if isinstance(settings, dict) else ""

    async def ip_address(self) -> t.IPAddressResult | None:
        if await self.state() != "connected":
            return None
        found = await self._ip_config()
        if found is None:
            return None
        kind, config = found
        result: t.IPAddressResult = {"IPAddress": g.first_address(config), "IPAddrType": kind}
        servers = g.name_servers(config)
        if servers:
            result["primaryDNS"] = servers[0]
        if len(servers) > 1:
            result["secondaryDNS"] = servers[1]
        interface = str((await self.device_props()).get("IpInterface", ""))
        if interface:
            result["interfaceName"] = interface
        return result

    async def status(self) -> t.ConnectionStatus:
        """Connection status from the device; duration and RAT are added by the caller."""
        state = await self.state()
        if state == "disconnected":
            return {"connectionState": "disconnected", "connectionType": "none"}
        result: t.ConnectionStatus = {"connectionState": state, "connectionType": "cellular"}
        apn = await self.apn()
        if apn:
            result["APN"] = apn
        if state == "connected":
            address = await self._address()
            if address:
                result["IPAddress"] = address
        return result


def _plain(settings: dict[str, dict[str, Variant]]) -> dict[str, Any]:
    return {group: {k: v.value for k, v in values.items()} for group, values in settings.items()}


def _ip_type(settings: dict[str, Any]) -> t.IPAddrType:
    """What a profile asks for, from its ``ipv4``/``ipv6`` methods (NetworkManager's rule)."""
    def method(group: str) -> str:
        values = settings.get(group)
        return str(values.get("method", "")) if isinstance(values, dict) else ""
    v4 = method("ipv4") not in ("disabled",)
    v6 = method("ipv6") not in ("", "ignore", "disabled")
    if v4 and v6:
        return "IPv4v6"
    return "IPv6" if v6 else "IPv4"
