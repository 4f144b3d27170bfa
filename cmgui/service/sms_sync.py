"""Crash-safe SMS sync: archive a device's message store, then (optionally) free it.

The order is what makes it safe to kill at any instant and run again:

1. list the storage and read every message (PDU, index, status);
2. archive every decodable PDU in one durable transaction (``SmsArchive.import_many``: fsync'd
   before it returns; the archive's identity is SIM + PDU, so a re-run adds no duplicate);
3. reconcile: parts recorded on the device but no longer listed are marked deleted (a run
   killed between a delete and its record is put right here);
4. only with ``delete``: for each message, read it again, and delete it from the device only if
   what is at that index now is a PDU the archive confirms (``archived_part_id``), then record
   the delete (``mark_deleted_from_device``).

Undecodable messages are never deleted (the archive could not show them).

A device that goes away or stops answering ends the sync at once with
:class:`SyncInterrupted`, which carries the summary so far: what was archived, what was deleted
and how many messages are still on the device. It is never counted as "changed during the sync",
and no further message is tried (each would only wait for its own time-out).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.cmapi.naming import json_name
from cmgui.service.device import Device
from cmgui.store.sms import SmsArchive
from cmgui.store.sms_records import record_from_pdu
from cmgui.store.sms_types import ArchiveInputError, PduRecord

#: SMSRecord ``status`` -> AT+CMGL stat, as the archive files messages by it.
DEVICE_STATUS: dict[str, int] = {"unread": 0, "read": 1, "unsent": 2, "sent": 3}

#: ``data`` key a driver sets on the error of a device that stopped answering (a time-out).
NOT_ANSWERING = "notAnswering"

STORE_FULL_MESSAGE = ("The SIM's message store is full: run sms sync --delete-from-device "
                      "(or delete messages) to free it")


@dataclass(frozen=True)
class SimIdentity:
    """Who archived messages belong to (the archive keys them by IMSI, else ICCID, else IMEI)."""

    imei: str | None = None
    imsi: str | None = None
    iccid: str | None = None


@dataclass(frozen=True)
class SyncProgress:
    """``stage`` is "reading", "archiving", "deleting" or "done"; ``done`` of ``total``."""

    stage: str
    storage: str
    done: int
    total: int


@dataclass
class SyncSummary:
    storages: list[str] = field(default_factory=list)
    listed: int = 0  # messages found on the device
    archived: int = 0  # of those, now safely in the archive
    new: int = 0  # archived by this run
    duplicates: int = 0  # already in the archive before this run
    deleted: int = 0  # deleted from the device by this run
    kept_undecodable: int = 0  # left on the device: the archive cannot read them
    kept_changed: int = 0  # left on the device: changed or vanished since it was read
    gone: int = 0  # recorded as on the device but no longer there (now marked deleted)
    full: list[str] = field(default_factory=list)  # storages that were full before the sync
    stopped: str | None = None  # why the sync ended early (the device went away...), if it did

    @property
    def left(self) -> int:
        """Messages still on the device (listed and not deleted by this run)."""
        return self.listed - self.deleted

    def to_json(self) -> dict[str, Any]:
        """The ``cmcli sms sync --json`` object (JSON names by rule 5.2.1.2)."""
        out = {json_name(k): v for k, v in asdict(self).items()}
        out["left"] = self.left
        return out


Progress = Callable[[SyncProgress], None]


def device_lost(err: CmapiError) -> bool:
    """Whether ``err`` says the device went away or stopped answering (not "no" to one call)."""
    if err.code in (ErrorCode.NO_SUCH_DEVICE, ErrorCode.SMS_TIMEOUT):
        return True
    return isinstance(err.data, dict) and bool(err.data.get(NOT_ANSWERING))


class SyncInterrupted(CmapiError):
    """The sync ended early; ``summary`` says what was archived and deleted until then, and
    ``summary.stopped`` why. The code and data are the cause's."""

    def __init__(self, cause: CmapiError, summary: SyncSummary) -> None:
        super().__init__(cause.code, cause.message, cause.data)
        self.cause = cause
        self.summary = summary


def record_from_sms(record: t.SMSRecord, who: SimIdentity, storage: str) -> PduRecord:
    """An archive record of a message read from a device; ArchiveInputError when it has no
    PDU or the PDU cannot be decoded."""
    pdu = record.get("PDU")
    if not pdu:
        raise ArchiveInputError(f"The device gave no PDU for message {record['msgID']}.")
    return record_from_pdu(
        pdu, imei=who.imei, imsi=who.imsi, iccid=who.iccid, storage=storage,
        index=record["index"], device_status=DEVICE_STATUS.get(record["status"]),
    )


