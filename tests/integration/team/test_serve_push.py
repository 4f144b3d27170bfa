"""``cmcli serve --team-only --gateway-push``: the virtual gateway pushes to the serve process
on 127.0.0.1 and the SMS lands in the shared store; a second receiver given the same push, or
polling the same gateway, archives nothing twice."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

import aiohttp
import pytest

from cmgui.cli.common import Output
from cmgui.cli.gateway_push import receiving_pushes
from cmgui.drivers.gateway.gateway import DinstarGateway
from cmgui.drivers.virtual_gateway import VirtualGatewayServer
from cmgui.store.engine import Database
from cmgui.store.gateway import GatewayArchive
from tests.integration.gateway.support import (
    ADMIN,
    FAST_POLL,
    fast_config,
    free_port,
    virtual_gateway,
)
from tests.integration.team.conftest import until_noticed

_CMCLI = "from cmgui.cli import main; raise SystemExit(main())"


async def _inbound(db: Database) -> list[tuple[int | None, str]]:
    rows = await asyncio.to_thread(GatewayArchive(db).inbound)
    return [(r.port, r.text) for r in rows]


async def test_serve_receives_pushes_into_the_shared_store_once(
        pg_url: str, team_db: Database) -> None:
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _CMCLI, "--store", pg_url, "serve", "--team-only",
        "--no-upstream", "--gateway-push", f"127.0.0.1:{port}",
        stderr=asyncio.subprocess.PIPE)
    assert proc.stderr is not None
    try:
        async with asyncio.timeout(30):
            line = (await proc.stderr.readline()).decode()
            while "gateway pushes to" not in line:
                assert line, "cmcli serve ended before receiving pushes"
                line = (await proc.stderr.readline()).decode()
        url = f"http://127.0.0.1:{port}/gateway/push"
        assert f"gateway pushes to {url} are archived in" in line
        async with virtual_gateway(push_url=url, push_types=frozenset({"sms"})) as server:
            message = server.model.inject_sms(3, "+4917000", "to the team")

            async def archived() -> bool:
                return await _inbound(team_db) == [(3, "to the team")]

            await until_noticed(pg_url, archived)
            body = {"sn": server.model.config.sn, "sms": [message.to_json()]}
        # a second receiver of the same gateway is pushed the same message: kept once
        out = Output(json_mode=False)
        async with receiving_pushes("127.0.0.1:0", [], team_db, out) as second, \
                aiohttp.ClientSession() as http, http.post(second.url, json=body) as answer:
            assert answer.status == 200
        assert await _inbound(team_db) == [(3, "to the team")]
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(30):
            await proc.wait()
    assert proc.returncode == 0


def test_gateway_push_needs_the_team_poller(capsys: pytest.CaptureFixture[str]) -> None:
    from cmgui.cli import main

    assert main(["serve", "--gateway-push", "127.0.0.1:0"]) == 2
    assert "--gateway-push goes with --team or --team-only" in capsys.readouterr().err


async def test_a_message_pushed_and_polled_is_archived_once(
        pg_url: str, team_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_STORE", pg_url)  # where the polling gateway archives
    gateway_port = free_port()
    address = f"dinstar+http://127.0.0.1:{gateway_port}"
    out = Output(json_mode=False)
    push_at = f"127.0.0.1:{free_port()}"
    config = fast_config(push_types=frozenset({"sms"}))
    async with receiving_pushes(push_at, [address], team_db, out) as receiver, \
            VirtualGatewayServer(config, push_url=receiver.url, port=gateway_port) as server:
        assert server.address == address
        server.model.inject_sms(5, "+4917001", "pushed, then polled")

        async def archived() -> bool:
            return await _inbound(team_db) == [(5, "pushed, then polled")]

        await until_noticed(pg_url, archived)
        async with DinstarGateway(address, credentials=ADMIN, intervals=FAST_POLL,
                                  archive=True) as polling:
            outcome = await polling.sync_inbound()
    assert (outcome.new, outcome.duplicates) == (0, 1)
    assert await _inbound(team_db) == [(5, "pushed, then polled")]


async def test_every_gateway_of_the_team_pushes_to_one_url(
        team_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from cmgui.cli.gateway_push import push_gateways
    from cmgui.service.saved_devices import GATEWAY, SavedDevices, SavedEntry

    monkeypatch.setenv("CMGUI_GATEWAY_PASSWORD", "admin")
    monkeypatch.delenv("CMGUI_GATEWAY", raising=False)
    push_port = free_port()
    url = f"http://127.0.0.1:{push_port}/gateway/push"
    out = Output(json_mode=False)
    async with virtual_gateway(push_url=url, push_types=frozenset({"sms"}),
                               sn="aaaa-0001") as first, \
            virtual_gateway(push_url=url, push_types=frozenset({"sms"}),
                            sn="bbbb-0002") as second:
        for server in (first, second):
            SavedDevices().put(SavedEntry.new(GATEWAY, server.address, user="admin", ports=8))
        wanted = push_gateways(argparse.Namespace(gateway=None))
        assert sorted(wanted) == sorted([first.address, second.address])
        async with receiving_pushes(f"127.0.0.1:{push_port}", wanted, team_db, out) as receiver:
            assert receiver.url == url
            first.model.inject_sms(0, "+4917001", "to the first")
            second.model.inject_sms(2, "+4917002", "to the second")
            body = {"sn": "cccc-0003", "sms": [{"incoming_sms_id": 9, "port": 4,
                                                "number": "+4917003", "smsc": "",
                                                "timestamp": "2026-12-07 10:00:00",
                                                "text": "from a stranger"}]}
            async with aiohttp.ClientSession() as http, http.post(url, json=body) as answer:
                assert answer.status == 200

            async def all_three() -> bool:
                return len(await asyncio.to_thread(GatewayArchive(team_db).inbound)) == 3

            await until_noticed(team_db.url, all_three)
    rows = {r.text: r for r in await asyncio.to_thread(GatewayArchive(team_db).inbound)}
    assert (rows["to the first"].gateway, rows["to the first"].port) == (first.address, 0)
    assert (rows["to the second"].gateway, rows["to the second"].port) == (second.address, 2)
    # each with the SIM its gateway said that port holds
    assert (rows["to the first"].imsi, rows["to the second"].imsi) == (
        "001010000000000", "001010000000002")
    assert rows["from a stranger"].gateway == "sn:cccc-0003"


async def test_a_gateway_away_when_the_receiver_starts_is_known_by_its_first_push(
        team_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from cmgui.service.saved_devices import GATEWAY, SavedDevices, SavedEntry

    monkeypatch.setenv("CMGUI_GATEWAY_PASSWORD", "admin")
    push_port = free_port()
    url = f"http://127.0.0.1:{push_port}/gateway/push"
    later_port = free_port()
    later_address = f"dinstar+http://127.0.0.1:{later_port}"
    out = Output(json_mode=False)
    async with virtual_gateway(push_url=url, push_types=frozenset({"sms"}),
                               sn="aaaa-0001") as first:
        for address in (first.address, later_address):
            SavedDevices().put(SavedEntry.new(GATEWAY, address, user="admin", ports=8))
        async with receiving_pushes(f"127.0.0.1:{push_port}", [first.address, later_address],
                                    team_db, out):
            config = fast_config(push_types=frozenset({"sms"}), sn="bbbb-0002")
            async with VirtualGatewayServer(config, push_url=url, port=later_port) as later:
                later.model.inject_sms(2, "+4917002", "back again")

                async def archived() -> bool:
                    return len(await asyncio.to_thread(GatewayArchive(team_db).inbound)) == 1

                await until_noticed(team_db.url, archived)
    [row] = await asyncio.to_thread(GatewayArchive(team_db).inbound)
    assert (row.gateway, row.text, row.imsi) == (later_address, "back again", "001010000000002")
