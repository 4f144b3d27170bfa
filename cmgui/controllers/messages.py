"""Messages: SMS conversations, compose with a live segment count, and USSD sessions."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError
from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.message_models import (
    MessageSource,
    PagedMessageModel,
    archive_source,
    item_from_message,
    list_source,
)
from cmgui.controllers.models import (
    Conversation,
    SmsConversationModel,
    SmsItem,
    UssdEntry,
    UssdHistoryModel,
)
from cmgui.controllers.tasks import AsyncOperation
from cmgui.service.device import Device
from cmgui.service.stored import StoredDevice
from cmgui.store.sms import SmsArchive
from cmgui.store.sms_types import Conversation as ArchivedConversation
from cmgui.store.sms_types import Part, normalize_number, normalize_pdu

_local_ids = itertools.count(1)


@dataclass(frozen=True)
class SegmentInfo:
    """What the composer shows under the text field."""

    encoding: str  # "GSM 7-bit", "UCS-2", "8-bit"
    characters: int
    segments: int
    left_in_segment: int


ENCODING_NAMES = {"gsm7": "GSM 7-bit", "ucs2": "UCS-2", "8bit": "8-bit"}


def segment_info(text: str) -> SegmentInfo:
    """The live character/segment/encoding count of ``text`` (cmgui.sms.counter)."""
    from cmgui.sms.counter import count

    c = count(text)
    return SegmentInfo(ENCODING_NAMES.get(c.encoding, c.encoding), c.chars_used, c.segments,
                       c.chars_left_in_segment)


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _item_from_record(rec: t.SMSRecord) -> SmsItem:
    incoming = rec["status"] in ("read", "unread")
    return SmsItem(
        key=rec["msgID"], address=rec["address"], text=rec["text"], incoming=incoming,
        timestamp=_parse_time(rec.get("timestamp")), status=rec["status"],
        delivery="" if incoming else ("sent" if rec["status"] == "sent" else "sending"),
    )


def _archive_of(dc: DeviceController | None) -> SmsArchive | None:
    """The host's SMS archive a device is served with (None: a remote endpoint, no store)."""
    if dc is not None and isinstance(dc.device, StoredDevice):
        return dc.device.stores.archive
    return None


def _conversation(c: ArchivedConversation) -> Conversation:
    return Conversation(c.number, c.last_text, datetime.fromtimestamp(c.last_ts / 1000, UTC),
                        c.count, c.unread)


