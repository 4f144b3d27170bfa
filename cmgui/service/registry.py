"""Device addresses -> backends.

An address names a device the way users write it: a serial port (``/dev/ttyUSB2``, ``COM5``), a
pyserial URL (``socket://127.0.0.1:7000``, ``rfc2217://host:port``), a CMAPI endpoint
(``http(s)://…``, ``ws(s)://…``), ``virtual`` (the built-in virtual modem, optionally
``virtual:huawei``), and later ``mm:N`` and gateway URLs. Backends register themselves through the
``cmgui.backends`` entry point group (a function taking the :class:`Registry`), so adding a driver
never touches this module.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "cmgui.backends"

Factory = Callable[[str], Device]
Matcher = Callable[[str], bool]


@dataclass(frozen=True)
class DiscoveredDevice:
    """A device a backend found without being told its address."""

    address: str
    description: str
    kind: str
    details: dict[str, str] = field(default_factory=dict)


Discoverer = Callable[[], Awaitable[list[DiscoveredDevice]]]
#: Yields (nothing) whenever the devices a backend can discover may have changed (hotplug).
Watcher = Callable[[], AsyncIterator[None]]
#: The local ports a backend's service holds (``/dev/ttyUSB2``), None when it cannot tell.
PortLister = Callable[[], Awaitable[set[str] | None]]


@dataclass(frozen=True)
class Backend:
    name: str
    factory: Factory
    schemes: tuple[str, ...] = ()
    matcher: Matcher | None = None
    discover: Discoverer | None = None
    priority: int = 0
    watch: Watcher | None = None
    claimed_ports: PortLister | None = None


_WINDOWS_PORT = re.compile(r"^COM\d+$", re.IGNORECASE)


def looks_like_serial_port(address: str) -> bool:
    """True for local serial port names: ``/dev/tty*``, ``/dev/serial/…``, ``COM5``."""
    return address.startswith("/dev/") or bool(_WINDOWS_PORT.match(address))


def scheme_of(address: str) -> str:
    """``socket`` for ``socket://…``, ``virtual`` for ``virtual`` or ``virtual:huawei``."""
    if "://" in address:
        return address.split("://", 1)[0].lower()
    if ":" in address and not _WINDOWS_PORT.match(address):
        return address.split(":", 1)[0].lower()
    return address.lower() if address.isalpha() else ""


class Registry:
    """Maps addresses to backend factories."""

    def __init__(self) -> None:
        self._backends: dict[str, Backend] = {}
        self._loaded = False
        self._loaded_names: set[str] = set()  # entry points loaded one by one

    def register(self, backend: Backend) -> None:
        self._backends[backend.name] = backend

    def backends(self) -> list[Backend]:
        self._load_entry_points()
        return sorted(self._backends.values(), key=lambda b: -b.priority)

    def backend_for(self, address: str) -> Backend:
        """The backend that handles ``address``; CMAPI error 256 (no such device) if none.

        An address whose scheme names a backend's entry point (``virtual``) is served by
        loading that one backend only: opening the demo modem at start-up does not wait for
        every driver to be imported."""
        address = address.strip()
        scheme = scheme_of(address)
        if scheme and not self._loaded:
            named = self._load_named(scheme)
            if named is not None and scheme in named.schemes:
                return named
        for backend in self.backends():
            if scheme and scheme in backend.schemes:
                return backend
        for backend in self.backends():
            if backend.matcher is not None and backend.matcher(address):
                return backend
        raise CmapiError(
            ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER,
            data={"address": address, "reason": "no backend handles this kind of address"},
        )

    def create(self, address: str) -> Device:
        """A new, not yet opened, device for ``address``."""
        return self.backend_for(address).factory(address.strip())

    async def discover(self, only: Iterable[str] | None = None) -> list[DiscoveredDevice]:
        """Every device the registered backends can find by themselves; with ``only``, the
        devices of those backends (by entry-point name), loading no other (the app's first
        start looks for a modem on this computer without importing every driver)."""
        found: list[DiscoveredDevice] = []
        if only is None:
            backends = self.backends()
        elif self._loaded:
            wanted = set(only)
            backends = [b for b in self.backends() if b.name in wanted]
        else:
            backends = [b for b in map(self._load_named, only) if b is not None]
        for backend in backends:
            if backend.discover is None:
                continue
            try:
                found.extend(await backend.discover())
            except Exception:  # one broken backend must not hide the others
                log.exception("device discovery failed in backend %s", backend.name)
        return found

    async def claimed_ports(self, timeout: float = 1.0) -> set[str] | None:
        """The local ports other backends' services hold (ModemManager's, say), so a prober
        leaves them alone; None when no backend can tell (each gets `timeout` seconds)."""
        claimed: set[str] | None = None
        for backend in self.backends():
            if backend.claimed_ports is None:
                continue
            try:
                ports = await asyncio.wait_for(backend.claimed_ports(), timeout)
            except TimeoutError:
                ports = None
            except Exception:  # as in discover(): one broken backend must not stop the others
                log.exception("listing claimed ports failed in backend %s", backend.name)
                ports = None
            if ports is not None:
                claimed = (claimed or set()) | ports
        return claimed

    async def changes(self) -> AsyncIterator[None]:
        """Yields whenever any backend reports that its devices may have changed; run
        :meth:`discover` then. Ends when every watcher has ended."""
        queue: asyncio.Queue[bool] = asyncio.Queue()

        async def pump(watch: Watcher) -> None:
            try:
                async for _ in watch():
                    queue.put_nowait(True)
            except Exception:
                log.exception("a device watcher failed")
            finally:
                queue.put_nowait(False)

        watchers = [b.watch for b in self.backends() if b.watch is not None]
        tasks = [asyncio.create_task(pump(w)) for w in watchers]
        alive = len(tasks)
        try:
            while alive:
                if await queue.get():
                    yield None
                else:
                    alive -= 1
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    def _load_entry_points(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        load_plugins([ep for ep in _entry_points() if ep.name not in self._loaded_names],
                     self, "backend")

    def _load_named(self, name: str) -> Backend | None:
        """Load the one backend whose entry point is called ``name`` (if there is one)."""
        if name not in self._loaded_names:
            points = [ep for ep in _entry_points() if ep.name == name]
            if not points:
                return None
            self._loaded_names.add(name)
            load_plugins(points, self, "backend")
        return self._backends.get(name)


def _entry_points() -> Iterable[EntryPoint]:
    return entry_points(group=ENTRY_POINT_GROUP)


def load_plugins(points: Iterable[EntryPoint], registry: object, what: str) -> None:
    """Call each entry point's ``register(registry)``; one that fails is logged and skipped, so
    a broken plug-in never takes the others down."""
    for ep in points:
        try:
            ep.load()(registry)
        except Exception:
            log.exception("could not load %s %s", what, ep.name)


#: The process-wide registry used by cmcli, the app and the CMAPI endpoint.
REGISTRY = Registry()
