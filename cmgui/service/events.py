"""Typed events of the seam: one class per CMAPI-2 callback a backend emits.

Each event knows its ``callback_id`` and turns into the ``result`` object of a CMAPI-2 callback
message (:meth:`Event.to_result`) and back (:func:`event_from_callback`). Field names are
snake_case; their JSON names follow rule 5.2.1.2 (``cmgui.cmapi.naming.json_name``), so the
mapping is the same for every event and needs no table.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

from cmgui.cmapi.naming import json_name, py_name


@dataclass(frozen=True, slots=True)
class Event:
    """Base of all seam events."""

    callback_id: ClassVar[str] = ""

    def to_result(self) -> dict[str, Any]:
        """The ``result`` member of the CMAPI-2 callback message for this event."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            out[json_name(f.name)] = value
        return out


@dataclass(frozen=True, slots=True)
class DeviceChanged(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_DeviceChanged"
    device_id: str
    device_state: int
    radio: int = 0
    device_capability: int = 0
    connection_type: int = 0
    device_type: int = 0
    description: str = ""
    unique_identifier: str = ""


@dataclass(frozen=True, slots=True)
class DetectDevicesComplete(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_DetectDevicesComplete"
    device_list_elements: int


@dataclass(frozen=True, slots=True)
class SignalStrengthChanged(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_SignalStrength"
    signal_strength: int
    signal_percentage: int
    signal_quality: int
    bars: int
    rat_type: str = "UNKNOWN"


@dataclass(frozen=True, slots=True)
class RadioStateChanged(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_RadioState"
    radio_state: bool


@dataclass(frozen=True, slots=True)
class RoamingChanged(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_Roaming"
    roaming: bool


@dataclass(frozen=True, slots=True)
class RFInformationChanged(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_RFInformationChange"
    registration_state: str
    rat_type: str = "UNKNOWN"
    plmnid: str | None = None
    network_name: str | None = None


@dataclass(frozen=True, slots=True)
class SMSReceived(Event):
    """A new message arrived (the notice, with the mailbox count)."""

    callback_id: ClassVar[str] = "CMAPI_Callback_SMS"
    msg_id: str
    storage: str
    segments_in_mailbox: int = 0


@dataclass(frozen=True, slots=True)
class SMSMessage(Event):
    """A new message arrived, with its content (direct delivery or read after the notice)."""

    callback_id: ClassVar[str] = "CMAPI_Callback_SMS_Message"
    address: str
    text: str
    pdu: str = ""
    msg_id: str | None = None
    timestamp: str | None = None
    sms_class: int | None = None
    status_report: bool = False
    message_reference: int | None = None
    delivery_status: int | None = None


@dataclass(frozen=True, slots=True)
class USSDReceived(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_USSD"
    ussd_string: str
    ussd_state: str


@dataclass(frozen=True, slots=True)
class ByteCount(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_ByteCount"
    bytes_sent: int
    bytes_received: int
    duration: int = 0
    rate_ul: int = 0
    rate_dl: int = 0


@dataclass(frozen=True, slots=True)
class SessionStateChanged(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_SessionStateChange"
    connection_state: str
    apn: str | None = None
    ip_address: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class PINPUKStatus(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_PINPUKStatus"
    pin_state: str
    pin_attempts_left: int | None = None
    puk_attempts_left: int | None = None


@dataclass(frozen=True, slots=True)
class VerifyPINRequested(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_VerifyPIN"
    pin_type: str
    attempts_left: int | None = None


@dataclass(frozen=True, slots=True)
class WLANScanComplete(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_ScanWLANComplete"
    scan_results_elements: int


@dataclass(frozen=True, slots=True)
class WLANConnectionStatus(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_WLANConnectionStatus"
    connected: bool
    ssid: str | None = None


@dataclass(frozen=True, slots=True)
class BearerStatusChanged(Event):
    """The data bearer changed: connected or not, and over which radio access technology."""

    callback_id: ClassVar[str] = "CMAPI_Callback_BearerStatusChange"
    connected: bool
    rat_type: str = "UNKNOWN"


@dataclass(frozen=True, slots=True)
class PermittedBearersChanged(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_PermittedBearersChange"
    permitted_bearers: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class QoSChanged(Event):
    """The QoS of the active contexts changed (the list as CMAPI_Information_GetQoS gives)."""

    callback_id: ClassVar[str] = "CMAPI_Callback_QoSChange"
    qos_list_elements: int = 0
    qos_list: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TrafficChannelDormancy(Event):
    """The data session went quiet (``dormant``) or carries traffic again."""

    callback_id: ClassVar[str] = "CMAPI_Callback_TrafficChannelDormancy"
    dormant: bool


@dataclass(frozen=True, slots=True)
class IncomingVoiceCall(Event):
    """A voice call's state: ``incoming`` (ringing), ``active``, ``ended``."""

    callback_id: ClassVar[str] = "CMAPI_Callback_Incoming_Voice_Call"
    call_state: str
    number: str | None = None


@dataclass(frozen=True, slots=True)
class WLANNewAvailableNetwork(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_WLANNewAvailableNetwork"
    ssid: str
    bssid: str = ""
    security: str = "open"
    signal_strength: int = 0


@dataclass(frozen=True, slots=True)
class WLANSettingsChanged(Event):
    """WLAN settings changed; ``source`` says whose (``user`` or ``operator``)."""

    callback_id: ClassVar[str] = "CMAPI_Callback_WLANSettingsChanged"
    source: str
    user_settings: dict[str, Any] = field(default_factory=dict)
    operator_settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class WLANNewMO(Event):
    """A WLAN management object (a known network, an HS2.0 subscription, an ANDSF policy) was
    provided or updated."""

    callback_id: ClassVar[str] = "CMAPI_Callback_WLANNewMO"
    mo_type: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class BatteryStatusChanged(Event):
    callback_id: ClassVar[str] = "CMAPI_Callback_BatteryStatusChanged"
    battery_state: str
    battery_level: int
    external_power: bool = False


@dataclass(frozen=True, slots=True)
class BatteryThresholdReached(Event):
    """The battery level crossed a threshold set by CMAPI_Information_SetBatteryThreshold,
    going ``below`` the low one or ``above`` the high one."""

    callback_id: ClassVar[str] = "CMAPI_Callback_BatteryThresholdReached"
    threshold: int
    battery_level: int
    direction: str = "below"


@dataclass(frozen=True, slots=True)
class AsyncComplete(Event):
    """Outcome of an ``_Async`` function; ``callback_id`` is set per instance by the dispatcher."""

    callback_id: ClassVar[str] = ""
    name: str = ""
    outcome: dict[str, Any] = field(default_factory=dict)
    error: dict[str, Any] | None = None

    def to_result(self) -> dict[str, Any]:
        return dict(self.outcome)


@dataclass(frozen=True, slots=True)
class GenericCallback(Event):
    """Any other callback (for example one a remote endpoint sends that we have no class for)."""

    name: str = ""
    result: dict[str, Any] = field(default_factory=dict)

    def to_result(self) -> dict[str, Any]:
        return dict(self.result)



# --- vendor extensions: host-side events with no CMAPI-2 callback ---------------------------
# They reach the app through Device.subscribe() like any event; their ``callback_id`` starts
# with ``cmgui_`` (not a catalogue name), so CMAPI clients cannot register for them and the
# endpoint never sends them.


@dataclass(frozen=True, slots=True)
class UsageThresholdCrossed(Event):
    """A SIM's data usage in the current billing period reached ``threshold`` % of its limit."""

    callback_id: ClassVar[str] = "cmgui_UsageThreshold"
    sim: str
    roaming: bool
    threshold: int
    used: int
    limit: int
    disconnecting: bool = False


@dataclass(frozen=True, slots=True)
class SMSStorageFull(Event):
    """A device message store is full: new messages are refused until room is made."""

    callback_id: ClassVar[str] = "cmgui_SMSStorageFull"
    storage: str
    used: int
    total: int
    message: str = ""


VENDOR_EVENT_CLASSES: dict[str, type[Event]] = {
    cls.callback_id: cls for cls in (UsageThresholdCrossed, SMSStorageFull)
}

EVENT_CLASSES: dict[str, type[Event]] = {
    cls.callback_id: cls
    for cls in (
        DeviceChanged, DetectDevicesComplete, SignalStrengthChanged, RadioStateChanged,
        RoamingChanged, RFInformationChanged, SMSReceived, SMSMessage, USSDReceived, ByteCount,
        SessionStateChanged, PINPUKStatus, VerifyPINRequested, WLANScanComplete,
        WLANConnectionStatus, BearerStatusChanged, PermittedBearersChanged, QoSChanged,
        TrafficChannelDormancy, IncomingVoiceCall, WLANNewAvailableNetwork, WLANSettingsChanged,
        WLANNewMO, BatteryStatusChanged, BatteryThresholdReached,
    )
}


def callback_name(event: Event) -> str:
    """The CMAPI-2 callback name of an event."""
    if isinstance(event, AsyncComplete | GenericCallback):
        return event.name
    return event.callback_id


def event_from_callback(name: str, result: dict[str, Any]) -> Event:
    """Rebuild a typed event from a callback message (used by the remote client)."""
    cls = EVENT_CLASSES.get(name)
    if cls is None:
        return GenericCallback(name=name, result=dict(result))
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {py_name(k): v for k, v in result.items() if py_name(k) in names}
    try:
        return cls(**kwargs)
    except TypeError:
        return GenericCallback(name=name, result=dict(result))
