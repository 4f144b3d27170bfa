"""A small in-memory Device for GUI tests: real seam calls, real events, no hardware."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, pin_error
from cmgui.service import events as ev
from cmgui.service.device import Device
from cmgui.sms.encode import encode_deliver


@dataclass
class FakeState:
    pin: str = "1234"
    puk: str = "12345678"
    pin_enabled: bool = True
    locked: bool = True
    pin_attempts: int = 3
    puk_attempts: int = 10
    radio: bool = True
    operator: str = "Demo Telecom"
    mcc: str = "001"
    mnc: str = "01"
    rat: t.RATType = "E_UTRAN"
    bars: int = 4
    percent: int = 72
    roaming: bool = False
    selection: t.SelectionMode = "automatic"
    bearers: list[t.ModePreference] = field(default_factory=lambda: ["auto"])
    connection: t.ConnectionState = "disconnected"
    apn: str = "internet"
    scan_seconds: float = 0.05
    sms: dict[str, t.SMSRecord] = field(default_factory=dict)
    wlan_connected: str = ""
    known: list[t.KnownNetwork] = field(default_factory=list)
    ussd_menu: bool = False
    fail_connect: bool = False


class FakeDevice(Device):
    kind = "fake"

    def __init__(self, address: str = "fake", state: FakeState | None = None) -> None:
        super().__init__(address)
        self.s = state or FakeState()
        self.calls: list[str] = []
        self.opened = False
        self._next_sms = 1
        self.add_sms("+491701234567", "Hello from the fake modem", "unread",
                     "2026-11-20T10:00:00+00:00")
        self.add_sms("+491701234567", "Second message", "read", "2026-11-20T10:05:00+00:00")
        self.add_sms("+4930555", "Your balance is 5 EUR", "read", "2026-11-19T08:00:00+00:00")

    def add_sms(self, address: str, text: str, status: t.SMSStatus, when: str) -> str:
        index = self._next_sms
        msg_id = f"SM:{index}"
        self._next_sms += 1
        record: t.SMSRecord = {"msgID": msg_id, "storage": "SM", "index": index,
                               "status": status, "address": address, "text": text,
                               "encoding": "GSM7", "timestamp": when}
        if status in ("read", "unread"):  # the real SMS-DELIVER bytes a modem would hand over
            record["PDU"] = encode_deliver(address, text,
                                           timestamp=datetime.fromisoformat(when))[0].hex
        self.s.sms[msg_id] = record
        return msg_id

    def _log(self, name: str) -> None:
        self.calls.append(name)

    def _need_unlocked(self) -> None:
        if self.s.locked:
            raise CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE)

    # life cycle
    async def open(self) -> None:
        self.opened = True

    async def close(self) -> None:
        self.opened = False
        await super().close()

    # identity
    async def dev_srv_get_manufacturer_name(self) -> t.ManufacturerName:
        return {"manufacturerName": "Fakewave"}

    async def dev_srv_get_manufacturer_model(self) -> t.ManufacturerModel:
        return {"manufacturerModel": "FW-100"}

    async def dev_srv_get_firmware_version(self) -> t.FirmwareVersion:
        return {"firmwareVersion": "1.0.0"}

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        return {"IMEI": "490154203237518"}

    async def dev_srv_get_imsi(self) -> t.IMSIResult:
        self._need_unlocked()
        return {"IMSI": "001010123456789"}

    async def dev_srv_get_msisdn(self) -> t.MSISDNResult:
        self._need_unlocked()
        return {"MSISDN": "+491709999999"}

    async def information_get_iccid(self) -> t.ICCIDResult:
        return {"ICCID": "8949000000000000001"}

    # PIN
    async def information_get_pin_status(self) -> t.PINStatus:
        s = self.s
        state: t.PINState = "ready"
        if s.locked:
            state = "PUKRequired" if s.pin_attempts == 0 else "PINRequired"
        return {"PINStatusListElements": 2, "PINStatusList": [
            {"PINType": "PIN1", "PINState": state, "enabled": s.pin_enabled,
             "attemptsLeft": s.pin_attempts},
            {"PINType": "PUK1", "PINState": state, "enabled": True,
             "attemptsLeft": s.puk_attempts},
        ]}

    def _check_pin(self, pin: str) -> None:
        s = self.s
        if s.pin_attempts == 0:
            raise pin_error(PinErrorKind.PIN_BLOCKED)
        if pin != s.pin:
            s.pin_attempts -= 1
            if s.pin_attempts == 0:
                raise pin_error(PinErrorKind.PIN_BLOCKED, 0x63C0)
            raise pin_error(PinErrorKind.WRONG_PIN, 0x63C0 | s.pin_attempts)
        s.pin_attempts = 3

    async def dev_srv_verify_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self._log(f"verify:{pin}")
        self._check_pin(pin)
        self.s.locked = False
        return {}

    async def dev_srv_unblock_pin(self, *, puk: str, new_pin: str,
                                  pin_type: t.PINType = "PIN1") -> t.Empty:
        self._log(f"unblock:{puk}:{new_pin}")
        s = self.s
        if puk != s.puk:
            s.puk_attempts -= 1
            raise pin_error(PinErrorKind.WRONG_PUK, 0x63C0 | s.puk_attempts)
        s.pin, s.pin_attempts, s.locked = new_pin, 3, False
        return {}

    async def dev_srv_enable_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_pin(pin)
        self.s.pin_enabled = True
        return {}

    async def dev_srv_disable_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_pin(pin)
        self.s.pin_enabled = False
        return {}

    async def dev_srv_change_pin(self, *, old_pin: str, new_pin: str,
                                 pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_pin(old_pin)
        self.s.pin = new_pin
        return {}

    # network
    async def information_get_radio_state(self) -> t.RadioStateResult:
        return {"radioState": self.s.radio}

    async def dev_srv_set_radio_state(self, *, radio_state: bool) -> t.Empty:
        self.s.radio = radio_state
        self.events.publish(ev.RadioStateChanged(radio_state))
        return {}

    async def network_get_serving_information(self) -> t.ServingInformation:
        self._need_unlocked()
        s = self.s
        reg: t.RegistrationState = "registeredRoaming" if s.roaming else "registeredHome"
        if not s.radio:
            reg = "notRegistered"
        return {"MCC": s.mcc, "MNC": s.mnc, "networkName": s.operator if s.radio else "",
                "RATType": s.rat, "registrationState": reg}

    async def information_get_signal_strength(self) -> t.SignalStrength:
        return {"signalStrength": -85, "signalPercentage": self.s.percent,
                "signalQuality": 20, "bars": self.s.bars, "RATType": self.s.rat}

    async def information_get_roaming_status(self) -> t.RoamingStatus:
        return {"roaming": self.s.roaming}

    async def information_get_network_selection_mode(self) -> t.SelectionModeResult:
        return {"networkSelectionMode": self.s.selection}

    async def net_con_get_permitted_bearers(self) -> t.PermittedBearers:
        return {"permittedBearers": list(self.s.bearers)}

    async def net_con_set_permitted_bearers(
        self, *, permitted_bearers: list[t.ModePreference]
    ) -> t.Empty:
        self.s.bearers = list(permitted_bearers)
        return {}

    async def net_connect_srv_get_network_list_sync(self) -> t.NetworkList:
        self._log("scan")
        await asyncio.sleep(self.s.scan_seconds)
        nets: list[t.NetworkEntry] = [
            {"PLMNID": "00101", "longName": "Demo Telecom", "shortName": "Demo",
             "RATType": "E_UTRAN", "networkStatus": "current"},
            {"PLMNID": "00102", "longName": "Other Mobile", "shortName": "Other",
             "RATType": "UTRAN", "networkStatus": "available"},
            {"PLMNID": "00103", "longName": "Forbidden Net", "shortName": "Forb",
             "RATType": "GSM", "networkStatus": "forbidden"},
        ]
        return {"networkListElements": len(nets), "networkList": nets}

    async def net_connect_srv_select_network(
        self, *, network_selection_mode: t.SelectionMode, plmnid: str = "",
        rat_type: t.RATType | None = None,
    ) -> t.Empty:
        self._log(f"select:{network_selection_mode}:{plmnid}")
        self.s.selection = network_selection_mode
        return {}

    # connection
    async def net_con_get_connection_status(self) -> t.ConnectionStatus:
        return {"connectionState": self.s.connection, "connectionType": "cellular"}

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "", password: str = "",
        auth_type: t.AuthType = "none", ip_addr_type: t.IPAddrType = "IPv4",
    ) -> t.ConnectResult:
        self._log(f"connect:{apn}")
        if self.s.fail_connect:
            raise CmapiError(ErrorCode.INVALID_APN)
        self.s.connection = "connected"
        self.s.apn = apn or self.s.apn
        self.events.publish(ev.SessionStateChanged("connected", self.s.apn, "10.0.0.2"))
        self.events.publish(ev.ByteCount(1000, 50_000, 3, 2_000, 40_000))
        return {"connectionState": "connected", "APN": self.s.apn, "IPAddress": "10.0.0.2"}

    async def net_connect_srv_disconnect_async(self) -> t.Empty:
        self.s.connection = "disconnected"
        self.events.publish(ev.SessionStateChanged("disconnected"))
        return {}

    # SMS
    async def sms_get_id_list(self, *, storage: t.SMSStorage | None = None) -> t.SMSIDList:
        ids = list(self.s.sms)
        return {"SMSIDListElements": len(ids), "SMSIDList": ids}

    async def sms_get(self, *, msg_id: str) -> t.SMSRecord:
        try:
            return dict(self.s.sms[msg_id])  # type: ignore[return-value]
        except KeyError:
            raise CmapiError(ErrorCode.SMS_NOT_FOUND) from None

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        self._log(f"sms_delete:{msg_id}")
        self.s.sms.pop(msg_id, None)
        return {}

    async def sms_update(self, *, msg_id: str, status: t.SMSStatus) -> t.Empty:
        self.s.sms[msg_id]["status"] = status
        return {}

    async def sms_send(self, *, address: str, text: str, delivery_report: bool = False,
                       validity_period: int | None = None,
                       sms_class: int | None = None) -> t.SMSSendResult:
        self._log(f"sms_send:{address}")
        return {"messageReferences": [7], "segments": 1}

    def deliver(self, address: str, text: str) -> str:
        """A message arrives: stored, then announced (CMAPI_Callback_SMS)."""
        msg_id = self.add_sms(address, text, "unread", "2026-11-21T12:00:00+00:00")
        self.events.publish(ev.SMSReceived(msg_id, "SM", len(self.s.sms)))
        return msg_id

    # USSD
    async def ussd_request(self, *, ussd_string: str) -> t.USSDResult:
        self._log(f"ussd:{ussd_string}")
        if ussd_string == "*100#":
            return {"USSDString": "Balance: 5.00 EUR", "USSDState": "finished"}
        if ussd_string == "*123#":
            self.s.ussd_menu = True
            return {"USSDString": "1 Balance\n2 Data", "USSDState": "actionRequired"}
        if self.s.ussd_menu:
            self.s.ussd_menu = False
            return {"USSDString": f"You chose {ussd_string}", "USSDState": "finished"}
        raise CmapiError(ErrorCode.USSD_DATA_INVALID)

    async def ussd_release(self) -> t.Empty:
        self.s.ussd_menu = False
        return {}

    # WLAN
    async def wlan_scan_async(self) -> t.WLANScanResults:
        return await self.wlan_get_scan_results()

    async def wlan_get_scan_results(self) -> t.WLANScanResults:
        nets: list[t.WLANNetwork] = [
            {"SSID": "HomeNet", "BSSID": "aa:bb:cc:00:00:01", "security": "WPA2-PSK",
             "signalStrength": 80, "frequency": 2412, "band": "2.4 GHz"},
            {"SSID": "Cafe", "BSSID": "aa:bb:cc:00:00:02", "security": "open",
             "signalStrength": 45, "frequency": 5180, "band": "5 GHz"},
        ]
        return {"scanResultsElements": len(nets), "scanResults": nets}

    async def wlan_get_known_network(self) -> t.KnownNetworks:
        return {"knownNetworksElements": len(self.s.known), "knownNetworks": list(self.s.known)}

    async def wlan_add_known_network(self, *, ssid: str, security: t.WLANSecurity = "open",
                                     key: str = "", hidden: bool = False,
                                     priority: int = 0) -> t.KnownNetworkIndex:
        index = len(self.s.known)
        self.s.known.append({"index": index, "SSID": ssid, "security": security,
                             "hidden": hidden, "priority": priority})
        return {"index": index}

    async def wlan_delete_known_network(self, *, index: int) -> t.Empty:
        self.s.known = [k for k in self.s.known if k["index"] != index]
        return {}

    async def wlan_connect(self, *, ssid: str, security: t.WLANSecurity = "open",
                           key: str = "") -> t.Empty:
        self._log(f"wlan_connect:{ssid}:{key}")
        self.s.wlan_connected = ssid
        return {}

    async def wlan_connect_known_network(self, *, index: int) -> t.Empty:
        self.s.wlan_connected = next(k["SSID"] for k in self.s.known if k["index"] == index)
        return {}

    async def wlan_disconnect(self) -> t.Empty:
        self.s.wlan_connected = ""
        return {}

    async def wlan_connection_state(self) -> t.WLANConnection:
        if self.s.wlan_connected:
            return {"connected": True, "SSID": self.s.wlan_connected}
        return {"connected": False}
