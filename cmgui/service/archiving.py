"""Archive on receipt: every message a device reports is in the host's SMS archive before anyone
sees it, and before anything deletes it from the device.

:class:`Archiver` serves the SMS functions :class:`~cmgui.service.stored.StoredDevice` changes:
``sms_get`` archives what it reads, ``sms_delete`` archives (durably) before it deletes, sent
messages are kept with their delivery status and drafts (CMAPI_SMS_Create) live in the archive
only. Received messages (SMSReceived/SMSMessage events) are archived as they arrive. A full
message store (+CMS ERROR 322, or a full storage after a new message) is reported as
:class:`SMSStorageFull` and as an error saying how to free it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import ClassVar, TypeVar, cast

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.device_facts import DeviceFacts
from cmgui.service.events import Event, SMSMessage, SMSReceived, SMSStorageFull
from cmgui.service.sms_sync import (
    STORE_FULL_MESSAGE,
    Progress,
    SyncSummary,
    record_from_sms,
    sync_messages,
)
from cmgui.store.errors import StoreError
from cmgui.store.sms import SmsArchive
from cmgui.store.sms_records import record_from_pdu
from cmgui.store.sms_types import ArchiveInputError, DeliveryStatus

log = logging.getLogger(__name__)
T = TypeVar("T")

_STORAGE_FULL_CMS = 322
_STORAGES = ("SM", "ME", "MT", "SR", "BM")


def _is_storage_full(err: CmapiError) -> bool:
    return isinstance(err.data, dict) and err.data.get("cms") == _STORAGE_FULL_CMS


def _storage_of(msg_id: str | None) -> tuple[str | None, int | None]:
    storage, sep, index = (msg_id or "").partition(":")
    if not sep or not index.isdigit():
        return None, None
    return storage, int(index)


class Archiver:
    """The SMS archive side of a device served with the host's stores (module docstring)."""

    #: The seam methods it serves.
    SEAM_FUNCTIONS: ClassVar[frozenset[str]] = frozenset({
        "sms_get", "sms_delete", "sms_send", "sms_create"})

    def __init__(
        self, device: Device, archive: SmsArchive, facts: DeviceFacts,
        publish: Callable[[Event], None],
    ) -> None:
        self.device = device
        self.archive = archive
        self.facts = facts
        self._publish = publish
        self._full_reported: set[str] = set()

    @property
    def address(self) -> str:
        return self.device.address

    async def guard(self, awaitable: Awaitable[T]) -> T:
        """Await a device call; a full message store becomes an error that says what to do."""
        try:
            return await awaitable
        except CmapiError as err:
            if not _is_storage_full(err):
                raise
            data = dict(err.data) if isinstance(err.data, dict) else {}
            data["reason"] = STORE_FULL_MESSAGE
            self._publish(SMSStorageFull(storage="SM", used=0, total=0,
                                         message=STORE_FULL_MESSAGE))
            raise CmapiError(err.code, STORE_FULL_MESSAGE, data=data) from err

    # --- received messages ---------------------------------------------------------------------

    async def observe(self, event: Event) -> None:
        """Archive what ``event`` reports (before it is passed on)."""
        if isinstance(event, SMSReceived):
            await self._archive_received(event)
        elif isinstance(event, SMSMessage):
            await self._archive_message(event)

    async def _archive_received(self, event: SMSReceived) -> None:
        storage, _ = _storage_of(event.msg_id)
        if storage is not None:
            record = await self.device.sms_get(msg_id=event.msg_id)
            await self._archive_records([record], storage)
        await self.check_full(event.storage or storage or "SM")

    async def _archive_message(self, event: SMSMessage) -> None:
        if not event.pdu:
            return
        who = await self.facts.identity()
        storage, index = _storage_of(event.msg_id)
        try:
            record = record_from_pdu(event.pdu, imei=who.imei, imsi=who.imsi, iccid=who.iccid,
                                     storage=storage, index=index)
        except ArchiveInputError as err:
            log.warning("%s: a received message cannot be archived: %s", self.address, err)
            return
        await self.archive.import_many([record])

    async def _archive_records(self, records: Sequence[t.SMSRecord], storage: str) -> None:
        who = await self.facts.identity()
        usable = []
        for record in records:
            try:
                usable.append(record_from_sms(record, who, storage))
            except ArchiveInputError as err:
                log.warning("%s: message %s cannot be archived: %s", self.address,
                            record.get("msgID"), err)
        if usable:
            await self.archive.import_many(usable)

    async def check_full(self, storage: str) -> None:
        """Report :class:`SMSStorageFull` once when ``storage`` fills up."""
        if storage not in _STORAGES:
            return
        try:
            count = await self.device.sms_get_record_count(storage=cast(t.SMSStorage, storage))
        except CmapiError:
            return
        if count["total"] and count["used"] >= count["total"]:
            if storage not in self._full_reported:
                self._full_reported.add(storage)
                self._publish(SMSStorageFull(storage=storage, used=count["used"],
                                             total=count["total"], message=STORE_FULL_MESSAGE))
        else:
            self._full_reported.discard(storage)

    # --- SMS functions -------------------------------------------------------------------------

    async def sms_get(self, *, msg_id: str) -> t.SMSRecord:
        record = await self.guard(self.device.sms_get(msg_id=msg_id))
        try:
            await self._archive_records([record], record["storage"])
        except StoreError as err:
            log.warning("%s: message %s not archived: %s", self.address, msg_id, err)
        return record

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        """Archive the message (durably), then delete it from the device."""
        record = await self.guard(self.device.sms_get(msg_id=msg_id))
        who = await self.facts.identity()
        part_id: int | None = None
        try:
            stored = record_from_sms(record, who, record["storage"])
        except ArchiveInputError as err:
            log.warning("%s: deleting %s, which cannot be archived: %s", self.address, msg_id,
                        err)
        else:
            try:
                part_id = (await self.archive.import_many([stored]))[0].part_id
            except StoreError as err:
                raise CmapiError(ErrorCode.SMS_DEVICE_ERROR, data={
                    "msgID": msg_id,
                    "reason": f"not deleted: it could not be archived first ({err})"}) from err
        result = await self.guard(self.device.sms_delete(msg_id=msg_id))
        if part_id is not None:
            await self.archive.mark_deleted_from_device([part_id])
        self._full_reported.discard(record["storage"])
        return result

    async def sms_send(
        self, *, address: str, text: str, delivery_report: bool = False,
        validity_period: int | None = None, sms_class: int | None = None,
    ) -> t.SMSSendResult:
        who = await self.facts.identity()
        try:
            result = await self.guard(self.device.sms_send(
                address=address, text=text, delivery_report=delivery_report,
                validity_period=validity_period, sms_class=sms_class))
        except CmapiError:
            with contextlib.suppress(StoreError):
                await self.archive.record_sent(
                    address, text, [], imei=who.imei, imsi=who.imsi, iccid=who.iccid,
                    status=DeliveryStatus.FAILED)
            raise
        status = DeliveryStatus.PENDING if delivery_report else DeliveryStatus.SENT
        try:
            await self.archive.record_sent(
                address, text, result["messageReferences"], imei=who.imei, imsi=who.imsi,
                iccid=who.iccid, status=status)
        except StoreError as err:
            log.warning("%s: sent message not archived: %s", self.address, err)
        return result

    async def sms_create(self, *, address: str, text: str) -> t.SMSCreateResult:
        who = await self.facts.identity()
        try:
            draft = await self.archive.create_draft(
                address, text, imei=who.imei, imsi=who.imsi, iccid=who.iccid)
        except StoreError as err:
            raise CmapiError(ErrorCode.FATAL, data={"reason": str(err)}) from err
        return {"msgID": f"draft:{draft.id}"}

    async def sync(
        self, *, delete: bool = False, storages: Sequence[t.SMSStorage] = ("SM",),
        progress: Progress | None = None,
    ) -> SyncSummary:
        """Archive the device's messages and, with ``delete``, free what is safely archived."""
        who = await self.facts.identity()
        summary = await self.guard(sync_messages(
            self.device, self.archive, who, delete=delete, storages=storages,
            progress=progress))
        for storage in storages:
            await self.check_full(storage)
        return summary
