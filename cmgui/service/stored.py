"""``StoredDevice``: any Device plus the host's stores (SMS archive, records, usage, profiles).

It passes every seam method on to the device it wraps, except what three collaborators serve
from the stores:

* :class:`~cmgui.service.archiving.Archiver`: every message the device reports (SMSReceived/
  SMSMessage events, ``sms_get`` results) is archived before anyone sees it, and ``sms_delete``
  archives before it deletes; sent messages and drafts (CMAPI_SMS_Create) are kept with their
  delivery status; a full message store (+CMS ERROR 322, or a full storage after a new message)
  is reported as :class:`SMSStorageFull` and as an error saying how to free it;
* :class:`~cmgui.service.profile_serving.ProfileServer`: cellular profiles, the default profile
  and auto-connect are served from the store, and ``connect(profile_name=…)`` (or no APN at all:
  the default profile) is resolved to APN, user and password (from the keyring);
* :class:`~cmgui.service.usage_records.UsageRecords`: data sessions become connection records
  (CMAPI_NetStatistic_*), usage per SIM and billing period, and limit warnings
  (:class:`UsageThresholdCrossed`, a disconnect at the limit).

Events of the inner device are re-published in order, after they were stored. Which devices get
the stores is decided in :mod:`cmgui.service.opening`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError
from cmgui.service.archiving import Archiver
from cmgui.service.delegating import DelegatingDevice
from cmgui.service.device import Device, EventStream
from cmgui.service.device_facts import DeviceFacts
from cmgui.service.events import DeviceChanged, Event, PINPUKStatus
from cmgui.service.profile_serving import ProfileServer
from cmgui.service.registry import REGISTRY, Registry
from cmgui.service.sessions import POLL_INTERVAL
from cmgui.service.sms_sync import Progress, SimIdentity, SyncSummary
from cmgui.service.usage_records import UsageRecords
from cmgui.store.errors import StoreError
from cmgui.store.host import Stores

log = logging.getLogger(__name__)

#: Seam methods served from the store (on top of whatever the inner device supports).
OWN_FUNCTIONS = frozenset({
    "net_connect_srv_mgr_cellular_profile", "net_connect_srv_get_cellular_profile",
    "net_connect_srv_get_cellular_profile_list", "net_con_set_default_profile",
    "net_con_set_auto_connect_mode", "net_con_get_auto_connect_mode",
    "net_statistic_get_connection_statistics", "net_statistic_get_all_connection_records",
    "net_statistic_delete_connection_record", "sms_create",
})


class StoredDevice(DelegatingDevice):
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
        self._stream: EventStream | None = None
        self._pump: asyncio.Task[None] | None = None
        self.facts = DeviceFacts(inner)
        self.archiver = Archiver(inner, stores.archive, self.facts, self.events.publish)
        self.usage = UsageRecords(
            inner, stores.connections, self.facts, publish=self.events.publish,
            guard=self.archiver.guard, poll_interval=poll_interval, clock=clock)
        self.profile_server = ProfileServer(stores.profiles, self.facts, in_use=self.usage.in_use)
        #: Connection records and usage of this device (what ``usage`` keeps them with).
        self.sessions = self.usage.sessions
        self._served: dict[str, Callable[..., Awaitable[Any]]] = {
            name: getattr(part, name)
            for part in (self.archiver, self.profile_server, self.usage)
            for name in part.SEAM_FUNCTIONS}

    # --- life cycle ----------------------------------------------------------------------------

    async def open(self) -> None:
        self._stream = self.inner.subscribe()
        self._pump = asyncio.create_task(self._pump_events(self._stream))
        try:
            await self.inner.open()
            await self.usage.attach()
        except BaseException:
            await self._stop_pump()
            with contextlib.suppress(CmapiError):
                await self.inner.close()
            raise

    async def close(self) -> None:
        await self.usage.detach()
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
        return await self.facts.identity()

    async def delegate(self, name: str, kwargs: dict[str, Any]) -> Any:
        """What the stores serve (``_served``), else the inner device's answer."""
        served = self._served.get(name)
        if served is not None:
            return await served(**kwargs)
        return await self.archiver.guard(getattr(self.inner, name)(**kwargs))

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
        if isinstance(event, PINPUKStatus | DeviceChanged):
            self.facts.forget_identity()  # the SIM may have changed or been unlocked
        await self.archiver.observe(event)
        await self.usage.observe(event)

    # --- what needs more than one collaborator -------------------------------------------------

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "",
        password: str = "", auth_type: t.AuthType | None = None,
        ip_addr_type: t.IPAddrType | None = None,
    ) -> t.ConnectResult:
        """A named profile (or, without profile and APN, the default one) fills in what the
        caller did not give; its password comes from the keyring."""
        profile, arguments = await self.profile_server.connect_parameters(
            profile_name=profile_name, apn=apn, user_name=user_name, password=password,
            auth_type=auth_type, ip_addr_type=ip_addr_type)
        return await self.usage.connect(profile, arguments)

    async def sync_sms(
        self, *, delete: bool = False, storages: Sequence[t.SMSStorage] = ("SM",),
        progress: Progress | None = None,
    ) -> SyncSummary:
        """Archive the device's messages and, with ``delete``, free what is safely archived."""
        return await self.archiver.sync(delete=delete, storages=storages, progress=progress)


def _is_removal(event: Event) -> bool:
    return (isinstance(event, DeviceChanged)
            and event.device_state == int(t.DeviceState.REMOVED))


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
