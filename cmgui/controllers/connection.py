"""Data connection: connect/disconnect with a profile, live state, profiles and session records.

Profiles and records come from the device through the seam (CMAPI_NetConnectSrv_*Profile*,
CMAPI_NetStatistic_GetAllConnectionRecords); the app serves them from the host's store
(:class:`cmgui.service.stored.StoredDevice`), a remote endpoint from its own. A device without
them still connects with the operator's default APN, and the session list then covers this run.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from cmgui.cmapi import types as t
from cmgui.controllers.base import PageController
from cmgui.controllers.connection_models import (
    ConnectionRecordItem,
    ConnectionRecordModel,
    Profile,
    ProfileModel,
)
from cmgui.controllers.device import DeviceController
from cmgui.controllers.errors import Action
from cmgui.controllers.tasks import AsyncOperation
from cmgui.service.apn_suggestions import (
    ProviderChoice,
    catalogue,
    home_provider,
    suggested_apns,
)
from cmgui.service.cmapi_time import parse_time
from cmgui.service.device import Device

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SuggestedProfile:
    """A profile proposed for the SIM; ``password`` is the provider's published default."""

    profile: Profile
    password: str
    provider: str


@dataclass(frozen=True)
class ProviderCatalogue:
    """Country code -> providers (with their plans), and the SIM's provider, if listed."""

    countries: dict[str, list[ProviderChoice]]
    home: ProviderChoice | None


PROFILE_LIST = "net_connect_srv_get_cellular_profile_list"
RECORD_LIST = "net_statistic_get_all_connection_records"
#: How often the running session's record is read again while traffic flows.
RECORD_REFRESH_SECONDS = 5.0
#: Seconds between an unexpected drop and the attempt to connect again.
RECONNECT_DELAY = 3.0
#: At most this many reconnects within ``RECONNECT_WINDOW`` seconds; then it is left to the user.
RECONNECT_LIMIT = 3
RECONNECT_WINDOW = 300.0


def _profile(p: t.CellularProfile) -> Profile:
    return Profile(p["profileName"], p["APN"], p["userName"], p["authType"], p["IPAddrType"],
                   p["roamingAllowed"], p["hasPassword"], p["isDefault"])


def _record(r: t.ConnectionRecord) -> ConnectionRecordItem | None:
    started = parse_time(r["startTime"])
    if started is None:
        return None
    return ConnectionRecordItem(started, parse_time(r.get("endTime")), r.get("profileName", ""),
                                r["bytesSent"], r["bytesReceived"], index=r["index"],
                                roaming=r["roaming"])


