"""SMS storages (SM on the SIM, ME in the device) with 27.005 message status."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from . import errors


class MsgStat(enum.IntEnum):
    """<stat> of +CMGL/+CMGR in PDU mode; text mode uses :attr:`text`."""

    REC_UNREAD = 0
    REC_READ = 1
    STO_UNSENT = 2
    STO_SENT = 3

    @property
    def text(self) -> str:
        return self.name.replace("_", " ")

    @classmethod
    def from_text(cls, value: str) -> MsgStat:
        try:
            return cls[value.strip().upper().replace(" ", "_")]
        except KeyError:
            raise errors.cms(302) from None


#: The status byte of a used EF_SMS record for each <stat> (TS 51.011 10.5.3); 0x00 is free.
EF_SMS_STATUS = {MsgStat.REC_READ: 0x01, MsgStat.REC_UNREAD: 0x03, MsgStat.STO_SENT: 0x05,
                 MsgStat.STO_UNSENT: 0x07}


@dataclass
class StoredMessage:
    stat: MsgStat
    tpdu: bytes
    sca: str = ""


class Storage:
    """One message storage with a fixed number of slots."""

    def __init__(self, name: str, capacity: int, index_base: int = 0) -> None:
        self.name = name
        self.capacity = capacity
        self.index_base = index_base
        self._slots: dict[int, StoredMessage] = {}

    @property
    def used(self) -> int:
        return len(self._slots)

    @property
    def full(self) -> bool:
        return len(self._slots) >= self.capacity

    def store(self, msg: StoredMessage) -> int:
        for index in range(self.index_base, self.index_base + self.capacity):
            if index not in self._slots:
                self._slots[index] = msg
                return index
        raise errors.cms(322)

    def _check(self, index: int) -> None:
        if not self.index_base <= index < self.index_base + self.capacity:
            raise errors.cms(321)

    def get(self, index: int) -> StoredMessage | None:
        """The message in a slot (None for an empty slot; error for an index out of range)."""
        self._check(index)
        return self._slots.get(index)

    def delete(self, index: int) -> None:
        self._check(index)
        self._slots.pop(index, None)

    def delete_flagged(self, flag: int) -> None:
        """+CMGD delflag 1..4: read; read+sent; read+sent+unsent; all."""
        drop = {1: {MsgStat.REC_READ},
                2: {MsgStat.REC_READ, MsgStat.STO_SENT},
                3: {MsgStat.REC_READ, MsgStat.STO_SENT, MsgStat.STO_UNSENT},
                4: set(MsgStat)}.get(flag)
        if drop is None:
            raise errors.cms(302)
        for index in [i for i, m in self._slots.items() if m.stat in drop]:
            del self._slots[index]

    def replace_all(self, slots: dict[int, StoredMessage]) -> None:
        """What the storage holds, all at once (restoring a saved device)."""
        self._slots = dict(slots)

    def items(self, stat: MsgStat | None = None) -> list[tuple[int, StoredMessage]]:
        return sorted((i, m) for i, m in self._slots.items() if stat is None or m.stat is stat)
