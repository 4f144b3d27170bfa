"""Reassembly of concatenated messages (TS 23.040 9.2.3.24.1 / .8), pure state, no I/O.

Parts arrive in any order, possibly twice. :class:`Reassembler` keeps the incomplete groups;
callers that must survive a restart persist the raw PDUs of :meth:`Reassembler.pending` groups
and feed them again later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cmgui.sms.address import Address
from cmgui.sms.pdu import SmsDeliver, SmsSubmit
from cmgui.sms.udh import ConcatInfo

Part = SmsDeliver | SmsSubmit
GroupKey = tuple[str, str, int, int]
"""(``"deliver"`` or ``"submit"``, address, reference, total)."""


@dataclass(frozen=True, slots=True)
class CompleteMessage:
    """A whole message: one part, or every part of a concatenated one in order."""

    address: Address  # the sender of a DELIVER, the recipient of a SUBMIT
    text: str | None  # None for 8-bit data
    data: bytes  # the joined payloads (meaningful for 8-bit and UCS2)
    parts: tuple[Part, ...]
    concat: ConcatInfo | None  # of the first part

    @property
    def timestamp(self) -> datetime | None:
        """The service centre time stamp of the first part (DELIVER only)."""
        first = self.parts[0]
        return first.timestamp if isinstance(first, SmsDeliver) else None

    @property
    def message_class(self) -> int | None:
        return self.parts[0].message_class


@dataclass(slots=True)
class PartialGroup:
    """An incomplete concatenated message."""

    key: GroupKey
    total: int
    parts: dict[int, Part] = field(default_factory=dict)

    @property
    def received(self) -> tuple[int, ...]:
        return tuple(sorted(self.parts))

    @property
    def missing(self) -> tuple[int, ...]:
        return tuple(i for i in range(1, self.total + 1) if i not in self.parts)

    @property
    def raw_pdus(self) -> tuple[bytes, ...]:
        """What to persist to rebuild the group later (feed each through decode_pdu)."""
        return tuple(self.parts[i].raw for i in sorted(self.parts))


def _address(msg: Part) -> Address:
    return msg.sender if isinstance(msg, SmsDeliver) else msg.recipient


def group_key(msg: Part) -> GroupKey | None:
    """The key a part is grouped under, ``None`` for a message that is not concatenated."""
    c = msg.concat
    if c is None:
        return None
    kind = "deliver" if isinstance(msg, SmsDeliver) else "submit"
    return (kind, _address(msg).number, c.ref, c.total)


def join(parts: tuple[Part, ...]) -> CompleteMessage:
    """Join parts given in order into one message."""
    first = parts[0]
    data = b"".join(p.payload for p in parts)
    alphabets = {p.dcs.alphabet for p in parts}
    text: str | None
    if alphabets == {"ucs2"} and not any(p.dcs.compressed for p in parts):
        # Decode the joined bytes: a sender that split a surrogate pair still reads right.
        body = data if len(data) % 2 == 0 else data[:-1]
        text = body.decode("utf-16-be", "replace")
    elif all(p.text is None for p in parts):
        text = None
    else:
        text = "".join(p.text or "" for p in parts)
    return CompleteMessage(_address(first), text, data, parts, first.concat)


class Reassembler:
    """Collects parts until a message is complete.

    ``feed`` returns the complete message once the last missing part arrives (at once for a
    message that is not concatenated) and ``None`` otherwise. Groups are keyed by message kind,
    address, reference and total, so sent and received messages never mix.

    A copy of a part that arrives after its message was completed is recognised (same key,
    same user data) among the last ``remember`` completed messages and ignored, while a new
    message that reuses the reference still starts a new group.
    """

    def __init__(self, remember: int = 64) -> None:
        self._groups: dict[GroupKey, PartialGroup] = {}
        self._completed: dict[GroupKey, dict[int, bytes]] = {}
        self._remember = remember

    def feed(self, msg: Part) -> CompleteMessage | None:
        key = group_key(msg)
        if key is None:
            return join((msg,))
        assert msg.concat is not None
        seq = msg.concat.seq
        done = self._completed.get(key)
        if done is not None and done.get(seq) == msg.user_data and key not in self._groups:
            return None  # a late copy of a part of a message already returned
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = PartialGroup(key, msg.concat.total)
        if seq in group.parts:
            return None  # a duplicate: the first copy wins
        group.parts[seq] = msg
        if len(group.parts) < group.total:
            return None
        del self._groups[key]
        ordered = tuple(group.parts[i] for i in range(1, group.total + 1))
        self._completed.pop(key, None)
        self._completed[key] = {i: p.user_data for i, p in enumerate(ordered, 1)}
        while len(self._completed) > self._remember:
            del self._completed[next(iter(self._completed))]
        return join(ordered)

    def pending(self) -> list[PartialGroup]:
        """The incomplete groups, oldest first."""
        return list(self._groups.values())

    def drop(self, key: GroupKey) -> PartialGroup | None:
        """Forget a group (for example one that waited too long); returns it if it existed."""
        return self._groups.pop(key, None)

    def __len__(self) -> int:
        return len(self._groups)