class MessagesController(PageController):
    """SMS conversations: the host's archive (every message ever read from, or sent with, a
    device) where the device is served with one, else the messages on the device.

    Signals:
        messageArrived(str, str): sender and text of a newly received message.
        messageSent(str): a message to this number was handed to the network.
        conversationSelected(str): the number whose messages ``messages`` now shows ("" for
            none, or the search results while a search is active).
    """

    messageArrived = Signal(str, str)
    messageSent = Signal(str)
    conversationSelected = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conversations = SmsConversationModel(self)
        self.messages = PagedMessageModel(self)
        #: Delete what is archived from the SIM after reading it (the app sets this).
        self.delete_after_sync = False
        self._all: dict[str, SmsItem] = {}  # the device's messages, without an archive
        self._pending: dict[str, SmsItem] = {}  # being sent, not archived yet
        # Device message ids notified lately: a modem reports one arrival twice (stored, then
        # read), and reuses the id once the message is deleted, so the memory is short.
        self._announced: dict[str, float] = {}
        self._selected = ""
        self._query = ""
        self._shown: tuple[str, str] | None = None

    @property
    def archive(self) -> SmsArchive | None:
        return _archive_of(self.device)

    @property
    def selected(self) -> str:
        return self._selected

    @property
    def query(self) -> str:
        return self._query

    # --- device ---------------------------------------------------------------------------

    def attach(self, device: DeviceController) -> None:
        device.smsReceived.connect(self._on_received)
        device.smsStored.connect(self._on_stored)
        device.smsReportReceived.connect(self._on_report)
        self.refresh()  # the archive is there before the SIM is unlocked

    def detach(self, device: DeviceController) -> None:
        device.smsReceived.disconnect(self._on_received)
        device.smsStored.disconnect(self._on_stored)
        device.smsReportReceived.disconnect(self._on_report)
        self._all.clear()
        self._pending.clear()
        self._announced.clear()
        self._selected = ""
        self._shown = None
        self.conversations.set_records([])
        self.messages.set_source(None)

    def load(self) -> AsyncOperation:
        """Read the messages stored on the device (into the archive, when there is one)."""
        dc = self.require_device()
        dev = dc.device
        if isinstance(dev, StoredDevice):
            return self.run(self._sync(dev), label=self.tr("Reading messages"))
        return self.run(self._load(dev), label=self.tr("Reading messages"))

    async def _sync(self, dev: StoredDevice) -> int:
        summary = await dev.sync_sms(delete=self.delete_after_sync)
        if summary.deleted:
            self._announced.clear()  # freed ids will be reused by new messages
        self.refresh()
        return summary.new

    async def _load(self, dev: Device) -> int:
        ids = await dev.sms_get_id_list()
        for msg_id in ids["SMSIDList"]:
            rec = await dev.sms_get(msg_id=msg_id)
            self._all[msg_id] = _item_from_record(rec)
        self.refresh()
        return len(ids["SMSIDList"])

    def _on_received(self, address: str, text: str, msg_id: str) -> None:
        """A new message (already archived by the device's store, when it has one)."""
        if self.archive is None:
            key = msg_id or f"in-{next(_local_ids)}"
            self._all[key] = SmsItem(key, address, text, True, datetime.now(UTC), "unread")
        self.refresh()
        self._announce(msg_id, address, text)

    def _recently_announced(self, msg_id: str) -> bool:
        now = time.monotonic()
        for old in [k for k, at in self._announced.items() if now - at > ANNOUNCE_MEMORY]:
            del self._announced[old]
        return bool(msg_id) and msg_id in self._announced

    def _announce(self, msg_id: str, address: str, text: str) -> None:
        """messageArrived, once per arrival."""
        if self._recently_announced(msg_id):
            return
        if msg_id:
            self._announced[msg_id] = time.monotonic()
        self.messageArrived.emit(address, text)

    def _on_stored(self, msg_id: str) -> None:
        if self._recently_announced(msg_id) or self.device is None:
            return
        if self.archive is None and msg_id in self._all:
            return
        dev = self.device.device

        async def fetch() -> None:
            rec = await dev.sms_get(msg_id=msg_id)  # archived by the store on the way
            if self.archive is None:
                self._all[msg_id] = _item_from_record(rec)
            self.refresh()
            if rec["status"] in ("read", "unread"):
                self._announce(msg_id, rec["address"], rec["text"])

        self.run(fetch(), label=self.tr("Reading a new message"))

    def _on_report(self, _address: str) -> None:
        """A delivery report changed a sent message's status in the archive."""
        self.refresh()

    # --- views ----------------------------------------------------------------------------

    def select_conversation(self, address: str) -> None:
        self._selected = address
        self._refresh_messages()
        self.conversationSelected.emit(address)

    def set_search(self, query: str) -> None:
        """Show the conversations with a message matching ``query`` and, until one is chosen,
        the matching messages themselves."""
        query = query.strip()
        if query == self._query:
            return
        self._query = query
        if query:
            self._selected = ""
        self.refresh()
        self.conversationSelected.emit(self._selected)

    def refresh(self) -> None:
        """Read the conversations (and the shown messages) again."""
        archive = self.archive
        if archive is None:
            self._rebuild_from_device()
        else:
            rows = archive.conversations()
            if self._query:
                hits = archive.search(self._query, limit=SEARCH_CONVERSATIONS)
                matching = {normalize_number(m.number) for m in hits.messages}
                rows = [c for c in rows if c.conversation in matching]
            self.conversations.set_records([_conversation(c) for c in rows])
        self._refresh_messages()

    def _rebuild_from_device(self) -> None:
        groups: dict[str, list[SmsItem]] = {}
        for item in [*self._all.values(), *self._pending.values()]:
            groups.setdefault(item.address, []).append(item)
        query = self._query.casefold()
        rows: list[Conversation] = []
        for address, items in groups.items():
            if query and query not in address.casefold() and not any(
                query in m.text.casefold() for m in items
            ):
                continue
            items.sort(key=_sort_key)
            last = items[-1]
            rows.append(Conversation(address, last.text, last.timestamp, len(items),
                                     sum(1 for m in items if m.status == "unread")))
        rows.sort(key=lambda c: c.last_time or datetime.min.replace(tzinfo=UTC), reverse=True)
        self.conversations.set_records(rows)

    def _source(self) -> MessageSource | None:
        archive = self.archive
        selected, query = self._selected, self._query
        if not selected and not query:
            return None
        if archive is None:
            items = [*self._all.values(), *self._pending.values()]
            if selected:
                shown = [m for m in items if m.address == selected]
            else:
                q = query.casefold()
                shown = [m for m in items if q in m.text.casefold() or q in m.address.casefold()]
            return list_source(shown)
        base = (archive_source(archive, conversation=selected) if selected
                else archive_source(archive, query=query))
        key = normalize_number(selected) if selected else None
        pending = sorted((m for m in self._pending.values()
                          if key is None or normalize_number(m.address) == key),
                         key=_sort_key, reverse=True)

        def fetch(after: Any, limit: int) -> tuple[list[SmsItem], Any]:
            items, cursor = base(after, limit)
            return ([*pending, *items] if after is None else items), cursor

        return fetch

    def _refresh_messages(self) -> None:
        shown = (self._selected, self._query)
        keep = len(self.messages.records()) if shown == self._shown else 0
        self._shown = shown
        self.messages.set_source(self._source(), keep=keep)

    # --- actions --------------------------------------------------------------------------

    def send(self, address: str, text: str, *, delivery_report: bool = True) -> AsyncOperation:
        """Send a message; it shows as "Sending…" until the device took it, then with the
        status the archive keeps (sent, delivered once the report comes, or not delivered)."""
        dev = self.require_device().device
        key = f"out-{next(_local_ids)}"
        item = SmsItem(key, address, text, False, datetime.now(UTC), "unsent", "sending")
        self._pending[key] = item
        self.refresh()
        archived = self.archive is not None

        async def go() -> t.SMSSendResult:
            try:
                result = await dev.sms_send(address=address, text=text,
                                            delivery_report=delivery_report)
            except BaseException:
                self._pending.pop(key, None)
                if not archived:
                    self._all[key] = replace(item, delivery="failed")
                self.refresh()
                raise
            self._pending.pop(key, None)
            if not archived:
                self._all[key] = replace(item, status="sent", delivery="sent")
            self.refresh()
            self.messageSent.emit(address)
            return result

        return self.run(go(), label=self.tr("Sending the message"), expected_seconds=10)

    def delete(self, keys: list[str]) -> AsyncOperation:
        """Delete messages from the archive and from the device that still holds them."""
        dev = self.require_device().device
        archive = self.archive

        async def go() -> int:
            done = 0
            for key in keys:
                item = self._all.pop(key, None)
                message_id = _archive_id(key)
                if archive is not None and message_id is not None:
                    await _delete_from_device(dev, archive.parts(message_id))
                    await archive.delete_messages([message_id])
                elif item is not None and not key.startswith(("out-", "in-")):
                    await dev.sms_delete(msg_id=key)
                done += 1
            self.messages.remove(keys)
            self._announced.clear()  # freed ids will be reused by new messages
            self.refresh()
            return done

        return self.run(go(), label=self.tr("Deleting messages"))

    def mark_read(self, address: str) -> None:
        """Mark the conversation's unread messages read (archive and, where stored, device)."""
        if self.device is None:
            return
        dev = self.device.device
        archive = self.archive
        if archive is None:
            unread = [m for m in self._all.values()
                      if m.address == address and m.status == "unread"]
            for m in unread:
                self._all[m.key] = replace(m, status="read")
            device_ids = [m.key for m in unread if not m.key.startswith("in-")]
            archived: list[int] = []
        else:
            unread = _unread_in(archive, address)
            archived = [m.message_id for m in unread if m.message_id is not None]
            device_ids = [f"{p.storage}:{p.index}" for i in archived for p in archive.parts(i)
                          if p.on_device and p.storage and p.index is not None]
        if not unread:
            return
        for m in unread:
            self.messages.replace(replace(m, status="read"))

        async def go() -> None:
            if archive is not None:
                await archive.mark_read(archived)
                self.refresh()
            else:
                self._rebuild_from_device()
            for msg_id in device_ids:
                await dev.sms_update(msg_id=msg_id, status="read")

        self.run(go(), label=self.tr("Marking messages read"), report_errors=False)


