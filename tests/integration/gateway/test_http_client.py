"""The HTTP client against the virtual gateway over real HTTP on 127.0.0.1: Digest per request
under concurrency, errors in the user's terms, the Basic policy."""

from __future__ import annotations

import asyncio

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.gateway.address import parse_gateway_address
from cmgui.drivers.gateway.client import GatewayClient
from cmgui.drivers.gateway.credentials import Credentials
from cmgui.drivers.gateway.protocol.requests import Request
from tests.integration.gateway.support import ADMIN, virtual_gateway


async def test_digest_is_answered_per_request_even_fifty_at_once() -> None:
    async with virtual_gateway() as server, \
            GatewayClient(parse_gateway_address(server.address), ADMIN) as client:
        results = await asyncio.gather(*(client.port_info([i % 8]) for i in range(50)))
        assert [r[0].port for r in results] == [i % 8 for i in range(50)]
        assert server.auth.failures == 0  # no replayed or stale nonce, ever
        assert server.auth.challenges == 50  # each request answered its own challenge


async def test_commas_in_queries_reach_the_gateway_escaped() -> None:
    async with virtual_gateway() as server, \
            GatewayClient(parse_gateway_address(server.address), ADMIN) as client:
        infos = await client.port_info([0, 2, 7], ("reg", "signal", "imsi"))
        assert [i.port for i in infos] == [0, 2, 7]
        assert infos[0].reg == "REGISTER_OK" and infos[0].imei == ""  # only what was asked


async def test_wrong_password_and_no_login_say_what_to_do() -> None:
    async with virtual_gateway() as server:
        address = parse_gateway_address(server.address)
        async with GatewayClient(address, Credentials("admin", "guess")) as client:
            with pytest.raises(CmapiError) as info:
                await client.queue()
        assert info.value.code == ErrorCode.AUTHENTICATION_FAILED
        assert "refused the password of user 'admin'" in info.value.data["reason"]
        async with GatewayClient(address) as client:
            with pytest.raises(CmapiError) as info:
                await client.queue()
        assert "log in first with cmcli login dinstar+http://" in info.value.data["reason"]


async def test_basic_only_gateway_over_plain_http_is_refused_unless_allowed() -> None:
    async with virtual_gateway(auth="basic") as server:
        address = parse_gateway_address(server.address)
        async with GatewayClient(address, ADMIN) as client:
            with pytest.raises(CmapiError) as info:
                await client.queue()
        assert "readable over plain HTTP" in info.value.data["reason"]
        assert server.auth.failures == 0  # the password never left this computer
        async with GatewayClient(address, ADMIN, allow_basic_over_http=True) as client:
            assert await client.queue() == 0


async def test_unreachable_and_missing_api() -> None:
    async with GatewayClient(parse_gateway_address("dinstar+http://127.0.0.1:1"),
                             ADMIN) as client:
        with pytest.raises(CmapiError) as info:
            await client.queue()
    assert info.value.code == ErrorCode.NO_SUCH_DEVICE
    assert "dinstar+http://127.0.0.1:1 cannot be reached" in info.value.data["reason"]
    async with virtual_gateway() as server, \
            GatewayClient(parse_gateway_address(server.address), ADMIN) as client:
        with pytest.raises(CmapiError) as info:
            await client.raw(Request("x", "GET", "/api/no_such_call"))
    assert info.value.code == ErrorCode.NOT_SUPPORTED
    assert "new-version API" in info.value.data["reason"]


async def test_api_error_codes_in_words() -> None:
    async with virtual_gateway(ports=8) as server, \
            GatewayClient(parse_gateway_address(server.address), ADMIN) as client:
        from cmgui.drivers.gateway.protocol.requests import SmsParam

        with pytest.raises(CmapiError) as info:
            await client.send_sms("x", [SmsParam("123")], ports=[3])  # no SIM in port 3
        assert info.value.code == ErrorCode.BUSY
        assert "no port is free to send SMS" in info.value.data["reason"]
        assert await client.stop(4242) is False
        with pytest.raises(CmapiError) as info:
            await client.send_sms("x", [SmsParam(str(i)) for i in range(129)])
        assert info.value.code == ErrorCode.INVALID_PARAMETER
        assert "at most 128" in info.value.data["reason"]
