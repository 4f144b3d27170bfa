"""The laptop-mandatory callbacks (Appendix B.2) reach a client of a running endpoint when their
event happens, from the virtual modem through the AT driver (issue 13, item 3), and a callback
the device can never send is refused at registration."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest

from cmgui.cmapi.errors import ErrorCode
from cmgui.server.app import CmapiServer, ServerConfig
from cmgui.server.auth import TokenStore
from cmgui.server.limits import Limits
from cmgui.service.dispatcher import Dispatcher
from cmgui.service.registry import REGISTRY
from tests.integration.at.waiting import until
from tests.integration.server.conftest import TOKEN
from tests.integration.server.support import request

LAPTOP_CALLBACKS = [
    "CMAPI_Callback_BearerStatusChange", "CMAPI_Callback_PermittedBearersChange",
    "CMAPI_Callback_QoSChange", "CMAPI_Callback_TrafficChannelDormancy",
    "CMAPI_Callback_Incoming_Voice_Call", "CMAPI_Callback_WLANNewAvailableNetwork",
    "CMAPI_Callback_SearchWLANNetworkComplete", "CMAPI_Callback_WLANSettingsChanged",
    "CMAPI_Callback_WLANNewMO", "CMAPI_Callback_BatteryStatusChanged",
    "CMAPI_Callback_BatteryThresholdReached", "CMAPI_Callback_GetMobilitytoLocation_Complete",
    "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_Connect_Async_Complete",
    "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_Disconnect_Async_Complete",
    "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async_Complete",
]


@dataclass
class Client:
    ws: aiohttp.ClientWebSocketResponse
    model: Any
    callbacks: list[dict[str, Any]]
    answers: dict[str, dict[str, Any]]
    ids: int = 0

    async def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self.ids += 1
        msg_id = f"c{self.ids}"
        await self.ws.send_str(request(method, params, msg_id=msg_id).decode())
        await until(lambda: msg_id in self.answers, 30, f"the answer to {method}")
        return self.answers.pop(msg_id)

    async def callback(self, name: str, where: Any = None, timeout: float = 15) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            for message in self.callbacks:
                if message["callbackId"] == name and (where is None or where(message)):
                    return message
            return None
        await until(lambda: found() is not None, timeout, name)
        message = found()
        assert message is not None
        self.callbacks.remove(message)
        return message


@pytest.fixture
async def client() -> AsyncIterator[Client]:
    device = REGISTRY.create("virtual:generic")
    await device.open()
    limits = Limits(event_poll_interval=0.1, battery_poll_interval=0.1, dormant_after=0.5)
    config = ServerConfig(port=0, tokens=TokenStore({TOKEN: "full"}), limits=limits)
    try:
        async with CmapiServer(Dispatcher({"1": device}), config) as server, \
                aiohttp.ClientSession() as http, \
                http.ws_connect(server.ws_url, headers={"Authorization": f"Bearer {TOKEN}"}) as ws:
            client = Client(ws, device.server.model, [], {})  # type: ignore[attr-defined]

            async def read() -> None:
                async for message in ws:
                    data = json.loads(message.data)
                    if "callbackId" in data:
                        client.callbacks.append(data)
                    elif data.get("result") != {"status": "received"}:
                        client.answers[data["id"]] = data

            reader = asyncio.create_task(read())
            try:
                await client.call("CMAPI_DevSrv_VerifyPIN", {"PIN": "1234"})
                await until(lambda: client.model.registered, 10, "registration")
                yield client
            finally:
                reader.cancel()
    finally:
        await device.close()


async def test_every_laptop_callback_is_sent_when_its_event_happens(client: Client) -> None:
    registered = await client.call("CMAPI_Callback_Register", {"callbackIds": LAPTOP_CALLBACKS})
    assert set(registered["result"]["callbackIds"]) == set(LAPTOP_CALLBACKS)

    await client.call("CMAPI_NetConnectSrv_Connect_Async", {"APN": "internet"})
    bearer = await client.callback("CMAPI_Callback_BearerStatusChange")
    assert bearer["result"]["connected"] is True

    done = await client.call("CMAPI_NetConnectSrv_SecondaryPDPContext_Connect_Async", {})
    cid = done["result"]["contextId"]
    complete = await client.callback(
        "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_Connect_Async_Complete")
    assert complete["result"] == done["result"]
    qos = await client.callback("CMAPI_Callback_QoSChange")
    assert qos["result"]["QoSListElements"] == 2
    await client.call("CMAPI_NetConnectSrv_SecondaryPDPContext_Disconnect_Async",
                      {"contextId": cid})
    await client.callback(
        "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_Disconnect_Async_Complete")
    refused = await client.call("CMAPI_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async")
    assert refused["error"]["code"] == ErrorCode.NO_CONNECTING_SESSION
    cancel = await client.callback(
        "CMAPI_Callback_NetConnectSrv_SecondaryPDPContext_CancelConnect_Async_Complete")
    assert cancel["error"]["code"] == ErrorCode.NO_CONNECTING_SESSION

    client.model.data.idle = True
    dormant = await client.callback("CMAPI_Callback_TrafficChannelDormancy")
    assert dormant["result"] == {"dormant": True}
    client.model.data.idle = False
    active = await client.callback("CMAPI_Callback_TrafficChannelDormancy")
    assert active["result"] == {"dormant": False}

    await client.call("CMAPI_NetCon_SetPermittedBearers", {"permittedBearers": ["4G"]})
    bearers = await client.callback("CMAPI_Callback_PermittedBearersChange")
    assert bearers["result"]["permittedBearers"] == ["4G"]

    client.model.incoming_call("+15550142")
    call = await client.callback("CMAPI_Callback_Incoming_Voice_Call")
    assert call["result"] == {"callState": "incoming", "number": "+15550142"}

    await client.call("CMAPI_Information_SetBatteryThreshold", {"lowThreshold": 80})
    client.model.battery.level = 79  # from 87 when the endpoint started
    status = await client.callback("CMAPI_Callback_BatteryStatusChanged",
                                   lambda m: m["result"]["batteryLevel"] == 79)
    assert status["result"]["batteryState"] == "discharging"
    reached = await client.callback("CMAPI_Callback_BatteryThresholdReached")
    assert reached["result"] == {"threshold": 80, "batteryLevel": 79, "direction": "below"}

    await client.call("CMAPI_WLAN_Scan_Async")  # the networks known so far
    client.model.wlan.networks = (*client.model.wlan.networks, type(
        client.model.wlan.networks[0])("Airport Free", "02:00:5e:10:00:40", "open", -60, 2462))
    await client.call("CMAPI_WLAN_Scan_Async")
    new = await client.callback("CMAPI_Callback_WLANNewAvailableNetwork")
    assert new["result"]["SSID"] == "Airport Free"

    found = await client.call("CMAPI_WLAN_SearchNetwork_Async", {"SSID": "Airport Free"})
    search = await client.callback("CMAPI_Callback_SearchWLANNetworkComplete")
    assert search["result"] == found["result"] and found["result"]["found"] is True

    await client.call("CMAPI_WLAN_Set_WLANUserSettings", {"scanInterval": 60})
    settings = await client.callback("CMAPI_Callback_WLANSettingsChanged")
    assert settings["result"]["userSettings"]["scanInterval"] == 60

    await client.call("CMAPI_WLAN_ManageKnownNetwork", {"action": "add", "SSID": "Airport Free"})
    mo = await client.callback("CMAPI_Callback_WLANNewMO")
    assert mo["result"] == {"MOType": "knownNetwork", "name": "Airport Free"}

    moving = await client.call("CMAPI_Information_GetMobilitytoLocation",
                               {"location": "02:00:5e:10:00:40", "sampleInterval": 0})
    located = await client.callback("CMAPI_Callback_GetMobilitytoLocation_Complete")
    assert located["result"] == moving["result"] and moving["result"]["visible"] is True

    await client.call("CMAPI_NetConnectSrv_Disconnect_Async")
    down = await client.callback("CMAPI_Callback_BearerStatusChange",
                                 lambda m: m["result"]["connected"] is False)
    assert down["result"]["connected"] is False


async def test_a_callback_the_device_can_never_send_is_refused(client: Client) -> None:
    answer = await client.call("CMAPI_Callback_Register", {
        "callbackIds": ["CMAPI_Callback_SignalStrength", "CMAPI_Callback_GNSS"]})
    assert answer["error"]["code"] == ErrorCode.CAPABILITY_NOT_OFFERED
    assert answer["error"]["data"]["callbackIds"] == ["CMAPI_Callback_GNSS"]
    still = await client.call("CMAPI_Callback_Unregister", {"callbackIds": []})
    assert still["result"]["callbackIds"] == []