async def storage_full(device: Device, storage: t.SMSStorage) -> bool:
    """Whether ``storage`` is full (False when the device cannot tell)."""
    try:
        count = await device.sms_get_record_count(storage=storage)
    except CmapiError:
        return False
    return count["total"] > 0 and count["used"] >= count["total"]


async def sync_messages(
    device: Device, archive: SmsArchive, who: SimIdentity, *, delete: bool = False,
    storages: Sequence[t.SMSStorage] = ("SM",), progress: Progress | None = None,
) -> SyncSummary:
    """Archive the messages of ``storages``; with ``delete``, delete the archived ones from the
    device. Idempotent; see the module docstring for why it survives being killed."""
    if not (who.imsi or who.iccid):
        raise CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE, data={
            "reason": "the SIM cannot be identified (no IMSI or ICCID): unlock it first"})
    summary = SyncSummary(storages=list(storages))
    report = progress or (lambda _: None)
    try:
        for storage in storages:
            await _sync_storage(device, archive, who, storage, delete, summary, report)
    except CmapiError as err:
        reason = err.data.get("reason") if isinstance(err.data, dict) else None
        summary.stopped = str(reason or err.message)
        raise SyncInterrupted(err, summary) from err
    report(SyncProgress("done", ",".join(storages), summary.listed, summary.listed))
    return summary


async def _read_all(
    device: Device, who: SimIdentity, storage: t.SMSStorage, summary: SyncSummary,
    report: Progress,
) -> list[tuple[str, PduRecord]]:
    ids = (await device.sms_get_id_list(storage=storage))["SMSIDList"]
    summary.listed += len(ids)
    found: list[tuple[str, PduRecord]] = []
    for n, msg_id in enumerate(ids, start=1):
        report(SyncProgress("reading", storage, n, len(ids)))
        try:
            record = await device.sms_get(msg_id=msg_id)
        except CmapiError as err:
            if err.code == ErrorCode.SMS_NOT_FOUND:  # deleted meanwhile by someone else
                summary.listed -= 1
                continue
            if err.code == ErrorCode.SMS_INVALID_RECORD:
                summary.kept_undecodable += 1
                continue
            raise
        try:
            found.append((msg_id, record_from_sms(record, who, storage)))
        except ArchiveInputError:
            summary.kept_undecodable += 1
    return found


async def _sync_storage(
    device: Device, archive: SmsArchive, who: SimIdentity, storage: t.SMSStorage, delete: bool,
    summary: SyncSummary, report: Progress,
) -> None:
    if await storage_full(device, storage):
        summary.full.append(storage)
    found = await _read_all(device, who, storage, summary, report)
    report(SyncProgress("archiving", storage, 0, len(found)))
    results = await archive.import_many([rec for _, rec in found])
    summary.archived += len(results)
    summary.new += sum(1 for r in results if r.created)
    summary.duplicates += sum(1 for r in results if not r.created)
    report(SyncProgress("archiving", storage, len(found), len(found)))
    summary.gone += await archive.reconcile_device(
        [rec for _, rec in found], imsi=who.imsi, iccid=who.iccid, imei=who.imei,
        storage=storage)
    if not delete:
        return
    for n, (msg_id, listed) in enumerate(found, start=1):
        report(SyncProgress("deleting", storage, n, len(found)))
        part_id = await _confirmed(device, archive, who, storage, msg_id, listed)
        if part_id is None:
            summary.kept_changed += 1
            continue
        await device.sms_delete(msg_id=msg_id)
        summary.deleted += 1
        await archive.mark_deleted_from_device([part_id])


async def _confirmed(
    device: Device, archive: SmsArchive, who: SimIdentity, storage: str, msg_id: str,
    listed: PduRecord,
) -> int | None:
    """The archive's part id of what is at ``msg_id`` now, if it is the message listed and the
    archive holds it; None means: do not delete."""
    try:
        now = record_from_sms(await device.sms_get(msg_id=msg_id), who, storage)
    except ArchiveInputError:
        return None
    except CmapiError as err:
        if device_lost(err):
            raise  # the device is gone or not answering: stop, do not count it as changed
        return None
    if now.pdu.upper() != listed.pdu.upper():
        return None
    return archive.archived_part_id(now)
