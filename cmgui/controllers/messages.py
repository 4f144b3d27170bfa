"""Messages: SMS conversations and compose with a live segment count.

Where the messages live (the host's archive, or the device's own storage) is the business of a
:class:`~cmgui.service.message_repository.MessageRepository`, chosen per device by the function
the app controller hands in; this controller holds the signals, the models and the operations.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from cmgui.cmapi import types as t
from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.message_models import (
    OldestFirstModel,
    PagedMessageModel,
    SmsConversationModel,
)
from cmgui.controllers.tasks import AsyncOperation
from cmgui.service.device import Device
from cmgui.service.message_repository import (
    MessageRepository,
    SmsItem,
    message_repository,
    new_local_key,
)

#: Seconds a notified message id is remembered (see MessagesController._announced).
ANNOUNCE_MEMORY = 30.0


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


class MessagesController(PageController):
    """SMS conversations of the current device, from its
    :class:`~cmgui.service.message_repository.MessageRepository`.

    Signals:
        messageArrived(str, str): sender and text of a newly received message.
        messageSent(str): a message to this number was handed to the network.
        conversationSelected(str): the number whose messages ``messages`` now shows ("" for
            none, or the search results while a search is active).
    """

    messageArrived = Signal(str, str)
    messageSent = Signal(str)
    conversationSelected = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *,
        repositories: Callable[[Device], MessageRepository] = message_repository,
    ) -> None:
        super().__init__(parent)
        self.conversations = SmsConversationModel(self)
        #: The shown messages, newest first (as they are read, a page at a time)...
        self.messages = PagedMessageModel(self)
        #: ... and as a conversation view shows them: oldest on top, newest at the bottom.
        self.oldest_first = OldestFirstModel(self.messages, self)
        #: Delete what is archived from the SIM after reading it (the app sets this).
        self.delete_after_sync = False
        self._repositories = repositories
        self._repo: MessageRepository | None = None
        self._pending: dict[str, SmsItem] = {}  # being sent
        # Device message ids notified lately: a modem reports one arrival twice (stored, then
        # read), and reuses the id once the message is deleted, so the memory is short.
        self._announced: dict[str, float] = {}
        self._selected = ""
        self._query = ""
        self._shown: tuple[str, str] | None = None

    @property
    def selected(self) -> str:
        return self._selected

    @property
    def query(self) -> str:
        return self._query

    def _require_repository(self) -> MessageRepository:
        if self._repo is None:
            raise RuntimeError("no device selected")
        return self._repo

    # --- device ---------------------------------------------------------------------------

    def attach(self, device: DeviceController) -> None:
        self._repo = self._repositories(device.device)
        device.smsMessage.connect(self._on_message)
        device.smsStored.connect(self._on_stored)
        device.smsReportReceived.connect(self._on_report)
        self.refresh()  # an archive is there before the SIM is unlocked

    def detach(self, device: DeviceController) -> None:
        device.smsMessage.disconnect(self._on_message)
        device.smsStored.disconnect(self._on_stored)
        device.smsReportReceived.disconnect(self._on_report)
        self._repo = None
        self._pending.clear()
        self._announced.clear()
        self._selected = ""
        self._shown = None
        self.conversations.set_records([])
        self.messages.set_source(None)

    def load(self) -> AsyncOperation:
        """Read the messages stored on the device (into the archive, when there is one)."""
        repo = self._require_repository()

        async def go() -> int:
            count, freed = await repo.load(delete_after_sync=self.delete_after_sync)
            if freed:
                self._announced.clear()  # freed ids will be reused by new messages
            self.refresh()
            return count

        return self.run(go(), label=self.tr("Reading messages"))

    def _on_message(self, address: str, text: str, msg_id: str) -> None:
        """A whole new message (already archived by the device's stores, when it has them)."""
        if self._repo is not None:
            self._repo.received(address, text, msg_id)
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
        """A new message was stored on the device: read it (the stores archive it)."""
        repo = self._repo
        if self._recently_announced(msg_id) or repo is None or repo.holds(msg_id):
            return

        async def fetch() -> None:
            rec = await repo.fetch(msg_id)
            self.refresh()
            # A part of a longer message is not announced: the whole one is, once, when its
            # last part is in (smsMessage).
            whole = rec.get("concatTotal", 1) <= 1
            if rec["status"] in ("read", "unread") and whole:
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
        repo = self._repo
        pending = list(self._pending.values())
        self.conversations.set_records(
            [] if repo is None else repo.conversations(self._query, pending))
        self._refresh_messages()

    def _refresh_messages(self) -> None:
        shown = (self._selected, self._query)
        keep = len(self.messages.records()) if shown == self._shown else 0
        self._shown = shown
        repo = self._repo
        source = None if repo is None else repo.pages(self._selected, self._query,
                                                      list(self._pending.values()))
        self.messages.set_source(source, keep=keep)

    # --- actions --------------------------------------------------------------------------

    def send(self, address: str, text: str, *, delivery_report: bool = True) -> AsyncOperation:
        """Send a message; it shows as "Sending…" until the device took it, then with the
        status the repository keeps (sent, delivered once the report comes, or not
        delivered)."""
        dev = self.require_device().device
        repo = self._require_repository()
        key = new_local_key("out")
        item = SmsItem(key, address, text, False, datetime.now(UTC), "unsent", "sending")
        self._pending[key] = item
        self.refresh()

        async def go() -> t.SMSSendResult:
            try:
                result = await dev.sms_send(address=address, text=text,
                                            delivery_report=delivery_report)
            except BaseException:
                self._pending.pop(key, None)
                repo.keep_sent(replace(item, delivery="failed"))
                self.refresh()
                raise
            self._pending.pop(key, None)
            repo.keep_sent(replace(item, status="sent", delivery="sent"))
            self.refresh()
            self.messageSent.emit(address)
            return result

        return self.run(go(), label=self.tr("Sending the message"), expected_seconds=10)

    def delete(self, keys: list[str]) -> AsyncOperation:
        """Delete messages from the archive and from the device that still holds them."""
        repo = self._require_repository()

        async def go() -> int:
            done = await repo.delete(keys)
            self.messages.remove(keys)
            self._announced.clear()  # freed ids will be reused by new messages
            self.refresh()
            return done

        return self.run(go(), label=self.tr("Deleting messages"))

    def mark_read(self, address: str) -> None:
        """Mark the conversation's unread messages read (where they are kept, then on the
        device where it still holds them)."""
        repo = self._repo
        if self.device is None or repo is None:
            return
        unread = repo.unread(address)
        if not unread:
            return
        for m in unread:
            self.messages.replace(replace(m, status="read"))

        async def go() -> None:
            await repo.mark_read(unread)
            self.refresh()
            await repo.mark_read_on_device(unread)

        self.run(go(), label=self.tr("Marking messages read"), report_errors=False)
