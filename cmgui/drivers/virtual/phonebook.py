"""Phonebooks of the virtual device: "SM" on the SIM and "ME" in the device (TS 27.007 8.11).

A SIM keeps names in a fixed-size alpha field: ``text_max`` bytes hold that many GSM 7-bit
characters, or ``(text_max - 1) // 2`` UCS2 ones (TS 31.102 annex A, the 0x80 coding).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import errors

#: Characters of the GSM 7-bit default alphabet and its extension table (TS 23.038 6.2.1).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")
DIAL_CHARS = frozenset("0123456789+*#pwPW,")

MEMORY_FULL = 20
INVALID_INDEX = 21
NOT_FOUND = 22
TEXT_TOO_LONG = 24
DIAL_STRING_TOO_LONG = 26
INVALID_DIAL_CHARS = 27


def gsm_length(text: str) -> int | None:
    """Septets ``text`` takes in the GSM default alphabet (None: it needs UCS2)."""
    total = 0
    for ch in text:
        if ch in GSM_BASIC:
            total += 1
        elif ch in GSM_EXTENSION:
            total += 2
        else:
            return None
    return total


@dataclass(frozen=True)
class Contact:
    number: str
    type: int
    text: str


class Phonebook:
    """One phonebook storage: indexes ``1..capacity``, bounded numbers and names."""

    def __init__(self, name: str, capacity: int, *, text_max: int, number_max: int = 40,
                 alpha_bytes: bool = True) -> None:
        self.name = name
        self.capacity = capacity
        self.text_max = text_max
        self.number_max = number_max
        #: True when names are stored in an alpha field of ``text_max`` bytes (a SIM).
        self.alpha_bytes = alpha_bytes
        self._entries: dict[int, Contact] = {}

    @property
    def used(self) -> int:
        return len(self._entries)

    @property
    def first(self) -> int:
        return 1

    @property
    def last(self) -> int:
        return self.capacity

    def _check(self, index: int) -> None:
        if not self.first <= index <= self.last:
            raise errors.cme(INVALID_INDEX)

    def fits(self, text: str) -> bool:
        septets = gsm_length(text)
        if septets is not None:
            return septets <= self.text_max
        if self.alpha_bytes:
            return len(text) <= (self.text_max - 1) // 2
        return len(text) <= self.text_max

    def write(self, index: int | None, number: str, type_: int, text: str) -> int:
        """Store an entry at ``index`` or the first free one; returns the index used."""
        if not number or not set(number) <= DIAL_CHARS:
            raise errors.cme(INVALID_DIAL_CHARS)
        if len(number.lstrip("+")) > self.number_max:
            raise errors.cme(DIAL_STRING_TOO_LONG)
        if not self.fits(text):
            raise errors.cme(TEXT_TOO_LONG)
        if index is None:
            index = next((i for i in range(self.first, self.last + 1)
                          if i not in self._entries), None)
            if index is None:
                raise errors.cme(MEMORY_FULL)
        self._check(index)
        if type_ == 145 and not number.startswith("+"):
            number = "+" + number
        self._entries[index] = Contact(number, type_, text)
        return index

    def delete(self, index: int) -> None:
        self._check(index)
        self._entries.pop(index, None)

    def replace_all(self, entries: dict[int, Contact]) -> None:
        """What the phonebook holds, all at once (restoring a saved device)."""
        self._entries = dict(entries)

    def read(self, first: int, last: int) -> list[tuple[int, Contact]]:
        self._check(first)
        self._check(last)
        return [(i, c) for i, c in sorted(self._entries.items()) if first <= i <= last]

    def find(self, prefix: str) -> list[tuple[int, Contact]]:
        """Entries whose name starts with ``prefix`` (case-insensitive)."""
        wanted = prefix.casefold()
        return [(i, c) for i, c in sorted(self._entries.items())
                if c.text.casefold().startswith(wanted)]


def default_sim_contacts() -> tuple[tuple[str, str], ...]:
    """What a new SIM of the virtual operator comes with: (name, number)."""
    return (
        ("Voicemail", "+15550101"),
        ("Customer care", "+15550102"),
        ("Balance", "*100#"),
        ("Emergency", "112"),
    )
