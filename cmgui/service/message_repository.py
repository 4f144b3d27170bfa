"""Where a device's messages live, as the Messages page reads and changes them.

:class:`MessageRepository` is what the page needs: read what the device stores, list the
conversations, page through a conversation or a search, keep what arrives or is sent, delete, mark
read. Two implementations:

* :class:`ArchiveRepository`: the host's SMS archive of a device the host's stores serve, which
  holds every message ever read from, or sent with, it (the device itself keeps only what its
  storage holds; the stores archive each message before anyone sees it);
* :class:`DeviceRepository`: the messages the device holds, read with the seam's ``sms_*`` calls
  and kept in memory, for a device served without the host's stores.

:func:`message_repository` chooses one for a device. No Qt here: the messages controller turns
this into item models and signals.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError
from cmgui.service.cmapi_time import parse_time
from cmgui.service.device import Device
from cmgui.service.host import served_with_stores
from cmgui.service.stored import StoredDevice
from cmgui.store.sms import SmsArchive
from cmgui.store.sms_types import ArchiveInputError, Message, Part, normalize_number, normalize_pdu
from cmgui.store.sms_types import Conversation as ArchivedConversation

#: Search hits read to find the conversations a search matches.
SEARCH_CONVERSATIONS = 2000
#: Messages read per query when looking for a conversation's unread ones.
UNREAD_PAGE = 500

_local_ids = itertools.count(1)


@dataclass(frozen=True)
class SmsItem:
    """One message as the views show it."""

    key: str  # msgID on the device, "archive:<id>", or a local id ("in-…", "out-…")
    address: str
    text: str
    incoming: bool
    timestamp: datetime | None = None
    status: str = "read"  # unread, read, sent, unsent
    delivery: str = ""  # "", "sending", "sent", "delivered", "failed"
    message_id: int | None = None  # the archive's id, when the message is archived


@dataclass(frozen=True)
class Conversation:
    """The messages exchanged with one number, summed up."""

    address: str
    last_text: str
    last_time: datetime | None
    count: int
    unread: int


#: ``pages(after, limit)``: up to ``limit`` messages after the opaque cursor ``after`` (None:
#: from the newest), newest first, and the cursor of the next page (None: there is none).
MessagePages = Callable[[Any, int], tuple[list[SmsItem], Any]]


def new_local_key(direction: str) -> str:
    """A key for a message that has no id yet (``direction``: "in" or "out")."""
    return f"{direction}-{next(_local_ids)}"


def sort_key(item: SmsItem) -> float:
    return item.timestamp.timestamp() if item.timestamp else 0.0


class MessageRepository(Protocol):
    """The messages of one device, wherever they are kept."""

    async def load(self, *, delete_after_sync: bool) -> tuple[int, bool]:
        """Read the messages the device stores; the number read (new ones, for an archive)
        and whether device message ids were freed (and may be reused for new messages)."""

    def received(self, address: str, text: str, msg_id: str) -> None:
        """A whole message arrived (already archived, where there is an archive)."""

    def holds(self, msg_id: str) -> bool:
        """Whether the device message ``msg_id`` is known already."""

    async def fetch(self, msg_id: str) -> t.SMSRecord:
        """Read the device message ``msg_id`` and keep it."""

    def conversations(self, query: str, pending: Sequence[SmsItem]) -> list[Conversation]:
        """The conversations (those with a message matching ``query``, if given), newest first;
        ``pending``: messages being sent."""

    def pages(self, conversation: str, query: str,
              pending: Sequence[SmsItem]) -> MessagePages | None:
        """The messages of ``conversation``, or else those matching ``query``, newest first
        (``pending`` ones included); None when neither is given."""

    def keep_sent(self, item: SmsItem) -> None:
        """A message the user sent was taken (or refused) by the device: ``item`` says how."""

    async def delete(self, keys: Sequence[str]) -> int:
        """Delete these messages where they are kept and from the device that holds them."""

    def unread(self, address: str) -> list[SmsItem]:
        """The unread messages of a conversation."""

    async def mark_read(self, items: Sequence[SmsItem]) -> None:
        """Mark ``items`` read where they are kept."""

    async def mark_read_on_device(self, items: Sequence[SmsItem]) -> None:
        """Mark ``items`` read on the device, where it still holds them."""


def message_repository(device: Device) -> MessageRepository:
    """The archive of ``device`` when the host's stores serve it, else its own messages."""
    stored = served_with_stores(device)
    if stored is not None:
        return ArchiveRepository(stored)
    return DeviceRepository(device)


# --- the archive -----------------------------------------------------------------------------


