"""Data connection: connect/disconnect with a profile, live state, profiles and session records.

Profiles and records come from the device through the seam (CMAPI_NetConnectSrv_*Profile*,
CMAPI_NetStatistic_GetAllConnectionRecords); the app serves them from the host's store
(:class:`cmgui.service.stored.StoredDevice`), a remote endpoint from its own. A device without
them still connects with the operator's default APN, and the session list then covers this run.

Signals:
    stateChanged(str, str): connection state and the reason of the last failure ("" if none).
    profilesSupportedChanged(bool): whether the device keeps profiles.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from cmgui.cmapi import types as t
from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.models import (
    ConnectionRecordItem,
    ConnectionRecordModel,
    Profile,
    ProfileModel,
)
from cmgui.controllers.tasks import AsyncOperation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SuggestedProfile:
    """A profile proposed for the SIM; ``password`` is the provider's published default."""

    profile: Profile
    password: str
    provider: str


PROFILE_LIST = "net_connect_srv_get_cellular_profile_list"
RECORD_LIST = "net_statistic_get_all_connection_records"
#: How often the running session's record is read again while traffic flows.
RECORD_REFRESH_SECONDS = 5.0


def _profile(p: t.CellularProfile) -> Profile:
    return Profile(p["profileName"], p["APN"], p["userName"], p["authType"], p["IPAddrType"],
                   p["roamingAllowed"], p["hasPassword"], p["isDefault"])


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _record(r: t.ConnectionRecord) -> ConnectionRecordItem | None:
    started = _time(r["startTime"])
    if started is None:
        return None
    return ConnectionRecordItem(started, _time(r.get("endTime")), r.get("profileName", ""),
                                r["bytesSent"], r["bytesReceived"], index=r["index"],
                                roaming=r["roaming"])


class ConnectionController(PageController):
    stateChanged = Signal(str, str)
    profilesSupportedChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profiles = ProfileModel(self)
        self.records = ConnectionRecordModel(self)
        self.profiles_supported = False
        self._session: ConnectionRecordItem | None = None
        self._last_reload = 0.0

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
        self.profiles_supported = device.supports(PROFILE_LIST)
        self.profilesSupportedChanged.emit(self.profiles_supported)

    def detach(self, device: DeviceController) -> None:
        device.connectionStateChanged.disconnect(self._on_state)
        device.trafficChanged.disconnect(self._on_traffic)
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
        self.stateChanged.emit(state, reason)

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

        async def go() -> None:
            if profile is None:
                result = await ctrl.device.net_connect_srv_connect_async()
            else:
                result = await ctrl.device.net_connect_srv_connect_async(
                    profile_name=profile.name)
            ctrl.status.connection_reason = ""
            ctrl.status.apn = result["APN"]
            if result["connectionState"] != ctrl.status.connection_state:
                ctrl.status.connection_state = result["connectionState"]
                ctrl.status.ip_address = result.get("IPAddress", "")
                ctrl.connectionStateChanged.emit(result["connectionState"], "")
                ctrl.statusChanged.emit()

        op = self.run(go(), label=self.tr("Connecting"), expected_seconds=20,
                      report_errors=False)
        op.failed.connect(self._connect_failed)
        return op

    def _connect_failed(self, message: str) -> None:
        if self.device is not None:
            self.device.status.connection_reason = message
            self.device.status.connection_state = "disconnected"
            self.device.statusChanged.emit()
        self.stateChanged.emit("disconnected", message)
        self.errorOccurred.emit(message)

    def disconnect_session(self) -> AsyncOperation:
        ctrl = self.require_device()

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
        name (cmgui.store.apn). Empty when the SIM is unknown (locked) or not listed."""
        dc = self.device
        if dc is None or not (dc.status.imsi or dc.status.operator):
            return []
        from cmgui.store.apn import ApnDatabaseError, suggest_apns

        try:
            found = suggest_apns(imsi=dc.status.imsi or None,
                                 provider_name=dc.status.operator or None)
        except ApnDatabaseError as exc:
            log.warning("APN suggestions unavailable: %s", exc)
            return []
        out: list[SuggestedProfile] = []
        for s in found:
            auth = {"pap": "PAP", "chap": "CHAP"}.get((s.apn.auth or "").lower(), "none")
            if auth == "none" and s.apn.username:
                auth = "PAPOrCHAP"
            name = f"{s.provider} {s.apn.name}".strip() if s.apn.name else s.provider
            out.append(SuggestedProfile(
                Profile(name, s.apn.apn, s.apn.username, auth, "IPv4", True),
                s.apn.password, s.provider))
        return out

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

    async def _reload_profiles(self, dev: object) -> None:
        from cmgui.service.device import Device

        assert isinstance(dev, Device)
        result = await dev.net_connect_srv_get_cellular_profile_list()
        self.profiles.set_records([_profile(p) for p in result["cellularProfileList"]])