#: Seconds a notified message id is remembered (see MessagesController._announced).
ANNOUNCE_MEMORY = 30.0
#: Search hits read to find the conversations a search matches.
SEARCH_CONVERSATIONS = 2000


def _unread_in(archive: SmsArchive, address: str) -> list[SmsItem]:
    """The unread messages of a conversation, read newest first a page at a time."""
    left = archive.count(conversation=address, unread_only=True)
    found: list[SmsItem] = []
    after = None
    while left > len(found):
        page = archive.page(after, 500, conversation=address)
        found += [item for item in map(item_from_message, page.messages)
                  if item.status == "unread"]
        after = page.next
        if after is None:
            break
    return found


def _archive_id(key: str) -> int | None:
    prefix, _, number = key.partition(":")
    return int(number) if prefix == "archive" and number.isdigit() else None


async def _delete_from_device(dev: Device, parts: list[Part]) -> None:
    """Delete a message's parts the device still holds, each only after checking that the
    storage index still holds that very PDU (devices reuse indexes)."""
    for part in parts:
        if not (part.on_device and part.storage and part.index is not None):
            continue
        msg_id = f"{part.storage}:{part.index}"
        try:
            record = await dev.sms_get(msg_id=msg_id)
        except CmapiError:
            continue  # no longer there
        if normalize_pdu(record.get("PDU") or "") == normalize_pdu(part.pdu):
            await dev.sms_delete(msg_id=msg_id)


