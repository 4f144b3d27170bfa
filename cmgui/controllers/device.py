"""DeviceController: one open :class:`~cmgui.service.device.Device` as Qt state and signals.

It opens the device after the window is up, pumps the seam's event stream into typed signals and
keeps a :class:`DeviceStatus` snapshot views read from. It never retries a PIN: a locked SIM only
raises ``pinRequired``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from cmgui.cmapi.errors import CmapiError
from cmgui.cmapi.types import DeviceState
from cmgui.controllers.errors import user_message
from cmgui.service import events as ev
from cmgui.service.device import Device, EventStream

log = logging.getLogger(__name__)
T = TypeVar("T")

LOCKED_PIN_STATES = frozenset({"PINRequired", "PUKRequired", "blocked"})


@dataclass
class DeviceStatus:
    """What the UI shows about one device; empty strings mean "not known"."""

    manufacturer: str = ""
    model: str = ""
    firmware: str = ""
    imei: str = ""
    imsi: str = ""
    iccid: str = ""
    msisdn: str = ""
    operator: str = ""
    plmn: str = ""
    technology: str = ""
    registration: str = ""
    roaming: bool = False
    radio_on: bool = True
    bars: int = 0
    signal_percent: int = 0
    signal_dbm: int | None = None
    selection_mode: str = ""
    permitted_bearers: tuple[str, ...] = ()
    pin_state: str = ""
    pin_enabled: bool | None = None
    pin_attempts: int | None = None
    puk_attempts: int | None = None
    connection_state: str = "disconnected"
    connection_reason: str = ""
    apn: str = ""
    ip_address: str = ""
    #: Read once connected (CMAPI_Information_GetIPAddress): the IPv6 address, DNS servers
    #: and the host's network interface that carries the data ("" where the device does not say).
    ipv6_address: str = ""
    dns_servers: tuple[str, ...] = ()
    interface_name: str = ""
    bytes_sent: int = 0
    bytes_received: int = 0
    rate_ul: int = 0
    rate_dl: int = 0
    duration: int = 0
    wlan_connected: bool = False
    wlan_ssid: str = ""
    wlan_bssid: str = ""
    radio_details: RadioDetails | None = None


@dataclass
class RadioDetails:
    """What a technician reads off the serving cell; None / "" where the device does not say."""

    rssi: int | None = None
    rsrp: int | None = None
    rsrq: int | None = None
    sinr: int | None = None
    rscp: int | None = None
    ecio: float | None = None
    cell_id: int | None = None
    tac: int | None = None
    lac: int | None = None
    radio: str = ""  # "GSM", "WCDMA_UMTS", "LTE", "NR" (CMAPI_Network_GetRFInfo)
    band: str = ""
    channel_dl: str = ""
    channel_ul: str = ""


class DeviceController(QObject):
    """Owns one device for the UI.

    Signals:
        stateChanged(str): "closed", "opening", "ready", "locked" or "error".
        statusChanged(): any field of :attr:`DeviceController.status` changed.
        signalChanged(int, int): bars (0-5) and percentage.
        connectionStateChanged(str, str): connection state and the reason of a failure ("" if
            none).
        trafficChanged(int, int, int, int): bytes sent, received, rate up, rate down (bytes/s).
        pinRequired(str, int): what the SIM waits for ("PINRequired", "PUKRequired") and attempts
            left (-1 unknown).
        smsMessage(str, str, str): a whole new message arrived (CMAPI_Callback_SMS_Message):
            sender, text and message id ("" if none).
        smsStored(str): a new message was stored on the device under this message id
            (CMAPI_Callback_SMS, event ``SMSReceived``); its text is read with ``sms_get``.
        smsReportReceived(str): a delivery report for a message sent to this number arrived.
        smsStorageFull(str): the device's message store is full; the text says how to free it.
        usageThresholdCrossed(bool, int, int, int, bool): roaming, threshold (%), bytes used,
            limit, and whether the plan disconnects now.
        ussdReceived(str, str): network text and USSD state.
        wlanStatusChanged(bool, str): WLAN connected, SSID.
        wlanScanCompleted(int): number of networks found.
        errorOccurred(str): something failed, in the user's terms.
    """

    stateChanged = Signal(str)
    statusChanged = Signal()
    signalChanged = Signal(int, int)
    connectionStateChanged = Signal(str, str)
    trafficChanged = Signal(int, int, int, int)
    pinRequired = Signal(str, int)
    smsMessage = Signal(str, str, str)
    smsStored = Signal(str)
    smsReportReceived = Signal(str)
    smsStorageFull = Signal(str)
    usageThresholdCrossed = Signal(bool, int, int, int, bool)
    ussdReceived = Signal(str, str)
    wlanStatusChanged = Signal(bool, str)
    wlanScanCompleted = Signal(int)
    errorOccurred = Signal(str)

    def __init__(self, device: Device, label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.label = label or device.address
        self.status = DeviceStatus()
        self._state = "closed"
        self._stream: EventStream | None = None
        self._pump: asyncio.Task[None] | None = None
        self._closing = False
        self._gone = False
        #: Tried once when the SIM asks for its PIN, before the user is prompted: the app sets
        #: it to the remembered-PIN policy (cmgui.service.pin_policy). True when it unlocked.
        self.unlock_hook: Callable[[Device], Awaitable[bool]] | None = None
        #: Run once the device is open; may return another device standing for it (the app adds
        #: this computer's Wi-Fi to a modem that has none: cmgui.service.wlan_overlay).
        self.open_hook: Callable[[Device], Awaitable[Device]] | None = None
        self._base: Device | None = None
        #: "Connect automatically" was considered for this opening (the app sets it), or
        #: waits for the device to register on a network.
        self.auto_connect_tried = False
        self.auto_connect_waiting = False

    # --- properties -----------------------------------------------------------------------

    @property
    def address(self) -> str:
        return self.device.address

    @property
    def kind(self) -> str:
        return self.device.kind

    @property
    def state(self) -> str:
        return self._state

    def supports(self, method: str) -> bool:
        return method in self.device.supported_functions()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    # --- life cycle -----------------------------------------------------------------------

    async def open(self) -> None:
        """Open the device, start the event pump and read its state. Never raises."""
        self._closing = False
        self._gone = False
        self.auto_connect_tried = False
        self._set_state("opening")
        try:
            await self.device.open()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._set_state("error")
            self.errorOccurred.emit(user_message(exc))
            return
        await self._run_open_hook()
        self._stream = self.device.subscribe()
        self._pump = asyncio.get_event_loop().create_task(self._pump_events(self._stream))
        await self.refresh()

    async def close(self) -> None:
        """Stop the pump and close the device. Idempotent."""
        self._closing = True
        if self._stream is not None:
            self._stream.close()
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._pump
        self._pump = None
        self._stream = None
        with contextlib.suppress(Exception):
            await self.device.close()
        if self._base is not None:  # the device the hook stood in for
            self.device, self._base = self._base, None
            with contextlib.suppress(Exception):
                await self.device.close()
        self._set_state("closed")

    async def _run_open_hook(self) -> None:
        if self.open_hook is None or self._base is not None:
            return
        try:
            served = await self.open_hook(self.device)
        except Exception:
            log.exception("%s: preparing the device failed; using it as it is", self.address)
            return
        if served is not self.device:
            self._base, self.device = self.device, served

    async def refresh(self) -> None:
        """Read everything the status snapshot holds (what the device supports)."""
        await self.refresh_pin_status()
        if self.status.pin_state == "PINRequired" and self.unlock_hook is not None:
            await self._unlock_by_hook()
            await self.refresh_pin_status()  # unlocked, or attempts changed: read it again
        if self.status.pin_state in LOCKED_PIN_STATES:
            self._set_state("locked")
            await self._read_identity(sim=False)
            self.statusChanged.emit()
            self._emit_pin_required()
            return
        await self._read_identity(sim=True)
        await self.refresh_network()
        self._set_state("ready")
        self.statusChanged.emit()

    async def _unlock_by_hook(self) -> bool:
        hook, self.unlock_hook = self.unlock_hook, None  # once per device, never in a loop
        if hook is None:
            return False
        try:
            return await hook(self.device)
        except Exception:
            log.exception("%s: unlocking with the remembered PIN failed", self.address)
            return False

    async def refresh_pin_status(self) -> None:
        result = await self._try(self.device.information_get_pin_status())
        s = self.status
        if result is None:
            if not s.pin_state:
                s.pin_state = "ready"
            return
        for entry in result["PINStatusList"]:
            if entry["PINType"] == "PIN1":
                s.pin_state = entry["PINState"]
                s.pin_enabled = entry["enabled"]
                s.pin_attempts = entry.get("attemptsLeft")
            elif entry["PINType"] == "PUK1":
                s.puk_attempts = entry.get("attemptsLeft")
        self.statusChanged.emit()

    async def _read_identity(self, *, sim: bool) -> None:
        d, s = self.device, self.status
        if (r := await self._try(d.dev_srv_get_manufacturer_name())) is not None:
            s.manufacturer = r["manufacturerName"]
        if (r2 := await self._try(d.dev_srv_get_manufacturer_model())) is not None:
            s.model = r2["manufacturerModel"]
        if (r3 := await self._try(d.dev_srv_get_firmware_version())) is not None:
            s.firmware = r3["firmwareVersion"]
        if (r4 := await self._try(d.dev_srv_get_imei())) is not None:
            s.imei = r4["IMEI"]
        if (r5 := await self._try(d.information_get_iccid())) is not None:
            s.iccid = r5["ICCID"]
        if not sim:
            return
        if (r6 := await self._try(d.dev_srv_get_imsi())) is not None:
            s.imsi = r6["IMSI"]
        if (r7 := await self._try(d.dev_srv_get_msisdn())) is not None:
            s.msisdn = r7["MSISDN"]

    async def refresh_network(self) -> None:
        d, s = self.device, self.status
        if (radio := await self._try(d.information_get_radio_state())) is not None:
            s.radio_on = radio["radioState"]
        if (serving := await self._try(d.network_get_serving_information())) is not None:
            s.operator = serving["networkName"]
            s.plmn = serving["MCC"] + serving["MNC"]
            s.technology = serving["RATType"]
            s.registration = serving["registrationState"]
        if (sig := await self._try(d.information_get_signal_strength())) is not None:
            s.bars, s.signal_percent = sig["bars"], sig["signalPercentage"]
            s.signal_dbm = sig.get("RSRP", sig.get("RSSI", sig["signalStrength"]))
            self.signalChanged.emit(s.bars, s.signal_percent)
        if (roam := await self._try(d.information_get_roaming_status())) is not None:
            s.roaming = roam["roaming"]
        if (mode := await self._try(d.information_get_network_selection_mode())) is not None:
            s.selection_mode = mode["networkSelectionMode"]
        if (bearers := await self._try(d.net_con_get_permitted_bearers())) is not None:
            s.permitted_bearers = tuple(bearers["permittedBearers"])
        if (conn := await self._try(d.net_con_get_connection_status())) is not None:
            s.connection_state = conn["connectionState"]
            s.apn = conn.get("APN", "")
            s.ip_address = conn.get("IPAddress", "")
        if (wlan := await self._try(d.wlan_connection_state())) is not None:
            s.wlan_connected = wlan["connected"]
            s.wlan_ssid = wlan.get("SSID", "")
            s.wlan_bssid = wlan.get("BSSID", "")
        self.statusChanged.emit()

    async def refresh_radio(self) -> RadioDetails:
        """Read the serving cell's measurements, identity and carrier (what the device
        supports) into ``status.radio_details``."""
        d, details = self.device, RadioDetails()
        if (sig := await self._try(d.information_get_signal_strength())) is not None:
            details.rssi, details.rsrp = sig.get("RSSI"), sig.get("RSRP")
            details.rsrq, details.sinr = sig.get("RSRQ"), sig.get("SINR")
            details.rscp, details.ecio = sig.get("RSCP"), sig.get("ECIO")
        for read in (d.information_get_ps_network_registration,
                     d.information_get_cs_network_registration):
            if (reg := await self._try(read())) is not None and "cellId" in reg:
                details.cell_id = reg.get("cellId")
                details.tac, details.lac = reg.get("TAC"), reg.get("LAC")
                break
        if (rf := await self._try(d.network_get_rf_info())) is not None and rf["RFInfoList"]:
            first = rf["RFInfoList"][0]
            details.radio, details.band = first["Radio"], first["frequencyBand"]
            details.channel_dl = first["channelNumberDL"]
            details.channel_ul = first["channelNumberUL"]
        self.status.radio_details = details
        self.statusChanged.emit()
        return details

    async def _try(self, call: Awaitable[T]) -> T | None:
        """The call's result, or None when the device does not support or cannot answer it."""
        try:
            return await call
        except CmapiError as exc:
            log.debug("%s: %s", self.address, exc)
            return None
        except (OSError, TimeoutError) as exc:
            self.errorOccurred.emit(user_message(exc))
            return None

    def _emit_pin_required(self) -> None:
        s = self.status
        attempts = s.puk_attempts if s.pin_state == "PUKRequired" else s.pin_attempts
        self.pinRequired.emit(s.pin_state, -1 if attempts is None else attempts)

    # --- events ---------------------------------------------------------------------------

    async def _pump_events(self, stream: EventStream) -> None:
        async for event in stream:
            try:
                self.handle_event(event)
            except Exception:  # a bug in one handler must not stop the pump
                log.exception("handling %r failed", event)
        if not self._closing:
            self._went_away()

    def _went_away(self) -> None:
        if not self._gone:
            self._gone = True
            self._forget_live_state()
            self._set_state("error")
            self.errorOccurred.emit(self.tr("The device was disconnected."))

    def _forget_live_state(self) -> None:
        """What a gone device no longer has: network, signal and connection (the identity
        stays, so the user sees which device it was)."""
        s = self.status
        s.operator = s.plmn = s.technology = s.registration = ""
        s.roaming = False
        s.bars = s.signal_percent = 0
        s.signal_dbm = None
        s.connection_state, s.connection_reason = "disconnected", ""
        s.apn = s.ip_address = s.ipv6_address = s.interface_name = ""
        s.dns_servers = ()
        s.rate_ul = s.rate_dl = 0
        s.wlan_connected, s.wlan_ssid, s.wlan_bssid = False, "", ""
        self.signalChanged.emit(0, 0)
        self.connectionStateChanged.emit("disconnected", "")
        self.statusChanged.emit()

    def handle_event(self, event: ev.Event) -> None:
        """Turn one seam event into state and signals."""
        s = self.status
        match event:
            case ev.SignalStrengthChanged():
                s.bars, s.signal_percent = event.bars, event.signal_percentage
                s.signal_dbm = event.signal_strength
                if event.rat_type != "UNKNOWN":
                    s.technology = event.rat_type
                self.signalChanged.emit(s.bars, s.signal_percent)
                self.statusChanged.emit()
            case ev.RFInformationChanged():
                s.registration = event.registration_state
                s.technology = event.rat_type
                if event.network_name is not None:
                    s.operator = event.network_name
                if event.plmnid is not None:
                    s.plmn = event.plmnid
                if event.registration_state in ("notRegistered", "searching", "denied"):
                    s.operator = ""
                self.statusChanged.emit()
            case ev.RoamingChanged():
                s.roaming = event.roaming
                self.statusChanged.emit()
            case ev.RadioStateChanged():
                s.radio_on = event.radio_state
                self.statusChanged.emit()
            case ev.SessionStateChanged():
                s.connection_state = event.connection_state
                s.connection_reason = self._session_reason(event)
                if event.apn is not None:
                    s.apn = event.apn
                s.ip_address = event.ip_address or ""
                if event.connection_state == "disconnected":
                    s.rate_ul = s.rate_dl = 0
                    s.ipv6_address, s.dns_servers, s.interface_name = "", (), ""
                self.connectionStateChanged.emit(s.connection_state, s.connection_reason)
                self.statusChanged.emit()
            case ev.ByteCount():
                s.bytes_sent, s.bytes_received = event.bytes_sent, event.bytes_received
                s.rate_ul, s.rate_dl, s.duration = event.rate_ul, event.rate_dl, event.duration
                self.trafficChanged.emit(s.bytes_sent, s.bytes_received, s.rate_ul, s.rate_dl)
            case ev.PINPUKStatus():
                s.pin_state = event.pin_state
                s.pin_attempts = event.pin_attempts_left
                s.puk_attempts = event.puk_attempts_left
                self._on_pin_state()
            case ev.VerifyPINRequested():
                s.pin_state = "PUKRequired" if event.pin_type.startswith("PUK") else "PINRequired"
                if event.pin_type.startswith("PUK"):
                    s.puk_attempts = event.attempts_left
                else:
                    s.pin_attempts = event.attempts_left
                self._on_pin_state()
            case ev.SMSMessage():
                if event.status_report:
                    self.smsReportReceived.emit(event.address)
                else:
                    self.smsMessage.emit(event.address, event.text, event.msg_id or "")
            case ev.SMSStorageFull():
                self.smsStorageFull.emit(event.message)
            case ev.UsageThresholdCrossed():
                self.usageThresholdCrossed.emit(event.roaming, event.threshold, event.used,
                                                event.limit, event.disconnecting)
            case ev.DeviceChanged():
                if event.device_state == int(DeviceState.REMOVED) and not self._closing:
                    self._went_away()
            case ev.SMSReceived():
                self.smsStored.emit(event.msg_id)
            case ev.USSDReceived():
                self.ussdReceived.emit(event.ussd_string, event.ussd_state)
            case ev.WLANConnectionStatus():
                if (event.ssid or "") != s.wlan_ssid or not event.connected:
                    s.wlan_bssid = ""  # another network: its access point is read again
                s.wlan_connected, s.wlan_ssid = event.connected, event.ssid or ""
                self.wlanStatusChanged.emit(s.wlan_connected, s.wlan_ssid)
                self.statusChanged.emit()
            case ev.WLANScanComplete():
                self.wlanScanCompleted.emit(event.scan_results_elements)
            case _:
                log.debug("unhandled event %r", event)

    def _session_reason(self, event: ev.SessionStateChanged) -> str:
        """Why a session ended, in words, or "" when nothing went wrong: the user ended it, or
        the reason is a driver's own token (the failure of a connect the user asked for is
        reported with the error itself)."""
        if event.connection_state != "disconnected":
            return ""
        if event.reason == "network":
            return self.tr("The network ended the connection.")
        if event.reason in (None, "", "user"):
            return ""
        return self.status.connection_reason  # keep what the failed connect said

    def _on_pin_state(self) -> None:
        if self.status.pin_state in LOCKED_PIN_STATES:
            self._set_state("locked")
            self.statusChanged.emit()
            self._emit_pin_required()
        elif self._state == "locked":
            self.spawn(self.refresh())
        else:
            self.statusChanged.emit()

    def spawn(self, coro: Any) -> asyncio.Task[Any]:
        """Run ``coro`` in the background; failures become ``errorOccurred``."""
        task: asyncio.Task[Any] = asyncio.get_event_loop().create_task(coro)
        task.add_done_callback(self._background_done)
        return task

    def _background_done(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and (exc := task.exception()) is not None:
            self.errorOccurred.emit(user_message(exc))
