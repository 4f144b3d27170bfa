"""SMS through ModemManager's Messaging interface: send, list, read, delete, new-message events.

A message id is the number of ModemManager's SMS object (``/org/freedesktop/ModemManager1/SMS/N``).
"""

from __future__ import annotations

import logging

from dbus_fast import Variant

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.events import SMSMessage, SMSReceived
from cmgui.sms.counter import count as count_sms

from . import mm_model as m
from .bus import DBusCallError
from .mm_core import MMDeviceCore

log = logging.getLogger(__name__)


class SmsFeatures(MMDeviceCore):
    """SMS functions and the Messaging ``Added`` signal."""

    async def _announce_sms(self, path: str) -> None:
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
        if delivery_report:
            props["delivery-report-request"] = Variant("b", True)
        if sms_class is not None:
            props["class"] = Variant("i", sms_class)
        if validity_period is not None:
            # MMSmsValidityType RELATIVE (1) with the TS 23.040 relative value
            props["validity"] = Variant("(uv)", [1, Variant("u", validity_period)])
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
        status: t.SMSStatus = (
            "read" if state == m.SmsState.RECEIVED else
            "sent" if state == m.SmsState.SENT else "unsent")
        text = str(props.get("Text", ""))
        msg_id = path.rsplit("/", 1)[1]
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
        return await self._sms_record(path)

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        path = self._sms_path(msg_id)
        if path not in await self._sms_paths():
            raise CmapiError(ErrorCode.SMS_NOT_FOUND, data={"msgID": msg_id})
        await self._call(m.MESSAGING, "Delete", "o", [path])
        return {}

    async def sms_get_record_count(self, *, storage: t.SMSStorage | None = None) -> t.RecordCount:
        ids = await self.sms_get_id_list(storage=storage)
        default = int((await self._get_all(self.path, m.MESSAGING)).get("DefaultStorage", 0))
        # ModemManager does not publish storage capacity; total is what is used.
        return {"storage": storage or m.STORAGE.get(default, "ME"),
                "used": ids["SMSIDListElements"], "total": ids["SMSIDListElements"]}