class ConnectionController(PageController):
    """The data connection of the current device, its profiles and its session records.

    With :attr:`reconnect_allowed` (the app's "reconnect when the network drops the connection"
    setting), a connection the user made is made again when the network drops it, with the same
    profile, after ``RECONNECT_DELAY`` seconds; not when the user, a usage limit or a switched-off
    radio ended it, and at most ``RECONNECT_LIMIT`` times in ``RECONNECT_WINDOW`` seconds.

    Signals:
        stateChanged(str, str): connection state and the reason of the last failure ("" if
            none).
        profilesSupportedChanged(bool): whether the device keeps profiles.
    """

    stateChanged = Signal(str, str)
    profilesSupportedChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profiles = ProfileModel(self)
        self.records = ConnectionRecordModel(self)
        self.profiles_supported = False
        #: Whether to connect again after the network dropped the connection (the app sets it).
        self.reconnect_allowed: Callable[[], bool] = lambda: False
        self.reconnect_delay = RECONNECT_DELAY
        self._session: ConnectionRecordItem | None = None
        self._last_reload = 0.0
        #: The user asked for a connection (with ``_profile``) and has not ended it.
        self._keep_up = False
        self._profile: Profile | None = None
        self._up = False  # the last state the device reported was "connected"
        self._connecting: AsyncOperation | None = None  # the user's
        self._reconnecting: AsyncOperation | None = None
        self._reconnects: deque[float] = deque(maxlen=RECONNECT_LIMIT)
        #: What the app can offer to fix the last failed connect (e.g. edit the profile).
        self.failure_action = Action.NONE
        #: The profile the last connect used (None: the default one).
        self.last_profile: Profile | None = None
        #: Asks for a profile's password when secrets are not stored (docs/security.md): ""
        #: when there is nothing to ask, None when the user cancelled. The app sets it.
        self.password_prompt: Callable[[Profile], Awaitable[str | None]] | None = None
        self._typed: dict[str, str] = {}  # passwords typed this run, for reconnects

    # --- state ----------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return "disconnected" if self.device is None else self.device.status.connection_state

    @property
    def reason(self) -> str:
        return "" if self.device is None else self.device.status.connection_reason

    def attach(self, device: DeviceController) -> None:
        device.connectionStateChanged.connect(self._on_state)
        device.trafficChanged.connect(self._on_traffic)
        device.usageThresholdCrossed.connect(self._on_threshold)
        self.profiles_supported = device.supports(PROFILE_LIST)
        self.profilesSupportedChanged.emit(self.profiles_supported)

    def detach(self, device: DeviceController) -> None:
        device.connectionStateChanged.disconnect(self._on_state)
        device.trafficChanged.disconnect(self._on_traffic)
        device.usageThresholdCrossed.disconnect(self._on_threshold)
        self._keep_up = self._up = False
        self._reconnects.clear()
        self._session = None
        self.profiles.set_records([])
        self.records.set_records([])
        self.profiles_supported = False
        self.profilesSupportedChanged.emit(False)

    def reload(self) -> AsyncOperation | None:
        """Read the device's profiles and session records (what it supports)."""
        ctrl = self.device
        if ctrl is None or not (ctrl.supports(PROFILE_LIST) or ctrl.supports(RECORD_LIST)):
            return None

        async def go() -> None:
            if ctrl.supports(PROFILE_LIST):
                result = await ctrl.device.net_connect_srv_get_cellular_profile_list()
                self.profiles.set_records([_profile(p) for p in result["cellularProfileList"]])
            if ctrl.supports(RECORD_LIST):
                records = await ctrl.device.net_statistic_get_all_connection_records()
                items = [r for r in map(_record, records["connectionRecordList"]) if r]
                self.records.set_records(sorted(items, key=lambda r: r.started, reverse=True))

        return self.run(go(), label=self.tr("Reading profiles"))

    def _on_traffic(self, sent: int, received: int, *_rates: int) -> None:
        """Keep the running session's row up to date."""
        if self.device is not None and self.device.supports(RECORD_LIST):
            now = time.monotonic()
            if now - self._last_reload >= RECORD_REFRESH_SECONDS and not self.busy:
                self._last_reload = now
                self.reload()
            return
        start = self._session
        if start is not None:
            self.records.upsert(ConnectionRecordItem(
                start.started, None, start.apn, max(0, sent - start.bytes_sent),
                max(0, received - start.bytes_received)))

    def _on_state(self, state: str, reason: str) -> None:
        keeps_records = self.device is not None and self.device.supports(RECORD_LIST)
        if keeps_records and state in ("connected", "disconnected"):
            self.reload()
        elif state == "connected" and self._session is None and self.device is not None:
            s = self.device.status
            self._session = ConnectionRecordItem(datetime.now(UTC), None, s.apn,
                                                 s.bytes_sent, s.bytes_received)
            self.records.upsert(ConnectionRecordItem(self._session.started, None, s.apn, 0, 0))
        elif state == "disconnected":
            self._end_session(reason)
        if state == "connected":
            self.failure_action = Action.NONE
            self.read_addresses()
        dropped = state == "disconnected" and self._up
        self._up = state == "connected"
        self.stateChanged.emit(state, reason)
        if dropped:
            self._maybe_reconnect()

    # --- reconnecting ---------------------------------------------------------------------

    def _on_threshold(self, _roaming: bool, _threshold: int, _used: int, _limit: int,
                      disconnecting: bool) -> None:
        if disconnecting:
            self._keep_up = False  # the plan ends the connection at its limit: leave it down

    def _maybe_reconnect(self) -> None:
        """The network dropped the connection: make it again if the user wants it up."""
        dc = self.device
        if not self._keep_up or dc is None or not self.reconnect_allowed():
            return
        if dc.state != "ready" or not dc.status.radio_on:
            return
        if any(op is not None and op.running for op in (self._connecting, self._reconnecting)):
            return
        now = time.monotonic()
        if len(self._reconnects) == RECONNECT_LIMIT \
                and now - self._reconnects[0] < RECONNECT_WINDOW:
            log.warning("the connection dropped again; not reconnecting by itself any more")
            self._keep_up = False
            return
        self._reconnects.append(now)
        log.info("the network dropped the connection; connecting again")
        self._reconnecting = self._connect(dc, self._profile, delay=self.reconnect_delay)

    def _end_session(self, reason: str = "") -> None:
        if self._session is None:
            return
        start = self._session
        sent = received = 0
        if self.device is not None:
            sent = max(0, self.device.status.bytes_sent - start.bytes_sent)
            received = max(0, self.device.status.bytes_received - start.bytes_received)
        self.records.upsert(ConnectionRecordItem(start.started, datetime.now(UTC), start.apn,
                                                 sent, received, reason))
        self._session = None

    # --- actions --------------------------------------------------------------------------

    def connect_profile(self, profile: Profile | None) -> AsyncOperation:
        """Connect with ``profile`` (None: the default profile, else the operator's APN)."""
        ctrl = self.require_device()
        self._cancel_reconnect()
        self._keep_up, self._profile = True, profile
        self.last_profile = profile
        self.failure_action = Action.NONE
        self._reconnects.clear()
        self._connecting = self._connect(ctrl, profile)
        return self._connecting

    def read_addresses(self) -> AsyncOperation | None:
        """Read the session's addresses, DNS servers and network interface (what the device
        tells)."""
        ctrl = self.device
        if ctrl is None or not ctrl.supports("information_get_ip_address"):
            return None

        async def go() -> None:
            result = await ctrl.device.information_get_ip_address()
            s = ctrl.status
            addresses = result["IPAddress"].replace(",", " ").split()
            v4 = [a for a in addresses if ":" not in a]
            v6 = [a for a in addresses if ":" in a]
            if v4:
                s.ip_address = v4[0]
            s.ipv6_address = v6[0] if v6 else ""
            s.dns_servers = tuple(d for d in (result.get("primaryDNS", ""),
                                              result.get("secondaryDNS", "")) if d)
            s.interface_name = result.get("interfaceName", "")
            ctrl.statusChanged.emit()

        return self.run(go(), label=self.tr("Reading the addresses"), report_errors=False)

    def _connect(self, ctrl: DeviceController, profile: Profile | None, *,
                 delay: float = 0.0) -> AsyncOperation:
        async def go() -> None:
            if delay:
                await asyncio.sleep(delay)
                if not self._keep_up:
                    return
            if profile is None:
                result = await ctrl.device.net_connect_srv_connect_async()
            else:
                password = await self._typed_password(profile)
                result = await ctrl.device.net_connect_srv_connect_async(
                    profile_name=profile.name, password=password)
            ctrl.status.connection_reason = ""
            ctrl.status.apn = result["APN"]
            if result["connectionState"] != ctrl.status.connection_state:
                ctrl.status.connection_state = result["connectionState"]
                ctrl.status.ip_address = result.get("IPAddress", "")
                ctrl.connectionStateChanged.emit(result["connectionState"], "")
                ctrl.statusChanged.emit()

        op = self.run(go(), label=self.tr("Connecting"), expected_seconds=20,
                      report_errors=False)
        op.failed.connect(lambda message: self._connect_failed(message, op.error_action))
        return op

    async def _typed_password(self, profile: Profile) -> str:
        """The password typed for ``profile`` this run, asked for when it is not stored."""
        if profile.name in self._typed or self.password_prompt is None:
            return self._typed.get(profile.name, "")
        typed = await self.password_prompt(profile)
        if typed is None:
            self._keep_up = False
            raise asyncio.CancelledError  # the user chose not to connect
        if typed:
            self._typed[profile.name] = typed
        return typed

    def _cancel_reconnect(self) -> None:
        if self._reconnecting is not None and self._reconnecting.running:
            self._reconnecting.cancel()

    def _connect_failed(self, message: str, action: Action = Action.NONE) -> None:
        self._keep_up = False
        self.failure_action = action
        if self.device is not None:
            self.device.status.connection_reason = message
            self.device.status.connection_state = "disconnected"
            self.device.statusChanged.emit()
        self.stateChanged.emit("disconnected", message)
        self.errorOccurred.emit(message)

    def disconnect_session(self) -> AsyncOperation:
        ctrl = self.require_device()
        self._keep_up = False
        self._cancel_reconnect()

        async def go() -> None:
            await ctrl.device.net_connect_srv_disconnect_async()
            await ctrl.refresh_network()

        return self.run(go(), label=self.tr("Disconnecting"))

    def delete_record(self, index: int) -> AsyncOperation:
        """Delete a finished session's record (CMAPI_NetStatistic_DeleteConnectionRecord)."""
        ctrl = self.require_device()

        async def go() -> None:
            await ctrl.device.net_statistic_delete_connection_record(index=index)
            self.records.remove_key(index)

        return self.run(go(), label=self.tr("Deleting the record"))

    # --- profiles -------------------------------------------------------------------------

    def suggested_profiles(self) -> list[SuggestedProfile]:
        """Profiles for the SIM in the current device, best first: from the
        mobile-broadband-provider-info database by the IMSI's MCC/MNC, else by the operator's
        name. Empty when the SIM is unknown (locked) or not listed."""
        dc = self.device
        if dc is None:
            return []
        return [SuggestedProfile(Profile(s.name, s.apn, s.user_name, s.auth_type, "IPv4", True),
                                 s.password, s.provider)
                for s in suggested_apns(imsi=dc.status.imsi, operator=dc.status.operator)]

    def provider_catalogue(self) -> ProviderCatalogue:
        """The provider database for the new-profile wizard, with the SIM's own provider (by
        the IMSI's MCC/MNC) to start from."""
        choices = catalogue()
        dc = self.device
        home = home_provider(dc.status.imsi, choices) if dc is not None else None
        return ProviderCatalogue(choices, home)

    def save_profile(self, profile: Profile, password: str | None = None, *,
                     new: bool = True) -> AsyncOperation:
        """Add (``new``) or update a profile; ``password`` None keeps the stored one, "" removes
        it. The password goes to the device's keyring, never to a file."""
        dev = self.require_device().device

        async def go() -> None:
            extra: dict[str, str] = {} if password is None else {"password": password}
            await dev.net_connect_srv_mgr_cellular_profile(
                action="add" if new else "update", profile_name=profile.name, apn=profile.apn,
                user_name=profile.user_name,
                auth_type=profile.auth_type,  # type: ignore[arg-type]
                ip_addr_type=profile.ip_type,  # type: ignore[arg-type]
                roaming_allowed=profile.roaming_allowed, **extra)
            await self._reload_profiles(dev)

        return self.run(go(), label=self.tr("Saving the profile"))

    def delete_profile(self, name: str) -> AsyncOperation:
        dev = self.require_device().device

        async def go() -> None:
            await dev.net_connect_srv_mgr_cellular_profile(action="delete", profile_name=name)
            await self._reload_profiles(dev)

        return self.run(go(), label=self.tr("Deleting the profile"))

    def set_default(self, name: str) -> AsyncOperation:
        dev = self.require_device().device

        async def go() -> None:
            await dev.net_con_set_default_profile(profile_name=name)
            await self._reload_profiles(dev)

        return self.run(go(), label=self.tr("Saving the profile"))

    async def _reload_profiles(self, dev: Device) -> None:
        result = await dev.net_connect_srv_get_cellular_profile_list()
        self.profiles.set_records([_profile(p) for p in result["cellularProfileList"]])
