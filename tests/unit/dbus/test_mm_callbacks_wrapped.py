"""A callback that rests only on functions a device answers with the specification's error
(QoSChange on ModemManager, the session callbacks on a gateway port) is not offered, also when
the device is wrapped (StoredDevice and the other DelegatingDevice wrappers)."""

from __future__ import annotations

from cmgui.drivers.dbus.mm import MMDevice
from cmgui.drivers.gateway.port import GatewayPortDevice
from cmgui.service.delegating import DelegatingDevice
from cmgui.service.device import Device
from cmgui.service.dispatcher import Dispatcher


class _Wrapper(DelegatingDevice):
    def __init__(self, inner: Device) -> None:
        super().__init__(inner.address)
        self.inner = inner


def test_modem_manager_never_offers_qos_change() -> None:
    device = MMDevice("mm:0")
    for served in (device, _Wrapper(device)):
        names = served.emitted_callbacks()
        assert "CMAPI_Callback_QoSChange" not in names
        assert "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_Connect_Async_Complete" \
            not in names
        assert {"CMAPI_Callback_Connect_Async_Complete", "CMAPI_Callback_SignalStrength",
                "CMAPI_Callback_PermittedBearersChange",
                "CMAPI_Callback_BatteryStatusChanged"} <= names
    assert "CMAPI_Callback_QoSChange" not in Dispatcher({"1": _Wrapper(device)}) \
        .emitted_callbacks()


def test_a_gateway_port_never_offers_data_session_callbacks() -> None:
    port = GatewayPortDevice("dinstar+https://192.0.2.1/ports/1")
    names = _Wrapper(port).emitted_callbacks()
    assert not names & {"CMAPI_Callback_Connect_Async_Complete",
                        "CMAPI_Callback_SessionStateChange", "CMAPI_Callback_QoSChange",
                        "CMAPI_Callback_BearerStatusChange",
                        "CMAPI_Callback_BatteryStatusChanged",
                        "CMAPI_Callback_BatteryThresholdReached"}
    assert {"CMAPI_Callback_SMS_Message", "CMAPI_Callback_SignalStrength"} <= names
