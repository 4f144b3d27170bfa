"""``GatewayPortDevice``: one port of an SMS gateway as a ``Device`` (``dinstar+https://HOST/
ports/N``), usable with every ``cmcli -d`` command and in the app like a modem.

What the gateway API can tell or do is served: identity and state from ``get_port_info`` (the
radio of RF information is the port's ``type``; band and channels are not reported), PIN unlock
and turning the PIN lock on (``set_port_info action=lock``), radio on/off, SMS send (with
delivery reports, on request or as the device's setting) and the port's received messages and
their counts, the SMS centre where the gateway reports it, USSD, signal and registration changes
as events. The laptop-class functions a port cannot do get the specification's own answers
(:mod:`.laptop`: no data path or battery, 260; what the API cannot do, such as network scan,
phonebook, PUK, roaming flag, versions, 289). A PIN is sent exactly once per request: the API
answers 200 whatever the SIM said, so the port is read back, and a PIN the SIM refused is
reported as a wrong PIN (attempts unknown: the API does not tell them), never sent again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from cmgui.at.radio import Radio
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, pin_error
from cmgui.drivers.gateway.address import GatewayAddress, parse_gateway_address
from cmgui.drivers.gateway.connect import close_session, open_session
from cmgui.drivers.gateway.credentials import Credentials
from cmgui.drivers.gateway.laptop import PortLaptopFeatures
from cmgui.drivers.gateway.operators import provider_name
from cmgui.drivers.gateway.protocol import states
from cmgui.drivers.gateway.protocol.responses import IncomingSms, PortInfo
from cmgui.drivers.gateway.session import GatewaySession, PollIntervals
from cmgui.sms import SmsCodecError, count

log = logging.getLogger(__name__)

MANUFACTURER = "Dinstar"
#: A port's ``type`` -> its radio in RF information (CDMA has none in CMAPI's list).
_RADIO: dict[str, Radio] = {"GSM": "GSM", "WCDMA": "WCDMA_UMTS", "LTE": "LTE"}


def _sms_record(message: IncomingSms, status: t.SMSStatus) -> t.SMSRecord:
    try:
        encoding: t.SMSEncoding = "GSM7" if count(message.text).encoding == "gsm7" else "UCS2"
    except SmsCodecError:
        encoding = "UCS2"
    record: t.SMSRecord = {
        "msgID": f"ME:{message.incoming_sms_id}", "storage": "ME",
        "index": message.incoming_sms_id, "status": status, "address": message.number,
        "text": message.text, "encoding": encoding}
    if message.timestamp:
        record["timestamp"] = message.timestamp
    return record


class GatewayPortDevice(PortLaptopFeatures):
    """See the module docstring."""

    kind = "gateway"
    #: The API tells whether a SIM wants its PIN, not how many attempts are left.
    reports_pin_attempts = False

    def __init__(self, address: str, *, credentials: Credentials | None = None,
                 fingerprint: str = "", intervals: PollIntervals | None = None,
                 archive: bool = True) -> None:
        super().__init__(address)
        self.gw: GatewayAddress = parse_gateway_address(address)
        if self.gw.port is None:
            raise CmapiError(ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER, data={
                "address": address,
                "reason": f"this names the gateway; its ports are {self.gw.gateway}/ports/N "
                          f"(list them with: cmcli gateway -g {self.gw.gateway} ports)"})
        self.port: int = self.gw.port
        self._credentials = credentials
        self._fingerprint = fingerprint
        self._intervals = intervals
        self._archive = archive
        self._session: GatewaySession | None = None
        #: CMAPI_SMS_SetDeliveryReport: ask for a report on every message sent.
        self._delivery_report = False
        #: ICCID of a SIM whose PIN lock was turned on here (the API does not report the lock).
        self._locked_here = ""

    @property
    def session(self) -> GatewaySession:
        if self._session is None:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={"reason": "the port is not open"})
        return self._session

    # --- life ----------------------------------------------------------------------------------

    async def open(self) -> None:
        session = await open_session(self.gw, credentials=self._credentials,
                                     fingerprint=self._fingerprint, intervals=self._intervals,
                                     archive=self._archive)
        try:
            await session.port(self.port, fresh=False)
            await session.poll_incoming(quiet=True)  # what came before is archived, not news
        except BaseException:
            await close_session(session)
            raise
        self._session = session
        session.add_listener(self.port, self.events.publish)

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.remove_listener(self.port, self.events.publish)
            await close_session(session)
        await super().close()

    async def _info(self, fresh: bool = True) -> PortInfo:
        return await self.session.port(self.port, fresh=fresh)

    async def describe(self) -> t.DeviceInfo:
        info = await self._info()
        return {
            "deviceId": "", "deviceState": int(states.device_state(info.reg)),
            "radio": states.radio_flags(info.type), "deviceCapability": 0,
            "connectionType": 0, "deviceType": int(t.DeviceType.MODEM),
            "description": f"Port {self.port} ({info.type or 'unknown'}) of {self.gw.netloc}",
            "uniqueIdentifier": info.imei or self.address, "address": self.address,
        }

    # --- identity ------------------------------------------------------------------------------

    async def dev_srv_get_manufacturer_name(self) -> t.ManufacturerName:
        return {"manufacturerName": MANUFACTURER}

    async def dev_srv_get_manufacturer_model(self) -> t.ManufacturerModel:
        info = await self._info(fresh=False)
        return {"manufacturerModel": f"SMS gateway port ({info.type or 'unknown module'})"}

    async def dev_srv_get_device_name(self) -> t.DeviceName:
        info = await self._info(fresh=False)
        return {"deviceName": f"Port {self.port} ({info.type or 'unknown'}) of "
                              f"{self.gw.netloc}"}

    async def dev_srv_get_product_type(self) -> t.ProductType:
        return {"productType": "SMS gateway port"}

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        info = await self._info()
        if not info.imei:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={"reason": "no IMEI reported"})
        return {"IMEI": info.imei}

    async def _sim(self) -> PortInfo:
        info = await self._info()
        if info.reg == "NO_SIM":
            raise CmapiError(ErrorCode.NO_SMART_CARD, data={"reason": "no SIM in this port"})
        if info.reg in ("PIN_REQUIRE", "PUK_REQUIRE"):
            raise CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE, data={
                "reason": "the SIM is locked: enter its PIN first"})
        return info

    async def dev_srv_get_imsi(self) -> t.IMSIResult:
        info = await self._sim()
        if not info.imsi:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={"reason": "no IMSI reported yet"})
        return {"IMSI": info.imsi}

    async def information_get_iccid(self) -> t.ICCIDResult:
        info = await self._info()
        if not info.iccid:
            raise CmapiError(ErrorCode.NO_SMART_CARD, data={"reason": "no SIM in this port"})
        return {"ICCID": info.iccid}

    async def dev_srv_get_msisdn(self) -> t.MSISDNResult:
        info = await self._sim()
        if not info.number:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={
                "reason": "the SIM does not hold its own number"})
        return {"MSISDN": info.number}

    async def dev_srv_get_device_status(self) -> t.DeviceStatus:
        info = await self._info()
        return {"deviceState": int(states.device_state(info.reg)),
                "PINState": states.pin_state(info.reg), "radioState": states.radio_on(info.reg),
                "registrationState": states.registration(info.reg)}

    async def dev_srv_get_naa_available(self) -> t.NAAList:
        """The SIM's network access application as the port's module uses it: the USIM on a
        WCDMA or LTE module, the SIM on a GSM one, the R-UIM on a CDMA one; none without a SIM."""
        info = await self._info()
        if info.reg == "NO_SIM":
            return {"NAAListElements": 0, "NAAList": []}
        name = {"GSM": "SIM", "CDMA": "RUIM"}.get(info.type, "USIM")
        return {"NAAListElements": 1, "NAAList": [{"NAAName": name, "label": "SIM"}]}

    # --- radio ---------------------------------------------------------------------------------

    async def dev_srv_get_rf_switch(self) -> t.RFSwitch:
        """No hardware switch on a port; the software one is the module's power."""
        return {"hardwareSwitch": True, "softwareSwitch": states.radio_on((await self._info()).reg)}

    async def network_get_rf_info(self) -> t.RFInfoResult:
        """The serving radio (the port's ``type``) while registered; band, channels and rates
        are not reported ("" and 0)."""
        info = await self._info()
        radio = _RADIO.get(info.type) if states.registered(info.reg) else None
        if radio is None:
            return {"RFInfoListElements": 0, "RFInfoList": []}
        return {"RFInfoListElements": 1, "RFInfoList": [{
            "Radio": radio, "maxDataRateUL": 0, "maxDataRateDL": 0, "frequencyBand": "",
            "channelNumberUL": "", "channelNumberDL": ""}]}

    async def information_get_radio_state(self) -> t.RadioStateResult:
        return {"radioState": states.radio_on((await self._info()).reg)}

    async def dev_srv_set_radio_state(self, *, radio_state: bool) -> t.Empty:
        """``set_port_info action=power``, then read back until the port says so."""
        await self.session.client.set_port(self.port, "power", "on" if radio_state else "off")
        info = await self._read_back(lambda i: states.radio_on(i.reg) == radio_state)
        if states.radio_on(info.reg) != radio_state:
            raise CmapiError(ErrorCode.WRONG_POWER_STATE, data={
                "reason": f"the gateway accepted the request but port {self.port} still "
                          f"reports {info.reg}"})
        return {}

    async def _read_back(self, check: Callable[[PortInfo], bool]) -> PortInfo:
        """Read the port until ``check(info)`` or the read-back time is over."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.session.intervals.pin_readback
        step = max(0.05, min(0.5, self.session.intervals.pin_readback / 20))
        while True:
            info = await self._info()
            if check(info) or loop.time() >= deadline:
                return info
            await asyncio.sleep(step)

    # --- PIN -----------------------------------------------------------------------------------

    async def information_get_pin_status(self) -> t.PINStatus:
        info = await self._info()
        enabled = self.session.pin_enabled(info) or bool(
            info.iccid and info.iccid == self._locked_here)
        entry: t.PINStatusEntry = {"PINType": "PIN1", "PINState": states.pin_state(info.reg),
                                   "enabled": enabled}
        return {"PINStatusListElements": 1, "PINStatusList": [entry]}

    async def dev_srv_verify_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        """``set_port_info action=unlock`` once, then the port read back (see the module)."""
        if pin_type != "PIN1":
            raise CmapiError(ErrorCode.NOT_SUPPORTED, data={
                "reason": "a gateway port can only be unlocked with PIN1"})
        info = await self._info()
        if info.reg == "PUK_REQUIRE":
            raise pin_error(PinErrorKind.PIN_BLOCKED, data={
                "reason": "the SIM needs its PUK, which the gateway API cannot send; unblock "
                          "it in a phone"})
        if info.reg != "PIN_REQUIRE":
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "reason": f"the SIM in port {self.port} does not ask for a PIN ({info.reg})"})
        await self.session.client.set_port(self.port, "unlock", pin)
        after = await self._read_back(lambda i: i.reg != "PIN_REQUIRE")
        if after.reg == "PUK_REQUIRE":
            raise pin_error(PinErrorKind.PIN_BLOCKED, data={
                "reason": "the SIM refused the PIN and now needs its PUK"})
        if after.reg == "PIN_REQUIRE":
            raise pin_error(PinErrorKind.WRONG_PIN, data={
                "reason": "the SIM refused the PIN (the gateway does not say how many attempts "
                          "are left)"})
        return {}

    async def dev_srv_enable_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        """``set_port_info action=lock`` once, then the port read back. The API does not say
        whether the SIM took the PIN: only a SIM that blocks (PUK) shows a wrong one."""
        if pin_type != "PIN1":
            raise CmapiError(ErrorCode.NOT_SUPPORTED, data={
                "reason": "a gateway port's SIM lock is PIN1"})
        info = await self._info()
        if info.reg in ("PIN_REQUIRE", "PUK_REQUIRE", "NO_SIM", "POWER_OFF"):
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "reason": f"the SIM in port {self.port} is not ready ({info.reg})"})
        await self.session.client.set_port(self.port, "lock", pin)
        after = await self._info()
        if after.reg == "PUK_REQUIRE":
            raise pin_error(PinErrorKind.PIN_BLOCKED, data={
                "reason": "the SIM refused the PIN and now needs its PUK"})
        self._locked_here = after.iccid
        return {}

    # --- network -------------------------------------------------------------------------------

    async def information_get_signal_strength(self) -> t.SignalStrength:
        info = await self._info()
        return states.signal_strength(info.signal if states.registered(info.reg) else None,
                                      info.type)

    async def _registration(self) -> t.Registration:
        info = await self._info()
        return {"registrationState": states.registration(info.reg),
                "RATType": states.rat_type(info.type)}

    async def information_get_cs_network_registration(self) -> t.Registration:
        return await self._registration()

    async def information_get_ps_network_registration(self) -> t.Registration:
        return await self._registration()

    async def information_get_rat_type(self) -> t.RATResult:
        return {"RATType": states.rat_type((await self._info()).type)}

    async def network_get_home_information(self) -> t.HomeInformation:
        info = await self._sim()
        mcc, mnc = states.plmn_of(info.imsi)
        if not mcc:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={"reason": "no IMSI reported yet"})
        return {"MCC": mcc, "MNC": mnc, "providerName": provider_name(info.imsi)}

    # --- SMS -----------------------------------------------------------------------------------

    async def sms_send(
        self, *, address: str, text: str, delivery_report: bool = False,
        validity_period: int | None = None, sms_class: int | None = None,
    ) -> t.SMSSendResult:
        """On this port; waits for the gateway's result (``ref_id`` of each part)."""
        if sms_class is not None or validity_period is not None:
            raise CmapiError(ErrorCode.NOT_SUPPORTED, data={
                "reason": "the gateway API sets no message class or validity period"})
        result = await self.session.send_one(self.port, address, text,
                                             report=delivery_report or self._delivery_report)
        if result.status == "FAILED":
            raise CmapiError(ErrorCode.SMS_COMMUNICATION_FAILURE, data={
                "reason": f"port {self.port} could not send the message to {address}"})
        return {"messageReferences": list(result.refs), "segments": result.count}

    async def _messages(self) -> tuple[list[IncomingSms], set[int]]:
        client = self.session.client
        everything = await client.incoming(flag="all", ports=[self.port])
        read = await client.incoming(flag="read", ports=[self.port])
        return list(everything.messages), {m.incoming_sms_id for m in read.messages}

    async def sms_get_id_list(self, *, storage: t.SMSStorage | None = None) -> t.SMSIDList:
        if storage not in (None, "ME", "MT"):
            return {"SMSIDListElements": 0, "SMSIDList": []}
        messages, _ = await self._messages()
        ids = [f"ME:{m.incoming_sms_id}" for m in messages]
        return {"SMSIDListElements": len(ids), "SMSIDList": ids}

    async def sms_get(self, *, msg_id: str) -> t.SMSRecord:
        storage, _, index = msg_id.partition(":")
        if storage != "ME" or not index.isdigit():
            raise CmapiError(ErrorCode.SMS_INVALID_MSG_ID, data={"msgID": msg_id})
        wanted = int(index)
        page = await self.session.client.incoming(after_id=wanted - 1, flag="all",
                                                  ports=[self.port])
        message = next((m for m in page.messages if m.incoming_sms_id == wanted), None)
        if message is None:
            raise CmapiError(ErrorCode.SMS_NOT_FOUND, data={"msgID": msg_id})
        read = await self.session.client.incoming(after_id=wanted - 1, flag="read",
                                                  ports=[self.port])
        status: t.SMSStatus = "read" if any(
            m.incoming_sms_id == wanted for m in read.messages) else "unread"
        return _sms_record(message, status)

    async def sms_get_unread_record_count(self) -> t.UnreadCount:
        messages, read = await self._messages()
        return {"unreadCount": sum(1 for m in messages if m.incoming_sms_id not in read)}

    async def sms_get_record_count(self, *, storage: t.SMSStorage | None = None
                                   ) -> t.RecordCount:
        """The port's messages in the gateway's database (its capacity is not reported: total
        is what is used, as for ModemManager)."""
        name: t.SMSStorage = storage or "ME"
        used = len((await self._messages())[0]) if name in ("ME", "MT") else 0
        return {"storage": name, "used": used, "total": used}

    async def sms_get_smsc_address(self) -> t.SMSCAddress:
        info = await self._sim()
        if not info.smsc:
            raise CmapiError(ErrorCode.INFO_DATA_NOT_PRESENT, data={
                "reason": "this gateway does not report the port's SMS centre"})
        return {"SMSCAddress": info.smsc}

    async def sms_get_delivery_report(self) -> t.DeliveryReport:
        return {"deliveryReport": self._delivery_report}

    async def sms_set_delivery_report(self, *, delivery_report: bool) -> t.Empty:
        self._delivery_report = delivery_report
        return {}

    # --- USSD ----------------------------------------------------------------------------------

    async def ussd_request(self, *, ussd_string: str) -> t.USSDResult:
        reply = await self.session.ussd(self.port, ussd_string)
        if reply is None:
            return {"USSDString": "", "USSDState": "timeout"}
        return {"USSDString": reply, "USSDState": states.ussd_state(reply)}

    async def ussd_release(self) -> t.Empty:
        await self.session.ussd_cancel(self.port)
        return {}
