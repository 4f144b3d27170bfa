"""AppController: the device manager and one controller per view, wired to the current device."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmgui.controllers.base import PageController
from cmgui.controllers.connection import ConnectionController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.devices import DeviceFactory, DeviceManager, NetworkController
from cmgui.controllers.fleet import FleetController
from cmgui.controllers.gateway import GatewayController
from cmgui.controllers.messages import MessagesController
from cmgui.controllers.settings import SettingsController
from cmgui.controllers.sim import SimController
from cmgui.controllers.statistics import StatisticsController
from cmgui.controllers.usage import UsageController
from cmgui.controllers.ussd import UssdController
from cmgui.controllers.wlan import WlanController
from cmgui.service.device import Device
from cmgui.service.fleet_workspace import FleetWorkspace
from cmgui.service.host import SecretStore, open_stores
from cmgui.service.message_repository import message_repository
from cmgui.service.opening import open_device
from cmgui.service.saved_devices import SavedEndpoints
from cmgui.service.stores import Stores
from cmgui.store.settings import Settings

log = logging.getLogger(__name__)

#: Registration states in which a data connection can be made.
REGISTERED = frozenset({"registeredHome", "registeredRoaming"})


class HostDevices:
    """Creates devices through the registry, every one served with the host's stores (SMS
    archive, profiles, connection records: :func:`cmgui.service.opening.open_device`), which
    are opened on first use. Without a usable database devices are served without them."""

    def __init__(self, data_dir: Path | None, secrets: SecretStore) -> None:
        self.data_dir = data_dir
        self.secrets = secrets
        self.stores: Stores | None = None
        #: Why the database could not be opened (shown in the window), if it could not.
        self.problems: list[str] = []

    def __call__(self, address: str) -> Device:
        if self.stores is None:
            self.problems.clear()
            self.stores = open_stores(self.data_dir, self.secrets, self.problems)
        return open_device(address, stores=self.stores)

    def close(self) -> None:
        if self.stores is not None:
            self.stores.close()
            self.stores = None


def remembered_pin_unlock(
    allowed: Callable[[], bool], secrets: SecretStore,
) -> Callable[[Device], Awaitable[bool]]:
    """The remembered-PIN policy (:mod:`cmgui.service.pin_policy`) as a device's unlock hook,
    tried only while ``allowed()`` (the user's setting)."""

    spent: set[str] = set()  # PINs sent without a confirmed success, for this app's lifetime

    async def unlock(device: Device) -> bool:
        if not allowed():
            return False
        from cmgui.service.pin_policy import Outcome, unlock_with_stored_pin

        result = await unlock_with_stored_pin(device, secrets, spent=spent)
        if result.outcome is Outcome.REFUSED_FEW_ATTEMPTS:
            log.warning("remembered PIN not sent: only %s attempt(s) left", result.attempts_left)
        return result.outcome is Outcome.UNLOCKED

    return unlock


class AppController(QObject):
    """Everything the main window binds to. Construction does no I/O beyond reading settings.

    Nothing a child controller holds refers back to this object (hooks close over the settings
    and the keyring only), so it is freed as soon as its owner lets go of it.

    Signals:
        storeProblem(str): the local database cannot be used; what is wrong and what to do.
    """

    storeProblem = Signal(str)

    def __init__(
        self, config_dir: Path, *, factory: DeviceFactory | None = None,
        secrets: SecretStore | None = None, data_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        secrets = secrets if secrets is not None else SecretStore()
        self.host_devices = HostDevices(data_dir, secrets) if factory is None else None
        settings = self.settings = SettingsController(Settings(config_dir), self)
        self.devices = DeviceManager(factory=factory or self.host_devices,
                                     endpoints=SavedEndpoints(config_dir, secrets), parent=self)
        self.network = NetworkController(self)
        self.sim = SimController(self)
        self.messages = MessagesController(self, repositories=message_repository)
        self.ussd = UssdController(self, settings=settings)
        self.connection = ConnectionController(self)
        self.statistics = StatisticsController(self)
        self.usage = UsageController(self)
        self.wlan = WlanController(self)
        self.gateway = GatewayController(self)
        self.fleet = FleetController(FleetWorkspace(config_dir=config_dir, data_dir=data_dir,
                                                    secrets=secrets), self)
        self.pages: list[PageController] = [
            self.network, self.sim, self.messages, self.ussd, self.connection,
            self.statistics, self.usage, self.wlan,
        ]
        self.devices.currentChanged.connect(self._on_current)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.gateway.openPortRequested.connect(self.request_open)

        def remember_pin() -> bool:
            return bool(settings.get("secrets.remember_pin"))

        self.sim.vault = secrets
        self.sim.remember_allowed = remember_pin
        self.devices.unlock_hook = remembered_pin_unlock(remember_pin, secrets)
        self.connection.reconnect_allowed = lambda: bool(
            settings.get("connection.auto_reconnect"))

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run ``coro`` in the background (kept referenced until done)."""
        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def request_open(self, address: str) -> asyncio.Task[Any]:
        """Open ``address`` in the background (for views: a combo box choice)."""
        return self.spawn(self.open_device(address))

    def request_retry(self) -> asyncio.Task[Any]:
        """Open the current device again (a view's Retry)."""
        return self.spawn(self.devices.retry())

    def request_factory_reset(self) -> asyncio.Task[Any]:
        """Power-cycle the demo modem to factory state (a view's "Reset the demo modem")."""
        return self.spawn(self.devices.factory_reset())

    def request_discover(self) -> asyncio.Task[Any]:
        return self.spawn(self.devices.discover())

    def _on_current(self, device: DeviceController | None) -> None:
        for page in self.pages:
            page.set_device(device)
        if device is not None:
            device.stateChanged.connect(self._on_state)

    def _on_state(self, state: str) -> None:
        dc = self.devices.current
        if state == "ready" and dc is not None:
            self.connection.reload()
            if dc.supports("sms_get_id_list"):
                self.messages.delete_after_sync = bool(
                    self.settings.get("sms.delete_after_sync"))
                self.messages.load()
            if dc.supports("wlan_get_scan_results"):
                self.wlan.refresh()
            self._auto_connect(dc)

    def _auto_connect(self, dc: DeviceController) -> None:
        """"Connect automatically": once per opening of a device, as soon as it is ready and
        registered on a network (a SIM just unlocked registers a moment later), not while
        roaming unless that is allowed too, never over a connection already up."""
        if dc.auto_connect_tried or not self.settings.get("connection.auto_connect"):
            return
        if dc.status.registration not in REGISTERED:
            if not dc.auto_connect_waiting:
                dc.auto_connect_waiting = True
                dc.statusChanged.connect(lambda: self._auto_connect(dc))
            return
        dc.auto_connect_tried = True
        if dc.status.roaming and not self.settings.get("connection.auto_connect_roaming"):
            log.info("not connecting automatically while roaming")
            return
        if dc.state == "ready" and dc.status.connection_state == "disconnected" \
                and dc.status.radio_on and self.devices.current is dc:
            self.connection.connect_profile(None)

    def store_problem(self) -> str:
        """What is wrong with the local database and what to do ("" when it is fine)."""
        if self.host_devices is None or not self.host_devices.problems:
            return ""
        return self.tr("The message archive cannot be used: %1 Until it can, messages are "
                       "not archived and none are deleted from the device.").replace(
            "%1", self.host_devices.problems[-1])

    async def open_device(self, address: str) -> DeviceController | None:
        dc = await self.devices.select(address)
        if problem := self.store_problem():
            self.storeProblem.emit(problem)
        if dc is not None and dc.state in ("ready", "locked"):
            self.settings.set("devices.last_device", address)
        return dc

    async def shutdown(self) -> None:
        await self.gateway.close()
        for page in self.pages:
            page.set_device(None)
        await self.devices.shutdown()
        await self.fleet.shutdown()
        if self.host_devices is not None:
            self.host_devices.close()
