"""SMS through ModemManager's Messaging interface: send, list, read, delete, new-message events,
the sending settings and the read state.

A message id is the number of ModemManager's SMS object (``/org/freedesktop/ModemManager1/SMS/N``).

ModemManager keeps no sending defaults and no read flag, so this module keeps them, as the AT
driver keeps its sending defaults: the SMS centre, validity period and delivery-report request
set through CMAPI are put on every message it creates (``smsc``, ``validity``,
``delivery-report-request`` of ``Messaging.Create``). Without a centre set here the modem uses
its SIM's, which ModemManager does not publish: GetSMSCAddress then answers "data not present".
A message ModemManager announces as received while the device is open is unread until it is
read (``sms_get``, as +CMGR marks it) or marked read (``sms_update``); ModemManager read every
message already stored when it listed them, so those count as read.
"""

from __future__ import annotations

import logging

from dbus_fast import Variant

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.events import SMSMessage, SMSReceived
from cmgui.service.sms_send_settings import KeptSmsSettings
from cmgui.sms.counter import count as count_sms

from . import mm_model as m
from .bus import DBusCallError
from .mm_core import MMDeviceCore

log = logging.getLogger(__name__)


class SmsFeatures(KeptSmsSettings, MMDeviceCore):
    """SMS functions and the Messaging ``Added`` signal."""

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self._smsc = ""
        self.reset_sms_settings()
        #: Ids of received messages not read yet (see the module docstring).
        self._unread: set[str] = set()

    async def _announce_sms(self, path: str) -> None:
        self._unread.add(path.rsplit("/", 1)[1])
        try:
            record = await self._sms_record(path)
        except CmapiError:
            log.debug("new SMS %s vanished before it was read", path)
            return
        self.events.publish(SMSReceived(msg_id=record["msgID"], storage=record["storage"]))
        self.events.publish(SMSMessage(address=record["address"], text=record["text"],
                                       msg_id=record["msgID"],
                                       timestamp=record.get("timestamp")))

    async def sms_send(
        self, *, address: str, text: str, delivery_report: bool = False,
        validity_period: int | None = None, sms_class: int | None = None,
    ) -> t.SMSSendResult:
        if not address or not text:
            raise CmapiError(ErrorCode.INVALID_PARAMETER, data={
                "reason": "a message needs a number and a text"})
        props: dict[str, Variant] = {"number": Variant("s", address), "text": Variant("s", text)}
        if delivery_report or self._delivery_report:
            props["delivery-report-request"] = Variant("b", True)
        if sms_class is not None:
            props["class"] = Variant("i", sms_class)
        minutes = self._validity_minutes if validity_period is None else validity_period
        if minutes > 0:
            # MMSmsValidityType RELATIVE (1), in minutes
            props["validity"] = Variant("(uv)", [1, Variant("u", minutes)])
        if self._smsc:
            props["smsc"] = Variant("s", self._smsc)
        path = str((await self._call(m.MESSAGING, "Create", "a{sv}", [props]))[0])
        try:
            await self._call(m.SMS, "Send", path=path)
            reference = int((await self._get_all(path, m.SMS)).get("MessageReference", 0))
        finally:
            await self._delete_quietly(path)
        segments = max(1, count_sms(text).segments)
        # ModemManager reports the last part's TP-MR; parts take consecutive references.
        references = [(reference - segments + 1 + i) % 256 for i in range(segments)]
        return {"messageReferences": references, "segments": segments}

    async def _delete_quietly(self, path: str) -> None:
        try:
            await self._call(m.MESSAGING, "Delete", "o", [path])
        except CmapiError as err:
            log.debug("could not delete sent SMS %s: %s", path, err)

    def _sms_path(self, msg_id: str) -> str:
        if not msg_id.isdigit():
            raise CmapiError(ErrorCode.SMS_INVALID_MSG_ID, data={
                "reason": "message ids of ModemManager are numbers"})
        return f"{m.ROOT}/SMS/{int(msg_id)}"

    async def _sms_record(self, path: str) -> t.SMSRecord:
        try:
            props = await self.bus.get_all(m.BUS_NAME, path, m.SMS)
        except DBusCallError as err:
            raise CmapiError(ErrorCode.SMS_NOT_FOUND, data={"dbus": err.name}) from err
        if not props:
            raise CmapiError(ErrorCode.SMS_NOT_FOUND)
        state = int(props.get("State", 0))
        msg_id = path.rsplit("/", 1)[1]
        status: t.SMSStatus = (
            ("unread" if msg_id in self._unread else "read") if state == m.SmsState.RECEIVED else
            "sent" if state == m.SmsState.SENT else "unsent")
        text = str(props.get("Text", ""))
        record: t.SMSRecord = {
            "msgID": msg_id, "storage": m.STORAGE.get(int(props.get("Storage", 0)), "ME"),
            "index": int(msg_id), "status": status, "address": str(props.get("Number", "")),
            "text": text, "encoding": "GSM7" if count_sms(text).encoding == "gsm7" else "UCS2",
        }
        if props.get("Timestamp"):
            record["timestamp"] = str(props["Timestamp"])
        sms_class = int(props.get("Class", -1))
        if sms_class >= 0:
            record["SMSClass"] = sms_class
        return record

    async def _sms_paths(self) -> list[str]:
        return [str(p) for p in (await self._call(m.MESSAGING, "List"))[0]]

    async def sms_get_id_list(self, *, storage: t.SMSStorage | None = None) -> t.SMSIDList:
        ids: list[str] = []
        for path in await self._sms_paths():
            if storage is not None:
                try:
                    record = await self._sms_record(path)
                except CmapiError:
                    continue
                if record["storage"] != storage:
                    continue
            ids.append(path.rsplit("/", 1)[1])
        return {"SMSIDListElements": len(ids), "SMSIDList": ids}

    async def sms_get(self, *, msg_id: str) -> t.SMSRecord:
        path = self._sms_path(msg_id)
        if path not in await self._sms_paths():
            raise CmapiError(ErrorCode.SMS_NOT_FOUND, data={"msgID": msg_id})
        record = await self._sms_record(path)
        self._unread.discard(record["msgID"])  # read now, as +CMGR marks it
        return record

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        path = self._sms_path(msg_id)
        if path not in await self._sms_paths():
            raise CmapiError(ErrorCode.SMS_NOT_FOUND, data={"msgID": msg_id})
        await self._call(m.MESSAGING, "Delete", "o", [path])
        self._unread.discard(path.rsplit("/", 1)[1])
        return {}

    async def sms_update(self, *, msg_id: str, status: t.SMSStatus) -> t.Empty:
        """Mark a received message read or unread (the read state is kept here); a stored
        message's kind (sent, unsent, draft) cannot change."""
        path = self._sms_path(msg_id)
        if path not in await self._sms_paths():
            raise CmapiError(ErrorCode.SMS_NOT_FOUND, data={"msgID": msg_id})
        record = await self._sms_record(path)
        if status not in ("read", "unread"):
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "msgID": msg_id, "reason": f"A stored message cannot be changed to {status}"})
        if record["status"] not in ("read", "unread"):
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "msgID": msg_id, "reason": "Only received messages can be marked read or unread"})
        if status == "unread":
            self._unread.add(record["msgID"])
        else:
            self._unread.discard(record["msgID"])
        return {}

    async def sms_get_unread_record_count(self) -> t.UnreadCount:
        present = {p.rsplit("/", 1)[1] for p in await self._sms_paths()}
        self._unread &= present  # forget what was deleted elsewhere (mmcli, another program)
        return {"unreadCount": len(self._unread)}

    # --- settings kept here, applied to every message sent (see the module docstring) --------

    async def sms_get_smsc_address(self) -> t.SMSCAddress:
        if not self._smsc:
            raise CmapiError(ErrorCode.INFO_DATA_NOT_PRESENT, data={
                "reason": "ModemManager does not publish the SMS centre the modem uses (its "
                          "SIM's); set one with CMAPI_SMS_SetSMSCAddress"})
        return {"SMSCAddress": self._smsc}

    async def sms_set_smsc_address(self, *, smsc_address: str) -> t.Empty:
        number = smsc_address.strip()
        if not number.lstrip("+").isdigit() or len(number.lstrip("+")) > 20:
            raise CmapiError(ErrorCode.SMS_INVALID_SMSC, data={"reason": "not a phone number"})
        self._smsc = number
        return {}


    async def sms_get_record_count(self, *, storage: t.SMSStorage | None = None) -> t.RecordCount:
        ids = await self.sms_get_id_list(storage=storage)
        default = int((await self._get_all(self.path, m.MESSAGING)).get("DefaultStorage", 0))
        # ModemManager does not publish storage capacity; total is what is used.
        return {"storage": storage or m.STORAGE.get(default, "ME"),
                "used": ids["SMSIDListElements"], "total": ids["SMSIDListElements"]}