def _sort_key(item: SmsItem) -> float:
    return item.timestamp.timestamp() if item.timestamp else 0.0


class UssdController(PageController):
    """One USSD session at a time, with its history.

    Signals:
        sessionChanged(bool): a session waits for the user's reply (True) or ended (False).
        responseReceived(str): the network's latest text.
    """

    sessionChanged = Signal(bool)
    responseReceived = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = UssdHistoryModel(self)
        self._active = False
        self._pending = 0  # requests in flight: their answer comes as the result, not an event

    @property
    def active(self) -> bool:
        return self._active

    def attach(self, device: DeviceController) -> None:
        device.ussdReceived.connect(self._on_event)

    def detach(self, device: DeviceController) -> None:
        device.ussdReceived.disconnect(self._on_event)
        self._set_active(False)

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.sessionChanged.emit(active)

    def _on_event(self, text: str, state: str) -> None:
        if not self._pending:
            self._on_network(text, state)

    def _on_network(self, text: str, state: str) -> None:
        self.history.append(UssdEntry(datetime.now(UTC), False, text, state))
        self._set_active(state == "actionRequired")
        self.responseReceived.emit(text)

    def send(self, code: str) -> AsyncOperation:
        """Send a code (``*100#``) or, during a session, a reply."""
        dev = self.require_device().device
        self.history.append(UssdEntry(datetime.now(UTC), True, code))

        async def go() -> t.USSDResult:
            self._pending += 1
            try:
                result = await dev.ussd_request(ussd_string=code)
            finally:
                self._pending -= 1
            self._on_network(result["USSDString"], result["USSDState"])
            return result

        return self.run(go(), label=self.tr("Waiting for the network"), expected_seconds=10)

    def cancel(self) -> AsyncOperation:
        dev = self.require_device().device

        async def go() -> None:
            try:
                await dev.ussd_release()
            finally:
                self._set_active(False)

        return self.run(go(), label=self.tr("Ending the session"))
