"""A small asyncio client of the D-Bus system bus (dbus-fast), shared by the D-Bus backends.

It speaks in plain Python values: variants are unwrapped, D-Bus errors become
:class:`DBusCallError` (name + text) for the backend to translate into CMAPI terms, and a bus
that cannot be reached is CMAPI error 0x101. The address is ``$DBUS_SYSTEM_BUS_ADDRESS`` when set
(tests point it at a private ``dbus-daemon``), else the system bus socket.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from typing import Any

from dbus_fast import BusType, Message, MessageType, Variant
from dbus_fast.aio import MessageBus
from dbus_fast.errors import DBusError as _FastDBusError

from cmgui.cmapi.errors import CmapiError, ErrorCode

log = logging.getLogger(__name__)

DBUS = "org.freedesktop.DBus"
PROPERTIES = "org.freedesktop.DBus.Properties"
OBJECT_MANAGER = "org.freedesktop.DBus.ObjectManager"

#: Longest wait for a reply; ModemManager and NetworkManager answer with their own errors sooner.
CALL_TIMEOUT = 120.0

SignalHandler = Callable[[str, str, str, list[Any]], None]
"""``handler(path, interface, member, body)`` for a signal that matched."""


class DBusCallError(Exception):
    """A D-Bus method call answered with an error."""

    def __init__(self, name: str, text: str = "") -> None:
        super().__init__(f"{name}: {text}" if text else name)
        self.name = name
        self.text = text


def unwrap(value: Any) -> Any:
    """``Variant`` values replaced by their content, recursively."""
    if isinstance(value, Variant):
        return unwrap(value.value)
    if isinstance(value, dict):
        return {unwrap(k): unwrap(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unwrap(v) for v in value]
    return value


def system_bus_address() -> str | None:
    """The address dbus-fast will use for the system bus (None: its default socket)."""
    return os.environ.get("DBUS_SYSTEM_BUS_ADDRESS") or None


class SystemBus:
    """One connection to the system bus with call/property helpers and signal matching."""

    def __init__(self, bus: MessageBus) -> None:
        self._bus = bus
        self._handlers: list[tuple[str, str, SignalHandler]] = []
        bus.add_message_handler(self._on_message)

    @classmethod
    async def connect(cls) -> SystemBus:
        address = system_bus_address()
        try:
            if address:
                bus = await MessageBus(bus_address=address).connect()
            else:
                bus = await MessageBus(bus_type=BusType.SYSTEM).connect()
        except (OSError, _FastDBusError, ValueError) as exc:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                "reason": f"cannot reach the D-Bus system bus ({exc})"}) from exc
        return cls(bus)

    @property
    def connected(self) -> bool:
        return bool(self._bus.connected)

    async def close(self) -> None:
        if self._bus.connected:
            self._bus.disconnect()
            try:
                await self._bus.wait_for_disconnect()  # type: ignore[no-untyped-call]
            except Exception:  # a bus that died under us is closed as well
                log.debug("bus disconnect", exc_info=True)

    async def call(self, destination: str, path: str, interface: str, member: str,
                   signature: str = "", body: list[Any] | None = None,
                   timeout: float = CALL_TIMEOUT) -> list[Any]:
        """Call a method; its reply body with variants unwrapped."""
        return [unwrap(v) for v in await self.call_raw(
            destination, path, interface, member, signature, body, timeout)]

    async def call_raw(self, destination: str, path: str, interface: str, member: str,
                       signature: str = "", body: list[Any] | None = None,
                       timeout: float = CALL_TIMEOUT) -> list[Any]:
        """Call a method; its reply body as dbus-fast gives it (variants kept)."""
        try:
            reply = await asyncio.wait_for(self._bus.call(Message(
                destination=destination, path=path, interface=interface, member=member,
                signature=signature, body=body or [])), timeout)
        except TimeoutError as exc:
            raise CmapiError(ErrorCode.BUSY, data={
                "reason": f"{destination} did not answer {member} in {timeout:.0f} s"}) from exc
        except (OSError, EOFError) as exc:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                "reason": f"the D-Bus connection was lost ({exc})"}) from exc
        if reply is None:
            return []
        if reply.message_type == MessageType.ERROR:
            text = reply.body[0] if reply.body and isinstance(reply.body[0], str) else ""
            raise DBusCallError(reply.error_name or "org.freedesktop.DBus.Error.Failed", text)
        return list(reply.body)

    async def get_all(self, destination: str, path: str, interface: str) -> dict[str, Any]:
        body = await self.call(destination, path, PROPERTIES, "GetAll", "s", [interface])
        return dict(body[0]) if body else {}

    async def get(self, destination: str, path: str, interface: str, name: str) -> Any:
        body = await self.call(destination, path, PROPERTIES, "Get", "ss", [interface, name])
        return body[0] if body else None

    async def set(self, destination: str, path: str, interface: str, name: str,
                  value: Variant) -> None:
        await self.call(destination, path, PROPERTIES, "Set", "ssv", [interface, name, value])

    async def managed_objects(self, destination: str,
                              path: str) -> dict[str, dict[str, dict[str, Any]]]:
        body = await self.call(destination, path, OBJECT_MANAGER, "GetManagedObjects")
        return dict(body[0]) if body else {}

    async def name_has_owner(self, name: str) -> bool:
        body = await self.call(DBUS, "/org/freedesktop/DBus", DBUS, "NameHasOwner", "s", [name])
        return bool(body and body[0])

    async def subscribe(self, sender: str, path_namespace: str, handler: SignalHandler) -> None:
        """Deliver signals from ``sender`` on objects under ``path_namespace`` to ``handler``."""
        rule = f"type='signal',sender='{sender}',path_namespace='{path_namespace}'"
        await self.call(DBUS, "/org/freedesktop/DBus", DBUS, "AddMatch", "s", [rule])
        owner = await self.call(DBUS, "/org/freedesktop/DBus", DBUS, "GetNameOwner", "s",
                                [sender])
        self._handlers.append((str(owner[0]), path_namespace, handler))

    def _on_message(self, msg: Message) -> None:
        if msg.message_type != MessageType.SIGNAL or msg.path is None:
            return
        for owner, namespace, handler in list(self._handlers):
            if msg.sender != owner:
                continue
            if msg.path != namespace and not msg.path.startswith(namespace.rstrip("/") + "/"):
                continue
            try:
                handler(msg.path, msg.interface or "", msg.member or "",
                        [unwrap(v) for v in msg.body])
            except Exception:  # a bad signal must not break the connection's reader
                log.exception("D-Bus signal handler failed for %s.%s", msg.interface,
                              msg.member)
