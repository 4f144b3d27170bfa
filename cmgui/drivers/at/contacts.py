"""Contacts (CMAPI 7.19) on the modem's phonebooks: "SIM" is +CPBS "SM", "device" is "ME".

Names are read in UCS2 (+CSCS="UCS2") so every alphabet comes back intact, and written in IRA
when they fit the GSM alphabet (one byte a character on the SIM) or UCS2 otherwise. The TE
character set is shared with USSD, so every phonebook operation holds ``charset_lock`` and puts
IRA back before letting go. A new contact goes into the first free index found by reading the
phonebook, so its index is known without vendor extensions.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from cmgui.at.commands import phonebook as pb
from cmgui.at.commands.phonebook import Charset, PhonebookEntry, PhonebookLimits
from cmgui.at.engine import AtCommand, AtResult
from cmgui.at.errors import AtParseError
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.sms import gsm7

from .core import AtDeviceCore
from .errors import at_failure

_STORAGE: dict[str, str] = {"SIM": "SM", "device": "ME"}
_WHERE: dict[str, str] = {"SM": "SIM", "ME": "device"}
#: Separators people type inside phone numbers; the modem wants bare dial strings.
_NUMBER_NOISE = str.maketrans("", "", " -().\u00a0/")


def _reason(code: int, reason: str, result: AtResult | None = None) -> CmapiError:
    data: dict[str, object] = {"reason": reason}
    if result is not None:
        data["modem"] = result.final
    return CmapiError(code, data=data)


def clean_number(number: str) -> str:
    """``"+1 (555) 010-0"`` -> ``"+15550100"``; CMAPI error 0x5501 when it is no number."""
    text = number.strip().translate(_NUMBER_NOISE)
    if not text or not set(text) <= pb.DIAL_CHARS or "+" in text[1:]:
        raise _reason(ErrorCode.CONTACT_INVALID_RECORD, f"{number!r} is not a phone number")
    return text


def _gsm(name: str) -> bool:
    return gsm7.codec().can_encode(name)


def name_size(storage: str, name: str) -> int:
    """Characters ``name`` counts for the limit: GSM septets on a SIM, else characters."""
    if storage == "SM" and _gsm(name):
        return gsm7.codec().septet_length(name)
    return len(name)


def name_limit(storage: str, limits: PhonebookLimits, name: str) -> int | None:
    """The most characters ``name``'s alphabet allows here (None: the modem did not say).

    A SIM stores a name in ``text_max`` bytes: one per GSM character, or two per UCS2 character
    plus a coding byte."""
    if limits.text_max is None:
        return None
    if storage == "SM" and not _gsm(name):
        return max(0, (limits.text_max - 1) // 2)
    return limits.text_max


def _too_long(storage: str, limit: int | None, name: str) -> CmapiError:
    where = "the SIM" if storage == "SM" else "the device phonebook"
    if limit is None:
        return _reason(ErrorCode.CONTACT_INVALID_RECORD, f"Name too long for {where}")
    alphabet = " with these letters" if storage == "SM" and not _gsm(name) else ""
    return _reason(ErrorCode.CONTACT_INVALID_RECORD,
                   f"Name too long for {where} (max {limit} characters{alphabet})")


class ContactFeatures(AtDeviceCore):
    """The six CMAPI_Contact_* functions."""

    _pb_limits: dict[str, PhonebookLimits]
    _ucs2: bool | None

    async def _setup(self) -> None:
        await super()._setup()
        self._pb_limits = {}
        self._ucs2 = None

    # --- plumbing ----------------------------------------------------------------------------

    def _storage(self, location: str) -> str:
        storage = _STORAGE.get(location)
        if storage is None:
            raise _reason(ErrorCode.CONTACT_INVALID_LOCATION,
                          f"{location!r} is not a contact location (SIM or device)")
        return storage

    async def _set_charset(self, charset: Charset) -> bool:
        # Not try_run: a refused UCS2 must not mark +CSCS unsupported, or IRA is never restored.
        return (await self._exchange(pb.cscs(charset), None, "general")).ok

    async def _pb_run(self, command: AtCommand, storage: str, name: str = "") -> AtResult:
        """Run a phonebook command; its errors in the user's terms."""
        result = await self._exchange(command, None, "general")
        if result.ok:
            return result
        error = result.error
        code = error.code if error is not None and error.kind == "cme" else None
        where = f"{_WHERE[storage]} phonebook"
        if code == 20:
            raise _reason(ErrorCode.CONTACT_MEMORY_FULL, f"The {where} is full", result)
        if code == 21:
            raise _reason(ErrorCode.CONTACT_INVALID_INDEX, f"No such entry in the {where}",
                          result)
        if code == 24:
            limits = self._pb_limits.get(storage)
            limit = name_limit(storage, limits, name) if limits is not None else None
            raise _too_long(storage, limit, name)
        if code in (25, 26, 27):
            raise _reason(ErrorCode.CONTACT_INVALID_RECORD,
                          f"The {where} cannot store this name or number", result)
        if command.text.startswith("AT+CPBS=") and (
                code in (3, 4) or (error is not None and error.kind in ("error",
                                                                        "not_supported"))):
            raise _reason(ErrorCode.CONTACT_INVALID_LOCATION,
                          f"This modem has no {where}", result)
        raise at_failure(result)

    @contextlib.asynccontextmanager
    async def _phonebook(self, location: str, charset: Charset | None = None
                         ) -> AsyncIterator[tuple[str, Charset]]:
        """Select the phonebook and the character set (UCS2 unless told); IRA on the way out."""
        storage = self._storage(location)
        async with self.charset_lock:
            await self._pb_run(pb.cpbs_select(storage), storage)
            wanted: Charset = charset or ("UCS2" if self._ucs2 is not False else "IRA")
            if wanted == "UCS2":
                ok = await self._set_charset("UCS2")
                if charset is None:
                    self._ucs2 = ok
                if not ok:
                    if charset == "UCS2":
                        raise _reason(ErrorCode.CONTACT_INVALID_RECORD,
                                      "The modem cannot store names in this alphabet")
                    wanted = "IRA"
            try:
                yield storage, wanted
            finally:
                if wanted != "IRA":
                    await self._set_charset("IRA")

    async def _limits(self, storage: str) -> PhonebookLimits:
        limits = self._pb_limits.get(storage)
        if limits is None:
            result = await self._pb_run(pb.cpbr_test(), storage)
            try:
                limits = pb.parse_cpbr_test(result)
            except AtParseError as exc:
                raise _reason(ErrorCode.FATAL, f"unexpected phonebook answer: {exc}",
                              result) from exc
            self._pb_limits[storage] = limits
        return limits

    async def _entries(self, command: AtCommand, storage: str, charset: Charset,
                       prefix: str) -> list[PhonebookEntry]:
        result = await self._pb_run(command, storage)
        try:
            return pb.parse_entries(result, prefix, charset)
        except AtParseError as exc:
            raise _reason(ErrorCode.CONTACT_INVALID_RECORD,
                          f"unreadable phonebook entry: {exc}", result) from exc

    async def _read_all(self, storage: str, charset: Charset
                        ) -> tuple[PhonebookLimits, list[PhonebookEntry]]:
        limits = await self._limits(storage)
        entries = await self._entries(pb.cpbr(limits.first, limits.last), storage, charset,
                                      "+CPBR:")
        return limits, entries

    async def _read_one(self, storage: str, charset: Charset, index: int) -> PhonebookEntry:
        entries = await self._entries(pb.cpbr(index), storage, charset, "+CPBR:")
        for entry in entries:
            if entry.index == index:
                return entry
        raise _reason(ErrorCode.CONTACT_INVALID_INDEX,
                      f"No contact at index {index} in the {_WHERE[storage]} phonebook")

    async def _write(self, storage: str, index: int, name: str, number: str) -> None:
        """Write under the caller's ``_phonebook`` (IRA), switching to UCS2 when needed."""
        limits = await self._limits(storage)
        limit = name_limit(storage, limits, name)
        if limit is not None and name_size(storage, name) > limit:
            raise _too_long(storage, limit, name)
        if limits.number_max is not None and len(number.lstrip("+")) > limits.number_max:
            raise _reason(ErrorCode.CONTACT_INVALID_RECORD,
                          f"Number too long (max {limits.number_max} digits)")
        if not pb.needs_ucs2(name):
            await self._pb_run(pb.cpbw(index, number, name, "IRA"), storage, name)
            return
        if not await self._set_charset("UCS2"):
            raise _reason(ErrorCode.CONTACT_INVALID_RECORD,
                          "The modem cannot store names in this alphabet")
        try:
            await self._pb_run(pb.cpbw(index, number, name, "UCS2"), storage, name)
        finally:
            await self._set_charset("IRA")

    @staticmethod
    def _contact(storage: str, entry: PhonebookEntry) -> t.Contact:
        location: t.ContactLocation = "SIM" if storage == "SM" else "device"
        return {"index": entry.index, "location": location, "name": entry.text,
                "number": entry.number}

    # --- CMAPI functions -----------------------------------------------------------------------

    async def contact_get_contact_list(
        self, *, location: t.ContactLocation = "SIM"
    ) -> t.ContactList:
        async with self._phonebook(location) as (storage, charset):
            limits, entries = await self._read_all(storage, charset)
        contacts = [self._contact(storage, e) for e in entries]
        return {"contactListElements": len(contacts), "contactList": contacts,
                "capacity": limits.last - limits.first + 1}

    async def contact_get(self, *, index: int, location: t.ContactLocation = "SIM") -> t.Contact:
        async with self._phonebook(location) as (storage, charset):
            return self._contact(storage, await self._read_one(storage, charset, index))

    async def contact_create(
        self, *, name: str, number: str, location: t.ContactLocation = "SIM"
    ) -> t.ContactIndex:
        dial = clean_number(number)
        async with self._phonebook(location, "IRA") as (storage, _):
            limits, entries = await self._read_all(storage, "IRA")
            used = {e.index for e in entries}
            free = next((i for i in range(limits.first, limits.last + 1) if i not in used), None)
            if free is None:
                raise _reason(ErrorCode.CONTACT_MEMORY_FULL,
                              f"The {_WHERE[storage]} phonebook is full")
            await self._write(storage, free, name, dial)
        return {"index": free}

    async def contact_update(
        self, *, index: int, name: str | None = None, number: str | None = None,
        location: t.ContactLocation = "SIM",
    ) -> t.Empty:
        dial = clean_number(number) if number is not None else None
        async with self._phonebook(location) as (storage, charset):
            current = await self._read_one(storage, charset, index)
            await self._set_charset("IRA")
            await self._write(storage, index, current.text if name is None else name,
                              current.number if dial is None else dial)
        return {}

    async def contact_delete(self, *, index: int, location: t.ContactLocation = "SIM"
                             ) -> t.Empty:
        async with self._phonebook(location, "IRA") as (storage, charset):
            await self._read_one(storage, charset, index)
            await self._pb_run(pb.cpbw_delete(index), storage)
        return {}

    async def contact_search(self, *, name: str, location: t.ContactLocation = "SIM"
                             ) -> t.ContactList:
        wanted = name.casefold()
        async with self._phonebook(location) as (storage, charset):
            found = await self._find(storage, charset, name)
        contacts = [self._contact(storage, e) for e in found
                    if e.text.casefold().startswith(wanted)]
        return {"contactListElements": len(contacts), "contactList": contacts}

    async def _find(self, storage: str, charset: Charset, name: str) -> list[PhonebookEntry]:
        """+CPBF; where the modem has none (or cannot take the name), the whole list."""
        try:
            command = pb.cpbf(name, charset)
        except ValueError:
            return (await self._read_all(storage, charset))[1]
        result = await self._exchange(command, None, "general")
        if result.ok:
            try:
                return pb.parse_entries(result, "+CPBF:", charset)
            except AtParseError as exc:
                raise _reason(ErrorCode.CONTACT_INVALID_RECORD,
                              f"unreadable phonebook entry: {exc}", result) from exc
        error = result.error
        if error is not None and error.kind == "cme" and error.code == 22:
            return []  # not found
        if error is not None and (error.kind in ("error", "not_supported")
                                  or (error.kind == "cme" and error.code in (3, 4))):
            return (await self._read_all(storage, charset))[1]
        raise at_failure(result)
