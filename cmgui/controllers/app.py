"""AppController: the device manager and one controller per view, wired to the current device."""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable, Callable, Coroutine
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.devices import DeviceFactory, DeviceManager, NetworkController
from cmgui.controllers.provisioning import ProvisioningController
from cmgui.controllers.settings import SettingsController
from cmgui.controllers.sim import SimController
from cmgui.service.device import Device
from cmgui.service.host import SecretStore, open_stores
from cmgui.service.opening import open_device
from cmgui.service.provisioned_settings import ProvisionedSettings
from cmgui.service.provisioning import InEffect, in_effect
from cmgui.service.saved_devices import SavedEndpoints
from cmgui.service.stores import Stores

if TYPE_CHECKING:
    from cmgui.controllers.connection import ConnectionController
    from cmgui.controllers.connection_models import Profile
    from cmgui.controllers.fleet import FleetController
    from cmgui.controllers.gateway import GatewayController
    from cmgui.controllers.messages import MessagesController
    from cmgui.controllers.statistics import StatisticsController
    from cmgui.controllers.team_jobs import TeamJobsController
    from cmgui.controllers.team_live import TeamLiveController
    from cmgui.controllers.usage import UsageController
    from cmgui.controllers.ussd import UssdController
    from cmgui.controllers.wlan import WlanController

log = logging.getLogger(__name__)

