"""The seam: one async ``Device`` API in CMAPI terms, implemented by every backend.

Each public coroutine maps one-to-one to a CMAPI-1 function (``cmgui.cmapi.naming.method_name``):
``dev_srv_get_imei`` is ``CMAPI_DevSrv_GetIMEI``. Keyword parameters are the function's ``params``
(JSON names by rule 5.2.1.2) and the returned TypedDict is its ``result``. A backend overrides what
it supports; everything else raises CMAPI error 7, so ``Remote(Server(X))`` reports exactly what
``X`` supports.

Events (CMAPI-2 callbacks) come from :meth:`Device.subscribe`: each subscriber gets its own bounded
queue, so a slow consumer never holds up the device or the others.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import ClassVar

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError
from cmgui.service import laptop
from cmgui.service.callbacks import emitted_by
from cmgui.service.events import Event

log = logging.getLogger(__name__)

#: Events a subscriber may fall behind by before the oldest are dropped.
SUBSCRIBER_QUEUE_SIZE = 1000


class EventStream:
    """One subscriber's view of a device's events; an async iterator until closed."""

    def __init__(self, hub: EventHub, maxsize: int) -> None:
        self._hub = hub
        self._queue: asyncio.Queue[Event | None] = asyncio.Queue(maxsize)
        self.dropped = 0

    def _put(self, event: Event | None) -> None:
        while True:
            try:
                self._queue.put_nowait(event)
                return
            except asyncio.QueueFull:
                self._queue.get_nowait()
                self.dropped += 1

    async def get(self) -> Event | None:
        """The next event, or None once the stream is closed."""
        return await self._queue.get()

    def close(self) -> None:
        self._hub.discard(self)
        self._put(None)

    def __aiter__(self) -> AsyncIterator[Event]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Event]:
        while (event := await self._queue.get()) is not None:
            yield event


class EventHub:
    """Fan-out of events to every open :class:`EventStream`."""

    def __init__(self) -> None:
        self._streams: set[EventStream] = set()

    def subscribe(self, maxsize: int = SUBSCRIBER_QUEUE_SIZE) -> EventStream:
        stream = EventStream(self, maxsize)
        self._streams.add(stream)
        return stream

    def discard(self, stream: EventStream) -> None:
        self._streams.discard(stream)

    def publish(self, event: Event) -> None:
        for stream in list(self._streams):
            stream._put(event)

    def close_all(self) -> None:
        for stream in list(self._streams):
            stream.close()

    @property
    def subscriber_count(self) -> int:
        return len(self._streams)


def _unsupported(function: str) -> CmapiError:
    return CmapiError.not_supported(function)


class Device:
    """Base class of every backend. See the module docstring."""

    #: Short kind shown to users: "modem", "virtual", "remote", "mm", "gateway".
    kind: ClassVar[str] = "device"

    def __init__(self, address: str) -> None:
        self.address = address
        self.events = EventHub()

    # --- life cycle (not CMAPI functions) -----------------------------------------------------

    async def open(self) -> None:
        """Connect to the device. Raises CmapiError (e.g. 0x101) when it cannot be reached."""

    async def close(self) -> None:
        """Release the device; further calls fail. Idempotent."""
        self.events.close_all()

    def subscribe(self) -> EventStream:
        """A new stream of this device's events (CMAPI-2 callbacks)."""
        return self.events.subscribe()

    async def describe(self) -> t.DeviceInfo:
        """This device as listed by CMAPI_Discovery_GetDevice (``deviceId`` set by the caller)."""
        return {
            "deviceId": "",
            "deviceState": int(t.DeviceState.PRESENT),
            "radio": 0,
            "deviceCapability": 0,
            "connectionType": 0,
            "deviceType": int(t.DeviceType.UNKNOWN),
            "description": self.kind,
            "uniqueIdentifier": self.address,
            "address": self.address,
        }

    def supported_functions(self) -> frozenset[str]:
        """Seam method names this backend implements (overridden ones).

        Computed once per class: the dispatcher asks on every call.
        """
        return _overridden_methods(type(self))

    def emitted_callbacks(self) -> frozenset[str]:
        """The CMAPI-2 callbacks this device can ever send (:mod:`cmgui.service.callbacks`)."""
        return emitted_by(self.supported_functions())

    # --- cellular network management (7.4) ----------------------------------------------------

    async def network_get_rf_info(self) -> t.RFInfoResult:
        raise _unsupported("CMAPI_Network_GetRFInfo")

    async def network_get_home_information(self) -> t.HomeInformation:
        raise _unsupported("CMAPI_Network_GetHomeInformation")

    async def network_get_serving_information(self) -> t.ServingInformation:
        raise _unsupported("CMAPI_Network_GetServingInformation")

    # --- connection management (7.5) ---------------------------------------------------------

    async def net_connect_srv_select_network(
        self, *, network_selection_mode: t.SelectionMode, plmnid: str = "",
        rat_type: t.RATType | None = None,
    ) -> t.Empty:
        raise _unsupported("CMAPI_NetConnectSrv_SelectNetwork")

    async def net_connect_srv_get_network_list_sync(self) -> t.NetworkList:
        raise _unsupported("CMAPI_NetConnectSrv_GetNetworkList_Sync")

    async def net_connect_srv_get_network_list_async(self) -> t.NetworkList:
        return await self.net_connect_srv_get_network_list_sync()

    async def net_connect_srv_get_current_conn_type(self) -> t.ConnectionTypeResult:
        raise _unsupported("CMAPI_NetConnectSrv_GetCurrentConnType")

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "", password: str = "",
        auth_type: t.AuthType = "none", ip_addr_type: t.IPAddrType = "IPv4",
    ) -> t.ConnectResult:
        raise _unsupported("CMAPI_NetConnectSrv_Connect_Async")

    async def net_connect_srv_disconnect_async(self) -> t.Empty:
        raise _unsupported("CMAPI_NetConnectSrv_Disconnect_Async")

    async def net_connect_srv_mgr_cellular_profile(
        self, *, action: str, profile_name: str, apn: str = "", user_name: str = "",
        password: str = "", auth_type: t.AuthType = "none", ip_addr_type: t.IPAddrType = "IPv4",
        primary_dns: str = "", secondary_dns: str = "", roaming_allowed: bool = True,
    ) -> t.Empty:
        raise _unsupported("CMAPI_NetConnectSrv_MgrCellularProfile")

    async def net_connect_srv_get_cellular_profile(
        self, *, profile_name: str
    ) -> t.CellularProfile:
        raise _unsupported("CMAPI_NetConnectSrv_GetCellularProfile")

    async def net_connect_srv_get_cellular_profile_list(self) -> t.CellularProfileList:
        raise _unsupported("CMAPI_NetConnectSrv_GetCellularProfileList")

    # --- network management (7.6) ------------------------------------------------------------

    async def net_con_get_connection_status(self) -> t.ConnectionStatus:
        raise _unsupported("CMAPI_NetCon_GetConnectionStatus")

    async def net_con_set_auto_connect_mode(self, *, auto_connect: bool) -> t.Empty:
        raise _unsupported("CMAPI_NetCon_SetAutoConnectMode")

    async def net_con_get_auto_connect_mode(self) -> t.AutoConnectMode:
        raise _unsupported("CMAPI_NetCon_GetAutoConnectMode")

    async def net_con_set_default_profile(self, *, profile_name: str) -> t.Empty:
        raise _unsupported("CMAPI_NetCon_SetDefaultProfile")

    async def net_con_set_permitted_bearers(
        self, *, permitted_bearers: list[t.ModePreference]
    ) -> t.Empty:
        raise _unsupported("CMAPI_NetCon_SetPermittedBearers")

    async def net_con_get_permitted_bearers(self) -> t.PermittedBearers:
        raise _unsupported("CMAPI_NetCon_GetPermittedBearers")

    # --- device service (7.8) ----------------------------------------------------------------

    async def dev_srv_get_manufacturer_name(self) -> t.ManufacturerName:
        raise _unsupported("CMAPI_DevSrv_GetManufacturerName")

    async def dev_srv_get_manufacturer_model(self) -> t.ManufacturerModel:
        raise _unsupported("CMAPI_DevSrv_GetManufacturerModel")

    async def dev_srv_get_device_name(self) -> t.DeviceName:
        raise _unsupported("CMAPI_DevSrv_GetDeviceName")

    async def dev_srv_get_hardware_version(self) -> t.HardwareVersion:
        raise _unsupported("CMAPI_DevSrv_GetHardwareVersion")

    async def dev_srv_get_product_type(self) -> t.ProductType:
        raise _unsupported("CMAPI_DevSrv_GetProductType")

    async def dev_srv_get_imsi(self) -> t.IMSIResult:
        raise _unsupported("CMAPI_DevSrv_GetIMSI")

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        raise _unsupported("CMAPI_DevSrv_GetIMEI")

    async def dev_srv_get_msisdn(self) -> t.MSISDNResult:
        raise _unsupported("CMAPI_DevSrv_GetMSISDN")

    async def dev_srv_get_device_status(self) -> t.DeviceStatus:
        raise _unsupported("CMAPI_DevSrv_GetDeviceStatus")

    async def dev_srv_get_firmware_version(self) -> t.FirmwareVersion:
        raise _unsupported("CMAPI_DevSrv_GetFirmwareVersion")

    async def dev_srv_get_rf_switch(self) -> t.RFSwitch:
        raise _unsupported("CMAPI_DevSrv_GetRFSwitch")

    async def dev_srv_set_radio_state(self, *, radio_state: bool) -> t.Empty:
        raise _unsupported("CMAPI_DevSrv_SetRadioState")

    async def dev_srv_set_radio_state_async(self, *, radio_state: bool) -> t.Empty:
        return await self.dev_srv_set_radio_state(radio_state=radio_state)

    # --- PIN/PUK management (7.10) -----------------------------------------------------------

    async def dev_srv_get_naa_available(self) -> t.NAAList:
        raise _unsupported("CMAPI_DevSrv_GetNAAavailable")

    async def dev_srv_enable_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        raise _unsupported("CMAPI_DevSrv_EnablePIN")

    async def dev_srv_disable_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        raise _unsupported("CMAPI_DevSrv_DisablePIN")

    async def dev_srv_verify_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        raise _unsupported("CMAPI_DevSrv_VerifyPIN")

    async def dev_srv_unblock_pin(
        self, *, puk: str, new_pin: str, pin_type: t.PINType = "PIN1"
    ) -> t.Empty:
        raise _unsupported("CMAPI_DevSrv_UnblockPIN")

    async def dev_srv_change_pin(
        self, *, old_pin: str, new_pin: str, pin_type: t.PINType = "PIN1"
    ) -> t.Empty:
        raise _unsupported("CMAPI_DevSrv_ChangePIN")

    # --- WLAN (7.12) -------------------------------------------------------------------------

    async def wlan_is_supported(self) -> t.WLANSupported:
        return {"supported": "wlan_get_scan_results" in self.supported_functions()}

    async def wlan_enable_capability(self, *, enabled: bool) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_EnableCapability")

    async def wlan_scan_async(self) -> t.WLANScanResults:
        raise _unsupported("CMAPI_WLAN_Scan_Async")

    async def wlan_get_scan_results(self) -> t.WLANScanResults:
        raise _unsupported("CMAPI_WLAN_GetScanResults")

    async def wlan_add_known_network(
        self, *, ssid: str, security: t.WLANSecurity = "open", key: str = "",
        hidden: bool = False, priority: int = 0,
    ) -> t.KnownNetworkIndex:
        raise _unsupported("CMAPI_WLAN_AddKnownNetwork")

    async def wlan_update_known_network(
        self, *, index: int, ssid: str | None = None, security: t.WLANSecurity | None = None,
        key: str | None = None, hidden: bool | None = None, priority: int | None = None,
    ) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_UpdateKnownNetwork")

    async def wlan_delete_known_network(self, *, index: int) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_DeleteKnownNetwork")

    async def wlan_get_known_network(self) -> t.KnownNetworks:
        raise _unsupported("CMAPI_WLAN_GetKnownNetwork")

    async def wlan_connect(
        self, *, ssid: str, security: t.WLANSecurity = "open", key: str = ""
    ) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_Connect")

    async def wlan_connect_known_network(self, *, index: int) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_ConnectKnownNetwork")

    async def wlan_disconnect(self) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_Disconnect")

    async def wlan_get_connection_mode(self) -> t.WLANConnectionModeResult:
        raise _unsupported("CMAPI_WLAN_GetConnectionMode")

    async def wlan_set_connection_mode(self, *, connection_mode: t.WLANConnectionMode) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_SetConnectionMode")

    async def wlan_connection_state(self) -> t.WLANConnection:
        raise _unsupported("CMAPI_WLAN_ConnectionState")

    # --- statistics (7.13) -------------------------------------------------------------------

    async def net_statistic_get_connection_statistics(self) -> t.ConnectionStatistics:
        raise _unsupported("CMAPI_NetStatistic_GetConnectionStatistics")

    async def net_statistic_get_all_connection_records(self) -> t.ConnectionRecordList:
        raise _unsupported("CMAPI_NetStatistic_GetAllConnectionRecords")

    async def net_statistic_delete_connection_record(self, *, index: int) -> t.Empty:
        raise _unsupported("CMAPI_NetStatistic_DeleteConnectionRecord")

    # --- information status (7.14) -----------------------------------------------------------

    async def information_get_pin_status(self) -> t.PINStatus:
        raise _unsupported("CMAPI_Information_GetPINStatus")

    async def information_get_network_selection_mode(self) -> t.SelectionModeResult:
        raise _unsupported("CMAPI_Information_GetNetworkSelectionMode")

    async def information_get_signal_strength(self) -> t.SignalStrength:
        raise _unsupported("CMAPI_Information_GetSignalStrength")

    async def information_get_cs_network_registration(self) -> t.Registration:
        raise _unsupported("CMAPI_Information_GetCSNetworkRegistration")

    async def information_get_ps_network_registration(self) -> t.Registration:
        raise _unsupported("CMAPI_Information_GetPSNetworkRegistration")

    async def information_get_apn(self) -> t.APNResult:
        raise _unsupported("CMAPI_Information_GetAPN")

    async def information_get_ip_address(self) -> t.IPAddressResult:
        raise _unsupported("CMAPI_Information_GetIPAddress")

    async def information_get_roaming_status(self) -> t.RoamingStatus:
        raise _unsupported("CMAPI_Information_GetRoamingStatus")

    async def information_get_driver_version(self) -> t.DriverVersion:
        raise _unsupported("CMAPI_Information_GetDriverVersion")

    async def information_get_rat_type(self) -> t.RATResult:
        raise _unsupported("CMAPI_Information_GetRATType")

    async def information_get_radio_state(self) -> t.RadioStateResult:
        raise _unsupported("CMAPI_Information_GetRadioState")

    async def information_get_iccid(self) -> t.ICCIDResult:
        raise _unsupported("CMAPI_Information_GetICCID")

    async def information_get_wlan_connection(self) -> t.WLANConnection:
        raise _unsupported("CMAPI_Information_GetWLANConnection")

    # --- SMS (7.15) --------------------------------------------------------------------------

    async def sms_send(
        self, *, address: str, text: str, delivery_report: bool = False,
        validity_period: int | None = None, sms_class: int | None = None,
    ) -> t.SMSSendResult:
        raise _unsupported("CMAPI_SMS_Send")

    async def sms_create(self, *, address: str, text: str) -> t.SMSCreateResult:
        raise _unsupported("CMAPI_SMS_Create")

    async def sms_get_id_list(self, *, storage: t.SMSStorage | None = None) -> t.SMSIDList:
        raise _unsupported("CMAPI_SMS_GetIDList")

    async def sms_get(self, *, msg_id: str) -> t.SMSRecord:
        raise _unsupported("CMAPI_SMS_Get")

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        raise _unsupported("CMAPI_SMS_Delete")

    async def sms_update(self, *, msg_id: str, status: t.SMSStatus) -> t.Empty:
        raise _unsupported("CMAPI_SMS_Update")

    async def sms_get_smsc_address(self) -> t.SMSCAddress:
        raise _unsupported("CMAPI_SMS_GetSMSCAddress")

    async def sms_set_smsc_address(self, *, smsc_address: str) -> t.Empty:
        raise _unsupported("CMAPI_SMS_SetSMSCAddress")

    async def sms_get_validity_period(self) -> t.ValidityPeriod:
        raise _unsupported("CMAPI_SMS_GetValidityPeriod")

    async def sms_set_validity_period(self, *, validity_period: int) -> t.Empty:
        raise _unsupported("CMAPI_SMS_SetValidityPeriod")

    async def sms_get_delivery_report(self) -> t.DeliveryReport:
        raise _unsupported("CMAPI_SMS_GetDeliveryReport")

    async def sms_set_delivery_report(self, *, delivery_report: bool) -> t.Empty:
        raise _unsupported("CMAPI_SMS_SetDeliveryReport")

    async def sms_get_record_count(self, *, storage: t.SMSStorage | None = None) -> t.RecordCount:
        raise _unsupported("CMAPI_SMS_GetRecordCount")

    async def sms_get_unread_record_count(self) -> t.UnreadCount:
        raise _unsupported("CMAPI_SMS_GetUnreadRecordCount")

    # --- USSD (7.16) -------------------------------------------------------------------------

    async def ussd_request(self, *, ussd_string: str) -> t.USSDResult:
        raise _unsupported("CMAPI_USSD_Request")

    async def ussd_release(self) -> t.Empty:
        raise _unsupported("CMAPI_USSD_Release")

    # --- contacts (7.19) ---------------------------------------------------------------------

    async def contact_create(
        self, *, name: str, number: str, location: t.ContactLocation = "SIM"
    ) -> t.ContactIndex:
        raise _unsupported("CMAPI_Contact_Create")

    async def contact_get(self, *, index: int, location: t.ContactLocation = "SIM") -> t.Contact:
        raise _unsupported("CMAPI_Contact_Get")

    async def contact_delete(self, *, index: int, location: t.ContactLocation = "SIM") -> t.Empty:
        raise _unsupported("CMAPI_Contact_Delete")

    async def contact_get_contact_list(
        self, *, location: t.ContactLocation = "SIM"
    ) -> t.ContactList:
        raise _unsupported("CMAPI_Contact_GetContactList")

    async def contact_update(
        self, *, index: int, name: str | None = None, number: str | None = None,
        location: t.ContactLocation = "SIM",
    ) -> t.Empty:
        raise _unsupported("CMAPI_Contact_Update")

    async def contact_search(
        self, *, name: str, location: t.ContactLocation = "SIM"
    ) -> t.ContactList:
        raise _unsupported("CMAPI_Contact_Search")


    # --- laptop conformance (Appendix B.2); defaults built on other methods: service/laptop.py

    async def net_connect_srv_secondary_pdp_context_connect_async(
        self, *, primary_context_id: int = 1, context_id: int | None = None,
    ) -> t.SecondaryContext:
        raise _unsupported("CMAPI_NetConnectSrv_SecondaryPDPContext_Connect_Async")

    async def net_connect_srv_secondary_pdp_context_disconnect_async(
        self, *, context_id: int
    ) -> t.SecondaryContext:
        raise _unsupported("CMAPI_NetConnectSrv_SecondaryPDPContext_Disconnect_Async")

    async def net_con_set_no_data_profile(self, *, enabled: bool) -> t.Empty:
        raise _unsupported("CMAPI_NetCon_SetNoDataProfile")

    async def net_con_get_no_data_profile(self) -> t.NoDataProfile:
        raise _unsupported("CMAPI_NetCon_GetNoDataProfile")

    async def dev_srv_get_mdn(self) -> t.MDNResult:
        return await laptop.mdn(self)

    async def dev_srv_get_esn(self) -> t.ESNResult:
        raise await laptop.not_meaningful_on_3gpp(self, "CMAPI_DevSrv_GetESN")

    async def dev_srv_get_meid(self) -> t.MEIDResult:
        raise await laptop.not_meaningful_on_3gpp(self, "CMAPI_DevSrv_GetMEID")

    async def dev_srv_get_control_key_status(
        self, *, control_key: t.ControlKey
    ) -> t.ControlKeyStatus:
        raise _unsupported("CMAPI_DevSrv_GetControlKeyStatus")

    async def dev_srv_deactivate_control_key(
        self, *, control_key: t.ControlKey, key: str
    ) -> t.ControlKeyStatus:
        raise _unsupported("CMAPI_DevSrv_DeactivateControlKey")

    async def dev_srv_unblock_control_key(
        self, *, control_key: t.ControlKey, unblock_key: str
    ) -> t.ControlKeyStatus:
        raise _unsupported("CMAPI_DevSrv_UnblockControlKey")

    async def dev_srv_dev_attributes(self) -> t.DevAttributes:
        raise _unsupported("CMAPI_DevSrv_DevAttributes")

    async def wlan_reset_device(self) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_ResetDevice")

    async def wlan_get_connected_parameters(self) -> t.WLANConnectedParameters:
        raise _unsupported("CMAPI_WLAN_GetConnectedParameters")

    async def wlan_set_connected_parameters(
        self, *, auto_connect: bool | None = None, priority: int | None = None,
    ) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_SetConnectedParameters")

    async def wlan_cancel_operation(self) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_CancelOperation")

    async def wlan_connect_wps(self, *, bssid: str = "") -> t.Empty:
        raise _unsupported("CMAPI_WLAN_ConnectWPS")

    async def wlan_connect_pin_wps(self, *, pin: str, bssid: str = "") -> t.Empty:
        raise _unsupported("CMAPI_WLAN_ConnectPinWPS")

    async def wlan_search_network_async(self, *, ssid: str) -> t.WLANSearchResult:
        return await laptop.search_network(self, ssid)

    async def wlan_authentication_supported(self) -> t.WLANAuthentication:
        raise _unsupported("CMAPI_WLAN_AuthenticationSupported")

    async def wlan_manage_known_network(
        self, *, action: t.KnownNetworkAction, index: int | None = None,
        ssid: str | None = None, security: t.WLANSecurity | None = None, key: str | None = None,
        hidden: bool | None = None, priority: int | None = None,
    ) -> t.KnownNetworkIndex:
        return await laptop.manage_known_network(
            self, action=action, index=index, ssid=ssid, security=security, key=key,
            hidden=hidden, priority=priority)

    async def wlan_get_wsidl(self) -> t.WSIDList:
        raise _unsupported("CMAPI_WLAN_Get_WSIDL")

    async def wlan_get_hs2_mo_subcription(self) -> t.HS2MOSubscription:
        raise _unsupported("CMAPI_WLAN_Get_HS2MOSubcription")

    async def wlan_get_andsf_mo_subcription(self) -> t.ANDSFMOSubscription:
        raise _unsupported("CMAPI_WLAN_Get_ANDSFMOSubcription")

    async def wlan_get_anqp(self, *, bssid: str) -> t.ANQPInfo:
        raise _unsupported("CMAPI_WLAN_GetANQP")

    async def wlan_get_wlan_settings(self) -> t.WLANSettings:
        raise _unsupported("CMAPI_WLAN_Get_WLANSettings")

    async def wlan_set_wlan_user_settings(
        self, *, enabled: bool | None = None,
        connection_mode: t.WLANConnectionMode | None = None, prefer_wlan: bool | None = None,
        scan_interval: int | None = None,
    ) -> t.Empty:
        raise _unsupported("CMAPI_WLAN_Set_WLANUserSettings")

    async def information_get_qos(self) -> t.QoSResult:
        raise _unsupported("CMAPI_Information_GetQoS")

    async def information_get_battery_status(self) -> t.BatteryStatus:
        raise _unsupported("CMAPI_Information_GetBatteryStatus")

    async def information_set_battery_threshold(
        self, *, low_threshold: int, high_threshold: int | None = None
    ) -> t.Empty:
        return await laptop.set_battery_threshold(self, low_threshold, high_threshold)

    async def information_get_mobility_state(self) -> t.MobilityState:
        return await laptop.mobility_state(self)

    async def information_get_mobility_to_location(
        self, *, location: str, sample_interval: int = 2
    ) -> t.MobilityToLocation:
        return await laptop.mobility_to_location(self, location, sample_interval)


#: Methods the base class implements on top of another one: supported when that one is.
DERIVED_METHODS: dict[str, str] = {
    "net_connect_srv_get_network_list_async": "net_connect_srv_get_network_list_sync",
    "dev_srv_set_radio_state_async": "dev_srv_set_radio_state",
    **laptop.DERIVED,
}

_OVERRIDDEN: dict[type[Device], frozenset[str]] = {}


def _overridden_methods(cls: type[Device]) -> frozenset[str]:
    cached = _OVERRIDDEN.get(cls)
    if cached is not None:
        return cached
    names = {"wlan_is_supported"}
    for name in SEAM_METHODS:
        if getattr(cls, name) is not getattr(Device, name):
            names.add(name)
    for derived, base in DERIVED_METHODS.items():
        if base in names:
            names.add(derived)
    _OVERRIDDEN[cls] = result = frozenset(names)
    return result


#: Every seam method that stands for a CMAPI-1 function.
SEAM_METHODS: tuple[str, ...] = tuple(
    name for name, value in vars(Device).items()
    if not name.startswith("_") and asyncio.iscoroutinefunction(value)
    and name not in {"open", "close", "describe"}
)
