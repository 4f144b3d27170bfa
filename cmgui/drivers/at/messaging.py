"""SMS in PDU mode (TS 27.005): list, read, send (concatenated under one reference), delete,
new-message and status-report URCs.

A message id is ``"<storage>:<index>"`` (``"SM:3"``). +CNMI is set so the modem stores new
messages and reports ``+CMTI`` (``+CDSI``/``+CDS`` for status reports); each notice becomes an
SMSReceived event at once and an SMSMessage event once the message (all of its parts, for a
concatenated one) has been read and decoded. Status reports are matched to the message
references this driver sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from datetime import timedelta

from cmgui.at.commands import sms
from cmgui.at.commands.sim import parse_crsm
from cmgui.at.commands.sms import StoredMessage
from cmgui.at.engine import Unsolicited
from cmgui.at.errors import AtParseError
from cmgui.at.fields import split_fields, to_int
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.events import SMSMessage, SMSReceived
from cmgui.service.sms_send_settings import KeptSmsSettings
from cmgui.sms.concat import Reassembler
from cmgui.sms.encode import encode_submit
from cmgui.sms.errors import SmsCodecError
from cmgui.sms.pdu import SmsDeliver, SmsMessage, SmsStatusReport, SmsSubmit, decode_pdu

from .core import AtDeviceCore
from .errors import STORAGE_FULL_REASON

log = logging.getLogger(__name__)

_STATUS: dict[int, t.SMSStatus] = {0: "unread", 1: "read", 2: "unsent", 3: "sent"}
_STORAGES: tuple[t.SMSStorage, ...] = ("SM", "ME", "MT", "SR", "BM")
_ENCODING: dict[str, t.SMSEncoding] = {"gsm7": "GSM7", "ucs2": "UCS2", "8bit": "8bit"}
#: Sent message references remembered for matching status reports.
MAX_SENT = 256
#: New-message notices waiting to be read. More at once is a modem gone mad: the messages stay
#: on the device (a sync or the next notice finds them), the notices are dropped.
MAX_PENDING_FETCHES = 256
#: Seconds before the same storage place is read again for another notice.
REFETCH_INTERVAL = 1.0
#: EF_SMS has at most 255 records (the record number is one byte), whatever +CPMS claims.
MAX_EF_SMS_RECORDS = 255


def parse_msg_id(msg_id: str) -> tuple[t.SMSStorage, int]:
    storage, sep, index = msg_id.partition(":")
    if not sep or storage not in _STORAGES or not index.isdigit():
        raise CmapiError(ErrorCode.SMS_INVALID_MSG_ID,
                         data={"msgID": msg_id, "reason": "not a message id of this device"})
    return storage, int(index)


def decode_stored(body: str, length: int | None) -> SmsMessage:
    """Decode a PDU from +CMGR/+CMGL/+CMT/+CDS; a bare TPDU (no SMSC field) is accepted when
    its length says so (some modems hand status reports over that way)."""
    if length is not None and len(body) // 2 == length:
        body = "00" + body
    return decode_pdu(body)


class SmsFeatures(KeptSmsSettings, AtDeviceCore):
    """SMS functions and the SMS URCs."""

    _sms_ready: bool
    _sms_setup_lock: asyncio.Lock
    _read_storage: str
    _reassembler: Reassembler
    _sent: dict[int, str]
    _to_fetch: dict[tuple[str, int], None]
    _fetching: bool
    _fetched_at: dict[tuple[str, int], float]

    async def _setup(self) -> None:
        await super()._setup()
        self._sms_ready = False
        self._sms_setup_lock = asyncio.Lock()
        self._read_storage = ""
        self._reassembler = Reassembler()
        self._sent = {}
        self.reset_sms_settings()
        self._to_fetch = {}
        self._fetching = False
        self._fetched_at = {}
        await self.try_run(sms.cmgf(False))
        await self.try_run(sms.cnmi(mode=2, mt=1, bm=0, ds=2, bfr=0))
        self.route_urc("+CMTI", self._on_cmti)
        self.route_urc("+CDSI", self._on_cmti)
        self.route_urc("+CMT", self._on_direct)
        self.route_urc("+CDS", self._on_direct)
        self.route_urc("^SMMEMFULL", self._on_memory_full)

    async def _after_unlock(self) -> None:
        await super()._after_unlock()
        with contextlib.suppress(CmapiError):
            await self._ensure_sms()

    async def _ensure_sms(self) -> None:
        """PDU mode and storages; repeated until it works (the SIM may have been locked).
        Concurrent callers (a burst of +CMTI) wait for one set-up instead of each sending it."""
        async with self._sms_setup_lock:
            if self._sms_ready:
                return
            await self.run(sms.cmgf(False), context="sms")
            await self.run(sms.cpms_set("SM", "SM", "SM"), context="sms")
            await self.try_run(sms.cnmi(mode=2, mt=1, bm=0, ds=2, bfr=0))
            self._read_storage = "SM"
            self._sms_ready = True

    async def _select_storage(self, storage: str) -> None:
        await self._ensure_sms()
        if storage != self._read_storage:
            await self.run(sms.cpms_set(storage), context="sms")
            self._read_storage = storage

    # --- reading -----------------------------------------------------------------------------

    async def _list(self, storage: str) -> list[StoredMessage]:
        await self._select_storage(storage)
        return list(await self.parsed(sms.cmgl(4), sms.parse_cmgl, context="sms"))

    async def sms_get_id_list(self, *, storage: t.SMSStorage | None = None) -> t.SMSIDList:
        name = storage or "SM"
        ids = [f"{name}:{m.index}" for m in await self._list(name) if m.index is not None]
        return {"SMSIDListElements": len(ids), "SMSIDList": ids}

    async def _read(self, storage: str, index: int) -> StoredMessage:
        await self._select_storage(storage)
        result = await self.run(sms.cmgr(index), context="sms")
        if not any(line.startswith("+CMGR:") for line in result.lines):
            raise CmapiError(ErrorCode.SMS_NOT_FOUND,
                             data={"msgID": f"{storage}:{index}", "reason": "no such message"})
        try:
            return sms.parse_cmgr(result, index)
        except AtParseError as exc:
            raise CmapiError(ErrorCode.SMS_INVALID_RECORD, data={"reason": str(exc)}) from exc

    async def sms_get(self, *, msg_id: str) -> t.SMSRecord:
        storage, index = parse_msg_id(msg_id)
        return sms_record(storage, index, await self._read(storage, index))

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        storage, index = parse_msg_id(msg_id)
        await self._select_storage(storage)
        await self.run(sms.cmgd(index), context="sms")
        return {}

    async def sms_update(self, *, msg_id: str, status: t.SMSStatus) -> t.Empty:
        """Mark a received message read (reading it with +CMGR does that); TS 27.005 has no
        command that marks one unread again, nor one that changes a stored message's kind."""
        storage, index = parse_msg_id(msg_id)
        if status == "unread":
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "msgID": msg_id,
                "reason": "A message cannot be marked unread on the modem: the AT commands "
                          "for SMS (TS 27.005) can only mark a message read"})
        if status != "read":
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "msgID": msg_id, "reason": f"A stored message cannot be changed to {status}"})
        stored = await self._read(storage, index)
        if stored.stat not in (None, 0, 1):
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "msgID": msg_id, "reason": "Only received messages can be marked read"})
        return {}

    async def sms_get_record_count(self, *, storage: t.SMSStorage | None = None
                                   ) -> t.RecordCount:
        name = storage or "SM"
        await self._select_storage(name)
        uses = await self.parsed(sms.cpms_query(), sms.parse_cpms, context="sms")
        use = uses[0]
        return {"storage": name, "used": use.used, "total": use.total}

    async def sms_get_unread_record_count(self) -> t.UnreadCount:
        """Counted from the status byte of the SIM's own records (EF_SMS, read with +CRSM).

        Listing cannot count without changing what it counts: +CMGL of any <stat>, "ALL"
        included, turns every "REC UNREAD" it returns into "REC READ" (TS 27.005 3.4.2), and
        the vendor variants that do not (SIMCom ``+CMGL=4,1``, Cinterion ``^SMGL``) are neither
        common nor detectable when ignored. A modem that does not let us read EF_SMS answers
        "not supported" rather than having its messages marked read.
        """
        await self._select_storage("SM")
        use = (await self.parsed(sms.cpms_query(), sms.parse_cpms, context="sms"))[0]
        unread = seen = 0
        paths: tuple[str, ...] = sms.EF_SMS_PATHS
        for record in range(1, min(use.total, MAX_EF_SMS_RECORDS) + 1):
            if seen >= use.used:
                break  # every message is accounted for
            found = await self._ef_sms(record, paths)
            if found is None:
                if record == 1:
                    raise CmapiError(ErrorCode.SMS_OPERATION_NOT_SUPPORTED, data={
                        "reason": "the modem does not let us read the SIM's message records, "
                                  "and listing the messages would mark them read"})
                break  # past the last record of a SIM that holds fewer than +CPMS says
            data, path = found
            paths = (path,)
            stat = sms.ef_sms_stat(data)
            if stat is not None:
                seen += 1
                unread += stat == 0
        return {"unreadCount": unread}

    async def _ef_sms(self, record: int, paths: tuple[str, ...]) -> tuple[bytes, str] | None:
        """One EF_SMS record and the path that reached it; None if no path does. Errors are
        not remembered as "not supported" (+CRSM also reads the ICCID)."""
        for path in paths:
            result = await self._exchange(sms.ef_sms_record(record, path), None, "sms")
            if not result.ok:
                continue
            try:
                answer = parse_crsm(result)
            except AtParseError:
                continue
            if answer.ok:
                return answer.data, path
        return None

    # --- sending -----------------------------------------------------------------------------

    async def sms_send(
        self, *, address: str, text: str, delivery_report: bool = False,
        validity_period: int | None = None, sms_class: int | None = None,
    ) -> t.SMSSendResult:
        await self._ensure_sms()
        minutes = self._validity_minutes if validity_period is None else validity_period
        try:
            pdus = encode_submit(
                address, text, request_status_report=delivery_report or self._delivery_report,
                validity=timedelta(minutes=minutes) if minutes > 0 else None,
                message_class=sms_class, reference=random.randrange(1, 256),
            )
        except SmsCodecError as exc:
            raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"reason": str(exc)}) from exc
        references: list[int] = []
        for pdu in pdus:
            result = await self.run(sms.cmgs_pdu(pdu.tpdu_length), payload=pdu.hex,
                                    context="sms")
            try:
                reference = sms.parse_cmgs(result)
            except AtParseError as exc:
                raise CmapiError(ErrorCode.SMS_DEVICE_ERROR, data={
                    "reason": f"the modem sent part {len(references) + 1} but gave no "
                              f"reference: {exc}", "sent": references}) from exc
            references.append(reference)
            self._remember_sent(reference, address)
        return {"messageReferences": references, "segments": len(pdus)}

    def _remember_sent(self, reference: int, address: str) -> None:
        self._sent[reference] = address
        while len(self._sent) > MAX_SENT:
            del self._sent[next(iter(self._sent))]

    # The validity period and the delivery report: KeptSmsSettings.

    async def sms_get_smsc_address(self) -> t.SMSCAddress:
        centre = await self.parsed(sms.csca_query(), sms.parse_csca, context="sms")
        return {"SMSCAddress": centre.number}

    async def sms_set_smsc_address(self, *, smsc_address: str) -> t.Empty:
        number = smsc_address.strip()
        if not number.lstrip("+").isdigit():
            raise CmapiError(ErrorCode.SMS_INVALID_SMSC, data={"reason": "not a phone number"})
        await self.run(sms.csca_set(number, 145 if number.startswith("+") else 129),
                       context="sms")
        return {}

    # --- URCs ----------------------------------------------------------------------------------

    def _on_cmti(self, urc: Unsolicited) -> None:
        notice = sms.parse_cmti(urc.payload)
        msg_id = f"{notice.memory}:{notice.index}"
        key = (notice.memory, notice.index)
        if key in self._to_fetch:
            return  # the same notice again: it is read once
        if len(self._to_fetch) >= MAX_PENDING_FETCHES:
            log.warning("%s: too many new-message notices at once; %s is left on the device",
                        self.address, msg_id)
            return
        if urc.name == "+CMTI":
            self.publish(SMSReceived(msg_id=msg_id, storage=notice.memory))
        self._to_fetch[key] = None
        if not self._fetching:
            self._fetching = True
            self.spawn(self._fetch_pending())

    async def _fetch_pending(self) -> None:
        """Read the noticed messages one after the other (one task, however many notices).
        A place read less than :data:`REFETCH_INTERVAL` ago is read again only after it: a
        modem repeating one notice costs one read per interval."""
        loop = asyncio.get_running_loop()
        try:
            while self._to_fetch:
                storage, index = key = next(iter(self._to_fetch))
                wait = self._fetched_at.get(key, -REFETCH_INTERVAL) + REFETCH_INTERVAL \
                    - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._fetched_at[key] = loop.time()
                if len(self._fetched_at) > MAX_PENDING_FETCHES:
                    del self._fetched_at[next(iter(self._fetched_at))]
                try:
                    await self._fetch(storage, index)
                except (CmapiError, AtParseError, ValueError) as exc:
                    log.info("%s: new message %s:%s not read: %s", self.address, storage,
                             index, exc)
                    if isinstance(exc, CmapiError) and exc.code == ErrorCode.NO_SUCH_DEVICE:
                        return
                finally:
                    self._to_fetch.pop((storage, index), None)
        finally:
            self._fetching = False

    async def _fetch(self, storage: str, index: int) -> None:
        stored = await self._read(storage, index)
        try:
            message = decode_stored(stored.body, stored.length)
        except SmsCodecError as exc:
            self.publish(SMSMessage(address="", text="", pdu=stored.body,
                                    msg_id=f"{storage}:{index}"))
            raise CmapiError(ErrorCode.SMS_INVALID_RECORD, data={"reason": str(exc)}) from exc
        self._deliver(message, f"{storage}:{index}")

    def _on_direct(self, urc: Unsolicited) -> None:
        if not urc.data:
            return
        fields = split_fields(urc.payload)
        length = to_int(fields[-1], "length") if fields and fields[-1].text else None
        try:
            message = decode_stored(urc.data[0], length)
        except SmsCodecError:
            return
        self._deliver(message, None)

    def _on_memory_full(self, urc: Unsolicited) -> None:
        """Huawei ^SMMEMFULL: the network's next message will be refused until room is made."""
        storage = urc.payload.strip('" ') or "SM"
        log.warning("%s: %s storage: %s", self.address, storage, STORAGE_FULL_REASON)

    def _deliver(self, message: SmsMessage, msg_id: str | None) -> None:
        if isinstance(message, SmsStatusReport):
            self.publish(SMSMessage(
                address=self._sent.get(message.reference, message.recipient.number), text="",
                pdu=message.hex, msg_id=msg_id, status_report=True,
                message_reference=message.reference, delivery_status=message.status))
            return
        if not isinstance(message, SmsDeliver):
            return
        complete = self._reassembler.feed(message)
        if complete is None:
            return
        stamp = complete.timestamp
        self.publish(SMSMessage(
            address=complete.address.number, text=complete.text or "", pdu=message.hex,
            msg_id=msg_id, timestamp=stamp.isoformat() if stamp else None,
            sms_class=complete.message_class))


def sms_record(storage: t.SMSStorage, index: int, stored: StoredMessage) -> t.SMSRecord:
    """A CMAPI SMS record from a stored PDU (undecodable ones keep their raw PDU)."""
    record: t.SMSRecord = {
        "msgID": f"{storage}:{index}", "storage": storage, "index": index,
        "status": _STATUS.get(stored.stat if stored.stat is not None else 1, "read"),
        "address": "", "text": "", "encoding": "8bit", "PDU": stored.body,
    }
    try:
        message = decode_stored(stored.body, stored.length)
    except SmsCodecError:
        return record
    if isinstance(message, SmsDeliver):
        record["address"] = message.sender.number
        if message.timestamp is not None:
            record["timestamp"] = message.timestamp.isoformat()
    elif isinstance(message, SmsSubmit | SmsStatusReport):
        record["address"] = message.recipient.number
    record["text"] = message.text or ""
    record["encoding"] = _ENCODING.get(message.dcs.alphabet, "8bit")
    if message.message_class is not None:
        record["SMSClass"] = message.message_class
    if message.concat is not None:
        record["concatReference"] = message.concat.ref
        record["concatTotal"] = message.concat.total
        record["concatSequence"] = message.concat.seq
    return record
