"""AppController: the device manager and one controller per view, wired to the current device."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from cmgui.controllers.base import PageController
from cmgui.controllers.connection import ConnectionController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.devices import DeviceFactory, DeviceManager, NetworkController
from cmgui.controllers.endpoints import EndpointStore
from cmgui.controllers.messages import MessagesController, UssdController
from cmgui.controllers.settings import SettingsController
from cmgui.controllers.sim import SimController
from cmgui.controllers.statistics import StatisticsController
from cmgui.controllers.usage import UsageController
from cmgui.controllers.wlan import WlanController
from cmgui.service.device import Device
from cmgui.store.secrets import SecretStore
from cmgui.store.settings import Settings

if TYPE_CHECKING:
    from cmgui.service.stores import Stores

log = logging.getLogger(__name__)


REMOTE_SCHEMES = ("http://", "https://", "ws://", "wss://")


class StoredFactory:
    """Creates devices through the registry and serves local ones with the host's stores
    (SMS archive, profiles, connection records), opened on first use. Remote endpoints keep
    their own stores."""

    def __init__(self, data_dir: Path | None, secrets: SecretStore) -> None:
        self.data_dir = data_dir
        self.secrets = secrets
        self.stores: Stores | None = None

    def __call__(self, address: str) -> Device:
        from cmgui.service.registry import REGISTRY
        from cmgui.service.stored import StoredDevice
        from cmgui.service.stores import Stores
        from cmgui.store.errors import StoreError

        device = REGISTRY.create(address)
        if address.startswith(REMOTE_SCHEMES):
            return device
        if self.stores is None:
            try:
                self.stores = Stores.open(self.data_dir, secrets=self.secrets)
            except StoreError:
                log.exception("the local database cannot be opened; running without it")
                return device
        return StoredDevice(device, self.stores)

    def close(self) -> None:
        if self.stores is not None:
            self.stores.close()
            self.stores = None


class AppController(QObject):
    """Everything the main window binds to. Construction does no I/O beyond reading settings."""

    def __init__(
        self, config_dir: Path, *, factory: DeviceFactory | None = None,
        secrets: SecretStore | None = None, data_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        secrets = secrets or SecretStore()
        self.stored_factory = StoredFactory(data_dir, secrets) if factory is None else None
        self.settings = SettingsController(Settings(config_dir), self)
        self.devices = DeviceManager(factory=factory or self.stored_factory,
                                     endpoints=EndpointStore(config_dir, secrets), parent=self)
        self.network = NetworkController(self)
        self.sim = SimController(self)
        self.messages = MessagesController(self)
        self.ussd = UssdController(self)
        self.connection = ConnectionController(self)
        self.statistics = StatisticsController(self)
        self.usage = UsageController(self)
        self.wlan = WlanController(self)
        self.pages: list[PageController] = [
            self.network, self.sim, self.messages, self.ussd, self.connection,
            self.statistics, self.usage, self.wlan,
        ]
        self.devices.currentChanged.connect(self._on_current)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._secrets = secrets
        self.sim.vault = secrets
        self.sim.remember_allowed = self._remember_pin_allowed
        self.devices.unlock_hook = self._unlock_with_remembered_pin

    def _remember_pin_allowed(self) -> bool:
        return bool(self.settings.get("secrets.remember_pin"))

    async def _unlock_with_remembered_pin(self, device: Device) -> bool:
        """The remembered-PIN policy (cmgui.service.pin_policy), only if the user turned it on."""
        if not self._remember_pin_allowed():
            return False
        from cmgui.service.pin_policy import Outcome, unlock_with_stored_pin

        result = await unlock_with_stored_pin(device, self._secrets)
        if result.outcome is Outcome.REFUSED_FEW_ATTEMPTS:
            log.warning("remembered PIN not sent: only %s attempt(s) left", result.attempts_left)
        return result.outcome is Outcome.UNLOCKED

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run ``coro`` in the background (kept referenced until done)."""
        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def request_open(self, address: str) -> asyncio.Task[Any]:
        """Open ``address`` in the background (for views: a combo box choice)."""
        return self.spawn(self.open_device(address))

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

    async def open_device(self, address: str) -> DeviceController | None:
        dc = await self.devices.select(address)
        if dc is not None and dc.state in ("ready", "locked"):
            self.settings.set("devices.last_device", address)
        return dc

    async def shutdown(self) -> None:
        for page in self.pages:
            page.set_device(None)
        await self.devices.shutdown()
        if self.stored_factory is not None:
            self.stored_factory.close()
