"""RemoteDevice over HTTP + long polling and over WebSocket, against a real endpoint."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, decode_pin_error
from cmgui.drivers.remote.device import RemoteDevice
from cmgui.server.app import CmapiServer, ServerConfig
from cmgui.server.auth import TokenStore
from cmgui.service.dispatcher import Dispatcher
from cmgui.service.events import RadioStateChanged, SignalStrengthChanged
from cmgui.service.registry import REGISTRY
from tests.integration.server.conftest import READ_TOKEN, TOKEN, Served
from tests.integration.server.fake_device import FakeDevice


def address(served: Served, transport: str) -> str:
    return served.url if transport == "http" else served.ws_url


@pytest.fixture(params=["http", "ws"])
async def remote(request: pytest.FixtureRequest,
                 served: Served) -> AsyncIterator[RemoteDevice]:
    device = RemoteDevice(address(served, request.param), token=TOKEN)
    await device.open()
    try:
        yield device
    finally:
        await device.close()


async def test_calls_results_and_supported_functions(remote: RemoteDevice,
                                                     served: Served) -> None:
    assert remote.supported_functions() == served.device.supported_functions()
    assert await remote.dev_srv_get_imei() == {"IMEI": "490154203237518"}
    assert (await remote.dev_srv_get_manufacturer_name())["manufacturerName"] == "Fake Ltd ✓"
    info = await remote.describe()
    assert info["deviceId"] == "1" and info["address"] == remote.address


async def test_errors_keep_their_code(remote: RemoteDevice) -> None:
    with pytest.raises(CmapiError) as info:
        await remote.dev_srv_verify_pin(pin="9999")
    decoded = decode_pin_error(info.value.code)
    assert decoded is not None and decoded[0] == PinErrorKind.WRONG_PIN and decoded[2] == 2
    with pytest.raises(CmapiError) as info:
        await remote.sms_get(msg_id="1")
    assert info.value.code == ErrorCode.NOT_SUPPORTED
    await remote.dev_srv_verify_pin(pin="1234")
    assert (await remote.information_get_pin_status())["PINStatusList"][0]["PINState"] == "ready"


async def test_seam_defaults_behave_as_on_the_device(remote: RemoteDevice,
                                                     served: Served) -> None:
    assert await remote.wlan_is_supported() == await served.device.wlan_is_supported()
    await remote.dev_srv_set_radio_state_async(radio_state=False)
    assert served.device.radio is False
    with pytest.raises(CmapiError) as info:
        await remote.net_connect_srv_get_network_list_async()
    assert info.value.code == ErrorCode.NOT_SUPPORTED


async def test_async_connect_returns_the_outcome(remote: RemoteDevice) -> None:
    result = await remote.net_connect_srv_connect_async(apn="internet")
    assert result["connectionState"] == "connected"
    with pytest.raises(CmapiError) as info:
        await remote.net_connect_srv_connect_async(apn="nope")
    assert info.value.code == ErrorCode.INVALID_APN


async def test_events_arrive_as_typed_events(remote: RemoteDevice, served: Served) -> None:
    stream = remote.subscribe()
    try:
        await remote.dev_srv_set_radio_state(radio_state=False)
        served.device.signal(70)
        seen: list[RadioStateChanged | SignalStrengthChanged] = []
        while len(seen) < 2:
            event = await asyncio.wait_for(stream.get(), 5)
            if isinstance(event, RadioStateChanged | SignalStrengthChanged):
                seen.append(event)
        assert seen[0] == RadioStateChanged(radio_state=False)
        assert isinstance(seen[1], SignalStrengthChanged) and seen[1].signal_percentage == 70
    finally:
        stream.close()


@pytest.mark.parametrize("transport", ["http", "ws"])
async def test_read_only_token_gets_the_security_code(served: Served, transport: str) -> None:
    device = RemoteDevice(address(served, transport), token=READ_TOKEN)
    await device.open()
    try:
        assert (await device.dev_srv_get_imei())["IMEI"]
        with pytest.raises(CmapiError) as info:
            await device.dev_srv_verify_pin(pin="1234")
        assert info.value.code == ErrorCode.SECURITY_NOT_PRIVILEGED
    finally:
        await device.close()


@pytest.mark.parametrize("transport", ["http", "ws"])
async def test_wrong_token_fails_open_with_a_security_code(served: Served,
                                                           transport: str) -> None:
    device = RemoteDevice(address(served, transport), token="not-the-token")
    with pytest.raises(CmapiError) as info:
        await device.open()
    assert info.value.code == ErrorCode.AUTHENTICATION_FAILED


@pytest.mark.parametrize("transport", ["http", "ws"])
async def test_unreachable_endpoint_is_no_such_device(transport: str) -> None:
    url = "http://127.0.0.1:9/cmapi" if transport == "http" else "ws://127.0.0.1:9/cmapi/ws"
    with pytest.raises(CmapiError) as info:
        await RemoteDevice(url, token=TOKEN).open()
    assert info.value.code == ErrorCode.NO_SUCH_DEVICE


@pytest.mark.parametrize("transport", ["http", "ws"])
async def test_reconnects_and_registers_callbacks_again_after_a_restart(transport: str) -> None:
    fake = FakeDevice()
    tokens = TokenStore({TOKEN: "full"})
    first = CmapiServer(Dispatcher({"1": fake}), ServerConfig(port=0, tokens=tokens))
    await first.start()
    port = first.port
    url = first.url if transport == "http" else first.ws_url
    remote = RemoteDevice(url, token=TOKEN)
    await remote.open()
    stream = remote.subscribe()
    try:
        await first.stop()
        second = CmapiServer(Dispatcher({"1": fake}),
                             ServerConfig(port=port, tokens=tokens))
        await second.start()
        try:
            async def signal_until_seen() -> SignalStrengthChanged:
                while True:
                    fake.signal(33)
                    try:
                        event = await asyncio.wait_for(stream.get(), 0.3)
                    except TimeoutError:
                        continue
                    if isinstance(event, SignalStrengthChanged):
                        return event
            event = await asyncio.wait_for(signal_until_seen(), 15)
            assert event.signal_percentage == 33
            assert (await remote.dev_srv_get_imei())["IMEI"]
        finally:
            await second.stop()
    finally:
        stream.close()
        await remote.close()


async def test_multi_device_endpoint_and_device_fragment() -> None:
    one, two = FakeDevice("fake:1"), FakeDevice("fake:2")
    async with CmapiServer(Dispatcher({"1": one, "2": two}),
                           ServerConfig(port=0, tokens=TokenStore({TOKEN: "full"}))) as server:
        remote = RemoteDevice(server.ws_url + "#device=2", token=TOKEN)
        await remote.open()
        stream = remote.subscribe()
        try:
            await remote.dev_srv_set_radio_state(radio_state=False)
            assert two.radio is False and one.radio is True
            one.signal(11)
            two.signal(22)
            while True:
                event = await asyncio.wait_for(stream.get(), 5)
                if isinstance(event, SignalStrengthChanged):
                    break
            assert event.signal_percentage == 22
        finally:
            stream.close()
            await remote.close()


def test_registry_maps_endpoint_urls_to_the_remote_backend() -> None:
    for url in ("http://h:1/cmapi", "https://h/cmapi", "ws://h:1/cmapi/ws", "wss://h/cmapi/ws"):
        assert REGISTRY.backend_for(url).name == "remote"
        assert isinstance(REGISTRY.create(url), RemoteDevice)
