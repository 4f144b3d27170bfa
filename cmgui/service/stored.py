"""``StoredDevice``: any Device plus the host's stores (SMS archive, records, usage, profiles).

It delegates every seam method to the device it wraps and adds what the host keeps:

* every message the device reports (SMSReceived/SMSMessage events, ``sms_get`` results) is
  archived before anyone sees it, and ``sms_delete`` archives before it deletes; sent messages
  and drafts (CMAPI_SMS_Create) are kept with their delivery status;
* cellular profiles, the default profile and auto-connect are served from the store, and
  ``connect(profile_name=…)`` (or no APN at all: the default profile) is resolved to APN, user
  and password (from the keyring);
* data sessions become connection records (CMAPI_NetStatistic_*), usage per SIM and billing
  period, and limit warnings (:class:`UsageThresholdCrossed`, a disconnect at the limit);
* a full message store (+CMS ERROR 322, or a full storage after a new message) is reported as
  :class:`SMSStorageFull` and as an error saying how to free it.

Events of the inner device are re-published in order, after they were stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from cmgui.cmapi import catalogue
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import SEAM_METHODS, Device, EventStream
from cmgui.service.events import (
    ByteCount,
    DeviceChanged,
    Event,
    PINPUKStatus,
    SessionStateChanged,
    SMSMessage,
    SMSReceived,
    SMSStorageFull,
)
from cmgui.service.profile_ops import find_profile, manage_profile
from cmgui.service.registry import REGISTRY, Registry
from cmgui.service.sessions import POLL_INTERVAL, SessionContext, SessionRecorder
from cmgui.service.sms_sync import (
    STORE_FULL_MESSAGE,
    Progress,
    SimIdentity,
    SyncSummary,
    record_from_sms,
    sync_messages,
)
from cmgui.service.store_shapes import (
    AUTH_TO_CMAPI,
    IP_TO_CMAPI,
    cellular_profile,
    connection_record,
    connection_statistics,
)
from cmgui.service.stores import Stores
from cmgui.store.errors import StoreError
from cmgui.store.profiles import IpType, Profile
from cmgui.store.sms_records import record_from_pdu
from cmgui.store.sms_types import ArchiveInputError, DeliveryStatus
from cmgui.store.stats import sim_of

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Seam methods served from the store (on top of whatever the inner device supports).
OWN_FUNCTIONS = frozenset({
    "net_connect_srv_mgr_cellular_profile", "net_connect_srv_get_cellular_profile",
    "net_connect_srv_get_cellular_profile_list", "net_con_set_default_profile",
    "net_con_set_auto_connect_mode", "net_con_get_auto_connect_mode",
    "net_statistic_get_connection_statistics", "net_statistic_get_all_connection_records",
    "net_statistic_delete_connection_record", "sms_create",
})
_STORAGE_FULL_CMS = 322


def _is_storage_full(err: CmapiError) -> bool:
    return isinstance(err.data, dict) and err.data.get("cms") == _STORAGE_FULL_CMS


def _store_error(err: StoreError) -> CmapiError:
    return CmapiError(ErrorCode.FATAL, data={"reason": str(err)})


async def _optional(call: Callable[[], Awaitable[T]]) -> T | None:
    try:
        return await call()
    except CmapiError:
        return None


def _storage_of(msg_id: str | None) -> tuple[str | None, int | None]:
    storage, sep, index = (msg_id or "").partition(":")
    if not sep or not index.isdigit():
        return None, None
    return storage, int(index)


class StoredDevice(Device):
    """``inner`` served with ``stores`` (see the module docstring)."""

    def __init__(
        self, inner: Device, stores: Stores, *, own_stores: bool = False,
        poll_interval: float = POLL_INTERVAL, clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(inner.address)
        self.__dict__["kind"] = inner.kind  # the wrapped device's kind, per instance
        self.inner = inner
        self.stores = stores
        self._own_stores = own_stores
        self._clock = clock
        self._stream: EventStream | None = None
        self._pump: asyncio.Task[None] | None = None
        self._who: SimIdentity | None = None
        self._session_profile: str | None = None
        self._full_reported: set[str] = set()
        self.sessions = SessionRecorder(
            stores.connections, inner.address, publish=self.events.publish,
            disconnect=self.net_connect_srv_disconnect_async,
            statistics=self._statistics if (
                "net_statistic_get_connection_statistics" in inner.supported_functions())
            else None,
            poll_interval=poll_interval)

    # --- life cycle ----------------------------------------------------------------------------

    async def open(self) -> None:
        self._stream = self.inner.subscribe()
        self._pump = asyncio.create_task(self._pump_events(self._stream))
        try:
            await self.inner.open()
            who = await self.identity()
            self.sessions.device = who.imei or self.address
            await self._resume_session()
        except BaseException:
            await self._stop_pump()
            with contextlib.suppress(CmapiError):
                await self.inner.close()
            raise

    async def close(self) -> None:
        await self.sessions.detach()
        await self._stop_pump()
        try:
            await self.inner.close()
        finally:
            await super().close()
            if self._own_stores:
                self.stores.close()

    async def _stop_pump(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()
        pump, self._pump = self._pump, None
        if pump is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await pump

    async def describe(self) -> t.DeviceInfo:
        return await self.inner.describe()

    def supported_functions(self) -> frozenset[str]:
        return self.inner.supported_functions() | OWN_FUNCTIONS

    async def identity(self) -> SimIdentity:
        """IMEI, IMSI and ICCID (cached once the SIM answers; None where unknown)."""
        if self._who is not None and self._who.imsi:
            return self._who
        imei = await _optional(self.inner.dev_srv_get_imei)
        imsi = await _optional(self.inner.dev_srv_get_imsi)
        iccid = await _optional(self.inner.information_get_iccid)
        self._who = SimIdentity(imei["IMEI"] if imei else None, imsi["IMSI"] if imsi else None,
                                iccid["ICCID"] if iccid else None)
        return self._who

    async def _call(self, awaitable: Awaitable[T]) -> T:
        """Await an inner call; a full message store becomes an error that says what to do."""
        try:
            return await awaitable
        except CmapiError as err:
            if not _is_storage_full(err):
                raise
            data = dict(err.data) if isinstance(err.data, dict) else {}
            data["reason"] = STORE_FULL_MESSAGE
            self.events.publish(SMSStorageFull(storage="SM", used=0, total=0,
                                               message=STORE_FULL_MESSAGE))
            raise CmapiError(err.code, STORE_FULL_MESSAGE, data=data) from err

    # --- events --------------------------------------------------------------------------------

    async def _pump_events(self, stream: EventStream) -> None:
        removed = False
        async for event in stream:
            try:
                await self._observe(event)
            except (CmapiError, StoreError) as err:
                log.warning("%s: could not store %s: %s", self.address,
                            type(event).__name__, err)
            except Exception:  # a bug must not stop the events
                log.exception("%s: storing %s failed", self.address, type(event).__name__)
            self.events.publish(event)
            removed = _is_removal(event)
        if stream is self._stream:  # the inner device ended its events: it went away
            self._stream = None
            log.warning("%s: the device's events ended; it went away", self.address)
            if not removed:
                self.events.publish(DeviceChanged(
                    device_id="", device_state=int(t.DeviceState.REMOVED),
                    unique_identifier=self.address))
            self.events.close_all()

    async def _observe(self, event: Event) -> None:
        if isinstance(event, SMSReceived):
            await self._archive_received(event)
        elif isinstance(event, SMSMessage):
            await self._archive_message(event)
        elif isinstance(event, SessionStateChanged):
            if event.connection_state == "connected":
                await self._start_session()
            elif event.connection_state == "disconnected":
                await self.sessions.ended()
        elif isinstance(event, ByteCount):
            await self.sessions.byte_count(event.bytes_sent, event.bytes_received)
        elif isinstance(event, PINPUKStatus | DeviceChanged):
            self._who = None  # the SIM may have changed or been unlocked

    async def _archive_received(self, event: SMSReceived) -> None:
        storage, _ = _storage_of(event.msg_id)
        if storage is not None:
            record = await self.inner.sms_get(msg_id=event.msg_id)
            await self._archive_records([record], storage)
        await self._check_full(event.storage or storage or "SM")

    async def _archive_message(self, event: SMSMessage) -> None:
        if not event.pdu:
            return
        who = await self.identity()
        storage, index = _storage_of(event.msg_id)
        try:
            record = record_from_pdu(event.pdu, imei=who.imei, imsi=who.imsi, iccid=who.iccid,
                                     storage=storage, index=index)
        except ArchiveInputError as err:
            log.warning("%s: a received message cannot be archived: %s", self.address, err)
            return
        await self.stores.archive.import_many([record])

    async def _archive_records(self, records: Sequence[t.SMSRecord], storage: str) -> None:
        who = await self.identity()
        usable = []
        for record in records:
            try:
                usable.append(record_from_sms(record, who, storage))
            except ArchiveInputError as err:
                log.warning("%s: message %s cannot be archived: %s", self.address,
                            record.get("msgID"), err)
        if usable:
            await self.stores.archive.import_many(usable)

    async def _check_full(self, storage: str) -> None:
        if storage not in ("SM", "ME", "MT", "SR", "BM"):
            return
        try:
            count = await self.inner.sms_get_record_count(storage=storage)  # type: ignore[arg-type]
        except CmapiError:
            return
        if count["total"] and count["used"] >= count["total"]:
            if storage not in self._full_reported:
                self._full_reported.add(storage)
                self.events.publish(SMSStorageFull(storage=storage, used=count["used"],
                                                   total=count["total"],
                                                   message=STORE_FULL_MESSAGE))
        else:
            self._full_reported.discard(storage)

    # --- SMS -----------------------------------------------------------------------------------

    async def sms_get(self, *, msg_id: str) -> t.SMSRecord:
        record = await self._call(self.inner.sms_get(msg_id=msg_id))
        try:
            await self._archive_records([record], record["storage"])
        except StoreError as err:
            log.warning("%s: message %s not archived: %s", self.address, msg_id, err)
        return record

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        """Archive the message (durably), then delete it from the device."""
        record = await self._call(self.inner.sms_get(msg_id=msg_id))
        who = await self.identity()
        part_id: int | None = None
        try:
            stored = record_from_sms(record, who, record["storage"])
        except ArchiveInputError as err:
            log.warning("%s: deleting %s, which cannot be archived: %s", self.address, msg_id,
                        err)
        else:
            try:
                part_id = (await self.stores.archive.import_many([stored]))[0].part_id
            except StoreError as err:
                raise CmapiError(ErrorCode.SMS_DEVICE_ERROR, data={
                    "msgID": msg_id,
                    "reason": f"not deleted: it could not be archived first ({err})"}) from err
        result = await self._call(self.inner.sms_delete(msg_id=msg_id))
        if part_id is not None:
            await self.stores.archive.mark_deleted_from_device([part_id])
        self._full_reported.discard(record["storage"])
        return result

    async def sms_send(
        self, *, address: str, text: str, delivery_report: bool = False,
        validity_period: int | None = None, sms_class: int | None = None,
    ) -> t.SMSSendResult:
        who = await self.identity()
        try:
            result = await self._call(self.inner.sms_send(
                address=address, text=text, delivery_report=delivery_report,
                validity_period=validity_period, sms_class=sms_class))
        except CmapiError:
            with contextlib.suppress(StoreError):
                await self.stores.archive.record_sent(
                    address, text, [], imei=who.imei, imsi=who.imsi, iccid=who.iccid,
                    status=DeliveryStatus.FAILED)
            raise
        status = DeliveryStatus.PENDING if delivery_report else DeliveryStatus.SENT
        try:
            await self.stores.archive.record_sent(
                address, text, result["messageReferences"], imei=who.imei, imsi=who.imsi,
                iccid=who.iccid, status=status)
        except StoreError as err:
            log.warning("%s: sent message not archived: %s", self.address, err)
        return result

    async def sms_create(self, *, address: str, text: str) -> t.SMSCreateResult:
        who = await self.identity()
        try:
            draft = await self.stores.archive.create_draft(
                address, text, imei=who.imei, imsi=who.imsi, iccid=who.iccid)
        except StoreError as err:
            raise _store_error(err) from err
        return {"msgID": f"draft:{draft.id}"}

    async def sync_sms(
        self, *, delete: bool = False, storages: Sequence[t.SMSStorage] = ("SM",),
        progress: Progress | None = None,
    ) -> SyncSummary:
        """Archive the device's messages and, with ``delete``, free what is safely archived."""
        who = await self.identity()
        summary = await self._call(sync_messages(
            self.inner, self.stores.archive, who, delete=delete, storages=storages,
            progress=progress))
        for storage in storages:
            await self._check_full(storage)
        return summary

    # --- profiles ------------------------------------------------------------------------------

    def _profile(self, name: str) -> Profile:
        return find_profile(self.stores.profiles, name)

    async def _default_profile(self) -> Profile | None:
        who = await self.identity()
        return self.stores.profiles.default(imei=who.imei, iccid=who.iccid)

    async def net_connect_srv_mgr_cellular_profile(
        self, *, action: str, profile_name: str, apn: str | None = None,
        user_name: str | None = None, password: str | None = None,
        auth_type: t.AuthType | None = None, ip_addr_type: t.IPAddrType | None = None,
        primary_dns: str | None = None, secondary_dns: str | None = None,
        roaming_allowed: bool | None = None,
    ) -> t.Empty:
        """``action`` "add", "update" (only the members given change) or "delete"."""
        await manage_profile(
            self.stores.profiles, action=action, profile_name=profile_name, apn=apn,
            user_name=user_name, password=password, auth_type=auth_type,
            ip_addr_type=ip_addr_type, primary_dns=primary_dns, secondary_dns=secondary_dns,
            roaming_allowed=roaming_allowed,
            in_use=self._session_profile if self.sessions.active else None)
        return {}

    async def net_connect_srv_get_cellular_profile(
        self, *, profile_name: str
    ) -> t.CellularProfile:
        profile = self._profile(profile_name)
        default = await self._default_profile()
        return cellular_profile(profile, is_default=default is not None
                                and default.id == profile.id)

    async def net_connect_srv_get_cellular_profile_list(self) -> t.CellularProfileList:
        default = await self._default_profile()
        default_id = default.id if default is not None else None
        profiles = [cellular_profile(p, is_default=p.id == default_id)
                    for p in self.stores.profiles.profiles()]
        return {"cellularProfileListElements": len(profiles), "cellularProfileList": profiles}

    async def net_con_set_default_profile(self, *, profile_name: str) -> t.Empty:
        """The default for this SIM (its ICCID), else for this device (IMEI), else for all."""
        profile = self._profile(profile_name)
        who = await self.identity()
        await self.stores.profiles.set_default(
            profile.id, iccid=who.iccid, imei=None if who.iccid else who.imei)
        return {}

    async def net_con_set_auto_connect_mode(self, *, auto_connect: bool) -> t.Empty:
        """Auto-connect for this device (IMEI), else for all devices."""
        who = await self.identity()
        await self.stores.profiles.set_auto_connect(auto_connect, imei=who.imei)
        return {}

    async def net_con_get_auto_connect_mode(self) -> t.AutoConnectMode:
        who = await self.identity()
        return {"autoConnect": self.stores.profiles.auto_connect(imei=who.imei,
                                                                 iccid=who.iccid)}

    # --- data sessions -------------------------------------------------------------------------

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "",
        password: str = "", auth_type: t.AuthType | None = None,
        ip_addr_type: t.IPAddrType | None = None,
    ) -> t.ConnectResult:
        """A named profile (or, without profile and APN, the default one) fills in what the
        caller did not give; its password comes from the keyring."""
        profile: Profile | None = None
        if profile_name:
            profile = self._profile(profile_name)
        elif not apn:
            profile = await self._default_profile()
        if profile is not None:
            if not profile.roaming_allowed:
                roaming = await _optional(self.inner.information_get_roaming_status)
                if roaming is not None and roaming["roaming"]:
                    raise CmapiError(ErrorCode.CONNECTION_PREVENTS, data={
                        "profileName": profile.name,
                        "reason": "the profile does not allow roaming, and the device is "
                                  "roaming"})
            apn = apn or profile.apn
            user_name = user_name or profile.username
            if not password and profile.has_password and profile.id is not None:
                password = await self.stores.profiles.password(profile.id) or ""
            if auth_type is None:
                auth_type = AUTH_TO_CMAPI[profile.auth]
            if ip_addr_type is None:
                ip_addr_type = IP_TO_CMAPI[IpType(profile.ip_type)]
        await self._check_limit()
        self._session_profile = profile.name if profile is not None else None
        result = await self._call(self.inner.net_connect_srv_connect_async(
            profile_name=profile_name, apn=apn, user_name=user_name, password=password,
            auth_type=auth_type or "none", ip_addr_type=ip_addr_type or "IPv4"))
        await self._start_session()
        return result

    async def _check_limit(self) -> None:
        """Refuse to connect once the period's limit is used up, when the plan disconnects
        there (the warning fired once; connecting again would run past the limit)."""
        who = await self.identity()
        roaming_status = await _optional(self.inner.information_get_roaming_status)
        roaming = bool(roaming_status and roaming_status["roaming"])
        sim = sim_of(who.imsi, who.iccid)
        plan = self.stores.connections.plan(sim)
        limit = plan.roaming_limit if roaming else plan.home_limit
        if not (plan.disconnect_at_limit and limit):
            return
        usage = self.stores.connections.usage(sim)
        used = usage.roaming if roaming else usage.home
        if used >= limit:
            raise CmapiError(ErrorCode.CONNECTION_PREVENTS, data={
                "reason": f"the data limit of this billing period is used up ({used} of "
                          f"{limit} bytes, until {usage.period.end.isoformat()}); raise it "
                          "with: cmcli usage set-plan"})

    async def net_connect_srv_disconnect_async(self) -> t.Empty:
        result = await self._call(self.inner.net_connect_srv_disconnect_async())
        await self.sessions.ended()
        return result

    async def _session_context(self) -> SessionContext:
        who = await self.identity()
        roaming = await _optional(self.inner.information_get_roaming_status)
        return SessionContext(who.imsi, who.iccid, self._session_profile,
                              bool(roaming and roaming["roaming"]))

    async def _start_session(self) -> None:
        if not self.sessions.active:
            await self.sessions.started(await self._session_context())

    async def _resume_session(self) -> None:
        """Adopt a session an earlier run recorded that is still up, or end it if it is not."""
        status = await _optional(self.inner.net_con_get_connection_status)
        connected = status is not None and status["connectionState"] == "connected"
        current = self.stores.connections.current(self.sessions.device)
        if connected:
            if current is not None:
                self._session_profile = current.profile
                await self.sessions.adopt(current.id)
            else:
                await self._start_session()
        elif current is not None:
            last = self.stores.db.read(lambda c: _last_sample(c, current.id))
            await self.stores.connections.end(current.id, at=last)

    async def _statistics(self) -> t.ConnectionStatistics:
        return await self.inner.net_statistic_get_connection_statistics()

    async def net_statistic_get_connection_statistics(self) -> t.ConnectionStatistics:
        """The open session's (else the last session's) counters from the record."""
        await self.sessions.refresh()
        log_ = self.stores.connections
        record = log_.current(self.sessions.device)
        if record is None:
            recent = log_.records(device=self.sessions.device, limit=1)
            record = recent[0] if recent else None
        if record is None:
            return await self.inner.net_statistic_get_connection_statistics()
        return connection_statistics(record, self._clock())

    async def net_statistic_get_all_connection_records(self) -> t.ConnectionRecordList:
        now = self._clock()
        records = [connection_record(r, now)
                   for r in self.stores.connections.records(device=self.sessions.device)]
        return {"connectionRecordListElements": len(records), "connectionRecordList": records}

    async def net_statistic_delete_connection_record(self, *, index: int) -> t.Empty:
        record = self.stores.connections.record(index)
        if record is None or record.device != self.sessions.device:
            raise CmapiError(ErrorCode.NO_SUCH_RECORD, data={"index": index})
        if record.ended_at is None:
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "index": index, "reason": "the session is still open"})
        await self.stores.connections.delete(index)
        return {}


