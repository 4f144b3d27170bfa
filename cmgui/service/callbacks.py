"""Which CMAPI-2 callbacks a device can ever send, and which callback completes which function.

A callback is *emitted* by a device when the event it reports can happen there: the signal
strength of a device that reads it, the battery of a device that has one. The rule is one table,
callback -> the seam methods whose presence shows the device can produce it; a backend may
override :meth:`~cmgui.service.device.Device.emitted_callbacks` when it knows better. The
dispatcher refuses to register a callback no served device can ever emit (error 289) instead of
accepting it and staying silent forever; ``docs/conformance.md`` lists the outcome per backend.
"""

from __future__ import annotations

from collections.abc import Iterable

from cmgui.cmapi import catalogue

#: The callback that reports the outcome of each function that completes by callback (the
#: ``_Async`` functions and ``Information_GetMobilitytoLocation``).
ASYNC_CALLBACKS: dict[str, str] = {
    "CMAPI_NetConnectSrv_GetNetworkList_Async": "CMAPI_Callback_GetNetworkList_Async_Complete",
    "CMAPI_NetConnectSrv_Connect_Async": "CMAPI_Callback_Connect_Async_Complete",
    "CMAPI_NetConnectSrv_Disconnect_Async": "CMAPI_Callback_Disconnect_Async_Complete",
    "CMAPI_NetConnectSrv_CancelConnect_Async": "CMAPI_Callback_CancelConnect_Async_Complete",
    "CMAPI_NetConnectSrv_SecondaryPDPContext_Connect_Async":
        "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_Connect_Async_Complete",
    "CMAPI_NetConnectSrv_SecondaryPDPContext_Disconnect_Async":
        "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_Disconnect_Async_Complete",
    "CMAPI_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async":
        "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async_Complete",
    "CMAPI_DevSrv_SetRadioState_Async": "CMAPI_Callback_SetRadioState_Async_Complete",
    "CMAPI_WLAN_Scan_Async": "CMAPI_Callback_ScanWLANComplete",
    "CMAPI_WLAN_SearchNetwork_Async": "CMAPI_Callback_SearchWLANNetworkComplete",
    "CMAPI_Information_GetMobilitytoLocation": "CMAPI_Callback_GetMobilitytoLocation_Complete",
}

#: Completion callbacks the backend itself sends on success, with a result of its own
#: (``WLANScanComplete``): the dispatcher then reports only failures, so one call never yields
#: two completions.
BACKEND_COMPLETIONS: frozenset[str] = frozenset({"CMAPI_WLAN_Scan_Async"})

#: Callbacks every device can send: the dispatcher's own, and device state changes.
ALWAYS: frozenset[str] = frozenset({
    "CMAPI_Callback_DetectDevicesComplete", "CMAPI_Callback_DeviceChanged",
})

#: callback -> seam methods; a device that has any of them can send the callback.
SOURCES: dict[str, tuple[str, ...]] = {
    "CMAPI_Callback_SignalStrength": ("information_get_signal_strength",),
    "CMAPI_Callback_RadioState": ("dev_srv_set_radio_state", "information_get_radio_state"),
    "CMAPI_Callback_Roaming": ("information_get_roaming_status",),
    "CMAPI_Callback_RFInformationChange": (
        "information_get_cs_network_registration", "information_get_ps_network_registration"),
    "CMAPI_Callback_SMS": ("sms_get",),
    "CMAPI_Callback_SMS_Message": ("sms_get", "sms_send"),
    "CMAPI_Callback_USSD": ("ussd_request",),
    "CMAPI_Callback_ByteCount": ("net_statistic_get_connection_statistics",),
    "CMAPI_Callback_SessionStateChange": ("net_connect_srv_connect_async",),
    "CMAPI_Callback_BearerStatusChange": ("net_connect_srv_connect_async",),
    "CMAPI_Callback_TrafficChannelDormancy": ("net_statistic_get_connection_statistics",),
    "CMAPI_Callback_PermittedBearersChange": ("net_con_set_permitted_bearers",),
    "CMAPI_Callback_QoSChange": ("information_get_qos",),
    "CMAPI_Callback_PINPUKStatus": ("information_get_pin_status",),
    "CMAPI_Callback_VerifyPIN": ("dev_srv_verify_pin",),
    "CMAPI_Callback_WLANConnectionStatus": ("wlan_connect", "wlan_connection_state"),
    "CMAPI_Callback_WLANNewAvailableNetwork": ("wlan_scan_async",),
    "CMAPI_Callback_WLANSettingsChanged": ("wlan_set_wlan_user_settings",),
    "CMAPI_Callback_WLANNewMO": ("wlan_manage_known_network", "wlan_add_known_network"),
    "CMAPI_Callback_BatteryStatusChanged": ("information_get_battery_status",),
    "CMAPI_Callback_BatteryThresholdReached": ("information_set_battery_threshold",),
}


#: Functions the dispatcher answers for a device: their callbacks come with what they cancel.
_CANCELS: dict[str, str] = {
    "CMAPI_NetConnectSrv_CancelConnect_Async": "CMAPI_NetConnectSrv_Connect_Async",
    "CMAPI_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async":
        "CMAPI_NetConnectSrv_SecondaryPDPContext_Connect_Async",
}


def _completion_sources() -> dict[str, tuple[str, ...]]:
    sources: dict[str, list[str]] = {}
    for function, callback in ASYNC_CALLBACKS.items():
        info = catalogue.lookup(_CANCELS.get(function, function))
        if info is not None:
            sources.setdefault(callback, []).append(info.method_name)
    return {callback: tuple(methods) for callback, methods in sources.items()}


_ALL_SOURCES: dict[str, tuple[str, ...]] = {**SOURCES, **_completion_sources()}


def emitted_by(supported: Iterable[str]) -> frozenset[str]:
    """The callbacks a device that implements the seam methods ``supported`` can send."""
    have = frozenset(supported)
    names = set(ALWAYS)
    for callback, methods in _ALL_SOURCES.items():
        if any(method in have for method in methods):
            names.add(callback)
    return frozenset(names)


def sources_of(callback: str) -> tuple[str, ...]:
    """The seam methods that show a device can send ``callback`` (empty: none can)."""
    return _ALL_SOURCES.get(callback, ())