def item_from_message(m: Message) -> SmsItem:
    """An archived message as the views show it."""
    incoming = m.direction == "in"
    if incoming:
        status = "read" if m.is_read else "unread"
    else:
        status = "unsent" if m.folder in ("draft", "outbox") else "sent"
    return SmsItem(
        key=f"archive:{m.id}", address=m.number, text=m.text, incoming=incoming,
        timestamp=datetime.fromtimestamp(m.sort_ts / 1000, UTC), status=status,
        delivery="" if incoming else _delivery(m), message_id=m.id,
    )


DELIVERY_OF_STATUS = {"pending": "sending", "sent": "sent", "delivered": "delivered",
                      "failed": "failed", "none": ""}


def _delivery(m: Message) -> str:
    """A sent message waits for its report as "pending": the network took it, so "sent"."""
    if m.delivery_status == "pending" and m.folder == "sent":
        return "sent"
    return DELIVERY_OF_STATUS.get(m.delivery_status, "")


def archive_pages(archive: SmsArchive, *, conversation: str | None = None,
                  query: str = "") -> MessagePages:
    """Pages of ``archive``: one conversation, a search, or everything."""

    def fetch(after: Any, limit: int) -> tuple[list[SmsItem], Any]:
        if query:
            page = archive.search(query, limit, after)
        else:
            page = archive.page(after, limit, conversation=conversation)
        return [item_from_message(m) for m in page.messages], page.next

    return fetch


def _conversation(c: ArchivedConversation) -> Conversation:
    return Conversation(c.number, c.last_text, datetime.fromtimestamp(c.last_ts / 1000, UTC),
                        c.count, c.unread)


def _archive_id(key: str) -> int | None:
    prefix, _, number = key.partition(":")
    return int(number) if prefix == "archive" and number.isdigit() else None


def _same_pdu(a: str, b: str) -> bool:
    try:
        return normalize_pdu(a) == normalize_pdu(b)
    except ArchiveInputError:
        return False  # a record without (readable) PDU: cannot be told to be the same


class ArchiveRepository:
    """The host's archive of a device the host's stores serve."""

    def __init__(self, device: StoredDevice) -> None:
        self.device = device
        self.archive = device.stores.archive

    async def load(self, *, delete_after_sync: bool) -> tuple[int, bool]:
        summary = await self.device.sync_sms(delete=delete_after_sync)
        return summary.new, bool(summary.deleted)

    def received(self, address: str, text: str, msg_id: str) -> None:
        pass  # the stores archived it before it was announced

    def holds(self, msg_id: str) -> bool:
        return False

    async def fetch(self, msg_id: str) -> t.SMSRecord:
        return await self.device.sms_get(msg_id=msg_id)  # archived by the stores on the way

    def conversations(self, query: str, pending: Sequence[SmsItem]) -> list[Conversation]:
        rows = self.archive.conversations()
        if query:
            hits = self.archive.search(query, limit=SEARCH_CONVERSATIONS)
            matching = {normalize_number(m.number) for m in hits.messages}
            rows = [c for c in rows if c.conversation in matching]
        return [_conversation(c) for c in rows]

    def pages(self, conversation: str, query: str,
              pending: Sequence[SmsItem]) -> MessagePages | None:
        if not conversation and not query:
            return None
        base = (archive_pages(self.archive, conversation=conversation) if conversation
                else archive_pages(self.archive, query=query))
        key = normalize_number(conversation) if conversation else None
        waiting = sorted((m for m in pending
                          if key is None or normalize_number(m.address) == key),
                         key=sort_key, reverse=True)

        def fetch(after: Any, limit: int) -> tuple[list[SmsItem], Any]:
            items, cursor = base(after, limit)
            return ([*waiting, *items] if after is None else items), cursor

        return fetch

    def keep_sent(self, item: SmsItem) -> None:
        pass  # the stores archived it with its status

    async def delete(self, keys: Sequence[str]) -> int:
        for key in keys:
            message_id = _archive_id(key)
            if message_id is not None:
                await self._delete_from_device(self.archive.parts(message_id))
                await self.archive.delete_messages([message_id])
        return len(keys)

    async def _delete_from_device(self, parts: list[Part]) -> None:
        """Delete a message's parts the device still holds, each only after checking that the
        storage index still holds that very PDU (devices reuse indexes)."""
        for part in parts:
            if not (part.on_device and part.storage and part.index is not None):
                continue
            msg_id = f"{part.storage}:{part.index}"
            try:
                record = await self.device.sms_get(msg_id=msg_id)
            except CmapiError:
                continue  # no longer there
            if _same_pdu(record.get("PDU") or "", part.pdu):
                await self.device.sms_delete(msg_id=msg_id)

    def unread(self, address: str) -> list[SmsItem]:
        """Read newest first a page at a time, until every unread one is found."""
        left = self.archive.count(conversation=address, unread_only=True)
        found: list[SmsItem] = []
        after = None
        while left > len(found):
            page = self.archive.page(after, UNREAD_PAGE, conversation=address)
            found += [item for item in map(item_from_message, page.messages)
                      if item.status == "unread"]
            after = page.next
            if after is None:
                break
        return found

    async def mark_read(self, items: Sequence[SmsItem]) -> None:
        await self.archive.mark_read([m.message_id for m in items if m.message_id is not None])

    async def mark_read_on_device(self, items: Sequence[SmsItem]) -> None:
        for message_id in (m.message_id for m in items if m.message_id is not None):
            for p in self.archive.parts(message_id):
                if p.on_device and p.storage and p.index is not None:
                    await self.device.sms_update(msg_id=f"{p.storage}:{p.index}", status="read")