def _is_removal(event: Event) -> bool:
    return (isinstance(event, DeviceChanged)
            and event.device_state == int(t.DeviceState.REMOVED))


def _last_sample(conn: sqlite3.Connection, record_id: int) -> float | None:
    row = conn.execute("SELECT coalesce(last_sample_at, started_at) FROM connection_record "
                       "WHERE id = ?", (record_id,)).fetchone()
    return None if row is None or row[0] is None else float(row[0]) / 1000


def _delegate(name: str) -> Callable[..., Awaitable[Any]]:
    base = getattr(Device, name)

    async def method(self: StoredDevice, **kwargs: Any) -> Any:
        return await self._call(getattr(self.inner, name)(**kwargs))

    info = catalogue.by_method_name(name)
    method.__name__ = name
    method.__qualname__ = f"StoredDevice.{name}"
    method.__doc__ = f"{info.name if info else name} on the wrapped device."
    method.__signature__ = inspect.signature(base)  # type: ignore[attr-defined]
    return method


for _name in SEAM_METHODS:
    if _name not in vars(StoredDevice):
        setattr(StoredDevice, _name, _delegate(_name))


def open_stored(
    address: str, *, stores: Stores | None = None, registry: Registry = REGISTRY,
    poll_interval: float = POLL_INTERVAL,
) -> StoredDevice:
    """A not yet opened device for ``address`` served with the stores (the default ones in the
    data directory unless given; those are closed with the device)."""
    inner = registry.create(address)
    own = stores is None
    return StoredDevice(inner, stores if stores is not None else Stores.open(),
                        own_stores=own, poll_interval=poll_interval)
