"""The dispatcher: CMAPI name + params -> seam call, API management, discovery, callbacks."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.dispatcher import Dispatcher, Session, is_read_only
from cmgui.service.events import AsyncComplete, VerifyPINRequested


class SmallModem(Device):
    """A backend with a handful of functions, to exercise the dispatcher's routing."""

    kind = "test"

    def __init__(self) -> None:
        super().__init__("test:1")
        self.pins: list[tuple[str, str]] = []
        self.connect_started = asyncio.Event()

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        return {"IMEI": "490154203237518"}

    async def dev_srv_verify_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self.pins.append((pin_type, pin))
        return {}

    async def net_connect_srv_get_network_list_sync(self) -> t.NetworkList:
        return {"networkListElements": 1, "networkList": [
            {"PLMNID": "00101", "longName": "Test", "shortName": "T", "RATType": "E_UTRAN",
             "networkStatus": "current"}]}

    async def net_connect_srv_connect_async(self, **kwargs: Any) -> t.ConnectResult:
        self.connect_started.set()
        await asyncio.sleep(3600)
        raise AssertionError("not reached")


@pytest.fixture
def modem() -> SmallModem:
    return SmallModem()


@pytest.fixture
def dispatcher(modem: SmallModem) -> Dispatcher:
    return Dispatcher({"1": modem})


async def test_routes_to_seam_with_json_names(dispatcher: Dispatcher, modem: SmallModem) -> None:
    session = Session()
    assert await dispatcher.call(session, "CMAPI_DevSrv_GetIMEI", {"deviceId": "1"}) == {
        "IMEI": "490154203237518"}
    await dispatcher.call(session, "CMAPI_DevSrv_VerifyPIN",
                          {"deviceId": "1", "PIN": "1234", "PINType": "PIN1"})
    assert modem.pins == [("PIN1", "1234")]


async def test_integer_device_id_is_accepted(dispatcher: Dispatcher) -> None:
    result = await dispatcher.call(Session(), "CMAPI_DevSrv_GetIMEI", {"deviceId": 1})
    assert result["IMEI"]


async def test_unknown_device_is_error_257(dispatcher: Dispatcher) -> None:
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(Session(), "CMAPI_DevSrv_GetIMEI", {"deviceId": "9"})
    assert info.value.code == ErrorCode.NO_SUCH_DEVICE == 0x101


async def test_unknown_method_is_jsonrpc_method_not_found(dispatcher: Dispatcher) -> None:
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(Session(), "CMAPI_DevSrv_GetEverything", {})
    assert info.value.code == -32601


async def test_catalogued_but_unimplemented_is_error_7(dispatcher: Dispatcher) -> None:
    for name in ("CMAPI_DevSrv_GetMSISDN", "CMAPI_GNSS_GetState", "CMAPI_Contact_Create"):
        with pytest.raises(CmapiError) as info:
            await dispatcher.call(Session(), name, {"deviceId": "1"})
        assert info.value.code == 7
        assert info.value.message == (
            "This optional function is not supported by this implementation")


async def test_bad_params_are_invalid_parameter_with_problems(dispatcher: Dispatcher) -> None:
    for params in ({"PIN": 1234}, {"PIN": "1", "PINType": "PIN9"}, {"PIN": "1", "colour": "x"},
                   {}):
        with pytest.raises(CmapiError) as info:
            await dispatcher.call(Session(), "CMAPI_DevSrv_VerifyPIN", {"deviceId": "1", **params})
        assert info.value.code == ErrorCode.INVALID_PARAMETER
        assert info.value.data["problems"]


async def test_api_management(dispatcher: Dispatcher) -> None:
    session = Session(opened=False)
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(session, "CMAPI_DevSrv_GetIMEI", {"deviceId": "1"})
    assert info.value.code == ErrorCode.INVALID_OPERATION
    opened = await dispatcher.call(session, "CMAPI_API_Open", {})
    assert opened["accessLevel"] == "full"
    version = await dispatcher.call(session, "CMAPI_API_GetOpenCMAPIVersion", {})
    assert version == {"version": "1.1"}
    functions = await dispatcher.call(session, "CMAPI_API_GetFunctionsSupported", {})
    assert "CMAPI_DevSrv_GetIMEI" in functions["functions"]
    assert "CMAPI_DevSrv_GetMSISDN" not in functions["functions"]
    assert "CMAPI_API_Open" in functions["functions"]
    assert functions["functionsElements"] == len(functions["functions"])
    assert "device service" in functions["groups"]
    await dispatcher.call(session, "CMAPI_API_Close", {})
    assert not session.opened


