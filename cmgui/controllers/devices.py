"""The device list and the current device (DeviceManager), and the Devices page (operators,
radio, mode preference) (NetworkController)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from PySide6.QtCore import QObject, Signal

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.device_models import (
    DeviceEntry,
    DeviceListModel,
    NetworkListModel,
    NetworkRecord,
)
from cmgui.controllers.errors import user_message
from cmgui.controllers.tasks import AsyncOperation
from cmgui.service.demo import factory_resettable
from cmgui.service.device import Device
from cmgui.service.saved_devices import Endpoint as Endpoint  # the views' name for it
from cmgui.service.saved_devices import SavedEndpoints
from cmgui.service.secret_storage import (
    NoSecretStorage,
    TokenPrompt,
    TypedTokens,
    typing_tokens,
)

log = logging.getLogger(__name__)

DEMO_ADDRESS = "virtual"
#: A full operator scan on a real modem takes one to three minutes.
SCAN_EXPECTED_SECONDS = 120.0

DeviceFactory = Callable[[str], Device]


def _registry_create(address: str) -> Device:
    from cmgui.service.registry import REGISTRY

    return REGISTRY.create(address)


async def _registry_discover() -> list[tuple[str, str, str]]:
    from cmgui.service.registry import REGISTRY

    return [(d.address, d.description, d.kind) for d in await REGISTRY.discover()]


def _registry_changes() -> AsyncIterator[None]:
    from cmgui.service.registry import REGISTRY

    return REGISTRY.changes()


def _token_refused_texts() -> set[str]:
    """What DeviceController says when an endpoint refuses the access token."""
    return {user_message(CmapiError(code)) for code in
            (ErrorCode.AUTHENTICATION_FAILED, ErrorCode.AUTHENTICATION_DENIED)}


#: Kinds of devices found on this computer, which can also go away again (unplugged).
LOCAL_KINDS = frozenset({"modem", "mm"})
#: States of the current device in which choosing it again (or Retry) opens it anew.
RETRY_STATES = frozenset({"error", "closed"})


async def with_this_computers_wifi(device: Device) -> Device:
    """A local modem without Wi-Fi, with this computer's Wi-Fi (NetworkManager) added for the
    WLAN page; remote devices are left alone (their WLAN is the remote end's)."""
    if device.kind == "remote":
        return device
    from cmgui.service.wlan_overlay import with_local_wlan

    return await with_local_wlan(device)


class DeviceManager(QObject):
    """Lists devices and owns the current :class:`DeviceController`.

    Signals:
        currentChanged(object): the new DeviceController, or None.
        discoveryFinished(): the device list was refreshed.
        errorOccurred(str): a device could not be opened or found.
    """

    currentChanged = Signal(object)
    discoveryFinished = Signal()
    errorOccurred = Signal(str)

    def __init__(
        self, *, factory: DeviceFactory | None = None,
        discover: Callable[[], Awaitable[list[tuple[str, str, str]]]] | None = None,
        endpoints: SavedEndpoints | None = None, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = DeviceListModel(self)
        self.endpoints = endpoints
        self._factory = factory or _registry_create
        self._discover = discover or _registry_discover
        self._current: DeviceController | None = None
        #: Given to every DeviceController (see DeviceController.unlock_hook).
        self.unlock_hook: Callable[[Device], Awaitable[bool]] | None = None
        #: Given to every DeviceController (see DeviceController.open_hook).
        self.open_hook: Callable[[Device], Awaitable[Device]] | None = None
        #: Endpoint tokens typed in this run, when secrets are not stored (docs/security.md).
        self.tokens = TypedTokens()

    @property
    def token_prompt(self) -> TokenPrompt | None:
        """Asks for an endpoint's access token when secrets are not stored and the endpoint is
        opened (None: Cancel, the endpoint is not opened; "": it needs none)."""
        return self.tokens.prompt

    @token_prompt.setter
    def token_prompt(self, prompt: TokenPrompt | None) -> None:
        self.tokens.prompt = prompt

    @property
    def current(self) -> DeviceController | None:
        return self._current

    def demo_label(self) -> str:
        return self.tr("Demo modem (virtual)")

    def add_entry(self, address: str, label: str = "", kind: str = "") -> DeviceEntry:
        """List ``address`` (if it is not listed yet) and return its entry."""
        row = self.model.row_of(address)
        if row >= 0:
            return self.model.record(row)
        demo = address == DEMO_ADDRESS or address.startswith(DEMO_ADDRESS + ":")
        entry = DeviceEntry(address, self.demo_label() if demo else (label or address),
                            "virtual" if demo else kind, demo=demo)
        self.model.append(entry)
        return entry

    async def discover(self) -> set[str]:
        """Refresh the list: found devices, stored endpoints, and always the demo modem. The
        addresses discovery found."""
        try:
            found = await self._discover()
        except Exception as exc:
            log.exception("discovery failed")
            self.errorOccurred.emit(user_message(exc))
            found = []
        for address, description, kind in found:
            self.add_entry(address, description, kind)
        present = {address for address, _, _ in found}
        current = self._current.address if self._current is not None else None
        for entry in self.model.records():
            if entry.kind in LOCAL_KINDS and entry.address not in present \
                    and entry.address != current:
                self.model.remove_key(entry.address)
        if self.endpoints is not None:
            for endpoint in self.endpoints.load():
                self.add_entry(endpoint.address, endpoint.label or endpoint.address, "remote")
        self.add_entry(DEMO_ADDRESS)
        self.discoveryFinished.emit()
        return present

    def add_remote(self, endpoint: Endpoint, token: str) -> None:
        """Remember a remote endpoint (token in the keyring) and list it. With secrets not
        stored, the token is kept in memory for this run and asked for in the next."""
        if self.endpoints is not None:
            try:
                self.endpoints.add(endpoint, token)
            except NoSecretStorage:  # listed all the same, its token kept for this run only
                self.tokens.keep(endpoint.address, token)
                self.errorOccurred.emit(self.tr(
                    "Access tokens are not stored on this computer, so this one is kept only "
                    "until cmgui quits; after that it is asked for when the endpoint is opened "
                    "(docs/security.md)."))
        self.add_entry(endpoint.address, endpoint.label or endpoint.address, "remote")

    async def select(self, address: str) -> DeviceController | None:
        """Close the current device and open ``address``; errors go to ``errorOccurred``.
        Choosing the current device again reopens it when it went away or failed to open."""
        if self._current is not None and self._current.address == address \
                and self._current.state not in RETRY_STATES:
            return self._current
        old, self._current = self._current, None
        if old is not None:
            await old.close()
            old.deleteLater()
        entry = self.add_entry(address)
        try:
            device = self._factory(address)
        except Exception as exc:
            self.errorOccurred.emit(user_message(exc))
            self.currentChanged.emit(None)
            return None
        controller = DeviceController(device, entry.label, parent=self)
        controller.unlock_hook = self.unlock_hook
        controller.open_hook = self.open_hook
        controller.stateChanged.connect(lambda state: self._update_state(address, state))
        self._current = controller
        self.currentChanged.emit(controller)
        said: list[str] = []

        def heard(message: str) -> None:
            said.append(message)

        controller.errorOccurred.connect(heard)
        try:
            with typing_tokens(self.tokens):  # a token not stored is asked (docs/security.md)
                await controller.open()
        finally:
            controller.errorOccurred.disconnect(heard)
        if self.tokens.known(address) is not None and set(said) & _token_refused_texts():
            self.tokens.forget(address)  # a typed token the endpoint refused: asked again
        return controller

    def _update_state(self, address: str, state: str) -> None:
        row = self.model.row_of(address)
        if row >= 0:
            old = self.model.record(row)
            self.model.upsert(DeviceEntry(old.address, old.label, old.kind, state, old.demo))

    def can_factory_reset(self) -> bool:
        """Whether the current device is one that can be reset to factory state (the demo
        modem)."""
        current = self._current
        return current is not None and factory_resettable(current.device) is not None

    async def factory_reset(self) -> DeviceController | None:
        """Power-cycle the current device (the demo modem) to factory state and open it
        again, as after unplugging it: its SIM asks for the PIN."""
        current = self._current
        target = factory_resettable(current.device) if current is not None else None
        if current is None or target is None:
            return None
        try:
            await target.factory_reset()
        except Exception as exc:
            self.errorOccurred.emit(user_message(exc))
            return current
        await current.close()
        return await self.select(current.address)

    async def retry(self) -> DeviceController | None:
        """Open the current device again (after it went away or failed to open)."""
        if self._current is None:
            return None
        return await self.select(self._current.address)

    async def follow_hotplug(self, changes: AsyncIterator[None] | None = None) -> None:
        """Keep the list current as modems are plugged in and out; when one appears while only
        the demo modem (or nothing) is open, open it — a locked SIM then asks for its PIN. The
        current device that went away is opened again when it comes back at its address."""
        async for _ in changes if changes is not None else _registry_changes():
            before = {e.address for e in self.model.records()}
            found = await self.discover()
            current = self._current
            if current is not None and current.state in RETRY_STATES \
                    and current.kind in LOCAL_KINDS and current.address in found:
                log.info("modem back: %s", current.address)
                await self.select(current.address)
                continue
            arrived = [e for e in self.model.records()
                       if e.address not in before and e.kind in LOCAL_KINDS]
            current = self._current
            idle = current is None or current.kind == "virtual" \
                or current.state in ("closed", "error")
            if arrived and idle:
                log.info("modem plugged in: %s", arrived[0].address)
                await self.select(arrived[0].address)

    async def shutdown(self) -> None:
        if self._current is not None:
            with contextlib.suppress(Exception):
                await self._current.close()
            self._current = None


class NetworkController(PageController):
    """Operators (scan, automatic or manual selection), radio and mode preference.

    Signals:
        scanStarted(object): the AsyncOperation of a new scan (for progress and cancel).
        scanFinished(int): networks found (-1 if the scan failed or was cancelled).
    """

    scanStarted = Signal(object)
    scanFinished = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.networks = NetworkListModel(self)
        self.scan_op: AsyncOperation | None = None
        self._radio_op: AsyncOperation | None = None

    def detach(self, device: DeviceController) -> None:
        self.networks.set_records([])

    def scan(self) -> AsyncOperation:
        """Start an operator scan (minutes on real hardware); cancel with ``cancel_scan``."""
        if self.scan_op is not None and self.scan_op.running:
            return self.scan_op
        dev = self.require_device().device
        op = self.run(self._scan(dev), label=self.tr("Searching for networks"),
                      expected_seconds=SCAN_EXPECTED_SECONDS)
        self.scan_op = op
        op.succeeded.connect(lambda n: self.scanFinished.emit(n))
        op.failed.connect(lambda _msg: self.scanFinished.emit(-1))
        op.cancelled.connect(lambda: self.scanFinished.emit(-1))
        self.scanStarted.emit(op)
        return op

    async def _scan(self, dev: Device) -> int:
        result = await dev.net_connect_srv_get_network_list_async()
        records = [
            NetworkRecord(n["PLMNID"], n["longName"], n["shortName"], n["RATType"],
                          n["networkStatus"])
            for n in result["networkList"]
        ]
        self.networks.set_records(records)
        return len(records)

    def cancel_scan(self) -> None:
        if self.scan_op is not None:
            self.scan_op.cancel()

    def select_operator(self, plmn: str | None, rat: str | None = None) -> AsyncOperation:
        """Register on ``plmn`` (manual) or let the modem choose (``None``: automatic)."""
        ctrl = self.require_device()

        async def go() -> None:
            if plmn is None:
                await ctrl.device.net_connect_srv_select_network(network_selection_mode="automatic")
            else:
                rat_type: t.RATType | None = rat if rat else None  # type: ignore[assignment]
                await ctrl.device.net_connect_srv_select_network(
                    network_selection_mode="manual", plmnid=plmn, rat_type=rat_type)
            await ctrl.refresh_network()

        return self.run(go(), label=self.tr("Registering"), expected_seconds=30)

    def refresh_radio(self) -> AsyncOperation | None:
        """Read the serving cell's details again (the Devices page does, while shown)."""
        ctrl = self.device
        if ctrl is None or ctrl.state != "ready" or self._radio_op is not None:
            return None
        op = self.run(ctrl.refresh_radio(), label=self.tr("Reading the radio details"),
                      report_errors=False)
        self._radio_op = op
        op.finished.connect(self._radio_done)
        return op

    def _radio_done(self) -> None:
        self._radio_op = None

    def set_radio(self, on: bool) -> AsyncOperation:
        ctrl = self.require_device()

        async def go() -> None:
            await ctrl.device.dev_srv_set_radio_state_async(radio_state=on)
            await ctrl.refresh_network()

        return self.run(go(), label=self.tr("Switching the radio"))

    def set_mode(self, modes: list[t.ModePreference]) -> AsyncOperation:
        ctrl = self.require_device()

        async def go() -> None:
            await ctrl.device.net_con_set_permitted_bearers(permitted_bearers=modes)
            await ctrl.refresh_network()

        return self.run(go(), label=self.tr("Changing the network mode"))