# --- the device ------------------------------------------------------------------------------


def item_from_record(rec: t.SMSRecord) -> SmsItem:
    """A device's message record as the views show it."""
    incoming = rec["status"] in ("read", "unread")
    return SmsItem(
        key=rec["msgID"], address=rec["address"], text=rec["text"], incoming=incoming,
        timestamp=parse_time(rec.get("timestamp")), status=rec["status"],
        delivery="" if incoming else ("sent" if rec["status"] == "sent" else "sending"),
    )


def list_pages(items: Sequence[SmsItem]) -> MessagePages:
    """Pages of an in-memory list (sorted newest first here); the cursor is an offset."""
    rows = sorted(items, key=sort_key, reverse=True)

    def fetch(after: Any, limit: int) -> tuple[list[SmsItem], Any]:
        start = int(after or 0)
        end = start + limit
        return rows[start:end], end if end < len(rows) else None

    return fetch


def _is_local(key: str) -> bool:
    """A message known only here (received without an id, or sent), not stored on the device."""
    return key.startswith(("out-", "in-"))


class DeviceRepository:
    """The messages a device holds, read through the seam and kept in memory."""

    def __init__(self, device: Device) -> None:
        self.device = device
        self._all: dict[str, SmsItem] = {}

    async def load(self, *, delete_after_sync: bool) -> tuple[int, bool]:
        ids = await self.device.sms_get_id_list()
        for msg_id in ids["SMSIDList"]:
            self._all[msg_id] = item_from_record(await self.device.sms_get(msg_id=msg_id))
        return len(ids["SMSIDList"]), False

    def received(self, address: str, text: str, msg_id: str) -> None:
        key = msg_id or new_local_key("in")
        self._all[key] = SmsItem(key, address, text, True, datetime.now(UTC), "unread")

    def holds(self, msg_id: str) -> bool:
        return msg_id in self._all

    async def fetch(self, msg_id: str) -> t.SMSRecord:
        rec = await self.device.sms_get(msg_id=msg_id)
        self._all[msg_id] = item_from_record(rec)
        return rec

    def conversations(self, query: str, pending: Sequence[SmsItem]) -> list[Conversation]:
        groups: dict[str, list[SmsItem]] = {}
        for item in [*self._all.values(), *pending]:
            groups.setdefault(item.address, []).append(item)
        needle = query.casefold()
        rows: list[Conversation] = []
        for address, items in groups.items():
            if needle and needle not in address.casefold() and not any(
                needle in m.text.casefold() for m in items
            ):
                continue
            items.sort(key=sort_key)
            last = items[-1]
            rows.append(Conversation(address, last.text, last.timestamp, len(items),
                                     sum(1 for m in items if m.status == "unread")))
        rows.sort(key=lambda c: c.last_time or datetime.min.replace(tzinfo=UTC), reverse=True)
        return rows

    def pages(self, conversation: str, query: str,
              pending: Sequence[SmsItem]) -> MessagePages | None:
        if not conversation and not query:
            return None
        items = [*self._all.values(), *pending]
        if conversation:
            return list_pages([m for m in items if m.address == conversation])
        needle = query.casefold()
        return list_pages([m for m in items
                           if needle in m.text.casefold() or needle in m.address.casefold()])

    def keep_sent(self, item: SmsItem) -> None:
        self._all[item.key] = item

    async def delete(self, keys: Sequence[str]) -> int:
        for key in keys:
            if self._all.pop(key, None) is not None and not _is_local(key):
                await self.device.sms_delete(msg_id=key)
        return len(keys)

    def unread(self, address: str) -> list[SmsItem]:
        return [m for m in self._all.values() if m.address == address and m.status == "unread"]

    async def mark_read(self, items: Sequence[SmsItem]) -> None:
        for m in items:
            if m.key in self._all:
                self._all[m.key] = replace(m, status="read")

    async def mark_read_on_device(self, items: Sequence[SmsItem]) -> None:
        for m in items:
            if not m.key.startswith("in-"):
                await self.device.sms_update(msg_id=m.key, status="read")