async def test_read_only_session_cannot_change_anything(dispatcher: Dispatcher) -> None:
    session = Session(access_level="read")
    assert await dispatcher.call(session, "CMAPI_DevSrv_GetIMEI", {"deviceId": "1"})
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(session, "CMAPI_DevSrv_VerifyPIN", {"deviceId": "1", "PIN": "1"})
    assert info.value.code == ErrorCode.SECURITY_NOT_PRIVILEGED == 0xF0000001
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(session, "CMAPI_API_Open", {"accessLevel": "full"})
    assert info.value.code == 0xF0000003


def test_read_only_classification() -> None:
    assert is_read_only("CMAPI_Information_GetSignalStrength")
    assert is_read_only("CMAPI_WLAN_IsSupported")
    assert is_read_only("CMAPI_API_Close") and is_read_only("CMAPI_Discovery_CloseDevice")
    assert not is_read_only("CMAPI_P2P_CloseConnection")
    assert not is_read_only("CMAPI_DevSrv_DeactivateControlKey")
    assert not is_read_only("CMAPI_DevSrv_VerifyPIN")
    assert not is_read_only("CMAPI_SMS_Send")
    assert not is_read_only("CMAPI_NetConnectSrv_Connect_Async")


async def test_discovery(dispatcher: Dispatcher) -> None:
    session = Session(require_open_device=True)
    found = await dispatcher.call(session, "CMAPI_Discovery_DetectDevices", {})
    assert found["deviceListElements"] == 1
    assert found["deviceList"][0]["deviceId"] == "1"
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(session, "CMAPI_DevSrv_GetIMEI", {"deviceId": "1"})
    assert info.value.code == 0x101
    await dispatcher.call(session, "CMAPI_Discovery_OpenDevice", {"deviceId": "1"})
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(session, "CMAPI_Discovery_OpenDevice", {"deviceId": "1"})
    assert info.value.code == ErrorCode.DEVICE_ALREADY_OPEN
    assert await dispatcher.call(session, "CMAPI_DevSrv_GetIMEI", {"deviceId": "1"})
    await dispatcher.call(session, "CMAPI_Discovery_CloseDevice", {"deviceId": "1"})
    with pytest.raises(CmapiError):
        await dispatcher.call(session, "CMAPI_DevSrv_GetIMEI", {"deviceId": "1"})


async def test_callback_registration(dispatcher: Dispatcher) -> None:
    session = Session()
    result = await dispatcher.call(session, "CMAPI_Callback_Register", {
        "callbackIds": ["CMAPI_Callback_VerifyPIN", "CMAPI_Callback_DeviceChanged"]})
    assert result["callbackIds"] == ["CMAPI_Callback_DeviceChanged", "CMAPI_Callback_VerifyPIN"]
    event = VerifyPINRequested(pin_type="PIN1")
    assert session.wants(event)
    await dispatcher.call(session, "CMAPI_Callback_Unregister",
                          {"callbackIds": ["CMAPI_Callback_VerifyPIN"]})
    assert not session.wants(event)
    await dispatcher.call(session, "CMAPI_Callback_Unregister", {"callbackIds": []})
    assert session.callback_ids == set()
    for bad in ({"callbackIds": ["CMAPI_Callback_Nonsense"]}, {"callbackIds": "x"}, {},
                {"callbackIds": ["CMAPI_DevSrv_GetIMEI"]}):
        with pytest.raises(CmapiError) as info:
            await dispatcher.call(session, "CMAPI_Callback_Register", bad)
        assert info.value.code == ErrorCode.INVALID_PARAMETER


async def test_a_callback_no_device_can_send_is_refused(dispatcher: Dispatcher) -> None:
    session = Session()
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(session, "CMAPI_Callback_Register", {"callbackIds": [
            "CMAPI_Callback_VerifyPIN", "CMAPI_Callback_SignalStrength", "CMAPI_Callback_GNSS"]})
    assert info.value.code == ErrorCode.CAPABILITY_NOT_OFFERED == 289
    assert info.value.data["callbackIds"] == ["CMAPI_Callback_GNSS",
                                              "CMAPI_Callback_SignalStrength"]
    assert session.callback_ids == set()  # all or nothing