P = TypeVar("P", bound=PageController)

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

    def open_stores(self) -> Stores | None:
        """The host's stores, opened on first use (None without a usable database)."""
        if self.stores is None:
            self.problems.clear()
            self.stores = open_stores(self.data_dir, self.secrets, self.problems)
        return self.stores

    def __call__(self, address: str) -> Device:
        return open_device(address, stores=self.open_stores())

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

    Only what the first look at a device needs is built at once (the device manager, the
    network and SIM controllers); every other page's controller is built on first use (an
    attribute that builds itself), so that start-up imports none of them: messages, USSD,
    connection, statistics, usage, WLAN, gateway, fleet, team live and team jobs.
    :attr:`pages` lists the page controllers built so far; each one built later is handed the
    current device.

    Nothing a child controller holds refers back to this object (hooks close over the settings
    and the keyring only), so it is freed as soon as its owner lets go of it.

    Signals:
        storeProblem(str): the local database cannot be used; what is wrong and what to do.
        pageError(str): a page controller reports an error (any page, built now or later).
    """

    storeProblem = Signal(str)
    pageError = Signal(str)

    def __init__(
        self, config_dir: Path, *, factory: DeviceFactory | None = None,
        secrets: SecretStore | None = None, data_dir: Path | None = None,
        provisioning: InEffect | None = None, follow_team: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        secrets = secrets if secrets is not None else SecretStore()
        self.host_devices = HostDevices(data_dir, secrets) if factory is None else None
        self.provisioning = ProvisioningController(
            provisioning if provisioning is not None else in_effect(), self)
        self._config_dir, self._data_dir, self._secrets = config_dir, data_dir, secrets
        settings = self.settings = SettingsController(
            ProvisionedSettings(config_dir, self.provisioning.provisioning), self)
        self.devices = DeviceManager(factory=factory or self.host_devices,
                                     endpoints=SavedEndpoints(config_dir, secrets), parent=self)
        #: The page controllers built so far (the others follow the current device once built).
        self.pages: list[PageController] = []
        self.network = self._page(NetworkController(self))
        self.sim = self._page(SimController(self))
        self.devices.currentChanged.connect(self._on_current)
        self._tasks: set[asyncio.Task[Any]] = set()

        def remember_pin() -> bool:
            return bool(settings.get("secrets.remember_pin"))

        self.sim.vault = secrets
        self.sim.remember_allowed = remember_pin
        self.devices.unlock_hook = remembered_pin_unlock(remember_pin, secrets)
        #: Handed to the connection controller when it is built (the app sets it: docs/security.md).
        self.password_prompt: Callable[[Profile], Awaitable[str | None]] | None = None
        self._following = False
        if follow_team:  # else the owner calls follow_team() when it suits (the app: later)
            QTimer.singleShot(0, self.follow_team)

    def _page(self, page: P) -> P:
        """``page`` follows the current device from now on, and its errors are reported."""
        self.pages.append(page)
        page.errorOccurred.connect(self.pageError)
        if self.devices.current is not None:
            page.set_device(self.devices.current)
        return page

    @cached_property
    def messages(self) -> MessagesController:
        from cmgui.controllers.messages import MessagesController
        from cmgui.service.message_repository import message_repository

        return self._page(MessagesController(self, repositories=message_repository))

    @cached_property
    def ussd(self) -> UssdController:
        from cmgui.controllers.ussd import UssdController

        return self._page(UssdController(self, settings=self.settings))

    @cached_property
    def connection(self) -> ConnectionController:
        from cmgui.controllers.connection import ConnectionController

        connection = ConnectionController(self)
        settings = self.settings
        connection.reconnect_allowed = lambda: bool(settings.get("connection.auto_reconnect"))
        connection.password_prompt = self.password_prompt
        return self._page(connection)

    @cached_property
    def statistics(self) -> StatisticsController:
        from cmgui.controllers.statistics import StatisticsController

        return self._page(StatisticsController(self))

    @cached_property
    def usage(self) -> UsageController:
        from cmgui.controllers.usage import UsageController

        return self._page(UsageController(self))

    @cached_property
    def wlan(self) -> WlanController:
        from cmgui.controllers.wlan import WlanController

        return self._page(WlanController(self))

    @cached_property
    def gateway(self) -> GatewayController:
        from cmgui.controllers.gateway import GatewayController

        gateway = GatewayController(self)
        gateway.openPortRequested.connect(self.request_open)
        return gateway

    @cached_property
    def fleet(self) -> FleetController:
        from cmgui.controllers.fleet import FleetController
        from cmgui.service.fleet_workspace import FleetWorkspace

        return FleetController(FleetWorkspace(config_dir=self._config_dir,
                                              data_dir=self._data_dir, secrets=self._secrets),
                               self)

    @cached_property
    def team_jobs(self) -> TeamJobsController:
        """The team's queued jobs (the gateway page queues bulk SMS; a shared store only)."""
        from cmgui.controllers.team_jobs import TeamJobsController
        from cmgui.service.team_jobs import in_use

        jobs = TeamJobsController(in_use(), self)
        jobs.reload()
        return jobs

    @cached_property
    def team(self) -> TeamLiveController:
        from cmgui.controllers.team_live import TeamLiveController
        from cmgui.service.team_live import live_for_store_in_use

        return TeamLiveController(live_for_store_in_use(), self)

    def _built(self, name: str) -> Any | None:
        """The controller ``name`` if it was built (None: nothing to refresh or close)."""
        return self.__dict__.get(name)

    def follow_team(self) -> None:
        """With a shared store, show what the other desktops change, live (once; by default on
        the first turn of the event loop)."""
        if self._following:
            return
        self._following = True
        team = self.team
        if team.live is None:
            return

        app = weakref.ref(self)  # the team controller, a child, must not keep this alive

        def built(name: str) -> Any | None:
            owner = app()
            return None if owner is None else owner._built(name)

        def refresh_messages() -> None:
            if (messages := built("messages")) is not None:
                messages.refresh()

        def refresh_sims() -> None:
            if (fleet := built("fleet")) is not None:
                fleet.sims.refresh()

        def reload_jobs() -> None:
            if (fleet := built("fleet")) is not None:
                fleet.reload_jobs()
            if (queued := built("team_jobs")) is not None:
                queued.reload()

        team.archiveChanged.connect(refresh_messages)
        team.fleetChanged.connect(refresh_sims)
        team.jobsChanged.connect(reload_jobs)
        self.spawn(team.start())

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
        for page in list(self.pages):
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

    async def apply_provisioning(self, stores: Stores | None = None) -> None:
        """Save the vendor's preset devices (listed by the next discovery) and seed its
        profiles (once; locked ones are kept as the vendor wrote them) into ``stores``
        (default: the host's)."""
        prov = self.provisioning.provisioning
        if not prov.active:
            return
        from cmgui.service.provisioning_apply import apply_presets, apply_profiles
        from cmgui.service.saved_devices import SavedDevices

        saved = SavedDevices(self._config_dir, self._secrets)
        await asyncio.to_thread(apply_presets, prov, saved, self._config_dir)
        if stores is None and self.host_devices is not None:
            stores = self.host_devices.open_stores()
        if stores is not None:
            await apply_profiles(prov, stores.profiles, self._config_dir)

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
        if (team := self._built("team")) is not None:
            await team.stop()
        if (gateway := self._built("gateway")) is not None:
            await gateway.close()
        if (queued := self._built("team_jobs")) is not None:
            await queued.close()
        for page in list(self.pages):
            page.set_device(None)
        await self.devices.shutdown()
        if (fleet := self._built("fleet")) is not None:
            await fleet.shutdown()
        if self.host_devices is not None:
            self.host_devices.close()