def _own(session: Session) -> list[AsyncComplete]:
    delivered: list[AsyncComplete] = []
    session.deliver = lambda event: delivered.append(event)  # type: ignore[arg-type]
    return delivered


async def test_async_function_tells_its_caller_only(dispatcher: Dispatcher,
                                                    modem: SmallModem) -> None:
    stream = modem.subscribe()
    session, other = Session(), Session()
    delivered, others = _own(session), _own(other)
    for s in (session, other):
        await dispatcher.call(s, "CMAPI_Callback_Register", {
            "callbackIds": ["CMAPI_Callback_GetNetworkList_Async_Complete"]})
    result = await dispatcher.call(session, "CMAPI_NetConnectSrv_GetNetworkList_Async",
                                   {"deviceId": "1"})
    assert result["networkListElements"] == 1
    [event] = delivered
    assert event.name == "CMAPI_Callback_GetNetworkList_Async_Complete"
    assert event.to_result() == result
    assert others == [] and stream._queue.empty()  # nothing broadcast to other sessions


async def test_unregistered_completion_goes_nowhere(dispatcher: Dispatcher) -> None:
    session = Session()
    delivered = _own(session)
    await dispatcher.call(session, "CMAPI_NetConnectSrv_GetNetworkList_Async", {"deviceId": "1"})
    assert delivered == []


async def test_cancel_connect(dispatcher: Dispatcher, modem: SmallModem) -> None:
    session = Session()
    delivered = _own(session)
    await dispatcher.call(session, "CMAPI_Callback_Register", {"callbackIds": [
        "CMAPI_Callback_CancelConnect_Async_Complete", "CMAPI_Callback_Connect_Async_Complete"]})
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(session, "CMAPI_NetConnectSrv_CancelConnect_Async",
                              {"deviceId": "1"})
    assert info.value.code == ErrorCode.NO_CONNECTING_SESSION
    connect = asyncio.create_task(dispatcher.call(
        session, "CMAPI_NetConnectSrv_Connect_Async", {"deviceId": "1", "APN": "internet"}))
    await modem.connect_started.wait()
    await dispatcher.call(session, "CMAPI_NetConnectSrv_CancelConnect_Async",
                          {"deviceId": "1"})
    with pytest.raises(CmapiError) as info:  # the cancelled call answers, it is not cancelled
        await connect
    assert info.value.code == ErrorCode.NO_CONNECTING_SESSION
    names = [event.name for event in delivered]
    assert names.count("CMAPI_Callback_CancelConnect_Async_Complete") == 2  # refused, then done
    assert names.count("CMAPI_Callback_Connect_Async_Complete") == 1


@pytest.mark.parametrize("raw", [[1], True, float("inf"), {"a": 1}, 1.5])
async def test_device_id_of_a_wrong_type_is_an_invalid_parameter(
        dispatcher: Dispatcher, raw: Any) -> None:
    with pytest.raises(CmapiError) as info:
        await dispatcher.call(Session(), "CMAPI_DevSrv_GetIMEI", {"deviceId": raw})
    assert info.value.code == ErrorCode.INVALID_PARAMETER
    assert info.value.data == {
        "problems": ["params.deviceId: expected a string or an integer"]}


async def test_precheck_refuses_what_call_would(dispatcher: Dispatcher) -> None:
    read = Session(access_level="read")
    for session, method, params, code in (
            (read, "CMAPI_NetConnectSrv_Connect_Async", {"APN": "x"},
             ErrorCode.SECURITY_NOT_PRIVILEGED),
            (Session(), "CMAPI_WLAN_Scan_Async", {}, ErrorCode.NOT_SUPPORTED),
            (Session(), "CMAPI_NetConnectSrv_Connect_Async", {"APN": 5},
             ErrorCode.INVALID_PARAMETER),
            (Session(opened=False), "CMAPI_DevSrv_GetIMEI", {}, ErrorCode.INVALID_OPERATION)):
        with pytest.raises(CmapiError) as info:
            dispatcher.precheck(session, method, params)
        assert info.value.code == code
    dispatcher.precheck(Session(), "CMAPI_NetConnectSrv_Connect_Async", {"APN": "internet"})


async def test_api_open_reports_the_session_id(dispatcher: Dispatcher) -> None:
    assert "sessionId" not in await dispatcher.call(Session(), "CMAPI_API_Open", {})
    result = await dispatcher.call(Session(session_id="s-1"), "CMAPI_API_Open", {})
    assert result["sessionId"] == "s-1"
